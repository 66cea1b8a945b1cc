"""Subjects: the person a post belongs to when its clause names nobody: a subject pronoun
("Он был министром"), a copula with no subject of its own ("В войну работала токарем"), a
biography's chain of sentences and its dated lines ("С 2004 года — заместитель ..."), and the
subject of a verb of heading ("Лавров, который возглавляет МИД").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ruextract.people.words import eponym_of
from ruextract.roles.agreement import (
    DASHES,
    last_name_before,
    name_cases,
    person_cases,
    person_gender,
    spelt_in_case,
    verb_gender,
)
from ruextract.roles.anaphora import main_key
from ruextract.roles.doc_columns import next_content, prev_content
from ruextract.roles.phrases import (
    Entities,
    Phrase,
)
from ruextract.roles.words import case_of, fold
from ruextract.views import sentence_bounds

SUBJECT_PRONOUNS = frozenset({"он", "она"})
PRONOUN_REACH = 2  # sentences back to look for the person a pronoun stands for
PRONOUN_GENDER = {"он": "masc", "она": "femn"}
COPULA_WINDOW = 8
POSSESSIVES = frozenset({"его", "ее", "их"})  # "стал его старший сын"
# a noun of work whose instrumental is a post held: "работа федеральным прокурором"
WORK = "работа"
POSSESSIVE_GENDER = {"его": "masc", "ее": "femn", "её": "femn"}
# sentences back to the subject of a copula with none of its own ("В войну работала токарем")
ZERO_SUBJECT_REACH = 2
# an age after a dative name: "Джеймсу Коми 52 года", "Ивану Белову исполнилось 60 лет"
AGE_VERBS = frozenset({"исполниться", "исполняться"})
YEAR = "год"
# sentences back to the subject of a biography's chain of sentences without their own subject
CHAIN_REACH = 6
# words of a date before a biography's dash: "С марта 2004 года — заместитель ..."
TIME_WORDS = frozenset(
    {"год", "гг", "г", "месяц", "январь", "февраль", "март", "апрель", "май", "июнь", "июль",
     "август", "сентябрь", "октябрь", "ноябрь", "декабрь", "конец", "начало", "середина",
     "жизнь", "время", "период"}
)  # fmt: skip


def person_in_subject(doc: Doc, verb: Token, ents: Entities) -> Span | None:
    """The person a copula with no subject of its own speaks of ("Людмила Зыкина родилась в
    Москве. В войну работала токарем"): the last name in the nominative in the
    ``ZERO_SUBJECT_REACH`` sentences before, of the verb's gender where both are known."""
    wanted = verb_gender(verb)
    if wanted == "plur" or "Inf" in verb.morph.get("VerbForm"):
        return None
    sent = ents.sent[verb.i]
    i = verb.i - 1
    while i >= 0 and ents.sent[i] >= sent - ZERO_SUBJECT_REACH:
        if i in ents.per and passed_over(doc, ents.per[i], ents):
            i = ents.per[i].start - 1
            continue
        if i in ents.per and ents.per[i].end - 1 == i:
            person = ents.per[i]
            cases = person_cases(person)
            gender = person_gender(person)
            if (
                (not cases or "Nom" in cases or aged(doc, person))
                and (wanted is None or gender is None or gender == wanted)
                and not noun_complement(doc, person)  # "в администрации Хиллари Клинтон"
            ):
                return person
        i -= 1
    return chain_subject(doc, verb.i, ents, wanted)


def aged(doc: Doc, person: Span) -> bool:
    """A dative name with its age after it, a biography's line on the person ("Джеймсу Коми 52
    года", "Ивану Белову исполнилось 60 лет"): the subject of the lines after it, as a
    nominative name would be."""
    if "Dat" not in person_cases(person):
        return False
    word = next_content(doc, person.end)
    if word is not None and fold(word.lemma_) in AGE_VERBS:
        word = next_content(doc, word.i + 1)
    if word is None or not numeral(word):
        return False
    unit = next_content(doc, word.i + 1)
    while unit is not None and numeral(unit):  # an age of numeral words: "пятьдесят два года"
        unit = next_content(doc, unit.i + 1)
    return unit is not None and fold(unit.lemma_) == YEAR


def numeral(token: Token) -> bool:
    """A number in digits or a numeral word ("52", "пятьдесят")."""
    return token.like_num or token.pos_ == "NUM"


def chain_subject(doc: Doc, i: int, ents: Entities, wanted: str | None = None) -> Span | None:
    """The subject of a chain of sentences without subjects of their own (a biography:
    "Примаков родился в Киеве. В 1953 году закончил ... Затем работал ... В 1988 году стал
    депутатом"): the last name before token ``i``, in the ``CHAIN_REACH`` sentences before, if
    it may be nominative and of the ``wanted`` gender; a name in another case there ends the
    chain."""
    sent = ents.sent[i]
    j = i - 1
    while j >= 0 and ents.sent[j] >= sent - CHAIN_REACH:
        if j in ents.per and passed_over(doc, ents.per[j], ents):
            j = ents.per[j].start - 1
            continue
        if j in ents.per:
            person = ents.per[j]
            cases = person_cases(person)
            gender = person_gender(person)
            if cases and "Nom" not in cases:
                return None
            return person if wanted is None or gender is None or gender == wanted else None
        j -= 1
    return topic_before(ents, j, wanted)


def passed_over(doc: Doc, person: Span, ents: Entities) -> bool:
    """A name that is no subject of a biography's chain: one an org is named after ("институт
    имени А. С. Пушкина"), another person than the one an opening possessive stands for
    ("Его учитель — академик Виктор Виноградов": "его" is the chain's subject), or a name
    inside a bracket ("Светин (при рождении Михаил Гольцман)", "(Центр возглавлял Михаил
    Ходорковский)": an aside, not the sentence's subject)."""
    return eponym_of(doc, person.start) or owned(doc, person, ents) or bracketed(doc, person, ents)


def bracketed(doc: Doc, person: Span, ents: Entities) -> bool:
    """A name after an opening bracket of its sentence that no closing one follows before it,
    with words of the sentence before the bracket."""
    sent = ents.sent[person.start]
    i = person.start - 1
    while i > 0 and ents.sent[i] == sent:
        text = doc[i].text
        if text == ")":
            return False
        if text == "(":
            return ents.sent[i - 1] == sent
        i -= 1
    return False


def owned(doc: Doc, person: Span, ents: Entities) -> bool:
    """A name after a possessive of the third person that opens its sentence ("Его учитель —
    академик Виктор Виноградов"): the possessive is the chain's subject, the name another's."""
    sent = ents.sent[person.start]
    first = person.start
    while first > 0 and ents.sent[first - 1] == sent:
        first -= 1
    opener = next_content(doc, first)
    return opener is not None and opener.i < person.start and fold(opener.text) in POSSESSIVES


def topic_before(ents: Entities, j: int, wanted: str | None) -> Span | None:
    """The last mention at or before token ``j`` of the person the article is about (the one
    mentioned most), of the ``wanted`` gender: a biography's subject named long before."""
    topic = main_key(ents.per_counts)
    if topic is None:
        return None
    while j >= 0:
        person = ents.per.get(j)
        if person is not None and person._.key == topic:
            gender = person_gender(person)
            return person if wanted is None or gender is None or gender == wanted else None
        j -= 1
    return None


def dated_post(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """The person of a biography's dated line ("С марта 2004 года — заместитель руководителя
    Администрации Президента", "..., в 1995—2002 гг. — премьер-министр Португальской
    республики"): a nominative post after a dash with only a date before it in its clause, no
    verb and no name, belongs to the biography's subject (``chain_subject``)."""
    if case_of(doc[phrase.head]) != "Nom" or phrase.plural or phrase.by_verb:
        return None
    dash = prev_content(doc, phrase.start - 1)
    if dash is None or dash.text not in DASHES:
        return verbless_line(doc, phrase, ents)
    sent = ents.sent[phrase.head]
    dated = False
    token = prev_content(doc, dash.i - 1)
    while token is not None and ents.sent[token.i] == sent and token.text != ",":
        if token.pos_ == "PRON" and fold(token.text) in SUBJECT_PRONOUNS and token.i + 1 == dash.i:
            # "Сейчас он — профессор Калифорнийского университета"
            return last_person(doc, token.i, ents)
        if token.i in ents.per or token.pos_ in ("VERB", "AUX", "PRON"):
            return None
        if token.pos_ == "NUM" or token.like_num or fold(token.lemma_) in TIME_WORDS | CALLING:
            dated = True  # "С 2004 года — заместитель ...", "По образованию — преподаватель"
        elif token.pos_ not in ("ADP", "ADV", "CCONJ", "PUNCT", "ADJ"):
            return None
        token = prev_content(doc, token.i - 1)
    return chain_subject(doc, dash.i, ents) if dated else None


# words of a biography's line on one's training or trade: "По образованию — преподаватель"
CALLING = frozenset({"образование", "профессия", "специальность"})


def work_post(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """The person of an instrumental post right after the noun "работа" ("В его послужном
    списке работа федеральным прокурором"): the one a possessive pronoun before it in its
    clause stands for (``possessor``), else the biography's subject (``chain_subject``)."""
    if phrase.plural or phrase.by_verb or case_of(doc[phrase.head]) != "Ins":
        return None
    work = prev_content(doc, phrase.start - 1)
    if work is None or fold(work.lemma_) != WORK:
        return None
    stop = clause_before(doc, work, ents)
    if stop is None:
        return chain_subject(doc, work.i, ents)
    if fold(stop.text) in POSSESSIVE_GENDER:
        return possessor(doc, stop, ents)
    return None  # "работа Ивана Белова": a name of its own, a verb's subject


def clause_before(doc: Doc, token: Token, ents: Entities) -> Token | None:
    """The nearest word before ``token`` in its sentence that says whose it is: a name, a verb,
    a comma or a possessive pronoun ("В его послужном списке работа": "его"); None when none
    comes before it in its sentence."""
    sent = ents.sent[token.i]
    word = prev_content(doc, token.i - 1)
    while word is not None and ents.sent[word.i] == sent:
        if word.i in ents.per or word.pos_ in ("VERB", "AUX") or word.text == ",":
            return word
        if fold(word.text) in POSSESSIVE_GENDER:
            return word
        word = prev_content(doc, word.i - 1)
    return None


def possessive_before(doc: Doc, noun: Token, ents: Entities) -> Token | None:
    """The possessive pronoun before a noun in its clause ("Белов оценил его работу", "В его
    послужном списке работа": ``clause_before``), else None."""
    stop = clause_before(doc, noun, ents)
    return stop if stop is not None and fold(stop.text) in POSSESSIVE_GENDER else None


def possessor(doc: Doc, pronoun: Token, ents: Entities) -> Span | None:
    """The person a possessive pronoun ("его", "её") stands for: the last name of its gender
    in the ``PRONOUN_REACH`` sentences before, past a name that complements a noun ("в
    администрации Рональда Рейгана. В его послужном списке": Рейган is no subject) and past
    the pronoun's own clause's subject ("Белов оценил его работу": another's work, "свою"
    would be his)."""
    wanted, first = POSSESSIVE_GENDER[fold(pronoun.text)], ents.sent[pronoun.i] - PRONOUN_REACH
    person = last_name_before(ents, pronoun.i - 1, first, wanted)
    while person is not None and (
        noun_complement(doc, person) or clause_subject(doc, person, pronoun, ents)
    ):
        person = last_name_before(ents, person.start - 1, first, wanted)
    return person


CLAUSE_MARKS = frozenset({",", ";", ":", "(", ")", *DASHES})
CLAUSE_POS = frozenset({"CCONJ", "SCONJ", "PRON"})


def clause_subject(doc: Doc, person: Span, token: Token, ents: Entities) -> bool:
    """A name that may be nominative in the clause of ``token`` after it: in its sentence, with
    no mark, conjunction or pronoun between ("Иван Белов высоко оценил его": the subject of the
    clause "его" stands in; not "Иван Белов и его работа")."""
    if ents.sent[person.start] != ents.sent[token.i] or "Nom" not in person_cases(person):
        return False
    return not any(
        t.text in CLAUSE_MARKS or t.pos_ in CLAUSE_POS for t in doc[person.end : token.i]
    )


def noun_complement(doc: Doc, person: Span) -> bool:
    """A genitive name right after a noun: its complement ("в администрации Рональда
    Рейгана"); or an indeclinable one, spelt alike in the genitive (``indeclinable_after``)."""
    before = prev_content(doc, person.start - 1)
    if before is None or before.pos_ != "NOUN":
        return False
    return person_cases(person) == {"Gen"} or indeclinable_after(doc, before, person)


OBLIQUE = frozenset({"Gen", "Dat", "Ins", "Loc"})


def indeclinable_after(doc: Doc, noun: Token, person: Span) -> bool:
    """A name written as its nominative that the tagger reads as genitive and every word of
    which pymorphy3 reads in the genitive, right after an inanimate noun in an oblique case,
    and no verb right after it: the noun's complement ("работала в администрации Хиллари
    Клинтон."), not a subject ("В 2010 году Хиллари Клинтон заявила")."""
    if case_of(noun) not in OBLIQUE or "Anim" in noun.morph.get("Animacy"):
        return False
    if "Gen" not in name_cases(person):
        return False
    after = next_content(doc, person.end)
    if after is not None and after.pos_ in ("VERB", "AUX"):
        return False
    return spelt_in_case(person, "Gen")


def verbless_line(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """The person of a biography's line that opens with a nominative post and has no verb,
    name or pronoun ("Дизайнер по профессии, основатель и арт-директор дизайн-группы
    «Диковина»."): the biography's subject (``chain_subject``), not in an article's first
    sentence (a headline)."""
    start, end = sentence_bounds(doc)[ents.sent[phrase.head]]
    first = next_content(doc, start)
    if first is None or first.i != phrase.start or ents.sent[phrase.head] == 0:
        return None
    for token in doc[phrase.end : end]:
        if token.i in ents.per or token.pos_ in ("VERB", "AUX", "PRON"):
            return None
    return chain_subject(doc, phrase.start, ents)


def last_person(doc: Doc, i: int, ents: Entities) -> Span | None:
    """The person the pronoun ``doc[i]`` ("он", "она") stands for: the last name before it in
    the ``PRONOUN_REACH`` sentences before of the pronoun's gender (names of the other
    gender are passed over: "Жанна встретила Ивана. Она стала ..."), past a name a noun's
    complement gives a sentence or more before, the reach running on from its sentence ("в
    администрации Джорджа Буша. После ухода ... работал адвокатом. Он также является"; one
    in the sentence right before is the one spoken of: "о смерти Алана Рикмана. Он был")."""
    wanted, first = PRONOUN_GENDER.get(fold(doc[i].text)), ents.sent[i] - PRONOUN_REACH
    person = last_name_before(ents, i - 1, first, wanted)
    while (
        person is not None
        and ents.sent[person.start] < ents.sent[i] - 1
        and noun_complement(doc, person)
    ):
        # named in passing a sentence or more before: the reach runs on from its sentence
        first = ents.sent[person.start] - PRONOUN_REACH
        person = last_name_before(ents, person.start - 1, first, wanted)
    return person


def subject_of(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """The nearest name before a verb of heading in its sentence ("Лавров, который
    возглавляет МИД с 2004 года", "Иванов возглавил компанию"), past no other verb, or the
    person a subject pronoun there stands for ("В 1992 году он возглавил институт"); a verb
    that opens its sentence, past dates and adverbs only ("В 1990-х возглавлял редакцию"),
    has no subject of its own: the biography's (``chain_subject``), of the verb's gender."""
    sent = ents.sent[phrase.head]
    i = phrase.start - 1
    aspect = aspect_verb(doc, phrase)
    if aspect is not None:
        i = aspect.i - 1  # "Пейдж и Брин перестали возглавлять Google": past the finite verb
    seen = 0
    while i >= 0 and ents.sent[i] == sent and seen < COPULA_WINDOW:
        token = doc[i]
        if i in ents.per:
            return ents.per[i]
        if token.pos_ == "PRON" and fold(token.text) in SUBJECT_PRONOUNS:
            return last_person(doc, i, ents)  # "В 1992 году он возглавил институт"
        if not token.is_space:
            seen += 1
            if token.pos_ in ("VERB", "AUX") or token.text in (";", ":", "—"):
                return None
        i -= 1
    if opens_with_verb(doc, phrase.head, ents):
        wanted = verb_gender(doc[phrase.head])
        return None if wanted == "plur" else chain_subject(doc, phrase.head, ents, wanted)
    return None


# finite verbs of a phase before an infinitive verb of heading: "перестали возглавлять",
# "продолжает возглавлять"; "перестать" ends the post (``former``)
ASPECT_VERBS = frozenset({"перестать", "переставать", "продолжать", "продолжить", "начать"})
STOPPING = frozenset({"перестать", "переставать"})


def aspect_verb(doc: Doc, phrase: Phrase) -> Token | None:
    """The finite verb or the participle of a phase (no infinitive) right before a verb of
    heading in the infinitive ("перестали возглавлять Google", "Брин, переставший возглавлять
    Google")."""
    verb = doc[phrase.head]
    if not phrase.by_verb or "Inf" not in verb.morph.get("VerbForm"):
        return None
    before = prev_content(doc, verb.i - 1)
    if before is None or fold(before.lemma_) not in ASPECT_VERBS:
        return None
    # not an infinitive ("намерен продолжать возглавлять"); the tagger may read a participle as
    # a noun of the verb's lemma ("переставший")
    return None if "Inf" in before.morph.get("VerbForm") else before


def heading_subjects(doc: Doc, phrase: Phrase, person: Span, ents: Entities) -> list[Span]:
    """The names joined by "и" or commas right before the subject of a plural verb of heading
    ("Ларри Пейдж и Сергей Брин перестали возглавлять Google": Пейдж too)."""
    verb = aspect_verb(doc, phrase) or doc[phrase.head]
    after = next_content(doc, person.end)
    if verb.morph.get("Number") != ["Plur"] or after is None or after.i != verb.i:
        return []
    found: list[Span] = []
    joiner = prev_content(doc, person.start - 1)
    while joiner is not None and fold(joiner.text) in ("и", ","):
        name = prev_content(doc, joiner.i - 1)
        if name is None or name.i not in ents.per:
            break
        found.insert(0, ents.per[name.i])
        joiner = prev_content(doc, ents.per[name.i].start - 1)
    return found


def stopped(doc: Doc, phrase: Phrase) -> bool:
    """A verb of heading after "перестать": the post is left."""
    verb = aspect_verb(doc, phrase)
    return verb is not None and fold(verb.lemma_) in STOPPING


# words that may stand before a verb with no subject of its own, opening its sentence: "Затем
# возглавлял", "В 1990—1995 годах возглавлял"
OPENING_POS = frozenset({"ADV", "ADP", "NUM", "PUNCT", "CCONJ", "ADJ", "PART"})


def opens_with_verb(doc: Doc, i: int, ents: Entities) -> bool:
    """The finite verb ``doc[i]`` has no subject in its sentence before it: only adverbs,
    dates and conjunctions stand there ("Возглавлял редакцию", "С 1992 года возглавлял"),
    and no pronoun or noun in the nominative follows it ("Возглавлял её он")."""
    verb = doc[i]
    if "Fin" not in verb.morph.get("VerbForm") or verb.morph.get("Person") not in ([], ["3"]):
        return False
    sent = ents.sent[i]
    j = i - 1
    while j >= 0 and ents.sent[j] == sent:
        token = doc[j]
        if not token.is_space and token.pos_ not in OPENING_POS and not time_word(token):
            return False
        j -= 1
    return True


def time_word(token: Token) -> bool:
    """A word of a date: "года", "марта", "1995"."""
    return token.like_num or fold(token.lemma_) in TIME_WORDS

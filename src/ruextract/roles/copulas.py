"""Copulas: posts a verb gives a person ("был министром", "назначил Иванова министром", "во
время службы начальником космодрома"): the name before the post the verb links to it, the object
a verb of appointment names after it, or a gerund's subject ("Став президентом, Путин ...").

The other parts of verbs and copulas: :mod:`~ruextract.roles.subjects` (a copula's subject
when its clause names nobody: pronouns, biographies), :mod:`~ruextract.roles.copula_after` (a
copula after its post: "Президентом становится Джеральд Форд") and
:mod:`~ruextract.roles.succession` (who is succeeded: "вместо", "сменил").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ruextract import models
from ruextract.roles.agreement import (
    AHEAD_WINDOW,
    BEHIND_WINDOW,
    DASHES,
    LIST_JOINERS,
    SENTENCE_ENDS,
    ends_clause,
    last_name_before,
    name_cases,
    one_of,
    person_cases,
    person_gender,
    verb_gender,
)
from ruextract.roles.doc_columns import next_content, prev_content
from ruextract.roles.edges import acting_abbreviation
from ruextract.roles.link_memo import link_memo
from ruextract.roles.phrases import (
    ACTING_PARTICIPLES,
    ACTING_WORDS,
    CLOSING_QUOTES,
    OPENING_QUOTES,
    Entities,
    Phrase,
)
from ruextract.roles.subjects import (
    PRONOUN_REACH,
    SUBJECT_PRONOUNS,
    last_person,
    noun_complement,
    person_in_subject,
    possessive_before,
    possessor,
)
from ruextract.roles.words import NOMINAL_POS, abbreviations, case_of, finite, fold
from ruextract.views import token_texts

# verbs that make a post of a person: "был министром", "назначен на пост" (and the perfective of
# a time spent in it: "проработала инженером-технологом 35 лет")
COPULAS = frozenset(
    {"быть", "стать", "являться", "назначить", "назначать", "избрать", "избирать",
     "переизбрать", "работать", "служить", "оставаться", "остаться", "занимать", "занять",
     "утвердить", "считаться", "становиться", "избираться", "назначаться", "покинуть",
     "оставить", "уйти", "освободить", "сместить", "вступить", "возглавлять", "возглавить",
     "играть", "выступать", "выступить", "трудиться", "числиться", "оказаться", "оказываться",
     "признать", "назвать", "называть", "исполнять", "сменить", "выбрать", "выбирать",
     "проработать", "поработать", "прослужить", "пробыть"}
)  # fmt: skip
# active verbs that give a post to their object: "Путин назначил Иванова министром"
APPOINT_VERBS = frozenset(
    {"назначить", "назначать", "избрать", "избирать", "переизбрать", "утвердить", "назвать",
     "называть", "выбрать", "выбирать"}
)  # fmt: skip
# nouns of giving a post, whose genitive object holds it: "после избрания Маркоса президентом"
APPOINT_NOUNS = frozenset({"назначение", "избрание", "переизбрание", "утверждение"})
# nouns that introduce the post after a verb: "на пост министра", "в должности профессора"
POST_WORDS = frozenset(
    {
        "пост",
        "должность",
        "обязанность",
        "кресло",
        "позиция",
        "звание",
        "качество",
        "роль",
        "место",
        "карьера",
    }
)  # "в качестве главы", "в роли продюсера"
# words of running for a post, which is not holding it
CANDIDACY = frozenset(
    {"кандидат", "кандидатура", "претендент", "претендовать", "баллотироваться", "выдвинуть",
     "выдвигать", "бороться"}
)  # fmt: skip
# tokens back from a post to the copula and name of its clause (the walk stops at the clause's
# edge first): "Карапетян ранее возглавлял компанию «АрмРосГазпром», а в 2010—2011 годах был
# мэром Еревана"
COPULA_REACH = 32
OBJECT_CASES = frozenset({"Acc", "Gen"})  # an animate object reads as either


def person_by_copula(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """The nearest name before a phrase that a copula or appointment verb links to it."""
    head = doc[phrase.head]
    member = among(doc, phrase)
    if phrase.plural and not one_of(doc, phrase) and not member:
        return None  # "был застрелен полицейскими": an agent of many, not one person's post
    # past participles of the post's case the phrase left out: "на позиции атакующего защитника"
    before = past_modifiers(doc, prev_content(doc, phrase.start - 1), case_of(head))
    after_post = before is not None and (
        fold(before.lemma_) in POST_WORDS or own_powers(doc, before)
    )
    if before is not None and before.text in DASHES | {":"}:
        # "назначен на новую должность — глава ФТС": the post word before a dash, past its
        # place ("занимавший высшие должности в России — Министр внутренних дел")
        word = past_place(doc, prev_content(doc, before.i - 1), ents)
        after_post = word is not None and fold(word.lemma_) in POST_WORDS
    case = phrase_case(doc, phrase)
    if (
        case not in ("Ins", None)
        and not after_post
        and not member  # "был в числе генералов": the copula's subject, as below
        and not one_of(doc, phrase, "Ins")
    ):
        return None  # "был министром", "назначен и. о. министра", "является одним из лидеров"
    if case is None and phrase.status != "acting" and not abbreviated(doc, phrase):
        return None  # a post of no case is no predicate
    if not after_post and before is not None and before.pos_ == "ADP" and case_of(head) == "Ins":
        return None  # "играл с полузащитником": the object of a preposition, not a predicate
    if before is not None and any(
        fold(t.lemma_) in CANDIDACY for t in doc[max(0, before.i - 4) : before.i]
    ):
        return None  # "кандидат на пост главы ФБР" holds no post yet
    if before is not None and not after_post:
        found = pronoun_object(doc, before, ents)
        if found is not None:
            return found  # "президент Джордж Буш-старший назначил его послом в Сингапуре"
    sent = ents.sent[phrase.head]
    # "Акира Амари, в 2006—2008 гг. бывший министром экономики": "бывший" is the copula
    verb: Token | None = participle_copula(doc, phrase)
    appointing = verb is not None and appoints(verb)  # (``appoints(verb)``, read once a verb)
    head_instrumental = case_of(head) == "Ins"
    i = phrase.start - 1
    lowest = max(0, phrase.start - COPULA_REACH)
    relative_seen = False
    while i >= lowest:
        token = doc[i]
        if token.is_space:
            i -= 1
            continue
        text, pos = token.text, token.pos_  # (each read once a word)
        if verb is not None and (ents.sent[i] != sent or text in SENTENCE_ENDS):
            # "Зыкина родилась в Москве. В войну работала токарем": no subject of its own
            if "Conv" in verb.morph.get("VerbForm"):
                return gerund_subject(doc, phrase, ents)
            return person_in_subject(doc, verb, ents)
        if ents.sent[i] != sent or text in (".", ";", "!", "?") or pos == "SCONJ":
            return None  # "Токаев напомнил, что Белоруссия стала членом": another clause
        lemma = fold(token.lemma_)
        if verb is None and not after_post and pos == "PRON" and lemma in RELATIVES:
            return None  # "среди тех, кто обзавелся именной звездой": no copula in its clause
        if text == ")":
            # "Стивен Бенджамин, адвокат из Ричмонда (штат Вирджиния), является президентом"
            j = i - 1
            while j >= lowest and doc[j].text != "(" and ents.sent[j] == sent:
                j -= 1
            i = j - 1
            continue
        if verb is not None and text in CLOSING_QUOTES:
            opening = quoted_name_start(doc, i, ents)
            if opening is not None:
                # "возглавлял компанию «АрмРосГазпром», а ... был мэром": a name in quotes after
                # a noun, a preposition or another such name is an object, not the subject
                i = opening - 1
                continue
        if verb is not None and text == "," and i + 1 < len(doc):
            person = participle_subject(doc, verb, i, ents)
            if person is not None:
                return person  # "сестра Таксина Чинавата, занимавшего пост премьер-министра"
            person = apposition_subject(doc, i, ents)
            if person is not None:
                return person  # "Бенджамин, адвокат из Ричмонда, является президентом"
        if (
            verb is not None
            and i not in ents.per
            and pos in NOMINAL_POS
            and case_of(token) == "Nom"
            and fold(text) not in SUBJECT_PRONOUNS
        ):
            return None  # the copula's subject is no name: "Белоруссия стала её членом"
        if (
            verb is None
            and head_instrumental
            and not after_post
            and pos in ("VERB", "AUX")
            and "Pass" in token.morph.get("Voice")
            and "Short" in token.morph.get("Variant")
            and lemma not in COPULAS
        ):
            return None  # "был арестован сотрудником полиции": the agent, not a post
        if verb is None and pos == "ADP" and governs_instrumental(doc, token, phrase):
            return None  # "выступил после встречи с президентом, премьер-министром": a list
        if verb is None and serving_noun(doc, token, phrase):
            owner = possessive_before(doc, token, ents)
            if owner is not None:
                return possessor(doc, owner, ents)  # "оценил его работу послом": another's
            verb = token  # "во время службы начальником космодрома": a copula's noun
            appointing = appoints(verb)
        elif lemma in COPULAS and verb is None:
            if possible_only(doc, token):
                return None  # "может сменить своего отца на посту президента": not yet held
            verb = token
            appointing = appoints(verb)
            if appointing:
                # "Янукович назначил начальником Генштаба генерал-лейтенанта Григория
                # Педченко", "Рада избрала спикером Александра Турчинова": the object's post
                found = object_after(doc, phrase, ents)
                if found is not None:
                    return found
        if appointing and pos == "PRON" and lemma == RELATIVE and case_of(token) in OBJECT_CASES:
            # "Диваеву, которого ... назначили вице-премьером": the object of a verb of
            # appointment is the relative's antecedent, in whatever case
            antecedent = relative_antecedent(doc, token, ents)
            if antecedent is not None:
                return antecedent
        if verb is not None and pos == "PRON" and lemma == ASKING:
            return None  # "Кто будет новым мэром столицы, пока неизвестно": nobody named
        if verb is not None and pos == "PRON" and lemma == RELATIVE:
            relative_seen = True  # "с Иваном Петровым, который был министром": its antecedent
        if verb is not None and fold(text) in SUBJECT_PRONOUNS and pos == "PRON":
            # "Он был министром": the person the text spoke of last
            return last_person(doc, i, ents)
        if i in ents.per:
            person = ents.per[i]
            if appointing:
                # no object after the post: an object before the verb holds it ("Гуллита
                # назначили тренером"), not its subject ("Янукович назначил")
                return person if case_of(doc[person.end - 1]) in OBJECT_CASES else None
            if verb is None and after_post and complement_before_comma(doc, person):
                # "Мелендес, одна из ближайших соратниц Чавеса, получила звание адмирала": a
                # name ending an apposition is its complement, the subject is further
                i = person.start - 1
                continue
            if verb is not None and not relative_seen and prepositional_object(doc, person):
                # "играл с Игги Попом, был продюсером": a preposition's object, no subject
                i = person.start - 1
                continue
            if verb is not None and not relative_seen and genitive_complement(doc, person):
                # "Отец Ивана Петрова был учителем": the noun is the subject ("жена Петрова,
                # который был": the relative's antecedent, his)
                i = person.start - 1
                continue
            if verb is not None and other_gender(verb, person):
                # "мать — Суркова Зоя Антоновна работал учителем": the verb's subject is a man
                i = person.start - 1
                continue
            if verb is not None or after_post:
                return person
            # "назначил Иванова министром": the verb comes before the name; "о назначении Тома
            # Донилона своим советником": the genitive object of a noun of appointment
            for j in range(max(0, person.start - 4), person.start):
                if ents.sent[j] == sent and fold(doc[j].lemma_) in COPULAS:
                    return person
            if appointment_of(doc, person):
                return person
            # past the object's descriptions: "назначил старшего советника Белого дома Пита
            # Рауса временным главой"
            return person if appointed_object(doc, person, phrase, ents) else None
        i -= 1
    if verb is not None and i < 0 and "Conv" in verb.morph.get("VerbForm"):
        return gerund_subject(doc, phrase, ents)  # the text's first sentence
    return None


QUOTED_REACH = 6  # words of a name in quotes: "«ВТБ-Капитал»"


def quoted_name_start(doc: Doc, close: int, ents: Entities) -> int | None:
    """The opening quote of a name in quotes that ends at ``close`` and stands after a noun, a
    preposition or another name in quotes ("компанию «АрмРосГазпром»", "в «Росбанк»,
    «ВТБ-Капитал»"): an object or complement, never a clause's subject; None otherwise."""
    sent = ents.sent[close]
    j = close - 1
    while j >= 0 and close - j <= QUOTED_REACH and ents.sent[j] == sent:
        if doc[j].text in OPENING_QUOTES:
            before = prev_content(doc, j - 1)
            if before is None or ents.sent[before.i] != sent:
                return None
            if before.pos_ in ("NOUN", "ADP") or (
                before.text == ","
                and (earlier := prev_content(doc, before.i - 1)) is not None
                and earlier.text in CLOSING_QUOTES
            ):
                return j
            return None
        j -= 1
    return None


POSSIBILITY = frozenset({"мочь"})  # "может стать президентом": not held
# words of membership before a plural post: "был в числе генералов", "оказался среди игроков"
AMONG = frozenset({"среди"})
AMONG_NOUNS = frozenset({"число"})  # "в числе"


def among(doc: Doc, phrase: Phrase) -> bool:
    """A plural post in the genitive after "в числе" or "среди", past its adjectives ("был в
    числе генералов", "оказался среди лучших игроков"): one member's post, as "один из"."""
    if not phrase.plural or case_of(doc[phrase.head]) != "Gen":
        return False
    before = prev_content(doc, phrase.start - 1)
    if before is None:
        return False
    if fold(before.text) in AMONG:
        return True
    word = prev_content(doc, before.i - 1)
    return (
        fold(before.lemma_) in AMONG_NOUNS and word is not None and fold(word.text) in ("в", "во")
    )


# object pronouns of the third person and the gender of the name they stand for
OBJECT_PRONOUNS = {"его": "masc", "ее": "femn"}
PAST_PARTICIPLE = "бывш"  # "бывший", "бывшая": of "быть" before an instrumental post


def past_modifiers(doc: Doc, token: Token | None, case: str | None) -> Token | None:
    """The word before the adjectives and participles of ``case`` that end at ``token``."""
    while token is not None and token.pos_ in ("ADJ", "VERB") and case is not None:
        if case_of(token) != case or "Fin" in token.morph.get("VerbForm"):
            break
        token = prev_content(doc, token.i - 1)
    return token


def prepositional_object(doc: Doc, person: Span) -> bool:
    """A name right after a preposition that cannot be nominative ("с Игги Попом")."""
    before = prev_content(doc, person.start - 1)
    return before is not None and before.pos_ == "ADP" and not may_be_subject(person)


def genitive_complement(doc: Doc, person: Span) -> bool:
    """A genitive name right after a noun, its complement (``noun_complement``: "Отец Ивана
    Петрова"), that the tagger reads in no nominative either: "до назначения Педченко
    занимал" (an undeclined surname, genitive only by the article's declined first name
    elsewhere) may be the subject."""
    return noun_complement(doc, person) and "Nom" not in name_cases(person)


def other_gender(verb: Token, person: Span) -> bool:
    """A past-tense verb of one gender and a name of the other, by the person's first name and
    by the tagger's reading of the mention's last word both ("Зоя Антоновна работал"): the
    name is not the verb's subject."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False  # "во время службы начальником": a noun's gender is its own
    shown = verb_gender(verb)
    if shown not in GENDERS.values():
        return False
    written = doc_gender(person[-1])
    return written is not None and written != shown and person_gender(person) not in (None, shown)


GENDERS = {"Masc": "masc", "Fem": "femn"}


def doc_gender(token: Token) -> str | None:
    """The tagger's gender of a word ("masc" / "femn"), None for any other."""
    found = token.morph.get("Gender")
    return GENDERS.get(found[0]) if found else None


POWERS = "полномочие"  # "сложить с себя полномочия премьер-министра": one's own post


def own_powers(doc: Doc, token: Token) -> bool:
    """ "полномочия" right after "себя" ("сложить с себя полномочия"): the powers of the
    clause's subject, not of someone named after them ("о прекращении полномочий мэра")."""
    if fold(token.lemma_) != POWERS:
        return False
    before = prev_content(doc, token.i - 1)
    return before is not None and fold(before.text) == "себя"


def complement_before_comma(doc: Doc, person: Span) -> bool:
    """A name that cannot be nominative right before a comma: the complement closing an
    apposition ("одна из ближайших соратниц Чавеса,"), no subject."""
    after = next_content(doc, person.end)
    return after is not None and after.text == "," and not may_be_subject(person)


def participle_copula(doc: Doc, phrase: Phrase) -> Token | None:
    """The participle of "быть" that opens an instrumental post ("Акира Амари, в 2006—2008 гг.
    бывший министром экономики"): a copula, not the adjective "бывший" of the post ("бывшим
    министром", in the post's own case)."""
    first = doc[phrase.start]
    if first.i == phrase.head or not fold(first.text).startswith(PAST_PARTICIPLE):
        return None
    head_case = case_of(doc[phrase.head])
    return first if head_case == "Ins" and case_of(first) != head_case else None


def pronoun_object(doc: Doc, pronoun: Token, ents: Entities) -> Span | None:
    """The person an object pronoun right before a post stands for, after an active verb of
    appointment ("Хантсмен поступил на работу при президенте Рональде Рейгане, а ... президент
    Джордж Буш-старший назначил его послом в Сингапуре"): the last name of the pronoun's gender
    that may be nominative (a subject) before the verb's own subject, in the ``PRONOUN_REACH``
    sentences before."""
    wanted = OBJECT_PRONOUNS.get(fold(pronoun.text))
    if wanted is None or pronoun.pos_ != "PRON" or case_of(pronoun) not in OBJECT_CASES:
        return None
    verb = prev_content(doc, pronoun.i - 1)
    if verb is None or not appoints(verb):
        return None
    first = ents.sent[pronoun.i] - PRONOUN_REACH
    person = last_name_before(ents, verb.i - 1, first, wanted)
    while person is not None and (person.end == verb.i or not may_be_subject(person)):
        person = last_name_before(ents, person.start - 1, first, wanted)  # past the subject
    return person


def may_be_subject(person: Span) -> bool:
    """A name that may be in the nominative (of no case known, or of that case among others)."""
    cases = person_cases(person)
    return not cases or "Nom" in cases


def possible_only(doc: Doc, verb: Token) -> bool:
    """An infinitive copula after a verb of possibility ("может стать", "может сменить"): the
    post is not held (yet)."""
    if "Inf" not in verb.morph.get("VerbForm"):
        return False
    before = prev_content(doc, verb.i - 1)
    return before is not None and fold(before.lemma_) in POSSIBILITY


RELATIVE = "который"
ASKING = "кто"  # "Кто будет новым мэром": a copula's subject no one named
RELATIVES = frozenset({RELATIVE, ASKING})  # a relative clause's edge


def relative_antecedent(doc: Doc, relative: Token, ents: Entities) -> Span | None:
    """The name a relative pronoun stands for: the one right before the comma before it
    ("Рафаилу Диваеву, которого назначили", "Гейдара Алиева, который стоял")."""
    comma = prev_content(doc, relative.i - 1)
    if comma is None or comma.text != ",":
        return None
    name = prev_content(doc, comma.i - 1)
    return ents.per.get(name.i) if name is not None else None


def abbreviated(doc: Doc, phrase: Phrase) -> bool:
    """A phrase headed by an indeclinable compound abbreviation ("замдиректора ФСБ")."""
    return indeclinable_abbreviation(fold(doc[phrase.head].text))


SERVING_NOUNS = frozenset({"служба", "работа"})  # nouns of a copula: "работа послом"


def serving_noun(doc: Doc, token: Token, phrase: Phrase) -> bool:
    """A noun of serving or working right before an instrumental post ("во время службы
    начальником космодрома", "работа послом США в ООН"): the post is its subject's."""
    return (
        token.pos_ == "NOUN"
        and fold(token.lemma_) in SERVING_NOUNS
        and next_content(doc, token.i + 1) is not None
        and next_content(doc, token.i + 1).i == phrase.start
        and phrase_case(doc, phrase) == "Ins"
    )


def possible_post(doc: Doc, phrase: Phrase) -> bool:
    """An instrumental post right after an infinitive copula after "мочь" ("может оказаться
    первым президентом США", "может стать мэром"): a post one may get, no one's (not even a
    holder named elsewhere)."""
    verb = prev_content(doc, phrase.start - 1)
    return (
        verb is not None
        and verb.pos_ in ("VERB", "AUX")
        and fold(verb.lemma_) in COPULAS
        and possible_only(doc, verb)
        and phrase_case(doc, phrase) == "Ins"
    )


def appointment_of(doc: Doc, person: Span) -> bool:
    """A name in the genitive right after a noun of appointment: its object ("о назначении
    Тома Донилона своим советником"; not "после избрания сына Маркоса")."""
    before = prev_content(doc, person.start - 1)
    return (
        before is not None
        and fold(before.lemma_) in APPOINT_NOUNS
        and "Gen" in person_cases(person)
    )


def governs_instrumental(doc: Doc, adp: Token, phrase: Phrase) -> bool:
    """A preposition before a post whose object is in the instrumental, before the post's list
    ("с президентом, премьер-министром"): the post is the preposition's, not a predicate."""
    after = next_content(doc, adp.i + 1)
    joiner = prev_content(doc, phrase.start - 1)
    return (
        after is not None
        and joiner is not None
        and after.i < joiner.i
        and fold(joiner.text) in LIST_JOINERS
        and case_of(after) == "Ins"
    )


def gerund_subject(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """The subject of the clause a gerund's copula opens its sentence before ("Став
    президентом в 2000 году, Владимир Путин начал реформы", "Будучи министром обороны,
    Сергей Иванов посетил Китай"): the first name after the comma that closes the gerund's
    clause (past names in other cases in it: "после ухода Бориса Ельцина"), within
    ``AHEAD_WINDOW`` words, when it may be nominative, or the person a subject
    pronoun there stands for ("Будучи известной певицей, в 1960-е годы она поступила")."""
    sent = ents.sent[phrase.head]
    token = next_content(doc, phrase.end)
    seen = 0
    while token is not None and ents.sent[token.i] == sent and token.text != ",":
        seen += 1
        if seen > AHEAD_WINDOW or finite(token):
            return None
        if token.i in ents.per:
            name = ents.per[token.i]
            if not person_cases(name) or "Nom" in person_cases(name):
                return None  # "Став президентом Путин начал": the subject, no comma to cut
            token = doc[name.end - 1]  # "после ухода Бориса Ельцина": a complement
        token = next_content(doc, token.i + 1)
    # the main clause: "Будучи известной певицей, в 1960-е годы она поступила"
    subject = next_content(doc, token.i + 1) if token is not None else None
    seen = 0
    while subject is not None and ents.sent[subject.i] == sent and seen <= AHEAD_WINDOW:
        if subject.pos_ == "PRON" and fold(subject.text) in SUBJECT_PRONOUNS:
            return last_person(doc, subject.i, ents)
        if subject.i in ents.per:
            person = ents.per[subject.i]
            cases = person_cases(person)
            return person if not cases or "Nom" in cases else None
        seen += 1
        subject = next_content(doc, subject.i + 1)
    return None


def appointed_object(doc: Doc, person: Span, phrase: Phrase, ents: Entities) -> bool:
    """A name in the accusative (or genitive) right before a post that an active verb of
    appointment before it takes as its object, past the object's descriptions in its clause
    ("избрала дочь президента Нурсултана Назарбаева Даригу главой комитета", "назначил
    старшего советника Белого дома Пита Рауса временным главой"): no comma, finite verb,
    conjunction or pronoun between the verb and the name."""
    after = next_content(doc, person.end)
    if after is None or after.i != phrase.start or not person_cases(person) & OBJECT_CASES:
        return False
    sent = ents.sent[person.start]
    seen = 0
    token = prev_content(doc, person.start - 1)
    while token is not None and ents.sent[token.i] == sent and seen <= AHEAD_WINDOW:
        if appoints(token):
            return True
        if token.text == "," or ends_clause(token):
            return False
        seen += 1
        token = prev_content(doc, token.i - 1)
    return False


def appoints(verb: Token) -> bool:
    """An active verb of giving a post ("назначил", "избрали"), or its gerund ("назначив"): its
    object holds the post."""
    return (
        fold(verb.lemma_) in APPOINT_VERBS
        and bool({"Fin", "Conv"} & set(verb.morph.get("VerbForm")))
        and "Pass" not in verb.morph.get("Voice")
    )


def object_after(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """The name after a post given by an active verb, in its clause, past the object's
    descriptions ("назначил министром обороны страны адмирала Кармен Мелендес"; a foreign
    name there reads as nominative: the tagger's case is no evidence)."""
    sent = ents.sent[phrase.head]
    i = phrase.end
    seen = 0
    while i < len(doc) and ents.sent[i] == sent and seen <= AHEAD_WINDOW:
        token = doc[i]
        if i in ents.per:
            return ents.per[i]
        if not token.is_space:
            seen += 1
            closing = acting_end(doc, i)
            if closing is not None:
                i = closing + 1  # "назначил руководителем … и.о. главы ведомства Ивана …"
                continue
            if ends_clause(token) or token.text == ",":
                return None
        i += 1
    return None


def acting_end(doc: Doc, i: int) -> int | None:
    """The last dot of an "и.о." that opens at token ``i`` (``edges.acting_abbreviation``), its
    letters and dots no clause's end; None when none opens there."""
    for j in range(i + 1, min(len(doc), i + 7)):
        if doc[j].text == "." and acting_abbreviation(doc, doc[j]) == i:
            return j
    return None


def participle_subject(doc: Doc, verb: Token, comma: int, ents: Entities) -> Span | None:
    """The name right before the comma that opens a participle's clause, in the participle's
    case: the noun it qualifies ("сестра Таксина Чинавата, занимавшего пост")."""
    if "Part" not in verb.morph.get("VerbForm"):
        return None
    name = prev_content(doc, comma - 1)
    if name is None or name.i not in ents.per:
        return None
    person = ents.per[name.i]
    return person if case_of(verb) in person_cases(person) else None


def past_place(doc: Doc, token: Token | None, ents: Entities) -> Token | None:
    """The word before a place and its preposition that end at ``token`` ("должности в
    России"), or ``token`` itself when it ends no place."""
    if token is None or token.i not in ents.place:
        return token
    adp = prev_content(doc, ents.place[token.i].start - 1)
    return prev_content(doc, adp.i - 1) if adp is not None and adp.pos_ == "ADP" else token


def past_bracket(doc: Doc, token: Token | None, sent: int, ents: Entities) -> Token | None:
    """The word before the bracket that ``token`` closes ("Ю.Пономарев (1962 года рождения) -
    государственный советник"), or ``token`` itself when it closes none."""
    if token is None or token.text != ")":
        return token
    i = token.i - 1
    while i >= 0 and ents.sent[i] == sent and doc[i].text not in "()":
        i -= 1
    return prev_content(doc, i - 1) if i >= 0 and doc[i].text == "(" else None


def apposition_subject(doc: Doc, comma: int, ents: Entities) -> Span | None:
    """The name before an apposition that ends at the comma ``comma`` before a verb: "Стивен
    Бенджамин, адвокат из Ричмонда, является президентом" (the words between the two commas
    describe the name and hold no verb, conjunction or pronoun)."""
    sent = ents.sent[comma]
    i = comma - 1
    while i >= 0 and ents.sent[i] == sent and comma - i <= BEHIND_WINDOW:
        token = doc[i]
        if i in ents.per and not may_be_subject(ents.per[i]):
            i = ents.per[i].start - 1  # a complement: "чиновник из «команды» Путина"
            continue
        if i in ents.per:
            return None  # a name inside the apposition: no apposition of a name before it
        if token.text == ")":
            while i >= 0 and doc[i].text != "(" and ents.sent[i] == sent:
                i -= 1
        elif token.text in DASHES | {","}:
            before = past_bracket(doc, prev_content(doc, i - 1), sent, ents)
            if before is None or before.i not in ents.per or i == comma - 1:
                return None
            person = ents.per[before.i]
            cases = person_cases(person)
            return person if not cases or "Nom" in cases else None
        elif ends_clause(token):
            return None
        i -= 1
    return None


def phrase_case(doc: Doc, phrase: Phrase) -> str | None:
    """The case of a role phrase as a whole: its head's, or that of the participle of an acting
    post ("Исполняющим обязанности главного тренера": instrumental). Read once per (start,
    head, status), all it reads of the phrase (``link_memo``)."""
    memo = link_memo(doc).phrase_cases
    key = (phrase.start, phrase.head, phrase.status)
    if key not in memo:
        memo[key] = read_phrase_case(doc, phrase)
    return memo[key]


def read_phrase_case(doc: Doc, phrase: Phrase) -> str | None:
    """``phrase_case`` read from the words (no memo)."""
    # the words before the head by their texts: no ``Token`` each (most posts have none)
    texts = token_texts(doc) if phrase.start < phrase.head else []
    for i in range(max(phrase.start, 0), min(phrase.head, len(texts))):
        word = fold(texts[i])
        if word.startswith(ACTING_PARTICIPLES):
            return case_of(doc[i])
        if word in ACTING_WORDS:
            return None  # "Врио премьер-министра": an abbreviation, of no case
    if phrase.status == "acting" and phrase.start < phrase.head:
        return None  # "и. о. министра": the participle abbreviated, of no case
    head = doc[phrase.head]
    if head.text[:3].lower() == "зам" and indeclinable_abbreviation(fold(head.text)):
        return None  # "назначен замдиректора ФСБ": the compound shows no case
    return case_of(head)


@lru_cache(maxsize=1_000)
def indeclinable_abbreviation(word: str) -> bool:
    """A compound abbreviation of a post that ends in the genitive of its last word, the same
    in every case ("замдиректора", "замглавы", "замминистра"; not "генсек", "зампред")."""
    full = abbreviations().get(word)
    if full is None or " " not in full:
        return False
    last = full.rsplit(" ", 1)[1]
    genitive = models.morph_analyzer().parse(last)[0].inflect({"gent"})
    return genitive is not None and word.endswith(fold(genitive.word))

"""Linking: which person a role phrase belongs to (see the package docstring for the rules).

``attach`` ties phrases to names near them; ``resolve_again`` gives a post named again the
person who holds it in the article.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ruextract.names import first_name_gender
from ruextract.people.words import next_content, prev_content
from ruextract.roles.phrases import (
    ACTING_PARTICIPLES,
    QUOTES,
    Entities,
    Phrase,
    make_phrase,
    place_record,
)
from ruextract.roles.words import MODIFIER_POS, NOMINAL_POS, case_of, fold, line_break_between

# verbs that make a post of a person: "был министром", "назначен на пост"
COPULAS = frozenset(
    {"быть", "стать", "являться", "назначить", "назначать", "избрать", "избирать",
     "переизбрать", "работать", "служить", "оставаться", "остаться", "занимать", "занять",
     "утвердить", "считаться", "становиться", "избираться", "назначаться", "покинуть",
     "оставить", "уйти", "освободить", "сместить", "вступить", "возглавлять", "возглавить",
     "играть", "выступать", "трудиться", "числиться", "оказаться", "оказываться", "признать",
     "назвать", "называть", "исполнять", "сменить"}
)  # fmt: skip
# active verbs that give a post to their object: "Путин назначил Иванова министром"
APPOINT_VERBS = frozenset(
    {"назначить", "назначать", "избрать", "избирать", "переизбрать", "утвердить", "назвать",
     "называть"}
)  # fmt: skip
# nouns that introduce the post after a verb: "на пост министра", "в должности профессора"
POST_WORDS = frozenset(
    {"пост", "должность", "обязанность", "кресло", "позиция", "звание", "качество", "роль"}
)  # "в качестве главы", "в роли продюсера"
# words of running for a post, which is not holding it
CANDIDACY = frozenset(
    {"кандидат", "кандидатура", "претендент", "претендовать", "баллотироваться", "выдвинуть",
     "выдвигать", "бороться"}
)  # fmt: skip
SEPARATORS_AFTER = frozenset({",", "—", "–", "-", "("})
DASHES = frozenset({"—", "–", "-"})
SUBJECT_PRONOUNS = frozenset({"он", "она"})
# verbs and words of modality before a copula: "может стать", "должен стать"
MODALS = frozenset({"мочь", "должен", "должный", "быть"})
PRONOUN_REACH = 1  # sentences back to look for the person a pronoun stands for
LIST_JOINERS = frozenset({",", "и"})
SUCH_AS = "как"  # "такие музыканты, как Колин Дэвис"
OTHERS = frozenset({"другой", "прочий", "остальной"})  # "Ван Гога и других художников"
COPULA_WINDOW = 8
# the same post under other names, for a post referred to again ("глава государства")
SAME_POST: dict[str, str] = {
    "глава государства": "президент",
    "лидер": "президент",
    "премьер-министр": "премьер-министр",
    "глава правительства": "премьер-министр",
}
# sentences back to the holder's last mention for a post named again ("Президент заявил")
AGAIN_REACH = 1
TOPIC_REACH = 2  # for the person the article is about
# posts of a state's head, held in the country their sentence names
STATE_POSTS = frozenset({"президент", "премьер-министр", "король", "королева", "монарх"})
# posts a country has one of: unheld, they go to the article's main person and country
HEAD_POSTS = frozenset({"президент", "премьер-министр"})
# a post and the name it describes, with other descriptions between them: tokens at most
AHEAD_WINDOW = 12  # "спортсменка из Южной Кореи Ким Ю На"
BEHIND_WINDOW = 15  # "Джон Нэш, лауреат Нобелевской премии и американский математик"
APPOSITION_MARKS = frozenset({",", "—", "–", "-", "("})
# sentences back to the article's main person, for a post named alone
FOCUS_REACH = 3
# sentences back to the subject of a copula with none of its own ("В войну работала токарем")
ZERO_SUBJECT_REACH = 2
# sentences back to the subject of a biography's chain of sentences without their own subject
CHAIN_REACH = 6
# words of a date before a biography's dash: "С марта 2004 года — заместитель ..."
TIME_WORDS = frozenset(
    {"год", "гг", "г", "месяц", "январь", "февраль", "март", "апрель", "май", "июнь", "июль",
     "август", "сентябрь", "октябрь", "ноябрь", "декабрь", "конец", "начало", "середина",
     "жизнь", "время", "период"}
)  # fmt: skip
# sentences back to the article's person for a post named alone as a verb's subject ("актёр заявил")
SUBJECT_REACH = 2
# words before a post that make it no subject opening its clause ("у певца", "Он был")
OPENS_CLAUSE_NOT = frozenset({"NOUN", "PROPN", "PRON", "VERB", "AUX"})
SENTENCE_ENDS = frozenset({".", ";", "!", "?"})
# between an oblique post and its name only places and words about the holder may stand:
# "певца из Омска Егора Летова"; a noun or verb there takes the name as its own complement
OBLIQUE_STOPS = frozenset({"NOUN", "VERB", "AUX", "PRON", "DET"})


def ends_clause(token: Token) -> bool:
    """A finite verb, a conjunction of subordination, a pronoun or a stop: the edge of the
    clause that a post and the name it describes share."""
    if token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm"):
        return True
    if token.pos_ == "CCONJ" and fold(token.text) != "и":
        return True  # "Лавров, а министр обороны промолчал": another clause
    return token.pos_ in ("SCONJ", "PRON") or token.text in SENTENCE_ENDS


def person_after(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """The name right after a phrase ("глава МИД Сергей Лавров"; "Министр иностранных дел —
    Фумио Кисида" where the phrase opens its sentence)."""
    token = next_content(doc, phrase.end)
    while token is not None and token.text in QUOTES:
        token = next_content(doc, token.i + 1)
    if token is not None and token.text in DASHES and opens_sentence(doc, phrase.start):
        token = next_content(doc, token.i + 1)
    if token is None or token.i not in ents.per or line_break_between(doc, phrase.end - 1, token.i):
        return None
    span = ents.per[token.i]
    if span.start != token.i:
        return None
    if case_of(doc[span.end - 1]) == "Gen":
        # "советника Путина Михаила Лесина": a genitive name and then the holder's name, in
        # the post's case ("дочь президента Ислама Каримова Лолла": not the post's holder)
        nxt = next_content(doc, span.end)
        if (
            nxt is not None
            and nxt.i in ents.per
            and not line_break_between(doc, span.end - 1, nxt.i)
        ):
            second = ents.per[nxt.i]
            if agree(doc[phrase.head], second, same=True):
                return second
    if phrase.inner is not None and case_of(doc[phrase.inner]) == case_of(doc[span.end - 1]):
        return span  # the name of the inner post (see ``attach``)
    if not agree(doc[phrase.head], span):
        return None  # "адвокат Сантоса": the genitive name is not the holder
    return span


def opens_sentence(doc: Doc, i: int) -> bool:
    """Token ``i`` starts a sentence or a line."""
    before = prev_content(doc, i - 1)
    return before is None or doc[i].is_sent_start or line_break_between(doc, before.i, i)


def name_cases(name: Span) -> set[str]:
    """The cases the tagger gives the words of a name: a first name often shows the case its
    surname hides ("актёры Хельга Филиппова": "Филиппова" read as genitive, "Хельга" not)."""
    return {case for token in name if (case := case_of(token)) is not None}


def reads_nominative(name: Span) -> bool | None:
    """Whether a mention is written as its person's nominative name ("Лолла Каримова" of
    Лолла Каримова, not "Ислама Каримова" of Ислам Каримов); None without a person record."""
    record = name._.person
    if record is None or not record.name:
        return None
    nominative = {fold(word) for word in record.name.split()}
    return all(fold(token.text) in nominative for token in name if token.is_alpha)


def person_cases(name: Span) -> set[str]:
    """The cases a mention may be in: the nominative alone when it is written as its person's
    nominative name (the tagger reads "Лолла Каримова" after a genitive as genitive), else the
    tagger's cases but the nominative."""
    nominative = reads_nominative(name)
    if nominative is None:
        return name_cases(name)
    return {"Nom"} if nominative else name_cases(name) - {"Nom"}


def agree(head: Token, name: Span, same: bool = False) -> bool:
    """A role noun and the name after it that may be one phrase: a genitive name after a role
    noun in another case is its complement ("адвокат Сантоса"), not its holder. With ``same``,
    a name that cannot be in the head's case is not its holder either ("дочь президента
    Ислама Каримова Лолла Каримова")."""
    head_case, cases = case_of(head), person_cases(name)
    if same and head_case is not None and cases and head_case not in cases:
        return head_case == "Acc" and "Gen" in cases
    # an animate accusative is spelt as the genitive: "убедил президента Хамида Карзая"
    return not (cases == {"Gen"} and head_case not in (None, "Gen", "Acc"))


def person_before(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """The name before a phrase set off by a comma, dash or bracket ("Лавров, глава МИД")."""
    if phrase.plural and not one_of(doc, phrase):
        return None  # "Гиффордс, врачи характеризуют её состояние": not her post
    sep = prev_content(doc, phrase.start - 1)
    if sep is None or sep.text not in SEPARATORS_AFTER:
        return None
    token = prev_content(doc, sep.i - 1)
    if token is None or token.i not in ents.per or line_break_between(doc, token.i, phrase.start):
        return None
    person = ents.per[token.i]
    head = doc[phrase.head]
    person_case = case_of(doc[person.end - 1])
    head_case = case_of(head)
    if head_case and person_case and person_case != head_case:
        return None  # "соратник Путина, министр внутренних дел": the post is not Putin's
    return person


def person_by_copula(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """The nearest name before a phrase that a copula or appointment verb links to it."""
    head = doc[phrase.head]
    before = prev_content(doc, phrase.start - 1)
    after_post = before is not None and fold(before.lemma_) in POST_WORDS
    if case_of(head) != "Ins" and not after_post and not one_of(doc, phrase, "Ins"):
        return None  # "был министром", "на посту министра", "является одним из лидеров"
    if not after_post and before is not None and before.pos_ == "ADP" and case_of(head) == "Ins":
        return None  # "играл с полузащитником": the object of a preposition, not a predicate
    if before is not None and any(
        fold(t.lemma_) in CANDIDACY for t in doc[max(0, before.i - 4) : before.i]
    ):
        return None  # "кандидат на пост главы ФБР" holds no post yet
    sent = ents.sent[phrase.head]
    verb: Token | None = None
    i = phrase.start - 1
    lowest = max(0, phrase.start - COPULA_WINDOW * 2)
    while i >= lowest:
        token = doc[i]
        if token.is_space:
            i -= 1
            continue
        if verb is not None and (ents.sent[i] != sent or token.text in SENTENCE_ENDS):
            # "Зыкина родилась в Москве. В войну работала токарем": no subject of its own
            return person_in_subject(doc, verb, ents)
        if ents.sent[i] != sent or token.text in (".", ";", "!", "?") or token.pos_ == "SCONJ":
            return None  # "Токаев напомнил, что Белоруссия стала членом": another clause
        if token.text == ")":
            # "Стивен Бенджамин, адвокат из Ричмонда (штат Вирджиния), является президентом"
            j = i - 1
            while j >= lowest and doc[j].text != "(" and ents.sent[j] == sent:
                j -= 1
            i = j - 1
            continue
        if verb is not None and token.text == "," and i + 1 < len(doc):
            person = apposition_subject(doc, i, ents)
            if person is not None:
                return person  # "Бенджамин, адвокат из Ричмонда, является президентом"
        if (
            verb is not None
            and i not in ents.per
            and token.pos_ in NOMINAL_POS
            and case_of(token) == "Nom"
            and fold(token.text) not in SUBJECT_PRONOUNS
        ):
            return None  # the copula's subject is no name: "Белоруссия стала её членом"
        if fold(token.lemma_) in COPULAS and verb is None:
            verb = token
        if verb is not None and fold(token.text) in SUBJECT_PRONOUNS and token.pos_ == "PRON":
            # "Он был министром": the person the text spoke of last
            return last_person(doc, i, ents)
        if i in ents.per:
            person = ents.per[i]
            if verb is not None and appoints(verb):
                # "Янукович назначил начальником Генштаба генерал-лейтенанта Григория
                # Педченко": the post is the object's, not the subject's
                return object_after(doc, phrase, ents)
            if verb is not None or after_post:
                return person
            # "назначил Иванова министром": the verb comes before the name
            for j in range(max(0, person.start - 4), person.start):
                if ents.sent[j] == sent and fold(doc[j].lemma_) in COPULAS:
                    return person
            return None
        i -= 1
    return None


def appoints(verb: Token) -> bool:
    """An active verb of giving a post ("назначил", "избрали"): its object holds the post."""
    return (
        fold(verb.lemma_) in APPOINT_VERBS
        and "Fin" in verb.morph.get("VerbForm")
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
            if ends_clause(token) or token.text == ",":
                return None
        i += 1
    return None


def apposition_subject(doc: Doc, comma: int, ents: Entities) -> Span | None:
    """The name before an apposition that ends at the comma ``comma`` before a verb: "Стивен
    Бенджамин, адвокат из Ричмонда, является президентом" (the words between the two commas
    describe the name and hold no verb, conjunction or pronoun)."""
    sent = ents.sent[comma]
    i = comma - 1
    while i >= 0 and ents.sent[i] == sent and comma - i <= BEHIND_WINDOW:
        token = doc[i]
        if i in ents.per:
            return None  # a name inside the apposition: no apposition of a name before it
        if token.text == ")":
            while i >= 0 and doc[i].text != "(" and ents.sent[i] == sent:
                i -= 1
        elif token.text in (",", "—", "–"):
            before = prev_content(doc, i - 1)
            if before is None or before.i not in ents.per or i == comma - 1:
                return None
            person = ents.per[before.i]
            cases = person_cases(person)
            return person if not cases or "Nom" in cases else None
        elif ends_clause(token):
            return None
        i -= 1
    return None


def person_gender(person: Span) -> str | None:
    """A person's gender from the first name (pymorphy3's dictionary), else the tagger's
    gender of the name's words when they agree ("masc" / "femn"), else None."""
    record = person._.person
    if record is not None and record.first:
        found = first_name_gender(record.first)
        if found is not None:
            return found
    genders = {g for token in person for g in token.morph.get("Gender")}
    return {"Masc": "masc", "Fem": "femn"}.get(genders.pop()) if len(genders) == 1 else None


def verb_gender(verb: Token) -> str | None:
    """The gender a past-tense verb shows ("работала": "femn"); "plur" for the plural."""
    if verb.morph.get("Number") == ["Plur"]:
        return "plur"
    found = verb.morph.get("Gender")
    return {"Masc": "masc", "Fem": "femn"}.get(found[0]) if found else None


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
        if i in ents.per and ents.per[i].end - 1 == i:
            person = ents.per[i]
            cases = person_cases(person)
            gender = person_gender(person)
            if (not cases or "Nom" in cases) and (
                wanted is None or gender is None or gender == wanted
            ):
                return person
        i -= 1
    return chain_subject(doc, verb.i, ents, wanted)


def chain_subject(doc: Doc, i: int, ents: Entities, wanted: str | None = None) -> Span | None:
    """The subject of a chain of sentences without subjects of their own (a biography:
    "Примаков родился в Киеве. В 1953 году закончил ... Затем работал ... В 1988 году стал
    депутатом"): the last name before token ``i``, in the ``CHAIN_REACH`` sentences before, if
    it may be nominative and of the ``wanted`` gender; a name in another case there ends the
    chain."""
    sent = ents.sent[i]
    j = i - 1
    while j >= 0 and ents.sent[j] >= sent - CHAIN_REACH:
        if j in ents.per:
            person = ents.per[j]
            cases = person_cases(person)
            gender = person_gender(person)
            if cases and "Nom" not in cases:
                return None
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
        return None
    sent = ents.sent[phrase.head]
    dated = False
    token = prev_content(doc, dash.i - 1)
    while token is not None and ents.sent[token.i] == sent and token.text != ",":
        if token.i in ents.per or token.pos_ in ("VERB", "AUX", "PRON"):
            return None
        if token.pos_ == "NUM" or token.like_num or fold(token.lemma_) in TIME_WORDS:
            dated = True
        elif token.pos_ not in ("ADP", "ADV", "CCONJ", "PUNCT", "ADJ"):
            return None
        token = prev_content(doc, token.i - 1)
    return chain_subject(doc, dash.i, ents) if dated else None


def last_person(doc: Doc, i: int, ents: Entities) -> Span | None:
    """The last name before token ``i`` within the previous sentences (``PRONOUN_REACH``)."""
    sent = ents.sent[i]
    j = i - 1
    while j >= 0 and ents.sent[j] >= sent - PRONOUN_REACH:
        if j in ents.per:
            return ents.per[j]
        j -= 1
    return None


def subject_of(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """The nearest name before a verb of heading in its sentence ("Лавров, который
    возглавляет МИД с 2004 года", "Иванов возглавил компанию"), past no other verb."""
    sent = ents.sent[phrase.head]
    i = phrase.start - 1
    seen = 0
    while i >= 0 and ents.sent[i] == sent and seen < COPULA_WINDOW:
        token = doc[i]
        if i in ents.per:
            return ents.per[i]
        if not token.is_space:
            seen += 1
            if token.pos_ in ("VERB", "AUX") or token.text in (";", ":", "—"):
                return None
        i -= 1
    return None


def phrase_case(doc: Doc, phrase: Phrase) -> str | None:
    """The case of a role phrase as a whole: its head's, or that of the participle of an acting
    post ("Исполняющим обязанности главного тренера": instrumental)."""
    for token in doc[phrase.start : phrase.head]:
        if fold(token.text).startswith(ACTING_PARTICIPLES):
            return case_of(token)
    return case_of(doc[phrase.head])


def person_by_copula_after(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """The name after a copula that follows an instrumental post: "Президентом становится
    Джеральд Форд", "Новым премьер-министром Египта назначен Камаль аль-Ганзури", "главой
    Bundesbank (ЦБ ФРГ) станет советник канцлера Германии Ангелы Меркель Йенс Вайдман".

    Before the copula only other instrumental posts, adverbs and brackets may stand ("Первой
    женщиной, премьер-министром Израиля, была"); after it the subject's descriptions, up to a
    name that may be nominative, in the same clause (a genitive name there is a complement)."""
    before = prev_content(doc, phrase.start - 1)
    after_post = before is not None and fold(before.lemma_) in POST_WORDS
    if phrase_case(doc, phrase) != "Ins" and not after_post:
        return None  # "На пост главы правительства была избрана Аленка Братушек"
    sent = ents.sent[phrase.head]
    token = next_content(doc, phrase.end)
    verb = None
    seen = 0
    while token is not None and seen <= AHEAD_WINDOW:
        i = token.i
        if line_break_between(doc, phrase.end - 1, i) or ents.sent[i] != sent:
            return None
        seen += 1
        if token.text == "(":
            while token is not None and token.text != ")" and ents.sent[token.i] == sent:
                token = next_content(doc, token.i + 1)
        elif i in ents.per:
            span = ents.per[i]
            cases = person_cases(span)
            if verb is not None and (not cases or "Nom" in cases):
                return span
            if verb is None or cases != {"Gen"}:
                return None
            token = doc[span.end - 1]
        elif verb is None:
            if token.pos_ in ("VERB", "AUX") and fold(token.lemma_) in COPULAS:
                verb = token
            elif not (
                token.pos_ == "ADV"
                or token.text in ("-", "—", "–", ",")
                or i in ents.place
                or fold(token.lemma_) in MODALS
                or case_of(token) in ("Ins", "Gen")
            ):
                return None  # "главой ... назначил": no copula before the name
        elif token.text == "," or ends_clause(token):
            return None
        token = next_content(doc, token.i + 1) if token is not None else None
    return None


def attach(doc: Doc, phrases: list[Phrase], ents: Entities) -> list[tuple[Phrase, Span | None]]:
    """Each phrase with the name it belongs to (None when no name is at hand)."""
    found: list[Span | None] = [None] * len(phrases)
    how = [""] * len(phrases)
    extra: list[tuple[Phrase, Span | None]] = []
    for n, phrase in enumerate(phrases):
        if phrase.by_verb:
            found[n], how[n] = subject_of(doc, phrase, ents), "verb"
            continue
        found[n] = person_after(doc, phrase, ents)
        how[n] = "before" if found[n] is not None else ""
        person = found[n]
        if person is not None and phrase.inner is not None:
            # "помощником премьер-министра России Дмитрия Медведева": the name agrees with the
            # inner post, not with the head
            head_case, inner_case = case_of(doc[phrase.head]), case_of(doc[phrase.inner])
            if head_case != inner_case and case_of(doc[person.end - 1]) == inner_case:
                inner = make_phrase(doc, doc[phrase.inner], ents)
                extra.append((replace(inner, how="before"), person))
                found[n], how[n] = None, ""
    # a list of posts before a name: "режиссёр и сценарист Иван Дыховичный"
    for n in range(len(phrases) - 2, -1, -1):
        if found[n] is None and found[n + 1] is not None:
            if joined(doc, phrases[n], phrases[n + 1]):
                found[n], how[n] = found[n + 1], "list"
    for n, phrase in enumerate(phrases):
        if found[n] is None:
            found[n], how[n] = person_before(doc, phrase, ents), "after"
        if found[n] is None and n and found[n - 1] is not None and how[n - 1] != "before":
            if joined(doc, phrases[n - 1], phrase):
                found[n], how[n] = found[n - 1], "list"  # "Волож, гендиректор и основатель"
        if found[n] is None:
            found[n], how[n] = person_by_copula(doc, phrase, ents), "copula"
        if found[n] is None:
            found[n] = person_by_copula_after(doc, phrase, ents)
        if found[n] is None:
            found[n], how[n] = person_such_as(doc, phrase, ents), "such"
        if found[n] is None:
            found[n], how[n] = dated_post(doc, phrase, ents), "dated"
        if found[n] is None:
            found[n], how[n] = person_ahead(doc, phrase, ents), "ahead"
        if found[n] is None:
            found[n], how[n] = person_behind(doc, phrase, ents), "behind"
        if found[n] is None:
            how[n] = ""
    result = [(replace(phrase, how=how[n]), found[n]) for n, phrase in enumerate(phrases)]
    # posts listed together share their place: "Главнокомандующий Сухопутными войсками генерал
    # армии Владимир Болдырев"
    for n, (phrase, person) in enumerate(result):
        if phrase.org is None and person is not None and phrase.how == "list":
            for other, holder in result[max(0, n - 1) : n + 2]:
                if other.org is not None and holder is person and joined_any(doc, phrase, other):
                    result[n] = (with_org(phrase, other), person)
                    break
    # a list of names before "и других" and a plural post: "Ван Гога и других художников"
    for n, (phrase, person) in enumerate(result):
        if person is None:
            listed = names_before_others(doc, phrase, ents)
            if listed:
                result[n] = (replace(phrase, how="others"), listed[0])
                extra += [(replace(phrase, how="others"), name) for name in listed[1:]]
    # a plural post before a list of names: "актрисы Гвинет Пэлтроу, Анджелина Джоли"
    for phrase, person in result:
        if person is not None and phrase.plural and phrase.how in ("before", "ahead", "such"):
            extra += [(phrase, other) for other in names_after(doc, person, ents)]
    return sorted(result + extra, key=lambda pair: pair[0].start)


def person_such_as(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """The first name of "как" after a plural post: "такие музыканты, как Колин Дэвис,
    Валерий Гергиев", "концерты таких исполнителей, как Элтон Джон" (each name listed after
    it holds the post too)."""
    if not phrase.plural:
        return None
    token = next_content(doc, phrase.end)
    if token is not None and token.text in (",", "—", "–", ":"):
        token = next_content(doc, token.i + 1)
        if token is not None and token.i in ents.per and ents.per[token.i].start == token.i:
            # "Первые два эмира движения, Байтулла Мехсуд и Хакимулла Мехсуд": a list of names
            first = ents.per[token.i]
            return first if names_after(doc, first, ents) else None
    if token is None or fold(token.text) != SUCH_AS:
        return None
    name = next_content(doc, token.i + 1)
    if name is None or name.i not in ents.per or ents.per[name.i].start != name.i:
        return None
    return ents.per[name.i]


def names_before_others(doc: Doc, phrase: Phrase, ents: Entities) -> list[Span]:
    """The names listed before "и других" and a plural post: "картины Пикассо, Дали, Ван Гога
    и других художников" (each of them holds the post), in text order."""
    if not phrase.plural:
        return []
    token = doc[phrase.start]  # "других" agrees with the post: the phrase's first word
    if fold(token.lemma_) not in OTHERS:
        token = prev_content(doc, phrase.start - 1)
    if token is None or fold(token.lemma_) not in OTHERS:
        return []
    joiner = prev_content(doc, token.i - 1)
    while joiner is not None and joiner.pos_ == "NUM":
        joiner = prev_content(doc, joiner.i - 1)
    if joiner is None or fold(joiner.text) != "и":
        return []
    found: list[Span] = []
    token = prev_content(doc, joiner.i - 1)
    while token is not None and token.i in ents.per:
        name = ents.per[token.i]
        found.insert(0, name)
        sep = prev_content(doc, name.start - 1)
        if sep is None or sep.text != ",":
            break
        token = prev_content(doc, sep.i - 1)
    return found


def names_after(doc: Doc, first: Span, ents: Entities) -> list[Span]:
    """The names listed after ``first``, joined by commas or "и" ("Уильям и Гарри"), each
    perhaps with a bracket after it ("Колин Дэвис (Великобритания), Валерий Гергиев")."""
    found: list[Span] = []
    last = first
    while True:
        token = next_content(doc, last.end)
        if token is not None and token.text == "(":
            while (
                token is not None
                and token.text != ")"
                and ents.sent[token.i] == ents.sent[last.start]
            ):
                token = next_content(doc, token.i + 1)
            token = next_content(doc, token.i + 1) if token is not None else None
        if token is None or fold(token.text) not in LIST_JOINERS:
            return found
        name = next_content(doc, token.i + 1)
        if name is not None and fold(name.text) == "и" and token.text == ",":
            name = next_content(doc, name.i + 1)
        if name is None or name.i not in ents.per or ents.per[name.i].start != name.i:
            return found
        last = ents.per[name.i]
        if last._.key != first._.key:
            found.append(last)


def joined_any(doc: Doc, a: Phrase, b: Phrase) -> bool:
    """Two phrases of one list, in either order."""
    return joined(doc, a, b) if a.start < b.start else joined(doc, b, a)


def with_org(phrase: Phrase, other: Phrase) -> Phrase:
    """``phrase`` with the org of ``other``."""
    return replace(
        phrase,
        org=other.org,
        org_label=other.org_label,
        org_key=other.org_key,
        org_start=other.org_start,
        org_stop=other.org_stop,
    )


def joined(doc: Doc, left: Phrase, right: Phrase) -> bool:
    """Two phrases next to each other, or joined by a comma or "и" (at most one word apart)."""
    between = [t for t in doc[left.end : right.start] if not t.is_space]
    if len(between) > 1 or line_break_between(doc, left.end - 1, right.start):
        return False
    return not between or fold(between[0].text) in LIST_JOINERS


def post_of(role: str) -> str:
    """The post a role names, for matching a post mentioned again."""
    return SAME_POST.get(role, role)


def share_places(
    doc: Doc, attached: list[tuple[Phrase, Span | None]], ents: Entities
) -> list[tuple[Phrase, Span | None]]:
    """A post with no place takes the place the article gives the same person's same post
    elsewhere ("президент России Владимир Путин ... президент Путин": Россия), named, not
    pointed at (no offsets: the mention is in another sentence); a head of state's post with
    none takes the country its sentence names before it (``country_before``)."""
    places: dict[tuple[str, str], Phrase] = {}
    for phrase, person in attached:
        if person is not None and phrase.org is not None and phrase.status != "former":
            places.setdefault((person._.key, post_of(phrase.role)), phrase)
    result = []
    for phrase, person in attached:
        if person is not None and phrase.org is None:
            other = places.get((person._.key, post_of(phrase.role)))
            if other is not None:
                phrase = replace(with_org(phrase, other), org_start=None, org_stop=None)
            elif post_of(phrase.role) in STATE_POSTS:
                phrase = country_before(doc, phrase, ents)
        result.append((phrase, person))
    return result


def country_before(doc: Doc, phrase: Phrase, ents: Entities) -> Phrase:
    """A head of state's post with no place takes the one country its sentence names before
    it ("Власти Малави подтвердили сообщения о смерти президента Бингу ва Мутарика")."""
    sent = ents.sent[phrase.head]
    found = {
        id(span): span
        for i, span in ents.place.items()
        if ents.sent[i] == sent and i < phrase.start and span.label_ == "COUNTRY"
    }
    countries = {span._.country.code: span for span in found.values() if span._.country}
    if len(countries) != 1:
        return phrase
    (span,) = countries.values()
    org, org_label, org_key = place_record(span)
    return replace(
        phrase, org=org, org_label=org_label, org_key=org_key,
        org_start=span.start_char, org_stop=span.end_char,
    )  # fmt: skip


def resolve_again(
    doc: Doc, attached: list[tuple[Phrase, Span | None]], ents: Entities
) -> list[tuple[Phrase, Span | None]]:
    """Give a phrase with no name the person who holds that post in the article."""
    holders: dict[str, dict[str, Phrase]] = {}
    counts = Counter(span._.key for span in doc.ents if span.label_ == "PER")
    spans_of: dict[str, Span] = {}
    sents_of: dict[str, set[int]] = {}
    for span in doc.ents:
        if span.label_ == "PER":
            spans_of.setdefault(span._.key, span)
            sents_of.setdefault(span._.key, set()).add(ents.sent[span.start])
    topic = main_key(counts)
    # places where a head post is held by someone named, anywhere in the article
    held_in: dict[str, set[str | None]] = {}
    for phrase, person in attached:
        if person is not None:
            held_in.setdefault(post_of(phrase.role), set()).add(phrase.org_key)
    result = []
    for phrase, person in attached:
        if person is not None:
            holders.setdefault(post_of(phrase.role), {}).setdefault(person._.key, phrase)
        elif not phrase.plural:
            post = post_of(phrase.role)
            held = {
                key: other
                for key, other in holders.get(post, {}).items()
                if (phrase.org is None or other.org == phrase.org)
                and (phrase.status == "former") == (other.status == "former")
            }
            if len(held) == 1:
                ((key, other),) = held.items()
            if len(held) == 1 and recent(key, ents.sent[phrase.head], sents_of, key == topic):
                person = spans_of.get(key)
                phrase = replace(phrase, how="again")
                if phrase.org is None:
                    phrase = with_org(phrase, other)
            elif not held and post in HEAD_POSTS and phrase.org is None and counts:
                person, phrase = main_person(
                    doc, phrase, held_in.get(post, set()), holders, counts, spans_of
                )
                if person is not None:
                    holders.setdefault(post, {})[person._.key] = phrase
            if person is None:
                person = person_in_focus(doc, phrase, ents)
                if person is not None:
                    phrase = replace(phrase, how="focus")
            if person is None:
                person = person_as_subject(doc, phrase, ents)
                if person is not None:
                    phrase = replace(phrase, how="subject")
        result.append((phrase, person))
    return result


def recent(key: str, sent: int, sents_of: dict[str, set[int]], topic: bool = False) -> bool:
    """The person ``key`` is named in sentence ``sent`` or in the ``AGAIN_REACH`` sentences
    before it (``TOPIC_REACH`` for the person the article is about, ``topic``): a post named
    again refers to someone the reader has just met."""
    reach = TOPIC_REACH if topic else AGAIN_REACH
    return any(sent - reach <= n <= sent for n in sents_of.get(key, ()))


def main_key(counts: Counter[str]) -> str | None:
    """The person the article is about: the one mentioned most, more often than anyone else."""
    (key, n), *rest = [*counts.most_common(2), ("", 0)]
    return key if n and not (rest and rest[0][1] == n) else None


def main_person(
    doc: Doc,
    phrase: Phrase,
    taken: set[str | None],
    holders: dict[str, dict[str, Phrase]],
    counts: Counter[str],
    spans_of: dict[str, Span],
) -> tuple[Span | None, Phrase]:
    """The article's most mentioned person, for a head post nobody holds, with its country."""
    if case_of(doc[phrase.head]) != "Nom":
        return None, phrase
    (key, n), *rest = [*counts.most_common(2), ("", 0)]
    if n < 2 or (rest and rest[0][1] == n) or key in {k for h in holders.values() for k in h}:
        return None, phrase
    countries = Counter(
        span._.country.code
        for span in doc.spans.get("countries", [])
        if span._.country is not None and span._.country.code not in taken
    )
    if countries:
        code, _ = countries.most_common(1)[0]
        span = next(s for s in doc.spans["countries"] if s._.country and s._.country.code == code)
        phrase = replace(
            phrase, org=span._.country.name, org_label="COUNTRY", org_key=code,
            org_start=None, org_stop=None,
        )  # fmt: skip
    return spans_of[key], replace(phrase, how="main")


def person_in_focus(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """The person a post named alone refers to: a nominative post that opens its clause
    ("Живописец скончался…", "75-летний политик принёс присягу…") in a sentence that names
    nobody is the article's most mentioned person, when that person was named within the
    ``FOCUS_REACH`` sentences before it."""
    if case_of(doc[phrase.head]) != "Nom" or phrase.plural or phrase.by_verb:
        return None
    sent = ents.sent[phrase.head]
    i = phrase.start - 1
    while i >= 0 and ents.sent[i] == sent:
        token = doc[i]
        if i in ents.per or token.text in QUOTES or token.pos_ in OPENS_CLAUSE_NOT:
            return None  # someone is named before it, or it is no subject at the start
        i -= 1
    j = phrase.end
    while j < len(doc) and ents.sent[j] == sent:
        if j in ents.per:
            return None
        j += 1
    counts = Counter(span._.key for span in doc.ents if span.label_ == "PER")
    (key, n), *rest = counts.most_common(2)
    if rest and rest[0][1] == n:
        return None  # no one person the article is about
    while i >= 0 and ents.sent[i] >= sent - FOCUS_REACH:
        if i in ents.per and ents.per[i]._.key == key:
            return ents.per[i]
        i -= 1
    return None


def subject_verb(doc: Doc, phrase: Phrase, ents: Entities) -> Token | None:
    """The finite verb a nominative post is the subject of: the first word after it past
    adverbs and a participle clause set off by commas ("Хоккеист, ставший известным в
    ''Edmonton Oilers'', ... не стал"; "актёр попытался")."""
    token = next_content(doc, phrase.end)
    sent = ents.sent[phrase.head]
    if token is not None and token.text == ",":
        after = next_content(doc, token.i + 1)
        if after is None or "Part" not in after.morph.get("VerbForm"):
            return None
        while token is not None and ents.sent[token.i] == sent:
            token = next_content(doc, token.i + 1)
            if token is not None and token.text == ",":
                break
            if token is not None and (token.i in ents.per or ends_clause(token)):
                return None
        token = next_content(doc, token.i + 1) if token is not None else None
    while token is not None and token.pos_ in ("ADV", "PART") and ents.sent[token.i] == sent:
        token = next_content(doc, token.i + 1)
    if (
        token is None
        or ents.sent[token.i] != sent
        or token.pos_ not in ("VERB", "AUX")
        or "Fin" not in token.morph.get("VerbForm")
        or token.morph.get("Number") == ["Plur"]
    ):
        return None
    return token


def person_as_subject(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """The person a post named alone as the subject of a verb refers to ("А 30 октября актёр
    попытался попасть в квартиру", "новый глава столичной полиции сказала"): in a sentence
    that names nobody, the person the article is about, when named in the ``SUBJECT_REACH``
    sentences before and of a gender the verb allows."""
    if case_of(doc[phrase.head]) != "Nom" or phrase.plural or phrase.by_verb:
        return None
    sent = ents.sent[phrase.head]
    verb = subject_verb(doc, phrase, ents)
    if verb is None:
        return None
    i = phrase.start - 1
    while i >= 0 and ents.sent[i] == sent:
        if i in ents.per:
            return None
        i -= 1
    j = phrase.end
    while j < len(doc) and ents.sent[j] == sent:
        if j in ents.per:
            return None
        j += 1
    wanted = verb_gender(verb)
    topic = main_key(Counter(span._.key for span in doc.ents if span.label_ == "PER"))
    while i >= 0 and ents.sent[i] >= sent - SUBJECT_REACH:
        if i in ents.per and ents.per[i].end - 1 == i and ents.per[i]._.key == topic:
            person = ents.per[i]
            gender = person_gender(person)
            if wanted is None or gender is None or gender == wanted:
                return person
        i -= 1
    return None


def person_ahead(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """The first name after a nominative post in its clause, past descriptions of the same
    person ("спортсменка из Южной Кореи Ким Ю На", "Председатель ..., 43-летний Евгений
    Шевчук"): no finite verb, conjunction or pronoun between them."""
    head = doc[phrase.head]
    head_case = case_of(head)
    if head_case is None or phrase.by_verb:
        return None
    if phrase.plural:
        # a plural post is the post of a list of names: "учёные из США Джеймс Ротман, Рэнди
        # Шекман и Томас Зюдхоф"
        first = person_ahead(doc, replace(phrase, plural=False), ents)
        return first if first is not None and names_after(doc, first, ents) else None
    sent = ents.sent[phrase.head]
    seen = 0
    i = phrase.end
    while i < len(doc) and ents.sent[i] == sent and seen <= AHEAD_WINDOW:
        token = doc[i]
        if i in ents.per:
            span = ents.per[i]
            name_case = case_of(doc[span.end - 1])
            if head_case == "Nom":
                return span if name_case in (None, "Nom") else None
            return span if name_case == head_case else None
        if not token.is_space:
            seen += 1
            if ends_clause(token):
                return None
            if head_case != "Nom" and i not in ents.place and token.pos_ in OBLIQUE_STOPS:
                return None  # "врача, лечившего Майкла Джексона": the name is another's
        i += 1
    return None


def one_of(doc: Doc, phrase: Phrase, case: str | None = None) -> bool:
    """A plural post after "один из" ("один из величайших дирижёров", "одним из пяти лучших
    программистов", "одним из старейших действующих актёров"): one person's (with "один" in
    ``case``, if given: "одним из лидеров"); numbers, adjectives and participles may stand
    between "из" and the post."""
    before = prev_content(doc, phrase.start - 1)
    while (
        before is not None
        and phrase.start - before.i <= AHEAD_WINDOW
        and (
            before.pos_ in MODIFIER_POS | {"ADV"}
            or "Part" in before.morph.get("VerbForm")
            or fold(before.text) in LIST_JOINERS
        )
    ):
        before = prev_content(doc, before.i - 1)
    if before is None or fold(before.text) != "из":
        return False
    one = prev_content(doc, before.i - 1)
    return one is not None and fold(one.lemma_) == "один" and (case is None or case_of(one) == case)


def person_behind(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """The name a post describes after a comma or dash, past other descriptions of the same
    person ("Ричард Бёртон (Richard Burton) — британский актёр", "Джон Нэш, лауреат
    Нобелевской премии и американский математик")."""
    head = doc[phrase.head]
    one = one_of(doc, phrase)
    if phrase.by_verb or (phrase.plural and not one):
        return None
    sent = ents.sent[phrase.head]
    seen = 0
    i = phrase.start - 1
    while i >= 0 and ents.sent[i] == sent and seen <= BEHIND_WINDOW:
        token = doc[i]
        if token.is_space:
            i -= 1
            continue
        seen += 1
        if i in ents.per:
            person = ents.per[i]
            nxt = next_content(doc, person.end)
            if nxt is None or nxt.text not in APPOSITION_MARKS:
                return None
            head_case, person_case = case_of(head), case_of(doc[person.end - 1])
            if head_case and person_case and person_case != head_case and not one:
                return None  # "Путина, …, министр": not in the case of the post
            return person
        if token.text == ")":
            j = i - 1
            while j >= 0 and doc[j].text != "(" and ents.sent[j] == sent:
                j -= 1
            i = j - 1
            continue
        if ends_clause(token) or token.text == ":":
            return None
        i -= 1
    return None

"""Agreement and clause edges: the morphology that tells whether a post and a name go
together (case, gender, number), and where the clause they share ends.

Pure functions over spaCy tokens and spans; used by :mod:`~ruextract.roles.linking`,
:mod:`~ruextract.roles.copulas` and :mod:`~ruextract.roles.anaphora`.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ruextract import models
from ruextract.names import first_name_gender
from ruextract.roles.doc_columns import next_content, prev_content
from ruextract.roles.link_memo import NOT_ONE, link_memo
from ruextract.roles.phrases import (
    Entities,
    Phrase,
    state_post,
)
from ruextract.roles.places import at_place
from ruextract.roles.span_values import span_value
from ruextract.roles.words import (
    CASE_PREFIX,
    MODIFIER_POS,
    case_of,
    finite,
    fold,
    head_lemma,
    line_break_between,
    morph_values,
)

DASHES = frozenset({"—", "–", "-"})
LIST_JOINERS = frozenset({",", "и"})
# a post and the name it describes, with other descriptions between them: tokens at most
AHEAD_WINDOW = 12  # "спортсменка из Южной Кореи Ким Ю На"
BETWEEN_ONE_OF = MODIFIER_POS | {"ADV"}  # what may stand between "один из" and its post
BEHIND_WINDOW = 15  # "Джон Нэш, лауреат Нобелевской премии и американский математик"
SENTENCE_ENDS = frozenset({".", ";", "!", "?"})
# cases of a post whose name may be spelt as the genitive: "министре юстиции Марии Бенешовой"
# (not the instrumental: "является советником Л.Фокса" takes a complement)
OBLIQUE_CASES = frozenset({"Dat", "Loc"})
# an org a predicate post's clause names: "работала в Google инженером"
IN_ORG = frozenset({"в", "во"})
CLAUSE_WINDOW = 10
ORIGIN_PREPOSITION = "из"  # "математик Уильям Гауэрс из Кэмбриджского университета"
# "его защитники": the possessive of the person a post serves, and that person's gender
POSSESSIVES = {"его": "masc", "её": "femn", "ее": "femn"}
# verbs of saying: their object is what is said, not a person ("Рассказала его пресс-секретарь")
SAYING = frozenset({
    "сказать", "заявить", "рассказать", "сообщить", "отметить", "подчеркнуть", "пояснить",
    "добавить", "уточнить", "написать", "говорить", "заявлять", "рассказывать", "сообщать",
})  # fmt: skip


def ends_clause(token: Token) -> bool:
    """A finite verb, a conjunction of subordination, a pronoun or a stop: the edge of the
    clause that a post and the name it describes share."""
    if finite(token):
        return True
    if token.pos_ == "CCONJ" and fold(token.text) != "и":
        return True  # "Лавров, а министр обороны промолчал": another clause
    return token.pos_ in ("SCONJ", "PRON") or token.text in SENTENCE_ENDS


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
    record = span_value(name, "person")
    if record is None or not record.name:
        return None
    nominative = {fold(word) for word in record.name.split()}
    return all(fold(token.text) in nominative for token in name if token.is_alpha)


def man_in_oblique(name: Span) -> bool:
    """A man's lone surname written as the article writes it only in an oblique case, so his
    record keeps that form: "Адвокат Маркива заявил" where the article names him "Виталия
    Маркива" (his first name declined before the same word) and never with his first name as
    the record writes it ("Рами Хамдалла": "Хамдалла" is his nominative)."""
    record = span_value(name, "person")
    if len(name) != 1 or record is None or not record.first or person_gender(name) != "masc":
        return False
    word, first = fold(name[0].text), fold(record.first)
    oblique = False
    for other_first, other_last in person_surnames(name.doc).get(span_value(name, "key"), ()):
        if other_last != word:
            continue
        if other_first == first:
            return False
        oblique = oblique or other_first[: len(first) - 1] == first[:-1]
    return oblique


def person_surnames(doc: Doc) -> dict[str | None, list[tuple[str, str]]]:
    """For each person key, the first and last words (folded) of its PER mentions of two
    words or more, in the order of ``doc.ents``: what ``man_in_oblique`` compares a lone
    surname with, read once per document (``link_memo``)."""
    memo = link_memo(doc)
    found = memo.surnames
    if found is None:
        found = memo.surnames = {}
        for other in doc.ents:
            if other.label_ == "PER" and len(other) >= 2:
                words = (fold(other[0].text), fold(other[-1].text))
                found.setdefault(span_value(other, "key"), []).append(words)
    return found


def declined_surname(name: Span) -> bool:
    """A lone surname written as its person's surname with an ending added: "Маркива" of
    Виталий Маркив (an oblique case, whatever the tagger reads)."""
    record = span_value(name, "person")
    if len(name) != 1 or record is None or not record.last:
        return False
    word, last = fold(name[0].text), fold(record.last)
    return word != last and word.startswith(last) and len(word) - len(last) <= 2


def person_cases(name: Span) -> set[str]:
    """The cases a mention may be in: the nominative alone when it is written as its person's
    nominative name (the tagger reads "Лолла Каримова" after a genitive as genitive), else the
    tagger's cases but the nominative. Read once per mention's offsets (``link_memo``), a new
    set each call."""
    memo = link_memo(name.doc).person_cases
    offsets = (name.start, name.end)
    found = memo.get(offsets)
    if found is None:
        found = memo[offsets] = frozenset(mention_cases(name))
    return set(found)


def mention_cases(name: Span) -> set[str]:
    """``person_cases`` read from the mention (no memo)."""
    nominative = reads_nominative(name)
    if nominative is None:
        return name_cases(name)
    if nominative and man_in_oblique(name):
        return {"Gen"}  # "Адвокат Маркива заявил": the article declines his name
    if nominative:
        return {"Nom"}
    cases = name_cases(name) - {"Nom"}
    if not cases and declined_surname(name):
        return {"Gen"}  # the tagger's nominative of "Маркива" (Виталий Маркив) is wrong
    return cases


def agree(head: Token, name: Span, same: bool = False) -> bool:
    """A role noun and the name after it that may be one phrase: a genitive name after a role
    noun in another case is its complement ("адвокат Сантоса"), not its holder. With ``same``,
    a name that cannot be in the head's case is not its holder either ("дочь президента
    Ислама Каримова Лолла Каримова")."""
    head_case, cases = case_of(head), person_cases(name)
    if same and head_case is not None and cases and head_case not in cases:
        return head_case == "Acc" and "Gen" in cases
    # an animate accusative is spelt as the genitive: "убедил президента Хамида Карзая"
    if cases == {"Gen"} and head_case not in (None, "Gen", "Acc"):
        # a name the tagger reads as genitive may be spelt the same in an oblique post's case:
        # "министре юстиции Марии Бенешовой" (a nominative post and a genitive name that may
        # read as nominative are a complement: "Адвокаты Мингазова сообщили")
        return head_case in OBLIQUE_CASES and spelt_in_case(name, head_case)
    return True


def readable_in(name: Span, case: str) -> bool:
    """A name that may stand in ``case``: the tagger reads it so, reads no case for it, or it is
    spelt the same in that case."""
    cases = person_cases(name)
    return not cases or case in cases or spelt_in_case(name, case)


def spelt_in_case(name: Span, case: str) -> bool:
    """Every word of a name has a pymorphy3 reading in ``case`` (a tagger case: "Dat")."""
    words = [token.text for token in name if token.is_alpha]
    return bool(words) and all(_readable_in(word, case) for word in words)


@lru_cache(maxsize=20_000)
def _readable_in(word: str, case: str) -> bool:
    prefix = CASE_PREFIX.get(case)
    return prefix is not None and any(
        parse.tag.case is not None and parse.tag.case.startswith(prefix)
        for parse in models.morph_analyzer().parse(word)
    )


@lru_cache(maxsize=20_000)
def only_nominative(word: str) -> bool:
    """pymorphy3 reads ``word`` in the nominative and in no other case ("Пендерецкая",
    "Обама"; not "Акисино", whose readings include the accusative)."""
    cases = {parse.tag.case for parse in models.morph_analyzer().parse(word) if parse.tag.case}
    return cases == {"nomn"}


@lru_cache(maxsize=5_000)
def plural_only(word: str) -> bool:
    """pymorphy3 reads ``word`` as a plural noun only ("Адвокаты", "врачей"; not "королеве",
    which the tagger may read as plural)."""
    numbers = {p.tag.number for p in models.morph_analyzer().parse(word) if p.tag.POS == "NOUN"}
    return numbers == {"plur"}


def person_gender(person: Span) -> str | None:
    """A person's gender from the first name (pymorphy3's dictionary), else the tagger's
    gender of the name's words when they agree ("masc" / "femn"), else None."""
    record = span_value(person, "person")
    if record is not None and record.first:
        found = first_gender(record.first)
        if found is not None:
            return found
    genders = {g for token in person for g in morph_values(token, "Gender")}
    return {"Masc": "masc", "Fem": "femn"}.get(genders.pop()) if len(genders) == 1 else None


@lru_cache(maxsize=20_000)
def first_gender(first: str) -> str | None:
    """``names.first_name_gender``, kept by first name (it reads the word alone): the roles
    rules ask it of each mention of a person, again and again."""
    return first_name_gender(first)


def last_name_before(
    ents: Entities, i: int, first_sent: int, wanted: str | None, key: str | None = None
) -> Span | None:
    """The last name ending at or before token ``i``, no earlier than sentence ``first_sent``,
    of the ``wanted`` gender where both genders are known (names of the other gender are
    passed over) and, with ``key``, of that person."""
    while i >= 0 and ents.sent[i] >= first_sent:
        person = ents.per.get(i)
        if (
            person is not None
            and person.end - 1 == i
            and (key is None or span_value(person, "key") == key)
        ):
            gender = person_gender(person)
            if wanted is None or gender is None or gender == wanted:
                return person
        i -= 1
    return None


def verb_gender(verb: Token) -> str | None:
    """The gender a past-tense verb shows ("работала": "femn"); "plur" for the plural."""
    if morph_values(verb, "Number") == ("Plur",):
        return "plur"
    found = morph_values(verb, "Gender")
    return {"Masc": "masc", "Fem": "femn"}.get(found[0]) if found else None


def verb_disowns(doc: Doc, name: Span) -> bool:
    """The finite verb right after a name shows the other gender: the name is no subject but a
    complement ("Представитель Лопес сообщил": her representative, a man, spoke)."""
    verb = next_content(doc, name.end)
    if verb is None or not finite(verb):
        return False
    shown, gender = verb_gender(verb), person_gender(name)
    if shown not in ("masc", "femn") or gender not in ("masc", "femn") or shown == gender:
        return False
    # a first name written here that the tagger reads in the verb's gender outweighs the
    # dictionary ("Марьян Шарец подал": "Марьян" is also a woman's name in the genitive)
    record = span_value(name, "person")
    first = record.first if record is not None else None
    read = {g for t in name if t.text == first for g in morph_values(t, "Gender")}
    return {"Masc": "masc", "Fem": "femn"}.get(read.pop() if len(read) == 1 else "") != shown


def one_of(doc: Doc, phrase: Phrase, case: str | None = None) -> bool:
    """A plural post after "один из" ("один из величайших дирижёров", "одним из пяти лучших
    программистов", "одним из старейших действующих актёров"): one person's (with "один" in
    ``case``, if given: "одним из лидеров"); numbers, adjectives and participles may stand
    between "из" and the post. Read once per phrase start (``link_memo``: ``one_case_before``
    reads nothing else of the phrase)."""
    memo = link_memo(doc).one
    start = phrase.start
    if start not in memo:
        memo[start] = one_case_before(doc, start)
    found = memo[start]
    return found is not NOT_ONE and (case is None or found == case)


def one_case_before(doc: Doc, start: int) -> str | bool | None:
    """The case of "один" of "один из" before the words from ``start`` on (``one_of``), None
    for one the tagger gives no case; ``NOT_ONE`` where no "один из" stands before them."""
    before = prev_content(doc, start - 1)
    while (
        before is not None
        and start - before.i <= AHEAD_WINDOW
        and (
            before.pos_ in BETWEEN_ONE_OF
            or "Part" in morph_values(before, "VerbForm")
            or fold(before.text) in LIST_JOINERS
        )
    ):
        before = prev_content(doc, before.i - 1)
    if before is None or fold(before.text) != "из":
        return NOT_ONE
    one = prev_content(doc, before.i - 1)
    if one is None or fold(one.lemma_) != "один":
        return NOT_ONE
    return case_of(one)


def served_person(doc: Doc, phrase: Phrase, holder: Span | None, ents: Entities) -> Phrase:
    """A post held with a person named as where ("Адвокат Гаева Александр Аснис", "советника
    Путина Михаила Лесина", "его защитники" for the man named before): the org is that
    person's nominative name, label ORG (``data/gold/roles.md``, "org"). The person is a
    name in the genitive right after a singular post with no complement, not its holder's
    ("актрисы Гвинет Пэлтроу, Анджелина Джоли" are holders), or the one named last before a
    possessive "его"/"её" opening the phrase (``possessor``)."""
    if holder is None or phrase.org is not None or phrase.by_verb or phrase.kind is not None:
        return phrase
    if phrase.end != phrase.head + 1:
        return phrase  # a complement of its own: "эксперт по творчеству Скрябина"
    served = None
    after = next_content(doc, phrase.end)
    if after is not None and after.i in ents.per and not phrase.plural:
        name = ents.per[after.i]
        if (
            name.start == after.i
            and span_value(name, "key") != span_value(holder, "key")
            and person_cases(name) == {"Gen"}
        ):
            served = name
    if served is None:
        served = possessor(doc, phrase, holder, ents)
    record = None if served is None else span_value(served, "person")
    if record is None or not record.name:
        return phrase
    return replace(
        phrase, org=record.name, org_label="ORG", org_key=None,
        org_start=served.start_char, org_stop=served.end_char,
    )  # fmt: skip


def possessor(doc: Doc, phrase: Phrase, holder: Span, ents: Entities) -> Span | None:
    """The man or woman a possessive "его"/"её" before a post stands for ("его защитники",
    "его назначенный судом адвокат", "её тренером стал"; adjectives and participles may stand
    between): the last name before it of that gender in its sentence or the one before, if
    not the post's holder; not a verb's object ("Консультируют его генпрокурор")."""
    i = prev_content(doc, phrase.start - 1)
    while (
        i is not None
        and phrase.start - i.i <= AHEAD_WINDOW
        and (
            i.pos_ in MODIFIER_POS - {"DET"}
            or "Part" in morph_values(i, "VerbForm")
            or case_of(i) == "Ins"
        )
    ):
        i = prev_content(doc, i.i - 1)  # "его назначенный судом адвокат"
    if i is None or fold(i.text) not in POSSESSIVES or case_of(i) not in (None, "Gen"):
        return None
    before = prev_content(doc, i.i - 1)
    if before is not None and before.pos_ in ("VERB", "AUX"):
        if not possessive_subject(before, doc[phrase.head], holder):
            return None  # the verb's object: "Консультируют его генпрокурор Холдер"
    wanted = POSSESSIVES[fold(i.text)]
    j = i.i - 1
    while j >= 0 and ents.sent[j] >= ents.sent[i.i] - 1:
        name = ents.per.get(j)
        if name is not None and name.end - 1 == j:
            if span_value(name, "key") == span_value(holder, "key"):
                return None
            if person_gender(name) == wanted:
                return name
            j = name.start
        j -= 1
    return None


def possessive_subject(verb: Token, head: Token, holder: Span) -> bool:
    """A singular nominative post whose holder's gender a past verb before it shows, the
    verb's subject, when the verb takes no person as its object (one of saying, or
    intransitive: "Рассказала его пресс-секретарь Светлана Оболенцева", "погиб его
    телохранитель": "его" is then a possessive); not a verb that may take "его" as its object
    ("Защищал его адвокат"), a plural verb ("Консультируют его генпрокурор") nor a verb of no
    gender ("Консультирует его генпрокурор")."""
    if case_of(head) != "Nom" or "Sing" not in morph_values(verb, "Number"):
        return False
    if fold(verb.lemma_) not in SAYING and not _intransitive(fold(verb.text)):
        return False
    gender = {"Masc": "masc", "Fem": "femn"}.get(next(iter(morph_values(verb, "Gender")), ""))
    return gender is not None and gender == person_gender(holder)


@lru_cache(maxsize=2_000)
def _intransitive(word: str) -> bool:
    parses = models.morph_analyzer().parse(word)
    return bool(parses) and "intr" in parses[0].tag.grammemes


def where_held(doc: Doc, phrase: Phrase, holder: Span | None, ents: Entities) -> Phrase:
    """The org of a post with none in its phrase, from its surroundings: a person it serves
    (``served_person``), else an org its clause names after "в" (``clause_org``) or after "из"
    right past the holder's name (``origin_org``)."""
    phrase = served_person(doc, phrase, holder, ents)
    if holder is None or phrase.org is not None or phrase.by_verb:
        return phrase
    span = clause_org(doc, phrase, ents) or origin_org(doc, phrase, holder, ents)
    if span is None:
        return phrase
    return at_place(phrase, span)


def clause_org(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """The org a predicate post's clause names after "в" ("работала в Google инженером,
    дизайнером", "вступил в Венский симфонический оркестр в качестве виолончелиста", "станет
    фотографом в журнале Time Out Melbourne"): the nearest, within ``CLAUSE_WINDOW`` tokens and
    the clause (commas and a finite verb allowed); only for a post in the instrumental or after
    "в качестве"."""
    head = doc[phrase.head]
    quality = phrase.start >= 2 and fold(doc[phrase.start - 1].text) == "качестве"
    if case_of(head) != "Ins" and not quality:
        return None
    found: list[tuple[int, Span]] = []
    for step in (-1, 1):
        i = phrase.start - 1 if step < 0 else phrase.end
        while 0 <= i < len(doc) and abs(i - phrase.head) <= CLAUSE_WINDOW:
            token = doc[i]
            if token.text in SENTENCE_ENDS or token.pos_ in ("SCONJ", "PRON"):
                break
            if token.pos_ == "CCONJ" and fold(token.text) != "и":
                break
            if fold(token.text) in IN_ORG:
                span = org_after(doc, i, ents)
                if span is not None:
                    found.append((abs(i - phrase.head), span))
            i += step
    return min(found, key=lambda pair: pair[0])[1] if found else None


def org_after(doc: Doc, i: int, ents: Entities) -> Span | None:
    """An org mention (label ORG) right after the preposition at ``i``, past opening quotes
    and one common noun ("в журнале Time Out Melbourne", "в структурах Всемирного банка")."""
    j = i + 1
    nouns = 0
    while j < len(doc):
        span = ents.place.get(j)
        if span is not None:
            return span if span.start == j and span.label_ == "ORG" else None
        token = doc[j]
        if token.text in ("«", '"', "„", "“"):
            j += 1
            continue
        if token.pos_ == "NOUN" and token.text.islower() and not nouns:
            nouns += 1
            j += 1
            continue
        return None
    return None


def origin_org(doc: Doc, phrase: Phrase, holder: Span, ents: Entities) -> Span | None:
    """The org after "из" right past the holder's name, when the post stands right before the
    name ("математик Уильям Тимоти Гауэрс из Кэмбриджского университета") or is a plural one
    of a list of names; for a post a state gives, the place there too ("сенаторы Рэнд Пол из
    Кентукки и Марко Рубио из Флориды": each his state; not "бизнесмен из Кентукки")."""
    listed = phrase.plural and holder.start > phrase.end  # a name of the list after it
    if (holder.start != phrase.end and not listed) or holder.end >= len(doc):
        return None
    if fold(doc[holder.end].text) != ORIGIN_PREPOSITION:
        return None
    org = org_after(doc, holder.end, ents)
    place = ents.place.get(holder.end + 1)
    if org is None and place is not None and place.start == holder.end + 1:
        if state_post(head_lemma(doc[phrase.head])):
            return place
    return org

"""People named inside the name of an organisation or a place: nested PER spans.

slovnet's NER is flat, so a person named inside an ORG or LOC name ("Лаборатории Касперского",
"Фонда Михаила Горбачёва", "МГУ имени Ломоносова", "Собора Святого Марка", "Нобелевского
комитета") is no PER span. NEREL, and the people gold after it, counts that name as a mention of the
person nested in the body's or place's span. :func:`nested_people` finds these names inside the
final ORG and LOC spans, by morphology and by the article's evidence, without touching the spans
themselves:

- after "имени" / "им." inside the span: the name as :func:`~ruextract.people.boundaries.eponyms`
  reads it ("им. М.В. Ломоносова");
- after "святой" inside the span: a first name in the genitive ("Собора Святого Марка");
- an adjective made from a surname opening an ORG span before a lowercase word ("Нобелевский
  комитет" -> Нобель, "Боткинской больнице" -> Боткин; :func:`surname_adjective`); not in a
  place's name, where it is mostly a place's adjective ("Головинском районе"), nor in a
  court's, named after its district ("Никитинского суда", "Ленинский районный суд");
- a capitalised word after the first word of the span, not in the nominative by the tagger,
  that pymorphy3's dictionary reads as a surname in the genitive and never as a place, a body
  or a common word in the genitive ("Лаборатории Касперского", "Фонд Горбачёва"; not "Дом
  Правительства", "Мира", "Газпрома", "группы «Ляпис Трубецкой»"), or that is, as written or
  by its stem, the surname of a person the article names in full and may be a name
  ("Института Пушкина" beside "Александр Пушкин"); with first names or patronymics in the
  genitive before it ("Фонда Михаила Горбачёва"), or a first name of the article's people as
  written ("Larry King Now" beside "Larry King"), the span's first word included when
  slovnet's ORG or LOC is the name alone ("аэропорту Джона Кеннеди": LOC "Джона Кеннеди").

The component (:class:`ruextract.people.PeopleLinker`) writes the spans to
``doc.spans["nested_people"]`` (label PER) and links them with the article's other PER spans;
``doc.ents`` keeps the ORG or LOC span whole.
"""

from __future__ import annotations

from collections.abc import Set

from spacy.tokens import Doc, Span, Token

from ruextract.names import (
    NAME_PARTICLES,
    REGNAL_NUMBER,
    from_dictionary,
    is_initial,
    parse_word,
)
from ruextract.people.boundaries import eponyms
from ruextract.people.linking.forms import fold, stem
from ruextract.people.words import is_capitalized, is_word, name_adjective_base, prev_content

__all__ = [
    "NESTED_KEY",
    "common_genitive",
    "genitive_name",
    "nested_people",
    "surname_adjective",
]

# the span group of the people named inside an ORG or LOC span
NESTED_KEY = "nested_people"
# labels of the flat spans that may hold a person's name
HOLDERS = frozenset({"ORG", "LOC"})
# the adjective naming a saint ("Собора Святого Марка")
SAINT = frozenset({"святой", "святого", "святому", "святым", "святом", "св"})
# a court is named after its district: "Никитинского суда", "Ленинский районный суд" (lemmas)
DISTRICT_WORDS = frozenset({"суд", "районный"})
# pymorphy3 grammemes of a reading that is no person: a place, a body, a brand
NOT_PERSON = frozenset({"Geox", "Orgn", "Trad"})
NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})
FIRST_NAMES = frozenset({"Name", "Patr"})  # a first name or a patronymic
FIRST_NAME = frozenset({"Name"})
SURNAME = frozenset({"Surn"})


def _readings(word: str) -> list:
    """pymorphy3's dictionary parses of ``word`` (no guesses)."""
    return [p for p in parse_word(word) if from_dictionary(p)]


def common_genitive(word: str) -> bool:
    """pymorphy3's dictionary reads ``word`` as a place, a body or a brand, or as a common word
    (no name part) in the genitive ("Правительства", "Мира", "Газпрома", "Шереметьево",
    "Солнца")."""
    parses = _readings(word)
    if any(p.tag.grammemes & NOT_PERSON for p in parses):
        return True
    return any("gent" in p.tag.grammemes and not p.tag.grammemes & NAME_GRAMMEMES for p in parses)


def no_name(word: str) -> bool:
    """pymorphy3's dictionary reads ``word`` as a place, a body, a brand or a common word in
    the genitive and never as a name part ("Моссовета"; not "Чехова", also a town's)."""
    return common_genitive(word) and not any(
        p.tag.grammemes & NAME_GRAMMEMES for p in _readings(word)
    )


def genitive_name(word: str, grammemes: frozenset[str] = NAME_GRAMMEMES) -> bool:
    """pymorphy3's dictionary reads ``word`` as a person's name part (one of ``grammemes``) in
    the genitive singular, never as a place, a body or a brand, and as no common word in the
    genitive ("Касперского", "Горбачёва", "Марка"; not "Правительства", "Мира", "Газпрома",
    "Шереметьево")."""
    named = [p for p in _readings(word) if p.tag.grammemes & grammemes]
    if not any({"gent", "sing"} <= p.tag.grammemes for p in named):
        return False
    return not common_genitive(word)


def surname_adjective(word: str) -> str | None:
    """The surname an adjective is made from (:func:`~ruextract.people.words.name_adjective_base`)
    when pymorphy3's dictionary has that surname as a singular nominative ("Нобелевского" ->
    "Нобель", "Боткинской" -> "Боткин"; not "Павловского", whose "Павль" is only a plural
    form)."""
    base = name_adjective_base(word)
    if base is None:
        return None
    for parse in _readings(base):
        if {"Surn", "nomn", "sing"} <= parse.tag.grammemes and parse.word == base.lower():
            return base
    return None


def _first_parts(doc: Doc, token: Token, lo: int, first_names: Set[str]) -> int:
    """The start of a name ending at ``token``: the first names and patronymics in the genitive
    written before it with spaces on one line ("Михаила Сергеевича Горбачёва"), or first names
    of the article's people as written ("Larry King Now" beside "Larry King"), from token ``lo``
    on (the span's start)."""
    start = token.i
    while start > lo:
        tok = doc[start - 1]
        if not _same_line(tok) or not is_capitalized(tok):
            break
        if not (genitive_name(tok.text, FIRST_NAMES) or fold(tok.text) in first_names):
            break
        start -= 1
    return start


def _same_line(token: Token) -> bool:
    """A space between ``token`` and the next one (a line break is a token of its own)."""
    return bool(token.whitespace_)


def _known(token: Token, surnames: set[str]) -> bool:
    """The token is, as written or by its stem, a surname of the article's people, and may be a
    name ("Пушкина", also a town's, beside "Александр Пушкин"; not "Правительства")."""
    if fold(token.text) not in surnames and stem(token.text) not in surnames:
        return False
    return not no_name(token.text)


def _eponym_end(doc: Doc, b: int, end: int) -> int:
    """The end of a name after "имени" that starts before ``b``, extended over the rest of the
    name inside its span (``end``): capitalised words that may be names, a regnal numeral, a
    lowercase particle ("Евгения Вахтангова", "Эдуарда VII", "Шарля де Голля"), with spaces on
    one line."""
    while b < end and _same_line(doc[b - 1]):
        word = doc[b].text
        if not (
            REGNAL_NUMBER.match(word)
            or word in NAME_PARTICLES
            or (word[:1].isupper() and not word.isupper() and not no_name(word))
        ):
            break
        b += 1
    return b


def _in_span(
    doc: Doc, ent: Span, taken: set[int], surnames: Set[str], first_names: Set[str]
) -> list[tuple[int, int]]:
    """The names of people inside one ORG or LOC span (see the module doc); none on a token
    of ``taken``."""
    found: list[tuple[int, int]] = []
    words = [t for t in ent if is_word(t)]
    if len(words) < 2:
        return found
    if (
        ent.label_ == "ORG"
        and words[1].is_lower
        and words[1].lemma_.lower() not in DISTRICT_WORDS
        and surname_adjective(words[0].text) is not None
    ):
        found.append((words[0].i, words[0].i + 1))  # "Нобелевский комитет"
    for token in words[1:]:
        if token.i in taken or not is_capitalized(token):
            continue
        prev = prev_content(doc, token.i - 1)
        if prev is not None and prev.text == ".":
            prev = prev_content(doc, prev.i - 1)  # "св. Марка"
        if prev is not None and prev.lower_ in SAINT:
            if genitive_name(token.text, FIRST_NAME):
                found.append((token.i, token.i + 1))  # "Собора Святого Марка"
        elif "Nom" in token.morph.get("Case"):
            continue  # "группы «Ляпис Трубецкой»": the band's name, no owner's genitive
        elif genitive_name(token.text, SURNAME) or _known(token, surnames):
            found.append((_first_parts(doc, token, ent.start, first_names), token.i + 1))
    return found


def nested_people(
    doc: Doc,
    pers: list[tuple[int, int]],
    others: list[Span],
    surnames: Set[str],
    first_names: Set[str] = frozenset(),
) -> list[tuple[int, int]]:
    """Token ranges of people named inside the ORG and LOC spans of ``others`` (the final flat
    spans; ``pers`` the final PER ranges; ``surnames`` and ``first_names`` the article's, from
    :func:`~ruextract.people.boundaries.article_surnames` and
    :func:`~ruextract.people.boundaries.article_first_names`). A range never overlaps ``pers`` or
    another range, and lies inside one span of ``others`` (the whole span when slovnet's ORG or
    LOC is the name alone)."""
    holders = [ent for ent in others if ent.label_ in HOLDERS]
    taken = {i for a, b in pers for i in range(a, b)}
    inside = {i: ent for ent in holders for i in range(ent.start, ent.end)}
    found: list[tuple[int, int]] = []
    for a, b in eponyms(doc, [], []):
        ent = inside.get(a)
        if ent is None or taken.intersection(range(a, b)):
            continue
        if all(no_name(t.text) for t in doc[a:b] if not is_initial(t.text)):
            continue  # "театр им. Моссовета": a body's name
        found.append((a, _eponym_end(doc, min(b, ent.end), ent.end)))
        taken.update(range(a, found[-1][1]))
    for ent in holders:
        found.extend(_in_span(doc, ent, taken, surnames, first_names))
    return sorted(found)

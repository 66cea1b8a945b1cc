"""Names in quotes inside a post's complement: "командира корабля «Союз ТМА-08М»",
"видеоблога «Немагия»", "главы ''Samsung''"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ruextract.roles.doc_columns import next_content
from ruextract.roles.places import CLOSING_QUOTES, OPENING_QUOTES, QUOTES
from ruextract.roles.words import NOMINAL_POS, case_of, fold

if TYPE_CHECKING:
    from ruextract.roles.phrases import Entities, Phrase

# nouns of an award's category, whose title in quotes names no post held: "в номинации
# «Режиссёр»", "в категории «Лучший актёр»"
CATEGORY_NOUNS = frozenset({"номинация", "категория"})
MAX_QUOTED = 5  # words of a name in quotes inside a post's complement: "«Союз ТМА-08М»"


def closing_quote(doc: Doc, opening: Token, ents: Entities) -> int | None:
    """The closing quote of a name in quotes that starts at ``opening`` (at most
    ``MAX_QUOTED`` words, capitalised, on one line, no person's name inside): "«Немагия»",
    "''Samsung''"; None when ``opening`` opens no name."""
    if opening.text not in OPENING_QUOTES or opening.whitespace_:
        return None  # an opening quote is written against the word after it
    if opening.i and not doc[opening.i - 1].whitespace_ and doc[opening.i - 1].text not in QUOTES:
        return None  # against the word before it: a closing one ("джамаата"")
    first = next_content(doc, opening.i + 1)
    while first is not None and first.text in QUOTES and first.text == opening.text:
        first = next_content(doc, first.i + 1)  # ''Samsung'': two apostrophes
    if first is None or not first.text[:1].isupper():
        return None
    for token in doc[first.i : first.i + MAX_QUOTED + 1]:
        if token.i in ents.per or "\n" in token.text_with_ws:
            return None
        if token.text in CLOSING_QUOTES and token.i > first.i:
            return token.i
    return None


def names_noun(doc: Doc, opening: Token, close: int, noun: Token) -> bool:
    """A name in quotes from ``opening`` to ``close`` names the noun before it: "видеоблога
    «Немагия»", "главы ''Samsung''" (its first word in the nominative, or in the noun's case,
    or of no case), not an object after it ("принёс режиссёру «Золотую пальмовую ветвь»")."""
    if noun.pos_ not in NOMINAL_POS:
        return False
    first = next(t for t in doc[opening.i + 1 : close] if t.text not in QUOTES)
    case = case_of(first)
    return case in (None, "Nom") or case == case_of(noun)


def award_category(doc: Doc, phrase: Phrase) -> bool:
    """A post that is all its quotes hold right after a noun of an award's category ("в
    номинации «Режиссёр»"): the category's title, no post of anyone (a nickname in quotes is:
    "прозванный «Королем блюза»")."""
    start, end = phrase.start, phrase.end
    if start < 2 or end >= len(doc) or doc[end].text not in CLOSING_QUOTES:
        return False
    return doc[start - 1].text in OPENING_QUOTES and fold(doc[start - 2].lemma_) in CATEGORY_NOUNS

"""Names in quotes inside a post's complement: "командира корабля «Союз ТМА-08М»",
"видеоблога «Немагия»", "главы ''Samsung''"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ruextract.people.words import next_content
from ruextract.roles.places import CLOSING_QUOTES, OPENING_QUOTES, QUOTES
from ruextract.roles.words import NOMINAL_POS, case_of

if TYPE_CHECKING:
    from ruextract.roles.phrases import Entities

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

"""A country mention found in a doc (:class:`Found`) and what is read off its tokens: match
keys, patronymics, the spelling and nominative of a name, and whether it only names a
currency.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ruextract import models
from ruextract.countries.aliases import capitalised, word_keys
from ruextract.countries.words import YO
from ruextract.grammars.money import CURRENCY_WORDS
from ruextract.morph import to_nominative


@dataclass(frozen=True, slots=True)
class Found:
    """A country mention found in a doc: tokens ``start``..``stop`` (doc indices), its code."""

    start: int
    stop: int
    code: str
    normal: str


def token_keys(token: Token) -> frozenset[str]:
    """Match keys of a token: its lemma and the keys of its text (see :func:`word_keys`)."""
    return word_keys(token.text) | {token.lemma_.translate(YO)}


class TokenKeys:
    """:func:`token_keys` of a list of tokens by position, each computed when first asked
    for: a name can start only at a capitalised word, so most words are never looked up."""

    def __init__(self, words: list[Token]) -> None:
        self.words = words
        self.found: dict[int, frozenset[str]] = {}

    def __getitem__(self, i: int) -> frozenset[str]:
        keys = self.found.get(i)
        if keys is None:
            keys = self.found[i] = token_keys(self.words[i])
        return keys


def is_patronymic(word: str) -> bool:
    """True when pymorphy3 reads a capitalised ``word`` as a patronymic ("Ивановна")."""
    return (
        len(word) > 3
        and capitalised(word)
        and any("Patr" in parse.tag for parse in models.morph_analyzer().parse(word))
    )


def as_written(alias: str, tokens: list[Token]) -> str:
    """The alias spelled as the text spells it: ё only where the text has it, caps kept."""
    text = " ".join(token.text for token in tokens)
    normal = alias if "ё" in text.lower() else alias.translate(YO)
    if text.isupper() and len(text) > 1:
        return normal.upper()
    return normal


def nominative(tokens: Iterable[Token]) -> str:
    """Tokens put in the nominative one by one, joined as written."""
    return " ".join(to_nominative(t.text, t.pos_, str(t.morph)) for t in tokens)


# nouns of currencies ("долларов США", "гонконгских долларов"): the money grammar's
CURRENCY_NOUNS = frozenset(noun for _, noun in CURRENCY_WORDS)


def in_currency(doc: Doc, item: Found) -> bool:
    """Whether a country mention only names a currency: a country right after a currency noun
    ("долларов США", "фунтов стерлингов Великобритании") or an adjective right before one
    ("американских долларов")."""
    before = doc[item.start - 1] if item.start > 0 else None
    if before is not None and before.lemma_ == "стерлинг" and item.start > 1:
        before = doc[item.start - 2]
    if before is not None and before.lemma_.lower() in CURRENCY_NOUNS and before.text.islower():
        return True
    after = doc[item.stop] if item.stop < len(doc) else None
    first = doc[item.start]
    return (
        after is not None
        and first.pos_ == "ADJ"
        and after.lemma_.lower() in CURRENCY_NOUNS
        and after.text.islower()
    )

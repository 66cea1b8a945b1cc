"""Words of a post's name beside its noun: the adjectives that are part of the post
("главный тренер", "первый заместитель") and the status word "временный" (acting).

Used by :func:`~ruextract.roles.phrases.left_edge`.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ruextract import models
from ruextract.roles.words import (
    abbreviations,
    fold,
    head_lemma,
    morph_values,
    role_adjectives,
)

# "временный руководитель": one who holds a post until it is filled, acting (data/gold/roles.md,
# "status"), a status word that leaves the role
ACTING_ADJECTIVES = frozenset({"временный", "временной"})  # the tagger may lemmatise it so
# adjectives of a post's name that the NEREL-built ``role_adjectives.tsv`` misses because they
# are common elsewhere ("главная улица"): in NEREL train (session 10, draw 11 left out), right
# before a role noun they agree with, at least 0.9 of their occurrences lie inside its
# PROFESSION span, at least 3 times ("главный" 56/57, "официальный" 12/12, "государственный"
# 11/11, "старший" 6/6, "специальный" 3/3), no place's or nation's adjective among them;
# not "федеральный", a level of government left out of the role as a place's adjective
# ("федеральный судья" → "судья"; data/gold/roles.md, draw-14 list, session 14)
POST_ADJECTIVES = frozenset({
    "главный", "официальный", "государственный", "исполнительный",
    "финансовый", "старший", "почетный", "политический", "спортивный", "специальный",
    "верховный", "научный", "чрезвычайный",
})  # fmt: skip
# an ordinal ranks the several holders of a deputy's or secretary's post ("первый
# заместитель", "первый вице-президент", "первый секретарь"); before another post it counts
# holders in time ("первый президент ЮАР", "первым космонавтом Малайзии"): NEREL train keeps
# "первый" in the span 41 times of 65, all of the first kind
RANKED_POSTS = ("заместитель", "зам", "вице-", "секретарь")


def ordinal(token: Token) -> bool:
    """An ordinal adjective ("первый", "второго"): by the tagger or by pymorphy3 (``Anum``)."""
    return "Ord" in morph_values(token, "NumType") or _ordinal(fold(token.text))


@lru_cache(maxsize=2_000)
def _ordinal(word: str) -> bool:
    parses = models.morph_analyzer().parse(word)
    return bool(parses) and "Anum" in parses[0].tag.grammemes


def rank_word(adjective: Token) -> bool:
    """An adjective of a post's name kept by ``POST_ADJECTIVES`` or as a deputy's rank, not by
    ``role_adjectives()`` or the tagger's ordinal (the words a post named again is matched
    without)."""
    lemma = fold(adjective.lemma_)
    if lemma in role_adjectives() or "Ord" in morph_values(adjective, "NumType"):
        return False
    return lemma in POST_ADJECTIVES or ordinal(adjective)


def ranked(head: Token) -> bool:
    """A deputy's or secretary's post, whose holders an ordinal ranks (``RANKED_POSTS``)."""
    lemma = head_lemma(head)
    return abbreviations().get(lemma, lemma).startswith(RANKED_POSTS)

"""Where a document's words of a kind stand, read once per document (speed15c).

Several status rules (:mod:`~ruextract.roles.status`) look for a word of a few lemmas in a
window around each post ("бывший" up to eight tokens before it, a noun of dismissal up to 25):
most posts have none there, and the scan token by token (a ``Token`` made, its lemma folded, per
step) was most of their cost. :func:`lemma_positions` gives the tokens whose folded lemma is one
of a set, in order, from the document's lemma array, and :func:`any_within` says whether one
lies in a window: a rule whose answer needs such a token there answers no at once when none
does, and else scans as before. :func:`head_lemma_at` keeps the head lemma of a token by its
index, read for the same posts by several rules.
"""

from __future__ import annotations

from bisect import bisect_left

import numpy
from spacy.attrs import LEMMA
from spacy.tokens import Doc

from ruextract.roles.phrases import Entities
from ruextract.roles.words import fold, head_lemma

# ``Entities.cues`` holds the document's lemma ids under this key, each set's positions under
# the set itself, and the head lemmas read by token index under ``_HEADS``
_LEMMAS = "lemmas"
_HEADS = "heads"


def lemma_positions(doc: Doc, ents: Entities, lemmas: frozenset[str]) -> tuple[int, ...]:
    """The indices of the tokens of ``doc`` whose lemma, folded (:func:`~ruextract.roles.words.
    fold`), is one of ``lemmas``, in order. Kept in ``ents.cues`` (one ``Entities`` per
    document and stage run) by the set itself: the same set gives the same tokens, the tokens'
    lemmas being set before the stage."""
    found = ents.cues.get(lemmas)
    if found is None:
        ids = ents.cues.get(_LEMMAS)
        if ids is None:
            ids = ents.cues[_LEMMAS] = doc.to_array(LEMMA).reshape(-1)
        strings = doc.vocab.strings
        wanted = [lemma for lemma in numpy.unique(ids).tolist() if fold(strings[lemma]) in lemmas]
        found = tuple(numpy.flatnonzero(numpy.isin(ids, numpy.array(wanted, ids.dtype))).tolist())
        ents.cues[lemmas] = found
    return found


def any_within(positions: tuple[int, ...], start: int, stop: int) -> bool:
    """Whether one of the sorted ``positions`` lies in ``start <= i < stop``."""
    at = bisect_left(positions, start)
    return at < len(positions) and positions[at] < stop


def head_lemma_at(doc: Doc, ents: Entities, i: int) -> str:
    """:func:`~ruextract.roles.words.head_lemma` of token ``i``, kept in ``ents.cues`` by the
    index: it reads only the token's lemma, text and part of speech, set before the stage, and
    the rules ask it of the same heads again and again (each post's, each holder's)."""
    heads = ents.cues.get(_HEADS)
    if heads is None:
        heads = ents.cues[_HEADS] = {}
    found = heads.get(i)
    if found is None:
        found = heads[i] = head_lemma(doc[i])
    return found

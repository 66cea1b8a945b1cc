"""The head lemma of a token by its index, read once per document (speed15c).

``words.head_lemma`` makes a ``Token``, reads three of its strings and asks an ``lru_cache``;
``anaphora.resolve_again`` and the rules it calls ask it of the same heads again and again
(each post's, each holder's, each group's words). :func:`head_lemma_at` keeps the answer by the
token's index in ``Entities.heads``: one ``Entities`` per document and stage run, and the tokens'
lemmas, texts and parts of speech (all ``head_lemma`` reads) are set before the stage.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ruextract.roles.phrases import Entities
from ruextract.roles.words import head_lemma


def head_lemma_at(doc: Doc, ents: Entities, i: int) -> str:
    """:func:`~ruextract.roles.words.head_lemma` of token ``i``, kept in ``ents.heads`` by the
    index (exact: it reads only the token's lemma, text and part of speech)."""
    found = ents.heads.get(i)
    if found is None:
        found = ents.heads[i] = head_lemma(doc[i])
    return found

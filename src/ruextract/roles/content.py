"""The first word at or after a token and the last at or before it, past white space, for the
roles rules: ``people.words.next_content`` / ``prev_content`` with the document's lists kept.

``people.words`` finds the lists of ``views`` (for each token index, the next and the last
non-space index) through ``doc.user_data`` on every call; the roles rules ask some tens of
thousands of times per 300 articles, each time of the document they are reading. Here the two
lists of the document read last are kept with that document (the ``Doc`` itself, so no other
document can pass for it) and its length (a stage that retokenizes, as ``countries`` does,
changes it and makes ``views`` forget its lists): the same lists, the same answers. An index out
of range is left to ``people.words``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ruextract.people import words
from ruextract.views import views


class _Last:
    """The document read last and its two lists."""

    __slots__ = ("doc", "next", "prev")

    def __init__(self) -> None:
        self.doc: Doc | None = None
        self.next: list[int] = []
        self.prev: list[int] = []

    def load(self, doc: Doc) -> None:
        found = views(doc)
        self.next, self.prev = found.next_content(doc), found.prev_content(doc)
        self.doc = doc


_LAST = _Last()


def next_content(doc: Doc, i: int) -> Token | None:
    """The first non-whitespace token at or after ``i`` (``people.words.next_content``)."""
    last = _LAST
    if doc is not last.doc or len(last.next) != len(doc):
        last.load(doc)
    found = last.next
    n = len(found)
    if 0 <= i < n:
        at = found[i]
        return doc[at] if at < n else None
    return words.next_content(doc, i)


def prev_content(doc: Doc, i: int) -> Token | None:
    """The last non-whitespace token at or before ``i`` (``people.words.prev_content``)."""
    last = _LAST
    if doc is not last.doc or len(last.prev) != len(doc):
        last.load(doc)
    found = last.prev
    if 0 <= i < len(found):
        at = found[i]
        return doc[at] if at >= 0 else None
    return words.prev_content(doc, i)

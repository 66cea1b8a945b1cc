"""Per-document views that several stages read, computed once per ``Doc`` and shared.

spaCy rebuilds ``doc.text`` from the tokens on every access and walks the tokens again for every
``doc.sents``; with a handful of stages (and the tables) asking per sentence or per mention, the
cost grows with the square of the article's length. These views are computed once per ``Doc``
(the tokens and the sentence boundaries are set by the tokenizer and do not change afterwards:
the syntax stage keeps razdel's sentences) and kept in ``doc.user_data`` under :data:`KEY`.

- :func:`text`: the document text (``doc.text``);
- :func:`sentence_bounds`: ``(start, end)`` token indices of each sentence (``doc.sents``);
- :func:`sentences`: the sentence spans;
- :func:`sentence_ids`: the sentence number of every token (a numpy array);
- :func:`sentence_of`: the sentence span of a token index (``span.sent`` without its scan);
- :func:`sentence_chars`: ``(start_char, end_char)`` of each sentence (``sent.start_char``,
  ``sent.end_char``);
- :func:`token_texts`: the text of every token, :func:`is_space`: which tokens are white space,
  :func:`token_starts`: the character offset of every token (from the token arrays, without
  making a ``Token`` object per token).

A stage that changes the sentence boundaries calls :func:`forget`.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IDX, IS_SPACE, ORTH, SENT_START
from spacy.tokens import Doc, Span

KEY = "ruextract.views"


class DocViews:
    """The shared views of one ``Doc`` (see the module docstring), each filled on first use.

    It holds no reference to the ``Doc`` or its spans (it lives in ``doc.user_data``: a
    reference back would make a cycle that keeps every processed ``Doc`` in memory until the
    garbage collector runs); ``key`` tells it from the views of another ``Doc``.
    """

    __slots__ = (
        "_bounds",
        "_chars",
        "_ids",
        "_idx",
        "_next",
        "_prev",
        "_space",
        "_texts",
        "key",
        "text",
        "words",
    )

    def __init__(self, doc: Doc) -> None:
        self.key = id(doc)
        self.text: str = doc.text
        self._bounds: list[tuple[int, int]] | None = None
        self._ids: numpy.ndarray | None = None
        self._texts: list[str] | None = None
        self._space: numpy.ndarray | None = None
        self._next: list[int] | None = None
        self._prev: list[int] | None = None
        self._idx: numpy.ndarray | None = None
        self._chars: list[tuple[int, int]] | None = None
        self.words: frozenset[str] | None = None

    def texts(self, doc: Doc) -> list[str]:
        if self._texts is None:
            strings = doc.vocab.strings
            self._texts = [strings[orth] for orth in doc.to_array(ORTH).tolist()]
        return self._texts

    def space(self, doc: Doc) -> numpy.ndarray:
        if self._space is None:
            self._space = doc.to_array(IS_SPACE).astype(bool).reshape(-1)
        return self._space

    def next_content(self, doc: Doc) -> list[int]:
        """For each token index, the first non-space index at or after it (``len(doc)``: none)."""
        if self._next is None:
            space = self.space(doc).tolist()
            n = len(space)
            found, at = [n] * n, n
            for i in range(n - 1, -1, -1):
                if not space[i]:
                    at = i
                found[i] = at
            self._next = found
        return self._next

    def prev_content(self, doc: Doc) -> list[int]:
        """For each token index, the last non-space index at or before it (-1: none)."""
        if self._prev is None:
            space = self.space(doc).tolist()
            found, at = [-1] * len(space), -1
            for i, blank in enumerate(space):
                if not blank:
                    at = i
                found[i] = at
            self._prev = found
        return self._prev

    def idx(self, doc: Doc) -> numpy.ndarray:
        if self._idx is None:
            self._idx = doc.to_array(IDX).astype("int64").reshape(-1)
        return self._idx

    def chars(self, doc: Doc) -> list[tuple[int, int]]:
        if self._chars is None:
            idx, texts = self.idx(doc), self.texts(doc)
            self._chars = [
                (int(idx[start]), int(idx[end - 1]) + len(texts[end - 1]))
                for start, end in self.bounds(doc)
            ]
        return self._chars

    def bounds(self, doc: Doc) -> list[tuple[int, int]]:
        if self._bounds is None:
            n = len(doc)
            if not n:
                self._bounds = []
            else:
                flags = doc.to_array([SENT_START]).reshape(-1).astype("int64")
                starts = numpy.flatnonzero(flags == 1)
                if not len(starts) or starts[0] != 0:
                    starts = numpy.concatenate([[0], starts])
                stops = numpy.append(starts[1:], n)
                self._bounds = list(zip(starts.tolist(), stops.tolist(), strict=True))
        return self._bounds

    def ids(self, doc: Doc) -> numpy.ndarray:
        if self._ids is None:
            ids = numpy.zeros(len(doc), dtype="int64")
            for n, (start, end) in enumerate(self.bounds(doc)):
                ids[start:end] = n
            self._ids = ids
        return self._ids


def views(doc: Doc) -> DocViews:
    """The :class:`DocViews` of ``doc``, made on first use."""
    found = doc.user_data.get(KEY)
    if found is None or found.key != id(doc):
        found = doc.user_data[KEY] = DocViews(doc)
    return found


def text(doc: Doc) -> str:
    """``doc.text``, built once."""
    return views(doc).text


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """``(start, end)`` token indices of every sentence, in order (as ``doc.sents``)."""
    return views(doc).bounds(doc)


def sentences(doc: Doc) -> list[Span]:
    """The sentences of ``doc`` as spans (as ``list(doc.sents)``)."""
    return [doc[start:end] for start, end in sentence_bounds(doc)]


def sentence_chars(doc: Doc) -> list[tuple[int, int]]:
    """``(start_char, end_char)`` of every sentence, in order (``sent.start_char``, ...)."""
    return views(doc).chars(doc)


def sentence_ids(doc: Doc) -> numpy.ndarray:
    """The sentence number of every token."""
    return views(doc).ids(doc)


def sentence_of(doc: Doc, i: int) -> Span:
    """The sentence span holding token ``i`` (as ``doc[i].sent``)."""
    start, end = sentence_bounds(doc)[int(sentence_ids(doc)[i])]
    return doc[start:end]


def token_texts(doc: Doc) -> list[str]:
    """The text of every token (``[token.text for token in doc]``)."""
    return views(doc).texts(doc)


def token_text_set(doc: Doc) -> frozenset[str]:
    """The texts of the tokens, as a set (``text in {t.text for t in doc}`` without a scan)."""
    found = views(doc)
    if found.words is None:
        found.words = frozenset(found.texts(doc))
    return found.words


def token_starts(doc: Doc) -> numpy.ndarray:
    """The character offset of every token (``token.idx``), as an integer array."""
    return views(doc).idx(doc)


def is_space(doc: Doc) -> numpy.ndarray:
    """Whether each token is white space (``token.is_space``), as a boolean array."""
    return views(doc).space(doc)


def forget(doc: Doc) -> None:
    """Drop the views of ``doc`` (after a change to its sentence boundaries)."""
    doc.user_data.pop(KEY, None)

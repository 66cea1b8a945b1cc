"""The ids of every token of a document, read once per run of the roles stage.

spaCy builds what a ``Token`` reads on each read: ``token.morph`` a new ``MorphAnalysis``
(~0.5 µs), ``token.pos`` a new enum member (~0.4 µs), and the roles rules ask them of the same
tokens tens of thousands of times over 300 articles (``words.case_of`` alone 46k times: the
stage's cost). :class:`DocColumns` holds one document's lemma, spelling, part-of-speech and
morphology ids (``doc.to_array``, one call), the case of each token once read, and the
document's shared views (:mod:`ruextract.views`) the rules walk: the tokens' texts and offsets,
the next and previous non-space token of each index. :func:`next_content` and
:func:`prev_content` are ``people.words``'s, read from them (a ``Token`` is still built for the
answer; the views are not looked up again).

:func:`read_columns` builds them (``phrases.Entities.of``, at the start of each run of
``find_roles``) and makes them the current columns while they are kept (``Entities.columns``:
for one run of ``find_roles``); :func:`current_columns` gives them for a token's document (by
identity; weak references to both: no document is kept alive, and the columns die with the
run's ``Entities``), None for any other document, whose tokens are read as before. The columns
are exact while the tokens of their document keep their attributes: the roles stage writes
only ``doc.spans``, and each run reads its document afresh; a caller that holds an
``Entities`` and changes a token (retokenizing, setting a morphology) calls :func:`forget`.
"""

from __future__ import annotations

import weakref

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.tokens import Doc, Token

from ruextract.people import words as people_words
from ruextract.views import views

# a token whose case no rule has read yet (a case may be None)
UNREAD = object()


class DocColumns:
    """The ids of each token of one document, by token index: ``lemma``, ``orth`` (spelling),
    ``pos`` (``token.pos``) and ``morph`` (``token.morph.key``), ``cases`` (``case_of`` of
    each token once read, :data:`UNREAD` before); and the document's shared views
    (:mod:`ruextract.views`): ``text`` (``doc.text``), ``texts`` (``token.text``), ``starts``
    (``token.idx``), ``next`` and ``prev`` (the first non-space token at or after, at or
    before each index)."""

    __slots__ = (
        "__weakref__", "cases", "lemma", "morph", "next", "orth", "pos", "prev", "starts",
        "text", "texts",
    )  # fmt: skip

    def __init__(self, doc: Doc) -> None:
        columns = doc.to_array([LEMMA, ORTH, POS, MORPH]).T.tolist()  # (empty: four [])
        self.lemma: list[int] = columns[0]
        self.orth: list[int] = columns[1]
        self.pos: list[int] = columns[2]
        self.morph: list[int] = columns[3]
        self.cases: list[object] = [UNREAD] * len(doc)
        found = views(doc)
        self.text: str = found.text
        self.texts: list[str] = found.texts(doc)
        self.starts: list[int] = found.idx(doc).tolist()
        self.next: list[int] = found.next_content(doc)
        self.prev: list[int] = found.prev_content(doc)

    def next_token(self, doc: Doc, i: int) -> Token | None:
        """``people.words.next_content(doc, i)``: the first non-space token at or after ``i``,
        read from ``next``."""
        found = self.next
        if 0 <= i < len(found):
            at = found[i]
            return doc[at] if at < len(found) else None
        return people_words.next_content(doc, i)  # out of range: as there

    def prev_token(self, doc: Doc, i: int) -> Token | None:
        """``people.words.prev_content(doc, i)``: the last non-space token at or before ``i``,
        read from ``prev``."""
        found = self.prev
        if 0 <= i < len(found):
            at = found[i]
            return doc[at] if at >= 0 else None
        return people_words.prev_content(doc, i)  # out of range: as there


# weak references to the current document and its columns (one document at a time: the
# stage reads one document from start to end); the columns live as long as their holder
# (``Entities``, one run of ``find_roles``)
_CURRENT: list = [None, None]


def read_columns(doc: Doc) -> DocColumns:
    """The columns of ``doc``, read now, made the current ones while the caller keeps them."""
    found = DocColumns(doc)
    _CURRENT[0], _CURRENT[1] = weakref.ref(doc), weakref.ref(found)
    return found


def current_columns(doc: Doc) -> DocColumns | None:
    """The current columns if they are ``doc``'s (the same object) and still kept, else
    None."""
    ref = _CURRENT[0]
    if ref is not None and ref() is doc:
        return _CURRENT[1]()
    return None


def token_ids(token: Token) -> tuple[int, int, int, int]:
    """The lemma, spelling, part-of-speech and morphology ids of ``token`` (``token.lemma``,
    ``token.orth``, ``token.pos``, ``token.morph.key``): from the current columns when they
    are its document's."""
    columns = current_columns(token.doc)
    if columns is None:
        return (token.lemma, token.orth, token.pos, token.morph.key)
    i = token.i
    return (columns.lemma[i], columns.orth[i], columns.pos[i], columns.morph[i])


def next_content(doc: Doc, i: int) -> Token | None:
    """``people.words.next_content``, read from the current columns when they are ``doc``'s."""
    columns = current_columns(doc)
    if columns is None:
        return people_words.next_content(doc, i)
    return columns.next_token(doc, i)


def prev_content(doc: Doc, i: int) -> Token | None:
    """``people.words.prev_content``, read from the current columns when they are ``doc``'s."""
    columns = current_columns(doc)
    if columns is None:
        return people_words.prev_content(doc, i)
    return columns.prev_token(doc, i)


def columns_of(doc: Doc) -> DocColumns:
    """The current columns if they are ``doc``'s, else ``doc``'s read now (not made current:
    a caller that builds the mentions by hand reads its document as it is)."""
    found = current_columns(doc)
    return found if found is not None else DocColumns(doc)


def forget() -> None:
    """No current columns: every token is read from its document again."""
    _CURRENT[0] = _CURRENT[1] = None

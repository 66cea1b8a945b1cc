"""Per-document memos of pure reads the linking rules repeat: what a phrase's start, a
mention's offsets or the article's people decide, read once per ``find_roles`` call.

``linking.attach`` tries rule after rule on each phrase, and most rules ask the same questions
of it again (is it after "один из"? in which case is it?), and of the names near it (in which
cases may this mention be?); :mod:`~ruextract.roles.anaphora`, :mod:`~ruextract.roles.holders`
and the clause modules ask them again of the same phrases and names. The answers depend on the
document only, so they are kept here, keyed by what they read:

- ``one``: by a phrase's start, what ``agreement.one_of`` finds before it (the case of "один",
  or :data:`NOT_ONE`); ``one_of`` reads the tokens before ``phrase.start`` and nothing else;
- ``phrase_cases``: by (start, head, status), ``copulas.phrase_case`` (it reads the words from
  the start to the head, the head and the status: nothing else of the phrase);
- ``person_cases``: by a mention's token offsets, ``agreement.person_cases`` (it reads the
  mention's words, its person record and key, kept by spaCy under its character offsets, and
  the article's PER mentions: one answer per offsets in a document whose mentions and records
  the roles stage does not change);
- ``surnames``: for each person key, the first and last words (folded) of its mentions of two
  words or more, in the order of ``doc.ents`` (``agreement.man_in_oblique`` read them from
  every mention of the document on every call).

The memo lives in ``doc.user_data`` under :data:`KEY` and holds no ``Token`` or ``Span`` (a
reference back to the ``Doc`` would make a cycle, as ``views`` notes); ``find_roles`` calls
:func:`fresh_memo` first, so no answer outlives a call in which the mentions or records might
have changed, and :func:`forget_memo` last.
"""

from __future__ import annotations

from spacy.tokens import Doc

KEY = "ruextract.roles.link_memo"
NOT_ONE = False  # ``one``'s value for a phrase not after "один из" (a case is a str or None)


class LinkMemo:
    """The memos of one ``Doc`` (see the module docstring); ``key`` tells it from another's."""

    __slots__ = ("key", "one", "person_cases", "phrase_cases", "surnames")

    def __init__(self, doc: Doc) -> None:
        self.key = id(doc)
        self.one: dict[int, str | bool | None] = {}
        self.phrase_cases: dict[tuple[int, int, str | None], str | None] = {}
        self.person_cases: dict[tuple[int, int], frozenset[str]] = {}
        self.surnames: dict[str | None, list[tuple[str, str]]] | None = None


def link_memo(doc: Doc) -> LinkMemo:
    """The :class:`LinkMemo` of ``doc``, made on first use."""
    found = doc.user_data.get(KEY)
    return found if found is not None and found.key == id(doc) else fresh_memo(doc)


def fresh_memo(doc: Doc) -> LinkMemo:
    """Start ``doc``'s memos afresh (``find_roles`` does first)."""
    found = doc.user_data[KEY] = LinkMemo(doc)
    return found


def forget_memo(doc: Doc) -> None:
    """Drop ``doc``'s memos (``find_roles`` does last: a processed document does not carry
    them to the tables, to a worker's pickle or to memory)."""
    doc.user_data.pop(KEY, None)

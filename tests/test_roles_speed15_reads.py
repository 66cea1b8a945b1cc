"""Roles, session 15: the per-document reads' own contracts (the lead's cases for the mutants of
``roles_s15_columns`` that the equivalence tests left alive).

- ``DocColumns.next_token`` / ``prev_token`` answer None from their lists at a document's ends
  when only white space lies past a word (a document opening and closing with line breaks);
- the fast paths are taken: what the current columns hold is what ``token_ids``,
  ``columns_of``, ``prev_content`` and ``next_content`` give (a value planted there shows
  which path answered);
- ``link_memo``: one memo per document, the same object on every read until ``fresh_memo``; a
  memo another document left in ``user_data`` is not read; ``forget_memo`` of a document with
  none is no error.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from ruextract.people import words as people_words
from ruextract.roles import doc_columns, link_memo


@pytest.fixture()
def spaced(nlp):
    """A document that opens and closes with white-space tokens."""
    doc = Doc(
        nlp.vocab,
        words=["\n\n", "Глава", "МИД", "Сергей", "Лавров", "\n\n"],
        spaces=[False, True, True, True, False, False],
    )
    doc_columns.forget()
    yield doc
    doc_columns.forget()


def test_roles_columns_answer_none_past_the_words_at_either_end(spaced):
    doc = spaced
    assert doc[0].is_space and doc[-1].is_space
    columns = doc_columns.read_columns(doc)
    last = len(doc) - 1
    assert columns.next[last] == len(doc) and columns.prev[0] == -1  # decided by the lists
    assert columns.next_token(doc, last) is None
    assert people_words.next_content(doc, last) is None
    assert columns.prev_token(doc, 0) is None
    assert people_words.prev_content(doc, 0) is None
    assert columns.next_token(doc, 0).text == "Глава"
    assert columns.prev_token(doc, last).text == "Лавров"
    assert doc_columns.prev_content(doc, 0) is None
    assert doc_columns.next_content(doc, last) is None


def test_roles_current_columns_answer_token_ids_columns_of_and_the_walks(spaced):
    doc = spaced
    columns = doc_columns.read_columns(doc)
    columns.lemma[2] = -7  # planted: only the columns hold it
    assert doc_columns.token_ids(doc[2])[0] == -7
    assert doc_columns.columns_of(doc) is columns
    columns.prev = list(columns.prev)  # (the views' list is shared: plant in a copy)
    columns.prev[3] = 1  # planted: "Сергей" itself answers in the views' list
    assert doc_columns.prev_content(doc, 3).i == 1
    columns.next = list(columns.next)
    columns.next[3] = 4  # planted: likewise for the next word
    assert doc_columns.next_content(doc, 3).i == 4
    doc_columns.forget()  # none current: the document's own tokens, fresh columns
    assert doc_columns.token_ids(doc[2])[0] == doc[2].lemma
    assert doc_columns.columns_of(doc) is not columns
    assert doc_columns.prev_content(doc, 3).i == 3
    assert doc_columns.next_content(doc, 3).i == 3


def test_roles_link_memo_one_per_document_until_made_afresh(nlp):
    doc = Doc(nlp.vocab, words=["Глава", "МИД"])
    other = Doc(nlp.vocab, words=["Глава", "МИД"])
    link_memo.forget_memo(doc)  # none there: no error
    memo = link_memo.link_memo(doc)
    assert doc.user_data[link_memo.KEY] is memo and memo.key == id(doc)
    assert link_memo.link_memo(doc) is memo  # read again: the same memo
    memo.one[0] = "Nom"
    fresh = link_memo.fresh_memo(doc)
    assert fresh is not memo and fresh.one == {} and link_memo.link_memo(doc) is fresh
    other.user_data[link_memo.KEY] = fresh  # another document's memo (copied user_data)
    mine = link_memo.link_memo(other)
    assert mine is not fresh and mine.key == id(other)
    link_memo.forget_memo(doc)
    assert link_memo.KEY not in doc.user_data

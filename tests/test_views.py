"""Shared per-doc views: the same values as spaCy's own, computed once, no reference cycle."""

from __future__ import annotations

import gc

from ruextract import views

TEXT = (
    "Премьер-министр Японии Фумио Кисида посетил Индию.\n\n"
    "Товарооборот стран вырос на 12%.  Визит продлится три дня."
)


def test_views_equal_spacy_text_sentences_and_tokens(nlp):
    doc = nlp(TEXT)
    assert views.text(doc) == doc.text == TEXT
    sents = list(doc.sents)
    assert len(sents) == 3
    assert views.sentence_bounds(doc) == [(s.start, s.end) for s in sents]
    assert [s.text for s in views.sentences(doc)] == [s.text for s in sents]
    assert views.sentence_ids(doc).tolist() == [
        n for n, s in enumerate(sents) for _ in range(s.start, s.end)
    ]
    for token in doc:
        assert views.sentence_of(doc, token.i) == token.sent
    assert views.token_texts(doc) == [token.text for token in doc]
    assert views.is_space(doc).tolist() == [token.is_space for token in doc]
    assert views.token_starts(doc).tolist() == [token.idx for token in doc]
    assert views.sentence_chars(doc) == [(s.start_char, s.end_char) for s in sents]
    assert views.token_text_set(doc) == {token.text for token in doc}


def test_views_hold_no_reference_to_their_doc(nlp):
    doc = nlp(TEXT)
    views.sentence_ids(doc)
    found = views.views(doc)
    assert not any(item is doc for item in gc.get_referents(found))
    assert views.views(doc) is found  # computed once
    other = nlp.make_doc(TEXT + " Конец.")
    assert views.views(other) is not found
    views.forget(doc)
    assert views.views(doc) is not found


def test_views_of_an_empty_doc(nlp):
    doc = nlp.make_doc("")
    assert views.text(doc) == ""
    assert views.sentence_bounds(doc) == [] and views.token_texts(doc) == []

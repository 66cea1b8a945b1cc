"""The people stage's speed-ups answer as the plain code does (session 8: no output changes).

Table-driven: each sentence of news shape is read by the pipeline; the helpers that now read
the shared views (white space, token texts, the text between two tokens) and the stage's cache
of name words must give what a walk over the tokens gives.
"""

from __future__ import annotations

import pytest

import ruextract
from ruextract.people.words import NAME_WORDS_KEY, gap, name_words, next_content, prev_content

SENTENCES = [
    "Президент России Владимир Путин провёл встречу с А.М. Колчаком.",
    "Об этом  сообщил\nглава МИД Сергей Лавров ( Sergey Lavrov ) в понедельник.",
    "Джеймс «Бадди» Макгирт и О’Мэлли выступили в Театре имени Ермоловой.",
    "   Ким Чен Ын \n\n заявил: «Кто боится Вирджинии Вульф»",
]


@pytest.fixture(scope="module")
def nlp():
    return ruextract.load()


@pytest.mark.parametrize("text", SENTENCES)
def test_views_helpers_match_a_walk_over_the_tokens(nlp, text):
    doc = nlp(text)
    for i in range(len(doc) + 1):
        after = [t for t in doc[i:] if not t.is_space]  # the old walk, token by token
        before = [t for t in doc[: i + 1] if not t.is_space]
        assert getattr(next_content(doc, i), "i", None) == (after[0].i if after else None)
        if i < len(doc):  # past the end is an IndexError, as doc[i] was
            assert getattr(prev_content(doc, i), "i", None) == (before[-1].i if before else None)
    assert prev_content(doc, -1) is None
    for left in doc:
        for right in doc:
            walked = left.whitespace_ + doc[left.i + 1 : right.i].text_with_ws
            assert gap(doc, left, right) == walked


@pytest.mark.parametrize("text", SENTENCES)
def test_name_words_cache_gives_a_copy_of_the_plain_answer(nlp, text):
    doc = nlp(text)
    assert NAME_WORDS_KEY not in doc.user_data  # the stage drops its cache when it returns
    plain = {(a, b): name_words(doc[a:b]) for a in range(len(doc)) for b in range(a + 1, len(doc))}
    doc.user_data[NAME_WORDS_KEY] = {}
    try:
        for (a, b), answer in plain.items():
            first = name_words(doc[a:b])
            assert first == answer
            first[0].clear()  # a caller's change to its copy never reaches the next answer
            first[1].clear()
            assert name_words(doc[a:b]) == answer
    finally:
        del doc.user_data[NAME_WORDS_KEY]

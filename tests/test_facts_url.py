"""The facts' web-address filter: the regex runs only on a text that may hold an address."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ruextract.facts.amounts import URL, may_hold_url


@pytest.mark.parametrize(
    ("text", "holds"),
    [
        ("Подробнее: HTTPS://example.com/5 млн", True),
        ("сайт WwW.kremlin.ru сообщил о 5 погибших", True),
        ("ссылка на статью[https://ru.wikipedia.org/wiki/%D0%9C%D0%B8", True),
        ("по данным %D0%B0% за год", True),
        ("Рост на 5% за год", False),  # a percent sign: asked, no address
        ("Ftp-сервер и 3 млн рублей", False),
        ("www без точки и 10 тонн", False),
        ("Товарооборот составил 21,4 миллиарда долларов", False),
    ],
)
def test_url_regex_runs_where_an_address_may_be(text, holds):
    assert (URL.search(text) is not None) == holds
    assert may_hold_url(text) or not holds
    if "%" not in text:
        assert may_hold_url(text) == holds


@given(st.text(alphabet="htpsw:/.%DdAa0 ſHTPSW[", max_size=20))
def test_no_address_where_the_guard_says_none(text):
    if not may_hold_url(text):
        assert URL.search(text) is None

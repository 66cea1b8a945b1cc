"""Roles, session 13: the marked-post rule (``ruextract.roles.referents``) reads the gender a
marker shows by its form ("58-летняя президент": the tagger makes the adjective agree with the
masculine noun), not the tagger's agreement.

Rows are (key, role, role_text, org, status), in the order of ``tables.roles``.
"""

from __future__ import annotations

import pytest

from ruextract.roles.referents import form_gender
from tests.conftest import role_rows as rows


@pytest.fixture
def parse(parse, nlp, monkeypatch):
    """The pipeline with the ranker on (whatever the default)."""
    monkeypatch.setattr(nlp.get_pipe("ruextract_roles"), "rank_holders", True)
    return parse


FORMS = {
    # the form alone says the gender, whatever the tagger makes it agree with
    "58-летняя": "femn",
    "перенесла": "femn",
    "новой": "femn",
    "58-летнего": "masc",  # masculine or neuter: no woman's
    "перенес": "masc",
    # no gender shown
    "известные": None,  # plural
    "стол": None,  # a noun
    "заявят": None,  # a verb of no past tense
}


@pytest.mark.parametrize(("word", "expected"), FORMS.items(), ids=FORMS.keys())
def test_form_gender(word, expected):
    assert form_gender(word) == expected


MARKED = {
    # referents.marked_referent: an age adjective's form, not the tagger's agreement, says the
    # holder is a woman; the man named last is passed over
    "a woman's age before a masculine post": (
        "Анна Петрова выступила в Омске. Иван Сидоров приехал туда же. 58-летняя президент "
        "перенесла операцию.",
        [("Анна Петрова", "президент", "президент", None, "current")],
    ),
    # must not change: a man's age gives the man named last
    "a man's age before a masculine post": (
        "Анна Петрова выступила в Омске. Иван Сидоров приехал туда же. 58-летний президент "
        "перенес операцию.",
        [("Иван Сидоров", "президент", "58-летний президент", None, "current")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), MARKED.values(), ids=MARKED.keys())
def test_marked_post_gender_by_form(parse, text, expected):
    assert rows(parse(text)) == expected

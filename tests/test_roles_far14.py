"""Roles, session 14: the ranker (``ruextract.roles.holders``) ranks no post marked by a
superlative ("самым ценным игроком", "Лучшему тренеру года"): a ranking's or an award's title,
not a post of someone named elsewhere. Other adjectives and the emphatic "сам" ("Сам
продюсер") leave a post rankable.

At threshold 0 the ranker gives every rankable post its best candidate, so a row on the post
there says the post was ranked. Rows are (key, role, role_text, org, status).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from ruextract.roles import holders
from ruextract.roles.phrases import Entities, find_phrases
from tests.conftest import role_rows as rows

PETROV = "Иван Петров выступил в Омске. Петров рассказал о своих планах."


@pytest.fixture
def parse(parse, nlp, monkeypatch):
    """The pipeline with the ranker on and its threshold 0."""
    monkeypatch.setattr(nlp.get_pipe("ruextract_roles"), "rank_holders", True)
    model = replace(holders.load_model(), threshold=0.0)
    monkeypatch.setattr(holders, "load_model", lambda: model)
    return parse


CASES = {
    # must not: a superlative's title is ranked for nobody
    "'самым' before the post": (
        "Нападающий Иван Петров провёл отличный сезон. Объявление Петрова самым ценным "
        "игроком состоялось в понедельник.",
        [("Иван Петров", "нападающий", "Нападающий", None, "current")],
    ),
    "a form of 'лучший' opening the post": (
        f"{PETROV} Лучшему тренеру года вручат приз в мае.",
        [],
    ),
    # must match: the same posts with a plain adjective are ranked
    "a plain adjective before the post": (
        "Иван Петров провёл отличный сезон. Объявление Петрова ценным игроком состоялось в "
        "понедельник.",
        [("Иван Петров", "игрок", "ценным игроком", None, "current")],
    ),
    "a plain adjective opening the post": (
        f"{PETROV} Опытному тренеру вручат приз в мае.",
        [("Иван Петров", "тренер", "Опытному тренеру", None, "current")],
    ),
    # must not change: the emphatic "сам" is no superlative
    "the emphatic 'сам'": (
        f"{PETROV} Сам продюсер отвергает обвинения.",
        [("Иван Петров", "продюсер", "Сам продюсер", None, "current")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), CASES.values(), ids=CASES.keys())
def test_superlative_posts_are_not_ranked(parse, text, expected):
    assert rows(parse(text)) == expected


PHRASES = {
    "самым ценным игроком": True,
    "Лучшему тренеру года": True,
    "ценным игроком": False,
    "Опытному тренеру": False,
    "Сам продюсер": False,
}


@pytest.mark.parametrize(("text", "expected"), PHRASES.items(), ids=PHRASES.keys())
def test_superlative(parse, text, expected):
    doc = parse(f"Иван Петров выступил в Омске. {text} приехал в Омск.")
    phrases = {doc[p.start : p.end].text: p for p in find_phrases(doc, Entities.of(doc))}
    assert holders.superlative(doc, phrases[text]) is expected

"""Session 14's fixes of the roles rules' bugs the session noticed: the one a successor will
replace keeps his post (``clause_posts.replacing_done``)."""

from __future__ import annotations

import pytest

from tests.conftest import role_rows as rows

PETROV = "Иван Петров"
SMIRNOV = "Олег Смирнов"
MINISTER = ("министр", "министра", None)
REPLACES = "сменит на посту министра Олега Смирнова"

CASES_REPLACING = {
    # clause_posts.replacing_done: a replacing ahead ("сменит"), the one replaced still
    # holds the post at that place (the guideline's "покинет пост": current)
    "a future verb of succession": (
        f"{PETROV} {REPLACES}.",
        [(SMIRNOV, *MINISTER, "current"), (PETROV, *MINISTER, "current")],
    ),
    "a future verb after a relative pronoun": (
        f"{PETROV}, который {REPLACES}, прилетел в Омск.",
        [(SMIRNOV, *MINISTER, "current"), (PETROV, *MINISTER, "current")],
    ),
    "an infinitive after 'должен'": (
        f"{PETROV} должен сменить на посту министра Олега Смирнова.",
        [(SMIRNOV, *MINISTER, "current")],
    ),
    # must not change: a replacing done or under way, past, converb or present: former
    "a past verb of succession": (
        f"{PETROV} сменил на посту министра Олега Смирнова.",
        [(SMIRNOV, *MINISTER, "former"), (PETROV, *MINISTER, "current")],
    ),
    "a past converb": (
        f"{PETROV}, сменив на посту министра Олега Смирнова, уехал в Москву.",
        [(SMIRNOV, *MINISTER, "former"), (PETROV, *MINISTER, "current")],
    ),
    "a present verb": (
        f"{PETROV} сменяет на посту министра Олега Смирнова.",
        [(SMIRNOV, *MINISTER, "former"), (PETROV, *MINISTER, "current")],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_REPLACING.values(), ids=CASES_REPLACING.keys())
def test_replacing_ahead(parse, text, expected):
    assert rows(parse(text)) == expected

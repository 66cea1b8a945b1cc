"""Session 14's fixes of the roles rules' bugs the session noticed: the one a successor will
replace keeps his post (``clause_posts.replacing_done``); a marked post in an oblique case is
not its own clause's subject's (``referents.own_subject``)."""

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


ARRIVED = f"{SMIRNOV} прилетел в Омск. "
JOURNALIST = (SMIRNOV, "журналист")

CASES_OWN_SUBJECT = {
    # referents.own_subject: the nominative name right before a marked post in an oblique
    # case is its clause's subject, passed over for the one named before
    "an accusative post after the clause's subject": (
        ARRIVED + f"Губернатор {PETROV} этого журналиста раньше не встречал.",
        [
            (PETROV, "губернатор", "Губернатор", None, "current"),
            (*JOURNALIST, "этого журналиста", None, "current"),
        ],
    ),
    "a dative post past the subject's verb": (
        ARRIVED + f"{PETROV} позвонил этому журналисту.",
        [(*JOURNALIST, "этому журналисту", None, "current")],
    ),
    # must not: no one else of the post's gender before the subject: no row
    "the one before is of the other gender": (
        f"Анна Петрова прилетела в Омск. {PETROV} этого журналиста раньше не встречал.",
        [],
    ),
    # must not change: a nominative marked post, or no name in its sentence
    "a nominative marked post": (
        ARRIVED + "Этот журналист раньше не бывал в Сибири.",
        [(*JOURNALIST, "Этот журналист", None, "current")],
    ),
    "an accusative post, the subject a common noun": (
        ARRIVED + "Этого журналиста встретил губернатор.",
        [(*JOURNALIST, "Этого журналиста", None, "current")],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_OWN_SUBJECT.values(), ids=CASES_OWN_SUBJECT.keys())
def test_marked_post_not_its_subjects(parse, text, expected):
    assert rows(parse(text)) == expected

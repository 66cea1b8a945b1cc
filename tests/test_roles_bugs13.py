"""Session 13's fixes of the roles rules' bugs that no earlier case pinned: a subject pronoun
past a name a noun's complement named in passing (``subjects.last_person``)."""

from __future__ import annotations

import pytest

from tests.conftest import role_rows as rows

BELOV = "Иван Белов"
MINISTER = (BELOV, "министр финансов", "министром финансов", None, "current")
FELLOW = ("старший исследователь", "старшим исследователем в Колумбийском университете",
          "Колумбийский университет", "current")  # fmt: skip
IN_ADMINISTRATION = "Затем он работал в администрации Джорджа Буша."
FELLOW_LINE = " Он также является старшим исследователем в Колумбийском университете."


CASES_PRONOUN = {
    # a name complementing a noun ("администрации Джорджа Буша") a sentence or more before the
    # pronoun is passed over, and the reach runs on from its sentence: the biography's subject
    "a complement two sentences back, a chain line between": (
        f"Иван Белов был министром финансов. {IN_ADMINISTRATION} После ухода с госслужбы "
        f"работал адвокатом в банке.{FELLOW_LINE}",
        [MINISTER, (BELOV, "адвокат", "адвокатом", None, "current"), (BELOV, *FELLOW)],
    ),
    "a dative name of an age past the reach of the pronoun": (
        "Сенат утвердил Ивана Белова. Ивану Белову 52 года. В его послужном списке работа в "
        f"администрации Джорджа Буша. После ухода с госслужбы работал адвокатом в банке."
        f"{FELLOW_LINE}",
        [(BELOV, "адвокат", "адвокатом", None, "current"), (BELOV, *FELLOW)],
    ),
    # must not: a complement in the sentence right before is the one spoken of ("о смерти
    # Ивана Белова. Он был ...")
    "a complement in the sentence before": (
        "Анна Белова рассказала о смерти Ивана Белова. Он был великолепным актёром.",
        [(BELOV, "актер", "великолепным актёром", None, "current")],
    ),
    # must not: a man named two sentences back as no complement keeps the pronoun
    "a subject two sentences back": (
        "Иван Белов был министром финансов. Потом в стране сменилась власть. Он был "
        "великолепным актёром.",
        [MINISTER, (BELOV, "актер", "великолепным актёром", None, "current")],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_PRONOUN.values(), ids=CASES_PRONOUN.keys())
def test_pronoun_past_a_complement(parse, text, expected):
    assert rows(parse(text)) == expected

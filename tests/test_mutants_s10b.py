"""Cases that kill the surviving mutants of session 10's roles rules (session 10, second pass).

Targets of ``benchmarks/mutation.py``: roles_s10_again10_headlines, roles_s10_fields10,
roles_s10_again10, roles_s10_within10, roles_s10_within10_offices. Each case goes through the
public pipeline (``tables.roles``): a Russian sentence of news shape and the exact rows, with a
case on the other side of the condition a mutant changes.
"""

from __future__ import annotations

import pytest

from ruextract import tables

# (key, role, role_text, org, status)
Row = tuple[str, str, str, str | None, str]

TOURIST = "Космический турист готовится\n"  # a headline that names no post
SIMONYI = "Чарльз Симони прошёл подготовку. Симони полетит в апреле."


def rows(doc) -> list[Row]:
    return [(r.key, r.role, r.text, r.org, r.status) for r in tables.roles(doc)]


# roles_s10_again10_headlines: named_first_after, first_verb, coordinated, joined_to_other
HEADLINES: dict[str, tuple[str, list[Row]]] = {
    # first_verb: the verb agrees with a masculine holder, the post's gender unmarked
    "first after: a masculine verb, a man named first": (
        f"{TOURIST}Программист готовился к полёту. {SIMONYI}",
        [("Чарльз Симони", "программист", "Программист", None, "current")],
    ),
}

CASES = {**HEADLINES}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_mutants_s10b(parse, text, expected):
    assert rows(parse(text)) == expected

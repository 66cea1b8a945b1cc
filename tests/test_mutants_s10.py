"""Cases that kill the surviving mutants of session 9's roles rules (session 10).

Targets of ``benchmarks/mutation.py``: roles_s9_copulas, roles_s9_fields_status, roles_s9_links,
roles_s9_fields_agreement, roles_s9_fields_places. Each case goes through the public pipeline
(``tables.roles``): a Russian sentence of news shape and the exact rows, with a case on the other
side of the condition a mutant changes.
"""

from __future__ import annotations

import pytest

from ruextract import tables

# (key, role, role_text, org, status)
Row = tuple[str, str, str, str | None, str]


def rows(doc) -> list[Row]:
    return [(r.key, r.role, r.text, r.org, r.status) for r in tables.roles(doc)]


CASES: dict[str, tuple[str, list[Row]]] = {}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_mutants_s10_roles(parse, text, expected):
    assert rows(parse(text)) == expected

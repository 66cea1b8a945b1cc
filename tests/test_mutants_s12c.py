"""Cases that kill the surviving mutants of session 12's roles rules (session 12, tests only).

Targets of ``benchmarks/mutation.py``: roles_s12_again12_referents (``referents.same_post_named``),
roles_s12_again12_subjects (``subjects.aged``, ``work_post``, ``possessor``), roles_s12_fields12
(``fields.relative_org`` and a post's genitive name), roles_s12_fields12_places
(``places.country_led``, ``named_place``) and roles_s12_fields12_status (``status.past_period``,
``deprived``). Cases go through the public pipeline (``tables.roles``) where it tells the two
sides of a mutant's condition apart, else the rule function is read on its own inputs. A case
that shows a bug is ``xfail(strict=True)`` with the reason: no rule is changed here.
"""

from __future__ import annotations

import pytest

from ruextract import tables
from ruextract.roles.places import country_led

# (key, role, role_text, org, status)
Row = tuple[str, str, str, str | None, str]


def rows(doc) -> list[Row]:
    return [(r.key, r.role, r.text, r.org, r.status) for r in tables.roles(doc)]


# ---------------------------------------------------------------------------------------------
# roles_s12_fields12_places: places.country_led on a mention's (text, part of speech) words

CASES_COUNTRY_LED = {
    "a federation named after its country": (
        (("Российской", "ADJ"), ("Федерации", "NOUN"), ("Северной", "ADJ"), ("ходьбы", "NOUN")),
        True,
    ),
    "the country alone": ((("Российской", "ADJ"), ("Федерации", "NOUN")), False),
    "one word": ((("России", "PROPN"),), False),
    "a country's adjective before an org": ((("японский", "ADJ"), ("МИД", "PROPN")), False),
}


@pytest.mark.parametrize("words, led", CASES_COUNTRY_LED.values(), ids=CASES_COUNTRY_LED.keys())
def test_country_led(words, led):
    assert country_led(words) is led

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


PETROV_SCHOOL = "Иван Петров был директором школы "
SCHOOL = ("Иван Петров", "директор", "директором школы", "школа")
TULA = ("Иван Петров", "губернатор", "губернатором Тульской области", "Тульская область")
YEARS = "Ранее Иван Петров в течение долгих восьми лет в самые трудные для всего региона годы "

# roles_s10_fields10: closed_period's windows, earlier's verb count and reach
FIELDS: dict[str, tuple[str, list[Row]]] = {
    # closed_period: "по" at most PERIOD_WORDS (4) words after "с"
    "period: 'по' the fourth word after 'с'": (
        f"{PETROV_SCHOOL}с сентября 1995 года по 2011 год.",
        [(*SCHOOL, "former")],
    ),
    "period: 'по' the fifth word after 'с'": (
        f"{PETROV_SCHOOL}с 1 сентября 1995 года по 2011 год.",
        [(*SCHOOL, "current")],
    ),
    # ... a year right after "с"
    "period: a year right after 'с'": (
        f"{PETROV_SCHOOL}с 1995 года по сентябрь 2011 года.",
        [(*SCHOOL, "former")],
    ),
    # ... no year between "с" and "по"
    "period: no year between 'с' and 'по'": (
        f"{PETROV_SCHOOL}с мая по сентябрь 2011 года.",
        [(*SCHOOL, "current")],
    ),
    # ... a year at most two words after "по"
    "period: a year right after 'по'": (
        f"{PETROV_SCHOOL}с 1995 по 2011 год.",
        [(*SCHOOL, "former")],
    ),
    "period: a year the second word after 'по'": (
        f"{PETROV_SCHOOL}с 1995 года по конец 2011 года.",
        [(*SCHOOL, "former")],
    ),
    "period: a year the third word after 'по'": (
        f"{PETROV_SCHOOL}с 1995 года по 1 сентября 2011 года.",
        [(*SCHOOL, "current")],
    ),
    "period: no year after 'по'": (
        f"{PETROV_SCHOOL}с 1995 года по 1 сентября.",
        [(*SCHOOL, "current")],
    ),
    # earlier: the copula is the clause's one finite verb
    "earlier: 'ранее', the copula alone": (
        "Ранее Иван Петров был губернатором Тульской области.",
        [(*TULA, "former")],
    ),
    "earlier: 'ранее', another finite verb before the copula": (
        "Ранее Иван Петров работал в банке и был губернатором Тульской области.",
        [(*TULA, "current")],
    ),
    # ... a verb of heading is the post: no other finite verb allowed
    "earlier: 'ранее' before a verb of heading": (
        "Ранее Алексей Миллер долго возглавлял Газпром.",
        [("Алексей Миллер", "глава", "возглавлял Газпром", "Газпром", "former")],
    ),
    # ... "ранее" at most EARLIER_REACH (20) tokens before the post
    "earlier: 'ранее' the twentieth token before the post": (
        f"{YEARS}больших перемен и реформ был губернатором Тульской области.",
        [(*TULA, "former")],
    ),
    "earlier: 'ранее' the twenty-first token before the post": (
        f"{YEARS}очень больших перемен и реформ был губернатором Тульской области.",
        [(*TULA, "current")],
    ),
}

# roles_s10_again10_headlines: named_first_after, first_verb, coordinated, joined_to_other
HEADLINES: dict[str, tuple[str, list[Row]]] = {
    # first_verb: the verb agrees with a masculine holder, the post's gender unmarked
    "first after: a masculine verb, a man named first": (
        f"{TOURIST}Программист готовился к полёту. {SIMONYI}",
        [("Чарльз Симони", "программист", "Программист", None, "current")],
    ),
}

CASES = {**HEADLINES, **FIELDS}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_mutants_s10b(parse, text, expected):
    assert rows(parse(text)) == expected

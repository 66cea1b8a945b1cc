"""Numbers (``grammars/numbers.py``): digits, number words, fractions, multipliers, qualifiers.

Tested through :func:`ruextract.facts.find_facts` (pure, no models): a news phrase and the
exact fact expected in it, as (text, kind, value, unit, qualifier, value_max). Each rule with a
bound or a condition has cases on both sides of it; these cases are what kills the mutants of
``benchmarks/mutation.py numbers``.
"""

from __future__ import annotations

import pytest

from ruextract.facts import find_facts
from ruextract.grammars.numbers import is_vague, words_value

# phrase, fact text, value, unit, qualifier, value_max
CASES = [
    # digits: thousands separators (space, no-break, thin space, two or more dots)
    ("выделит 1 500 000 рублей", "1 500 000 рублей", 1.5e6, "RUB", "exact", None),
    ("выделит 1\u00a0500\u00a0000 рублей", "1\u00a0500\u00a0000 рублей", 1.5e6, "RUB", "exact",
     None),
    ("выделит 1\u202f500\u202f000 рублей", "1\u202f500\u202f000 рублей", 1.5e6, "RUB", "exact",
     None),
    ("на сумму 2.500.000 рублей", "2.500.000 рублей", 2.5e6, "RUB", "exact", None),
    ("на сумму 12.345.678,9 рубля", "12.345.678,9 рубля", 12345678.9, "RUB", "exact", None),
    # one dot or comma is the decimal mark
    ("подорожал на 2.5 процента", "2.5 процента", 2.5, "%", "exact", None),
    ("подорожал на 2,5 процента", "2,5 процента", 2.5, "%", "exact", None),
    ("подорожал на 12,75 процента", "12,75 процента", 12.75, "%", "exact", None),
    # multipliers, abbreviated with and without a dot, and as words in every case
    ("выделят 3 млрд. рублей на ремонт", "3 млрд. рублей", 3e9, "RUB", "exact", None),
    ("выделят 3 млрд рублей на ремонт", "3 млрд рублей", 3e9, "RUB", "exact", None),
    ("выделят 4 млн. рублей на ремонт", "4 млн. рублей", 4e6, "RUB", "exact", None),
    ("выделят 7 тыс. рублей на ремонт", "7 тыс. рублей", 7e3, "RUB", "exact", None),
    ("долг 2 трлн. рублей", "2 трлн. рублей", 2e12, "RUB", "exact", None),
    ("долг в 2 триллиона рублей", "2 триллиона рублей", 2e12, "RUB", "exact", None),
    ("потратили 6 тысяч долларов", "6 тысяч долларов", 6e3, "USD", "exact", None),
    ("потратили 6 миллионов долларов", "6 миллионов долларов", 6e6, "USD", "exact", None),
    ("потратили 6 миллиардов долларов", "6 миллиардов долларов", 6e9, "USD", "exact", None),
    ("стоимостью миллиард долларов", "миллиард долларов", 1e9, "USD", "exact", None),
    ("собрали тысячу рублей", "тысячу рублей", 1e3, "RUB", "exact", None),
    # number words add up; forms pymorphy reads wrongly
    ("двадцать пять тысяч рублей", "двадцать пять тысяч рублей", 25e3, "RUB", "exact", None),
    ("триста сорок миллионов рублей", "триста сорок миллионов рублей", 340e6, "RUB", "exact",
     None),
    ("около сорока миллионов рублей", "около сорока миллионов рублей", 40e6, "RUB", "approx",
     None),
    ("свыше ста тысяч рублей", "свыше ста тысяч рублей", 1e5, "RUB", "more_than", None),
    ("полтораста тысяч рублей", "полтораста тысяч рублей", 150e3, "RUB", "exact", None),
    ("Полутора миллионов долларов", "Полутора миллионов долларов", 1.5e6, "USD", "exact", None),
    ("четырёх миллионов долларов", "четырёх миллионов долларов", 4e6, "USD", "exact", None),
    ("одиннадцать процентов", "одиннадцать процентов", 11.0, "%", "exact", None),
    ("девяносто девять процентов", "девяносто девять процентов", 99.0, "%", "exact", None),
    # fractions multiply what follows
    ("треть миллиарда долларов", "треть миллиарда долларов", 1e9 / 3, "USD", "exact", None),
    ("четверть миллиона рублей", "четверть миллиона рублей", 0.25e6, "RUB", "exact", None),
    ("половину миллиарда рублей", "половину миллиарда рублей", 0.5e9, "RUB", "exact", None),
    # qualifiers, with "чем" and a preposition
    ("более чем на 40%", "более чем на 40%", 40.0, "%", "more_than", None),
    ("меньше чем в 3 тысячи рублей", "меньше чем в 3 тысячи рублей", 3e3, "RUB", "less_than",
     None),
    ("приблизительно 5 млн рублей", "приблизительно 5 млн рублей", 5e6, "RUB", "approx", None),
    ("до 5 млн рублей", "до 5 млн рублей", 5e6, "RUB", "up_to", None),
    # ranges: the multiplier of the end applies to the start
    ("от 3 до 5 млн рублей", "от 3 до 5 млн рублей", 3e6, "RUB", "range", 5e6),
    ("от 2 тыс. до 3 млн рублей", "от 2 тыс. до 3 млн рублей", 2e3, "RUB", "range", 3e6),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit", "qualifier", "value_max"), CASES, ids=[c[0] for c in CASES]
)
def test_numbers_value_of_amount(text, surface, value, unit, qualifier, value_max):
    facts = find_facts(text)
    assert [(f.text, f.unit, f.qualifier) for f in facts] == [(surface, unit, qualifier)]
    assert facts[0].value == pytest.approx(value, rel=1e-12)
    assert facts[0].value_max == (None if value_max is None else pytest.approx(value_max))


# vague counts: the value is an order of magnitude (what follows "несколько" counts once);
# they are no facts (data/gold/facts.md), but the grammar reads them
CASES_VAGUE = [
    ("несколько", 1.0, True),
    ("сотни", 100.0, True),
    ("десятки", 10.0, True),
    ("пара", 2.0, True),
    ("несколько десятков", 10.0, True),
    ("несколько сот", 100.0, True),
    ("две сотни", 200.0, True),
    ("двадцать пять", 25.0, False),
    ("девяти", 9.0, False),
    ("четырёх", 4.0, False),
]


@pytest.mark.parametrize(("text", "value", "vague"), CASES_VAGUE, ids=[c[0] for c in CASES_VAGUE])
def test_numbers_vague_counts(text, value, vague):
    assert (words_value(text), is_vague(text)) == (pytest.approx(value), vague)


@pytest.mark.parametrize(
    "text", ["несколько миллионов долларов", "сотни тысяч рублей", "десятки тысяч человек"]
)
def test_numbers_vague_amounts_are_no_facts(text):
    assert find_facts(text) == []


CASES_KNOWN_GAPS = [
    # words_value reads a total of zero as "no number word" and returns 1
    ("ноль процентов", "ноль процентов", 0.0, "%", "exact", None),
]


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit", "qualifier", "value_max"),
    [pytest.param(*case, marks=pytest.mark.xfail(strict=True)) for case in CASES_KNOWN_GAPS],
    ids=[c[0] for c in CASES_KNOWN_GAPS],
)
def test_numbers_known_gaps(text, surface, value, unit, qualifier, value_max):
    test_numbers_value_of_amount(text, surface, value, unit, qualifier, value_max)


def test_numbers_multiplier_abbreviation_with_dot_is_found():
    """Planted bug: "3 млрд. рублей" (a multiplier with its dot) was no longer found."""
    (fact,) = find_facts("Власти выделят 3 млрд. рублей на ремонт дорог.")
    assert (fact.text, fact.value, fact.unit) == ("3 млрд. рублей", 3e9, "RUB")


def test_numbers_third_is_one_third():
    """Planted bug: "треть" counted as 0.3."""
    (fact,) = find_facts("Проект обошёлся в треть миллиарда долларов.")
    assert fact.value == pytest.approx(1e9 / 3, rel=1e-12)
    assert fact.value != pytest.approx(0.3e9, rel=1e-3)

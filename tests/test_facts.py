"""Numeric facts: the grammars (pure ``find_facts``) and the pipeline component (subject, period).

A case is a news phrase and the one fact expected in it: (text, value, unit, qualifier,
value_max), or the fact's surface text where the span matters.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ruextract.facts import find_facts
from ruextract.grammars.numbers import parse_digits, words_value

SEED = Path(__file__).resolve().parents[1] / "data" / "raw" / "000_a1ea925e5c1963ce.txt"

# phrase, kind, value, unit, qualifier, value_max
CASES = [
    # money: digits, separators, multipliers
    ("составил 21,4 миллиарда долларов", "money", 21.4e9, "USD", "exact", None),
    ("выплатить 80,3\u00a0млн долларов", "money", 80.3e6, "USD", "exact", None),
    ("на сумму 1.844.036.360,12 руб.", "money", 1844036360.12, "RUB", "exact", None),
    ("стоило 480 000 долларов", "money", 480000.0, "USD", "exact", None),
    ("ущерб\u00a0— 700\u00a0000 долларов", "money", 700000.0, "USD", "exact", None),
    ("выручка 5,3млн руб.", "money", 5.3e6, "RUB", "exact", None),
    ("составят около 2,2\u00a0трлн руб.", "money", 2.2e12, "RUB", "approx", None),
    ("в размере 1 млн рублей", "money", 1e6, "RUB", "exact", None),
    ("оценивалось в 7,8 млрд долл.", "money", 7.8e9, "USD", "exact", None),
    ("штраф в 5000 рублей", "money", 5000.0, "RUB", "exact", None),
    ("составит 702 миллиона рубля", "money", 702e6, "RUB", "exact", None),
    # money: number words
    ("не сумел привлечь два миллиарда рублей", "money", 2e9, "RUB", "exact", None),
    ("бюджет в девять миллионов долларов", "money", 9e6, "USD", "exact", None),
    ("свыше ста миллионов рублей", "money", 100e6, "RUB", "more_than", None),
    ("обошлось в четверть миллиарда долларов", "money", 0.25e9, "USD", "exact", None),
    ("задолжала полтора миллиона долларов", "money", 1.5e6, "USD", "exact", None),
    ("равняется почти семи миллиардам долларов", "money", 7e9, "USD", "approx", None),
    ("урон на сумму несколько сотен тысяч долларов", "money", 1e5, "USD", "approx", None),
    ("стоимостью миллион долларов", "money", 1e6, "USD", "exact", None),
    # money: symbols, prefix and suffix
    ("Цукерберг вложит $3,3 млрд в проект", "money", 3.3e9, "USD", "exact", None),
    ("за £22 млн", "money", 22e6, "GBP", "exact", None),
    ("или около $27.5 млн", "money", 27.5e6, "USD", "approx", None),
    ("цена 350 €", "money", 350.0, "EUR", "exact", None),
    ("стоит 990 ₽", "money", 990.0, "RUB", "exact", None),
    ("более $27 млн от «Ромы»", "money", 27e6, "USD", "more_than", None),
    # money: currencies and their adjectives, every case
    ("предлагал 100\u00a0млн гонконгских долларов", "money", 100e6, "HKD", "exact", None),
    ("составили 3,04\u00a0млрд долларов США", "money", 3.04e9, "USD", "exact", None),
    ("премии составляет 6 миллионов норвежских крон", "money", 6e6, "NOK", "exact", None),
    ("награду в 9 млн шведских крон", "money", 9e6, "SEK", "exact", None),
    ("собрал больше 30 миллионов фунтов стерлингов", "money", 30e6, "GBP", "more_than", None),
    ("получала до 750 тысяч юаней", "money", 750e3, "CNY", "up_to", None),
    ("кредит в 500 млрд иен", "money", 500e9, "JPY", "exact", None),
    ("бюджет 2 трлн тенге", "money", 2e12, "KZT", "exact", None),
    ("выделит 300 млн гривен", "money", 300e6, "UAH", "exact", None),
    ("продана за 140 тысяч евро", "money", 140e3, "EUR", "exact", None),
    ("залог в размере 125 миллионов евро", "money", 125e6, "EUR", "exact", None),
    ("со 100-долларовой купюры", "money", 100.0, "USD", "exact", None),
    # money: ranges and qualifiers
    ("штрафовать на суммы от 3 тыс. до 5 тыс. рублей", "money", 3e3, "RUB", "range", 5e3),
    ("в размере от 3 до 5 тысяч рублей", "money", 3e3, "RUB", "range", 5e3),
    ("от четырех до пяти тысяч рублей", "money", 4e3, "RUB", "range", 5e3),
    ("50-70\u00a0млн рублей город получал", "money", 50e6, "RUB", "range", 70e6),
    ("оценивали гитару в 200—300 тысяч долларов США", "money", 200e3, "USD", "range", 300e3),
    ("ущерб составил более 45 тысяч рублей", "money", 45e3, "RUB", "more_than", None),
    ("примерно 3,4\u00a0млн долларов", "money", 3.4e6, "USD", "approx", None),
    ("порядка 10 млн евро", "money", 10e6, "EUR", "approx", None),
    ("менее 100 тысяч рублей", "money", 100e3, "RUB", "less_than", None),
    # percent
    ("В штате Колорадо 65\u00a0% избирателей", "percent", 65.0, "%", "exact", None),
    ("акции Bayer упали более чем на 40\u00a0%", "percent", 40.0, "%", "more_than", None),
    ("принадлежит около 40 процентов акций", "percent", 40.0, "%", "approx", None),
    ("получили 52,3 процента голосов", "percent", 52.3, "%", "exact", None),
    ("менее одного процента", "percent", 1.0, "%", "less_than", None),
    ("на сто процентов", "percent", 100.0, "%", "exact", None),
    ("поддержали от 38–56% опрошенных", "percent", 38.0, "%", "range", 56.0),
    ("ставка выросла на 2 п.п.", "percent", 2.0, "p.p.", "exact", None),
    ("снизилась на 0,5 процентного пункта", "percent", 0.5, "p.p.", "exact", None),
    ("ожидает 70-процентное увеличение выручки", "percent", 70.0, "%", "exact", None),
    ("инфляция до 2\u00a0%", "percent", 2.0, "%", "up_to", None),
    # quantities: counted nouns and measures
    ("включающую в себя свыше 300 договоров и соглашений", "quantity", 300.0, "договор",
     "more_than", None),
    ("погибли 20 человек", "quantity", 20.0, "человек", "exact", None),
    ("эвакуировали около 5 тысяч жителей", "quantity", 5e3, "житель", "approx", None),
    ("протяженностью 120 км", "quantity", 120.0, "km", "exact", None),
    ("добыча около 1,5 млн баррелей в сутки", "quantity", 1.5e6, "bbl", "approx", None),
    ("урожай 5 тыс. тонн", "quantity", 5e3, "t", "exact", None),
    ("площадью 3,5 кв. км", "quantity", 3.5, "km2", "exact", None),
    ("на площади 200 га", "quantity", 200.0, "ha", "exact", None),
    ("мощностью 1200 МВт", "quantity", 1200.0, "MW", "exact", None),
    ("пострадали сотни тысяч человек", "quantity", 1e5, "человек", "approx", None),
    ("от 3 до 5 км", "quantity", 3.0, "km", "range", 5.0),
]  # fmt: skip

CASES_MUST_NOT_MATCH = [
    # a number before a preposition, conjunction or abbreviation counts nothing
    "Перес скончался в 3:40 по местному времени.",
    "Трагедия произошла в лифте дома 121 по улице Челюскинцев.",
    "Возбуждено уголовное дело по ч. 2 ст. 285 УК России.",
    "Они осуждены на 20 и 10 лет соответственно.",
    # a multiplier is no counted noun: "75 млн" is not 75 of something called "млн"
    "Долг составил 3 млрд и 75 млн набежавших процентов.",
    "Товарооборот за 10 месяцев 2023 года вырос",
    "в этом году исполняется 225 лет со дня рождения",
    "За прошедшие 30 лет мы выстроили",
    "60-летний мужчина",
    "5 июня 2016 года",
    "занял 2 место",
    "в 3 раза больше",
    "между двумя странами",
    "главы двух государств",
    "1. Россия",
    "в 2018 году",
    "к 2030 г.",
    "голосов[https://www.change.org/p/%D0%BE%D1%82%D0%BC%D0%B5",
]

# (text, expected fact text) — the span the grammar should cover
CASES_SPANS = [
    ("Товарооборот составил 21,4 миллиарда долларов.", "21,4 миллиарда долларов"),
    ("получила до 750 тысяч юаней (113 тысяч долларов).", "до 750 тысяч юаней"),
    ("штраф в размере от 3 до 5 тысяч рублей.", "от 3 до 5 тысяч рублей"),
    ("и 100\u00a0млн гонконгских долларов (12,8", "100\u00a0млн гонконгских долларов"),
    ("За него готовы отдать голоса примерно 40% избирателей", "примерно 40%"),
    # the full stop after a whole unit word ends the sentence; after "т" it abbreviates
    ("Урожай зерновых составил около 142 млн тонн.", "около 142 млн тонн"),
    ("Отгружено 50 тыс. т. нефти", "50 тыс. т."),
]

CASES_KNOWN_GAPS = [
    # the currency comes earlier in the sentence
    ("из кредитов на 17 миллиардов рублей 12 миллиардов приходится", "money", 12e9, "RUB"),
    # "$635,000": a comma before three digits is read as a decimal comma
    ("продана на Christie’s за $635,000", "money", 635000.0, "USD"),
    # cents are not a currency of their own
    ("изменил её на один цент", "money", 0.01, "USD"),
]


def case_id(case: tuple) -> str:
    return case[0][:40]


def only_fact(text: str):
    facts = find_facts(text)
    assert len(facts) == 1, facts
    return facts[0]


@pytest.mark.parametrize(("text", "kind", "value", "unit", "qualifier", "value_max"), CASES,
                         ids=[case_id(c) for c in CASES])  # fmt: skip
def test_facts_grammar_value_unit_qualifier(text, kind, value, unit, qualifier, value_max):
    fact = only_fact(text)
    assert (fact.kind, fact.unit, fact.qualifier) == (kind, unit, qualifier)
    assert fact.value == pytest.approx(value)
    if value_max is None:
        assert fact.value_max is None
    else:
        assert fact.value_max == pytest.approx(value_max)
    assert text[fact.start : fact.stop] == fact.text


@pytest.mark.parametrize("text", CASES_MUST_NOT_MATCH)
def test_facts_grammar_must_not_match(text):
    assert find_facts(text) == []


@pytest.mark.parametrize(("text", "span"), CASES_SPANS, ids=[c[1] for c in CASES_SPANS])
def test_facts_span_covers_amount_and_currency(text, span):
    assert [fact.text for fact in find_facts(text)][:1] == [span]


@pytest.mark.parametrize(
    ("text", "kind", "value", "unit"),
    [pytest.param(*case, marks=pytest.mark.xfail(strict=True)) for case in CASES_KNOWN_GAPS],
    ids=[case_id(c) for c in CASES_KNOWN_GAPS],
)
def test_facts_known_gaps(text, kind, value, unit):
    facts = [f for f in find_facts(text) if f.kind == kind and f.unit == unit]
    assert [f.value for f in facts] == [pytest.approx(value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [("1 844 036", 1844036.0), ("1.844.036.360,12", 1844036360.12), ("21,4", 21.4),
     ("27.5", 27.5), ("5\u00a0171\u00a0666", 5171666.0)],
)  # fmt: skip
def test_numbers_parse_digits(text, value):
    assert parse_digits(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [("двести пятьдесят", 250.0), ("несколько сотен", 100.0), ("ста", 100.0),
     ("полутора", 1.5), ("девяти", 9.0)],
)  # fmt: skip
def test_numbers_words_value(text, value):
    assert words_value(text) == pytest.approx(value)


# ---------------------------------------------------------------------------
# the pipeline component: subject, period, dates
# ---------------------------------------------------------------------------

SEED_SENTENCE = (
    "Президент отметил, что Россия является одним из основных торгово-экономических партнеров "
    "Казахстана. Товарооборот между двумя странами за 10 месяцев 2023 года составил 21,4 "
    "миллиарда долларов."
)


def test_facts_seed_row_subject_and_period(parse):
    doc = parse(SEED_SENTENCE, "2024-01-03")
    facts = [span._.fact for span in doc.spans["facts"]]
    assert [(f.text, f.kind, f.value, f.unit, f.qualifier, f.subject) for f in facts] == [
        ("21,4 миллиарда долларов", "money", 21400000000.0, "USD", "exact", "товарооборот")
    ]
    # the dates stage gives the period: a lost period is a failure, not a skip
    assert [span.text for span in doc.spans["dates"]] == ["за 10 месяцев 2023 года"]
    assert (facts[0].period_start, facts[0].period_end) == (date(2023, 1, 1), date(2023, 10, 31))


def test_facts_seed_article(parse):
    text = SEED.read_text(encoding="utf-8")
    text = text.split(" ", 2)[2] if text.startswith("date ") else text
    doc = parse(text, "2024-01-03")
    rows = [
        (f.text, f.kind, f.value, f.unit, f.qualifier)
        for f in (span._.fact for span in doc.spans["facts"])
    ]
    assert rows == [
        ("свыше 300 договоров", "quantity", 300.0, "договор", "more_than"),
        ("21,4 миллиарда долларов", "money", 21400000000.0, "USD", "exact"),
    ]
    for span in doc.spans["facts"]:
        fact = span._.fact
        assert doc.text[fact.start : fact.stop] == fact.text == span.text
        assert span.label_ == fact.kind


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Семья решила выкупить дом стоимостью 8,1 миллиона долларов.", "стоимость"),
        ("Доходы Твиттера составили 3,04 млрд долларов США.", "доход"),
        ("Прибыль компании выросла на 20 процентов.", "прибыль"),
        ("Банк России сохранил ключевую ставку на уровне 16% годовых.", "ставка"),
        ("Инфляция в январе замедлилась до 7,4%.", "инфляция"),
        ("Россия поставила в Узбекистан около 3,5 млрд кубометров газа.", "газ"),
        ("Ходжаев рассчитывает довести импорт до 11 млрд кубометров.", "импорт"),
        ("Урожай зерновых составил около 142 млн тонн.", "урожай"),
        ("Экспорт российской пшеницы может достичь 50 млн тонн.", "экспорт"),
        # the actor of a verb that is no verb of measure is not what is measured
        ("Правительство направит порядка 300 млрд рублей.", None),
        ("Египет закупит не менее 10 млн тонн.", None),
    ],
)
def test_facts_subject_from_syntax(parse, text, subject):
    doc = parse(text, "2024-01-03")
    assert [span._.fact.subject for span in doc.spans["facts"]] == [subject]


def test_facts_subject_of_coordinated_verbs_is_shared(parse):
    doc = parse("Товарооборот вырос на 1,9% и достиг 96,5 млрд долларов.", "2024-07-05")
    facts = [(span.text, span._.fact.subject) for span in doc.spans["facts"]]
    assert facts == [("1,9%", "товарооборот"), ("96,5 млрд долларов", "товарооборот")]

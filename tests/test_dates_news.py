"""Dates on real news, round 3: families found in the tune articles of the date gold.

Each family has the cases it fixes and the cases that must not change (the other side of its
condition).
"""

from __future__ import annotations

from datetime import date

import pytest

from ruextract.dates import find_dates

D = date.fromisoformat
PAST = "Past"

# (article date, text, tense, expected text, value_start, value_end, granularity)
CASES_VALUES = {
    # a month adjective names a month already past, whatever the verb says
    "month_adjective_goes_back_from_the_article": (
        "2013-03-11",
        "11 марта 2013 года один из обвиняемых в декабрьском изнасиловании покончил с собой.",
        PAST,
        "в декабрьском",
        "2012-12-01",
        "2012-12-31",
        "month",
    ),
    "month_adjective_goes_back_even_in_the_future": (
        "2013-03-11",
        "Суд над обвиняемыми в декабрьском нападении начнётся завтра.",
        "Fut",
        "в декабрьском",
        "2012-12-01",
        "2012-12-31",
        "month",
    ),
    # must not change: the article's own month, and a year named apart from the article's
    "month_adjective_of_the_article_month": (
        "2013-12-20",
        "Подробности — в декабрьском номере журнала.",
        None,
        "в декабрьском",
        "2013-12-01",
        "2013-12-31",
        "month",
    ),
    "month_adjective_takes_a_named_year": (
        "2013-03-11",
        "В 2010 году декабрьские выборы прошли спокойно.",
        PAST,
        "декабрьские",
        "2010-12-01",
        "2010-12-31",
        "month",
    ),
    # "накануне" alone is the day before the article date; "накануне выборов" is not
    "eve_alone_is_the_day_before": (
        "2013-04-07",
        "Жанна прибыла в больницу накануне, как и было запланировано.",
        PAST,
        "накануне",
        "2013-04-06",
        "2013-04-06",
        "day",
    ),
    "eve_alone_before_a_conjunction": (
        "2013-04-07",
        "Жанна прибыла в больницу накануне как и было запланировано.",
        PAST,
        "накануне",
        "2013-04-06",
        "2013-04-06",
        "day",
    ),
    "eve_of_an_event_has_no_value": (
        "2013-04-07",
        "Накануне выборов он уехал из страны.",
        PAST,
        "Накануне",
        None,
        None,
        "day",
    ),
    "eve_of_ones_own_has_no_value": (
        "2013-04-07",
        "Накануне своего юбилея он дал интервью.",
        PAST,
        "Накануне",
        None,
        None,
        "day",
    ),
    "eve_without_article_date_has_no_value": (
        None,
        "Жанна прибыла в больницу накануне, как и было запланировано.",
        PAST,
        "накануне",
        None,
        None,
        "day",
    ),
    # "того года" is the year just named; "годом ранее / позже" one year from it
    "that_year_is_the_year_named": (
        None,
        "В 1994 году его фильм получил «Оскар», а Спилберг стал лучшим режиссёром того года.",
        PAST,
        "того года",
        "1994-01-01",
        "1994-12-31",
        "year",
    ),
    "that_same_year_is_the_year_named": (
        None,
        "Фильм вышел в 1994 году. Премьера того же года собрала рекорд.",
        PAST,
        "того же года",
        "1994-01-01",
        "1994-12-31",
        "year",
    ),
    "that_year_without_a_year_named": (
        "2013-02-28",
        "Он стал лучшим режиссёром того года.",
        PAST,
        "того года",
        None,
        None,
        "year",
    ),
    "a_year_earlier": (
        None,
        "В 2011 году этот пост занимал Роберт Де Ниро, а годом ранее — Тим Бёртон.",
        PAST,
        "годом ранее",
        "2010-01-01",
        "2010-12-31",
        "year",
    ),
    "a_year_later": (
        None,
        "В 2011 году этот пост занимал Роберт Де Ниро, а годом позже — Нанни Моретти.",
        PAST,
        "годом позже",
        "2012-01-01",
        "2012-12-31",
        "year",
    ),
    "a_year_earlier_without_a_year_named": (
        "2013-02-28",
        "Годом ранее этот пост занимал Тим Бёртон.",
        PAST,
        "Годом ранее",
        None,
        None,
        "year",
    ),
    "at_various_times": (
        "2016-06-05",
        "В разное время играл в Театре имени Ермоловой.",
        PAST,
        "В разное время",
        None,
        None,
        "period",
    ),
}


@pytest.mark.parametrize(
    ("article", "text", "tense", "surface", "value_start", "value_end", "granularity"),
    list(CASES_VALUES.values()),
    ids=list(CASES_VALUES),
)
def test_dates_news_values(article, text, tense, surface, value_start, value_end, granularity):
    found = [
        value
        for value in find_dates(text, D(article) if article else None, lambda *_: tense)
        if value.text == surface
    ]
    assert len(found) == 1, find_dates(text, D(article) if article else None)
    (value,) = found
    assert text[value.start : value.stop] == surface
    assert (value.value_start, value.value_end, value.granularity) == (
        D(value_start) if value_start else None,
        D(value_end) if value_end else None,
        granularity,
    )


# (text, the texts of the dates found, each a duration unless listed in CASES_VALUES)
CASES_LENGTHS = {
    # hours are a length after a comparison, or with minutes
    "hours_after_more_than": ("Студентку насиловали более двух часов.", ["более двух часов"]),
    "hours_after_almost": ("Переговоры длились почти 12 часов.", ["почти 12 часов"]),
    "hours_and_minutes": (
        "Она провела в открытом космосе 53 часа 22 минуты.",
        ["53 часа 22 минуты"],
    ),
    # must not match: times of day
    "about_two_oclock_is_a_time": ("Пожар начался около двух часов ночи.", []),
    "hour_and_minutes_after_at": ("Встреча началась в 10 часов 30 минут.", []),
    "hour_and_minutes_of_the_night": ("Часы показывали 2 часа 15 минут ночи.", []),
    "hours_later_are_a_time": ("Корабль пристыковался к МКС через 6 часов.", []),
    # "дневной" alone is "daytime"; after a number it is a length
    "daytime_in_a_title": ("Жанна снималась в фильмах «Ночной дозор» и «Дневной дозор».", []),
    "days_after_a_number": ("Власти ввели 30-дневный карантин.", ["30-дневный"]),
    "days_in_a_numeral_word": ("Суд назначил ему трёхдневный арест.", ["трёхдневный"]),
    # an adjective between the amount and the unit
    "following_years": ("Два последующих года он скрывался за границей.", ["Два последующих года"]),
    "next_days": ("Три следующих дня шёл дождь.", ["Три следующих дня"]),
    "counted_months": ("Ему осталось жить считанные месяцы.", ["считанные месяцы"]),
    # a term of years with an adjective before its noun; an age stays out
    "term_with_an_adjective": (
        "Его новый шестилетний президентский срок начнётся в январе 2013 года.",
        ["шестилетний президентский срок", "в январе 2013 года"],
    ),
    "term_without_an_adjective": ("Ему дали шестилетний срок.", ["шестилетний срок"]),
    "age_adjective_stays_out": ("Шестилетний мальчик пропал в лесу.", []),
    "age_adjective_before_an_adjective": ("Шестилетний московский школьник победил.", []),
}


@pytest.mark.parametrize(("text", "texts"), list(CASES_LENGTHS.values()), ids=list(CASES_LENGTHS))
def test_dates_news_lengths(text, texts):
    found = find_dates(text, D("2013-03-11"))
    assert [value.text for value in found] == texts
    for value in found:
        if value.text != "в январе 2013 года":
            assert (value.value_start, value.value_end, value.granularity) == (
                None,
                None,
                "duration",
            )

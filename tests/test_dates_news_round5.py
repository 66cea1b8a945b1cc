"""Dates on real news, round 5: the families of the studied held-out draw 8 and last round's
left-overs (a range of weekdays, years before our era).

Each family has the cases it fixes and the cases on the other side of its condition, which must
not change.
"""

from __future__ import annotations

from datetime import date

import pytest

from ruextract.dates import find_dates

D = date.fromisoformat
PAST, FUT = "Past", "Fut"

# (article date, text, tense, expected text, value_start, value_end, granularity)
CASES = {
    # a relative adjective agrees with its unit noun: "этом" of "об этом" is no "этот месяц"
    "about_it_a_month_ago": (
        "2013-02-01",
        "Мать узнала об этом месяц назад, но никому не сказала.",
        PAST,
        "месяц назад",
        "2013-01-01",
        "2013-01-31",
        "month",
    ),
    "about_it_a_year_ago": (
        "2013-02-01",
        "Он рассказал об этом год назад.",
        PAST,
        "год назад",
        "2012-01-01",
        "2012-12-31",
        "year",
    ),
    "about_it_a_week_ago": (
        "2013-02-01",
        "Министр сообщил об этом неделю назад.",
        PAST,
        "неделю назад",
        "2013-01-25",
        "2013-01-25",
        "day",
    ),
    # must not change: the adjective and its noun in one case, the noun's locative in -у too
    "this_month_locative": (
        "2013-02-01",
        "В этом месяце завод закрыли.",
        PAST,
        "В этом месяце",
        "2013-02-01",
        "2013-02-28",
        "month",
    ),
    "last_year_second_locative": (
        "2013-02-01",
        "В прошлом году завод закрыли.",
        PAST,
        "В прошлом году",
        "2012-01-01",
        "2012-12-31",
        "year",
    ),
    "next_year_dative": (
        "2013-02-01",
        "К следующему году завод построят.",
        FUT,
        "К следующему году",
        "2014-01-01",
        "2014-12-31",
        "year",
    ),
    "last_year_nominative": (
        "2013-02-01",
        "Прошлый год был трудным.",
        PAST,
        "Прошлый год",
        "2012-01-01",
        "2012-12-31",
        "year",
    ),
    "last_week_locative": (
        "2013-02-01",
        "На прошлой неделе завод закрыли.",
        PAST,
        "На прошлой неделе",
        "2013-01-21",
        "2013-01-27",
        "week",
    ),
    "month_of_last_year_genitive": (
        "2013-02-01",
        "Завод закрыли в декабре прошлого года.",
        PAST,
        "в декабре прошлого года",
        "2012-12-01",
        "2012-12-31",
        "month",
    ),
    "end_of_last_year_genitive": (
        "2013-02-01",
        "Завод работал до конца прошлого года.",
        PAST,
        "до конца прошлого года",
        None,
        "2012-12-31",
        "period",
    ),
    # the last or next units: a length with a number, vague without one
    "next_thirty_days": (
        "2013-01-10",
        "Необходимо провести новые выборы в ближайшие 30 дней.",
        FUT,
        "в ближайшие 30 дней",
        None,
        None,
        "duration",
    ),
    "next_two_years_in_words": (
        "2013-01-10",
        "Генсек на ближайшие два года будет назначен по алфавиту.",
        FUT,
        "на ближайшие два года",
        None,
        None,
        "duration",
    ),
    "last_half_year": (
        "2013-01-10",
        "Последние полгода он работал на радио «Маяк».",
        PAST,
        "Последние полгода",
        None,
        None,
        "duration",
    ),
    "last_months_of_pregnancy": (
        "2013-04-07",
        "Сестра была с ней в США последние месяцы её беременности.",
        PAST,
        "последние месяцы",
        None,
        None,
        "month",
    ),
    "in_the_last_weeks": (
        "2013-04-07",
        "В последние недели цены росли.",
        PAST,
        "В последние недели",
        None,
        None,
        "week",
    ),
    # must not change: "за последние …" is a length, "ближайшие выходные" a weekend
    "over_the_last_ten_years": (
        "2013-04-07",
        "За последние 10 лет город вырос.",
        PAST,
        "За последние 10 лет",
        None,
        None,
        "duration",
    ),
    "over_the_last_years": (
        "2013-04-07",
        "За последние годы город вырос.",
        PAST,
        "За последние годы",
        None,
        None,
        "duration",
    ),
    "next_weekend": (
        "2013-02-01",
        "В ближайшие выходные он уедет.",
        FUT,
        "В ближайшие выходные",
        "2013-02-02",
        "2013-02-03",
        "period",
    ),
    # a year before our era has no value (an ISO date holds no year before 1), nor does a
    # month that would take it
    "year_before_our_era": (
        None,
        "В 44 году до нашей эры Цезарь был убит.",
        PAST,
        "В 44 году до нашей эры",
        None,
        None,
        "year",
    ),
    "year_before_our_era_abbreviated": (
        None,
        "Город основан в 300 г. до н. э. греками.",
        PAST,
        "в 300 г. до н. э.",
        None,
        None,
        "year",
    ),
    "century_before_our_era": (
        None,
        "Храм построен в III веке до н.э. на холме.",
        PAST,
        "в III веке",
        None,
        None,
        "century",
    ),
    "long_year_before_our_era": (
        None,
        "Город основан в 500 году до н. э. греками.",
        PAST,
        "в 500 году до н. э.",
        None,
        None,
        "year",
    ),
    "month_after_a_year_before_our_era": (
        None,
        "В 44 году до н. э. был убит Цезарь. В марте его похоронили.",
        PAST,
        "В марте",
        None,
        None,
        "month",
    ),
    # must not change: "до" that names no era
    "year_before_a_start": (
        None,
        "В 1500 году до начала войны город вырос.",
        PAST,
        "В 1500 году",
        "1500-01-01",
        "1500-12-31",
        "year",
    ),
    "month_after_a_year_of_ours": (
        None,
        "В 2012 году был убит посол. В марте его похоронили.",
        PAST,
        "В марте",
        "2012-03-01",
        "2012-03-31",
        "month",
    ),
    # the era is looked for right after the expression only, not anywhere later in the text
    "year_before_a_later_era": (
        None,
        "В 2012 году нашли монету, отчеканенную в 300 году до н. э.",
        PAST,
        "В 2012 году",
        "2012-01-01",
        "2012-12-31",
        "year",
    ),
    # the nearest year of the sentence before, not its first
    "nearest_year_of_the_sentence_before": (
        None,
        "В 2010 году он уехал, а в 2012 году вернулся. В мае он женился.",
        PAST,
        "В мае",
        "2012-05-01",
        "2012-05-31",
        "month",
    ),
    # only a month alone of "этого года" takes the year of the same month named before; a
    # range from it does not
    "since_a_month_of_this_year_undated": (
        None,
        "В октябре 2012 года Чавес победил. Цены растут с октября этого года.",
        PAST,
        "с октября этого года",
        None,
        None,
        "period",
    ),
    # a range of weekdays is one expression: the last one over in the past tense (2013-01-30
    # is a Wednesday), the next one in the future, none for a habit
    "weekdays_past": (
        "2013-01-30",
        "Магазины работали с понедельника по пятницу.",
        PAST,
        "с понедельника по пятницу",
        "2013-01-21",
        "2013-01-25",
        "period",
    ),
    "weekdays_past_on_the_last_day": (
        "2013-02-01",
        "Магазины работали с понедельника по пятницу.",
        PAST,
        "с понедельника по пятницу",
        "2013-01-28",
        "2013-02-01",
        "period",
    ),
    "weekdays_future": (
        "2013-01-30",
        "Магазины будут работать с понедельника по пятницу.",
        FUT,
        "с понедельника по пятницу",
        "2013-02-04",
        "2013-02-08",
        "period",
    ),
    "weekdays_future_from_the_day": (
        "2013-01-28",
        "Магазины будут работать с понедельника до среды.",
        FUT,
        "с понедельника до среды",
        "2013-01-28",
        "2013-01-30",
        "period",
    ),
    "weekdays_over_the_weekend": (
        "2013-01-30",
        "Выставка работала с пятницы по вторник.",
        PAST,
        "с пятницы по вторник",
        "2013-01-25",
        "2013-01-29",
        "period",
    ),
    "weekdays_habit": (
        "2013-01-30",
        "Магазины работают с понедельника по пятницу.",
        "Pres",
        "с понедельника по пятницу",
        None,
        None,
        "period",
    ),
    "weekdays_undated": (
        None,
        "Магазины работали с понедельника по пятницу.",
        PAST,
        "с понедельника по пятницу",
        None,
        None,
        "period",
    ),
    # a day in lower case after "на улицу" is a date ("выйти на улицу": go out to protest)
    "out_on_the_street_on_a_day": (
        "2013-01-10",
        "Что будет, если оппозиция призовет людей выйти на улицу 10 января?",
        FUT,
        "10 января",
        "2013-01-10",
        "2013-01-10",
        "day",
    ),
    # in an undated article a month of "этого года" is the same month named before with its
    # year; not another month, nor in a dated article
    "same_month_of_this_year_undated": (
        None,
        "В октябре 2012 года Чавес победил. Партия пришла к власти. Явка ниже, чем на "
        "выборах в октябре этого года.",
        PAST,
        "в октябре этого года",
        "2012-10-01",
        "2012-10-31",
        "month",
    ),
    "other_month_of_this_year_undated": (
        None,
        "В октябре 2012 года Чавес победил. Выборы пройдут в марте этого года.",
        FUT,
        "в марте этого года",
        None,
        None,
        "month",
    ),
    "same_month_of_this_year_dated": (
        "2013-02-01",
        "В октябре 2012 года Чавес победил. Явка ниже, чем в октябре этого года.",
        PAST,
        "в октябре этого года",
        "2013-10-01",
        "2013-10-31",
        "month",
    ),
    "same_month_of_last_year_undated": (
        None,
        "В октябре 2012 года Чавес победил. Явка ниже, чем в октябре прошлого года.",
        PAST,
        "в октябре прошлого года",
        None,
        None,
        "month",
    ),
    # "с того дня" is an open range from a day the text does not give; not "в тот же день"
    "since_that_day": (
        None,
        "«С того дня мэры, руководители больниц, полиция стали работать вместе».",
        PAST,
        "С того дня",
        None,
        None,
        "period",
    ),
    "since_that_time": (
        None,
        "С этого времени цены росли.",
        PAST,
        "С этого времени",
        None,
        None,
        "period",
    ),
    "that_same_day": (
        None,
        "В тот же день он уехал.",
        PAST,
        "В тот же день",
        None,
        None,
        "day",
    ),
    # a year joined by a hyphen to a name is the year of that edition
    "edition_year_in_quotes": (
        None,
        "Заместитель главного судьи «Олимпийских надежд-2009» ответил.",
        PAST,
        "2009",
        "2009-01-01",
        "2009-12-31",
        "year",
    ),
}


@pytest.mark.parametrize(
    ("article", "text", "tense", "surface", "value_start", "value_end", "granularity"),
    list(CASES.values()),
    ids=list(CASES),
)
def test_dates_round5_values(article, text, tense, surface, value_start, value_end, granularity):
    article_date = D(article) if article else None
    found = [
        value for value in find_dates(text, article_date, lambda *_: tense) if value.text == surface
    ]
    assert len(found) == 1, find_dates(text, article_date, lambda *_: tense)
    (value,) = found
    assert text[value.start : value.stop] == surface
    assert (value.value_start, value.value_end, value.granularity) == (
        D(value_start) if value_start else None,
        D(value_end) if value_end else None,
        granularity,
    )


# (text, the texts of the dates found)
CASES_FOUND = {
    # a year joined by a hyphen to a name in quotes; not two digits («Самбо-70»: a school)
    "edition_year_ends_a_title": ("Она стала «Мисс Россия-2017» в Москве.", ["2017"]),
    "edition_year_without_quotes": ("Чемпионка Сочи-2014 Юлия выступила.", ["2014"]),
    "edition_year_after_a_no_break_hyphen": (
        "Она стала «Мисс Россия\u20112017» в Москве.",
        ["2017"],
    ),
    "two_digits_after_a_hyphen": ("Он учился в школе «Самбо-70» в Москве.", []),
    "virus_name": ("Он переболел COVID-19 весной.", ["весной"]),
    # must not change: a title that is only a date, a short title ending in one
    "short_title_ending_in_a_date": ("Он возглавил агентство «Россия сегодня».", []),
    "title_only_a_date": ("Он снимался в фильме «31 июня».", []),
    "quoted_year_after_a_space": ("Он выиграл турнир «Кубок 2009».", []),
    # a street named by a date writes its month capitalised; a lower-case month is a date
    "street_named_by_a_day": ("Он жил на улице 8 Марта в Самаре.", []),
    "square_named_by_a_day": ("Митинг прошёл на площади 9 Января.", []),
    "street_named_by_a_year": ("Он жил на улице 1905 года в Москве.", []),
    "out_on_the_street_on_a_day": ("Люди вышли на улицу 10 января.", ["10 января"]),
    "on_the_square_on_a_day": ("На площади 12 июня прошёл митинг.", ["12 июня"]),
    # an indeclinable name after a person in the dative: the years are an age
    "age_of_a_name_after_a_dative_noun": (
        "Бывшему водителю автобуса и профсоюзному активисту Мадуро 50 лет.",
        [],
    ),
    "age_of_an_indeclinable_name": ("Певице Келли 52 года.", []),
    # must not change: a declined name in another case after a person in the dative
    "term_after_a_dative_noun_and_a_genitive_name": (
        "Суд назначил сыну Петрова 5 лет колонии.",
        ["5 лет"],
    ),
    # must not change: the name after a nominative noun, or a subject that only may be
    # indeclinable, spends the years
    "years_after_a_nominative_noun": (
        "Профсоюзный активист Мадуро 50 лет возглавлял профсоюз.",
        ["50 лет"],
    ),
    "term_of_a_subject_that_may_be_indeclinable": (
        "Пелтиер уже провёл в заключении свыше 33 лет.",
        ["свыше 33 лет"],
    ),
    # frequencies are no dates; the day they name is
    "every_day": ("Теперь ему нужно каждый день ходить.", []),
    "every_year": ("Мы встречаемся практически каждый год.", []),
    "yearly": ("Премия вручается ежегодно.", []),
    "daily": ("В республике почти ежедневно происходят нападения.", []),
    "yearly_on_a_day": ("Ежегодно 21 июля в Бельгии отмечают праздник.", ["21 июля"]),
    # must not change: "в тот же день", "накануне"
    "the_same_day": ("В тот же день он уехал.", ["В тот же день"]),
    "the_day_before": ("Накануне он уехал.", ["Накануне"]),
    # a range of weekdays is one expression; two weekdays are two
    "range_of_weekdays": (
        "Магазины работают с понедельника по пятницу.",
        ["с понедельника по пятницу"],
    ),
    "two_weekdays": ("Он приезжал в понедельник и в пятницу.", ["в понедельник", "в пятницу"]),
}


@pytest.mark.parametrize(("text", "texts"), list(CASES_FOUND.values()), ids=list(CASES_FOUND))
def test_dates_round5_found(text, texts):
    assert [value.text for value in find_dates(text, None)] == texts


# (article date, text, tense, expected text, relative): resolved against the article date or not
CASES_RELATIVE = {
    "weekdays_past": (
        "2013-01-30", "Магазины работали с понедельника по пятницу.", PAST,
        "с понедельника по пятницу", True,
    ),
    "weekdays_future": (
        "2013-01-30", "Магазины будут работать с понедельника по пятницу.", FUT,
        "с понедельника по пятницу", True,
    ),
    "weekdays_habit": (
        "2013-01-30", "Магазины работают с понедельника по пятницу.", "Pres",
        "с понедельника по пятницу", True,
    ),
    "next_thirty_days_is_a_length": (
        "2013-01-10", "Необходимо провести новые выборы в ближайшие 30 дней.", FUT,
        "в ближайшие 30 дней", False,
    ),
    "last_months_are_vague": (
        "2013-04-07", "Сестра была с ней последние месяцы её беременности.", PAST,
        "последние месяцы", True,
    ),
}  # fmt: skip


@pytest.mark.parametrize(
    ("article", "text", "tense", "surface", "relative"),
    list(CASES_RELATIVE.values()),
    ids=list(CASES_RELATIVE),
)
def test_dates_round5_relative(article, text, tense, surface, relative):
    found = [
        value for value in find_dates(text, D(article), lambda *_: tense) if value.text == surface
    ]
    assert [value.relative for value in found] == [relative]

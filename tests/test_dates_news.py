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
    # "год спустя" after a year named is the next year, like "через год"
    "a_year_later_after_a_year": (
        None,
        "В 1995 году Эйсебио был признан лучшим, а год спустя помог сборной выйти в финал.",
        PAST,
        "год спустя",
        "1996-01-01",
        "1996-12-31",
        "year",
    ),
    "three_years_later_after_a_year": (
        None,
        "В 1995 году он уехал, а три года спустя вернулся.",
        PAST,
        "три года спустя",
        "1998-01-01",
        "1998-12-31",
        "year",
    ),
    "a_year_later_without_a_year_is_a_length": (
        "2013-02-28",
        "Год спустя он вернулся.",
        PAST,
        "Год спустя",
        None,
        None,
        "duration",
    ),
    # a time ago is never an age, whatever stands before it
    "years_ago_after_was": (
        "2019-10-01",
        "Я не помню этой встречи, ведь это, вероятно, было более 30 лет назад.",
        PAST,
        "более 30 лет назад",
        "1989-01-01",
        "1989-12-31",
        "year",
    ),
    # "лет назад" with no amount of its own counts none; "год назад" is one
    "millions_of_years_ago": (
        "2013-04-01",
        "Виды вымерли десятки или сотни миллионов лет назад.",
        PAST,
        "лет назад",
        None,
        None,
        "year",
    ),
    "a_year_ago": (
        "2013-04-01",
        "Это было год назад.",
        PAST,
        "год назад",
        "2012-01-01",
        "2012-12-31",
        "year",
    ),
    "a_week_ago": (
        "2013-04-01",
        "Он уехал неделю назад.",
        PAST,
        "неделю назад",
        "2013-03-25",
        "2013-03-25",
        "day",
    ),
    # a relative date followed by a comma or a dash and a day is that day
    "yesterday_named": (
        None,
        "Фергюсон заявил об уходе вчера, 8 мая 2013 года.",
        PAST,
        "вчера",
        "2013-05-08",
        "2013-05-08",
        "day",
    ),
    "eve_named": (
        "2016-09-30",
        "Накануне, 27 сентября 2016 года, ему стало хуже.",
        PAST,
        "Накануне",
        "2016-09-27",
        "2016-09-27",
        "day",
    ),
    "a_week_later_named_after_a_dash": (
        "2019-07-11",
        "1 июля 2019 года суд арестовал его на 10 суток, а через неделю — 9 июля Мосгорсуд "
        "поддержал это решение.",
        PAST,
        "через неделю",
        "2019-07-09",
        "2019-07-09",
        "day",
    ),
    # must not change: words between, or a sentence between
    "yesterday_with_words_between": (
        "2013-05-10",
        "Вчера, как и 5 мая 2013 года, шёл дождь.",
        PAST,
        "Вчера",
        "2013-05-09",
        "2013-05-09",
        "day",
    ),
    "yesterday_with_a_sentence_between": (
        "2013-05-10",
        "Вчера он уехал. 8 мая 2013 года прошли выборы.",
        PAST,
        "Вчера",
        "2013-05-09",
        "2013-05-09",
        "day",
    ),
    "yesterday_before_a_relative_day": (
        "2013-05-10",
        "Вчера, в пятницу, шёл дождь.",
        PAST,
        "Вчера",
        "2013-05-09",
        "2013-05-09",
        "day",
    ),
    # a season counted from the article date: the last one over, the next one to start
    "last_summer_after_it": (
        "2013-10-05",
        "Прошлым летом он предпринял ещё одну попытку.",
        PAST,
        "Прошлым летом",
        "2013-06-01",
        "2013-08-31",
        "season",
    ),
    "last_summer_during_one": (
        "2013-07-05",
        "Прошлым летом он предпринял ещё одну попытку.",
        PAST,
        "Прошлым летом",
        "2012-06-01",
        "2012-08-31",
        "season",
    ),
    "next_summer_during_one": (
        "2013-07-05",
        "Следующим летом он вернётся.",
        "Fut",
        "Следующим летом",
        "2014-06-01",
        "2014-08-31",
        "season",
    ),
    "next_summer_before_it": (
        "2013-03-05",
        "Следующим летом он вернётся.",
        "Fut",
        "Следующим летом",
        "2013-06-01",
        "2013-08-31",
        "season",
    ),
    "this_autumn": (
        "2013-07-05",
        "Этой осенью он вернётся.",
        "Fut",
        "Этой осенью",
        "2013-09-01",
        "2013-11-30",
        "season",
    ),
    "last_winter": (
        "2013-07-05",
        "Прошлой зимой цены выросли.",
        PAST,
        "Прошлой зимой",
        "2012-12-01",
        "2013-02-28",
        "season",
    ),
    # a year of birth: "г. р."
    "year_of_birth": (
        None,
        "Евгений Манюров (1980 г.р.) — бывший предприниматель.",
        None,
        "1980 г.р.",
        "1980-01-01",
        "1980-12-31",
        "year",
    ),
    "year_of_birth_spaced": (
        None,
        "Напали на старшую дочь Марию, 1999 г. р.",
        None,
        "1999 г. р.",
        "1999-01-01",
        "1999-12-31",
        "year",
    ),
    # "в тот же день" counts from the nearest day before it, however it was resolved
    "same_day_as_a_day_of_the_article_year": (
        "2020-01-19",
        "Отпевание состоится в 11:30 21 января в посёлке Привольный. Похороны пройдут в 13:00 "
        "в тот же день в деревне Обчак.",
        "Fut",
        "в тот же день",
        "2020-01-21",
        "2020-01-21",
        "day",
    ),
    "next_day_after_a_day_of_the_article_year": (
        "2020-01-19",
        "Отпевание состоится 21 января. На следующий день его похоронят.",
        "Fut",
        "На следующий день",
        "2020-01-22",
        "2020-01-22",
        "day",
    ),
    # must not change: a day three sentences back is too far; the last explicit day decides
    "same_day_after_a_day_too_far": (
        "2020-01-19",
        "Суд прошёл 5 мая 2019 года. Отпевание состоится 21 января. Он ушёл. Потом пришёл. "
        "В тот же день всё кончилось.",
        "Fut",
        "В тот же день",
        "2019-05-05",
        "2019-05-05",
        "day",
    ),
    "same_day_in_the_genitive": (
        None,
        "Усманов погиб 7 мая 2013 года. Он был похоронен вечером того же дня в Ташкенте.",
        PAST,
        "того же дня",
        "2013-05-07",
        "2013-05-07",
        "day",
    ),
    "next_day_in_the_genitive": (
        None,
        "Он прилетел 7 мая 2013 года, а утром следующего дня уехал.",
        PAST,
        "следующего дня",
        "2013-05-08",
        "2013-05-08",
        "day",
    ),
    "days_later_after_a_day_two_sentences_back": (
        None,
        "17 января 2019 года принц врезался в другой автомобиль. Две женщины получили травмы. "
        "Ещё через два дня принца увидели за рулём.",
        PAST,
        "через два дня",
        "2019-01-19",
        "2019-01-19",
        "day",
    ),
    "weeks_later_after_a_day": (
        None,
        "Закон приняли 14 июня 2017 года, а спустя две недели его подписали.",
        PAST,
        "спустя две недели",
        "2017-06-28",
        "2017-06-28",
        "day",
    ),
    "days_later_after_the_days": (
        None,
        "Закон приняли 14 июня 2017 года, а три дня спустя его подписали.",
        PAST,
        "три дня спустя",
        "2017-06-17",
        "2017-06-17",
        "day",
    ),
    # must not change: no day before, or an amount with no number
    "days_later_without_a_day_is_a_length": (
        "2013-03-11",
        "Через две недели она умерла в больнице.",
        PAST,
        "Через две недели",
        None,
        None,
        "duration",
    ),
    "some_days_later_stays_a_length": (
        None,
        "Закон приняли 14 июня 2017 года, а через несколько дней его подписали.",
        PAST,
        "через несколько дней",
        None,
        None,
        "duration",
    ),
    # weekdays of one list follow each other, whatever the tense
    "weekday_listed_after_another": (
        "2019-07-19",
        "Программы показали в пятницу и субботу на телеканале «Культура».",
        PAST,
        "субботу",
        "2019-07-20",
        "2019-07-20",
        "day",
    ),
    "weekday_listed_after_a_comma": (
        "2019-07-17",
        "Матчи прошли в понедельник, вторник и среду.",
        PAST,
        "вторник",
        "2019-07-16",
        "2019-07-16",
        "day",
    ),
    # must not change: a weekday in its own sentence follows the tense
    "weekday_in_its_own_sentence": (
        "2019-07-19",
        "Программу показали в пятницу. В субботу её повторили.",
        PAST,
        "В субботу",
        "2019-07-13",
        "2019-07-13",
        "day",
    ),
    # a day of a month named earlier with its year takes that year
    "day_of_a_month_named_earlier": (
        None,
        "Принц попал в аварию в январе 2019 года. Полиция подтвердила это. Дворец молчит. "
        "17 января принц врезался в автомобиль.",
        PAST,
        "17 января",
        "2019-01-17",
        "2019-01-17",
        "day",
    ),
    # must not change: another month named earlier lends no year
    "day_of_another_month": (
        None,
        "Принц попал в аварию в январе 2019 года. Полиция подтвердила это. Дворец молчит. "
        "17 марта принц врезался в автомобиль.",
        PAST,
        "17 марта",
        None,
        None,
        "day",
    ),
    # a year after the expression dates it only in its clause
    "year_in_another_clause": (
        None,
        "Церемония пройдёт 27 июля в селе Сростки, где в 1929 году родился Шукшин.",
        "Fut",
        "27 июля",
        None,
        None,
        "day",
    ),
    "year_in_the_same_clause": (
        None,
        "Он приехал 5 марта в Москву в 2015 году.",
        PAST,
        "5 марта",
        "2015-03-05",
        "2015-03-05",
        "day",
    ),
    # an abbreviated year is not the instrumental of a comparison
    "since_an_abbreviated_year": (
        None,
        "С 1933г. он неоднократно бывал в Европе.",
        PAST,
        "С 1933г.",
        "1933-01-01",
        None,
        "period",
    ),
    "following_years_vague": (
        None,
        "Затем Тихонов был отчислен и в последующие годы играл в клубах.",
        PAST,
        "в последующие годы",
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
    # round 3, second pass (draw 6): "тому назад" is "назад"
    "years_ago_with_tomu": (
        "2019-04-12",
        "Три года тому назад компания открыла школу ходьбы.",
        PAST,
        "Три года тому назад",
        "2016-01-01",
        "2016-12-31",
        "year",
    ),
    "years_ago_without_tomu": (
        "2019-04-12",
        "Три года назад компания открыла школу ходьбы.",
        PAST,
        "Три года назад",
        "2016-01-01",
        "2016-12-31",
        "year",
    ),
    "years_without_ago_stay_a_length": (
        "2019-04-12",
        "Три года компания открывала школы ходьбы.",
        PAST,
        "Три года",
        None,
        None,
        "duration",
    ),
    # the weekend: the last one before the article date in the past, the next in the future
    "weekend_in_the_past": (
        "2019-03-04",
        "Наш брат Кит покончил с собой в выходные.",
        PAST,
        "в выходные",
        "2019-03-02",
        "2019-03-03",
        "period",
    ),
    "weekend_in_the_past_on_a_sunday": (
        "2019-03-03",
        "Наш брат Кит покончил с собой в выходные.",
        PAST,
        "в выходные",
        "2019-03-02",
        "2019-03-03",
        "period",
    ),
    "weekend_in_the_past_on_a_saturday": (
        "2019-03-02",
        "Наш брат Кит покончил с собой в выходные.",
        PAST,
        "в выходные",
        "2019-02-23",
        "2019-02-24",
        "period",
    ),
    "weekend_in_the_future": (
        "2019-03-04",
        "В выходные в парке пройдёт фестиваль.",
        "Fut",
        "В выходные",
        "2019-03-09",
        "2019-03-10",
        "period",
    ),
    "weekend_in_the_future_on_a_saturday": (
        "2019-03-02",
        "В выходные в парке пройдёт фестиваль.",
        "Fut",
        "В выходные",
        "2019-03-02",
        "2019-03-03",
        "period",
    ),
    "weekend_named_past_whatever_the_tense": (
        "2019-03-04",
        "В минувшие выходные в парке пройдёт фестиваль.",
        "Fut",
        "В минувшие выходные",
        "2019-03-02",
        "2019-03-03",
        "period",
    ),
    "weekend_named_next_whatever_the_tense": (
        "2019-03-04",
        "В ближайшие выходные в парке прошёл фестиваль.",
        PAST,
        "В ближайшие выходные",
        "2019-03-09",
        "2019-03-10",
        "period",
    ),
    # must not resolve: a habit, no tense, no article date
    "all_weekend_is_a_habit": (
        "2019-03-04",
        "Все выходные он провёл дома.",
        PAST,
        "Все выходные",
        None,
        None,
        "period",
    ),
    "weekend_without_a_tense": (
        "2019-03-04",
        "В выходные — концерт в парке.",
        None,
        "В выходные",
        None,
        None,
        "period",
    ),
    "weekend_without_an_article_date": (
        None,
        "Наш брат Кит покончил с собой в выходные.",
        PAST,
        "в выходные",
        None,
        None,
        "period",
    ),
    # "за последний месяц" is a length up to now; "в последний месяц" a vague month
    "over_the_last_month_is_a_length": (
        "2019-02-17",
        "За последний месяц букмекеры приняли ставки на 3 млн рублей.",
        PAST,
        "За последний месяц",
        None,
        None,
        "duration",
    ),
    "over_the_last_decade_is_a_length": (
        "2019-02-17",
        "За последнее десятилетие агентство достигло конкретных результатов.",
        PAST,
        "За последнее десятилетие",
        None,
        None,
        "duration",
    ),
    "in_the_last_month_is_a_month": (
        "2019-02-17",
        "В последний месяц букмекеры приняли ставки на 3 млн рублей.",
        PAST,
        "В последний месяц",
        None,
        None,
        "month",
    ),
    # an undated article: a month without a year takes the year of a day or month just before
    # that took its year from the text
    "month_takes_the_year_of_a_chained_day": (
        None,
        "19 июня 2017 года музыкант анонсировал альбом. Релиз запланирован на 30 июня.\n\n"
        "18 июня у артиста родилась двойня.\n\nВ мае он занял второе место в рейтинге.",
        PAST,
        "В мае",
        "2017-05-01",
        "2017-05-31",
        "month",
    ),
    "month_in_a_dated_article_follows_the_tense": (
        "2019-03-04",
        "19 июня 2017 года музыкант анонсировал альбом. Релиз запланирован на 30 июня.\n\n"
        "18 июня у артиста родилась двойня.\n\nВ мае он занял второе место в рейтинге.",
        PAST,
        "В мае",
        "2018-05-01",
        "2018-05-31",
        "month",
    ),
    "day_after_the_same_year_takes_no_year": (
        None,
        "Ещё в 1865 году поправка была принята. В том же году её ратифицировали 27 штатов.\n\n"
        "Референдум прошёл в Колорадо 6 ноября.",
        PAST,
        "6 ноября",
        None,
        None,
        "day",
    ),
    "month_after_a_day_two_sentences_back_takes_no_year": (
        None,
        "18 июня 2017 года у артиста родилась двойня. Об этом сообщили в блоге. Дети здоровы. "
        "В мае он занял второе место в рейтинге.",
        PAST,
        "В мае",
        None,
        None,
        "month",
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
    "two_and_a_half_years": (
        "Она проучилась в техникуме два с половиной года.",
        ["два с половиной года"],
    ),
    "half_a_year_before": ("За полгода до этого она обвинила его.", ["За полгода"]),
    # "за N часов" is a length, "за N часов до …" a time before an event (NEREL's TIME)
    "hours_within": (
        "Рекорд: 82 километра за 12 часов зафиксировал судья.",
        ["за 12 часов"],
    ),
    "hours_before_an_event": ("Он уехал из города за два часа до взрыва.", []),
    # a verb between the person and the number: a sentence, not an age
    "prison_term_threatens_him": ("За это ему грозит до 10 лет лишения свободы.", ["до 10 лет"]),
    "prison_term_threatens_her": ("Ей грозит 8 лет тюрьмы.", ["8 лет"]),
    "age_after_already": ("Ему уже 60 лет.", []),
    "age_after_turned": ("Ему исполнилось 60 лет.", []),
    "age_after_another_verb": ("Ему стукнуло 60 лет.", []),
    # ages by their syntax
    "age_after_a_dash": ("Старшей дочери Елизавете 11 лет, старшему сыну Габриэлю — 9 лет.", []),
    "age_between_a_name_and_a_parenthesis": ("Веселин Топалов, 31 год (рейтинг 2813).", []),
    "age_between_a_name_and_a_comma": ("Владимир Крамник, 31 год, чемпион мира.", []),
    "length_after_a_place_and_a_comma": (
        "Завод работал в Москве, 30 лет, без остановки.",
        ["30 лет"],
    ),
    "length_after_a_name_without_a_comma": (
        "Иван Петров, 5 лет отсидевший в тюрьме, вышел.",
        ["5 лет"],
    ),
    # "дел" is "дело", no unit of time
    "affairs_are_no_days": ("Баффет пока отходить от дел не собирается.", []),
    # "кварталах" after a number: blocks of a city
    "city_blocks": ("Бомбы были заложены в четырёх кварталах друг от друга.", []),
    "collective_numeral": (
        "Полёт продлится 10 суток, двое суток — полёт к МКС.",
        ["10 суток", "двое суток"],
    ),
    "first_day": ("Петиция за первые сутки собрала 5 тыс. голосов.", ["за первые сутки"]),
    "ages_listed_after_at": (
        "Миура поднимался на Эверест в 70 и 75 лет соответственно.",
        [],
    ),
    "lengths_listed": ("Он сидел 7 и 5 лет соответственно.", ["5 лет"]),
    "age_after_ones_own": ("Песков в свои 29 лет уже имеет опыт.", []),
    "lived_to_an_age": ("Мамонт прожил до 50 лет.", []),
    "lived_a_length": ("Он прожил в Москве 20 лет.", ["20 лет"]),
    "age_after_a_spelling_in_parentheses": ("Фаиз Халид (Faiz Khaleed), 26 лет, зубной врач.", []),
    "counted_distance": ("Колония находится в 1200 километрах от Москвы.", []),
    "years_with_a_suffix": ("Ему грозило до 35-ти лет заключения.", ["до 35-ти лет"]),
    "years_and_more": ("Он правит последние 20 с лишним лет.", ["последние 20 с лишним лет"]),
    "age_after_who": ("Малышков, которому 69 лет, руководил департаментом.", []),
    "sentence_after_who": ("Малышков, которому грозит 5 лет, уехал.", ["5 лет"]),
    "age_after_a_name_and_a_dash": ("Иван Петров — 54 года, врач.", []),
    "length_after_a_name_and_a_dash": ("Иван Петров — 5 лет в колонии.", ["5 лет"]),
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


# (text, the texts of the dates found): names and file names that look like dates
CASES_NAMES = {
    "month_adjective_in_a_name": ("Лидером группировки «Октябрьский джамаат» стал он.", []),
    "month_adjective_town": ("В Октябрьском также были задержаны двое.", []),
    "month_adjective_town_after_a_noun": ("Мечеть в городе Октябрьский взорвали.", []),
    # must not change: a month adjective opening a sentence, and in lower case
    "month_adjective_opening_a_sentence": (
        "Итоги. Октябрьские выборы прошли спокойно.",
        ["Октябрьские"],
    ),
    "month_adjective_in_lower_case": ("Итоги октябрьских выборов подвели.", ["октябрьских"]),
    "year_before_a_verb": ("В 2014 прошли выборы.", ["В 2014"]),
    "number_of_a_resolution": ("Иран нарушает резолюцию ООН № 1747, которая запрещает это.", []),
    "year_before_a_comma": (
        "Иран нарушает резолюцию 2006 года, которая запрещает это.",
        ["2006 года"],
    ),
    "ordinal_place": ("Это ставит его на 40-е место в рейтинге.", []),
    "decade_before_a_feminine_noun": ("В 1990-е экономика росла.", ["В 1990-е"]),
    "decade_before_years": ("В 90-е годы он уехал.", ["В 90-е годы"]),
    "date_in_a_file_name": ("File:Прощание в Донецке 19.10.16.webm|Прощание", []),
    "date_before_a_full_stop": ("Прощание прошло 19.10.16. Пришли тысячи.", ["19.10.16"]),
}


@pytest.mark.parametrize(("text", "texts"), list(CASES_NAMES.values()), ids=list(CASES_NAMES))
def test_dates_news_names(text, texts):
    assert [value.text for value in find_dates(text, D("2016-10-20"))] == texts


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

"""Date resolution: a parsed date expression to ``value_start``/``value_end`` (``dates.py``).

Through the public :func:`ruextract.dates.find_dates` (pure, no models): an article date, the
tense of the governing verb, a news sentence and the exact record expected for one expression
in it. Each rule with a bound or a condition has cases on both sides of it (the article's own
day, month, weekday and year; past and future tense); these cases are what kills the mutants
of ``benchmarks/mutation.py dates``.
"""

from __future__ import annotations

from datetime import date

import pytest

from ruextract.dates import find_dates
from ruextract.dates.resolve import (
    eve_alone,
    instrumental,
    part_range,
    singular_unit,
    weekend,
)

D = date.fromisoformat
PAST, FUT = "Past", "Fut"
WED = "2024-01-03"  # a Wednesday: the seed article's date

# id: (article date, tense, sentence, text, value_start, value_end, granularity, relative)
CASES = {
    # a two-digit year is not later than the article's year (2030 without an article date)
    "short_year_of_article_year": (WED, None, "Договор подписан 1.2.24 в Астане.", "1.2.24",
                                   "2024-02-01", "2024-02-01", "day", False),
    "short_year_after_article_year": (WED, None, "Договор подписан 1.2.25 в Астане.", "1.2.25",
                                      "1925-02-01", "1925-02-01", "day", False),
    "short_year_2030_without_article": (None, None, "Договор подписан 1.2.30 в Астане.",
                                        "1.2.30", "2030-02-01", "2030-02-01", "day", False),
    "short_year_after_2030_without_article": (None, None, "Договор подписан 1.2.31 в Астане.",
                                              "1.2.31", "1931-02-01", "1931-02-01", "day", False),
    # a day and month without a year: the last one on or before the article (past tense) ...
    "past_day_is_article_day": (WED, PAST, "Встреча прошла 3 января.", "3 января",
                                "2024-01-03", "2024-01-03", "day", True),
    "past_day_after_article_day": (WED, PAST, "Встреча прошла 4 января.", "4 января",
                                   "2023-01-04", "2023-01-04", "day", True),
    "past_month_is_article_month": (WED, PAST, "Встреча прошла в январе.", "в январе",
                                    "2024-01-01", "2024-01-31", "month", True),
    "past_month_after_article": (WED, PAST, "Встреча прошла в декабре.", "в декабре",
                                 "2023-12-01", "2023-12-31", "month", True),
    "past_leap_day_of_last_year": ("2025-01-10", PAST, "Встреча прошла 29 февраля.",
                                   "29 февраля", "2024-02-29", "2024-02-29", "day", True),
    # ... the first one on or after it (future tense) ...
    "future_day_before_article_day": (WED, FUT, "Встреча пройдёт 2 января.", "2 января",
                                      "2025-01-02", "2025-01-02", "day", True),
    "future_day_is_article_day": (WED, FUT, "Встреча пройдёт 3 января.", "3 января",
                                  "2024-01-03", "2024-01-03", "day", True),
    "future_month_is_article_month": (WED, FUT, "Встреча пройдёт в январе.", "в январе",
                                      "2024-01-01", "2024-01-31", "month", True),
    "future_month_after_article": (WED, FUT, "Встреча пройдёт в декабре.", "в декабре",
                                   "2024-12-01", "2024-12-31", "month", True),
    # ... and the article's year with no tense
    "no_tense_day_in_article_year": (WED, None, "Встреча намечена на 5 августа.",
                                     "на 5 августа", "2024-08-05", "2024-08-05", "day", True),
    "no_such_day": (None, None, "Так было 31 июня 2023 года.", "31 июня 2023 года",
                    None, None, "day", False),
    # days relative to the article
    "yesterday": (WED, PAST, "Встреча прошла вчера.", "вчера", "2024-01-02", "2024-01-02",
                  "day", True),
    "tomorrow": (WED, FUT, "Встреча пройдёт завтра.", "завтра", "2024-01-04", "2024-01-04",
                 "day", True),
    "yesterday_without_article": (None, PAST, "Встреча прошла вчера.", "вчера", None, None,
                                  "day", True),
    # weekdays: the article's own weekday is that day, whatever the tense
    "past_wednesday_on_a_wednesday": (WED, PAST, "Встреча прошла в среду.", "в среду",
                                      "2024-01-03", "2024-01-03", "day", True),
    "future_wednesday_on_a_wednesday": (WED, FUT, "Встреча пройдёт в среду.", "в среду",
                                        "2024-01-03", "2024-01-03", "day", True),
    "past_monday": (WED, PAST, "Встреча прошла в понедельник.", "в понедельник",
                    "2024-01-01", "2024-01-01", "day", True),
    "future_monday": (WED, FUT, "Встреча пройдёт в понедельник.", "в понедельник",
                      "2024-01-08", "2024-01-08", "day", True),
    "past_friday": (WED, PAST, "Встреча прошла в пятницу.", "в пятницу", "2023-12-29",
                    "2023-12-29", "day", True),
    "future_friday": (WED, FUT, "Встреча пройдёт в пятницу.", "в пятницу", "2024-01-05",
                      "2024-01-05", "day", True),
    "friday_without_article": (None, FUT, "Встреча пройдёт в пятницу.", "в пятницу", None,
                               None, "day", True),
    # this / last / next year, month, week, quarter, decade, century
    "this_year": (WED, PAST, "Завод открыли в этом году.", "в этом году", "2024-01-01",
                  "2024-12-31", "year", True),
    "next_year": (WED, FUT, "Завод откроют в следующем году.", "в следующем году",
                  "2025-01-01", "2025-12-31", "year", True),
    "last_month": ("2024-05-15", PAST, "Цены выросли в прошлом месяце.", "в прошлом месяце",
                   "2024-04-01", "2024-04-30", "month", True),
    "last_month_in_january": (WED, PAST, "Цены выросли в прошлом месяце.", "в прошлом месяце",
                              "2023-12-01", "2023-12-31", "month", True),
    "this_month": ("2024-05-15", PAST, "Цены выросли в этом месяце.", "в этом месяце",
                   "2024-05-01", "2024-05-31", "month", True),
    "last_week": (WED, PAST, "Цены выросли на прошлой неделе.", "на прошлой неделе",
                  "2023-12-25", "2023-12-31", "week", True),
    "next_week": (WED, FUT, "Цены вырастут на следующей неделе.", "на следующей неделе",
                  "2024-01-08", "2024-01-14", "week", True),
    "last_quarter_in_may": ("2024-05-15", PAST, "Цены выросли в прошлом квартале.",
                            "в прошлом квартале", "2024-01-01", "2024-03-31", "quarter", True),
    "last_quarter_in_january": (WED, PAST, "Цены выросли в прошлом квартале.",
                                "в прошлом квартале", "2023-10-01", "2023-12-31", "quarter",
                                True),
    "next_quarter_in_november": ("2024-11-03", FUT, "Цены вырастут в следующем квартале.",
                                 "в следующем квартале", "2025-01-01", "2025-03-31", "quarter",
                                 True),
    "last_decade": (WED, PAST, "Так было в прошлом десятилетии.", "в прошлом десятилетии",
                    "2010-01-01", "2019-12-31", "decade", True),
    "last_century": (WED, PAST, "Так было в прошлом веке.", "в прошлом веке", "1901-01-01",
                     "2000-12-31", "century", True),
    "last_century_in_2000": ("2000-06-01", PAST, "Так было в прошлом веке.", "в прошлом веке",
                             "1801-01-01", "1900-12-31", "century", True),
    "last_years_adjective": ("2024-05-15", PAST, "Прошлогодний урожай оказался рекордным.",
                             "Прошлогодний", "2023-01-01", "2023-12-31", "year", True),
    "last_season_has_no_dates": (WED, PAST, "Команда играла в прошлом сезоне.",
                                 "в прошлом сезоне", None, None, "season", True),
    # relative points without an article date keep their granularity
    "last_month_without_article": (None, None, "Цены выросли в прошлом месяце.",
                                   "в прошлом месяце", None, None, "month", True),
    "last_quarter_without_article": (None, None, "Цены выросли в прошлом квартале.",
                                     "в прошлом квартале", None, None, "quarter", True),
    "last_week_without_article": (None, None, "Цены выросли на прошлой неделе.",
                                  "на прошлой неделе", None, None, "week", True),
    "this_year_without_article": (None, None, "Цены выросли в этом году.", "в этом году",
                                  None, None, "year", True),
    "last_century_without_article": (None, None, "Цены выросли в прошлом веке.",
                                      "в прошлом веке", None, None, "century", True),
    "last_decade_without_article": (None, None, "Цены выросли в прошлом десятилетии.",
                                    "в прошлом десятилетии", None, None, "decade", True),
    "month_without_article": (None, None, "Цены выросли в марте.", "в марте", None, None,
                              "month", True),
    "day_without_article": (None, None, "Цены выросли 5 марта.", "5 марта", None, None, "day",
                            True),
    "quarter_without_article": (None, None, "Цены выросли в первом квартале.",
                                "в первом квартале", None, None, "quarter", True),
    "half_without_article": (None, None, "Цены выросли в первом полугодии.",
                             "в первом полугодии", None, None, "half", True),
    "season_without_article": (None, None, "Цены выросли весной.", "весной", None, None,
                               "season", True),
    # centuries and decades
    "century": (None, None, "Так было в XIX веке.", "в XIX веке", "1801-01-01", "1900-12-31",
                "century", False),
    "decade_two_digits": (None, None, "Так было в 90-е годы.", "в 90-е годы", "1990-01-01",
                          "1999-12-31", "decade", False),
    "decade_four_digits": (None, None, "Так было в 1990-е годы.", "в 1990-е годы",
                           "1990-01-01", "1999-12-31", "decade", False),
    "decade_of_century": (None, None, "Так было в 90-е годы XIX века.",
                          "в 90-е годы XIX века", "1890-01-01", "1899-12-31", "decade", False),
    "decade_of_this_century": (None, None, "Так было в 10-е годы XXI века.",
                               "в 10-е годы XXI века", "2010-01-01", "2019-12-31", "decade",
                               False),
    # quarters, halves, seasons, years
    "first_quarter": (None, None, "Рост составил в первом квартале 2023 года.",
                      "в первом квартале 2023 года", "2023-01-01", "2023-03-31", "quarter",
                      False),
    "third_quarter": (None, None, "Рост составил в третьем квартале 2023 года.",
                      "в третьем квартале 2023 года", "2023-07-01", "2023-09-30", "quarter",
                      False),
    "first_half": (None, None, "Рост составил в первом полугодии 2023 года.",
                   "в первом полугодии 2023 года", "2023-01-01", "2023-06-30", "half", False),
    "second_half": (None, None, "Рост составил во втором полугодии 2023 года.",
                    "во втором полугодии 2023 года", "2023-07-01", "2023-12-31", "half", False),
    "winter_of_year": (None, None, "Так было зимой 2023 года.", "зимой 2023 года",
                       "2022-12-01", "2023-02-28", "season", False),
    "summer_of_year": (None, None, "Так было летом 2023 года.", "летом 2023 года",
                       "2023-06-01", "2023-08-31", "season", False),
    "autumn_of_year": (None, None, "Так было осенью 2023 года.", "осенью 2023 года",
                       "2023-09-01", "2023-11-30", "season", False),
    "past_winter_in_january": (WED, PAST, "Так было зимой.", "зимой", "2023-12-01",
                               "2024-02-29", "season", True),
    "past_winter_in_may": ("2024-05-03", PAST, "Так было зимой.", "зимой", "2023-12-01",
                           "2024-02-29", "season", True),
    "past_autumn_in_march": ("2024-03-03", PAST, "Так было осенью.", "осенью", "2023-09-01",
                             "2023-11-30", "season", True),
    "future_summer_in_may": ("2024-05-03", FUT, "Так будет летом.", "летом", "2024-06-01",
                             "2024-08-31", "season", True),
    "year": (None, None, "Так было в 2023 году.", "в 2023 году", "2023-01-01", "2023-12-31",
             "year", False),
    # ranges: the start takes what it omits from the end
    "day_range": (None, None, "Выставка работала с 1 по 5 марта 2023 года.",
                  "с 1 по 5 марта 2023 года", "2023-03-01", "2023-03-05", "period", False),
    "month_range": (None, None, "Выставка работала с марта по май 2023 года.",
                    "с марта по май 2023 года", "2023-03-01", "2023-05-31", "period", False),
    "day_month_range": (None, None, "Выставка работала с 1 марта по 5 апреля 2023 года.",
                        "с 1 марта по 5 апреля 2023 года", "2023-03-01", "2023-04-05", "period",
                        False),
    "year_range": (None, None, "Выставка работала с 2019 по 2021 год.", "с 2019 по 2021 год",
                   "2019-01-01", "2021-12-31", "period", False),
    "relative_day_range": (WED, PAST, "Выставка работала с 1 по 5 марта.", "с 1 по 5 марта",
                           "2023-03-01", "2023-03-05", "period", True),
    "short_end_year_same_century": (None, None, "Рост шёл в 1989-90 годах.", "в 1989-90 годах",
                                    "1989-01-01", "1990-12-31", "period", False),
    "short_end_year_next_century": (None, None, "Рост шёл в 1998-02 годах.",
                                    "в 1998-02 годах", "1998-01-01", "2002-12-31", "period",
                                    False),
    "since": (None, None, "Завод работает с 2020 года.", "с 2020 года", "2020-01-01", None,
              "period", False),
    "until": (None, None, "Завод проработает до 2025 года.", "до 2025 года", None,
              "2025-12-31", "period", False),
    # periods: "за N месяцев/кварталов" counts from the start of the year
    "ten_months_of_year": (None, None, "Рост за 10 месяцев 2023 года составил 5%.",
                           "за 10 месяцев 2023 года", "2023-01-01", "2023-10-31", "period",
                           False),
    "three_months_of_year": (None, None, "Рост за три месяца 2023 года составил 5%.",
                             "за три месяца 2023 года", "2023-01-01", "2023-03-31", "period",
                             False),
    "two_quarters_of_year": (None, None, "Рост за два квартала 2023 года составил 5%.",
                             "за два квартала 2023 года", "2023-01-01", "2023-06-30", "period",
                             False),
    "more_months_than_the_year": (None, None, "Рост за 15 месяцев 2023 года составил 5%.",
                                  "за 15 месяцев 2023 года", "2023-01-01", "2023-12-31",
                                  "period", False),
    # "N units ago": the calendar unit that many units before the article date
    "three_months_ago": ("2024-05-15", PAST, "Это случилось три месяца назад.",
                         "три месяца назад", "2024-02-01", "2024-02-29", "month", True),
    "a_month_ago": ("2024-05-15", PAST, "Это случилось месяц назад.", "месяц назад",
                    "2024-04-01", "2024-04-30", "month", True),
    "two_quarters_ago": ("2024-05-15", PAST, "Это случилось два квартала назад.",
                         "два квартала назад", "2023-11-01", "2023-11-30", "month", True),
    "ten_years_ago": ("2024-05-15", PAST, "Это случилось 10 лет назад.", "10 лет назад",
                      "2014-01-01", "2014-12-31", "year", True),
    # 2.5 years before May 2024 is November 2021 (the fraction counts: it was 2022 before)
    "decimal_years_ago": ("2024-05-15", PAST, "Это случилось 2,5 года назад.", "2,5 года назад",
                          "2021-01-01", "2021-12-31", "year", True),
    "a_year_ago": ("2024-05-15", PAST, "Это случилось год назад.", "год назад", "2023-01-01",
                   "2023-12-31", "year", True),
    "twenty_five_years_ago": ("2024-05-15", PAST, "Это случилось двадцать пять лет назад.",
                              "двадцать пять лет назад", "1999-01-01", "1999-12-31", "year",
                              True),
    "two_decades_ago": ("2024-05-15", PAST, "Это случилось два десятилетия назад.",
                        "два десятилетия назад", "2004-01-01", "2004-12-31", "year", True),
    "a_century_ago": ("2024-05-15", PAST, "Это случилось век назад.", "век назад",
                      "1924-01-01", "1924-12-31", "year", True),
    "half_a_century_ago": ("2024-05-15", PAST, "Это случилось полвека назад.", "полвека назад",
                           "1974-01-01", "1974-12-31", "year", True),
    "two_weeks_ago": ("2024-05-15", PAST, "Это случилось две недели назад.",
                      "две недели назад", "2024-05-01", "2024-05-01", "day", True),
    "five_days_ago": ("2024-05-15", PAST, "Это случилось пять дней назад.", "пять дней назад",
                      "2024-05-10", "2024-05-10", "day", True),
    "some_years_ago": ("2024-05-15", PAST, "Это случилось несколько лет назад.",
                       "несколько лет назад", None, None, "year", True),
    "months_ago_without_article": (None, PAST, "Это случилось три месяца назад.",
                                   "три месяца назад", None, None, "month", True),
    # durations and vague expressions have no calendar value
    "duration": (None, None, "Завод строили в течение трех лет.", "в течение трех лет", None,
                 None, "duration", False),
    "bare_duration": (None, None, "Завод строили три года.", "три года", None, None,
                      "duration", False),
    "some_weeks": (None, None, "Это длилось несколько недель.", "несколько недель", None, None,
                   "duration", False),
    "weekly": (None, None, "Рынок работает по средам.", "по средам", None, None, "day", True),
    "the_day_before": (None, None, "Об этом стало известно накануне.", "накануне", None, None,
                       "day", True),
    # a vague reference takes the unit its words start with ("послеДНие" names no day)
    "last_years_are_years": (WED, None, "Это случилось в последние годы.", "в последние годы",
                             None, None, "year", True),
    "last_decades_are_decades": (WED, None, "Это менялось в последние десятилетия.",
                                 "в последние десятилетия", None, None, "decade", True),
    "last_weeks_are_weeks": (WED, None, "Это случилось в последние недели.",
                             "в последние недели", None, None, "week", True),
    # a part of the year, month or week the article date is in; none without an article date
    "start_of_the_article_year": ("2024-05-15", PAST, "Цены выросли в начале года.",
                                  "в начале года", "2024-01-01", "2024-04-30", "year", True),
    "start_of_the_article_month": ("2024-05-15", PAST, "Цены выросли в начале месяца.",
                                   "в начале месяца", "2024-05-01", "2024-05-10", "month", True),
    "end_of_the_article_week": ("2024-05-15", PAST, "Цены выросли в конце недели.",
                                "в конце недели", "2024-05-17", "2024-05-19", "week", True),
    "start_of_a_month_without_article": (None, PAST, "Цены выросли в начале месяца.",
                                         "в начале месяца", None, None, "month", True),
    # the second half of a month starts on its 16th, in February too
    "second_half_of_february": ("2024-05-15", PAST, "Цены выросли во второй половине февраля.",
                                "во второй половине февраля", "2024-02-16", "2024-02-29",
                                "month", True),
    # half a year is six months
    "half_a_year_ago": ("2024-05-15", PAST, "Это случилось полгода назад.", "полгода назад",
                        "2023-11-01", "2023-11-30", "month", True),
    # a capital letter does not hide the unit: "Год назад" is one year
    "year_ago_at_sentence_start": ("2024-05-15", PAST, "Год назад здесь был пустырь.",
                                   "Год назад", "2023-01-01", "2023-12-31", "year", True),
    # weekends: the last one before the article (past), the next one (future), none untensed
    "weekend_past": ("2024-05-15", PAST, "Он покончил с собой в выходные.", "в выходные",
                     "2024-05-11", "2024-05-12", "period", True),
    "weekend_untensed": ("2024-05-15", None, "Он отдыхал в выходные.", "в выходные", None, None,
                         "period", True),
    "weekend_without_article": (None, PAST, "Он отдыхал в выходные.", "в выходные", None, None,
                                "period", True),
    "next_weekend_from_a_sunday": ("2024-01-07", FUT, "Он приедет в ближайшие выходные.",
                                   "в ближайшие выходные", "2024-01-13", "2024-01-14", "period",
                                   True),
    "next_weekend_from_a_friday": ("2024-01-05", FUT, "Он приедет в ближайшие выходные.",
                                   "в ближайшие выходные", "2024-01-06", "2024-01-07", "period",
                                   True),
    # "накануне" before a word that is no genitive is the day before the article
    "eve_then_an_instrumental_noun": ("2024-05-15", PAST, "Он прибыл накануне вечером.",
                                      "накануне", "2024-05-14", "2024-05-14", "day", True),
    "eve_of_a_participle": ("2024-05-15", PAST, "Накануне намеченного визита начались протесты.",
                            "Накануне", None, None, "day", True),
    # "по сравнению с прошлым годом": the last word is the instrumental, the year itself
    # parts of a century, a decade, a quarter, a season and a half year
    "first_half_of_a_century": (WED, PAST, "Это было в первой половине XX века.",
                                "в первой половине XX века", "1901-01-01", "1950-12-31",
                                "century", False),
    "second_half_of_a_decade": (WED, PAST, "Это было во второй половине 1990-х годов.",
                                "во второй половине 1990-х годов", "1995-01-01", "1999-12-31",
                                "decade", False),
    "start_of_a_quarter": (WED, PAST, "Цены выросли в начале второго квартала 2014 года.",
                           "в начале второго квартала 2014 года", "2014-04-01", "2014-04-30",
                           "quarter", False),
    "end_of_a_winter": (WED, PAST, "Цены выросли в конце зимы 2014 года.",
                        "в конце зимы 2014 года", "2014-02-01", "2014-02-28", "season", False),
    "middle_of_a_summer": (WED, PAST, "Цены выросли в середине лета 2014 года.",
                           "в середине лета 2014 года", "2014-07-01", "2014-07-31", "season",
                           False),
    "start_of_a_half_year": (WED, PAST, "Цены выросли в начале второго полугодия 2014 года.",
                             "в начале второго полугодия 2014 года", "2014-07-01", "2014-08-31",
                             "half", False),
    "middle_of_the_article_week": ("2024-05-15", PAST, "Цены выросли в середине недели.",
                                   "в середине недели", "2024-05-15", "2024-05-16", "week",
                                   True),
    "start_of_the_article_week": ("2024-05-15", PAST, "Цены выросли в начале недели.",
                                  "в начале недели", "2024-05-13", "2024-05-14", "week", True),
    # a month or season without a year has no value without an article date
    "past_month_without_article": (None, PAST, "Встреча прошла в декабре.", "в декабре", None, None,
                              "month", True),
    "past_season_without_article": (None, PAST, "Это было летом.", "летом", None, None, "season",
                               True),
    # "за девять месяцев": January to the month's end once that has passed (fewer than 12)
    "three_quarters_to_date": ("2024-11-15", PAST, "Цены выросли за три квартала.",
                               "за три квартала", "2024-01-01", "2024-09-30", "period", True),
    "eleven_months_to_date": ("2024-12-15", PAST, "Цены выросли за 11 месяцев.",
                              "за 11 месяцев", "2024-01-01", "2024-11-30", "period", True),
    "twelve_months_are_a_length": ("2024-12-15", PAST, "Цены выросли за 12 месяцев.",
                                   "за 12 месяцев", None, None, "duration", False),
    "nine_months_on_their_last_day": ("2024-09-30", PAST, "Цены выросли за девять месяцев.",
                                      "за девять месяцев", None, None, "duration", False),
    "nine_months_the_day_after": ("2024-10-01", PAST, "Цены выросли за девять месяцев.",
                                  "за девять месяцев", "2024-01-01", "2024-09-30", "period",
                                  True),
    "compared_with_last_year": ("2024-05-15", PAST, "Цены выросли по сравнению с прошлым годом.",
                                "с прошлым годом", "2023-01-01", "2023-12-31", "year", True),
}  # fmt: skip

# (article date, tense, sentence, text of one of its dates, value_start, value_end,
# granularity, relative): dates read with the year another date of the sentence names
CASES_IN_CONTEXT = {
    "start_of_a_named_year": ("2024-05-15", PAST, "В 2014 году в начале года цены выросли.",
                              "в начале года", "2014-01-01", "2014-04-30", "year", False),
    "year_later_at_sentence_start": ("2024-05-15", PAST,
                                     "В 2014 году прошли выборы. Спустя год партия распалась.",
                                     "Спустя год", "2015-01-01", "2015-12-31", "year", False),
    "year_later": ("2024-05-15", PAST,
                   "В 2014 году прошли выборы, а через год партия распалась.", "через год",
                   "2015-01-01", "2015-12-31", "year", False),
    "nine_months_of_a_named_year": ("2024-11-15", PAST,
                                    "В 2014 году цены выросли за девять месяцев.",
                                    "за девять месяцев", "2014-01-01", "2014-09-30", "period",
                                    False),
    "month_of_a_named_year": ("2024-05-15", PAST, "В 2014 году в декабре цены выросли.",
                              "в декабре", "2014-12-01", "2014-12-31", "month", False),
    # the named year is no month: "в конце месяца" stays the article's month
    "end_of_the_month_after_a_named_year": ("2024-05-15", PAST,
                                            "В 2014 году в конце месяца цены выросли.",
                                            "в конце месяца", "2024-05-21", "2024-05-31",
                                            "month", True),
}  # fmt: skip


def one_date(article, tense, sentence, text):
    article_date = D(article) if article else None
    found = find_dates(sentence, article_date, lambda *_: tense)
    assert [value.text for value in found] == [text]
    return found[0]


@pytest.mark.parametrize(
    ("article", "tense", "sentence", "text", "start", "end", "granularity", "relative"),
    list(CASES.values()),
    ids=list(CASES),
)
def test_dates_resolution(article, tense, sentence, text, start, end, granularity, relative):
    value = one_date(article, tense, sentence, text)
    assert sentence[value.start : value.stop] == value.text
    expected = (D(start) if start else None, D(end) if end else None, granularity, relative)
    assert (value.value_start, value.value_end, value.granularity, value.relative) == expected


@pytest.mark.parametrize(
    ("article", "tense", "sentence", "text", "start", "end", "granularity", "relative"),
    list(CASES_IN_CONTEXT.values()),
    ids=list(CASES_IN_CONTEXT),
)
def test_dates_resolution_in_context(
    article, tense, sentence, text, start, end, granularity, relative
):
    found = find_dates(sentence, D(article) if article else None, lambda *_: tense)
    (value,) = [value for value in found if value.text == text]
    expected = (D(start) if start else None, D(end) if end else None, granularity, relative)
    assert (value.value_start, value.value_end, value.granularity, value.relative) == expected


# (first day, last day, granularity, part) -> the part's first and last day: every
# granularity a part applies to, also those the grammar reaches only through part_range
PARTS = [
    ("2024-02-01", "2024-02-29", "month", "first_half", "2024-02-01", "2024-02-15"),
    ("2024-02-01", "2024-02-29", "month", "second_half", "2024-02-16", "2024-02-29"),
    ("2024-02-01", "2024-02-29", "month", "end", "2024-02-21", "2024-02-29"),
    ("1901-01-01", "2000-12-31", "century", "start", "1901-01-01", "1933-12-31"),
    ("1901-01-01", "2000-12-31", "century", "mid", "1934-01-01", "1967-12-31"),
    ("1901-01-01", "2000-12-31", "century", "end", "1968-01-01", "2000-12-31"),
    ("1901-01-01", "2000-12-31", "century", "first_half", "1901-01-01", "1950-12-31"),
    ("1990-01-01", "1999-12-31", "decade", "second_half", "1995-01-01", "1999-12-31"),
    ("2014-01-01", "2014-12-31", "year", "first_half", "2014-01-01", "2014-06-30"),
    ("2014-01-01", "2014-12-31", "year", "second_half", "2014-07-01", "2014-12-31"),
    ("2014-06-01", "2014-08-31", "season", "first_half", "2014-06-01", "2014-06-30"),
    ("2014-06-01", "2014-08-31", "season", "second_half", "2014-07-01", "2014-08-31"),
    ("2013-12-01", "2014-02-28", "season", "end", "2014-02-01", "2014-02-28"),
    ("2013-12-01", "2014-02-28", "season", "first_half", "2013-12-01", "2013-12-31"),
    ("2014-04-01", "2014-06-30", "quarter", "start", "2014-04-01", "2014-04-30"),
    ("2014-07-01", "2014-12-31", "half", "end", "2014-11-01", "2014-12-31"),
    ("2024-05-13", "2024-05-19", "week", "start", "2024-05-13", "2024-05-14"),
    ("2024-05-13", "2024-05-19", "week", "mid", "2024-05-15", "2024-05-16"),
    ("2024-05-13", "2024-05-19", "week", "end", "2024-05-17", "2024-05-19"),
    ("2024-05-13", "2024-05-19", "week", "first_half", "2024-05-13", "2024-05-15"),
    ("2024-05-13", "2024-05-19", "week", "second_half", "2024-05-16", "2024-05-19"),
    ("2024-05-15", "2024-05-15", "day", "start", "2024-05-15", "2024-05-15"),  # a day is whole
    ("2024-05-15", "2024-05-15", "day", "eve", "2024-05-14", "2024-05-14"),
]


@pytest.mark.parametrize(("begin", "end", "granularity", "part", "first", "last"), PARTS)
def test_dates_part_range(begin, end, granularity, part, first, last):
    assert part_range(D(begin), D(end), granularity, part) == (D(first), D(last))


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("в выходные", PAST, ("2024-05-11", "2024-05-12")),
        ("в выходные", FUT, ("2024-05-18", "2024-05-19")),
        ("по выходным", PAST, (None, None)),  # a habit
        ("все выходные", FUT, (None, None)),
    ],
)
def test_dates_weekend(text, tense, expected):
    start, end = (D(day) if day else None for day in expected)
    assert weekend(text, D("2024-05-15"), tense) == (start, end, "period", True)


@pytest.mark.parametrize(
    ("following", "alone"),
    [
        ("", True),
        ("как", True),
        ("вечером", True),  # a noun, but no genitive
        ("выборов", False),
        ("намеченного", False),
        ("него", False),
        ("двух", False),
    ],
)
def test_dates_eve_alone(following, alone):
    assert eve_alone(following) is alone


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("с 2014 годом", True),
        ("С 2014 ГОДОМ", True),  # a headline in capitals
        ("с 2014 года", False),
        ("С 1933г.", False),
    ],
)
def test_dates_instrumental(text, expected):
    assert instrumental(text) is expected


@pytest.mark.parametrize(
    ("text", "singular"), [("год назад", True), ("Неделю назад", True), ("лет назад", False),
                           ("назад", False)]
)  # fmt: skip
def test_dates_singular_unit(text, singular):
    assert singular_unit(text) is singular


# the planted bugs of issue 17, one named test each
def test_dates_day_month_on_the_article_day_is_that_year():
    value = one_date(WED, PAST, "Встреча прошла 3 января.", "3 января")
    assert value.value_start == value.value_end == D("2024-01-03")


def test_dates_weekday_on_its_own_day_is_that_day():
    for tense in (PAST, FUT, None):
        value = one_date(WED, tense, "Встреча в среду.", "в среду")
        assert value.value_start == value.value_end == D(WED)


def test_dates_short_year_of_the_article_year_is_this_century():
    value = one_date(WED, None, "Договор подписан 1.2.24 в Астане.", "1.2.24")
    assert value.value_start == D("2024-02-01")


def test_dates_months_ago_is_the_exact_month():
    value = one_date("2024-05-15", PAST, "Это случилось три месяца назад.", "три месяца назад")
    assert (value.value_start, value.value_end) == (D("2024-02-01"), D("2024-02-29"))


def test_dates_last_quarter_is_the_calendar_quarter_before():
    for article, start, end in [
        ("2024-05-15", "2024-01-01", "2024-03-31"),
        ("2024-01-03", "2023-10-01", "2023-12-31"),
        ("2024-12-31", "2024-07-01", "2024-09-30"),
    ]:
        value = one_date(article, PAST, "Цены выросли в прошлом квартале.", "в прошлом квартале")
        assert (value.value_start, value.value_end) == (D(start), D(end)), article

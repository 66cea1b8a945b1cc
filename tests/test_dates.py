"""Dates: grammar + resolution as a pure function, and the ``ruextract_dates`` component."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ruextract.dates import find_dates
from ruextract.records import DateValue

SEED = Path(__file__).resolve().parents[1] / "data" / "raw" / "000_a1ea925e5c1963ce.txt"
D = date.fromisoformat
PAST = "Past"
FUT = "Fut"

# (article date, sentence, tense of its verb, expected text, value_start, value_end, granularity)
CASES = {
    "full_date": (
        "2024-01-03",
        "Договор подписан 3 января 2024 года в Астане.",
        PAST,
        "3 января 2024 года",
        "2024-01-03",
        "2024-01-03",
        "day",
    ),
    "full_date_abbreviated_year": (
        None,
        "Указ вступил в силу 2 марта 2020 г.",
        PAST,
        "2 марта 2020 г.",
        "2020-03-02",
        "2020-03-02",
        "day",
    ),
    "numeric_date": (
        None,
        "Приказ от 01.02.2023 отменён.",
        PAST,
        "от 01.02.2023",
        "2023-02-01",
        "2023-02-01",
        "day",
    ),
    "numeric_date_short_year": (
        "2024-01-03",
        "Срок истёк 1.2.23, сообщил суд.",
        PAST,
        "1.2.23",
        "2023-02-01",
        "2023-02-01",
        "day",
    ),
    "day_month_past_tense_goes_back": (
        "2024-01-03",
        "Визит состоялся 5 августа.",
        PAST,
        "5 августа",
        "2023-08-05",
        "2023-08-05",
        "day",
    ),
    "month_year": (
        None,
        "Закон был принят в декабре 2014 года.",
        PAST,
        "в декабре 2014 года",
        "2014-12-01",
        "2014-12-31",
        "month",
    ),
    "year_genitive": (
        None,
        "Рост продолжался с весны до конца 2023 года.",
        PAST,
        "до конца 2023 года",
        None,
        "2023-12-31",
        "period",
    ),
    "year_locative": (
        None,
        "В 2023 году товарооборот вырос.",
        PAST,
        "В 2023 году",
        "2023-01-01",
        "2023-12-31",
        "year",
    ),
    "year_abbreviated": (
        None,
        "Отчёт за 2023 г. опубликован.",
        PAST,
        "за 2023 г.",
        "2023-01-01",
        "2023-12-31",
        "year",
    ),
    "range_of_days": (
        None,
        "Фестиваль пройдёт с 1 по 5 марта 2023 года в Москве.",
        FUT,
        "с 1 по 5 марта 2023 года",
        "2023-03-01",
        "2023-03-05",
        "period",
    ),
    "range_of_years_dash": (
        None,
        "Он руководил компанией в 2003—2016 годы.",
        PAST,
        "в 2003—2016 годы",
        "2003-01-01",
        "2016-12-31",
        "period",
    ),
    "range_of_years_hyphen": (
        None,
        "Цены росли в 2019-2020 годах.",
        PAST,
        "в 2019-2020 годах",
        "2019-01-01",
        "2020-12-31",
        "period",
    ),
    "range_of_years_short_end": (
        None,
        "Сезон 1989-90 стал лучшим.",
        PAST,
        "1989-90",
        "1989-01-01",
        "1990-12-31",
        "period",
    ),
    "since_year": (
        None,
        "Он живёт в Москве с 1995 года.",
        None,
        "с 1995 года",
        "1995-01-01",
        None,
        "period",
    ),
    "quarter": (
        None,
        "ВВП вырос в первом квартале 2023 года.",
        PAST,
        "в первом квартале 2023 года",
        "2023-01-01",
        "2023-03-31",
        "quarter",
    ),
    "half": (
        None,
        "Спрос упал во второй половине 2014 года.",
        PAST,
        "во второй половине 2014 года",
        "2014-07-01",
        "2014-12-31",
        "half",
    ),
    "season_with_year": (
        None,
        "Стройку начали летом 2014 года.",
        PAST,
        "летом 2014 года",
        "2014-06-01",
        "2014-08-31",
        "season",
    ),
    "decade": (
        None,
        "Завод закрыли в 1990-х годах.",
        PAST,
        "в 1990-х годах",
        "1990-01-01",
        "1999-12-31",
        "decade",
    ),
    "century_roman": (
        None,
        "Усадьба построена в XIX веке.",
        PAST,
        "в XIX веке",
        "1801-01-01",
        "1900-12-31",
        "century",
    ),
    "period_of_months": (
        "2024-01-03",
        "Товарооборот между двумя странами за 10 месяцев 2023 года составил 21,4 млрд долларов.",
        PAST,
        "за 10 месяцев 2023 года",
        "2023-01-01",
        "2023-10-31",
        "period",
    ),
    "this_year": (
        "2024-01-03",
        "К слову, в этом году в соседней стране намечаются президентские выборы.",
        PAST,
        "в этом году",
        "2024-01-01",
        "2024-12-31",
        "year",
    ),
    "last_year_genitive": (
        "2024-01-03",
        "Одним из ключевых событий в повестке прошлого года стал визит Путина.",
        PAST,
        "прошлого года",
        "2023-01-01",
        "2023-12-31",
        "year",
    ),
    "next_year": (
        "2024-01-03",
        "В следующем году завод удвоит выпуск.",
        FUT,
        "В следующем году",
        "2025-01-01",
        "2025-12-31",
        "year",
    ),
    "last_month": (
        "2024-01-03",
        "В прошлом месяце цены выросли.",
        PAST,
        "В прошлом месяце",
        "2023-12-01",
        "2023-12-31",
        "month",
    ),
    "last_week": (
        "2024-01-03",
        "Об этом стало известно на прошлой неделе.",
        PAST,
        "на прошлой неделе",
        "2023-12-25",
        "2023-12-31",
        "week",
    ),
    "month_of_last_year": (
        "2024-01-03",
        "В декабре прошлого года они встретились.",
        PAST,
        "В декабре прошлого года",
        "2023-12-01",
        "2023-12-31",
        "month",
    ),
    "today": (
        "2024-01-03",
        "Сегодня суд огласил приговор.",
        PAST,
        "Сегодня",
        "2024-01-03",
        "2024-01-03",
        "day",
    ),
    "yesterday": (
        "2024-01-03",
        "Вчера министр прилетел в Минск.",
        PAST,
        "Вчера",
        "2024-01-02",
        "2024-01-02",
        "day",
    ),
    "day_before_yesterday": (
        "2024-01-03",
        "Позавчера шёл снег.",
        PAST,
        "Позавчера",
        "2024-01-01",
        "2024-01-01",
        "day",
    ),
    "tomorrow": (
        "2024-01-03",
        "Завтра начнутся переговоры.",
        FUT,
        "Завтра",
        "2024-01-04",
        "2024-01-04",
        "day",
    ),
    "weekday_past": (
        "2024-01-03",  # a Wednesday
        "Об этом сообщила во вторник пресс-служба МВД.",
        PAST,
        "во вторник",
        "2024-01-02",
        "2024-01-02",
        "day",
    ),
    "weekday_future": (
        "2024-01-03",
        "Переговоры пройдут в пятницу.",
        FUT,
        "в пятницу",
        "2024-01-05",
        "2024-01-05",
        "day",
    ),
    "month_without_year_past": (
        "2024-01-03",
        "Соглашение подписали в мае.",
        PAST,
        "в мае",
        "2023-05-01",
        "2023-05-31",
        "month",
    ),
    "month_without_year_future": (
        "2024-01-03",
        "Выборы пройдут в марте.",
        FUT,
        "в марте",
        "2024-03-01",
        "2024-03-31",
        "month",
    ),
    "weekday_with_date": (
        None,
        "Митинг прошёл в воскресенье, 16 октября 2016 года.",
        PAST,
        "в воскресенье, 16 октября 2016 года",
        "2016-10-16",
        "2016-10-16",
        "day",
    ),
    "years_ago": (
        "2024-01-03",
        "Два года назад компания ушла с рынка.",
        PAST,
        "Два года назад",
        "2022-01-01",
        "2022-12-31",
        "year",
    ),
    "duration_is_not_a_date": (
        "2024-01-03",
        "В этом году исполняется 225 лет со дня рождения Пушкина.",
        None,
        "225 лет",
        None,
        None,
        "duration",
    ),
    "duration_with_preposition": (
        None,
        "Переговоры шли в течение пяти лет.",
        PAST,
        "в течение пяти лет",
        None,
        None,
        "duration",
    ),
    "duration_words": (None, "Обыск длился три дня.", PAST, "три дня", None, None, "duration"),
    "duration_adjective": (
        None,
        "Ему дали 15-летний срок.",
        PAST,
        "15-летний срок",
        None,
        None,
        "duration",
    ),
    "decade_in_words_with_century": (
        None,
        "В девяностые годы двадцатого века завод закрыли.",
        PAST,
        "В девяностые годы двадцатого века",
        "1990-01-01",
        "1999-12-31",
        "decade",
    ),
    "decade_in_words": (
        None,
        "В семидесятые годы он пел в ансамбле.",
        PAST,
        "В семидесятые годы",
        "1970-01-01",
        "1979-12-31",
        "decade",
    ),
    "dateline_month_abbreviation": (
        "2019-08-01",
        "МОСКВА, 1 авг — РИА Новости.",
        PAST,
        "1 авг",
        "2019-08-01",
        "2019-08-01",
        "day",
    ),
    "week_as_length": (
        None,
        "Она провела неделю в постели.",
        PAST,
        "неделю",
        None,
        None,
        "duration",
    ),
    "ordinal_day_as_length": (
        None,
        "Он второй день в реанимационной палате.",
        None,
        "второй день",
        None,
        None,
        "duration",
    ),
    "since_today": (
        "2020-04-03",
        "С сегодняшнего дня все подразделения будут работать активнее.",
        FUT,
        "С сегодняшнего дня",
        "2020-04-03",
        None,
        "period",
    ),
    "hours_as_a_length": (
        None,
        "Журналиста держали без адвоката в течение 12 часов.",
        PAST,
        "в течение 12 часов",
        None,
        None,
        "duration",
    ),
    "many_decades_as_a_length": (
        None,
        "Он на протяжении многих десятилетий был в числе лидеров церкви.",
        PAST,
        "на протяжении многих десятилетий",
        None,
        None,
        "duration",
    ),
    "next_month_of_that_name": (
        "2019-05-21",
        "Широкая премьера планируется в следующем мае.",
        FUT,
        "в следующем мае",
        "2020-05-01",
        "2020-05-31",
        "month",
    ),
    "last_month_of_that_name": (
        "2019-05-21",
        "В прошлом августе цены росли.",
        PAST,
        "В прошлом августе",
        "2018-08-01",
        "2018-08-31",
        "month",
    ),
    "one_day_as_a_length": (
        None,
        "Он провёл там один день.",
        PAST,
        "один день",
        None,
        None,
        "duration",
    ),
    "bare_year_in_list": (
        None,
        "Он снялся в фильмах «Мать» (1999), «Поговори с ней» (2002).",
        PAST,
        "1999",
        "1999-01-01",
        "1999-12-31",
        "year",
    ),
}

CASES_MUST_NOT_MATCH = {
    "decimal_number": "Товарооборот составил 21,4 миллиарда долларов.",
    "percent": "Инфляция замедлилась до 7,4% годовых.",
    "ordinal": "Он занял 2-е место в турнире.",
    "score": "Команда победила со счётом 2:1.",
    "time_of_day": "Встреча началась в 10:35 по местному времени.",
    "count_of_things": "Изъято 300 договоров и 26 автоматов.",
    "year_sized_count": "Петицию подписали около 2000 человек.",
    "year_in_url": "Источник: https://example.ru/politics/07/07/2016/577e4cc",
    "age": "Кандидату 68 лет, он родом с севера.",
    "age_in_years": "Он умер в возрасте 78 лет.",
    "weekday_homonym": "Агентство по охране окружающей среды США.",
    "hours_later_are_a_time": "Корабль пристыковался к МКС через 6 часов.",
    "hour_of_day": "Встреча началась в 10 часов утра.",
}

CASES_KNOWN_GAPS = {
    # two dates joined by "и" are one DATE span in NEREL
    "coordinated_dates": (None, "Митинги прошли 20 июня и 10 августа.", "20 июня и 10 августа"),
}


def one_date(article: str | None, sentence: str, tense: str | None, text: str) -> DateValue:
    article_date = D(article) if article else None
    found = [
        value
        for value in find_dates(sentence, article_date, lambda *_: tense)
        if value.text == text
    ]
    assert len(found) == 1, find_dates(sentence, article_date, lambda *_: tense)
    return found[0]


@pytest.mark.parametrize(
    ("article", "sentence", "tense", "text", "value_start", "value_end", "granularity"),
    list(CASES.values()),
    ids=list(CASES),
)
def test_dates_resolve(article, sentence, tense, text, value_start, value_end, granularity):
    value = one_date(article, sentence, tense, text)
    assert sentence[value.start : value.stop] == value.text == text
    assert value.value_start == (D(value_start) if value_start else None)
    assert value.value_end == (D(value_end) if value_end else None)
    assert value.granularity == granularity


@pytest.mark.parametrize(
    "sentence", list(CASES_MUST_NOT_MATCH.values()), ids=list(CASES_MUST_NOT_MATCH)
)
def test_dates_must_not_match(sentence):
    assert find_dates(sentence, D("2024-01-03")) == []


@pytest.mark.parametrize(
    ("article", "sentence", "text"), list(CASES_KNOWN_GAPS.values()), ids=list(CASES_KNOWN_GAPS)
)
@pytest.mark.xfail(strict=True)
def test_dates_known_gaps(article, sentence, text):
    assert [value.text for value in find_dates(sentence, article)] == [text]


def test_dates_relative_without_article_date_stays_unresolved():
    (value,) = find_dates("В прошлом году завод закрыли.")
    assert (value.value_start, value.value_end, value.relative) == (None, None, True)
    assert value.granularity == "year"


def test_dates_relative_year_uses_article_date():
    (value,) = find_dates("В прошлом году завод закрыли.", D("2010-06-01"))
    assert (value.value_start, value.value_end, value.relative) == (
        D("2009-01-01"),
        D("2009-12-31"),
        True,
    )


def test_dates_component_on_seed(parse):
    header, text = SEED.read_text(encoding="utf-8").lstrip().split(None, 2)[1:]
    doc = parse(text, header)
    spans = doc.spans["dates"]
    values = {span.text: span._.date for span in spans}
    for span in spans:
        value = span._.date
        assert span.label_ == "DATE"
        assert (span.start_char, span.end_char) == (value.start, value.stop)
        assert doc.text[value.start : value.stop] == value.text
    assert values["в этом году"].value_start == D("2024-01-01")
    assert values["прошлого года"].value_end == D("2023-12-31")
    period = values["за 10 месяцев 2023 года"]
    assert (period.value_start, period.value_end) == (D("2023-01-01"), D("2023-10-31"))
    assert values["225 лет"].granularity == "duration"


def test_dates_component_weekday_follows_verb_tense(parse):
    doc = parse("Переговоры пройдут в пятницу.", "2024-01-03")
    (span,) = doc.spans["dates"]
    assert span._.date.value_start == D("2024-01-05")


# --- issue 16: parts of periods, elliptical dates, context, reported speech, ages ---

# (article date, sentence, tense, expected text, value_start, value_end, granularity, part)
CASES_PARTS = {
    "start_of_decade": (
        None,
        "В начале 2000-х Холлис ушёл из музыкального бизнеса.",
        PAST,
        "В начале 2000-х",
        "2000-01-01",
        "2002-12-31",
        "decade",
        "start",
    ),
    "end_of_year": (
        None,
        "Работа над фильмом началась в конце 2017 года.",
        PAST,
        "в конце 2017 года",
        "2017-09-01",
        "2017-12-31",
        "year",
        "end",
    ),
    "mid_year_by": (
        None,
        "Завод выйдет на полную мощность к середине 2015 года.",
        FUT,
        "к середине 2015 года",
        "2015-05-01",
        "2015-08-31",
        "year",
        "mid",
    ),
    "eve_of_year": (
        None,
        "Указ подписан в канун 2013 года.",
        PAST,
        "в канун 2013 года",
        "2012-12-31",
        "2012-12-31",
        "year",
        "eve",
    ),
    "end_of_month_without_year": (
        "2019-02-21",
        "Под новую волну критики она попала в конце января.",
        PAST,
        "в конце января",
        "2019-01-21",
        "2019-01-31",
        "month",
        "end",
    ),
    "start_of_month_ahead": (
        "2019-02-21",
        "В начале марта цены вырастут.",
        FUT,
        "В начале марта",
        "2019-03-01",
        "2019-03-10",
        "month",
        "start",
    ),
    "mid_of_month": (
        None,
        "В середине мая 2019 года начался сев.",
        PAST,
        "В середине мая 2019 года",
        "2019-05-11",
        "2019-05-20",
        "month",
        "mid",
    ),
    "start_of_the_article_year": (
        "2014-05-30",
        "В начале года рубль упал.",
        PAST,
        "В начале года",
        "2014-01-01",
        "2014-04-30",
        "year",
        "start",
    ),
    "start_of_the_article_week": (
        "2024-01-03",
        "В начале недели акции Apple обрушились.",
        PAST,
        "В начале недели",
        "2024-01-01",
        "2024-01-02",
        "week",
        "start",
    ),
    "end_of_this_month": (
        "2024-01-03",
        "Решение примут в конце этого месяца.",
        FUT,
        "в конце этого месяца",
        "2024-01-21",
        "2024-01-31",
        "month",
        "end",
    ),
    "second_half_of_decade": (
        None,
        "Шукшин дебютировал в кино во второй половине 1950-х.",
        PAST,
        "во второй половине 1950-х",
        "1955-01-01",
        "1959-12-31",
        "decade",
        "second_half",
    ),
    "first_half_of_month": (
        "2024-01-03",
        "Выборы пройдут в первой половине марта.",
        FUT,
        "в первой половине марта",
        "2024-03-01",
        "2024-03-15",
        "month",
        "first_half",
    ),
    "mid_century": (
        None,
        "Усадьбу построили в середине XIX века.",
        PAST,
        "в середине XIX века",
        "1834-01-01",
        "1867-12-31",
        "century",
        "mid",
    ),
    "since_start_of_the_article_year": (
        "2014-05-30",
        "С начала года это уже второе нарушение.",
        PAST,
        "С начала года",
        "2014-01-01",
        None,
        "period",
        None,
    ),
    "until_end_of_the_article_year": (
        "2014-05-30",
        "До конца года завод закроют.",
        FUT,
        "До конца года",
        None,
        "2014-12-31",
        "period",
        None,
    ),
    "until_start_of_a_year": (
        None,
        "Работы продлятся до начала 2020 года.",
        FUT,
        "до начала 2020 года",
        None,
        "2020-04-30",
        "period",
        None,
    ),
    "part_without_an_article_date_keeps_its_part": (
        None,
        "Военные в начале этого года вытеснили экстремистов.",
        PAST,
        "в начале этого года",
        None,
        None,
        "year",
        "start",
    ),
    # must not change: a half of a year is the calendar unit "half", with no part
    "half_of_year_stays_half": (
        None,
        "Спрос упал во второй половине 2014 года.",
        PAST,
        "во второй половине 2014 года",
        "2014-07-01",
        "2014-12-31",
        "half",
        None,
    ),
    # must not change: "до конца" is the end of an open range, not a part
    "until_end_of_year_stays_open": (
        None,
        "Рост продолжался до конца 2023 года.",
        PAST,
        "до конца 2023 года",
        None,
        "2023-12-31",
        "period",
        None,
    ),
}


@pytest.mark.parametrize(
    ("article", "sentence", "tense", "text", "value_start", "value_end", "granularity", "part"),
    list(CASES_PARTS.values()),
    ids=list(CASES_PARTS),
)
def test_dates_parts_of_periods(
    article, sentence, tense, text, value_start, value_end, granularity, part
):
    value = one_date(article, sentence, tense, text)
    assert (value.value_start, value.value_end) == (
        D(value_start) if value_start else None,
        D(value_end) if value_end else None,
    )
    assert (value.granularity, value.part) == (granularity, part)


def test_dates_whole_periods_have_no_part():
    for article, sentence, tense, text, *_ in CASES.values():
        assert one_date(article, sentence, tense, text).part is None, text


# (article date, text of one or more sentences, tense, expected text, value_start, value_end,
#  granularity): the year, the day or the anchor comes from the text around the expression
CASES_CONTEXT = {
    "month_takes_year_of_previous_sentence": (
        "2015-03-01",
        "Товарооборот упал в 2012 году. В августе он вырос.",
        PAST,
        "В августе",
        "2012-08-01",
        "2012-08-31",
        "month",
    ),
    "day_takes_year_of_previous_sentence_without_article_date": (
        None,
        "Показы пройдут с 25 по 28 июля 2019 года. Юбилей отмечается 25 июля.",
        None,
        "25 июля",
        "2019-07-25",
        "2019-07-25",
        "day",
    ),
    "nearest_year_of_the_same_sentence_wins": (
        "2024-01-03",
        "В 2010 году цены росли. В 2015 году, в марте, они упали.",
        PAST,
        "в марте",
        "2015-03-01",
        "2015-03-31",
        "month",
    ),
    # must not change: a year two sentences back is too far, the article date decides
    "year_two_sentences_back_is_not_used": (
        "2024-01-03",
        "Завод открыли в 2014 году. Потом его продали. Соглашение подписали в мае.",
        PAST,
        "в мае",
        "2023-05-01",
        "2023-05-31",
        "month",
    ),
    "same_year_as_named": (
        None,
        "Поправка принята в 1865 году. В том же году её ратифицировали.",
        PAST,
        "В том же году",
        "1865-01-01",
        "1865-12-31",
        "year",
    ),
    "this_same_year_is_the_article_year": (
        "2014-10-20",
        "В этом же году он уехал из страны.",
        PAST,
        "В этом же году",
        "2014-01-01",
        "2014-12-31",
        "year",
    ),
    "next_day_after_the_last_day_named": (
        None,
        "Ночью 2 апреля 2020 года полиция выявила нарушение. Суд назначил штраф. "
        "На следующий день холдинг предложил его компенсировать.",
        PAST,
        "На следующий день",
        "2020-04-03",
        "2020-04-03",
        "day",
    ),
    "a_year_after_a_named_year": (
        None,
        "В 1952 году он окончил МГУ, через год — институт.",
        PAST,
        "через год",
        "1953-01-01",
        "1953-12-31",
        "year",
    ),
    # must not change: with no year named, "через год" is a length of time
    "a_year_later_without_context_is_a_length": (
        "2024-01-03",
        "Через год завод закроют.",
        FUT,
        "Через год",
        None,
        None,
        "duration",
    ),
    "months_of_the_article_year": (
        "2014-10-20",
        "За девять месяцев выпуск вырос на 5%.",
        PAST,
        "За девять месяцев",
        "2014-01-01",
        "2014-09-30",
        "period",
    ),
    # must not change: a period not over by the article date, or followed by "до", is a length
    "months_not_over_are_a_length": (
        "2014-05-20",
        "За девять месяцев он построил дом.",
        PAST,
        "За девять месяцев",
        None,
        None,
        "duration",
    ),
    "months_before_something_are_a_length": (
        "2014-10-20",
        "За два месяца до выборов рейтинг упал.",
        PAST,
        "За два месяца",
        None,
        None,
        "duration",
    ),
    "comparison_with_a_year_is_the_year": (
        None,
        "По сравнению с 2014 годом выпуск вырос.",
        PAST,
        "с 2014 годом",
        "2014-01-01",
        "2014-12-31",
        "year",
    ),
    "comparison_with_last_year": (
        "2015-06-01",
        "Выпуск вырос по сравнению с прошлым годом.",
        PAST,
        "с прошлым годом",
        "2014-01-01",
        "2014-12-31",
        "year",
    ),
    "reported_speech_counts_from_its_date": (
        "2015-10-01",
        "«Завтра мы подпишем соглашение», — сказал он 21 сентября 2015 года.",
        FUT,
        "Завтра",
        "2015-09-22",
        "2015-09-22",
        "day",
    ),
    # must not change: without a verb of speech the article date anchors "завтра"
    "no_speech_verb_keeps_the_article_date": (
        "2015-10-01",
        "Завтра откроется выставка, перенесённая с 21 сентября 2015 года.",
        FUT,
        "Завтра",
        "2015-10-02",
        "2015-10-02",
        "day",
    ),
    "listed_day_shares_the_month": (
        "2014-05-30",
        "Инаугурация запланирована на 9 или 10 июня.",
        FUT,
        "9",
        "2014-06-09",
        "2014-06-09",
        "day",
    ),
    "listed_day_before_empty_parentheses": (
        None,
        "Быков прилетел дать две лекции — 17 () и 21 апреля 2019 года.",
        PAST,
        "17",
        "2019-04-17",
        "2019-04-17",
        "day",
    ),
    "listed_range_shares_the_month": (
        None,
        "Фестиваль пройдёт с 1 по 5 и 12 марта 2023 года.",
        FUT,
        "с 1 по 5",
        "2023-03-01",
        "2023-03-05",
        "period",
    ),
    "list_of_three_days": (
        None,
        "Матчи пройдут 1, 2 и 3 июня 2023 года.",
        FUT,
        "1",
        "2023-06-01",
        "2023-06-01",
        "day",
    ),
}


@pytest.mark.parametrize(
    ("article", "text", "tense", "surface", "value_start", "value_end", "granularity"),
    list(CASES_CONTEXT.values()),
    ids=list(CASES_CONTEXT),
)
def test_dates_resolve_from_context(
    article, text, tense, surface, value_start, value_end, granularity
):
    value = one_date(article, text, tense, surface)
    assert text[value.start : value.stop] == surface
    assert (value.value_start, value.value_end, value.granularity) == (
        D(value_start) if value_start else None,
        D(value_end) if value_end else None,
        granularity,
    )


# (sentence, the date texts expected): ages and other numbers of years that are no dates
CASES_AGES = {
    "dative_name": ("Мартину Шкрели 32 года.", []),
    "indeclinable_name": ("Келли 52 года. Он трижды получал Grammy.", []),
    "dative_noun_opens_clause": ("Кандидатке на пост президента 54 года, она родом с юга.", []),
    "age_at_an_event": ("Он умер от рака в 24 года.", []),
    "age_range_of_people": ("Среди жертв девочки от 13 до 16 лет.", []),
    "age_range_of_dative_pronoun": ("Всем им от 25 до 80 лет.", []),
    "retirement_age": ("Пенсионный возраст повысится до 60 лет, для мужчин — до 65 лет.", []),
    "lived_to_an_age": ("Чиновник дожил до 90 лет и скончался.", []),
    "age_since": ("Он работал с 14 лет.", []),
    "age_in_parentheses": ("Быков родился в 1967 году (51 год).", ["в 1967 году"]),
    "difference_of_ages": ("Он на несколько месяцев старше своего коллеги.", []),
    "age_adjective": ("Маркив, 29-летний боец, вернулся в 2013 году.", ["в 2013 году"]),
    # must not change: lengths of time stay
    "length_of_a_sentence": ("Он отсидел 5 лет.", ["5 лет"]),
    "rate_every_two_years": ("Праздник проводят раз в 2 года.", ["2 года"]),
    "length_after_retiring": ("Он вышел на пенсию и 5 лет жил в деревне.", ["5 лет"]),
    "anniversary_is_a_length": ("Исполнилось 85 лет со дня рождения Визбора.", ["85 лет"]),
    "until_a_year": ("Он возглавлял завод до 1990 года.", ["до 1990 года"]),
    # a four-digit count in a range of counts is not a year
    "count_range": ("Власти убили от 200 до 1000 человек.", []),
    "event_name": ("Его заметили на Неделе моды в Париже.", []),
    "diary": ("Она вела «Карантинные дневники».", []),
    "title_with_a_name": ("Закончены съёмки фильма «Один день Ивана Денисовича».", []),
    "title_of_a_part": ("Фильм снят как один день из жизни Доктора Лизы.", []),
    "decimal_before_a_date": ("Инфляция составила 7,4 и 10 июня ЦБ снизил ставку.", ["10 июня"]),
    "score_before_a_date": ("Счёт 2:1 и 10 июня команда вышла в финал.", ["10 июня"]),
}


@pytest.mark.parametrize(("sentence", "texts"), list(CASES_AGES.values()), ids=list(CASES_AGES))
def test_dates_ages_are_not_dates(sentence, texts):
    assert [value.text for value in find_dates(sentence, D("2019-06-01"))] == texts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Инаугурация запланирована на 10 июня.", "2014-06-10"),  # a plan points forward
        ("Ожидается, что закон вступит в силу в марте.", "2015-03-01"),
        ("Он должен вернуться в марте.", "2015-03-01"),
        ("Инаугурация состоялась 10 июня.", "2013-06-10"),  # must not change: the past
    ],
)
def test_dates_component_plan_verbs_point_forward(parse, sentence, expected):
    doc = parse(sentence, "2014-05-30")
    (span,) = doc.spans["dates"]
    assert span._.date.value_start == D(expected)

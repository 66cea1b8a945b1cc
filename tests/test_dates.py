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
}

CASES_KNOWN_GAPS = {
    # decades and centuries in words
    "decade_in_words": (
        None,
        "В девяностые годы двадцатого века завод закрыли.",
        "В девяностые годы двадцатого века",
    ),
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

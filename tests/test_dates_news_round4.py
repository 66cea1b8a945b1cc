"""Dates on real news, round 4: the families of the studied held-out draw 7 and the known bugs.

Each family has the cases it fixes and the cases on the other side of its condition, which must
not change.
"""

from __future__ import annotations

from datetime import date

import pytest

from ruextract.dates import find_dates

D = date.fromisoformat
PAST, FUT = "Past", "Fut"

# (article date, text, tense, expected text, value_start, value_end, granularity, part)
CASES = {
    # a fraction of years counts in months: 2.5 years before March 2020 is September 2017
    "two_and_a_half_years_ago_counts_the_half": (
        "2020-03-28", "Два с половиной года назад он уехал из страны.", PAST,
        "Два с половиной года назад", "2017-01-01", "2017-12-31", "year", None,
    ),
    "two_and_a_half_years_ago_late_in_the_year": (
        "2020-11-15", "Два с половиной года назад он уехал из страны.", PAST,
        "Два с половиной года назад", "2018-01-01", "2018-12-31", "year", None,
    ),
    "a_year_and_a_half_ago": (
        "2020-03-28", "Полтора года назад компания закрыла завод.", PAST,
        "Полтора года назад", "2018-01-01", "2018-12-31", "year", None,
    ),
    "a_month_and_a_half_ago": (
        "2020-03-28", "Полтора месяца назад компания закрыла завод.", PAST,
        "Полтора месяца назад", "2020-02-01", "2020-02-29", "month", None,
    ),
    # must not change: whole years
    "two_years_ago_stays": (
        "2020-03-28", "Два года назад он уехал из страны.", PAST,
        "Два года назад", "2018-01-01", "2018-12-31", "year", None,
    ),
    # "его" / "её" / "их" read the same in every case: the word after them decides
    "eve_of_his_visit_has_no_value": (
        "2020-03-28", "Накануне его визита в Москву министр заявил о переговорах.", PAST,
        "Накануне", None, None, "day", None,
    ),
    "eve_of_her_speech_has_no_value": (
        "2020-03-28", "Накануне её выступления в парламенте прошли протесты.", PAST,
        "Накануне", None, None, "day", None,
    ),
    "eve_then_him_as_an_object": (
        "2020-03-28", "Накануне его задержали в аэропорту.", PAST,
        "Накануне", "2020-03-27", "2020-03-27", "day", None,
    ),
    "eve_then_a_verb": (
        "2020-03-28", "Накануне полиция задержала двух подозреваемых.", PAST,
        "Накануне", "2020-03-27", "2020-03-27", "day", None,
    ),
    # a half of the article's week or month (2020-03-28 is a Saturday)
    "first_half_of_the_week": (
        "2020-03-28", "В первой половине недели в Москве было тепло.", PAST,
        "В первой половине недели", "2020-03-23", "2020-03-25", "week", "first_half",
    ),
    "second_half_of_this_month": (
        "2020-03-28", "Во второй половине этого месяца цены выросли.", PAST,
        "Во второй половине этого месяца", "2020-03-16", "2020-03-31", "month", "second_half",
    ),
    # must not change: a half of a year is the calendar unit
    "first_half_of_a_named_year": (
        "2020-03-28", "В первой половине 2015 года цены выросли.", PAST,
        "В первой половине 2015 года", "2015-01-01", "2015-06-30", "half", None,
    ),
    "first_half_of_a_month_named": (
        "2020-03-28", "В первой половине июня 2019 года цены выросли.", PAST,
        "В первой половине июня 2019 года", "2019-06-01", "2019-06-15", "month", "first_half",
    ),
    # "двумя неделями ранее": counted back from the day just named
    "two_weeks_earlier_than_a_day": (
        "2020-03-28",
        "Он умер 28 марта 2020 года в возрасте 61 года, двумя неделями ранее он потерял мать.",
        PAST, "двумя неделями ранее", "2020-03-14", "2020-03-14", "day", None,
    ),
    "three_days_later_than_a_day": (
        "2020-03-28", "Его госпитализировали 2 марта 2020 года. Тремя днями позже он умер.",
        PAST, "Тремя днями позже", "2020-03-05", "2020-03-05", "day", None,
    ),
    "two_weeks_earlier_without_a_day": (
        "2020-03-28", "Двумя неделями ранее он потерял мать.", PAST,
        "Двумя неделями ранее", None, None, "week", None,
    ),
    "three_years_later_than_a_year": (
        "2020-03-28", "Он родился в 1990 году, а тремя годами позже семья переехала.", PAST,
        "тремя годами позже", "1993-01-01", "1993-12-31", "year", None,
    ),
    "a_year_earlier_stays": (
        "2020-03-28", "В 2011 году он уехал. Годом ранее он женился.", PAST,
        "Годом ранее", "2010-01-01", "2010-12-31", "year", None,
    ),
    # "уже через четыре года" counts forward like "через четыре года"
    "already_four_years_later": (
        "2020-03-28", "Он начинал в 1977 году, но уже через четыре года стал профессионалом.",
        PAST, "уже через четыре года", "1981-01-01", "1981-12-31", "year", None,
    ),
    "four_years_later": (
        "2020-03-28", "Он начинал в 1977 году, но через четыре года стал профессионалом.",
        PAST, "через четыре года", "1981-01-01", "1981-12-31", "year", None,
    ),
    # "через N после <event>" counts from the event, not from the date just named
    "a_day_after_an_event_is_a_length": (
        "2020-03-30", "В прошлую пятницу, спустя один день после госпитализации, он умер.",
        PAST, "спустя один день", None, None, "duration", None,
    ),
    "a_day_after_a_named_day": (
        "2020-03-30", "Его госпитализировали 26 марта. Спустя один день он умер.",
        PAST, "Спустя один день", "2020-03-27", "2020-03-27", "day", None,
    ),
    "a_year_after_an_event_is_a_length": (
        "2020-03-30", "В 2011 году прошли выборы, а через год после выборов начались протесты.",
        PAST, "через год", None, None, "duration", None,
    ),
    "a_year_after_a_named_year": (
        "2020-03-30", "В 2011 году прошли выборы, а через год начались протесты.",
        PAST, "через год", "2012-01-01", "2012-12-31", "year", None,
    ),
    # a relative day in a quotation counts from the day of the speech outside it
    "quoted_tomorrow_counts_from_the_speech": (
        "2014-05-30", "«Завтра мы подпишем соглашение», — сказал он 21 сентября.", PAST,
        "Завтра", "2013-09-22", "2013-09-22", "day", None,
    ),
    "quoted_today_counts_from_the_speech": (
        "2014-05-30", "«Сегодня мы подписали соглашение», — заявил министр 2 мая 2013 года.",
        PAST, "Сегодня", "2013-05-02", "2013-05-02", "day", None,
    ),
    "quoted_tomorrow_without_a_day": (
        "2014-05-30", "«Завтра мы подпишем соглашение», — сказал он.", PAST,
        "Завтра", "2014-05-31", "2014-05-31", "day", None,
    ),
    "yesterday_outside_the_quotes": (
        "2014-05-30", "Вчера он сказал, что 21 сентября подпишет соглашение.", PAST,
        "Вчера", "2014-05-29", "2014-05-29", "day", None,
    ),
    "quoted_yesterday_with_two_days": (
        "2014-05-30", "«Вчера мы были в Киеве», — сказал он 21 сентября, а 22 сентября уехал.",
        PAST, "Вчера", "2014-05-29", "2014-05-29", "day", None,
    ),
    "quoted_tomorrow_without_a_verb_of_speech": (
        "2014-05-30", "«Завтра начнётся новый сезон» — гласит афиша от 21 сентября.", PAST,
        "Завтра", "2014-05-31", "2014-05-31", "day", None,
    ),
    # the article date named with its weekday: written later, so a past weekday is the
    # nearest one, after the article date as well as before (2020-03-30 is a Monday)
    "past_weekday_after_a_weekday_dated_article": (
        "2020-03-30",
        "Он скончался в понедельник, 30 марта 2020 года. Министр во вторник заявил об этом.",
        PAST, "во вторник", "2020-03-31", "2020-03-31", "day", None,
    ),
    "past_weekday_before_a_weekday_dated_article": (
        "2020-03-30",
        "Он скончался в понедельник, 30 марта 2020 года. В воскресенье его госпитализировали.",
        PAST, "В воскресенье", "2020-03-29", "2020-03-29", "day", None,
    ),
    "past_weekday_without_the_weekday_named": (
        "2020-03-30", "Он скончался 30 марта 2020 года. Министр во вторник заявил об этом.",
        PAST, "во вторник", "2020-03-24", "2020-03-24", "day", None,
    ),
    "future_weekday_after_a_weekday_dated_article": (
        "2020-03-30",
        "Он скончался в понедельник, 30 марта 2020 года. В воскресенье пройдут похороны.",
        FUT, "В воскресенье", "2020-04-05", "2020-04-05", "day", None,
    ),
    "past_weekday_when_another_day_is_named_with_its_weekday": (
        "2020-03-30",
        "Он заболел в среду, 25 марта 2020 года. Министр во вторник заявил об этом.",
        PAST, "во вторник", "2020-03-24", "2020-03-24", "day", None,
    ),
    # "20-го августа" is a day
    "day_with_an_ordinal_ending": (
        "2015-08-20", "Это случилось 20-го августа в больнице.", PAST,
        "20-го августа", "2015-08-20", "2015-08-20", "day", None,
    ),
    # "полгода" alone is a length, as "на полгода"; "полгода назад" a point
    "half_a_year_alone": (
        "2016-08-16", "Она планирует пожить там полгода.", PAST,
        "полгода", None, None, "duration", None,
    ),
    "half_a_year_ago": (
        "2016-08-16", "Полгода назад она уехала в США.", PAST,
        "Полгода назад", "2016-02-01", "2016-02-29", "month", None,
    ),
    # a half of a decade named in words
    "second_half_of_the_nineties": (
        "2015-08-20", "Она прославилась во второй половине девяностых годов.", PAST,
        "во второй половине девяностых годов", "1995-01-01", "1999-12-31", "decade",
        "second_half",
    ),
    # a day and month named before with a year take that year, over the previous sentence's
    "repeated_day_takes_its_year": (
        "2015-02-11",
        "Выборы назначены на 26 апреля 2015 года. Его срок истекает в конце 2016 года. "
        "Он согласился участвовать в выборах, назначенных на 26 апреля.",
        FUT, "на 26 апреля", "2015-04-26", "2015-04-26", "day", None,
    ),
    "another_day_takes_the_previous_sentence_year": (
        "2015-02-11",
        "Выборы назначены на 26 апреля 2015 года. Его срок истекает в конце 2016 года. "
        "Выборы в парламент назначены на 27 апреля.",
        FUT, "на 27 апреля", "2016-04-27", "2016-04-27", "day", None,
    ),
    "repeated_day_with_a_year_in_its_sentence": (
        "2015-02-11",
        "Выборы прошли 26 апреля 2011 года. В 2015 году выборы назначены на 26 апреля.",
        FUT, "на 26 апреля", "2015-04-26", "2015-04-26", "day", None,
    ),
    # a street named after a date leaves a day without a year (an undated article)
    "day_beside_a_street_name_takes_no_year": (
        None, "В ночь на 19 декабря двое мужчин проникли на станцию «Улица 1905 года».", PAST,
        "на 19 декабря", None, None, "day", None,
    ),
}  # fmt: skip


@pytest.mark.parametrize(
    ("article", "text", "tense", "surface", "value_start", "value_end", "granularity", "part"),
    list(CASES.values()),
    ids=list(CASES),
)
def test_dates_round4_values(
    article, text, tense, surface, value_start, value_end, granularity, part
):
    article_date = D(article) if article else None
    found = [
        value for value in find_dates(text, article_date, lambda *_: tense) if value.text == surface
    ]
    assert len(found) == 1, find_dates(text, article_date, lambda *_: tense)
    (value,) = found
    assert text[value.start : value.stop] == surface
    assert (value.value_start, value.value_end, value.granularity, value.part) == (
        D(value_start) if value_start else None,
        D(value_end) if value_end else None,
        granularity,
        part,
    )


# (text, the texts of the dates found): dates inside names, halves of a day
CASES_FOUND = {
    "year_in_a_street_name": ("Они проникли на станцию метро «Улица 1905 года».", []),
    "day_in_a_square_name": ("Митинг прошёл на площади 9 Января в Петербурге.", []),
    "year_in_a_lower_case_street_name": ("Он жил на улице 1905 года в Москве.", []),
    # must not change: a preposition between the street and the date
    "street_then_a_year": ("Он жил на этой улице в 1905 году.", ["в 1905 году"]),
    "half_of_a_day_is_a_time": ("В первой половине дня ожидается потепление.", []),
    # a quotation that is only a date is a title; a name is capitalised inside a sentence
    "film_title": ("Он снимался в фильмах «Карнавальная ночь», «31 июня».", []),
    "newspaper_title": ('Как пишет газета "Сегодня", министр ушёл в отставку.', []),
    "date_in_a_longer_quotation": ("«Сегодня мы победили», — сказал он.", ["Сегодня"]),
    "short_title_ending_in_a_date": (
        "Он возглавил агентство «Россия сегодня» в 2013 году.",
        ["в 2013 году"],
    ),
    "quoted_speech_after_a_colon": ("Он сказал: «Мы победим сегодня».", ["сегодня"]),
    "long_quotation_after_a_word": (
        "Он сказал «мы точно победим в этом матче сегодня».",
        ["сегодня"],
    ),
    "age_after_whom_then_was": ("Она ранила женщину, которой тогда был 71 год.", []),
    "term_after_whom_threatens": ("Малышков, которому грозит 5 лет, уехал.", ["5 лет"]),
    "a_woman_named_marta": ("Третьим кандидатом стала бразильянка Марта.", []),
    "an_agency_named_spring": ("Журналистам ИА Красная Весна сообщили об этом.", []),
    "season_opening_a_sentence": ("Итоги. Весна пришла рано.", ["Весна"]),
    "month_after_a_preposition": ("Выборы прошли в марте.", ["в марте"]),
    # ages: "с N лет", a list in parentheses, "<people> до N лет"
    "age_since_a_number_word": ("Она начала петь с пяти лет.", []),
    "ages_listed_in_parentheses": ("В боях участвовали его сыновья (10, 9 и 8 лет).", []),
    "age_alone_in_parentheses": ("Он родился в 1967 году (51 год).", ["в 1967 году"]),
    "age_of_people_up_to": ("Продажа альбома лицам до восемнадцати лет запрещена.", []),
    "age_of_girls_up_to": ("Она выиграла чемпионат среди девушек до 20 лет.", []),
    "term_up_to_after_a_verb": ("За это подросткам грозит до 5 лет.", ["до 5 лет"]),
    "term_up_to_after_a_noun": ("Его приговорили на срок до восьми лет.", ["до восьми лет"]),
    "length_since_a_day": ("С 2001 года прошло 19 лет.", ["С 2001 года", "19 лет"]),
    # a year of three digits with "в … году"; not an ordinal year of life
    "early_year": ("Слово было произнесено в 410 году в Гиппоне.", ["в 410 году"]),
    "year_of_life_is_no_date": ("Он умер на 150 году жизни.", []),
    "three_digits_without_the_year_word": ("Он пробежал в 410 метрах от дома.", []),
    # "в течение последней недели" is a length; "воскресный" is a weekday like "субботний"
    "during_the_last_week": (
        "В течение последней недели шли протесты.",
        ["В течение последней недели"],
    ),
    "sunday_adjective": ("Итоги. Воскресный матч длился три дня.", ["Воскресный", "три дня"]),
    "half_of_a_year_is_a_date": ("В первой половине года ожидается рост.", ["В первой половине"]),
}


@pytest.mark.parametrize(("text", "texts"), list(CASES_FOUND.values()), ids=list(CASES_FOUND))
def test_dates_round4_found(text, texts):
    assert [value.text for value in find_dates(text, D("2020-03-28"))] == texts


# (text, expected text, value_start): "будет" is the future whatever the tagger says
# (2015-08-20 is a Thursday); "будущий" is no verb
CASES_TENSE = {
    "future_of_be": ("Скорее всего, прощание будет в понедельник.", "в понедельник", "2015-08-24"),
    "past_of_be": ("Прощание было в понедельник.", "в понедельник", "2015-08-17"),
    "future_adjective_is_no_verb": (
        "Будущий премьер уехал в понедельник.",
        "в понедельник",
        "2015-08-17",
    ),
}


@pytest.mark.parametrize(
    ("text", "surface", "value"), list(CASES_TENSE.values()), ids=list(CASES_TENSE)
)
def test_dates_round4_tense(nlp, text, surface, value):
    from ruextract.pipeline import as_article, run_docs

    (doc,) = run_docs(nlp, [as_article(text, "2015-08-20")])
    found = [span._.date for span in doc.spans["dates"] if span.text == surface]
    assert [date_.value_start for date_ in found] == [D(value)]

"""Word lists of the date grammar (months, weekdays, seasons, numerals, ordinals, units of time,
relative words) and the normalizers that read a value off a word (:func:`roman_value`,
:func:`unit_of`, :func:`number_value`).
"""

from __future__ import annotations

from ruextract import models

# ---------------------------------------------------------------------------------------------
# WORD LISTS (lemmas as pymorphy3 / OpenCorpora gives them; names from the Russian calendar)

MONTHS = {
    "январь": 1,
    "февраль": 2,
    "март": 3,
    "апрель": 4,
    "май": 5,
    "июнь": 6,
    "июль": 7,
    "август": 8,
    "сентябрь": 9,
    "октябрь": 10,
    "ноябрь": 11,
    "декабрь": 12,
}
MONTH_ADJECTIVES = {
    "январский": 1,
    "февральский": 2,
    "мартовский": 3,
    "апрельский": 4,
    "майский": 5,
    "июньский": 6,
    "июльский": 7,
    "августовский": 8,
    "сентябрьский": 9,
    "октябрьский": 10,
    "ноябрьский": 11,
    "декабрьский": 12,
}
WEEKDAYS = {
    "понедельник": 0,
    "вторник": 1,
    "среда": 2,
    "четверг": 3,
    "пятница": 4,
    "суббота": 5,
    "воскресенье": 6,
}
# seasons: the noun and its adverb ("летом", "зимой"), which pymorphy may lemmatize apart
SEASONS = {
    "зима": "winter",
    "весна": "spring",
    "лето": "summer",
    "осень": "autumn",
    "зимой": "winter",
    "весной": "spring",
    "летом": "summer",
    "осенью": "autumn",
}
# cardinal numerals (lemmas) with their values; "несколько" and kin have none
NUMERALS = {
    "один": 1,
    "два": 2,
    "три": 3,
    "четыре": 4,
    "пять": 5,
    "шесть": 6,
    "семь": 7,
    "восемь": 8,
    "девять": 9,
    "десять": 10,
    "одиннадцать": 11,
    "двенадцать": 12,
    "тринадцать": 13,
    "четырнадцать": 14,
    "пятнадцать": 15,
    "шестнадцать": 16,
    "семнадцать": 17,
    "восемнадцать": 18,
    "девятнадцать": 19,
    "двадцать": 20,
    "тридцать": 30,
    "сорок": 40,
    "пятьдесят": 50,
    "шестьдесят": 60,
    "семьдесят": 70,
    "восемьдесят": 80,
    "девяносто": 90,
    "сто": 100,
    "полтора": 1.5,
    "оба": 2,
    "пара": 2,
    "двое": 2,
    "трое": 3,
    "четверо": 4,
    "пятеро": 5,
    "шестеро": 6,
    "семеро": 7,
    "несколько": None,
    "много": None,
    "сколько-то": None,
    "десяток": None,
    "ряд": None,
}
ORDINALS = {"первый": 1, "второй": 2, "третий": 3, "четвёртый": 4, "четвертый": 4}
# decades in words ("в девяностые годы"): the ordinal of the decade's tens
DECADE_ORDINALS = {
    "двадцатый": 20,
    "тридцатый": 30,
    "сороковой": 40,
    "пятидесятый": 50,
    "шестидесятый": 60,
    "семидесятый": 70,
    "восьмидесятый": 80,
    "девяностый": 90,
}
# centuries in words ("двадцатого века")
CENTURY_ORDINALS = {
    "пятнадцатый": 15,
    "шестнадцатый": 16,
    "семнадцатый": 17,
    "восемнадцатый": 18,
    "девятнадцатый": 19,
    "двадцатый": 20,
    "двадцать первый": 21,
}
# month abbreviations of datelines ("МОСКВА, 1 авг — РИА Новости")
MONTH_ABBREVIATIONS = {
    "янв": 1,
    "фев": 2,
    "февр": 2,
    "мар": 3,
    "апр": 4,
    "авг": 8,
    "сен": 9,
    "сент": 9,
    "окт": 10,
    "ноя": 11,
    "нояб": 11,
    "дек": 12,
}
# units of time, by the start of the word form ("лет" is a form of "год")
UNIT_PREFIXES = (
    ("десятилет", "decade"),
    ("полугод", "half"),
    ("полгод", "half"),
    ("полвек", "half_century"),
    ("столет", "century"),
    ("век", "century"),
    ("год", "year"),
    ("лет", "year"),
    ("квартал", "quarter"),
    ("месяц", "month"),
    ("недел", "week"),
    ("сут", "day"),
    ("ден", "day"),
    ("день", "day"),
    ("дн", "day"),
)
UNIT_LEMMAS = {
    "год",
    "месяц",
    "неделя",
    "день",
    "сутки",
    "десятилетие",
    "век",
    "столетие",
    "квартал",
}
# relative adjectives: "в прошлом году", "на этой неделе", "в следующем месяце"
SHIFTS = {
    "этот": 0,
    "текущий": 0,
    "нынешний": 0,
    "сей": 0,
    "уходящий": 0,
    "прошлый": -1,
    "минувший": -1,
    "прошедший": -1,
    "предыдущий": -1,
    "позапрошлый": -2,
    "следующий": 1,
    "будущий": 1,
    "наступающий": 1,
    "грядущий": 1,
    "предстоящий": 1,
}
# one-word relative days: shift in days from the article date
DAY_WORDS = {
    "сегодня": 0,
    "сегодняшний": 0,
    "вчера": -1,
    "вчерашний": -1,
    "позавчера": -2,
    "завтра": 1,
    "завтрашний": 1,
    "послезавтра": 2,
}
# roman numerals, Latin letters and the Cyrillic look-alikes typists use ("ХХ век")
ROMAN_DIGITS = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "х": 10, "і": 1}


def roman_value(text: str) -> int | None:
    """Value of a Roman numeral ("XIX" -> 19, Cyrillic "ХХ" -> 20); None if it is not one."""
    values = [ROMAN_DIGITS.get(char) for char in text.lower()]
    if not values or None in values:
        return None
    total = 0
    for index, value in enumerate(values):
        if index + 1 < len(values) and values[index + 1] > value:
            total -= value
        else:
            total += value
    return total if 0 < total <= 30 else None


def unit_of(word: str) -> str | None:
    """Unit of time a word form names ("лет" -> "year", "суток" -> "day")."""
    word = word.lower()
    for prefix, unit in UNIT_PREFIXES:
        if word.startswith(prefix):
            return unit
    return None


def number_value(word: str) -> float | None:
    """Value of a numeral word or digits ("пяти" -> 5, "10" -> 10); None when vague."""
    if word.isdigit():
        return int(word)
    for parse in models.morph_analyzer().parse(word.lower()):
        if parse.normal_form in NUMERALS:
            return NUMERALS[parse.normal_form]
    return None

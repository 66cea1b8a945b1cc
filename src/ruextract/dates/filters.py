"""Filters: grammar matches that are no dates (ages, counts, years in URLs, names)."""

from __future__ import annotations

import re

from ruextract.grammars import dates as grammar

# words before "N лет" that make it an age, not a date: "в возрасте 45 лет", "ему 61 год"
AGE_CONTEXT = re.compile(
    r"(возраст\w*|исполн\w*|младше|старше|\bему|\bей|\bим|было|сейчас|девоч\w*|мальчик\w*"
    r"|детям|детей|моложе|старее|лет\s+от\s+роду|\bсвои|\bкоторому|\bкоторой)(\s+\w+)?\s*$",
    re.IGNORECASE,
)
# nouns of streets and squares: a date right after one is part of the name ("станция метро
# «Улица 1905 года»", "на площади 9 Января")
STREET_BEFORE = re.compile(
    r"(?i)\b(улиц|проспект|площад|переул|бульвар|шоссе|набережн|проезд)\w*\s*[«\"„]?\s*$"
)
QUOTES_OPEN, QUOTES_CLOSE = frozenset('«„“"'), frozenset('»“”"')


def short_title(text: str, start: int, stop: int) -> bool:
    """True when the expression ends a quotation of at most three words that a word of the
    sentence leads into («Россия сегодня» after "агентства"): a name, not speech."""
    if text[stop : stop + 1] != "»":
        return False
    opening = text.rfind("«", max(0, start - 40), start)
    if opening < 0 or "»" in text[opening:start]:
        return False
    if len(text[opening + 1 : stop].split()) > 3:
        return False
    return text[:opening].rstrip()[-1:].isalpha()


def edition_year(text: str, start: int, surface: str) -> bool:
    """True when a year of four digits is joined by a hyphen to the name before it: the year
    of an event or an edition («Олимпийских надежд-2009», «Мисс Россия-2017»), a date."""
    return text[start - 1 : start] in ("-", "‑") and re.fullmatch(r"\d{4}", surface) is not None


def lower_month(surface: str) -> bool:
    """True when the expression names a month in lower case: a date ("выйти на улицу 10
    января"), while a street named by a date writes it capitalised ("площадь 9 Января")."""
    return any(word.islower() and grammar.month_of(word) is not None for word in surface.split())


def name_word(text: str, start: int, surface: str, fact) -> bool:
    """True when a month or a season alone (no day, no year, no preposition) is capitalised
    inside a sentence: a name ("бразильянка Марта", "ИА Красная Весна"), not a date."""
    point = fact.start if fact.kind is None else None
    if point is None or not surface.isalpha() or not surface[:1].isupper():
        return False
    if point.year is not None or point.day is not None:
        return False
    if point.month is None and point.season is None:
        return False
    previous = text[:start].rstrip()[-1:]
    return previous != "" and previous not in '.!?\n«"„“—–-:;('


# what the half of an hour-less "в первой половине" may be of, when it is no date: "дня"
HALF_OF_DAY = frozenset({"дня", "суток"})
# a relative pronoun in the dative and up to two words before "N лет": an age ("которой тогда
# был 71 год"), unless a verb of a sentence is among them ("которому грозит 5 лет")
WHO_BEFORE = re.compile(r"(?i)\bкотор(?:ой|ому|ым)((?:\s+[а-яё]+){1,2})\s*$")
# quantities that a bare number may count instead of being a year ("2000 человек")
QUANTITY_CONTEXT = re.compile(r"(около|более|свыше|менее|уже|почти|примерно|до)\s*$", re.I)


def age_context(before: str) -> bool:
    """True when the words before "N лет" make it an age ("в возрасте", "ему уже", "было"),
    not when a verb of a sentence follows the person ("ему грозит до 10 лет")."""
    found = AGE_CONTEXT.search(before)
    if found is None:
        return False
    between = (found.group(2) or "").strip()
    return not (between and verb_of_sentence(between))


def appositive_age(before: str, after: str) -> bool:
    """True when "N лет" stands between commas or before a parenthesis right after a person's
    name, or the name's spelling in parentheses ("Владимир Крамник, 31 год (родился …)",
    "Фаиз Халид (Faiz Khaleed), 26 лет, зубной врач")."""
    found = re.search(r"([А-ЯЁ][а-яё]+)(?:\s*\([^()]*\))?\s*[,—–]\s*$", before)
    if found is None or not re.match(r"\s*[,(]", after):
        return False
    parses = grammar.models.morph_analyzer().parse(found.group(1).lower())
    return any(
        ("Name" in parse.tag or "Surn" in parse.tag) and "nomn" in parse.tag for parse in parses[:3]
    )


def neuter_noun(text: str, stop: int) -> bool:
    """True when the word after ``stop`` is a neuter noun in the singular, which "-е" agrees
    with as an ordinal ("40-е место"); a decade is plural ("в 1990-е экономика росла")."""
    word = next_word(text, stop)
    if not word or not word[0].islower():
        return False
    parse = grammar.models.morph_analyzer().parse(word.lower())[0]
    return parse.tag.POS == "NOUN" and "sing" in parse.tag and "neut" in parse.tag


def counted_noun(text: str, stop: int) -> bool:
    """True when the word after a number is a noun in an oblique plural ("километрах"): the
    number counts it, no year does."""
    word = next_word(text, stop)
    if not word or not word[0].islower():
        return False
    parse = grammar.models.morph_analyzer().parse(word.lower())[0]
    return parse.tag.POS == "NOUN" and "plur" in parse.tag and "nomn" not in parse.tag


def month_adjective_name(text: str, start: int, stop: int) -> bool:
    """True when a month adjective is capitalised inside a sentence: a name ("Октябрьский
    джамаат", "в Октябрьском"), not a month."""
    words = re.findall(r"[А-Яа-яЁё]+", text[start:stop])
    if not words or not words[-1][:1].isupper():
        return False
    parses = grammar.models.morph_analyzer().parse(words[-1].lower())
    if not any(parse.normal_form in grammar.MONTH_ADJECTIVES for parse in parses[:1]):
        return False
    before = text[:start].rstrip()
    return len(words) > 1 or not (before == "" or before[-1] in ".!?\n")


def next_word(text: str, stop: int) -> str:
    """The word right after ``stop`` (after white space), or ''."""
    found = re.match(r"\s*([А-Яа-яЁё]+)", text[stop:])
    return found.group(1) if found else ""


# words after an hour that make it a time of day ("2 часа 15 минут ночи")
TIMES_OF_DAY = frozenset({"утра", "дня", "вечера", "ночи", "пополудни"})
WEEKDAY_NOUNS_ALONE = frozenset({"среда", "среды", "среде", "средой"})


def addressee_before(before: str) -> bool:
    """True when the word before is a person in the dative ("Ему", "Кравцову", "кандидату"),
    or a name after one ("Мартину Шкрели")."""
    before = re.sub(r"\s*[—–-]\s*$", " ", before)  # "старшему сыну Габриэлю — 9 лет"
    two = re.search(r"([А-ЯЁ][а-яё]+)\s+[А-ЯЁ][а-яё]+\s*$", before)
    if two and addressee_word(two.group(1)):
        return True
    # a person in the dative before a name that may be indeclinable, whatever pymorphy guesses
    # first for it ("активисту Мадуро": "мадуро" an adjective first)
    apposed = re.search(r"([а-яё]+)\s+([А-ЯЁ][а-яё]+)\s*$", before)
    if apposed and addressee_word(apposed.group(1)) and indeclinable(apposed.group(2)):
        return True
    found = re.search(r"([А-Яа-яЁё]+)\s*$", before)
    return bool(found) and addressee_word(found.group(1))


def indeclinable(word: str) -> bool:
    """True when one of pymorphy's readings of ``word`` is indeclinable ("Мадуро")."""
    # pymorphy3 reads a word in any letter case alike
    return any("Fixd" in parse.tag for parse in grammar.models.morph_analyzer().parse(word))


def addressee_word(word: str) -> bool:
    """True when ``word`` may be a person in the dative."""
    parses = grammar.models.morph_analyzer().parse(word.lower())
    # an indeclinable name ("Келли") is in every case, the dative among them
    fixed = bool(parses) and "Fixd" in parses[0].tag and word[:1].isupper()
    for parse in parses if fixed else parses[:2]:
        tag = parse.tag
        if "datv" in tag and ("anim" in tag or "Surn" in tag or "Name" in tag or "NPRO" in tag):
            return True
    return False


def people_before(before: str) -> bool:
    """True when ``before`` ends with people in the plural and no verb that gives a term
    comes before them in the clause: "до N лет" is then their age ("лицам до восемнадцати
    лет", "среди девушек до 20 лет"; not "грозит подросткам до 5 лет")."""
    found = re.search(r"([А-Яа-яЁё]+)\s*$", before)
    if not found:
        return False
    parses = grammar.models.morph_analyzer().parse(found.group(1).lower())
    if not parses or not {"anim", "plur", "NOUN"} <= set(parses[0].tag.grammemes):
        return False
    clause = re.split(r"[.!?;,:()—]", before)[-1]
    return not any(verb_of_sentence(word) for word in re.findall(r"[А-Яа-яЁё]+", clause))


def animate_range(before: str) -> bool:
    """True when ``before`` ends with "<people> от N": the start of an age range ("девочки от
    13 до 16 лет", "всем им от 25 до 80 лет")."""
    found = re.search(r"([А-Яа-яЁё]+)\s+от\s+\d+\s*$", before)
    if not found:
        return False
    parses = grammar.models.morph_analyzer().parse(found.group(1).lower())
    if not parses:
        return False
    tag = parses[0].tag
    return ("anim" in tag and tag.POS == "NOUN") or ("NPRO" in tag and "datv" in tag)


# words of a sentence about someone's age: "выходят на пенсию не позже 45 лет", "пенсионный
# возраст повысится до 60 лет", "дожил до 90 лет", "работал с 14 лет"
AGE_WORDS = re.compile(r"(?i)пенси|дожи[лвт]|дожива|\b(с|со)\s*$")
# the clause before an age: from a punctuation mark or a conjunction to the number
CLAUSE_START = re.compile(r"(?:[.!?;:()«»\n—]|\bи\b|\bа\b|\bно\b)[^.!?;:()«»\n—]*$")


def age_of_person(text: str, start: int, stop: int) -> bool:
    """True when "N лет" at ``start`` is someone's age by its clause: a word of age or
    retirement before it ("на пенсию не позже 45 лет"), "с N лет", or a clause that opens with
    a person in the dative ("Кандидатке на пост президента 54 года")."""
    surface = text[start:stop]
    number = re.search(r"\d+", surface)
    if number is None or int(number.group()) > 120 or surface.lower().endswith("назад"):
        return False
    before = text[max(0, start - 100) : start]
    clause = CLAUSE_START.search(before)
    clause_text = clause.group()[1:] if clause else before
    sentence = re.split(r"[.!?]\s", before)[-1]
    if AGE_WORDS.search(clause_text) or "возраст" in sentence.lower():
        return True
    if surface.lower().startswith("до ") and re.search(r"(?i)прожи\w*\s*$", clause_text):
        return True  # "мамонт прожил до 50 лет"
    first = re.match(r"\s*([А-Яа-яЁё]+)", clause_text)
    words = re.findall(r"[А-Яа-яЁё]+", clause_text)
    if any(verb_of_sentence(word) for word in words[1:]):
        return False  # "Ей грозит 8 лет тюрьмы": a sentence
    return bool(first) and len(words) <= 5 and addressee_word(first.group(1))


# verbs that a person in the dative takes with a length of years that is no age
SENTENCE_VERBS = frozenset({"грозить", "дать", "назначить", "присудить", "светить"})


def verb_of_sentence(word: str) -> bool:
    """True when ``word`` is a verb that gives someone a term ("грозит", "дали")."""
    parses = grammar.models.morph_analyzer().parse(word.lower())
    return bool(parses) and parses[0].normal_form in SENTENCE_VERBS


def plausible(text: str, start: int, stop: int, fact) -> bool:
    """False for matches that are not dates: years in URLs, ages, counted numbers."""
    before, after = text[max(0, start - 40) : start], text[stop : stop + 1]
    if any(char and (char.isalnum() or char in "/_") for char in (before[-1:], after)):
        return False  # inside a word or a URL
    if re.match(r"\.\w", text[stop : stop + 2]):
        return False  # a file name: "19.10.16.webm"
    surface = text[start:stop]
    if fact.kind != "ago" and fact.unit is not None and fact.start is None:
        if surface.lower().endswith(("году", "годом")):
            return False
        anniversary = re.match(r"\s+(со|с)\s+(дня|момента|начала|тех)", text[stop : stop + 20])
        if age_context(before) and not anniversary:
            return False
        if fact.unit == "quarter" and surface.lower().endswith("кварталах"):
            return False  # "в четырёх кварталах друг от друга": blocks of a city
        if next_word(text, stop).lower() in ("жизни", "от"):
            return False
        if re.match(r"(?i)в\s+\d", surface) and not surface.lower().endswith("году"):
            return False  # "в 13 лет" is an age
        if surface[:1].isdigit() and addressee_before(before):
            return False  # "Кравцову 39 лет" is an age
        if surface[:1].isdigit() and appositive_age(before, text[stop : stop + 3]):
            return False  # "Веселин Топалов, 31 год (родился 15 марта 1975 года)"
        if fact.unit == "year" and surface[:1].isdigit():
            if re.search(r"(?i)\bв\s*$", before) and not re.search(r"(?i)\bраз\s+в\s*$", before):
                return False  # "умер в 24 года", but "раз в 2 года" is a rate
            if re.search(r"(?i)\bв\s+\d+\s+и\s*$", before):
                return False  # "в 70 и 75 лет": ages listed
            if re.search(r"\((?:\s*\d+\s*(?:,|и))*\s*$", before) and text[stop : stop + 1] == ")":
                return False  # "родился в 1967 году (51 год)", "сыновей (10, 9 и 8 лет)"
        if fact.unit == "year" and re.search(r"(?i)(?:^|\s)(?:с|со)\s*$", before):
            return False  # "начала петь с пяти лет": an age
        if fact.unit == "year" and surface.lower().startswith("до ") and people_before(before):
            return False  # "лицам до восемнадцати лет", "среди девушек до 20 лет"
        if fact.unit == "year" and surface.lower().startswith("до ") and animate_range(before):
            return False  # "девочки от 13 до 16 лет"
        who = WHO_BEFORE.search(before)
        if who and not any(verb_of_sentence(word) for word in who.group(1).split()):
            return False  # "женщине, которой тогда был 71 год"
        if fact.kind is None and fact.unit == "year" and age_of_person(text, start, stop):
            return False
        if next_word(text, stop).lower() in ("старше", "моложе", "младше", "раньше", "позже"):
            return False  # "на несколько месяцев старше": a difference, not a date
        unit_words = re.findall(r"[А-Яа-яЁё]+", surface)[1:]
        if any(word[:1].isupper() for word in unit_words):
            return False  # "на Неделе моды": a name
        if re.match(r"(?i)(один|одна|одно|одну)\s", surface):
            following = next_word(text, stop)
            if following[:1].isupper() or following == "из":
                return False  # a title: "Один день Ивана Денисовича", "один день из жизни"
    if month_adjective_name(text, start, stop):
        return False  # "Октябрьский джамаат", "в городе Октябрьский": names
    if fact.unit == "hour" and (
        re.search(r"(?i)\b(в|во|к|ко|до|с|со|около|после|от|на|через)\s*$", before)
        or next_word(text, stop).lower() in TIMES_OF_DAY
    ):
        return False  # "в 10 часов 30 минут", "2 часа ночи": a time of day
    if fact.unit == "hour" and surface.lower().startswith("за ") and next_word(text, stop) == "до":
        return False  # "за два часа до начала": a time before an event, not a length
    if surface.lower() in WEEKDAY_NOUNS_ALONE:
        return False  # "окружающей среды"
    bare_year = re.fullmatch(r"(?i)(до|с|со|от)\s+\d{4}", surface)
    if fact.kind in ("since", "until") and bare_year and re.search(r"\bот\s+\d+\s*$", before):
        return False  # "от 200 до 1000 человек"
    if before[-1:] in QUOTES_OPEN and text[stop : stop + 1] in QUOTES_CLOSE:
        return False  # a title that is only a date: фильм «31 июня», газета "Сегодня"
    if short_title(text, start, stop) and not edition_year(text, start, surface):
        return False  # агентство «Россия сегодня»
    if name_word(text, start, surface, fact):
        return False  # "бразильянка Марта", "ИА Красная Весна": names
    if surface[:1].isdigit() and STREET_BEFORE.search(before) and not lower_month(surface):
        return False  # "«Улица 1905 года»", "площадь 9 Января": a name
    half = getattr(fact.start, "half", None) if fact.kind is None else None
    if half is not None and fact.start.year is None and next_word(text, stop) in HALF_OF_DAY:
        return False  # "в первой половине дня": a time of day
    if re.search(r"№\s*$", before):
        return False  # "резолюция № 1747"
    if getattr(fact.start, "decade", None) is not None and neuter_noun(text, stop):
        return False  # "на 40-е место": an ordinal
    if re.fullmatch(r"(?i)(в|во|на|от|за|к)\s+\d{4}", surface) and counted_noun(text, stop):
        return False  # "в 1200 километрах от Москвы"
    if (fact.start is not None and fact.kind is None and surface.isdigit()) or (
        fact.kind in ("since", "until") and bare_year
    ):
        if QUANTITY_CONTEXT.search(before):
            return False
        word = next_word(text, stop)
        if word and word[0].islower() and word.lower() not in ("и", "или"):
            parse = grammar.models.morph_analyzer().parse(word.lower())[0]
            if parse.tag.POS in ("NOUN", "ADJF", "NUMR"):
                return False
    return True

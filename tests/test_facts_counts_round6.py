"""Counts and measures from the study of held-out draw 20261136 (sport results, weapons,
accidents): each rule with news phrases it must read and phrases it must leave alone.

A case is a sentence and the exact (surface, value, unit, qualifier) rows ``find_facts``
gives for it.
"""

from __future__ import annotations

import pytest

from ruextract.facts import find_facts


def rows(text: str) -> list[tuple[str, float, str | None, str]]:
    return [(f.text, f.value, f.unit, f.qualifier) for f in find_facts(text)]


CASES_ONE = [
    # "один" + a singular noun is a count of one (facts.md, round 5)
    ("Провёл на ринге 14 боев, потерпев одно поражение в последнем поединке.",
     [("14 боев", 14.0, "бой", "exact"), ("одно поражение", 1.0, "поражение", "exact")]),
    ("Изъяты шесть пистолетов марки Беретта, одна винтовка.",
     [("шесть пистолетов", 6.0, "пистолет", "exact"), ("одна винтовка", 1.0, "винтовка", "exact")]),
    ("Ее попросили сдать еще один анализ сразу после соревнований.",
     [("один анализ", 1.0, "анализ", "exact")]),
    ("Большинство с перевесом в один голос ненадежно.", [("один голос", 1.0, "голос", "exact")]),
    # "от" before a count of one is its verb's preposition, no lower bound
    ("Регион не должен зависеть от одного человека.",
     [("одного человека", 1.0, "человек", "exact")]),
    ("Штрафы от 5 человек не взимаются.", [("от 5 человек", 5.0, "человек", "more_than")]),
    # not a count: "ни", a formula, "за" (a span of time or a denominator), an idiom, a pair
    # with "другой", a noun that is not singular, "один раз"
    ("Ни один олигарх не погиб.", []),
    ("Нужна поддержка половины избирателей плюс один голос.", []),
    ("У клуба 60 очков за один тур до конца чемпионата.", [("60 очков", 60.0, "очко", "exact")]),
    ("Он сидел за одним столом с президентом.", []),
    ("С одной стороны, это выгодно.", []),
    ("Одно соглашение относится к газу, другое — к нефти.", []),
    ("По одним данным, машина врезалась в столб.", []),
    # "другой" pairs with "один" only within its reach (150 characters) in the sentence
    ("Одно соглашение относится к сотрудничеству в области долгосрочных поставок природного "
     "газа по трубопроводу через территорию соседей, а другое — к нефти.", []),
    ("Одно соглашение относится к сотрудничеству в области долгосрочных поставок природного "
     "газа из восточных месторождений страны по новому магистральному трубопроводу через "
     "территорию соседних государств и далее к портам побережья, а другое — к нефти.",
     [("Одно соглашение", 1.0, "соглашение", "exact")]),
    ("Одно соглашение подписано. Другое отложено.",
     [("Одно соглашение", 1.0, "соглашение", "exact")]),
    ("Это случается один раз в год.", []),
    ("Одна из них попала в каску.", []),
]  # fmt: skip

CASES_TWO_UNITS = [
    # a measure in two units is one fact in the larger unit (facts.md, round 5)
    ("Она метнула снаряд на 21 метр 36 сантиметров.",
     [("21 метр 36 сантиметров", 21.36, "m", "exact")]),
    ("Ребенок весит 8 фунтов 6 унций.", [("8 фунтов 6 унций", 8.375, "фунт", "exact")]),
    ("Длина трассы 2 км 300 м по прямой.", [("2 км 300 м", 2.3, "km", "exact")]),
    # the smaller part must be less than one of the larger, with only space between
    ("рост 2 метра 150 сантиметров", [("2 метра", 2.0, "m", "exact"),
                                      ("150 сантиметров", 150.0, "cm", "exact")]),
    ("Они прошли 5 км, 300 метров проплыли.", [("5 км", 5.0, "km", "exact"),
                                               ("300 метров", 300.0, "m", "exact")]),
    # a decimal larger part is a measure of its own
    ("Она прыгнула на 6,5 метра 20 сантиметров выше.", [("6,5 метра", 6.5, "m", "exact"),
                                                        ("20 сантиметров", 20.0, "cm", "exact")]),
    # pounds with no ounces are money
    ("Клуб заплатил 8 фунтов за билет.", [("8 фунтов", 8.0, "GBP", "exact")]),
]  # fmt: skip

CASES_GRAMS = [
    ("Ребенок весит около 3800 г.", []),  # a dot after "г": a year's abbreviation, no grams
    ("Ребенок весит 8 фунтов 6 унций (около 3800 г).",
     [("8 фунтов 6 унций", 8.375, "фунт", "exact"), ("около 3800 г", 3800.0, "g", "approx")]),
    ("Его вес составил 3\u00a0400 г и рост 53 см при рождении.",
     [("3\u00a0400 г", 3400.0, "g", "exact"), ("53 см", 53.0, "cm", "exact")]),
    ("Порция весом 500 г и стакан сока.", [("500 г", 500.0, "g", "exact")]),
    ("в апреле 2011г., когда", []),
    ("Выборы в 1993 г состоялись.", []),
]  # fmt: skip

CASES_SUMS = [
    # a number with the sum of its parts in brackets counts the noun after the bracket, or
    # the noun before a dash before it
    ("В пяти играх он набрал 22 (9+13) очков.",
     [("пяти играх", 5.0, "игра", "exact"), ("22", 22.0, "очко", "exact")]),
    ("В женском турнире больше всех очков — 13 (8+5) — набрала шведка.",
     [("13", 13.0, "очко", "exact")]),
    # the parts must add up to it; a noun must follow or precede it
    ("В пяти играх он набрал 22 (9+12) очков.", [("пяти играх", 5.0, "игра", "exact")]),
    ("Счёт 22 (9+13) был открыт.", []),
]  # fmt: skip

CASES_TIMES = [
    ("В 2019 году владельца автобуса трижды штрафовали.", [("трижды", 3.0, "раз", "exact")]),
    ("Он дважды участвовал в выборах.", [("дважды", 2.0, "раз", "exact")]),
    ("Его четырежды номинировали на «Оскар».", [("четырежды", 4.0, "раз", "exact")]),
    ("Он однажды участвовал в выборах.", []),
]  # fmt: skip

CASES_SUBSTANTIVES = [
    # a count in words before a substantive adjective or participle
    ("Тела еще трех погибших были найдены во время осмотра.",
     [("трех погибших", 3.0, "погибший", "exact")]),
    ("Двое неизвестных в своих постах угрожали президенту.",
     [("Двое неизвестных", 2.0, "неизвестный", "exact")]),
    # its own noun after it, or after a pronoun, or an ordinal: not a substantive
    ("Двое неизвестных мужчин задержаны.", [("Двое неизвестных мужчин", 2.0, "мужчина", "exact")]),
    ("Суд снял одно из двух предъявленных ему обвинений.", []),
    ("Команды ничего не делали две первых 24 секунды.", []),
    # a verb is never the counted noun ("были" is not "быль"); "семь", the subject of the
    # plural verb, counts the noun of the count before (round 7)
    ("Из десяти гидроагрегатов семь были разрушены.",
     [("десяти гидроагрегатов", 10.0, "гидроагрегат", "exact"),
      ("семь", 7.0, "гидроагрегат", "exact")]),
]  # fmt: skip

CASES_ADJECTIVES = [
    # an adjective standing for the noun of the count before it: a breakdown in brackets, a
    # parallel with an adjective of its own, or a chain of them
    ("Сборная завоевала 12 медалей (2 золотых, 5 серебряных и 5 бронзовых).",
     [("12 медалей", 12.0, "медаль", "exact"), ("2 золотых", 2.0, "медаль", "exact"),
      ("5 серебряных", 5.0, "медаль", "exact"), ("5 бронзовых", 5.0, "медаль", "exact")]),
    ("В турнире приняли участие 8 мужских сборных и 4 женских.",
     [("8 мужских сборных", 8.0, "сборная", "exact"), ("4 женских", 4.0, "сборная", "exact")]),
    # a participle stays what it is; no parallel, no bracket: its own lemma
    ("Погибли 8 человек (3 раненых).", [("8 человек", 8.0, "человек", "exact"),
                                         ("3 раненых", 3.0, "раненый", "exact")]),
    ("В аварии 65 погибших и 12 раненых.", [("65 погибших", 65.0, "погибший", "exact"),
                                             ("12 раненых", 12.0, "раненый", "exact")]),
    ("Было 8 сборных и 4 женских.", [("8 сборных", 8.0, "сборная", "exact"),
                                      ("4 женских", 4.0, "женский", "exact")]),
]  # fmt: skip

CASES_MANNER = [
    # a noun that does not agree with its number says how: after "в том числе" the number is
    # a part of the count before it, else no count
    ("Он одержал 13 побед, в том числе 11 нокаутом, потерпев одно поражение.",
     [("13 побед", 13.0, "победа", "exact"), ("11", 11.0, "победа", "exact"),
      ("одно поражение", 1.0, "поражение", "exact")]),
    ("Он выиграл 11 нокаутом.", []),
    # its own noun, or a number ending in 1 (the instrumental may agree), stays
    ("Погибли 12 человек, в том числе 3 ребенка.",
     [("12 человек", 12.0, "человек", "exact"), ("3 ребенка", 3.0, "ребёнок", "exact")]),
    ("Он одержал 21 победу, в том числе 21 нокаутом.",
     [("21 победу", 21.0, "победа", "exact"), ("21 нокаутом", 21.0, "нокаут", "exact")]),
    ("Номинанты в 20 поданных номинациях.",
     [("20 поданных номинациях", 20.0, "номинация", "exact")]),
]  # fmt: skip

CASES_CLOSING = [
    # a number closing a sentence right after its verb counts the people of the count before
    ("На борту теплохода находился 201 человек. Спасти удалось лишь 79.",
     [("201 человек", 201.0, "человек", "exact"), ("79", 79.0, "человек", "exact")]),
    ("Выявлено 10 человек с вирусом. Под подозрением находятся 106. Три пациента выписаны.",
     [("10 человек", 10.0, "человек", "exact"), ("106", 106.0, "человек", "exact"),
      ("Три пациента", 3.0, "пациент", "exact")]),
    ("Выявлено 10 человек. Их было около 30.",
     [("10 человек", 10.0, "человек", "exact"), ("около 30", 30.0, "человек", "approx")]),
    # the count before is the nearest in the text (a count in words found later by another
    # step is not "before" it): "трех погибших" is 700 characters back, out of reach
    ("Тела трех погибших найдены. " + "Водолазы продолжают работу. " * 25
     + "На борту находился 201 человек. Спасти удалось лишь 79.",
     [("трех погибших", 3.0, "погибший", "exact"), ("201 человек", 201.0, "человек", "exact"),
      ("79", 79.0, "человек", "exact")]),
    # not after a count of things, not a year, not after a noun or out of reach
    ("Изъято 20 автоматов. Сдали еще 15.", [("20 автоматов", 20.0, "автомат", "exact")]),
    ("Выявлено 10 человек. Дом построили в 1995.", [("10 человек", 10.0, "человек", "exact")]),
    ("Выявлено 10 человек. Номер палаты 106.", [("10 человек", 10.0, "человек", "exact")]),
    ("Выявлено 10 человек. " + "Врачи продолжают работу. " * 14 + "Под подозрением находятся 106.",
     [("10 человек", 10.0, "человек", "exact")]),
]  # fmt: skip

CASES_TOTALS = [
    # the total after a rank of a noun counts that noun; a number restated in words in
    # brackets counts the noun after the bracket
    ("Д. Чисора проиграл третий бой из 18.", [("18", 18.0, "бой", "exact")]),
    ("Количество размещенных ценных бумаг: 0 (ноль) штук.",
     [("0 (ноль) штук", 0.0, "штука", "exact")]),
    ("Изъято 25 (двадцать пять) автоматов.",
     [("25 (двадцать пять) автоматов", 25.0, "автомат", "exact")]),
    # not with a noun of its own, not a year, not a rank of time; the words must say the
    # number, and a time is no count
    ("Он занял третье место из 18 стран.", [("18 стран", 18.0, "страна", "exact")]),
    ("Это второй матч из 2012 года.", []),
    ("Это второй год из 5.", []),
    ("Изъято 5 (шесть) автоматов.", []),
    ("Приговорен к 5 (пяти) годам.", []),
]  # fmt: skip

CASES_QUOTED = [
    # a count of a noun in quotes, in the form its number takes
    ("Разговоры двух «Твитеров» заинтересовали спецслужбы.",
     [("двух «Твитеров»", 2.0, "твитер", "exact")]),
    ("Фильм собрал пять «Оскаров».", [("пять «Оскаров»", 5.0, "оскар", "exact")]),
    ("На трассе столкнулись две «Газели».", [("две «Газели»", 2.0, "газель", "exact")]),
    # a title after an article number, a year before a name: no count
    ("Дело возбуждено по части 2 статьи 214 «Вандализм».", []),
    ("В 2012 «Зенит» выиграл чемпионат.", []),
]  # fmt: skip

CASES_COUNTED_PHRASE = [
    # an adverb of degree before the counted adjective; a participle with its agent
    ("Она исполняла два чрезвычайно сложных каскада.",
     [("два чрезвычайно сложных каскада", 2.0, "каскад", "exact")]),
    ("Он набрал 300 отданных избирателями голосов.",
     [("300 отданных избирателями голосов", 300.0, "голос", "exact")]),
    # a term and a time count nothing
    ("Он занимал этот пост два срока.", []),
    ("Они исчезли примерно в одно время со смертником.", []),
]  # fmt: skip

CASES_SHARES = [
    # a share of a group or of a thing is a count of its whole (facts.md: fractions)
    ("Против проголосовали около четверти акционеров.",
     [("около четверти акционеров", 0.25, "акционер", "approx")]),
    ("Это поддержка одной трети парламентариев.",
     [("одной трети парламентариев", 1 / 3, "парламентарий", "exact")]),
    ("Томас опередила соперницу лишь на три четверти сосиски.",
     [("три четверти сосиски", 0.75, "сосиска", "exact")]),
    ("Он набирает более половины отданных электоратом голосов.",
     [("более половины отданных электоратом голосов", 0.5, "голос", "more_than")]),
    # not a share: a change by a fraction, an ordinal before it, an ordinal "третью", a
    # formula, a time, a multiplier of money
    ("Также на треть выросло число ДТП.", []),
    ("Медведев расположился во второй половине списка.", []),
    ("Это передали около трети бюджету района.", []),
    ("Комри недавно перенес третью операцию на бедре.", []),
    ("Нужна поддержка половины избирателей плюс один голос.", []),
    ("Это случилось в первой половине дня.", []),
    ("Ремонт обошелся в четверть миллиарда долларов.",
     [("четверть миллиарда долларов", 2.5e8, "USD", "exact")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    CASES_ONE
    + CASES_TWO_UNITS
    + CASES_GRAMS
    + CASES_SUMS
    + CASES_TIMES
    + CASES_SUBSTANTIVES
    + CASES_ADJECTIVES
    + CASES_MANNER
    + CASES_CLOSING
    + CASES_TOTALS
    + CASES_QUOTED
    + CASES_COUNTED_PHRASE
    + CASES_SHARES,
    ids=lambda value: value[:40] if isinstance(value, str) else "",
)
def test_facts_counts_and_measures(text, expected):
    assert rows(text) == [
        (surface, pytest.approx(value), unit, qualifier)
        for surface, value, unit, qualifier in expected
    ]


# sentence -> every fact: (text, unit, per)
CASES_CONTAINER_PER = [
    # "в каждом" right before a count: per the nearest count before whose noun it agrees with
    ("Найдены два ящика патронов калибра 50 миллиметров, в каждом 350 штук.",
     [("два ящика", "ящик", None), ("50 миллиметров", "mm", None), ("350 штук", "штука", "ящик")]),
    ("Найдены три коробки патронов, в каждой 100 штук.",
     [("три коробки", "коробка", None), ("100 штук", "штука", "коробка")]),
    # the gender must agree; not in another sentence; not without "в каждом"
    ("Найдены три коробки патронов, в каждом 100 штук.",
     [("три коробки", "коробка", None), ("100 штук", "штука", None)]),
    ("Найдены два ящика патронов. В каждом 350 штук.",
     [("два ящика", "ящик", None), ("350 штук", "штука", None)]),
    ("Найдены два ящика патронов, всего 350 штук.",
     [("два ящика", "ящик", None), ("350 штук", "штука", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES_CONTAINER_PER, ids=lambda v: str(v)[:40])
def test_facts_per_container_of_each(parse, text, expected):
    doc = parse(text)
    assert [(s._.fact.text, s._.fact.unit, s._.fact.per) for s in doc.spans["facts"]] == expected

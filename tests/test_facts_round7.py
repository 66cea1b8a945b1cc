"""Facts from the study of held-out draws 20261137–20261139 (people killed and hurt, votes,
weapons, charges): each rule with news phrases it must read and phrases it must leave alone.

A count case is a sentence and the exact (surface, value, unit, qualifier) rows ``find_facts``
gives for it; a record case runs the pipeline and checks the field the rule fills.
"""

from __future__ import annotations

from datetime import date

import pytest

from ruextract.facts import find_facts


def rows(text: str) -> list[tuple[str, float, str | None, str]]:
    return [(f.text, f.value, f.unit, f.qualifier) for f in find_facts(text)]


CASES_AT_LEAST = [
    # "по крайней мере" / "по меньшей мере" are at least (facts.md, round 6), comma or not
    ("Для его избрания необходимо, чтобы, по крайней мере, пять участников ФСЭГ "
     "ратифицировали соглашение.",
     [("по крайней мере, пять участников", 5.0, "участник", "more_than")]),
    ("По меньшей мере 27 человек погибло в результате стрельбы.",
     [("По меньшей мере 27 человек", 27.0, "человек", "more_than")]),
    ("Подозреваемые взяли по крайней мере одного заложника.",
     [("по крайней мере одного заложника", 1.0, "заложник", "more_than")]),
    # not the words alone, nor far from the number
    ("Это по крайней мере странно, хотя погибли 5 человек.",
     [("5 человек", 5.0, "человек", "exact")]),
    ("По меньшей мере в Техасе погибли 5 человек.", [("5 человек", 5.0, "человек", "exact")]),
]  # fmt: skip

CASES_AGREEING_UNIT = [
    # after 2–4 the genitive singular, after 5–20 the plural: the noun that reads so
    ("С вертолета были брошены четыре гранаты по зданию суда.",
     [("четыре гранаты", 4.0, "граната", "exact")]),
    ("Изъяли 5 гранат и 2 автомата.",
     [("5 гранат", 5.0, "граната", "exact"), ("2 автомата", 2.0, "автомат", "exact")]),
    ("Он успел серьёзно ранить двух гранат.", [("двух гранат", 2.0, "граната", "exact")]),
    ("Режиссёр анонсировал пять премьер.", [("пять премьер", 5.0, "премьера", "exact")]),
    # teens take the plural (no change: "гранаты" is a plural of "гранат" too); ones and
    # an ambiguous instrumental are left as they were
    ("Изъяли 12 гранаты.", [("12 гранаты", 12.0, "гранат", "exact")]),
    ("Он пришёл с двумя гранатами.", [("двумя гранатами", 2.0, "гранат", "exact")]),
    ("Убил трёх мужчин и 3 солдат.",
     [("трёх мужчин", 3.0, "мужчина", "exact"), ("3 солдат", 3.0, "солдат", "exact")]),
    ("Осталось 4 места.", [("4 места", 4.0, "место", "exact")]),
]  # fmt: skip

CASES_ID_NOUNS = [
    # статья, пункт, том before a number name it; a number before them counts them
    ("Уголовное дело возбуждено по трём статьям УК РФ - части 1 статьи 105 (убийство), "
     "частью 3 статьи 30, частью 2 статьи 105.",
     [("трём статьям", 3.0, "статья", "exact")]),
    ("Обвинение состояло из 11 пунктов, включая геноцид.",
     [("11 пунктов", 11.0, "пункт", "exact")]),
    ("Признан виновным по 10 из 11 пунктов обвинения.",
     [("10", 10.0, "пункт", "exact"), ("11 пунктов", 11.0, "пункт", "exact")]),
    ("Объём материалов составляет 1148 томов.", [("1148 томов", 1148.0, "том", "exact")]),
    ("Согласно п. 3 статьи 5, ст. 2 пункта 4, № 5 тома и главе 4 томов.", []),
    ("В статье 49 кодекса говорится об агитации.", []),
    ("Школа № 38 города Иваново.", []),
    # a word that only begins like one is no such noun; a percentage point stays a percent
    ("Собрали томатов 5 тонн.", [("5 тонн", 5.0, "t", "exact")]),
    ("Ставка снизилась на 0,5 процентного пункта.",
     [("0,5 процентного пункта", 0.5, "p.p.", "exact")]),
]  # fmt: skip

CASES_SLASH_AND_SEASON = [
    # the denominator of a fraction written with a slash is no count; a season is a length
    # of time
    ("Ахматхузин остановился на стадии 1/8 финала.", []),
    ("Он получил 1/3 акций компании и 8 акций банка.", [("8 акций", 8.0, "акция", "exact")]),
    ("У дома 19/38 стоят 5 машин.", [("5 машин", 5.0, "машина", "exact")]),
    ("Бэкхем ушел в «Реал Мадрид», где отыграл четыре сезона.", []),
    ("Вышел в финал 8 команд.", [("8 команд", 8.0, "команда", "exact")]),
]  # fmt: skip

CASES_WORD_COUNTS = [
    # a count in words with no noun as the subject of a plural verb, or before "из N X"
    ("Автомобиль врезался в остановку, в результате чего три человека погибли и пять "
     "получили ранения.",
     [("три человека", 3.0, "человек", "exact"), ("пять", 5.0, "человек", "exact")]),
    ("Три человека погибли на месте, не менее пяти получили ранения.",
     [("Три человека", 3.0, "человек", "exact"), ("не менее пяти", 5.0, "человек", "more_than")]),
    ("Из десяти гидроагрегатов ГЭС семь были разрушены.",
     [("десяти гидроагрегатов", 10.0, "гидроагрегат", "exact"),
      ("семь", 7.0, "гидроагрегат", "exact")]),
    ("Ратификацию подтвердили шесть из 11 стран.",
     [("шесть", 6.0, "страна", "exact"), ("11 стран", 11.0, "страна", "exact")]),
    # not before a noun, a singular verb or after a preposition; not with no count before
    ("Погибли 5 человек. Через пять лет пришли спасатели.",
     [("5 человек", 5.0, "человек", "exact")]),
    ("Погибли 5 человек, в пять пришли спасатели.", [("5 человек", 5.0, "человек", "exact")]),
    ("Погибли 5 человек, пять пришло позже.", [("5 человек", 5.0, "человек", "exact")]),
    ("Пять получили ранения.", []),
    ("Вышли из 11 стран.", [("11 стран", 11.0, "страна", "exact")]),
]  # fmt: skip

CASES_ONE = [
    # "за один" + a noun that is no span of time, with no price before, counts
    ("Всю свою карьеру Лидстрем играл только за один клуб — Detroit.",
     [("один клуб", 1.0, "клуб", "exact")]),
    ("Он проголосовал за одну партию.", [("одну партию", 1.0, "партия", "exact")]),
    ("У клуба 60 очков за один тур до конца чемпионата.", [("60 очков", 60.0, "очко", "exact")]),
    ("Он съел всё за один присест.", []),
    ("Он сидел за одним столом с президентом.", []),
    ("Карточки продавались по 10 долларов за одну штуку.",
     [("10 долларов", 10.0, "USD", "exact")]),
    # "один" alone: a person before a singular verb, one more of the count before after
    # "ещё", the noun of the coordinated count after "и"
    ("Стрельба в ФСБ в Москве. Один убит, несколько раненых.",
     [("Один", 1.0, "человек", "exact")]),
    ("Нападавшему удалось убить одного и ранить несколько сотрудников спецслужб.",
     [("одного", 1.0, "сотрудник", "exact")]),
    ("Нападавшему удалось убить одного и скрыться.", [("одного", 1.0, "человек", "exact")]),
    ("Он убил трёх мужчин и одну женщину, тяжело ранил ещё одну, затем его застрелили.",
     [("трёх мужчин", 3.0, "мужчина", "exact"), ("одну женщину", 1.0, "женщина", "exact"),
      ("одну", 1.0, "женщина", "exact")]),
    # not "ни один", "один из", "один и тот же", "один на один", a noun after it; not one
    # of a count of things before; "ещё один" only of a noun of its gender in its sentence
    ("Ни один не пришел. Один из них ушёл. Это одного и того же человека.", []),
    ("Они сошлись один на один.", []),
    ("Сгорели 5 домов. Одна сгорела полностью.", [("5 домов", 5.0, "дом", "exact")]),
    ("Он купил еще одну.", []),
    ("Он убил трёх мужчин. Ранил ещё одну.", [("трёх мужчин", 3.0, "мужчина", "exact")]),
    ("Он убил трёх мужчин и ранил ещё одного.",
     [("трёх мужчин", 3.0, "мужчина", "exact"), ("одного", 1.0, "мужчина", "exact")]),
    ("Он убил трёх мужчин и ранил ещё одну.", [("трёх мужчин", 3.0, "мужчина", "exact")]),
    ("Он хотел увидеть одного и спросить.", [("одного", 1.0, "человек", "exact")]),
    ("Мы видели одного и того же человека.", []),
    ("Он был один и без оружия.", []),
]  # fmt: skip


CASES_CAPITALISED_AND_MORE = [
    # a count in words before a common noun written with a capital counts it
    ("С «Манчестером» он выиграл два Кубка Англии и Лигу чемпионов.",
     [("два Кубка", 2.0, "кубок", "exact")]),
    # not a name, not a month, not a form the number does not take
    ("Он встретил два Путина и три Ноября.", []),
    ("Он выиграл два Кубок.", []),
    # "ещё" and a number with no noun: more of the count before in its sentence
    ("Было захвачено 242 иностранных заложников, из них 43 были убиты, судьба ещё 73-х "
     "остаётся неизвестной.",
     [("242 иностранных заложников", 242.0, "заложник", "exact"),
      ("43", 43.0, "заложник", "exact"), ("73-х", 73.0, "заложник", "exact")]),
    ("Изъято 5 автоматов и ещё 2.",
     [("5 автоматов", 5.0, "автомат", "exact"), ("2", 2.0, "автомат", "exact")]),
    # not before its own noun, a decimal, a year, in another sentence, with no count before
    ("Погибли 75 человек, ещё 85 работников пострадали.",
     [("75 человек", 75.0, "человек", "exact"), ("85 работников", 85.0, "работник", "exact")]),
    ("Изъято 5 автоматов и ещё 2.5 кг.",
     [("5 автоматов", 5.0, "автомат", "exact"), ("2.5 кг.", 2.5, "kg", "exact")]),
    ("Погибли 7 человек, ещё 2012 года.", [("7 человек", 7.0, "человек", "exact")]),
    ("Изъято 5 автоматов. Нашли ещё 2.", [("5 автоматов", 5.0, "автомат", "exact")]),
    ("Нашли ещё 2.", []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    CASES_AT_LEAST
    + CASES_CAPITALISED_AND_MORE
    + CASES_AGREEING_UNIT
    + CASES_ID_NOUNS
    + CASES_SLASH_AND_SEASON
    + CASES_WORD_COUNTS
    + CASES_ONE,
    ids=lambda v: str(v)[:40],
)
def test_facts_round7_counts(text, expected):
    assert rows(text) == [
        (surface, pytest.approx(value), unit, qualifier)
        for surface, value, unit, qualifier in expected
    ]


# sentence -> every fact: (text, subject, per, period_start, period_end)
CASES_RECORD = [
    # "для обеих сторон", "для каждого X" after the amount: per X
    ("Общее число развёрнутых ядерных боезарядов не должно превышать 1550 единиц для обеих "
     "сторон.",
     [("1550 единиц", "боезаряд", "сторона", None, None)]),
    ("Квота составит 30 мест для каждого участника.",
     [("30 мест", "квота", "участник", None, None)]),
    ("Выделено 30 вагонов для нужд армии.", [("30 вагонов", None, None, None, None)]),
    # рост with a length is a height: a dimension with no genitive gives no subject
    ("Его рост составляет 1,89 м, вес — 75 кг.",
     [("1,89 м", None, None, None, None), ("75 кг.", None, None, None, None)]),
    ("Рост баскетболиста составляет 2,05 м.",
     [("2,05 м.", "баскетболист", None, None, None)]),
    # a date of birth is no period of the fact
    ("В 2010 году в ходе конфликта погибли ещё три человека, в том числе девочка 2008 года "
     "рождения.",
     [("три человека", None, None, date(2010, 1, 1), date(2010, 12, 31))]),
    ("В ходе конфликта погибли ещё три человека, в том числе девочка 2008 года рождения.",
     [("три человека", None, None, None, None)]),
    # "начиная с" is a preposition: its date is the period of the verb it hangs on
    ("Начиная с апреля 2017 года, в ходе протестов погибли по меньшей мере 75 человек.",
     [("по меньшей мере 75 человек", None, None, date(2017, 4, 1), None)]),
    ("Начав работу в апреле 2017 года, он задержал 75 человек.",
     [("75 человек", None, None, None, None)]),
]  # fmt: skip


# sentence -> every fact: (text, subject, subject_text)
CASES_SUBJECT = [
    # the race a distance after "на" measures, when the parse hangs the distance on it
    ("В 2012 году Ортега стал финалистом Олимпиады в беге на 110 метров с барьерами.",
     [("110 метров", "бег", "беге")]),
    ("Он пробежал в парке на 3 км больше.", [("3 км", None, None)]),
    ("Дорога выросла на 5 км.", [("5 км.", "дорога", "Дорога")]),
    # a bracket opened by a nominative noun and closed by the count: that noun
    ("Нападение произошло в Саутерленд-Спрингс (население города около 400 человек) во время "
     "службы.",
     [("около 400 человек", "население", "население города")]),
    ("Нападение произошло в городе (около 400 человек) во время службы.",
     [("около 400 человек", None, None)]),
    ("В городе (жители 276 домов) пусто.", [("276 домов", None, None)]),
    # a relative pronoun after a noun of measure stands for the noun before the comma that
    # agrees with it
    ("Обвиняемые продолжают ознакомление с материалами дела, общий объём которого составляет "
     "1148 томов.",
     [("1148 томов", "дело", "дела")]),
    ("Они купили квартиру, общая площадь которого составляет 80 кв. м.",
     [("80 кв. м.", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES_SUBJECT, ids=lambda v: str(v)[:40])
def test_facts_round7_subjects(parse, text, expected):
    doc = parse(text)
    facts = [span._.fact for span in doc.spans["facts"]]
    assert [(f.text, f.subject, f.subject_text) for f in facts] == expected


@pytest.mark.parametrize(("text", "expected"), CASES_RECORD, ids=lambda v: str(v)[:40])
def test_facts_round7_records(parse, text, expected):
    doc = parse(text)
    facts = [span._.fact for span in doc.spans["facts"]]
    assert [(f.text, f.subject, f.per, f.period_start, f.period_end) for f in facts] == expected

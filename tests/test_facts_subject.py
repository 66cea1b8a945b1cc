"""What a count or a measure is of (``facts/subject.py``), its period, change and per
(``facts/clause.py``): the families of round 5's spent held-out draw (20261136: weapons
seized, sport results, accidents), each with cases that must not match or must not change.

A case is a sentence of news shape and every fact the pipeline finds in it, as
(text, subject) or (text, period_start, period_end), (text, change) or (text, per).
"""

from __future__ import annotations

from datetime import date

import pytest

# sentence -> every fact: (text, subject)
CASES_COUNT_SUBJECT = [
    # pieces and containers: what is counted is the genitive after them, past adjectives
    ("В доме изъяли 2920 штук патронов и два ножа.",
     [("2920 штук", "патрон"), ("два ножа", None)]),
    ("Полиция нашла 66 штук пустых магазинов от автоматического оружия.",
     [("66 штук", "магазин")]),
    ("У стрелка обнаружено более 40 единиц огнестрельного оружия.",
     [("более 40 единиц", "оружие")]),
    ("В его номере нашли 23 единицы оружия.", [("23 единицы", "оружие")]),
    ("Изъяты два ящика патронов.", [("два ящика", "патрон")]),
    # ... the phrase a count of pieces closes, or "в количестве"
    ("Также изъяты трассирующие патроны (красного цвета) 1000 штук.",
     [("1000 штук", "патрон")]),
    ("Изъяты патроны калибра 12 миллиметров в количестве 478 штук.",
     [("12 миллиметров", "калибр"), ("478 штук", "патрон")]),
    # not a count of people: a genitive after them is a possessor, not what is counted
    ("В компании работают 200 сотрудников службы безопасности.", [("200 сотрудников", None)]),
    # a list shares the whole after its last amount only within one unit
    ("Два ножа, 2920 штук патронов калибра 5,56 миллиметра.",
     [("Два ножа", None), ("2920 штук", "патрон"), ("5,56 миллиметра", "калибр")]),
    # a count after "в" sizes the noun before it, not a noun of a phrase of its own
    ("Партия получила поддержку в 101 голос из 200.",
     [("101 голос", "поддержка"), ("200", None)]),
    ("Члены партии пришли к власти в 20 из 23 штатов.", [("20", None), ("23 штатов", None)]),
    ("Парк будет расположен на территории в 20 гектаров.", [("20 гектаров", "территория")]),
    # a measure right after a genitive noun is its size; not after a preposition
    ("Найдены 26 автоматов калибра 5,56 миллиметра.",
     [("26 автоматов", None), ("5,56 миллиметра", "калибр")]),
    ("Длина трассы 5 км.", [("5 км.", "трасса")]),
    # ... but the substance after the measure comes first, and a word of kind after it is none
    ("Гражданин попытался пронести на борт самолёта 3,526 кг кокаина.",
     [("3,526 кг", "кокаин")]),
    ("Изъяты шесть пистолетов калибра 9 миллиметров марки Беретта.",
     [("шесть пистолетов", None), ("9 миллиметров", "калибр")]),
    ("Теплоход затонул в 3 км от берега.", [("3 км", None)]),
    # the substance after a unit of measure, before the noun the measure describes
    ("Всего предполагается прокладка четырех ниток мощностью около 15,75 миллиарда "
     "кубометров газа каждая.",
     [("четырех ниток", None), ("около 15,75 миллиарда кубометров", "газ")]),
    ("Добыча составила 5 млрд кубометров газа.", [("5 млрд кубометров", "газ")]),
    # "весить" says its subject is what is weighed, before it or after
    ("Ребенок весит 3,79 килограмма.", [("3,79 килограмма", "ребенок")]),
    ("Весит юный наследник 3,79 килограмма.", [("3,79 килограмма", "наследник")]),
    # a unit of measure is never a subject; an actor is none
    ("Спортсменка метнула снаряд на 21 метр.", [("21 метр", None)]),
    # points: what they were got for, "за" before or after them
    ("Фигуристка получила за произвольную программу 149,95 балла.",
     [("149,95 балла", "программа")]),
    ("Костнер набрала 216,73 балла (142,61 балла за произвольную программу).",
     [("216,73 балла", None), ("142,61 балла", "программа")]),
    ("Фигуристка набрала 216,73 балла.", [("216,73 балла", None)]),
    # points per game are a rate, not what they were got for
    ("В среднем он набирал 25 очков за матч.", [("25 очков", None)]),
    # a participle standing as a noun is the genitive a noun of measure hands over to
    ("Число погибших увеличилось до 117 человек.", [("до 117 человек", "погибший")]),
    ("Число приглашённых не должно превышать 400 человек.",
     [("400 человек", "приглашенный")]),
    # a dimension in the instrumental: the noun before it, past a name when the parse hangs
    # it elsewhere; past a prepositional phrase when the parse hangs it on the noun
    ("Автобус совершал рейс по маршруту Сретенск — Чита протяжённостью 360 километров.",
     [("360 километров", "маршрут")]),
    ("Продается дом стоимостью 8,1 млн долларов.", [("8,1 млн долларов", "дом")]),
    ("Продается дом с восемью комнатами стоимостью 8,1 млн долларов.",
     [("восемью комнатами", None), ("8,1 млн долларов", "дом")]),
]  # fmt: skip


# sentence -> every fact: (text, subject)
CASES_CHANGE_AND_WHOLE = [
    # a reflexive verb of change has no object: its subject is what changed, whatever the parse
    ("Для сравнения, в начале недели акции Apple обрушились на 6 процентов, когда стало "
     "известно о том, что Стив Джобс ушел.",
     [("6 процентов", "акция")]),
    ("Акции компании обвалились на 7%.", [("7%", "акция")]),
    # ... a transitive one changes its object
    ("Компания сократила расходы на 5%.", [("5%", "расход")]),
    # a participle standing as a noun is the whole of a percentage; one before a noun is not
    ("На референдуме более 90% проголосовавших высказались за независимость региона.",
     [("более 90%", "проголосовавший")]),
    ("Около 40% опрошенных считают, что цены вырастут.", [("Около 40%", "опрошенный")]),
    ("Фонд получит 15 % собранных средств.", [("15 %", "средство")]),
]  # fmt: skip


# sentence -> every fact: (text, subject)
CASES_DASH = [
    # a noun phrase with no clause and no count in it, restated after a dash by the amount
    ("Бюджет проекта — 5 млн долларов.", [("5 млн долларов", "бюджет")]),
    ("Зарплата учителей в регионе — около 30 тысяч рублей в месяц.",
     [("около 30 тысяч рублей", "зарплата")]),
    # ... a noun of measure hands over to its genitive (вес as площадь)
    ("Стоимость билета — 500 рублей.", [("500 рублей", "билет")]),
    ("Вес новорождённой — 3090 граммов.", [("3090 граммов", "новорожденный")]),
    # ... not past a clause, a colon or a count (a share of the count)
    ("Клуб, закончивший чемпионат на четвёртом месте, — 263 млн рублей.",
     [("263 млн рублей", None)]),
    ("Итоги голосования: «Единая Россия» — 49,3%, КПРФ — 19,2%.",
     [("49,3%", None), ("19,2%", None)]),
    ("За снос выступили жители 4079 домов — 90 %.", [("4079 домов", None), ("90 %", "дом")]),
    # a noun of measure before the dash measures its own thing: no subject borrowed from the
    # amount before ("в 2017 году — 1809 рублей" borrows: tests/test_facts.py)
    # (рост with a length is a dimension as высота: no subject, data/gold/facts.md, round 7)
    ("Его рост составляет 1,89 м, вес — 75 кг.", [("1,89 м", None), ("75 кг.", None)]),
    ("Доплата составит в 2016 году 854 рубля, в 2017 году — 1809 рублей.",
     [("854 рубля", "доплата"), ("1809 рублей", "доплата")]),
    # ... nor an aside between two dashes
    ("В начале кампании 50-летний Мадуро — бывший водитель автобуса и экс-министр "
     "иностранных дел — более чем на 10 процентов опережал по популярности Каприлеса.",
     [("более чем на 10 процентов", None)]),
    # the object of a verb of measure, a noun of measure restated after a dash
    ("Денежная часть премии составляет символическую сумму — 10 евро.",
     [("10 евро", "часть")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rows"), CASES_DASH, ids=[c[0][:40] for c in CASES_DASH])
def test_facts_subject_restated_after_a_dash(parse, text, rows):
    doc = parse(text)
    assert [(span.text, span._.fact.subject) for span in doc.spans["facts"]] == rows


@pytest.mark.parametrize(
    ("text", "rows"), CASES_CHANGE_AND_WHOLE, ids=[c[0][:40] for c in CASES_CHANGE_AND_WHOLE]
)
def test_facts_subject_of_intransitive_change_and_participle_whole(parse, text, rows):
    doc = parse(text)
    assert [(span.text, span._.fact.subject) for span in doc.spans["facts"]] == rows


@pytest.mark.parametrize(
    ("text", "rows"), CASES_COUNT_SUBJECT, ids=[c[0][:40] for c in CASES_COUNT_SUBJECT]
)
def test_facts_subject_of_counts_and_measures(parse, text, rows):
    doc = parse(text)
    assert [(span.text, span._.fact.subject) for span in doc.spans["facts"]] == rows


# sentence -> every fact: (text, period_start, period_end)
CASES_PERIOD = [
    # a date opening the clause of the fact's verb, whatever the parse hangs it on
    ("Ночью 31 июля 2016 года были задержаны два молодых человека, которые используя свои "
     "профили на Твитере, угрожали президенту Маурисио Макри, грозили взорвать метро и "
     "Розовый дом.",
     [("два молодых человека", date(2016, 7, 31), date(2016, 7, 31))]),
    ("Напомним, 10 июля 2011г. на территории Татарстана в 3 км от берега затонул теплоход.",
     [("3 км", date(2011, 7, 10), date(2011, 7, 10))]),
    # ... but not a date of a noun before another clause's verb
    ("В 2008 году лидеры «Аль-Кайды» в Пакистане завербовали этих трех человек.",
     [("трех человек", date(2008, 1, 1), date(2008, 12, 31))]),
    ("В 1993 году президент Клинтон выдвинул её на должность генерального прокурора, после "
     "того как первые два кандидата — тоже женщины — были отклонены.",
     [("два кандидата", None, None)]),
    ("Кандидаты уже участвовали в выборах 2008 года и тогда Нана проиграл менее одного "
     "процента.",
     [("менее одного процента", None, None)]),
    # a date after coordinated verbs is shared by them; one between them is the first's
    ("По предварительным данным, 19 человек погибли и 21 пострадал в результате падения "
     "автобуса с моста на замёрзшую реку в Забайкальском крае в воскресенье, 1 декабря 2019 "
     "года.",
     [("19 человек", date(2019, 12, 1), date(2019, 12, 1)),
      ("21", date(2019, 12, 1), date(2019, 12, 1))]),
    ("Цены выросли на 5% в 2015 году и упали на 3%.",
     [("5%", date(2015, 1, 1), date(2015, 12, 31)), ("3%", None, None)]),
    # a date past a dash after the fact is what follows it, unless the dash closes an aside
    ("Он занимал пост президента Перу дважды — в 1985—1990 и 2006—2011 годах.",
     [("дважды", None, None)]),
    ("Проект планируется вывести на полную мощность — 63 миллиарда кубометров в год — в 2018 "
     "году.",
     [("63 миллиарда кубометров", date(2018, 1, 1), date(2018, 12, 31))]),
    # the date of the verb that reports is not the date of what the "что" clause says
    ("Генеральный прокурор Саудовской Аравии в четверг, 9 ноября 2017 года, подтвердил, что "
     "власти страны задержали 208 человек в рамках антикоррупционного расследования.",
     [("208 человек", None, None)]),
    ("Генеральный прокурор в четверг, 9 ноября 2017 года, задержал 208 человек.",
     [("208 человек", date(2017, 11, 9), date(2017, 11, 9))]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rows"), CASES_PERIOD, ids=[c[0][:40] for c in CASES_PERIOD])
def test_facts_period_of_the_clause_by_the_words(parse, text, rows):
    doc = parse(text)
    facts = [span._.fact for span in doc.spans["facts"]]
    assert [(f.text, f.period_start, f.period_end) for f in facts] == rows


# sentence -> every fact: (text, change)
CASES_CHANGE = [
    # parts of a contest are lost whole: a count, not a margin
    ("Первые два периода встречи россияне проигрывали.", [("два периода", "level")]),
    ("Сборная проиграла три матча подряд.", [("три матча", "level")]),
    ("Коалиция потеряла семь мандатов.", [("семь мандатов", "delta")]),
    ("Нана проиграл менее одного процента.", [("менее одного процента", "delta")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rows"), CASES_CHANGE, ids=[c[0][:40] for c in CASES_CHANGE])
def test_facts_change_of_a_count_of_games(parse, text, rows):
    doc = parse(text)
    assert [(span.text, span._.fact.change) for span in doc.spans["facts"]] == rows


# sentence -> every fact: (text, per)
CASES_PER = [
    # "в каждом" with its noun elided: the container counted before
    ("Изъяты два ящика патронов калибра 50 миллиметров, в каждом 350 штук.",
     [("два ящика", None), ("50 миллиметров", None), ("350 штук", "ящик")]),
    ("В каждом регионе работают 350 волонтёров.", [("350 волонтёров", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rows"), CASES_PER, ids=[c[0][:40] for c in CASES_PER])
def test_facts_per_of_each_container(parse, text, rows):
    doc = parse(text)
    assert [(span.text, span._.fact.per) for span in doc.spans["facts"]] == rows

"""The words the subject rules read: verbs of measure, transfer and spending, nouns of
measure and price, currency and time words, the relations a noun phrase is made of."""

from __future__ import annotations

from ruextract.grammars.money import (
    CURRENCY_WORDS,
)
from ruextract.grammars.quantity import (
    UNIT_ABBREVIATIONS,
    UNIT_WORDS,
)

SUBJECT_RELATIONS = ("nsubj", "nsubj:pass")
# verbs whose grammatical subject is what the number measures ("Товарооборот составил X",
# "Инфляция замедлилась до X"); with other verbs the subject is an actor ("Россия поставила
# X", "Фонд инвестировал X"), and what is measured is the verb's object ("сохранил ставку на
# уровне 16%", "продаёт долю за X") or the noun the amount counts ("3,5 млрд кубометров газа")
MEASURE_VERBS = frozenset(
    {"составить", "составлять", "достичь", "достигнуть", "достигать", "превысить",
     "превышать", "вырасти", "расти", "возрасти", "увеличиться", "увеличиваться",
     "сократиться", "сокращаться", "снизиться", "снижаться", "упасть", "падать",
     "уменьшиться", "уменьшаться", "замедлиться", "замедляться", "ускориться", "ускоряться",
     "остаться", "оставаться", "равняться", "насчитывать", "стоить", "обойтись",
     "оцениваться", "потребоваться", "подорожать", "подешеветь", "дорожать", "дешеветь",
     "прибавить", "потерять", "опуститься", "подняться", "повыситься", "понизиться", "выйти",
     "обвалиться", "подскочить", "взлететь", "просесть", "исчисляться", "находиться"}
)  # fmt: skip
# for a count, only these say their subject is what is counted ("Явка составила 5 171 666
# человек"); "коалиция потеряла семь мандатов" counts mandates, not coalitions
COPULAS = frozenset(
    {"составить", "составлять", "достичь", "достигнуть", "достигать", "превысить",
     "превышать", "насчитывать", "равняться", "оцениваться", "исчисляться", "весить"}
)  # fmt: skip
OBJECT_RELATIONS = ("obj",)
# units of measure whose genitive is the substance measured ("5 млрд кубометров газа")
MEASURE_UNITS = frozenset(UNIT_WORDS) | frozenset(UNIT_ABBREVIATIONS) | {"кубометр", "куб"}
# unit symbols of a measure ("21 метр", "5,56 миллиметра", "17 кв. км")
MEASURE_SYMBOLS = frozenset(UNIT_WORDS.values()) | frozenset(UNIT_ABBREVIATIONS.values())
# nouns that count pieces or containers of a thing named after them in the genitive ("2920
# штук патронов", "40 единиц оружия", "два ящика патронов", "1000 голов скота"): that thing
# is what is counted (data/gold/facts.md: "N штук X" is unit штука with subject X)
COUNTER_NOUNS = frozenset(
    {"штука", "единица", "экземпляр", "ящик", "коробка", "мешок", "пачка", "упаковка",
     "бутылка", "банка", "партия", "комплект", "набор", "контейнер", "вагон", "цистерна",
     "канистра", "голова", "пара", "рулон"}
)  # fmt: skip
# units of a score: "149,95 балла за произвольную программу" (what they were got for)
SCORE_UNITS = frozenset({"балл", "очко"})
PENALTY_VERBS = frozenset({"оштрафовать", "штрафовать", "наказать", "обязать"})
PRICE_NOUNS = frozenset({"цена", "стоимость", "тариф"})
CLOSING_QUOTES = frozenset({"»", '"', "”", "“"})
OPENING_QUOTES = frozenset({"«", '"', "“", "„"})
# nouns of time before an amount are dates, not what the amount names ("в 2016 году 854 рубля")
TIME_NOUNS = frozenset({"год", "месяц", "день", "неделя", "квартал", "час", "сутки", "лето"})
COUNTED_RELATIONS = ("nmod",)
# nouns of measure without content (amounts, prices, dimensions; data/gold/facts.md): what
# they measure is their genitive ("объем инвестиций" → инвестиция, "цена лота" → лот);
# without one they are looked past ("штрафа в размере 5 млн") or give no subject ("Её
# стоимость составит 702 млн")
MEASURE_NOUNS = frozenset(
    {"объем", "объём", "уровень", "размер", "сумма", "величина", "итог", "отметка", "диапазон",
     "показатель", "значение", "темп", "количество", "число", "ставка", "результат", "цена",
     "стоимость", "протяженность", "площадь", "длина", "высота", "скорость",
     "расчет", "цифра", "вес", "масса"}
)  # fmt: skip
# currency words and what follows them in a currency name ("долларов США", "фунтов
# стерлингов"): never what is measured
CURRENCY_NOUNS = frozenset(noun for _, noun in CURRENCY_WORDS) | {"стерлинг", "цент", "копейка"}
MULTIPLIERS = frozenset({"тысяча", "тыс", "миллион", "млн", "миллиард", "млрд", "триллион", "трлн"})
NOT_SUBJECTS = CURRENCY_NOUNS | MULTIPLIERS | {"процент"}
# verbs of transfer: their actor (who paid, sold, received) is never what is measured; an
# amount that is their object measures what it was paid for ("на", "за"); an amount that is
# their oblique ("за X", "в X") measures their object
TRANSFER_VERBS = frozenset(
    {"купить", "покупать", "продать", "продавать", "приобрести", "приобретать", "получить",
     "получать", "заплатить", "платить", "потратить", "тратить", "выплатить", "выплачивать",
     "инвестировать", "вложить", "вкладывать", "выделить", "выделять", "направить",
     "отдать", "собрать", "собирать", "привлечь", "отсудить", "заработать", "выручить",
     "пожертвовать", "перечислить", "оценить", "оценивать", "присвоить", "похитить",
     "украсть", "предложить", "просить", "запросить", "потребовать", "взыскать",
     "выставить", "выставлять"}
)  # fmt: skip
# verbs that offer a thing for a price: in the passive, their subject is what is sold
# ("Квартира выставлена на продажу за £1,2 млн")
SALE_VERBS = frozenset({"продаваться", "предлагаться"})
# nouns of a deal: "покупка сервиса за 1,1 млрд" (what the deal was for follows them)
TRANSFER_NOUNS = frozenset(
    {"покупка", "продажа", "приобретение", "поглощение", "выкуп", "сделка", "аренда"}
)
# verbs of valuing: "оценил состояние предпринимателя в 17,6 млрд" (what was valued)
VALUE_VERBS = frozenset({"оценить", "оценивать"})
# verbs of spending: in the passive, what the money went to follows "на"
SPEND_VERBS = frozenset(
    {"потратить", "тратить", "выделить", "выделять", "направить", "вложить", "вкладывать",
     "инвестировать", "израсходовать", "расходовать", "затратить"}
)  # fmt: skip
# verbs of investing: what the money went to follows "в" as well ("вложит $3 млрд в проект")
INVEST_VERBS = frozenset({"вложить", "вкладывать", "инвестировать"})
# verbs whose "в" + accusative is where something is put: "внёс поправки в 22 закона"
INTO_VERBS = frozenset(
    {"внести", "вносить", "вложить", "вкладывать", "инвестировать", "включить", "включать",
     "ввести", "вводить", "добавить", "добавлять", "направить", "направлять", "отправить",
     "отправлять", "перевести", "переводить", "превратить", "превращать", "поместить"}
)  # fmt: skip
# verbs of winning money by a claim: "за" says what for, not what was bought
CLAIM_VERBS = frozenset({"отсудить", "взыскать", "взыскивать"})
# verbs of a thing going for a price: "ушла с молотка за 140 тысяч евро"
GONE_VERBS = frozenset({"уйти", "уходить"})
# verbs of money going to a purpose: "$600 млн пойдут на создание центра"
GO_VERBS = frozenset({"пойти", "идти", "уйти", "уходить", "приходиться", "прийтись"})
# nouns of measure of "на уровне X", "в размере X": with a passive verb of setting, its
# subject is what was set ("МРОТ установлен на уровне 2,9 тыс. руб")
SET_AT_NOUNS = frozenset({"уровень", "размер", "отметка"})
# prepositions whose noun an amount right after it is the value of ("при прибыли 1,2 млрд")
WITH_PREPOSITIONS = frozenset({"при", "с", "со"})
# nouns of a price or dimension that, in the instrumental, describe the noun before them
# ("дом стоимостью 8,1 млн долларов", "поросенка весом до 37 кг")
DESCRIBING_NOUNS = frozenset(
    {"стоимость", "цена", "вес", "масса", "площадь", "длина", "высота", "объем", "мощность",
     "протяженность", "глубина"}
)  # fmt: skip
# prepositions that put an amount in a phrase of its own (not qualifiers: "около", "до")
CASE_PREPOSITIONS = frozenset({"на", "в", "во", "за", "из", "с", "со", "от", "по", "при", "к"})
# nouns of compound prepositions ("в течение", "в ходе", "в рамках"): never a purpose
PREPOSITION_NOUNS = frozenset({"течение", "ход", "рамка", "вид", "качество", "связь", "счет"})
# words a noun phrase is made of (no clauses, no verbs)
PHRASE_RELATIONS = frozenset(
    {"amod", "nmod", "case", "det", "flat", "flat:name", "flat:foreign", "compound", "nummod",
     "fixed", "appos", "nummod:gov"}
)  # fmt: skip
PHRASE_EDGE_POS = frozenset({"ADP", "CCONJ", "PUNCT", "SCONJ", "SPACE"})

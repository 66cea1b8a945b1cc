"""Constants of the country stage: its label and span key, the pycountry names it skips, and the
word lists that decide whether a name or an adjective is a country (ambiguous names, state
nouns, nationality and language nouns, person nouns and suffixes).
"""

from __future__ import annotations

LABEL = "COUNTRY"
SPAN_KEY = "countries"
ALIASES_FILE = "country_aliases.tsv"

# pycountry's Russian names that are never a country mention on their own in news
SKIP_PYCOUNTRY = frozenset(
    {"Джорджия", "Соединённые штаты", "Соединенные штаты", "Georgia", "Jersey", "Chad", "Turkey"}
)
# ISO 3166-3 former countries that news still names (the rest are colonial territories and
# islands whose names clash with ordinary phrases: "Нейтральная зона")
HISTORIC = frozenset({"SUN", "YUG", "CSK", "DDR"})
# one-word names that are also ordinary words, pronouns or given names: they count only where
# the NER tagged them as a place or an organisation
AMBIGUOUS = frozenset(
    {
        "того",
        "чад",
        "мали",
        "чили",
        "нигер",
        "перу",
        "гана",
        "оман",
        "куба",
        "доминика",
        "гренада",
        "джерси",
        "гернси",
        "палау",
        "науру",
        "тонга",
        "самоа",
        "гуам",
        "аруба",
        "бенин",
        "габон",
        "конго",
        "майот",
        "ниуэ",
        "мартиника",
        "монтсеррат",
        "реюньон",
        "гваделупа",
        "штаты",
        "эмираты",
        "поднебесная",
    }
)
# words that make a state out of a country name around them: "Республика Казахстан"
STATE_NOUNS = frozenset(
    {
        "республика",
        "королевство",
        "государство",
        "империя",
        "конфедерация",
        "княжество",
        "султанат",
    }
)
# nouns after a country adjective that make it a nationality or a language, not the state:
# heads of NATIONALITY / LANGUAGE adjectives in NEREL train (private persons, not officials)
NON_STATE_NOUNS = frozenset(
    """
    язык актёр актер актриса певец певица писатель писательница поэт поэтесса режиссёр режиссер
    художник художница композитор дирижёр дирижер музыкант исполнитель исполнительница
    физик химик биолог математик учёный ученый исследователь историк философ экономист
    социолог психолог архитектор фотограф модельер дизайнер модель манекенщица балерина
    танцор танцовщица спортсмен спортсменка футболист теннисист теннисистка хоккеист
    баскетболист боксёр боксер гонщик пловец пловчиха фигурист фигуристка шахматист
    гимнаст гимнастка легкоатлет атлет бегун лыжник велосипедист конькобежец тренер
    бизнесмен предприниматель миллиардер миллионер магнат олигарх банкир инвестор
    журналист журналистка блогер блогерша телеведущий ведущий шоумен комик продюсер
    сценарист аниматор мультипликатор изобретатель программист инженер врач хирург
    турист туристка студент студентка школьник школьница пенсионер пенсионерка
    эмигрант иммигрант беженец мигрант путешественник происхождение
    альпинист рэпер музыкант гитарист барабанщик пианист скрипач
    лауреат нобелевский доброволец актёрский публицист кинорежиссёр кинорежиссер
    кинематографист искусствовед литератор драматург романист прозаик переводчик
    мультимиллиардер модельерка чемпион чемпионка рестлер борец кинорежиссёр рэпер
    писательница драматург миллиардер теннисистка балерина защитник хоккеист вратарь
    голкипер критик классик мыслитель физиолог натуралист комик коммерсант шоумен
    фехтовальщик пловчиха волейболист профессор девушка мужчина подросток звезда
    монахиня хакер кибермошенник лесбиянка киноактриса фигуристка одиночница медиамагнат
    видеоблогер мультимиллионер заложница шофер шофёр коллега акцент отделение кухня
    """.split()
)
# common nouns after a capitalised adjective that make it part of a proper name of a place or
# a paper, not the state: "Советского района", "Колумбийском университете", "Российская газета"
NAME_NOUNS = frozenset(
    """
    район фронт университет газета улица проспект переулок площадь область край округ
    посёлок поселок море залив остров полуостров хребет канал кладбище театр музей школа
    """.split()
)
# suffixes of person nouns (nationality): "хоккеист", "теннисистка", "фехтовальщик"
PERSON_SUFFIXES = ("ист", "истка", "щик", "щица", "льщик", "ант", "антка")
# persons in a relation to the state, not of a nationality: its officials, its citizens
# ("российским гражданам": citizenship) and its space programme's crews; NEREL train tags the
# adjective before them COUNTRY (гражданин 6 of 6, астронавт 4 of 4, космонавт 4 of 4)
STATE_PERSONS = frozenset(
    {
        "министр",
        "дипломат",
        "солдат",
        "военный",
        "посол",
        "гражданин",
        "гражданка",
        "граждане",
        "астронавт",
        "космонавт",
    }
)
# animate nouns with a person suffix that business news uses for a company: "нефтяного гиганта"
NOT_PERSONS = frozenset({"гигант"})
# punctuation right after an adjective (or a list of them) that shows no noun follows: the
# adjective stands for an elided noun, most often a language ("говорит на французском,")
NO_NOUN_PUNCT = frozenset(".,;:!?()…")
PERSON_POS = frozenset({"NOUN", "PROPN"})
NAME_POS = frozenset({"NOUN", "PROPN", "X", "ADJ"})
YO = str.maketrans("ёЁ", "еЕ")
QUOTES_OPEN = frozenset({"«", '"', "“", "„"})

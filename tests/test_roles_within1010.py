"""Roles, session 10: posts within one sentence (``ruextract.roles.linking``: ``person_ahead``
takes the name an accusative post's holder is spelt with, in the genitive, past the holder's
age; ``joined`` and ``bracket_joins``: two posts of one holder with a bracket between;
``ruextract.roles.copulas``: ``participle_copula``, "бывший" as the copula of an instrumental
post; ``pronoun_object``, the person an object pronoun of a verb of appointment stands for;
``ruextract.roles.clause_subjects``: a post named again as the subject of a later clause of
its sentence; a copula's subject past an apposition after a dash and a bracket (``past_bracket``),
past a genitive name in it; ``participle_subject``; a post word past its place before a dash
(``past_place``); posts joined past a bracket of years; ``ruextract.roles.offices``: a post
named as an office is nobody's; ``copula_after.read_instrumental``: a post the tagger reads in
another case, instrumental by pymorphy3, before a copula, and a determiner in the post's
complement before it; ``ahead.place_clause_end``: a clause about the post's place between a
nominative post and its name; ``copulas.past_modifiers``: the post word or preposition before
a post's participles; ``copulas.complement_before_comma``: a genitive name closing an
apposition is no holder of a post after "звание"; ``words.common_noun``: a capitalised
animate common noun the tagger reads as a name opening a sentence; ``words.noun_only``: a noun
the tagger reads as an adjective; ``linking.oblique_after_dash``: the name after a dash after an
oblique post; ``linking.past_abbreviation``: an abbreviation in brackets between a post and
its name; ``copula_after``: "одним из" before a plural post before its copula; the perfective
copulas of a time spent in a post: "проработала инженером"; ``phrases.post_opens``: a place
span the tagger made of a post and a country).

Each rule has cases that must link and cases on the other side of its condition that must not.
"""

from __future__ import annotations

import pytest

from tests.conftest import role_rows as rows

ENEZI = "Рашид Салех аль-Энези"
IVANOV = "Олег Иванов"
EW = "войска радиоэлектронной борьбы"  # a plural org keeps its number (fields10)
EW_CHIEF = (IVANOV, "начальник", "начальника войск радиоэлектронной борьбы", EW, "current")
MAJOR_GENERAL = (IVANOV, "генерал-майор", "генерал-майора", None, "current")
OSBORNE = "Джордж Осборн"
FINANCE = (OSBORNE, "министр финансов", "Министром финансов", None, "current")


CASES = {
    # person_ahead: an accusative post, its holder's name read as genitive, past the age
    "accusative post, genitive name past the age": (
        "Кувейтский суд приговорил оппозиционного активиста 26-летнего Рашида Салеха "
        "аль-Энези к двум годам тюрьмы.",
        [(ENEZI, "активист", "оппозиционного активиста", None, "current")],
    ),
    # bracket_joins: an abbreviation in brackets between two posts of one holder
    "abbreviation in brackets between two posts": (
        "Указ касается начальника войск радиоэлектронной борьбы (РЭБ) генерал-майора Олега "
        "Иванова.",
        [EW_CHIEF, MAJOR_GENERAL],
    ),
    # bracket_joins: BRACKET_REACH words in the bracket, the bound's near side
    "three words in brackets between two posts": (
        "Указ касается начальника войск радиоэлектронной борьбы (войск РЭБ РФ) генерал-майора "
        "Олега Иванова.",
        [EW_CHIEF, MAJOR_GENERAL],
    ),
    # bracket_joins: a post in brackets names the post before it again
    "post in brackets after a post": (
        "Министром финансов (канцлером казначейства) должен стать Джордж Осборн.",
        [FINANCE, (OSBORNE, "канцлер казначейства", "канцлером казначейства", None, "current")],
    ),
}

HUNTSMAN = (
    "Джон Хантсмен работал в Белом доме при президенте Рональде Рейгане, а затем президент "
    "Джордж Буш {verb} {pronoun} послом в Сингапуре."
)
ANNA = (
    "Анна Иванова работала в Белом доме при президенте Рональде Рейгане, а затем президент "
    "Джордж Буш назначил её послом в Сингапуре."
)
PRESIDENTS = [
    ("Рональд Рейган", "президент", "президенте", None, "current"),
    ("Джордж Буш", "президент", "президент", None, "current"),
]
AMBASSADOR = ("посол", "послом в Сингапуре", "Сингапур", "current")
AMARI = "Акир Амари"  # the people stage's key
AMARI_ROW = (
    AMARI,
    "министр экономического восстановления",
    "Министр экономического восстановления",
    None,
    "current",
)

CASES_VERBS = {
    # participle_copula: "бывший" in another case than the instrumental post
    "бывший as the copula of an instrumental post": (
        "Министр экономического восстановления — Акира Амари, в 2006—2008 гг. бывший "
        "министром экономики.",
        [AMARI_ROW, (AMARI, "министр экономики", "бывший министром экономики", None, "former")],
    ),
    # pronoun_object: past the verb's subject and a name that cannot be nominative
    "his: the last subject of his gender": (
        HUNTSMAN.format(verb="назначил", pronoun="его"),
        [*PRESIDENTS, ("Джон Хантсмен", *AMBASSADOR)],
    ),
    "her: the last name of her gender": (ANNA, [*PRESIDENTS, ("Анна Иванова", *AMBASSADOR)]),
}

CASES_MUST_NOT_LINK = {
    # participle_copula: "бывшим" in the post's own case is the adjective, no copula
    "бывшим in the case of the post": (
        "Министр экономического восстановления — Акира Амари, встречавшийся с бывшим "
        "министром экономики.",
        [AMARI_ROW],
    ),
    # pronoun_object: a pronoun of the other gender than every name before
    "her, only men named": (HUNTSMAN.format(verb="назначил", pronoun="её"), PRESIDENTS),
    # pronoun_object: a verb that gives no post
    "his after a verb of no appointment": (
        HUNTSMAN.format(verb="видел", pronoun="его"),
        PRESIDENTS,
    ),
    # the other side: a dative post and a genitive name (no accusative to spell as genitive)
    "dative post, genitive name": (
        "Суд отказал адвокату 26-летнего Рашида Салеха аль-Энези в жалобе.",
        [],
    ),
    # a genitive post and a name the tagger reads as accusative: not the other way round
    "genitive post, accusative name": (
        "Кинг был наставником для многих гитаристов, включая Эрика Клэптона.",
        [("Кинг", "наставник", "наставником", None, "current")],
    ),
    # a bracket of more than BRACKET_REACH words between the posts: no list
    "long bracket between two posts": (
        "Указ касается начальника войск радиоэлектронной борьбы (войск РЭБ и связи) "
        "генерал-майора Олега Иванова.",
        [MAJOR_GENERAL],
    ),
    # the posts in two cases: the bracket's post is not the one before it
    "bracket's post in another case": (
        "Указ касается начальника войск (РЭБ) генерал-майору Олегу Иванову.",
        [(IVANOV, "генерал-майор", "генерал-майору", None, "current")],
    ),
    # a bracket holding a name of its own: its post is that name's
    "bracket with a name of its own": (
        "Министром финансов (канцлер казначейства Джон Смит) должен стать Джордж Осборн.",
        [FINANCE, ("Джон Смит", "канцлер казначейства", "канцлер казначейства", None, "current")],
    ),
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_roles_within1010_links(parse, text, expected):
    assert rows(parse(text)) == expected


@pytest.mark.parametrize(
    "text, expected", CASES_MUST_NOT_LINK.values(), ids=CASES_MUST_NOT_LINK.keys()
)
def test_roles_within1010_does_not_link(parse, text, expected):
    assert rows(parse(text)) == expected


@pytest.mark.parametrize("text, expected", CASES_VERBS.values(), ids=CASES_VERBS.keys())
def test_roles_within1010_verbs(parse, text, expected):
    assert rows(parse(text)) == expected


GADDAFI = "Муаммар Каддафи"
COLONEL = (GADDAFI, "полковник", "полковник", None, "current")
CONVOY = "конвой попал под авиаудар НАТО и"

CASES_CLAUSE_SUBJECTS = {
    "subject after a conjunction": (
        f"Во время штурма Сирта {GADDAFI} попытался покинуть город, но {CONVOY} полковник "
        "получил ранения.",
        [COLONEL],
    ),
    "subject after a comma, the name in the dative": (
        "Если Уго Чавесу удастся переизбраться на четвертый срок, 57-летний политик останется "
        "у власти до 2019 года.",
        [("Уго Чавес", "политик", "57-летний политик", None, "current")],
    ),
    "reported by another, the name in the genitive": (
        "Позже внук Нельсона Манделы сообщил, что бывший политик идёт на поправку.",
        [("Нельсон Мандела", "политик", "бывший политик", None, "former")],
    ),
    "an adverb between the subject and its verb": (
        f"{GADDAFI} попытался покинуть город, но полковник якобы получил ранения.",
        [COLONEL],
    ),
    # the other sides: no row
    # cases that kill clause_subjects' mutants: a one-word name opening the text, at either
    # parity of distance; a plural verb right after the post; a woman's verb for a man's name
    "a one-word name opening the text": (
        "Каддафи попытался покинуть город, но полковник получил ранения.",
        [("Каддафи", "полковник", "полковник", None, "current")],
    ),
    "a one-word name opening the text, one word further": (
        "Каддафи пытался покинуть этот город, но полковник получил ранения.",
        [("Каддафи", "полковник", "полковник", None, "current")],
    ),
    "a plural verb right after the post": (
        f"{GADDAFI} попытался покинуть город, но его сын и полковник получили ранения.",
        [],
    ),
    "a woman's post and verb, a man named": (
        f"Иван Петров покинул город, но {CONVOY} журналистка получила ранения.",
        [],
    ),
    "a woman's post and verb, a woman named": (
        f"Мария Петрова покинула город, но {CONVOY} журналистка получила ранения.",
        [("Мария Петрова", "журналистка", "журналистка", None, "current")],
    ),
    "a plural verb: two subjects": (
        f"{GADDAFI} попытался покинуть город, но {CONVOY} полковник и его сын получили ранения.",
        [],
    ),
    "reported by the one named, who may be nominative": (
        f"{GADDAFI} сообщил, что полковник получил ранения.",
        [],
    ),
    "after а, which sets another subject against the first": (
        f"{GADDAFI} покинул город, а полковник получил ранения.",
        [],
    ),
    "after a dash": (
        f"{GADDAFI} покинул город — полковник получил ранения.",
        [],
    ),
    "two people named before": (
        f"{GADDAFI} и Махмуд Джибриль покинули город, но {CONVOY} полковник получил ранения.",
        [],
    ),
    "the post in the dative": (
        f"{GADDAFI} попытался покинуть город, но {CONVOY} полковнику досталось.",
        [],
    ),
    "a verb of the other gender's name": (
        f"Анна Иванова покинула город, но {CONVOY} полковник получил ранения.",
        [],
    ),
    "an indefinite post": (f"{GADDAFI} попытался покинуть город, но один полковник погиб.", []),
    "no clause opener before the post": (
        f"{GADDAFI} попытался покинуть город, но вчера полковник получил ранения.",
        [],
    ),
    "no finite verb after the post": (
        f"{GADDAFI} попытался покинуть город, но полковник, по данным СМИ, получил ранения.",
        [],
    ),
}


@pytest.mark.parametrize(
    "text, expected", CASES_CLAUSE_SUBJECTS.values(), ids=CASES_CLAUSE_SUBJECTS.keys()
)
def test_roles_within1010_clause_subjects(parse, text, expected):
    assert rows(parse(text)) == expected


PONOMAREV = "Юрий Пономарев"
PROSECUTORS = (
    "в органах прокуратуры служит более 25 лет (в том числе работал заместителем прокурора "
    "Самарской области)."
)
DEPUTY = (
    "заместитель",
    "заместителем прокурора Самарской области",
    "прокурор Самарской области",
    "current",
)
GRYZLOV = "Борис Грызлов — чиновник из команды Путина, занимавший высшие должности"
GRYZLOV_ROWS = [
    ("Борис Грызлов", "чиновник", "чиновник", None, "current"),
    ("Борис Грызлов", "министр внутренних дел", "министр внутренних дел", None, "current"),
]
# each post's bracket of past years closes it (status.year_range, session 14): former
GRYZLOV_DATED = [GRYZLOV_ROWS[0], (*GRYZLOV_ROWS[1][:-1], "former")]
SPEAKER = (
    "Борис Грызлов",
    "председатель",
    "председатель Государственной думы",
    "Государственная дума",
    "former",
)
CHINAWAT = "Йинглак Чинават — сестра Таксина Чинавата, {verb} пост премьер-министра Таиланда"
PM_THAILAND = ("премьер-министр", "премьер-министра Таиланда", "Таиланд")

CASES_APPOSITIONS = {
    "apposition after a bracket and a hyphen": (
        f"{PONOMAREV} (1962 года рождения) - государственный советник юстиции, {PROSECUTORS}",
        [
            (
                PONOMAREV,
                "государственный советник юстиции",  # the post's adjective (fields10)
                "государственный советник юстиции",
                None,
                "current",
            ),
            (PONOMAREV, *DEPUTY),
        ],
    ),
    "no name before the bracket": (
        f"{PONOMAREV} знает его помощника (1962 года рождения) - советник юстиции, {PROSECUTORS}",
        [],
    ),
    "past a genitive name in the apposition, a post word past its place": (
        f"{GRYZLOV} в России — министр внутренних дел.",
        GRYZLOV_ROWS,
    ),
    "posts joined past a bracket of years": (
        f"{GRYZLOV} в России — министр внутренних дел (2001—2003), председатель "
        "Государственной думы (2003—2011).",
        [*GRYZLOV_DATED, SPEAKER],
    ),
    "a bracket of more than years: no list": (
        f"{GRYZLOV} в России — министр внутренних дел (2001—2003 и позже), председатель "
        "Государственной думы (2003—2011).",
        GRYZLOV_DATED,
    ),
    "a genitive participle: the genitive name before it": (
        CHINAWAT.format(verb="занимавшего") + " с 2001 по 2006 годы.",
        [("Таксин Чинават", *PM_THAILAND, "former")],
    ),
    "a nominative participle: the subject": (
        CHINAWAT.format(verb="занимавшая") + " с 2011 года.",
        [("Йинглак Чинават", *PM_THAILAND, "current")],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_APPOSITIONS.values(), ids=CASES_APPOSITIONS.keys())
def test_roles_within1010_appositions(parse, text, expected):
    assert rows(parse(text)) == expected


CASTRO = "Рауль Кастро возглавляет Кубу. Председатель Государственного совета Кубы — {rest}."
CASTRO_HEADS = ("Рауль Кастро", "глава", "возглавляет Кубу", "Куба", "current")
CASTRO_CHAIRS = (
    "Рауль Кастро",
    "председатель",
    "Председатель Государственного совета Кубы",
    "Государственный совет Кубы",
    "current",
)
BAN = "Пан Ги Мун выступил в Женеве. Генеральный секретарь ООН {rest}."
BAN_ROW = ("Пан Ги Мун", "генеральный секретарь", "Генеральный секретарь ООН", "ООН", "current")

BAN_NAMED = "Пан Ги Мун — генеральный секретарь ООН. Он надеется, что"
BAN_NAMED_ROW = (
    "Пан Ги Мун",
    "генеральный секретарь",
    "генеральный секретарь ООН",
    "ООН",
    "current",
)

CASES_OFFICES = {
    "an office after a dash": (
        CASTRO.format(rest="высшая государственная должность в стране"),
        [CASTRO_HEADS],
    ),
    "the post word the OFFICE_REACH-th word after the dash": (
        CASTRO.format(rest="самая высокая государственная должность"),
        [CASTRO_HEADS],
    ),
    "the post word past OFFICE_REACH words: a holder": (
        CASTRO.format(rest="самая высокая и важная должность"),
        [CASTRO_HEADS, CASTRO_CHAIRS],
    ),
    "another noun after the dash: a holder": (
        CASTRO.format(rest="лидер страны и армии"),
        [CASTRO_HEADS, CASTRO_CHAIRS],
    ),
    # the words after the dash that end the search for a post word: a name, a verb, a copula,
    # a bracket (each: a holder)
    "a name after the dash": (
        CASTRO.format(rest="Рауль Кастро, высшая должность"),
        [CASTRO_HEADS, CASTRO_CHAIRS],
    ),
    "a verb after the dash": (
        CASTRO.format(rest="занимает высшую должность"),
        [CASTRO_HEADS, CASTRO_CHAIRS],
    ),
    "a copula after the dash": (
        CASTRO.format(rest="была высшей должностью"),
        [CASTRO_HEADS, CASTRO_CHAIRS],
    ),
    "a bracket after the dash": (
        CASTRO.format(rest="(высшая должность)"),
        [CASTRO_HEADS, CASTRO_CHAIRS],
    ),
    "a present-tense verb of filling the office": (
        BAN.format(rest="назначается Генеральной Ассамблеей"),
        [],
    ),
    "a present-tense verb of another kind: a holder": (
        BAN.format(rest="встречается с послами"),
        [BAN_ROW],
    ),
    "a past verb of filling: a holder": (
        BAN.format(rest="был назначен Генеральной Ассамблеей"),
        [BAN_ROW],
    ),
    "a genitive post after выборы": (
        "Пан Ги Мун надеется, что на выборах генерального секретаря ООН его поддержит Россия.",
        [],
    ),
    "a genitive post after выборы, its holder named before": (
        f"{BAN_NAMED} на выборах генерального секретаря ООН его поддержит Россия.",
        [BAN_NAMED_ROW],
    ),
    "a genitive post after another noun, its holder named before": (
        f"{BAN_NAMED} на встрече генерального секретаря ООН его поддержит Россия.",
        [
            BAN_NAMED_ROW,
            ("Пан Ги Мун", "генеральный секретарь", "генерального секретаря ООН", "ООН", "current"),
        ],
    ),
    "a genitive post after выборы before its holder's name": (
        "Евгений Шевчук опередил во втором туре выборов нынешнего спикера Анатолия Каминского.",
        [("Анатолий Каминский", "спикер", "нынешнего спикера", None, "current")],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_OFFICES.values(), ids=CASES_OFFICES.keys())
def test_roles_within1010_offices(parse, text, expected):
    assert rows(parse(text)) == expected


AMANPOUR = 'В частности, новой ведущей "This Week" {verb} журналистка Кристиана Аманпур.'
JOURNALIST = ("Кристиана Аманпур", "журналистка", "журналистка", None, "current")

CASES_INSTRUMENTAL = {
    "a post read as genitive, instrumental by pymorphy3, before a copula": (
        AMANPOUR.format(verb="стала"),
        [
            ("Кристиана Аманпур", "ведущая", 'ведущей "This Week"', "This Week", "current"),
            JOURNALIST,
        ],
    ),
    "no copula after the post": (AMANPOUR.format(verb="интересовалась"), [JOURNALIST]),
    "no instrumental reading": (
        "Заместителя министра сменила журналистка Анна Иванова.",
        [("Анна Иванова", "журналистка", "журналистка", None, "current")],
    ),
    "an indeclinable word": ("Вице-мисс стала москвичка Ксения Александрова.", []),
}


@pytest.mark.parametrize(
    "text, expected", CASES_INSTRUMENTAL.values(), ids=CASES_INSTRUMENTAL.keys()
)
def test_roles_within1010_instrumental(parse, text, expected):
    assert rows(parse(text)) == expected


PRESS = (
    "Руководитель пресс-службы «Новой газеты», {clause} Надежда Прусенкова отметила, что дата "
    "не случайна."
)
PRUSENKOVA = (
    "Надежда Прусенкова",
    "руководитель",
    "Руководитель пресс-службы «Новой газеты»",
    "пресс-служба «Новой газеты»",
    "current",
)
BUFFETT = "Президентом, по всей вероятности, станет старший сын Уоррена Баффета{name}."

CASES_CLAUSES = {
    "a clause about the post's place before the name": (
        PRESS.format(clause="где работала Политковская,"),
        [PRUSENKOVA],
    ),
    "a clause with который: no name past it": (
        PRESS.format(clause="которая критиковала власти,"),
        [],
    ),
    "a place clause that does not close before the sentence ends": (
        "Руководитель пресс-службы «Новой газеты», где работала Анна Политковская.",
        [],
    ),
    "a determiner in the complement of the post's preposition": (
        BUFFETT.format(name=" Говард"),
        [("Говард", "президент", "Президентом", None, "current")],
    ),
    "the same with only a genitive name after the copula": (BUFFETT.format(name=""), []),
}


@pytest.mark.parametrize("text, expected", CASES_CLAUSES.values(), ids=CASES_CLAUSES.keys())
def test_roles_within1010_clauses(parse, text, expected):
    assert rows(parse(text)) == expected


BRYANT = "Коби Брайант, американский баскетболист, играл {where}."
BASKETBALL = ("Коби Брайант", "баскетболист", "американский баскетболист", None, "current")

CASES_POST_WORDS = {
    "a genitive name closing an apposition before the verb": (
        "В 2012 году Кармен Мелендес, одна из ближайших соратниц Чавеса, получила звание адмирала.",
        [("Кармен Мелендес", "адмирал", "адмирала", None, "current")],
    ),
    "a genitive name with no comma after it: the holder": (
        "Сенат одобрил назначение Тома Донилона на пост советника президента.",
        [("Том Донилон", "советник президента", "советника президента", None, "current")],
    ),
    "the post word before a participle of the post's case": (
        BRYANT.format(where="на позиции атакующего защитника"),
        [BASKETBALL, ("Коби Брайант", "защитник", "защитника", None, "current")],
    ),
    "a preposition before the participle: no predicate": (
        BRYANT.format(where="с атакующим защитником"),
        [BASKETBALL],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_POST_WORDS.values(), ids=CASES_POST_WORDS.keys())
def test_roles_within1010_post_words(parse, text, expected):
    assert rows(parse(text)) == expected


CASES_WORDS = {
    "a post opening a sentence read as a name": (
        "Кардиологу Конраду Мюррею грозит до четырех лет тюрьмы.",
        [("Конрад Мюррей", "кардиолог", "Кардиологу", None, "current")],
    ),
    "an inanimate noun opening a sentence": ("Гитара Джона Леннона была продана на аукционе.", []),
    "another inanimate noun opening a sentence": ("Вахту принял Уоррен Баффет.", []),
    "a noun the tagger reads as an adjective": (
        "В этот день Роберт Лоуренс выступал в роли пилота-инструктора самолёта F-104.",
        [
            (
                "Роберт Лоуренс",
                "пилот-инструктор самолета",
                "пилота-инструктора самолёта",
                None,
                "current",
            )
        ],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_WORDS.values(), ids=CASES_WORDS.keys())
def test_roles_within1010_words(parse, text, expected):
    assert rows(parse(text)) == expected


ZHARKOV = "Жарков женился в 1972 году на бывшей бортпроводнице — {rest}."

CASES_DASHES = {
    "a name after a dash, readable in the post's case": (
        ZHARKOV.format(rest="Любови Жарковой"),
        [("Любовь Жаркова", "бортпроводница", "бывшей бортпроводнице", None, "former")],
    ),
    "a name after the dash in another case": (
        ZHARKOV.format(rest="Любовь Жаркова стала его женой"),
        [],
    ),
    "a post after a noun of kinship": (
        "В этот день старшей дочери президента – Малии Обаме – исполняется 14 лет.",
        [],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_DASHES.values(), ids=CASES_DASHES.keys())
def test_roles_within1010_dashes(parse, text, expected):
    assert rows(parse(text)) == expected


SHAIMIEV = (
    "Экс-президент Татарстана Минтимер Шаймиев, председатель Российского союза баптистов "
    "({inside}) Алексей Смирнов подписали обращение."
)
EX_PRESIDENT = ("Минтимер Шаймиев", "президент", "Экс-президент Татарстана", "Татарстан", "former")
CHAIR = ("председатель", "председатель Российского союза баптистов", "Российский союз баптистов")
JANSA = (
    "Правительство консерваторов во главе с лидером Словенской демократической партии "
    "({inside}) Янезом Яншей отправили в отставку."
)

CASES_ABBREVIATIONS = {
    "an abbreviation in brackets before the name": (
        SHAIMIEV.format(inside="РОСХВЕ"),
        [EX_PRESIDENT, ("Алексей Смирнов", *CHAIR, "current")],
    ),
    "more than BRACKET_REACH words in the bracket: the name before the post": (
        SHAIMIEV.format(inside="РОСХВЕ Москвы России сегодня"),
        [EX_PRESIDENT, ("Минтимер Шаймиев", *CHAIR, "current")],
    ),
    "an oblique post, an abbreviation in brackets": (
        JANSA.format(inside="СДП"),
        [
            (
                "Янез Яншя",  # the people stage's key
                "лидер",
                "лидером Словенской демократической партии",
                "Словенская демократическая партия",
                "current",
            )
        ],
    ),
    "an oblique post, BRACKET_REACH + 1 words in the bracket": (
        JANSA.format(inside="СДП и ЛДП Словении"),
        [],
    ),
}


@pytest.mark.parametrize(
    "text, expected", CASES_ABBREVIATIONS.values(), ids=CASES_ABBREVIATIONS.keys()
)
def test_roles_within1010_abbreviations(parse, text, expected):
    assert rows(parse(text)) == expected


KIM = (
    "Почти одновременно {post}, сосланных в лагеря для перевоспитания, {verb} 71-летний Ким Ён "
    "Чхоль."
)

CASES_ONE_OF = {
    "одним из before a plural post before its copula": (
        KIM.format(post="одним из двух высокопоставленных сановников", verb="стал"),
        [("Ким Ён Чхоль", "сановник", "высокопоставленных сановников", None, "current")],
    ),
    "a plural post of no одним из": (
        KIM.format(post="с двумя высокопоставленными сановниками", verb="встретился"),
        [],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_ONE_OF.values(), ids=CASES_ONE_OF.keys())
def test_roles_within1010_one_of(parse, text, expected):
    assert rows(parse(text)) == expected


KHODORKOVSKAYA = (
    "Далее Марина Ходорковская устроилась на московский завод «Калибр», где вместе с мужем "
    "проработала {rest} 35 лет."
)

CASES_PERFECTIVE = {
    "a perfective copula of time spent in a post": (
        KHODORKOVSKAYA.format(rest="инженером-технологом"),
        [("Марина Ходорковская", "инженер-технолог", "инженером-технологом", None, "current")],
    ),
    "the post after a preposition": (
        KHODORKOVSKAYA.format(rest="над проектом с инженером-технологом"),
        [],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_PERFECTIVE.values(), ids=CASES_PERFECTIVE.keys())
def test_roles_within1010_perfective(parse, text, expected):
    assert rows(parse(text)) == expected


EMIR = "\n\nЭмир Катара шейх Хамад бен Халиф Аль Тани встретится в понедельник с членами семьи."
HAMAD = "Хамад бен Халиф Аль Тани"
EMIR_ROW = (HAMAD, "эмир", "Эмир Катара", "Катар", "current")
SHEIKH = (HAMAD, "шейх", "шейх", "Катар", "current")

CASES_PLACES = {
    "a post and a country read as one LOC": (
        "Эмир Катара встретится с членами королевской семьи" + EMIR,
        [EMIR_ROW, EMIR_ROW, SHEIKH],
    ),
    "after another headline": ("Улицы Катара опустели" + EMIR, [EMIR_ROW, SHEIKH]),
}


@pytest.mark.parametrize("text, expected", CASES_PLACES.values(), ids=CASES_PLACES.keys())
def test_roles_within1010_places(parse, text, expected):
    assert rows(parse(text)) == expected

"""People, session 7: name families found on a second sample of unseen NEREL train news (no
gold), each fixed by its cause, with cases on both sides of its condition (what the rule
changes, and what it must leave as it is)."""

from __future__ import annotations

import pytest

from ruextract.names import NameWord, is_regnal_number, normal_name, readings


def person_names(doc) -> list[tuple[str, str]]:
    """(mention as written, its person's name) of every PER span."""
    return [(e.text, e._.person.name) for e in doc.ents if e.label_ == "PER"]


# --- a regnal number in Roman numerals reads alike in every case and gender: it is no evidence
# of the name's case ("сын Леопольда III" was kept in the genitive, the numeral voting for a
# woman's nominative "Леопольда")

CASES_REGNAL = [
    pytest.param(
        "Альберт II — младший сын Леопольда III и Астрид Шведской.",
        [
            ("Альберт II", "Альберт II"),
            ("Леопольда III", "Леопольд III"),
            ("Астрид Шведской", "Астрид Шведская"),
        ],
        id="genitive-before-a-numeral",
    ),
    pytest.param(
        "Королева Елизавета II посетила Канаду.",
        [("Елизавета II", "Елизавета II")],
        id="nominative-woman-stays",
    ),
    pytest.param(
        "Отставка Бенедикта XVI станет официальной в 20:00.",
        [("Бенедикта XVI", "Бенедикт XVI")],
        id="genitive-after-a-noun",
    ),
    pytest.param(
        "Папа Бенедикт XVI отрёкся от престола.",
        [("Бенедикт XVI", "Бенедикт XVI")],
        id="nominative-man-stays",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES_REGNAL)
def test_people_regnal_number_is_no_case_evidence(parse, text, expected):
    assert person_names(parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("II", True),
        ("III", True),
        ("XVI", True),
        ("V", True),
        ("I", False),  # one letter I is an initial as much as a numeral
        ("VIP", False),
        ("Иван", False),
        ("ii", False),
    ],
)
def test_names_is_regnal_number(text, expected):
    assert is_regnal_number(text) is expected


def test_names_regnal_number_does_not_vote():
    genitive = "Animacy=Anim|Case=Gen|Gender=Masc|Number=Sing"
    words = [NameWord("Леопольда", genitive), NameWord("III", "")]
    assert normal_name(words).normal == "Леопольд III"
    # the same first name alone reads as it did: the numeral took no vote away from it
    assert normal_name([NameWord("Леопольда", genitive)]).normal == "Леопольд"


# --- a name's word as written: an apostrophe between letters ("О’Мэлли", "д’Удекем") or after an
# elided particle ("д’ Акоз"), and a letter of another script inside a word ("Франcиско", a
# Latin c), were cut apart and re-joined with spaces ("Мартин О Мэлли", "Фран c иско")

CASES_WRITTEN_WORD = [
    pytest.param(
        "Губернатор Мэриленда Мартин О’Мэлли заявил о планах.",
        [("Мартин О’Мэлли", "Мартин О’Мэлли")],
        id="apostrophe-nominative",
    ),
    pytest.param(
        "Обама встретился с Мартином О’Мэлли в Вашингтоне.",
        [("Обама", "Обама"), ("Мартином О’Мэлли", "Мартин О’Мэлли")],
        id="apostrophe-instrumental",
    ),
    pytest.param(
        "Принц Филипп женат на Матильде д’Удекем д’Акоз с 1999 года.",
        [("Филипп", "Филипп"), ("Матильде д’Удекем д’Акоз", "Матильда д’Удекем д’Акоз")],
        id="elided-particles",
    ),
    pytest.param(
        "Президент Сальвадора Франcиско Флорес прибыл в Москву.",
        [("Франcиско Флорес", "Франcиско Флорес")],
        id="latin-letter-inside",
    ),
    # what must stay: hyphens, initials and plain names as they were
    pytest.param(
        "Памятник Жан-Полю Сартру открыли в Париже.",
        [("Жан-Полю Сартру", "Жан-Поль Сартр")],
        id="hyphen-stays",
    ),
    pytest.param(
        "Об этом сообщил А.М. Горький.",
        [("А.М. Горький", "А.М. Горький")],
        id="initials-stay",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES_WRITTEN_WORD)
def test_people_word_as_written(parse, text, expected):
    assert person_names(parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "last", "token", "expected"),
    [
        ("Мартин О’Мэлли", 1, 2, True),  # apostrophe, a letter right after
        ("Мартин О’Мэлли", 2, 3, True),  # the letters after the apostrophe
        ("Матильда д’ Акоз", 1, 2, True),  # an elided particle keeps its apostrophe
        ("Лоренцо де’ Медичи", 1, 2, True),
        ("Ахмад Шах Мас’уд", 2, 3, True),  # a longer word: a letter right after
        ("Ахмад Шах Мас’уд", 3, 4, True),
        ("Сказал Путин’ и ушёл", 1, 2, False),  # a long word, a space after: a quote
        ("Сказал Ким’ и ушёл", 1, 2, False),
        ("Сказал Путин’, и ушёл", 1, 2, False),  # no letter after
        ("Сказал Путин’", 1, 2, False),  # the text's end
        ("(’Мэлли", 0, 1, False),  # no letters before
        ("Путин, Медведев", 0, 1, False),  # punctuation is no part of a word
        ("Франcиско", 0, 1, True),  # a Latin c: letters after letters
        ("Франcиско", 1, 2, True),
        ("Путин1", 0, 1, False),
    ],
)
def test_people_inside_word(parse, text, last, token, expected):
    from ruextract.people.words import inside_word

    doc = parse(text)
    assert inside_word(doc, doc[last], doc[token]) is expected


# --- a given name between a foreign name's first and last declines as a first name, not as a
# patronymic it is not ("Паоле Маргарите Марии Антонии …" was kept in the dative)

CASES_MIDDLE = [
    pytest.param(
        "Альберт женат на донне Паоле Маргарите Марии Антонии Руффо ди Калабриа.",
        [
            ("Альберт", "Альберт"),
            (
                "Паоле Маргарите Марии Антонии Руффо ди Калабриа",
                "Паола Маргарита Мария Антония Руффо ди Калабриа",
            ),
        ],
        id="dative-given-names",
    ),
    pytest.param(
        "Он вышел в футболке с цитатой Мартина Лютера Кинга.",
        [("Мартина Лютера Кинга", "Мартин Лютер Кинг")],
        id="genitive-given-name-stays-right",
    ),
    pytest.param(
        "Указ подписал Владимир Владимирович Путин.",
        [("Владимир Владимирович Путин", "Владимир Владимирович Путин")],
        id="patronymic-nominative",
    ),
    pytest.param(
        "Суд вызвал Сергея Сергеевича Кравцова.",
        [("Сергея Сергеевича Кравцова", "Сергей Сергеевич Кравцов")],
        id="patronymic-genitive",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES_MIDDLE)
def test_people_middle_given_names(parse, text, expected):
    assert person_names(parse(text)) == expected


def test_names_middle_readings():
    # a given name in the middle reads as a first name
    assert readings("Маргарите", "middle") == readings("Маргарите", "first")
    assert ("Dat", "femn", "sing") in readings("Маргарите", "middle")
    # a patronymic keeps its own readings
    assert readings("Владимировича", "middle") != readings("Владимировича", "first")
    assert readings("Владимировича", "middle")[("Gen", "masc", "sing")][0] == "владимирович"


# --- "им." with its dot after a common noun naming a body ("в театре им. Галиаскара Камала")
# governs the genitive as "имени" does; the pronoun "им" after a verb or a person does not

CASES_EPONYM = [
    pytest.param(
        "Панихида состоится в театре им. Галиаскара Камала.",
        [("Галиаскара Камала", "Галиаскар Камал")],
        id="common-noun-then-dotted-im",
    ),
    pytest.param(
        "Я позвонил им. Петров ответил сразу.",
        [("Петров", "Петров")],
        id="pronoun-after-a-verb",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES_EPONYM)
def test_people_eponym_after_a_common_noun(parse, text, expected):
    assert person_names(parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Панихида состоится в театре им. Галиаскара Камала.", "Галиаскара", True),
        ("Панихида состоится в театре им Галиаскара Камала.", "Галиаскара", False),
        ("Он учился в РГУ им Косыгина.", "Косыгина", True),
        ("Я позвонил им. Петров ответил сразу.", "Петров", False),
        ("Подарки раздали детям им. Петров ответил сразу.", "Петров", False),
        ("Лауреат премии имени Галиаскара Камала.", "Галиаскара", True),
        ("Билеты продаёт Театр им Вахтангова.", "Вахтангова", True),
        ("Панихида состоится в театре им.\nГалиаскара Камала.", "Галиаскара", False),
        ("Панихида состоится в театре\nим. Галиаскара Камала.", "Галиаскара", False),
        ("им. Галиаскара Камала.", "Галиаскара", False),
    ],
)
def test_people_eponym_of(parse, text, name, expected):
    from ruextract.people.words import eponym_of

    doc = parse(text)
    start = next(t.i for t in doc if t.text == name)
    assert eponym_of(doc, start) is expected


# --- a plural verb after one person's name, with no "и" or comma joining another name before
# it, has no subject ("Алине прочат …", "Попова доставили …"): it shows no nominative of the name
# ("Алине" was kept as a nominative and split from Алина Бронски)

CASES_PLURAL_VERB = [
    pytest.param(
        "В Бенрат прибывает Алина Бронски. Алина Бронски появилась на горизонте литературы. "
        "Алине прочат великое литературное будущее.",
        [
            ("Алина Бронски", "Алина Бронски"),
            ("Алина Бронски", "Алина Бронски"),
            ("Алине", "Алина Бронски"),
        ],
        id="dative-before-an-impersonal-plural-verb",
    ),
    pytest.param(
        "Попова доставили в больницу, где его прооперировали.",
        [("Попова", "Попов")],
        id="accusative-before-an-impersonal-plural-verb",
    ),
    pytest.param(
        "Братья Ротенберги купили завод.",
        [("Ротенберги", "Ротенберги")],
        id="plural-surname-is-the-subject",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES_PLURAL_VERB)
def test_people_plural_verb_without_subject(parse, text, expected):
    assert person_names(parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Алине прочат великое будущее.", "Алине", True),
        ("Вчера Попова доставили в больницу.", "Попова", True),
        ("Министры Лавров и Шойгу обсудили бюджет.", "Шойгу", False),  # coordinated
        ("Министры Лавров, Шойгу обсудили бюджет.", "Шойгу", False),
        ("Мария Иванова заявила о планах.", "Иванова", False),  # a singular verb
        ("Братья Ротенберги купили завод.", "Ротенберги", False),  # a plural name
    ],
)
def test_people_plural_verb_without_subject_condition(parse, text, name, expected):
    from ruextract.people.words import next_content, plural_verb_without_subject

    doc = parse(text)
    end = next(t.i for t in doc if t.text == name)
    start = end - 1 if doc[end - 1].text in ("Мария",) else end
    span = doc[start : end + 1]
    verb = next_content(doc, span.end)
    while verb.pos_ not in ("VERB", "AUX"):
        verb = next_content(doc, verb.i + 1)
    assert plural_verb_without_subject(span, verb.morph.to_dict()) is expected


@pytest.mark.parametrize(
    ("text", "role", "case", "gender", "expected"),
    [
        # a word read as written keeps its letters as written (not re-cased)
        ("О’Мэлли", "last", "Ins", "masc", "О’Мэлли"),
        ("д’Удекем", "middle", "Dat", "femn", "д’Удекем"),
        # a hyphen part read as written, the next part still declines
        ("Жозе-Мануэла", "first", "Gen", "masc", "Жозе-Мануэл"),
        ("Ли-Мартина", "first", "Gen", "masc", "Ли-Мартин"),
        # a woman's unknown name in -е in the dative or the locative is an а-declension name's
        ("Присцилле", "first", "Loc", "femn", "Присцилла"),
        ("Присцилле", "first", "Dat", "femn", "Присцилла"),
        ("Присцилле", "first", "Gen", "femn", "Присцилле"),
        # a nominative stays as written
        ("Мэлли", "last", "Nom", "masc", "Мэлли"),
    ],
)
def test_names_inflect_word_as_written(text, role, case, gender, expected):
    from ruextract.names import inflect_word

    assert inflect_word(text, role, case, gender, "sing") == expected


def test_names_apostrophe_name_in_a_case():
    instrumental = "Animacy=Anim|Case=Ins|Gender=Masc|Number=Sing"
    words = [NameWord("Мартином", instrumental), NameWord("О’Мэлли", "")]
    assert normal_name(words).normal == "Мартин О’Мэлли"

"""People, session 7: the linking and name families the study of draw 7 found, each with cases
on both sides of its condition (what the rule changes, and what it must leave as it is)."""

from __future__ import annotations

import pytest

from ruextract.names import NameParts, NameWord, listed_pet_forms, name_readings
from ruextract.people.linking import (
    ALIAS_INTRO,
    PersonCluster,
    doubled_alike,
    doubled_letters,
    hyphen_joined,
    listed_pet_form,
    named_near,
    one_edit,
    paradigm_shown,
    pet_form,
    same_first,
    same_particles,
    short_form_of,
    shows_other_gender,
    spelling_variant,
    transcribed_alike,
    uncontested,
)


def person_names(doc) -> list[tuple[str, str]]:
    """(mention as written, its person's name) of every PER span."""
    return [(e.text, e._.person.name) for e in doc.ents if e.label_ == "PER"]


# --- a short form not built on the full name's letters: the dictionary of short forms

CASES_LISTED_PET_FORM = [
    pytest.param(
        "Адвокат Марии Алёхиной заявила: «Маша является человеком активным».",
        [("Марии Алёхиной", "Мария Алёхина"), ("Маша", "Мария Алёхина")],
        id="lone-listed-short-form-in-the-same-paragraph",
    ),
    pytest.param(
        "Съёмки фильма о докторе Лизе начались.\nЕлизавета Глинка помогала детям Донбасса.",
        [("Лизе", "Елизавета Глинка"), ("Елизавета Глинка", "Елизавета Глинка")],
        id="lone-listed-short-form-in-the-next-paragraph",
    ),
    pytest.param(
        "Маша Алёхина вышла на свободу. Мария Алёхина заявила, что продолжит борьбу.",
        [("Маша Алёхина", "Мария Алёхина"), ("Мария Алёхина", "Мария Алёхина")],
        id="listed-short-form-with-the-surname-names-the-full-first-name",
    ),
    # ... far from the one person of that first name: another person (his son "Коля")
    pytest.param(
        "Главой КГБ стал Николай Сухаренко.\nОб этом сообщили.\nОб этом сообщили ещё раз.\n"
        "Наследником станет младший сын - семилетний Коля.",
        [("Николай Сухаренко", "Николай Сухаренко"), ("Коля", "Коля")],
        id="lone-listed-short-form-two-paragraphs-away-stays-apart",
    ),
    # ... two people whose first names it may stand for: nobody in particular
    pytest.param(
        "Александр Петров выступил. Александра Иванова выступила. Саша ответил на вопросы.",
        [("Александр Петров", "Александр Петров"),
         ("Александра Иванова", "Александра Иванова"), ("Саша", "Саша")],
        id="lone-listed-short-form-of-two-people-stays-apart",
    ),
    # ... not listed for this full name: "Маша" is not Марина's
    pytest.param(
        "Адвокат Марины Алёхиной заявила: «Маша является человеком активным».",
        [("Марины Алёхиной", "Марина Алёхина"), ("Маша", "Маша")],
        id="short-form-of-another-full-name-stays-apart",
    ),
    # ... different first names with one surname never merge
    pytest.param(
        "Маша Петрова выступила первой. Мария Петрова выступила второй. Марина Петрова не "
        "выступала.",
        [("Маша Петрова", "Мария Петрова"), ("Мария Петрова", "Мария Петрова"),
         ("Марина Петрова", "Марина Петрова")],
        id="different-first-names-stay-two-people",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES_LISTED_PET_FORM)
def test_pipeline_people_listed_pet_form(parse, text, expected):
    assert person_names(parse(text)) == expected


@pytest.mark.parametrize(
    ("short", "full", "expected"),
    [
        ("Маша", "Мария", True),
        ("маша", "МАРИЯ", True),  # folded
        ("Лиза", "Елизавета", True),
        ("Саша", "Александр", True),
        ("Саша", "Александра", True),
        ("Стёпа", "Степан", True),  # ё folded
        ("Степа", "Степан", True),
        ("Маша", "Марина", False),
        ("Мария", "Маша", False),  # the full name is no short form of its short form
        ("Коля", "Никита", False),
        (None, "Мария", False),
        ("Маша", None, False),
    ],
)
def test_listed_pet_form(short, full, expected):
    assert listed_pet_form(short, full) is expected
    assert not pet_form(short, full)  # the letters rule: none of these is built on the letters
    # same_first is symmetric, and any first name may be one with a missing one
    assert same_first(short, full) is (
        expected or listed_pet_form(full, short) or short is None or full is None
    )


def test_listed_pet_forms_are_folded_and_not_built_on_the_letters_rule():
    table = listed_pet_forms()
    assert table["мария"] == frozenset({"маша", "маня"})
    assert "федя" not in table.get("федор", ())  # built on the letters: not listed
    for full, shorts in table.items():
        assert full == full.lower().replace("ё", "е")
        assert all(short == short.lower().replace("ё", "е") and short for short in shorts)


def cluster(first: str, last: str, mentions: list[int]) -> PersonCluster:
    found = PersonCluster()
    for m in mentions:
        found.take(NameParts(f"{first} {last}", last=last, first=first), m)
    return found


@pytest.mark.parametrize(
    ("word", "firsts", "near", "expected"),
    [
        ("Маша", ["Мария"], True, [0]),
        ("Маша", ["Мария"], False, []),  # a listed form far from the person
        ("Маша", ["Мария"], None, [0]),  # no paragraphs known: as before
        ("Влад", ["Владислав", "Владимир"], False, [0]),  # built on the letters: near or far
        ("Макс", ["Максим", "Максимилиан"], True, []),  # listed for neither
        ("Саша", ["Александр", "Александра"], True, []),  # listed for both
        ("Саша", ["Сергей"], True, []),
        ("Юля", ["Юлия"], False, [0]),  # the letters rule needs no paragraph
    ],
)
def test_short_form_of(word, firsts, near, expected):
    clusters = [cluster(first, "Петров", [k]) for k, first in enumerate(firsts)]
    found = short_form_of(word, clusters, None if near is None else lambda c: near)
    assert found == expected


# --- a lone surname two relatives of its paragraph share: kept apart

CASES_SHARED_SURNAME = [
    pytest.param(
        "Теракт совершил уроженец Ингушетии Магомед Евлоев. В свою очередь, Адам Ганижев и "
        "Ислам Евлоев исчезли из села. Бортников уверен, что в подготовке взрыва принимали "
        "участие родственники Евлоева.",
        [("Магомед Евлоев", "Магомед Евлоев"), ("Адам Ганижев", "Адам Ганижев"),
         ("Ислам Евлоев", "Ислам Евлоев"), ("Бортников", "Бортников"), ("Евлоева", "Евлоев")],
        id="two-relatives-in-the-paragraph-lone-surname-apart",
    ),
    # ... only one of them named in its paragraph: that one
    pytest.param(
        "Рядовой Владислав Челах осуждён.\nЕго дед Владимир Челах пришёл на суд. «Он меня "
        "услышал», - цитирует Челаха газета.",
        [("Владислав Челах", "Владислав Челах"), ("Владимир Челах", "Владимир Челах"),
         ("Челаха", "Владимир Челах")],
        id="one-relative-in-the-paragraph-takes-the-lone-surname",
    ),
    # ... the paragraph names the other one only by first name: not a rival
    pytest.param(
        "Акционерами были Минтимер Шаймиев и Тимур Шаймиев.\nДо Тимура компанией владели "
        "сыновья Минтимера Шаймиева. В апреле внучка Шаймиева вошла в совет.",
        [("Минтимер Шаймиев", "Минтимер Шаймиев"), ("Тимур Шаймиев", "Тимур Шаймиев"),
         ("Тимура", "Тимур Шаймиев"), ("Минтимера Шаймиева", "Минтимер Шаймиев"),
         ("Шаймиева", "Минтимер Шаймиев")],
        id="rival-named-by-first-name-only-does-not-contest",
    ),
    # ... the gender tells them apart: no contest
    pytest.param(
        "Игорь Малашенко развёлся с Еленой Малашенко. Малашенко женился на другой.",
        [("Игорь Малашенко", "Игорь Малашенко"), ("Еленой Малашенко", "Елена Малашенко"),
         ("Малашенко", "Игорь Малашенко")],
        id="gender-decides-between-relatives",
    ),
    # ... one person of that surname: linked as before
    pytest.param(
        "Теракт совершил Магомед Евлоев. Адам Ганижев исчез. Родственники Евлоева молчат.",
        [("Магомед Евлоев", "Магомед Евлоев"), ("Адам Ганижев", "Адам Ганижев"),
         ("Евлоева", "Магомед Евлоев")],
        id="one-person-of-the-surname-takes-it",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES_SHARED_SURNAME)
def test_pipeline_people_shared_surname(parse, text, expected):
    assert person_names(parse(text)) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        ([0, 0, 0], []),  # both named in the lone surname's paragraph
        ([0, 1, 1], [0, 1]),  # only the second: the nearest rule picks it
        ([0, 1, 2], [0, 1]),  # neither
        ([1, 1, 0], [0, 1]),  # both, in another paragraph
    ],
)
def test_uncontested(paragraphs, expected):
    names = [
        NameParts("Магомед Евлоев", last="Евлоев", first="Магомед"),
        NameParts("Ислам Евлоев", last="Евлоев", first="Ислам"),
        NameParts("Евлоев", last="Евлоев"),
    ]
    clusters = [PersonCluster(mentions=[0]), PersonCluster(mentions=[1])]
    assert uncontested([0, 1], clusters, names, 2, paragraphs) == expected


def test_uncontested_needs_the_surname_and_an_earlier_mention():
    names = [
        NameParts("Тимур", first="Тимур"),  # no surname: no rival
        NameParts("Минтимер Шаймиев", last="Шаймиев", first="Минтимер"),
        NameParts("Шаймиев", last="Шаймиев"),
        NameParts("Тимур Шаймиев", last="Шаймиев", first="Тимур"),  # after it
    ]
    clusters = [PersonCluster(mentions=[0, 3]), PersonCluster(mentions=[1])]
    assert uncontested([0, 1], clusters, names, 2, [0, 0, 0, 0]) == [0, 1]
    assert uncontested([1], clusters, names, 2, [0, 0, 0, 0]) == [1]


# --- a maiden name is the woman named before it

CASES_MAIDEN_NAME = [
    pytest.param(
        "У 42-летней Любови Полежай (в девичестве Садыкова) есть дочь.",
        [("Любови Полежай", "Любовь Полежай"), ("Садыкова", "Любовь Полежай")],
        id="in-brackets",
    ),
    pytest.param(
        "Любовь Полежай, урождённая Садыкова, живёт в Ростове.",
        [("Любовь Полежай", "Любовь Полежай"), ("Садыкова", "Любовь Полежай")],
        id="urozhdennaya-after-a-comma",
    ),
    # ... a surname after a comma with no such word is another person
    pytest.param(
        "Любовь Полежай, Садыкова и Петров пришли на суд.",
        [("Любовь Полежай", "Любовь Полежай"), ("Садыкова", "Садыкова"),
         ("Петров", "Петров")],
        id="listed-surname-is-another-person",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES_MAIDEN_NAME)
def test_pipeline_people_maiden_name(parse, text, expected):
    assert person_names(parse(text)) == expected


@pytest.mark.parametrize(
    ("between", "expected"),
    [
        (" (в девичестве ", True),
        (", урождённая ", True),
        (" (урожденная ", True),
        (" (урожд. ", True),
        (" (до замужества ", True),
        (", известная как ", True),
        (", ", False),
        (" и ", False),
        (" (в замужестве ", False),
    ],
)
def test_alias_intro_maiden_name(between, expected):
    assert bool(ALIAS_INTRO.fullmatch(between)) is expected


# --- an epithet ("-младший") stays in the person's name; a first name hyphened to it splits

CASES_EPITHET = [
    pytest.param(
        "Джон Хинкли-младший вышел из клиники. Решение об освобождении Джона Хинкли было "
        "принято. Хинкли будет жить с матерью.",
        [("Джон Хинкли-младший", "Джон Хинкли-младший"), ("Джона Хинкли", "Джон Хинкли-младший"),
         ("Хинкли", "Джон Хинкли-младший")],
        id="epithet-named-once-names-the-person",
    ),
    pytest.param(
        "Покушение на Рейгана\nДжон-Хинкли-младший, 35 лет назад совершивший покушение на "
        "жизнь президента Рональда Рейгана, в субботу вышел из больницы. Решение об "
        "освобождении Джона Хинкли было принято.",
        [("Рейгана", "Рональд Рейган"), ("Джон-Хинкли-младший", "Джон Хинкли-младший"),
         ("Рональда Рейгана", "Рональд Рейган"), ("Джона Хинкли", "Джон Хинкли-младший")],
        id="first-name-hyphened-to-the-surname",
    ),
    # ... an epithet alone with the surname is not fuller than the first name and surname
    pytest.param(
        "Сын президента Виктор Лукашенко взял силовиков под контроль. Лукашенко-младший "
        "молчит.",
        [("Виктор Лукашенко", "Виктор Лукашенко"), ("Лукашенко-младший", "Виктор Лукашенко")],
        id="epithet-without-first-name-does-not-name",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES_EPITHET)
def test_pipeline_people_epithet(parse, text, expected):
    assert person_names(parse(text)) == expected


def test_pipeline_people_one_epithet_among_many_bare_mentions_does_not_rename(parse):
    # the son named once beside the father the article is about (their linking aside)
    doc = parse(
        "У испанского певца Хулио Иглесиаса есть ещё один сын. Хулио Иглесиас отрицал "
        "родство. От первого брака у певца трое детей: сын Хулио Иглесиас-младший и другие. "
        "В возрасте 57 лет Хулио Иглесиас стал дедушкой."
    )
    assert person_names(doc)[0] == ("Хулио Иглесиаса", "Хулио Иглесиас")


@pytest.mark.parametrize(
    ("mentions", "name"),
    [
        # two mentions with the epithet: it names the person
        (["Джон Хинкли-младший", "Джон Хинкли", "Джон Хинкли", "Хинкли-младший"],
         "Джон Хинкли-младший"),
        # one: the name most mentions were read as
        (["Джон Хинкли-младший", "Джон Хинкли", "Джон Хинкли", "Хинкли"], "Джон Хинкли"),
        # ... of as many, the longest
        (["Джон Хинкли-младший", "Джон Хинкли"], "Джон Хинкли-младший"),
    ],
)  # fmt: skip
def test_person_cluster_epithet_names_with_two_mentions(mentions, name):
    found = PersonCluster()
    for k, written in enumerate(mentions):
        words = written.split(" ")
        first = words[0] if len(words) > 1 else None
        found.take(NameParts(written, last=words[-1], first=first), k)
    assert found.name == name


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        # the first name and surname of another mention: split
        (["Джон-Хинкли-младший", ("Джон", "Хинкли")], ("Джон", "Хинкли-младший")),
        (["Джон-Хинкли", ("Джон", "Хинкли")], ("Джон", "Хинкли")),
        # ... no mention with that first name and surname: as written
        (["Джон-Хинкли-младший", ("Джеймс", "Хинкли")], (None, "Джон-Хинкли-младший")),
        (["Джон-Хинкли-младший", ("Джон", "Рейган")], (None, "Джон-Хинкли-младший")),
        (["Римский-Корсаков", ("Николай", "Римский-Корсаков")], (None, "Римский-Корсаков")),
        # ... the first part is no dictionary first name, or is written in lower case
        (["Эль-Барадеи", ("Мухаммед", "Эль-Барадеи")], (None, "Эль-Барадеи")),
        (["джон-Хинкли", ("джон", "Хинкли")], (None, "джон-Хинкли")),
    ],
)
def test_hyphen_joined(names, expected):
    written, (first, last) = names
    parts = [NameParts(written, last=written), NameParts(f"{first} {last}", last=last, first=first)]
    hyphen_joined(parts)
    assert (parts[0].first, parts[0].last) == expected
    if expected[0]:
        assert parts[0].normal == f"{expected[0]} {expected[1]}"
        assert parts[0].gender == "masc"


def test_hyphen_joined_leaves_full_names_alone():
    parts = [NameParts("Жан-Поль Сартр", last="Сартр", first="Жан-Поль")]
    hyphen_joined(parts)
    assert parts == [NameParts("Жан-Поль Сартр", last="Сартр", first="Жан-Поль")]


# --- a woman's surname in "-ой" is an oblique case, not her nominative


@pytest.mark.parametrize(
    ("last", "gender", "expected"),
    [
        ("Алёхиной", "femn", True),
        ("Толстой", "femn", True),
        ("Алёхина", "femn", False),
        ("Толстая", "femn", False),
        ("Собчак", "femn", False),
        ("Толстой", "masc", False),
        ("Голунова", "masc", True),
        ("Толстой", None, False),
    ],
)
def test_shows_other_gender(last, gender, expected):
    assert shows_other_gender(last, gender) is expected


def test_pipeline_people_womans_lone_surname_in_oblique_case_keeps_her_nominative(parse):
    doc = parse(
        "Адвокат Марии Алёхиной выступила. Защитник Алёхиной Александр Подрабинёк выступил."
    )
    assert person_names(doc)[:2] == [
        ("Марии Алёхиной", "Мария Алёхина"),
        ("Алёхиной", "Мария Алёхина"),
    ]


# --- two spellings of one first name or patronymic: "иа" / "ия", "ья" / "ия"

CASES_SPELLING_VARIANT = [
    pytest.param(
        "Чувашия отмечает 80-летие космонавта Андрияна Григорьевича Николаева. Открыта "
        "выставка «Андриан Николаев: Путь к звездам».",
        [("Андрияна Григорьевича Николаева", "Андриян Григорьевич Николаев"),
         ("Андриан Николаев", "Андриян Григорьевич Николаев")],
        id="ia-and-iya-one-person",
    ),
    # ... other letters: two people
    pytest.param(
        "Ирина Петрова выступила первой. Арина Петрова выступила второй.",
        [("Ирина Петрова", "Ирина Петрова"), ("Арина Петрова", "Арина Петрова")],
        id="another-letter-two-people",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES_SPELLING_VARIANT)
def test_pipeline_people_spelling_variant(parse, text, expected):
    assert person_names(parse(text)) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("андриан", "андриян", True),
        ("наталья", "наталия", True),
        ("григорьевич", "григориевич", True),
        ("дарья", "дария", True),
        ("андриян", "андриян", False),  # the same spelling: no variant
        ("ирина", "арина", False),
        ("марина", "мария", False),
        ("ульяна", "улана", False),  # "ь" before a consonant-led rest is not "и"
        ("ольга", "олига", False),  # "ь" before a consonant stays
        (None, "андриян", False),
        ("андриян", "", False),
    ],
)
def test_spelling_variant(a, b, expected):
    assert spelling_variant(a, b) is expected


# --- a lone surname transcribed with a letter doubled or single is the person's

CASES_DOUBLED_LETTER = [
    pytest.param(
        "Премьер Гессена Фолькер Буфье заявил о поддержке. Буффье отметил, что решение принято.",
        [("Фолькер Буфье", "Фолькер Буфье"), ("Буффье", "Фолькер Буфье")],
        id="doubled-in-the-lone-surname",
    ),
    pytest.param(
        "Матч выиграл Дон Стерджесс. Стерджес доволен.",
        [("Дон Стерджесс", "Дон Стерджесс"), ("Стерджес", "Дон Стерджесс")],
        id="single-in-the-lone-surname",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES_DOUBLED_LETTER)
def test_pipeline_people_doubled_letter(parse, text, expected):
    assert person_names(parse(text)) == expected


@pytest.mark.parametrize(
    ("written", "lasts", "expected"),
    [
        ("Буффье", ["Буфье"], [0]),
        ("Стерджес", ["Стерджесс"], [0]),
        ("Буффье", ["Буфье", "Бууфье"], []),  # two people so alike: nobody
        ("Буфье", ["Буфье"], []),  # the same surname is no variant (linked before)
        ("Бофье", ["Буфье"], []),  # another letter
        ("Зукк", ["Зук"], [0]),  # a stem of four letters
        ("Зуу", ["Зу"], []),  # of two: too short to tell
        ("Мессии", ["Месси"], []),  # a dictionary word
        ("Буффье Ли", ["Буфье"], []),  # two words
    ],
)
def test_doubled_letters(written, lasts, expected):
    clusters = [cluster("Фолькер", last, [k]) for k, last in enumerate(lasts)]
    assert doubled_letters(written, written, clusters) == expected


def test_doubled_letters_needs_a_person_named_in_full():
    lone = PersonCluster()
    lone.take(NameParts("Буфье", last="Буфье"), 0)
    assert doubled_letters("Буффье", "Буффье", [lone]) == []


# --- two transcriptions of one foreign first name beside one surname: one person

CASES_TRANSCRIBED = [
    pytest.param(
        "Чемпион мира Гарри Каспаров выступил. Гари Каспаров ответил на вопросы.",
        [("Гарри Каспаров", "Гарри Каспаров"), ("Гари Каспаров", "Гарри Каспаров")],
        id="doubled-letter",
    ),
    pytest.param(
        "Премьер Беньямин Нетаньяху прилетел. Биньямин Нетаньяху встретился с министром.",
        [("Беньямин Нетаньяху", "Беньямин Нетаньяху"),
         ("Биньямин Нетаньяху", "Беньямин Нетаньяху")],
        id="one-letter-one-name-not-in-the-dictionary",
    ),
    # ... two dictionary first names one letter apart: two people
    pytest.param(
        "Алёна Петрова выступила первой. Алина Петрова выступила второй.",
        [("Алёна Петрова", "Алёна Петрова"), ("Алина Петрова", "Алина Петрова")],
        id="two-dictionary-names-two-people",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES_TRANSCRIBED)
def test_pipeline_people_transcribed_alike(parse, text, expected):
    assert person_names(parse(text)) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Гарри", "Гари", True),  # doubled or single
        ("Кэрри", "Керри", True),  # э or е
        ("Беньямин", "Биньямин", True),  # one letter, one of them no dictionary name
        ("Бриджит", "Брижит", True),  # one letter left out
        ("Николас", "Николаус", True),  # one added
        ("Алёна", "Алина", False),  # both dictionary names
        ("Ирина", "Арина", False),  # another first letter
        ("Ян", "Яна", False),  # two genders
        ("Мирослав", "Мирослава", False),
        ("Юитиро", "Ючиро", False),  # two letters
        ("Коби", "Кобе", False),  # four letters: too short to tell
        ("Гарри", "Гарри", False),  # the same name
        ("Г.", "Гари", False),  # an initial: compatible() decides
        ("Ан.", "Анн.", False),  # ... even one letter doubled
        ("Рэй", "Рей", True),  # э or е: any length
        ("Хорхе", "Хорге", True),  # one letter: five letters are enough
        (None, "Гари", False),
    ],
)
def test_transcribed_alike(a, b, expected):
    assert transcribed_alike(a, b) is expected
    assert transcribed_alike(b, a) is expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Юля", "Юлия", True),  # a pet form built on the letters
        ("Юлия", "Юля", True),
        ("Маша", "Мария", True),  # listed
        ("Гарри", "Гари", True),  # transcribed alike
        ("Гари", "Гарри", True),
        ("Мария", "Марина", False),
        ("Алёна", "Алина", False),
        (None, "Мария", True),  # a missing first name may be any
    ],
)
def test_same_first(a, b, expected):
    assert same_first(a, b) is expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("гари", "гарри", True),
        ("гарри", "гари", True),
        ("гарри", "гарди", True),
        ("гарри", "гарри", False),
        ("гарри", "гаррири", False),
        ("гари", "гира", False),
        ("абв", "абвг", True),  # added at the end
        ("бвг", "абвг", True),  # at the start
    ],
)
def test_one_edit(a, b, expected):
    assert one_edit(a, b) is expected


# --- a man's genitive full name read as a woman's, when the article shows his surname's paradigm

CASES_PARADIGM_SHOWN = [
    pytest.param(
        "Сешнс сменит Арлена Спектера, который перешел к демократам. Если Спектер выступал за "
        "право на аборт, то Сешнс против.",
        [("Сешнс", "Сешнс"), ("Арлена Спектера", "Арлен Спектер"),
         ("Спектер", "Арлен Спектер"), ("Сешнс", "Сешнс")],
        id="surname-alone-in-the-nominative",
    ),
    # ... no such form of the surname in the article: as read
    pytest.param(
        "Он встретил Арлена Спектера в Сенате. Спектера уважали.",
        [("Арлена Спектера", "Арлена Спектера"), ("Спектера", "Арлена Спектера")],
        id="no-form-without-the-ending",
    ),
    # ... a Russian woman's surname stays hers beside her husband's
    pytest.param(
        "Вдова Алена Петрова пришла. Петров не пришёл.",
        [("Алена Петрова", "Алена Петрова"), ("Петров", "Петров")],
        id="russian-womans-surname",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES_PARADIGM_SHOWN)
def test_pipeline_people_paradigm_shown(parse, text, expected):
    assert person_names(parse(text)) == expected


@pytest.mark.parametrize(
    ("parts", "written", "expected"),
    [
        (("Арлена", "Спектера"), {"спектер"}, ("Арлен", "Спектер", "masc")),
        (("Арлена", "Спектера"), {"спектером"}, ("Арлен", "Спектер", "masc")),
        (("Арлена", "Спектера"), {"спектеру"}, ("Арлена", "Спектера", "femn")),  # no proof
        (("Арлена", "Спектера"), set(), ("Арлена", "Спектера", "femn")),
        (("Алена", "Петрова"), {"петров"}, ("Алена", "Петрова", "femn")),  # Russian -ов
        (("Алина", "Мустафина"), {"мустафин"}, ("Алина", "Мустафина", "femn")),  # -ин
        (("Мария", "Спектера"), {"спектер"}, ("Мария", "Спектера", "femn")),  # "Мари" + я
        (("Арлена", "Шмидту"), {"шмидт"}, ("Арлена", "Шмидту", "femn")),  # not "-а"
        (("Анна", "Лиа"), {"ли"}, ("Анна", "Лиа", "femn")),  # a vowel before it
    ],
)
def test_paradigm_shown(parts, written, expected):
    first, last = parts
    names = [NameParts(f"{first} {last}", last=last, first=first, gender="femn")]
    paradigm_shown(names, written)
    assert (names[0].first, names[0].last, names[0].gender) == expected


def test_paradigm_shown_needs_a_womans_reading_of_two_parts():
    names = [
        NameParts("Арлена Спектера", last="Спектера", first="Арлена", gender="masc"),
        NameParts("Спектера", last="Спектера", gender="femn"),
        NameParts(
            "Арлена Ли Спектера", last="Спектера", first="Арлена", middle="Ли", gender="femn"
        ),
    ]
    before = list(names)
    paradigm_shown(names, {"спектер"})
    assert names == before


# --- a full name read in an oblique case takes the reading the article writes as a nominative

CASES_WRITTEN_NOMINATIVE = [
    pytest.param(
        "Президент назначил на пост премьер-министра Мирославу Немцову. Кандидатура Мирославы "
        "Немцовой оказалась приемлемой, констатировала кандидат Мирослава Немцова.",
        [("Мирославу Немцову", "Мирослава Немцова"), ("Мирославы Немцовой", "Мирослава Немцова"),
         ("Мирослава Немцова", "Мирослава Немцова")],
        id="accusative-of-the-written-nominative",
    ),
    # ... no nominative of the other reading in the article: as read
    pytest.param(
        "Президент назначил на пост премьер-министра Мирослава Немцова.",
        [("Мирослава Немцова", "Мирослав Немцов")],
        id="no-written-nominative",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES_WRITTEN_NOMINATIVE)
def test_pipeline_people_written_nominative(parse, text, expected):
    assert person_names(parse(text)) == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Мирославу Немцову", ["Мирослав Немцов", "Мирослава Немцова"]),
        ("Владимира Путина", ["Владимир Путин", "Владимира Путина"]),
        ("Путин", []),  # one word
        ("В. Путина", []),  # initials
        ("Пан Ги Муна", []),  # East Asian
    ],
)
def test_name_readings(written, expected):
    found = [p.normal for p in name_readings([NameWord(w) for w in written.split()])]
    assert found[: len(expected)] == expected
    if not expected:
        assert found == []


# --- one first name, a surname misprinted with a letter doubled: one person

CASES_DOUBLED_SURNAME = [
    pytest.param(
        "Гонкуровскую премию получил Жером Феррари. Жером Ферарри родился на Корсике.",
        [("Жером Феррари", "Жером Феррари"), ("Жером Ферарри", "Жером Феррари")],
        id="one-first-name-doubled-letter-in-the-surname",
    ),
    # ... another first name: two people
    pytest.param(
        "Гонкуровскую премию получил Жером Феррари. Пьер Ферарри родился на Корсике.",
        [("Жером Феррари", "Жером Феррари"), ("Пьер Ферарри", "Пьер Ферарри")],
        id="another-first-name-two-people",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES_DOUBLED_SURNAME)
def test_pipeline_people_doubled_surname(parse, text, expected):
    assert person_names(parse(text)) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Феррари", "Ферарри", True),
        ("Буфье", "Буффье", True),  # five letters
        ("Ким", "Кимм", False),  # fewer
        ("Анна", "Ана", False),
        ("Маркес", "Марксес", False),  # another letter
        ("Феррари", "Феррари", False),  # the same
        ("Ферарри", "Ферарри", False),
        ("Буфье", None, False),
        ("Петров", "Петтров", True),  # one of them no dictionary word
        ("Кириллов", "Кирилов", False),  # two dictionary surnames: two families
        ("Филиппов", "Филипов", False),
        (None, "Буфье", False),
    ],
)
def test_doubled_alike(a, b, expected):
    assert doubled_alike(a, b) is expected


def petrova() -> PersonCluster:
    found = PersonCluster()
    found.take(NameParts("Мария Петрова", last="Петрова", first="Мария"), 0)
    return found


@pytest.mark.parametrize(
    ("names", "paragraphs", "expected"),
    [
        # the person's own mention one paragraph before or after, not two
        ([NameParts("Маша", first="Маша")], [1, 1], True),
        ([NameParts("Маша", first="Маша")], [0, 1], True),
        ([NameParts("Маша", first="Маша")], [2, 1], True),
        ([NameParts("Маша", first="Маша")], [0, 2], False),
        ([NameParts("Маша", first="Маша")], [3, 1], False),
        # a mention not taken yet: her first name or her surname, near
        ([NameParts("Маша", first="Маша"), NameParts("Мария", first="Мария")], [0, 5, 5], True),
        ([NameParts("Маша", first="Маша"), NameParts("Петровой", last="Петрова")], [0, 5, 5],
         True),
        # ... another person's
        ([NameParts("Маша", first="Маша"), NameParts("Марина", first="Марина")], [0, 5, 5],
         False),
        ([NameParts("Маша", first="Маша"), NameParts("Ивановой", last="Иванова")], [0, 5, 5],
         False),
    ],
)  # fmt: skip
def test_named_near(names, paragraphs, expected):
    mentions = [NameParts("Мария Петрова", last="Петрова", first="Мария"), *names]
    assert named_near(petrova(), mentions, 1, paragraphs) is expected


def test_short_form_of_edges():
    full = cluster("Максим", "Петров", [0])
    assert short_form_of("Макс", [full]) == [0]  # four letters begin the full name
    assert short_form_of("Максим", [full]) == []  # the same name is no short form
    alone = PersonCluster()
    alone.take(NameParts("Мария", first="Мария"), 0)
    assert short_form_of("Маша", [alone]) == []  # no surname: not named in full
    assert short_form_of("Маша", [alone, cluster("Мария", "Петрова", [1])]) == [1]
    maria = cluster("Мария", "Петрова", [0])
    assert short_form_of("Маша", [maria], lambda c: c is maria) == [0]
    assert short_form_of("Маша", [maria], lambda c: c is not maria) == []


@pytest.mark.parametrize(
    ("written", "last", "expected"),
    [
        ("Буффье Ли", "Буффье", []),  # written in two words
        ("Кириллов", "Кириллов", []),  # a dictionary word
    ],
)
def test_doubled_letters_written(written, last, expected):
    clusters = [cluster("Фолькер", "Буфье", [0]), cluster("Иван", "Кирилов", [1])]
    assert doubled_letters(written, last, clusters) == expected


def test_hyphen_joined_goes_on_past_mentions_it_skips():
    names = [
        NameParts("", last=None),  # no parts at all
        NameParts("Хинкли", last="Хинкли"),  # no hyphen
        NameParts("Эль-Барадеи", last="Эль-Барадеи"),  # no such person
        NameParts("джон-Хинкли", last="джон-Хинкли"),  # a first part in lower case
        NameParts("Мария Джон-Хинкли", last="Джон-Хинкли", first="Мария"),  # a full name
        NameParts("Джон-Хинкли-младший", last="Джон-Хинкли-младший"),
        NameParts("Джон Хинкли", last="Хинкли", first="Джон"),
    ]
    before = list(names)
    hyphen_joined(names)
    assert names[:5] == before[:5]
    assert names[5] == NameParts(
        "Джон Хинкли-младший", last="Хинкли-младший", first="Джон", gender="masc"
    )


def test_paradigm_shown_goes_on_past_mentions_it_skips():
    def woman(first: str, last: str, **more) -> NameParts:
        return NameParts(f"{first} {last}", last=last, first=first, gender="femn", **more)

    names = [
        NameParts("Спектера", last="Спектера", gender="femn"),  # no first name
        woman("Арлена", "Спектера", plural=True),  # a plural
        woman("Анна Арлена", "Спектера"),  # two words
        woman("Арлену", "Спектеру"),  # not "-а"
        woman("Лиа", "Спектера"),  # a vowel before the "-а"
        woman("Алена", "Петрова"),  # a Russian woman's surname
        woman("Арлена", "Шмидта"),  # no "Шмидт" written
        woman("Арлена", "Спектера"),
    ]
    before = list(names)
    paradigm_shown(names, {"спектер", "петров"})
    assert names[:7] == before[:7]
    assert names[7] == NameParts("Арлен Спектер", last="Спектер", first="Арлен", gender="masc")


@pytest.mark.parametrize(
    ("words", "separators", "expected"),
    [
        # the tagger's features order the readings
        ([NameWord("Мирославу", "Case=Acc|Gender=Fem|Number=Sing"),
          NameWord("Немцову", "Case=Acc|Gender=Fem|Number=Sing")], None,
         ["Мирослава Немцова", "Мирослав Немцов"]),
        # whitespace between the words is one space; other separators stay
        ([NameWord("Мирославу"), NameWord("Немцову")], ["\xa0"],
         ["Мирослав Немцов", "Мирослава Немцова"]),
        ([NameWord("Мирославу"), NameWord("Немцову")], ["-"],
         ["Мирослав-Немцов", "Мирослава-Немцова"]),
        # a hyphenated first name is read by its last part; stress marks are ignored
        ([NameWord("Жан-Поля"), NameWord("Сартра")], None, ["Жан-Поль Сартр"]),
        ([NameWord("Ма\u0301рию"), NameWord("Алёхину")], None, ["Мария Алёхина"]),
        ([NameWord("Тони"), NameWord("Сопрано")], None, ["Тони Сопрано", "Тоня Сопрано"]),
    ],
)  # fmt: skip
def test_name_readings_in_order(words, separators, expected):
    assert [p.normal for p in name_readings(words, separators)][: len(expected)] == expected


# --- the particle "son of" spelt "бин", "бен" or "ибн": one person

CASES_PARTICLES = [
    pytest.param(
        "Эмир Катара шейх Хамад бин Халифа Аль Тани прибыл в Москву. Хамад бен Халифа Аль Тани "
        "встретился с президентом. Хамад бен Джасем Аль Тани остался.",
        [("Хамад бин Халифа Аль Тани", "Хамад бин Халифа Аль Тани"),
         ("Хамад бен Халифа Аль Тани", "Хамад бин Халифа Аль Тани"),
         ("Хамад бен Джасем Аль Тани", "Хамад бен Джасем Аль Тани")],
        id="bin-and-ben-one-person-another-father-another-person",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES_PARTICLES)
def test_pipeline_people_son_of_particles(parse, text, expected):
    assert person_names(parse(text)) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("бин халифа аль", "бен халифа аль", True),
        ("ибн салман", "бин салман", True),
        ("бин халифа аль", "бен джасем аль", False),  # another father
        ("бин халифа", "бин халифа", False),  # the same
        ("бин халифа", "бин халифа аль", False),  # another word count
        ("бин", "бен", False),  # one word: no name of several words
        (None, "бин салман", False),
    ],
)
def test_same_particles(a, b, expected):
    assert same_particles(a, b) is expected

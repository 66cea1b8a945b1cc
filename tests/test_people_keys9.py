"""People, session 9: person keys that broke role records. A name of two readings takes the one
the article spells with no doubt elsewhere, a locative needs a preposition that governs it, and
a middle word glued from the name's own words is a misprint. Sentences are of news shape; the
expected rows are the people of the article: (key, name, mentions as written)."""

from __future__ import annotations

import pytest

from ruextract.names import NameParts, NameWord, name_readings
from ruextract.people.linking import glued_middle


def people_rows(doc) -> list[tuple[str, str, list[str]]]:
    """(key, name, mentions as written) of every person, in order of first mention."""
    rows: dict[str, tuple[str, str, list[str]]] = {}
    for ent in doc.ents:
        if ent.label_ == "PER":
            row = rows.setdefault(ent._.key, (ent._.key, ent._.person.name, []))
            row[2].append(ent.text)
    return list(rows.values())


# --- a full name of two readings: the one another mention spells with no doubt

CASES_ATTESTED = [
    pytest.param(
        "Неизвестный расстрелял 35-летнего главу администрации Сергиева Посада Евгения Душко. "
        "Евгений Душко родился в 1976 году.",
        [("Евгений Душко", "Евгений Душко", ["Евгения Душко", "Евгений Душко"])],
        id="accusative-of-the-man-the-article-names",
    ),
    pytest.param(
        "Президент поддержал кандидатуру Мирославы Немцовой. Кандидат на премьерский пост "
        "Мирослава Немцова выступила в парламенте.",
        [
            (
                "Мирослава Немцова",
                "Мирослава Немцова",
                ["Мирославы Немцовой", "Мирослава Немцова"],
            )
        ],
        id="woman-the-article-names-not-a-mans-genitive",
    ),
    pytest.param(
        "Президент назначил премьером Мирославу Немцову. Партия Мирославы Немцовой поддержала "
        "решение.",
        [
            (
                "Мирослава Немцова",
                "Мирослава Немцова",
                ["Мирославу Немцову", "Мирославы Немцовой"],
            )
        ],
        id="accusative-of-the-woman-not-a-mans-dative",
    ),
]

CASES_ATTESTED_MUST_NOT = [
    pytest.param(
        "Евгения Душко заявила, что её муж Евгений Душко невиновен.",
        [
            ("Евгения Душко", "Евгения Душко", ["Евгения Душко"]),
            ("Евгений Душко", "Евгений Душко", ["Евгений Душко"]),
        ],
        id="a-verb-shows-the-woman",
    ),
    pytest.param(
        "Евгения Душко считает, что её муж Евгений Душко невиновен.",
        [
            ("Евгения Душко", "Евгения Душко", ["Евгения Душко"]),
            ("Евгений Душко", "Евгений Душко", ["Евгений Душко"]),
        ],
        id="a-present-verb-shows-the-nominative",
    ),
    pytest.param(
        "Пришла Алена Петрова. Потом пришёл Ален Петров.",
        [
            ("Алена Петрова", "Алена Петрова", ["Алена Петрова"]),
            ("Ален Петров", "Ален Петров", ["Ален Петров"]),
        ],
        id="read-as-written-with-a-surname-that-shows-the-woman",
    ),
    pytest.param(
        "Пришла Евгения Душко. Потом пришёл Евгений Душко.",
        [("Евгений Душко", "Евгений Душко", ["Евгения Душко", "Евгений Душко"])],
        id="read-as-written-with-a-surname-alike-in-both-goes-to-the-man-named",
    ),
    pytest.param(
        "Президент назначил премьером Мирославу Немцову. Мирослав Немцов выступил в парламенте.",
        [("Мирослав Немцов", "Мирослав Немцов", ["Мирославу Немцову", "Мирослав Немцов"])],
        id="the-man-the-article-names-keeps-his-dative",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES_ATTESTED + CASES_ATTESTED_MUST_NOT)
def test_people_keys_name_of_two_readings(parse, text, expected):
    assert people_rows(parse(text)) == expected


# --- the locative needs a preposition that governs it

CASES_LOCATIVE = [
    pytest.param(
        "Сообщение для Евгении Душко пришло вчера. Евгений Душко родился в 1976 году.",
        [
            ("Евгения Душко", "Евгения Душко", ["Евгении Душко"]),
            ("Евгений Душко", "Евгений Душко", ["Евгений Душко"]),
        ],
        id="для-governs-no-locative",
    ),
    pytest.param(
        "Письмо от Евгении Душко пришло вчера. Евгений Душко родился в 1976 году.",
        [
            ("Евгения Душко", "Евгения Душко", ["Евгении Душко"]),
            ("Евгений Душко", "Евгений Душко", ["Евгений Душко"]),
        ],
        id="от-governs-no-locative",
    ),
    # ... "о" governs it: the locative of the man the article names
    pytest.param(
        "Речь шла о Евгении Душко. Евгений Душко родился в 1976 году.",
        [("Евгений Душко", "Евгений Душко", ["Евгении Душко", "Евгений Душко"])],
        id="о-governs-the-locative",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES_LOCATIVE)
def test_people_keys_locative_needs_its_preposition(parse, text, expected):
    assert people_rows(parse(text)) == expected


@pytest.mark.parametrize(
    ("context", "expected"),
    [
        ({"Loc": "No"}, ["Евгения Душко"]),
        ({}, ["Евгения Душко", "Евгений Душко"]),
        (None, ["Евгения Душко", "Евгений Душко"]),
    ],
    ids=["no-locative", "locative-allowed", "no-context"],
)
def test_name_readings_context_rules_out_the_locative(context, expected):
    words = [NameWord("Евгении", ""), NameWord("Душко", "")]
    found = {parts.normal for parts in name_readings(words, None, context)}
    assert {n for n in found if n in {"Евгения Душко", "Евгений Душко"}} == set(expected)


# --- a middle word glued from the name's own words is a misprint

CASES_GLUED = [
    pytest.param(
        "Умер бывший президент США Джеральд Форджеральд Форд. Бывший президент США Джеральд "
        "Форд скончался в возрасте 93 лет.",
        [("Джеральд Форд", "Джеральд Форд", ["Джеральд Форджеральд Форд", "Джеральд Форд"])],
        id="start-of-the-surname-run-into-the-first-name",
    ),
    pytest.param(
        "Умер бывший президент США Джеральд Рудольф Форд.",
        [("Джеральд Рудольф Форд", "Джеральд Рудольф Форд", ["Джеральд Рудольф Форд"])],
        id="a-true-middle-name-stays",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES_GLUED)
def test_people_keys_glued_middle_word(parse, text, expected):
    assert people_rows(parse(text)) == expected


def _parts(first: str, middle: str, last: str) -> NameParts:
    return NameParts(f"{first} {middle} {last}", last=last, first=first, middle=middle)


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (_parts("Джеральд", "Форджеральд", "Форд"), "Джеральд Форд"),
        # the start of the first name run into the surname
        (_parts("Джеральд", "ДжеФорд", "Форд"), "Джеральд Форд"),
        # a two-letter start is enough; one letter is not
        (_parts("Джеральд", "Фоджеральд", "Форд"), "Джеральд Форд"),
        (_parts("Джеральд", "Фджеральд", "Форд"), "Джеральд Фджеральд Форд"),
        # the start must be the start of the other word
        (_parts("Джеральд", "Смджеральд", "Форд"), "Джеральд Смджеральд Форд"),
        # the whole other word, not a part of it
        (_parts("Джеральд", "Форджераль", "Форд"), "Джеральд Форджераль Форд"),
        (_parts("Джеральд", "Рудольф", "Форд"), "Джеральд Рудольф Форд"),
    ],
    ids=[
        "surname-start-then-first",
        "first-start-then-surname",
        "two-letter-start",
        "one-letter-start-stays",
        "start-of-no-word-stays",
        "part-of-the-word-stays",
        "true-middle-stays",
    ],
)
def test_glued_middle(parts, expected):
    names = [parts]
    glued_middle(names)
    assert names[0].normal == expected
    assert (names[0].middle is None) == (expected.count(" ") == 1)


def test_glued_middle_leaves_names_without_three_parts():
    names = [NameParts("Джеральд Форд", last="Форд", first="Джеральд")]
    glued_middle(names)
    assert names == [NameParts("Джеральд Форд", last="Форд", first="Джеральд")]

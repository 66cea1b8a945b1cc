"""Linking within an article looks clusters up by key (first name, surname stem, name): the
same links as comparing every mention with every person, cluster by cluster in order."""

from __future__ import annotations

import pytest

from ruextract.names import NameParts
from ruextract.people.linking import (
    ClusterIndex,
    PersonCluster,
    alias_form,
    epithet,
    link_people,
    shows_other_gender,
    soft_variant,
)


def name(normal: str, last=None, first=None, middle=None, gender=None) -> NameParts:
    return NameParts(normal, last=last, first=first, middle=middle, gender=gender)


PUTIN_INITIAL = name("В. Путин", "Путин", "В.")
PUTIN = name("Владимир Путин", "Путин", "Владимир", gender="masc")
VLADIMIR = name("Владимир", first="Владимир", gender="masc")

CASES = {
    # the cluster's first name grows from an initial: it is filed again under the full name
    "first-name-after-initial": ([PUTIN_INITIAL, PUTIN, VLADIMIR], [0, 0, 0]),
    "initial-only-no-lone-first-name": ([PUTIN_INITIAL, VLADIMIR], [0, 1]),
    # a lone surname goes to the nearest earlier person with it, past other people
    "lone-surname-nearest-earlier": (
        [
            name("Иван Петров", "Петров", "Иван", gender="masc"),
            name("Мария Сидорова", "Сидорова", "Мария", gender="femn"),
            name("Олег Петров", "Петров", "Олег", gender="masc"),
            name("Анна Кузнецова", "Кузнецова", "Анна", gender="femn"),
            name("Петров", "Петров", gender="masc"),
        ],
        [0, 1, 2, 3, 2],
    ),
    # a surname in another case ending: the same stem
    "lone-surname-by-stem": (
        [name("Нельсон Мандела", "Мандела", "Нельсон"), name("Мандел", "Мандел")],
        [0, 0],
    ),
    "lone-surname-other-gender-no-link": (
        [PUTIN, name("Путина", "Путина", gender="femn")],
        [0, 1],
    ),
    # a shorter form of a double surname: found by the first name
    "shorter-double-surname": (
        [
            name("Мейв Кеннеди Таунсенд-Маккин", "Таунсенд-Маккин", "Мейв", "Кеннеди"),
            name("Мейв Кеннеди", "Кеннеди", "Мейв"),
        ],
        [0, 0],
    ),
    "same-surname-other-first-name": (
        [name("Иван Петров", "Петров", "Иван"), name("Пётр Петров", "Петров", "Пётр")],
        [0, 1],
    ),
    "lone-first-name-folded-yo": (
        [
            name("Иван Петров", "Петров", "Иван"),
            name("Пётр Сидоров", "Сидоров", "Пётр"),
            name("Петр", first="Петр"),
        ],
        [0, 1, 1],
    ),
    "lone-first-name-of-two-people-no-link": (
        [
            name("Иван Петров", "Петров", "Иван"),
            name("Иван Сидоров", "Сидоров", "Иван"),
            name("Иван", first="Иван"),
        ],
        [0, 1, 2],
    ),
    # a lone word read as a surname that is a person's first name
    "lone-word-first-name-read-as-surname": (
        [name("Барак Обама", "Обама", "Барак"), name("Барак", "Барак")],
        [0, 0],
    ),
}


@pytest.mark.parametrize(("names", "expected"), CASES.values(), ids=CASES.keys())
def test_link_people_cases(names, expected):
    owner, _ = link_people(names)
    assert owner == expected


def test_cluster_index_files_a_cluster_again_under_new_keys():
    index, cluster = ClusterIndex(), PersonCluster()
    cluster.take(PUTIN_INITIAL, 0)
    index.add(0, cluster)
    assert index.find(("first", "владимир")) == []
    cluster.take(PUTIN, 1)
    index.add(0, cluster)
    assert index.find(("first", "владимир")) == [0]
    assert index.find(("first", "в."), ("stem", "путин")) == [0]  # old keys stay: a superset
    assert index.find(("stem", "петров")) == []


OBAMA = name("Барак Обама", "Обама", "Барак", gender="masc")
OBAMA_LONE = name("Обама", "Обама", gender="masc")

TITLED = {
    # a lone surname titled feminine is a woman of its own, never the man of that surname; a
    # later untitled one is the man again; a later titled one is the same woman
    "titled-woman-apart": ([OBAMA, OBAMA_LONE, OBAMA_LONE], [None, "femn", None], [0, 1, 0]),
    "titled-twice-one-woman": ([OBAMA, OBAMA_LONE, OBAMA_LONE], [None, "femn", "femn"], [0, 1, 1]),
    "untitled-links-to-the-man": ([OBAMA, OBAMA_LONE], [None, None], [0, 0]),
    # the title binds lone surnames only: a full name is linked by its parts
    "titled-full-name-by-parts": ([OBAMA, OBAMA], [None, "femn"], [0, 0]),
    # a person of unknown gender may be the titled one ("Клинтон" first, then "миссис Клинтон")
    "titled-joins-an-ungendered-person": (
        [name("Клинтон", "Клинтон"), name("Клинтон", "Клинтон", gender="femn")],
        [None, "femn"],
        [0, 0],
    ),
}


@pytest.mark.parametrize(("names", "titled", "expected"), TITLED.values(), ids=TITLED.keys())
def test_link_people_titled(names, titled, expected):
    owner, _ = link_people(names, titled=titled)
    assert owner == expected


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("сабриэль", "сабриэл", True),
        ("сабриэл", "сабриэль", True),
        ("игорь", "игорь", False),  # equal is not a variant (compared elsewhere)
        ("иль", "ил", False),  # too short to tell: a stem of two letters
        ("лиль", "лил", True),  # a stem of three letters: on the bound
        ("игорь", "егор", False),
        ("сабриэль", None, False),
    ],
)
def test_soft_variant(a, b, same):
    assert soft_variant(a, b) is same


@pytest.mark.parametrize(
    ("last", "gender", "other"),
    [
        ("Голунова", "masc", True),
        ("Голунов", "masc", False),
        ("Голунов", "femn", True),
        ("Вишневский", "femn", True),
        ("Голунова", "femn", False),
        ("Собчак", "femn", False),  # a woman's surname in a consonant shows no gender
        ("Собчак", "masc", False),
        ("Голунова", None, False),
    ],
)
def test_shows_other_gender(last, gender, other):
    assert shows_other_gender(last, gender) is other


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("Буш-младший", ("Буш", "младший")),
        ("Лукашенко-старшего", ("Лукашенко", "старшего")),
        ("Римский-Корсаков", ("Римский-Корсаков", None)),  # capitalised: a double surname
        ("Петров-водкин", ("Петров-водкин", None)),  # lower case but no adjective
        ("Буш", ("Буш", None)),
        (None, (None, None)),
    ],
)
def test_epithet(word, parts):
    assert epithet(word) == parts


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Jay Z", "JAY-Z", True),
        ("Jay-Z", "Jay Z", True),
        ("Jay Z", "Jay Zee", False),
        ("Пётр", "петр", True),
        ("Анна-Мария", "Анна Марина", False),
    ],
)
def test_alias_form(a, b, same):
    assert (alias_form(a) == alias_form(b)) is same

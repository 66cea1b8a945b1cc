"""Linking within an article looks clusters up by key (first name, surname stem, name): the
same links as comparing every mention with every person, cluster by cluster in order."""

from __future__ import annotations

import pytest

from ruextract.names import NameParts
from ruextract.people.linking import ClusterIndex, PersonCluster, link_people


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

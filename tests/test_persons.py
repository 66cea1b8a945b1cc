"""Persons across a run: which article people are one person, the persons table, stable ids."""

from __future__ import annotations

import pandas as pd
import pytest

from ruextract import tables
from ruextract.persons import identify


def people_table(rows: list[tuple]) -> pd.DataFrame:
    """A people table from (doc_id, name, last, first, middle) rows, one mention each."""
    records = [
        {"doc_id": d, "key": name, "name": name, "last": last, "first": first,
         "middle": middle, "n_mentions": 1}
        for d, name, last, first, middle in rows
    ]  # fmt: skip
    return tables.frame("people", records)


def groups(rows: list[tuple]) -> list[list[str]]:
    """The ``doc_id:name`` of the rows, grouped by person_id, in row order."""
    people = people_table(rows)
    _, ids = identify(people)
    found: dict[str, list[str]] = {}
    labels = [f"{d}:{n}" for d, n in zip(people["doc_id"], people["name"], strict=True)]
    for label, person_id in zip(labels, ids, strict=True):
        found.setdefault(person_id, []).append(label)
    return list(found.values())


PUTIN = ("a", "Владимир Путин", "Путин", "Владимир", None)

# rows of a people table -> the people that are one person across the run
CASES = [
    pytest.param(
        [
            PUTIN,
            ("b", "Путин", "Путин", None, None),
            ("c", "Владимир Владимирович Путин", "Путин", "Владимир", "Владимирович"),
        ],
        [["a:Владимир Путин", "b:Путин", "c:Владимир Владимирович Путин"]],
        id="surname-alone-and-patronymic-join-the-single-person",
    ),
    pytest.param(
        [
            ("a", "Пётр Порошенко", "Порошенко", "Пётр", None),
            ("b", "Петр Порошенко", "Порошенко", "Петр", None),
            ("c", "ПОРОШЕНКО", "ПОРОШЕНКО", None, None),
        ],
        [["a:Пётр Порошенко", "b:Петр Порошенко", "c:ПОРОШЕНКО"]],
        id="yo-and-case-folded",
    ),
    pytest.param(
        [
            ("a", "М. С. Горбачёв", "Горбачёв", "М.", "С."),
            ("b", "Михаил Сергеевич Горбачев", "Горбачев", "Михаил", "Сергеевич"),
        ],
        [["a:М. С. Горбачёв", "b:Михаил Сергеевич Горбачев"]],
        id="initials-match-full-names",
    ),
    pytest.param(
        [
            ("a", "Р. Горбачёв", "Горбачёв", "Р.", None),
            ("b", "Михаил Горбачев", "Горбачев", "Михаил", None),
        ],
        [["a:Р. Горбачёв"], ["b:Михаил Горбачев"]],
        id="initials-of-another-first-name-stay-apart",
    ),
    pytest.param(
        [
            ("a", "Ксения Собчак", "Собчак", "Ксения", None),
            ("b", "Анатолий Собчак", "Собчак", "Анатолий", None),
            ("c", "Собчак", "Собчак", None, None),
            ("d", "Собчак", "Собчак", None, None),
        ],
        [["a:Ксения Собчак"], ["b:Анатолий Собчак"], ["c:Собчак", "d:Собчак"]],
        id="shared-surname-alone-keeps-its-own-id",
    ),
    pytest.param(
        [("a", "Юлия Ефимова", "Ефимова", "Юлия", None), ("b", "Ефимов", "Ефимов", None, None)],
        [["a:Юлия Ефимова"], ["b:Ефимов"]],
        id="surname-of-the-other-gender-stays-apart",
    ),
    pytest.param(
        [
            ("a", "Ким Чен Ир", "Ким", "Чен", "Ир"),
            ("b", "Ким Ир Сен", "Ким", "Ир", "Сен"),
            ("c", "Ким", "Ким", None, None),
        ],
        [["a:Ким Чен Ир"], ["b:Ким Ир Сен"], ["c:Ким"]],
        id="different-first-names-never-merge",
    ),
    pytest.param(
        [
            ("a", "Барак", None, "Барак", None),
            ("b", "Барак", None, "Барак", None),
            ("c", "Барак Обама", "Обама", "Барак", None),
        ],
        [["a:Барак"], ["b:Барак"], ["c:Барак Обама"]],
        id="first-name-alone-is-a-person-of-its-article-only",
    ),
    pytest.param(
        [
            ("a", "Мария", None, "Мария", None),
            ("b", "Мария", None, "Мария", None),
            ("a", "Мария Ивановна", None, "Мария", "Ивановна"),
            ("b", "Мария Ивановна", None, "Мария", "Ивановна"),
            ("c", "Мария Шарапова", "Шарапова", "Мария", None),
        ],
        [["a:Мария"], ["b:Мария"], ["a:Мария Ивановна", "b:Мария Ивановна"], ["c:Мария Шарапова"]],
        id="first-name-with-patronymic-is-by-its-name",
    ),
    pytest.param(
        [
            ("a", "Абай", None, "Абай", None),
            ("b", "Абай", None, "Абай", None),
            ("c", "Мария", None, "Мария", None),
            ("d", "Мария", None, "Мария", None),
        ],
        [["a:Абай", "b:Абай"], ["c:Мария", "d:Мария"]],
        id="a-first-name-nobody-has-with-a-surname-is-a-single-name",
    ),
    pytest.param(
        [
            ("a", "Мария", None, "Мария", None),
            ("b", "Мария", None, "Мария", None),
            ("c", "М. Шарапова", "Шарапова", "М.", None),
        ],
        [["a:Мария", "b:Мария"], ["c:М. Шарапова"]],
        id="initials-are-no-first-name-with-a-surname",
    ),
    pytest.param(
        [
            ("a", "Елизавета II", None, "Елизавета", None),
            ("b", "Елизавета II", None, "Елизавета", None),
            ("c", "Елизавета", None, "Елизавета", None),
            ("d", "Елизавета", None, "Елизавета", None),
            ("e", "Елизавета Бём", "Бём", "Елизавета", None),
        ],
        [
            ["a:Елизавета II", "b:Елизавета II"],
            ["c:Елизавета"],
            ["d:Елизавета"],
            ["e:Елизавета Бём"],
        ],
        id="a-ruler-with-a-numeral-is-one-person-by-name",
    ),
]


@pytest.mark.parametrize(("rows", "expected"), CASES)
def test_persons_identity(rows, expected):
    assert groups(rows) == expected


def test_persons_table_counts_name_and_variants():
    people = people_table(
        [PUTIN, ("b", "Путин", "Путин", None, None), ("b", "Дмитрий Медведев", "Медведев",
         "Дмитрий", None), ("c", "Владимир Владимирович Путин", "Путин", "Владимир",
         "Владимирович"), ("d", "Путин", "Путин", None, None)]
    )  # fmt: skip
    persons, ids = identify(people)
    rows = persons.to_dict("records")
    assert [r["name"] for r in rows] == ["Владимир Владимирович Путин", "Дмитрий Медведев"]
    assert rows[0]["n_articles"] == 4 and rows[0]["n_mentions"] == 4
    assert rows[0]["variants"] == "Путин; Владимир Владимирович Путин; Владимир Путин"
    assert set(ids) == set(persons["person_id"])


def test_persons_ids_do_not_depend_on_row_order():
    rows = [
        PUTIN,
        ("b", "Путин", "Путин", None, None),
        ("c", "Анна Путина", "Путина", "Анна", None),
    ]
    people = people_table(rows)
    shuffled = people.iloc[::-1]
    table, ids = identify(people)
    table_shuffled, ids_shuffled = identify(shuffled)
    assert ids.tolist() == ids_shuffled.iloc[::-1].tolist()
    pd.testing.assert_frame_equal(table, table_shuffled)


def test_persons_fill_person_id_of_people_and_per_mentions():
    rows = {
        "people": people_table([PUTIN]).to_dict("records"),
        "mentions": [
            {"doc_id": "a", "label": "PER", "key": "Владимир Путин", "person_id": None},
            {"doc_id": "a", "label": "COUNTRY", "key": "RU", "person_id": None},
        ],
        "roles": [{"doc_id": "a", "key": "Владимир Путин", "person_id": None}],
    }
    linked = tables.link_persons(rows)
    person_id = linked["persons"][0]["person_id"]
    assert linked["people"][0]["person_id"] == person_id
    assert linked["roles"][0]["person_id"] == person_id
    assert [m["person_id"] for m in linked["mentions"]] == [person_id, None]

"""The people scorer on a small hand-made pair: names, B³ linking, spurious people."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from ruextract.evaluate.people import score
from ruextract.extensions import register_extensions
from ruextract.records import Person

TEXT = "Владимира Путина встретил Шольц . Путин и Меркель говорили . Кто ? Пасху"


def predicted(spans: list[tuple[int, int, str, str]]):
    """A Doc of TEXT with PER spans (start token, end token, key, name)."""
    register_extensions()
    doc = spacy.blank("ru")(TEXT)
    ents = []
    for start, end, key, name in spans:
        span = Span(doc, start, end, label="PER")
        span._.key = key
        span._.person = Person(key=key, name=name)
        ents.append(span)
    doc.ents = ents
    return doc


GOLD = {
    "task": "people", "source": "s", "id": "1", "set": "tune", "date": None,
    "mentions": [
        {"start": 0, "stop": 16, "surface": "Владимира Путина", "person": "p1"},
        {"start": 26, "stop": 31, "surface": "Шольц", "person": "p2"},
        {"start": 34, "stop": 39, "surface": "Путин", "person": "p1"},
        {"start": 42, "stop": 49, "surface": "Меркель", "person": "p3"},
        {"start": 61, "stop": 64, "surface": "Кто", "person": None},
    ],
    "persons": {
        "p1": {"name": "Владимир Путин"}, "p2": {"name": "Олаф Шольц"},
        "p3": {"name": "Ангела Меркель"},
    },
}  # fmt: skip


def measures(doc) -> dict[str, tuple[float, int]]:
    return {m.name: (m.hits, m.total) for m in score([(GOLD, doc)])}


def test_people_score_perfect_prediction():
    doc = predicted(
        [(0, 2, "Владимир Путин", "Владимир Путин"), (3, 4, "Шольц", "Шольц"),
         (5, 6, "Владимир Путин", "Владимир Путин"), (7, 8, "Меркель", "Ангела Меркель")]
    )  # fmt: skip
    found = measures(doc)
    # "Шольц" is not "Олаф Шольц": the gold name is the fullest form, so one name is wrong
    assert found["names_right"] == (2, 3)
    assert found["b3_precision"] == (4, 4) and found["b3_recall"] == (4, 4)
    assert found["b3_f1"] == (4, 4)
    assert found["spurious_people"] == (0, 3)
    assert found["mentions_found"] == (4, 4)
    assert found["non_names_kept"] == (0, 1)


def test_people_score_merged_split_and_spurious():
    # Путин and Меркель merged into one person, Шольц not found, "Кто" and "Пасху" kept
    doc = predicted(
        [(0, 2, "Путин", "Владимир Путин"), (5, 6, "Путин", "Владимир Путин"),
         (7, 8, "Путин", "Владимир Путин"), (10, 11, "Кто", "Кто"), (12, 13, "Пасха", "Пасха")]
    )  # fmt: skip
    found = measures(doc)
    assert found["names_right"] == (1, 3)  # Путин right; Шольц missed; Меркель named Путин
    # precision: each Путин 2/3, Меркель 1/3 (in a cluster of three), Шольц alone 1
    assert found["b3_precision"] == (pytest.approx(2.67, abs=0.01), 4)
    assert found["b3_recall"] == (4, 4)
    assert found["spurious_people"] == (2, 3)  # "Кто" and "Пасха" overlap no gold person
    assert found["mentions_found"] == (3, 4)
    assert found["non_names_kept"] == (1, 1)


def test_people_score_names_compare_yo_folded():
    gold = {**GOLD, "persons": {**GOLD["persons"], "p3": {"name": "Ангела Мёркель"}}}
    doc = predicted([(7, 8, "Меркель", "Ангела Меркель")])
    names = {m.name: m.hits for m in score([(gold, doc)])}
    assert names["names_right"] == 1

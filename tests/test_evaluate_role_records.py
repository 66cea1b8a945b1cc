"""The roles record scorer on made-up records: found, precision, role / org / status right."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from ruextract.evaluate.records import TASKS, scorer
from ruextract.evaluate.role_records import normal, score
from ruextract.extensions import register_extensions
from ruextract.records import Role

TEXT = (
    "Министр финансов Аркании Пётр Сидоров встретил Анну Белову . "
    "Министр добавил , что Сидоров доволен ."
)
# PER mentions (token start, token end, key): Пётр Сидоров, Анну Белову, Сидоров
PEOPLE = [(3, 5, "Пётр Сидоров"), (6, 8, "Анна Белова"), (13, 14, "Пётр Сидоров")]


def chars(surface: str, nth: int = 1) -> tuple[int, int]:
    start = -1
    for _ in range(nth):
        start = TEXT.index(surface, start + 1)
    return start, start + len(surface)


def gold_item(person: str, phrase: str, role: str, org=None, label=None, status="current",
              person_nth: int = 1, phrase_nth: int = 1) -> dict:  # fmt: skip
    p_start, p_stop = chars(person, person_nth)
    start, stop = chars(phrase, phrase_nth)
    return {
        "person": {"start": p_start, "stop": p_stop, "surface": person},
        "start": start, "stop": stop, "surface": phrase,
        "role": role, "org": org, "org_label": label, "status": status,
    }  # fmt: skip


GOLD = {
    "task": "roles", "source": "s", "id": "1", "set": "tune", "date": None,
    "roles": [
        gold_item("Пётр Сидоров", "Министр финансов", "министр финансов", "Аркания", "COUNTRY"),
        gold_item("Пётр Сидоров", "Министр", "министр", "Аркания", "COUNTRY", phrase_nth=2),
    ],
}  # fmt: skip


def doc_with(rows: list[tuple[str, int, str, dict]]):
    """A Doc of TEXT with the PER mentions and role rows (phrase surface, its occurrence, key,
    fields of the Role)."""
    register_extensions()
    doc = spacy.blank("ru")(TEXT)
    ents = []
    for start, end, key in PEOPLE:
        span = Span(doc, start, end, label="PER")
        span._.key = key
        ents.append(span)
    doc.ents = ents
    spans = []
    for surface, nth, key, fields in rows:
        start, stop = chars(surface, nth)
        span = doc.char_span(start, stop, label="ROLE")
        span._.role = Role(start=start, stop=stop, text=surface, key=key, **fields)
        spans.append(span)
    doc.spans["roles"] = spans
    return doc


def measures(rows, gold=GOLD) -> dict[str, tuple[float, int]]:
    return {m.name: (m.hits, m.total) for m in score([(gold, doc_with(rows))])}


RIGHT = {"role": "министр финансов", "org": "Аркания", "org_label": "COUNTRY"}
AGAIN = {"role": "министр", "org": "Аркания", "org_label": "COUNTRY"}

CASES = [
    # (rows, records_found, precision, role_exact, org_right, status_right)
    ([("Министр финансов", 1, "Пётр Сидоров", RIGHT), ("Министр", 2, "Пётр Сидоров", AGAIN)],
     (2, 2), (2, 2), (2, 2), (2, 2), (2, 2)),
    # a row of another person on the right phrase finds nothing and is wrong
    ([("Министр финансов", 1, "Анна Белова", RIGHT)], (0, 2), (0, 1), (0, 0), (0, 0), (0, 0)),
    # the right person on a phrase that does not overlap (the name's own words)
    ([("Аркании", 1, "Пётр Сидоров", RIGHT)], (0, 2), (0, 1), (0, 0), (0, 0), (0, 0)),
    # one word of overlap is enough ("Министр" of "Министр финансов")
    ([("Министр", 1, "Пётр Сидоров", RIGHT)], (1, 2), (1, 1), (1, 1), (1, 1), (1, 1)),
    # found, but the role is not the gold's, the org is missing, the status is wrong
    ([("Министр финансов", 1, "Пётр Сидоров",
       {"role": "министр", "org": None, "org_label": None, "status": "former"})],
     (1, 2), (1, 1), (0, 1), (0, 1), (0, 1)),
    # a spurious row (Белова holds no post in gold) lowers precision only
    ([("Министр финансов", 1, "Пётр Сидоров", RIGHT), ("встретил", 1, "Анна Белова", AGAIN)],
     (1, 2), (1, 2), (1, 1), (1, 1), (1, 1)),
]  # fmt: skip


@pytest.mark.parametrize(("rows", "found", "precision", "role", "org", "status"), CASES)
def test_role_records_score(rows, found, precision, role, org, status):
    got = measures(rows)
    assert got["records_found"] == found
    assert got["precision"] == precision
    assert got["role_exact"] == role
    assert got["org_right"] == org
    assert got["status_right"] == status


def test_person_found_through_another_mention_of_the_key():
    # the gold names the person by the later "Сидоров"; the row's key has a mention there
    gold = dict(GOLD, roles=[gold_item("Сидоров", "Министр", "министр", "Аркания", "COUNTRY",
                                       person_nth=2, phrase_nth=2)])  # fmt: skip
    assert measures([("Министр", 2, "Пётр Сидоров", AGAIN)], gold)["records_found"] == (1, 1)
    # a key with no mention there (Белова) does not hold it
    assert measures([("Министр", 2, "Анна Белова", AGAIN)], gold)["records_found"] == (0, 1)


def test_person_found_through_the_name_the_row_was_tied_to():
    # a key the NER never tagged: the row's own person_start/person_stop locate the name
    start, stop = chars("Сидоров", 2)
    fields = AGAIN | {"person_start": start, "person_stop": stop}
    gold = dict(GOLD, roles=[gold_item("Сидоров", "Министр", "министр", person_nth=2,
                                       phrase_nth=2)])  # fmt: skip
    assert measures([("Министр", 2, "Сидоров", fields)], gold)["records_found"] == (1, 1)
    assert measures([("Министр", 2, "Сидоров", AGAIN)], gold)["records_found"] == (0, 1)


def test_of_two_rows_the_larger_overlap_is_the_match():
    rows = [
        ("Министр", 1, "Пётр Сидоров", {"role": "министр"}),
        ("Министр финансов", 1, "Пётр Сидоров", RIGHT),
    ]
    gold = dict(GOLD, roles=GOLD["roles"][:1])
    got = measures(rows, gold)
    assert got["records_found"] == (1, 1) and got["role_exact"] == (1, 1)
    assert got["precision"] == (2, 2)  # both rows overlap a gold record of their person


@pytest.mark.parametrize(
    ("predicted", "gold", "same"),
    [
        ("Аркания", "Аркания", True),
        ("аркания", "Аркания", True),
        ("«Ромашка»", "Ромашка", True),
        ("Ёлкино", "Елкино", True),
        ("МИД  России", "МИД России", True),
        ("МИД", "МИД России", False),
        (None, "Аркания", False),
        ("Аркания", None, False),
        (None, None, True),
    ],
)
def test_org_compare(predicted, gold, same):
    item = gold_item("Пётр Сидоров", "Министр финансов", "министр финансов", gold,
                     "COUNTRY" if gold else None)  # fmt: skip
    row = RIGHT | {"org": predicted, "org_label": "COUNTRY" if predicted else None}
    got = measures([("Министр финансов", 1, "Пётр Сидоров", row)], dict(GOLD, roles=[item]))
    assert got["org_right"] == ((1, 1) if same else (0, 1))


def test_role_compare_folds_case_and_yo_only():
    assert normal("Министр  Финансов") == normal("министр финансов")
    assert normal("вице-премьёр") == normal("вице-премьер")
    assert normal("министр") != normal("министр финансов")
    assert normal("") is None and normal(None) is None


def test_empty_articles_and_the_task_is_registered():
    got = measures([], dict(GOLD, roles=[]))
    assert got["records_found"] == (0, 0) and got["precision"] == (0, 0)
    assert TASKS["roles"] == "ruextract.evaluate.role_records"
    assert scorer("roles") is score

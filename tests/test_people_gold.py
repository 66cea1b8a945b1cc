"""The people gold (data/gold/people.jsonl) matches its texts, its decisions and its draw."""

from __future__ import annotations

import copy
import importlib.util
import json
import sys

import pytest

from tests.conftest import ROOT, gold_path

GOLD = ROOT / "data" / "gold" / "people.jsonl"


@pytest.fixture(scope="module")
def tool():
    """tools/people_gold.py as a module."""
    spec = importlib.util.spec_from_file_location("people_gold", ROOT / "tools" / "people_gold.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def articles(tool):
    return tool.read_texts(gold_path("nerel_dev.jsonl").parent)


@pytest.fixture(scope="module")
def golds() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]


def test_people_gold_is_valid_line_by_line(tool, articles):
    assert tool.check(GOLD, articles) >= 36


def test_people_gold_is_built_from_its_decisions(tool, articles, golds):
    assert tool.build(articles) == golds


def test_people_gold_sets_follow_the_seeded_draw(tool, articles, golds):
    drawn = tool.draw(articles)
    # every drawn article is annotated, in the set its draw gives (the first eight held-out
    # draws were scored once, then studied: tune now; draw 9 too, spent at the end of session 8)
    assert {g["id"]: g["set"] for g in golds} == drawn
    assert set(drawn.values()) == {"tune"}
    assert {drawn[i] for i in tool.FIFTH_IDS} == {"tune"}


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(
            lambda g: g["mentions"][0].update(stop=g["mentions"][0]["stop"] + 1),
            id="surface-not-the-text",
        ),
        pytest.param(lambda g: g["mentions"][0].update(person="p99"), id="unknown-person"),
        pytest.param(
            lambda g: g["persons"].update(p99=dict(g["persons"]["p1"], name="Икс")),
            id="person-without-mention",
        ),
        pytest.param(lambda g: g.update(set="train"), id="unknown-set"),
    ],
)
def test_people_gold_validation_rejects_a_damaged_record(tool, articles, golds, damage):
    gold = copy.deepcopy(golds[0])
    tool.validate(gold, articles[gold["id"]]["text"])
    damage(gold)
    with pytest.raises(ValueError):
        tool.validate(gold, articles[gold["id"]]["text"])


def test_people_gold_persons_share_a_name_only_as_declared_namesakes(
    tool, articles, golds, tmp_path
):
    gold = copy.deepcopy(next(g for g in golds if len(g["persons"]) >= 3))
    text = articles[gold["id"]]["text"]
    tool.validate(gold, text)
    gold["persons"]["p2"] = dict(gold["persons"]["p2"], **gold["persons"]["p1"])
    with pytest.raises(ValueError):  # not declared
        tool.validate(gold, text)
    with pytest.raises(ValueError):  # another pair declared
        tool.validate(gold, text, [frozenset({"p1", "p3"})])
    decisions = tmp_path / "decisions.tsv"
    decisions.write_text(f"{gold['id']}\tnamesakes\tp1 p2\n", encoding="utf-8")
    declared = tool.read_decisions(decisions)[gold["id"]].namesakes
    assert declared == [frozenset({"p1", "p2"})]
    tool.validate(gold, text, declared)
    gold["persons"]["p3"] = dict(gold["persons"]["p3"], **gold["persons"]["p1"])
    with pytest.raises(ValueError):  # a third person with the name, not declared
        tool.validate(gold, text, declared)


def test_people_gold_parses_name_specs(tool):
    assert tool.parse_person("Владимир/Владимирович/Путин", None) == {
        "name": "Владимир Владимирович Путин",
        "last": "Путин",
        "first": "Владимир",
        "middle": "Владимирович",
    }
    assert tool.parse_person("Пан|Ги Мун", None) == {
        "name": "Пан Ги Мун",
        "last": "Пан",
        "first": "Ги Мун",
        "middle": None,
    }
    assert tool.parse_person("//Ревун", None)["name"] == "Ревун"
    assert tool.parse_person("Джордж//Буш", "Джордж Буш-младший")["name"] == "Джордж Буш-младший"


def test_people_gold_listed_draws_are_checked_against_their_seeded_order(tool, articles):
    order = tool.train_order(articles, tool.FIFTH_HELDOUT_SEED)
    ids, n = tool.FIFTH_IDS, tool.N_FIFTH_HELDOUT
    tool.check_listed(ids, n, order, {})
    with pytest.raises(ValueError):  # out of the seeded order
        tool.check_listed(ids[1:2] + ids[:1] + ids[2:], n, order, {})
    with pytest.raises(ValueError):  # one fewer than the draw's size
        tool.check_listed(ids[:-1], n, order, {})
    with pytest.raises(ValueError):  # a dev article is not an eligible train article
        tool.check_listed(("220995_text", *ids[1:]), n, order, {})
    with pytest.raises(ValueError):  # an article drawn before
        tool.check_listed(ids, n, order, {ids[-1]: "tune"})


def test_people_gold_draw_6_is_new_and_spent(tool, articles):
    earlier = tool.draws_to_fifth(articles)
    order = tool.train_order(articles, tool.SIXTH_HELDOUT_SEED)
    tool.check_listed(tool.SIXTH_IDS, tool.N_SIXTH_HELDOUT, order, earlier)
    with pytest.raises(ValueError):  # a draw-5 article listed again
        tool.check_listed((tool.FIFTH_IDS[0], *tool.SIXTH_IDS[1:]), 12, order, earlier)
    drawn = tool.draw(articles)
    # scored once at the end of session 5, then studied: tune now
    assert list(drawn)[-63:-51] == list(tool.SIXTH_IDS)
    assert {drawn[doc_id] for doc_id in tool.SIXTH_IDS} == {"tune"}


def test_people_gold_draw_7_is_new_and_spent(tool, articles):
    earlier = tool.draws_to_fifth(articles) | dict.fromkeys(tool.SIXTH_IDS, "tune")
    order = tool.train_order(articles, tool.SEVENTH_HELDOUT_SEED)
    ids, n = tool.SEVENTH_IDS, tool.N_SEVENTH_HELDOUT
    assert n == len(ids) == 15
    tool.check_listed(ids, n, order, earlier)
    with pytest.raises(ValueError):  # a draw-6 article listed again
        tool.check_listed((tool.SIXTH_IDS[0], *ids[1:]), n, order, earlier)
    with pytest.raises(ValueError):  # the seventh seed's order is not the sixth's
        tool.check_listed(ids, n, tool.train_order(articles, tool.SIXTH_HELDOUT_SEED), earlier)
    drawn = tool.draw(articles)
    # scored once at the end of session 6, then its errors listed: tune now
    assert list(drawn)[-51:-36] == list(ids)
    assert {drawn[doc_id] for doc_id in ids} == {"tune"}


def test_people_gold_draw_8_is_new_and_spent(tool, articles):
    earlier = (
        tool.draws_to_fifth(articles)
        | dict.fromkeys(tool.SIXTH_IDS, "tune")
        | dict.fromkeys(tool.SEVENTH_IDS, "tune")
    )
    order = tool.train_order(articles, tool.EIGHTH_HELDOUT_SEED)
    ids, n = tool.EIGHTH_IDS, tool.N_EIGHTH_HELDOUT
    assert n == len(ids) == 18
    tool.check_listed(ids, n, order, earlier)
    with pytest.raises(ValueError):  # a draw-7 article listed again
        tool.check_listed((tool.SEVENTH_IDS[0], *ids[1:]), n, order, earlier)
    with pytest.raises(ValueError):  # the eighth seed's order is not the seventh's
        tool.check_listed(ids, n, tool.train_order(articles, tool.SEVENTH_HELDOUT_SEED), earlier)
    drawn = tool.draw(articles)
    # scored once at the end of session 7, then its errors listed: tune now
    assert list(drawn)[-36:-18] == list(ids)
    assert {drawn[doc_id] for doc_id in ids} == {"tune"}


def test_people_gold_draw_9_is_new_and_now_tune(tool, articles):
    earlier = tool.draws_to_fifth(articles) | dict.fromkeys(
        tool.SIXTH_IDS + tool.SEVENTH_IDS + tool.EIGHTH_IDS, "tune"
    )
    order = tool.train_order(articles, tool.NINTH_HELDOUT_SEED)
    ids, n = tool.NINTH_IDS, tool.N_NINTH_HELDOUT
    assert n == len(ids) == 18
    tool.check_listed(ids, n, order, earlier)
    with pytest.raises(ValueError):  # a draw-8 article listed again
        tool.check_listed((tool.EIGHTH_IDS[0], *ids[1:]), n, order, earlier)
    with pytest.raises(ValueError):  # the ninth seed's order is not the eighth's
        tool.check_listed(ids, n, tool.train_order(articles, tool.EIGHTH_HELDOUT_SEED), earlier)
    drawn = tool.draw(articles)
    assert list(drawn)[-18:] == list(ids)
    # scored once at the end of session 8, then its errors listed: no people draw is held out
    assert set(drawn.values()) == {"tune"}


def test_people_draw_gives_a_listed_held_out_draw_as_heldout(tool, articles, monkeypatch):
    monkeypatch.setattr(tool, "HELDOUT_DRAWS", (tool.NINTH_IDS,))
    drawn = tool.draw(articles)
    assert [i for i, s in drawn.items() if s == "heldout"] == list(tool.NINTH_IDS)

"""tools/roles_train.py: the train figures, the misses by family and the wrong rows, on a
NEREL-shaped record of a made-up article run through the pipeline."""

from __future__ import annotations

import json

import pytest

from tests.conftest import load_script, nerel_entity

TEXT = (
    "Министр финансов России Антон Силуанов прибыл в Пекин. Переговоры вёл и Иван Петров. "
    "Он остался доволен."
)


def entity(eid: str, label: str, surface: str, nth: int = 1) -> dict:
    return nerel_entity(TEXT, eid, label, surface, nth)


def record(relations: list[tuple[str, str]], extra: list[dict] = ()) -> dict:
    entities = [
        entity("T1", "PROFESSION", "Министр финансов России"),
        entity("T2", "PERSON", "Антон Силуанов"),
        entity("T3", "PERSON", "Иван Петров"),
        entity("T4", "PROFESSION", "Переговоры"),
        entity("T5", "PERSON", "остался"),
        *extra,
    ]
    rels = [{"label": "WORKS_AS", "arg1": a, "arg2": b} for a, b in relations]
    return {"id": "made_up", "text": TEXT, "entities": entities, "relations": rels}


@pytest.fixture(scope="module")
def tool():
    return load_script("tools/roles_train.py")


@pytest.fixture(scope="module")
def doc(parse):
    return parse(TEXT)


def test_a_found_post_is_counted_and_not_listed(tool, doc):
    counts, misses, wrong = tool.run([record([("T2", "T1")])], [doc])
    assert (counts["gold"], counts["found"], counts["right"], counts["rows"]) == (1, 1, 1, 1)
    assert misses == [] and wrong == []


@pytest.mark.parametrize(
    ("relation", "family"),
    [
        (("T3", "T1"), "given to another, other sentence, post before"),
        (("T3", "T4"), "no row on the post, same sentence, post before"),
        (("T2", "T4"), "no row on the post, other sentence, post after"),
        (("T5", "T1"), "person not found"),
    ],
)
def test_a_miss_is_told_by_its_family(tool, doc, relation, family):
    _, misses, _ = tool.run([record([("T2", "T1"), relation])], [doc])
    ((doc_id, told, person, post, start, sentence),) = misses
    ents = {e["id"]: e for e in record([])["entities"]}
    assert (doc_id, told) == ("made_up", family)
    assert (person, post) == (ents[relation[0]]["text"], ents[relation[1]]["text"])
    assert start == ents[relation[1]]["start"]
    assert post in sentence


def test_a_row_on_anothers_post_is_wrong_and_one_on_no_post_too(tool, doc):
    _, _, wrong = tool.run([record([("T3", "T1")])], [doc])
    assert [w[:5] for w in wrong] == [
        ("made_up", "wrong person", "Антон Силуанов", "Министр финансов России", 0)
    ]
    bare = record([])
    bare["entities"] = [e for e in bare["entities"] if e["id"] != "T1"]
    _, _, wrong = tool.run([bare], [doc])
    assert [w[1] for w in wrong] == ["no gold post"]
    # a post gold tags but links to nobody is silent: no wrong row
    _, _, wrong = tool.run([record([])], [doc])
    assert wrong == []


def test_against_a_saved_run_prints_what_was_gained_and_lost(tool, doc, tmp_path, monkeypatch,
                                                              capsys):  # fmt: skip
    gold = tmp_path / "mini_train.jsonl"
    gold.write_text(json.dumps(record([("T2", "T1"), ("T3", "T4")]), ensure_ascii=False) + "\n")
    monkeypatch.setattr(tool.roles_folds, "cached_docs", lambda records, cache: [doc])
    saved = tmp_path / "base.json"
    tool.main(["--gold", str(gold), "--save", str(saved)])
    out = capsys.readouterr().out
    assert "recall 0.500 (1/2)" in out and "misses 1, wrong rows 0" in out
    then = json.loads(saved.read_text())
    assert [m[1] for m in then["misses"]] == ["no row on the post, same sentence, post before"]
    # the saved run missed nothing and had a wrong row that is gone: the miss is lost now
    saved.write_text(json.dumps({"misses": [], "wrong": [["made_up", "no gold post", "X", "Y",
                                                            7, ""]]}))  # fmt: skip
    tool.main(["--gold", str(gold), "--against", str(saved)])
    out = capsys.readouterr().out
    assert "gained: 0" in out and "lost: 1" in out and "wrong rows gone: 1" in out
    assert "new wrong rows: 0" in out


def test_misses_are_printed_for_train_only(tool, tmp_path):
    with pytest.raises(SystemExit):
        tool.main(["--gold", str(tmp_path / "nerel_dev.jsonl")])


def test_figures_show_a_dash_where_nothing_was_counted(tool):
    counts = tool.Counter(gold=2, found=1, rows=0, right=0, silent=0)
    assert tool.roles_folds.figures(counts) == (
        "recall 0.500 (1/2)  precision -  linked - (0/0)  org - (0/0)"
    )

"""The roles gold tool (tools/roles_gold.py): decisions to offsets, validation, the draw, and
the gold file (data/gold/roles.jsonl) against its texts."""

from __future__ import annotations

import copy
import json

import pytest

from tests.conftest import ROOT, gold_path, load_script

GOLD = ROOT / "data" / "gold" / "roles.jsonl"
TEXT = "Министр финансов Аркании Пётр Сидоров встретил Сидорова-младшего. Министр доволен."


@pytest.fixture(scope="module")
def tool():
    """tools/roles_gold.py as a module."""
    return load_script("tools/roles_gold.py")


@pytest.fixture(scope="module")
def articles(tool):
    return tool.read_texts(gold_path("nerel_train.jsonl").parent)


@pytest.mark.parametrize(
    ("spec", "offsets"),
    [
        ("Министр", (0, 7)),
        ("Министр@1", (0, 7)),
        ("Министр@2", (66, 73)),
        ("Сидоров@2", (47, 54)),  # inside "Сидорова-младшего": every occurrence counts
        ("e-mail@x", None),  # no number after "@": the whole string is the surface
        ("Министр@3", None),
        ("Министр@0", None),
        (" Министр", None),
        ("@2", None),
    ],
)
def test_locate(tool, spec, offsets):
    if offsets is None:
        with pytest.raises(ValueError):
            tool.locate(TEXT, spec)
    else:
        assert tool.locate(TEXT, spec) == offsets
        assert TEXT[offsets[0] : offsets[1]] == spec.partition("@")[0]


def record(**changes) -> dict:
    item = {
        "person": {"start": 25, "stop": 37, "surface": "Пётр Сидоров"},
        "start": 0, "stop": 16, "surface": "Министр финансов",
        "role": "министр финансов", "org": "Аркания", "org_label": "COUNTRY",
        "status": "current",
    }  # fmt: skip
    extra = {k: v for k, v in changes.items() if k in ("task", "set")}
    item |= {k: v for k, v in changes.items() if k not in ("task", "set", "twice")}
    roles = [item, copy.deepcopy(item)] if changes.get("twice") else [item]
    return (
        {"task": "roles", "source": "s", "id": "1", "set": "tune", "date": None}
        | extra
        | {"roles": roles}
    )


@pytest.mark.parametrize(
    ("changes", "valid"),
    [
        ({}, True),
        ({"org": None, "org_label": None}, True),
        ({"status": "former"}, True),
        ({"status": "acting"}, True),
        ({"org_label": "LOC"}, True),
        ({"surface": "Министр финансов А"}, False),  # not text[start:stop]
        ({"person": {"start": 25, "stop": 37, "surface": "Пётр Сидорова"}}, False),
        ({"start": 0, "stop": 17, "surface": "Министр финансов "}, False),  # outer space
        ({"role": "Министр финансов"}, False),  # not lower case
        ({"role": ""}, False),
        ({"status": "retired"}, False),
        ({"org_label": "CITY"}, False),
        ({"org": "Аркания", "org_label": None}, False),
        ({"org": None, "org_label": "COUNTRY"}, False),
        ({"start": 0, "stop": 30, "surface": "Министр финансов Аркании Пётр"}, False),  # name
        ({"twice": True}, False),
        ({"task": "people"}, False),
        ({"set": "train"}, False),
    ],
)
def test_validate(tool, changes, valid):
    gold = record(**changes)
    if valid:
        tool.validate(gold, TEXT)
    else:
        with pytest.raises(ValueError):
            tool.validate(gold, TEXT)


def test_decisions_build_offsets(tool, tmp_path):
    path = tmp_path / "d.tsv"
    rows = [
        "# comment",
        "1\trole\tПётр Сидоров\tМинистр финансов\tминистр финансов\tАркания\tCOUNTRY\tcurrent",
        "1\trole\tПётр Сидоров\tМинистр@2\tминистр\t-\t-\tcurrent",
        "1\tnote\tthe second Министр is Сидоров's post named again",
        "2\tnone",
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    decisions = tool.read_decisions(path)
    assert decisions["2"].none and not decisions["2"].roles
    gold = tool.build_record("1", "tune", {"text": TEXT, "source": "s"}, decisions["1"])
    assert [(r["start"], r["stop"], r["role"], r["org"]) for r in gold["roles"]] == [
        (0, 16, "министр финансов", "Аркания"),
        (66, 73, "министр", None),
    ]
    assert gold["roles"][1]["person"] == {"start": 25, "stop": 37, "surface": "Пётр Сидоров"}


@pytest.mark.parametrize(
    "rows",
    [
        ["1\trole\tПётр Сидоров\tМинистр\tминистр\t-\t-"],  # a field missing
        ["1\tperson\tp1"],  # unknown kind
        ["1\tnone", "1\trole\tПётр Сидоров\tМинистр\tминистр\t-\t-\tcurrent"],
    ],
)
def test_bad_decisions(tool, tmp_path, rows):
    path = tmp_path / "d.tsv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    with pytest.raises(ValueError):
        tool.read_decisions(path)


def test_a_surface_not_in_the_text_fails_the_build(tool, tmp_path):
    path = tmp_path / "d.tsv"
    path.write_text("1\trole\tИван Петров\tМинистр\tминистр\t-\t-\tcurrent\n", encoding="utf-8")
    with pytest.raises(ValueError, match="occurrence 1 of 0"):
        tool.build_record(
            "1", "tune", {"text": TEXT, "source": "s"}, tool.read_decisions(path)["1"]
        )


def test_draw_lists_the_eligible_ids(tool, articles):
    drawn = tool.draw(articles)
    # the held-out twelve were scored once at the end of session 7, then listed: tune now;
    # so were session 8's held-out set (people draw 9), draw 10 (session 9) and draw 11
    # (session 10), draw 12 (session 11), draw 13 (session 12) and draw 14 (session 13)
    assert list(drawn.values()) == ["tune"] * 148 + ["heldout"] * 11
    assert all(articles[i]["source"] == "nerel_train" for i in tool.TUNE_IDS)
    assert all(articles[i]["source"] == "nerel_dev" for i in tool.HELDOUT_IDS)
    changed = dict(articles)
    first = tool.TUNE_IDS[0]
    changed[first] = articles[first] | {"text": "x" * (tool.MAX_CHARS + 1)}
    with pytest.raises(ValueError, match="not eligible"):
        tool.draw(changed)
    # with nothing excluded the seeds draw other articles than the listed ones
    with pytest.raises(ValueError, match="the seeds draw"):
        tool.draw(articles, excluded=set())


def test_ninth_ids_are_the_people_draw_nine_now_tune(tool, articles):
    people = load_script("tools/people_gold.py")
    assert tool.NINTH_IDS == people.NINTH_IDS
    drawn = tool.draw(articles)
    # scored once at the end of session 8, then its errors listed: spent
    assert {drawn[i] for i in tool.NINTH_IDS} == {"tune"}
    assert not set(tool.NINTH_IDS) & set(tool.TUNE_IDS + tool.HELDOUT_IDS)
    assert all(articles[i]["source"] == "nerel_train" for i in tool.NINTH_IDS)
    # a listed id that is not a NEREL train article fails the draw
    changed = dict(articles)
    del changed[tool.NINTH_IDS[0]]
    with pytest.raises(ValueError, match="draw-9"):
        tool.draw(changed)


def test_tenth_ids_are_tune_now_and_checked_against_their_seed(tool, articles):
    drawn = tool.draw(articles)
    # scored once at the end of session 9, then its errors listed: spent
    assert {drawn[i] for i in tool.TENTH_IDS} == {"tune"}
    assert len(tool.TENTH_IDS) == tool.TENTH_N == 18
    assert not set(tool.TENTH_IDS) & set(tool.TUNE_IDS + tool.HELDOUT_IDS + tool.NINTH_IDS)
    # the four the seed left went into draw 11, spent at the end of session 10
    assert {drawn[i] for i in tool.TENTH_LEFT} == {"tune"}
    for i in tool.TENTH_IDS:
        assert articles[i]["source"] == "nerel_train"
        assert sum(r["label"] == "WORKS_AS" for r in articles[i]["relations"]) >= 3
    # an id with fewer than 3 WORKS_AS, or one missing, fails the draw
    changed = dict(articles)
    first = tool.TENTH_IDS[0]
    changed[first] = articles[first] | {"relations": articles[first]["relations"][:0]}
    with pytest.raises(ValueError, match="WORKS_AS"):
        tool.draw(changed)
    changed = dict(articles)
    del changed[tool.TENTH_LEFT[0]]
    with pytest.raises(ValueError, match="WORKS_AS"):
        tool.draw(changed)


def test_eleventh_ids_are_tune_now_and_checked(tool, articles):
    drawn = tool.draw(articles)
    # scored once at the end of session 10, then its errors listed: spent
    assert list(drawn)[-101:-75] == list(tool.ELEVENTH_IDS)  # draws 12 to 15 after them
    assert {drawn[i] for i in tool.ELEVENTH_IDS} == {"tune"}
    assert len(tool.ELEVENTH_IDS) == 26
    for i in tool.ELEVENTH_IDS:
        assert articles[i]["source"] == "nerel_train"
        assert sum(r["label"] == "WORKS_AS" for r in articles[i]["relations"]) >= 1


@pytest.mark.parametrize("fault", ["no_works_as", "unsorted", "earlier", "left_out"])
def test_eleventh_ids_fail_the_draw_when_not_as_drawn(tool, articles, monkeypatch, fault):
    ids, changed = tool.ELEVENTH_IDS, dict(articles)
    if fault == "no_works_as":  # one WORKS_AS is the bound: none fails
        first = next(i for i in ids if i not in tool.TENTH_LEFT)
        relations = [r for r in articles[first]["relations"] if r["label"] != "WORKS_AS"]
        changed[first] = articles[first] | {"relations": relations}
    elif fault == "unsorted":
        ids = ids[1:] + ids[:1]
    elif fault == "earlier":  # an id of an earlier draw
        ids = tuple(sorted(ids[1:] + tool.TENTH_IDS[:1]))
    else:  # an eligible id draw 10 left, dropped
        ids = tuple(i for i in ids if i != tool.TENTH_LEFT[0])
    monkeypatch.setattr(tool, "ELEVENTH_IDS", ids)
    with pytest.raises(ValueError, match=r"draw.11"):
        tool.draw(changed)


def test_fifteenth_ids_are_the_last_dev_with_works_as_and_held_out(tool, articles):
    gold_path("nerel_dev.jsonl")
    drawn = tool.draw(articles)
    assert list(drawn)[-11:] == list(tool.FIFTEENTH_IDS)
    assert {drawn[i] for i in tool.FIFTEENTH_IDS} == {"heldout"}
    assert {drawn[i] for i in tool.THIRTEENTH_IDS + tool.FOURTEENTH_IDS} == {"tune"}
    assert len(set(tool.FIFTEENTH_IDS)) == tool.FIFTEENTH_N == 11
    assert tool.FIFTEENTH_SEED == 1541
    earlier = tool.TUNE_IDS + tool.HELDOUT_IDS + tool.NINTH_IDS + tool.TENTH_IDS
    earlier += tool.ELEVENTH_IDS + tool.TWELFTH_IDS + tool.THIRTEENTH_IDS + tool.FOURTEENTH_IDS
    assert not set(tool.FIFTEENTH_IDS) & set(earlier)
    for i in tool.FIFTEENTH_IDS:
        assert articles[i]["source"] == "nerel_dev"
        assert sum(r["label"] == "WORKS_AS" for r in articles[i]["relations"]) >= 1
    # draw 15 took every dev article with a WORKS_AS that no roles set held
    assert set(dev_pool(articles, earlier)) == set(tool.FIFTEENTH_IDS)


def dev_pool(articles, earlier: tuple[str, ...]) -> list[str]:
    """The eligible pool of a dev draw: NEREL dev with a WORKS_AS, not ``earlier``, sorted."""
    return sorted(
        i
        for i, r in articles.items()
        if r["source"] == "nerel_dev"
        and any(x["label"] == "WORKS_AS" for x in r["relations"])
        and i not in earlier
    )


DEV_DRAWS = {  # draw number: (ids attribute, the dev ids of earlier draws)
    12: ("TWELFTH_IDS", ("HELDOUT_IDS",)),
    13: ("THIRTEENTH_IDS", ("HELDOUT_IDS", "TWELFTH_IDS")),
    14: ("FOURTEENTH_IDS", ("HELDOUT_IDS", "TWELFTH_IDS", "THIRTEENTH_IDS")),
    15: ("FIFTEENTH_IDS", ("HELDOUT_IDS", "TWELFTH_IDS", "THIRTEENTH_IDS", "FOURTEENTH_IDS")),
}
# draw 15 took its whole pool: no eligible id was left to swap in
DEV_DRAW_FAULTS = [
    (number, fault)
    for number in sorted(DEV_DRAWS)
    for fault in ("order", "swap", "earlier", "no_works_as")
    if (number, fault) != (15, "swap")
]


@pytest.mark.parametrize(("number", "fault"), DEV_DRAW_FAULTS)
def test_dev_draw_ids_fail_the_draw_when_not_as_drawn(tool, articles, monkeypatch, fault, number):
    gold_path("nerel_dev.jsonl")
    name, earlier_names = DEV_DRAWS[number]
    earlier = sum((getattr(tool, e) for e in earlier_names), ())
    ids, changed = getattr(tool, name), dict(articles)
    if fault == "order":  # the sampled order moved, the same ids
        ids = ids[1:] + ids[:1]
    elif fault == "swap":  # an eligible id the seed left, in place of a drawn one
        left = next(i for i in dev_pool(articles, earlier) if i not in ids)
        ids = (*ids[:-1], left)
    elif fault == "earlier":  # an id of an earlier roles set (the last earlier dev draw)
        ids = ids[:-1] + earlier[-1:]
    else:  # one WORKS_AS is the bound: none fails
        first = ids[0]
        relations = [r for r in articles[first]["relations"] if r["label"] != "WORKS_AS"]
        changed[first] = articles[first] | {"relations": relations}
    monkeypatch.setattr(tool, name, ids)
    # an earlier draw's ids are left out of the later draws' pools: changing them may fail a
    # later draw's check first
    told = rf"draw.1[{number - 10}-5]"
    with pytest.raises(ValueError, match=told):
        tool.draw(changed)


def test_show_refuses_a_fifteenth_id_without_the_annotator_flag(tool, capsys):
    gold_path("nerel_dev.jsonl")
    with pytest.raises(SystemExit, match="held out"):
        tool.main(["show", tool.FIFTEENTH_IDS[0]])
    assert capsys.readouterr().out == ""
    tool.main(["show", tool.FOURTEENTH_IDS[0]])
    assert tool.FOURTEENTH_IDS[0] in capsys.readouterr().out


@pytest.mark.parametrize("change", ["order", "swap"])
def test_tenth_ids_must_be_what_the_seed_draws(tool, articles, monkeypatch, change):
    ids, left = tool.TENTH_IDS, tool.TENTH_LEFT
    if change == "order":  # the sampled order moved, the same 22 ids
        ids = ids[1:] + ids[:1]
    else:  # an id the seed left swapped with a drawn one, the same 22 ids
        ids, left = ids[:-1] + left[:1], left[1:] + ids[-1:]
    monkeypatch.setattr(tool, "TENTH_IDS", ids)
    monkeypatch.setattr(tool, "TENTH_LEFT", left)
    with pytest.raises(ValueError, match="seed 1503 does not draw"):
        tool.draw(articles)


def test_draw_recomputes_the_seeds_without_the_later_held_out_ids(tool, articles):
    excluded = tool.excluded_when_drawn()
    if excluded is None:
        pytest.skip("the session 6 and 7 exclusion lists are not on this machine")
    assert not excluded & set(tool.NINTH_IDS)
    tool.draw(articles, excluded)


def test_show_refuses_held_out_articles(tool, capsys, monkeypatch):
    gold_path("nerel_dev.jsonl")
    held = tool.HELDOUT_IDS[0]
    monkeypatch.setattr(tool, "draw", lambda articles: {held: "heldout"})
    with pytest.raises(SystemExit, match="held out"):
        tool.main(["show", held])
    assert capsys.readouterr().out == ""
    tool.main(["show", held, "--heldout-annotator"])
    assert held in capsys.readouterr().out


def test_show_gives_a_spent_draws_article(tool, capsys):
    gold_path("nerel_dev.jsonl")
    tool.main(["show", tool.ELEVENTH_IDS[0]])
    assert tool.ELEVENTH_IDS[0] in capsys.readouterr().out


def test_roles_gold_is_valid_and_covers_the_tune_draw(tool, articles):
    gold_path("nerel_dev.jsonl")
    assert tool.check(GOLD, articles) >= 10
    golds = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    tune = set(tool.TUNE_IDS + tool.HELDOUT_IDS + tool.NINTH_IDS + tool.TENTH_IDS)
    tune |= set(tool.ELEVENTH_IDS + tool.TWELFTH_IDS + tool.THIRTEENTH_IDS + tool.FOURTEENTH_IDS)
    assert {g["id"] for g in golds if g["set"] == "tune"} == tune
    # draws 9 to 15 are annotated whole (every article a role or a none row); draw 15 is the
    # held-out set, annotated in session 14 (gold15) from the texts only
    assert {g["id"] for g in golds if g["set"] == "heldout"} == set(tool.FIFTEENTH_IDS)
    decisions = tool.read_decisions()
    drawn = set(tool.TUNE_IDS) | set(tool.NINTH_IDS) | set(tool.TENTH_IDS)
    drawn |= set(tool.ELEVENTH_IDS) | set(tool.TWELFTH_IDS) | set(tool.THIRTEENTH_IDS)
    drawn |= set(tool.FOURTEENTH_IDS) | set(tool.FIFTEENTH_IDS)
    assert drawn <= set(decisions)


@pytest.mark.parametrize("fault", ["set", "twice", "undrawn"])
def test_check_rejects_lines_outside_the_draw(tool, articles, tmp_path, fault):
    gold_path("nerel_dev.jsonl")
    first = json.loads(GOLD.read_text(encoding="utf-8").splitlines()[0])
    lines = [first]
    if fault == "set":
        lines = [first | {"set": "heldout"}]
    elif fault == "twice":
        lines = [first, first]
    else:
        lines = [first | {"id": next(i for i in articles if i not in tool.draw(articles))}]
    path = tmp_path / "roles.jsonl"
    path.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in lines), "utf-8")
    with pytest.raises(ValueError):
        tool.check(path, articles)
    path.write_text(json.dumps(first, ensure_ascii=False) + "\n", encoding="utf-8")
    assert tool.check(path, articles) == 1

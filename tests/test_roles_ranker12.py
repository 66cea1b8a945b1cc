"""Roles, session 12: the learned holder ranker made cheap (``ruextract.roles.holders``).

A post is ranked only when some candidate may clear the threshold with its ``DEAR`` features
(a mention's readings, navec) at their best for it; those are read only then. The output is
the same as reading every feature for every post: these tests hold the bound, the skip and
the rows. Rows are (key, role, role_text, org, status), as in ``test_roles_learned11``.
"""

from __future__ import annotations

from dataclasses import replace

import numpy
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ruextract.roles import RoleFinder, holders
from ruextract.roles.holders import DEAR, DEAR_COLUMNS, FEATURES, Model
from tests.conftest import RoleRow as Row
from tests.conftest import load_script
from tests.conftest import role_rows as rows
from tests.test_roles_learned11 import handed_to_ranker, obituary

ACTOR: Row = ("Иван Петров", "актер", "актёра", None, "current")


@pytest.fixture
def parse(parse, nlp, monkeypatch):
    """The pipeline with the ranker on."""
    monkeypatch.setattr(nlp.get_pipe("ruextract_roles"), "rank_holders", True)
    return parse


def all_pairs(doc, model: Model | None = None):
    """The ranker's posts of a processed document: (post text, keys, rows)."""
    return [
        (doc[phrase.start : phrase.end].text, keys, found_rows)
        for phrase, _, keys, found_rows in holders.pairs(doc, *handed_to_ranker(doc), model)
    ]


def test_dear_features_are_features_with_their_range():
    assert list(DEAR) == [FEATURES[column] for column in DEAR_COLUMNS]
    assert all(low < high for low, high in DEAR.values())
    assert DEAR["role_margin"] == (-1.0, 1.0)  # ``_margin`` clips to it


@given(
    weights=st.lists(st.floats(-3, 3), min_size=len(FEATURES), max_size=len(FEATURES)),
    values=st.lists(st.floats(0, 1), min_size=len(DEAR), max_size=len(DEAR)),
    bias=st.floats(-3, 3),
)
def test_may_clear_bounds_every_value_of_the_dear_features(weights, values, bias):
    """Whatever the dear features turn out to be (within their range), a row that clears the
    threshold is one ``may_clear`` lets through."""
    model = Model(numpy.asarray(weights), bias, 0.5)
    row = numpy.full((1, len(FEATURES)), 0.5)
    lows = numpy.asarray([low for low, _ in DEAR.values()])
    highs = numpy.asarray([high for _, high in DEAR.values()])
    cheap = row.copy()
    cheap[:, DEAR_COLUMNS] = 0.0
    row[:, DEAR_COLUMNS] = lows + numpy.asarray(values) * (highs - lows)
    score = float(model.scores(row)[0])
    threshold = score - 1e-9
    assert replace(model, threshold=threshold).may_clear(cheap)


def test_may_clear_is_tight_at_the_best_case():
    """At one weight per dear feature, the bound is the score with each at its favoured end:
    a threshold just above it is not cleared, one at it is."""
    weights = numpy.zeros(len(FEATURES))
    weights[DEAR_COLUMNS] = [1.0, -1.0, 1.0, -1.0, 1.0, -1.0, 2.0]
    model = Model(weights, 0.0, 0.5)
    best = 1.0 + 0.0 + 1.0 + 0.0 + 1.0 + 0.0 + 2.0  # role_margin at 1, negatives at 0
    score = 1.0 / (1.0 + numpy.exp(-best))
    cheap = numpy.zeros((2, len(FEATURES)))
    assert replace(model, threshold=score).may_clear(cheap)
    assert not replace(model, threshold=score + 1e-6).may_clear(cheap)
    # a negative weight on role_margin favours its low end (-1)
    weights[FEATURES.index("role_margin")] = -2.0
    assert replace(model, threshold=score).may_clear(cheap)


def test_pairs_with_a_model_keep_the_rows(parse):
    """Posts the model may give a holder come with the very rows read without it."""
    doc = parse(obituary(True, "роли актёра"))
    everything = all_pairs(doc)
    [(post, keys, found_rows)] = all_pairs(doc, holders.load_model())
    assert (post, keys) == ("актёра", ["Иван Петров"])
    assert [(p, k) for p, k, _ in everything] == [(post, keys)]
    assert found_rows.tolist() == everything[0][2].tolist()


def test_pairs_skip_a_post_that_cannot_clear(parse):
    """A threshold over the post's best case leaves it out before its dear features are read;
    the threshold at its score keeps it."""
    doc = parse(obituary(True, "роли актёра"))
    [(_, _, found_rows)] = all_pairs(doc)
    model = holders.load_model()
    score = float(model.scores(found_rows).max())
    assert all_pairs(doc, replace(model, threshold=score))
    assert not all_pairs(doc, replace(model, threshold=1.0))


def test_give_holders_reads_no_dear_feature_for_a_skipped_post(parse, monkeypatch):
    doc = parse(obituary(True, "роли актёра"))
    attached, ents = handed_to_ranker(doc)

    def refuse(*args):
        raise AssertionError("dear features read for a post that cannot clear")

    monkeypatch.setattr(holders, "dear_features", refuse)
    model = replace(holders.load_model(), threshold=1.0)
    assert holders.give_holders(doc, attached, ents, model) == attached
    with pytest.raises(AssertionError, match="dear features"):
        holders.give_holders(doc, attached, ents, holders.load_model())


RANKED = {
    "a man's post named again for him": (obituary(True, "роли актёра"), [ACTOR]),
    # must not: the skip changes no abstention
    "a woman's post for a man": (obituary(True, "роли актрисы"), []),
    "a plural post": (obituary(True, "роли актёров"), []),
}


@pytest.mark.parametrize(("text", "expected"), RANKED.values(), ids=RANKED.keys())
def test_ranked_rows_unchanged(parse, text, expected):
    assert rows(parse(text)) == expected


# BENCHMARK: benchmarks/ranker_cost.py times both sides on the same docs


@pytest.mark.parametrize(
    ("text", "added"),
    [(obituary(True, "роли актёра"), 1), (obituary(True, "роли актрисы"), 0)],
    ids=["the ranker adds the row", "the ranker abstains"],
)
def test_ranker_cost_rounds_count_the_ranked_rows(nlp, text, added):
    tool = load_script("benchmarks/ranker_cost.py")
    doc = nlp(text)
    [(t_off, t_on, got)] = tool.rounds([doc], 1)
    assert got == added and t_off > 0 and t_on > 0


def test_ranker_cost_refuses_a_ranker_that_changes_the_rules_rows(nlp, monkeypatch):
    tool = load_script("benchmarks/ranker_cost.py")
    doc = nlp("Министр финансов Антон Силуанов заявил о росте доходов бюджета.")

    class Dropping(RoleFinder):
        """A ranker side that loses the rules' rows."""

        def __call__(self, doc):
            super().__call__(doc)
            if self.rank_holders:
                doc.spans["roles"] = []
            return doc

    monkeypatch.setattr(tool, "RoleFinder", Dropping)
    with pytest.raises(AssertionError, match="changed a row"):
        tool.rounds([doc], 1)


# TOOL: the new rows' linked precision counts a row on no PROFESSION span as wrong


def test_tool_table_counts_rows_on_no_profession_as_wrong():
    tool = load_script("tools/train_role_holders.py")
    post = tool.Post(0, ["a"], numpy.zeros((1, 1)), [0], ["none"], [frozenset()])
    right = tool.Post(0, ["a"], numpy.zeros((1, 1)), [1], ["right"], [frozenset({0})])
    silent = tool.Post(0, ["a"], numpy.zeros((1, 1)), [0], ["silent"], [frozenset()])
    counts = {"gold": 2, "found": 0, "rows": 0, "right": 0, "silent": 0}
    article = tool.Article(counts)
    scores = [numpy.array([0.99])] * 3
    [line] = [
        line
        for line in tool.table([post, right, silent], [article], scores)
        if line["threshold"] == 0.5
    ]
    assert (line["right"], line["wrong"], line["none"], line["silent"]) == (1, 0, 1, 1)
    assert line["new_linked_right"] == 0.5  # right / (right + wrong + none)
    assert line["linked_precision"] == 0.5  # as ruextract eval: silent rows left out

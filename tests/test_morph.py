"""Morphology and lemmas: slovnet tags, pymorphy3 lemmas that agree with them."""

from __future__ import annotations

import pytest

from ruextract.morph import lemmatize, to_nominative
from tests.conftest import gold_path

SEED_LEMMAS = [
    ("Казахстана", "казахстан"),
    ("странами", "страна"),
    ("составил", "составить"),
    ("миллиарда", "миллиард"),
    ("Токаев", "токаев"),
    ("Токаева", "токаев"),
    ("договоров", "договор"),
    ("выстроили", "выстроить"),
]


@pytest.mark.parametrize(("word", "lemma"), SEED_LEMMAS, ids=[w for w, _ in SEED_LEMMAS])
def test_morph_seed_lemmas(seed_doc, word, lemma):
    tokens = [t for t in seed_doc if t.text == word]
    assert tokens, f"{word} not in the seed"
    assert {t.lemma_ for t in tokens} == {lemma}


CASES = [
    pytest.param("Мама мыла раму.", [("мыла", "VERB", "мыть"), ("раму", None, "рама")], id="мыла"),
    pytest.param(
        "Эльвира Набиуллина сохранила ставку.",
        [("Набиуллина", "PROPN", "набиуллина"), ("сохранила", "VERB", "сохранить")],
        id="female-surname-nominative",
    ),
    pytest.param(
        "Цены выросли на 7,4%.",
        [("выросли", "VERB", "вырасти"), ("7,4", "NUM", "7,4"), ("%", None, "%")],
        id="numbers-keep-text",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_morph_pos_and_lemma(parse, text, expected):
    doc = parse(text)
    by_text = {t.text: t for t in doc}
    for word, pos, lemma in expected:
        token = by_text[word]
        if pos is not None:
            assert token.pos_ == pos
        assert token.lemma_ == lemma


def test_morph_features_are_ud(parse):
    doc = parse("Товарооборот составил 21,4 миллиарда долларов.")
    verb = doc[1]
    assert verb.morph.get("Tense") == ["Past"]
    assert doc[3].morph.get("Case") == ["Gen"]


def test_lemmatize_unknown_nominative_surname_is_itself():
    assert lemmatize("Токаев", "PROPN", "Case=Nom|Gender=Masc|Number=Sing") == "токаев"


@pytest.mark.parametrize(
    ("word", "pos", "feats", "name", "expected"),
    [
        ("Путина", "PROPN", "Case=Gen|Gender=Masc|Number=Sing", True, "Путин"),
        ("Набиуллиной", "PROPN", "Case=Gen|Gender=Fem|Number=Sing", True, "Набиуллина"),
        ("Казахстана", "PROPN", "Case=Gen|Gender=Masc|Number=Sing", False, "Казахстан"),
        ("России", "PROPN", "Case=Gen|Gender=Fem|Number=Sing", False, "Россия"),
        ("Москва", "PROPN", "Case=Nom|Gender=Fem|Number=Sing", False, "Москва"),
    ],
)
def test_to_nominative(word, pos, feats, name, expected):
    assert to_nominative(word, pos, feats, name=name) == expected


@pytest.mark.slow
def test_morph_lemma_accuracy_on_ud_dev(nlp):
    """Today's figures on the whole UD GSD dev, less at most two points."""
    from ruextract.evaluate import evaluate_tokens

    score = evaluate_tokens(nlp, gold_path("ud_gsd_dev.jsonl"))
    assert score.n_aligned / score.n_gold > 0.938
    assert score.lemma_accuracy > 0.9525
    assert score.pos_accuracy > 0.928

"""Roles, session 11: the learned ranker that gives a holder to a post the rules leave to nobody
(``ruextract.roles.holders``), its model file and its training tool's labels.

Rows are (key, role, role_text, org, status), in the order of ``tables.roles``. Each case is a
short news-shaped article whose post the rules leave to nobody; the must-not cases sit on the
other side of the ranker's conditions (gender, number, reach, an office) or of its threshold.
"""

from __future__ import annotations

import json
from dataclasses import replace
from importlib import resources

import numpy
import pytest

import ruextract.roles as roles
from ruextract.roles import holders
from ruextract.roles.holders import FEATURES, Model, ModelError
from ruextract.roles.phrases import Entities
from tests.conftest import load_script, nerel_entity
from tests.conftest import role_rows as rows

WRITER = (
    "Иван Петров получил премию. Петров приехал в Омск. На встрече с Петровым читатели задавали"
)
WRITER_ROW = ("Иван Петров", "писатель", "писателю", None, "current")
TWO = "Гостей встретили. Речь была короткой."
FILLER = f"{TWO} Зал был полон."


@pytest.fixture
def parse(parse, nlp, monkeypatch):
    """The pipeline with the ranker on (the component's ``rank_holders``; on by default since
    session 12, set here so that the cases hold whatever the default)."""
    monkeypatch.setattr(nlp.get_pipe("ruextract_roles"), "rank_holders", True)
    return parse


def obituary(man: bool, post: str, middle: str | None = None) -> str:
    """An obituary of a man or a woman named in its headline and five sentences, whose last
    sentence names a post alone ("роли актёра"); ``middle`` replaces the sentences naming
    the person again."""
    if man:
        name = "Умер Иван Петров\nИван Петров умер в Москве."
        again = (
            "Петров снимался в кино с 1960 года. Петрову было 80 лет. Петров сыграл более ста "
            "ролей. Петрова похоронят в субботу."
        )
    else:
        name = "Умерла Анна Петрова\nАнна Петрова умерла в Москве."
        again = (
            "Петрова снималась в кино с 1960 года. Петровой было 80 лет. Петрова сыграла более "
            "ста ролей. Петрову похоронят в субботу."
        )
    return f"{name} {middle or again} В театре с грустью вспоминают {post}."


CASES = {
    "a post named again across sentences, in an article about its holder": (
        obituary(True, "роли актёра"),
        [("Иван Петров", "актер", "актёра", None, "current")],
    ),
    "a woman's post for a woman": (
        obituary(False, "роли актрисы"),
        [("Анна Петрова", "актриса", "актрисы", None, "current")],
    ),
}

CASES_MUST_NOT = {
    "a woman's post for a man": obituary(True, "роли актрисы"),
    "a man's post for a woman": obituary(False, "роли актёра"),
    "a plural post": obituary(True, "роли актёров"),
    "nobody named within three sentences before": obituary(True, "роли актёра", FILLER),
    "an office: a genitive post after 'выборы'": obituary(True, "о выборах губернатора"),
    "a post in its sentence with the holder named the same sentence, a verb between": (
        f"{WRITER} вопросы писателю."
    ),
}


@pytest.mark.parametrize(("text", "expected"), CASES.values(), ids=CASES.keys())
def test_holders_attach_post_tied_to_nobody(parse, text, expected):
    assert rows(parse(text)) == expected


@pytest.mark.parametrize("text", CASES_MUST_NOT.values(), ids=CASES_MUST_NOT.keys())
def test_holders_abstain(parse, text):
    assert rows(parse(text)) == []


def test_holders_rules_alone_leave_the_cases_to_nobody(parse, monkeypatch):
    """The cases are the ranker's: with its hook off, the rules give those posts nobody."""
    monkeypatch.setattr(roles, "give_holders", lambda doc, attached, ents, model=None: attached)
    for text, _ in CASES.values():
        assert rows(parse(text)) == []


def test_holders_on_by_default(nlp):
    """The shipped pipeline has the ranker on (session 12): its cases get their holder; with
    ``rank_holders`` off they stay the rules' (nobody's)."""
    assert nlp.get_pipe("ruextract_roles").rank_holders is True
    assert roles.RoleFinder().rank_holders is True
    for text, expected in CASES.values():
        doc = nlp(text)
        assert [span._.role.key for span in doc.spans["roles"]] == [row[0] for row in expected]
        assert roles.find_roles(doc)
        assert roles.find_roles(doc, rank_holders=False) == []
        roles.RoleFinder(rank_holders=False)(doc)
        assert [span.text for span in doc.spans["roles"]] == []


def handed_to_ranker(doc):
    """What ``find_roles`` hands the ranker for a processed document: (attached, ents)."""
    kept = {}

    def capture(doc, attached, ents, model=None):
        kept["attached"], kept["ents"] = attached, ents
        return attached

    original = roles.give_holders
    roles.give_holders = capture
    try:
        roles.find_roles(doc, rank_holders=True)
    finally:
        roles.give_holders = original
    return kept["attached"], kept["ents"]


def ranked(doc):
    """The ranker's pairs of a processed document: (post text, keys, scores)."""
    model = holders.load_model()
    return [
        (doc[phrase.start : phrase.end].text, keys, model.scores(found_rows))
        for phrase, _, keys, found_rows in holders.pairs(doc, *handed_to_ranker(doc))
    ]


ACTOR = ("Иван Петров", "актер", "актёра", None, "current")


@pytest.mark.parametrize("side", ["above", "below", "at"])
def test_holders_threshold_is_the_models(parse, monkeypatch, side):
    """The attach step uses the model's threshold: a score at or just over it attaches, just
    under it does not."""
    text = obituary(True, "роли актёра")
    [(post, keys, scores)] = ranked(parse(text))
    assert (post, keys) == ("актёра", ["Иван Петров"])
    score = float(scores[0])
    threshold = {"above": score + 1e-6, "below": score - 1e-6, "at": score}[side]
    model = replace(holders.load_model(), threshold=threshold)
    monkeypatch.setattr(holders, "load_model", lambda: model)
    assert rows(parse(text)) == ([] if side == "above" else [ACTOR])


def test_holders_shipped_threshold_attaches_the_case(parse):
    """The shipped threshold sits below the case's score (the case attaches above)."""
    [(_, _, scores)] = ranked(parse(obituary(True, "роли актёра")))
    assert float(scores[0]) >= holders.load_model().threshold


ZERO = {
    # at threshold 0 every rankable post is given a holder: these are not rankable
    "an office: a genitive post after 'выборы'": (
        f"{WRITER} о выборах губернатора.",
        [],
    ),
    "a post of someone unnamed": (
        "Иван Петров получил премию. Петров приехал в Омск. На встрече с Петровым один "
        "чиновник задавал вопросы.",
        [],
    ),
    "a plural post": (f"{WRITER} вопросы писателям.", []),
    # ... while a singular post is given its best candidate
    "a singular post": (f"{WRITER} вопросы писательнице.", [
        ("Иван Петров", "писательница", "писательнице", None, "current")
    ]),
}  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ZERO.values(), ids=ZERO.keys())
def test_holders_rankable_posts_at_threshold_zero(parse, monkeypatch, text, expected):
    model = replace(holders.load_model(), threshold=0.0)
    monkeypatch.setattr(holders, "load_model", lambda: model)
    assert rows(parse(text)) == expected


def test_holders_rankable_conditions(parse):
    doc = parse(f"{WRITER} вопросы писателям о выборах губернатора.")
    from ruextract.roles.phrases import find_phrases

    ents = Entities.of(doc)
    phrases = {doc[p.start : p.end].text: p for p in find_phrases(doc, ents)}
    assert not holders.rankable(doc, phrases["писателям"])  # plural
    assert not holders.rankable(doc, phrases["губернатора"])  # an office
    assert holders.rankable(doc, replace(phrases["писателям"], plural=False))


def candidate_keys(doc, post: str) -> list[str]:
    from ruextract.roles.phrases import find_phrases

    ents = Entities.of(doc)
    [phrase] = [p for p in find_phrases(doc, ents) if doc[p.start : p.end].text == post]
    return list(holders.candidates(doc, phrase, holders.Names.of(ents, [], doc), ents))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Олег Сидоров уехал. {TWO} Читатели задавали вопросы писателю.", ["Олег Сидоров"]),
        (f"Олег Сидоров уехал. {FILLER} Читатели задавали вопросы писателю.", []),
        (f"Читатели задавали вопросы писателю. Олег Сидоров уехал. {FILLER}", ["Олег Сидоров"]),
        (f"Читатели задавали вопросы писателю. Гости ушли. Олег Сидоров уехал. {FILLER}", []),
    ],
    ids=["three before", "four before", "one after", "two after"],
)
def test_holders_candidates_within_reach(parse, text, expected):
    """People named in the post's sentence, the three before and the one after are
    candidates; further ones are not."""
    assert candidate_keys(parse(text), "писателю") == expected


def test_holders_model_file_features_are_the_codes():
    path = resources.files("ruextract.data") / holders.MODEL_FILE
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["features"] == list(FEATURES)
    assert len(data["weights"]) == len(FEATURES)
    assert data["threshold"] == holders.load_model().threshold
    assert data["provenance"]["out_of_fold"]["threshold"] == data["threshold"]


GOOD = {"features": list(FEATURES), "weights": [0.0] * len(FEATURES), "bias": 0.0,
        "threshold": 0.5}  # fmt: skip
BAD = {
    "no threshold": ({k: v for k, v in GOOD.items() if k != "threshold"}, "threshold"),
    "features of another code": ({**GOOD, "features": list(FEATURES)[:-1]}, "features"),
    "features in another order": ({**GOOD, "features": list(FEATURES)[::-1]}, "features"),
    "a weight short": ({**GOOD, "weights": [0.0] * (len(FEATURES) - 1)}, "weights"),
    "a weight not a number": ({**GOOD, "weights": [float("nan")] * len(FEATURES)}, "weights"),
    "a threshold past 1": ({**GOOD, "threshold": 1.5}, "threshold"),
    "a threshold under 0": ({**GOOD, "threshold": -0.1}, "threshold"),
    "an infinite bias": ({**GOOD, "bias": float("inf")}, "bias"),
}


@pytest.mark.parametrize(("data", "word"), BAD.values(), ids=BAD.keys())
def test_holders_model_rejects_malformed(data, word):
    with pytest.raises(ModelError, match=word):
        Model.from_json(data)


def test_holders_model_reads_good_and_edges():
    model = Model.from_json({**GOOD, "threshold": 1.0, "bias": 2.0})
    assert (model.threshold, model.bias) == (1.0, 2.0)
    assert Model.from_json({**GOOD, "threshold": 0.0}).threshold == 0.0
    rows_ = numpy.zeros((2, len(FEATURES)))
    assert model.scores(rows_).tolist() == pytest.approx([1 / (1 + numpy.exp(-2.0))] * 2)


# LABELS: the training tool's pairs on a small NEREL-format record (entities and relations)

LABEL_TEXT = (
    "Иван Петров получил премию. Петров приехал в Омск с Олегом Сидоровым. На встрече с "
    "Петровым читатели задавали вопросы писателю."
)


def entity(eid: str, label: str, surface: str, nth: int = 1) -> dict:
    return nerel_entity(LABEL_TEXT, eid, label, surface, nth)


def label(record: dict, doc):
    tool = load_script("tools/train_role_holders.py")
    posts, _ = tool.collect([record], [doc])
    return [(LABEL_TEXT[p.where[0] : p.where[1]], p.keys, p.labels, p.kinds) for p in posts]


PERSONS = [entity("T1", "PERSON", "Иван Петров"), entity("T2", "PERSON", "Петровым"),
           entity("T3", "PERSON", "Олегом Сидоровым")]  # fmt: skip
PROFESSION = entity("T4", "PROFESSION", "писателю")


@pytest.mark.parametrize(
    ("entities", "relations", "labels", "kinds"),
    [
        # linked to a mention of Петров: Петров's pair positive, Сидоров's negative
        ([*PERSONS, PROFESSION],
         [{"id": "R1", "label": "WORKS_AS", "arg1": "T2", "arg2": "T4"}],
         [1, 0], ["right", "wrong"]),
        # linked to Сидоров: the other way round
        ([*PERSONS, PROFESSION],
         [{"id": "R1", "label": "WORKS_AS", "arg1": "T3", "arg2": "T4"}],
         [0, 1], ["wrong", "right"]),
        # a PROFESSION linked to nobody: only negatives, silent
        ([*PERSONS, PROFESSION], [], [0, 0], ["silent", "silent"]),
        # no PROFESSION span there: only negatives
        (PERSONS, [], [0, 0], ["none", "none"]),
    ],
    ids=["linked to one", "linked to the other", "linked to nobody", "no profession"],
)  # fmt: skip
def test_holders_labels_from_works_as(parse, entities, relations, labels, kinds):
    doc = parse(LABEL_TEXT)
    record = {"id": "x", "text": LABEL_TEXT, "entities": entities, "relations": relations}
    found = label(record, doc)
    assert [(text, sorted(keys)) for text, keys, _, _ in found] == [
        ("писателю", ["Иван Петров", "Олег Сидоров"])
    ]
    [(_, keys, got_labels, got_kinds)] = found
    order = [keys.index("Иван Петров"), keys.index("Олег Сидоров")]
    assert [got_labels[i] for i in order] == labels
    assert [got_kinds[i] for i in order] == kinds


def test_holders_fit_is_deterministic_and_separates():
    tool = load_script("tools/train_role_holders.py")
    x = numpy.array([[0.0], [0.1], [0.9], [1.0]] * 5)
    y = numpy.array([0.0, 0.0, 1.0, 1.0] * 5)
    first, second = tool.fit(x, y), tool.fit(x, y)
    assert first[0].tolist() == second[0].tolist() and first[1] == second[1]
    assert first[0][0] > 0 > first[1]


def test_holders_choose_threshold_holds_from_itself_up():
    tool = load_script("tools/train_role_holders.py")
    line = {"new_rows": 1, "new_linked_right": 0.9, "linked_precision": 0.91}
    lines = [
        {**line, "threshold": 0.3, "new_linked_right": 0.7},
        {**line, "threshold": 0.4},
        {**line, "threshold": 0.5, "linked_precision": 0.89},
        {**line, "threshold": 0.6},
        {**line, "threshold": 0.7, "new_rows": 0},
    ]
    assert tool.choose(lines, 0.8, 0.9)["threshold"] == 0.6
    assert tool.choose(lines[:2], 0.8, 0.9)["threshold"] == 0.4
    assert tool.choose(lines[-1:], 0.8, 0.9) is None


# FEATURES: the rows of real articles, each feature that is not 0 (the rest are 0)

BOTH = {"bare_noun": 1.0, "candidates": 2 / 6, "listed_noun": 1.0, "first_of_noun": 1.0}
FEATURE_CASES = {
    "same sentence vs the sentence before, with a name between": (
        "Иван Петров получил премию. Петров приехал в Омск с Олегом Сидоровым. На встрече с "
        "Петровым читатели задавали вопросы писателю.",
        "писателю",
        {
            "Иван Петров": {**BOTH, "same_sentence": 1.0, "token_distance": 0.231,
                "last_named_before": 1.0, "main_person": 1.0, "mention_share": 0.75,
                "mentions": 0.4621, "case_Dat": 1.0, "sentence_names_anybody": 1.0,
                "in_headline": 1.0, "same_sentence_last_before": 1.0, "main_last_before": 1.0,
                "role_margin": 1.0, "first_named_in_its_sentence": 1.0, "verb_between": 1.0},
            "Олег Сидоров": {**BOTH, "sentence_before_1": 1.0, "token_distance": 0.3662,
                "others_between": 1 / 3, "mention_share": 0.25, "mentions": 0.231,
                "case_Dat": 1.0, "sentence_names_anybody": 1.0, "sentence_names_others": 1.0,
                "role_margin": 1.0},
        },
    ),
    "a post opening its sentence, a holder named after it, posts given before": (
        "Новым президентом стал Олег Сидоров. Выступление президента Ивана Петрова назначено на "
        "вечер. Глава «Клуба» Иван Петров ответил на вопросы. Ректор пришёл в зал, где ждали "
        "Сидорова.",
        "Ректор",
        {
            "Олег Сидоров": {**BOTH, "same_sentence": 1.0, "after": 1.0,
                "token_distance": 0.3243, "first_named_after": 1.0, "mention_share": 0.5,
                "mentions": 0.3662, "holds_post": 1.0, "case_Nom": 1.0, "opens_sentence": 1.0,
                "sentence_names_anybody": 1.0, "in_headline": 1.0, "role_margin": 1.0,
                "first_named_in_its_sentence": 1.0, "verb_between": 1.0,
                "verb_between_after": 1.0},
            "Иван Петров": {**BOTH, "sentence_before_1": 1.0, "token_distance": 0.2682,
                "last_named_before": 1.0, "mention_share": 0.5, "mentions": 0.3662,
                "holds_post": 1.0, "holds_akin_post": 1.0, "case_Nom": 1.0,
                "opens_sentence": 1.0, "sentence_names_anybody": 1.0,
                "sentence_names_others": 1.0, "mention_nominative": 1.0, "role_margin": 1.0,
                "first_named_in_its_sentence": 1.0},
        },
    ),
    "a genitive post after a noun, in an article about one person": (
        obituary(True, "роли актёра"),
        "актёра",
        {
            "Иван Петров": {**BOTH, "candidates": 1 / 6, "sentence_before_1": 1.0,
                "token_distance": 0.3996, "last_named_before": 1.0, "main_person": 1.0,
                "mention_share": 1.0, "mentions": 0.6486, "case_Gen": 1.0,
                "in_headline": 1.0, "main_last_before": 1.0,
                "main_no_one_in_sentence": 1.0, "role_margin": 1.0,
                "genitive_after_noun": 1.0, "first_named_in_its_sentence": 1.0},
        },
    ),
}  # fmt: skip


def feature_rows(doc) -> dict[str, dict[str, dict[str, float]]]:
    return {
        doc[phrase.start : phrase.end].text: {
            key: {name: float(v) for name, v in zip(FEATURES, row, strict=True) if v}
            for key, row in zip(keys, found_rows, strict=True)
        }
        for phrase, _, keys, found_rows in holders.pairs(doc, *handed_to_ranker(doc))
    }


@pytest.mark.parametrize(
    ("text", "post", "expected"), FEATURE_CASES.values(), ids=FEATURE_CASES.keys()
)
def test_holders_features_of_real_articles(parse, text, post, expected):
    found = feature_rows(parse(text))
    assert list(found) == [post]
    assert found[post].keys() == expected.keys()
    for key, features in expected.items():
        features = {name: value for name, value in features.items() if value}
        assert found[post][key] == pytest.approx(features, abs=1e-4), key


# THE PARTS: candidates, distances, the margin, the attach step


def phrase_at(doc, text: str):
    """A post phrase over the tokens of ``text`` (its first occurrence), head its first token."""
    from ruextract.roles.phrases import Phrase

    start = next(t.i for t in doc if doc[t.i : t.i + len(text.split())].text == text)
    return Phrase(start, start + len(text.split()), start, "писатель", "current")


def names_of(doc):
    ents = Entities.of(doc)
    return holders.Names.of(ents, [], doc), ents


CANDIDATE_CASES = {
    # (text, post tokens, expected {key: (nearest mention's text, its first token)})
    "a name right after the post, no verb between, is the rules' (an apposition)": (
        "Читатели задавали вопросы писателю Олегу Сидорову.",
        "писателю",
        {},
    ),
    "past an apposition's name, the next sentence's names are candidates": (
        "Читатели задавали вопросы писателю Олегу Сидорову. Анна Петрова ушла.",
        "писателю",
        {"Анна Петрова": ("Анна Петрова", 7)},
    ),
    "a name after the post past a verb is a candidate": (
        "Вопросы писателю задал Олег Сидоров.",
        "писателю",
        {"Олег Сидоров": ("Олег Сидоров", 3)},
    ),
    "a name inside the phrase is none; names after it past a verb are": (
        "Вопросы писателю Олегу Сидорову задала Анна Петрова.",
        "писателю Олегу Сидорову",
        {"Анна Петрова": ("Анна Петрова", 5)},
    ),
    "its sentence's mention before the next sentence's": (
        "Иван Петров выступил. Вопросы писателю задал Петров. Петрова наградили.",
        "писателю",
        {"Иван Петров": ("Петров", 7)},
    ),
    "the last mention before, of two": (
        "Иван Петров выступил. Петров ушёл. Вопросы писателю задали.",
        "писателю",
        {"Иван Петров": ("Петров", 4)},
    ),
}


@pytest.mark.parametrize(("text", "post", "expected"), CANDIDATE_CASES.values(),
                         ids=CANDIDATE_CASES.keys())  # fmt: skip
def test_holders_candidates_nearest_mention(parse, text, post, expected):
    doc = parse(text)
    phrase = phrase_at(doc, post)
    names, ents = names_of(doc)
    found = holders.candidates(doc, phrase, names, ents)
    assert {key: (span.text, span.start) for key, span in found.items()} == expected


def test_holders_distance_both_sides(parse):
    doc = parse("Иван Петров писатель Олег Сидоров и Анна Петрова пришли.")
    phrase = phrase_at(doc, "писатель")
    petrov, sidorov, petrova = [e for e in doc.ents if e.label_ == "PER"]
    assert [holders._distance(span, phrase) for span in (petrov, sidorov, petrova)] == [0, 0, 3]
    far = phrase_at(doc, "пришли")
    assert holders._distance(petrov, far) == far.start - petrov.end


def test_holders_others_between_and_first_in_sentence(parse):
    doc = parse("Иван Петров и Олег Сидоров встретились. Писателю Анне Петровой вручили премию.")
    names, ents = names_of(doc)
    phrase = phrase_at(doc, "вручили")
    petrov, _, petrova = names.mentions
    assert holders._others_between(petrov, phrase, names, "Иван Петров") == 2
    assert holders._others_between(petrova, phrase, names, "Анна Петрова") == 0
    early = phrase_at(doc, "встретились")
    assert holders._others_between(petrova, early, names, "Анна Петрова") == 0
    before = phrase_at(doc, "и")
    assert holders._others_between(petrova, before, names, "Анна Петрова") == 1  # Сидоров
    assert [holders._first_in_sentence(s, names, ents) for s in names.mentions] == [
        True, False, True
    ]  # fmt: skip


def test_holders_margin_clipped():
    assert holders._margin("писатель") == 1.0
    assert holders._margin("сын") == -1.0
    assert holders._margin("zzqxw") == 0.0  # no vector
    assert -1.0 < holders._margin("стол") < 0.0


def test_holders_give_best_candidate_not_first(parse):
    """The attach step gives the post the best of its candidates (not the first listed), marks
    it "ranked" and leaves every other phrase as it came."""
    doc = parse("Олег Сидоров пришёл в театр. Анна Петрова выступила. Зрители благодарили "
                "писательницу.")  # fmt: skip
    attached, ents = handed_to_ranker(doc)
    [(_, _, keys, found_rows)] = holders.pairs(doc, attached, ents)
    assert keys == ["Олег Сидоров", "Анна Петрова"]
    model = replace(holders.load_model(), threshold=0.0)
    given = holders.give_holders(doc, attached, ents, model)
    assert len(given) == len(attached)
    changed = [(a, g) for a, g in zip(attached, given, strict=True) if a != g]
    [((phrase, _), (ranked_phrase, person))] = changed
    assert person._.key == "Анна Петрова" and ranked_phrase.how == "ranked"
    assert replace(ranked_phrase, how=phrase.how) == phrase
    exact = replace(model, threshold=float(model.scores(found_rows).max()))
    assert holders.give_holders(doc, attached, ents, exact)[attached.index(changed[0][0])][1]
    above = replace(exact, threshold=exact.threshold + 1e-9)
    assert holders.give_holders(doc, attached, ents, above) == attached
    # a phrase the rules gave a holder passes through untouched beside the ranked one
    held = (replace(phrase, how="before", start=0, end=1, head=0), person)
    assert holders.give_holders(doc, [held, *attached], ents, model) == [held, *given]
    # ... and a copy of the post the rules gave a holder leaves the post to nobody (far14: no
    # second row on its span)
    copy = (replace(phrase, how="pointed"), person)
    assert holders.give_holders(doc, [copy, *attached], ents, model) == [copy, *attached]


def test_holders_model_meta_and_messages():
    model = Model.from_json({**GOOD, "provenance": {"articles": 1}})
    assert model.meta == {"features": list(FEATURES), "provenance": {"articles": 1}}
    for data, _ in BAD.values():
        with pytest.raises(ModelError) as error:
            Model.from_json(data)
        assert str(error.value).startswith("role holders model: ")

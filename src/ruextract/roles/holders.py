"""Holders ranked: a learned pair ranker gives a holder to a post the rules leave to nobody
(a part of the ``ruextract_roles`` component, session 11).

Reads the role phrases after the rules (``find_roles``' list of (phrase, person or None), the
``Entities`` indexes of names and sentences, the tokens' ``pos_``, ``morph`` and ``lemma_``)
and returns the list with each singular post tied to nobody (and not nobody's by its own
words: ``nobodys_by_its_words``, ``superlative``; nor a span a rule gave through a copy) given
the person a logistic regression scores highest among the people named in its sentence and the
``REACH_BEFORE`` sentences before it (and the ``REACH_AFTER`` after it; a name after the post
in its sentence with no verb between is an apposition's, which the rules judged: no
candidate), when that score clears the model's threshold (``Phrase.how`` "ranked"); anything
else is returned as it came. The model (``data/role_holders.json``: feature names, weights,
bias, threshold and where they come from) is fitted on NEREL train's WORKS_AS by
``tools/train_role_holders.py``, its threshold chosen out of fold. Features are the article's
evidence only (distances, who is named between, the main person, posts already given, gender
and case agreement, a verb between), never a word of train; the document is read once for its
names (one pass over ``Entities.per``), each post then only around itself, each mention's
readings once.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from importlib import resources

import numpy
from spacy.tokens import Doc, Span

from ruextract.roles.agreement import person_cases, person_gender
from ruextract.roles.anaphora import (
    HEAD_POSTS,
    STATE_POSTS,
    akin,
    kin_post,
    main_key,
    named_after,
    new_holder,
    post_of,
    titled,
)
from ruextract.roles.linking import unnamed
from ruextract.roles.offices import office_named
from ruextract.roles.phrases import Entities, Phrase
from ruextract.roles.referents import complement, quoted
from ruextract.roles.span_values import span_value
from ruextract.roles.words import (
    case_of,
    fold,
    head_lemma,
    nominative,
    role_margin,
    role_nouns,
)

MODEL_FILE = "role_holders.json"
VERBS = frozenset({"VERB", "AUX"})
REACH_BEFORE = 3  # sentences before a post whose people may hold it
REACH_AFTER = 1  # sentences after it
CASES = ("Nom", "Gen", "Dat", "Acc")  # the cases of the posts it ranks
# cases of posts it leaves alone: an instrumental is a predicate (a copula's, a naming verb's:
# "считает себя экспертом"), which the copula rules judge; a locative an office ("в должности")
UNRANKED_CASES = frozenset({"Ins", "Loc"})
HOW = "ranked"
# possessives before a post: it is someone's, not the holder's own ("его бывшего шофёра")
POSSESSIVES = frozenset({"его", "ее", "их", "свой", "мой", "наш", "ваш", "твой"})
# a superlative before a post noun makes it a ranking's or an award's title ("самым ценным
# игроком", "лучшему тренеру"), no post of anyone named again: the lemma "самый" ("сам" is
# an emphatic: "сам продюсер"), the forms of "лучший" and "худший" (the tagger's lemma is
# "хороший", its Degree "Pos")
SUPERLATIVE_LEMMAS = frozenset({"самый", "наиболее"})
# nouns of a relation to an org or a person: alone ("иск против сотрудника", "член с 1974
# года", "на пост руководителя") they name no post of anyone named around them
RELATIONAL = frozenset({
    "глава", "член", "сотрудник", "представитель", "заместитель", "руководитель", "помощник",
    "советник",
})  # fmt: skip
SUPERLATIVE_STEMS = ("лучш", "наилучш", "худш", "наихудш")

# the features of a (post, person) pair, in the model's order: each a number in about [0, 1]
FEATURES: tuple[str, ...] = (
    "same_sentence",
    "sentence_before_1",
    "sentence_before_2",
    "sentence_before_3",
    "after",
    "token_distance",
    "others_between",
    "last_named_before",
    "first_named_after",
    "main_person",
    "mention_share",
    "mentions",
    "holds_post",
    "holds_same_post",
    "holds_akin_post",
    "feminine_post_man",
    "masculine_post_woman",
    "gender_unknown",
    *(f"case_{case}" for case in CASES),
    "opens_sentence",
    "after_preposition",
    "state_post",
    "head_post",
    "sentence_names_anybody",
    "sentence_names_others",
    "mention_nominative",
    "mention_complement",
    "in_headline",
    "has_org",
    "bare_noun",
    "candidates",
    "same_sentence_last_before",
    "main_last_before",
    "main_no_one_in_sentence",
    "role_margin",
    "listed_noun",
    "noun_given",
    "noun_given_other",
    "first_of_noun",
    "genitive_after_noun",
    "first_named_in_its_sentence",
    "name_after_is_other",
    "name_after_is_candidate",
    "verb_between",
    "verb_between_after",
)


# the features dear to read (a mention's readings, navec), with their range: a post is ranked
# only when some candidate's score with them at their best for it clears the threshold
DEAR: dict[str, tuple[float, float]] = {
    "holds_akin_post": (0.0, 1.0),
    "feminine_post_man": (0.0, 1.0),
    "masculine_post_woman": (0.0, 1.0),
    "gender_unknown": (0.0, 1.0),
    "mention_nominative": (0.0, 1.0),
    "mention_complement": (0.0, 1.0),
    "role_margin": (-1.0, 1.0),
}
DEAR_COLUMNS = [FEATURES.index(name) for name in DEAR]
# the features of a candidate of its own (``cheap_features`` reads the rest once per post), in
# the order it computes them
OWN = (
    "same_sentence", "sentence_before_1", "sentence_before_2", "sentence_before_3", "after",
    "token_distance", "others_between", "last_named_before", "first_named_after",
    "main_person", "mention_share", "mentions", "holds_post", "holds_same_post",
    "sentence_names_others", "in_headline", "same_sentence_last_before", "main_last_before",
    "main_no_one_in_sentence", "noun_given_other", "first_named_in_its_sentence",
    "name_after_is_other", "name_after_is_candidate", "verb_between", "verb_between_after",
)  # fmt: skip
OWN_COLUMNS = [FEATURES.index(name) for name in OWN]
OWN_SET = frozenset(OWN)


class ModelError(ValueError):
    """A model file that does not fit the code: missing keys, other features, bad numbers."""


@dataclass(frozen=True)
class Model:
    """A logistic regression over ``FEATURES``: a pair's score is
    ``sigmoid(weights @ x + bias)``; a post goes to its best pair at or above ``threshold``."""

    weights: numpy.ndarray
    bias: float
    threshold: float
    meta: dict = field(default_factory=dict)

    @classmethod
    def from_json(cls, data: dict) -> Model:
        """A model from its JSON form; :class:`ModelError` when it does not fit the code."""
        for key in ("features", "weights", "bias", "threshold"):
            if key not in data:
                raise ModelError(f"role holders model: no {key!r}")
        if list(data["features"]) != list(FEATURES):
            raise ModelError(
                "role holders model: its features are not the code's "
                f"({len(data['features'])} in the file, {len(FEATURES)} in the code)"
            )
        weights = numpy.asarray(data["weights"], dtype=float)
        if weights.shape != (len(FEATURES),) or not numpy.isfinite(weights).all():
            raise ModelError("role holders model: weights must be one finite number per feature")
        bias, threshold = float(data["bias"]), float(data["threshold"])
        if not math.isfinite(bias) or not 0.0 <= threshold <= 1.0:
            raise ModelError("role holders model: bias must be finite, threshold in [0, 1]")
        meta = {k: v for k, v in data.items() if k not in ("weights", "bias", "threshold")}
        return cls(weights, bias, threshold, meta)

    def scores(self, rows: numpy.ndarray) -> numpy.ndarray:
        """The probability of each row of features (one pair a row)."""
        return 1.0 / (1.0 + numpy.exp(-(rows @ self.weights + self.bias)))

    def may_clear(self, rows: numpy.ndarray) -> bool:
        """Whether some row of ``cheap_features`` (its ``DEAR`` features 0) may score at least
        the threshold whatever its ``DEAR`` features turn out: each of them put at the end of
        its range its weight favours."""
        logits = rows @ self.weights + self.bias + self.dear_best
        # (a hair under the threshold: the sums differ from ``scores``' in the last bits)
        return bool((1.0 / (1.0 + numpy.exp(-logits)) >= self.threshold - 1e-9).any())

    @cached_property
    def dear_best(self) -> float:
        """The most the ``DEAR`` features can add to a row's logit."""
        dear = self.weights[DEAR_COLUMNS]
        return float(
            sum(max(w * low, w * high) for w, (low, high) in zip(dear, DEAR.values(), strict=True))
        )


@lru_cache(maxsize=1)
def load_model() -> Model:
    """The shipped model (``data/role_holders.json``), read once."""
    path = resources.files("ruextract.data") / MODEL_FILE
    with path.open(encoding="utf-8") as lines:
        return Model.from_json(json.load(lines))


@dataclass
class Names:
    """The people of a document read once for the ranker: each mention's first and last token,
    key and sentence, in order; mention counts; the main person; the posts already given."""

    starts: list[int]
    mentions: list[Span]
    sents: list[int]
    counts: dict[str, int]
    total: int
    topic: str | None
    posts: dict[str, set[str]]
    headline: set[str]
    given: dict[str, set[str]]  # the people each post noun is given to
    first: dict[str, int]  # the first head of each post noun, given or not
    # each mention's gender, whether it reads as a nominative and as a complement, read once
    read: dict[int, tuple[str | None, bool, bool]] = field(default_factory=dict)

    def facts(self, doc: Doc, span: Span, ents: Entities) -> tuple[str | None, bool, bool]:
        """A mention's gender, whether it may be a nominative and whether it reads as a noun's
        complement (``referents.complement``: "роль босса мафии Тони Сопрано"), read once."""
        found = self.read.get(span.start)
        if found is None:
            found = (
                person_gender(span),
                "Nom" in person_cases(span),
                complement(doc, span, ents),
            )
            self.read[span.start] = found
        return found

    @classmethod
    def of(cls, ents: Entities, attached: Iterable[tuple[Phrase, Span | None]], doc: Doc) -> Names:
        mentions = sorted({id(span): span for span in ents.per.values()}.values(), key=_start)
        posts: dict[str, set[str]] = {}
        given: dict[str, set[str]] = {}
        first: dict[str, int] = {}
        for phrase, person in attached:
            lemma = head_lemma(doc[phrase.head])
            first[lemma] = min(first.get(lemma, phrase.head), phrase.head)
            if person is not None:
                posts.setdefault(span_value(person, "key"), set()).add(lemma)
                given.setdefault(lemma, set()).add(span_value(person, "key"))
        return cls(
            [span.start for span in mentions],
            mentions,
            [ents.sent[span.start] for span in mentions],
            dict(ents.per_counts),
            sum(ents.per_counts.values()) or 1,
            main_key(ents.per_counts),
            posts,
            {span_value(span, "key") for span in mentions if ents.sent[span.start] == 0},
            given,
            first,
        )


def _start(span: Span) -> int:
    return span.start


def rankable(doc: Doc, phrase: Phrase) -> bool:
    """A post the ranker may give a holder: tied to nobody after the rules, singular (a plural
    one is a group's: NEREL links few), not one the final filters drop (an office; a post of
    someone unnamed, as for every post named again: "один чиновник"), not a superlative's
    title (``superlative``)."""
    if phrase.plural or superlative(doc, phrase):
        return False
    return not unnamed(doc, phrase) and not office_named(doc, phrase)


def nobodys_by_its_words(doc: Doc, phrase: Phrase, ents: Entities) -> bool:
    """A post whose own words say it is no post of a person named around it, whatever its
    candidates (on NEREL train, of the posts the ranker scored, each such class's best pairs
    are right / wrong / on no PROFESSION mostly the last two): an instrumental or a locative
    (``UNRANKED_CASES``: 22 / 13 / 25 and 1 / 0 / 26); a new or future holder's
    (``anaphora.new_holder``: 1 / 6 / 4); a kinship's or a title's (``anaphora.kin_post``,
    ``anaphora.titled``: 5 / 3 / 39); in quotes (``referents.quoted``: 4 / 2 / 40); capitalised
    inside its sentence, a name's part (1 / 3 / 18); after a possessive, someone else's ("его
    адвокат", ``POSSESSIVES``: 1 / 4 / 10); a noun of a relation alone, with no complement
    (``RELATIONAL``: 0 / 1 / 10)."""
    head = doc[phrase.head]
    if case_of(head) in UNRANKED_CASES or quoted(doc, phrase.head, ents):
        return True
    if new_holder(doc, phrase) or kin_post(doc, phrase) or titled(doc, phrase):
        return True
    if not opens_sentence(doc, phrase, ents) and head.text[:1].isupper():
        return True
    if phrase.end == phrase.start + 1 and head_lemma(head) in RELATIONAL:
        return True
    owners = doc[max(phrase.start - 1, 0) : phrase.head]
    return any(fold(t.text) in POSSESSIVES or fold(t.lemma_) in POSSESSIVES for t in owners)


def opens_sentence(doc: Doc, phrase: Phrase, ents: Entities) -> bool:
    """Only punctuation stands before the post in its sentence."""
    sent = ents.sent[phrase.head]
    first = phrase.start
    while first > 0 and ents.sent[first - 1] == sent and doc[first - 1].is_punct:
        first -= 1
    return first == 0 or ents.sent[first - 1] != sent


def superlative(doc: Doc, phrase: Phrase) -> bool:
    """A word before the post's noun in its phrase is a superlative ("Объявление Петрова
    самым ценным игроком", "приз лучшему тренеру"): the post is a ranking's or an award's
    title, seldom a post of a person named elsewhere (NEREL train: 17 such posts reach the
    ranker, 12 with no holder among their candidates)."""
    return any(
        fold(token.lemma_) in SUPERLATIVE_LEMMAS or fold(token.text).startswith(SUPERLATIVE_STEMS)
        for token in doc[phrase.start : phrase.head]
    )


def candidates(doc: Doc, phrase: Phrase, names: Names, ents: Entities) -> dict[str, Span]:
    """The people named within the reach of a post, each by the mention nearest it (one of
    its sentence first, then the last before it, then the first after it); not a person named
    after it in its sentence with no verb between: an apposition's, whom the rules judged
    ("директору компании, помогавшему Ивану Петрову", "Пресс-секретарь Блэр сообщила": no
    holder)."""
    sent = ents.sent[phrase.head]
    lo = bisect_left(names.sents, sent - REACH_BEFORE)
    hi = bisect_right(names.sents, sent + REACH_AFTER)
    found: dict[str, Span] = {}
    judged: set[str] = set()  # people the rules judged for the post: named in an apposition
    for k in range(lo, hi):
        span = names.mentions[k]
        if phrase.start <= span.start < phrase.end:
            continue  # a name inside the phrase ("имени Пушкина") holds no post of it
        if (
            span.start >= phrase.end
            and names.sents[k] == sent
            and not _verb_between(doc, span, phrase)
        ):
            judged.add(span_value(span, "key"))
            continue
        key = span_value(span, "key")
        best = found.get(key)
        if best is None or _nearer(span, best, phrase, ents):
            found[key] = span
    return {key: span for key, span in found.items() if key not in judged}


def _nearer(span: Span, best: Span, phrase: Phrase, ents: Entities) -> bool:
    sent = ents.sent[phrase.head]
    rank = (ents.sent[span.start] != sent, span.start > phrase.head, _distance(span, phrase))
    old = (ents.sent[best.start] != sent, best.start > phrase.head, _distance(best, phrase))
    return rank < old


def _distance(span: Span, phrase: Phrase) -> int:
    if span.end <= phrase.start:
        return phrase.start - span.end
    return max(span.start - phrase.end, 0)


def features(
    doc: Doc,
    phrase: Phrase,
    found: dict[str, Span],
    names: Names,
    ents: Entities,
    model: Model | None = None,
) -> tuple[list[str], numpy.ndarray] | None:
    """The candidates' keys and one row of ``FEATURES`` for each; None when a ``model`` is
    given and no candidate may clear its threshold (``Model.may_clear``), before the ``DEAR``
    features are read."""
    keys, rows = cheap_features(doc, phrase, found, names, ents)
    if model is not None and not model.may_clear(rows):
        return None
    for row, key in zip(rows, keys, strict=True):
        row[DEAR_COLUMNS] = dear_features(doc, phrase, found[key], names, ents)
    return keys, rows


def dear_features(
    doc: Doc, phrase: Phrase, span: Span, names: Names, ents: Entities
) -> list[float]:
    """The ``DEAR`` features of a post and a candidate's mention, in their order: the mention's
    gender against the post's, its case readings, navec's word on the post and the posts the
    candidate holds."""
    lemma = head_lemma(doc[phrase.head])
    post_gender = nominative(doc[phrase.head])[1]
    gender, nominative_case, complement_case = names.facts(doc, span, ents)
    held = names.posts.get(span_value(span, "key"), set())
    found = {
        "holds_akin_post": float(bool(held) and _akin(lemma, frozenset(held))),
        "feminine_post_man": float(post_gender == "femn" and gender == "masc"),
        "masculine_post_woman": float(post_gender == "masc" and gender == "femn"),
        "gender_unknown": float(gender is None),
        "mention_nominative": float(nominative_case),
        "mention_complement": float(complement_case),
        "role_margin": _margin(lemma),
    }
    return [found[name] for name in DEAR]


def cheap_features(
    doc: Doc,
    phrase: Phrase,
    found: dict[str, Span],
    names: Names,
    ents: Entities,
) -> tuple[list[str], numpy.ndarray]:
    """The candidates' keys and one row of ``FEATURES`` for each, its ``DEAR`` features 0."""
    head = doc[phrase.head]
    sent = ents.sent[phrase.head]
    case = case_of(head)
    lemma = head_lemma(head)
    post = post_of(phrase.post or phrase.role)
    before = bisect_left(names.starts, phrase.start)  # mentions starting before the post
    last_before = next(
        (
            span_value(names.mentions[k], "key")
            for k in range(before - 1, -1, -1)
            if names.mentions[k].end <= phrase.start
        ),
        None,
    )
    first_after = next(
        (
            span_value(names.mentions[k], "key")
            for k in range(before, len(names.mentions))
            if names.mentions[k].start >= phrase.end
        ),
        None,
    )
    in_sent = {key for key, span in found.items() if ents.sent[span.start] == sent}
    opens = opens_sentence(doc, phrase, ents)
    prev = doc[phrase.start - 1] if phrase.start else None
    named = named_after(doc, phrase, ents)
    named_key = span_value(named, "key") if named is not None else None
    common = {
        "opens_sentence": float(opens),
        "after_preposition": float(prev is not None and prev.pos_ == "ADP"),
        "state_post": float(post in STATE_POSTS),
        "head_post": float(post in HEAD_POSTS),
        "sentence_names_anybody": float(bool(in_sent)),
        "has_org": float(phrase.org is not None),
        "bare_noun": float(phrase.start == phrase.head and phrase.end == phrase.head + 1),
        "candidates": min(len(found), 6) / 6,
        "listed_noun": float(lemma in role_nouns()),
        "noun_given": float(bool(names.given.get(lemma))),
        "first_of_noun": float(names.first.get(lemma, phrase.head) >= phrase.head),
        "genitive_after_noun": float(case == "Gen" and prev is not None and prev.pos_ == "NOUN"),
    }
    for name in CASES:
        common[f"case_{name}"] = float(case == name)
    common.update(dict.fromkeys(DEAR, 0.0))
    # the row's common columns once; each candidate's own (``OWN``, in its order) set on a copy
    base = [0.0 if name in OWN_SET else common[name] for name in FEATURES]
    keys, rows = [], []
    for key, span in found.items():
        distance = ents.sent[span.start] - sent
        after = span.start > phrase.head
        between = _others_between(span, phrase, names, key)
        verb = distance == 0 and _verb_between(doc, span, phrase)
        held = names.posts.get(key, set())
        own = (
            float(distance == 0),  # same_sentence
            float(distance == -1),  # sentence_before_1
            float(distance == -2),  # sentence_before_2
            float(distance <= -3),  # sentence_before_3
            float(after),  # after
            min(math.log1p(_distance(span, phrase)), 6.0) / 6,  # token_distance
            min(between, 3) / 3,  # others_between
            float(key == last_before),  # last_named_before
            float(key == first_after),  # first_named_after
            float(key == names.topic),  # main_person
            names.counts.get(key, 0) / names.total,  # mention_share
            min(math.log1p(names.counts.get(key, 0)), 3.0) / 3,  # mentions
            float(bool(held)),  # holds_post
            float(lemma in held),  # holds_same_post
            float(bool(in_sent - {key})),  # sentence_names_others
            float(key in names.headline),  # in_headline
            float(distance == 0 and key == last_before),  # same_sentence_last_before
            float(key == names.topic and key == last_before),  # main_last_before
            float(key == names.topic and not in_sent),  # main_no_one_in_sentence
            float(bool(names.given.get(lemma, set()) - {key})),  # noun_given_other
            float(_first_in_sentence(span, names, ents)),  # first_named_in_its_sentence
            float(named_key is not None and named_key != key),  # name_after_is_other
            float(named_key == key),  # name_after_is_candidate
            float(verb),  # verb_between
            float(verb and after),  # verb_between_after
        )
        row = base.copy()
        for column, value in zip(OWN_COLUMNS, own, strict=True):
            row[column] = value
        keys.append(key)
        rows.append(row)
    return keys, numpy.asarray(rows, dtype=float).reshape(len(rows), len(FEATURES))


def _verb_between(doc: Doc, span: Span, phrase: Phrase) -> bool:
    """A verb or participle stands between a mention and a post of its sentence: the name is
    the verb's, not the post's ("директору компании, помогавшему Ивану Петрову")."""
    lo, hi = (phrase.end, span.start) if span.start >= phrase.end else (span.end, phrase.start)
    return any(token.pos_ in VERBS for token in doc[lo:hi])


def _first_in_sentence(span: Span, names: Names, ents: Entities) -> bool:
    """No other name opens before the mention in its sentence."""
    k = bisect_left(names.starts, span.start)
    return k == 0 or names.sents[k - 1] != ents.sent[span.start]


@lru_cache(maxsize=20_000)
def _akin(lemma: str, held: frozenset[str]) -> bool:
    """``anaphora.akin`` of a post noun and the nouns of a person's posts, read once per pair."""
    return akin(lemma, set(held))


@lru_cache(maxsize=5_000)
def _margin(lemma: str) -> float:
    """``words.role_margin`` clipped to [-1, 1] (0 with no vector)."""
    margin = role_margin(lemma)
    return 0.0 if margin is None else max(-1.0, min(1.0, margin * 5))


def _others_between(span: Span, phrase: Phrase, names: Names, key: str) -> int:
    """How many other people are named between a mention and a post."""
    lo, hi = (span.end, phrase.start) if span.end <= phrase.start else (phrase.end, span.start)
    a, b = bisect_left(names.starts, lo), bisect_left(names.starts, hi)
    return len({span_value(names.mentions[k], "key") for k in range(a, b)} - {key})


def pairs(
    doc: Doc,
    attached: list[tuple[Phrase, Span | None]],
    ents: Entities,
    model: Model | None = None,
) -> Iterable[tuple[Phrase, dict[str, Span], list[str], numpy.ndarray]]:
    """Each post the ranker may give a holder (``rankable``, not ``nobodys_by_its_words``, not a
    span a rule gave someone: ``pointed_posts`` gives a copy of a post), with its candidates,
    their keys and features; with a ``model``, only the posts some candidate of which may clear
    its threshold."""
    names: Names | None = None
    held: set[tuple[int, int]] | None = None  # the spans of posts the rules gave someone
    for phrase, person in attached:
        if person is not None or not rankable(doc, phrase):
            continue
        if held is None:
            held = {(other.start, other.end) for other, someone in attached if someone is not None}
        if (phrase.start, phrase.end) in held or nobodys_by_its_words(doc, phrase, ents):
            continue  # a rule gave its copy a holder ("президенту. Он занимал этот пост")
        if names is None:
            names = Names.of(ents, attached, doc)
        found = candidates(doc, phrase, names, ents)
        if found:
            made = features(doc, phrase, found, names, ents, model)
            if made is not None:
                yield phrase, found, *made


def give_holders(
    doc: Doc,
    attached: list[tuple[Phrase, Span | None]],
    ents: Entities,
    model: Model | None = None,
) -> list[tuple[Phrase, Span | None]]:
    """The attached phrases with each post tied to nobody given its best-scored candidate,
    when that score is at least the model's threshold."""
    if all(person is not None for _, person in attached):
        return attached
    model = model or load_model()
    given: dict[int, tuple[Phrase, Span]] = {}
    for phrase, found, keys, rows in pairs(doc, attached, ents, model):
        scores = model.scores(rows)
        best = int(numpy.argmax(scores))
        if scores[best] >= model.threshold:
            given[id(phrase)] = (replace(phrase, how=HOW), found[keys[best]])
    if not given:
        return attached
    return [given.get(id(phrase), (phrase, person)) for phrase, person in attached]

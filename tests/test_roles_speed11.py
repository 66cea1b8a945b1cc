"""Roles, session 11 (speed11): ``phrases.py`` split into its parts, and the scan of
``find_phrases`` passing over a verb known to name no post unless its lemma heads an org
(``phrases.head_verb``, asked by the lemma's id: no token is built for the verb).

The cases pin what the stage gave before the change: a verb of heading an org whose ids
``words.post_word`` has already judged (no post) still makes its phrase; a verb of no such
lemma, judged or not, makes none; the same word read twice (a verb in two forms of one lemma,
a post in two cases) gives the same phrases as read once.
"""

from __future__ import annotations

import pytest
import spacy

from ruextract.roles import edges, org_kinds, phrases, quotes, words
from tests.conftest import labelled_role_rows as rows

LAVROV = ("Сергей Лавров", "глава", "возглавляет МИД России", "МИД России", "ORG", "current")
SHOIGU = ("Сергей Шойгу", "глава", "возглавлял Минобороны", "Минобороны", "ORG", "current")


def verb_phrases(doc) -> list[tuple[str, str, bool]]:
    found = phrases.find_phrases(doc, phrases.Entities.of(doc))
    return [(doc[p.start : p.end].text, p.role, p.by_verb) for p in found]


CASES = {
    "a verb of heading an org": (
        "Сергей Лавров возглавляет МИД России.",
        [LAVROV],
    ),
    "one lemma in two forms, both phrases": (
        "Сергей Лавров возглавляет МИД России, а Сергей Шойгу возглавлял Минобороны.",
        [LAVROV, SHOIGU],
    ),
    "a participle of the verb": (
        "Эльвира Набиуллина, возглавляющая Центробанк, выступила в Москве.",
        [
            (
                "Эльвира Набиуллина",
                "глава",
                "возглавляющая Центробанк",
                "Центробанк",
                "ORG",
                "current",
            )
        ],
    ),
    "a post in two cases": (
        "Министр обороны Сергей Шойгу встретился с министром обороны Китая Вэй Фэнхэ.",
        [
            ("Сергей Шойгу", "министр обороны", "Министр обороны", None, None, "current"),
            (
                "Вэй Фэнхэ",
                "министр обороны",
                "министром обороны Китая",
                "Китай",
                "COUNTRY",
                "current",
            ),
        ],
    ),
}

CASES_MUST_NOT_MATCH = {
    "another verb of leading": "Сергей Лавров руководит МИД России.",
    "a verb of heading with no org after it": "Сергей Лавров возглавил делегацию.",
}


@pytest.mark.parametrize(("text", "expected"), CASES.values(), ids=CASES.keys())
def test_roles_speed11_rows(parse, text, expected):
    assert rows(parse(text)) == expected


@pytest.mark.parametrize("text", CASES_MUST_NOT_MATCH.values(), ids=CASES_MUST_NOT_MATCH.keys())
def test_roles_speed11_no_rows(parse, text):
    assert rows(parse(text)) == []


def judged(doc) -> None:
    """Every verb of ``doc`` judged by ``post_word`` first (no post), as a word read before."""
    for token in doc:
        if token.pos_ == "VERB":
            assert words.post_word(token) is False
            key = (token.lemma, token.orth, token.pos, token.morph.key)
            assert words.known_no_post(key) is True


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Сергей Лавров возглавляет МИД России.", [("возглавляет МИД России", "глава", True)]),
        (
            "Сергей Лавров возглавляет МИД России, а Сергей Шойгу возглавлял Минобороны.",
            [("возглавляет МИД России", "глава", True), ("возглавлял Минобороны", "глава", True)],
        ),
        ("Сергей Лавров руководит МИД России.", []),
    ],
    ids=["head verb judged", "head verb in two forms judged", "other verb judged"],
)
def test_roles_speed11_judged_verb_still_heads(parse, text, expected):
    doc = parse(text)
    before = verb_phrases(doc)
    judged(doc)
    assert verb_phrases(doc) == before == expected


@pytest.mark.parametrize(
    ("lemma", "expected"),
    [("возглавлять", True), ("возглавить", True), ("ВОЗГЛАВЛЯТЬ", True),
     ("руководить", False), ("возглавил", False), ("глава", False)],
)  # fmt: skip
def test_roles_speed11_head_verb_by_lemma_id(lemma, expected):
    phrases._HEAD_VERB_IDS.clear()  # what is computed, not what an earlier test left
    strings = spacy.blank("ru").vocab.strings
    other = strings.add("руководить")
    assert phrases.head_verb(other, strings) is False  # a lemma asked before changes nothing
    assert phrases.head_verb(strings.add(lemma), strings) is expected
    assert phrases.head_verb(strings.add(lemma), strings) is expected  # asked again: the same


def test_roles_speed11_phrases_reexports_its_parts():
    """What other modules, tests and the mutation targets read from ``phrases`` is the
    function of the part it moved to (one object: a mutant of the part is what they run)."""
    assert phrases.org_kind is org_kinds.org_kind
    assert phrases.state_post is org_kinds.state_post
    assert phrases.personal is org_kinds.personal
    assert phrases._named is org_kinds._named
    assert phrases.closing_quote is quotes.closing_quote
    assert phrases.left_edge is edges.left_edge
    assert phrases.ACTING_WORDS is edges.ACTING_WORDS


def test_roles_speed11_head_verb_reads_each_lemma_once():
    """``head_verb`` judges a lemma id once and then reads its answer (the scan asks it for
    every verb known to name no post): an answer kept for an id is what it gives."""
    phrases._HEAD_VERB_IDS.clear()
    strings = spacy.blank("ru").vocab.strings
    lead = strings.add("руководить")
    assert phrases.head_verb(lead, strings) is False
    assert phrases._HEAD_VERB_IDS == {lead: False}
    phrases._HEAD_VERB_IDS[lead] = True  # as if judged so before
    assert phrases.head_verb(lead, strings) is True
    phrases._HEAD_VERB_IDS.clear()

"""Cases that kill the surviving mutants of session 12's roles rules (session 12, tests only).

Targets of ``benchmarks/mutation.py``: roles_s12_again12_referents (``referents.same_post_named``),
roles_s12_again12_subjects (``subjects.aged``, ``work_post``, ``possessor``), roles_s12_fields12
(``fields.relative_org`` and a post's genitive name), roles_s12_fields12_places
(``places.country_led``, ``named_place``) and roles_s12_fields12_status (``status.past_period``,
``deprived``). Cases go through the public pipeline (``tables.roles``) where it tells the two
sides of a mutant's condition apart, else the rule function is read on its own inputs. A case
that shows a bug is ``xfail(strict=True)`` with the reason: no rule is changed here.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from ruextract import tables
from ruextract.roles.phrases import Entities, Phrase
from ruextract.roles.places import country_led, named_place
from ruextract.roles.status import deprived, past_period

# (key, role, role_text, org, status)
Row = tuple[str, str, str, str | None, str]


def rows(doc) -> list[Row]:
    return [(r.key, r.role, r.text, r.org, r.status) for r in tables.roles(doc)]


# ---------------------------------------------------------------------------------------------
# roles_s12_fields12_places: places.country_led on a mention's (text, part of speech) words

CASES_COUNTRY_LED = {
    # a country's name of two words whose first word alone names no country
    "a one-word country and an adverb: «России сегодня»": (
        (("России", "PROPN"), ("сегодня", "ADV")),
        True,
    ),
    # must not: a country's full name whose first two words name it too
    "the country's full name, its start a country too": (
        (("Соединённых", "ADJ"), ("Штатов", "PROPN"), ("Америки", "PROPN")),
        False,
    ),
}


@pytest.mark.parametrize("words, led", CASES_COUNTRY_LED.values(), ids=CASES_COUNTRY_LED.keys())
def test_country_led(words, led):
    assert country_led(words) is led


# places.named_place on made mentions: the label and the start of the mention the word is in
# ("министра финансов земли Гессен": "Гессен" a LOC of its own)
def placed(label: str | None, start: int) -> tuple[Doc, Entities]:
    """ "земли Северный Рейн", a mention of ``label`` from ``start`` to the end (none: None)."""
    doc = Doc(Vocab(), words=["земли", "Северный", "Рейн"])
    place = {} if label is None else {i: Span(doc, start, 3, label=label) for i in range(start, 3)}
    return doc, Entities(per={}, place=place, sent=[0] * len(doc))


CASES_NAMED_PLACE = {
    "a LOC it opens": ("LOC", 1, True),
    "a country it opens": ("COUNTRY", 1, False),
    "an org it opens": ("ORG", 1, False),
    "inside a LOC it does not open": ("LOC", 0, False),
    "no mention": (None, 1, False),
}


@pytest.mark.parametrize(
    "label, start, named", CASES_NAMED_PLACE.values(), ids=CASES_NAMED_PLACE.keys()
)
def test_named_place(label, start, named):
    doc, ents = placed(label, start)
    assert named_place(doc[1], ents) is named


# ---------------------------------------------------------------------------------------------
# roles_s12_fields12_status: status.deprived and status.past_period through the pipeline

PETROV = "Иван Петров"

CASES_STATUS = {
    # a rank's adjective between the verb and its noun, no "бывшего" to make it former anyway
    "'лишил духовного сана', past the adjective": (
        "Папа лишил духовного сана кардинала Ивана Петрова.",
        [(PETROV, "кардинал", "кардинала", None, "former")],
    ),
    # must not: a genitive after "лишил" that is no rank's noun
    "'лишил лицензии' is no rank taken away": (
        "Суд лишил лицензии адвоката Ивана Петрова.",
        [(PETROV, "адвокат", "адвоката", None, "current")],
    ),
    # must not: a finite verb of taking away not in the past
    "'лишит сана', the future": (
        "Патриарх лишит сана священника Ивана Петрова.",
        [(PETROV, "священник", "священника", None, "current")],
    ),
    # must not: a plural noun of time after "за", not "в"
    "'за девяностые годы' is no past span after 'в'": (
        f"За девяностые годы {PETROV} был министром.",
        [(PETROV, "министр", "министром", None, "current")],
    ),
    "'в студенческие времена': no noun 'год'": (
        f"В студенческие времена {PETROV} был министром.",
        [(PETROV, "министр", "министром", None, "current")],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_STATUS.values(), ids=CASES_STATUS.keys())
def test_status_s12(parse, text, expected):
    assert rows(parse(text)) == expected


# status.past_period on the word read, where the pipeline's other rules hide the difference
CASES_PAST_PERIOD = {
    "a time word opening the text": ("Годы шли, он был министром", "Годы", False),
    "a decade opening the text, no 'в'": ("Девяностые годы он был министром", "годы", False),
    "a stretch of life by a noun other than 'год'": (
        "в студенческие времена был",
        "времена",
        False,
    ),
    "a decade after 'за'": ("за девяностые годы был", "годы", False),
}


@pytest.mark.parametrize(
    "text, word, expected", CASES_PAST_PERIOD.values(), ids=CASES_PAST_PERIOD.keys()
)
def test_past_period_s12(parse, text, word, expected):
    doc = parse(text)
    (token,) = [t for t in doc if t.text == word]
    assert past_period(doc, token) is expected


# status.deprived on made tokens: the tagger reads "лишённый" as an adjective and "звания" after
# "лишил" as an accusative, so only made tokens show the passive participle and the genitive
def taking(words: list[tuple[str, str, str, str]]) -> tuple[Doc, Phrase]:
    """A doc of (word, lemma, part of speech, morph) whose last word is the post read."""
    doc = Doc(
        Vocab(),
        words=[w[0] for w in words],
        lemmas=[w[1] for w in words],
        pos=[w[2] for w in words],
        morphs=[w[3] for w in words],
    )
    n = len(doc) - 1
    return doc, Phrase(start=n, end=n + 1, head=n, role=doc[n].lemma_, status="current")


PAST_PASSIVE = "Aspect=Perf|Tense=Past|VerbForm=Part|Voice=Pass"
PAST_FINITE = "Aspect=Perf|Tense=Past|VerbForm=Fin|Voice=Act"
RANK_GEN = "Animacy=Inan|Case=Gen|Gender=Neut|Number=Sing"
POST_GEN = "Animacy=Anim|Case=Gen|Gender=Masc|Number=Sing"
COLONEL = ("полковника", "полковник", "NOUN", POST_GEN)

CASES_DEPRIVED = {
    "a passive participle and a genitive rank": (
        [("лишён", "лишить", "VERB", PAST_PASSIVE), ("звания", "звание", "NOUN", RANK_GEN),
         COLONEL],
        True,
    ),
    "an active participle is no verb of the rank taken": (
        [("лишивший", "лишить", "VERB", "Aspect=Perf|Tense=Past|VerbForm=Part|Voice=Act"),
         ("звания", "звание", "NOUN", RANK_GEN), COLONEL],
        False,
    ),
    "a finite past verb, the rank's adjective between": (
        [("лишил", "лишить", "VERB", PAST_FINITE),
         ("воинского", "воинский", "ADJ", "Case=Gen|Gender=Neut|Number=Sing"),
         ("звания", "звание", "NOUN", RANK_GEN), COLONEL],
        True,
    ),
    # the rank's noun in the nominative's form ("сан"), though tagged an accusative
    "an inanimate accusative in the nominative's form": (
        [("лишил", "лишить", "VERB", PAST_FINITE),
         ("сан", "сан", "NOUN", "Animacy=Inan|Case=Acc|Gender=Masc|Number=Sing"), COLONEL],
        False,
    ),
}  # fmt: skip


@pytest.mark.parametrize("words, former", CASES_DEPRIVED.values(), ids=CASES_DEPRIVED.keys())
def test_deprived_on_made_tokens(words, former):
    assert deprived(*taking(words)) is former

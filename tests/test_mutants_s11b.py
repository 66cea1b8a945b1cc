"""Cases that kill the surviving mutants of session 11's roles rules (tests only).

Targets of ``benchmarks/mutation.py``: roles_s11_again11_headlines
(``roles.headlines.body_holders``: a headline's post goes to the one person the body gives it
by any rule but the main person's by default) and roles_s11_again11_clause_posts
(``roles.clause_posts.last_post_before``: the post "этот пост" points back at). Most cases go
through the public pipeline (``tables.roles``): a Russian sentence or short article of news
shape and the exact rows, with a case on the other side of the condition a mutant changes. The
rule each headline post was given by (``Phrase.how``), which no row shows, is read on the
output of :func:`~ruextract.roles.headlines.headline_posts` (``body_holders`` is its last
step), its input made as ``find_roles`` makes it (keep it in step). A case that shows a bug is
``xfail(strict=True)`` with the reason: no rule is changed here.
"""

from __future__ import annotations

import pytest

from ruextract import tables
from ruextract.roles.agreement import where_held
from ruextract.roles.anaphora import resolve_again
from ruextract.roles.headlines import headline_posts
from ruextract.roles.linking import attach
from ruextract.roles.phrases import Entities, find_phrases
from ruextract.roles.referents import named_again
from tests.conftest import RoleRow as Row
from tests.conftest import role_rows as rows

# ---------------------------------------------------------------------------------------------
# roles_s11_again11_headlines: headlines.body_holders


def arrest(headline: str, body_post: str) -> str:
    """A short article: ``headline``, a subheading, a lead naming ``body_post`` before anyone
    (the body's post ``named_first_after`` gives the lead's first name) and the name."""
    return (
        f"{headline}\nАрест в столице\n13 января в Москве был задержан {body_post}, которого "
        "подозревают во взятке.\n\nПо данным СМИ, 51-летний Иван Петров находился в Москве "
        "вместе с женой. Иван Петров отрицает вину.\n"
    )


PETROV = "Иван Петров"

# (key, role, role_text, org, status, (org_start is None, org_stop is None))
OrgRow = tuple[str, str, str, str | None, str, tuple[bool, bool]]
OFFSETS = (False, False)  # the place is named in the post's own sentence
NO_OFFSETS = (True, True)  # no place, or one taken from another sentence

CASES_HEADLINE_ORG: dict[str, tuple[str, list[OrgRow]]] = {
    # the headline's post with no place takes the body's holder's place, pointed at by no
    # offsets (it is named in another sentence)
    "headline post with no place, the body's with one": (
        arrest("В Москве задержан министр", "министр финансов Чечни"),
        [
            (PETROV, "министр", "министр", "Чечня", "current", NO_OFFSETS),
            (PETROV, "министр финансов", "министр финансов Чечни", "Чечня", "current", OFFSETS),
        ],
    ),
    # must not: the headline's post keeps its own place when the body's has none
    "headline post with a place, the body's with none": (
        arrest("В Москве задержан министр Чечни", "министр финансов"),
        [
            (PETROV, "министр", "министр Чечни", "Чечня", "current", OFFSETS),
            (PETROV, "министр финансов", "министр финансов", None, "current", NO_OFFSETS),
        ],
    ),
    # must not: both name the same place: the headline's keeps its own offsets
    "headline post and the body's with the same place": (
        arrest("В Москве задержан министр Чечни", "министр финансов Чечни"),
        [
            (PETROV, "министр", "министр Чечни", "Чечня", "current", OFFSETS),
            (PETROV, "министр финансов", "министр финансов Чечни", "Чечня", "current", OFFSETS),
        ],
    ),
    # must not: neither has a place
    "no place in the headline nor in the body": (
        arrest("В Москве задержан министр", "министр финансов"),
        [
            (PETROV, "министр", "министр", None, "current", NO_OFFSETS),
            (PETROV, "министр финансов", "министр финансов", None, "current", NO_OFFSETS),
        ],
    ),
}


@pytest.mark.parametrize(
    "text, expected", CASES_HEADLINE_ORG.values(), ids=CASES_HEADLINE_ORG.keys()
)
def test_body_holders_place(parse, text, expected):
    got = [
        (r.key, r.role, r.text, r.org, r.status, (r.org_start is None, r.org_stop is None))
        for r in tables.roles(parse(text))
    ]
    assert got == expected


def headline_hows(doc) -> list[tuple[str, str, str | None]]:
    """Each phrase ``headline_posts`` returns: its text, the rule that gave it and its
    holder."""
    ents = Entities.of(doc)
    attached = [
        (where_held(doc, phrase, person, ents), person)
        for phrase, person in resolve_again(doc, attach(doc, find_phrases(doc, ents), ents), ents)
    ]
    return [
        (doc[p.start : p.end].text, p.how, person and person._.key)
        for p, person in headline_posts(doc, named_again(doc, attached, ents), ents)
    ]


CASES_HEADLINE_HOW = {
    # the headline's post is given by "headline"; the body's post it was matched to keeps the
    # rule that gave it ("ahead_of_name": named before anyone)
    "headline post given, the body's post unchanged": (
        arrest("В Москве задержан министр", "министр финансов Чечни"),
        [
            ("министр", "headline", PETROV),
            ("министр финансов Чечни", "ahead_of_name", PETROV),
        ],
    ),
    # must not: a headline post already held ("ahead_of_name": named before the first name,
    # two sentences on) keeps its rule when another headline post (the victim's) is left unheld
    "a held headline post beside an unheld one": (
        "Программист ударил полицейского\nИнцидент произошёл в Москве. 51-летний Иван Петров "
        "задержан. Он отрицает вину.\n",
        [("Программист", "ahead_of_name", PETROV), ("полицейского", "", None)],
    ),
    # must not: the body gives no post of the headline's noun, nobody holds it
    "headline post of another noun": (
        arrest("В Москве задержан чиновник", "министр финансов Чечни"),
        [
            ("чиновник", "", None),
            ("министр финансов Чечни", "ahead_of_name", PETROV),
        ],
    ),
}


@pytest.mark.parametrize(
    "text, expected", CASES_HEADLINE_HOW.values(), ids=CASES_HEADLINE_HOW.keys()
)
def test_body_holders_how(parse, text, expected):
    assert headline_hows(parse(text)) == expected


# ---------------------------------------------------------------------------------------------
# roles_s11_again11_clause_posts: clause_posts.last_post_before

SIDOROV_NOW = " Сейчас этот пост занимает Сергей Сидоров."
SIDOROV = "Сергей Сидоров"
ACTING = "исполняющим обязанности министра финансов"


def finance(text: str) -> tuple[str, str, None, str]:
    """The role, role text, org and status of a finance minister's post written ``text``."""
    return ("министр финансов", text, None, "current")


PM = "Основная власть принадлежит премьер-министру."
MITSOTAKIS = ("Кириакос Мицотакис", "премьер-министр", "премьер-министру", None, "current")

CASES_POINTED: dict[str, tuple[str, list[Row]]] = {
    # a held post a copula gave, in no instrumental and after no post word
    "a copula's post in the genitive": (
        "Иван Петров назначен исполняющим обязанности министра финансов." + SIDOROV_NOW,
        [
            (PETROV, "министр финансов", ACTING, None, "acting"),
            (SIDOROV, *finance(ACTING)),
        ],
    ),
    # a held post right after a post word ("на посту"), given by no copula
    "a held post after на посту": (
        "На посту министра финансов Иван Петров провел реформу." + SIDOROV_NOW,
        [(PETROV, *finance("министра финансов")), (SIDOROV, *finance("министра финансов"))],
    ),
    # a held instrumental post, given by no copula, after a preposition
    "a held instrumental post after с": (
        "Владимир Путин встретился с министром финансов Иваном Петровым." + SIDOROV_NOW,
        [(PETROV, *finance("министром финансов")), (SIDOROV, *finance("министром финансов"))],
    ),
    # must not: a held nominative post before its name, no post word before it
    "a held nominative post": (
        "Министр финансов Иван Петров выступил в Думе." + SIDOROV_NOW,
        [(PETROV, *finance("Министр финансов"))],
    ),
    # must not: a held post after a dash
    "a held post after a dash": (
        "Иван Петров — министр финансов России." + SIDOROV_NOW,
        [(PETROV, "министр финансов", "министр финансов России", "Россия", "current")],
    ),
    # an unheld post of no copula, no post word, in the dative: no one's yet
    "an unheld dative post": (
        f"{PM} Сейчас этот пост занимает Кириакос Мицотакис.",
        [MITSOTAKIS],
    ),
    # must not: a post after "этот пост", also one a copula gave, is not pointed back at
    "a copula's post after этот пост": (
        f"{PM} Сейчас этот пост занимает Кириакос Мицотакис, а министром финансов стал Иван "
        "Петров.",
        [(PETROV, *finance("министром финансов")), MITSOTAKIS],
    ),
    # a post two sentences back is out of reach, and passed over for the one in reach
    "a held post two sentences back, an unheld one in reach": (
        f"Министр финансов Антон Силуанов прибыл в Китай. {PM} Сейчас этот пост занимает "
        "Кириакос Мицотакис.",
        [("Антон Силуанов", *finance("Министр финансов")), MITSOTAKIS],
    ),
    # one post tied to two people (the successor and the one succeeded): the first entry's
    "a post tied to the one succeeded and the successor": (
        "Иван Петров сменил на посту министра финансов Сергея Сидорова. Ранее этот пост "
        "занимал Олег Иванов.",
        [
            (SIDOROV, "министр финансов", "министра финансов", None, "former"),
            ("Олег Иванов", "министр финансов", "министра финансов", None, "former"),
            (PETROV, *finance("министра финансов")),
        ],
    ),
    # must not: a plural post is no one post
    "an unheld plural post": (
        "Основная власть принадлежит премьер-министрам. Сейчас этот пост занимает Кириакос "
        "Мицотакис.",
        [],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_POINTED.values(), ids=CASES_POINTED.keys())
def test_last_post_before(parse, text, expected):
    assert rows(parse(text)) == expected


# clause_posts.earlier_clause: "ранее" in the clause of "этот пост" makes its holder former
REFORM = "На посту министра финансов Иван Петров провел реформу."
CASES_POINTED_EARLIER = {
    "'Ранее этот пост занимал'": (f"{REFORM} Ранее этот пост занимал Сергей Сидоров.", "former"),
    "'Ранее' before the name and the verb": (
        f"{REFORM} Ранее Сергей Сидоров занимал этот пост.",
        "former",
    ),
    # must not: "ранее" of another clause, past a comma
    "'ранее' of the clause before a comma": (
        f"{REFORM} Ранее он работал в банке, а сейчас этот пост занимает Сергей Сидоров.",
        "current",
    ),
}


@pytest.mark.parametrize(
    "text, status", CASES_POINTED_EARLIER.values(), ids=CASES_POINTED_EARLIER.keys()
)
def test_pointed_holder_earlier(parse, text, status):
    assert rows(parse(text))[-1] == (SIDOROV, "министр финансов", "министра финансов", None, status)

"""Mutation tests for session 13's roles code no mutation run had covered (issue 15).

Targets of ``benchmarks/mutation.py`` (tests only, no rule changed): roles_s14_groups13
(``roles.groups``: names joined into a group; ``anaphora.named_group``: the plural post that
stands for them; ``anaphora.akin`` with its bound), roles_s14_referents
(``referents.form_gender`` and the marked-post functions that read it, ``ahead.AGE``) and
roles_s14_at_place (``places.at_place``). Each case is a sentence through the pipeline and its
exact rows, but ``form_gender``'s table of words and the readings pymorphy3 gives them. One
bug the mutants showed, pinned as a strict xfail, is fixed (``BUGS_MARKED``, bugs14).
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from ruextract import tables
from ruextract.roles.referents import form_gender
from tests.conftest import RoleRow as Row
from tests.conftest import role_rows as rows
from tests.test_roles_groups13 import (
    ARTIST_ROWS,
    EXHIBITION,
    ORLOV,
    PETROV,
    PROFESSOR_ROWS,
    PROFESSORS,
    SMIRNOV,
    TWO_PROFESSORS,
)

SHOW = "Художники покажут около ста работ."


def each(names: list[str], role: str, text: str) -> list[Row]:
    return [(name, role, text, None, "current") for name in names]


def artists(text: str = "Художники") -> list[Row]:
    return ARTIST_ROWS + each([PETROV, SMIRNOV], "художник", text)


CASES_GROUPS = {
    # named_group: a post's words before it are read from the word right before it on, not
    # two words back ("2015" is no count of the artists)
    "a year two words before the post": (
        f"{EXHIBITION} В 2015 году художники покажут около ста работ.",
        artists("художники"),
    ),
    # must not: a quantity tagged a numeral but written in no digits ("несколько")
    "several scientists after three professors": (
        f"{PROFESSORS} Несколько учёных поддержали решение жюри.",
        PROFESSOR_ROWS,
    ),
    # a determiner inside the post's phrase is no modifier of a kind
    "these artists": (
        f"{EXHIBITION} Эти художники покажут около ста работ.",
        artists("Эти художники"),
    ),
    # must not: a post with a complement of one word (its own org)
    "scientists of one university": (
        f"{PROFESSORS} Учёные МГУ поддержали решение жюри.",
        PROFESSOR_ROWS,
    ),
    # must not: a proper noun right after the post, outside its phrase (the post may be
    # someone else's: "учёные Стокгольму")
    "a place's name right after the post": (
        f"{TWO_PROFESSORS} Медали учёные Стокгольму возвращать не станут.",
        PROFESSOR_ROWS[:2],
    ),
    # a post ending the text: nothing after it to read
    "a count word and the post end the text": (
        f"{TWO_PROFESSORS} Премию поровну разделят оба учёных",
        PROFESSOR_ROWS[:2] + each([PETROV, SMIRNOV], "ученый", "учёных"),
    ),
    # the group's last name right before the post, no comma between
    "the group right before the post": (
        "Скульптор Иван Петров приехал в Киев. Живописец Олег Смирнов прилетел из Львова. По "
        "словам Петрова и Смирнова художники покажут около ста работ.",
        [
            (PETROV, "скульптор", "Скульптор", None, "current"),
            (SMIRNOV, "живописец", "Живописец", None, "current"),
            *each([PETROV, SMIRNOV], "художник", "художники"),
        ],
    ),
    # the reach counts sentences back from the post's (the group in the second sentence)
    "the group in the sentence before, not the first": (
        "Выставка открылась в Киеве. В ней участвуют скульптор Иван Петров и живописец Олег "
        f"Смирнов. {SHOW}",
        [
            (PETROV, "скульптор", "скульптор", None, "current"),
            (SMIRNOV, "живописец", "живописец", None, "current"),
            *each([PETROV, SMIRNOV], "художник", "Художники"),
        ],
    ),
    # someone else named before the group, not between it and the post
    "another person named before the group": (
        f"Премию вручил Андрей Орлов. {EXHIBITION} {SHOW}",
        artists(),
    ),
    # a member with no post of his own: the others' posts decide
    "a member with no post": (
        "Премию получили профессор Кембриджского университета Иван Петров, профессор МГУ Олег "
        "Смирнов и Андрей Орлов. Исследования были проведены учёными ещё в девяностые годы.",
        PROFESSOR_ROWS[:2] + each([PETROV, SMIRNOV, ORLOV], "ученый", "учёными"),
    ),
    # must not: GROUP_COSINE from below; "тренеры" is .49 to "вратарь" in navec, under .5
    "two goalkeepers, then coaches": (
        "В матче встретились вратарь «Спартака» Иван Петров и вратарь ЦСКА Олег Смирнов. "
        "Тренеры остались недовольны игрой.",
        [
            (PETROV, "вратарь", "вратарь «Спартака»", "Спартак", "current"),
            (SMIRNOV, "вратарь", "вратарь ЦСКА", "ЦСКА", "current"),
        ],
    ),
    # coordinations: one member named alone after the group is no group of its own, whether
    # another name follows or not
    "a member named alone after the group": (
        f"{EXHIBITION} Петров родился во Львове. {SHOW}",
        artists(),
    ),
    "a member named alone, another name after the post": (
        f"{EXHIBITION} Петров родился во Львове. {SHOW} Выставку открыл Андрей Орлов.",
        artists(),
    ),
    # joined: brackets inside brackets between two names
    "nested brackets between the names": (
        "Премию по химии получили профессор Иван Петров (Кембриджский университет "
        "(Великобритания)) и профессор Олег Смирнов (МГУ). Исследования были проведены учёными "
        "ещё в девяностые годы.",
        [
            (PETROV, "профессор", "профессор", None, "current"),
            (SMIRNOV, "профессор", "профессор", None, "current"),
            *each([PETROV, SMIRNOV], "ученый", "учёными"),
        ],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_GROUPS.values(), ids=CASES_GROUPS.keys())
def test_mutants_s14_groups(parse, text, expected):
    assert rows(parse(text)) == expected


# (key, role, org, org_label, org_key, status, the text of org_start..org_stop)
PlaceRow = tuple[str, str, str | None, str | None, str | None, str, str | None]


def place_rows(doc: Doc) -> list[PlaceRow]:
    return [
        (r.key, r.role, r.org, r.org_label, r.org_key, r.status,
         None if r.org_start is None else doc.text[r.org_start : r.org_stop])
        for r in tables.roles(doc)
    ]  # fmt: skip


GOVERNOR_ROWS: list[PlaceRow] = [
    (PETROV, "губернатор", "Приморский край", "LOC", None, "current", "Приморского края"),
    (SMIRNOV, "губернатор", "Хабаровский край", "LOC", None, "current", "Хабаровского края"),
]
SURGEON_ROWS: list[PlaceRow] = [
    (PETROV, "хирург", "Институт Склифосовского", "ORG", None, "current",
     "Института Склифосовского"),
]  # fmt: skip


CASES_AT_PLACE = {
    # at_place: every org field from the place's mention, its offsets the mention's
    # (anaphora.country_before: the one country the head of state's sentence names)
    "a country named before a head of state": (
        "Власти Малави подтвердили сообщения о смерти президента Ивана Петрова.",
        [(PETROV, "президент", "Малави", "COUNTRY", "MW", "current", "Малави")],
    ),
    # lists.with_place_before: each holder's place from the list of places
    "two ministers of two countries": (
        "Министры иностранных дел России и Китая Иван Петров и Олег Смирнов провели переговоры.",
        [
            (PETROV, "министр иностранных дел", "Россия", "COUNTRY", "RU", "current", "России"),
            (SMIRNOV, "министр иностранных дел", "Китай", "COUNTRY", "CN", "current", "Китая"),
        ],
    ),
    "governors after a dash, each region before its name": (
        "На встрече выступили губернаторы — Приморского края Иван Петров и Хабаровского края "
        "Олег Смирнов.",
        GOVERNOR_ROWS,
    ),
    # agreement.where_held: an org after "из" right past the holder's name
    "a surgeon from an institute": (
        "Хирург Иван Петров из Института Склифосовского провёл операцию.",
        SURGEON_ROWS,
    ),
}


@pytest.mark.parametrize("text, expected", CASES_AT_PLACE.values(), ids=CASES_AT_PLACE.keys())
def test_mutants_s14_at_place(parse, text, expected):
    assert place_rows(parse(text)) == expected


FORMS = {
    # form_gender: the last hyphenated part is read (pymorphy3 reads "белорусско-российской"
    # whole as masculine, neuter or feminine), the last of three as well
    "белорусско-российской": "femn",
    "российско-белорусско-казахстанской": "femn",
    # a reading of no gender beside a masculine one ("мой": also the imperative of "мыть")
    "мой": None,
    # masculine and feminine readings both ("молодой": nominative or oblique), neuter alone
    "молодой": None,
    "новое": None,
}


@pytest.mark.parametrize(("word", "expected"), FORMS.items(), ids=FORMS.keys())
def test_mutants_s14_form_gender(word, expected):
    assert form_gender(word) == expected


CASES_MARKED = {
    # must not: marked_referent passes an instrumental post ("поспорил с 47-летним
    # журналистом": someone the person named before met, not that person)
    "an instrumental post with an age": (
        "Иван Петров приехал в Омск. Там он поспорил с 47-летним журналистом.",
        [],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_MARKED.values(), ids=CASES_MARKED.keys())
def test_mutants_s14_marked(parse, text, expected):
    assert rows(parse(text)) == expected


# a bug the mutants showed (referents.marked_referent, mutant 49 reads the names from two
# words before the post), fixed by bugs14 (referents.own_subject): the name right before a
# marked post, its clause's subject, is not the post's referent ("Петров этого журналиста не
# встречал": Петров met someone else); the person named before is
BUGS_MARKED = {
    "the subject of the marked post's own clause": (
        "Олег Смирнов прилетел в Омск. Губернатор Иван Петров этого журналиста раньше не встречал.",
        [
            (PETROV, "губернатор", "Губернатор", None, "current"),
            (SMIRNOV, "журналист", "этого журналиста", None, "current"),
        ],
    ),
}


@pytest.mark.parametrize("text, expected", BUGS_MARKED.values(), ids=BUGS_MARKED.keys())
def test_mutants_s14_marked_bugs(parse, text, expected):
    assert rows(parse(text)) == expected

"""Roles, session 13 (groups13): a plural post named for a group of people named before it.

``ruextract.roles.anaphora.named_group``: a plural post with no name, no complement and no
modifier but a pronoun or a count word stands for each person of the last coordination of two
names or more (``ruextract.roles.groups.coordinations``: only commas, "и", "а также", brackets
or the members' own posts between) in its sentence or the two before, when its sentence names
nobody else and gives no member a post, nobody else is named between, two members or more hold
posts in the article, and either a count word before it gives the group's size ("троих
учёных") or its noun is akin (navec cosine .5) to a post of each member ("учёные" for
professors, not "тренеры" for players), and the group has no plural post of its own.

Each condition has cases that must give the rows and cases on its other side that must not.
"""

from __future__ import annotations

import pytest

from tests.conftest import RoleRow as Row
from tests.conftest import role_rows as rows

PETROV = "Иван Петров"
SMIRNOV = "Олег Смирнов"
ORLOV = "Андрей Орлов"
PROFESSORS = (
    "Премию по экономике получили профессор Кембриджского университета Иван Петров, "
    "профессор МГУ Олег Смирнов и профессор Оксфордского университета Андрей Орлов."
)
PROFESSOR_ROWS = [
    (PETROV, "профессор", "профессор Кембриджского университета", "Кембриджский университет",
     "current"),
    (SMIRNOV, "профессор", "профессор МГУ", "МГУ", "current"),
    (ORLOV, "профессор", "профессор Оксфордского университета", "Оксфордский университет",
     "current"),
]  # fmt: skip
TWO_PROFESSORS = (
    "Премию по экономике получили профессор Кембриджского университета Иван Петров и "
    "профессор МГУ Олег Смирнов."
)
EXHIBITION = "В Киеве открылась выставка скульптора Ивана Петрова и живописца Олега Смирнова."
ARTIST_ROWS = [
    (PETROV, "скульптор", "скульптора", None, "current"),
    (SMIRNOV, "живописец", "живописца", None, "current"),
]
SENATORS = "В Сенате выступили сенатор Иван Петров и сенатор Олег Смирнов."
SENATOR_ROWS = [
    (PETROV, "сенатор", "сенатор", None, "current"),
    (SMIRNOV, "сенатор", "сенатор", None, "current"),
]


def each(names: list[str], role: str, text: str) -> list[Row]:
    return [(name, role, text, None, "current") for name in names]


CASES_GROUP = {
    # a count word giving the group's size
    "three professors, then the three scientists": (
        f"{PROFESSORS} Работы троих учёных изменили представления о рынке труда.",
        PROFESSOR_ROWS + each([PETROV, SMIRNOV, ORLOV], "ученый", "учёных"),
    ),
    "two professors, then both scientists": (
        f"{TWO_PROFESSORS} Работы обоих учёных изменили представления о рынке труда.",
        PROFESSOR_ROWS[:2] + each([PETROV, SMIRNOV], "ученый", "учёных"),
    ),
    # a count word agreeing: its noun need not be akin (законодатель: .31 to сенатор)
    "two senators, then both lawmakers": (
        f"{SENATORS} Оба законодателя потребовали отставки министра.",
        SENATOR_ROWS + each([PETROV, SMIRNOV], "законодатель", "законодателя"),
    ),
    # must not: the count word gives three, the group is two
    "two professors, then three scientists": (
        f"{TWO_PROFESSORS} Работы троих учёных изменили представления о рынке труда.",
        PROFESSOR_ROWS[:2],
    ),
    # must not: a number is more than the group
    "three professors, then fifty scientists": (
        f"{PROFESSORS} Список составили из 50 учёных.",
        PROFESSOR_ROWS,
    ),
    # no count word: a noun akin to each member's post, the agent of a passive
    "three professors, then the scientists as agents": (
        f"{PROFESSORS} Исследования были проведены учёными ещё в девяностые годы.",
        PROFESSOR_ROWS + each([PETROV, SMIRNOV, ORLOV], "ученый", "учёными"),
    ),
    # brackets and "а также" between the names
    "three professors with their countries in brackets, then the scientists": (
        "Премию по химии получили профессор Кембриджского университета Иван Петров (США), "
        "профессор МГУ Олег Смирнов (Россия) и профессор Оксфордского университета Андрей "
        "Орлов (Великобритания). Исследования были проведены учёными ещё в девяностые годы.",
        PROFESSOR_ROWS + each([PETROV, SMIRNOV, ORLOV], "ученый", "учёными"),
    ),
    "two professors joined by 'а также', then the scientists": (
        "Премию по химии получили профессор Кембриджского университета Иван Петров, а также "
        "профессор МГУ Олег Смирнов. Исследования были проведены учёными ещё в девяностые годы.",
        PROFESSOR_ROWS[:2] + each([PETROV, SMIRNOV], "ученый", "учёными"),
    ),
    # the members' own posts between their names
    "a sculptor and a painter, then the artists": (
        f"{EXHIBITION} Художники покажут около ста работ.",
        ARTIST_ROWS + each([PETROV, SMIRNOV], "художник", "Художники"),
    ),
    "a sculptor and a painter, the artists two sentences on": (
        f"{EXHIBITION} Работы привезли из Львова. Художники покажут около ста работ.",
        ARTIST_ROWS + each([PETROV, SMIRNOV], "художник", "Художники"),
    ),
    # the group named again in the post's own sentence
    "the artists in the sentence naming the pair again": (
        f"{EXHIBITION} Замысел Петрова и Смирнова прост, и художники покажут около ста работ.",
        ARTIST_ROWS + each([PETROV, SMIRNOV], "художник", "художники"),
    ),
    # must not: three sentences on, past the reach
    "a sculptor and a painter, the artists three sentences on": (
        f"{EXHIBITION} Работы привезли из Львова. Выставка продлится месяц. Художники покажут "
        "около ста работ.",
        ARTIST_ROWS,
    ),
    # must not: a plural post about people not named, no group before
    "artists with no group before": (
        "Художники выступили против закрытия галереи.",
        [],
    ),
    "cardinals with no group before": (
        "Кардиналы собрались в Ватикане.",
        [],
    ),
    # must not: the two named hold no post, a group of no posts
    "two people with no posts, then artists": (
        "Иван Петров и Олег Смирнов вышли из зала. Художники выступили против закрытия галереи.",
        [],
    ),
    # must not: a noun of the members' field but not akin enough to their posts
    "a goalkeeper and a defender, then coaches": (
        "В матче сыграли вратарь Иван Петров и защитник Олег Смирнов. Тренеры остались "
        "недовольны игрой.",
        [
            (PETROV, "вратарь", "вратарь", None, "current"),
            (SMIRNOV, "защитник", "защитник", None, "current"),
        ],
    ),
    "two senators, then lawmakers with no count word": (
        f"{SENATORS} Законодатели потребовали отставки министра.",
        SENATOR_ROWS,
    ),
    # must not: someone else named in the post's sentence
    "the artists beside another name": (
        f"{EXHIBITION} Художники и Андрей Орлов покажут около ста работ.",
        ARTIST_ROWS,
    ),
    # must not: someone else named between the group and the post
    "a curator named between": (
        f"{EXHIBITION} Куратор Андрей Орлов привёз работы из Львова. Художники покажут около ста "
        "работ.",
        [*ARTIST_ROWS, (ORLOV, "куратор", "Куратор", None, "current")],
    ),
    # must not: a post with its own org, or a kind ("тамбовские художники")
    "representatives of a gallery": (
        f"{EXHIBITION} Представители галереи покажут около ста работ.",
        ARTIST_ROWS,
    ),
    "scientists of a university": (
        f"{PROFESSORS} Учёные Кембриджского университета поддержали решение жюри.",
        PROFESSOR_ROWS,
    ),
    "artists of a gallery, a complement the post did not take": (
        f"{EXHIBITION} Художники галереи покажут около ста работ.",
        ARTIST_ROWS,
    ),
    "artists of a region": (
        f"{EXHIBITION} Тамбовские художники покажут около ста работ.",
        ARTIST_ROWS,
    ),
    # must not: the members given their posts in the post's own sentence
    "the artists where the members get their posts": (
        "Лозунг скульптора Ивана Петрова и живописца Олега Смирнова — «Степь помнит всё», и "
        "художники покажут около ста работ.",
        ARTIST_ROWS,
    ),
    # must not: a group given a plural post is group_again's, which takes its own noun only
    "physicists listed, then scientists": (
        "На конференции выступили физики Иван Петров и Олег Смирнов. Учёные представили доклад.",
        [
            (PETROV, "физик", "физики", None, "current"),
            (SMIRNOV, "физик", "физики", None, "current"),
        ],
    ),
    # must not: two names in different clauses are no group
    "two names in different clauses": (
        "В Киеве открылась выставка скульптора Ивана Петрова, а в Харькове — выставка "
        "живописца Олега Смирнова. Художники покажут около ста работ.",
        ARTIST_ROWS,
    ),
}


@pytest.mark.parametrize("text, expected", CASES_GROUP.values(), ids=CASES_GROUP.keys())
def test_roles_groups13_named_group(parse, text, expected):
    assert rows(parse(text)) == expected

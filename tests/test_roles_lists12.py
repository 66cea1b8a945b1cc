"""Roles, session 12 (lists12): a relative's posts and plural posts with lists of names.

``ruextract.roles.kin``: a post in the genitive of a noun of kinship or relation is the
relative's, past the adjectives and the posts listed before it ("дочь знаменитого писателя,
актёра и режиссёра"): the genitive name after it, else the one person of the same surname as
the one the kinship noun describes, else the one holder of that post elsewhere, else nobody;
never the one the kinship noun describes. ``ruextract.roles.lists.among_which``: a plural
post's "среди которых" / "в числе которых" lists its holders.

Each rule has cases that must link and cases on the other side of its condition that must not.
"""

from __future__ import annotations

import pytest

from tests.conftest import role_rows as rows

MAKAROV = "Василий Макаров"
PREMIER = "Джеймс Уокер"
PREMIER_ROW = (
    PREMIER,
    "премьер-министр",
    "Премьер-министр Великобритании",
    "Великобритания",
    "current",
)

CASES_KIN = {
    # kin.kin_noun past the posts listed before; kin.same_family: the daughter's surname
    "a daughter's list of her father's posts, the father named before": (
        "В Барнауле отметили юбилей Василия Макарова. Среди гостей — дочь знаменитого "
        "писателя, актёра и режиссёра Ольга Макарова.",
        [
            (MAKAROV, "писатель", "знаменитого писателя", None, "current"),
            (MAKAROV, "актер", "актёра", None, "current"),
            (MAKAROV, "режиссер", "режиссёра", None, "current"),
        ],
    ),
    # must not: no one of her surname named, the posts are nobody's (not hers)
    "a daughter's list, no father named": (
        "Среди гостей — дочь знаменитого писателя, актёра и режиссёра Ольга Макарова.",
        [],
    ),
    # must not: a noun of no kinship before the post, no relative's post
    "a colleague of the writer: no relative's post": (
        "В Барнауле отметили юбилей Василия Макарова. Среди гостей — коллега и соавтор "
        "Ольга Макарова.",
        [],
    ),
    # kin.kin_holder: the one holder of the post elsewhere, the partner named after it
    "a partner of the premier named before with the post": (
        f"Премьер-министр Великобритании {PREMIER} госпитализирован. Позже стало известно, что "
        "подруга премьер-министра Кэрри Симондс тоже заболела.",
        [
            PREMIER_ROW,
            (PREMIER, "премьер-министр", "премьер-министра", "Великобритания", "current"),
        ],
    ),
    # must not: the post held elsewhere by two people, nobody's
    "a partner of a premier, two premiers named": (
        f"Премьер-министр Великобритании {PREMIER} встретился с премьер-министром Ирландии "
        "Шоном Кэри. Позже стало известно, что подруга премьер-министра Кэрри Симондс "
        "заболела.",
        [
            PREMIER_ROW,
            ("Шон Кэри", "премьер-министр", "премьер-министром Ирландии", "Ирландия", "current"),
        ],
    ),
    # kin.kin_noun past a participle the phrase leaves out; an accusative daughter's name
    "a daughter of the acting president in the accusative: nobody's": (
        "Среди соседей — видные политики, включая дочь действующего президента Иванку Смит "
        "и её мужа.",
        [],
    ),
    # must not change: the relative named in the genitive after the post
    "the relative in the genitive after the post": (
        "Старшая дочь президента Бориса Петрова Алина поступила в университет.",
        [("Борис Петров", "президент", "президента", None, "current")],
    ),
    # must not: a former holder elsewhere is no holder of the acting post
    "a former holder elsewhere, the current post": (
        "Бывший президент Борис Петров переехал в Москву. Рядом живёт дочь действующего "
        "президента Анну Смит.",
        [("Борис Петров", "президент", "Бывший президент", None, "former")],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_KIN.values(), ids=CASES_KIN.keys())
def test_roles_lists12_kin(parse, text, expected):
    assert rows(parse(text)) == expected


BASINSKY = "Павел Басинский"
PAVLOV = "Михаил Павлов"

CASES_AMONG_WHICH = {
    # lists.among_which: both plural posts joined by "и", a dash and places after the names
    "writers and critics, among whom — names from places": (
        "В Барнаул прилетели известные писатели и критики, среди которых — Павел Басинский и "
        "Михаил Павлов из Москвы.",
        [
            (BASINSKY, "писатель", "известные писатели", None, "current"),
            (PAVLOV, "писатель", "известные писатели", None, "current"),
            (BASINSKY, "критик", "критики", None, "current"),
            (PAVLOV, "критик", "критики", None, "current"),
        ],
    ),
    # past the post's origin and "такие …, как" (whose post is person_such_as')
    "conductors from many countries, among whom such musicians as": (
        "Опрос провели среди дирижёров из разных стран, среди которых такие музыканты, как "
        "Колин Дэвис и Марис Янсонс.",
        [
            ("Колин Дэвис", "дирижер", "дирижёров", None, "current"),
            ("Марис Янсонс", "дирижер", "дирижёров", None, "current"),
            ("Колин Дэвис", "музыкант", "такие музыканты", None, "current"),
            ("Марис Янсонс", "музыкант", "такие музыканты", None, "current"),
        ],
    ),
    "in the number of whom, a member's copula": (
        "На форум приехали губернаторы, в числе которых были Олег Смирнов и Иван Кузнецов.",
        [
            ("Олег Смирнов", "губернатор", "губернаторы", None, "current"),
            ("Иван Кузнецов", "губернатор", "губернаторы", None, "current"),
        ],
    ),
    # must not: "не" before the names
    "among whom was not": (
        "Лавров встретился с министрами, среди которых не было Олега Смирнова.",
        [],
    ),
    # must not: another verb between "которых" and the name
    "of whom a name after another verb": (
        "Лавров встретился с министрами, среди которых выделил Олега Смирнова.",
        [],
    ),
    # must not: a singular post
    "a singular post before among whom": (
        "Выступил министр, среди гостей которого был Олег Смирнов.",
        [],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_AMONG_WHICH.values(), ids=CASES_AMONG_WHICH.keys())
def test_roles_lists12_among_which(parse, text, expected):
    assert rows(parse(text)) == expected


PETROV = "Иван Петров"
SMIRNOV = "Олег Смирнов"

CASES_PAIR_BEFORE = {
    # lists.pair_before: an apposition after a comma
    "two names, a plural post after a comma": (
        f"Законопроект внесли {PETROV} и {SMIRNOV}, депутаты Госдумы.",
        [
            (PETROV, "депутат", "депутаты Госдумы", "Госдума", "current"),
            (SMIRNOV, "депутат", "депутаты Госдумы", "Госдума", "current"),
        ],
    ),
    # "оба" and a copula in a bracket, a description of the second name after "и"
    "both of them are, in a bracket after a described pair": (
        "Рядом живут Анна Смит и её муж Джон Смит (оба являются советниками Белого дома).",
        [
            ("Анна Смит", "советник", "советниками Белого дома", "Белый дом", "current"),
            ("Джон Смит", "советник", "советниками Белого дома", "Белый дом", "current"),
        ],
    ),
    "a plural post all its bracket holds": (
        "Рекорды установили Игорь Петров и Алексей Смирнов (лучшие спортсмены клуба).",
        [
            ("Игорь Петров", "спортсмен", "лучшие спортсмены клуба", "клуб", "current"),
            ("Алексей Смирнов", "спортсмен", "лучшие спортсмены клуба", "клуб", "current"),
        ],
    ),
    # must not: the plural post opens a clause of its own
    "a plural post as a new clause's subject": (
        "Путин встретился с Иваном Петровым и Олегом Смирновым, депутаты заявили о поддержке.",
        [],
    ),
    # must not: a name in another case than the post
    "names in the instrumental, a nominative post": (
        "Путин встретился с Иваном Петровым и Олегом Смирновым, депутаты Госдумы.",
        [],
    ),
    # must not: one name before "оба"
    "both of them after one name": (
        "Рядом живёт Анна Смит (оба являются советниками Белого дома).",
        [],
    ),
    "both with no bracket and no copula": (
        f"Их поддержали {PETROV} и {SMIRNOV}, оба депутаты.",
        [
            (PETROV, "депутат", "депутаты", None, "current"),
            (SMIRNOV, "депутат", "депутаты", None, "current"),
        ],
    ),
    # must not: a copula with no "оба" before it
    "a copula after the comma with no both": (
        f"Их поддержали {PETROV} и {SMIRNOV}, являются депутатами.",
        [],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_PAIR_BEFORE.values(), ids=CASES_PAIR_BEFORE.keys())
def test_roles_lists12_pair_before(parse, text, expected):
    assert rows(parse(text)) == expected


LAVROV, WANG = "Сергей Лавров", "Ван И"
FOREIGN = ("министр иностранных дел", "Министры иностранных дел России")

CASES_LISTED_PLACES = {
    # lists.listed_places / with_place_before: places and names of one count, by order
    "two places, two names": (
        f"Министры иностранных дел России и Китая {LAVROV} и {WANG} провели переговоры.",
        [(LAVROV, *FOREIGN, "Россия", "current"), (WANG, *FOREIGN, "Китай", "current")],
    ),
    # must not: more names than places, the post's own place for each
    "two places, three names": (
        f"Министры иностранных дел России и Китая {LAVROV}, {WANG} и Джон Керри провели "
        "переговоры.",
        [
            (LAVROV, *FOREIGN, "Россия", "current"),
            (WANG, *FOREIGN, "Россия", "current"),
            ("Джон Керри", *FOREIGN, "Россия", "current"),
        ],
    ),
    # must not change: one place, a list of names
    "one place, two names": (
        f"Дипломаты России {LAVROV} и Мария Захарова провели брифинг.",
        [
            (LAVROV, "дипломат", "Дипломаты России", "Россия", "current"),
            ("Мария Захарова", "дипломат", "Дипломаты России", "Россия", "current"),
        ],
    ),
}


@pytest.mark.parametrize(
    "text, expected", CASES_LISTED_PLACES.values(), ids=CASES_LISTED_PLACES.keys()
)
def test_roles_lists12_listed_places(parse, text, expected):
    assert rows(parse(text)) == expected


ORLOV = "Павел Орлов"
POLITICIAN = ("политик", "других политиков-республиканцев", None, "current")

CASES_MEMBERS = {
    # lists.past_relative and members_after: a group's members past its relative clause,
    # each after a description of its own, the last after ", а также"
    "members past a relative clause, each described": (
        "Среди других политиков-республиканцев, от которых ожидают заявлений, — бывший "
        f"губернатор Флориды {PETROV}, губернатор Техаса {SMIRNOV}, а также сенатор {ORLOV}.",
        [
            (PETROV, *POLITICIAN),
            (SMIRNOV, *POLITICIAN),
            (ORLOV, *POLITICIAN),
            (PETROV, "губернатор", "бывший губернатор Флориды", "Флорида", "former"),
            (SMIRNOV, "губернатор", "губернатор Техаса", "Техас", "current"),
            (ORLOV, "сенатор", "сенатор", None, "current"),
        ],
    ),
    "among whom, the last member described": (
        "В Барнаул прилетели писатели, среди которых — Павел Басинский и лауреат премии этого "
        "года Игорь Корниенко из Ангарска.",
        [
            (BASINSKY, "писатель", "писатели", None, "current"),
            ("Игорь Корниенко", "писатель", "писатели", None, "current"),
        ],
    ),
    # must not: an adjective the tagger reads as a name is the description's, no member
    "an adjective of a name in a member's description": (
        "Юбилей Василия Шукшина отметили в Барнауле. Прилетели писатели, среди которых — "
        "Павел Басинский и лауреат Шукшинской литературной премии Игорь Корниенко.",
        [
            (BASINSKY, "писатель", "писатели", None, "current"),
            ("Игорь Корниенко", "писатель", "писатели", None, "current"),
        ],
    ),
    # must not: a name past a verb is no member
    "a name past the member's relative clause": (
        "Среди других политиков-республиканцев, от которых ожидают заявлений, — "
        f"{PETROV}, который поддержал Олега Смирнова.",
        [(PETROV, *POLITICIAN)],
    ),
    # must not change: a plural post's list (no group's members) stops at a described name
    "a plural post's list stops at another's post": (
        f"На концерте выступили артисты {PETROV}, {SMIRNOV} и режиссёр театра «Ленком» {ORLOV}.",
        [
            (PETROV, "артист", "артисты", None, "current"),
            (SMIRNOV, "артист", "артисты", None, "current"),
            (ORLOV, "режиссер", "режиссёр театра «Ленком»", "Ленком", "current"),
        ],
    ),
}


FOOTBALLER = ("футболист", "футболистов", None, "current")
CASES_MEMBERS.update(
    {
        # lists.others_bracketed: "один из" and the others in a bracket later in its sentence
        "one of four, the others in a bracket": (
            "Один из четырёх футболистов, забивавших голы в двух финалах подряд (другие — "
            f"{PETROV}, {SMIRNOV}, {ORLOV}).",
            [(PETROV, *FOOTBALLER), (SMIRNOV, *FOOTBALLER), (ORLOV, *FOOTBALLER)],
        ),
        # must not: a bracket that does not say "другие"
        "one of four, a bracket of names alone": (
            f"Один из четырёх футболистов, забивавших голы в двух финалах подряд ({PETROV}, "
            f"{SMIRNOV}).",
            [],
        ),
        # must not: a plural post not after "один из"
        "four footballers, the others in a bracket": (
            f"Четыре футболиста забили голы в двух финалах подряд (другие — {PETROV}, {SMIRNOV}).",
            [],
        ),
    }
)


@pytest.mark.parametrize("text, expected", CASES_MEMBERS.values(), ids=CASES_MEMBERS.keys())
def test_roles_lists12_members(parse, text, expected):
    assert rows(parse(text)) == expected

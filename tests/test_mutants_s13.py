"""Mutation tests for roles rules left unscored or alive after session 12.

Cases that kill the mutants ``benchmarks/mutation.py`` leaves alive in the targets
``roles_s13_fields11_orgs`` (the session-11 org functions of ``roles/fields.py``) and
``roles_s12_lists12`` (the functions of ``roles/lists.py`` session 12 added or changed).
"""

from __future__ import annotations

import pytest

from ruextract import tables
from tests.conftest import KeyedRoleRow as Row
from tests.conftest import keyed_role_rows as rows

BASINSKY = "Павел Басинский"
KORNIENKO = "Игорь Корниенко"
PETROV = "Иван Петров"
SMIRNOV = "Олег Смирнов"
WRITER = ("писатель", "писатели", None, None, None, "current")
ARTIST = ("артист", "артистов", None, None, None, "current")
FLEW = "Прилетели писатели, среди которых — Павел Басинский"
GREETED = "Губернатор Иван Петров встретил гостей."
GOVERNOR = (PETROV, "губернатор", "Губернатор", None, None, None, "current")

# roles_s12_lists12: lists.among_which, members, members_after, past_relative, pair_before,
# others_bracketed, listed_places and with_place_before, through the pipeline
CASES_LISTS = {
    # among_which: a plural post's origin before its comma ("из всех стран": a determiner too)
    "среди которых past an origin with a determiner": (
        "На фестиваль прилетели писатели из всех стран, среди которых — Павел Басинский и "
        "Игорь Корниенко.",
        [(BASINSKY, *WRITER), (KORNIENKO, *WRITER)],
    ),
    # must not: a verb between the post and its comma ends the origin
    "среди которых after a verb": (
        "На фестиваль писатели приехали, среди которых — Павел Басинский и Игорь Корниенко.",
        [],
    ),
    # the post ends the text (no word after it, no comma); a row before it says the stage ran
    # (it reads no posts in a text with no name)
    "a plural post ends the text": (f"{GREETED} В Барнаул прилетели писатели", [GOVERNOR]),
    # the first name four words past "которых" is within reach
    "среди которых, the name four words on": (
        "На фестиваль прилетели писатели, среди которых такие музыканты, как Павел Басинский "
        "и Игорь Корниенко.",
        [
            (BASINSKY, *WRITER),
            (KORNIENKO, *WRITER),
            (BASINSKY, "музыкант", "такие музыканты", None, None, None, "current"),
            (KORNIENKO, "музыкант", "такие музыканты", None, None, None, "current"),
        ],
    ),
    # five words on, the last within ``WHICH_REACH``
    "среди которых, the name five words on": (
        "На фестиваль прилетели писатели, среди которых такие известные музыканты, как Павел "
        "Басинский и Игорь Корниенко.",
        [
            (BASINSKY, *WRITER),
            (KORNIENKO, *WRITER),
            (BASINSKY, "музыкант", "такие известные музыканты", None, None, None, "current"),
            (KORNIENKO, "музыкант", "такие известные музыканты", None, None, None, "current"),
        ],
    ),
    # must not: six words on, past ``WHICH_REACH`` (the names are the musicians' alone)
    "среди которых, the name six words on": (
        "На фестиваль прилетели писатели, среди которых такие всемирно известные музыканты, "
        "как Павел Басинский и Игорь Корниенко.",
        [
            (BASINSKY, "музыкант", "известные музыканты", None, None, None, "current"),
            (KORNIENKO, "музыкант", "известные музыканты", None, None, None, "current"),
        ],
    ),
    # the clause after "которых" ends the text with no name
    "среди которых with no name to the end": (
        f"{GREETED} На фестиваль прилетели писатели, среди которых были такие музыканты",
        [GOVERNOR],
    ),
    # a name of one word opens the list
    "среди которых, a one-word name first": (
        "На фестиваль прилетели музыканты, среди которых — Бьорк и Павел Басинский.",
        [
            ("Бьорк", "музыкант", "музыканты", None, None, None, "current"),
            (BASINSKY, "музыкант", "музыканты", None, None, None, "current"),
        ],
    ),
    # members: a one-word name right after the copula
    "в числе, a one-word name right after the copula": (
        "В числе развлекавших гостей артистов были Стинг, Дженнифер Лопес и Энрике Иглесиас.",
        [("Стинг", *ARTIST), ("Дженнифер Лопес", *ARTIST), ("Энрике Иглесиас", *ARTIST)],
    ),
    # members: a one-word name after one word of its own description
    "в числе, a one-word name after its post": (
        "В числе развлекавших гостей артистов были певец Стинг и Дженнифер Лопес.",
        [
            ("Стинг", *ARTIST),
            ("Дженнифер Лопес", *ARTIST),
            ("Стинг", "певец", "певец", None, None, None, "current"),
        ],
    ),
    # members: the first name seven words past the copula is within ``MEMBERS_REACH``
    "в числе, the name seven words on": (
        "В числе артистов были знаменитый британский певец и автор своих песен Стинг и "
        "Дженнифер Лопес.",
        [
            ("Стинг", *ARTIST),
            ("Дженнифер Лопес", "артист", "артистов", None, None, None, "current"),
            ("Стинг", "певец", "знаменитый британский певец", None, None, None, "current"),
        ],
    ),
    # must not: eight words on
    "в числе, the name eight words on": (
        "В числе артистов были знаменитый британский певец и автор всех своих песен Стинг и "
        "Дженнифер Лопес.",
        [("Стинг", "певец", "знаменитый британский певец", None, None, None, "current")],
    ),
    # must not: a comma between the copula and the name ends the clause
    "в числе, a parenthesis before the names": (
        "В числе артистов были, по словам организаторов, Стинг и Дженнифер Лопес.",
        [],
    ),
    # the copula's clause ends the text with no name
    "в числе with no name to the end": (
        f"{GREETED} В числе развлекавших гостей артистов были известные певцы",
        [GOVERNOR],
    ),
    # members_after: a member's description of eight words, ``DESCRIPTION_REACH``
    "a member described in eight words": (
        f"{FLEW} и лауреат литературной премии Сибирского федерального округа этого года Игорь "
        "Корниенко.",
        [(BASINSKY, *WRITER), (KORNIENKO, *WRITER)],
    ),
    # must not: nine words
    "a member described in nine words": (
        f"{FLEW} и лауреат главной литературной премии Сибирского федерального округа этого "
        "года Игорь Корниенко.",
        [(BASINSKY, *WRITER)],
    ),
    # must not: a bracket in the description, an auxiliary, "как и", "но"
    "a bracket in a member's description": (
        f"{FLEW} и победитель конкурса (2015) Игорь Корниенко.",
        [(BASINSKY, *WRITER)],
    ),
    "an auxiliary after the comma": (
        f"{FLEW}, была также Анна Белова.",
        [(BASINSKY, *WRITER)],
    ),
    "как и after the comma": (f"{FLEW}, как и Анна Белова.", [(BASINSKY, *WRITER)]),
    "но не after the comma": (f"{FLEW}, но не Анна Белова.", [(BASINSKY, *WRITER)]),
    # the list ends the text
    "the members end the text": (
        f"{FLEW} и Анна Белова",
        [(BASINSKY, *WRITER), ("Анна Белова", *WRITER)],
    ),
    # each member once, the first or a later one named again
    "the first member named again": (
        f"{FLEW}, Игорь Корниенко и снова Павел Басинский.",
        [(BASINSKY, *WRITER), (KORNIENKO, *WRITER)],
    ),
    "a later member named again": (
        f"{FLEW}, Игорь Корниенко и снова Игорь Корниенко.",
        [(BASINSKY, *WRITER), (KORNIENKO, *WRITER)],
    ),
    # past_relative: "который" right after the comma, or the fourth word after it
    "a relative clause right after the comma": (
        f"Среди артистов, которые выступили на фестивале, — {PETROV} и {SMIRNOV}.",
        [(PETROV, *ARTIST), (SMIRNOV, *ARTIST)],
    ),
    "a relative clause four words after the comma": (
        "Среди артистов, с каждым из которых организаторы подписали контракт, — "
        f"{PETROV} и {SMIRNOV}.",
        [(PETROV, *ARTIST), (SMIRNOV, *ARTIST)],
    ),
    # must not change: a participle's clause is no relative clause (no name past it)
    "a participle's clause after the comma": (
        f"Среди артистов, приехавших на фестиваль, — {PETROV} и {SMIRNOV}.",
        [],
    ),
    # others_bracketed: the sentence ends the text with no bracket
    "один из with no bracket to the end": (
        f"{GREETED} Гол забил один из четырёх футболистов, забивавших голы в двух финалах подряд",
        [GOVERNOR],
    ),
    # a text cut off (a feed's truncated line): a bracket opened at its very end, "в" at its end
    "один из, a bracket left open at the text's end": (
        f"{GREETED} Гол забил один из четырёх футболистов, забивавших голы в двух финалах "
        "подряд (",
        [GOVERNOR],
    ),
    "a plural post's clause cut off after в": (f"{GREETED} Прилетели писатели, в", [GOVERNOR]),
    # must not: a bracket of examples, not of "другие"
    "один из, a bracket of examples": (
        "Один из четырёх футболистов, забивавших голы в двух финалах подряд (например — "
        f"{PETROV}, {SMIRNOV}).",
        [],
    ),
    # must not: "другие" with no dash nor colon after it (the names are "другие футболисты")
    "один из, другие with no dash": (
        "Один из четырёх футболистов, забивавших голы в двух финалах подряд (другие "
        f"футболисты {PETROV} и {SMIRNOV}).",
        [
            (PETROV, "футболист", "другие футболисты", None, None, None, "current"),
            (SMIRNOV, "футболист", "другие футболисты", None, None, None, "current"),
        ],
    ),
    # must not: no name after the dash
    "один из, no name after the dash": (
        "Один из четырёх футболистов, забивавших голы в двух финалах подряд (другие — из "
        "«Барселоны»).",
        [],
    ),
    # pair_before: a description of a listed name with an adjective, a determiner, one noun
    "a pair, the second described with an adjective": (
        "Иванку Трамп и её молодого мужа Джареда Кушнера (оба являются советниками Белого дома) "
        "встретили в Эр-Рияде.",
        [
            ("Иванка Трамп", "советник", "советниками Белого дома", "Белый дом", "LOC", None,
             "current"),
            ("Джаред Кушнер", "советник", "советниками Белого дома", "Белый дом", "LOC", None,
             "current"),
        ],
    ),
    "a pair, the second described with a determiner": (
        "Иванку Трамп и своего зятя Джареда Кушнера (оба являются советниками Белого дома) "
        "президент взял в поездку.",
        [
            ("Иванка Трамп", "советник", "советниками Белого дома", "Белый дом", "LOC", None,
             "current"),
            ("Джаред Кушнер", "советник", "советниками Белого дома", "Белый дом", "LOC", None,
             "current"),
        ],
    ),
    "a pair, the second described by one noun": (
        "Анну Белову и сына Олега Смирнова (оба являются советниками губернатора) задержали.",
        [
            ("Анна Белова", "советник губернатора", "советниками губернатора", None, None, None,
             "current"),
            (SMIRNOV, "советник губернатора", "советниками губернатора", None, None, None,
             "current"),
        ],
    ),
    # a plural post opening the text, no word before it
    "a plural post opens the text": (
        "Депутаты Госдумы приняли закон. Губернатор Иван Петров поддержал его.",
        [GOVERNOR],
    ),
    # must not: a participle in the description ends it
    "a pair, a participle before the second name": (
        f"{PETROV} и назначенный вчера {SMIRNOV}, депутаты Госдумы, внесли законопроект.",
        [],
    ),
    # one-word names last and first in the pair
    "a pair, a one-word name last": (
        "Выступили Анна Белова и Бьорк, певицы с мировым именем.",
        [
            ("Анна Белова", "певица", "певицы", None, None, None, "current"),
            ("Бьорк", "певица", "певицы", None, None, None, "current"),
        ],
    ),
    "a pair, a one-word name first": (
        "Выступили Бьорк и Анна Белова, певицы с мировым именем.",
        [
            ("Бьорк", "певица", "певицы", None, None, None, "current"),
            ("Анна Белова", "певица", "певицы", None, None, None, "current"),
        ],
    ),
    # a list after a post with no name: the pair stops at it
    "a pair after another's post": (
        f"В заседании участвовали мэр, {PETROV} и {SMIRNOV}, депутаты Госдумы.",
        [
            (PETROV, "мэр", "мэр", None, None, None, "current"),
            (PETROV, "депутат", "депутаты Госдумы", "Госдума", "ORG", None, "current"),
            (SMIRNOV, "депутат", "депутаты Госдумы", "Госдума", "ORG", None, "current"),
        ],
    ),
    # must not: a post that opens a clause of its own
    "a pair before a post's own clause": (
        f"Выступили {PETROV} и {SMIRNOV}, журналисты задавали им вопросы.",
        [],
    ),
    # listed_places: a comma after the post's place opens no list of places
    "a plural post's place, then its names": (
        "Бывшие министры иностранных дел России, Игорь Иванов и Андрей Козырев, выступили на "
        "конференции.",
        [
            ("Игорь Иванов", "министр иностранных дел", "Бывшие министры иностранных дел России",
             "Россия", "COUNTRY", "RU", "former"),
            ("Андрей Козырев", "министр иностранных дел",
             "Бывшие министры иностранных дел России", "Россия", "COUNTRY", "RU", "former"),
        ],
    ),
    # with_place_before: each holder at the place before the name (its label too)
    "places before each listed name": (
        "Губернаторы регионов - Приморского края Сергей Дарькин, Саратовской области Павел "
        "Ипатов.",
        [
            ("Сергей Дарькин", "губернатор регионов", "Губернаторы регионов", "Приморский край",
             "LOC", None, "current"),
            ("Павел Ипатов", "губернатор регионов", "Губернаторы регионов",
             "Саратовская область", "LOC", None, "current"),
        ],
    ),
    "two places, two names": (
        "Министры иностранных дел России и Китая Сергей Лавров и Ван И встретились в Пекине.",
        [
            ("Сергей Лавров", "министр иностранных дел", "Министры иностранных дел России",
             "Россия", "COUNTRY", "RU", "current"),
            ("Ван И", "министр иностранных дел", "Министры иностранных дел России", "Китай",
             "COUNTRY", "CN", "current"),
        ],
    ),
}  # fmt: skip


@pytest.mark.parametrize("text, expected", CASES_LISTS.values(), ids=CASES_LISTS.keys())
def test_mutants_s13_lists(parse, text, expected):
    assert rows(parse(text)) == expected


DASHED_PLACES = (
    "Министры иностранных дел России и Китая — Сергей Лавров и Ван И — встретились в Пекине."
)


def test_mutants_s13_places_then_a_dash(parse):
    """listed_places: a dash after two places opens no list of names right after them; the
    first holder keeps the post's own place."""
    found = rows(parse(DASHED_PLACES))
    assert found[0] == (
        "Сергей Лавров", "министр иностранных дел", "Министры иностранных дел России", "Россия",
        "COUNTRY", "RU", "current",
    )  # fmt: skip


def test_mutants_s13_places_then_a_dash_second_holder(parse):
    """listed_places: past the dash the second name takes the second place."""
    found = rows(parse(DASHED_PLACES))
    assert found[1][3] == "Китай"


def rows_spans(doc) -> list[tuple[Row, str | None]]:
    """Each row with the text of its org mention (None when the org was inferred)."""
    return [
        (row, None if r.org_start is None else doc.text[r.org_start : r.org_stop])
        for row, r in zip(rows(doc), tables.roles(doc), strict=True)
    ]


LEFT = "Вчера {} Иван Петров ушёл в отставку."

CHAIR = "Председатель совета Иван Петров заявил об этом журналистам."
COUNCIL_ROW = (
    PETROV,
    "председатель",
    "Председатель совета",
    "Конституционный совет",
    "ORG",
    None,
    "current",
)

# roles_s13_fields11_orgs: fields.org_before_place, adjective_org and referred_org through the
# pipeline: each case's rows with their org mentions
CASES_FIELDS_ORGS = {
    # org_before_place: the org's noun and the place leave the role; no key of the place
    "an org's noun before a country": (
        "Вчера начальник генштаба армии Китая Иван Петров прибыл в Москву.",
        [((PETROV, "начальник генштаба", "начальник генштаба армии Китая", "армия Китая", "ORG",
           None, "current"), "армии Китая")],
    ),
    # the noun right after the post's: the org opens two words after the post
    "an org's noun right after the post's": (
        "Сотрудник полиции Москвы Иван Петров задержан.",
        [((PETROV, "сотрудник", "Сотрудник полиции Москвы", "полиция Москвы", "ORG", None,
           "current"), "полиции Москвы")],
    ),
    # its adjectives too, the phrase not at the text's start
    "an org's adjective and noun mid-sentence": (
        "Вчера судья окружного суда Далласа Иван Петров вынес приговор.",
        [((PETROV, "судья", "судья окружного суда Далласа", "окружной суд Далласа", "ORG", None,
           "current"), "окружного суда Далласа")],
    ),
    # the adjective in the noun's gender ("окружное", not "окружной")
    "a neuter org's adjective": (
        LEFT.format("начальник окружного управления Москвы"),
        [((PETROV, "начальник", "начальник окружного управления Москвы",
           "окружное управление Москвы", "ORG", None, "former"), "окружного управления Москвы")],
    ),
    # a plural org keeps its number
    "a plural org": (
        "Командир военно-морских сил Индии Иван Петров прибыл в Москву.",
        [((PETROV, "командир", "Командир военно-морских сил Индии", "военно-морские силы Индии",
           "ORG", None, "current"), "военно-морских сил Индии")],
    ),
    # must not change: no org's noun before a place of adjectives alone
    "a place's adjective after the org's noun": (
        "Командующий армии боснийских сербов Ратко Младич арестован.",
        [(("Ратко Младич", "командующий армии", "Командующий армии боснийских сербов",
           "Босния и Герцеговина", "COUNTRY", "BA", "current"), "боснийских")],
    ),
    # adjective_org: the adjective in the noun's gender ("ростовское", not "ростовский")
    "a place's adjective before a neuter org's noun": (
        LEFT.format("глава ростовского представительства"),
        [((PETROV, "глава", "глава ростовского представительства",
           "ростовское представительство", "ORG", None, "former"),
          "ростовского представительства")],
    ),
    # referred_org: an org of more words than its noun is no org named before by that noun
    "an org of two words, its noun named before": (
        "Полиция Москвы начала проверку. Сотрудник полиции Москвы Иван Петров задержан.",
        [((PETROV, "сотрудник", "Сотрудник полиции Москвы", "полиция Москвы", "ORG", None,
           "current"), "полиции Москвы")],
    ),
    "an org of two words, a longer org named before": (
        "Народно-освободительная армия Китая провела учения. Начальник генштаба армии Китая "
        "Иван Петров прибыл в Москву.",
        [((PETROV, "начальник генштаба", "Начальник генштаба армии Китая", "армия Китая", "ORG",
           None, "current"), "армии Китая")],
    ),
    # must not change: a country's adjective before an org's noun stays the country
    "a country's adjective before an org's noun": (
        "Сотрудник российского посольства Иван Петров задержан.",
        [((PETROV, "сотрудник", "Сотрудник российского посольства", "Россия", "COUNTRY", "RU",
           "current"), "российского")],
    ),
    # referred_org: the one org named before by the noun, past other mentions before it
    "the council named before": (
        f"Конституционный совет одобрил закон. {CHAIR}",
        [(COUNCIL_ROW, "совета")],
    ),
    "the council named after a place": (
        f"Во Франции Конституционный совет одобрил закон. {CHAIR}",
        [(COUNCIL_ROW, "совета")],
    ),
    "the council named after another org": (
        f"Министерство обороны и Конституционный совет одобрили закон. {CHAIR}",
        [(COUNCIL_ROW, "совета")],
    ),
    # must not: an org named only after the post, or by its noun alone
    "the council named after the post": (
        f"{CHAIR} Конституционный совет одобрил закон.",
        [((*COUNCIL_ROW[:3], "совет", *COUNCIL_ROW[4:]), "совета")],
    ),
    "the council named by its noun alone": (
        f"Совет одобрил закон. {CHAIR}",
        [((*COUNCIL_ROW[:3], "совет", *COUNCIL_ROW[4:]), "совета")],
    ),
}  # fmt: skip


@pytest.mark.parametrize("text, expected", CASES_FIELDS_ORGS.values(), ids=CASES_FIELDS_ORGS.keys())
def test_mutants_s13_fields_orgs(parse, text, expected):
    assert rows_spans(parse(text)) == expected

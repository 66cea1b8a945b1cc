"""Roles, session 12 (again12): a candidate's post, posts named again, biographies' lines.

``ruextract.roles.candidates``: "кандидат в президенты", "кандидатом на пост мэра",
"кандидатов на президентский пост" are posts (role "кандидат в" and the post's plural);
"кандидат наук" stays a degree, and the noun with no post sought gives no row.
``ruextract.roles.referents.same_post_named``: a post named again by the noun of a post the last
person named holds. ``ruextract.roles.subjects``: a dative name with its age is a biography's
subject (``aged``); an instrumental post after "работа" is the possessor's (``work_post``).

Each rule has cases that must link and cases on the other side of its condition that must not.
"""

from __future__ import annotations

import pytest

from ruextract.roles.candidates import plural_post
from tests.conftest import role_rows as rows

SIDOROV = "Пётр Сидоров"


CASES_CANDIDATES = {
    # "в" and a plural post: the post's place is the org
    "в and a plural post, its country": (
        "Кандидат в президенты Парагвая Лино Овьедо погиб при крушении вертолёта.",
        [("Лино Овьедо", "кандидат в президенты", "Кандидат в президенты Парагвая", "Парагвай",
          "current")],
    ),
    # the candidate's party after "от" is the org, not the post's
    "в, a party after от": (
        "Сторонники кандидата в президенты от Республиканской партии Дональда Трампа вышли на "
        "улицы.",
        [("Дональд Трамп", "кандидат в президенты",
          "кандидата в президенты от Республиканской партии", "Республиканская партия",
          "current")],
    ),
    "в, a copula": (
        "Пётр Сидоров стал кандидатом в депутаты Государственной думы.",
        [(SIDOROV, "кандидат в депутаты", "кандидатом в депутаты Государственной думы",
          "Государственная дума", "current")],
    ),
    # "на пост" and a singular genitive post: its plural
    "на пост, a copula after it": (
        "Кандидатом на пост мэра Москвы стал Пётр Сидоров.",
        [(SIDOROV, "кандидат в мэры", "Кандидатом на пост мэра Москвы", "Москва", "current")],
    ),
    "на пост, the feminine noun": (
        "Кандидатке на пост президента Анне Беловой исполнилось 54 года.",
        [("Анне Белова", "кандидатка в президенты", "Кандидатке на пост президента", None,
          "current")],
    ),
    # an adjective before "пост" names the post sought
    "на президентский пост, одним из": (
        "Ещё одним из наиболее вероятных кандидатов на президентский пост является 60-летний "
        "Модибо Сидибе.",
        [("Модибо Сидибе", "кандидат в президенты",
          "вероятных кандидатов на президентский пост", None, "current")],
    ),
    # must not: a degree
    "a degree": ("Пётр Сидоров, кандидат экономических наук, выступил в Думе.", []),
    # must not: the noun with its party only (NEREL train tags none)
    "a party only": ("Кандидат от ЛДПР Пётр Сидоров подал документы.", []),
    # must not: "на" with no post sought
    "на with no post": (
        "Кандидат на вступление в Евросоюз Сербия ждёт решения, заявил Пётр Сидоров.",
        [],
    ),
    # must not: a post filled by appointment is only sought
    "на пост, an appointed post": (
        "Пётр Сидоров остаётся кандидатом на пост главы ФСБ.",
        [],
    ),
    # must not: "на пост" with a plural post after it is no post sought by one
    "на пост of a plural": (
        "Кандидат на пост министров Пётр Сидоров подал документы.",
        [],
    ),
}  # fmt: skip


@pytest.mark.parametrize("text, expected", CASES_CANDIDATES.values(), ids=CASES_CANDIDATES.keys())
def test_roles_again12_candidates(parse, text, expected):
    assert rows(parse(text)) == expected


@pytest.mark.parametrize(
    "word, plural",
    [("президент", "президенты"), ("мэр", "мэры"), ("премьер-министр", "премьер-министры")],
)
def test_roles_again12_plural_post(word, plural):
    assert plural_post(word) == plural


# two people named first, then a sentence naming nobody: the post named again two sentences on
OPENING = (
    "Режиссёр Анна Белова представила фильм. Актёр Пётр Сидоров приехал в Москву. Вечером "
    "прошёл показ."
)
BELOVA = ("Анна Белова", "режиссер", "Режиссёр", None, "current")
ACTOR = (SIDOROV, "актер", "Актёр", None, "current")
HEAD = (SIDOROV, "глава", "Глава Башкирии", "Башкирия", "current")

CASES_SAME_POST = {
    # referents.same_post_named: the last person named, within two sentences, holds its noun
    "accusative, two sentences on": (
        f"{OPENING} Зрители встретили овацией актёра, которого так ждали.",
        [BELOVA, ACTOR, (SIDOROV, "актер", "актёра", None, "current")],
    ),
    "instrumental after a preposition": (
        f"{OPENING} Зрители встретили овацией с актёром.",
        [BELOVA, ACTOR, (SIDOROV, "актер", "актёром", None, "current")],
    ),
    # must not: three sentences on
    "three sentences on": (
        f"{OPENING} Вчера прошёл дождь. Зрители встретили овацией актёра, которого так ждали.",
        [BELOVA, ACTOR],
    ),
    # must not: a new holder, a praising adjective of an instrumental
    "a new holder": (f"{OPENING} Поклонники ждали нового актёра у входа.", [BELOVA, ACTOR]),
    "instrumental with praise": (
        f"{OPENING} Публика назвала спектакль лучшим, а зрители встретили овацией с любимым "
        "актёром.",
        [BELOVA, ACTOR],
    ),
    # must not: a possessive makes it the possessor's staff ("главу своей администрации")
    "a possessive": (
        "Режиссёр Анна Белова представила фильм. Глава Башкирии Пётр Сидоров прилетел в Сочи. "
        "Вечером Сидоров решил поменять главу своей администрации.",
        [BELOVA, HEAD],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_SAME_POST.values(), ids=CASES_SAME_POST.keys())
def test_roles_again12_same_post(parse, text, expected):
    assert rows(parse(text)) == expected


BELOV = "Иван Белов"
MINISTER = (BELOV, "министр финансов", "министром финансов", None, "current")
ENVOY = ("посол", "послом США в ООН", "ООН", "current")

CASES_BIOGRAPHY = {
    # subjects.aged: a dative name with its age is the chain's subject
    "a copula with no subject after an age line": (
        "Сенат утвердил Ивана Белова. Ивану Белову 52 года. Он окончил Гарвард. После ухода с "
        "госслужбы работал адвокатом в банке.",
        [(BELOV, "адвокат", "адвокатом", None, "current")],
    ),
    # must not: a dative name with no age after it
    "a dative name with no age": (
        "Сенат утвердил Ивана Белова. Ивану Белову подарили часы. Он окончил Гарвард. После "
        "ухода с госслужбы работал адвокатом в банке.",
        [],
    ),
    # subjects.work_post: the possessor, past a genitive name complementing a noun
    "работа and an instrumental, его": (
        "Иван Белов был министром финансов. До этого он работал в администрации Джорджа Буша. "
        "В его послужном списке также работа послом США в ООН.",
        [MINISTER, (BELOV, *ENVOY)],
    ),
    "работа and an instrumental, её": (
        "Анна Белова была министром финансов. До этого она работала в администрации Джорджа "
        "Буша. В её послужном списке также работа послом США в ООН.",
        [("Анна Белова", "министр финансов", "министром финансов", None, "current"),
         ("Анна Белова", *ENVOY)],
    ),
    # must not: a name of the pronoun's gender that is the subject stays its antecedent
    "the last name a subject": (
        "Иван Белов был министром финансов. До этого с ним работал Джордж Буш. В его "
        "послужном списке также работа послом США в ООН.",
        [MINISTER, ("Джордж Буш", *ENVOY)],
    ),
}  # fmt: skip


@pytest.mark.parametrize("text, expected", CASES_BIOGRAPHY.values(), ids=CASES_BIOGRAPHY.keys())
def test_roles_again12_biography(parse, text, expected):
    assert rows(parse(text)) == expected

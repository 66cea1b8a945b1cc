"""Mutation tests for session 12's roles rules: kin posts, candidates, lists.

Cases that kill the mutants ``benchmarks/mutation.py`` leaves alive in the targets
``roles_s12_kin`` (``roles/kin.py``), ``roles_s12_candidates`` (``roles/candidates.py``) and
``roles_s12_lists12`` (the functions of ``roles/lists.py`` session 12 added or changed).
"""

from __future__ import annotations

import pytest

from ruextract import tables
from ruextract.roles.candidates import sought
from tests.conftest import keyed_role_rows as rows

SIDOROV = "Пётр Сидоров"


def org_spans(doc) -> list[str | None]:
    """The text of each row's org mention (None when the org was inferred)."""
    return [
        None if r.org_start is None else doc.text[r.org_start : r.org_stop]
        for r in tables.roles(doc)
    ]


# candidates.candidate_phrase and sought, through the pipeline
CASES_CANDIDATES = {
    # the sought post's genitive words stay in the role; its org's label and key are the post's
    "в and a post with its genitive": (
        "Кандидат в министры финансов Пётр Сидоров выступил в Думе.",
        [(SIDOROV, "кандидат в министры финансов", "Кандидат в министры финансов", None, None,
          None, "current")],
    ),
    "в, the post's country": (
        "Кандидат в президенты Парагвая Лино Овьедо погиб при крушении вертолёта.",
        [("Лино Овьедо", "кандидат в президенты", "Кандидат в президенты Парагвая", "Парагвай",
          "COUNTRY", "PY", "current")],
    ),
    # candidates._word past a space token (a double space), before and after "в"
    "a double space after в": (
        "Кандидат в  президенты Пётр Сидоров выступил на митинге.",
        [(SIDOROV, "кандидат в президенты", "Кандидат в  президенты", None, None, None,
          "current")],
    ),
    "a double space before в": (
        "Кандидат  в президенты Пётр Сидоров выступил на митинге.",
        [(SIDOROV, "кандидат в президенты", "Кандидат  в президенты", None, None, None,
          "current")],
    ),
    # a plural candidates' noun: each name listed after it
    "plural candidates": (
        "Кандидаты в президенты Пётр Сидоров и Анна Белова вышли на дебаты.",
        [(SIDOROV, "кандидат в президенты", "Кандидаты в президенты", None, None, None,
          "current"),
         ("Анна Белова", "кандидат в президенты", "Кандидаты в президенты", None, None, None,
          "current")],
    ),
    # must not: "в" and an org, no role noun
    "в and an org": ("Кандидат в Госдуму Пётр Сидоров подал документы.", []),
    "в and a singular noun of no post": ("Кандидат в парламент Пётр Сидоров подал документы.", []),
    # must not: a post after a comma is his own, no post sought
    "a comma, then his post": (
        "Единственный кандидат, депутат Госдумы Пётр Сидоров, подал документы.",
        [(SIDOROV, "депутат", "депутат Госдумы", "Госдума", "ORG", None, "current")],
    ),
    # must not: the noun last in the document, or with one word after it (a headline)
    "the noun at the end": ("Пётр Сидоров — единственный кандидат.", []),
    "на and one word, a headline": ("Пётр Сидоров выдвинут кандидатом на выборы", []),
}  # fmt: skip


@pytest.mark.parametrize("text, expected", CASES_CANDIDATES.values(), ids=CASES_CANDIDATES.keys())
def test_mutants_s12b_candidates(parse, text, expected):
    assert rows(parse(text)) == expected


def test_mutants_s12b_candidate_org_span(parse):
    """The org mention of a candidate's row is the sought post's ("Парагвая")."""
    doc = parse("Кандидат в президенты Парагвая Лино Овьедо погиб при крушении вертолёта.")
    assert org_spans(doc) == ["Парагвая"]


# candidates.sought on its own input: the post after "на" (the pipeline's other rules read a
# genitive post there themselves, so rows hide whether sought gave it)
CASES_SOUGHT = {
    "на пост, an elected post": (
        "Кандидат на пост мэра Москвы Пётр Сидоров выступил.",
        ("мэра", "мэры"),
    ),
    # must not: "на" and no post word before the post
    "на выборах and a post": ("Кандидат на выборах мэра Пётр Сидоров проголосовал.", (None, None)),
    # must not: a singular post filled by appointment
    "на пост, an appointed singular post": (
        "Кандидат на пост министра обороны Пётр Сидоров выступил.",
        (None, None),
    ),
}  # fmt: skip


@pytest.mark.parametrize("text, expected", CASES_SOUGHT.values(), ids=CASES_SOUGHT.keys())
def test_mutants_s12b_sought(parse, text, expected):
    doc = parse(text)
    head = next(t for t in doc if t.lemma_.lower() == "кандидат")
    target, plural = sought(doc, head)
    assert (None if target is None else target.text, plural) == expected


# candidates.party: the org after "от" inside the sought post's phrase, past its place
CASES_PARTY = {
    "a party after the post's place": (
        "Кандидат в президенты США от Республиканской партии Пётр Сидоров выступил в Огайо.",
        ["Республиканская партия"],
    ),
    # must not: a country after "от" is where the candidate stands, the post's org stays
    "a country after 'от'": (
        "Кандидат в депутаты Госдумы от России Пётр Сидоров выступил.",
        ["Госдума"],
    ),
    # must not: "от" not right before the org ("от имени ... партии")
    "'от имени' before the party": (
        "Кандидат в президенты США от имени Республиканской партии Пётр Сидоров выступил.",
        ["США"],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_PARTY.values(), ids=CASES_PARTY.keys())
def test_mutants_s12b_candidate_party(parse, text, expected):
    assert [row[3] for row in rows(parse(text))] == expected


def kin_rows(doc) -> list[tuple[str, str, str, str | None, str]]:
    return [(r.key, r.role, r.text, r.org, r.status) for r in tables.roles(doc)]


MAKAROV = "Василий Макаров"
PREMIER = "Джеймс Уокер"
PREMIER_ROW = (PREMIER, "премьер-министр", "Премьер-министр Великобритании", "Великобритания",
               "current")  # fmt: skip
PREMIER_AGAIN = (PREMIER, "премьер-министр", "премьер-министра", "Великобритания", "current")
PREMIER_ILL = f"Премьер-министр Великобритании {PREMIER} госпитализирован."

# kin.described, kin_holder, same_family, agrees_with through the pipeline
CASES_KIN = {
    # described: the name before the kinship noun past a comma and its adjective; same_family
    # reads the people in text order past the described one herself
    "the daughter named before her kinship noun": (
        "Ольга Макарова, младшая дочь знаменитого писателя, приехала на юбилей Василия "
        "Макарова.",
        [(MAKAROV, "писатель", "знаменитого писателя", None, "current")],
    ),
    # must not: same_family keeps no man for a woman's post, no woman for a man's
    "an actress's daughter, only a man of her surname": (
        f"В Барнауле отметили юбилей {MAKAROV}а. Среди гостей — дочь знаменитой актрисы "
        "Ольга Макарова.",
        [],
    ),
    "a writer's daughter, only a woman of her surname": (
        "В Барнауле отметили юбилей Анны Макаровой. Среди гостей — дочь знаменитого писателя "
        "Ольга Макарова.",
        [],
    ),
    "the daughter named before a dash": (
        "Ольга Макарова — дочь известного писателя. Она приехала на юбилей Василия Макарова.",
        [(MAKAROV, "писатель", "известного писателя", None, "current")],
    ),
    # must not: two men of her surname, neither is the one
    "a writer's daughter, two men of her surname": (
        f"На вечере выступили {MAKAROV} и Игорь Макаров. Среди гостей — дочь знаменитого "
        "писателя Ольга Макарова.",
        [],
    ),
    # agrees_with: a man's accusative is his genitive, the relative named after the post
    "an accusative son, a man's name after the post": (
        "Полиция задержала сына депутата Валерия Петрова.",
        [("Валерий Петров", "депутат", "депутата", None, "current")],
    ),
    # agrees_with: a woman's genitive name is no apposition of a nominative daughter
    "a nominative daughter, a woman's genitive name": (
        "Дочь министра Анны Беловой Мария поступила в университет.",
        [("Анна Белова", "министр", "министра", None, "current")],
    ),
    # kin_holder: no name after nor before, the one holder elsewhere at the post's own org
    "a partner of the premier of the same country": (
        f"{PREMIER_ILL} Подруга премьер-министра Великобритании тоже заболела.",
        [PREMIER_ROW,
         (PREMIER, "премьер-министр", "премьер-министра Великобритании", "Великобритания",
          "current")],
    ),
    # must not: the holder elsewhere is of another country
    "a partner of the premier of another country": (
        f"{PREMIER_ILL} Подруга премьер-министра Италии тоже заболела.",
        [PREMIER_ROW],
    ),
    # kin_holder: a former post's holder elsewhere is former too
    "a former president's daughter": (
        "Бывший президент Борис Петров переехал в Москву. Рядом живёт дочь бывшего президента.",
        [("Борис Петров", "президент", "Бывший президент", None, "former"),
         ("Борис Петров", "президент", "бывшего президента", None, "former")],
    ),
    # kin.name_after stops at a verb, an auxiliary, a comma before no genitive word: the
    # name after it is no one the kinship noun names, the holder elsewhere keeps the post
    "a verb before a man's name": (
        f"{PREMIER_ILL} Подруга премьер-министра встретила Петра Сидорова в больнице.",
        [PREMIER_ROW, PREMIER_AGAIN],
    ),
    "an auxiliary before a man's name": (
        f"{PREMIER_ILL} Подруга премьер-министра была с Петром Сидоровым в больнице.",
        [PREMIER_ROW, PREMIER_AGAIN],
    ),
    "a comma before a man's name": (
        f"{PREMIER_ILL} Подруга премьер-министра, по словам Петра Сидорова, тоже заболела.",
        [PREMIER_ROW, PREMIER_AGAIN],
    ),
    # kin_holder: the described one (before the noun, or the name after it) is not the holder
    "the partner named before her noun": (
        f"{PREMIER_ILL} Анна Белова, подруга премьер-министра, тоже заболела.",
        [PREMIER_ROW, PREMIER_AGAIN],
    ),
    "the partner named after the post": (
        f"{PREMIER_ILL} Подруга премьер-министра Анна Белова тоже заболела.",
        [PREMIER_ROW, PREMIER_AGAIN],
    ),
    # must not: the kinship noun first in the text, or after a comma and no name
    "the kinship noun first": (
        "Дочь знаменитого писателя приехала на юбилей Василия Макарова.",
        [],
    ),
    "a comma and no name before the noun": (
        "На юбилей Василия Макарова пришли гости, дочь знаменитого писателя и его друзья.",
        [],
    ),
}  # fmt: skip


@pytest.mark.parametrize("text, expected", CASES_KIN.values(), ids=CASES_KIN.keys())
def test_mutants_s12b_kin(parse, text, expected):
    assert kin_rows(parse(text)) == expected


LAVROV, WANG, JAISHANKAR = "Сергей Лавров", "Ван И", "Субрахманьям Джайшанкар"
FOREIGN = ("министр иностранных дел", "Министры иностранных дел России")
PETROV, SMIRNOV, ORLOV = "Иван Петров", "Олег Смирнов", "Павел Орлов"
POLITICIAN = ("политик", "других политиков-республиканцев", None, None, None, "current")
GOVERNOR = (PETROV, "губернатор", "бывший губернатор Флориды", "Флорида", "LOC", None, "former")
REPUBLICANS = "Среди других политиков-республиканцев, от которых ожидают заявлений, —"

# lists.listed_places / at_place, members_after, others_bracketed through the pipeline
CASES_LISTS = {
    # at_place: the place of the holder's rank is the org, with its label, key and mention
    "two places, two names": (
        f"Министры иностранных дел России и Китая {LAVROV} и {WANG} провели переговоры.",
        [(LAVROV, *FOREIGN, "Россия", "COUNTRY", "RU", "current"),
         (WANG, *FOREIGN, "Китай", "COUNTRY", "CN", "current")],
    ),
    # listed_places: the list's last place before the first name, past the second
    "three places, three names": (
        f"Министры иностранных дел России, Китая и Индии {LAVROV}, {WANG} и {JAISHANKAR} "
        "провели переговоры.",
        [(LAVROV, *FOREIGN, "Россия", "COUNTRY", "RU", "current"),
         (WANG, *FOREIGN, "Китай", "COUNTRY", "CN", "current"),
         (JAISHANKAR, *FOREIGN, "Индия", "COUNTRY", "IN", "current")],
    ),
    # must not: no name after the places, a word of no place in the list
    "two places, no name": (
        "Министры иностранных дел России и Китая провели переговоры в Москве.",
        [],
    ),
    "a place and no place": (
        "Министры иностранных дел России и ряда других стран провели переговоры.",
        [],
    ),
    # members_after: a member's description may hold quotes
    "the last member's description in quotes": (
        f"{REPUBLICANS} бывший губернатор Флориды {PETROV}, а также глава «Газпрома» Алексей "
        "Миллер.",
        [(PETROV, *POLITICIAN), ("Алексей Миллер", *POLITICIAN), GOVERNOR,
         ("Алексей Миллер", "глава", "глава «Газпрома»", "Газпром", "ORG", None, "current")],
    ),
    # must not: a pronoun or a participle in what follows a member is no member's description
    "a pronoun after the comma": (
        f"{REPUBLICANS} бывший губернатор Флориды {PETROV}, его сын {SMIRNOV}.",
        [(PETROV, *POLITICIAN), GOVERNOR],
    ),
    "a participle after the comma": (
        f"{REPUBLICANS} бывший губернатор Флориды {PETROV}, поддержавший Олега Смирнова.",
        [(PETROV, *POLITICIAN), GOVERNOR],
    ),
}  # fmt: skip


@pytest.mark.parametrize("text, expected", CASES_LISTS.values(), ids=CASES_LISTS.keys())
def test_mutants_s12b_lists(parse, text, expected):
    assert rows(parse(text)) == expected


def test_mutants_s12b_listed_places_org_spans(parse):
    """Each holder's org mention is the place of its rank ("России", "Китая")."""
    doc = parse(f"Министры иностранных дел России и Китая {LAVROV} и {WANG} провели переговоры.")
    assert org_spans(doc) == ["России", "Китая"]


FOOTBALLER = ("футболист", "футболистов", None, None, None, "current")


def test_mutants_s12b_others_after_colon(parse):
    """others_bracketed: "другие" and a colon opens the others' list as a dash does."""
    doc = parse(
        "Один из четырёх футболистов, забивавших голы в двух финалах подряд (другие: "
        f"{PETROV}, {SMIRNOV}, {ORLOV})."
    )
    assert rows(doc) == [(PETROV, *FOOTBALLER), (SMIRNOV, *FOOTBALLER), (ORLOV, *FOOTBALLER)]

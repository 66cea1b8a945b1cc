"""Roles, session 13 (near13): posts in the holder's own sentence.

``ruextract.roles.ahead.holder_past_complement``: a dative, instrumental or locative post
whose genitive complement names its own holder is held by the name right after that one, when
it may be in the post's case. ``ruextract.roles.lists.joined``: two posts side by side in
different cases (but the accusative and the genitive, spelt alike) are a post and its
complement, no list; nor is a genitive post right after a role noun
(``lists.complement_post``). ``ruextract.roles.copulas.appoints``: a gerund of appointment
gives the post to its object, never to its subject. ``ruextract.roles.lists
.subjects_before_copula`` and ``linking.attach``: a plural instrumental post of a plural copula
is each name's listed right before the copula, or listed after it. ``ahead.person_ahead``:
an oblique post reaches its name past a preposition's phrase closed by a place, a title in
quotes, a Latin-script name or the holder's age ("сенатора от штата Вермонт Берни Сандерса"),
and past a noun pymorphy3 reads only as animate ("полному кавалеру ордена …").

Each rule has cases that must link and cases on the other side of its condition that must not.
"""

from __future__ import annotations

import pytest

from tests.conftest import role_rows as rows

PETROV = "Иван Петров"
SMIRNOV = "Олег Смирнов"
ORLOV = "Андрей Орлов"
TSVETKOV = "Сергей Цветков"
MAYOR = (ORLOV, "мэр", "Мэр", None, "current")

CASES_COMPLEMENT = {
    # ahead.holder_past_complement: the tagger reads the second name as genitive, pymorphy3
    # reads it as dative too
    "a press secretary of an ex-president, both named": (
        "Концерт посвятили пресс-секретарю экс-президента США Билла Клинтона Джо Локхарту.",
        [
            (
                "Джо Локхарт",
                "пресс-секретарь",
                "пресс-секретарю экс-президента США",
                "экс-президент США",
                "current",
            ),
            ("Билл Клинтон", "президент", "экс-президента США", "США", "former"),
        ],
    ),
    # must not: no name after the complement's, the ex-president's post alone
    "a press secretary of an ex-president, only the ex-president named": (
        "Открытку вручили пресс-секретарю экс-президента США Джона Уоллеса.",
        [("Джон Уоллес", "президент", "экс-президента США", "США", "former")],
    ),
    # must not: another clause's subject after a comma is no holder
    "a press secretary of an ex-president, another person after a comma": (
        "Открытку вручили пресс-секретарю экс-президента США Джона Уоллеса, Питер Доусон "
        "промолчал.",
        [("Джон Уоллес", "президент", "экс-президента США", "США", "former")],
    ),
    # holder_past_complement and lists.joined: the adviser's holder past the president's name,
    # the two posts side by side in different cases no list
    "an adviser to a president, both named": (
        "Письмо направлено советнику президента Ивана Петрова Олегу Смирнову.",
        [
            (SMIRNOV, "советник", "советнику", None, "current"),
            (PETROV, "президент", "президента", None, "current"),
        ],
    ),
    # must not: the president's name holds no adviser's post (main gave it to Петров)
    "an adviser to a governor, only the governor named": (
        "Письмо вручили советнику губернатора Ивана Петрова.",
        [(PETROV, "губернатор", "губернатора", None, "current")],
    ),
    # lists.complement_post and ahead.after_complement: the minister is Петров, the
    # assistant (an accusative: the names read alike in both cases) Смирнов (main gave both
    # posts to Смирнов)
    "an assistant of a minister, both named in the accusative": (
        "Губернатор поблагодарил помощника министра Ивана Петрова Олега Смирнова.",
        [
            (SMIRNOV, "помощник", "помощника", None, "current"),
            (PETROV, "министр", "министра", None, "current"),
        ],
    ),
    "an adviser of a president, both named in the genitive": (
        "Журналисты дождались советника президента Владимира Путина Юрия Ушакова.",
        [
            ("Юрий Ушаков", "советник", "советника", None, "current"),
            ("Владимир Путин", "президент", "президента", None, "current"),
        ],
    ),
    # must not: the president's name holds no adviser's post (main gave it to Путин)
    "an adviser of a president, only the president named": (
        "Журналисты дождались советника президента Владимира Путина.",
        [("Владимир Путин", "президент", "президента", None, "current")],
    ),
    # must not change: a deputy minister's post and his rank side by side are one man's
    "a deputy minister and his rank side by side": (
        "Мы встретили замминистра генерал-полковника Ивана Петрова.",
        [
            (PETROV, "заместитель министра", "замминистра", None, "current"),
            (PETROV, "генерал-полковник", "генерал-полковника", None, "current"),
        ],
    ),
    # must not change: a commander's post and his rank side by side are one man's
    "a commander and his rank side by side": (
        "Вчера уволен командующий Южным военным округом генерал-полковник Сергей Макаров.",
        [
            (
                "Сергей Макаров",
                "командующий",
                "командующий Южным военным округом",
                "Южный военный округ",
                "current",
            ),
            (
                "Сергей Макаров",
                "генерал-полковник",
                "генерал-полковник",
                "Южный военный округ",
                "current",
            ),
        ],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_COMPLEMENT.values(), ids=CASES_COMPLEMENT.keys())
def test_roles_near13_complement(parse, text, expected):
    assert rows(parse(text)) == expected


CASES_GERUND = {
    # copulas.appoints: the gerund's object, past its description, holds the post
    "a gerund of appointment, the object named after the post": (
        f"Мэр {ORLOV} подписал указ, назначив министром финансов области бывшего банкира "
        "Сергея Цветкова.",
        [
            MAYOR,
            (TSVETKOV, "министр финансов", "министром финансов области", None, "current"),
            (TSVETKOV, "банкир", "бывшего банкира", None, "former"),
        ],
    ),
    # must not: an unnamed object; the gerund's subject holds no post it gives (main gave it
    # to the mayor)
    "a gerund of appointment, the object unnamed": (
        f"Мэр {ORLOV} подписал указ, назначив министром финансов области своего давнего друга.",
        [MAYOR],
    ),
    # must not change: a gerund copula's post is its subject's
    "a gerund copula, the subject holds the post": (
        f"Мэр {ORLOV} подписал указ, став министром финансов области.",
        [MAYOR, (ORLOV, "министр финансов", "министром финансов области", None, "current")],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_GERUND.values(), ids=CASES_GERUND.keys())
def test_roles_near13_gerund(parse, text, expected):
    assert rows(parse(text)) == expected


BOARD = ("член", "совет директоров")
BANK_BOARD = ("член", "членами совета директоров банка", "совет директоров банка", "current")

CASES_PLURAL_COPULA = {
    # linking.attach: each name listed after the copula that follows the plural post
    "a plural post, a copula and two names after it": (
        f"Новыми членами совета директоров стали {PETROV} и {SMIRNOV}.",
        [
            (PETROV, BOARD[0], "Новыми членами совета директоров", BOARD[1], "current"),
            (SMIRNOV, BOARD[0], "Новыми членами совета директоров", BOARD[1], "current"),
        ],
    ),
    # must not: an unnamed second member
    "a plural post, a copula, one name and an unnamed person": (
        f"Новыми членами совета директоров стали {PETROV} и его брат.",
        [(PETROV, BOARD[0], "Новыми членами совета директоров", BOARD[1], "current")],
    ),
    # lists.subjects_before_copula: two names joined right before the copula
    "two names, a plural copula and a plural post": (
        f"{PETROV} и {SMIRNOV} стали членами совета директоров банка.",
        [(PETROV, *BANK_BOARD), (SMIRNOV, *BANK_BOARD)],
    ),
    "two names, a plural copula and a plural post, a speaker after": (
        f"{PETROV} и {SMIRNOV} стали членами совета директоров банка, сообщил {ORLOV}.",
        [(PETROV, *BANK_BOARD), (SMIRNOV, *BANK_BOARD)],
    ),
    # must not: a preposition's object, no copula
    "two names and a preposition's plural object": (
        f"{PETROV} и {SMIRNOV} встретились с членами совета директоров банка.",
        [],
    ),
    # must not: an active verb of appointment gives the post to its object
    "two names appointing others": (
        f"{PETROV} и {SMIRNOV} назначили членами совета директоров своих сыновей.",
        [],
    ),
    # must not: a negated copula
    "two names, a negated copula": (
        f"{PETROV} и {SMIRNOV} не были членами совета директоров банка.",
        [],
    ),
}


@pytest.mark.parametrize(
    "text, expected", CASES_PLURAL_COPULA.values(), ids=CASES_PLURAL_COPULA.keys()
)
def test_roles_near13_plural_copula(parse, text, expected):
    assert rows(parse(text)) == expected


CASES_NAMED_BETWEEN = {
    # ahead.person_ahead past a preposition's phrase closed by a place: the accusative
    # post's name, read as genitive, is its holder
    "a senator from a state, the state named before the holder": (
        "По данным опроса, губернатор опережает сенатора от штата Вермонт Джона Картера.",
        [("Джон Картер", "сенатор", "сенатора", None, "current")],
    ),
    # must not: no name after the place
    "a senator from a state, nobody named": (
        "По данным опроса, губернатор опережает сенатора от штата Вермонт.",
        [],
    ),
    # must not: a common noun closes the phrase, the name may be its complement
    "a driver from a garage and a genitive name": (
        "Суд допросил водителя из гаража Ивана Петрова.",
        [],
    ),
    # named_before: the holder's age opens the name's own phrase past the preposition's
    "an employee with experience, the holder's age before the name": (
        "Полиция допросила сотрудника с большим опытом 35-летнего Олега Смирнова.",
        [(SMIRNOV, "сотрудник", "сотрудника", None, "current")],
    ),
    # must not: no name after the preposition's phrase
    "an employee with experience, nobody named": (
        "Полиция допросила сотрудника с большим опытом.",
        [],
    ),
    # must not: the preposition's noun is a post of its own, the name after the place its
    # holder's ("во главе с" is no post of hers)
    "a preposition's post before a place and its holder": (
        "Североходцы во главе с председателем регионального отделения Республики Башкортостан "
        "Зухрой Муртазиной прошли маршрут.",
        [
            (
                "Зухра Муртазина",
                "председатель",
                "председателем регионального отделения Республики Башкортостан",
                "региональное отделение Республики Башкортостан",
                "current",
            )
        ],
    ),
    # ahead.title_end and named_before: past a title in quotes
    "an actor from a series in quotes, the actor named after it": (
        "Журналисты взяли интервью у актёра из сериала «Тихий Дон» Петра Иванова.",
        [("Петр Иванов", "актер", "актёра", None, "current")],
    ),
    # must not: a new clause's subject after the comma
    "an actor from a series in quotes, another clause's subject after a comma": (
        "Журналисты взяли интервью у актёра из сериала «Тихий Дон», Пётр Иванов отказался.",
        [],
    ),
}


@pytest.mark.parametrize(
    "text, expected", CASES_NAMED_BETWEEN.values(), ids=CASES_NAMED_BETWEEN.keys()
)
def test_roles_near13_named_between(parse, text, expected):
    assert rows(parse(text)) == expected


CASES_ANIMATE = {
    # ahead.animate: a noun pymorphy3 reads only as animate describes the holder, whatever the
    # tagger's animacy ("кавалеру"), past a title in quotes
    "an award's holder between the post and the name": (
        "Поздравление направлено художественному руководителю драматического театра, полному "
        "кавалеру ордена «За заслуги перед Отечеством», Ивану Петрову.",
        [
            (
                PETROV,
                "художественный руководитель",
                "художественному руководителю драматического театра",
                "драматический театр",
                "current",
            )
        ],
    ),
    # must not: an inanimate noun of the post's case between is another recipient
    "a fund between the post and the name": (
        "Деньги перевели художественному руководителю драматического театра, благотворительному "
        "фонду Ивану Петрову.",
        [],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_ANIMATE.values(), ids=CASES_ANIMATE.keys())
def test_roles_near13_animate(parse, text, expected):
    assert rows(parse(text)) == expected

"""Roles, session 14 (near14): posts in the holder's own sentence, pinned bugs of session 13.

``ruextract.roles.lists.listed_places``: a list of names may follow a plural post's list of
places past a dash, each name at its own place. ``ahead.complement_holder``: a name right
after a genitive role noun is that post's holder even when its spelling allows the oblique
post's case too (a woman's genitive is spelt as her dative), so the name after it holds the
oblique post. ``subjects.indeclinable_after``: an indeclinable name the tagger reads as
genitive after an oblique inanimate noun, no verb after it, is the noun's complement, no
subject of a later copula. ``lists.complement_post``: a post right after a participle used as
a post that governs the instrumental ("командующего") is no complement of it but the same
holder's. ``words.is_plural``: a noun pymorphy3 reads only as plural is plural whatever the
tagger's number ("зампредам"). ``linking.apposition_case``: an acting post after a name shows
its participle's case ("Иван Петров, исполняющий обязанности главы …").
``linking.relation_complement``: a post after a name reaches it past a description set off by
commas with a genitive name of its own ("Ли Пэн, соратник …, премьер"). ``ahead.one_ahead``:
a plural post after "один из" reaches the one name after it in the case of "один", past
descriptions (after "одного из" only a name that cannot be the post's complement; an
undeclined name after the holder's age, ``ahead.aged_name``).
``linking.predicate_complement``: a name right after a copula's instrumental post alone,
readable as genitive, is its complement ("работавшая заместителем Онищенко"), not its holder.
``copulas.acting_end``: an appointed object is found past "и.о." before its own post.
``lists.as_well``: ", а также" joins one holder's posts in one oblique case.
``linking.person_as``: the name a post after "как" describes is found past a noun's genitive
complement in another case ("был другом Елизаветы Глинки и работал как волонтёр").
``clause_posts.succeeded_object`` / ``clause_relative``: the object of "сменил на посту …"
held the post before, past its own words; the successor may be a "который"'s antecedent.

Each rule has cases that must link and cases on the other side of its condition that must not.
"""

from __future__ import annotations

import pytest

from tests.conftest import labelled_role_rows, role_rows

PETROV = "Иван Петров"
SMIRNOV = "Олег Смирнов"
ORLOV = "Андрей Орлов"
ORLOVA = "Елена Орлова"
TSVETKOV = "Сергей Цветков"
BELOVA = "Анна Белова"
CLINTON = "Хиллари Клинтон"
FOREIGN = ("министр иностранных дел", "Министры иностранных дел России")
MINISTERS = "Министры иностранных дел России и Китая — {} — провели переговоры."

CASES_PLACES = {
    # listed_places: past the dash each name takes its own place, in order
    "two places, a dash, two names": (
        MINISTERS.format(f"{PETROV} и {SMIRNOV}"),
        [
            (PETROV, *FOREIGN, "Россия", "COUNTRY", "current"),
            (SMIRNOV, *FOREIGN, "Китай", "COUNTRY", "current"),
        ],
    ),
    # must not: three names for two places: each keeps the post's own place
    "two places, a dash, three names": (
        MINISTERS.format(f"{PETROV}, {SMIRNOV} и {ORLOV}"),
        [
            (PETROV, *FOREIGN, "Россия", "COUNTRY", "current"),
            (SMIRNOV, *FOREIGN, "Россия", "COUNTRY", "current"),
            (ORLOV, *FOREIGN, "Россия", "COUNTRY", "current"),
        ],
    ),
    # must not: no name after the dash
    "two places, a dash, no name": (
        "Министры иностранных дел России и Китая — давние партнёры.",
        [],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_PLACES.values(), ids=CASES_PLACES.keys())
def test_near14_places_past_a_dash(parse, text, expected):
    assert labelled_role_rows(parse(text)) == expected


GOVERNOR = (ORLOVA, "губернатор", "губернатора", None, "current")

CASES_COMPLEMENT = {
    # complement_holder: "Елены Орловой" reads as dative too, but follows "губернатора"
    "an assistant of a woman governor, both named": (
        "Цветы передали помощнику губернатора Елены Орловой Сергею Цветкову.",
        [(TSVETKOV, "помощник", "помощнику", None, "current"), GOVERNOR],
    ),
    # must not: no name after the governor's: the assistant is nobody named
    "an assistant of a woman governor, one name": (
        "Цветы передали помощнику губернатора Елены Орловой.",
        [GOVERNOR],
    ),
    # must not: a noun before the woman's name that names no post (unchanged)
    "a director of a factory named after a woman": (
        "Цветы передали директору фабрики Елены Орловой Сергею Цветкову.",
        [(TSVETKOV, "директор", "директору фабрики", "фабрика", "current")],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_COMPLEMENT.values(), ids=CASES_COMPLEMENT.keys())
def test_near14_complement_holder(parse, text, expected):
    assert role_rows(parse(text)) == expected


MET = f"{BELOVA} встретила Ивана Петрова."

CASES_INDECLINABLE = {
    # indeclinable_after: the staff's complement is no subject of the copula after it
    "an indeclinable name after an oblique noun": (
        f"{MET} Затем она работала в штабе {CLINTON}. После ухода из штаба работала юристом в "
        "банке.",
        [(BELOVA, "юрист", "юристом", None, "current")],
    ),
    # must not: after a noun of time and before a verb the name is the subject
    "an indeclinable name before its verb": (
        f"{MET} В 2012 году {CLINTON} приехала в Москву. Ранее работала юристом в банке.",
        [(CLINTON, "юрист", "юристом", None, "former")],
    ),
}


@pytest.mark.parametrize(
    "text, expected", CASES_INDECLINABLE.values(), ids=CASES_INDECLINABLE.keys()
)
def test_near14_indeclinable_complement(parse, text, expected):
    assert role_rows(parse(text)) == expected


RANK = (PETROV, "генерал-полковник", "генерал-полковника", None, "current")

CASES_RANK = {
    # complement_post: "командующий" governs the instrumental, the rank after it is the holder's
    "a commander and his rank": (
        "По приказу командующего генерал-полковника Ивана Петрова войска отошли.",
        [(PETROV, "командующий", "командующего", None, "current"), RANK],
    ),
    # must not: an assistant's genitive is his superior's (unchanged)
    "an assistant and a general's rank": (
        "По приказу помощника генерал-полковника Ивана Петрова войска отошли.",
        [RANK],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_RANK.values(), ids=CASES_RANK.keys())
def test_near14_rank_after_commander(parse, text, expected):
    assert role_rows(parse(text)) == expected


DEPUTY = ("первый заместитель председателя", "первым зампредам", None, "current")

CASES_PLURAL = {
    # is_plural: the tagger reads "зампредам" as singular, pymorphy3 only as plural
    "a plural post the tagger reads as singular": (
        "Награды вручены первым зампредам Ивану Петрову и Олегу Смирнову.",
        [(PETROV, *DEPUTY), (SMIRNOV, *DEPUTY)],
    ),
    # must not: a singular post is the first name's alone
    "a singular post before two names": (
        "Награда вручена первому зампреду Ивану Петрову и Олегу Смирнову.",
        [(PETROV, "первый заместитель председателя", "первому зампреду", None, "current")],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_PLURAL.values(), ids=CASES_PLURAL.keys())
def test_near14_plural_by_pymorphy(parse, text, expected):
    assert role_rows(parse(text)) == expected


ACTING = "исполняющий обязанности главы администрации"

CASES_ACTING = {
    # apposition_case: the participle's nominative, not the head's genitive, meets the name's
    "an acting post after a nominative name": (
        f"{PETROV}, {ACTING}, прибыл в Москву.",
        [(PETROV, "глава", ACTING, "администрация", "acting")],
    ),
    # must not: a genitive name before the nominative participle holds no such post
    "an acting post after a genitive name": (
        "Соратник Ивана Петрова, исполняющий обязанности губернатора, прибыл в Москву.",
        [],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_ACTING.values(), ids=CASES_ACTING.keys())
def test_near14_acting_apposition(parse, text, expected):
    assert role_rows(parse(text)) == expected


FINANCE = (PETROV, "министр финансов", "министр финансов России", "Россия", "current")

CASES_RELATION = {
    # relation_complement: the genitive name of a description set off by commas is passed, the
    # post after it is the name's before
    "a post past an associate's description": (
        f"{PETROV}, соратник Олега Смирнова, министр финансов России, выступил в Думе.",
        [FINANCE],
    ),
    "a post past an associate's description with its adjective": (
        f"{PETROV}, ближайший соратник Олега Смирнова, министр финансов России, выступил.",
        [FINANCE],
    ),
    # must not: no comma before the description: nobody named before it
    "a description opening the sentence": (
        "Соратник Олега Смирнова, министр финансов России, выступил в Думе.",
        [],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_RELATION.values(), ids=CASES_RELATION.keys())
def test_near14_past_a_relation(parse, text, expected):
    assert role_rows(parse(text)) == expected


BOSS = "самых влиятельных боссов мафии"
CAVALLA = "Антонио Кавалла"
LEADERS = "самых опытных лидеров оппозиции в парламенте"
ARRESTED = f"Полиция задержала одного из {BOSS}"

CASES_ONE_OF = {
    # one_ahead: past the holder's age (named_before), after "одного из"
    "one of, the holder's age": (
        f"{ARRESTED} 78-летнего Ивана Петрова.",
        [(PETROV, "босс мафии", BOSS, None, "current")],
    ),
    "one of, a comma and the holder's age": (
        f"{ARRESTED}, 78-летнего Ивана Петрова.",
        [(PETROV, "босс мафии", BOSS, None, "current")],
    ),
    # one_ahead: a dative "одному из" past a preposition's phrase
    "one of in the dative, past a place": (
        f"Слово дали одному из {LEADERS} Ивану Петрову.",
        [(PETROV, "лидер оппозиции", LEADERS, "парламент", "current")],
    ),
    # aged_name: an undeclined foreign name after the holder's age, in the accusative
    "one of, an undeclined name after the holder's age": (
        f"Суд распорядился освободить одного из {BOSS}, 78-летнего {CAVALLA}.",
        [(CAVALLA, "босс мафии", BOSS, None, "current")],
    ),
    # must not: the undeclined name with no age before it
    "one of, an undeclined name alone": (
        f"Суд распорядился освободить одного из {BOSS}, {CAVALLA}.",
        [],
    ),
    # must not: a preposition's phrase no place closes: the name may be its own
    "one of, a phrase no place closes": (
        f"{ARRESTED} в городе Ивана Петрова.",
        [],
    ),
    # must not: a finite verb between the post and the name
    "one of, a verb before the name": (
        "Один из лидеров оппозиции заявил, что Иван Петров уйдёт.",
        [],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_ONE_OF.values(), ids=CASES_ONE_OF.keys())
def test_near14_one_of_ahead(parse, text, expected):
    assert role_rows(parse(text)) == expected


POPOVA = "Анна Попова"
HEAD = (POPOVA, "глава", "Главой ведомства", "ведомство", "current")

CASES_PREDICATE = {
    # predicate_complement: an indeclinable name after a copula's instrumental post is its
    # complement; the copula's subject holds it
    "a deputy of an indeclinable surname": (
        f"Главой ведомства назначена {POPOVA}, работавшая заместителем Онищенко.",
        [HEAD, (POPOVA, "заместитель", "заместителем", None, "current")],
    ),
    "an assistant of an indeclinable surname": (
        f"Ранее {POPOVA} была помощником Шойгу.",
        [(POPOVA, "помощник", "помощником", None, "former")],
    ),
    # must not: an active verb of appointment gives the post to its object after it
    "an appointed object after the post": (
        "Президент назначил помощником Ивана Петрова.",
        [(PETROV, "помощник", "помощником", None, "current")],
    ),
    # must not: a post with a complement: the name holds the complement's post
    "a post with a complement before the name": (
        f"{POPOVA} назначена помощником министра Ивана Петрова.",
        [
            (POPOVA, "помощник", "помощником", None, "current"),
            (PETROV, "министр", "министра", None, "current"),
        ],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_PREDICATE.values(), ids=CASES_PREDICATE.keys())
def test_near14_predicate_complement(parse, text, expected):
    assert role_rows(parse(text)) == expected


APPOINTED = "Премьер назначил руководителем Росреестра"
HEAD_OF_REGISTRY = (PETROV, "руководитель", "руководителем Росреестра", "Росреестр", "current")

CASES_ACTING_OBJECT = {
    # copulas.acting_end: "и.о." before the object's post is no clause's end
    "an appointed object's acting post": (
        f"{APPOINTED} и.о. главы ведомства 30-летнего Ивана Петрова.",
        [HEAD_OF_REGISTRY, (PETROV, "глава", "и.о. главы ведомства", "Росреестр", "acting")],
    ),
    # must not: "и" opening a clause still ends the object's search
    "an и opening another clause": (
        f"{APPOINTED} и отправил в отставку Ивана Петрова.",
        [],
    ),
}


@pytest.mark.parametrize(
    "text, expected", CASES_ACTING_OBJECT.values(), ids=CASES_ACTING_OBJECT.keys()
)
def test_near14_acting_object(parse, text, expected):
    assert role_rows(parse(text)) == expected


DEPUTY_CHAIR = "заместител{} председателя комитета"
HEAD_OF_DEPARTMENT = "руководител{} департамента"

CASES_AS_WELL = {
    # lists.as_well: ", а также" joins a holder's oblique posts
    "a post a verb gives, a second after а также": (
        f"{PETROV} занимает должность {HEAD_OF_DEPARTMENT.format('я')}, а также "
        f"{DEPUTY_CHAIR.format('я')}.",
        [
            (PETROV, "руководитель", HEAD_OF_DEPARTMENT.format("я"), "департамент", "current"),
            (PETROV, "заместитель", DEPUTY_CHAIR.format("я"), "председатель комитета",
             "current"),
        ],
    ),
    # must not: nominatives so joined list people: the first is the name's before it
    "nominatives after a name, a second holder named": (
        f"На встрече были {PETROV}, {HEAD_OF_DEPARTMENT.format('ь')}, а также "
        f"{DEPUTY_CHAIR.format('ь')} {SMIRNOV}.",
        [
            (PETROV, "руководитель", HEAD_OF_DEPARTMENT.format("ь"), "департамент", "current"),
            (SMIRNOV, "заместитель", DEPUTY_CHAIR.format("ь"), "председатель комитета",
             "current"),
        ],
    ),
    # must not: a dative post with its own name after it is that name's alone
    "datives, the second with its name": (
        f"Звание присвоено {HEAD_OF_DEPARTMENT.format('ю')}, а также "
        f"{DEPUTY_CHAIR.format('ю')} Олегу Смирнову.",
        [
            (SMIRNOV, "заместитель", DEPUTY_CHAIR.format("ю"), "председатель комитета",
             "current"),
        ],
    ),
}  # fmt: skip


@pytest.mark.parametrize("text, expected", CASES_AS_WELL.values(), ids=CASES_AS_WELL.keys())
def test_near14_as_well(parse, text, expected):
    assert role_rows(parse(text)) == expected


VOLUNTEER = (PETROV, "волонтер", "волонтёр", None, "current")

CASES_AS_PAST_COMPLEMENT = {
    # person_as: a noun's genitive complement in another case is passed, the relative's
    # antecedent before it holds the post after "как"
    "как past a noun's complement, a relative's antecedent": (
        "Премию вручили продюсеру Ивану Петрову, который был другом Анны Беловой и работал как "
        "волонтёр в её фонде.",
        [(PETROV, "продюсер", "продюсеру", None, "current"), VOLUNTEER],
    ),
    "как past a noun's complement, the subject": (
        f"{PETROV} был другом Анны Беловой и работал как волонтёр в её фонде.",
        [VOLUNTEER],
    ),
    # must not: a verb's object in another case stops the search (no noun before it)
    "как past a verb's object": (
        f"{BELOVA} поблагодарила Ивана Петрова и выступила как волонтёр.",
        [],
    ),
}


@pytest.mark.parametrize(
    "text, expected", CASES_AS_PAST_COMPLEMENT.values(), ids=CASES_AS_PAST_COMPLEMENT.keys()
)
def test_near14_as_past_complement(parse, text, expected):
    assert role_rows(parse(text)) == expected


HEAD_OF_STATE = ("глава государства", "главы государства", None)

CASES_SUCCEEDED = {
    # clause_posts.succeeded_object: the object of "сменил на посту …" past its own words
    "the succeeded object past a kin noun": (
        f"{PETROV} сменил на посту главы государства своего брата Олега Петрова.",
        [(PETROV, *HEAD_OF_STATE, "current"), ("Олег Петров", *HEAD_OF_STATE, "former")],
    ),
    # clause_posts.clause_relative: the successor is the antecedent of "который"
    "the successor a relative's antecedent": (
        f"{PETROV}, который в 2008 году сменил на посту главы государства своего больного "
        "брата Олега Петрова, предлагал реформы.",
        [(PETROV, *HEAD_OF_STATE, "current"), ("Олег Петров", *HEAD_OF_STATE, "former")],
    ),
    # must not: a comma right after the post: no object in its clause
    "no object after the post": (
        f"{PETROV} сменил на посту главы государства, как и ожидалось, Олега Смирнова.",
        [(PETROV, *HEAD_OF_STATE, "current")],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_SUCCEEDED.values(), ids=CASES_SUCCEEDED.keys())
def test_near14_succeeded_object(parse, text, expected):
    assert role_rows(parse(text)) == expected

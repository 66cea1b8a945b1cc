"""Session 14's fixes of the roles rules' bugs the session noticed: the one a successor will
replace keeps his post (``clause_posts.replacing_done``); a marked post in an oblique case is
not its own clause's subject's (``referents.own_subject``); a name in a case only a verb or a
preposition gives is not the holder of the post before it (``linking.governed_name``); a post of
a state with no place takes the one country its holder's other posts name
(``shared_places.holder_countries``)."""

from __future__ import annotations

import pytest

from tests.conftest import role_rows as rows

PETROV = "Иван Петров"
SMIRNOV = "Олег Смирнов"
MINISTER = ("министр", "министра", None)
REPLACES = "сменит на посту министра Олега Смирнова"

CASES_REPLACING = {
    # clause_posts.replacing_done: a replacing ahead ("сменит"), the one replaced still
    # holds the post at that place (the guideline's "покинет пост": current)
    "a future verb of succession": (
        f"{PETROV} {REPLACES}.",
        [(SMIRNOV, *MINISTER, "current"), (PETROV, *MINISTER, "current")],
    ),
    "a future verb after a relative pronoun": (
        f"{PETROV}, который {REPLACES}, прилетел в Омск.",
        [(SMIRNOV, *MINISTER, "current"), (PETROV, *MINISTER, "current")],
    ),
    "an infinitive after 'должен'": (
        f"{PETROV} должен сменить на посту министра Олега Смирнова.",
        [(SMIRNOV, *MINISTER, "current")],
    ),
    # must not change: a replacing done or under way, past, converb or present: former
    "a past verb of succession": (
        f"{PETROV} сменил на посту министра Олега Смирнова.",
        [(SMIRNOV, *MINISTER, "former"), (PETROV, *MINISTER, "current")],
    ),
    "a past converb": (
        f"{PETROV}, сменив на посту министра Олега Смирнова, уехал в Москву.",
        [(SMIRNOV, *MINISTER, "former"), (PETROV, *MINISTER, "current")],
    ),
    "a present verb": (
        f"{PETROV} сменяет на посту министра Олега Смирнова.",
        [(SMIRNOV, *MINISTER, "former"), (PETROV, *MINISTER, "current")],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_REPLACING.values(), ids=CASES_REPLACING.keys())
def test_replacing_ahead(parse, text, expected):
    assert rows(parse(text)) == expected


ARRIVED = f"{SMIRNOV} прилетел в Омск. "
JOURNALIST = (SMIRNOV, "журналист")
ANNA = "Анна Смирнова"
CHAMBER = "нижней палаты парламента"

CASES_OWN_SUBJECT = {
    # referents.own_subject: the nominative name right before a marked post in an oblique
    # case is its clause's subject, passed over for the one named before
    "an accusative post after the clause's subject": (
        ARRIVED + f"Губернатор {PETROV} этого журналиста раньше не встречал.",
        [
            (PETROV, "губернатор", "Губернатор", None, "current"),
            (*JOURNALIST, "этого журналиста", None, "current"),
        ],
    ),
    "a dative post past the subject's verb": (
        ARRIVED + f"{PETROV} позвонил этому журналисту.",
        [(*JOURNALIST, "этому журналисту", None, "current")],
    ),
    # must not: no one else of the post's gender before the subject: no row
    "the one before is of the other gender": (
        f"Анна Петрова прилетела в Омск. {PETROV} этого журналиста раньше не встречал.",
        [],
    ),
    # must not change: a nominative marked post, or no name in its sentence
    "a nominative marked post": (
        ARRIVED + "Этот журналист раньше не бывал в Сибири.",
        [(*JOURNALIST, "Этот журналист", None, "current")],
    ),
    "an accusative post, the subject a common noun": (
        ARRIVED + "Этого журналиста встретил губернатор.",
        [(*JOURNALIST, "Этого журналиста", None, "current")],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_OWN_SUBJECT.values(), ids=CASES_OWN_SUBJECT.keys())
def test_marked_post_not_its_subjects(parse, text, expected):
    assert rows(parse(text)) == expected


CASES_GOVERNED = {
    # linking.governed_name: a name right after a post, read only in a dative, instrumental
    # or locative case the post is not in, is a verb's word, not the post's holder
    "a genitive post, a dative name": (
        "Фотографию журналиста Олегу Смирнову прислали коллеги.",
        [],
    ),
    "a genitive post with an age, a dative name": (
        "Фотографию 47-летнего журналиста Олегу Смирнову прислали коллеги.",
        [],
    ),
    "a nominative post, a dative name": ("Президент Олегу Смирнову вручил орден.", []),
    # must not change: a name in the post's case, or a genitive name after a genitive post;
    # a post after "пост" a verb hands to the dative; a head of no declension; an animate
    # accusative read as a dative after a post read as a genitive
    "a post after 'пост', handed to the dative": (
        "В 2006 году он уступил пост президента Олегу Смирнову.",
        [(SMIRNOV, "президент", "президента", None, "current")],
    ),
    "a head of no declension": (
        "Министр встретился с замминистра Олегом Смирновым.",
        [(SMIRNOV, "заместитель министра", "замминистра", None, "current")],
    ),
    "an accusative woman's name after a genitive-read post": (
        f"Партия выдвинула своего кандидата - председателя {CHAMBER} Анну Смирнову.",
        [(ANNA, "председатель нижней палаты", f"председателя {CHAMBER}", "парламент", "current")],
    ),
    "a dative post, a dative name": (
        "Орден вручили журналисту Олегу Смирнову.",
        [(*JOURNALIST, "журналисту", None, "current")],
    ),
    "an instrumental post, an instrumental name": (
        "Мы встретились с журналистом Олегом Смирновым.",
        [(*JOURNALIST, "журналистом", None, "current")],
    ),
    "a genitive post, a genitive name": (
        "Фотографию журналиста Олега Смирнова прислали коллеги.",
        [(*JOURNALIST, "журналиста", None, "current")],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_GOVERNED.values(), ids=CASES_GOVERNED.keys())
def test_governed_name_after_post(parse, text, expected):
    assert rows(parse(text)) == expected


JAPAN_MINISTER = (PETROV, "министр иностранных дел", "Министр иностранных дел Японии", "Япония",
                  "current")  # fmt: skip
MINISTER_OF_JAPAN = "Министр иностранных дел Японии Иван Петров"
ENVOY = f"{PETROV} — посол России."
RUSSIAN_ENVOY = (PETROV, "посол", "посол России", "Россия", "current")

CASES_STATE_COUNTRY = {
    # shared_places.holder_countries: a state's post with no place, the holder's other posts
    # naming one country
    "an official after a dash": (
        f"{MINISTER_OF_JAPAN} — опытный чиновник.",
        [JAPAN_MINISTER, (PETROV, "чиновник", "опытный чиновник", "Япония", "current")],
    ),
    "an official, the country in another sentence": (
        f"{ENVOY} Кроме того, Петров — опытный чиновник.",
        [RUSSIAN_ENVOY, (PETROV, "чиновник", "опытный чиновник", "Россия", "current")],
    ),
    "an official named again": (
        f"{MINISTER_OF_JAPAN} прилетел в Москву. Как рассказал сам чиновник, переговоры прошли "
        "успешно.",
        [JAPAN_MINISTER, (PETROV, "чиновник", "сам чиновник", "Япония", "current")],
    ),
    # must not: no state's post, two countries, no country, or "лидер" (a band's too)
    "a journalist": (
        f"{MINISTER_OF_JAPAN} — опытный журналист.",
        [JAPAN_MINISTER, (PETROV, "журналист", "опытный журналист", None, "current")],
    ),
    "two countries": (
        f"{MINISTER_OF_JAPAN}, бывший посол Франции, — опытный чиновник.",
        [
            JAPAN_MINISTER,
            (PETROV, "посол", "бывший посол Франции", "Франция", "former"),
            (PETROV, "чиновник", "опытный чиновник", None, "current"),
        ],
    ),
    "no country": (
        "Министр иностранных дел Иван Петров — опытный чиновник.",
        [
            (PETROV, "министр иностранных дел", "Министр иностранных дел", None, "current"),
            (PETROV, "чиновник", "опытный чиновник", None, "current"),
        ],
    ),
    "a leader, the country in another sentence": (
        f"{ENVOY} Кроме того, Петров — признанный лидер.",
        [RUSSIAN_ENVOY, (PETROV, "лидер", "признанный лидер", None, "current")],
    ),
}


@pytest.mark.parametrize(
    "text, expected", CASES_STATE_COUNTRY.values(), ids=CASES_STATE_COUNTRY.keys()
)
def test_state_post_country(parse, text, expected):
    assert rows(parse(text)) == expected

"""Mutation tests for session 13's new roles rules (issue 15).

Cases that kill the mutants ``benchmarks/mutation.py`` leaves alive in the target
``roles_s13_near13``: ``roles/linking.py``'s walk from an oblique post to its holder past a
title in quotes (``title_end``), a preposition's phrase (``prepositional``, ``named_before``,
``oblique_name``), its complement's name (``holder_past_complement``) and a noun describing the
holder (``animate``). Each case is a sentence through the pipeline and its exact rows.
"""

from __future__ import annotations

import pytest

from tests.conftest import role_rows as rows

PETROV = "Иван Петров"
SMIRNOV = "Олег Смирнов"
IVANOV = "Петр Иванов"
ACTOR = (IVANOV, "актер", "актёра", None, "current")
INTERVIEW = "Журналисты взяли интервью у актёра из"
MINISTER = (PETROV, "министр", "министра", None, "current")

CASES_TITLES = {
    # title_end: a title of five words after a noun is passed, the name after it is the holder
    "a title of five words": (
        f"{INTERVIEW} фильма «Я шагаю по Москве сегодня» Петра Иванова.",
        [ACTOR],
    ),
    # must not: six words are past TITLE_REACH, the title's own words stop the walk
    "a title of six words": (
        f"{INTERVIEW} фильма «Я шагаю по Москве этим летом» Петра Иванова.",
        [],
    ),
    # title_end: a title whose words would stop the walk (a verb, "и"), read after its noun
    "a title with a verb in it": (
        f"{INTERVIEW} фильма «Иди и смотри» Петра Иванова.",
        [ACTOR],
    ),
    # must not: a title of a lower-case first word is no title
    "a lower-case title": (
        f"{INTERVIEW} фильма «иди и смотри» Петра Иванова.",
        [],
    ),
    # must not: a quote right after a preposition, no noun, opens no title
    "a title right after a preposition": (
        f"{INTERVIEW} «Иди и смотри» Петра Иванова.",
        [],
    ),
    # title_end: a straight quote opens and closes a title: the closing one is sought after it
    "a title in straight quotes": (
        f'{INTERVIEW} фильма "Иди и смотри" Петра Иванова.',
        [ACTOR],
    ),
    # title_end: the closing quote is sought from the opening one on, not an earlier title's
    "an earlier title in the sentence": (
        "Газета «Вести» взяла интервью у актёра из сериала «Тихий Дон» Петра Иванова.",
        [ACTOR],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_TITLES.values(), ids=CASES_TITLES.keys())
def test_mutants_s13c_titles(parse, text, expected):
    assert rows(parse(text)) == expected


CASES_PHRASES = {
    # must not: prepositional reads nouns only; a participle between is a verb's, its object
    # another person
    "a participle between an accusative post and a name": (
        "Полиция допросила водителя, сбившего 35-летнего Олега Смирнова.",
        [],
    ),
    # must not: oblique_name; a genitive name after a dative post's place is no holder of it
    "a genitive name after a dative post's place": (
        "Иск предъявлен адвокату из города Тверь Ивана Петрова.",
        [],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_PHRASES.values(), ids=CASES_PHRASES.keys())
def test_mutants_s13c_phrases(parse, text, expected):
    assert rows(parse(text)) == expected


CASES_COMPLEMENT = {
    # holder_past_complement: the dative holder named past the complement's name
    "a press secretary of a minister, both named": (
        "Премию вручили пресс-секретарю министра Ивана Петрова Олегу Смирнову.",
        [(SMIRNOV, "пресс-секретарь", "пресс-секретарю", None, "current"), MINISTER],
    ),
    # must not: the second name is not in the post's case
    "an assistant of a minister, the second name genitive": (
        "Письмо вручили помощнику министра Ивана Петрова Олега Смирнова.",
        [MINISTER],
    ),
    # holder_past_complement: a woman's genitive complement name is spelt as her dative
    # ("Марии Ивановой"); right after the genitive "министра" it is the minister's
    # (complement_holder), the name after it, in the post's case, is the holder
    "a press secretary of a woman minister, both named": (
        "Премию вручили пресс-секретарю министра Марии Ивановой Олегу Смирнову.",
        [
            (SMIRNOV, "пресс-секретарь", "пресс-секретарю", None, "current"),
            ("Мария Иванова", "министр", "министра", None, "current"),
        ],
    ),
    # must not: a line between the names (a headline's end)
    "a press secretary of a minister, a new line before the second name": (
        "Премию вручили пресс-секретарю министра Ивана Петрова\nОлегу Смирнову.",
        [MINISTER],
    ),
}


@pytest.mark.parametrize(
    "text, expected", list(CASES_COMPLEMENT.values()), ids=CASES_COMPLEMENT.keys()
)
def test_mutants_s13c_complement(parse, text, expected):
    assert rows(parse(text)) == expected


THEATRE = (
    "художественный руководитель",
    "художественному руководителю драматического театра",
    "драматический театр",
    "current",
)

CASES_ANIMATE = {
    # animate: the tagger's animacy of a noun pymorphy3 reads both ways ("члену") describes the
    # holder between an oblique post and the name
    "a member of a chamber between the post and the name": (
        "Поздравление направлено художественному руководителю драматического театра, члену "
        "Общественной палаты Ивану Петрову.",
        [
            (PETROV, *THEATRE),
            (PETROV, "член", "члену Общественной палаты", "Общественная палата", "current"),
        ],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_ANIMATE.values(), ids=CASES_ANIMATE.keys())
def test_mutants_s13c_animate(parse, text, expected):
    assert rows(parse(text)) == expected


# roles_s13_bugs13: subjects.last_person, a subject pronoun's name of its own gender
BELOVA = "Мария Белова"
FELLOW = (
    "старший исследователь",
    "старшим исследователем в Колумбийском университете",
    "Колумбийский университет",
    "current",
)
IN_BANK = "После ухода с госслужбы работала адвокатом в банке."
FELLOW_LINE = "Она также является старшим исследователем в Колумбийском университете."

CASES_PRONOUN = {
    # last_person: "Она" passes the man named after the woman in the sentence before
    "a woman's pronoun past a man named after her": (
        "Анна Белова встретилась с Иваном Петровым. Она была министром финансов.",
        [("Анна Белова", "министр финансов", "министром финансов", None, "current")],
    ),
    "a man's pronoun past a woman named after him": (
        "Иван Белов встретился с Анной Петровой. Он был министром финансов.",
        [("Иван Белов", "министр финансов", "министром финансов", None, "current")],
    ),
    # last_person: past a complement two sentences back, the reach runs on for her gender
    # (not the man named between)
    "past a woman's complement, a man named before it": (
        f"{BELOVA} встретила Ивана Петрова. Затем она работала в администрации Анны Смирновой. "
        f"{IN_BANK} {FELLOW_LINE}",
        [(BELOVA, "адвокат", "адвокатом", None, "current"), (BELOVA, *FELLOW)],
    ),
    # the same with an indeclinable complement name: noun_complement takes a name the tagger
    # reads as genitive and pymorphy3 can read so after an oblique noun (indeclinable_after)
    "past an indeclinable woman's complement": (
        f"{BELOVA} встретила Ивана Петрова. Затем она работала в администрации Хиллари "
        f"Клинтон. {IN_BANK} {FELLOW_LINE}",
        [(BELOVA, "адвокат", "адвокатом", None, "current"), (BELOVA, *FELLOW)],
    ),
}


@pytest.mark.parametrize("text, expected", list(CASES_PRONOUN.values()), ids=CASES_PRONOUN.keys())
def test_mutants_s13c_pronoun(parse, text, expected):
    assert rows(parse(text)) == expected


# roles_s13_list13: status.retired, only "в отставке" / "в запасе" right after the post
CASES_RETIRED = {
    "'в отставке' right after the post: former": (
        f"Полковник в отставке {PETROV} отказался от комментариев.",
        [(PETROV, "полковник", "Полковник", None, "former")],
    ),
    # must not: another noun after "в" is no retirement
    "'в штатском' right after the post: current": (
        f"Генерал в штатском {PETROV} отказался от комментариев.",
        [(PETROV, "генерал", "Генерал", None, "current")],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_RETIRED.values(), ids=CASES_RETIRED.keys())
def test_mutants_s13c_retired(parse, text, expected):
    assert rows(parse(text)) == expected

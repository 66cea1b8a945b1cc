"""Roles, session 11 (again11): posts given to the wrong person and posts within a sentence.

``ruextract.roles.subjects.bracketed``: a name inside a bracket is an aside, passed over by a
biography's chain ("Михаил Светин (при рождении Михаил Гольцман) ..."); ``ruextract.roles.lists
.two_subjects`` / ``plural_verb_after``: two posts joined by "и" before one name whose verb is
plural are two people's ("Президент и первая леди Мишель Обама задержались").

Each rule has cases that must link and cases on the other side of its condition that must not.
"""

from __future__ import annotations

import pytest

from tests.conftest import RoleRow as Row
from tests.conftest import role_rows as rows

SVETIN = "Михаил Светин"
GOLTSMAN = "Михаил Гольцман"
ACTOR = ("актер", "актёр театра комедии", "театр комедии", "current")
# an honorary title keeps its adjective (session 12, edges.TITLE_ADJECTIVES)
ARTIST = ("заслуженный артист", "заслуженным артистом РСФСР", "РСФСР", "current")
MICHELLE = "Мишель Обама"
LADY = (MICHELLE, "леди", "первая леди", None, "current")
DYKHOVICHNY = "Иван Дыховичный"
WRITER = (DYKHOVICHNY, "сценарист", "сценарист", None, "current")
AFEWERKI = "Исайяс Афеверки"
ERITREA = (AFEWERKI, "президент", "президент Эритреи", "Эритрея", "current")


CASES_BRACKETED = {
    # subjects.bracketed: a dated line's chain passes over the birth name in brackets
    "dated line past a bracketed birth name": (
        "Михаил Светин (при рождении Михаил Гольцман) родился в Киеве. С 1980 года — актёр "
        "театра комедии.",
        [(SVETIN, *ACTOR)],
    ),
    # a copula with no subject of its own: the same chain
    "copula past a bracketed birth name": (
        "Михаил Светин (при рождении Михаил Гольцман) родился в Киеве. В 1987 году стал "
        "заслуженным артистом РСФСР.",
        [(SVETIN, *ARTIST)],
    ),
    # must not: no bracket, the last name is the chain's subject
    "no bracket: the last name": (
        "Михаил Гольцман родился в Киеве. С 1980 года — актёр театра комедии.",
        [(GOLTSMAN, *ACTOR)],
    ),
    "no bracket: the last name of two": (
        "Михаил Светин родился в Киеве, там же рос Михаил Гольцман. В 1987 году стал "
        "заслуженным артистом РСФСР.",
        [(GOLTSMAN, *ARTIST)],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_BRACKETED.values(), ids=CASES_BRACKETED.keys())
def test_roles_again11_bracketed_names(parse, text, expected):
    assert rows(parse(text)) == expected


CASES_TWO_SUBJECTS = {
    # lists.two_subjects (person_ahead and the list of posts): a plural verb, two people
    "two posts, plural verb: the first is another's": (
        "Президент и первая леди Мишель Обама задержались в Белом доме.",
        [LADY],
    ),
    "two posts with places, plural verb": (
        "Премьер-министр Эфиопии и президент Эритреи Исайяс Афеверки заключили мирный договор.",
        [ERITREA],
    ),
    "plural verb past an adverb": (
        "Режиссёр и сценарист Иван Дыховичный сегодня представили фильм.",
        [WRITER],
    ),
    # must not: a singular verb, one holder of both posts
    "two posts, singular verb: one holder": (
        "Премьер-министр Эфиопии и президент Эритреи Исайяс Афеверки заключил мирный договор.",
        [(AFEWERKI, "премьер-министр", "Премьер-министр Эфиопии", "Эфиопия", "current"), ERITREA],
    ),
    "singular verb past an adverb": (
        "Режиссёр и сценарист Иван Дыховичный сегодня представил фильм.",
        [(DYKHOVICHNY, "режиссер", "Режиссёр", None, "current"), WRITER],
    ),
}


@pytest.mark.parametrize(
    "text, expected", CASES_TWO_SUBJECTS.values(), ids=CASES_TWO_SUBJECTS.keys()
)
def test_roles_again11_two_subjects(parse, text, expected):
    assert rows(parse(text)) == expected


TEACHER = ("учитель", "учителем", None, "current")
MAYOR = ("Юрий Лужков", "мэр столицы", "новым мэром столицы", None, "current")

CASES_COPULA_SUBJECTS = {
    # copulas.other_gender: a name of the other gender than the past verb is no subject
    "woman's name, masculine verb: nobody": (
        "Мать — Анна Иванова работал учителем в школе.",
        [],
    ),
    "woman's name, feminine verb": (
        "Мать — Анна Иванова работала учителем в школе.",
        [("Анна Иванова", *TEACHER)],
    ),
    # copulas.ASKING: "кто" is the copula's subject, no one named
    "who will be the mayor: nobody": (
        "Юрий Лужков ушёл в отставку. Кто будет новым мэром столицы, пока неизвестно.",
        [],
    ),
    "he will be the mayor": (
        "Юрий Лужков ушёл в отставку. Он будет новым мэром столицы.",
        [MAYOR],
    ),
    "someone (no 'кто') will be the mayor": (
        "Юрий Лужков ушёл в отставку. Кто-то из его заместителей будет новым мэром столицы.",
        [MAYOR],
    ),
}


@pytest.mark.parametrize(
    "text, expected", CASES_COPULA_SUBJECTS.values(), ids=CASES_COPULA_SUBJECTS.keys()
)
def test_roles_again11_copula_subjects(parse, text, expected):
    assert rows(parse(text)) == expected


FOOTBALLER = ("футболист", "футболистом", None, "current")
CONSULTANT = ("консультант", "консультантом", None, "current")

CASES_STARTS_CLAUSE = {
    # linking.starts_clause: a name readable as nominative after an instrumental post, before
    # a finite verb of its gender, is that verb's subject
    "instrumental post, name, feminine verb: the subject's": (
        "До встречи с футболистом Родригес работала консультантом в магазине.",
        [("Родригес", *CONSULTANT)],
    ),
    "instrumental post, man's name, masculine verb": (
        "До встречи с футболистом Хосе Гарсия работал консультантом в магазине.",
        [("Хосе Гарсия", *CONSULTANT)],
    ),
    # must not: the verb shows the other gender, the name holds the post
    "man's name, feminine verb: the post's holder": (
        "До встречи с футболистом Хосе Гарсия работала консультантом в магазине.",
        [("Хосе Гарсий", *FOOTBALLER)],
    ),
    # must not: no finite verb after the name
    "name with no verb after it": (
        "Он встретился с министром Шойгу.",
        [("Шойгу", "министр", "министром", None, "current")],
    ),
    "dative post, adverb after the name": (
        "Письмо направлено министру Шойгу сегодня.",
        [("Шойгу", "министр", "министру", None, "current")],
    ),
    # must not: a genitive post may be a nominative's complement ("один из экспертов")
    "genitive post before a subject": (
        "Один из экспертов института Ирина Леовая объяснила решение.",
        [("Ирина Леовая", "эксперт", "экспертов института", "институт", "current")],
    ),
}


@pytest.mark.parametrize(
    "text, expected", CASES_STARTS_CLAUSE.values(), ids=CASES_STARTS_CLAUSE.keys()
)
def test_roles_again11_starts_clause(parse, text, expected):
    assert rows(parse(text)) == expected


HUNTSMAN = ("Джон Хантсман", "посол", "послом в России", "Россия", "current")
TEFFT = ("Джон Теффт", "посол", "послом в России", "Россия", "former")
APPOINTED = "Администрация подтвердила назначение Джона Хантсмана послом в России. "
ABE = ("Синдзо Абэ", "премьер-министр", "новым премьер-министром Японии", "Япония", "current")
INFANTINO = ("Джанни Инфантино", "глава", "главой ФИФА", "ФИФА", "current")

CASES_SUCCEEDED = {
    # succession.succeeded_later: the new holder's verb of succession in a later sentence
    "he will succeed, the next sentence": (
        APPOINTED + "Он сменит Джона Теффта.",
        [HUNTSMAN, TEFFT],
    ),
    "three sentences later (SUCCEEDED_REACH)": (
        APPOINTED + "Эксперты ждут перемен. Говорят об этом давно. Он сменит Джона Теффта.",
        [HUNTSMAN, TEFFT],
    ),
    "the holder by name, past a noun": (
        "Синдзо Абэ был выбран новым премьер-министром Японии. Синдзо Абэ заменил своего "
        "предшественника Дзюнъитиро Коидзуми.",
        [ABE, ("Дзюнъитиро Коидзуми", *ABE[1:4], "former")],
    ),
    # must not: four sentences later, past the reach
    "four sentences later": (
        APPOINTED + "Эксперты ждут перемен. Говорят об этом давно. Об этом пишут газеты. "
        "Он сменит Джона Теффта.",
        [HUNTSMAN],
    ),
    # must not: the pronoun is not the holder's gender
    "she will succeed: not the holder": (APPOINTED + "Она сменит Джона Теффта.", [HUNTSMAN]),
    # must not: another person succeeds
    "another subject": (
        "Синдзо Абэ был выбран новым премьер-министром Японии. Таро Асо заменил своего "
        "предшественника Дзюнъитиро Коидзуми.",
        [ABE],
    ),
    # must not: a post held, not given ("является")
    "a post held, not given": (
        "Джон Хантсман является послом в России. Он сменит Джона Теффта.",
        [HUNTSMAN],
    ),
    # succession.name_right_after: "после" a name in a post's clause
    "after a name: the predecessor": (
        "Джанни Инфантино станет главой ФИФА после Зеппа Блаттера.",
        [INFANTINO, ("Зепп Блаттер", *INFANTINO[1:4], "former")],
    ),
    "after an event: nobody": (
        "Джанни Инфантино станет главой ФИФА после отставки Зеппа Блаттера.",
        [INFANTINO],
    ),
    "after the holder himself: nobody": (
        "Джанни Инфантино станет главой ФИФА после Джанни Инфантино.",
        [INFANTINO],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_SUCCEEDED.values(), ids=CASES_SUCCEEDED.keys())
def test_roles_again11_succeeded(parse, text, expected):
    assert rows(parse(text)) == expected


def musicians(*names: str) -> list[Row]:
    return [(name, "музыкант", "музыкантов", None, "current") for name in names]


CASES_MEMBERS = {
    # lists.members: a plural post after "в числе" / "среди", a copula, a list of names
    "in the number of, a copula, three names": (
        "В числе развлекавших гостей артистов были Дженнифер Лопес, Стинг и Энрике Иглесиас.",
        [
            (name, "артист", "артистов", None, "current")
            for name in ("Дженнифер Лопес", "Стинг", "Энрике Иглесиас")
        ],
    ),
    "among, three words between (AMONG_REACH)": (
        "Среди выступавших на празднике музыкантов были Пол Маккартни и Элтон Джон.",
        musicians("Пол Маккартни", "Элтон Джон"),
    ),
    # must not: four words between "среди" and the post
    "among, four words between": (
        "Среди выступавших на том празднике музыкантов были Пол Маккартни и Элтон Джон.",
        [],
    ),
    # must not: no "среди" / "в числе"
    "no among": ("Выступавших на празднике музыкантов были Пол Маккартни и Элтон Джон.", []),
    # must not: a verb that is no copula
    "among, a verb no copula": (
        "Среди выступавших на празднике музыкантов выделялись Пол Маккартни и Элтон Джон.",
        [],
    ),
    # must not: a clause between the post and the copula
    "among, a participle's clause before the copula": (
        "В числе артистов, развлекавших гостей, были Дженнифер Лопес и Стинг.",
        [],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_MEMBERS.values(), ids=CASES_MEMBERS.keys())
def test_roles_again11_members(parse, text, expected):
    assert rows(parse(text)) == expected


SYRYKH = "Юлия Сырых"
BORN = "Юлия Сырых родилась в Рязани. "

CASES_VERBLESS = {
    # subjects.dated_post: a line on one's training before a dash (CALLING)
    "by training — a post": (
        BORN + "По образованию — преподаватель литературы.",
        [(SYRYKH, "преподаватель литературы", "преподаватель литературы", None, "current")],
    ),
    # must not: other words before the dash
    "by someone's words — a post": (BORN + "По словам отца — преподаватель литературы.", []),
    # subjects.verbless_line: a line opening with a post, no verb, name or pronoun
    "a verbless line opening with a post": (
        BORN + "Имеет двоих детей. Дизайнер по профессии, основатель дизайн-группы «Диковина».",
        [(SYRYKH, "дизайнер", "Дизайнер", None, "current")],
    ),
    # must not: an article's first sentence (a headline)
    "a verbless first sentence": (
        "Дизайнер по профессии, основатель дизайн-группы «Диковина». " + BORN,
        [],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_VERBLESS.values(), ids=CASES_VERBLESS.keys())
def test_roles_again11_verbless_lines(parse, text, expected):
    assert rows(parse(text)) == expected


VERBLESS_LINES = {
    # (text after BORN, whether the line is verbless: its post goes to the chain's subject)
    "no verb": ("Имеет двоих детей. Дизайнер по профессии, основатель группы.", True),
    "a verb": ("Имеет двоих детей. Дизайнер по профессии, основала группу.", False),
    "a pronoun": ("Имеет двоих детей. Дизайнер по профессии, она основатель группы.", False),
    "a name": ("Имеет двоих детей. Дизайнер по профессии Анна Петрова.", False),
    "the post not first": ("Имеет двоих детей. Известный дизайнер по профессии.", True),
    "a word before the post": ("Имеет двоих детей. Также дизайнер по профессии.", False),
}


@pytest.mark.parametrize("text, verbless", VERBLESS_LINES.values(), ids=VERBLESS_LINES.keys())
def test_roles_again11_verbless_line_conditions(parse, text, verbless):
    from ruextract.roles.phrases import Entities, find_phrases
    from ruextract.roles.subjects import verbless_line

    doc = parse(BORN + text)
    ents = Entities.of(doc)
    (phrase,) = [p for p in find_phrases(doc, ents) if doc[p.head].lemma_ == "дизайнер"]
    person = verbless_line(doc, phrase, ents)
    assert (person is not None and person._.key == SYRYKH) is verbless


def heads(text: str, status: str, *names: str) -> list[Row]:
    return [(name, "глава", text, "Google", status) for name in names]


PAGE, BRIN, SCHMIDT = "Ларри Пейдж", "Сергей Брин", "Эрик Шмидт"

CASES_HEADING = {
    # subjects.aspect_verb / stopped: a phase verb before an infinitive verb of heading
    "stopped heading: former": (
        "Сергей Брин перестал возглавлять Google.",
        heads("возглавлять Google", "former", BRIN),
    ),
    "goes on heading: current": (
        "Сергей Брин продолжает возглавлять Google.",
        heads("возглавлять Google", "current", BRIN),
    ),
    # must not: a verb of possibility is no phase verb (the post is not held)
    "may head: nobody": ("Ларри Пейдж и Сергей Брин могут возглавить Google.", []),
    # subjects.heading_subjects: names joined before the subject of a plural verb
    "two names, a phase verb": (
        "Ларри Пейдж и Сергей Брин перестали возглавлять Google.",
        heads("возглавлять Google", "former", BRIN, PAGE),
    ),
    "three names, a finite verb of heading": (
        "Ларри Пейдж, Эрик Шмидт и Сергей Брин возглавляют Google.",
        heads("возглавляют Google", "current", BRIN, PAGE, SCHMIDT),
    ),
    # must not: a word between the subject and the verb
    "an adverb before the verb": (
        "Ларри Пейдж и Сергей Брин вместе возглавляют Google.",
        heads("возглавляют Google", "current", BRIN),
    ),
    # must not: a singular verb
    "a relative's singular verb": (
        "Ларри Пейдж встретил Сергея Брина, который возглавляет Google.",
        heads("возглавляет Google", "current", BRIN),
    ),
}


@pytest.mark.parametrize("text, expected", CASES_HEADING.values(), ids=CASES_HEADING.keys())
def test_roles_again11_heading(parse, text, expected):
    assert rows(parse(text)) == expected


CUBA = "Рауль Кастро правил 10 лет. Парламент собрался утром. Депутаты голосовали долго. "
LEADER = ("Рауль Кастро", "лидер", "Лидер Кубы", "Куба", "current")

CASES_INCUMBENT = {
    # anaphora.incumbent: a "новый" post alone is not the main person's who holds it already
    "new leader: not the incumbent": (
        "Лидер Кубы Рауль Кастро уходит. " + CUBA + "Новый лидер выступил перед парламентом.",
        [LEADER],
    ),
    # must not: no "новый"
    "leader: the main person": (
        "Лидер Кубы Рауль Кастро уходит. " + CUBA + "Лидер выступил перед парламентом.",
        [LEADER, ("Рауль Кастро", "лидер", "Лидер", "Куба", "current")],
    ),
    # must not: the main person was given the post by a verb (the new holder)
    "new leader, given by a verb": (
        "Рауль Кастро стал лидером Кубы. " + CUBA + "Новый лидер выступил перед парламентом.",
        [
            ("Рауль Кастро", "лидер", "лидером Кубы", "Куба", "current"),
            ("Рауль Кастро", "лидер", "Новый лидер", "Куба", "current"),
        ],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_INCUMBENT.values(), ids=CASES_INCUMBENT.keys())
def test_roles_again11_incumbent(parse, text, expected):
    assert rows(parse(text)) == expected


KING = ("Мартин Лютер Кинг", "лидер", "лидера движения", "движение", "current")
QUOTE = "Он вышел в футболке с цитатой лидера движения "

CASES_FIELD = {
    # linking.field_follows: a genitive post's field in a preposition's phrase, then the name
    "a field after the post": (QUOTE + "за гражданские права Мартина Лютера Кинга.", [KING]),
    "'с' going on a field the phrase opened": (
        "Медведев выразил соболезнования близким советника президента по вопросам "
        "сотрудничества с государствами СНГ Виктора Черномырдина.",
        [
            (
                "Виктор Черномырдин",
                "советник президента по вопросам сотрудничества",
                "советника президента по вопросам сотрудничества",
                None,
                "current",
            )
        ],
    ),
    # must not: "с" of another party, no field opened
    "'с' of another party": (
        "Полиция не связывает убийство бизнесмена с покушением на Сергея Скрипаля.",
        [],
    ),
    # must not: the name in another case than the post
    "a field, the name in another case": (QUOTE + "за гражданские права Мартину Лютеру Кингу.", []),
}


@pytest.mark.parametrize("text, expected", CASES_FIELD.values(), ids=CASES_FIELD.keys())
def test_roles_again11_field(parse, text, expected):
    assert rows(parse(text)) == expected


GRYZLOV = "Борис Грызлов занимал высшие должности в России — Министр внутренних дел (2001—2003), "
# a range of past years after a post closes it (status.year_range, session 14): former
MINISTER = ("Борис Грызлов", "министр внутренних дел", "Министр внутренних дел", None, "former")
SPEAKER = (
    "Борис Грызлов",
    "председатель",
    "Председатель Государственной думы",
    "Государственная дума",
    "former",
)

CASES_YEARS = {
    # lists.dated: a span of years as one word the tagger reads as an adjective (YEARS)
    "posts with years in brackets": (
        GRYZLOV + "Председатель Государственной думы (2003—2011), Председатель Высшего совета "
        "партии.",
        [
            MINISTER,
            SPEAKER,
            (
                "Борис Грызлов",
                "председатель",
                "Председатель Высшего совета партии",
                "Высочайший совет",
                "current",
            ),
        ],
    ),
    # must not: a bracket of words, no years (a post of another noun than his others: one he
    # holds elsewhere by its noun is his by ``referents.same_post_named``, session 12)
    "a bracket of words": (
        GRYZLOV + "Председатель Государственной думы (трёх созывов), Руководитель Высшего "
        "совета партии.",
        [MINISTER, (*SPEAKER[:-1], "current")],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_YEARS.values(), ids=CASES_YEARS.keys())
def test_roles_again11_years(parse, text, expected):
    assert rows(parse(text)) == expected


CASES_EDGES_MUST_NOT = {
    # appositions.field_follows: no preposition after the post, no field
    "a comma and a noun after a genitive post": (
        "Полиция окружила дом лидера движения, сторонника Мартина Лютера Кинга.",
        [],
    ),
    # "с" after a phrase of several words that opened no field
    "'с' after a post of several words": (
        "Полиция не связывает убийство главы компании с покушением на Сергея Скрипаля.",
        [],
    ),
    "'с' after a post with a preposition before it": (
        "Это стало ударом для главы компании с женой Сергея Петрова.",
        [],
    ),
    # the field opened right after the post's head goes on past "с"
    "a field opened right after the head": (
        "Медведев выразил соболезнования близким представителя по вопросам сотрудничества с "
        "государствами СНГ Виктора Черномырдина.",
        [
            (
                "Виктор Черномырдин",
                "представитель по вопросам сотрудничества",
                "представителя по вопросам сотрудничества",
                None,
                "current",
            )
        ],
    ),
    # appositions.starts_clause: a noun after the name is no finite verb
    "a noun after the name": (
        "Вместе с тренером Родригес команда выиграла кубок.",
        [("Родригес", "тренер", "тренером", None, "current")],
    ),
}


@pytest.mark.parametrize(
    "text, expected", CASES_EDGES_MUST_NOT.values(), ids=CASES_EDGES_MUST_NOT.keys()
)
def test_roles_again11_edges(parse, text, expected):
    assert rows(parse(text)) == expected


CASES_POWERS = {
    # copulas.own_powers: "с себя полномочия" are the clause subject's own
    "laid down his own powers": (
        "Гордон Браун объявил о решении сложить с себя полномочия премьер-министра.",
        [("Гордон Браун", "премьер-министр", "премьер-министра", None, "current")],
    ),
    # must not: another's powers ended
    "another's powers ended": (
        "Дмитрий Медведев подписал указ о прекращении полномочий губернатора.",
        [],
    ),
    # copulas.POST_WORDS: "карьера" of a post is its subject's
    "a career as a post": (
        "Гарри Каспаров закончил профессиональную карьеру шахматиста.",
        [("Гарри Каспаров", "шахматист", "шахматиста", None, "current")],
    ),
    # must not: a noun that is no post word
    "a book of a post": ("Гарри Каспаров прочитал книгу шахматиста.", []),
}


@pytest.mark.parametrize("text, expected", CASES_POWERS.values(), ids=CASES_POWERS.keys())
def test_roles_again11_powers(parse, text, expected):
    assert rows(parse(text)) == expected


HELD_TWO_TERMS = " Махмуд Ахмадинеджад занимал этот пост два срока."

CASES_POINTED = {
    # clause_posts.last_post_before: an instrumental post is a predicate "этот пост" points at
    "an instrumental post no copula took": (
        "Напомним, президентом Ирана в результате выборов, прошедших 14 июня, избран Хасан "
        "Рухани." + HELD_TWO_TERMS,
        [("Махмуд Ахмадинеджад", "президент", "президентом Ирана", "Иран", "current")],
    ),
    # must not: a nominative post its name holds
    "a nominative post held": (
        "Напомним, президент Ирана Хасан Рухани выступил в ООН." + HELD_TWO_TERMS,
        [("Хасан Рухани", "президент", "президент Ирана", "Иран", "current")],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_POINTED.values(), ids=CASES_POINTED.keys())
def test_roles_again11_pointed(parse, text, expected):
    assert rows(parse(text)) == expected


LEAD = (
    "\nЧёртов мост в Мартореле\n13 января в Испании был задержан российский программист, "
    "которого подозревают в атаках.\n\nПо данным СМИ, 31-летний Станислав Лисов находился за "
    "границей вместе с женой. Станислав Лисов отрицает вину.\n"
)
LISOV = ("Станислав Лисов", "программист", "российский программист", None, "current")

CASES_BODY_HOLDERS = {
    # headlines.body_holders: the headline's post goes to the one the body gives it by any rule
    "headline post, the lead's post named before anyone": (
        "В Каталонии задержан российский программист" + LEAD,
        [LISOV, LISOV],
    ),
    # must not: the body gives no post of the headline's noun
    "headline post of another noun": ("В Каталонии задержан российский хакер" + LEAD, [LISOV]),
}


@pytest.mark.parametrize(
    "text, expected", CASES_BODY_HOLDERS.values(), ids=CASES_BODY_HOLDERS.keys()
)
def test_roles_again11_body_holders(parse, text, expected):
    assert rows(parse(text)) == expected


def producer(name: str) -> list[Row]:
    return [(name, "продюсер", "продюсером", None, "current")]


CASES_PREPOSITIONAL = {
    # copulas.prepositional_object: a preposition's object is no copula's subject
    "played with someone, was a producer": (
        "После смерти Моррисона Рэй Манзарек начал сольную карьеру: играл с Игги Попом, был "
        "продюсером у групп.",
        producer("Рэй Манзарек"),
    ),
    # must not: a relative after the object stands for it
    "met someone who was a producer": (
        "Рэй Манзарек встретился с Игги Попом, который был продюсером у групп.",
        producer("Игги Поп"),
    ),
    # must not: a nominative subject
    "a subject": (
        "Рэй Манзарек начал сольную карьеру: Игги Поп был продюсером у групп.",
        producer("Игги Поп"),
    ),
}


@pytest.mark.parametrize(
    "text, expected", CASES_PREPOSITIONAL.values(), ids=CASES_PREPOSITIONAL.keys()
)
def test_roles_again11_prepositional(parse, text, expected):
    assert rows(parse(text)) == expected


CASES_SUCCEEDED_EDGES = {
    # succession.subject_is: past an adverb before the verb
    "he will soon succeed": (APPOINTED + "Он вскоре сменит Джона Теффта.", [HUNTSMAN, TEFFT]),
    # succession.name_after: eight words to the name (SUCCESSION_WINDOW), the near side
    "eight words to the name": (
        APPOINTED + "Он сменит на этой важной и очень ответственной дипломатической должности "
        "Джона Теффта.",
        [HUNTSMAN, TEFFT],
    ),
    # must not: nine words to the name
    "nine words to the name": (
        APPOINTED + "Он сменит на этой важной и очень ответственной новой дипломатической "
        "должности Джона Теффта.",
        [HUNTSMAN],
    ),
    # must not: a finite verb between
    "a finite verb between": (APPOINTED + "Он сменит, как сообщили, Джона Теффта.", [HUNTSMAN]),
    # must not: the holder succeeds no one but himself
    "the holder himself": (APPOINTED + "Джон Хантсман сменит Джона Хантсмана.", [HUNTSMAN]),
}


@pytest.mark.parametrize(
    "text, expected", CASES_SUCCEEDED_EDGES.values(), ids=CASES_SUCCEEDED_EDGES.keys()
)
def test_roles_again11_succeeded_edges(parse, text, expected):
    assert rows(parse(text)) == expected


ABE_AGAIN = " Синдзо Абэ заменил своего предшественника Дзюнъитиро Коидзуми."
ABE_POST = ("премьер-министр", "новым премьер-министром Японии", "Япония")

CASES_GIVEN_NEW = {
    # succession.given_new: the word giving the post seven words before it (NEW_HOLDER_REACH)
    "the appointing word seven words back": (
        "Синдзо Абэ был выбран после долгих и трудных переговоров в парламенте новым "
        "премьер-министром Японии." + ABE_AGAIN,
        [("Синдзо Абэ", *ABE_POST, "current"), ("Дзюнъитиро Коидзуми", *ABE_POST, "former")],
    ),
    # must not: eight words back
    "the appointing word eight words back": (
        "Синдзо Абэ был выбран после долгих и очень трудных переговоров в парламенте новым "
        "премьер-министром Японии." + ABE_AGAIN,
        [("Синдзо Абэ", *ABE_POST, "current")],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_GIVEN_NEW.values(), ids=CASES_GIVEN_NEW.keys())
def test_roles_again11_given_new(parse, text, expected):
    assert rows(parse(text)) == expected


# words._described: a hyphenated compound of a role noun and a person's noun names a person
# even where the tagger reads it as inanimate (its plural: "политиков-республиканцев")
DESCRIBED = {
    "two people's nouns, read inanimate": ("политик-республиканец", False, True),
    "two people's nouns, read animate": ("политик-республиканец", True, True),
    "a post and a thing, read inanimate": ("премьер-лига", False, False),
    "no role noun first, read inanimate": ("житель-республиканец", False, False),
}


@pytest.mark.parametrize("lemma, animate, expected", DESCRIBED.values(), ids=DESCRIBED.keys())
def test_roles_again11_described(lemma, animate, expected):
    from ruextract.roles.words import _described

    assert _described(lemma, animate) is expected

"""Roles, session 8: recall on posts named again and subjects named sentences before
(``ruextract.roles.anaphora``: ``same_noun``, ``group_again``, ``oblique_in_focus``'s genitive;
``ruextract.roles.copulas``: ``subject_of``'s verb opening its sentence, ``passed_over``,
``governs_instrumental``, "выступить").

Each rule has cases that must link and cases on the other side of its condition that must not.
"""

from __future__ import annotations

import pytest

from ruextract.roles.anaphora import akin
from tests.conftest import role_rows as rows

ZAKHAROV = (
    "Марк Захаров", "главный режиссер", "Главный режиссёр театра «Ленком»", "Ленком", "current"
)  # fmt: skip
MENSHIKOV = ("Олег Меньшиков", "актер", "актёр", None, "current")
LENKOM = (
    "Главный режиссёр театра «Ленком» Марк Захаров и актёр Олег Меньшиков представили спектакль."
)
MUSICIANS = "На фестивале выступили музыканты Юрий Царёв, Алексей Борисов и Павел Шевелёв."
LISTED = [
    ("Юрий Царёв", "музыкант", "музыканты", None, "current"),
    ("Алексей Борисов", "музыкант", "музыканты", None, "current"),
    ("Павел Шевелёв", "музыкант", "музыканты", None, "current"),
]
PAIR = "На фестивале выступили музыканты Юрий Царёв и Алексей Борисов."
PAIR_ROWS = LISTED[:2]
TWELVE = "и давнего и очень близкого друга всей большой и дружной семьи нашего"
GERUND12 = "в новой и сильной стране после долгих и трудных лет тяжёлой борьбы"
MAIN11 = "в 2000 году в стране началась новая эпоха и многое изменилось"
COHEN = "В Лос-Анджелесе умер канадский певец и композитор Леонард Коэн."
COHEN_ROWS = [
    ("Леонард Коэн", "певец", "канадский певец", None, "current"),
    ("Леонард Коэн", "композитор", "композитор", None, "current"),
]
BORN = "Виталий Костомаров родился в Москве."
PRESIDENT = "Был президентом ассоциации преподавателей."


CASES = {
    # a post named again by its noun alone: the one holder of a post of that noun, named in
    # the two sentences before
    "noun named again, holder in the sentence before": (
        f"{LENKOM} После показа режиссёра поздравили зрители.",
        [ZAKHAROV, MENSHIKOV, ("Марк Захаров", "режиссер", "режиссёра", "Ленком", "current")],
    ),
    "noun named again, holder two sentences before": (
        f"{LENKOM} Вечер длился долго. После показа режиссёра поздравили зрители.",
        [ZAKHAROV, MENSHIKOV, ("Марк Захаров", "режиссер", "режиссёра", "Ленком", "current")],
    ),
    # a plural post named again: the group given a plural post of that noun just before
    "plural named again for the group listed": (
        f"{MUSICIANS} Музыканты сыграли два сета.",
        [*LISTED, *[(key, "музыкант", "Музыканты", None, "current") for key, *_ in LISTED]],
    ),
    "plural named again for a group of two": (
        f"{PAIR} Музыканты сыграли два сета.",
        [*PAIR_ROWS, *[(key, "музыкант", "Музыканты", None, "current") for key, *_ in PAIR_ROWS]],
    ),
    "plural named again with a determiner": (
        f"{PAIR} Эти музыканты сыграли два сета.",
        [
            *PAIR_ROWS,
            *[(key, "музыкант", "Эти музыканты", None, "current") for key, *_ in PAIR_ROWS],
        ],
    ),
    "plural named again, the group two sentences before": (
        f"{PAIR} Зал был полон. Музыканты сыграли два сета.",
        [*PAIR_ROWS, *[(key, "музыкант", "Музыканты", None, "current") for key, *_ in PAIR_ROWS]],
    ),
    "plural named again, the group after sentences of no one": (
        f"Зал был полон. Вечер длился долго. {PAIR} Музыканты сыграли два сета.",
        [*PAIR_ROWS, *[(key, "музыкант", "Музыканты", None, "current") for key, *_ in PAIR_ROWS]],
    ),
    "noun named again in the holder's sentence": (
        "Главный режиссёр театра «Ленком» Марк Захаров представил спектакль, и после показа "
        "режиссёра поздравили зрители.",
        [ZAKHAROV, ("Марк Захаров", "режиссер", "режиссёра", "Ленком", "current")],
    ),
    "noun named again at the text's end": (
        f"{LENKOM} После показа зрители поздравили режиссёра",
        [ZAKHAROV, MENSHIKOV, ("Марк Захаров", "режиссер", "режиссёра", "Ленком", "current")],
    ),
    "noun named again before a closing quote only": (
        f"{LENKOM} Зрители кричали «Спасибо режиссёру».",
        [ZAKHAROV, MENSHIKOV, ("Марк Захаров", "режиссер", "режиссёру", "Ленком", "current")],
    ),
    # a genitive post alone, akin to a post the article gives its person
    "genitive post akin to the person's posts": (
        f"{COHEN} Причина смерти поэта не установлена.",
        [*COHEN_ROWS, ("Леонард Коэн", "поэт", "поэта", None, "current")],
    ),
    "genitive post akin, the person named two sentences before": (
        f"{COHEN} Он скончался в Лос-Анджелесе. Причина смерти поэта не установлена.",
        [*COHEN_ROWS, ("Леонард Коэн", "поэт", "поэта", None, "current")],
    ),
    # a verb of heading with no subject of its own: the biography's subject
    "verb of heading opening its sentence after a date": (
        f"{BORN} С 1992 года возглавлял Институт русского языка.",
        [
            (
                "Виталий Костомаров",
                "глава",
                "возглавлял Институт русского языка",
                "Институт русского языка",
                "current",  # narrated in the past (roles.md, status; session 10)
            )
        ],
    ),
    "verb of heading after a subject pronoun": (
        f"{BORN} В 1992 году он возглавлял Институт русского языка.",
        [
            (
                "Виталий Костомаров",
                "глава",
                "возглавлял Институт русского языка",
                "Институт русского языка",
                "current",  # narrated in the past (roles.md, status; session 10)
            )
        ],
    ),
    # a gerund's copula opening its sentence: the main clause's subject
    "gerund copula, the name after its clause": (
        "Став президентом в 2000 году, Владимир Путин начал реформы.",
        [("Владимир Путин", "президент", "президентом", None, "current")],
    ),
    "gerund copula, past a genitive name in its clause": (
        "Став президентом после ухода Бориса Ельцина, Владимир Путин начал реформы.",
        [("Владимир Путин", "президент", "президентом", None, "current")],
    ),
    "chain past a possessive opening a paragraph": (
        f"{BORN}\nЕго учитель — академик Виктор Виноградов.\n{PRESIDENT}",
        [
            ("Виктор Виноградов", "учитель", "учитель", "Виталий Костомаров", "current"),
            ("Виктор Виноградов", "академик", "академик", None, "current"),
            (
                "Виталий Костомаров",
                "президент",
                "президентом ассоциации преподавателей",
                "ассоциация",
                "current",
            ),
        ],
    ),
    "gerund copula, not the name of the sentence before": (
        "Иван Петров приехал в Москву. Будучи министром обороны, Сергей Иванов посетил Китай.",
        [("Сергей Иванов", "министр обороны", "министром обороны", None, "current")],
    ),
    "gerund copula, a subject pronoun past adverbials": (
        "Людмила Зыкина родилась в Москве. Будучи известной певицей, в 1960-е годы она "
        "поступила в училище.",
        [("Людмила Зыкина", "певица", "известной певицей", None, "current")],
    ),
    "verb of heading in the present, opening its sentence": (
        f"{BORN} С 1992 года возглавляет Институт русского языка.",
        [
            (
                "Виталий Костомаров",
                "глава",
                "возглавляет Институт русского языка",
                "Институт русского языка",
                "current",
            )
        ],
    ),
    "verb of heading seven words after its subject": (
        "Иван Петров, который уже много лет успешно возглавляет Газпром, приехал.",
        [("Иван Петров", "глава", "возглавляет Газпром", "Газпром", "current")],
    ),
    "gerund copula, its clause twelve words long": (
        f"Став президентом {GERUND12}, Владимир Путин начал реформы.",
        [("Владимир Путин", "президент", "президентом", None, "current")],
    ),
    "gerund copula, the subject twelve words into the main clause": (
        f"Став президентом, {MAIN11}, Владимир Путин начал.",
        [("Владимир Путин", "президент", "президентом", None, "current")],
    ),
    "gerund copula, the subject past a comma and the main verb": (
        "Став президентом, в 2000 году, изменил страну Владимир Путин.",
        [("Владимир Путин", "президент", "президентом", None, "current")],
    ),
    "chain past a possessive, one word more before it": (
        "Виталий Григорьевич Костомаров родился в Москве. Его учитель — академик Виктор "
        f"Виноградов. {PRESIDENT}",
        [
            (
                "Виктор Виноградов",
                "учитель",
                "учитель",
                "Виталий Григорьевич Костомаров",
                "current",
            ),
            ("Виктор Виноградов", "академик", "академик", None, "current"),
            (
                "Виталий Григорьевич Костомаров",
                "президент",
                "президентом ассоциации преподавателей",
                "ассоциация",
                "current",
            ),
        ],
    ),
    # "выступить кем"
    "copula выступить before the subject": (
        "Продюсером фильма выступил актёр Форест Уитакер.",
        [
            ("Форест Уитакер", "продюсер", "Продюсером фильма", None, "current"),
            ("Форест Уитакер", "актер", "актёр", None, "current"),
        ],
    ),
    "a preposition's genitive object before an instrumental post": (
        "Сергей Иванов был с 2001 года министром обороны.",
        [("Сергей Иванов", "министр обороны", "министром обороны", None, "current")],
    ),
    # a biography's chain passes over a name an org is named after and another's name
    "chain past a name an org is named after": (
        f"{BORN} Он основал институт имени А. С. Пушкина. {PRESIDENT}",
        [
            (
                "Виталий Костомаров",
                "президент",
                "президентом ассоциации преподавателей",
                "ассоциация",
                "current",
            )
        ],
    ),
    "chain past a name after an opening possessive": (
        f"{BORN} Его учитель — академик Виктор Виноградов. {PRESIDENT}",
        [
            ("Виктор Виноградов", "учитель", "учитель", "Виталий Костомаров", "current"),
            ("Виктор Виноградов", "академик", "академик", None, "current"),
            (
                "Виталий Костомаров",
                "президент",
                "президентом ассоциации преподавателей",
                "ассоциация",
                "current",
            ),
        ],
    ),
    "a name with no possessive before it is the chain's subject": (
        f"{BORN} Академик Виктор Виноградов приехал к нему. {PRESIDENT}",
        [
            ("Виктор Виноградов", "академик", "Академик", None, "current"),
            (
                "Виктор Виноградов",
                "президент",
                "президентом ассоциации преподавателей",
                "ассоциация",
                "current",
            ),
        ],
    ),
    # a genitive post after a noun of kinship is the relative's
    "kinship noun, the relative's post": (
        "Сенат избрал дочь президента Нурсултана Назарбаева Даригу главой комитета.",
        [
            ("Нурсултан Назарбаев", "президент", "президента", None, "current"),
            ("Дарига", "глава", "главой комитета", "комитет", "current"),
        ],
    ),
    "kinship noun, a list of the relative's posts": (
        "Даниэл Пик — дочь популярного израильского певца, композитора и поэта Цвика Пика.",
        [
            ("Цвик Пик", "певец", "популярного израильского певца", None, "current"),
            ("Цвик Пик", "композитор", "композитора", None, "current"),
            ("Цвик Пик", "поэт", "поэта", None, "current"),
        ],
    ),
    "kinship noun, an indeclinable relative": (
        "Принцесса Мако, внучка императора Японии Акихито, объявила о помолвке.",
        [
            ("Мако", "принцесса", "Принцесса", None, "current"),
            ("Акихито", "император", "императора Японии", "Япония", "current"),
        ],
    ),
    "kinship noun in the post's case: an apposition": (
        "У принца Уильяма и его супруги герцогини Кембриджской Кейт Миддлтон родился сын.",
        [
            ("Уильям", "принц", "принца", None, "current"),
            ("Кейт Миддлтон", "герцогиня кембриджская", "герцогини Кембриджской", None, "current"),
        ],
    ),
    "kinship noun, a post no name is linked to": (
        "Дочь певца, композитора и поэта Цвика Пика вышла замуж.",
        [
            ("Цвик Пик", "певец", "певца", None, "current"),
            ("Цвик Пик", "композитор", "композитора", None, "current"),  # session 9: a list
            ("Цвик Пик", "поэт", "поэта", None, "current"),
        ],
    ),
    "kinship noun, the relative twelve words after the post": (
        f"Внук президента Татарстана {TWELVE} Минтимера Шаймиева занял пост.",
        [("Минтимер Шаймиев", "президент", "президента Татарстана", "Татарстан", "current")],
    ),
    "kinship noun, the relative after a comma": (
        "Внук президента Татарстана, Минтимера Шаймиева, занял пост.",
        [("Минтимер Шаймиев", "президент", "президента Татарстана", "Татарстан", "current")],
    ),
    "kinship noun, a comma before a word in another case": (
        "Внучка бывшего президента, по словам журналистов Ивана Петрова и Анны Ивановой, приехала.",
        [
            ("Иван Петров", "журналист", "журналистов", None, "current"),
            ("Анна Иванова", "журналист", "журналистов", None, "current"),
        ],
    ),
    # the seed's rows stay
    "seed: head of state named again": (
        "Президент Казахстана Касым-Жомарт Токаев провёл совещание. Глава государства "
        "поручил правительству подготовить план.",
        [
            ("Касым-Жомарт Токаев", "президент", "Президент Казахстана", "Казахстан", "current"),
            (
                "Касым-Жомарт Токаев",
                "глава государства",
                "Глава государства",
                "Казахстан",
                "current",
            ),
        ],
    ),
    "seed: president of Russia": (
        "Президент России Владимир Путин провёл совещание.",
        [("Владимир Путин", "президент", "Президент России", "Россия", "current")],
    ),
}

CASES_MUST_NOT_LINK = {
    "noun named again, holder three sentences before": (
        f"{LENKOM} Зал был полон. Вечер длился долго. После показа режиссёра поздравили зрители.",
        [ZAKHAROV, MENSHIKOV],
    ),
    "noun named again, two holders of that noun": (
        "Главный режиссёр театра «Ленком» Марк Захаров и режиссёр театра «Современник» Галина "
        "Волчек представили спектакли. После показа режиссёра поздравили зрители.",
        [
            ZAKHAROV,
            (
                "Галина Волчек",
                "режиссер",
                "режиссёр театра «Современник»",
                "Современник",
                "current",
            ),
        ],
    ),
    "noun named again, all its quotes hold: an award's category": (
        f"{LENKOM} Премию в номинации «Лучший режиссёр» вручили позже.",
        [ZAKHAROV, MENSHIKOV],
    ),
    "noun named again, a former post is not a current one": (
        "Бывший глава компании Apple Стив Джобс и инженер Стив Возняк представили iPhone. "
        "После показа главу компании поздравили зрители.",
        [
            ("Стив Джобс", "глава", "Бывший глава компании Apple", "Apple", "former"),
            ("Стив Возняк", "инженер", "инженер", None, "current"),
        ],
    ),
    "во главе is no post": (
        "Глава компании Apple Стив Джобс и инженер Стив Возняк представили iPhone. Компания с "
        "Джобсом во главе изменила рынок.",
        [
            ("Стив Джобс", "глава", "Глава компании Apple", "Apple", "current"),
            ("Стив Возняк", "инженер", "инженер", None, "current"),
        ],
    ),
    "plural with a modifier is a kind": (
        f"{MUSICIANS} Молодые музыканты сыграли два сета.",
        LISTED,
    ),
    "plural named again, the group three sentences before": (
        f"{PAIR} Зал был полон. Вечер длился долго. Музыканты сыграли два сета.",
        PAIR_ROWS,
    ),
    "plural named again, one person given the plural": (
        "На фестивале выступили музыканты Юрий Царёв и «Весёлые ребята». Музыканты сыграли два "
        "сета.",
        [("Юрий Царёв", "музыкант", "музыканты", None, "current")],
    ),
    "plural named before the group": (
        f"Музыканты сыграли два сета. {PAIR}",
        PAIR_ROWS,
    ),
    "plural of another noun": (
        f"{MUSICIANS} Артисты сыграли два сета.",
        LISTED,
    ),
    "plural in a sentence that names someone": (
        f"{MUSICIANS} Музыканты и Иван Петров сыграли два сета.",
        LISTED,
    ),
    "genitive post not akin to the person's posts": (
        f"{COHEN} Причина смерти психотерапевта не установлена.",
        COHEN_ROWS,
    ),
    # (session 10: the main person named last, nobody named since, holds it within ten
    # sentences, ``referents.topic_named_last``; someone named since keeps the bound)
    "genitive post akin, the person named three sentences before": (
        f"{COHEN} Коэн скончался дома. Вечер вёл Иван Петров. Гости молчали. Причина смерти "
        "поэта не установлена.",
        COHEN_ROWS,
    ),
    "genitive post akin, of a new holder": (
        f"{COHEN} Причина смерти нового поэта не установлена.",
        COHEN_ROWS,
    ),
    "genitive post of a kind, the person's other post": (
        "Суд обязал актёра Мела Гибсона пройти лечение. Курс лечения у психотерапевта продлится "
        "год.",
        [("Мел Гибсон", "актер", "актёра", None, "current")],
    ),
    "verb of heading after its noun subject": (
        f"{BORN} Его сын возглавлял Институт русского языка.",
        [],
    ),
    "verb of heading after a pronoun of the other gender": (
        f"{BORN} В 1992 году она возглавляла Институт русского языка.",
        [],
    ),
    "verb of heading in the plural": (
        f"{BORN} Возглавляли Институт русского языка его ученики.",
        [],
    ),
    "verb of heading in the first person": (
        f"{BORN} С 1992 года возглавляю Институт русского языка.",
        [],
    ),
    "verb of heading of the other gender": (
        "Людмила Зыкина родилась в Москве. С 1992 года возглавлял Институт русского языка.",
        [],
    ),
    "instrumental posts listed after a preposition's object": (
        "Министр Сергей Иванов выступил после встречи с президентом, премьер-министром и "
        "депутатами.",
        [("Сергей Иванов", "министр", "Министр", None, "current")],
    ),
    "kinship noun, the kin named after the post": (
        "Об этом сообщила мать спортсменки Даниела Липницкая.",
        [],
    ),
    "kinship noun, the kin named before, no relative named": (
        "Певица Алсу, внучка бывшего вице-президента Лукойла, выступила в Москве.",
        [("Алсу", "певица", "Певица", None, "current")],
    ),
    "kinship noun, a name past a verb is no relative": (
        "Певица Алсу, внучка бывшего вице-президента Лукойла, сказала, что Ралиф Сафин приедет.",
        [("Алсу", "певица", "Певица", None, "current")],
    ),
    "gerund copula, no name in the main clause": (
        "Иван Петров приехал в Москву. Став президентом в 2000 году, страна изменилась.",
        [],
    ),
    "gerund copula, a genitive name in the main clause": (
        "Иван Петров приехал в Москву. Став президентом в 2000 году, поддержку Путина получил "
        "весь народ.",
        [],
    ),
    "kinship noun, the relative thirteen words after the post": (
        f"Внук президента Татарстана {TWELVE} доброго Минтимера Шаймиева занял пост.",
        [],
    ),
    "kinship noun, the kin after a dash": (
        "Старший сын бывшего руководителя ФСБ — Дмитрий Патрушев — работает в банке.",
        [],
    ),
    "kinship noun, another kinship noun before the name": (
        "Тамим является вторым сыном эмира и его второй жены Мозы бинт Нассер.",
        [],
    ),
    "kinship noun, a name past an auxiliary": (
        "Дочь президента была у Ивана Петрова.",
        [],
    ),
    "kinship noun, a name past a verb": (
        "Дочь президента лишила Ивана Петрова наследства.",
        [],
    ),
    "an instrumental post listed after a preposition's object, its complement after it": (
        "Министр Сергей Иванов выступил после встречи с президентом, премьер-министром страны.",
        [("Сергей Иванов", "министр", "Министр", None, "current")],
    ),
    "verb of heading eight words after its subject": (
        "Иван Петров, который уже много лет успешно и уверенно возглавляет Газпром, приехал.",
        [],
    ),
    "verb of heading past another verb": ("Иван Петров заявил, что возглавит Газпром.", []),
    "verb of heading past a semicolon": (
        "Иван Петров приехал; возглавляет Газпром Алексей Миллер.",
        [],
    ),
    "verb of heading past a colon": ("Иван Петров: возглавляет Газпром давно.", []),
    "verb of heading after a noun subject past a date": (
        f"{BORN} В 1992 году сын возглавлял Институт русского языка.",
        [],
    ),
    "gerund copula, its clause thirteen words long": (
        f"Став президентом {GERUND12} народа, Владимир Путин начал реформы.",
        [],
    ),
    "gerund copula, the subject thirteen words into the main clause": (
        f"Став президентом, {MAIN11.replace('и многое', 'и очень многое')}, Владимир Путин начал.",
        [],
    ),
    "gerund copula, a possessive is no subject": (
        "Иван Петров приехал. Став президентом, его брат начал реформы.",
        [],
    ),
    "a meeting with a post, no person named": (
        "Вчера министр встретился с президентом.",
        [],
    ),
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_roles_recall8_links(parse, text, expected):
    assert rows(parse(text)) == expected


@pytest.mark.parametrize(
    "text, expected", CASES_MUST_NOT_LINK.values(), ids=CASES_MUST_NOT_LINK.keys()
)
def test_roles_recall8_does_not_link(parse, text, expected):
    assert rows(parse(text)) == expected


@pytest.mark.parametrize(
    "noun, nouns, expected",
    [
        ("поэт", {"певец", "композитор"}, True),  # near in navec
        ("режиссер", {"режиссер"}, True),  # the same noun
        ("психотерапевт", {"судья", "звезда"}, False),  # far
        ("поэт", set(), False),  # the person holds no post
        ("поэт", None, False),
        ("абвгдейка", {"певец"}, False),  # no vector
    ],
)
def test_roles_recall8_akin(noun, nouns, expected):
    assert akin(noun, nouns) is expected


# THE WORDS AROUND A POST as pure functions of tokens (``titled``, ``kin_post``, ``listed_on``):
# the tagger's lemmas and cases given
def tagged(*words: tuple[str, str, str]):
    """A Doc of ``(text, lemma, morph)`` words."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    return Doc(Vocab(), words=[w for w, _, _ in words], lemmas=[lemma for _, lemma, _ in words],
               morphs=[m for _, _, m in words])  # fmt: skip


def post(start: int, end: int, head: int, plural: bool = False):
    from ruextract.roles.phrases import Phrase

    return Phrase(start=start, end=end, head=head, role="x", status="current", plural=plural)


def plain(*texts: str):
    return tagged(*[(t, t.lower(), "") for t in texts])


TITLED = {
    "a category's title in quotes": (plain("в", "номинации", "«", "Лучший", "режиссёр", "»"),
                                     (3, 5, 4), True),
    "a place at the head": (plain("во", "главе", "совета"), (1, 2, 1), True),
    "a post opening the text, a quote after it": (
        plain("Режиссёр", "«", "Мосфильма", "»", "и", "«"), (0, 1, 0), False),
    "a post opening the text, 'во' closing it": (plain("Глава", "компании", "во"), (0, 1, 0),
                                                 False),
}  # fmt: skip


@pytest.mark.parametrize(("doc", "at", "expected"), TITLED.values(), ids=TITLED.keys())
def test_roles_recall8_titled(doc, at, expected):
    from ruextract.roles.anaphora import titled

    assert titled(doc, post(*at)) is expected


KIN = {
    "a genitive post after a kinship noun": (
        tagged(("внук", "внук", "Case=Nom"), ("бывшего", "бывший", "Case=Gen"),
               ("президента", "президент", "Case=Gen")), (1, 3, 2), True),
    "a post opening the text, a kinship noun closing it": (
        tagged(("Президента", "президент", "Case=Gen"), ("поддержал", "поддержать", ""),
               ("его", "он", "Case=Gen"), ("внук", "внук", "Case=Nom")), (0, 1, 0), False),
}  # fmt: skip


@pytest.mark.parametrize(("doc", "at", "expected"), KIN.values(), ids=KIN.keys())
def test_roles_recall8_kin_post(doc, at, expected):
    from ruextract.roles.anaphora import kin_post

    assert kin_post(doc, post(*at)) is expected


LISTED_ON = {
    "a genitive after the comma": (
        tagged(("певцу", "певец", "Case=Dat"), (",", ",", ""),
               ("композитора", "композитор", "Case=Gen")), True),
    "a nominative after the comma, a genitive before it": (
        tagged(("президента", "президент", "Case=Gen"), ("Татарстана", "татарстан", "Case=Gen"),
               (",", ",", ""), ("который", "который", "Case=Nom")), False),
    "nothing after the comma": (tagged(("президента", "президент", "Case=Gen"), (",", ",", "")),
                                False),
}  # fmt: skip


@pytest.mark.parametrize(("doc", "expected"), LISTED_ON.values(), ids=LISTED_ON.keys())
def test_roles_recall8_listed_on(doc, expected):
    from ruextract.roles.anaphora import listed_on

    comma = next(t for t in doc if t.text == ",")
    assert listed_on(doc, comma) is expected


# A VERB OPENING ITS SENTENCE (``opens_with_verb``) and A NAME AFTER A POSSESSIVE OPENING ITS
# SENTENCE (``owned``): tagged tokens, one sentence unless told
def entities(doc, sents: list[int] | None = None):
    from ruextract.roles.phrases import Entities

    return Entities(per={}, place={}, sent=sents or [0] * len(doc))


def pos_tagged(*words: tuple[str, str, str]):
    """A Doc of ``(text, part of speech, morph)`` words."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    return Doc(Vocab(), words=[w for w, _, _ in words], pos=[p for _, p, _ in words],
               morphs=[m for _, _, m in words])  # fmt: skip


def names_tagged(words: list[tuple[str, str, str]]):
    """A Doc of tagged words (extensions registered) and its entities: every PROPN a person."""
    from ruextract.extensions import register_extensions

    register_extensions()
    doc = pos_tagged(*words)
    ents = entities(doc)
    for token in doc:
        if token.pos_ == "PROPN":
            ents.per[token.i] = doc[token.i : token.i + 1]
    return doc, ents


LED = ("возглавлял", "VERB", "Aspect=Imp|Gender=Masc|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin")
OPENS = {
    "after an adverb": ([("Затем", "ADV", ""), LED, ("редакцию", "NOUN", "Case=Acc")], 1,
                        None, True),
    "after a subject opening the text": ([("Иванов", "PROPN", "Case=Nom"), LED], 1, None,
                                         False),
    "after a subject and an adverb": ([("Иванов", "PROPN", "Case=Nom"), ("затем", "ADV", ""),
                                       LED], 2, None, False),
    "after adverbs alone": ([("Затем", "ADV", ""), ("долго", "ADV", ""), LED], 2, None, True),
    "a subject in the sentence before": ([("Иванов", "PROPN", "Case=Nom"), (".", "PUNCT", ""),
                                          ("Затем", "ADV", ""), LED], 3, [0, 0, 1, 1], True),
}  # fmt: skip


@pytest.mark.parametrize(("words", "i", "sents", "expected"), OPENS.values(), ids=OPENS.keys())
def test_roles_recall8_opens_with_verb(words, i, sents, expected):
    from ruextract.roles.subjects import opens_with_verb

    doc = pos_tagged(*words)
    assert opens_with_verb(doc, i, entities(doc, sents)) is expected


OWNED = {
    "a possessive opening the text": ("Его учитель — академик Виктор Виноградов", 4, None, True),
    "a possessive further from the name": ("Его учитель — известный академик Виктор Виноградов",
                                           5, None, True),
    "a possessive opening the second sentence": (
        "Он родился в Москве . Его учитель — академик Виктор Виноградов", 9,
        [0] * 5 + [1] * 6, True),
    "... further from the name": (
        "Он родился в Москве . Его учитель — известный академик Виктор Виноградов", 10,
        [0] * 5 + [1] * 7, True),
    "a name that opens with the possessive itself": ("Его Святейшество прибыл в Москву", 0,
                                                     None, False),
    "no possessive opening the sentence": ("Учитель его — академик Виктор Виноградов", 4, None,
                                           False),
}  # fmt: skip


@pytest.mark.parametrize(("text", "start", "sents", "expected"), OWNED.values(), ids=OWNED.keys())
def test_roles_recall8_owned(text, start, sents, expected):
    from ruextract.roles.subjects import owned

    doc = plain(*text.split())
    assert owned(doc, doc[start : start + 2], entities(doc, sents)) is expected


# THE SUBJECT OF A VERB OF HEADING (``subject_of``): the nearest name before it in its
# sentence, past no other verb or clause break; tagged tokens, the name "Иванов" at token 0
LED_PL = ("возглавляли", "VERB", "Aspect=Imp|Mood=Ind|Number=Plur|Tense=Past|VerbForm=Fin")
IVANOV = ("Иванов", "PROPN", "Case=Nom")
SUBJECTS = {
    "a name opening the text": ([IVANOV, LED, ("компанию", "NOUN", "Case=Acc")], None, True),
    "past an auxiliary": ([IVANOV, ("будет", "AUX", "VerbForm=Fin"), LED], None, False),
    "past a semicolon": ([IVANOV, (";", "PUNCT", ""), LED], None, False),
    "past a dash": ([IVANOV, ("—", "PUNCT", ""), LED], None, False),
    "past seven words": ([IVANOV, *[("очень", "ADV", "")] * 7, LED], None, True),
    "past eight words": ([IVANOV, *[("очень", "ADV", "")] * 8, LED], None, False),
    "a plural verb opening the next sentence": (
        [IVANOV, (".", "PUNCT", ""), ("Затем", "ADV", ""), LED_PL], [0, 0, 1, 1], False),
    "a singular verb opening the next sentence": (
        [IVANOV, (".", "PUNCT", ""), ("Затем", "ADV", ""), LED], [0, 0, 1, 1], True),
}  # fmt: skip


@pytest.mark.parametrize(("words", "sents", "expected"), SUBJECTS.values(), ids=SUBJECTS.keys())
def test_roles_recall8_subject_of(words, sents, expected):
    from ruextract.extensions import register_extensions
    from ruextract.roles.subjects import subject_of

    register_extensions()
    doc = pos_tagged(*words)
    ents = entities(doc, sents)
    ents.per[0] = doc[0:1]
    verb = len(doc) - 1 if words[-1] in (LED, LED_PL) else 1
    found = subject_of(doc, post(verb, verb + 1, verb), ents)
    assert (found is not None and found.text == "Иванов") is expected


# THE SUBJECT AFTER A GERUND'S CLAUSE (``gerund_subject``): tagged tokens, "президентом" the post
BECOMING = [("Став", "VERB", "VerbForm=Conv"), ("президентом", "NOUN", "Case=Ins")]
GERUNDS = {
    "the name after the comma": ([*BECOMING, (",", "PUNCT", ""), ("Медведев", "PROPN",
                                                                   "Case=Nom")], "Медведев"),
    "a nominative name before any comma is the subject, uncut": (
        [*BECOMING, ("Путин", "PROPN", "Case=Nom"), (",", "PUNCT", ""),
         ("Медведев", "PROPN", "Case=Nom")], None),
    "a genitive name before the comma is passed": (
        [*BECOMING, ("Ельцина", "PROPN", "Case=Gen"), (",", "PUNCT", ""),
         ("Медведев", "PROPN", "Case=Nom")], "Медведев"),
    "the text ends after the post": (BECOMING, None),
}  # fmt: skip


@pytest.mark.parametrize(("words", "expected"), GERUNDS.values(), ids=GERUNDS.keys())
def test_roles_recall8_gerund_subject(words, expected):
    from ruextract.roles.copulas import gerund_subject

    doc, ents = names_tagged(words)
    found = gerund_subject(doc, post(1, 2, 1), ents)
    assert (found.text if found is not None else None) == expected


# A POST NAMED AGAIN BY ITS NOUN (``same_noun``): the one person given a post of that noun in
# the sentences before, of the same status (former or not), with no other org
def named_again(status: str, org: tuple[str, int] | None, other_org: tuple[str, int] | None):
    """``(found person, the phrase's org and its start)`` for "актёр" in the second sentence
    of "Актёр Иванов выступил. Затем актёр ушёл." (Иванов's post "актёр" in the first)."""
    from dataclasses import replace

    from ruextract.extensions import register_extensions
    from ruextract.roles.anaphora import same_noun

    register_extensions()
    doc = plain("Актёр", "Иванов", "выступил", ".", "Затем", "актёр", "ушёл")
    ents = entities(doc, [0, 0, 0, 0, 1, 1, 1])
    ivanov = doc[1:2]
    ents.per[1] = ivanov

    def with_org(phrase, found):
        if found is None:
            return phrase
        name, start = found
        return replace(phrase, org=name, org_label="ORG", org_start=start, org_stop=start + 5)

    before = with_org(replace(post(0, 1, 0), status="current"), other_org)
    again = with_org(replace(post(5, 6, 5), status=status), org)
    found, phrase = same_noun(doc, again, {"актер": {"k": before}}, ents, {"k": {0}}, {"k": ivanov})
    return (found.text if found is not None else None, phrase.org, phrase.org_start)


SAME_NOUN = {
    "the same status": (("current", None, None), ("Иванов", None, None)),
    "a former post is not the current one's": (("former", None, None), (None, None, None)),
    "the org of the post before": (("current", None, ("театр", 3)), ("Иванов", "театр", 3)),
    "an org of its own, none before": (("current", ("театр", 40), None),
                                       ("Иванов", "театр", 40)),
    "the same org: its own place kept": (("current", ("театр", 40), ("театр", 3)),
                                         ("Иванов", "театр", 40)),
    "another org": (("current", ("театр", 40), ("завод", 3)), (None, "театр", 40)),
}  # fmt: skip


@pytest.mark.parametrize(("given", "expected"), SAME_NOUN.values(), ids=SAME_NOUN.keys())
def test_roles_recall8_same_noun(given, expected):
    assert named_again(*given) == expected


# AN OBLIQUE POST ALONE (``oblique_in_focus``): the person the article is about ("Иванов", named
# twice), named in the sentence before, when the post's own sentence names nobody
IVANOV_SAID = [IVANOV, ("выступил", "VERB", ""), ("вчера", "ADV", ""), (".", "PUNCT", "")]
SHOT = [("Затем", "ADV", ""), ("выстрелили", "VERB", ""), ("в", "ADP", ""),
        ("спину", "NOUN", "Case=Acc")]  # fmt: skip
POLITICIAN = ("политику", "NOUN", "Animacy=Anim|Case=Dat|Gender=Masc|Number=Sing")
PETROV = ("Петров", "PROPN", "Case=Nom")
FOCUS = {
    "the person of the sentence before": ([*IVANOV_SAID, *SHOT, POLITICIAN], {}, "Иванов"),
    "a plural post": ([*IVANOV_SAID, *SHOT, POLITICIAN], {"plural": True}, None),
    "a post with its org": ([*IVANOV_SAID, *SHOT, POLITICIAN], {"org": "театр"}, None),
    "someone else's ('своему')": ([*IVANOV_SAID, *SHOT[:3], ("своему", "DET", "Case=Dat"),
                                   POLITICIAN], {"own": True}, None),
    "someone else's ('себе')": ([*IVANOV_SAID, *SHOT[:3], ("себе", "PRON", "Case=Dat"),
                                 POLITICIAN], {"own": True}, None),
    "the person in its own sentence": ([IVANOV, *SHOT[1:], POLITICIAN], {}, None),
    "another person right after it": ([*IVANOV_SAID, POLITICIAN, PETROV], {}, None),
    "another person two words after it": (
        [*IVANOV_SAID, POLITICIAN, ("угрожал", "VERB", ""), PETROV], {}, None),
    "the person right before, in the sentence before": ([IVANOV, POLITICIAN, *SHOT], {},
                                                        "Иванов"),
}  # fmt: skip


@pytest.mark.parametrize(("words", "how", "expected"), FOCUS.values(), ids=FOCUS.keys())
def test_roles_recall8_oblique_in_focus(words, how, expected):
    from collections import Counter
    from dataclasses import replace

    from ruextract.extensions import register_extensions
    from ruextract.roles.anaphora import oblique_in_focus

    register_extensions()
    doc = pos_tagged(*words)
    first_end = next((t.i for t in doc if t.text == "."), len(doc))  # one sentence if no "."
    if words[1] == POLITICIAN:  # a sentence of the name alone before the post's
        first_end = 0
    sents = [0 if t.i <= first_end else 1 for t in doc]
    ents = entities(doc, sents)
    ents.per_counts = Counter({"k": 2, "p": 1})
    for token in doc:
        if token.pos_ == "PROPN":
            ents.per[token.i] = doc[token.i : token.i + 1]
            ents.per[token.i]._.key = "k" if token.text == "Иванов" else "p"
    head = next(t.i for t in doc if t.text == "политику")
    start = head - 1 if how.get("own") else head
    phrase = replace(post(start, head + 1, head, plural=how.get("plural", False)),
                     org=how.get("org"))  # fmt: skip
    found = oblique_in_focus(doc, phrase, ents)
    assert (found.text if found is not None else None) == expected


# THE HOLDER OF A POST AFTER A KINSHIP NOUN (``relative``): the genitive name after the post
GRANDDAUGHTER = [("внучка", "NOUN", "Case=Nom"), ("президента", "NOUN", "Case=Gen")]
RELATIVES = {
    "a genitive name": ([*GRANDDAUGHTER, ("Сафина", "PROPN", "Case=Gen")], "Сафина"),
    "read as genitive, spelt otherwise": ([*GRANDDAUGHTER, ("Иванов", "PROPN", "Case=Gen")],
                                          "Иванов"),
    "a nominative name is the kin's": ([*GRANDDAUGHTER, ("Иванов", "PROPN", "Case=Nom")], None),
    "past a comma before a genitive": (
        [*GRANDDAUGHTER, (",", "PUNCT", ""), ("Сафина", "PROPN", "Case=Gen")], "Сафина"),
    "past a comma before another word": (
        [*GRANDDAUGHTER, (",", "PUNCT", ""), ("здесь", "ADV", ""),
         ("Сафина", "PROPN", "Case=Gen")], None),
}  # fmt: skip


@pytest.mark.parametrize(("words", "expected"), RELATIVES.values(), ids=RELATIVES.keys())
def test_roles_recall8_relative(words, expected):
    from ruextract.roles.anaphora import relative

    doc, ents = names_tagged(words)
    found = relative(doc, post(1, 2, 1), ents)
    assert (found.text if found is not None else None) == expected


# A PLURAL POST NAMED AGAIN (``group_again``): the group of the sentence before; a word before
# the noun may only be a pronoun or determiner ("Их музыканты", not "тамбовские музыканты")
def group_before(opener: tuple[str, str, str]) -> list[str]:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from ruextract.extensions import register_extensions
    from ruextract.roles.anaphora import group_again

    register_extensions()
    words = [("музыканты", "NOUN", "музыкант"), ("Царёв", "PROPN", "царёв"), ("и", "CCONJ", "и"),
             ("Борисов", "PROPN", "борисов"), (".", "PUNCT", "."), opener,
             ("музыканты", "NOUN", "музыкант"), ("сыграли", "VERB", "сыграть")]  # fmt: skip
    doc = Doc(Vocab(), words=[w for w, _, _ in words], pos=[p for _, p, _ in words],
              lemmas=[lemma for _, _, lemma in words])  # fmt: skip
    ents = entities(doc, [0] * 5 + [1] * 3)
    members = [doc[1:2], doc[3:4]]
    for span, key in zip(members, "ab", strict=True):
        span._.key = key
        ents.per[span.start] = span
    found = group_again(doc, post(5, 7, 6, plural=True), {(0, 1): members}, ents)
    return [m.text for m in found]


@pytest.mark.parametrize(
    ("opener", "expected"),
    [(("Их", "PRON", "они"), ["Царёв", "Борисов"]), (("Эти", "DET", "этот"), ["Царёв", "Борисов"]),
     (("Тамбовские", "ADJ", "тамбовский"), [])],
    ids=["a pronoun", "a determiner", "an adjective"],
)  # fmt: skip
def test_roles_recall8_group_again(opener, expected):
    assert group_before(opener) == expected


def test_roles_recall8_akin_at_the_bound(monkeypatch):
    """Near enough at a cosine of exactly ``AKIN_COSINE``, not below it."""
    import numpy

    from ruextract import models
    from ruextract.roles import anaphora

    emb = models.embedding()
    vector = emb["поэт"] / numpy.linalg.norm(emb["поэт"])
    cosine = float(vector @ emb["певец"]) / float(numpy.linalg.norm(emb["певец"]))
    monkeypatch.setattr(anaphora, "AKIN_COSINE", cosine)
    assert akin("поэт", {"певец"}) is True
    monkeypatch.setattr(anaphora, "AKIN_COSINE", float(numpy.nextafter(cosine, 2.0)))
    assert akin("поэт", {"певец"}) is False

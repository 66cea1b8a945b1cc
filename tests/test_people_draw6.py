"""People, session 6: the families the study of draw 6 found, each with cases on both sides of
its condition (what the rule changes, and what it must leave as it is)."""

from __future__ import annotations

import pytest

from ruextract.people.boundaries.discovery import listed_last
from ruextract.people.boundaries.evidence import article_first_names, owner_of_body
from ruextract.people.boundaries.filters import first_name_of
from ruextract.people.boundaries.joins import signature_initials
from ruextract.people.linking import misspelt_surname, one_slip, pet_form, quoted, same_first
from ruextract.people.words import opens_with_non_name


def person_names(doc) -> list[tuple[str, str]]:
    """(mention as written, its person's name) of every PER span."""
    return [(e.text, e._.person.name) for e in doc.ents if e.label_ == "PER"]


def keys(doc) -> list[tuple[str, str]]:
    """(mention as written, its person's key) of every PER span."""
    return [(e.text, e._.key) for e in doc.ents if e.label_ == "PER"]


# --- a pet form of a first name is that first name: one person with the full form's name

CASES_PET_FORM = [
    pytest.param(
        "Министр спорта Павел Колобков предложил Юлии Липницкой работу. Я Юле звонил, но у неё "
        "выключен телефон. Заинтересованы в Липницкой и другие компании.\n"
        "Юля Липницкая — великая спортсменка.",
        [("Павел Колобков", "Павел Колобков"), ("Юлии Липницкой", "Юлия Липницкая"),
         ("Юле", "Юлия Липницкая"), ("Липницкой", "Юлия Липницкая"),
         ("Юля Липницкая", "Юлия Липницкая")],
        id="pet-form-full-and-alone-link-to-the-full-first-name",
    ),
    pytest.param(
        "Космонавт Юра Гагарин вернулся. Юрий Гагарин рассказал о полёте.",
        [("Юра Гагарин", "Юрий Гагарин"), ("Юрий Гагарин", "Юрий Гагарин")],
        id="pet-form-first-then-full-form-names-the-person",
    ),
    pytest.param(
        "Приз получила Виктория Смирнова. Вика Смирнова поблагодарила зрителей.",
        [("Виктория Смирнова", "Виктория Смирнова"), ("Вика Смирнова", "Виктория Смирнова")],
        id="three-letter-stem",
    ),
    pytest.param(
        "Победила Ирина Петрова. Ира ответила на вопросы.",
        [("Ирина Петрова", "Ирина Петрова"), ("Ира", "Ирина Петрова")],
        id="lone-pet-form-of-the-one-person",
    ),
    # ... two people whose first names the lone pet form may stand for: a person of its own
    pytest.param(
        "Пришли Ирина Петрова и Ирма Петрова. Ира ответила на вопросы.",
        [("Ирина Петрова", "Ирина Петрова"), ("Ирма Петрова", "Ирма Петрова"), ("Ира", "Ира")],
        id="lone-pet-form-of-two-people-stays-apart",
    ),
    # ... a longer shared stem is another full name, two genders are two people
    pytest.param(
        "На сцену вышли Мария Иванова и Марианна Иванова.",
        [("Мария Иванова", "Мария Иванова"), ("Марианна Иванова", "Марианна Иванова")],
        id="four-letter-stem-is-another-name",
    ),
    pytest.param(
        "Премию получили Кирилл Иванов и Кира Иванова.",
        [("Кирилл Иванов", "Кирилл Иванов"), ("Кира Иванова", "Кира Иванова")],
        id="other-gender-is-another-person",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES_PET_FORM)
def test_people_pet_form(parse, text, expected):
    assert person_names(parse(text)) == expected


@pytest.mark.parametrize(
    ("short", "full", "expected"),
    [
        ("Юля", "Юлия", True),
        ("Юра", "Юрий", True),  # as long as the full form
        ("Вика", "Виктория", True),  # a stem of three letters
        ("Аня", "Анна", True),
        ("Мария", "Марианна", False),  # a full name's "-ия"
        ("Юлия", "Юлиана", False),
        ("Злата", "Златослава", False),  # a stem of four letters
        ("Лиза", "Лизавета", True),  # three
        ("Ия", "Ирина", False),  # a stem of one letter
        ("Юлия", "Юля", False),  # longer than the full form
        ("Влад", "Владислав", False),  # no "а" / "я" ending (a short form: short_form_of)
        ("Юля", "Юля", False),  # the same name
        ("Кира", "Кирилл", False),  # two genders
        ("Саша", "Сергей", False),  # the stem does not begin the full form
        ("Ю.", "Юлия", False),  # an initial
        ("Юля", "Юл.", False),
        ("Катя", "Ксения", False),  # only the first letter begins the full form
        ("Катя", "Каролина", False),  # two letters of a three-letter stem
        ("Мира", "Мирослава", False),  # no dictionary first name
        (None, "Юлия", False),
    ],
)  # fmt: skip
def test_pet_form(short, full, expected):
    assert pet_form(short, full) is expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Юля", "Юлия", True),
        ("Юлия", "Юля", True),  # either way round
        ("Ю.", "Юлия", True),  # an initial (compatible)
        ("Юлия", "Юлиана", False),
        ("Юрий", "Юлия", False),
    ],
)  # fmt: skip
def test_same_first(a, b, expected):
    assert same_first(a, b) is expected


# --- a lone surname no dictionary holds, one slip from one person's surname, is that person

CASES_MISSPELT = [
    pytest.param(
        "На допросе прозвучало имя шпиона Бориса Карпичкова. Капричков рассказал изданию о нём.",
        [("Бориса Карпичкова", "Борис Карпичков"), ("Капричков", "Борис Карпичков")],
        id="two-letters-swapped",
    ),
    pytest.param(
        "Пострадали Чарли Роули и Дон Стерджесс. 8 июля Старджесс скончалась.",
        [("Чарли Роули", "Чарли Роули"), ("Дон Стерджесс", "Дон Стерджесс"),
         ("Старджесс", "Дон Стерджесс")],
        id="one-letter-replaced",
    ),
    # ... a short stem may be another surname
    pytest.param(
        "Выступил Иван Петров. Петрив рассказал о нём.",
        [("Иван Петров", "Иван Петров"), ("Петрив", "Петрив")],
        id="short-stem-stays-apart",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES_MISSPELT)
def test_people_misspelt_surname(parse, text, expected):
    assert person_names(parse(text)) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("карпичков", "капричков", True),  # two adjacent letters swapped
        ("стерджесс", "старджесс", True),  # one letter replaced
        ("карпичков", "карпачкав", False),  # two letters replaced
        ("карпичков", "карпичковв", False),  # another length
        ("карпичков", "кирпачков", False),  # two letters apart swapped
        ("карпичков", "карпичков", False),  # the same
    ],
)  # fmt: skip
def test_one_slip(a, b, expected):
    assert one_slip(a, b) is expected


def test_misspelt_surname_needs_one_person():
    from ruextract.people.linking import PersonCluster

    stergess = PersonCluster(last="Стерджесс", first="Дон")
    sturgess = PersonCluster(last="Стурджесс", first="Иван")
    lone = PersonCluster(last="Старджесс")  # no first name: no person named in full
    assert misspelt_surname("Старджесс", "Старджесс", [stergess]) == [0]
    assert misspelt_surname("Старджесс", "Старджесс", [stergess, sturgess]) == []
    assert misspelt_surname("Старджесс", "Старджесс", [lone]) == []
    # a dictionary word is no misprint, a short stem neither
    assert misspelt_surname("Петрова", "Петрова", [PersonCluster(last="Петрова", first="А")]) == []
    assert misspelt_surname("Стерджес", "Стерджес", [PersonCluster(last="Стерджас", first="Д")])
    # a stem of seven letters is enough, of six not
    petraeus = PersonCluster(last="Петрэус", first="Дэвид")
    assert misspelt_surname("Петреус", "Петреус", [petraeus]) == [0]
    assert misspelt_surname("Петрив", "Петрив", [PersonCluster(last="Петров", first="Иван")]) == []
    # a dictionary surname, or two words, is written as meant
    kuznetsev = PersonCluster(last="Кузнецев", first="Иван")
    assert misspelt_surname("Кузнецов", "Кузнецов", [kuznetsev]) == []
    assert misspelt_surname("Дон Петреус", "Петреус", [petraeus]) == []
    assert not misspelt_surname("Стерджс", "Стерджс", [PersonCluster(last="Стердже", first="Д")])


# --- a name in quotes restated in brackets, and the next spellings in the same brackets

CASES_RESTATED = [
    pytest.param(
        "Подозревается шпион с позывным «Гордон» (Gordon), сообщает Daily Mirror. Гордон "
        "обучался в Риге.",
        [("Гордон", "Гордон"), ("Gordon", "Гордон"), ("Гордон", "Гордон")],
        id="quoted-name-restated-in-brackets",
    ),
    pytest.param(
        "Мужчина может использовать псевдоним Михаилс Савикис (Савицкис, Савискис; Mihails "
        "Savickis) и ещё два других псевдонима.",
        [("Михаилс Савикис", "Михаилс Савикис"), ("Савицкис", "Михаилс Савикис"),
         ("Савискис", "Михаилс Савикис"), ("Mihails Savickis", "Михаилс Савикис")],
        id="spellings-listed-in-brackets",
    ),
    # ... the brackets inside the quotes, and a list after a quoted name
    pytest.param(
        "Шпион с позывным «Гордон (Gordon)» работал в Латвии.",
        [("Гордон", "Гордон"), ("Gordon", "Гордон")],
        id="quoted-name-and-its-brackets-in-quotes",
    ),
    pytest.param(
        "Шпион с позывным «Гордон» (Gordon, Gordonas) работал в Латвии.",
        [("Гордон", "Гордон"), ("Gordon", "Гордон"), ("Gordonas", "Гордон")],
        id="quoted-name-then-a-list-of-spellings",
    ),
    # ... a name after the brackets close is another person
    pytest.param(
        "Встречу провели Иван Петров (глава фонда), Сидоров и Козлов.",
        [("Иван Петров", "Иван Петров"), ("Сидоров", "Сидоров"), ("Козлов", "Козлов")],
        id="list-after-closed-brackets-stays-apart",
    ),
    # ... a list after an alias introduced without brackets is other people
    pytest.param(
        "Шон Картер, известный как Джей Зи, Бейонсе и Рианна пришли.",
        [("Шон Картер", "Шон Картер"), ("Джей Зи", "Шон Картер"), ("Бейонсе", "Бейонсе"),
         ("Рианна", "Рианна")],
        id="list-after-alias-without-brackets-stays-apart",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES_RESTATED)
def test_people_restated_in_brackets(parse, text, expected):
    assert person_names(parse(text)) == expected


# --- a letter's signature: a surname, then two dotless initials closing the line

CASES_SIGNATURE = [
    pytest.param(
        "Письмо подписал директор по коммуникациям Шестов И В\nОтвета пока нет.",
        [("Шестов И В", "И В Шестов")],
        id="signature-initials-in-natural-order",
    ),
]


# ... one initial after a name is a surname's or a regnal numeral: as written
CASES_SIGNATURE += [
    pytest.param(
        "По словам официальных лиц, Нуреддин Х. и его брат Хамза Х. были арестованы.",
        [("Нуреддин Х.", "Нуреддин Х."), ("Хамза Х.", "Хамза Х.")],
        id="first-name-and-surname-initial-stay",
    ),
    pytest.param(
        "Финансовым директором был Гидеон Ю (Gideon Yu).",
        [("Гидеон Ю", "Гидеон Ю"), ("Gideon Yu", "Гидеон Ю")],
        id="one-letter-surname-stays",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES_SIGNATURE)
def test_people_signature(parse, text, expected):
    assert person_names(parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Письмо подписал директор Шестов И В\nОтвета нет.", "Шестов И В"),
        ("Письмо подписал директор Шестов И В", "Шестов И В"),
        ("Письмо подписал директор Шестов И В.", "Шестов И В"),
        # the line goes on: "В" is a preposition
        ("Письмо подписал директор Шестов И В Москве его ждут.", "Шестов"),
        # one letter only
        ("Письмо подписал директор Шестов И\nОтвета нет.", "Шестов"),
        # a line break inside
        ("Письмо подписал директор Шестов\nИ В\nОтвета нет.", "Шестов"),
        # a surname in capitals (a headline)
        ("ПИСЬМО ПОДПИСАЛ ШЕСТОВ И В", "ШЕСТОВ"),
        # two letters, or figures, are no initials
        ("Письмо подписал директор Шестов Ив В\nОтвета нет.", "Шестов"),
        ("Письмо подписал директор Шестов 1 2\nОтвета нет.", "Шестов"),
    ],
)
def test_signature_initials(parse, text, expected):
    doc = parse(text)
    start = next(t.i for t in doc if t.text.lower() == "шестов")
    end = signature_initials(doc, start, start + 1, set())
    assert doc[start:end].text == expected


def test_signature_initials_lone_surname_only(parse):
    doc = parse("Письмо подписал директор Иван Шестов И В\nОтвета нет.")
    start = next(t.i for t in doc if t.text == "Иван")
    assert doc[start : signature_initials(doc, start, start + 2, set())].text == "Иван Шестов"
    # initials already in another span
    start += 1
    taken = {start + 1}
    assert doc[start : signature_initials(doc, start, start + 1, taken)].text == "Шестов"


# --- a place in the genitive opens no name

CASES_PLACE_OPENING = [
    pytest.param(
        "Он сын мвами Руанды Йюхи V Мусинги (? — 1944), свергнутого с престола.",
        [("Йюхи V Мусинги", "Йюхи V Мусинги")],
        id="country-genitive-trimmed",
    ),
    # ... a place that names no country may be a first name ("Бруклин")
    pytest.param(
        "Она имеет троих сыновей — Бруклина Джозефа, Ромео Джеймса.",
        [("Бруклина Джозефа", "Бруклин Джозеф"), ("Ромео Джеймса", "Ромео Джеймс")],
        id="place-no-country-stays",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES_PLACE_OPENING)
def test_people_place_opening(parse, text, expected):
    assert person_names(parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Он сын мвами Руанды Йюхи V Мусинги.", "Руанды", True),
        # a nominative place, a word with a name reading
        ("Руанда Кагаме пришла.", "Руанда", False),
        ("Она имеет троих сыновей — Бруклина Джозефа.", "Бруклина", False),
        ("Вчера Виктории Петровой вручили приз.", "Виктории", False),
    ],
)
def test_opens_with_non_name_place_genitive(parse, text, word, expected):
    doc = parse(text)
    token = next(t for t in doc if t.text == word)
    assert opens_with_non_name(doc, token) is expected


# --- a lone first name of a person the article names wins over a place reading

CASES_FIRST_NAME_OVER_PLACE = [
    pytest.param(
        "Король Альберт II отрёкся от престола. Церемония передачи власти прошла от Альберта "
        "к Филиппу.",
        [("Альберт II", "Альберт II"), ("Альберта", "Альберт II"), ("Филиппу", "Филипп")],
        id="oblique-first-name-of-the-article",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES_FIRST_NAME_OVER_PLACE)
def test_people_first_name_over_place(parse, text, expected):
    assert person_names(parse(text)) == expected


@pytest.mark.parametrize(
    ("word", "names", "expected"),
    [
        ("Альберта", {"альберт"}, True),
        ("Альберта", {"филипп"}, False),  # no person of the article so named
        ("Альберта", set(), False),
        ("Муром", {"мур"}, False),  # "Мур" is a surname, no first name
    ],
)
def test_first_name_of(word, names, expected):
    assert first_name_of(word, names) is expected


# --- an abbreviation then an oblique form of a surname the article gives a person in full: the
# organisation is the abbreviation, the surname the person's mention

CASES_OWNER = [
    pytest.param(
        "Путин наградил ведущего КВН Маслякова орденом «За заслуги перед Отечеством»\n\n"
        "Владимир Путин, Сергей Собянин и Александр Масляков",
        [("Путин", "Владимир Путин"), ("Маслякова", "Александр Масляков"),
         ("Владимир Путин", "Владимир Путин"), ("Сергей Собянин", "Сергей Собянин"),
         ("Александр Масляков", "Александр Масляков")],
        id="abbreviation-then-known-surname",
    ),
    # ... the article also writes the surname in that case elsewhere
    pytest.param(
        "Путин наградил ведущего КВН Маслякова орденом «За заслуги перед Отечеством»\n\n"
        "Владимир Путин и Александр Масляков\nПрезидент России Владимир Путин подписал указ о "
        "награждении ведущего КВН Александра Маслякова.",
        [("Путин", "Владимир Путин"), ("Маслякова", "Александр Масляков"),
         ("Владимир Путин", "Владимир Путин"), ("Александр Масляков", "Александр Масляков"),
         ("Владимир Путин", "Владимир Путин"),
         ("Александра Маслякова", "Александр Масляков")],
        id="abbreviation-then-known-surname-written-so-elsewhere",
    ),
    # ... a surname no person of the article has stays the organisation's
    pytest.param(
        "Он окончил МГУ Ломоносова. Там учился и Иван Петров.",
        [("Иван Петров", "Иван Петров")],
        id="unknown-surname-stays-in-the-organisation",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES_OWNER)
def test_people_owner_of_body(parse, text, expected):
    assert person_names(parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "org", "label", "surnames", "expected"),
    [
        ("Он поздравил ведущего КВН Маслякова вчера.", "КВН Маслякова", "ORG", {"масляков"},
         (["Маслякова"], ["КВН"])),
        # no person of the article has the surname
        ("Он поздравил ведущего КВН Маслякова вчера.", "КВН Маслякова", "ORG", {"петров"},
         ([], ["КВН Маслякова"])),
        ("Он поздравил ведущего КВН Маслякова вчера.", "КВН Маслякова", "ORG", set(),
         ([], ["КВН Маслякова"])),
        # the surname as the person's is written (a nominative)
        ("Он поздравил ведущего КВН Масляков вчера.", "КВН Масляков", "ORG", {"масляков"},
         ([], ["КВН Масляков"])),
        # no abbreviation before it
        ("Он поздравил ведущего Клуба Маслякова вчера.", "Клуба Маслякова", "ORG",
         {"масляков"}, ([], ["Клуба Маслякова"])),
        # a one-letter capital is no abbreviation
        ("Он поздравил ведущего К Маслякова вчера.", "К Маслякова", "ORG", {"масляков"},
         ([], ["К Маслякова"])),
        # a place, not an organisation
        ("Он поздравил ведущего КВН Маслякова вчера.", "КВН Маслякова", "LOC", {"масляков"},
         ([], ["КВН Маслякова"])),
        # one word, or the surname in capitals
        ("Он поздравил ведущего КВН Маслякова вчера.", "Маслякова", "ORG", {"масляков"},
         ([], ["Маслякова"])),
        ("Он поздравил ведущего КВН МАСЛЯКОВА вчера.", "КВН МАСЛЯКОВА", "ORG", {"масляков"},
         ([], ["КВН МАСЛЯКОВА"])),
    ],
)  # fmt: skip
def test_owner_of_body(parse, text, org, label, surnames, expected):
    from spacy.tokens import Span

    doc = parse(text)
    start = text.index(org)
    span = doc.char_span(start, start + len(org))
    pers, others = owner_of_body(doc, [], [Span(doc, span.start, span.end, label=label)], surnames)
    assert ([doc[a:b].text for a, b in pers], [o.text for o in others]) == expected


# --- a Latin spelling closing a list of the person's spellings in brackets is a mention

CASES_LISTED_SCRIPT = [
    pytest.param(
        "Мужчина может использовать псевдоним Михаилс Савикис (Савицкис, Савискис; Mihails "
        "Savickis) и ещё два других псевдонима.",
        [("Михаилс Савикис", "Михаилс Савикис"), ("Савицкис", "Михаилс Савикис"),
         ("Савискис", "Михаилс Савикис"), ("Mihails Savickis", "Михаилс Савикис")],
        id="latin-spelling-closing-a-list-of-spellings",
    ),
    # ... a list whose items are no names is no list of spellings
    pytest.param(
        "Выступили Иван Петров (глава, основатель; Moscow Times) и другие.",
        [("Иван Петров", "Иван Петров")],
        id="list-of-other-words-stays",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES_LISTED_SCRIPT)
def test_people_listed_script(parse, text, expected):
    assert person_names(parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("(Савицкис, Савискис; Mihails Savickis)", ["Савицкис", "Савискис"], "Mihails Savickis"),
        ("(Савицкис; Mihails Savickis)", ["Савицкис"], "Mihails Savickis"),
        # an item that is no name
        ("(Савицкис, агент; Mihails Savickis)", ["Савицкис"], ""),
        # no list
        ("(Mihails Savickis)", [], ""),
        # an empty item
        ("(, Mihails Savickis)", [], ""),
    ],
)
def test_listed_last(parse, text, names, expected):
    doc = parse(text)
    taken = {t.i for t in doc if t.text in names}
    inside = [t for t in doc if t.text not in "()"]
    assert " ".join(t.text for t in listed_last(inside, taken)) == expected


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("«Гордон» пришёл.", 1, True),
        ("Гордон пришёл «", 0, False),  # nothing before the first token
        ("Сказал Гордон.", 1, False),
    ],
)
def test_quoted(parse, text, start, expected):
    doc = parse(text)
    assert quoted(doc[start : start + 1]) is expected


def owner_run(parse, text, orgs, surnames, pers=()):
    """owner_of_body over the ORG spans ``orgs`` (texts) of ``text``: the PER texts and the
    organisations (text, label) it gives."""
    from spacy.tokens import Span

    doc = parse(text)
    others = []
    for org in orgs:
        start = text.index(org)
        span = doc.char_span(start, start + len(org))
        others.append(Span(doc, span.start, span.end, label="ORG"))
    taken = []
    for name in pers:
        start = text.index(name)
        span = doc.char_span(start, start + len(name))
        taken.append((span.start, span.end))
    found, kept = owner_of_body(doc, taken, others, surnames)
    return [doc[a:b].text for a, b in found], [(o.text, o.label_) for o in kept]


def test_owner_of_body_edges(parse):
    text = "Он окончил МГУ Ломоносова и поздравил ведущего КВН Маслякова вчера."
    # a failing organisation before does not stop the next
    assert owner_run(parse, text, ["МГУ Ломоносова", "КВН Маслякова"], {"масляков"}) == (
        ["Маслякова"],
        [("МГУ Ломоносова", "ORG"), ("КВН", "ORG")],
    )
    # the surname already a mention: nothing to do
    assert owner_run(parse, text, ["КВН Маслякова"], {"масляков"}, ["Маслякова"]) == (
        ["Маслякова"],
        [("КВН Маслякова", "ORG")],
    )
    # the surname as the article writes it (folded), its stem not known
    assert owner_run(parse, text, ["КВН Маслякова"], {"маслякова"})[0] == ["Маслякова"]
    # a two-letter abbreviation; a word that is none after the abbreviation
    text = "Он поздравил ведущего КП Маслякова и члена КВН Клуба Маслякова вчера."
    assert owner_run(parse, text, ["КП Маслякова"], {"масляков"})[0] == ["Маслякова"]
    assert owner_run(parse, text, ["КВН Клуба Маслякова"], {"масляков"})[0] == []
    # a word with no case (a foreign one) counts as a nominative
    text = "Он поздравил ведущего КВН Smith вчера."
    assert owner_run(parse, text, ["КВН Smith"], {"smith"})[0] == []


def test_article_first_names(parse):
    text = "Петров ушёл. Король Альберт II отрёкся. Юлия Липницкая пришла. В. Путин сказал."
    doc = parse(text)
    pers = []
    for name in ("Петров", "Альберт II", "Юлия Липницкая", "В. Путин"):
        start = text.index(name)
        span = doc.char_span(start, start + len(name))
        pers.append((span.start, span.end))
    assert article_first_names(doc, pers) == {"альберт", "юлия"}


# --- whitespace inside a name: a no-break space between initials and surname (frequent in news
# copy) is one space in the person's name, so that the mentions share a key with a plain one

CASES_NO_BREAK_SPACE = [
    pytest.param(
        "Премию имени В.\u00a0А.\u00a0Стеклова вручили в Москве.",
        [("В.\u00a0А.\u00a0Стеклова", "В. А. Стеклов")],
        id="initials-with-no-break-spaces",
    ),
    pytest.param(
        "Об этом заявил В.\u00a0В.\u00a0Путин. Позже В. В. Путин уехал в Сочи.",
        [("В.\u00a0В.\u00a0Путин", "В. В. Путин"), ("В. В. Путин", "В. В. Путин")],
        id="no-break-and-plain-spaces-one-person",
    ),
    pytest.param(
        "Об этом заявил В.В.Путин.",
        [("В.В.Путин", "В.В.Путин")],
        id="no-space-stays-as-written",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES_NO_BREAK_SPACE)
def test_people_name_folds_whitespace(parse, text, expected):
    doc = parse(text)
    assert person_names(doc) == expected
    assert len({key for _, key in keys(doc)}) == 1

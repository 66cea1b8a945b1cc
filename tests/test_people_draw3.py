"""People, session 4 second pass: the families the study of draw 3 found, each with cases on
both sides of its condition (what the rule changes, and what it must leave as it is)."""

from __future__ import annotations

import pytest

from ruextract.names import NameParts
from ruextract.people import link_people
from ruextract.people.linking import PersonCluster, declined_together
from ruextract.people.words import family_surname, function_word_opening

# --- PER mentions exactly as written

CASES_SPANS = [
    # a sentence-opening conjunction or preposition is no East Asian surname ("Но", "До" are
    # Korean surnames too): the word after it is a dictionary first name or too long for a
    # given name
    pytest.param(
        "Суд приговорил футболиста Лионеля Месси. Но Мессии вряд ли проведёт время за решёткой.",
        ["Лионеля Месси", "Мессии"],
        id="conjunction-opening-a-sentence-is-no-surname",
    ),
    pytest.param(
        "Директором стал Тимур Шаймиев. До Тимура пост занимал Раис Ханнанов.",
        ["Тимур Шаймиев", "Тимура", "Раис Ханнанов"],
        id="preposition-opening-a-sentence-is-no-surname",
    ),
    # ... while a one- or two-syllable given name keeps an opening "Ли" (also a particle)
    pytest.param(
        "Умер Ли Пэн. Ли Пэн страдал от болезни.",
        ["Ли Пэн", "Ли Пэн"],
        id="east-asian-name-opening-a-sentence-stays",
    ),
    pytest.param(
        "Премьер Китая Ли Кэцян прибыл в Москву. Ли Кэцян заявил о сотрудничестве.",
        ["Ли Кэцян", "Ли Кэцян"],
        id="east-asian-two-syllable-given-name-stays",
    ),
    # a plural-only surname alone is a family, not a person (NEREL: FAMILY)
    pytest.param(
        "В Татарстане клан Шаймиевых расширяет семейный бизнес. Минтимер Шаймиев молчит.",
        ["Минтимер Шаймиев"],
        id="family-by-plural-surname-dropped",
    ),
    # ... a surname with a singular reading stays, and so does a known person's
    pytest.param(
        "Губернатор Никита Белых заявил о реформе. Белых добавил, что всё решено.",
        ["Никита Белых", "Белых"],
        id="indeclinable-surname-in-ykh-stays",
    ),
    # the surname of a person named in full before, in an oblique case, then a first name:
    # two people
    pytest.param(
        "Компанией владеют сыновья Минтимера Шаймиева. Кроме того, внучка Шаймиева Камиля "
        "вошла в совет директоров.",
        ["Минтимера Шаймиева", "Шаймиева", "Камиля"],
        id="known-surname-in-genitive-then-first-name-is-two",
    ),
    # ... a woman's surname the tagger reads nominative, with her first name, is one person
    pytest.param(
        "Иван Иванов приехал в Казань. Вчера Иванова Мария вошла в совет директоров.",
        ["Иван Иванов", "Иванова Мария"],
        id="surname-first-name-in-nominative-stays-one",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES_SPANS)
def test_people_spans_draw3(parse, text, expected):
    doc = parse(text)
    assert [e.text for e in doc.ents if e.label_ == "PER"] == expected


CASES_NO_PERSON = [
    # a piece of a word (a Latin "c" inside "Католичеcкой" splits the word) is no name
    pytest.param("Он был среди лидеров Католичеcкой церкви в США.", id="piece-of-a-word"),
    pytest.param("Книги братьев Стругацких переиздали в Москве.", id="family-stugatskikh"),
]


@pytest.mark.parametrize("text", CASES_NO_PERSON)
def test_people_no_person_draw3(parse, text):
    doc = parse(text)
    assert [e.text for e in doc.ents if e.label_ == "PER"] == []


# --- the person's name and linking

CASES_NAMES = [
    # a first name the dictionary has in a woman's instrumental only: no nominative as written
    pytest.param(
        "В этом ему помогли североходцы во главе с председателем Регионального отделения РФСХ "
        "Республики Башкортостан Зухрой Муртазиной.",
        [("Зухрой Муртазиной", "Зухра Муртазина")],
        id="dictionary-instrumental-first-name",
    ),
    pytest.param(
        "Встреча с Хулианой Авада прошла в Мадриде.",
        [("Хулианой Авада", "Хулиана Авада")],
        id="unknown-instrumental-first-name-still",
    ),
    # a foreign man's first name and surname with one case ending, beside his nominative
    pytest.param(
        "Это заявил сенатор Арлен Спектер. По словам Арлена Спектера, всё хорошо.",
        [("Арлен Спектер", "Арлен Спектер"), ("Арлена Спектера", "Арлен Спектер")],
        id="genitive-after-nominative-is-the-man",
    ),
    pytest.param(
        "По словам Арлена Спектера, всё хорошо. Это заявил сенатор Арлен Спектер.",
        [("Арлена Спектера", "Арлен Спектер"), ("Арлен Спектер", "Арлен Спектер")],
        id="genitive-before-nominative-is-the-man",
    ),
    pytest.param(
        "Шериф Эд Гонзалес уехал. Встреча с Эдом Гонзалесом прошла.",
        [("Эд Гонзалес", "Эд Гонзалес"), ("Эдом Гонзалесом", "Эд Гонзалес")],
        id="instrumental-after-nominative-is-the-man",
    ),
    # ... a Russian surname's "-а" is the woman's form: Алёна Петрова is someone else
    pytest.param(
        "Пришла Алена Петрова. Потом пришёл Ален Петров.",
        [("Алена Петрова", "Алена Петрова"), ("Ален Петров", "Ален Петров")],
        id="russian-feminine-surname-is-another-person",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES_NAMES)
def test_people_names_draw3(parse, text, expected):
    doc = parse(text)
    assert [(e.text, e._.person.name) for e in doc.ents if e.label_ == "PER"] == expected


def test_people_genitive_and_nominative_share_a_key(parse):
    doc = parse("Это заявил сенатор Арлен Спектер. По словам Арлена Спектера, всё хорошо.")
    assert len({e._.key for e in doc.ents if e.label_ == "PER"}) == 1


CASES_DECLINED = [
    (("Арлен", "Спектер"), ("Арлена", "Спектера"), True),
    (("Эд", "Гонзалес"), ("Эдом", "Гонзалесом"), True),
    (("Арлен", "Спектер"), ("Арлена", "Спектеру"), False),  # two different endings
    (("Ален", "Рене"), ("Алена", "Рене"), False),  # the surname takes no ending
    (("Ален", "Петров"), ("Алена", "Петрова"), False),  # a Russian woman's surname
    (("Антонио", "Гутерреш"), ("Антониоа", "Гутерреша"), False),  # a vowel-final first name
]


@pytest.mark.parametrize(("base", "form", "same"), CASES_DECLINED)
def test_declined_together(base, form, same):
    cluster = PersonCluster(first=base[0], last=base[1], name=" ".join(base))
    parts = NameParts(normal=" ".join(form), first=form[0], last=form[1])
    assert declined_together(cluster, parts) is same


def test_link_people_oblique_full_name_takes_the_nominative():
    names = [
        NameParts(normal="Арлена Спектера", first="Арлена", last="Спектера", gender="femn"),
        NameParts(normal="Арлен Спектер", first="Арлен", last="Спектер", gender="masc"),
    ]
    owner, clusters = link_people(names)
    assert owner == [0, 0]
    assert (clusters[0].name, clusters[0].gender) == ("Арлен Спектер", "masc")


@pytest.mark.parametrize(
    ("word", "family"),
    [
        ("Шаймиевых", True),
        ("Стругацких", True),
        ("Шаймиевы", True),
        ("Белых", False),  # a singular surname reading
        ("Кеннеди", False),
        ("Кими", False),  # no plural of a Russian surname
        ("Ивановым", False),  # a man's instrumental too
    ],
)
def test_family_surname(word, family):
    assert family_surname(word) is family


@pytest.mark.parametrize(
    ("text", "first", "opening"),
    [
        ("Но Мессии вряд ли приедет.", "Но", True),
        ("До Тимура пост занимал он.", "До", True),
        ("Ли Пэн умер вчера.", "Ли", False),  # one syllable
        ("Ли Кэцян приехал вчера.", "Ли", False),  # two syllables, no dictionary first name
        ("Он сказал. Но Мессии нет.", "Но", True),
        ("Он сказал, но Мессии нет.", "но", False),  # not opening a sentence
        ("Б.Обама приехал вчера.", "Б", False),  # an initial glued to the surname
    ],
)
def test_function_word_opening(nlp, text, first, opening):
    doc = nlp.make_doc(text)
    for _, proc in nlp.pipeline[:2]:  # morphology and NER, as the people stage sees them
        doc = proc(doc)
    at = next(t.i for t in doc if t.text == first)
    words = [doc[at], next(t for t in doc[at + 1 :] if t.is_alpha)]
    assert function_word_opening(doc, words) is opening


CASES_PLURAL_SUBJECT = [
    # a lone word with a plural past verb right after it is no one person
    pytest.param(
        "Викиновости сообщали, что 27 ноября 2018 года суд принял решение.",
        [],
        id="plural-verb-after-a-lone-word",
    ),
    # ... but the last of two joined names is a person, and so is one with a singular verb
    pytest.param(
        "Вчера Путин и Медведев заявили о планах.", ["Путин", "Медведев"], id="joined-by-i"
    ),
    pytest.param(
        "Вчера Путин, Медведев встретились в Сочи.",
        ["Путин", "Медведев"],
        id="joined-by-comma",
    ),
    pytest.param("Вчера Путин заявил о планах.", ["Путин"], id="singular-verb"),
]


@pytest.mark.parametrize(("text", "expected"), CASES_PLURAL_SUBJECT)
def test_people_plural_subject(parse, text, expected):
    doc = parse(text)
    assert [e.text for e in doc.ents if e.label_ == "PER"] == expected


def test_people_plural_verb_keeps_a_surname(parse):
    # a word with a surname reading stays: "Братья Кличко провели" names the brothers
    doc = parse("Братья Кличко провели пресс-конференцию в Киеве.")
    assert [e.text for e in doc.ents if e.label_ == "PER"] == ["Кличко"]


def test_people_plural_verb_after_a_coordinated_child(parse):
    # the verb agrees with a coordination the name ends: "Гидеон" is a person
    doc = parse("Мейв Кеннеди и её восьмилетний сын Гидеон поплыли за мячом в каноэ.")
    assert [e.text for e in doc.ents if e.label_ == "PER"] == ["Мейв Кеннеди", "Гидеон"]

"""People, session 7: the families the study of draw 7 and of NEREL train found (discovery,
boundaries, spurious people), each with cases on both sides of its condition (what the rule
changes, and what it must leave as it is)."""

from __future__ import annotations

import pytest

from ruextract.people.boundaries.cuts import relative_noun, shared_case, two_full_names
from ruextract.people.boundaries.discovery import (
    first_and_patronymic,
    genitive_reading,
    name_cases,
    named_places,
    quoted_first_names,
    single_space,
)
from ruextract.people.boundaries.evidence import (
    alone_in_quotes,
    first_name_form,
    first_name_mentions,
)
from ruextract.people.boundaries.filters import (
    disease_eponym,
    first_name_case,
    lowercase_unknown,
    post_title,
    quoted_thing,
    title_adjective,
)
from ruextract.people.boundaries.joins import patronymic_then_surname


def person_names(doc) -> list[tuple[str, str]]:
    """(mention as written, its person's name) of every PER span."""
    return [(e.text, e._.person.name) for e in doc.ents if e.label_ == "PER"]


def token(doc, text: str, nth: int = 0):
    """The ``nth`` token of ``doc`` written ``text``."""
    return [t for t in doc if t.text == text][nth]


ARAFAT = "Врачи не смогли установить причину смерти Ясира Арафата.\n"

# --- two people in one span: a relative's name after the oblique surname of a person named in
# full, after a noun naming a person; each name its own person

CASES_TWO_PEOPLE = [
    pytest.param(
        ARAFAT + "Вдова Арафата Суха дала разрешение на эксгумацию тела.",
        [("Ясира Арафата", "Ясир Арафат"), ("Арафата", "Ясир Арафат"), ("Суха", "Суха")],
        id="widow-after-the-husbands-genitive",
    ),
    # ... the genitive of the whole name stays one person
    pytest.param(
        ARAFAT + "Вдова Ясира Арафата дала разрешение на эксгумацию тела.",
        [("Ясира Арафата", "Ясир Арафат"), ("Ясира Арафата", "Ясир Арафат")],
        id="full-name-after-the-noun-stays-one",
    ),
    # ... no person named in full whose surname the article wrote in that case: one woman
    pytest.param(
        "Вдова Арафата Суха дала разрешение на эксгумацию тела.",
        [("Арафата Суха", "Арафата Суха")],
        id="no-person-named-before-stays-one",
    ),
    # ... no noun naming a person before the span
    pytest.param(
        ARAFAT + "В Рамалле Арафата Суха дала разрешение на эксгумацию тела.",
        [("Ясира Арафата", "Ясир Арафат"), ("Арафата Суха", "Арафата Суха")],
        id="no-relative-noun-stays-one",
    ),
    # ... the surname never written in an oblique case before: a woman named surname first
    pytest.param(
        "Премьер Иван Иванов приехал с женой. Жена Иванова Мария сказала, что рада.",
        [("Иван Иванов", "Иван Иванов"), ("Иванова Мария", "Иванова Мария")],
        id="surname-first-woman-stays-one",
    ),
    # the tagger's genitive and accusative of one form are no two cases
    pytest.param(
        "Клуб решил вывести из состава нападающего Карлоса Тевеса из-за его лишнего веса.",
        [("Карлоса Тевеса", "Карлос Тевес")],
        id="genitive-accusative-one-form-stays-one",
    ),
    pytest.param(
        "В Москве Януковича Людмила встретила журналистов.",
        [("Януковича", "Янукович"), ("Людмила", "Людмила")],
        id="genitive-then-nominative-first-name-still-two",
    ),
    # a caption of two full names, the second named before by the surname
    pytest.param(
        "Байден беседовал с президентом Эквадора о Сноудене.\n"
        "Джо Байден в окружении военнослужащих США Рафаэль Корреа Эдвард Сноуден",
        [("Байден", "Джо Байден"), ("Сноудене", "Эдвард Сноуден"), ("Джо Байден", "Джо Байден"),
         ("Рафаэль Корреа", "Рафаэль Корреа"), ("Эдвард Сноуден", "Эдвард Сноуден")],
        id="caption-of-two-full-names",
    ),
    pytest.param(
        "Джо Байден в окружении военнослужащих США Рафаэль Корреа Эдвард Сноуден",
        [("Джо Байден", "Джо Байден"),
         ("Рафаэль Корреа Эдвард Сноуден", "Рафаэль Корреа Эдвард Сноуден")],
        id="caption-second-not-named-before-stays",
    ),
    pytest.param(
        "Хуситы вынудили президента страны Абду Рабу Мансура Хади бежать из страны.",
        [("Абду Рабу Мансура Хади", "Абду Раба Мансур Хади")],
        id="arabic-name-of-four-words-stays-one",
    ),
    pytest.param(
        "Вчера в Рим приехала Анна Мария Луиза Медичи.",
        [("Анна Мария Луиза Медичи", "Анна Мария Луиза Медичи")],
        id="three-first-names-stay-one",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES_TWO_PEOPLE)
def test_people_two_people_in_one_span(parse, text, expected):
    assert person_names(parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Вдова Арафата Суха дала разрешение.", "Арафата", True),
        ("Вдова\xa0Арафата Суха дала разрешение.", "Арафата", True),
        ("Сын Иванова Пётр приехал.", "Иванова", True),
        # the first word; a surname, a participle used as a noun, quotes before
        ("Арафата Суха дала разрешение.", "Арафата", False),
        ("Петров Иванова Мария пришла.", "Иванова", False),
        ("Управляющий Иванова Мария пришла.", "Иванова", False),
        ("Видели управляющего Иванова Петра.", "Иванова", False),
        ("Вдова «Арафата Суха» дала разрешение.", "Арафата", False),
        ("Вдова\nАрафата Суха дала разрешение.", "Арафата", False),
        # plural, inanimate, no noun, a comma between
        ("Сыновья Иванова Петра приехали.", "Иванова", False),
        ("Дом Иванова Петра сгорел.", "Иванова", False),
        ("Вчера Иванова Мария приехала.", "Иванова", False),
        ("Вдова, Иванова Мария, приехала.", "Иванова", False),
    ],
)
def test_relative_noun(parse, text, word, expected):
    doc = parse(text)
    assert relative_noun(doc, token(doc, word).i) is expected


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ("Карлоса", "Тевеса", True),
        ("Путиным", "Меркель", True),
        ("Януковича", "Людмила", False),
        ("Путиным", "Медведева", False),
    ],
)
def test_shared_case(left, right, expected):
    assert shared_case(left, right) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Рафаэль Корреа Эдвард Сноуден", True),
        ("Анна Мария Луиза Медичи", False),
        ("Жан Поль Бельмондо Пьер", False),
        ("Иван Петрович Сидоров Путин", False),
        ("Рафаэль Корреа Эдвард", False),
        ("Рафаэль Корреа Эдвард Сноуден Путин", False),
        ("Рафаэль К. Эдвард Сноуден", False),
        ("Рафаэль Корреа Эдвард Павел", False),
    ],
)
def test_two_full_names(parse, text, expected):
    doc = parse(text)
    assert two_full_names([t for t in doc if t.is_alpha or t.text.endswith(".")]) is expected


# --- names slovnet missed: a first name and patronymic (and surname) in one case; the pieces of
# a name with its patronymic joined

CASES_PATRONYMIC = [
    pytest.param(
        "Представлены работы мастера — например, «Портрет Анны Карловны Бенуа» и «В боскете».",
        [("Анны Карловны Бенуа", "Анна Карловна Бенуа")],
        id="genitive-full-name-with-patronymic",
    ),
    pytest.param(
        "Письмо адресовано Ивану Петровичу Сидорову, директору школы.",
        [("Ивану Петровичу Сидорову", "Иван Петрович Сидоров")],
        id="dative-full-name-with-patronymic",
    ),
    # ... a place after the patronymic is no surname; a surname is no patronymic
    pytest.param(
        "Письмо адресовано Ивану Петровичу Москва.",
        [("Ивану Петровичу", "Иван Петрович")],
        id="place-after-patronymic-stays-out",
    ),
    pytest.param(
        "Он прочитал «Анну Каренину» за неделю.",
        [("Анну Каренину", "Анна Каренина")],
        id="first-name-and-surname-as-before",
    ),
    pytest.param(
        "Умерла Марина Филипповна Ходорковская, мать бывшего главы ЮКОСа.",
        [("Марина Филипповна Ходорковская", "Марина Филипповна Ходорковская")],
        id="patronymic-then-surname-joined",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES_PATRONYMIC)
def test_people_first_name_and_patronymic(parse, text, expected):
    assert person_names(parse(text)) == expected


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (["Марина", "Филипповна"], ["Ходорковская"], True),
        (["Ольга", "Алексеевна"], ["Мария"], False),
        (["Ольга", "Алексеевна"], ["Петровна"], False),
        (["Ходорковская", "Филипповна"], ["Иванова"], False),
        (["Марина", "Ходорковская"], ["Иванова"], False),
    ],
)
def test_patronymic_then_surname(left, right, expected):
    assert patronymic_then_surname(left, right) is expected


def test_name_cases():
    assert "gent" in name_cases("Анны", "Name") & name_cases("Карловны", "Patr")
    assert not name_cases("Анна", "Name") & name_cases("Карловне", "Patr")
    assert not name_cases("Каренину", "Patr")


# --- spurious people: a club in quotes in an oblique case, an unknown word the article writes
# in lowercase, a post written with a capital

CASES_SPURIOUS = [
    pytest.param(
        "Роналду пропустил матч.\n\nФорвард Реала написал в своём фейсбуке, что был готов. "
        "Сейчас форвард «Реала» встречается с моделью.",
        [("Роналду", "Роналду")],
        id="club-in-quotes-in-the-genitive",
    ),
    pytest.param(
        "Роналду пропустил матч.\n\nФорвард Реала написал в своём фейсбуке, что был готов.",
        [("Роналду", "Роналду"), ("Реала", "Реала")],
        id="never-in-quotes-left-to-other-rules",
    ),
    pytest.param(
        "Папа Бенедикт XVI назначил новых кардиналов. В ходе церемонии Папа подчеркнул "
        "универсальность церкви.",
        [("Бенедикт XVI", "Бенедикт XVI")],
        id="post-written-with-a-capital",
    ),
    # session 5's known gap, closed by the post lexicon: no lowercase "папа" needed
    pytest.param(
        "Многие мигранты, напомнил Папа, бежали от войны.",
        [],
        id="title-noun-alone-no-lowercase-evidence",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES_SPURIOUS)
def test_people_spurious(parse, text, expected):
    assert person_names(parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Форвард Реала забил. Сейчас форвард «Реала» встречается с моделью.", "Реала", True),
        ("Он играл против «Зенита» весь матч.", "Зенита", True),
        # unquoted only; a nominative nickname; a name reading; quotes with a space inside
        ("Форвард Реала забил гол.", "Реала", False),
        ("Руслан Владыко («Пан») скончался.", "Пан", False),
        ("Автор «Гордона» пришёл.", "Гордона", False),
        ("Он играл против « Зенита » весь матч.", "Зенита", False),
        ("Он играл против « Зенита» весь матч.", "Зенита", False),
        ("Он играл против «Зенита » весь матч.", "Зенита", False),
        ("Он играл против «Зенита» весь матч.", "Зенита", True),
        ("«Зенита» болельщики ждали весь матч.", "Зенита", True),
        ("Он играл против «Зенита»", "Зенита", True),
        # nominative; not alone in quotes; last word; an animate noun; a name reading
        ("Клуб «Зенит» выиграл матч.", "Зенит", False),
        ("Он играл против «Зенита и Спартака» весь матч.", "Зенита", False),
        ("Болельщики любят Зенита", "Зенита", False),
        ("Он видел постановку «Ревизора» вчера.", "Ревизора", False),
        ("Он вышел из «Веры» вчера.", "Веры", False),
    ],
)
def test_quoted_thing(parse, text, word, expected):
    doc = parse(text)
    assert quoted_thing(doc, token(doc, word)) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Мельдоний\nВАДА признало, что применение мельдония беспрецедентно.", "Мельдоний", True),
        ("Рехаб находится далеко, в рехабе тихо.", "Рехаб", True),
        # written only with a capital; a stem of a dictionary word only; a word of four
        # letters; a dictionary word; a lowercase word much longer than the capitalised one
        ("Мельдоний\nВАДА признало, что применение беспрецедентно.", "Мельдоний", False),
        ("Мальчик Матео родился. Он живёт у матери.", "Матео", False),
        ("Рэхб находится далеко, в рэхбе тихо.", "Рэхб", False),
        ("Москва\nВ москве тихо.", "Москва", False),
        ("Мельдоний\nНашли мельдониевыеххх следы.", "Мельдоний", False),
        ("Мельдоний\nНашли мзырк и мельдонх.", "Мельдоний", False),
        ("МЕЛЬДОНИЙ\nВАДА признало, что применение мельдония беспрецедентно.", "МЕЛЬДОНИЙ", False),
        ("Нашли мельдоний, применение мельдония беспрецедентно.", "мельдоний", False),
        # a lowercase form two letters longer counts, three letters longer does not
        ("Мельдоний\nБорьба с мельдониями.", "Мельдоний", True),
        ("Мельдоний\nБорьба с мельдониямих.", "Мельдоний", False),
    ],
)
def test_lowercase_unknown(parse, text, word, expected):
    doc = parse(text)
    assert lowercase_unknown(doc, token(doc, word)) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Папа подчеркнул.", "Папа", True),
        ("Патриархом стал митрополит.", "Патриархом", True),
        ("Иванов подчеркнул.", "Иванов", False),
        ("Мальчик подчеркнул.", "Мальчик", False),
    ],
)
def test_post_title(parse, text, word, expected):
    doc = parse(text)
    assert post_title(token(doc, word)) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("О беременности герцогини Кембриджской стало известно.", "Кембриджской", True),
        ("Патриархом Болгарским стал митрополит.", "Болгарским", True),
        # a thing before it, another case, a name reading, no noun before
        ("У дворца Кембриджского стоит охрана.", "Кембриджского", False),
        ("Герцогине Кембриджская прислала письмо.", "Кембриджская", False),
        ("У герцога Жуковского родился сын.", "Жуковского", False),
        ("Кембриджский университет открыт.", "Кембриджский", False),
        ("Он учился в Кембриджской школе.", "Кембриджской", False),
        ("У старшего Кембриджского родился сын.", "Кембриджского", False),
    ],
)
def test_title_adjective(parse, text, word, expected):
    doc = parse(text)
    assert title_adjective(doc, token(doc, word)) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Она умерла от осложнений болезни Паркинсона.", "Паркинсона", True),
        ("У него синдром Дауна.", "Дауна", True),
        ("болезни Паркинсона нет.", "Паркинсона", True),
        ("Он боролся с болезнью. Паркинсона нашли.", "Паркинсона", False),
        ("Врач Паркинсона пришёл.", "Паркинсона", False),
        ("Паркинсона нашли.", "Паркинсона", False),
    ],
)
def test_disease_eponym(parse, text, word, expected):
    doc = parse(text)
    assert disease_eponym(doc, token(doc, word)) is expected


def test_people_disease_and_title_adjective(parse):
    doc = parse(
        "Певица Мария Иванова умерла от осложнений болезни Паркинсона. О беременности "
        "герцогини Кембриджской стало известно в декабре."
    )
    assert person_names(doc) == [("Мария Иванова", "Мария Иванова")]


# --- a lone first name of the one person of the article who has it

CASES_FIRST_NAME = [
    pytest.param(
        "Серена Уильямс выиграла турнир. В планах Серены выиграть ещё один турнир Большого "
        "шлема.",
        [("Серена Уильямс", "Серена Уильямс"), ("Серены", "Серена Уильямс")],
        id="case-form-of-the-one-persons-first-name",
    ),
    # ... two people share it: its own person
    pytest.param(
        "Серена Уильямс и Серена Джонс вышли на корт. В планах Серены выиграть ещё один турнир.",
        [("Серена Уильямс", "Серена Уильямс"), ("Серена Джонс", "Серена Джонс"),
         ("Серены", "Серена")],
        id="first-name-of-two-people-not-linked",
    ),
    # ... a title in quotes
    pytest.param(
        "Певица Юлия Савичева исполнила песню «Юлия» для его жены.",
        [("Юлия Савичева", "Юлия Савичева")],
        id="first-name-alone-in-quotes-is-a-title",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES_FIRST_NAME)
def test_people_lone_first_name(parse, text, expected):
    assert person_names(parse(text)) == expected


def ranges(doc, surfaces: list[str]) -> list[tuple[int, int]]:
    """Token ranges of the first occurrence of each surface in ``doc``."""
    found = []
    for surface in surfaces:
        start = doc.text.index(surface)
        span = doc.char_span(start, start + len(surface))
        found.append((span.start, span.end))
    return found


WON = "Серена Уильямс выиграла турнир."


@pytest.mark.parametrize(
    ("text", "given", "expected"),
    [
        (WON + " В планах Серены выиграть ещё.", ["Серена Уильямс"], ["Серены"]),
        (WON + " Вчера Серена, как всегда, была сильнее.", ["Серена Уильямс"], ["Серена"]),
        (WON + " Вчера Серена\nПотом все ушли.", ["Серена Уильямс"], ["Серена"]),
        (WON + " Потом Серене Уильямс вручили кубок. Серена рада.",
         ["Серена Уильямс", "Серене Уильямс"], ["Серена"]),
        (WON + "\nСерена довольна.", ["Серена Уильямс"], ["Серена"]),
        ("Актриса Ева Грин приехала. Ева рада.", ["Ева Грин"], ["Ева"]),
        # two people share the first name; a capitalised word follows; a sentence-initial
        # form with no name reading; alone in quotes; in capitals; in another entity
        (WON + " Серена Джонс проиграла. Серене повезло.",
         ["Серена Уильямс", "Серена Джонс"], []),
        (WON + " В планах Серены Джонс выиграть.", ["Серена Уильямс"], []),
        (WON + "\nСерены нет на корте.", ["Серена Уильямс"], []),
        (WON + " Песня «Серена» вышла.", ["Серена Уильямс"], []),
        (WON + " СЕРЕНА рада.", ["Серена Уильямс"], []),
        # a name of one word or with initials, an East Asian name, a two-letter first name
        (WON + " Серена рада.", ["Уильямс"], []),
        ("С. Уильямс выиграла. Серена рада.", ["С. Уильямс"], []),
        ("Премьер Ли Пэн приехал. Пэн рад.", ["Ли Пэн"], []),
        ("Философ Ян Гус казнён. Ян знал.", ["Ян Гус"], []),
    ],
)  # fmt: skip
def test_first_name_mentions(parse, text, given, expected):
    doc = parse(text)
    pers = ranges(doc, given)
    found = first_name_mentions(doc, pers, [])
    assert [doc[a:b].text for a, b in found if (a, b) not in pers] == expected


LATER = " В планах Серены победа."


@pytest.mark.parametrize(
    ("text", "given", "others", "expected"),
    [
        # a span that names no first name, before the full name, does not end the reading
        ("Уильямс выиграла. Серена Уильямс рада." + LATER, ["Уильямс", "Серена Уильямс"], [],
         ["Серены"]),
        ("Ли Пэн приехал. Серена Уильямс выиграла." + LATER, ["Ли Пэн", "Серена Уильямс"], [],
         ["Серены"]),
        # a lone first name before the full name; another entity after it
        ("Серена пришла первой. Серена Уильямс выиграла.", ["Серена Уильямс"], [], ["Серена"]),
        ("Серена пришла первой. Серена Уильямс выиграла в Лондоне.", ["Серена Уильямс"],
         ["Лондоне"], ["Серена"]),
        # a word skipped does not end the reading: lowercase, another name after it, a
        # sentence-initial verb form, alone in quotes
        (WON + " В планах серены победа." + LATER, ["Серена Уильямс"], [], ["Серены"]),
        (WON + " Серены Джонс нет." + LATER, ["Серена Уильямс"], [], ["Серены"]),
        (WON + "\nСерены нет на корте." + LATER, ["Серена Уильямс"], [], ["Серены"]),
        (WON + " Песня «Серена» вышла." + LATER, ["Серена Уильямс"], [], ["Серены"]),
    ],
)  # fmt: skip
def test_first_name_mentions_read_on(parse, text, given, others, expected):
    doc = parse(text)
    pers = ranges(doc, given)
    places = [
        doc.char_span(doc.text.index(w), doc.text.index(w) + len(w), label="LOC") for w in others
    ]
    found = first_name_mentions(doc, pers, places)
    assert [doc[a:b].text for a, b in found if (a, b) not in pers] == expected


def test_first_name_mentions_not_over_another_entity(parse):
    doc = parse(WON + " В планах Серены выиграть ещё.")
    pers = ranges(doc, ["Серена Уильямс"])
    other = doc.char_span(doc.text.index("Серены"), doc.text.index("Серены") + 6, label="LOC")
    assert first_name_mentions(doc, pers, [other]) == pers


@pytest.mark.parametrize(
    ("word", "known", "expected"),
    [
        ("Серены", {"серена"}, True),
        ("Марии", {"мария"}, True),
        ("Серена", {"серена"}, True),
        ("Льва", {"лев"}, True),
        ("Кобе", {"кобе"}, True),
        ("Кьяры", {"кьяра"}, True),
        ("Коби", {"кобе"}, False),
        ("Сергея", {"серена"}, False),
        ("Сна", {"сон"}, False),
    ],
)
def test_first_name_form(word, known, expected):
    assert first_name_form(word, known) is expected


@pytest.mark.parametrize(
    ("word", "names", "expected"),
    [
        ("Серены", {"серена"}, True),
        ("Серена", {"серена"}, True),
        ("Ева", {"ева"}, True),
        ("Марии", {"мария"}, True),
        ("Анны", {"анна"}, False),
        ("Коби", {"кобе"}, False),
        ("Юлии", {"серена"}, False),
    ],
)
def test_first_name_case(word, names, expected):
    assert first_name_case(word, names) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Песня «Юлия» вышла.", "Юлия", True),
        ("«Юлия» вышла.", "Юлия", True),
        ("Песня «Юлия»", "Юлия", True),
        ("Юлия» вышла «", "Юлия", False),
        ("Песня «Юлия Савичева» вышла.", "Юлия", False),
        ("Юлия", "Юлия", False),
        ("«Юлия", "Юлия", False),
    ],
)
def test_alone_in_quotes(parse, text, word, expected):
    doc = parse(text)
    assert alone_in_quotes(doc, token(doc, word)) is expected


# --- a first name inside a work's title in quotes: a character or the person it is about

CASES_QUOTED_FIRST_NAMES = [
    pytest.param(
        "Первыми спектаклями новой сцены станут «Адам и Ева» и «Ромео и Джульетта».",
        [("Адам", "Адам"), ("Ева", "Ева"), ("Ромео", "Ромео"), ("Джульетта", "Джульетта")],
        id="characters-in-titles",
    ),
    pytest.param(
        "Это фильм, в котором сыграла пара, — «Кто боится Вирджинии Вульф» Майка Николса.",
        [("Вирджинии Вульф", "Вирджиния Вульф"), ("Майка Николса", "Майк Николс")],
        id="two-name-words-in-a-title-are-one-name",
    ),
    # ... a first name that is also a common noun; a title of one word; outside quotes
    pytest.param(
        "Он снимался в фильмах «Любовь и голуби», «Брюс» и «Карнавальная ночь».",
        [],
        id="common-noun-name-and-one-word-title-stay-out",
    ),
    pytest.param(
        "Фонд «Российский фонд „Пересвет“» провёл акцию.",
        [],
        id="nested-quotes-name-of-a-body-stays-out",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES_QUOTED_FIRST_NAMES)
def test_people_quoted_first_names(parse, text, expected):
    assert person_names(parse(text)) == expected


TEN = "один два три четыре пять шесть семь восемь девять десять"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Он прочитал «Адам и Ева» вслух.", ["Адам", "Ева"]),
        (f"Он прочитал «{TEN} Адам» вслух.", ["Адам"]),
        # a title of more than twelve tokens, across a line break, no closing quote, one word
        (f"Он прочитал «{TEN} и ещё Адам» вслух.", []),
        (f"Он прочитал «{TEN} и Адам» вслух.", ["Адам"]),
        ("Он прочитал «Адам\nи Ева» вслух.", []),
        ("Он прочитал «Адам и Ева вслух.", []),
        ("Он прочитал «Адам» вслух.", []),
        ("Он прочитал «АДАМ и ЕВА» вслух.", []),
    ],
)
def test_quoted_first_names(parse, text, expected):
    doc = parse(text)
    found = quoted_first_names(doc, [], [])
    assert [doc[a:b].text for a, b in found] == expected


# --- the person a street or a church is named after

CASES_NAMED_PLACES = [
    pytest.param(
        "В полночь на пересечении проспекта Вернадского и улицы Лобачевского погибла актриса.",
        [("Вернадского", "Вернадский"), ("Лобачевского", "Лобачевский")],
        id="streets-named-after-people",
    ),
    pytest.param(
        "Он умер в больнице Святой Марии в Сантьяго.",
        [("Марии", "Мария")],
        id="hospital-named-after-a-saint",
    ),
    pytest.param(
        "Отель стоит на пересечении бульвара Тараса Шевченко и Пушкинской улицы.",
        [("Тараса Шевченко", "Тарас Шевченко")],
        id="first-name-and-surname-after-a-streets-noun",
    ),
    # ... no name reading, an adjective, a capitalised noun
    pytest.param(
        "Он живёт на проспекте Мира, рядом с улицей Садовой.",
        [],
        id="street-of-a-word-stays-out",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES_NAMED_PLACES)
def test_people_named_places(parse, text, expected):
    assert person_names(parse(text)) == expected


@pytest.mark.parametrize(
    ("word", "grammeme", "expected"),
    [
        ("Вернадского", "Surn", True),
        ("Марии", "Name", True),
        ("Вернадский", "Surn", False),
        ("Мира", "Surn", False),
        ("Марии", "Surn", False),
    ],
)
def test_genitive_reading(word, grammeme, expected):
    assert genitive_reading(word, grammeme) is expected


# --- names that must stay as they are beside this session's rules (two people stay two, one
# name stays one)

CASES_STAY = [
    pytest.param(
        "Бизнесмены Аркадий и Борис Ротенберги получили контракты.",
        [("Аркадий", "Аркадий Ротенберг"), ("Борис Ротенберги", "Борис Ротенберг")],
        id="two-first-names-and-a-plural-surname",
    ),
    pytest.param(
        "В разговоре с Путиным Меркель подчеркнула важность диалога.",
        [("Путиным", "Путин"), ("Меркель", "Меркель")],
        id="two-surnames-in-their-own-cases",
    ),
    pytest.param(
        "Лидер КНДР Ким Чен Ир и основатель страны Ким Ир Сен.",
        [("Ким Чен Ир", "Ким Чен Ир"), ("Ким Ир Сен", "Ким Ир Сен")],
        id="korean-names-stay-whole",
    ),
    pytest.param(
        "Философ Жан-Поль Сартр отказался от премии.",
        [("Жан-Поль Сартр", "Жан-Поль Сартр")],
        id="hyphenated-first-name-stays-whole",
    ),
    pytest.param(
        "Генсек ООН Пан Ги Мун выступил в Нью-Йорке.",
        [("Пан Ги Мун", "Пан Ги Мун")],
        id="east-asian-surname-that-is-a-word-stays",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES_STAY)
def test_people_names_that_stay(parse, text, expected):
    assert person_names(parse(text)) == expected


# --- direct cases of the discovery steps (what they add given the spans found before them)


@pytest.mark.parametrize(
    ("text", "given", "expected"),
    [
        ("На пересечении проспекта Вернадского и улицы Лобачевского авария.", [],
         ["Вернадского", "Лобачевского"]),
        ("Отель на пересечении бульвара Тараса Шевченко стоит.", [], ["Тараса Шевченко"]),
        ("Он умер в больнице Святой Марии вчера.", [], ["Марии"]),
        ("Месса в соборе святого Петра прошла.", [], ["Петра"]),
        # a capitalised street noun, no surname reading, a line break, taken words, a saint
        # named by a surname, a first name after a street's noun, in capitals
        ("Улица Лобачевского закрыта.", [], []),
        ("Он живёт на проспекте Мира.", [], []),
        ("Он живёт на проспекте\nВернадского.", [], []),
        ("Он живёт на проспекте Вернадского.", ["Вернадского"], ["Вернадского"]),
        ("Он живёт на проспекте Вернадского.", ["проспекте"], ["проспекте"]),
        ("Месса в соборе святого Иванова прошла.", [], []),
        ("Он живёт на улице Марии.", [], []),
        ("Он живёт на улице ВЕРНАДСКОГО.", [], []),
        ("Отель на бульваре Тараса, Шевченко стоит.", [], []),
    ],
)  # fmt: skip
def test_named_places(parse, text, given, expected):
    doc = parse(text)
    found, _ = named_places(doc, ranges(doc, given), [])
    assert [doc[a:b].text for a, b in found] == expected


def test_named_places_replace_places_over_the_noun_and_name(parse):
    doc = parse("У проспекта Вернадского и улицы Лобачевского авария. Дом на Тверской.")
    places = [
        doc.char_span(doc.text.index(w), doc.text.index(w) + len(w), label="LOC")
        for w in ("проспекта Вернадского", "Лобачевского", "Тверской")
    ]
    found, others = named_places(doc, [], places)
    assert [doc[a:b].text for a, b in found] == ["Вернадского", "Лобачевского"]
    assert [e.text for e in others] == ["Тверской"]


def test_named_places_leave_a_longer_place(parse):
    doc = parse("Он пришёл в Дом на улице Лобачевского вчера.")
    start = doc.text.index("Дом")
    place = doc.char_span(start, doc.text.index(" вчера"), label="ORG")
    found, others = named_places(doc, [], [place])
    assert found == [] and others == [place]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Анна Петрова", True),
        ("Анна\xa0Петрова", True),
        ("Анна\nПетрова", False),
        ("Анна, Петрова", False),
        ("Анна X Петрова", False),
        ("Анна\tПетрова", False),
    ],
)
def test_single_space(parse, text, expected):
    doc = parse(text)
    assert single_space(doc, token(doc, "Анна"), token(doc, "Петрова")) is expected


@pytest.mark.parametrize(
    ("text", "blocked", "expected"),
    [
        ("Письмо адресовано Ивану Петровичу Сидорову, директору.", "", "Ивану Петровичу Сидорову"),
        ("Письмо адресовано Ивану Петровичу, директору.", "", "Ивану Петровичу"),
        ("Письмо адресовано Ивану Петровичу\nСидорову.", "", "Ивану Петровичу"),
        ("Письмо адресовано Ивану Петровичу Сидорову.", "Сидорову", "Ивану Петровичу"),
        # no shared case; the second word taken; no patronymic
        ("Письмо адресовано Анна Карловне вчера.", "", None),
        ("Письмо адресовано Ивану Петровичу вчера.", "Петровичу", None),
        ("Письмо адресовано Ивану Сидорову вчера.", "", None),
    ],
)
def test_first_and_patronymic(parse, text, blocked, expected):
    doc = parse(text)
    words = [t for t in doc if t.is_alpha]
    first = next(t for t in words if t.text in ("Ивану", "Анна"))
    nxt = doc[first.i + 1]

    def free(t):
        return t is not None and t.is_alpha and t.text[:1].isupper() and t.text != blocked

    found = first_and_patronymic(doc, first, nxt, free)
    assert (doc[found[0] : found[1]].text if found else None) == expected


@pytest.mark.parametrize(
    ("text", "given", "expected"),
    [
        ("Фильм «Кто боится Вирджинии Петровой» вышел.", ["Петровой"],
         ["Вирджинии Петровой"]),
        ("Фильм «Кто боится Вирджинии Вульф» вышел.", [], ["Вирджинии Вульф"]),
        ("Он смотрел «спасти рядового Райана» вчера.", [], ["Райана"]),
        ("Он смотрел «Дядя Ваня» вчера.", [], ["Ваня"]),
        ("Он смотрел «Фонд „Пересвет“ и Ева» вчера.", [], ["Ева"]),
        ("Он смотрел «Адам и Ева» вчера.", ["Адам"], ["Адам", "Ева"]),
        ("Он смотрел «Вирджинии Вульф Петров Иванов» вчера.", ["Петров Иванов"],
         ["Вирджинии Вульф", "Петров Иванов"]),
    ],
)  # fmt: skip
def test_quoted_first_names_given(parse, text, given, expected):
    doc = parse(text)
    found = quoted_first_names(doc, ranges(doc, given), [])
    assert [doc[a:b].text for a, b in found] == expected

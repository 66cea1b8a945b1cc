"""People named inside an organisation's or a place's name (session 8, issue 13): nested PER
spans (``doc.spans["nested_people"]``) in the people and mentions tables, linked with the
article's other mentions, the ORG or LOC span itself unchanged; each rule with cases on both
sides of its condition (what it finds, and what it must leave as it is)."""

from __future__ import annotations

import pytest

from ruextract import tables
from ruextract.evaluate.entities import predicted_spans
from ruextract.people.nested import (
    NESTED_KEY,
    common_genitive,
    genitive_name,
    no_name,
    surname_adjective,
)


def people_rows(doc) -> list[tuple[str, int]]:
    """(name, n_mentions) of every row of the people table."""
    rows = tables.rows_from_doc(doc, only={"people"})["people"]
    return [(row["name"], row["n_mentions"]) for row in rows]


def per_rows(doc) -> list[tuple[str, str]]:
    """(text, key) of every PER row of the mentions table."""
    rows = tables.rows_from_doc(doc, only={"mentions"})["mentions"]
    return [(row["text"], row["key"]) for row in rows if row["label"] == "PER"]


def holders(doc) -> list[tuple[str, str]]:
    """(text, label) of the ORG and LOC spans of ``doc.ents``."""
    return [(e.text, e.label_) for e in doc.ents if e.label_ in ("ORG", "LOC")]


# --- a person's name inside an ORG or LOC span: a nested PER row, the span kept whole

CASES_NESTED = [
    # a surname in the genitive after the body's noun (pymorphy3: Surn, gent)
    pytest.param(
        "Об этом сообщили в пресс-службе Лаборатории Касперского.",
        [("Касперский", 1)],
        [("Касперского", "Касперский")],
        [("Лаборатории Касперского", "ORG")],
        id="surname-genitive-after-the-head",
    ),
    # ... linked with the person the article names in full
    pytest.param(
        "Генеральный директор Евгений Касперский сообщил, что эксперты «Лаборатории"
        " Касперского» обнаружили вирус.",
        [("Евгений Касперский", 2)],
        [("Евгений Касперский", "Евгений Касперский"), ("Касперского", "Евгений Касперский")],
        [("Лаборатории Касперского", "ORG")],
        id="linked-to-the-full-name",
    ),
    # ... with the first name before it in the genitive
    pytest.param(
        "Выступление прошло в Фонде Михаила Горбачёва в Москве.",
        [("Михаил Горбачёв", 1)],
        [("Михаила Горбачёва", "Михаил Горбачёв")],
        [("Фонде Михаила Горбачёва", "ORG"), ("Москве", "LOC")],
        id="first-name-and-surname-genitive",
    ),
    # ... slovnet's place is the name alone: the whole span is the person too
    pytest.param(
        "Она была задержана в аэропорту Джона Кеннеди в Нью-Йорке.",
        [("Джон Кеннеди", 1)],
        [("Джона Кеннеди", "Джон Кеннеди")],
        [("Джона Кеннеди", "LOC"), ("Нью-Йорке", "LOC")],
        id="place-that-is-the-name-alone",
    ),
    # a word pymorphy3 has as a first name only is a surname when the article names the person
    pytest.param(
        "Табачный магнат Джеймс Дьюк пожертвовал деньги колледжу. Он учился в Университете Дьюка.",
        [("Джеймс Дьюк", 2)],
        [("Джеймс Дьюк", "Джеймс Дьюк"), ("Дьюка", "Джеймс Дьюк")],
        [("Университете Дьюка", "ORG")],
        id="surname-the-article-names-in-full",
    ),
    # after "имени" / "им." inside the span
    pytest.param(
        "Он окончил МГУ имени М.В. Ломоносова и работал в Доме Правительства.",
        [("М.В. Ломоносов", 1)],
        [("М.В. Ломоносова", "М.В. Ломоносов")],
        [("МГУ имени М.В. Ломоносова", "ORG"), ("Доме Правительства", "ORG")],
        id="after-imeni-with-initials",
    ),
    pytest.param(
        "Спектакль пройдет на сцене Театра имени Евгения Вахтангова в Москве.",
        [("Евгений Вахтангов", 1)],
        [("Евгения Вахтангова", "Евгений Вахтангов")],
        [("Театра имени Евгения Вахтангова", "ORG"), ("Москве", "LOC")],
        id="after-imeni-first-name-and-surname",
    ),
    # ... a surname that is also a town's name ("Орджоникидзе", "Чехов") after a first name
    pytest.param(
        "Он работал на Московском станкостроительном заводе им. Серго Орджоникидзе.",
        [("Серго Орджоникидзе", 1)],
        [("Серго Орджоникидзе", "Серго Орджоникидзе")],
        [("Московском станкостроительном заводе им. Серго Орджоникидзе", "ORG")],
        id="after-im-surname-also-a-town",
    ),
    pytest.param(
        "Он окончил школу-студию МХАТ имени Чехова.",
        [("Чехов", 1)],
        [("Чехова", "Чехов")],
        [("МХАТ имени Чехова", "ORG")],
        id="after-imeni-surname-also-a-town",
    ),
    # a first name in the genitive after "святой"
    pytest.param(
        "Служба прошла в Соборе Святого Марка в Венеции.",
        [("Марк", 1)],
        [("Марка", "Марк")],
        [("Соборе Святого Марка", "ORG"), ("Венеции", "LOC")],
        id="saint-first-name",
    ),
    # an adjective made from a surname opening a body's name
    pytest.param(
        "Заявление сделал представитель Нобелевского комитета Улав Ньёлстад.",
        [("Нобель", 1), ("Улав Ньёлстад", 1)],
        [("Нобелевского", "Нобель"), ("Улав Ньёлстад", "Улав Ньёлстад")],
        [("Нобелевского комитета", "ORG")],
        id="surname-adjective-in-a-body",
    ),
    pytest.param(
        "Больного доставили в Боткинскую больницу.",
        [("Боткин", 1)],
        [("Боткинскую", "Боткин")],
        [("Боткинскую больницу", "ORG")],
        id="surname-adjective-hospital",
    ),
]


@pytest.mark.parametrize(("text", "people", "mentions", "spans"), CASES_NESTED)
def test_people_named_inside_a_body_or_a_place(parse, text, people, mentions, spans):
    doc = parse(text)
    assert people_rows(doc) == people
    assert per_rows(doc) == mentions
    assert set(spans) <= set(holders(doc))  # the ORG or LOC span kept whole


# --- no person: a common word, a place, a body or a brand in the genitive, a name in the
# nominative, a place's adjective, no evidence

CASES_NONE = [
    pytest.param(
        "Сотрудники Дома Правительства вышли на улицу.",
        [("Дома Правительства", "ORG")],
        id="capitalised-common-noun",
    ),
    pytest.param(
        "Самолет приземлился в аэропорту Шереметьево, сообщили в пресс-службе Газпрома.",
        [("Шереметьево", "LOC"), ("Газпрома", "ORG")],
        id="place-and-company-words",
    ),
    # the saint's word before a noun that is no first name
    pytest.param(
        "Служба прошла в Соборе Святого Духа.",
        [("Соборе Святого Духа", "ORG")],
        id="saint-before-no-first-name",
    ),
    # a surname in the nominative: a band's name, not its owner's genitive
    pytest.param(
        "Гитарист группы «Ляпис Трубецкой» Руслан Владыко задержан.",
        [("Ляпис Трубецкой", "ORG")],
        id="nominative-surname-in-a-name",
    ),
    # an adjective of a place's name, and one whose base is no surname's nominative
    pytest.param(
        "Пожар произошел в Головинском районе Москвы.",
        [("Головинском районе", "LOC"), ("Москвы", "LOC")],
        id="adjective-in-a-place",
    ),
    # ... and a court's, named after its district
    pytest.param(
        "Иск рассмотрел Ленинский районный суд Екатеринбурга.",
        [("Ленинский районный суд", "ORG")],
        id="adjective-of-a-district-court",
    ),
    pytest.param(
        "Иван Голунов в зале Никитинского суда.",
        [("Никитинского суда", "ORG")],
        id="adjective-of-a-court",
    ),
    pytest.param(
        "Он работал на Павловском машиностроительном заводе.",
        [("Павловском машиностроительном заводе", "ORG")],
        id="adjective-of-no-surname",
    ),
    # a first name only to pymorphy3, the article naming nobody of it
    pytest.param(
        "Он учился в Университете Дьюка.",
        [("Университете Дьюка", "ORG")],
        id="first-name-reading-without-evidence",
    ),
]


@pytest.mark.parametrize(("text", "spans"), CASES_NONE)
def test_no_person_inside_these_names(parse, text, spans):
    doc = parse(text)
    assert list(doc.spans[NESTED_KEY]) == []
    assert [row for row in per_rows(doc) if row[0] not in ("Руслан Владыко", "Иван Голунов")] == []
    assert set(spans) <= set(holders(doc))


def test_nested_person_record_and_flat_ents(parse):
    # the known gap of tests/test_people.py until session 8: a PER nested in the ORG, with its
    # record, and no PER in doc.ents
    doc = parse("Спектакль поставлен в Театре имени Ермоловой.")
    got = [
        (e.text, e._.normal, e._.person.last, e._.person.first, e._.person.middle)
        for e in doc.spans[NESTED_KEY]
    ]
    assert got == [("Ермоловой", "Ермолова", "Ермолова", None, None)]
    assert [e.text for e in doc.ents if e.label_ == "PER"] == []
    assert ("Театре имени Ермоловой", "ORG") in holders(doc)


def test_a_body_named_after_imeni_is_no_nested_person(parse):
    doc = parse("Он работал в театре им. Моссовета.")
    assert list(doc.spans[NESTED_KEY]) == []


def test_nested_spans_are_scored_as_per_and_the_org_stays(parse):
    text = "Об этом сообщили в пресс-службе Лаборатории Касперского."
    found = predicted_spans(parse(text))
    org, per = text.index("Лаборатории"), text.index("Касперского")
    assert found["PER"] == {(per, per + len("Касперского"))}
    assert (org, per + len("Касперского")) in found["ORG"]


# --- the morphology the rules read, word by word

CASES_GENITIVE_NAME = [
    pytest.param("Касперского", frozenset({"Surn"}), True, id="surname-genitive"),
    pytest.param("Горбачёва", frozenset({"Surn"}), True, id="surname-genitive-yo"),
    # "марка" is a common noun in the nominative only: no genitive reading blocks the name
    pytest.param("Марка", frozenset({"Name"}), True, id="first-name-common-noun-nominative"),
    pytest.param("Мира", frozenset({"Name"}), False, id="common-noun-genitive"),
    pytest.param("Михаила", frozenset({"Name"}), True, id="first-name-genitive"),
    pytest.param("Михаила", frozenset({"Surn"}), False, id="first-name-no-surname"),
    pytest.param("Ломоносов", frozenset({"Surn"}), False, id="surname-nominative"),
    pytest.param("Правительства", frozenset({"Surn", "Name"}), False, id="common-noun"),
    pytest.param("Чехова", frozenset({"Surn"}), False, id="surname-also-a-town"),
    pytest.param("Газпрома", frozenset({"Surn", "Name"}), False, id="company"),
    pytest.param("Ломоносовых", frozenset({"Surn"}), False, id="plural"),
]


@pytest.mark.parametrize(("word", "grammemes", "expected"), CASES_GENITIVE_NAME)
def test_genitive_name(word, grammemes, expected):
    assert genitive_name(word, grammemes) is expected


CASES_COMMON = [
    pytest.param("Правительства", True, True, id="common-noun-genitive"),
    pytest.param("Шереметьево", True, True, id="place"),
    pytest.param("Моссовета", True, True, id="body"),
    pytest.param("Чехова", True, False, id="surname-also-a-town"),
    pytest.param("Касперского", False, False, id="surname"),
    pytest.param("Правительство", False, False, id="common-noun-nominative"),
]


@pytest.mark.parametrize(("word", "common", "nameless"), CASES_COMMON)
def test_common_genitive_and_no_name(word, common, nameless):
    assert common_genitive(word) is common
    assert no_name(word) is nameless


CASES_ADJECTIVE = [
    pytest.param("Нобелевского", "Нобель", id="nobel"),
    pytest.param("Боткинской", "Боткин", id="botkin"),
    pytest.param("Павловского", None, id="base-only-a-plural-form"),
    pytest.param("Московского", None, id="place-adjective"),
    pytest.param("нобелевского", None, id="lowercase"),
]


@pytest.mark.parametrize(("word", "expected"), CASES_ADJECTIVE)
def test_surname_adjective(word, expected):
    assert surname_adjective(word) == expected


# --- the rules on tokens alone (no tagger): spans given by hand, each condition both ways


def tokens(nlp, text: str):
    """``text`` tokenized by the pipeline, with no component run."""
    return nlp.make_doc(text)


def ranges(doc, found) -> list[str]:
    return [doc[a:b].text for a, b in found]


CASES_SPANS = [
    pytest.param(
        "эксперты Лаборатории Касперского",
        [("ORG", 1, 3)],
        [],
        set(),
        ["Касперского"],
        id="surname-genitive",
    ),
    pytest.param(
        "эксперты Лаборатории Касперского", [("ORG", 2, 3)], [], set(), [], id="one-word-span"
    ),
    pytest.param(
        "эксперты Лаборатории Касперского", [("PER", 1, 3)], [], set(), [], id="no-org-or-loc"
    ),
    pytest.param(
        "эксперты лаборатории касперского", [("ORG", 1, 3)], [], set(), [], id="lowercase-surname"
    ),
    pytest.param(
        "в Фонде Михаила Сергеевича Горбачёва",
        [("ORG", 1, 5)],
        [],
        set(),
        ["Михаила Сергеевича Горбачёва"],
        id="first-name-and-patronymic",
    ),
    pytest.param(
        "в фонде михаила Горбачёва",
        [("ORG", 1, 4)],
        [],
        set(),
        ["Горбачёва"],
        id="lowercase-first-name-left",
    ),
    pytest.param(
        "в аэропорту Джона Кеннеди",
        [("LOC", 2, 4)],
        [],
        set(),
        ["Джона Кеннеди"],
        id="the-span-is-the-name",
    ),
    pytest.param(
        "в Университете Дьюка", [("ORG", 1, 3)], [], {"дьюк"}, ["Дьюка"], id="article-surname"
    ),
    pytest.param("в Университете Дьюка", [("ORG", 1, 3)], [], set(), [], id="no-article-surname"),
    # a surname that is also a town's ("Пушкин"): a person only by the article's evidence
    pytest.param(
        "в Институте Пушкина", [("ORG", 1, 3)], [], {"пушкин"}, ["Пушкина"], id="town-surname-named"
    ),
    pytest.param("в Институте Пушкина", [("ORG", 1, 3)], [], set(), [], id="town-surname-alone"),
    # a first name of the article's people as written before its surname
    pytest.param(
        "Программа Larry King Now",
        [("ORG", 1, 4)],
        [],
        {"king"},
        ["King"],
        id="foreign-surname-known",
    ),
    # the article's surname as written (no stem of it)
    pytest.param(
        "в Университете Дьюка",
        [("ORG", 1, 3)],
        [],
        {"дьюка"},
        ["Дьюка"],
        id="article-surname-as-written",
    ),
    # a first name glued to the surname is no part of the name
    pytest.param(
        "в Фонде МихаилаSmith", [("ORG", 1, 4)], [], {"smith"}, ["Smith"], id="first-name-glued"
    ),
    # two surnames in a row: two names, the first no first name of the second
    pytest.param(
        "в Фонде Касперского Горбачёва",
        [("ORG", 1, 4)],
        [],
        set(),
        ["Касперского", "Горбачёва"],
        id="two-surnames",
    ),
    # the name never leaves its span
    pytest.param(
        "Михаила Сергеевича Горбачёва",
        [("ORG", 1, 3)],
        [],
        set(),
        ["Сергеевича Горбачёва"],
        id="first-names-only-inside-the-span",
    ),
    # after "святой" a first name only
    pytest.param(
        "в Соборе Святого Касперского", [("ORG", 1, 4)], [], set(), [], id="saint-before-a-surname"
    ),
    # an eponym's name that only "имени" shows ("Чехова" is also a town's), after other names
    pytest.param(
        "Иван Петров окончил МХТ им. А.П. Чехова",
        [("ORG", 3, 11)],
        [(0, 2)],
        set(),
        ["А.П. Чехова"],
        id="eponym-initials-after-a-person",
    ),
    pytest.param(
        "театр им. Моссовета и МХТ им. А.П. Чехова",
        [("ORG", 0, 4), ("ORG", 5, 13)],
        [],
        set(),
        ["А.П. Чехова"],
        id="eponym-after-a-body-eponym",
    ),
    pytest.param(
        "улица имени Ломоносова и МХТ им. А.П. Чехова",
        [("ORG", 4, 12)],
        [],
        set(),
        ["А.П. Чехова"],
        id="eponym-after-one-outside-any-span",
    ),
    pytest.param(
        "Фонд Горбачёва и МХТ им. А.П. Чехова",
        [("ORG", 0, 2), ("ORG", 3, 11)],
        [],
        set(),
        ["Горбачёва", "А.П. Чехова"],
        id="body-before-an-eponym",
    ),
    pytest.param(
        "Фонд Горбачёва и Иван Петров",
        [("ORG", 0, 2)],
        [(3, 5)],
        set(),
        ["Горбачёва"],
        id="person-after-the-span",
    ),
    pytest.param(
        "в Доме Правительства",
        [("ORG", 1, 3)],
        [],
        {"правительства"},
        [],
        id="article-surname-but-a-common-genitive",
    ),
    pytest.param("в Соборе Святого Марка", [("ORG", 1, 4)], [], set(), ["Марка"], id="saint"),
    pytest.param(
        "в Соборе св. Марка", [("ORG", 1, 5)], [], set(), ["Марка"], id="saint-abbreviated"
    ),
    pytest.param("в Соборе Святого Духа", [("ORG", 1, 4)], [], set(), [], id="saint-no-first-name"),
    pytest.param(
        "Нобелевского комитета",
        [("ORG", 0, 2)],
        [],
        set(),
        ["Нобелевского"],
        id="adjective-in-a-body",
    ),
    pytest.param(
        "Нобелевского комитета", [("LOC", 0, 2)], [], set(), [], id="adjective-in-a-place"
    ),
    pytest.param(
        "Нобелевского Комитета", [("ORG", 0, 2)], [], set(), [], id="adjective-before-a-capital"
    ),
    pytest.param(
        "окончил МГУ имени Ломоносова", [("ORG", 1, 4)], [], set(), ["Ломоносова"], id="eponym"
    ),
    pytest.param(
        "окончил МГУ имени Ломоносова",
        [("ORG", 1, 4)],
        [(3, 4)],
        set(),
        [],
        id="eponym-already-a-person",
    ),
    pytest.param(
        "Иван Петров окончил МГУ имени Ломоносова",
        [("ORG", 3, 6)],
        [(0, 2)],
        set(),
        ["Ломоносова"],
        id="eponym-after-a-person",
    ),
    pytest.param(
        "у театра имени Ломоносова и Фонда Горбачёва",
        [("ORG", 5, 7)],
        [],
        set(),
        ["Горбачёва"],
        id="eponym-outside-the-span",
    ),
    pytest.param(
        "у театра имени Ломоносова",
        [("ORG", 1, 4)],
        [],
        set(),
        ["Ломоносова"],
        id="eponym-the-surname-also-read-as-genitive-once",
    ),
    pytest.param("в театре им. Моссовета", [("ORG", 1, 5)], [], set(), [], id="eponym-a-body"),
    pytest.param(
        "МХТ им. А.П. Чехова", [("ORG", 0, 8)], [], set(), ["А.П. Чехова"], id="eponym-initials"
    ),
    pytest.param(
        "театр имени Евгения Вахтангова",
        [("ORG", 0, 4)],
        [],
        set(),
        ["Евгения Вахтангова"],
        id="eponym-first-name-and-surname",
    ),
    pytest.param(
        "театр имени Евгения Вахтангова",
        [("ORG", 0, 3)],
        [],
        set(),
        ["Евгения"],
        id="eponym-cut-at-the-span",
    ),
]


@pytest.mark.parametrize(("text", "holders", "pers", "surnames", "expected"), CASES_SPANS)
def test_nested_people_on_given_spans(nlp, text, holders, pers, surnames, expected):
    from spacy.tokens import Span

    from ruextract.people.nested import nested_people

    doc = tokens(nlp, text)
    others = [Span(doc, a, b, label=label) for label, a, b in holders]
    assert ranges(doc, nested_people(doc, pers, others, surnames)) == expected


CASES_FIRST_NAMES = [
    pytest.param("Программа Larry King Now", {"larry"}, ["Larry King"], id="article-first-name"),
    pytest.param("Программа Larry King Now", {"lary"}, ["King"], id="another-first-name"),
    pytest.param("Программа larry King Now", {"larry"}, ["King"], id="lowercase-word"),
]


@pytest.mark.parametrize(("text", "first_names", "expected"), CASES_FIRST_NAMES)
def test_nested_names_take_the_articles_first_names(nlp, text, first_names, expected):
    from spacy.tokens import Span

    from ruextract.people.nested import nested_people

    doc = tokens(nlp, text)
    found = nested_people(doc, [], [Span(doc, 1, 4, label="ORG")], {"king"}, first_names)
    assert ranges(doc, found) == expected


CASES_EPONYM_END = [
    pytest.param("имени Евгения Вахтангова в Москве", 2, "Евгения Вахтангова", id="surname"),
    pytest.param("имени Эдуарда VII в Лондоне", 2, "Эдуарда VII", id="regnal-numeral"),
    pytest.param("имени Шарля де Голля в Париже", 2, "Шарля де Голля", id="particle"),
    pytest.param("имени Ломоносова МГУ", 2, "Ломоносова", id="abbreviation"),
    pytest.param("имени Ломоносова Москвы", 2, "Ломоносова", id="a-place"),
    pytest.param("имени Евгения\nВахтангова", 2, "Евгения", id="line-break"),
    pytest.param("имени Евгения, Вахтангова", 2, "Евгения", id="comma"),
    pytest.param("имени ЭдуардаVII", 2, "Эдуарда", id="glued"),
]


@pytest.mark.parametrize(("text", "b", "expected"), CASES_EPONYM_END)
def test_eponym_end(nlp, text, b, expected):
    from ruextract.people.nested import _eponym_end

    doc = tokens(nlp, text)
    assert doc[1 : _eponym_end(doc, b, len(doc))].text == expected


def test_eponym_end_stops_at_the_span_end(nlp):
    from ruextract.people.nested import _eponym_end

    doc = tokens(nlp, "имени Евгения Вахтангова")
    assert _eponym_end(doc, 2, 2) == 2
    assert _eponym_end(doc, 2, 3) == 3


def test_a_nominative_word_is_skipped_not_the_end(nlp):
    from spacy.tokens import Span

    from ruextract.people.nested import nested_people

    doc = tokens(nlp, "Фонд Трубецкой Касперского")
    doc[1].set_morph("Case=Nom")
    assert ranges(doc, nested_people(doc, [], [Span(doc, 0, 3, label="ORG")], set())) == [
        "Касперского"
    ]

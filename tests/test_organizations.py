"""Organisations and places: boundaries, labels, names, abbreviations, the organizations table."""

from __future__ import annotations

from importlib import resources

import pytest

from ruextract import tables
from ruextract.organizations import (
    STATE_BODIES_FILE,
    StateBody,
    initials,
    lexicon,
    name_and_form,
    place_of,
    state_bodies,
    trim,
)
from ruextract.roles.words import org_nouns

# sentence -> the organizations rows (key, name, form, abbr, n_mentions), in order
ORG_CASES = [
    ("Акционеры ОАО «Газпром» одобрили сделку.",
     [("газпром", "Газпром", "ОАО", None, 1)]),
    ("ЗАО «Акадо-Столица» подключило дом к сети.",
     [("акадо-столица", "Акадо-Столица", "ЗАО", None, 1)]),
    ("Акции ОАО «НК „Роснефть“» выросли.",
     [("роснефть", "Роснефть", "ОАО НК", None, 1)]),
    ("РИА «Новости сообщило об этом.",  # an unbalanced quote
     [("риа новости", "РИА Новости", None, None, 1)]),
    ("Федеральная антимонопольная служба (ФАС) возбудила дело. Позже ФАС оштрафовала банк.",
     [("федеральная антимонопольная служба", "Федеральная антимонопольная служба", None,
       "ФАС", 3)]),
    # known pair from the article: the abbreviation is the initials of the full name
    ("Министерство иностранных дел заявило протест. В МИД пояснили, что ответ будет.",
     [("министерство иностранных дел", "Министерство иностранных дел", None, "МИД", 2)]),
    ("Он встретился с представителями Министерства финансов.",
     [("министерство финансов", "Министерство финансов", None, None, 1)]),
    ("Он выступил на заседании Совета Безопасности ООН.",
     [("совет безопасности оон", "Совет Безопасности ООН", None, None, 1),
      ("оон", "ООН", None, None, 1)]),
    ("Правительство Чехии одобрило закон, а полиция задержала троих.",
     [("правительство чехии", "правительство Чехии", None, None, 1),
      ("полиция", "полиция", None, None, 1)]),
    ("Полиция задержала троих, сообщила полиция Белиза.",
     [("полиция", "полиция", None, None, 1), ("полиция белиза", "полиция Белиза", None, None, 1)]),
    ("Об этом сообщили в МИДе, а затем МИД опубликовал заявление.",
     [("мид", "МИД", None, None, 2)]),
    ("Об этом сообщила U.S. Customs and Border Protection) в пятницу.",
     [("u.s. customs and border protection", "U.S. Customs and Border Protection", None, None,
       1)]),
    ("Кремль заявил, что встреча состоится.", [("кремль", "Кремль", None, None, 1)]),
    ("ЕС ввёл новые санкции против Ирана.", [("ес", "ЕС", None, None, 1)]),
    # a Russian state body named in several ways (data/state_bodies.tsv): one organisation
    ("Банк России повысил ключевую ставку. По мнению ЦБ, инфляция замедлится.",
     [("банк россии", "Банк России", None, "ЦБ", 2)]),
    ("Центробанк отозвал лицензию. Центральный банк РФ сообщил, что ЦБ РФ проверит банк.",
     [("банк россии", "Банк России", None, "ЦБ", 3)]),
    ("Госдума приняла закон, в СФ его одобрили.",
     [("государственная дума", "Государственная дума", None, "ГД", 1),
      ("совет федерации", "Совет Федерации", None, "СФ", 1)]),
    # generic names with no Russia in the article: two of one body are one, under the longer
    ("Минфин опубликовал данные, Министерство финансов их уточнило.",
     [("министерство финансов", "Министерство финансов", None, None, 2)]),
    # ... and stay apart from another state's body; a lone generic name stays as it is
    ("В МИД Франции вызвали посла. В МИД пояснили, что ответ будет.",
     [("мид франции", "МИД Франции", None, None, 1), ("мид", "МИД", None, None, 1)]),
    ("Центробанк Турции снизил ставку. ЦБ пояснил решение.",
     [("центробанк турции", "Центробанк Турции", None, None, 1), ("цб", "ЦБ", None, None, 1)]),
]  # fmt: skip

# sentence -> entities that must be there (text, label)
LABEL_CASES = [
    ("ЕС ввёл новые санкции против Ирана.", [("ЕС", "ORG"), ("Ирана", "COUNTRY")]),
    ("Кремль заявил, что встреча состоится.", [("Кремль", "ORG")]),
    ("В Кремле прошла встреча с губернаторами.", [("Кремле", "LOC")]),  # a place: it does not act
    ("СССР распался в 1991 году.", [("СССР", "COUNTRY")]),
    ("Жители тамбовских сёл жалуются.", [("тамбовских", "LOC")]),
    ("Глава МИД России Сергей Лавров прилетел в Анкару.",
     [("МИД России", "ORG"), ("Сергей Лавров", "PER"), ("Анкару", "LOC")]),
]  # fmt: skip

# sentences with no ORG at all
NOT_ORGS = [
    "СМИ сообщили о задержании.",
    "Источник сообщил агентству, что сделка сорвалась.",
    "Правительственные источники ничего не сообщили.",
]

# sentences whose places stay as they were: no LOC from a plain or a country adjective
NOT_PLACES = [
    "Американских военных вывели из Ирака.",
    "Политические решения принимаются медленно.",
    "Президентский указ вступил в силу.",
]


def _org_rows(doc):
    return [
        (row["key"], row["name"], row["form"], row["abbr"], row["n_mentions"])
        for row in tables.rows_from_doc(doc)["organizations"]
    ]


@pytest.mark.parametrize(("text", "expected"), ORG_CASES, ids=[c[0][:40] for c in ORG_CASES])
def test_organizations_rows(parse, text, expected):
    assert _org_rows(parse(text)) == expected


@pytest.mark.parametrize(("text", "expected"), LABEL_CASES, ids=[c[0][:40] for c in LABEL_CASES])
def test_organizations_labels(parse, text, expected):
    ents = [(e.text, e.label_) for e in parse(text).ents]
    assert ents == expected


@pytest.mark.parametrize("text", NOT_ORGS)
def test_organizations_common_nouns_are_not_organizations(parse, text):
    doc = parse(text)
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == []
    assert _org_rows(doc) == []


@pytest.mark.parametrize("text", NOT_PLACES)
def test_organizations_plain_adjectives_are_not_places(parse, text):
    assert [e.text for e in parse(text).ents if e.label_ == "LOC"] == []


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Кредит составил 5 млрд долларов США.", []),
        ("Фонд вложил 100 американских долларов.", []),
        ("Бюджет — 17,3 млрд фунтов стерлингов Великобритании.", []),
        # the same countries where they are countries
        ("Президент США прилетел в Лондон.", ["US"]),
        ("Американские власти ответили.", ["US"]),
    ],
)
def test_organizations_currency_is_no_country(parse, text, countries):
    doc = parse(text)
    assert [s._.key for s in doc.spans["countries"]] == countries
    # nor is the entity the tagger put on the currency's country
    assert [e.text for e in doc.ents if e.text in ("США", "Великобритании")] == [
        s.text for s in doc.spans["countries"] if s.text in ("США", "Великобритании")
    ]


def test_organizations_nested_mentions_in_mentions_table(parse):
    doc = parse("Он выступил на заседании Совета Безопасности ООН.")
    rows = tables.rows_from_doc(doc)["mentions"]
    assert [(r["text"], r["label"], r["normal"], r["key"]) for r in rows] == [
        ("Совета Безопасности ООН", "ORG", "Совет Безопасности ООН", "совет безопасности оон"),
        ("ООН", "ORG", "ООН", "оон"),
    ]


@pytest.mark.parametrize(
    ("adjective", "place"),
    [
        ("тамбовский", "тамбов"), ("московский", "москва"), ("римский", "рим"),
        ("каннский", "канны"), ("венский", "вена"), ("лондонский", "лондон"),
        ("политический", None), ("президентский", None), ("американский", None),  # a country
        ("городской", None), ("ский", None),
    ],
)  # fmt: skip
def test_place_of_adjective(adjective, place):
    assert place_of(adjective) == place


@pytest.mark.parametrize(
    ("name", "abbr"),
    [("Федеральная антимонопольная служба", "ФАС"), ("Министерство иностранных дел", "МИД"),
     ("Организация Объединённых Наций", "ООН"), ("Банк", "Б")],
)  # fmt: skip
def test_initials(name, abbr):
    assert initials(name) == abbr


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Гарвардском университете\nСемья Обама", "Гарвардском университете"),
        ("«Газпром»", "«Газпром»"),
        ("Газпром»", "Газпром"),
        ("(ФАС", "ФАС"),
        ("Protection)", "Protection"),
        ("Форум (ФСЭГ)", "Форум (ФСЭГ)"),
    ],
)
def test_trim(core_nlp, text, kept):
    doc = core_nlp.make_doc(text)
    start, end = trim(doc, 0, len(doc))
    assert doc[start:end].text == kept


def test_name_and_form_inflects_only_outside_quotes(parse):
    doc = parse("Акционеры ЗАО «Столичных Линий» собрались.")
    (org,) = doc.spans["organizations"]
    assert name_and_form(org) == ("Столичных Линий", "ЗАО")


def test_state_bodies_rows_are_complete():
    text = (resources.files("ruextract.data") / STATE_BODIES_FILE).read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if not line.startswith("#")][1:]
    assert rows
    for name, _abbr, own, generic, source in rows:
        assert name and source and (own or generic), name
    bank, bodies = StateBody("Банк России", "ЦБ"), state_bodies()
    assert bodies["цб"] == (bank, True)  # generic: any state's central bank
    assert bodies["центральный банк российской федерации"] == (bank, False)


# one lexicon of organisation nouns (data/org_nouns.tsv), two thresholds on its counts:
# (lemma, an ORG mention on its own, heads an org's name in a post)
ORG_NOUN_USES = [
    ("правительство", True, True),  # 189 of 221 lower-case uses in an ORG; heads 251 spans
    ("полиция", True, True),
    ("партия", False, True),  # 80 of 185 lower-case uses: below the institution share
    ("суд", False, True),
    ("талиб", True, True),  # 8 of 8: the institution count at its bound
    ("человек", False, False),
]


@pytest.mark.parametrize(("lemma", "institution", "head"), ORG_NOUN_USES)
def test_org_nouns_one_lexicon_two_uses(lemma, institution, head):
    assert (lemma in lexicon().nouns) == institution
    assert (lemma in org_nouns()) == head

"""Countries: every mention resolved to one ISO 3166 code, nested ones included."""

from __future__ import annotations

import pytest

from ruextract.countries import covering, gazetteer, lookup, read_aliases, split_compounds
from ruextract.records import Country
from tests.conftest import SEED

# --- the gazetteer on its own: a name in any form -> its country ---------------------------

LOOKUP_CASES = [
    # Russia
    ("Россия", "RU"),
    ("России", "RU"),
    ("РФ", "RU"),
    ("Российская Федерация", "RU"),
    ("Российской Федерации", "RU"),
    # USA
    ("США", "US"),
    ("Соединённые Штаты", "US"),
    ("Соединенных Штатах", "US"),
    ("Соединённых Штатов Америки", "US"),
    ("Штатах", "US"),
    ("Америки", "US"),
    ("U.S.", "US"),
    # UK
    ("Великобритании", "GB"),
    ("Британии", "GB"),
    ("Соединённого Королевства", "GB"),
    ("Англии", "GB"),
    # China, Germany, Emirates, Koreas
    ("КНР", "CN"),
    ("Китаем", "CN"),
    ("ФРГ", "DE"),
    ("Германии", "DE"),
    ("ОАЭ", "AE"),
    ("Объединённых Арабских Эмиратах", "AE"),
    ("КНДР", "KP"),
    ("Северной Кореи", "KP"),
    ("Южной Корее", "KR"),
    # both spellings of post-Soviet states
    ("Белоруссии", "BY"),
    ("Беларуси", "BY"),
    ("Молдавии", "MD"),
    ("Молдове", "MD"),
    ("Киргизии", "KG"),
    ("Кыргызстана", "KG"),
    # inflections pymorphy3 resolves, hyphens
    ("Нидерландов", "NL"),
    ("Нидерландами", "NL"),
    ("Филиппинах", "PH"),
    ("Коста-Рике", "CR"),
    ("Коста Рике", "CR"),
    ("Гвинеи-Бисау", "GW"),
    ("Кот-д'Ивуара", "CI"),
    # the seed's countries
    ("Казахстана", "KZ"),
    ("Азербайджане", "AZ"),
    ("Индии", "IN"),
    # former countries (ISO 3166-3 alpha-2)
    ("СССР", "SU"),
    ("Советского Союза", "SU"),
    ("Югославии", "YU"),
    ("Чехословакии", "CS"),
    ("ГДР", "DD"),
    # partially recognised states (user-assigned codes)
    ("Косово", "XK"),
    ("Абхазии", "XA"),
    # adjectives
    ("российские", "RU"),
    ("американских", "US"),
    ("британской", "GB"),
]

LOOKUP_MUST_NOT_MATCH = [
    "Латинская Америка",
    "Южной Америке",
    "Новой Шотландии",
    "Джорджия",
    "Москва",
    "Европа",
    "Гонконг",
]


@pytest.mark.parametrize(("name", "code"), LOOKUP_CASES, ids=[c[0] for c in LOOKUP_CASES])
def test_countries_lookup_resolves_every_form(name, code):
    country = lookup(name)
    assert country is not None and country.code == code


@pytest.mark.parametrize("name", LOOKUP_MUST_NOT_MATCH)
def test_countries_lookup_not_a_country(name):
    assert lookup(name) is None


CANONICAL = [
    ("RU", "Россия"),
    ("US", "США"),
    ("GB", "Великобритания"),
    ("KZ", "Казахстан"),
    ("KR", "Южная Корея"),
    ("KP", "КНДР"),
    ("BY", "Белоруссия"),
    ("MD", "Молдавия"),
    ("IR", "Иран"),
    ("SU", "СССР"),
    ("FR", "Франция"),
]


@pytest.mark.parametrize(("code", "name"), CANONICAL, ids=[c[0] for c in CANONICAL])
def test_countries_canonical_short_names(code, name):
    assert gazetteer().country(code) == Country(code, name)


def test_countries_alias_table_rows_are_complete():
    aliases = read_aliases()
    assert len(aliases) > 200
    kinds = {"canonical", "name", "abbr", "adj", "block"}
    for alias in aliases:
        assert alias.kind in kinds, alias
        assert alias.source, alias
        assert bool(alias.code) == (alias.kind != "block"), alias


# --- in running text: doc.spans["countries"] ------------------------------------------------

CASES = [
    # nested in organisations: a mention beside the ORG
    ("Глава МИД России Сергей Лавров прилетел в Анкару.", [("России", "RU", "Россия")]),
    ("Об этом сообщили в посольстве США в Москве.", [("США", "US", "США")]),
    (
        "Национальный банк Казахстана снизил базовую ставку.",
        [("Казахстана", "KZ", "Казахстан")],
    ),
    (
        "Министерство иностранных дел Российской Федерации выступило с заявлением.",
        [("Российской Федерации", "RU", "Российская Федерация")],
    ),
    # inflections and multi-word names
    (
        "Товарооборот между Россией и Нидерландами вырос, сообщил посол Нидерландов.",
        [
            ("Россией", "RU", "Россия"),
            ("Нидерландами", "NL", "Нидерланды"),
            ("Нидерландов", "NL", "Нидерланды"),
        ],
    ),
    (
        "Представитель Соединенных Штатов Америки промолчал.",
        [("Соединенных Штатов Америки", "US", "Соединенные Штаты Америки")],
    ),
    (
        "В Южной Корее и Северной Корее прошли учения.",
        [("Южной Корее", "KR", "Южная Корея"), ("Северной Корее", "KP", "Северная Корея")],
    ),
    (
        "Лидеры КНР и КНДР встретились, в ОАЭ и ФРГ отреагировали.",
        [("КНР", "CN", "КНР"), ("КНДР", "KP", "КНДР"), ("ОАЭ", "AE", "ОАЭ"), ("ФРГ", "DE", "ФРГ")],
    ),
    ("В Штатах снова выросли цены.", [("Штатах", "US", "Штаты")]),
    # state words join the mention
    (
        "Президент Республики Казахстан и премьер Кыргызской Республики встретились.",
        [
            ("Республики Казахстан", "KZ", "Республика Казахстан"),
            ("Кыргызской Республики", "KG", "Кыргызская Республика"),
        ],
    ),
    # ... but a lower-case one only describes the state: the name alone
    (
        "Он говорил о самом существовании государства Израиль.",
        [("Израиль", "IL", "Израиль")],
    ),
    # former countries
    (
        "В СССР и Югославии, а также в Чехословакии жили миллионы людей.",
        [
            ("СССР", "SU", "СССР"),
            ("Югославии", "YU", "Югославия"),
            ("Чехословакии", "CS", "Чехословакия"),
        ],
    ),
    # ambiguous names where the NER reads them as places
    (
        "Президент Чили Габриэль Борич посетил Мали и Нигер.",
        [("Чили", "CL", "Чили"), ("Мали", "ML", "Мали"), ("Нигер", "NE", "Нигер")],
    ),
    # adjectives that stand for the state (NEREL's convention)
    (
        "Американские санкции против РФ ударили по экономике.",
        [("Американские", "US", "Американские"), ("РФ", "RU", "РФ")],
    ),
    (
        "Российские власти и американские военные провели переговоры.",
        [("Российские", "RU", "Российские"), ("американские", "US", "американские")],
    ),
    # an adjective before a noun, or before a list of adjectives and a noun, stays
    (
        "Акции американских, британских и французских компаний упали.",
        [
            ("американских", "US", "американские"),
            ("британских", "GB", "британские"),
            ("французских", "FR", "французские"),
        ],
    ),
    ("Китайский «Шанхай Шэньхуа» купил нападающего.", [("Китайский", "CN", "Китайский")]),
    # a noun with a person suffix that is inanimate is no person: the adjective stays
    ("Эксперты обсуждают российский вариант резолюции.", [("российский", "RU", "российский")]),
    # citizens and space crews stand in a relation to the state, not a nationality
    (
        "Пенсии российским гражданам повысят.",
        [("российским", "RU", "российские")],
    ),
    (
        "Американский астронавт Джефф Уильямс вернулся на Землю.",
        [("Американский", "US", "Американский")],
    ),
    # a company called a giant is no person
    (
        "Акции российского нефтяного гиганта упали.",
        [("российского", "RU", "российский")],
    ),
    # a compound adjective of countries: each part a mention (NEREL tags each part)
    (
        "Путин обсудил перспективы российско-американских отношений.",
        [("российско", "RU", "российский"), ("американских", "US", "американские")],
    ),
    (
        "Солдат попал в плен у сирийско-ливанской границы.",
        [("сирийско", "SY", "сирийский"), ("ливанской", "LB", "ливанская")],
    ),
    (
        "Эксперты обсудили российско-американо-китайский саммит.",
        [
            ("российско", "RU", "российский"),
            ("американо", "US", "американский"),
            ("китайский", "CN", "китайский"),
        ],
    ),
    # a name with a country's name for a part: the country is a mention of its own
    (
        "По данным «Интерфакса-Украина», взрыв произошёл ночью.",
        [("Украина", "UA", "Украина")],
    ),
    ("Она стала «Мисс Россия-2017».", [("Россия", "RU", "Россия")]),
    (
        "Матч Россия-Бельгия прошёл в Казани.",
        [("Россия", "RU", "Россия"), ("Бельгия", "BE", "Бельгия")],
    ),
    # ... but a country's own hyphenated name stays whole
    ("Он посетил Гвинею-Бисау.", [("Гвинею-Бисау", "GW", "Гвинея-Бисау")]),
    # ... even before a person noun, which makes a lone adjective a nationality
    (
        "российско-британской певицы Алсу",
        [("российско", "RU", "российский"), ("британской", "GB", "британская")],
    ),
    (
        "Он был волонтёром «Сирийско-американского медицинского общества» в Иордании.",
        [
            ("Сирийско", "SY", "Сирийский"),
            ("американского", "US", "американское"),
            ("Иордании", "JO", "Иордания"),
        ],
    ),
]

CASES_MUST_NOT_MATCH = [
    ("pronoun того", "Ничего из того, что он сказал, не подтвердилось. Того же мнения эксперт."),
    ("pepper чили", "Добавьте соус чили и перец."),
    ("Джорджия is a name", "Актриса Джорджия Мэй Джаггер приехала в Лондон."),
    ("regions with a country name", "В Латинской Америке и Южной Америке растёт инфляция."),
    ("nationality adjective", "Американский актёр Джонни Депп приехал в Лондон."),
    ("language adjective", "Он свободно говорит на английском языке."),
    ("Турция as a given name", "Турция Ивановна пришла домой."),
    ("Canadian province", "Стрельба произошла в провинции Новая Шотландия."),
    # no noun after the adjective: an elided noun, a language most often
    ("language, sentence end", "Кандидат должен владеть английским. Так сказал источник."),
    ("language, comma", "Книги есть только на немецком, при том что автор русская."),
    ("elided noun, bracket", "Он встретится с одним из лучших американских (Тим Томас)."),
    # origin is a nationality
    ("origin", "Предприниматель нигерийского происхождения живёт в коммуне."),
    # a hyphenated person noun: a nationality
    ("hyphenated person noun", "Бой провёл британский боксёр-тяжеловес Тайсон Фьюри."),
    # a capitalised adjective naming a school
    ("school name", "Он поступил в Колумбийскую бизнес-школу в Нью-Йорке."),
    # compounds split only when every part before the last is a country's combining form
    # and the last part a country adjective
    ("compound, no country", "Корабли военно-морского флота и финно-угорские языки."),
    ("compound, first part a region", "Дожди прошли в Юго-Восточной Азии."),
    ("compound, last part no country", "Совет по американо-исламским отношениям."),
    ("compound of a church", "Храм Римско-католической церкви открыт."),
    # a city whose other part is a short prefix
    ("prefix of a city", "Он прилетел в Сан-Сальвадор."),
]

CASES_KNOWN_GAPS = [
    # a nationality adjective NEREL tags COUNTRY anyway
    ("Китайская модель вышла замуж.", [("Китайская", "CN", "Китайская")]),
]


def found(doc):
    return [(s.text, s._.key, s._.normal) for s in doc.spans["countries"]]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_countries_mentions(parse, text, expected):
    doc = parse(text)
    assert found(doc) == expected
    for span in doc.spans["countries"]:
        assert span.label_ == "COUNTRY"
        assert span._.country == gazetteer().country(span._.key)


@pytest.mark.parametrize(
    ("name", "text"), CASES_MUST_NOT_MATCH, ids=[c[0] for c in CASES_MUST_NOT_MATCH]
)
def test_countries_must_not_match(parse, name, text):
    assert found(parse(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(*c, marks=pytest.mark.xfail(strict=True)) for c in CASES_KNOWN_GAPS],
    ids=[c[0][:40] for c in CASES_KNOWN_GAPS],
)
def test_countries_known_gaps(parse, text, expected):
    assert found(parse(text)) == expected


# --- doc.ents stays consistent with the spans -------------------------------------------------


def test_countries_ents_relabelled_and_nested_kept_beside_org(parse):
    doc = parse("Глава МИД России Сергей Лавров прилетел в Анкару из Казахстана.")
    ents = [(e.text, e.label_) for e in doc.ents]
    # the organisations stage takes the genitive country into the ORG; the country mention
    # stays, nested, in doc.spans["countries"]
    assert ents == [("МИД России", "ORG"), ("Сергей Лавров", "PER"), ("Анкару", "LOC"),
                    ("Казахстана", "COUNTRY")]  # fmt: skip
    assert [s.text for s in doc.spans["countries"]] == ["России", "Казахстана"]
    country = doc.spans["countries"][0]
    assert (country._.key, country._.normal, country._.country) == (
        "RU",
        "Россия",
        Country("RU", "Россия"),
    )


def test_countries_mention_missed_by_ner_is_added_to_ents(parse):
    doc = parse("Американские санкции ударили по экономике.")
    assert [(e.text, e.label_, e._.key) for e in doc.ents] == [("Американские", "COUNTRY", "US")]


def test_countries_every_country_ent_is_in_spans(parse):
    doc = parse(SEED.read_text(encoding="utf-8").split(None, 2)[2])
    spans = {(s.start, s.end) for s in doc.spans["countries"]}
    assert {(e.start, e.end) for e in doc.ents if e.label_ == "COUNTRY"} <= spans


def test_countries_seed_article(parse):
    text = SEED.read_text(encoding="utf-8").split(None, 2)[2]
    doc = parse(text, "2024-01-03")
    by_text = {s.text: s._.country for s in doc.spans["countries"]}
    assert by_text["Казахстана"] == Country("KZ", "Казахстан")
    assert by_text["России"] == Country("RU", "Россия")
    assert by_text["Российская Федерация"] == Country("RU", "Россия")
    assert by_text["США"] == Country("US", "США")
    assert by_text["Азербайджане"].code == "AZ"
    assert by_text["Великобритании"] == Country("GB", "Великобритания")
    assert by_text["Индии"].code == "IN"
    normals = {s.text: s._.normal for s in doc.spans["countries"]}
    assert normals["Казахстана"] == "Казахстан"
    assert normals["Российская Федерация"] == "Российская Федерация"


COVERING_CASES = [
    pytest.param([(2, 5), (10, 12)], (2, 5), True, id="same-range"),
    pytest.param([(2, 5), (10, 12)], (3, 4), True, id="inside"),
    pytest.param([(2, 5), (10, 12)], (4, 6), False, id="runs-past-the-end"),
    pytest.param([(2, 5), (10, 12)], (1, 3), False, id="starts-before"),
    pytest.param([(2, 5), (10, 12)], (6, 7), False, id="between"),
    pytest.param([(2, 5), (10, 12)], (11, 13), False, id="past-the-last"),
    # a later, shorter range does not hide an earlier, longer one
    pytest.param([(0, 10), (2, 3)], (4, 9), True, id="inside-an-earlier-longer-range"),
    pytest.param([], (0, 1), False, id="no-ranges"),
]


@pytest.mark.parametrize(("ranges", "span", "expected"), COVERING_CASES)
def test_countries_covering_ranges(ranges, span, expected):
    assert covering(ranges)(*span) is expected


def test_countries_compound_split_keeps_entities_and_span_groups(nlp):
    text = "Глава МИД России обсудил российско-американские отношения в Москве."
    doc = nlp.make_doc(text)
    for name in ("ruextract_morph", "ruextract_ner"):
        doc = nlp.get_pipe(name)(doc)
    doc.spans["probe"] = [doc.char_span(text.index("Москве"), len(text) - 1, label="X")]
    split_compounds(doc)
    assert [t.text for t in doc[4:7]] == ["российско", "-", "американские"]
    assert [(t.lemma_, t.pos_) for t in doc[4:7]] == [
        ("российский", "ADJ"), ("-", "PUNCT"), ("американский", "ADJ")
    ]  # fmt: skip
    assert [(s.text, s.label_) for s in doc.spans["probe"]] == [("Москве", "X")]
    assert "Москве" in [e.text for e in doc.ents]
    assert doc.text == text


def test_countries_place_made_of_countries_gives_way_to_them(parse):
    doc = parse("Матч Россия-Бельгия прошёл в Казани.")
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Россия", "COUNTRY"), ("Бельгия", "COUNTRY"), ("Казани", "LOC")
    ]  # fmt: skip


def test_countries_token_keys_computed_only_where_asked(parse):
    from ruextract.countries import TokenKeys, token_keys

    doc = parse("В Соединённых Штатах и в Кот-д'Ивуаре прошли выборы.")
    words = [t for t in doc if not t.is_space]
    keys = TokenKeys(words)
    assert keys.found == {}
    asked = [2, 1, 2, 5]
    assert [keys[i] for i in asked] == [token_keys(words[i]) for i in asked]
    assert sorted(keys.found) == [1, 2, 5]
    assert "штат+pl" in keys[2]

"""Roles fields (session 12): the record's role string, org and status, by the causes of the
draw-12 held-out list (``data/gold/roles.md``, "Draw-12 held-out errors, listed"): a place's
kind before its named place (:mod:`ruextract.roles.places`), a genitive that names the post
before a named org (:mod:`ruextract.roles.fields`), an honorary title's adjective and "И. о."
across a space (:mod:`ruextract.roles.edges`), an org after "в" and chains of mentions
(:mod:`ruextract.roles.phrases`), a past period, a deprivation and a closed acting post
(:mod:`ruextract.roles.status`); each rule with cases that must match and must not."""

from __future__ import annotations

import pytest

from ruextract.roles import edges, places, status
from tests.conftest import labelled_role_rows as rows

PETROV = "Иван Петров"
SAID = "заявил об этом."
COUNCIL = "Приволжского межрегионального координационного совета"

ROLE_STRINGS = {
    # A PLACE'S KIND BEFORE ITS NAMED PLACE (places.REGION_WORDS, places.describes)
    "a land's kind leaves the role for the land named after it": (
        f"Министр финансов земли Бавария Альберт Фюракер {SAID}",
        [
            (
                "Альберт Фюракер",
                "министр финансов",
                "Министр финансов земли Бавария",
                "Бавария",
                "LOC",
                "current",
            )
        ],
    ),
    "a state's adjective before the land describes it: the land is the org": (
        f"Премьер-министр немецкой земли Саксония Михаэль Кречмер {SAID}",
        [
            (
                "Михаэль Кречмер",
                "премьер-министр",
                "Премьер-министр немецкой земли Саксония",
                "Саксония",
                "LOC",
                "current",
            )
        ],
    ),
    "a state named in the genitive stays the org": (
        f"Министр экономики Германии Петер Альтмайер {SAID}",
        [
            (
                "Петер Альтмайер",
                "министр экономики",
                "Министр экономики Германии",
                "Германия",
                "COUNTRY",
                "current",
            )
        ],
    ),
    # AN ORG'S KIND BEFORE ITS NAME (places.ORG_KINDS: "радио")
    "a radio's kind leaves the role": (
        f"Главред радио «Серебряный дождь» {PETROV} {SAID}",
        [
            (
                PETROV,
                "главный редактор",
                "Главред радио «Серебряный дождь»",
                "Серебряный дождь",
                "ORG",
                "current",
            )
        ],
    ),
    # A GENITIVE THAT NAMES THE POST BEFORE A NAMED ORG (fields.named_with_genitive)
    "'глава правительства' before a country: the country is the org": (
        f"Глава правительства Нигера {PETROV} прибыл в Москву.",
        [
            (
                PETROV,
                "глава правительства",
                "Глава правительства Нигера",
                "Нигер",
                "COUNTRY",
                "current",
            )
        ],
    ),
    "'председатель совета директоров' before a quoted company": (
        f"Председатель Совета директоров «Ростелекома» {PETROV} {SAID}",
        [
            (
                PETROV,
                "председатель совета директоров",
                "Председатель Совета директоров «Ростелекома»",
                "Ростелеком",
                "ORG",
                "current",
            )
        ],
    ),
    "'спикер парламента' alone keeps its noun as org, as NEREL tags it": (
        f"В 1994 году {PETROV} стал спикером парламента.",
        [(PETROV, "спикер парламента", "спикером парламента", "парламент", "ORG", "current")],
    ),
    "a capitalised genitive inside a named org stays the org": (
        f"Отставной генерал Армии США Майкл Флинн {SAID}",
        # "Отставной": former since session 13 (data/gold/roles.md, "status")
        [("Майкл Флинн", "генерал", "Отставной генерал Армии США", "Армия США", "ORG", "former")],
    ),
    "an org's common noun after the post's genitive names no org: the row stays": (
        f"Председатель совета директоров компании {PETROV} {SAID}",
        [
            (
                PETROV,
                "председатель",
                "Председатель совета директоров компании",
                "совет директоров компании",
                "ORG",
                "current",
            )
        ],
    ),
    # A QUANTIFIER AFTER THE POST (edges.QUANTIFIERS)
    "a quantifier's genitive after the post is another noun's object": (
        "Журналист Иван Петров вышел на свободу. Суд добился снятия с журналиста всех обвинений.",
        [
            (PETROV, "журналист", "Журналист", None, None, "current"),
            (PETROV, "журналист", "журналиста", None, None, "current"),
        ],
    ),
    "a quantifier past the post's own genitive stays in the phrase": (
        f"Министр финансов всех регионов {PETROV} {SAID}",
        [
            (
                PETROV,
                "министр финансов всех регионов",
                "Министр финансов всех регионов",
                None,
                None,
                "current",
            )
        ],
    ),
    # AN HONORARY TITLE'S ADJECTIVE (edges.TITLE_ADJECTIVES)
    "'народный' names the title": (
        "Концерт дал народный артист России Иван Петров.",
        [(PETROV, "народный артист", "народный артист России", "Россия", "COUNTRY", "current")],
    ),
    "'Заслуженная', which the tagger reads as a verb's, names the title": (
        "Заслуженная артистка России Анна Петрова выступила в Москве.",
        [
            (
                "Анна Петрова",
                "заслуженная артистка",
                "Заслуженная артистка России",
                "Россия",
                "COUNTRY",
                "current",
            )
        ],
    ),
    "the title named again without its adjective keeps its org": (
        "Вчера народный артист СССР Лев Дуров выступил в театре. Артисту исполнилось 80 лет.",
        [
            ("Лев Дуров", "народный артист", "народный артист СССР", "СССР", "COUNTRY", "current"),
            ("Лев Дуров", "артист", "Артисту", "СССР", "COUNTRY", "current"),
        ],
    ),
    "'народная' before no title's noun is a quality": (
        "Народная любимица, певица Анна Петрова выступила в Москве.",
        [
            ("Анна Петрова", "любимица", "Народная любимица", None, None, "current"),
            ("Анна Петрова", "певица", "певица", None, None, "current"),
        ],
    ),
}

ORGS = {
    # AN ORG'S KIND AFTER "в" (edges.kind_chain)
    "an org's kind after 'в' with genitives to a place is the org": (
        f"{PETROV} работал советником в министерстве юстиции Франции, а затем адвокатом.",
        [
            (
                PETROV,
                "советник",
                "советником в министерстве юстиции Франции",
                "министерство юстиции Франции",
                "ORG",
                "current",
            ),
            (PETROV, "адвокат", "адвокатом", None, None, "current"),
        ],
    ),
    "a kind after 'в' with no name after it is no org": (
        f"{PETROV} работал учителем в школе.",
        [(PETROV, "учитель", "учителем", None, None, "current")],
    ),
    "a city after 'в' is where an occupation is practised, no org": (
        f"{PETROV} работал корреспондентом в Москве.",
        [(PETROV, "корреспондент", "корреспондентом", None, None, "current")],
    ),
    # A CHAIN OF MENTIONS (places.parent_chain)
    "a verb of heading takes the whole chain": (
        f"{PETROV} возглавляет пресс-службу Национальной баскетбольной ассоциации США.",
        [
            (
                PETROV,
                "глава",
                "возглавляет пресс-службу Национальной баскетбольной ассоциации США",
                "пресс-служба Национальной баскетбольной ассоциации США",
                "ORG",
                "current",
            )
        ],
    ),
    "a verb of heading with one mention keeps it": (
        f"{PETROV} возглавляет МИД России.",
        [(PETROV, "глава", "возглавляет МИД России", "МИД России", "ORG", "current")],
    ),
    "a chain goes on past an opening quote": (
        f"Вячеслав Тимченко занимает должность руководителя {COUNCIL} «Единой России».",
        [
            (
                "Вячеслав Тимченко",
                "руководитель",
                f"руководителя {COUNCIL} «Единой России»",
                "Приволжский межрегиональный координационный совет «Единой России»",
                "ORG",
                "current",
            )
        ],
    ),
    # AN ORG BEFORE A RELATIVE CLAUSE (fields.relative_org)
    "the party before 'руководителем которой' is the org": (
        f"{PETROV} возглавил список партии «Родина», руководителем которой он является с "
        "2010 года.",
        [(PETROV, "руководитель", "руководителем", "Родина", "ORG", "current")],
    ),
    "past a bracket, a neuter kind agrees with 'которого'": (
        f"{PETROV} возглавил список движения «Родина» (Motherland, MR), руководителем которого "
        "он является с 2010 года.",
        [(PETROV, "руководитель", "руководителем", "Родина", "ORG", "current")],
    ),
    "an org whose name ends on a country is the org, not the country": (
        'Ивана Петрова выдвинула партия "Союз за Молдову" (Union pour la Moldavie, UPM), '
        "руководителем которой он является.",
        [(PETROV, "руководитель", "руководителем", "Союз за Молдову", "ORG", "current")],
    ),
    "a neuter kind does not agree with 'которой'": (
        f"{PETROV} возглавил список движения «Родина», руководителем которой он является с "
        "2010 года.",
        [(PETROV, "руководитель", "руководителем", None, None, "current")],
    ),
    # AN ORG NAMED AFTER ITS COUNTRY (places.country_led)
    "an org whose name begins with its country's is the org": (
        f"Соревнования судил судья Российской Федерации спортивной ходьбы {PETROV}.",
        [
            (
                PETROV,
                "судья",
                "судья Российской Федерации спортивной ходьбы",
                "Российская Федерация спортивной ходьбы",
                "ORG",
                "current",
            )
        ],
    ),
    "the country's name alone is the country": (
        "Президент Российской Федерации Владимир Путин заявил об этом.",
        [
            (
                "Владимир Путин",
                "президент",
                "Президент Российской Федерации",
                "Россия",
                "COUNTRY",
                "current",
            )
        ],
    ),
    "a country's adjective before an org's name is the country": (
        "Его отец, Синтаро Абэ, в 1980-х годах возглавлял японский МИД.",
        [("Синтаро Абэ", "глава", "возглавлял японский", "Япония", "COUNTRY", "former")],
    ),
}

STATUSES = {
    # A PAST PERIOD BEFORE A PREDICATE POST (status.earlier, status.past_period)
    "a closed period before the post": (
        f"С 2005 по 2009 годы {PETROV} работал министром финансов.",
        [(PETROV, "министр финансов", "министром финансов", None, None, "former")],
    ),
    "a stage of life before the post": (
        f"В юности {PETROV} работал учителем.",
        [(PETROV, "учитель", "учителем", None, None, "former")],
    ),
    "a decade before a list of posts, past 'а затем'": (
        f"В девяностые годы {PETROV} был министром здравоохранения, а затем министром "
        "иностранных дел.",
        [
            (PETROV, "министр здравоохранения", "министром здравоохранения", None, None, "former"),
            (PETROV, "министр иностранных дел", "министром иностранных дел", None, None, "former"),
        ],
    ),
    "a year is no closed period": (
        f"В 1981 году {PETROV} был назначен епископом.",
        [(PETROV, "епископ", "епископом", None, None, "current")],
    ),
    "'в эти годы' is no decade": (
        f"В эти годы {PETROV} был министром.",
        [(PETROV, "министр", "министром", None, None, "current")],
    ),
    "a stage of life in another clause is not the post's": (
        f"Учитель {PETROV} заявил, что в юности много читал.",
        [(PETROV, "учитель", "Учитель", None, None, "current")],
    ),
    "'а затем' after another verb's clause does not carry 'ранее'": (
        f"Ранее {PETROV} работал в банке, а затем стал министром.",
        [(PETROV, "министр", "министром", None, None, "current")],
    ),
    # A DEPRIVATION DONE (status.deprived)
    "'лишил сана' takes the post away": (
        "Патриарх лишил сана священника Ивана Петрова.",
        [(PETROV, "священник", "священника", None, None, "former")],
    ),
    "a deprivation before 'бывшего' and the post's country": (
        "Папа Франциск лишил духовного сана бывшего кардинала США Теодора Маккаррика.",
        [("Теодор Маккаррик", "кардинал", "бывшего кардинала США", "США", "COUNTRY", "former")],
    ),
    "a deprivation only possible takes nothing away": (
        "Суд может лишить сана священника Ивана Петрова.",
        [(PETROV, "священник", "священника", None, None, "current")],
    ),
    # "И. о." ACROSS A SPACE (edges.acting_abbreviation)
    "'И.\\xa0о.' with a no-break space is acting": (
        "Текст.\n\nИ.\xa0о. главы района Рустем Рахматуллин заявил об этом.",
        [("Рустем Рахматуллин", "глава", "И.\xa0о. главы района", None, None, "acting")],
    ),
    "'и.о.' written together is acting": (
        "И.о. главы района Рустем Рахматуллин заявил об этом.",
        [("Рустем Рахматуллин", "глава", "И.о. главы района", None, None, "acting")],
    ),
    # A CLOSED PERIOD AFTER AN ACTING POST (status.left_post)
    "a closed period ends an acting post": (
        "Временный премьер Мали с 1991 по 1992 годы Сумана Сакко тоже имеет шансы на успех.",
        [
            (
                "Сумана Сакко",
                "премьер-министр",
                "Временный премьер Мали",
                "Мали",
                "COUNTRY",
                "former",
            )
        ],
    ),
    "an acting post with no period stays acting": (
        "Временный премьер Мали Сумана Сакко заявил об этом.",
        [
            (
                "Сумана Сакко",
                "премьер-министр",
                "Временный премьер Мали",
                "Мали",
                "COUNTRY",
                "acting",
            )
        ],
    ),
}


@pytest.mark.parametrize("text, expected", ROLE_STRINGS.values(), ids=ROLE_STRINGS.keys())
def test_roles_fields12_role_strings(parse, text, expected):
    assert rows(parse(text)) == expected


@pytest.mark.parametrize("text, expected", ORGS.values(), ids=ORGS.keys())
def test_roles_fields12_orgs(parse, text, expected):
    assert rows(parse(text)) == expected


@pytest.mark.parametrize("text, expected", STATUSES.values(), ids=STATUSES.keys())
def test_roles_fields12_statuses(parse, text, expected):
    assert rows(parse(text)) == expected


@pytest.mark.parametrize(
    "words, expected",
    [
        ((("Российской", "ADJ"), ("Федерации", "PROPN"), ("Северной", "ADJ"),
          ("ходьбы", "NOUN")), True),
        ((("Российской", "ADJ"), ("Федерации", "PROPN")), False),  # the country itself
        ((("японский", "ADJ"), ("МИД", "PROPN")), False),  # the country's adjective
        ((("Единой", "ADJ"), ("России", "PROPN")), False),  # the country last
        ((("России", "PROPN"),), False),
    ],
)  # fmt: skip
def test_roles_fields12_country_led(words, expected):
    assert places.country_led(words) is expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("в юности работал", "юности", True),
        ("В девяностые годы был", "годы", True),
        ("в 1990-х годах был", "годах", True),
        ("в 80-е годы был", "годы", True),
        ("в студенческие годы был", "годы", True),
        ("в последние годы был", "годы", False),
        ("в эти годы был", "годы", False),
        ("В 1981 году был", "году", False),
        ("после юности был", "юности", False),
    ],
)
def test_roles_fields12_past_period(parse, text, word, expected):
    doc = parse(text)
    (token,) = [t for t in doc if t.text == word]
    assert status.past_period(doc, token) is expected


@pytest.mark.parametrize(
    "text, adjective, head, expected",
    [
        ("бывшего кардинала", "Case=Acc", "Animacy=Anim|Case=Gen|Gender=Masc|Number=Sing", True),
        ("бывшего кардинала", "Case=Gen", "Animacy=Anim|Case=Acc|Gender=Masc|Number=Sing", True),
        ("бывших министров", "Case=Gen", "Animacy=Anim|Case=Acc|Number=Plur", True),
        # a feminine accusative has its own form ("бывшую"): no syncretism
        ("бывшей актрисы", "Case=Acc", "Animacy=Anim|Case=Gen|Gender=Fem|Number=Sing", False),
        # an inanimate accusative is the nominative's form
        ("бывшего поста", "Case=Acc", "Animacy=Inan|Case=Gen|Gender=Masc|Number=Sing", False),
        ("бывшего кардинала", "Case=Dat", "Animacy=Anim|Case=Gen|Gender=Masc|Number=Sing", False),
    ],
)
def test_roles_fields12_same_case(parse, text, adjective, head, expected):
    doc = parse(text)
    doc[0].set_morph(adjective)
    doc[1].set_morph(head)
    assert edges.same_case(doc[0], doc[1]) is expected

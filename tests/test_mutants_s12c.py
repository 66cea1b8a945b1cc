"""Cases that kill the surviving mutants of session 12's roles rules (session 12, tests only).

Targets of ``benchmarks/mutation.py``: roles_s12_again12_referents (``referents.same_post_named``),
roles_s12_again12_subjects (``subjects.aged``, ``work_post``, ``possessor``), roles_s12_fields12
(``fields.relative_org`` and a post's genitive name), roles_s12_fields12_places
(``places.country_led``, ``named_place``) and roles_s12_fields12_status (``status.past_period``,
``deprived``). Cases go through the public pipeline (``tables.roles``) where it tells the two
sides of a mutant's condition apart, else the rule function is read on its own inputs. A case
that shows a bug is ``xfail(strict=True)`` with the reason: no rule is changed here.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from ruextract import tables
from ruextract.extensions import register_extensions
from ruextract.roles.phrases import Entities, Phrase
from ruextract.roles.places import country_led, named_place
from ruextract.roles.status import deprived, past_period
from ruextract.roles.subjects import aged, noun_complement
from tests.conftest import RoleRow as Row
from tests.conftest import role_rows as rows

# ---------------------------------------------------------------------------------------------
# roles_s12_fields12_places: places.country_led on a mention's (text, part of speech) words

CASES_COUNTRY_LED = {
    # a country's name of two words whose first word alone names no country
    "a one-word country and an adverb: «России сегодня»": (
        (("России", "PROPN"), ("сегодня", "ADV")),
        True,
    ),
    # must not: a country's full name whose first two words name it too
    "the country's full name, its start a country too": (
        (("Соединённых", "ADJ"), ("Штатов", "PROPN"), ("Америки", "PROPN")),
        False,
    ),
}


@pytest.mark.parametrize("words, led", CASES_COUNTRY_LED.values(), ids=CASES_COUNTRY_LED.keys())
def test_country_led(words, led):
    assert country_led(words) is led


# places.named_place on made mentions: the label and the start of the mention the word is in
# ("министра финансов земли Гессен": "Гессен" a LOC of its own)
def placed(label: str | None, start: int) -> tuple[Doc, Entities]:
    """ "земли Северный Рейн", a mention of ``label`` from ``start`` to the end (none: None)."""
    doc = Doc(Vocab(), words=["земли", "Северный", "Рейн"])
    place = {} if label is None else {i: Span(doc, start, 3, label=label) for i in range(start, 3)}
    return doc, Entities(per={}, place=place, sent=[0] * len(doc))


CASES_NAMED_PLACE = {
    "a LOC it opens": ("LOC", 1, True),
    "a country it opens": ("COUNTRY", 1, False),
    "an org it opens": ("ORG", 1, False),
    "inside a LOC it does not open": ("LOC", 0, False),
    "no mention": (None, 1, False),
}


@pytest.mark.parametrize(
    "label, start, named", CASES_NAMED_PLACE.values(), ids=CASES_NAMED_PLACE.keys()
)
def test_named_place(label, start, named):
    doc, ents = placed(label, start)
    assert named_place(doc[1], ents) is named


# ---------------------------------------------------------------------------------------------
# roles_s12_fields12_status: status.deprived and status.past_period through the pipeline

PETROV = "Иван Петров"
SIDOROV = "Пётр Сидоров"

CASES_STATUS = {
    # a rank's adjective between the verb and its noun, no "бывшего" to make it former anyway
    "'лишил духовного сана', past the adjective": (
        "Папа лишил духовного сана кардинала Ивана Петрова.",
        [(PETROV, "кардинал", "кардинала", None, "former")],
    ),
    # must not: a genitive after "лишил" that is no rank's noun
    "'лишил лицензии' is no rank taken away": (
        "Суд лишил лицензии адвоката Ивана Петрова.",
        [(PETROV, "адвокат", "адвоката", None, "current")],
    ),
    # must not: a finite verb of taking away not in the past
    "'лишит сана', the future": (
        "Патриарх лишит сана священника Ивана Петрова.",
        [(PETROV, "священник", "священника", None, "current")],
    ),
    # must not: a plural noun of time after "за", not "в"
    "'за девяностые годы' is no past span after 'в'": (
        f"За девяностые годы {PETROV} был министром.",
        [(PETROV, "министр", "министром", None, "current")],
    ),
    "'в студенческие времена': no noun 'год'": (
        f"В студенческие времена {PETROV} был министром.",
        [(PETROV, "министр", "министром", None, "current")],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_STATUS.values(), ids=CASES_STATUS.keys())
def test_status_s12(parse, text, expected):
    assert rows(parse(text)) == expected


# status.past_period on the word read, where the pipeline's other rules hide the difference
CASES_PAST_PERIOD = {
    "a time word opening the text": ("Годы шли, он был министром", "Годы", False),
    "a decade opening the text, no 'в'": ("Девяностые годы он был министром", "годы", False),
    "a stretch of life by a noun other than 'год'": (
        "в студенческие времена был",
        "времена",
        False,
    ),
    "a decade after 'за'": ("за девяностые годы был", "годы", False),
}


@pytest.mark.parametrize(
    "text, word, expected", CASES_PAST_PERIOD.values(), ids=CASES_PAST_PERIOD.keys()
)
def test_past_period_s12(parse, text, word, expected):
    doc = parse(text)
    (token,) = [t for t in doc if t.text == word]
    assert past_period(doc, token) is expected


# status.deprived on made tokens: the tagger reads "лишённый" as an adjective and "звания" after
# "лишил" as an accusative, so only made tokens show the passive participle and the genitive
def taking(words: list[tuple[str, str, str, str]]) -> tuple[Doc, Phrase]:
    """A doc of (word, lemma, part of speech, morph) whose last word is the post read."""
    doc = Doc(
        Vocab(),
        words=[w[0] for w in words],
        lemmas=[w[1] for w in words],
        pos=[w[2] for w in words],
        morphs=[w[3] for w in words],
    )
    n = len(doc) - 1
    return doc, Phrase(start=n, end=n + 1, head=n, role=doc[n].lemma_, status="current")


PAST_PASSIVE = "Aspect=Perf|Tense=Past|VerbForm=Part|Voice=Pass"
PAST_FINITE = "Aspect=Perf|Tense=Past|VerbForm=Fin|Voice=Act"
RANK_GEN = "Animacy=Inan|Case=Gen|Gender=Neut|Number=Sing"
POST_GEN = "Animacy=Anim|Case=Gen|Gender=Masc|Number=Sing"
COLONEL = ("полковника", "полковник", "NOUN", POST_GEN)

CASES_DEPRIVED = {
    "a passive participle and a genitive rank": (
        [("лишён", "лишить", "VERB", PAST_PASSIVE), ("звания", "звание", "NOUN", RANK_GEN),
         COLONEL],
        True,
    ),
    "an active participle is no verb of the rank taken": (
        [("лишивший", "лишить", "VERB", "Aspect=Perf|Tense=Past|VerbForm=Part|Voice=Act"),
         ("звания", "звание", "NOUN", RANK_GEN), COLONEL],
        False,
    ),
    "a finite past verb, the rank's adjective between": (
        [("лишил", "лишить", "VERB", PAST_FINITE),
         ("воинского", "воинский", "ADJ", "Case=Gen|Gender=Neut|Number=Sing"),
         ("звания", "звание", "NOUN", RANK_GEN), COLONEL],
        True,
    ),
    # the rank's noun in the nominative's form ("сан"), though tagged an accusative
    "an inanimate accusative in the nominative's form": (
        [("лишил", "лишить", "VERB", PAST_FINITE),
         ("сан", "сан", "NOUN", "Animacy=Inan|Case=Acc|Gender=Masc|Number=Sing"), COLONEL],
        False,
    ),
}  # fmt: skip


@pytest.mark.parametrize("words, former", CASES_DEPRIVED.values(), ids=CASES_DEPRIVED.keys())
def test_deprived_on_made_tokens(words, former):
    assert deprived(*taking(words)) is former


# ---------------------------------------------------------------------------------------------
# roles_s12_again12_subjects: subjects.aged, work_post, possessor through the pipeline

BELOV = "Иван Белов"
MINISTER = (BELOV, "министр финансов", "министром финансов", None, "current")
ENVOY = ("посол", "послом США в ООН", "ООН", "current")
SENATE = "Сенат утвердил Ивана Белова."
LAWYER_LINE = " Он окончил Гарвард. После ухода с госслужбы работал адвокатом в банке."
LAWYER = (BELOV, "адвокат", "адвокатом", None, "current")

CASES_SUBJECTS = {
    # subjects.aged: the age after a verb of turning ("исполнилось")
    "an age after 'исполнилось'": (
        f"{SENATE} Ивану Белову исполнилось 60 лет.{LAWYER_LINE}",
        [LAWYER],
    ),
    # must not: no number before "лет", a number before a noun other than "год"
    "'исполнилось много лет': no number": (
        f"{SENATE} Ивану Белову исполнилось много лет.{LAWYER_LINE}",
        [],
    ),
    # an age of two numeral words: the unit after the last
    "an age in words, two of them": (
        f"{SENATE} Ивану Белову пятьдесят два года.{LAWYER_LINE}",
        [LAWYER],
    ),
    # must not: numeral words before a noun other than "год"
    "a number of pupils in words is no age": (
        f"{SENATE} Ивану Белову пятьдесят два ученика.{LAWYER_LINE}",
        [],
    ),
    "a number of pupils is no age": (f"{SENATE} Ивану Белову 52 ученика.{LAWYER_LINE}", []),
    # subjects.work_post: no possessive before "работа": the biography's subject
    "работа with no possessive, the chain's subject": (
        f"{MINISTER[0]} был министром финансов. В послужном списке также работа послом США в ООН.",
        [MINISTER, (BELOV, *ENVOY)],
    ),
    # the possessive right before "работу", a verb before it
    "'его работу' after a verb": (
        "Иван Белов был министром финансов. Анна Белова вспоминала, как ценила его работу послом "
        "США в ООН.",
        [MINISTER, (BELOV, *ENVOY)],
    ),
    # a name of the other gender nearer than the possessive's antecedent
    "'его' past a woman's name": (
        "Иван Белов был министром финансов. До этого он работал с Анной Беловой. В его "
        "послужном списке также работа послом США в ООН.",
        [MINISTER, (BELOV, *ENVOY)],
    ),
    # must not: a genitive post after "работа" (the ambassador's work), a plural post
    "a genitive post after работа": (
        "Иван Белов был министром финансов. В его послужном списке также работа посла США в ООН.",
        [MINISTER],
    ),
    "a plural instrumental post": (
        "Иван Белов и Пётр Сидоров были министрами. В их послужном списке также работа послами "
        "США в ООН.",
        # (session 13: the plural copula's post is each subject's, lists.subjects_before_copula;
        # the plural post after "работа" still nobody's)
        [
            (BELOV, "министр", "министрами", None, "current"),
            ("Пётр Сидоров", "министр", "министрами", None, "current"),
        ],
    ),
    # must not: the verb "работать", not the noun
    "'работать послом', the verb": (
        "Иван Белов был министром финансов. Работать послом США в ООН хотят многие.",
        [MINISTER],
    ),
    "работа opening the text, a dative name after": (
        "Работа послом США в ООН принесла Ивану Белову известность.",
        [],
    ),
    # must not: a verb, an auxiliary, a comma or a name before "работа" in its clause
    "a verb before работа": (
        "Иван Белов был министром финансов. Затем последовала работа послом США в ООН.",
        [MINISTER],
    ),
    "an auxiliary before работа": (
        "Иван Белов был министром финансов. Потом была работа послом США в ООН.",
        [MINISTER],
    ),
    "a comma before работа": (
        "Иван Белов был министром финансов. По словам коллег, работа послом США в ООН далась ему "
        "нелегко.",
        [MINISTER],
    ),
    "a name before работа": (
        "Иван Белов был министром финансов. У Петра Сидорова за плечами работа послом США в ООН.",
        [MINISTER],
    ),
    # possessor, clause_subject: "его" is never its own clause's subject ("свою" would be)
    "'его' after the clause's subject": (
        "Пётр Сидоров ушёл в отставку. Иван Белов высоко оценил его работу послом США в ООН.",
        [(SIDOROV, *ENVOY)],
    ),
    "'его' right after the clause's subject": (
        "Пётр Сидоров ушёл в отставку. Иван Белов его работу послом США в ООН оценил высоко.",
        [(SIDOROV, *ENVOY)],
    ),
    # must not: a name joined to the possessive by "и", or before a comma, is no subject of
    # its clause
    "'и его работа' after a name": (
        "Пётр Сидоров ушёл в отставку. Иван Белов и его работа послом США в ООН известны всем.",
        [(BELOV, *ENVOY)],
    ),
    "'его' in a clause after a comma": (
        "Пётр Сидоров ушёл в отставку. Иван Белов рассказал, что его работу послом США в ООН "
        "ценили.",
        [(BELOV, *ENVOY)],
    ),
    # possessor: "его" after a woman's name and a genitive man's name complementing a noun;
    # copulas: a possessive before a noun of serving gives its post (Анна Белова "работала")
    "'его' past a complement, a woman named between": (
        "Иван Белов был министром финансов. Анна Белова работала в администрации Джорджа Буша. "
        "В его послужном списке также работа послом США в ООН.",
        [MINISTER, (BELOV, *ENVOY)],
    ),
}  # fmt: skip


@pytest.mark.parametrize("text, expected", CASES_SUBJECTS.values(), ids=CASES_SUBJECTS.keys())
def test_subjects_s12(parse, text, expected):
    assert rows(parse(text)) == expected


# subjects.aged on made tokens: a blank vocabulary reads no word as a number ("сорок" tagged NUM
# only), the Russian one reads "52" as a number whatever its tag
def dative_age(vocab: Vocab, age: str, pos: str) -> tuple[Doc, Span]:
    """ "Ивану Белову <age> лет", the age tagged ``pos``, and the name's mention."""
    register_extensions()
    doc = Doc(
        vocab,
        words=["Ивану", "Белову", age, "лет"],
        lemmas=["иван", "белов", age, "год"],
        pos=["PROPN", "PROPN", pos, "NOUN"],
        morphs=["Case=Dat|Gender=Masc|Number=Sing"] * 2 + ["", "Case=Gen|Number=Plur"],
    )
    return doc, Span(doc, 0, 2, label="PER")


CASES_AGED = {
    "a numeral tagged NUM, no digits": (Vocab, "сорок", "NUM", True),
    "digits tagged otherwise": (lambda: spacy.blank("ru").vocab, "52", "ADJ", True),
    "neither a numeral nor digits": (Vocab, "сорок", "ADV", False),
}


@pytest.mark.parametrize("vocab, age, pos, expected", CASES_AGED.values(), ids=CASES_AGED.keys())
def test_aged_on_made_tokens(vocab, age, pos, expected):
    assert aged(*dative_age(vocab(), age, pos)) is expected


# a genitive name after a preposition: no noun's complement, and no dative for an age
def test_genitive_name_after_a_preposition(parse):
    doc = parse("У Джорджа Буша 52 года стажа.")
    person = Entities.of(doc).per[1]
    assert (person.text, noun_complement(doc, person), aged(doc, person)) == (
        "Джорджа Буша",
        False,
        False,
    )


# ---------------------------------------------------------------------------------------------
# roles_s12_again12_referents: referents.same_post_named (two sentences of reach, the names
# read back from the post, another holder of its noun within reach)

SHOW = " Вечером прошёл показ."
OVATION = " Зрители встретили овацией актёра."


def actor(key: str, text: str = "Актёр") -> Row:
    return (key, "актер", text, None, "current")


CASES_SAME_POST = {
    # an instrumental with a post's own adjective (a rank word) is no comparison
    "instrumental with a rank adjective": (
        f"Актёр Пётр Сидоров приехал в Москву.{SHOW} Зрители встретили овацией с главным актёром.",
        [actor(SIDOROV), (SIDOROV, "главный актер", "главным актёром", None, "current")],
    ),
    # the last name before the post, not the one before it
    "the last name read, another's before it": (
        f"Актёр Пётр Сидоров приехал в Москву. Режиссёр Белова встретила Сидорова.{OVATION}",
        [actor(SIDOROV), ("Белова", "режиссер", "Режиссёр", None, "current"),
         actor(SIDOROV, "актёра")],
    ),
    # the same, the article's topic another person (no rule of the topic gives the post)
    "the last name read, the topic another's": (
        "Режиссёр Анна Белова представила фильм. Белова рассказала о съёмках. Актёр Пётр Сидоров "
        f"приехал в Москву, режиссёр Волчек встретила Сидорова.{OVATION}",
        [("Анна Белова", "режиссер", "Режиссёр", None, "current"), actor(SIDOROV),
         ("Волчек", "режиссер", "режиссёр", None, "current"), actor(SIDOROV, "актёра")],
    ),
    # the holder is the article's first name, one word
    "the first name of the text": (
        f"Актёр Сидоров приехал в Москву.{OVATION}",
        [actor("Сидоров"), actor("Сидоров", "актёра")],
    ),
    # a holder of the noun named after the post does not count
    "another holder named after the post": (
        "Актёр Пётр Сидоров приехал в Москву. Вечером зрители встретили овацией актёра. Актёр "
        "Иван Белов остался дома.",
        [actor(SIDOROV), actor(SIDOROV, "актёра"), actor(BELOV)],
    ),
    # must not: another holder of the noun as the text's first name, at the reach's first
    # sentence, or past a name of another post
    "another holder, the text's first name": (
        f"Актёр Белов и актёр Пётр Сидоров приехали в Москву.{SHOW}{OVATION}",
        [actor("Белов"), actor(SIDOROV, "актёр")],
    ),
    "another holder two sentences back": (
        f"Актёр Иван Белов приехал в Москву. Актёр Пётр Сидоров вышел на сцену.{OVATION}",
        [actor(BELOV), actor(SIDOROV)],
    ),
    "another holder past a name of another post": (
        f"Актёр Белов и режиссёр Волчек встретили актёра Петра Сидорова.{SHOW}{OVATION}",
        [actor("Белов"), ("Волчек", "режиссер", "режиссёр", None, "current"),
         actor("Петр Сидоров", "актёра")],
    ),
    # must not: a plural post
    "a plural post": (
        f"Актёр Пётр Сидоров приехал в Москву.{SHOW} Зрители встретили овацией актёров.",
        [actor(SIDOROV)],
    ),
    # must not: the title of an award's category in quotes (quotes.award_category: no post
    # named again)
    "the title of an award's category": (
        f"Режиссёр Анна Белова представила фильм.{SHOW} Фильм получил приз в номинации "
        "«Режиссёр».",
        [("Анна Белова", "режиссер", "Режиссёр", None, "current")],
    ),
    # a nickname in quotes after no noun of a category is the post named again
    "a nickname in quotes": (
        f"Режиссёр Анна Белова представила фильм.{SHOW} Зрители прозвали её «Режиссёром».",
        [("Анна Белова", "режиссер", "Режиссёр", None, "current"),
         ("Анна Белова", "режиссер", "Режиссёром", None, "current")],
    ),
}  # fmt: skip


@pytest.mark.parametrize("text, expected", CASES_SAME_POST.values(), ids=CASES_SAME_POST.keys())
def test_same_post_named_s12(parse, text, expected):
    assert rows(parse(text)) == expected


# ---------------------------------------------------------------------------------------------
# roles_s12_fields12: fields.relative_org and a post's genitive name (named_with_genitive,
# named_after), the whole org of each row: its name, label, key and the text its span covers

# (key, role, org, org_label, org_key, the text of org_start..org_stop, else org_stop)
OrgRow = tuple[str, str, str | None, str | None, str | None, str | int | None]


def org_rows(doc) -> list[OrgRow]:
    return [
        (r.key, r.role, r.org, r.org_label, r.org_key,
         r.org_stop if r.org_start is None else doc.text[r.org_start : r.org_stop])
        for r in tables.roles(doc)
    ]  # fmt: skip


CASES_ORGS = {
    # relative_org: the org's span, quoted, past its kind's noun
    "the party before 'руководителем которой'": (
        f"{PETROV} возглавил список партии «Родина», руководителем которой он является с 2010 "
        "года.",
        [(PETROV, "руководитель", "Родина", "ORG", None, "Родина")],
    ),
    # an unquoted name after its kind's noun, a bracket after it
    "an unquoted party name before a bracket": (
        f"{PETROV} возглавил список партии Справедливость (Justice), руководителем которой он "
        "является.",
        [(PETROV, "руководитель", "Справедливость", "ORG", None, "Справедливость")],
    ),
    # no kind's noun before the name: the name's own noun agrees with the pronoun
    "the org's own noun, a verb before it": (
        f"{PETROV} возглавил «Объединённую партию», руководителем которой он является.",
        [(PETROV, "руководитель", "Объединённая партия", "ORG", None, "Объединённую партию")],
    ),
    # the org's own first noun, no adjective before it
    "the org's own first noun, capitalised": (
        f"{PETROV} возглавил Партию регионов, руководителем которой он является.",
        [
            (PETROV, "глава", "Партия регионов", "ORG", None, "Партию регионов"),
            (PETROV, "руководитель", "Партия регионов", "ORG", None, "Партию регионов"),
        ],
    ),
    # named_with_genitive: a post's name with no org ("начальник штаба": the org cleared)
    "'начальник штаба' has no org": (
        f"Начальником штаба назначен {PETROV}.",
        [(PETROV, "начальник штаба", None, None, None, None)],
    ),
    # named_after: a country's name inside a longer mention
    "'главы правительства' and a country": (
        f"Глава правительства Мали {PETROV} прибыл в Москву.",
        [(PETROV, "глава правительства", "Мали", "COUNTRY", "ML", "Мали")],
    ),
    # a post at the text's very end, no org, no word after it
    "a post ending the text": (
        f"{PETROV} назначен руководителем",
        [(PETROV, "руководитель", None, None, None, None)],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_ORGS.values(), ids=CASES_ORGS.keys())
def test_orgs_s12(parse, text, expected):
    assert org_rows(parse(text)) == expected

"""Cases that kill the surviving mutants of session 11's roles rules (session 12, tests only).

Targets of ``benchmarks/mutation.py``: roles_s11_again11_subjects (``roles.subjects``: a name in
a bracket passed over, verbless lines, phase verbs and the names joined before a plural verb of
heading), roles_s11_again11_copulas (``roles.copulas``: a name of the other gender or after a
preposition is no copula's subject), roles_s11_fields11_status (``roles.status``: session 11's
status functions) and roles_s10_fields10_status (``roles.status``: session 10's status
functions). Most cases go through the public pipeline (``tables.roles``): a Russian sentence or
short article of news shape and the exact rows, with a case on the other side of the condition
a mutant changes. Where the pipeline cannot tell the two sides apart (another rule gives the
same row), the rule function is read on its own inputs. A case that shows a bug is
``xfail(strict=True)`` with the reason: no rule is changed here.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ruextract.roles.phrases import Entities, Phrase, find_phrases
from ruextract.roles.status import abdicated, beside_participle
from ruextract.roles.subjects import bracketed, verbless_line
from tests.conftest import RoleRow as Row
from tests.conftest import role_rows as rows

# ---------------------------------------------------------------------------------------------
# roles_s11_again11_subjects: subjects.bracketed (through a biography's chain of sentences)

SVETIN, GOLTSMAN = "Михаил Светин", "Михаил Гольцман"
ACTOR_LINE = " С 1980 года — актёр театра комедии."


def actor(key: str) -> Row:
    return (key, "актер", "актёр театра комедии", "театр комедии", "current")


CASES_BRACKETED = {
    # a closed bracket before the name in its sentence: the name is no aside
    "a closed bracket before the name": (
        "В Киеве (Украина) родился Михаил Гольцман." + ACTOR_LINE,
        [actor(GOLTSMAN)],
    ),
    # a bracket that opens its sentence has no words of the sentence before it: no aside
    "a bracket opening the sentence": (
        "Михаил Светин родился в Киеве. (Михаил Гольцман родился в Одессе.)" + ACTOR_LINE,
        [actor(GOLTSMAN)],
    ),
    # the bracket is the sentence's second word: the word before it is of the sentence
    "a bracket after the sentence's first word": (
        "Михаил Светин родился в Киеве. Брат (Михаил Гольцман) жил в Одессе." + ACTOR_LINE,
        [actor(SVETIN)],
    ),
    # the same, the article's second word (the walk reads the article's first words too)
    "a bracket after the article's first word": (
        "Сын (Михаил Гольцман) родился в Киеве." + ACTOR_LINE,
        [],
    ),
    # the bracket three words before the name (the walk reads every word back)
    "three words between the bracket and the name": (
        "Михаил Светин (по паспорту — Михаил Гольцман) родился в Киеве." + ACTOR_LINE,
        [actor(SVETIN)],
    ),
    # a one-word name right before the closing bracket (the walk starts before the name)
    "a one-word name before the closing bracket": (
        "Михаил Светин (по паспорту Гольцман) родился в Киеве." + ACTOR_LINE,
        [actor(SVETIN)],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_BRACKETED.values(), ids=CASES_BRACKETED.keys())
def test_bracketed_chain(parse, text, expected):
    assert rows(parse(text)) == expected


BRACKET_OPENS = {
    # (text, the name's first word, whether it is an aside): the bracket must have words of its
    # sentence before it
    "the article opens with the bracket": ("(Михаил Гольцман родился в Киеве.)", "Михаил", False),
    "a word before the bracket": ("Актёр (Михаил Гольцман) родился в Киеве.", "Михаил", True),
}


@pytest.mark.parametrize("text, first, aside", BRACKET_OPENS.values(), ids=BRACKET_OPENS.keys())
def test_bracketed_reads_the_sentence_start(parse, text, first, aside):
    doc = parse(text)
    ents = Entities.of(doc)
    (start,) = [t.i for t in doc if t.text == first]
    assert bracketed(doc, ents.per[start], ents) is aside


# ---------------------------------------------------------------------------------------------
# roles_s11_again11_subjects: subjects.verbless_line on its own (another rule gives its post
# to the article's person in the pipeline)

SYRYKH = "Юлия Сырых"
BORN = "Юлия Сырых родилась в Рязани. "

VERBLESS = {
    # (text, whether the line's post goes to the chain's subject)
    "the article's second sentence": (BORN + "Дизайнер по профессии, основатель группы.", True),
    "the article's first sentence": ("Дизайнер по профессии, основатель группы. " + BORN, False),
    "an auxiliary verb in the line": (
        BORN + "Имеет двоих детей. Дизайнер по профессии, была замужем.",
        False,
    ),
}


@pytest.mark.parametrize("text, verbless", VERBLESS.values(), ids=VERBLESS.keys())
def test_verbless_line(parse, text, verbless):
    doc = parse(text)
    ents = Entities.of(doc)
    (phrase,) = [p for p in find_phrases(doc, ents) if doc[p.head].lemma_ == "дизайнер"]
    person = verbless_line(doc, phrase, ents)
    assert (person is not None and person._.key == SYRYKH) is verbless


# ---------------------------------------------------------------------------------------------
# roles_s11_again11_subjects: subjects.aspect_verb, heading_subjects

PAGE, BRIN, SCHMIDT = "Ларри Пейдж", "Сергей Брин", "Шмидт"
FOUNDED = "Ларри Пейдж и Сергей Брин основали Google в 1998 году. "


def heads(text: str, status: str, *names: str) -> list[Row]:
    return [(name, "глава", text, "Google", status) for name in names]


CASES_HEADING = {
    # a phase verb that is no finite verb: an intention, the post not held
    "an infinitive phase verb: nobody": ("Сергей Брин намерен продолжать возглавлять Google.", []),
    # a singular verb: no names joined before its subject
    "a singular verb after a comma": (
        "По словам Пейджа, Сергей Брин возглавляет Google.",
        heads("возглавляет Google", "current", BRIN),
    ),
    # a word that is no name before the joiner ends the names
    "an org before the comma": (
        "Как сообщает Reuters, Ларри Пейдж и Сергей Брин перестали возглавлять Google.",
        heads("возглавлять Google", "former", BRIN, PAGE),
    ),
    # one-word names joined before the subject: each is read right before its joiner
    "a one-word name before 'и'": (
        FOUNDED + "В 2019 году Пейдж и Брин перестали возглавлять Google.",
        heads("возглавлять Google", "former", BRIN, PAGE),
    ),
    "one-word names before a comma and 'и'": (
        FOUNDED + "Сейчас Шмидт, Пейдж и Брин возглавляют Google.",
        heads("возглавляют Google", "current", BRIN, SCHMIDT, PAGE),
    ),
}


@pytest.mark.parametrize("text, expected", CASES_HEADING.values(), ids=CASES_HEADING.keys())
def test_heading_subjects(parse, text, expected):
    assert rows(parse(text)) == expected


# session 13: subjects.aspect_verb reads a phase participle too (the tagger reads
# "переставший" as a noun of "перестать"): the post is left, as after "перестал"
def test_heading_stopped_by_participle(parse):
    text = "Сергей Брин, переставший возглавлять Google, основал новую компанию."
    assert rows(parse(text)) == heads("возглавлять Google", "former", BRIN)


# ---------------------------------------------------------------------------------------------
# roles_s11_again11_copulas: copulas.other_gender, doc_gender, prepositional_object

TEACHER = ("учитель", "учителем", None, "current")

CASES_COPULA_SUBJECTS = {
    # other_gender: an auxiliary copula of the other gender than the name
    "woman's name, masculine auxiliary: nobody": (
        "Мать — Анна Иванова был учителем в школе.",
        [],
    ),
    # other_gender: a noun of serving has no gender of a verb
    "a noun of serving: its subject": (
        "Иван Петров во время службы начальником космодрома получил орден.",
        [("Иван Петров", "начальник космодрома", "начальником космодрома", None, "current")],
    ),
    # other_gender: a man's name the first-name dictionary reads feminine, the tagger not: his
    "a man's first name read feminine": (
        "Андреа Пирло был капитаном сборной Италии.",
        [("Андреа Пирло", "капитан", "капитаном сборной Италии", "сборная Италии", "current")],
    ),
    # doc_gender: a name whose last word has no gender
    "a name ending in a numeral": (
        "Людовик XIV был королём Франции.",
        [("Людовик XIV", "король", "королём Франции", "Франция", "current")],
    ),
    # prepositional_object: a dative name with no preposition is a subject of the infinitive
    "a dative name, no preposition": (
        "Ивану Петрову пришлось стать учителем.",
        [("Иван Петров", *TEACHER)],
    ),
}


@pytest.mark.parametrize(
    "text, expected", CASES_COPULA_SUBJECTS.values(), ids=CASES_COPULA_SUBJECTS.keys()
)
def test_copula_subjects(parse, text, expected):
    assert rows(parse(text)) == expected


# copulas.genitive_complement: a genitive name after a noun is the noun's complement, the noun
# the copula's subject
CASES_GENITIVE_OWNER = {
    "a genitive name after a kinship noun: nobody": ("Отец Ивана Петрова был учителем.", []),
    "a genitive name after another noun: nobody": ("Помощник Ивана Петрова стал министром.", []),
    # must not: the antecedent of a relative is the subject of its clause
    "a relative after the genitive name: his": (
        "Жена Ивана Петрова, который был учителем, приехала в Москву.",
        [("Иван Петров", *TEACHER)],
    ),
    # must not: an undeclined surname the tagger reads nominative (genitive only by the first
    # name declined elsewhere) may be the subject
    "an undeclined surname after a noun: his": (
        "Вчера наградили Григория Педченко. До нового назначения Педченко был заместителем "
        "министра обороны.",
        [("Григорий Педченко", "заместитель министра обороны", "заместителем министра обороны",
          None, "current")],
    ),
}  # fmt: skip


@pytest.mark.parametrize(
    "text, expected", CASES_GENITIVE_OWNER.values(), ids=CASES_GENITIVE_OWNER.keys()
)
def test_copula_genitive_owner(parse, text, expected):
    assert rows(parse(text)) == expected


# ---------------------------------------------------------------------------------------------
# roles_s10_fields10_status: status.earlier, former_shared

PETROV = "Иван Петров"

CASES_STATUS = {
    # earlier: a verb of heading has no copula of its own: a finite verb between "ранее" and it
    # ends the earlier time
    "'ранее' before another finite verb: current": (
        "Ранее Иван Петров работал в банке и теперь он возглавляет Газпром с 2001 года.",
        [(PETROV, "глава", "возглавляет Газпром", "Газпром", "current")],
    ),
    "'ранее' right before the verb of heading: former": (
        "Ранее Иван Петров возглавлял Газпром.",
        [(PETROV, "глава", "возглавлял Газпром", "Газпром", "former")],
    ),
    # earlier: "ранее" beside a participle of heading is its time (no copula to pass)
    "'ранее' before a participle of heading: former": (
        "Иван Петров, ранее возглавлявший Газпром, стал министром.",
        [
            (PETROV, "глава", "возглавлявший Газпром", "Газпром", "former"),
            (PETROV, "министр", "министром", None, "current"),
        ],
    ),
    # former_shared: the word before "и" is no post of the second's case: nothing shared
    "a genitive 'экс-' post before 'и': current": (
        "Помощник экс-министра и депутат Госдумы Иван Петров выступил с докладом.",
        [
            (PETROV, "помощник экс-министра", "Помощник экс-министра", "Госдума", "current"),
            (PETROV, "депутат", "депутат Госдумы", "Госдума", "current"),
        ],
    ),
    "'экс-' on the first post of the second's case: former": (
        "Экс-министр и депутат Госдумы Иван Петров выступил с докладом.",
        [
            (PETROV, "министр", "Экс-министр", "Госдума", "former"),
            (PETROV, "депутат", "депутат Госдумы", "Госдума", "former"),
        ],
    ),
    # former_shared: an "и" that opens the text has no post before it
    "'и' opening the text: current": (
        "И министр финансов Анна Иванова согласилась с этим.",
        [("Анна Иванова", "министр финансов", "министр финансов", None, "current")],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_STATUS.values(), ids=CASES_STATUS.keys())
def test_status_fields10(parse, text, expected):
    assert rows(parse(text)) == expected


# status.abdicated on made tokens: the tagger reads a capitalised participle opening a text as
# a name ("Отрекшийся от престола король": PROPN), so only made tokens show that the walk
# reads the article's first word
def abdicating(participle: str, tense: str) -> tuple[Doc, Phrase, Entities]:
    """ "<participle> от престола Папа", the participle of ``tense`` tagged as one."""
    doc = Doc(
        Vocab(),
        words=[participle, "от", "престола", "Папа"],
        lemmas=["отречься", "от", "престол", "папа"],
        pos=["VERB", "ADP", "NOUN", "PROPN"],
        morphs=[
            f"Case=Nom|Gender=Masc|Number=Sing|Tense={tense}|VerbForm=Part",
            "",
            "Case=Gen|Gender=Masc|Number=Sing",
            "Case=Nom|Gender=Masc|Number=Sing",
        ],
    )
    phrase = Phrase(start=3, end=4, head=3, role="папа", status="current")
    return doc, phrase, Entities(per={}, place={}, sent=[0] * len(doc))


ABDICATED = {
    "a past participle opening the text": ("Отрекшийся", "Past", True),
    "a present participle opening the text": ("Отрекающийся", "Pres", False),
}


@pytest.mark.parametrize("participle, tense, former", ABDICATED.values(), ids=ABDICATED.keys())
def test_abdicated_reads_the_first_word(participle, tense, former):
    assert abdicated(*abdicating(participle, tense)) is former


# ---------------------------------------------------------------------------------------------
# roles_s11_fields11_status: status.beside_participle on made tokens ("Бывший ранее": the
# tagger's participle of "быть", which pymorphy3 reads first as the adjective "бывший"; the
# word read is the text's last, so nothing follows it)


def before_earlier(pos: str, morph: str, word: str = "Бывший") -> bool:
    lemma = word.lower() if pos != "VERB" else "быть"
    doc = Doc(
        Vocab(),
        words=[word, "ранее"],
        lemmas=[lemma, "ранее"],
        pos=[pos, "ADV"],
        morphs=[morph, "Degree=Pos"],
    )
    return beside_participle(doc, doc[1])


BESIDE_PARTICIPLE = {
    "the tagger's participle": (("VERB", "Case=Nom|Number=Sing|Tense=Past|VerbForm=Part"), True),
    # session 13: "бывший" tagged an adjective is the participle of "быть" all the same
    "the tagger's adjective 'бывший'": (("ADJ", "Case=Nom|Number=Sing"), True),
    "another adjective, pymorphy3's adjective first": (
        ("ADJ", "Case=Nom|Number=Sing", "Новый"),
        False,
    ),
}


@pytest.mark.parametrize("word, found", BESIDE_PARTICIPLE.values(), ids=BESIDE_PARTICIPLE.keys())
def test_beside_participle_tagger_first(word, found):
    assert before_earlier(*word) is found


# session 13: status.beside_participle reads "Бывший" (the participle of "быть" tagged an
# adjective), so "ранее" is the participle's time, not the next post's (the minister's post is
# no row: another family)
def test_earlier_of_a_participle_before_the_copula(parse):
    text = "Бывший ранее министром здравоохранения Иван Петров стал начальником штаба."
    assert ("Иван Петров", "начальник штаба", "начальником штаба", None, "current") in rows(
        parse(text)
    )

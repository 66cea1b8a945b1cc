"""What a fact measures: the head noun (``subject``) and its noun phrase (``subject_text``).

Pure functions over a parsed sentence (``token.head``, ``token.dep_``, lemmas, POS):

- :func:`subject_token`: the noun the fact measures, from the right clause: first by the
  form of the words (the agreeing subject of the amount's verb of measure,
  :mod:`ruextract.facts.agreement`; the noun before it; brackets and dashes), then by the
  parse;
- :func:`respectively`: "капуста, огурцы и перец подорожали на 353%, 544% и 654%
  соответственно" gives each amount its own noun of the list;
- :func:`phrase`: the noun phrase around a subject, as written.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from ruextract.facts.agreement import (
    CLAUSE_OPENERS,
    CLAUSE_STOPS,
    CONTENT_POS,
    MAX_REACH,
    can_be_subject_of,
    features,
    first_clause_verb,
    governed,
    is_finite,
    participle_noun,
    subject_of,
    verb_before,
)
from ruextract.facts.clause import (
    CHANGE_WORDS,
    DASHES,
    DIFFERENCE_WORDS,
    OBJECT_IS_CHANGE,
    PER_ITEMS,
    PER_TIME,
    clause,
    word_after,
    words_before,
)
from ruextract.grammars.money import CURRENCY_WORDS
from ruextract.grammars.quantity import UNIT_ABBREVIATIONS, UNIT_WORDS

SUBJECT_RELATIONS = ("nsubj", "nsubj:pass")
# verbs whose grammatical subject is what the number measures ("Товарооборот составил X",
# "Инфляция замедлилась до X"); with other verbs the subject is an actor ("Россия поставила
# X", "Фонд инвестировал X"), and what is measured is the verb's object ("сохранил ставку на
# уровне 16%", "продаёт долю за X") or the noun the amount counts ("3,5 млрд кубометров газа")
MEASURE_VERBS = frozenset(
    {"составить", "составлять", "достичь", "достигнуть", "достигать", "превысить",
     "превышать", "вырасти", "расти", "возрасти", "увеличиться", "увеличиваться",
     "сократиться", "сокращаться", "снизиться", "снижаться", "упасть", "падать",
     "уменьшиться", "уменьшаться", "замедлиться", "замедляться", "ускориться", "ускоряться",
     "остаться", "оставаться", "равняться", "насчитывать", "стоить", "обойтись",
     "оцениваться", "потребоваться", "подорожать", "подешеветь", "дорожать", "дешеветь",
     "прибавить", "потерять", "опуститься", "подняться", "повыситься", "понизиться", "выйти",
     "обвалиться", "подскочить", "взлететь", "просесть", "исчисляться", "находиться"}
)  # fmt: skip
# for a count, only these say their subject is what is counted ("Явка составила 5 171 666
# человек"); "коалиция потеряла семь мандатов" counts mandates, not coalitions
COPULAS = frozenset(
    {"составить", "составлять", "достичь", "достигнуть", "достигать", "превысить",
     "превышать", "насчитывать", "равняться", "оцениваться", "исчисляться"}
)  # fmt: skip
OBJECT_RELATIONS = ("obj",)
# units of measure whose genitive is the substance measured ("5 млрд кубометров газа")
MEASURE_UNITS = frozenset(UNIT_WORDS) | frozenset(UNIT_ABBREVIATIONS) | {"кубометр", "куб"}
PENALTY_VERBS = frozenset({"оштрафовать", "штрафовать", "наказать", "обязать"})
PRICE_NOUNS = frozenset({"цена", "стоимость", "тариф"})
CLOSING_QUOTES = frozenset({"»", '"', "”", "“"})
OPENING_QUOTES = frozenset({"«", '"', "“", "„"})
# nouns of time before an amount are dates, not what the amount names ("в 2016 году 854 рубля")
TIME_NOUNS = frozenset({"год", "месяц", "день", "неделя", "квартал", "час", "сутки", "лето"})
COUNTED_RELATIONS = ("nmod",)
# nouns of measure without content (amounts, prices, dimensions; data/gold/facts.md): what
# they measure is their genitive ("объем инвестиций" → инвестиция, "цена лота" → лот);
# without one they are looked past ("штрафа в размере 5 млн") or give no subject ("Её
# стоимость составит 702 млн")
MEASURE_NOUNS = frozenset(
    {"объем", "объём", "уровень", "размер", "сумма", "величина", "итог", "отметка", "диапазон",
     "показатель", "значение", "темп", "количество", "число", "ставка", "результат", "цена",
     "стоимость", "протяженность", "площадь", "длина", "высота", "скорость",
     "расчет"}
)  # fmt: skip
# currency words and what follows them in a currency name ("долларов США", "фунтов
# стерлингов"): never what is measured
CURRENCY_NOUNS = frozenset(noun for _, noun in CURRENCY_WORDS) | {"стерлинг", "цент", "копейка"}
MULTIPLIERS = frozenset({"тысяча", "тыс", "миллион", "млн", "миллиард", "млрд", "триллион", "трлн"})
NOT_SUBJECTS = CURRENCY_NOUNS | MULTIPLIERS | {"процент"}
# verbs of transfer: their actor (who paid, sold, received) is never what is measured; an
# amount that is their object measures what it was paid for ("на", "за"); an amount that is
# their oblique ("за X", "в X") measures their object
TRANSFER_VERBS = frozenset(
    {"купить", "покупать", "продать", "продавать", "приобрести", "приобретать", "получить",
     "получать", "заплатить", "платить", "потратить", "тратить", "выплатить", "выплачивать",
     "инвестировать", "вложить", "вкладывать", "выделить", "выделять", "направить",
     "отдать", "собрать", "собирать", "привлечь", "отсудить", "заработать", "выручить",
     "пожертвовать", "перечислить", "оценить", "оценивать", "присвоить", "похитить",
     "украсть", "предложить", "просить", "запросить", "потребовать", "взыскать",
     "выставить", "выставлять"}
)  # fmt: skip
# verbs that offer a thing for a price: in the passive, their subject is what is sold
# ("Квартира выставлена на продажу за £1,2 млн")
SALE_VERBS = frozenset({"продаваться", "предлагаться"})
# nouns of a deal: "покупка сервиса за 1,1 млрд" (what the deal was for follows them)
TRANSFER_NOUNS = frozenset(
    {"покупка", "продажа", "приобретение", "поглощение", "выкуп", "сделка", "аренда"}
)
# verbs of valuing: "оценил состояние предпринимателя в 17,6 млрд" (what was valued)
VALUE_VERBS = frozenset({"оценить", "оценивать"})
# verbs of spending: in the passive, what the money went to follows "на"
SPEND_VERBS = frozenset(
    {"потратить", "тратить", "выделить", "выделять", "направить", "вложить", "вкладывать",
     "инвестировать", "израсходовать", "расходовать", "затратить"}
)  # fmt: skip
# verbs of investing: what the money went to follows "в" as well ("вложит $3 млрд в проект")
INVEST_VERBS = frozenset({"вложить", "вкладывать", "инвестировать"})
# verbs whose "в" + accusative is where something is put: "внёс поправки в 22 закона"
INTO_VERBS = frozenset(
    {"внести", "вносить", "вложить", "вкладывать", "инвестировать", "включить", "включать",
     "ввести", "вводить", "добавить", "добавлять", "направить", "направлять", "отправить",
     "отправлять", "перевести", "переводить", "превратить", "превращать", "поместить"}
)  # fmt: skip
# verbs of winning money by a claim: "за" says what for, not what was bought
CLAIM_VERBS = frozenset({"отсудить", "взыскать", "взыскивать"})
# verbs of a thing going for a price: "ушла с молотка за 140 тысяч евро"
GONE_VERBS = frozenset({"уйти", "уходить"})
# verbs of money going to a purpose: "$600 млн пойдут на создание центра"
GO_VERBS = frozenset({"пойти", "идти", "уйти", "уходить", "приходиться", "прийтись"})
# nouns of measure of "на уровне X", "в размере X": with a passive verb of setting, its
# subject is what was set ("МРОТ установлен на уровне 2,9 тыс. руб")
SET_AT_NOUNS = frozenset({"уровень", "размер", "отметка"})
# prepositions whose noun an amount right after it is the value of ("при прибыли 1,2 млрд")
WITH_PREPOSITIONS = frozenset({"при", "с", "со"})
# nouns of a price or dimension that, in the instrumental, describe the noun before them
# ("дом стоимостью 8,1 млн долларов", "поросенка весом до 37 кг")
DESCRIBING_NOUNS = frozenset(
    {"стоимость", "цена", "вес", "масса", "площадь", "длина", "высота", "объем", "мощность",
     "протяженность", "глубина"}
)  # fmt: skip
# prepositions that put an amount in a phrase of its own (not qualifiers: "около", "до")
CASE_PREPOSITIONS = frozenset({"на", "в", "во", "за", "из", "с", "со", "от", "по", "при", "к"})
# nouns of compound prepositions ("в течение", "в ходе", "в рамках"): never a purpose
PREPOSITION_NOUNS = frozenset({"течение", "ход", "рамка", "вид", "качество", "связь", "счет"})
# words a noun phrase is made of (no clauses, no verbs)
PHRASE_RELATIONS = frozenset(
    {"amod", "nmod", "case", "det", "flat", "flat:name", "flat:foreign", "compound", "nummod",
     "fixed", "appos", "nummod:gov"}
)  # fmt: skip
PHRASE_EDGE_POS = frozenset({"ADP", "CCONJ", "PUNCT", "SCONJ", "SPACE"})


def fold(text: str) -> str:
    """Lower case, ё as е: how subjects are compared."""
    return text.lower().replace("ё", "е")


VERB_LEMMA_ENDINGS = ("ть", "ться", "ти", "тись", "чь", "чься")


def subject_lemma(token: Token) -> str:
    """The subject as a lemma: a participle used as a noun keeps its own nominative
    ("число приглашённых" → приглашённый, not the verb пригласить)."""
    lemma = fold(token.lemma_)
    if token.pos_ not in CONTENT_POS or not lemma.endswith(VERB_LEMMA_ENDINGS):
        return lemma
    from ruextract import models

    for parse in models.morph_analyzer().parse(token.text.lower()):
        if parse.tag.POS in ("PRTF", "ADJF"):
            form = parse.inflect({"nomn", "sing", "masc"})
            if form is not None:
                return fold(form.word)
    return lemma


def is_currency(token: Token) -> bool:
    """A currency word or multiplier, or a word of a currency's name ("США" in "долларов
    США")."""
    if fold(token.lemma_) in NOT_SUBJECTS:
        return True
    return token.head.i != token.i and fold(token.head.lemma_) in CURRENCY_NOUNS


def _outside(token: Token, span: Span) -> bool:
    return not (span.start <= token.i < span.end)


def genitive(token: Token, span: Span) -> Token | None:
    """The genitive noun dependent of ``token`` outside ``span`` ("объем инвестиций")."""
    for child in token.children:
        if (
            child.dep_ in COUNTED_RELATIONS
            and child.pos_ in CONTENT_POS
            and _outside(child, span)
            and not is_currency(child)
            and not any(c.dep_ == "case" for c in child.children)
        ):
            return child
    return None


def in_form_of(token: Token, span: Span) -> Token | None:
    """The noun of "в виде" after ``token`` ("наказание в виде штрафов" → штрафов): what
    the thing consists of is what is measured."""
    for child in token.children:
        if child.dep_ != "nmod" or child.pos_ not in CONTENT_POS or not _outside(child, span):
            continue
        for case in child.children:
            if (
                case.dep_ == "case"
                and case.lower_ == "в"
                and any(f.lemma_ == "вид" for f in case.children)
            ):
                return child
    return None


def content(token: Token, span: Span) -> Token | None:
    """What a noun stands for: a noun of measure hands over to its genitive ("объем
    инвестиций" → инвестиций); one without a genitive gives None (look further)."""
    for _ in range(3):
        form = in_form_of(token, span)
        if form is not None:
            # "наказание в виде штрафов" → штрафов
            token = form
            continue
        if token.pos_ == "NOUN" and fold(token.lemma_) in CHANGE_WORDS:
            # "70-процентное увеличение выручки" → выручки: what changed
            changed = genitive(token, span)
            if changed is None:
                return token
            token = changed
            continue
        if fold(token.lemma_) not in MEASURE_NOUNS:
            return token
        found = genitive(token, span)
        if found is None and fold(token.lemma_) in PRICE_NOUNS:
            # "цены на бензин" → бензин
            found = next(
                (
                    child
                    for child in token.children
                    if child.dep_ == "nmod"
                    and child.pos_ in CONTENT_POS
                    and _outside(child, span)
                    and any(c.dep_ == "case" and c.lower_ == "на" for c in child.children)
                ),
                None,
            )
        if found is None:
            return None
        token = found
    return token


def antecedent(relative: Token) -> Token | None:
    """The noun a relative "который" stands for: the noun its clause is attached to, or, when
    they disagree in gender or number, the noun that one depends on ("строительство
    набережной, которое …" → строительство)."""
    verb = relative.head
    if not verb.dep_.startswith("acl"):
        return None
    noun = verb.head
    want = (relative.morph.get("Gender"), relative.morph.get("Number"))
    for _ in range(2):
        have = (noun.morph.get("Gender"), noun.morph.get("Number"))
        agrees = all(not w or not h or w == h for w, h in zip(want, have, strict=True))
        if agrees or noun.dep_ != "nmod" or noun.head.pos_ not in CONTENT_POS:
            break
        noun = noun.head
    return noun


def is_abbreviation(token: Token) -> bool:
    """A short lower-case word cut with a full stop ("ст. 159", "ч. 4"): a reference, never
    what is measured."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        len(token.text) <= 3
        and token.text.islower()
        and following is not None
        and following.text == "."
    )


def _candidate(token: Token | None, span: Span) -> Token | None:
    """``token`` as a subject: a content noun outside the fact, no currency, past measure
    nouns; a relative "который" stands for the noun its clause is attached to
    ("строительство …, которое обойдется в 1,5 млрд руб." → строительство)."""
    if token is not None and token.lemma_ == "который":
        token = antecedent(token)
    if token is None or token.pos_ not in CONTENT_POS or not _outside(token, span):
        return None
    if is_currency(token) or is_abbreviation(token) or fold(token.lemma_) in TIME_NOUNS:
        # a noun of time dates an amount, it is not what is measured ("собрал более £30 млн
        # дня врачей")
        return None
    return content(token, span)


def _dependent(head: Token, relations: tuple[str, ...], span: Span) -> Token | None:
    """The first content noun outside ``span`` attached to ``head`` by one of ``relations``;
    a subject only when its form can be one: not an oblique case, agreeing with a finite
    verb ("После заявления Джобса … акции компании упали": акции, not Джобса)."""
    for child in head.children:
        if child.dep_ in relations:
            if child.dep_ in SUBJECT_RELATIONS and not can_be_subject_of(child, head):
                continue
            found = _candidate(child, span)
            if found is not None:
                return found
    return None


def _oblique(head: Token, prepositions: frozenset[str], span: Span) -> Token | None:
    """A noun attached to ``head`` with one of ``prepositions`` ("потрачено … на церемонию");
    not past a comma after the amount ("помешавшее привлечь два миллиарда рублей, на
    средства массовой информации": the comma closes the amount's clause)."""
    for child in head.children:
        if child.i > span.end and any(t.text == "," for t in span.doc[span.end : child.i]):
            continue
        if child.dep_.startswith("obl") and any(
            c.dep_ == "case" and c.lower_ in prepositions for c in child.children
        ):
            found = _candidate(child, span)
            if found is not None:
                return found
    return None


def is_nominative(token: Token) -> bool:
    """True when the parse reads ``token`` as nominative."""
    return "Nom" in token.morph.get("Case")


def subject_left_of(verb: Token, span: Span) -> Token | None:
    """:func:`~ruextract.facts.agreement.subject_of` ``verb`` as a subject of ``span``."""
    return _candidate(subject_of(verb), span)


def spent_on(verb: Token, span: Span) -> Token | None:
    """The accusative noun after "на" (after "в" too for a verb of investing) in the clause
    of a verb of spending, before the verb or after the amount: "на свадебную церемонию …
    было потрачено 74 млн" → церемонию, "вложит $3 млрд в проект" → проект."""
    doc = span.doc
    sent = span.sent
    prepositions = {"на", "в"} if verb.lemma_ in INVEST_VERBS else {"на"}
    before = range(verb.i - 1, max(sent.start, verb.i - 2 * MAX_REACH) - 1, -1)
    after = range(max(span.end, verb.i + 1), min(sent.end, max(span.end, verb.i) + MAX_REACH))
    for stretch in (before, after):
        for i in stretch:
            token = doc[i]
            if token.text in CLAUSE_STOPS or token.lower_ in CLAUSE_OPENERS:
                break
            if token.lower_ not in prepositions:
                continue
            j = i + 1
            # "На «проведение капитального ремонта …»": a quoted name of the purpose
            while j < sent.end and (doc[j].pos_ in ("ADJ", "DET") or doc[j].text in OPENING_QUOTES):
                j += 1
            if j >= sent.end or fold(doc[j].lemma_) in PREPOSITION_NOUNS | TIME_NOUNS:
                # "в течение десяти лет", "в 2015 году": a time, not a purpose
                continue
            if doc[j].pos_ == "NOUN" and "Acc" in features(doc[j])[0]:
                return _candidate(doc[j], span)
    return None


def clause_verb_after(span: Span) -> Token | None:
    """The first verb after the amount in its clause ("200 млн руб. администрация тратила
    на реставрацию" → тратила), not past a comma, a clause opener or a bracket."""
    return first_clause_verb(span.doc, range(span.end, min(span.sent.end, span.end + MAX_REACH)))


def set_at(span: Span) -> Token | None:
    """What a passive verb of setting set at the amount, by agreement: "МРОТ установлен на
    уровне 2,9 тыс. руб" → МРОТ ("ставка" hands over to its genitive, or gives none)."""
    before = words_before(span, 3)
    if len(before) < 3 or fold(before[0].lemma_) not in SET_AT_NOUNS:
        return None
    verb = verb_before(span)
    if before[1].lower_ not in ("на", "в") or verb is None or verb.i != before[2].i:
        # "приговорён … к штрафу в размере 500 тыс. юаней": the level of a noun, not of
        # what the verb set
        return None
    if "Pass" not in verb.morph.get("Voice"):
        return None
    return subject_left_of(verb, span)


def spent_for(span: Span) -> Token | None:
    """What an amount of money was spent on or invested in, whatever the voice of the verb
    of spending before or after it ("инвестировать $3 млрд на проект", "вложит $3 млрд в
    проект", "200 млн руб. администрация тратила на реставрацию", "$600 млн пойдут на
    создание центра"), or "на" + accusative right after it in a headline with no verb ("3,3
    миллиарда рублей на реставрацию фонтанов"); None without such a verb or without "на"/"в"
    + accusative."""
    before = words_before(span, 1)
    governed_amount = span[0].lower_ in CASE_PREPOSITIONS or (
        bool(before) and before[0].lower_ in CASE_PREPOSITIONS
    )
    # "из кредитов на 17 млрд рублей 12 млрд приходится на займы": an amount in a
    # prepositional phrase is no subject of the verb after it
    after = None if governed_amount else clause_verb_after(span)
    for verb in (verb_before(span), after):
        if verb is not None and verb.lemma_ in SPEND_VERBS | GO_VERBS:
            return spent_on(verb, span)
    if not any(t.pos_ in ("VERB", "AUX") for t in span.sent):
        # a headline with no verb: "3,3 миллиарда рублей на реставрацию фонтанов на ВДНХ"
        doc = span.doc
        after = word_after(span)
        if after is not None and after.lower_ == "на":
            j = after.i + 1
            while j < span.sent.end and doc[j].pos_ in ("ADJ", "DET"):
                j += 1
            if (
                j < span.sent.end
                and doc[j].pos_ == "NOUN"
                and "Acc" in features(doc[j])[0]
                and fold(doc[j].lemma_) not in PER_ITEMS | PER_TIME
            ):
                # attached to the currency word, it is no word of its name ("60 долларов на
                # баррель": a denominator, not a purpose)
                return content(doc[j], span)
    return None


# personal pronouns that stand for a thing measured earlier ("МРОТ … С 1 июля он возрастет
# до 3,1 тыс. руб")
THIRD_PERSON = frozenset({"он", "она", "оно", "они"})


def pronoun_subject(span: Span) -> Token | None:
    """The third-person pronoun that is the subject of the amount's verb of measure or change
    ("он возрастет до 3,1 тыс. руб" → он), by the form of the words; else None."""
    verb = verb_before(span)
    if verb is None or (verb.lemma_ not in MEASURE_VERBS and verb.lemma_ not in CHANGE_WORDS):
        return None
    doc = span.doc
    for i in range(verb.i - 1, max(verb.sent.start, verb.i - MAX_REACH) - 1, -1):
        token = doc[i]
        if token.text in CLAUSE_STOPS or token.lower_ in CLAUSE_OPENERS or is_finite(token):
            return None
        if token.pos_ == "PRON" and token.lower_ in THIRD_PERSON:
            return token
        if token.pos_ in CONTENT_POS and "Nom" in features(token)[0]:
            return None
    return None


def pronoun_agrees(pronoun: Token, noun: Token) -> bool:
    """True when ``noun`` has the number (and, in the singular, the gender) of ``pronoun``."""
    _, numbers, genders = features(noun)
    number = pronoun.morph.get("Number")
    if number and numbers and not set(number) & set(numbers):
        return False
    gender = pronoun.morph.get("Gender")
    return not (number == ["Sing"] and gender and genders and not set(gender) & set(genders))


def changed_object(verb: Token, span: Span) -> Token | None:
    """The accusative noun between a transitive verb of change and the amount, not in a
    prepositional phrase: "довести уровень инфляции до 2 %" → уровень → инфляции."""
    doc = span.doc
    for token in doc[verb.i + 1 : span.start]:
        if (
            token.pos_ == "NOUN"
            and "Acc" in features(token)[0]
            and not governed(token)
            and "Gen" not in token.morph.get("Case")
        ):
            return _candidate(token, span)
    return None


def measured_by_verb(span: Span) -> Token | None:
    """What the verb of the amount says is measured, by the form of the words (no
    dependency arcs): the agreeing subject of a verb of measure ("акции компании упали на
    7%"), of a passive verb of sale ("Квартира … выставлена на продажу за £1,2 млн"), or of
    the finite verb a converb depends on ("упали на 7%, опустившись до 357,4 доллара"); the
    noun a participle of measure agrees with ("доход, превышающий 1 миллион евро")."""
    verb = verb_before(span)
    if verb is None:
        return None
    lemma = verb.lemma_
    if lemma in CHANGE_WORDS and lemma not in MEASURE_VERBS and lemma not in DIFFERENCE_WORDS:
        # "довести уровень годовой инфляции в Японии до 2 %": what the verb changes is its
        # accusative object between it and the amount
        return changed_object(verb, span)
    passive_sale = lemma in TRANSFER_VERBS | SALE_VERBS and "Pass" in verb.morph.get("Voice")
    before = words_before(span, 1)
    if lemma in GONE_VERBS and before and before[0].lower_ == "за":
        # "Рукопись Анны Франк ушла с молотка за 140 тысяч евро": what went for the price
        return subject_left_of(verb, span) or _dependent(verb, SUBJECT_RELATIONS, span)
    if lemma not in MEASURE_VERBS and not passive_sale:
        return None
    form = verb.morph.get("VerbForm")
    if "Part" in form and "Short" not in verb.morph.get("Variant"):
        return _candidate(participle_noun(verb), span)
    if passive_sale and lemma in SPEND_VERBS:
        # "на свадебную церемонию … было потрачено 74 млн": what it was spent on
        return subject_left_of(verb, span) or spent_on(verb, span)
    if "Conv" in form:
        doc = span.doc
        for i in range(verb.i - 1, max(verb.sent.start, verb.i - MAX_REACH) - 1, -1):
            if is_finite(doc[i]) and doc[i].pos_ in ("VERB", "AUX"):
                if doc[i].lemma_ in MEASURE_VERBS:
                    return subject_left_of(doc[i], span)
                return None
        return None
    return subject_left_of(verb, span)


def past_relative_clause(token: Token) -> Token | None:
    """The word before a relative clause that ends at ``token`` (its closing comma or last
    word): "а смартфон, в котором он установлен, — 20 тысяч" → смартфон; None when no
    "который" clause ends there."""
    doc = token.doc
    i = token.i - 1 if token.text == "," else token.i
    while i > token.sent.start and doc[i].text != ",":
        if doc[i].text in CLAUSE_STOPS or doc[i].text in DASHES:
            return None
        i -= 1
    if i <= token.sent.start or not any(t.lemma_ == "который" for t in doc[i : token.i]):
        return None
    return doc[i - 1]


def elided_noun(span: Span) -> tuple[bool, Token | None]:
    """ "помидоры — на 26,9%": whether the amount follows a dash of an elided verb, and the
    nominative noun before the dash that it measures (None: "в 2017 году — 1809 рублей",
    "исполнителям — 30 %": the subject is not that word)."""
    before = words_before(span, 3)
    if before and before[0].lower_ in ("на", "до"):
        before = before[1:]
    if len(before) < 2 or before[0].text not in DASHES:
        return False, None
    token = before[1]
    if token.pos_ in ("ADV", "VERB", "AUX") or "Cmp" in token.morph.get("Degree"):
        # "стоила уже на порядок дешевле — около 20 млн": a pause after a whole clause
        return False, None
    token = past_relative_clause(token) or token
    while token.head.i != token.i and token.head.i < token.i and token.head.pos_ in CONTENT_POS:
        token = token.head
    said = any(
        t.lemma_ in MEASURE_VERBS or t.lemma_ in CHANGE_WORDS
        for t in span.doc[span.sent.start : span.start]
    )
    if not is_nominative(token) or not said:
        # "Клуб, закончивший чемпионат на четвёртом месте, — 263 млн": no verb of measure
        # says that the club is what is measured
        return True, None
    return True, _candidate(token, span)


def _modifier(token: Token) -> bool:
    """An adjective, determiner or participle ("назначенной общей суммы"), or a repeated
    percent word ("95 % процентов голосов")."""
    return (
        token.pos_ in ("ADJ", "DET")
        or "Part" in token.morph.get("VerbForm")
        or token.lemma_ == "процент"
    )


def transfer_object(span: Span) -> Token | None:
    """What changed hands for money after "за" when the parse misses it: "продать «Роме»
    армянского полузащитника Мхитаряна за £22 млн" → полузащитника (the first accusative
    after the verb of transfer), "получить за Мхитаряна более $27 млн" → Мхитаряна."""
    before = words_before(span, 3)
    if len(before) == 3 and before[1].lower_ == "за" and before[2].lemma_ in TRANSFER_VERBS:
        return _candidate(before[0], span)
    if not before or before[0].lower_ not in ("за", "в"):
        return None
    doc = span.doc
    for i in range(before[0].i - 1, span.sent.start - 1, -1):
        if before[0].lower_ == "за" and doc[i].pos_ == "NOUN" and doc[i].lemma_ in TRANSFER_NOUNS:
            # "за покупку сервиса микроблогов Tumblr за 1,1 млрд", "от поглощения BSkyB за 12
            # млрд": what the deal was for is the genitive after its noun
            # ("выставило квартиру на продажу за £1,2 млн": no genitive, the verb's object)
            following = doc[i + 1 : before[0].i]
            found = next(
                (
                    _candidate(t, span)
                    for t in following
                    if t.pos_ in CONTENT_POS
                    # a foreign name has no case: "поглощения BSkyB"
                    and ("Gen" in t.morph.get("Case") or not t.morph.get("Case"))
                ),
                None,
            )
            if found is not None:
                return found
        if doc[i].lemma_ in TRANSFER_VERBS and doc[i].pos_ in ("VERB", "AUX"):
            if before[0].lower_ == "в" and doc[i].lemma_ not in VALUE_VERBS:
                # "вложил в проект": "в" is an amount's place only with a verb of valuing
                return None
            for token in doc[i + 1 : before[0].i]:
                cases = set(token.morph.get("Case"))
                animate_accusative = "Gen" in cases and "Anim" in token.morph.get("Animacy")
                if token.pos_ in CONTENT_POS and ("Acc" in cases or animate_accusative):
                    return _candidate(token, span)
            return None
        if doc[i].pos_ in ("VERB", "AUX"):
            return None
    return None


def after_percent(span: Span, with_from: bool) -> Token | None:
    """The whole a percentage is a part of: the genitive right after it ("54,42 %
    избирателей", "24,2 процентами голосов") or its "от" phrase ("15 % от общего объёма
    собранных средств" → средств)."""
    doc = span.doc
    i = span.end
    end = span.sent.end
    while i < end and (doc[i].is_space or _modifier(doc[i])):
        i += 1
    if i < end and doc[i].lower_ == "от":
        if not with_from:
            return None
        i += 1
        while i < end and (doc[i].is_space or _modifier(doc[i])):
            i += 1
    elif i < end and "Gen" not in doc[i].morph.get("Case"):
        return None
    if i < end and doc[i].pos_ in CONTENT_POS:
        return _candidate(doc[i], span)
    return None


def whole_of_verb(span: Span) -> Token | None:
    """The whole of a percentage that is its verb's subject: the verb's "с" / "от" phrase
    in the genitive ("1 % взимается с цены смартфона" → смартфон)."""
    verb = span.root.head
    for child in verb.children:
        if (
            child.dep_.startswith("obl")
            and "Gen" in child.morph.get("Case")
            and any(c.dep_ == "case" and c.lower_ in ("с", "со", "от") for c in child.children)
        ):
            return _candidate(child, span)
    return None


def apposed_noun(span: Span, parse_says_noun: bool) -> Token | None:
    """The noun an amount is apposed to with "в" / "на": "штрафа в размере 100 тысяч",
    "на сумму" (past the noun of measure, always); "с избирательным барьером в 5 %",
    "кредита на 78 млрд" when the parse makes the amount modify a noun (it often picks a
    farther one), "разделят награду в 9 млн" when the noun is the object of the amount's verb;
    quotes and particles before the amount are looked past ("ущерб на сумму «чуть больше 1
    млн рублей»")."""
    before = [
        t
        for t in words_before(span, 6)
        if t.text not in OPENING_QUOTES and t.pos_ not in ("ADV", "PART")
    ][:4]
    if (
        len(before) >= 3
        and fold(before[0].lemma_) in MEASURE_NOUNS
        and before[1].lower_ in ("в", "на")
        and before[2].pos_ == "NOUN"
    ):
        # "штрафа в размере 100 тысяч рублей"
        return _candidate(before[2], span)
    if len(before) < 2 or before[0].lower_ not in ("в", "на") or before[1].pos_ not in CONTENT_POS:
        return None
    if fold(before[1].lemma_) in MEASURE_NOUNS:
        # "в размере 5 млн": the noun before "в размере"
        if len(before) == 4 and before[2].lower_ in ("в", "на") and before[3].pos_ == "NOUN":
            return _candidate(before[3], span)
        return None
    sibling_object = before[1].dep_ == "obj" and before[1].head.i == span.root.head.i
    # "под залог в 1 миллион": a noun in a prepositional phrase right before "в" + the
    # amount is what the amount qualifies, whatever the parse attached it to
    in_phrase = before[0].lower_ == "в" and governed(before[1])
    if parse_says_noun or sibling_object or in_phrase:
        return _candidate(phrase_head(before[1]), span)
    return None


def phrase_head(token: Token) -> Token:
    """The noun a prepositional modifier ending in ``token`` hangs on: "иск о защите деловой
    репутации на 500 тысяч" → иск; else ``token`` ("пакет акций компании", "барьером в
    5 %" with its own preposition)."""

    def attached(node: Token) -> bool:
        head = node.head
        return node.dep_ == "nmod" and head.i < node.i and head.pos_ in CONTENT_POS

    def has_case(node: Token) -> bool:
        return any(c.dep_ == "case" for c in node.children)

    node = token
    for _ in range(4):
        if not attached(node) or has_case(node):
            break
        node = node.head
    if node.i != token.i and has_case(node) and attached(node):
        return node.head
    return token


# nouns of action (хищение, отмывание, взятие): their object follows in the genitive
VERBAL_NOUN_ENDINGS = ("ние", "тие")


def after_with(noun: Token) -> bool:
    """True when "при" / "с" governs ``noun`` (only adjectives between): "при чистой прибыли
    1,2 млрд", "с оборотом 650 млн" (the amount is the value of that noun)."""
    doc = noun.doc
    i = noun.i - 1
    while i >= noun.sent.start and doc[i].pos_ in ("ADJ", "DET"):
        i -= 1
    return i >= noun.sent.start and doc[i].lower_ in WITH_PREPOSITIONS


def named_before(span: Span) -> Token | None:
    """A common noun right before a money or percent amount names it: "отчисление 1 %",
    "«премию» более 17 тысяч гривен", "штраф 5000 рублей" (nominative or accusative, not a
    date word), "при чистой прибыли 1,2 млрд долларов" (after "при" / "с")."""
    before = [t for t in words_before(span, 3) if t.text not in CLOSING_QUOTES]
    if not before or before[0].pos_ != "NOUN" or fold(before[0].lemma_) in TIME_NOUNS:
        return None
    cases = before[0].morph.get("Case")
    verbal = fold(before[0].lemma_).endswith(VERBAL_NOUN_ENDINGS) and span.label_ == "money"
    if not ({"Nom", "Acc"} & set(cases)) and not verbal and not after_with(before[0]):
        # a noun of action takes its object in the genitive in any case of its own: "в
        # хищении 15 миллионов долларов", "в отмывании 55 миллионов фунтов"
        return None
    return _candidate(before[0], span)


def described_by(span: Span) -> Token | None:
    """The noun a dimension or price in the instrumental describes: "дом стоимостью 8,1 млн
    долларов" → дом, "поросенка весом до 37 кг" → поросенка; past a prepositional phrase on
    that noun ("дом с восемью спальными комнатами стоимостью …" → дом: the rooms are an
    attribute of the house, as the price is)."""
    before = words_before(span, 1)
    if not before:
        return None
    measure = before[0]
    if (
        fold(measure.lemma_) not in DESCRIBING_NOUNS
        or "Ins" not in measure.morph.get("Case")
        or any(c.dep_ == "case" for c in measure.children)
    ):
        return None
    noun = measure.head
    if noun.i >= measure.i or noun.pos_ not in CONTENT_POS:
        return None
    for _ in range(4):
        head = noun.head
        if head.i >= noun.i:
            break
        if noun.dep_ == "conj" and head.pos_ in CONTENT_POS:
            # "бриллиантами и жемчугом стоимостью …": the list as a whole
            noun = head
        elif noun.dep_.startswith("obl") and is_full_participle(head):
            # "корону …, украшенную бриллиантами … стоимостью миллион долларов": what the
            # participle describes (the noun before it that agrees with it)
            described = participle_noun(head)
            if described is None:
                break
            noun = described
        elif noun.dep_ == "nmod" and any(c.dep_ == "case" for c in noun.children):
            if head.pos_ not in CONTENT_POS:
                break
            noun = head
        else:
            break
    return _candidate(noun, span)


def counted_in(span: Span) -> Token | None:
    """The noun a count after "в" gives the size of: "имеет необходимую поддержку в 101
    голос" → поддержку (a common noun right before "в"; not a place, "в 100 школах", where
    the counted noun is in the locative, nor where the verb puts something into what is
    counted: "внёс поправки в 22 федеральных закона")."""
    before = words_before(span, 2)
    if len(before) < 2 or before[0].lower_ != "в" or before[1].pos_ != "NOUN":
        return None
    verb = verb_before(span)
    if verb is not None and verb.lemma_ in INTO_VERBS:
        return None
    if fold(before[1].lemma_) in TIME_NOUNS or {"Loc", "Dat", "Ins"} & set(
        span.root.morph.get("Case")
    ):
        return None
    return _candidate(before[1], span)


def is_full_participle(token: Token) -> bool:
    """A full (not short) participle: "украшенную"."""
    return "Part" in token.morph.get("VerbForm") and "Short" not in token.morph.get("Variant")


def as_what(verb: Token, span: Span) -> Token | None:
    """What money was paid as: "заплатили в качестве взяток почти 30 миллионов" → взяток
    (an oblique of the verb with "в качестве" / "в виде")."""
    for child in verb.children:
        if not child.dep_.startswith("obl"):
            continue
        for case in child.children:
            if case.dep_ == "case" and case.lower_ == "в":
                if any(f.lemma_ in ("качество", "вид") for f in case.children):
                    return _candidate(child, span)
    return None


def sum_of(span: Span) -> Token | None:
    """The noun that "на (общую) сумму" follows: "обналичила кредитные карты на общую сумму
    около 85 тысяч долларов" → карты, "долгах местных предприятий на общую сумму" → долгах
    (past its genitive dependents), "кредите в виде покупки евробондов на сумму" →
    кредите (past "в виде"), "к конфискации имущества на сумму в один миллион долларов" →
    конфискации (past "в"); None after a verb ("штрафовать на суммы от 3 до 5 тыс.")."""
    doc = span.doc
    start = span.sent.start
    i = span.start - 1
    if i > start and doc[i].lower_ == "в":
        i -= 1
    if i < start or fold(doc[i].lemma_) != "сумма":
        return None
    i -= 1
    while i >= start and doc[i].pos_ in ("ADJ", "DET"):
        i -= 1
    if i < start or doc[i].lower_ != "на":
        return None
    i -= 1
    while i >= start:
        token = doc[i]
        if token.lower_ == "виде" and i - 1 >= start and doc[i - 1].lower_ == "в":
            i -= 2
            continue
        if token.pos_ in ("ADJ", "DET", "NOUN", "PROPN") and token.morph.get("Case") == ["Gen"]:
            i -= 1
            continue
        break
    if i < start or doc[i].pos_ not in ("NOUN", "PROPN"):
        return None
    return _candidate(doc[i], span)


def in_form_after(span: Span) -> Token | None:
    """What money came as, "в виде" + noun later in its clause: "50-70 млн рублей город
    получал в виде налогов" → налогов."""
    doc = span.doc
    end = min(span.sent.end, span.end + MAX_REACH)
    for i in range(span.end, end - 2):
        token = doc[i]
        if token.text in CLAUSE_STOPS or token.text == "," or token.lower_ in CLAUSE_OPENERS:
            return None
        if token.lower_ == "в" and doc[i + 1].lower_ == "виде":
            j = i + 2
            while j < span.sent.end and doc[j].pos_ in ("ADJ", "DET"):
                j += 1
            if j < span.sent.end and doc[j].pos_ == "NOUN":
                return _candidate(doc[j], span)
            return None
    return None


def each_of(span: Span) -> Token | None:
    """Money after "по" right after a noun is the amount of each: "получил два платежа по
    11 250 долларов" → платежа; "по 375 долларов за тысячу кубометров" (no noun) → None."""
    before = words_before(span, 2)
    if len(before) < 2 or before[0].lower_ != "по" or before[1].pos_ != "NOUN":
        return None
    return _candidate(before[1], span)


def genitive_after(span: Span) -> Token | None:
    """A common noun in the genitive right after money: "выплатить 17,8 млн долларов
    компенсации" → компенсации (not a name: "долларов США"; the parse may attach it to the
    verb in a headline with no full stop)."""
    after = word_after(span)
    if (
        after is None
        or after.pos_ != "NOUN"
        or after.morph.get("Case") != ["Gen"]
        or not after.text.islower()
        or fold(after.lemma_) in NOT_SUBJECTS | TIME_NOUNS
    ):
        return None
    # attached to the currency word, it is no part of the currency's name (a lower-case
    # common noun): look past _candidate's "word of a currency's name" test
    return content(after, span)


def bracketed_noun(span: Span) -> Token | None:
    """An amount in brackets after a noun phrase measures it: after a genitive ("больше всех
    голосов избирателей (38,53%)" → голосов), or money after a term in quotes in any case
    ("признан виновным в «незаконном заработке» (около $120 тыс.)" → заработке)."""
    words = words_before(span, 3)
    quoted = len(words) > 1 and words[1].text in CLOSING_QUOTES
    before = [t for t in words if t.text not in CLOSING_QUOTES]
    if len(before) < 2 or before[0].text != "(" or before[1].pos_ not in CONTENT_POS:
        return None
    token = before[1]
    while token.head.i != token.i and token.head.i < token.i and token.head.pos_ in CONTENT_POS:
        token = token.head
    if not (span.label_ == "money" and quoted) and "Gen" not in token.morph.get("Case"):
        return None
    return _candidate(token, span)


def count_subject(span: Span) -> Token | None:
    """What a count is of: the genitive of its noun ("3,5 млрд кубометров газа" → газ), or
    what a verb of change moves ("довести импорт до 11 млрд кубометров" → импорт), or the
    subject of a copula ("Явка составила 5 171 666 человек" → явка); else None (the
    counted noun is the unit, and nearby nouns are not what is counted); a measure of a
    thing described ("поросенка весом до 37 кг") → that thing."""
    found = described_by(span) or counted_in(span)
    if found is not None:
        return found
    found = genitive(span.root, span)
    if found is not None and fold(span.root.lemma_) in MEASURE_UNITS:
        # "кубометров газа" (a unit of measure); not "200 сотрудников службы" (a possessor)
        return _candidate(found, span)
    before = verb_before(span)
    if before is not None and before.lemma_ in COPULAS:
        # "число приглашённых … не должно превышать 400 человек": by agreement first
        found = subject_left_of(before, span)
        if found is not None:
            return found
    verb = clause(span.root)
    if verb.lemma_ in CHANGE_WORDS and verb.lemma_ not in OBJECT_IS_CHANGE.union(DIFFERENCE_WORDS):
        # "довести импорт до 11 млрд кубометров", "добыча выросла на 5 млн тонн"
        found = _dependent(verb, OBJECT_RELATIONS, span) or _dependent(
            verb, SUBJECT_RELATIONS, span
        )
        if found is not None:
            return found
    if verb.lemma_ in COPULAS:
        found = _dependent(verb, SUBJECT_RELATIONS, span)
        if found is None and verb.dep_ in ("xcomp", "conj"):
            found = _dependent(verb.head, SUBJECT_RELATIONS, span)
        return found
    return None


def subject_token(span: Span) -> Token | None:
    """The noun the fact measures, from the dependency parse, or None.

    A count: :func:`count_subject`. Money and percentages, in order: the nominative noun
    before a dash of an elided verb of measure ("помидоры — на 26,9%"); a noun right before
    the amount ("отчисление 1 %"); a genitive before the amount in brackets ("голосов
    избирателей (38,53%)"); for a percentage, the whole it is a part of ("54,42 %
    избирателей"); a noun the amount is apposed to ("штрафа в размере 100 тысяч", "барьером
    в 5 %"); the fact's head noun ("стоимостью 8,1 млн долларов" → стоимость); the subject
    of a verb of measure ("Товарооборот … составил 21,4 млрд"); with a verb of transfer, what
    changed hands ("продаёт долю за X", "Гитара была продана за X", "потрачено X на
    церемонию"), never its actor; the object of another verb ("сохранил ставку на уровне
    16%"). Never a currency word, a multiplier or a country in a currency's name; a noun of
    measure hands over to its genitive ("объем инвестиций" → инвестиция).
    """
    elided, noun = elided_noun(span)
    if span.label_ == "quantity":
        # "площадь страны — 17,363 тыс. кв. км"
        return noun if elided else count_subject(span)
    if elided:
        # "помидоры — на 26,9%"; "с 1 января 2016 года — 18 % назначенной суммы пенсии" (the
        # whole); "Клуб, закончивший чемпионат, — 263 млн", "исполнителям — 30 %": not the
        # word before the dash, and the parse of an elided clause is no guide
        return noun or (after_percent(span, True) if span.label_ == "percent" else None)
    first_before = words_before(span, 1)
    if first_before and first_before[0].text == "(":
        # in brackets: a genitive before them, or the whole after; the parse of a bracketed
        # amount is no guide (an equivalent shares its host's subject: FactsFinder)
        found = after_percent(span, with_from=False) if span.label_ == "percent" else None
        return found or bracketed_noun(span)
    # the subject of the amount's verb of measure, by agreement ("акции компании упали на
    # 7%"; "Ставка отчислений должна составить 2% выручки": before the whole, data/gold/facts.md)
    verb = verb_before(span)
    if verb is not None and verb.lemma_ in PENALTY_VERBS:
        # "оштрафовал Чисору на 50 тысяч долларов": who was fined is no subject
        return None
    # money: a noun right before it names it ("штраф 5000 рублей", "в хищении 15 млн")
    found = (
        (named_before(span) or sum_of(span) or described_by(span))
        if span.label_ == "money"
        else None
    )
    found = found or measured_by_verb(span) or set_at(span)
    if found is None and span.label_ == "percent":
        # the whole in the genitive first ("отдали голоса 26,48% приднестровцев")
        found = after_percent(span, with_from=False)
    elif found is None and span.label_ == "money":
        found = spent_for(span) or each_of(span) or in_form_after(span) or transfer_object(span)
    found = found or named_before(span) or bracketed_noun(span)
    if found is None and span.label_ == "money":
        found = genitive_after(span)
    if found is None and span.label_ == "percent":
        # "отчисления в размере 1% от стоимости": the noun the amount is, before its whole
        found = apposed_noun(span, False) or after_percent(span, with_from=True)
    if found is not None:
        return found
    token: Token = span.root
    if token.dep_ in SUBJECT_RELATIONS:
        # "1 % взимается с цены смартфона": a percentage's whole can be its verb's
        # "с"/"от" + genitive
        return whole_of_verb(span) if span.label_ == "percent" else None
    counted = _dependent(token, COUNTED_RELATIONS, span)
    first_head = True
    for _ in range(4):
        head = token.head
        if head.i == token.i:
            break
        if first_head:
            first_head = False
            found = apposed_noun(span, head.pos_ in CONTENT_POS)
            if found is not None:
                return found
        if head.pos_ in CONTENT_POS and _outside(head, span):
            found = _candidate(head, span)
            if found is not None:
                return found
            if fold(head.lemma_) in MEASURE_NOUNS and any(c.dep_ == "case" for c in head.children):
                # "с результатом 57,53 %", "на уровне 16%": a noun of measure with nothing
                # to measure gives no subject (not the object of the verb beyond it) ...
                verb = head.head
                if fold(head.lemma_) in SET_AT_NOUNS and verb.pos_ in ("VERB", "AUX"):
                    # ... but a passive verb of setting says what was set at that level:
                    # "МРОТ установлен на уровне 2,9 тыс. руб" → МРОТ ("ставка" hands over
                    # to its genitive, and without one gives none)
                    return _dependent(verb, ("nsubj:pass",), span) or counted
                return counted
        if head.pos_ in ("VERB", "AUX"):
            found = None
            if head.lemma_ in PENALTY_VERBS:
                # "житель был оштрафован на 15 тысяч рублей": who paid is no subject
                return None
            if head.lemma_ in DIFFERENCE_WORDS:
                # "Нана проиграл менее одного процента": who is ahead or behind is no subject;
                # "на 10 процентов опережал по популярности": what they are compared in is
                return _oblique(head, frozenset({"по"}), span) or counted
            if head.lemma_ in CHANGE_WORDS and head.lemma_ not in MEASURE_VERBS:
                # "компания сократила расходы на 5%", "акции обрушились на 6 процентов":
                # what changed is the object, else the subject
                has_object = any(
                    c.dep_ in OBJECT_RELATIONS and _outside(c, span) for c in head.children
                )
                if has_object:
                    # "подняла цену с $13,5 до $750": the object or nothing, never the actor
                    return _dependent(head, OBJECT_RELATIONS, span)
                found = _dependent(head, SUBJECT_RELATIONS, span)
            elif head.lemma_ in MEASURE_VERBS:
                found = _dependent(head, SUBJECT_RELATIONS, span)
                if found is None and head.dep_ in ("xcomp", "conj", "dep", "advcl"):
                    # "экспорт может достичь X", "вырос на 2% и достиг X", "упали …,
                    # опустившись до X": the subject stands on the verb this one depends on
                    found = _dependent(head.head, SUBJECT_RELATIONS, span)
            elif head.lemma_ in TRANSFER_VERBS and not token.dep_.startswith("obl"):
                # "было потрачено 74 млн на церемонию", "получить за Мхитаряна X",
                # "заплатили в качестве взяток X"; "За свое путешествие он должен заплатить
                # X": the "за" phrase may hang on the word the infinitive completes
                # "отсудила $55 млн за видео": what a claim is for is no purchase
                paid_for = frozenset({"на"} if head.lemma_ in CLAIM_VERBS else {"на", "за"})
                found = as_what(head, span) or _oblique(head, paid_for, span)
                if found is None and head.dep_ == "xcomp":
                    found = _oblique(head.head, frozenset({"за"}), span)
                return found or counted
            elif token.dep_.startswith("obl"):
                # "сохранил ставку на уровне 16%", "продаёт долю за X", "Гитара была
                # продана за X": the amount is an oblique of the verb
                found = _dependent(head, OBJECT_RELATIONS, span) or _dependent(
                    head, ("nsubj:pass",), span
                )
            if found is not None:
                return found
            break
        token = head
    return counted


def respectively(subjects: Sequence[Token | None], spans: Sequence[Span]) -> list[Token | None]:
    """Distribute a coordinated subject over a list of amounts with "соответственно".

    ``spans`` are consecutive facts of one sentence joined by commas and "и"; when the
    subject of the first is a list of as many coordinated nouns ("капуста, огурцы и перец"),
    each amount gets its own. Otherwise ``subjects`` come back unchanged.
    """
    first = subjects[0]
    if first is None or len(spans) < 2:
        return list(subjects)
    nouns = [first] + [
        child for child in first.children if child.dep_ == "conj" and child.pos_ in CONTENT_POS
    ]
    nouns.sort(key=lambda token: token.i)
    if len(nouns) != len(spans):
        return list(subjects)
    return nouns


def phrase(token: Token, blocked: set[int]) -> str:
    """The noun phrase headed by ``token`` as written: its adjectives, genitives and
    prepositional modifiers, never a clause, and no token of ``blocked`` (facts, dates)."""
    keep = {token.i}
    stack = [token]
    while stack:
        for child in stack.pop().children:
            if (
                child.dep_ in PHRASE_RELATIONS
                and child.i not in blocked
                and child.pos_ not in ("VERB", "AUX")
                and child.lemma_ != "который"
            ):
                keep.add(child.i)
                stack.append(child)
    doc = token.doc
    start = stop = token.i
    while start - 1 in keep or (start - 2 in keep and doc[start - 1].is_space):
        start -= 1
    while stop + 1 in keep or (stop + 2 in keep and doc[stop + 1].is_space):
        stop += 1
    # a preposition at an edge goes, and the rest of a compound one ("в виде налогов")
    while start < token.i and (doc[start].pos_ in PHRASE_EDGE_POS or doc[start].dep_ == "fixed"):
        start += 1
    while stop > token.i and doc[stop].pos_ in PHRASE_EDGE_POS:
        stop -= 1
    return doc[start : stop + 1].text

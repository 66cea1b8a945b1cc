"""Nouns as subjects: the checks every subject candidate goes through (outside the fact, no
currency, a noun of measure hands over to its genitive) and the parse's dependents of a verb."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ruextract.facts.agreement import (
    CONTENT_POS,
    can_be_subject_of,
)
from ruextract.facts.clause import (
    CHANGE_WORDS,
)
from ruextract.facts.lexicon import (
    COUNTED_RELATIONS,
    CURRENCY_NOUNS,
    MEASURE_NOUNS,
    MEASURE_UNITS,
    NOT_SUBJECTS,
    PRICE_NOUNS,
    SUBJECT_RELATIONS,
    TIME_NOUNS,
)


def fold(text: str) -> str:
    """Lower case, ё as е: how subjects are compared."""
    return text.lower().replace("ё", "е")


VERB_LEMMA_ENDINGS = ("ть", "ться", "ти", "тись", "чь", "чься")
# relations of a word standing as a noun phrase (a participle with them is used as a noun)
NOUN_RELATIONS = frozenset({"nmod", "nsubj", "nsubj:pass", "obj", "iobj", "obl"})


def is_noun_like(token: Token) -> bool:
    """A noun, or a participle used as one: not attached to a noun it describes ("число
    погибших": погибших, tagged a verb, is the genitive of число)."""
    if token.pos_ in CONTENT_POS:
        return True
    return "Part" in token.morph.get("VerbForm") and token.dep_ in NOUN_RELATIONS


def subject_lemma(token: Token) -> str:
    """The subject as a lemma: a participle used as a noun keeps its own nominative
    ("число приглашённых" → приглашённый, not the verb пригласить)."""
    lemma = fold(token.lemma_)
    if not is_noun_like(token) or not lemma.endswith(VERB_LEMMA_ENDINGS):
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
    # a word after the currency it hangs on ("долларов США"), not a noun before it that the
    # parse of a verbless line hangs there ("Стоимость билета — 500 рублей")
    return token.head.i < token.i and fold(token.head.lemma_) in CURRENCY_NOUNS


def _outside(token: Token, span: Span) -> bool:
    return not (span.start <= token.i < span.end)


def genitive(token: Token, span: Span) -> Token | None:
    """The genitive noun dependent of ``token`` outside ``span`` ("объем инвестиций")."""
    for child in token.children:
        if (
            child.dep_ in COUNTED_RELATIONS
            and is_noun_like(child)
            and _outside(child, span)
            and not is_currency(child)
            and not any(c.dep_ == "case" for c in child.children)
        ):
            return child
    return None


# how many words before the comma of a relative clause its antecedent may be
ANTECEDENT_REACH = 4


def relative_antecedent(token: Token) -> Token | None:
    """The noun a relative "которого" / "которой" / "которых" depending on ``token`` stands
    for: "материалами дела, общий объём которого составляет 1148 томов" → дела (the nearest
    noun before the clause's comma agreeing with it in number and gender; the parse often
    hangs the clause on another noun)."""
    pronoun = next(
        (c for c in token.children if c.dep_ in COUNTED_RELATIONS and c.lemma_ == "который"),
        None,
    )
    if pronoun is None:
        return None
    doc = token.doc
    comma = next(
        (
            i
            for i in range(min(token.i, pronoun.i) - 1, max(-1, token.i - 6), -1)
            if doc[i].text == ","
        ),
        None,
    )
    if comma is None:
        return None
    number, gender = pronoun.morph.get("Number"), pronoun.morph.get("Gender")
    for i in range(comma - 1, max(-1, comma - 1 - ANTECEDENT_REACH), -1):
        noun = doc[i]
        if noun.pos_ != "NOUN" or noun.morph.get("Number") != number:
            continue
        # "которого" is masculine or neuter alike
        genders = {"Masc", "Neut"} if set(gender) & {"Masc", "Neut"} else set(gender)
        if number == ["Sing"] and genders and not genders & set(noun.morph.get("Gender")):
            continue
        return noun
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


# units of length: "рост" measured in them is a person's height, not a growth
LENGTH_UNITS = frozenset({"m", "cm", "mm"})


def is_height(token: Token, span: Span) -> bool:
    """True for "рост" when the amount is a length ("рост 1,89 м": a height)."""
    fact = span._.fact
    return fold(token.lemma_) == "рост" and fact is not None and fact.unit in LENGTH_UNITS


def content(token: Token, span: Span) -> Token | None:
    """What a noun stands for: a noun of measure hands over to its genitive ("объем
    инвестиций" → инвестиций); one without a genitive gives None (look further)."""
    for _ in range(3):
        form = in_form_of(token, span)
        if form is not None:
            # "наказание в виде штрафов" → штрафов
            token = form
            continue
        if is_height(token, span):
            # "Его рост составляет 1,89 м": a dimension, as высота (hands over, or none)
            found = genitive(token, span)
            if found is None:
                return None
            token = found
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
        found = genitive(token, span) or relative_antecedent(token)
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
    if token is None or not is_noun_like(token) or not _outside(token, span):
        return None
    if (
        is_currency(token)
        or is_abbreviation(token)
        or fold(token.lemma_) in TIME_NOUNS
        or fold(token.lemma_) in MEASURE_UNITS
    ):
        # a noun of time dates an amount, it is not what is measured ("собрал более £30 млн
        # дня врачей"); a unit of measure is a unit ("на 21 метр 36 сантиметров")
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

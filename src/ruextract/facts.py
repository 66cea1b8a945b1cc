"""Numeric facts: money, percentages and quantities, with what they measure and when.

Reads ``doc.text``, the tokens with their lemmas and POS, the syntax (``token.head``,
``token.dep_``, from ``ruextract_syntax``) and ``doc.spans["dates"]`` (``span._.date`` is a
:class:`~ruextract.records.DateValue`); writes ``doc.spans["facts"]``: one span per fact,
aligned to tokens, labelled with its kind, each with ``span._.fact`` a
:class:`~ruextract.records.Fact`.

:func:`find_facts` is the pure part (text in, facts out, no models): the yargy grammars in
:mod:`ruextract.grammars` find the amounts; the component then drops quantities that are dates
("10 месяцев" inside "за 10 месяцев 2023 года"), and fills ``subject`` (the lemma of the noun
the fact measures: "Товарооборот … составил X" → "товарооборот") from the dependency parse and
``period_start``/``period_end`` from a date in the same sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ruextract import views
from ruextract.grammars import money, percent
from ruextract.grammars.money import MONEY
from ruextract.grammars.numbers import EXACT, TOKENIZER, Amount, is_vague
from ruextract.grammars.parser import LookaheadParser
from ruextract.grammars.percent import PERCENT
from ruextract.grammars.quantity import QUANTITY
from ruextract.records import Fact

MONEY_KIND, PERCENT_KIND, QUANTITY_KIND = "money", "percent", "quantity"
# when two matches overlap, the longer wins; on a tie, the earlier kind here
KINDS = (MONEY_KIND, PERCENT_KIND, QUANTITY_KIND)
# yargy parses only windows of text around these triggers (it is slow on whole articles)
TRIGGER = re.compile(
    r"\d|[%$€£¥₽₸₴]|\b(?:процент\w*|тыс|млн|млрд|трлн|тысяч\w*|миллион\w*|миллиард\w*|"
    r"триллион\w*|полтор\w*|четверть|нескольк\w*|сотн\w*|сотен|доллар\w*|евро|рубл\w*)\b",
    re.IGNORECASE,
)
# web addresses: their "%D0" escapes and digits are not facts
URL = re.compile(r"\S*(?:https?://|www\.|%[0-9A-F]{2}%)\S*", re.IGNORECASE)
# how far a window reaches around a trigger: a qualifier and a range before, a unit after
WINDOW_BEFORE, WINDOW_AFTER = 60, 60
# nouns too generic to be what a fact measures ("в размере", "на сумму"): look past them
GENERIC_SUBJECTS = frozenset({"размер", "сумма", "уровень", "отметка", "величина", "итог"})
SUBJECT_RELATIONS = ("nsubj", "nsubj:pass")
CONTENT_POS = ("NOUN", "PROPN")
# verbs whose grammatical subject is what the number measures ("Товарооборот составил X",
# "Инфляция замедлилась до X"); with other verbs the subject is an actor ("Россия поставила
# X"), and what is measured is the verb's object ("сохранил ставку на уровне 16%") or the
# noun the amount counts ("3,5 млрд кубометров газа")
MEASURE_VERBS = frozenset(
    {"составить", "составлять", "достичь", "достигнуть", "достигать", "превысить",
     "превышать", "вырасти", "расти", "увеличиться", "увеличиваться", "сократиться",
     "сокращаться", "снизиться", "снижаться", "упасть", "падать", "уменьшиться",
     "уменьшаться", "замедлиться", "замедляться", "ускориться", "ускоряться", "остаться",
     "оставаться", "равняться", "насчитывать", "стоить", "обойтись", "оцениваться",
     "потребоваться", "подорожать", "подешеветь", "прибавить", "потерять", "опуститься",
     "подняться", "повыситься", "понизиться", "выйти"}
)  # fmt: skip
OBJECT_RELATIONS = ("obj",)
COUNTED_RELATIONS = ("nmod",)


@lru_cache(maxsize=1)
def parsers() -> dict[str, LookaheadParser]:
    """The yargy parsers, one per kind (built on first use: no work on import)."""
    return {
        MONEY_KIND: LookaheadParser(MONEY, tokenizer=TOKENIZER, anchors=money.ANCHORS),
        PERCENT_KIND: LookaheadParser(PERCENT, tokenizer=TOKENIZER, anchors=percent.ANCHORS),
        QUANTITY_KIND: LookaheadParser(QUANTITY, tokenizer=TOKENIZER),
    }


def amount_values(amount: Amount, amount_max: Amount | None) -> tuple[float, float | None]:
    """``value`` and ``value_max`` of an amount or range; "от 3 до 5 тысяч" → 3000, 5000."""
    value = amount.value
    if amount_max is None:
        return value, None
    if amount.multiplier is None and amount_max.multiplier is not None:
        value *= amount_max.multiplier
    return value, amount_max.value


def to_fact(kind: str, start: int, text: str, match_fact: object) -> Fact | None:
    """A :class:`Fact` from one grammar match, or None when it is not a fact after all."""
    amount = match_fact.amount
    value, value_max = amount_values(amount, match_fact.amount_max)
    qualifier = match_fact.qualifier or (
        "approx" if amount.words is not None and is_vague(text) else EXACT
    )
    if kind == MONEY_KIND:
        unit = match_fact.currency
    elif kind == PERCENT_KIND:
        unit = match_fact.unit or "%"
    else:
        unit = match_fact.unit
        # "двух государств", "одна из": small counts in words are phrasing, not facts
        if amount.words is not None and amount.multiplier is None:
            return None
    if value_max is not None:
        qualifier = "range"
    return Fact(
        start=start,
        stop=start + len(text),
        text=text,
        kind=kind,
        value=float(value),
        value_max=None if value_max is None else float(value_max),
        qualifier=qualifier,
        unit=unit,
    )


def windows(text: str) -> Iterator[tuple[int, str]]:
    """Stretches of ``text`` around possible numbers, with their offsets.

    Each reaches ``WINDOW_BEFORE``/``WINDOW_AFTER`` characters around a trigger, cut at white
    space and never across a line break; overlapping windows merge.
    """
    spans: list[list[int]] = []
    for match in TRIGGER.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_stop = text.find("\n", match.end())
        line_stop = len(text) if line_stop < 0 else line_stop
        start = max(line_start, match.start() - WINDOW_BEFORE)
        stop = min(line_stop, match.end() + WINDOW_AFTER)
        while start > line_start and not text[start - 1].isspace():
            start -= 1
        while stop < line_stop and not text[stop].isspace():
            stop += 1
        if spans and start <= spans[-1][1] and line_start <= spans[-1][0]:
            spans[-1][1] = max(spans[-1][1], stop)
        else:
            spans.append([start, stop])
    for start, stop in spans:
        yield start, text[start:stop]


def find_facts(text: str) -> list[Fact]:
    """Money, percentages and quantities in ``text``, in order, without overlaps.

    Pure: no models (yargy's own dictionary only). ``subject`` and the period are left empty:
    they need the parse and the dates, which the pipeline component adds. The last texts'
    results are cached: the syntax stage asks first, for the sentences worth parsing.
    """
    return list(_find_facts(text))


@lru_cache(maxsize=128)
def _find_facts(text: str) -> tuple[Fact, ...]:
    candidates: list[Fact] = []
    for offset, line in windows(text):
        for kind, parser in parsers().items():
            for match in parser.findall(line):
                start, stop = match.span.start, match.span.stop
                fact = to_fact(kind, offset + start, line[start:stop], match.fact)
                if fact is not None:
                    candidates.append(fact)
    urls = [match.span() for match in URL.finditer(text)]
    candidates = [f for f in candidates if not any(a < f.stop and f.start < b for a, b in urls)]
    candidates.sort(key=lambda f: (f.start, -(f.stop - f.start), KINDS.index(f.kind)))
    facts: list[Fact] = []
    for fact in candidates:
        if facts and fact.start < facts[-1].stop:
            continue
        facts.append(fact)
    return tuple(facts)


# ---------------------------------------------------------------------------
# subject and period
# ---------------------------------------------------------------------------


def _dependent(head: Token, relations: tuple[str, ...], span: Span) -> Token | None:
    """The first content noun outside ``span`` attached to ``head`` by one of ``relations``."""
    for child in head.children:
        if (
            child.dep_ in relations
            and child.pos_ in CONTENT_POS
            and not (span.start <= child.i < span.end)
        ):
            return child
    return None


def fact_subject(span: Span) -> str | None:
    """Lemma of the noun the fact measures, from the dependency parse.

    In order: the fact's head noun ("стоимостью 8,1 млн долларов" → "стоимость"); the
    subject of a verb of measure ("Товарооборот … составил 21,4 млрд" → "товарооборот");
    the object of another verb ("сохранил ставку на уровне 16%" → "ставка"); the noun the
    amount counts ("3,5 млрд кубометров газа" → "газ"). Generic nouns ("в размере", "на
    сумму") are looked past; the actor of a verb ("Россия поставила…") is no subject.
    """
    token: Token = span.root
    if token.dep_ in SUBJECT_RELATIONS:
        return None
    counted = _dependent(token, COUNTED_RELATIONS, span)
    for _ in range(4):
        head = token.head
        if head.i == token.i:
            break
        if head.pos_ in CONTENT_POS and head.lemma_ not in GENERIC_SUBJECTS:
            if not (span.start <= head.i < span.end):
                return head.lemma_
        if head.pos_ in ("VERB", "AUX"):
            found = None
            if head.lemma_ in MEASURE_VERBS:
                found = _dependent(head, SUBJECT_RELATIONS, span)
                if found is None and head.dep_ in ("xcomp", "conj"):
                    # "экспорт может достичь X", "вырос на 2% и достиг X": the subject
                    # stands on the verb this one depends on
                    found = _dependent(head.head, SUBJECT_RELATIONS, span)
            elif token.dep_.startswith("obl"):
                # "сохранил ставку на уровне 16%": the amount is an oblique of the verb
                found = _dependent(head, OBJECT_RELATIONS, span)
            if found is not None:
                return found.lemma_
            break
        token = head
    return counted.lemma_ if counted is not None else None


def fact_period(span: Span, dates: Iterable[Span]) -> tuple[object, object]:
    """``(start, end)`` of the nearest dated expression in the fact's sentence, else Nones."""
    sent = views.sentence_of(span.doc, span.start)
    best = None
    best_distance = None
    for date_span in dates:
        value = date_span._.date
        if value is None or value.value_start is None or value.granularity == "duration":
            continue
        if not (sent.start <= date_span.start < sent.end):
            continue
        distance = min(abs(date_span.start - span.end), abs(span.start - date_span.end))
        if best_distance is None or distance < best_distance:
            best, best_distance = value, distance
    if best is None:
        return None, None
    return best.value_start, best.value_end


def overlaps(span: Span, others: Iterable[Span]) -> bool:
    """True when ``span`` shares a token with any of ``others``."""
    return any(span.start < other.end and other.start < span.end for other in others)


class FactsFinder:
    """Finds numeric facts and attaches subject and period (see module docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        dates = list(doc.spans["dates"]) if "dates" in doc.spans else []
        # the dates of each sentence, in their order: a fact's period is looked for only there
        sent_ids = views.sentence_ids(doc)
        dates_in: dict[int, list[Span]] = {}
        for date_span in dates:
            dates_in.setdefault(int(sent_ids[date_span.start]), []).append(date_span)
        parsed = doc.has_annotation("DEP")
        spans: list[Span] = []
        for fact in find_facts(views.text(doc)):
            span = doc.char_span(fact.start, fact.stop, label=fact.kind, alignment_mode="expand")
            if span is None or (spans and span.start < spans[-1].end):
                continue
            if fact.kind == QUANTITY_KIND and overlaps(span, dates):
                continue
            period_start, period_end = fact_period(
                span, dates_in.get(int(sent_ids[span.start]), [])
            )
            span._.fact = replace(
                fact,
                start=span.start_char,
                stop=span.end_char,
                text=span.text,
                subject=fact_subject(span) if parsed else None,
                period_start=period_start,
                period_end=period_end,
            )
            spans.append(span)
        doc.spans["facts"] = spans
        return doc


@Language.factory(
    "ruextract_facts",
    default_config={},
    requires=["token.lemma", "token.dep", "doc.spans"],
    assigns=["doc.spans"],
)
def create_facts(nlp: Language, name: str) -> FactsFinder:
    """Numeric facts: money, percent, quantity (see module docstring)."""
    return FactsFinder()

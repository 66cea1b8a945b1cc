"""Numeric facts: money, percentages and quantities, with what they measure and when.

Reads ``doc.text``, the tokens with their lemmas and POS, the syntax (``token.head``,
``token.dep_``, from ``ruextract_syntax``) and ``doc.spans["dates"]`` (``span._.date`` is a
:class:`~ruextract.records.DateValue`); writes ``doc.spans["facts"]``: one span per fact,
aligned to tokens, labelled with its kind, each with ``span._.fact`` a
:class:`~ruextract.records.Fact`.

:func:`find_facts` is the pure part (text in, facts out, no models): the yargy grammars in
:mod:`ruextract.grammars` find the amounts ("с 82 до 21 процента" is a change: ``value_from``
82, ``value`` 21, direction down). The component then drops quantities that are dates ("10
месяцев" inside "за 10 месяцев 2023 года") and denominators of prices ("за тысячу
кубометров": ``per`` of the price), and fills from the parse of the fact's sentence:
``direction``, ``change`` and the target qualifier (:mod:`ruextract.facts.clause`),
``per``, ``period_start``/``period_end`` (the date of the fact's clause), and ``subject`` /
``subject_text`` (what is measured, :mod:`ruextract.facts.subject`, from the nouns beside
the amount, :mod:`ruextract.facts.beside`, checked by :mod:`ruextract.facts.nouns`; the
words they read in :mod:`ruextract.facts.lexicon`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ruextract import views
from ruextract.facts.amounts import (
    KINDS,
    PERCENT_KIND,
    QUANTITY_KIND,
    TRIGGER,
    find_facts,
)
from ruextract.facts.beside import elided_noun, pronoun_agrees, pronoun_subject
from ruextract.facts.clause import (
    DASHES,
    DELTA,
    LEVEL,
    change_of,
    heads,
    per_of,
    period_of,
    word_after,
    words_before,
)
from ruextract.facts.nouns import subject_lemma
from ruextract.facts.subject import phrase, respectively, subject_token
from ruextract.records import Fact

__all__ = ["KINDS", "TRIGGER", "FactsFinder", "create_facts", "find_facts"]


def overlaps(span: Span, others: Iterable[Span]) -> bool:
    """True when ``span`` shares a token with any of ``others``."""
    return any(span.start < other.end and other.start < span.end for other in others)


def listed_runs(spans: list[Span]) -> list[tuple[list[int], bool]]:
    """Runs of facts listed together (indices into ``spans``): consecutive facts of one
    sentence joined only by commas and "и" ("на 353%, 544% и 654%"), each with whether
    "соответственно" follows it."""
    runs: list[tuple[list[int], bool]] = []
    run: list[int] = []
    for n, span in enumerate(spans):
        if run:
            last = spans[run[-1]]
            between = span.doc[last.end : span.start]
            # "на 20 процентов до 668 млн": amounts side by side with nothing between are
            # no list (a change and its target)
            joined = (
                last.sent.start == span.sent.start
                and any(not t.is_space for t in between)
                and all(t.is_space or t.text == "," or t.lower_ == "и" for t in between)
            )
            if not joined:
                if len(run) > 1:
                    runs.append((run, False))
                run = []
        run.append(n)
        after = word_after(span)
        if after is not None and after.lower_ == "соответственно":
            if len(run) > 1:
                runs.append((run, True))
            run = []
    if len(run) > 1:
        runs.append((run, False))
    return runs


def elided_per(span: Span, before: str | None) -> str | None:
    """``before``, the denominator of the fact before, when ``span`` is followed by "за" and
    an adjective with no noun ("… и от 50 долларов США за европейскую")."""
    after = word_after(span)
    if before is None or after is None or after.lower_ != "за":
        return None
    adjective = word_after(span.doc[after.i : after.i + 1])
    if adjective is None or adjective.pos_ != "ADJ":
        return None
    following = word_after(span.doc[adjective.i : adjective.i + 1])
    if following is not None and following.pos_ in ("NOUN", "PROPN"):
        return None
    return before


# "в каждом", "в каждой": the container a count is of each of
IN_EACH = frozenset({"каждом", "каждой"})


def container_per(span: Span, earlier: list[Span]) -> str | None:
    """The counted noun of the nearest count before in the sentence that "в каждом" /
    "в каждой" right before the amount agrees with in gender: "два ящика патронов калибра 50
    миллиметров, в каждом 350 штук" → ящик (350 in each box; not the calibre's mm)."""
    from ruextract import models

    words = words_before(span, 2)
    if len(words) < 2 or words[0].lower_ not in IN_EACH or words[1].lower_ != "в":
        return None
    genders = {"femn"} if words[0].lower_ == "каждой" else {"masc", "neut"}
    for other in reversed(earlier):
        if other.sent.start != span.sent.start:
            return None
        fact = other._.fact
        if fact.kind != QUANTITY_KIND or not fact.unit:
            continue
        for parse in models.morph_analyzer().parse(fact.unit):
            noun = "NOUN" in parse.tag and parse.normal_form == fact.unit
            if noun and parse.tag.gender in genders:
                return fact.unit
    return None


def shared_subject(spans: list[Span], subjects: list[Token | None]) -> Token | None:
    """The subject of the last of ``spans``, shared with an earlier fact of its sentence
    where the text says so: an equivalent attached to another amount ("£22 млн или около
    $27.5 млн", "5 171 666 человек, или 61,31 %"), or an elided verb after a word that is
    not what is measured ("в 2016 году 854 рубля, в 2017 году — 1809 рублей")."""
    span = spans[-1]
    earlier = [n for n in range(len(spans) - 1) if spans[n].sent.start == span.sent.start]
    own = subjects[-1]
    before = words_before(span, 2)
    each = bool(before) and before[0].lower_ == "по" and own is not None
    each = each and own.i == span.start - 2
    in_other = own is not None and any(spans[n].start <= own.i < spans[n].end for n in earlier)
    if in_other and not each:
        # "5 171 666 человек, или 61,31 %": a word of another amount is not the subject (but
        # "два платежа по 11 250 долларов": the price of each of the things counted)
        own = None
    dashed = span.label_ == PERCENT_KIND and bool(before) and before[0].text in DASHES
    if len(before) == 2 and (before[0].text == "(" or dashed):
        # "£12 млн ($15,5 млн)": an equivalent; "жители 276 домов (6 %)", "жители 4079 домов
        # — 90 %": a share of the count
        for n in earlier:
            if spans[n].start <= before[1].i < spans[n].end:
                if span.label_ == PERCENT_KIND and spans[n].label_ == QUANTITY_KIND:
                    # "(52,3 процента голосов)": its own whole; "(6 %)": of the counted noun
                    if own is not None:
                        return own
                    unit = spans[n]._.fact.unit
                    found = next((t for t in spans[n] if t.lemma_ == unit), subjects[n])
                    if found is not None:
                        return found
                    break
                return subjects[n]
    same_kind = [n for n in earlier if spans[n].label_ == span.label_]
    more = any(t.lower_ in ("еще", "ещё") for t in words_before(span, 2))
    if same_kind and more and subjects[same_kind[-1]] is not None:
        # "затраты Почты — 500 млрд руб. … и ещё по 100 млрд руб. в год", "49 процентов
        # акций принадлежит РПЦ, еще 24 процента — ТПП": more of the same as the amount before
        return subjects[same_kind[-1]]
    if not earlier or own is not None:
        return own
    words = [t.lower_ for t in words_before(span, 3)]
    if words[:2] == ["на", "что"] or (words[:1] == ["что"] and span[0].lower_ == "на"):
        # "МРОТ установлен на уровне 2,9 тыс. руб, что на 600 руб больше": the difference
        # measures what the amount it compares measures
        return subjects[earlier[-1]]
    if span.label_ == PERCENT_KIND and before and before[0].text == "(":
        # "(52,3 процента голосов), а за Кокрела — 44,7 тысячи (47,7 процента)": a bracketed
        # share with no whole has the whole of the bracketed share before it
        for n in reversed(earlier):
            token = subjects[n]
            if (
                spans[n].label_ == PERCENT_KIND
                and token is not None
                and spans[n].end <= token.i <= spans[n].end + 1
                and words_before(spans[n], 1)
                and words_before(spans[n], 1)[0].text == "("
            ):
                return token
    if before and before[0].lower_ == "из":
        # "поддержку в 101 голос из 200": the total is no part of what the count measures
        return own
    head = next((t for t in heads(span.root) if not span.start <= t.i < span.end), None)
    for n in earlier:
        if head is not None and spans[n].start <= head.i < spans[n].end:
            return subjects[n]
    same_kind = [n for n in earlier if spans[n].label_ == span.label_]
    if elided_noun(span) == (True, None):
        # "в 2017 году — 1809 рублей": the subject of the amount of its kind before it
        return subjects[same_kind[-1]] if same_kind else None
    if span.label_ == PERCENT_KIND:
        # "набрал 52,6% голосов опрошенных, тогда как Фухимори получила только 47,4%": a
        # share with no whole of its own has the whole of the share before it in the sentence
        for n in reversed(same_kind):
            token = subjects[n]
            if token is not None and spans[n].end <= token.i <= spans[n].end + 2:
                return token
    return own


# how many sentences back a pronoun's antecedent fact may be
PRONOUN_REACH = 2


def antecedent_subject(
    span: Span, earlier: list[Span], subjects: list[Token | None]
) -> Token | None:
    """The subject of an earlier fact that a pronoun subject stands for: "областной МРОТ
    установлен на уровне 2,9 тыс. руб. С 1 июля 2008 года он возрастет до 3,1 тыс. руб" →
    МРОТ (the nearest earlier subject, at most two sentences back, that agrees with it)."""
    pronoun = pronoun_subject(span)
    if pronoun is None:
        return None
    sents = views.sentences(span.doc)  # made once per doc, not per fact
    here = next(n for n, sent in enumerate(sents) if sent.start <= span.start < sent.end)
    reach = sents[max(0, here - PRONOUN_REACH)].start
    for other, token in zip(reversed(earlier), reversed(subjects), strict=True):
        if other.start < reach:
            break
        if token is not None and token.i < pronoun.i and pronoun_agrees(pronoun, token):
            return token
    return None


class FactsFinder:
    """Finds numeric facts and fills in their records (see module docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        dates = list(doc.spans["dates"]) if "dates" in doc.spans else []
        # the dates of each sentence: a fact's period and overlaps are looked for only there
        # (all dates for every fact would be quadratic in the article's length)
        sent_of = {}
        for n, sent in enumerate(doc.sents):
            sent_of.update(dict.fromkeys(range(sent.start, sent.end), n))
        dates_in: dict[int, list[Span]] = {}
        for date_span in dates:
            dates_in.setdefault(sent_of[date_span.start], []).append(date_span)
        parsed = doc.has_annotation("DEP")
        found: list[tuple[Span, Fact]] = []
        for fact in find_facts(views.text(doc)):
            span = doc.char_span(fact.start, fact.stop, label=fact.kind, alignment_mode="expand")
            if span is None or (found and span.start < found[-1][0].end):
                continue
            if fact.kind == QUANTITY_KIND and overlaps(span, dates_in.get(sent_of[span.start], [])):
                continue
            found.append((span, fact))
        spans: list[Span] = []
        subjects: list[Token | None] = []
        denominators: set[int] = set()
        for n, (span, fact) in enumerate(found):
            if n in denominators:
                continue
            per, next_is_per = per_of(span, found[n + 1] if n + 1 < len(found) else None)
            if next_is_per:
                denominators.add(n + 1)
            if per is None and spans and spans[-1].sent.start == span.sent.start:
                # "от 10 долларов за одну американскую карточку и от 50 долларов за
                # европейскую": an adjective with its noun elided has the denominator before
                per = elided_per(span, spans[-1]._.fact.per)
            if per is None:
                # "два ящика патронов, в каждом 350 штук": per box
                per = container_per(span, spans)
            qualifier, direction, change = fact.qualifier, fact.direction, LEVEL
            if parsed:
                qualifier, direction, change = change_of(
                    span, fact.qualifier, fact.direction, fact.value_from
                )
            period_start, period_end = period_of(
                span, dates_in.get(sent_of[span.start], []), parsed
            )
            span._.fact = replace(
                fact,
                start=span.start_char,
                stop=span.end_char,
                text=span.text,
                qualifier=qualifier,
                direction=direction,
                change=change,
                per=per,
                period_start=period_start,
                period_end=period_end,
            )
            spans.append(span)
            subjects.append(subject_token(span) if parsed else None)
            if parsed and subjects[-1] is None:
                subjects[-1] = antecedent_subject(span, spans[:-1], subjects[:-1])
            if parsed:
                subjects[-1] = shared_subject(spans, subjects)
        for run, respective in listed_runs(spans):
            first = spans[run[0]]._.fact
            for n in run[1:]:
                # "на 353%, 544% и 654%": the later amounts are changes like the first
                if first.change == DELTA and spans[n]._.fact.value_from is None:
                    spans[n]._.fact = replace(
                        spans[n]._.fact, change=DELTA, direction=first.direction
                    )
            if respective:
                shared = respectively([subjects[n] for n in run], [spans[n] for n in run])
                for n, token in zip(run, shared, strict=True):
                    subjects[n] = token
            last = run[-1]
            for n in run[:-1]:
                # "24% и 20% голосов": the whole after the last amount is every amount's
                if subjects[n] is None and spans[n].label_ == spans[last].label_:
                    subjects[n] = subjects[last]
        in_dates = {i for span in dates for i in range(span.start, span.end)}
        denominators_of = {
            (span.sent.start, span.label_, span._.fact.per.split()[-1])
            for span in spans
            if span._.fact.per
        }
        for span, token in zip(spans, subjects, strict=True):
            key = (span.sent.start, span.label_, subject_lemma(token) if token else None)
            if token is not None and key in denominators_of:
                # "за одну американскую карточку": the unit of a price is not what is priced
                # (by any price of the sentence; a count's subject may be that thing: "За
                # каждого поросенка весом до 37 кг … по 2,5 тыс.")
                token = None
            if token is not None:
                span._.fact = replace(
                    span._.fact,
                    subject=subject_lemma(token),
                    subject_text=phrase(token, in_dates | set(range(span.start, span.end))),
                )
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

"""Dates: every date expression as a calendar range, resolved against the article date.

Reads ``doc.text``, ``doc._.date`` (the article date or None) and the morphology of verbs
(``token.morph.get("Tense")``) in the sentence of each expression, which decides whether a
weekday or a month without a year is the last one before the article date (past tense) or the
next one (future). Writes ``doc.spans["dates"]``: spans labelled ``DATE`` aligned to tokens,
each with ``span._.date`` a :class:`~ruextract.records.DateValue` whose offsets are the span's.

A verb of plan or expectation ("запланирована", "ожидается", "должен") counts as future. The
text around an expression is read too (:mod:`.context`): a month or day without a year takes
the nearest explicit year of the same or the previous sentence before the article date (in
an undated article, else the year of a date just before that took its year from the text; "в
октябре этого года" there takes the year of an October named before with its year); a
relative date in a sentence that reports speech with one explicit day counts from that day;
"вчера" / "сегодня" / "завтра" in a quotation count from the one day its sentence names outside
the quotes beside a verb of speech; a relative date followed by a comma or a dash and a day
("вчера, 8 мая 2013 года") is that day;
bare days listed before a date share its month ("9 или 10 июня"); a year before "до н. э."
has no value (an ISO date holds no year before 1). Parts of a period ("в конце
2017 года") keep the whole's granularity and name the part in ``DateValue.part``.

The grammar lives in :mod:`ruextract.grammars.dates`; :func:`find_dates` runs it
(:mod:`.matching`), drops what is no date (:mod:`.filters`: ages, counts) and resolves the rest
(:mod:`.resolve`), with no spaCy models involved.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from ruextract import views
from ruextract.dates.context import (
    apposed_days,
    before_our_era,
    chained_year,
    context_at,
    days_after,
    explicit_values,
    is_relative,
    listed_days,
    listed_weekdays,
    month_named_before,
    nearest_weekday,
    quoted_days,
    sentence_starts,
    speech_anchor,
    this_year_month,
    weekday_dated,
    weekday_of,
    without_shift,
)
from ruextract.dates.filters import next_word, plausible
from ruextract.dates.matching import grammar_matches
from ruextract.dates.resolve import (
    LENGTH_FOLLOWS,
    MONTHS_OF_YEAR,
    Context,
    counts_later,
    eve_alone,
    month_adjective,
    part_range,
    resolve,
    resolve_point,
)
from ruextract.records import DateValue

TenseOf = Callable[[int, int], str | None]


def find_dates(
    text: str, article_date: date | None = None, tense_of: TenseOf | None = None
) -> list[DateValue]:
    """Every date expression in ``text``, resolved against ``article_date``.

    ``tense_of(start, stop)`` may give the tense ("Past", "Pres", "Fut") of the verb that
    governs the expression at those offsets; weekdays and months without a year use it. A
    month or day without a year takes the nearest explicit year of the same or the previous
    sentence first; a relative date in a sentence of reported speech with one explicit day
    counts from that day.
    """
    matches = [
        (start, stop, fact)
        for start, stop, fact in grammar_matches(text)
        if plausible(text, start, stop, fact)
    ]
    starts = sentence_starts(text)
    explicit = explicit_values(text, matches)
    written_later = weekday_dated(text, explicit, article_date)
    values = []
    years_given: list[tuple[int, int]] = []  # (start, year) of dates whose year the text gives
    for start, stop, fact in matches:
        surface = text[start:stop]
        tense = tense_of(start, stop) if tense_of else None
        month = getattr(fact.start, "month", None) if fact.kind is None else None
        day = getattr(fact.start, "day", None) if fact.kind is None else None
        context = context_at(start, stop, explicit, starts, text, month, day)
        if article_date is None and month is not None and context.year is None:
            context = Context(chained_year(start, years_given, starts), context.day)
        if article_date is None and this_year_month(fact):
            named = month_named_before(start, explicit, fact.start.month)
            if named is not None:  # "в октябре 2012 года … в октябре этого года": 2012
                fact, context = without_shift(fact), Context(named, context.day)
        if MONTHS_OF_YEAR.match(surface) and next_word(text, stop).lower() in LENGTH_FOLLOWS:
            context = Context(year=None, day=context.day)
            anchor = None
        else:
            anchor = article_date
        if is_relative(fact):
            anchor = speech_anchor(start, stop, explicit, starts, text) or anchor
        if article_date is not None and month_adjective(surface):
            tense = "Past"  # "в декабрьском изнасиловании" (in March 2013): December 2012
            if context.year == article_date.year:
                context = Context(year=None, day=context.day)
        if surface.lower() == "накануне":
            following = next_word(text, stop)
            after = text.find(following, stop) + len(following)
            then = next_word(text, after) if following else ""
            context = Context(context.year, context.day, eve_alone(following, then))
        if counts_later(surface) and next_word(text, stop).lower() == "после":
            context = Context(year=None, day=None)  # "через год после выборов": from the event
        try:
            value_start, value_end, granularity, relative, part = resolve(
                fact, surface, anchor, tense, context
            )
        except (ValueError, OverflowError):
            value_start, value_end, granularity, relative, part = (
                None, None, "period", False, None
            )  # fmt: skip
        if before_our_era(text, start, stop):
            value_start = value_end = None  # "в 44 году до н. э.": no ISO date holds it
        weekday = weekday_of(surface) if written_later and tense in (None, "Past") else None
        if weekday is not None and anchor == article_date and value_start is not None:
            value_start = value_end = nearest_weekday(article_date, weekday)
        values.append(
            DateValue(start, stop, surface, value_start, value_end, granularity, relative, part)
        )
        if (
            not relative
            and value_start is not None
            and value_end is not None
            and value_start.year == value_end.year
            and granularity in ("day", "month")
        ):
            years_given.append((start, value_start.year))
    values.extend(listed_days(text, values))
    values = listed_weekdays(text, sorted(values, key=lambda value: value.start))
    values = days_after(text, values, starts)
    values = quoted_days(text, values, starts, article_date)
    return apposed_days(text, values)


# ---------------------------------------------------------------------------------------------
# spaCy component


# verbs and predicatives of plans and expectations: what they govern lies ahead, whatever
# their grammatical tense ("запланирована на 10 июня", "должен вступить в силу в марте")
PLAN_LEMMAS = frozenset(
    {"запланировать", "планировать", "планироваться", "наметить", "намечать", "намечаться",
     "ожидаться", "ожидать", "должен", "должный", "собираться", "намереваться", "предстоять",
     "назначить", "назначать", "перенести", "переносить", "обещать", "пообещать"}
)  # fmt: skip


def sentence_tense(doc: Doc) -> TenseOf:
    """A ``tense_of`` for :func:`find_dates`: the tense of the nearest verb in the sentence,
    "Fut" when the nearest is a verb of plan or expectation (:data:`PLAN_LEMMAS`) or a form of
    "быть" in the future ("будет", "будут")."""

    def tense_of(start: int, stop: int) -> str | None:
        span = doc.char_span(start, stop, alignment_mode="expand")
        if span is None:
            return None
        best, best_distance = None, None
        for token in span.sent:
            tense = token.morph.get("Tense")
            future_be = token.lemma_.lower() == "быть" and token.lower_.startswith("буд")
            if token.lemma_.lower() in PLAN_LEMMAS or future_be:
                tense = ["Fut"]  # "будет" (the tagger says Pres): the future, as "будет работать"
            elif not tense or token.pos_ not in ("VERB", "AUX"):
                continue
            distance = min(abs(token.i - span.start), abs(token.i - span.end))
            if best_distance is None or distance < best_distance:
                best, best_distance = tense[0], distance
        return best

    return tense_of


class DateFinder:
    """Finds date expressions and stores them in ``doc.spans[spans_key]``."""

    def __init__(self, spans_key: str = "dates") -> None:
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for value in find_dates(views.text(doc), doc._.date, sentence_tense(doc)):
            span = doc.char_span(value.start, value.stop, label="DATE", alignment_mode="expand")
            if span is None or not len(span):
                continue
            if (span.start_char, span.end_char) != (value.start, value.stop):
                value = DateValue(
                    span.start_char,
                    span.end_char,
                    span.text,
                    value.value_start,
                    value.value_end,
                    value.granularity,
                    value.relative,
                    value.part,
                )
            span._.date = value
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory(
    "ruextract_dates",
    default_config={"spans_key": "dates"},
    requires=["token.morph", "token.pos"],
    assigns=["doc.spans"],
)
def create_dates(nlp: Language, name: str, spans_key: str) -> DateFinder:
    """The ``ruextract_dates`` component (see the module docstring)."""
    return DateFinder(spans_key)


__all__ = [
    "DateFinder",
    "create_dates",
    "find_dates",
    "part_range",
    "resolve",
    "resolve_point",
    "sentence_tense",
]

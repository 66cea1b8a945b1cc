"""The amounts in a text, without models: :func:`find_facts` runs the yargy grammars of
:mod:`ruextract.grammars` on windows around number triggers, then adds the amounts that stand
for others (a count without its noun, money without its currency, a collective numeral) and
drops ratios, ranks, weights and web addresses.

Parts, in the order :func:`find_facts` uses them:

- :mod:`~ruextract.facts.amounts.windows`: where the grammars look;
- :mod:`~ruextract.facts.amounts.readings`: a grammar match read as a fact;
- :mod:`~ruextract.facts.amounts.units`: spans and units corrected;
- :mod:`~ruextract.facts.amounts.filters`, :mod:`~ruextract.facts.amounts.ids`: matches that
  are no facts (ratios, phrasing, references to a law's parts …);
- :mod:`~ruextract.facts.amounts.totals`, :mod:`~ruextract.facts.amounts.elided`: amounts
  that take the unit of another;
- :mod:`ruextract.facts.counts`: counts whose noun is elsewhere (:func:`context_counts`);
- :mod:`~ruextract.facts.amounts.matches`: where those rules may still match.
"""

from __future__ import annotations

from functools import lru_cache

from ruextract.facts.amounts.elided import (
    BARE_MULTIPLIED,
    ELIDED_LIST_REACH,
    bare_money,
    elided_amounts,
    elided_money,
)
from ruextract.facts.amounts.filters import (
    OTHER_AFTER,
    OTHER_REACH,
    URL,
    agrees_as_count,
    is_determiner_unagreed,
    is_formula_part,
    is_phrasing_one,
    is_ratio_or_rank,
    is_slash_denominator,
    is_weight,
    is_year_abbreviation,
    may_hold_url,
)
from ruextract.facts.amounts.ids import is_id_reference
from ruextract.facts.amounts.matches import (
    SENTENCE_END,
    WORD_AFTER,
    overlaps_taken,
    untaken_matches,
)
from ruextract.facts.amounts.readings import (
    KINDS,
    MONEY_KIND,
    PERCENT_KIND,
    QUANTITY_KIND,
    parsers,
    to_fact,
    unitless_reading,
)
from ruextract.facts.amounts.totals import counts_before_of, counts_of_them, totals_after
from ruextract.facts.amounts.units import (
    agreeing_units,
    compound_units,
    one_from,
    two_unit_measures,
)
from ruextract.facts.amounts.windows import TRIGGER, windows
from ruextract.records import Fact

__all__ = [
    "BARE_MULTIPLIED",
    "ELIDED_LIST_REACH",
    "KINDS",
    "MONEY_KIND",
    "OTHER_AFTER",
    "OTHER_REACH",
    "PERCENT_KIND",
    "QUANTITY_KIND",
    "SENTENCE_END",
    "TRIGGER",
    "URL",
    "WORD_AFTER",
    "agrees_as_count",
    "context_counts",
    "find_facts",
    "is_determiner_unagreed",
    "is_id_reference",
    "may_hold_url",
    "overlaps_taken",
    "unitless_reading",
    "untaken_matches",
]


def adjectives_for_nouns(text: str, facts: list[Fact]) -> list[Fact]:
    """:func:`ruextract.facts.counts.adjectives_for_nouns` ("2 золотых" → медаль) and
    :func:`ruextract.facts.counts.manner_nouns` ("в том числе 11 нокаутом" → победа)."""
    from ruextract.facts import counts

    return counts.manner_nouns(text, counts.adjectives_for_nouns(text, facts))


def context_counts(text: str, facts: list[Fact]) -> list[Fact]:
    """Counts whose noun is not beside them, found from the counts before them
    (:mod:`ruextract.facts.counts`), each step seeing what the steps before it found."""
    from ruextract.facts import counts

    found: list[Fact] = []
    for step in (
        counts.bare_counts,
        counts.counts_of_substantives,
        counts.collectives_alone,
        counts.counts_before_verb,
        counts.sums_in_brackets,
        counts.times_adverbs,
        counts.counts_closing_sentence,
        counts.totals_after_rank,
        counts.counts_restated_in_words,
        counts.counts_of_quoted_nouns,
        counts.ones_alone,
        counts.counts_of_capitalised_nouns,
        counts.more_alone,
        counts.ones_of_counts,
        counts.counts_of_number_nouns,
        counts.parts_of_counts,
        counts.counts_after_dash,
        counts.multiplied_counts_by_verb,
        counts.counts_listed_before_dash,
        counts.counts_of_oblique_substantives,
    ):
        found += step(text, facts + found)
    return found


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
    candidates = [one_from(f) for f in two_unit_measures(text, candidates)]
    candidates = [
        f
        for f in candidates
        if not is_ratio_or_rank(text, f)
        and not is_weight(text, f)
        and not is_phrasing_one(text, f)
        and not is_year_abbreviation(text, f)
        and not is_formula_part(text, f)
        and not is_slash_denominator(text, f)
        and not is_determiner_unagreed(text, f)
        and not is_id_reference(text, f)
    ]
    candidates = agreeing_units(compound_units(text, candidates))
    candidates += (
        counts_before_of(text, candidates)
        + elided_money(text, candidates)
        + counts_of_them(text, candidates)
    )
    candidates += elided_amounts(text, candidates)
    candidates += totals_after(text, candidates)
    candidates += bare_money(text, candidates)
    candidates += context_counts(text, candidates)
    candidates = adjectives_for_nouns(text, candidates)
    urls = [match.span() for match in URL.finditer(text)] if may_hold_url(text) else []
    candidates = [f for f in candidates if not any(a < f.stop and f.start < b for a, b in urls)]
    candidates.sort(key=lambda f: (f.start, -(f.stop - f.start), KINDS.index(f.kind)))
    facts: list[Fact] = []
    for fact in candidates:
        if facts and fact.start < facts[-1].stop:
            continue
        facts.append(fact)
    return tuple(facts)

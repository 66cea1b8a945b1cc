"""Counts whose noun is not beside them: read from the counts before them or from the word
after them.

"Все четверо сгорели" (a collective numeral alone), "семеро из задержанных" (a part of a
group), "12 погибших" (a substantivised participle), "Около 40 пострадали" (a number as the
subject of a plural verb), "эта цифра достигла 140 тысяч" (a multiplier after a verb of
measure). Pure text functions over the amounts :mod:`ruextract.facts.amounts` found; each
returns new :class:`~ruextract.records.Fact` rows, never overlapping those given
(:func:`ruextract.facts.amounts.context_counts` runs them in order).

Parts, by what tells a count's noun:

- :mod:`~ruextract.facts.counts.lemmas`: the nouns a count without its own takes;
- :mod:`~ruextract.facts.counts.numerals`: collective numerals alone, adverbs of times;
- :mod:`~ruextract.facts.counts.ones`: "один" and "ещё N" with no noun;
- :mod:`~ruextract.facts.counts.verbs`: a number beside a plural verb or a verb of measure;
- :mod:`~ruextract.facts.counts.substantives`: "12 погибших", "двумя неизвестными";
- :mod:`~ruextract.facts.counts.lists`: parts, list items and totals of a count before;
- :mod:`~ruextract.facts.counts.number_nouns`: "число кандидатов … до 13";
- :mod:`~ruextract.facts.counts.brackets`: "22 (9+13) очков", "0 (ноль) штук";
- :mod:`~ruextract.facts.counts.names`: "пять «Оскаров»", "два Кубка Англии";
- :mod:`~ruextract.facts.counts.nouns`: the noun of a count corrected from the counts around.
"""

from ruextract.facts.counts.brackets import counts_restated_in_words, sums_in_brackets
from ruextract.facts.counts.lemmas import (
    PEOPLE,
    counted_genitive,
    is_plural_genitive_noun,
    substantive_lemma,
)
from ruextract.facts.counts.lists import (
    counts_listed_before_dash,
    parts_of_counts,
    totals_after_rank,
)
from ruextract.facts.counts.names import counts_of_capitalised_nouns, counts_of_quoted_nouns
from ruextract.facts.counts.nouns import adjectives_for_nouns, manner_nouns
from ruextract.facts.counts.number_nouns import counts_of_number_nouns
from ruextract.facts.counts.numerals import collectives_alone, times_adverbs
from ruextract.facts.counts.ones import more_alone, ones_alone, ones_of_counts
from ruextract.facts.counts.substantives import (
    counts_after_dash,
    counts_of_oblique_substantives,
    counts_of_substantives,
)
from ruextract.facts.counts.verbs import (
    bare_counts,
    counts_before_verb,
    counts_closing_sentence,
    multiplied_counts_by_verb,
)

__all__ = [
    "PEOPLE",
    "adjectives_for_nouns",
    "bare_counts",
    "collectives_alone",
    "counted_genitive",
    "counts_after_dash",
    "counts_before_verb",
    "counts_closing_sentence",
    "counts_listed_before_dash",
    "counts_of_capitalised_nouns",
    "counts_of_number_nouns",
    "counts_of_oblique_substantives",
    "counts_of_quoted_nouns",
    "counts_of_substantives",
    "counts_restated_in_words",
    "is_plural_genitive_noun",
    "manner_nouns",
    "more_alone",
    "multiplied_counts_by_verb",
    "ones_alone",
    "ones_of_counts",
    "parts_of_counts",
    "substantive_lemma",
    "sums_in_brackets",
    "times_adverbs",
    "totals_after_rank",
]

"""Token predicates of the date grammar (numbers, month and weekday names, units, Roman numerals),
the prepositions and qualifiers kept inside a span, and the helpers that read lemmas
(:func:`month_of`, :func:`lemma_in`) or make an adjective agree with its noun (:func:`agreeing`).
"""

from __future__ import annotations

from yargy import and_, or_, rule
from yargy.predicates import (
    caseless,
    custom,
    dictionary,
    eq,
    gram,
    gte,
    in_caseless,
    length_eq,
    lte,
)
from yargy.predicates import (
    type as token_type,
)

from ruextract import models
from ruextract.grammars.dates.words import (
    MONTH_ADJECTIVES,
    MONTHS,
    NUMERALS,
    ORDINALS,
    SEASONS,
    SHIFTS,
    UNIT_LEMMAS,
    WEEKDAYS,
    roman_value,
    unit_of,
)

# ---------------------------------------------------------------------------------------------
# TOKENS

INT = token_type("INT")
DASH = in_caseless({"-", "—", "–", "‑"})
DOT = eq(".")
COMMA = eq(",")
SEPARATOR = in_caseless({".", "/"})

DAY = and_(INT, gte(1), lte(31))
MONTH_NUMBER = and_(INT, gte(1), lte(12))
YEAR_NUMBER = and_(INT, length_eq(4), gte(1000), lte(2100))
YEAR_SHORT_NUMBER = and_(INT, length_eq(2))

MONTH_NAME = dictionary(set(MONTHS))
MONTH_ADJECTIVE = dictionary(set(MONTH_ADJECTIVES))
WEEKDAY_NAME = dictionary(set(WEEKDAYS))
SEASON_NAME = or_(dictionary({"зима", "весна", "лето", "осень"}), in_caseless(set(SEASONS)))
SHIFT_WORD = dictionary(set(SHIFTS))
ORDINAL_WORD = dictionary(set(ORDINALS))
NUMERAL_WORD = dictionary({name for name, value in NUMERALS.items()})
# a word of a unit of time, by lemma and by form ("дел", a form pymorphy may give "день" as a
# lemma of, is "дело")
UNIT_WORD = and_(
    or_(dictionary(UNIT_LEMMAS), in_caseless({"лет", "полгода", "полвека", "суток"})),
    custom(lambda value: unit_of(value) is not None),
)
YEAR_WORD = dictionary({"год"})
# "г.", "гг.", and "г. р." / "г.р." of a year of birth ("Евгений Манюров (1980 г.р.)")
YEAR_ABBR = rule(
    in_caseless({"г", "гг"}), DOT.optional(), rule(caseless("р"), DOT.optional()).optional()
)
ROMAN = custom(lambda value: roman_value(value) is not None)


def month_of(word: str) -> int | None:
    """Month number of a month name in any case ("марта" -> 3)."""
    for parse in models.morph_analyzer().parse(word.lower()):
        if parse.normal_form in MONTHS:
            return MONTHS[parse.normal_form]
        if parse.normal_form in MONTH_ADJECTIVES:
            return MONTH_ADJECTIVES[parse.normal_form]
    return None


def lemma_in(table: dict):
    """A normalizer: the value in ``table`` of the first parse of a word whose lemma is there."""

    def lookup(word: str):
        for parse in models.morph_analyzer().parse(word.lower()):
            if parse.normal_form in table:
                return table[parse.normal_form]
        return table.get(word.lower())

    return lookup


# the cases an adjective and its noun agree in; a noun's second locative and genitive ("в
# прошлом году") count as the adjective's locative and genitive
CASES = {
    "nomn": ("nomn",),
    "gent": ("gent", "gen2"),
    "datv": ("datv",),
    "accs": ("accs",),
    "ablt": ("ablt",),
    "loct": ("loct", "loc2"),
}


def agreeing(adjective, adjective_meaning, noun, noun_meaning):
    """An adjective and the noun after it in the same case ("в этом месяце", "прошлого года";
    not "узнала об этом месяц назад", where "этом" goes with "об"), each with its
    interpretation. The grammar has no relations between words (they would slow the parser
    down), so each case is an alternative of its own."""
    return or_(
        *(
            rule(
                and_(adjective, gram(case)).interpretation(adjective_meaning),
                and_(noun, or_(*(gram(form) for form in forms))).interpretation(noun_meaning),
            )
            for case, forms in CASES.items()
        )
    )


# ---------------------------------------------------------------------------------------------
# PREPOSITIONS AND QUALIFIERS (kept inside the span, as NEREL does)

PREP_IN = in_caseless({"в", "во", "на", "за", "к", "ко", "от", "по", "около", "после", "спустя"})
PREP_FROM = in_caseless({"с", "со", "c"})  # Latin "c" is a common typo
PREP_UNTIL = in_caseless({"до", "по"})
PREP_DURING = or_(
    rule(caseless("в"), caseless("течение")),
    rule(caseless("на"), caseless("протяжении")),
    rule(caseless("в"), caseless("ходе")),
    rule(caseless("течение")),
)
QUALIFIER = or_(
    rule(in_caseless({"почти", "более", "менее", "около", "свыше", "примерно", "порядка"})),
    rule(in_caseless({"больше", "меньше", "уже", "целых", "всего", "лишь", "последние"})),
    rule(in_caseless({"первые"})),  # "за первые сутки"
    rule(caseless("не"), in_caseless({"более", "менее", "позднее", "больше", "меньше"})),
    rule(caseless("более"), caseless("чем")),
)
PART = in_caseless(
    {"начале", "середине", "конце", "начала", "середины", "конца", "начало", "конец", "середина"}
)
# parts of a period, by lemma: "в начале 2000-х", "к середине 2015 года", "в канун 2013 года"
PARTS = {"начало": "start", "середина": "mid", "конец": "end", "канун": "eve"}
PART_WORD = and_(
    dictionary(set(PARTS)),
    in_caseless(
        {"начале", "середине", "конце", "начала", "середины", "конца", "началу", "концу",
         "кануне", "канун", "середину", "начало", "конец"}
    ),
)  # fmt: skip
HALF_PARTS = {1: "first_half", 2: "second_half"}

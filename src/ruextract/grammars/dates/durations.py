"""Lengths of time in the date grammar: durations ("почти 20 лет", "в течение года",
"трёхдневный"), periods ("за 10 месяцев 2023 года"), time ago ("два года назад") and later
("год спустя").
"""

from __future__ import annotations

from yargy import or_, rule
from yargy.predicates import (
    caseless,
    custom,
    dictionary,
    gram,
    in_caseless,
)

from ruextract.grammars.dates.facts import Date
from ruextract.grammars.dates.points import RELATIVE_YEAR, YEAR
from ruextract.grammars.dates.tokens import (
    COMMA,
    DASH,
    INT,
    NUMERAL_WORD,
    ORDINAL_WORD,
    PREP_DURING,
    QUALIFIER,
    UNIT_WORD,
)
from ruextract.grammars.dates.words import unit_of

# ---------------------------------------------------------------------------------------------
# DURATIONS, PERIODS AND TIME AGO

AMOUNT = or_(
    rule(INT, rule(COMMA, INT).optional()),
    rule(NUMERAL_WORD, NUMERAL_WORD.optional()),
    rule(or_(NUMERAL_WORD, INT), caseless("с"), caseless("половиной")),
    rule(dictionary({"несколько", "пара", "десяток", "ряд"}), NUMERAL_WORD.optional()),
    rule(INT, DASH, INT),
    rule(INT, DASH, in_caseless({"ти", "х", "и", "ми"})),  # "до 35-ти лет"
    rule(or_(INT, NUMERAL_WORD), caseless("с"), caseless("лишним")),  # "20 с лишним лет"
    rule(caseless("последние"), INT.optional()),
    rule(in_caseless({"считанные", "считанных", "считанными"})),
)
# an adjective between the amount and the unit: "два последующих года", "три следующих дня"
SEQUENCE_ADJECTIVE = in_caseless(
    {"последующих", "последующие", "следующих", "следующие", "ближайших", "ближайшие"}
)
DURATION_CORE = rule(
    AMOUNT.interpretation(Date.amount).optional(),
    UNIT_WORD.interpretation(Date.unit.custom(unit_of)),
)
DURATION_NUMBER = rule(
    AMOUNT.interpretation(Date.amount),
    SEQUENCE_ADJECTIVE.optional(),
    UNIT_WORD.interpretation(Date.unit.custom(unit_of)),
)

PERIOD = rule(
    caseless("за").interpretation(Date.kind.const("period")),
    rule(in_caseless({"первые", "последние"})).optional(),
    AMOUNT.interpretation(Date.amount),
    UNIT_WORD.interpretation(Date.unit.custom(unit_of)),
    or_(YEAR, RELATIVE_YEAR).interpretation(Date.start),
)

# "год спустя", "три года спустя": a length after the date just named (resolved like "через год")
LATER = rule(
    DURATION_CORE,
    caseless("спустя"),
)

AGO = rule(
    QUALIFIER.optional(),
    or_(DURATION_CORE, rule(dictionary({"некоторый"}), dictionary({"время"}))),
    caseless("тому").optional(),  # "три года тому назад"
    caseless("назад").interpretation(Date.kind.const("ago")),
)

# adjectives of length: "трёхдневный", "30-дневный", "годичный"; "-летний" only before a
# noun of time ("15-летний срок"), since "66-летний житель" is an age
LENGTH_ADJECTIVE = custom(
    lambda value: (
        value.lower().startswith(("месячн", "недельн", "годичн"))
        or any(part in value.lower() for part in ("хдневн", "тидневн", "имесячн", "хмесячн"))
    )
)
# "дневной" alone is "daytime" ("«Дневной дозор»"): a length only after a number ("30-дневный")
DAYS_SUFFIX = custom(lambda value: value.lower().startswith("дневн"))
YEARS_ADJECTIVE = custom(lambda value: "летн" in value.lower()[1:])  # not "летний" (summer)
YEARS_SUFFIX = custom(lambda value: value.lower().startswith("летн"))
TERM_NOUN = dictionary(
    {"срок", "опыт", "стаж", "контракт", "запрет", "период", "карантин", "заключение", "мораторий"}
)
DURATION_ADJECTIVE = or_(
    rule(
        rule(INT, DASH).optional(),
        LENGTH_ADJECTIVE.interpretation(Date.kind.const("duration")),
    ),
    rule(INT, DASH, DAYS_SUFFIX.interpretation(Date.kind.const("duration"))),
    # "шестилетний (президентский) срок"
    rule(
        YEARS_ADJECTIVE.interpretation(Date.kind.const("duration")),
        gram("ADJF").optional(),
        TERM_NOUN,
    ),
    rule(INT, DASH, YEARS_SUFFIX.interpretation(Date.kind.const("duration")), TERM_NOUN),
)
DURATION = or_(
    rule(
        QUALIFIER.optional(),
        or_(PREP_DURING, rule(in_caseless({"через", "на", "за", "до", "спустя", "от"}))),
        QUALIFIER.optional(),
        DURATION_CORE,
    ),
    rule(QUALIFIER.optional(), DURATION_NUMBER),
    # hours only as a length ("в течение 12 часов", "за последние 24 часа", "за 12 часов"):
    # "в 10 часов" is a time of day, "через три часа" and "за два часа до начала" a time
    # (NEREL's TIME; the filters drop the latter)
    rule(
        or_(PREP_DURING, rule(caseless("за"), in_caseless({"последние", "первые"}).optional())),
        AMOUNT.interpretation(Date.amount),
        dictionary({"час"}).interpretation(Date.unit.const("hour")),
    ),
    # "более двух часов", "почти 12 часов" (not "около 10 часов": a time of day), "53 часа 22
    # минуты"; a time of day ("в 10 часов 30 минут") is dropped by the filters
    rule(
        or_(
            rule(in_caseless({"почти", "более", "менее", "свыше", "больше", "меньше", "целых"})),
            rule(caseless("не"), in_caseless({"более", "менее", "больше", "меньше"})),
        ),
        AMOUNT.interpretation(Date.amount),
        dictionary({"час"}).interpretation(Date.unit.const("hour")),
    ),
    rule(
        AMOUNT.interpretation(Date.amount),
        dictionary({"час"}).interpretation(Date.unit.const("hour")),
        INT,
        dictionary({"минута"}),
    ),
    rule(QUALIFIER, UNIT_WORD.interpretation(Date.unit.custom(unit_of))),
    rule(in_caseless({"полгода", "полвека", "полугода"})),
    # "провела неделю в постели": the accusative of a unit is a length of time
    rule(in_caseless({"неделю"}).interpretation(Date.unit.custom(unit_of))),
    # "он второй день в реанимации", "третий год подряд"
    rule(
        ORDINAL_WORD,
        in_caseless({"день", "год", "неделю", "месяц"}).interpretation(Date.unit.custom(unit_of)),
        caseless("подряд").optional(),
    ),
    rule(caseless("на"), in_caseless({"год", "месяц", "неделю"})),
    DURATION_ADJECTIVE,
)

WEEKDAY_ADJECTIVE = rule(
    custom(lambda value: value.lower().startswith(("субботн", "воскресн")))
).interpretation(Date.kind.const("weekday_adjective"))

"""Vague references of the date grammar: "в последние годы", "накануне", "в тот же день"."""

from __future__ import annotations

from yargy import or_, rule
from yargy.predicates import (
    caseless,
    in_caseless,
)

from ruextract.grammars.dates.tokens import INT, NUMERAL_WORD, PREP_DURING, UNIT_WORD

# ---------------------------------------------------------------------------------------------
# VAGUE: "в последние годы", "накануне", "в тот же день"

VAGUE = or_(
    rule(
        rule(or_(rule(in_caseless({"в", "во", "за", "на"})), PREP_DURING)).optional(),
        in_caseless(
            {
                "последние",
                "ближайшие",
                "последний",
                "ближайший",
                "предыдущие",
                "последующие",
                "последующих",
                "последних",
                "последней",
                "последнего",
                "ближайших",
                "последнее",
                "многих",
                "многие",
                "разные",
            }
        ),
        rule(or_(NUMERAL_WORD, INT)).optional(),
        UNIT_WORD,
    ),
    rule(
        in_caseless({"в", "во"}),
        in_caseless({"том", "этом"}),
        caseless("же"),
        in_caseless({"году", "месяце", "сезоне"}),
    ),
    # "лучшим режиссёром того года", "в марте того же года": the year just named
    rule(caseless("того"), caseless("же").optional(), caseless("года")),
    # "вечером того же дня", "утром следующего дня": the day just named, or the one after
    rule(in_caseless({"того", "этого"}), caseless("же"), caseless("дня")),
    rule(caseless("следующего"), caseless("дня")),
    rule(in_caseless({"в", "во"}), in_caseless({"разное", "разные"}), caseless("время")),
    rule(
        in_caseless({"в", "на", "все"}).optional(),
        # "в минувшие выходные", "на прошлых выходных", "в ближайшие выходные"
        in_caseless(
            {"минувшие", "прошедшие", "прошлые", "прошлых", "ближайшие", "эти", "этих"}
        ).optional(),
        in_caseless({"выходные", "выходных"}),
    ),
    rule(caseless("накануне")),
    rule(
        in_caseless({"в", "на"}),
        in_caseless({"тот", "этот", "следующий", "тот же", "другой", "этот же"}),
        caseless("же").optional(),
        in_caseless({"день", "год", "месяц", "неделю", "сутки"}),
    ),
    rule(caseless("на"), in_caseless({"днях", "сегодняшний"}), caseless("день").optional()),
    rule(
        in_caseless({"годом", "месяцем", "неделей", "днём", "днем"}),
        in_caseless({"ранее", "позже", "позднее", "раньше"}),
    ),
    # "двумя неделями ранее", "тремя годами позже": counted from the day or year just named
    rule(
        or_(NUMERAL_WORD, INT),
        in_caseless({"годами", "неделями", "днями", "сутками"}),
        in_caseless({"ранее", "позже", "позднее", "раньше"}),
    ),
    rule(in_caseless({"долгие", "многие"}), in_caseless({"годы", "года", "лета", "месяцы"})),
    # "с того дня", "с этого момента"
    rule(
        in_caseless({"с", "со"}),
        in_caseless({"того", "этого"}),
        in_caseless({"дня", "момента", "времени"}),
    ),
    rule(
        in_caseless({"до", "к"}),
        caseless("конца"),
        in_caseless({"года", "месяца", "недели", "сезона"}),
    ),
)

"""Amounts that are no facts, dropped from the grammars' matches: ratios and ranks ("в 3
раза", "2 место"), weights in pounds, "один" as phrasing ("ни один", "с одной стороны"), parts
of formulas, years written "г.", denominators ("1/8 финала"), counts a possessive makes none,
web addresses; whether a noun has the form a count takes (:func:`agrees_as_count`)."""

from __future__ import annotations

import re

from ruextract.facts.amounts.matches import SENTENCE_END
from ruextract.facts.amounts.readings import QUANTITY_KIND
from ruextract.records import Fact

# web addresses: their "%D0" escapes and digits are not facts
# (from the bracket a wiki link opens with: "голосов[https://…" keeps its word)
URL = re.compile(r"[^\s\[]*(?:https?://|www\.|%[0-9A-F]{2}%)\S*", re.IGNORECASE)


def may_hold_url(text: str) -> bool:
    """False when ``URL`` cannot match ``text``: it has no "%", "http" nor "www." in any case
    (the regex tries its opening at every character: a millisecond per article)."""
    if "%" in text:
        return True
    lowered = text.lower()
    return "http" in lowered or "www." in lowered


# "в 3 раза больше": a ratio
RATIO_BEFORE = re.compile(r"\bв[оа]?\s+$", re.IGNORECASE)
# nouns that a number before them may rank instead of count ("5 тур" / "17 матчей")
RANK_NOUNS = frozenset({"место", "тур", "матч", "сезон"})


# "8 фунтов 6 унций": pounds of weight, not of money
OUNCES_AFTER = re.compile(r"\s+\d+\s+унц", re.IGNORECASE)


def is_weight(text: str, fact: Fact) -> bool:
    """ "весит 8 фунтов 6 унций": a pound followed by ounces is a weight, no money."""
    return fact.unit == "GBP" and bool(OUNCES_AFTER.match(text, fact.stop))


# "один" as a word that counts nothing: "ни один олигарх", "плюс один голос" (a formula), "за
# один тур до конца" and "за одну карточку" (a span of time, a denominator: "за" measures),
# "с одной стороны", "одним словом"
ONE_WORD = re.compile(r"^(?:один|одн[а-я]+)\s", re.IGNORECASE)
NOT_ONE_BEFORE = re.compile(r"\b(?:ни|плюс)\s+$", re.IGNORECASE)
# "за" before "один": a span of time when its noun is one of time or of a contest's parts ("за
# один тур до конца", "за один присест"), a denominator after a price ("по 10 долларов за одну
# карточку"); else what it was for ("играл только за один клуб": a count)
FOR_BEFORE = re.compile(r"\bза\s+$", re.IGNORECASE)
SPAN_NOUNS = frozenset(
    {"тур", "раунд", "период", "сезон", "матч", "игра", "этап", "круг", "заход", "присест",
     "подход", "сеанс", "вечер", "ночь", "день", "неделя", "месяц", "год", "час", "минута",
     "сутки", "раз", "поездка", "визит", "сессия", "заседание"}
)  # fmt: skip
# a price before "за" in its sentence: a number, a currency sign or word
PRICE_BEFORE = re.compile(
    r"(?:\d|[$€£₽]|\b(?:доллар|евро|рубл|фунт|тенге|гривн|юан|цен|стои|плат))[^.!?\n]*$",
    re.IGNORECASE,
)
# "за" + accusative ("за один клуб") is what for; + instrumental ("за одним столом") where
ACCUSATIVE_ONE = frozenset({"один", "одну", "одно", "одного"})
# how far back in its sentence that price may be
PRICE_BEFORE_REACH = 120
ONE_IDIOM = re.compile(r"^(?:одной\s+стороны|одним\s+словом)\b", re.IGNORECASE)
# "Одно соглашение относится к …, другое …": "один" paired with "другой" picks one of them
OTHER_AFTER = re.compile(r"\bдруг(?:ой|ая|ое|ие|ого|ую|ому|им|ом)\b", re.IGNORECASE)
# how far after "один" its pair "другой" may be, in the same sentence
OTHER_REACH = 150


def is_phrasing_one(text: str, fact: Fact) -> bool:
    """True when "один" + noun counts nothing: after "ни" or "плюс", after "за" before a noun of
    time or after a price (:data:`SPAN_NOUNS`, :data:`PRICE_BEFORE`), in an idiom, paired
    with "другой" later in its sentence, or before a noun that is not singular ("по одним
    данным"); "одна винтовка", "ещё одно серебро", "в одной программе" are counts of one."""
    from ruextract import models
    from ruextract.grammars.quantity import noun_lemma

    if fact.kind != QUANTITY_KIND or fact.value != 1 or not ONE_WORD.match(fact.text):
        return False
    if NOT_ONE_BEFORE.search(text, max(0, fact.start - 6), fact.start):
        return True
    if FOR_BEFORE.search(text, max(0, fact.start - 4), fact.start):
        if fact.text.split()[0].lower() not in ACCUSATIVE_ONE:
            # "сидел за одним столом": "за" with the instrumental is a place ("one" = same)
            return True
        noun = noun_lemma(fact.text.split()[-1])
        price = PRICE_BEFORE.search(text, max(0, fact.start - PRICE_BEFORE_REACH), fact.start)
        if noun in SPAN_NOUNS or price is not None:
            return True
    if ONE_IDIOM.match(fact.text):
        return True
    after = text[fact.stop : fact.stop + OTHER_REACH]
    end = SENTENCE_END.search(after)
    if OTHER_AFTER.search(after[: end.start() if end else len(after)]):
        return True
    noun = fact.text.split()[-1].lower()
    return not any(
        "NOUN" in p.tag and p.tag.number == "sing" for p in models.morph_analyzer().parse(noun)
    )


# "половины избирателей плюс один голос": a part of a formula, no count
FORMULA_AFTER = re.compile(r"\s+(?:плюс|минус)\b", re.IGNORECASE)


# a fraction word opening a count ("половине списка"), after an ordinal ("во второй …")
FRACTION_START = re.compile(r"^(?:\S+\s+){0,2}?(?:четверт|трет|половин)", re.IGNORECASE)
WORD_BEFORE = re.compile(r"([а-яё]+)\s+$", re.IGNORECASE)


def is_formula_part(text: str, fact: Fact) -> bool:
    """True for a count followed by "плюс"/"минус" ("половины избирателей плюс один голос"),
    and for a fraction after an ordinal ("во второй половине списка": a part by place) or
    before a word that is no genitive (a share is of a whole in the genitive)."""
    from ruextract import models

    if fact.kind != QUANTITY_KIND:
        return False
    if FORMULA_AFTER.match(text, fact.stop):
        return True
    if not FRACTION_START.match(fact.text):
        return False
    whole = fact.text.split()[-1].lower()
    if not any("gent" in p.tag for p in models.morph_analyzer().parse(whole)):
        # a share is of a whole in the genitive
        return True
    before = WORD_BEFORE.search(text, max(0, fact.start - 20), fact.start)
    return before is not None and any(
        "Anum" in p.tag for p in models.morph_analyzer().parse(before.group(1).lower())
    )


# "г" after a number: grams ("около 3800 г"), unless it is a year's ("2010 г.", "2011г.",
# "1993 г")
GRAM_ABBREVIATION = re.compile(r"г(\.?)$", re.IGNORECASE)


def is_year_abbreviation(text: str, fact: Fact) -> bool:
    """True for a count in "г" that is a year: a dot after it or a year-like number."""
    abbreviation = GRAM_ABBREVIATION.search(fact.text) if fact.unit == "g" else None
    if abbreviation is None:
        return False
    dot = bool(abbreviation.group(1)) or text[fact.stop : fact.stop + 1] == "."
    return dot or 1000 <= fact.value <= 2100


# "1/8 финала", "1/3 акций": the digits before a count's number and a slash
SLASH_BEFORE = re.compile(r"\d\s*/\s*$")


def is_slash_denominator(text: str, fact: Fact) -> bool:
    """True for a count whose number is the denominator of a fraction written with a slash
    ("остановился на стадии 1/8 финала": a stage, not 8 finals; "1/3 акций" is no count of
    3 shares)."""
    if fact.kind != QUANTITY_KIND or not fact.text[:1].isdigit():
        return False
    return bool(SLASH_BEFORE.search(text, max(0, fact.start - 6), fact.start))


def is_ratio_or_rank(text: str, fact: Fact) -> bool:
    """ "в 3 раза" is a ratio, "2 место" a rank (not "21 место", "105 мест"): no counts."""
    if fact.kind != QUANTITY_KIND:
        return False
    if fact.unit == "раз":
        return bool(RATIO_BEFORE.search(text[max(0, fact.start - 4) : fact.start]))
    if fact.unit in RANK_NOUNS:
        return not agrees_as_count(fact.value, fact.text.split()[-1])
    return False


def is_determiner_unagreed(text: str, fact: Fact) -> bool:
    """True for a count with a possessive or "другой" before its noun
    (:data:`~ruextract.grammars.quantity.DETERMINER`) that counts nothing: in digits, a noun
    that does not take the number's form ("В 2012 его команда": a year before a subject);
    "один" (an indefinite "one of his": "один его друг", "хотя бы один ваш военный"). "80 его
    последователей", "двух других актрис" are counts."""
    from ruextract.grammars.quantity import DETERMINER_LEMMAS, DETERMINER_WORDS, noun_lemma

    if fact.kind != QUANTITY_KIND:
        return False
    words = fact.text.lower().split()
    if not any(w in DETERMINER_WORDS or noun_lemma(w) in DETERMINER_LEMMAS for w in words[1:-1]):
        return False
    if not fact.text[:1].isdigit():
        return bool(ONE_WORD.match(fact.text))
    return 1000 <= fact.value <= 2100 or not agrees_as_count(fact.value, words[-1])


def agrees_as_count(value: float, noun: str) -> bool:
    """True when ``noun`` has the form a count of ``value`` takes: plural ("17 матчей", "105
    мест"), genitive singular after 2–4 ("3 тура"), singular after 21, 31 … ("51 место");
    "2 место", "5 тур", "в 3 туре" are ranks."""
    from ruextract import models

    tens, last = int(value) % 100, int(value) % 10
    for parse in models.morph_analyzer().parse(noun.lower()):
        if "NOUN" not in parse.tag:
            continue
        if parse.tag.number == "plur":
            return True
        if 2 <= last <= 4 and not 12 <= tens <= 14 and parse.tag.case == "gent":
            return True
        if last == 1 and tens != 11 and value != 1:
            return True
    return False

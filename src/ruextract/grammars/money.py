"""Money: an amount with its currency, prefix or suffix ("$3,3 млрд", "21,4 миллиарда долларов").

Currencies come out as ISO 4217 codes (the code list is ISO 4217 as published in pycountry's
``currencies``; the Russian names and adjectives are ours). Ranges ("от 3 тыс. до 5 тыс.
рублей", "50-70 млн рублей") take the currency, and where the lower bound has none, the
multiplier, of the upper bound.
"""

from __future__ import annotations

from yargy import or_, rule
from yargy.interpretation import const, fact
from yargy.predicates import caseless, eq, in_, normalized

from ruextract.grammars.numbers import AMOUNT, DASH, DOT, QUALIFIER, RANGE_FROM, RANGE_TO

Money = fact("Money", ["qualifier", "amount", "amount_max", "currency"])


# ---------------------------------------------------------------------------
# CURRENCY
# ---------------------------------------------------------------------------

# (adjective lemma or None, noun lemma) -> ISO 4217; "доллар" alone is the US dollar
CURRENCY_WORDS: dict[tuple[str | None, str], str] = {
    (None, "доллар"): "USD",
    ("американский", "доллар"): "USD",
    ("гонконгский", "доллар"): "HKD",
    ("канадский", "доллар"): "CAD",
    ("австралийский", "доллар"): "AUD",
    ("новозеландский", "доллар"): "NZD",
    ("сингапурский", "доллар"): "SGD",
    ("тайваньский", "доллар"): "TWD",
    (None, "евро"): "EUR",
    (None, "рубль"): "RUB",
    ("российский", "рубль"): "RUB",
    ("белорусский", "рубль"): "BYN",
    (None, "юань"): "CNY",
    ("китайский", "юань"): "CNY",
    (None, "иена"): "JPY",
    (None, "йена"): "JPY",
    ("японский", "иена"): "JPY",
    ("японский", "йена"): "JPY",
    (None, "фунт"): "GBP",
    ("британский", "фунт"): "GBP",
    (None, "тенге"): "KZT",
    (None, "гривна"): "UAH",
    (None, "гривня"): "UAH",
    ("шведский", "крона"): "SEK",
    ("норвежский", "крона"): "NOK",
    ("датский", "крона"): "DKK",
    ("чешский", "крона"): "CZK",
    ("исландский", "крона"): "ISK",
    ("швейцарский", "франк"): "CHF",
    (None, "франк"): "CHF",
    ("турецкий", "лира"): "TRY",
    ("индийский", "рупия"): "INR",
    ("пакистанский", "рупия"): "PKR",
    (None, "рупия"): "INR",
    (None, "сом"): "KGS",
    (None, "сомони"): "TJS",
    (None, "сум"): "UZS",
    (None, "драм"): "AMD",
    (None, "манат"): "AZN",
    ("азербайджанский", "манат"): "AZN",
    ("туркменский", "манат"): "TMT",
    (None, "лари"): "GEL",
    ("молдавский", "лей"): "MDL",
    ("румынский", "лей"): "RON",
    (None, "злотый"): "PLN",
    (None, "форинт"): "HUF",
    (None, "вона"): "KRW",
    ("южнокорейский", "вона"): "KRW",
    (None, "реал"): "BRL",
    ("бразильский", "реал"): "BRL",
    ("мексиканский", "песо"): "MXN",
    ("аргентинский", "песо"): "ARS",
    (None, "шекель"): "ILS",
    (None, "дирхам"): "AED",
    (None, "риял"): "SAR",
    (None, "риал"): "IRR",
    ("болгарский", "лев"): "BGN",
    (None, "динар"): "RSD",
    (None, "ранд"): "ZAR",
    (None, "бат"): "THB",
    (None, "донг"): "VND",
}
CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "USD", "€": "EUR", "₽": "RUB", "£": "GBP", "¥": "JPY", "₸": "KZT", "₴": "UAH",
}  # fmt: skip
# adjectives of money: "100-долларовая купюра"
CURRENCY_ADJECTIVES: dict[str, str] = {
    "долларовый": "USD", "рублевый": "RUB", "рублёвый": "RUB", "евровый": "EUR",
}  # fmt: skip

US = in_({"США", "США.", "US"})


def currency_rule(adjective: str | None, noun: str, code: str):
    """One currency name: its adjective (if any) and noun in any case → ``code``."""
    parts = [normalized(noun)]
    if adjective:
        parts.insert(0, normalized(adjective))
    if noun == "доллар":
        parts.append(US.optional())
    if noun == "фунт":
        parts.append(normalized("стерлинг").optional())
    return rule(*parts).interpretation(const(code))


ABBREVIATIONS = or_(
    rule(caseless("руб"), DOT.optional()).interpretation(const("RUB")),
    rule(caseless("р"), DOT).interpretation(const("RUB")),
    rule(caseless("долл"), DOT.optional(), US.optional()).interpretation(const("USD")),
    rule(in_({"USD", "EUR", "RUB", "GBP", "CNY", "JPY", "KZT", "UAH", "CHF"})).interpretation(
        # the ISO code as written
        Money.currency.custom(str.upper)
    ),
)
SYMBOL = or_(*(eq(symbol).interpretation(const(code)) for symbol, code in CURRENCY_SYMBOLS.items()))
CURRENCY = or_(
    *(currency_rule(adj, noun, code) for (adj, noun), code in CURRENCY_WORDS.items()),
    ABBREVIATIONS,
    rule(SYMBOL),
).interpretation(Money.currency)
PREFIX_CURRENCY = SYMBOL.interpretation(Money.currency)
CURRENCY_ADJECTIVE = or_(
    *(normalized(adj).interpretation(const(code)) for adj, code in CURRENCY_ADJECTIVES.items())
).interpretation(Money.currency)


# ---------------------------------------------------------------------------
# MONEY
# ---------------------------------------------------------------------------

AMOUNT_MIN = AMOUNT.interpretation(Money.amount)
AMOUNT_MAX = AMOUNT.interpretation(Money.amount_max)
QUALIFIED = QUALIFIER.interpretation(Money.qualifier).optional()

MONEY = or_(
    # "21,4 миллиарда долларов", "около 2,2 трлн руб."
    rule(QUALIFIED, AMOUNT_MIN, CURRENCY),
    # "$3,3 млрд", "более $27 млн"
    rule(QUALIFIED, PREFIX_CURRENCY, AMOUNT_MIN),
    # "от 3 тыс. до 5 тыс. рублей", "от 3 до 5 тысяч рублей"
    rule(
        RANGE_FROM.interpretation(Money.qualifier),
        AMOUNT_MIN,
        RANGE_TO,
        AMOUNT_MAX,
        CURRENCY,
    ),
    # "50-70 млн рублей", "200—300 тысяч долларов США"
    rule(AMOUNT_MIN, DASH.interpretation(Money.qualifier.const("range")), AMOUNT_MAX, CURRENCY),
    # "от $3 до $5 млн"
    rule(
        RANGE_FROM.interpretation(Money.qualifier),
        PREFIX_CURRENCY,
        AMOUNT_MIN,
        RANGE_TO,
        SYMBOL,
        AMOUNT_MAX,
    ),
    # "$0,91 — $1,02 млн"
    rule(
        PREFIX_CURRENCY,
        AMOUNT_MIN,
        DASH.interpretation(Money.qualifier.const("range")),
        SYMBOL,
        AMOUNT_MAX,
    ),
    # "100-долларовая купюра"
    rule(AMOUNT_MIN, DASH, CURRENCY_ADJECTIVE),
).interpretation(Money)
# every MONEY alternative above holds one of these: a text without them has no money
ANCHORS = (CURRENCY, PREFIX_CURRENCY, CURRENCY_ADJECTIVE)

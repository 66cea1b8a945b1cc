"""Build and check the facts gold (``data/gold/facts.jsonl``) from hand annotations.

The annotations are written by reading each article, one file per article in
``data/gold/facts_src/<id>.ann`` (no texts in the repository). This script finds every annotated
surface in the article text (in reading order: each item is searched from the end of the one
before it), writes ``start``/``stop``, and validates the whole gold file.

    python tools/gold_offsets.py build  [--texts ../shared/data/gold]   # .ann -> facts.jsonl
    python tools/gold_offsets.py check  [--texts ../shared/data/gold]   # validate facts.jsonl

Format of an ``.ann`` file (``#`` starts a comment line)::

    source nerel_train
    id 12522_text
    set tune
    date null                                  # or YYYY-MM-DD
    F <surface> | <value> <unit> | key=value; key=value ...
    N <surface> | <why>

``<value>`` is a decimal (``8.2e9``), ``A..B`` for a range (value A, value_max B, qualifier
range) or ``A>B`` for a change from A to B (value B, value_from A). ``<unit>``: ``%`` (percent),
an ISO 4217 code (money) or a counted noun lemma / unit symbol (quantity). Keys: ``q``
qualifier (default exact, or range), ``per``, ``s`` subject, ``st`` subject_text, ``p`` period
(``2015``, ``2015-03``, ``2015-03-05`` or ``START..END`` with either side empty), ``d``
direction, ``c`` change (default level), ``k`` kind (when the unit alone does not tell).
"""

from __future__ import annotations

import argparse
import calendar
import itertools
import json
import random
import re
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "data" / "gold" / "facts_src"
GOLD = ROOT / "data" / "gold" / "facts.jsonl"

KINDS = {"money", "percent", "quantity"}
QUALIFIERS = {"exact", "approx", "more_than", "less_than", "up_to", "range"}
DIRECTIONS = {"up", "down", None}
CHANGES = {"delta", "level"}
WHYS = {"year", "age", "duration", "ordinal", "time", "score", "id", "other"}
CURRENCIES = {
    "USD", "RUB", "EUR", "GBP", "UAH", "CNY", "INR", "BTC", "KZT", "JPY", "CHF", "PLN", "SEK",
    "HKD", "NOK", "CAD",
}  # fmt: skip
FACT_KEYS = [
    "start", "stop", "surface", "kind", "value", "value_max", "value_from", "unit", "qualifier",
    "per", "subject", "subject_text", "period_start", "period_end", "direction", "change",
]  # fmt: skip
# currencies with no ISO 4217 code: the lemma phrase of the currency
NO_ISO = {"доллар КША"}
ISO = re.compile(r"\d{4}-\d{2}-\d{2}")

# The held-out articles, drawn before annotation: (seed, k, candidates as "source id").
DRAWS = [
    (
        20261127,
        13,
        """nerel_train 12522_text, nerel_train 114858_text, nerel_train 132556_text,
        nerel_dev 213197_text, nerel_train 100986_text, nerel_train 80395_text,
        nerel_train 101502_text, nerel_train 25896_text, nerel_train 576,
        nerel_train 23713_text, nerel_train 90908_text, nerel_train 112677_text,
        nerel_train 16672_text, nerel_dev 1628344_text, nerel_dev 218392_text,
        nerel_train 100148_text, nerel_train 113426_text, nerel_train 4269_text,
        nerel_train 12047_text, nerel_train 520080_text, nerel_train 111819_text,
        nerel_train 14672_text, nerel_train 19968_text, nerel_train 38157_text,
        nerel_train 12581_text, nerel_train 139852_text, nerel_dev 1718166_text,
        nerel_dev 390215_text, nerel_train 106656_text, nerel_train 109378_text,
        nerel_train 4409_text, nerel_train 383""",
    ),
    (
        20261128,
        4,
        """nerel_train 12194_text, nerel_train 114854_text, nerel_train 37745_text,
        nerel_train 110975_text, nerel_train 121887_text, nerel_train 39499_text,
        nerel_train 310, nerel_train 445, nerel_train 509888_text, nerel_train 158393_text""",
    ),
    (
        20261129,
        3,
        """nerel_train 36800_text, nerel_train 56755_text, nerel_train 16734_text,
        nerel_dev 270438_text, nerel_dev 598801_text, nerel_train 12364_text,
        nerel_train 115868_text, nerel_train 163703_text""",
    ),
    # round 3, second pass: a new held-out set, drawn before annotation from the NEREL articles
    # with at least 2 MONEY / PERCENT entities and under 3000 characters that were in no gold yet
    (
        20261130,
        12,
        """nerel_dev 119336_text, nerel_dev 213124_text, nerel_dev 221759_text,
        nerel_dev last_62, nerel_train 055, nerel_train 112753_text, nerel_train 12256_text,
        nerel_train 129381_text, nerel_train 15597_text, nerel_train 16808_text,
        nerel_train 23466_text, nerel_train 27589_text, nerel_train 28074_text, nerel_train 298,
        nerel_train 38165_text, nerel_train 539, nerel_train 57221_text""",
    ),
    # ... and a second batch to make it larger: the articles with at least 1 MONEY / PERCENT
    # entity and under 2000 characters in no gold and no draw yet
    (
        20261131,
        10,
        """nerel_dev 192856_text, nerel_dev 200774_text, nerel_dev 598551_text, nerel_train
        023, nerel_train 041, nerel_train 078, nerel_train 1003, nerel_train
        104218_text, nerel_train 105025_text, nerel_train 105072_text, nerel_train
        109015_text, nerel_train 109033_text, nerel_train 109128_text, nerel_train
        110589_text, nerel_train 1114, nerel_train 112444_text, nerel_train 11250_text,
        nerel_train 117464_text, nerel_train 118656_text, nerel_train 120242_text,
        nerel_train 123549_text, nerel_train 123888_text, nerel_train 125048_text,
        nerel_train 127939_text, nerel_train 128596_text, nerel_train 132387_text,
        nerel_train 133940_text, nerel_train 142539_text, nerel_train 162165_text,
        nerel_train 162664_text, nerel_train 18374_text, nerel_train 18886_text,
        nerel_train 18993_text, nerel_train 19107_text, nerel_train 19358_text,
        nerel_train 19953_text, nerel_train 20160_text, nerel_train 20721_text,
        nerel_train 211, nerel_train 22320_text, nerel_train 2281_text, nerel_train
        22899_text, nerel_train 22998_text, nerel_train 23821_text, nerel_train
        25455_text, nerel_train 28090_text, nerel_train 2988_text, nerel_train
        37367_text, nerel_train 38355_text, nerel_train 384, nerel_train 39363_text,
        nerel_train 3936_text, nerel_train 39392_text, nerel_train 39540_text,
        nerel_train 39923_text, nerel_train 49920_text, nerel_train 504783_text,
        nerel_train 512873_text, nerel_train 520, nerel_train 55256_text, nerel_train
        598_, nerel_train 79752_text, nerel_train 80771_text, nerel_train 82299_text,
        nerel_train 88955_text""",
    ),
    # ... and a third batch for more facts: the articles with at least 2 MONEY / PERCENT
    # entities (any length) in no gold and no draw yet
    (
        20261132,
        2,
        """nerel_train 103597_text, nerel_train 107943_text, nerel_train 1106, nerel_train 1109,
        nerel_train 221""",
    ),
    # ... and a fourth, from the 3 left of that pool
    (20261133, 2, "nerel_train 107943_text, nerel_train 1109, nerel_train 221"),
    # round 4: a new held-out set, drawn before annotation (ids and entity counts only) from the
    # NEREL articles in no facts gold with at least 1 MONEY / PERCENT entity, at least 3
    # MONEY + PERCENT + NUMBER entities and under 4000 characters (unselected candidates of the
    # draws above included: they were never annotated)
    (
        20261134,
        13,
        """nerel_dev 598551_text, nerel_dev last_62, nerel_train 023, nerel_train 04_12_12g,
        nerel_train 1003, nerel_train 1114, nerel_train 11250_text, nerel_train 120242_text,
        nerel_train 12256_text, nerel_train 123549_text, nerel_train 127939_text,
        nerel_train 128596_text, nerel_train 129381_text, nerel_train 133940_text,
        nerel_train 135917_text, nerel_train 15597_text, nerel_train 18374_text,
        nerel_train 18886_text, nerel_train 20160_text, nerel_train 22320_text,
        nerel_train 26416_text, nerel_train 28090_text, nerel_train 2988_text,
        nerel_train 37367_text, nerel_train 38085_text, nerel_train 38355_text,
        nerel_train 39923_text, nerel_train 44699_text, nerel_train 504783_text,
        nerel_train 506815_text, nerel_train 53056_text, nerel_train 55256_text,
        nerel_train 598_, nerel_train 82299_text""",
    ),
    # ... and a second batch for size (65 facts in the first 13), from the 21 left of it
    (
        20261135,
        6,
        """nerel_dev 598551_text, nerel_dev last_62, nerel_train 023, nerel_train 04_12_12g,
        nerel_train 1003, nerel_train 12256_text, nerel_train 123549_text,
        nerel_train 127939_text, nerel_train 128596_text, nerel_train 133940_text,
        nerel_train 135917_text, nerel_train 18886_text, nerel_train 20160_text,
        nerel_train 22320_text, nerel_train 2988_text, nerel_train 38085_text,
        nerel_train 38355_text, nerel_train 39923_text, nerel_train 504783_text,
        nerel_train 55256_text, nerel_train 82299_text""",
    ),
    # round 5: the round-4 pool had 15 candidates left, so the pool was widened: the NEREL
    # articles (train + dev) in no facts gold with at least 7 MONEY + PERCENT + NUMBER entities
    # and at most 6000 characters (ids and entity counts only; one unselected, never annotated
    # candidate of round 4 is in it)
    (
        20261136,
        12,
        """nerel_dev 1637214_text, nerel_dev 221165_text, nerel_dev 405682_text,
        nerel_dev 598378_text, nerel_train 003, nerel_train 104195_text, nerel_train 104472_text,
        nerel_train 108179_text, nerel_train 108694_text, nerel_train 123407_text,
        nerel_train 124044_text, nerel_train 12521_text, nerel_train 126876_text,
        nerel_train 129439_text, nerel_train 13030_text, nerel_train 131095_text,
        nerel_train 133570_text, nerel_train 13649_text, nerel_train 13703_text,
        nerel_train 15063_text, nerel_train 151219_text, nerel_train 15371_text,
        nerel_train 15429_text, nerel_train 159392_text, nerel_train 164183_text,
        nerel_train 18330_text, nerel_train 18908_text, nerel_train 19361_text,
        nerel_train 19613_text, nerel_train 21013_text, nerel_train 2329_text,
        nerel_train 24536_text, nerel_train 39923_text, nerel_train 42263_text,
        nerel_train 44788_text, nerel_train 509121_text, nerel_train 511872_text,
        nerel_train 521225_text, nerel_train 534938_text, nerel_train 56941_text,
        nerel_train 88884_text""",
    ),
    # round 6: the round-5 pool (>= 7 MONEY + PERCENT + NUMBER) is nearly used up, so a wider pool,
    # drawn before annotation from ids and NEREL entity counts only: the NEREL articles (train +
    # dev) in no facts, people or dates gold with at least 4 MONEY + PERCENT + NUMBER entities and
    # at most 8000 characters (110; 36 unselected, never annotated candidates of earlier draws)
    (
        20261137,
        14,
        """nerel_train 014, nerel_train 023, nerel_train 04_12_12g, nerel_train 094,
        nerel_train 1003,
        nerel_train 100832_text, nerel_train 1015, nerel_train 102474_text,
        nerel_train 102645_text, nerel_train 104239_text, nerel_train 104439_text,
        nerel_train 104472_text, nerel_train 104649_text, nerel_train 105729_text,
        nerel_train 106643_text, nerel_train 108179_text, nerel_train 108694_text,
        nerel_train 110172_text, nerel_train 110890_text, nerel_train 111763_text,
        nerel_train 11290_text, nerel_train 113790_text, nerel_train 116060_text,
        nerel_train 118997_text, nerel_train 121454_text, nerel_train 122, nerel_train 122283_text,
        nerel_train 123284_text, nerel_train 123407_text, nerel_train 12383_text,
        nerel_train 124044_text, nerel_train 124327_text, nerel_train 12474_text,
        nerel_train 12521_text, nerel_train 126876_text, nerel_train 127939_text,
        nerel_train 12888_text, nerel_train 129439_text, nerel_train 13030_text,
        nerel_train 133356_text, nerel_train 133570_text, nerel_train 13518_text,
        nerel_train 13549_text, nerel_train 135917_text, nerel_train 13649_text,
        nerel_train 13912_text, nerel_train 14000_text, nerel_train 14018_text,
        nerel_train 141724_text, nerel_train 151219_text, nerel_train 15213_text,
        nerel_train 15371_text, nerel_train 15429_text, nerel_train 15600_text,
        nerel_train 1592_text, nerel_train 159392_text, nerel_train 160284_text,
        nerel_train 16100_text, nerel_train 161651_text, nerel_train 163883_text,
        nerel_train 164003_text, nerel_train 164183_text, nerel_train 18330_text,
        nerel_train 18886_text, nerel_train 18920_text, nerel_train 19598_text,
        nerel_train 19613_text, nerel_train 19634_text, nerel_train 19999_text,
        nerel_train 20185_text, nerel_train 20318_text, nerel_train 21013_text,
        nerel_train 21173_text, nerel_train 21217_text, nerel_train 221, nerel_train 22371_text,
        nerel_train 2329_text, nerel_train 24536_text, nerel_train 25064_text,
        nerel_train 26038_text, nerel_train 26230_text, nerel_train 26402_text,
        nerel_train 27937_text, nerel_train 3366_text, nerel_train 3377_text,
        nerel_train 3397_text, nerel_train 3626_text, nerel_train 37085_text,
        nerel_train 37666_text, nerel_train 38085_text, nerel_train 38739_text,
        nerel_train 39442_text, nerel_train 39912_text, nerel_train 40598_text,
        nerel_train 40984_text, nerel_train 42263_text, nerel_train 44820_text,
        nerel_train 504783_text, nerel_train 509121_text, nerel_train 511872_text,
        nerel_train 527159_text, nerel_train 534256_text, nerel_train 534938_text,
        nerel_train 55256_text, nerel_train 56941_text, nerel_train 57393_text,
        nerel_train 90122_text, nerel_train 90377_text, nerel_train 99748_text,
        nerel_train 99855_text""",
    ),
    # ... and a second batch for size (70 facts in the first 14), from the 96 left of it
    (
        20261138,
        5,
        """nerel_train 023, nerel_train 04_12_12g, nerel_train 094, nerel_train 100832_text,
        nerel_train 1015, nerel_train 102474_text, nerel_train 102645_text,
        nerel_train 104239_text, nerel_train 104439_text, nerel_train 104472_text,
        nerel_train 105729_text, nerel_train 106643_text, nerel_train 108179_text,
        nerel_train 108694_text, nerel_train 110172_text, nerel_train 110890_text,
        nerel_train 111763_text, nerel_train 11290_text, nerel_train 113790_text,
        nerel_train 116060_text, nerel_train 118997_text, nerel_train 121454_text,
        nerel_train 122283_text, nerel_train 123284_text, nerel_train 123407_text,
        nerel_train 12383_text, nerel_train 124044_text, nerel_train 124327_text,
        nerel_train 12521_text, nerel_train 126876_text, nerel_train 127939_text,
        nerel_train 12888_text, nerel_train 129439_text, nerel_train 13030_text,
        nerel_train 133356_text, nerel_train 133570_text, nerel_train 13518_text,
        nerel_train 13549_text, nerel_train 13649_text, nerel_train 13912_text,
        nerel_train 14000_text, nerel_train 14018_text, nerel_train 141724_text,
        nerel_train 151219_text, nerel_train 15213_text, nerel_train 15429_text,
        nerel_train 15600_text, nerel_train 159392_text, nerel_train 160284_text,
        nerel_train 16100_text, nerel_train 161651_text, nerel_train 163883_text,
        nerel_train 164003_text, nerel_train 164183_text, nerel_train 18330_text,
        nerel_train 18886_text, nerel_train 19598_text, nerel_train 19613_text,
        nerel_train 19634_text, nerel_train 19999_text, nerel_train 20185_text,
        nerel_train 20318_text, nerel_train 21173_text, nerel_train 21217_text, nerel_train 221,
        nerel_train 2329_text, nerel_train 24536_text, nerel_train 25064_text,
        nerel_train 26038_text, nerel_train 26230_text, nerel_train 26402_text,
        nerel_train 27937_text, nerel_train 3366_text, nerel_train 3377_text,
        nerel_train 3397_text, nerel_train 3626_text, nerel_train 37085_text,
        nerel_train 37666_text, nerel_train 38085_text, nerel_train 38739_text,
        nerel_train 39442_text, nerel_train 39912_text, nerel_train 40984_text,
        nerel_train 42263_text, nerel_train 44820_text, nerel_train 504783_text,
        nerel_train 511872_text, nerel_train 534256_text, nerel_train 534938_text,
        nerel_train 55256_text, nerel_train 56941_text, nerel_train 57393_text,
        nerel_train 90122_text, nerel_train 90377_text, nerel_train 99748_text,
        nerel_train 99855_text""",
    ),
    # ... and a third, as those 19 held 87 facts, from the 91 left
    (
        20261139,
        2,
        """nerel_train 023, nerel_train 04_12_12g, nerel_train 094, nerel_train 100832_text,
        nerel_train 1015, nerel_train 102474_text, nerel_train 102645_text,
        nerel_train 104239_text, nerel_train 104439_text, nerel_train 104472_text,
        nerel_train 105729_text, nerel_train 106643_text, nerel_train 108179_text,
        nerel_train 108694_text, nerel_train 110172_text, nerel_train 110890_text,
        nerel_train 111763_text, nerel_train 11290_text, nerel_train 113790_text,
        nerel_train 116060_text, nerel_train 118997_text, nerel_train 122283_text,
        nerel_train 123284_text, nerel_train 123407_text, nerel_train 12383_text,
        nerel_train 124044_text, nerel_train 124327_text, nerel_train 12521_text,
        nerel_train 126876_text, nerel_train 127939_text, nerel_train 12888_text,
        nerel_train 129439_text, nerel_train 13030_text, nerel_train 133356_text,
        nerel_train 133570_text, nerel_train 13518_text, nerel_train 13549_text,
        nerel_train 13649_text, nerel_train 13912_text, nerel_train 14000_text,
        nerel_train 14018_text, nerel_train 141724_text, nerel_train 151219_text,
        nerel_train 15213_text, nerel_train 15600_text, nerel_train 159392_text,
        nerel_train 160284_text, nerel_train 16100_text, nerel_train 161651_text,
        nerel_train 163883_text, nerel_train 164003_text, nerel_train 164183_text,
        nerel_train 18330_text, nerel_train 18886_text, nerel_train 19598_text,
        nerel_train 19613_text, nerel_train 19634_text, nerel_train 19999_text,
        nerel_train 20185_text, nerel_train 20318_text, nerel_train 21173_text,
        nerel_train 21217_text, nerel_train 221, nerel_train 2329_text, nerel_train 24536_text,
        nerel_train 25064_text, nerel_train 26038_text, nerel_train 26402_text,
        nerel_train 27937_text, nerel_train 3366_text, nerel_train 3377_text,
        nerel_train 3397_text, nerel_train 3626_text, nerel_train 37085_text,
        nerel_train 37666_text, nerel_train 38739_text, nerel_train 39442_text,
        nerel_train 40984_text, nerel_train 42263_text, nerel_train 44820_text,
        nerel_train 504783_text, nerel_train 511872_text, nerel_train 534256_text,
        nerel_train 534938_text, nerel_train 55256_text, nerel_train 56941_text,
        nerel_train 57393_text, nerel_train 90122_text, nerel_train 90377_text,
        nerel_train 99748_text, nerel_train 99855_text""",
    ),
    # round 7: round 6's pool less its 21 drawn (and gold changes), drawn before annotation from
    # ids and NEREL entity counts only: the NEREL articles (train + dev) in no facts, people or
    # dates gold with at least 4 MONEY + PERCENT + NUMBER entities and at most 8000 characters (85)
    (
        20261140,
        20,
        """nerel_train 04_12_12g, nerel_train 094, nerel_train 100832_text, nerel_train 1015,
        nerel_train 102474_text, nerel_train 102645_text, nerel_train 104239_text, nerel_train
        104472_text, nerel_train 105729_text, nerel_train 106643_text, nerel_train 108179_text,
        nerel_train 108694_text, nerel_train 110890_text, nerel_train 111763_text, nerel_train
        11290_text, nerel_train 113790_text, nerel_train 116060_text, nerel_train 118997_text,
        nerel_train 122283_text, nerel_train 123284_text, nerel_train 123407_text, nerel_train
        12383_text, nerel_train 124044_text, nerel_train 124327_text, nerel_train 12521_text,
        nerel_train 126876_text, nerel_train 127939_text, nerel_train 12888_text, nerel_train
        129439_text, nerel_train 13030_text, nerel_train 133356_text, nerel_train 13518_text,
        nerel_train 13549_text, nerel_train 13649_text, nerel_train 13912_text, nerel_train
        14000_text, nerel_train 14018_text, nerel_train 141724_text, nerel_train 151219_text,
        nerel_train 15213_text, nerel_train 15600_text, nerel_train 159392_text, nerel_train
        160284_text, nerel_train 16100_text, nerel_train 161651_text, nerel_train 164003_text,
        nerel_train 164183_text, nerel_train 18330_text, nerel_train 18886_text, nerel_train
        19598_text, nerel_train 19613_text, nerel_train 19634_text, nerel_train 20185_text,
        nerel_train 20318_text, nerel_train 21173_text, nerel_train 21217_text, nerel_train 221,
        nerel_train 2329_text, nerel_train 24536_text, nerel_train 25064_text, nerel_train
        26038_text, nerel_train 26402_text, nerel_train 27937_text, nerel_train 3366_text,
        nerel_train 3377_text, nerel_train 3397_text, nerel_train 3626_text, nerel_train
        37085_text, nerel_train 37666_text, nerel_train 38739_text, nerel_train 39442_text,
        nerel_train 40984_text, nerel_train 42263_text, nerel_train 44820_text, nerel_train
        504783_text, nerel_train 511872_text, nerel_train 534256_text, nerel_train 534938_text,
        nerel_train 55256_text, nerel_train 56941_text, nerel_train 57393_text, nerel_train
        90122_text, nerel_train 90377_text, nerel_train 99748_text, nerel_train 99855_text""",
    ),
]

# Draws whose held-out articles were scored as held-out once, then studied (rounds 3 to 6):
# their articles are ``tune`` now (rounds 3 to 7).
SPENT = {
    20261127, 20261128, 20261129, 20261130, 20261131, 20261132, 20261133, 20261134, 20261135,
    20261136, 20261137, 20261138, 20261139,
}  # fmt: skip


# Articles added later to widen the tuning set only (round 3): no draw, always ``tune``.
TUNE_ONLY = """nerel_train 043, nerel_train 112814_text, nerel_train 129072_text,
nerel_train 141309_text, nerel_train 154509_text, nerel_train 161281_text,
nerel_train 1976_text, nerel_train 21871_text, nerel_train 22275_text, nerel_train 22581_text,
nerel_train 25671_text, nerel_train 28585_text, nerel_train 36807_text, nerel_train 37943_text,
nerel_train 40436_text, nerel_train 45172_text, nerel_train 466, nerel_train 570"""


def drawn_sets() -> dict[tuple[str, str], str]:
    """The set of every candidate article, as the seeded draws decided it."""
    sets = {}
    for seed, k, listing in DRAWS:
        candidates = [" ".join(c.split()) for c in listing.split(",")]
        held = set(random.Random(seed).sample(sorted(candidates), k))
        if seed in SPENT:
            held = set()
        for c in candidates:
            source, id_ = c.split()
            sets[(source, id_)] = "heldout" if c in held else "tune"
    for c in TUNE_ONLY.split(","):
        source, id_ = c.split()
        if (source, id_) in sets:
            raise ValueError(f"{source} {id_} is both drawn and tune-only")
        sets[(source, id_)] = "tune"
    return sets


def read_texts(texts: Path) -> dict[tuple[str, str], str]:
    out = {}
    for source in ("nerel_train", "nerel_dev"):
        with open(texts / f"{source}.jsonl", encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                out[(source, str(r["id"]))] = r["text"]
    return out


def number(s: str) -> float:
    return float(Decimal(s))


def period(spec: str) -> tuple[str | None, str | None]:
    """``2015`` / ``2015-03`` / ``2015-03-05`` / ``A..B`` -> (start, end) ISO dates."""
    if ".." in spec:
        a, b = spec.split("..")
        return (period(a)[0] if a else None, period(b)[1] if b else None)
    parts = [int(x) for x in spec.split("-")]
    if len(parts) == 1:
        return f"{parts[0]:04d}-01-01", f"{parts[0]:04d}-12-31"
    if len(parts) == 2:
        y, m = parts
        last = calendar.monthrange(y, m)[1]
        return f"{y:04d}-{m:02d}-01", f"{y:04d}-{m:02d}-{last:02d}"
    return date(*parts).isoformat(), date(*parts).isoformat()


def parse_fact(body: str) -> dict:
    parts = [p.strip() for p in body.split("|")]
    surface, amount = parts[0], parts[1]
    keys: dict[str, str] = {}
    if len(parts) > 2 and parts[2]:
        for kv in parts[2].split(";"):
            k, _, v = kv.strip().partition("=")
            keys[k.strip()] = v.strip()
    val, _, unit = amount.partition(" ")
    unit = unit.strip()
    fact: dict = {"surface": surface, "value_max": None, "value_from": None}
    qualifier = "exact"
    if ".." in val:
        a, b = val.split("..")
        fact["value"], fact["value_max"] = number(a), number(b)
        qualifier = "range"
    elif ">" in val:
        a, b = val.split(">")
        fact["value_from"], fact["value"] = number(a), number(b)
    else:
        fact["value"] = number(val)
    if "k" in keys:
        kind = keys["k"]
    elif unit == "%":
        kind = "percent"
    elif unit in CURRENCIES:
        kind = "money"
    else:
        kind = "quantity"
    p_start, p_end = period(keys["p"]) if keys.get("p") else (None, None)
    fact.update(
        kind=kind,
        unit=unit,
        qualifier=keys.get("q", qualifier),
        per=keys.get("per") or None,
        subject=keys.get("s") or None,
        subject_text=keys.get("st") or None,
        period_start=p_start,
        period_end=p_end,
        direction=keys.get("d") or None,
        change=keys.get("c", "level"),
    )
    unknown = set(keys) - {"k", "q", "per", "s", "st", "p", "d", "c"}
    if unknown:
        raise ValueError(f"unknown keys {unknown} in {body!r}")
    return fact


def build_one(path: Path, texts: dict[tuple[str, str], str]) -> dict:
    head: dict = {}
    items: list[tuple[str, dict]] = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        tag, _, body = line.partition(" ")
        try:
            if tag in ("source", "id", "set", "date"):
                head[tag] = None if body.strip() == "null" else body.strip()
            elif tag == "F":
                items.append(("F", parse_fact(body)))
            elif tag == "N":
                surface, _, why = body.rpartition("|")
                items.append(("N", {"surface": surface.strip(), "why": why.strip()}))
            else:
                raise ValueError(f"unknown tag {tag!r}")
        except (ValueError, IndexError, ArithmeticError) as e:
            raise SystemExit(f"{path}:{n}: {e}") from e
    text = texts[(head["source"], head["id"])]
    pos = 0
    facts, not_facts = [], []
    for tag, item in items:
        # a space of the annotation matches any white space of the text (no-break spaces)
        pattern = r"\s+".join(re.escape(w) for w in item["surface"].split())
        found = re.compile(pattern).search(text, pos)
        if found is None:
            raise SystemExit(f"{path}: {item['surface']!r} not found after offset {pos}")
        item["start"], item["stop"] = found.start(), found.end()
        item["surface"] = found.group()
        pos = item["stop"]
        if tag == "F":
            facts.append({k: item[k] for k in FACT_KEYS})
        else:
            not_facts.append({k: item[k] for k in ("start", "stop", "surface", "why")})
    return {
        "task": "facts",
        "source": head["source"],
        "id": head["id"],
        "set": head["set"],
        "date": head.get("date"),
        "facts": facts,
        "not_facts": not_facts,
    }


def _is_iso(value: object) -> bool:
    if not isinstance(value, str) or not ISO.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def build(texts: dict[tuple[str, str], str], src: Path = SRC) -> list[dict]:
    """The gold records of every ``.ann`` file, tune articles first."""
    records = [build_one(p, texts) for p in sorted(src.glob("*.ann"))]
    records.sort(key=lambda r: (r["set"] != "tune", r["source"], r["id"]))
    return records


def read_gold(path: Path = GOLD) -> list[dict]:
    """The records of a gold file, checking that every line is JSON."""
    records = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise SystemExit(f"{path}:{n}: not JSON: {e}") from e
    return records


def check(records: list[dict], texts: dict[tuple[str, str], str]) -> list[str]:
    """Every problem of the gold records, as messages (empty when the file is valid)."""
    errors = []
    seen = set()
    drawn = drawn_sets()
    for r in records:
        where = f"{r.get('source')}/{r.get('id')}"
        if r.get("task") != "facts" or r.get("source") not in ("nerel_train", "nerel_dev"):
            errors.append(f"{where}: bad task/source")
            continue
        if (r["source"], r["id"]) in seen:
            errors.append(f"{where}: duplicate article")
        seen.add((r["source"], r["id"]))
        if r.get("set") != drawn.get((r["source"], r["id"])):
            errors.append(f"{where}: set {r.get('set')!r} is not the drawn one")
        if r.get("date") is not None and not _is_iso(r["date"]):
            errors.append(f"{where}: bad date {r['date']!r}")
        text = texts[(r["source"], r["id"])]
        spans = []
        for f in r["facts"] + r["not_facts"]:
            if text[f["start"] : f["stop"]] != f["surface"]:
                errors.append(f"{where}: {f['start']}-{f['stop']} is not {f['surface']!r}")
            spans.append((f["start"], f["stop"], f["surface"]))
        spans.sort()
        for a, b in itertools.pairwise(spans):
            if b[0] < a[1]:
                errors.append(f"{where}: overlapping items {a[2]!r} and {b[2]!r}")
        for f in r["not_facts"]:
            if f["why"] not in WHYS:
                errors.append(f"{where}: {f['surface']!r}: bad why {f['why']!r}")
        for f in r["facts"]:
            s = f"{where}: {f['surface']!r}"
            if list(f) != FACT_KEYS:
                errors.append(f"{s}: keys {list(f)}")
                continue
            if f["kind"] not in KINDS:
                errors.append(f"{s}: bad kind")
            if f["qualifier"] not in QUALIFIERS:
                errors.append(f"{s}: bad qualifier {f['qualifier']!r}")
            if f["direction"] not in DIRECTIONS:
                errors.append(f"{s}: bad direction")
            if f["change"] not in CHANGES:
                errors.append(f"{s}: bad change")
            if f["kind"] == "money" and f["unit"] not in CURRENCIES | NO_ISO:
                errors.append(f"{s}: money unit {f['unit']!r}")
            if (f["kind"] == "percent") != (f["unit"] == "%"):
                errors.append(f"{s}: percent kind and unit % go together")
            if f["kind"] == "quantity" and (not f["unit"] or f["unit"] in CURRENCIES):
                errors.append(f"{s}: quantity unit {f['unit']!r}")
            for k in ("value", "value_max", "value_from"):
                if f[k] is not None and not isinstance(f[k], float):
                    errors.append(f"{s}: {k} is not a float")
            if (f["qualifier"] == "range") != (f["value_max"] is not None):
                errors.append(f"{s}: range qualifier and value_max go together")
            if f["value_max"] is not None and f["value_max"] <= f["value"]:
                errors.append(f"{s}: value_max <= value")
            if f["value_from"] is not None and f["qualifier"] != "exact":
                errors.append(f"{s}: a change from A to B is exact")
            if f["value_from"] is not None and f["direction"] != (
                "up" if f["value"] > f["value_from"] else "down"
            ):
                errors.append(f"{s}: direction does not follow from value_from -> value")
            if (f["subject"] is None) != (f["subject_text"] is None):
                errors.append(f"{s}: subject and subject_text go together")
            if f["subject"] is not None and f["subject"] != f["subject"].lower():
                errors.append(f"{s}: subject is a lower-case lemma")
            for k in ("period_start", "period_end"):
                if f[k] is not None:
                    if not _is_iso(f[k]):
                        errors.append(f"{s}: {k} {f[k]!r} not ISO")
            if f["period_start"] and f["period_end"] and f["period_start"] > f["period_end"]:
                errors.append(f"{s}: period_start after period_end")
            if f["period_end"] is not None and f["period_start"] is None:
                errors.append(f"{s}: a period with an end has a start")
            if f["subject_text"] is not None and f["subject_text"] not in text:
                errors.append(f"{s}: subject_text {f['subject_text']!r} not in the text")
    return errors


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("command", choices=["build", "check"])
    ap.add_argument("--texts", type=Path, default=ROOT.parent / "shared" / "data" / "gold")
    args = ap.parse_args()
    texts = read_texts(args.texts)
    if args.command == "build":
        with open(GOLD, "w", encoding="utf-8") as f:
            for r in build(texts):
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    records = read_gold()
    errors = check(records, texts)
    for e in errors:
        print(e, file=sys.stderr)
    sets = ("tune", "heldout")
    n_facts = {s: sum(len(r["facts"]) for r in records if r["set"] == s) for s in sets}
    n_arts = {s: sum(1 for r in records if r["set"] == s) for s in ("tune", "heldout")}
    print(
        f"{len(records)} articles ({n_arts['tune']} tune, {n_arts['heldout']} heldout), "
        f"{sum(n_facts.values())} facts ({n_facts['tune']} tune, {n_facts['heldout']} heldout), "
        f"{sum(len(r['not_facts']) for r in records)} not_facts; {len(errors)} errors"
    )
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()

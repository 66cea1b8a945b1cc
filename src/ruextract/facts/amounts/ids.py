"""Numbers that name a part of a law or a text rather than count: "частью 3 статьи 30",
"ч. 1 ст. 6", "2 статьи 105", "по 5 статье"."""

from __future__ import annotations

import re

from ruextract.facts.amounts.filters import agrees_as_count
from ruextract.facts.amounts.readings import QUANTITY_KIND
from ruextract.records import Fact

# nouns (and their abbreviations) that a number in digits after them names, in any case: "части
# 2 статьи 105", "п. 3", "ст. 30", "тома 5", "главы 5", "параграфом 2", "№ 53"
ID_NOUN_BEFORE = re.compile(
    r"(?:\b(?:част(?:ь|и|ью|ей|ям|ями|ях)|стать(?:я|и|ю|ей|е|ям|ями|ях)|статей|"
    r"(?:под)?пункт|глав|том|раздел|параграф)(?:а|у|ом|е|ы|ов|ам|ами|ах|ой)?|"
    r"\b(?:ч|ст|п|пп|гл|т)\.|№)\s*$",
    re.IGNORECASE,
)


# a reference before any number, digits or words: "части 2 статьи 105", "ч. 3", "п. 1", "№ 5",
# "пунктом 3" (not "главы": also a head, "главы двух государств")
ID_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:ч|п|пп|ст|гл|т)\.?|№|(?<![\w-])(?:част(?:ь|и|ью|ей|ям)|"
    r"(?:под)?пункт(?:а|у|ом|е|ы|ов)?|стать(?:я|и|ю|ей|е)|статей|"
    r"том(?:а|е|у|ом)|абзац(?:а|е|у|ем)?|раздел(?:а|е|у|ом)?))\s*$",
    re.IGNORECASE,
)
# a number after the noun: "2 статьи 105" is a reference
NUMBER_NEXT = re.compile(r"\s*(?:№\s*)?\d")


def is_id_reference(text: str, fact: Fact) -> bool:
    """True for a quantity right after a reference word ("статьи 6 закона", "ч. 1 ст. 6"; a
    number in digits after any form of "часть", "статья", "пункт", "глава", "том" …:
    "частью 3 статьи 30", 3 is the part's number, not a count of articles), and for a count
    of a noun naming a part of a text (:data:`~ruextract.grammars.quantity.ID_NOUNS`) that is
    a reference, not a count: before a number ("2 статьи 105"), or with a noun that does not
    take the number's form ("по 5 статье"); a singular noun after a number ending in 1 names
    one ("вступит в силу 181 статья закона"). "по двум статьям", "11 пунктов", "двух частей"
    are counts."""
    from ruextract import models
    from ruextract.grammars.quantity import ID_NOUNS

    if fact.kind != QUANTITY_KIND:
        return False
    if fact.text[:1].isdigit() and ID_NOUN_BEFORE.search(text, max(0, fact.start - 16), fact.start):
        return True
    if ID_BEFORE.search(text, max(0, fact.start - 12), fact.start):
        # "статьи 6 закона": the number of a reference counts no noun after it
        return True
    if fact.unit not in ID_NOUNS:
        return False
    if NUMBER_NEXT.match(text, fact.stop):
        return True
    noun = fact.text.split()[-1].lower()
    if int(fact.value) % 10 == 1 and not any(
        "NOUN" in p.tag and p.tag.number == "plur" for p in models.morph_analyzer().parse(noun)
    ):
        return True
    return not agrees_as_count(fact.value, noun)

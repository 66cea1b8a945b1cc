""" "один" and "ещё N" with no noun: one of the count before or after it ("пострадали 13
человек, и один погиб", "убить одного и ранить четырёх сотрудников"), one more ("ранил ещё
одну"), a person ("Один убит"), more of the count before ("судьба ещё 73-х")."""

from __future__ import annotations

import re

from ruextract.facts.amounts import (
    QUANTITY_KIND,
)
from ruextract.facts.amounts.matches import (
    SENTENCE_END,
    WORD_AFTER,
    counts_by_end,
    untaken_matches,
    word_after_is,
    word_right_after,
)
from ruextract.facts.counts.lemmas import PEOPLE
from ruextract.facts.counts.numerals import COLLECTIVE_REACH
from ruextract.records import Fact

# "один" with no noun, joined to a count before it ("пострадали 13 человек, и один погиб",
# "два обыска … и ещё один в компании") or after it ("убить одного и ранить четырёх
# сотрудников"): one of that count's noun
ONE_WITHOUT_NOUN = re.compile(
    r"(?<![\w-])(один|одна|одно|одного|одной|одному|одну|одним|одном)\b(?!-)", re.IGNORECASE
)
ONE_ON_ONE = re.compile(r"\s+на\s+один\b", re.IGNORECASE)
# what joins it to the count before it: "и", "а" or a comma, maybe "ещё"
ONE_JOINED = re.compile(r"(?:(?:^|[,\s])и|,|(?:^|\s)а)\s+(?:(?:ещё|еще)\s+)?$", re.IGNORECASE)
# between "один" and the count after it: "и" and one or two words (its verb): not "одного и
# двух сотрудников" (a list of two counts)
ONE_THEN_COUNT = re.compile(r"\s+и\s+(?:[а-яё]+\s+){1,2}$", re.IGNORECASE)
# how far back the count "один" joins may end (a short list)
ONE_REACH = 80
ONE_GENDERS = {"один": "masc", "одна": "femn", "одной": "femn", "одну": "femn", "одно": "neut"}


def ones_of_counts(text: str, facts: list[Fact]) -> list[Fact]:
    """ "пострадали 13 человек, и один погиб", "задержала двоих человек возле суда и одного
    — внутри", "убить одного и ранить четырёх сотрудников": "один" with no noun of its own,
    after "и", "а" or a comma right behind a count in the same sentence (within
    :data:`ONE_REACH` characters), or before "и" + its verb + a count, is one of that count's
    noun, when its gender fits that noun. Not "один из …", "один на один", not "один" before
    a word it could agree with ("один такой", "одна женщина"), not paired with
    "другой"/"второй"."""
    from ruextract import models
    from ruextract.facts.amounts import OTHER_AFTER, OTHER_REACH

    counts = counts_by_end(facts)
    found = []
    for match, start, stop in untaken_matches(ONE_WITHOUT_NOUN, text, facts, 1):
        after = word_right_after(text, stop)
        if after is not None and after.lower() == "из":
            continue
        if word_after_is(text, stop, {"NOUN", "ADJF", "PRTF", "NPRO", "Apro", "NUMR"}):
            continue
        if ONE_ON_ONE.match(text, stop):
            # "один на один": face to face, no count
            continue
        rest = text[stop : stop + OTHER_REACH]
        end = SENTENCE_END.search(rest)
        rest = rest[: end.start() if end else len(rest)]
        if OTHER_AFTER.search(rest) or re.search(r"\bвтор(?:ой|ая|ое|ого|ому|ую)\b", rest):
            continue
        before = [f for f in counts if f.stop <= start]
        joined = None
        if (
            before
            and start - before[-1].stop <= ONE_REACH
            and ONE_JOINED.search(text, max(0, start - 12), start)
        ):
            if not SENTENCE_END.search(text[before[-1].stop : start]):
                joined = before[-1]
        if joined is None:
            later = [f for f in counts if f.start >= stop]
            if later and ONE_THEN_COUNT.fullmatch(" " + text[stop : later[0].start]):
                joined = later[0]
        if joined is None or joined.value == 1:
            continue
        genders = ONE_GENDERS.get(match.group(1).lower(), "masc neut").split()
        nouns = [
            p
            for p in models.morph_analyzer().parse(joined.unit.split("-")[-1])
            if {"NOUN", "ADJF", "PRTF"} & p.tag.grammemes
        ]
        if not nouns or nouns[0].tag.gender not in genders:
            continue
        found.append(
            Fact(start=start, stop=stop, text=match.group(1), kind=QUANTITY_KIND, value=1.0,
                 unit=joined.unit)
        )  # fmt: skip
    return found


# "один" with no noun after it: "Один убит", "убить одного и ранить несколько сотрудников",
# "убил … одну женщину, тяжело ранил ещё одну"
ONE_ALONE = re.compile(
    r"(?<![\w-])(?:(ещё|еще)\s+)?(один|одна|одного|одну)(?![\w-])", re.IGNORECASE
)
# what may follow "один" standing for its noun: a comma, a full stop, a dash, "и"
ONE_ALONE_AFTER = re.compile(r"\s*(?:[,.;:!?)]|[—–-]\s|\s+и\s|$)")
# "один и тот же": a pronoun after "и" makes "один" the same, no count
SAME_AFTER = re.compile(r"\s+и\s+т(?:от|ого|ой|ту|о|ем|ом|е)\b", re.IGNORECASE)
ONE_GENDER = {"один": "masc", "одного": "masc", "одна": "femn", "одну": "femn"}
# how far back in its sentence the count "ещё один" adds to may be
ONE_MORE_REACH = 150
# how many words after "и" the noun of a coordinated count may be ("убить одного и ранить
# несколько сотрудников")
ONE_NOUN_AFTER_WORDS = 5


def ones_alone(text: str, facts: list[Fact]) -> list[Fact]:
    """ "один" with no noun after it counting one: after "ещё", one more of the nearest count
    before it in its sentence whose noun has its gender ("убил трёх мужчин и одну женщину,
    тяжело ранил ещё одну" → женщина); before a verb or short participle in the singular, a
    person ("Один убит, несколько раненых" → человек, not after a count of things); the
    object of a verb coordinated with another ("убить одного и ранить несколько
    сотрудников"), the plural noun of the count after "и", else человек. Not "один из", "ни
    один", "один и тот же", "один на один"."""
    from ruextract import models

    morph = models.morph_analyzer()
    counts = counts_by_end(facts)
    found = []
    for match, start, stop in untaken_matches(ONE_ALONE, text, facts, 2):
        word = match.group(2).lower()
        before_words = re.findall(r"[а-яё]+", text[max(0, start - 30) : start].lower())
        if before_words and before_words[-1] == "ни":
            # "ни один ранен не был"
            continue
        unit = None
        if match.group(1):
            if not ONE_ALONE_AFTER.match(text, stop):
                continue
            gender = ONE_GENDER[word]
            for f in reversed([f for f in counts if f.stop <= start]):
                gap = text[f.stop : start]
                if len(gap) > ONE_MORE_REACH or SENTENCE_END.search(gap):
                    break
                noun = f.unit.split("-")[-1]
                if any("NOUN" in p.tag and p.tag.gender == gender for p in morph.parse(noun)):
                    unit = f.unit
                    break
        else:
            after = WORD_AFTER.match(text, stop)
            if after is None or after.start(1) - stop > 1:
                continue
            tag = morph.parse(after.group(1).lower())[0].tag
            if (
                {"VERB", "PRTS"} & tag.grammemes
                and tag.number == "sing"
                and word in ("один", "одна")
            ):
                unit = PEOPLE
                before = [f for f in counts if f.stop <= start]
                if before and start - before[-1].stop <= COLLECTIVE_REACH:
                    # a count of things before: "одна" is one of them, not a person
                    continue
            elif after.group(1).lower() == "и" and word in ("одного", "одну"):
                if SAME_AFTER.match(text, stop):
                    continue
                verb = before_words[-1] if before_words else ""
                if not {"INFN", "VERB"} & morph.parse(verb)[0].tag.grammemes:
                    continue
                unit = PEOPLE
                for noun in re.findall(r"[а-яё]+", text[after.end() : after.end() + 80].lower())[
                    :ONE_NOUN_AFTER_WORDS
                ]:
                    parse = morph.parse(noun)[0]
                    if {"NOUN", "plur", "gent", "anim"} <= parse.tag.grammemes:
                        unit = parse.normal_form
                        break
        if unit is not None:
            found.append(
                Fact(start=start, stop=stop, text=text[start:stop], kind=QUANTITY_KIND,
                     value=1.0, unit=unit)
            )  # fmt: skip
    return found


# "судьба ещё 73-х остаётся неизвестной": more of the count before, with no noun
MORE_ALONE = re.compile(
    r"(?<![\w-])(?:ещё|еще)\s+(\d+)(?:-(?:х|ти|ми|и|ю))?(?![\w-]|[.,]\d)", re.IGNORECASE
)


def more_span(match: re.Match[str]) -> tuple[int, int]:
    """Where the count of a :data:`MORE_ALONE` match is: its number with its ending ("73-х")."""
    return match.start(1), match.end()


def more_alone(text: str, facts: list[Fact]) -> list[Fact]:
    """ "захвачено 242 иностранных заложников, из них 43 были убиты, судьба ещё 73-х
    остаётся неизвестной": "ещё" and a number with no noun after it count the noun of the
    nearest count before it in its sentence (within :data:`ONE_MORE_REACH` characters); not
    a year-like number, not before a noun or an adjective ("ещё 85 работников")."""

    counts = counts_by_end(facts)
    found = []
    for match, start, stop in untaken_matches(MORE_ALONE, text, facts, more_span):
        number = int(match.group(1))
        if 1000 <= number <= 2100:
            continue
        if word_after_is(text, stop, {"NOUN", "ADJF", "PRTF", "NUMR", "PREP"}):
            continue
        before = [f for f in counts if f.stop <= start]
        if not before:
            continue
        gap = text[before[-1].stop : start]
        if len(gap) > ONE_MORE_REACH or SENTENCE_END.search(gap):
            continue
        found.append(
            Fact(start=start, stop=stop, text=text[start:stop], kind=QUANTITY_KIND,
                 value=float(number), unit=before[-1].unit)
        )  # fmt: skip
    return found

"""Counts whose noun is not beside them: read from the counts before them or from the word
after them.

"Все четверо сгорели" (a collective numeral alone), "семеро из задержанных" (a part of a
group), "12 погибших" (a substantivised participle), "Около 40 пострадали" (a number as the
subject of a plural verb), "эта цифра достигла 140 тысяч" (a multiplier after a verb of
measure). Pure text functions over the amounts :mod:`ruextract.facts.amounts` found; each
returns new :class:`~ruextract.records.Fact` rows, never overlapping those given.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ruextract.facts.amounts import (
    BARE_MULTIPLIED,
    ELIDED_LIST_REACH,
    QUANTITY_KIND,
    SENTENCE_END,
    WORD_AFTER,
    overlaps_taken,
    unitless_reading,
    untaken_matches,
)
from ruextract.grammars.numbers import EXACT
from ruextract.records import Fact

# a collective numeral with no noun after it: "Все четверо сгорели", "Последние двое"
COLLECTIVE_ALONE = re.compile(
    r"\b(двое|трое|четверо|пятеро|шестеро|семеро|восьмеро|"
    # its accusative / genitive: "Полиция задержала троих", "убил двоих и ранил пятерых"
    r"двоих|троих|четверых|пятерых|шестерых|семерых)\b(?!\s+[а-яё]+(?:ых|их)\b)",
    re.IGNORECASE,
)
PEOPLE = "человек"
# "семеро из задержанных": the group a collective numeral is a part of
COLLECTIVE_OF = re.compile(r"\s+из\s+([а-яё]+)", re.IGNORECASE)
COLLECTIVE_VALUES = {"двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6,
                     "семеро": 7, "восьмеро": 8, "двоих": 2, "троих": 3, "четверых": 4,
                     "пятерых": 5, "шестерых": 6, "семерых": 7}  # fmt: skip
# how far back the count of people a collective numeral stands for may be
COLLECTIVE_REACH = 300


def collectives_alone(text: str, facts: list[Fact]) -> list[Fact]:
    """ "Погибли четверо членов экипажа … Все четверо сгорели": a collective numeral with no
    noun counts the people of the count before it (a person noun, within
    :data:`COLLECTIVE_REACH` characters, across a paragraph break too); with no count in
    reach, people ("человек"); after a count of things, nothing."""
    from ruextract import models

    # in text order: the steps before add their counts at the end
    counts = sorted((f for f in facts if f.kind == QUANTITY_KIND and f.unit), key=lambda f: f.stop)
    found = []
    for match, _, _ in untaken_matches(COLLECTIVE_ALONE, text, facts):
        word = WORD_AFTER.match(text, match.end())
        if word is not None and word.start(1) - match.end() <= 1:
            tag = models.morph_analyzer().parse(word.group(1).lower())[0].tag
            # its own noun, or a pronoun before one ("Трое его близких друзей")
            if {"NOUN", "NPRO", "Apro"} & tag.grammemes:
                continue
        of = COLLECTIVE_OF.match(text, match.end())
        partitive = substantive_lemma(of.group(1)) if of is not None else None
        if partitive is not None:
            # "семеро из задержанных": a count of the group named after "из"
            found.append(
                Fact(start=match.start(), stop=match.end(), text=match.group(1),
                     kind=QUANTITY_KIND, value=float(COLLECTIVE_VALUES[match.group(1).lower()]),
                     unit=partitive)
            )  # fmt: skip
            continue
        before = [f for f in counts if f.stop <= match.start()]
        # a collective numeral alone counts people: with no count just before it, "Еще трое
        # арестованы в Лондоне" counts человек; after a count of things it is none
        unit = PEOPLE
        if before and match.start() - before[-1].stop <= COLLECTIVE_REACH:
            parses = models.morph_analyzer().parse(before[-1].unit.split("-")[-1])
            # a person noun, or an adjective counted as one ("40 пострадавших")
            if not any(
                ("NOUN" in p.tag and p.tag.animacy == "anim") or {"ADJF", "PRTF"} & p.tag.grammemes
                for p in parses
            ):
                continue
            unit = before[-1].unit
        found.append(
            Fact(start=match.start(), stop=match.end(), text=match.group(1), kind=QUANTITY_KIND,
                 value=float(COLLECTIVE_VALUES[match.group(1).lower()]), unit=unit)
        )  # fmt: skip
    return found


# a verb of measure or change right before a number with no unit: "эта цифра достигла"
MEASURED_BEFORE = re.compile(
    r"\b(?:достиг\w*|составл?\w*|превы\w*|вырос\w*|выросл\w*|увеличил\w*|сократил\w*|"
    r"снизил\w*|упал\w*)\s+(?:(?:до|на)\s+)?$",
    re.IGNORECASE,
)
# how far back in the sentence the count whose noun it takes may be
BARE_COUNT_REACH = 150


def bare_counts(text: str, facts: list[Fact]) -> list[Fact]:
    """ "на него подписались 10 тысяч человек, а через три часа эта цифра достигла 140
    тысяч": a number with a multiplier and no unit after a verb of measure or change
    (:data:`MEASURED_BEFORE`) counts the noun of the count before it in the same sentence,
    when that count is the last amount before it (money before it makes it money:
    :func:`bare_money`)."""
    found = []
    for match, start, stop in untaken_matches(BARE_MULTIPLIED, text, facts, 1):
        if not MEASURED_BEFORE.search(text, max(0, start - 30), start):
            continue
        word = WORD_AFTER.match(text, stop)
        if word is not None and word.start(1) - stop <= 1:
            continue
        before = [f for f in facts if f.stop <= start]
        if not before:
            continue
        last = max(before, key=lambda f: f.stop)
        gap = text[last.stop : start]
        if last.kind != QUANTITY_KIND or not last.unit or len(gap) > BARE_COUNT_REACH:
            continue
        if SENTENCE_END.search(gap):
            continue
        reading = unitless_reading(match.group(1))
        if reading is not None:
            value, qualifier = reading
            found.append(
                Fact(start=start, stop=stop, text=match.group(1), kind=QUANTITY_KIND,
                     value=value, unit=last.unit, qualifier=qualifier)
            )  # fmt: skip
    return found


# a number with no noun as the subject of a plural verb: "12 человек погибли … Около 40
# пострадали", "55 из 90 депутатов; 33 высказались против"; "один" closing a list of
# counts by ellipsis: "двое — в США и один — в Канаде"
# (a count in words too: "три человека погибли и пять получили ранения", "не менее пяти
# получили ранения", "Из десяти гидроагрегатов ГЭС семь были разрушены")
COUNT_WORDS_ALONE = (
    r"два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|"
    r"двух|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти"
)
COUNT_BEFORE_VERB = re.compile(
    r"(?<![\w.,:/-])((?:(?:не\s+)?(?:около|более|менее|свыше|почти|примерно)\s+)?"
    r"(\d+|(?:" + COUNT_WORDS_ALONE + r")(?![а-яё-])))"
    r"\s+(?=([а-яё]+))"
    r"|(?<=\sи\s)(один|одна)(?=\s+[—–-]\s)",
    re.IGNORECASE,
)
# words before the number that make it no subject: "в 20 пострадали" is no count, "3 - 4
# ранены" a range of numbers
NOT_SUBJECT_BEFORE = re.compile(
    r"(?:\b(?:в|во|на|с|со|к|по|до|из|от|за|о|об|при|через)\s+|\d\s*[—–-]\s*)$", re.IGNORECASE
)
# a count of a part of the count before it ("12 человек погибли, среди которых десять
# женщин") is not the count a later bare number follows
PART_OF_BEFORE = re.compile(
    r"(?:среди\s+(?:них|которых)|в\s+числе\s+(?:них|которых)|в\s+том\s+числе|из\s+них)\s+$",
    re.IGNORECASE,
)
# how far back the count whose noun it takes may be
COUNT_BEFORE_VERB_REACH = 300


def counts_before_verb(text: str, facts: list[Fact]) -> list[Fact]:
    """A number with no noun that is the subject of a plural verb or short participle
    counts the noun of the count before it (within :data:`COUNT_BEFORE_VERB_REACH`
    characters): "12 человек погибли … Около 40 пострадали" → 40 человек; "один" after "и"
    before a dash, right after a count (:data:`ELIDED_LIST_REACH`), closes its list."""
    from ruextract import models

    # in text order: the steps before add their counts at the end
    counts = sorted(
        (
            f
            for f in facts
            if f.kind == QUANTITY_KIND
            and f.unit
            and not PART_OF_BEFORE.search(text, max(0, f.start - 25), f.start)
        ),
        key=lambda f: f.stop,
    )
    taken = [(f.start, f.stop) for f in facts]
    found = []
    for match in COUNT_BEFORE_VERB.finditer(text):
        start, stop = match.span(1) if match.group(1) else match.span(4)
        if overlaps_taken(start, stop, taken):
            continue
        before = [f for f in counts if f.stop <= start]
        if not before:
            continue
        if match.group(4):
            if start - before[-1].stop > ELIDED_LIST_REACH:
                continue
            value = 1.0
        else:
            if start - before[-1].stop > COUNT_BEFORE_VERB_REACH:
                continue
            if NOT_SUBJECT_BEFORE.search(text, max(0, start - 10), start):
                continue
            digits = match.group(2).isdigit()
            if digits and 1000 <= int(match.group(2)) <= 2100:
                continue
            tag = models.morph_analyzer().parse(match.group(3).lower())[0].tag
            if not ({"VERB", "PRTS"} & tag.grammemes and "plur" in tag.grammemes):
                continue
            if digits:
                value = float(match.group(2))
            else:
                # a count in words: its value as the count grammar reads it
                words = unitless_reading(text[start:stop])
                if words is None:
                    continue
                value = words[0]
        reading = unitless_reading(text[start:stop])
        qualifier = reading[1] if reading is not None else EXACT
        found.append(
            Fact(start=start, stop=stop, text=text[start:stop], kind=QUANTITY_KIND, value=value,
                 unit=before[-1].unit, qualifier=qualifier)
        )  # fmt: skip
    return found


def substantive_lemma(word: str) -> str | None:
    """The lemma of a genitive plural adjective or participle standing for people, as a noun
    would have it: "погибших" → "погибший", "задержанных" → "задержанный"; a noun's own
    lemma ("принцев" → "принц"); None for any other word and for a superlative ("10
    крупнейших" is a ranking)."""
    from ruextract import models

    parses = models.morph_analyzer().parse(word.lower())
    if "Anum" in parses[0].tag:
        # "две первых 24 секунды": an ordinal, no count of its own
        return None
    for parse in parses:
        if {"NOUN", "plur", "gent"} <= parse.tag.grammemes:
            return parse.normal_form
        grammemes = parse.tag.grammemes
        if (
            {"plur", "gent"} <= grammemes
            and {"ADJF", "PRTF"} & grammemes
            and not {"Supr", "Apro", "Anum"} & grammemes
        ):
            lemma = parse.inflect({"masc", "sing", "nomn"})
            return lemma.word if lemma is not None else None
    return None


# a count of a genitive plural adjective or participle standing for people, with no noun
# after it: "12 погибших в ДТП", "40 пострадавших"; not a total after "из" right after a
# count ("из 15 запланированных" elides its noun), not the last group of digits of a number
# small counts in words before a substantive: "тела еще трех погибших", "Двое неизвестных"
COUNT_WORD = (
    r"двое|трое|четверо|пятеро|шестеро|семеро|двоих|троих|четверых|пятерых|"
    r"дв[аеу]х?|тр[иеё]х?|четыр(?:е|[её]х)|пят[ьи]|шест[ьи]|сем[ьи]|восем[ьи]|восьми|"
    r"девят[ьи]|десят[ьи]"
)
# (the look-ahead on the first letter lets the search skip most positions at once)
FIRST_OF_COUNT = r"(?=[\dоОбБмМсСпПдДтТчЧшШвВ])"
COUNT_OF_SUBSTANTIVE = re.compile(
    FIRST_OF_COUNT + r"(?<![\w.,:/-])(?<!\d\s)(?<!\d\u00a0)"
    r"((?:(?:около|более|менее|свыше|почти|примерно)\s+)?(\d+|" + COUNT_WORD + r")"
    # "Двое других подозреваемых": a possessive or "другой" before it; "8 воздержавшихся": a
    # reflexive participle
    r"\s+(?:(?:других|его|её|ее|их|своих)\s+)?([а-яё]+(?:ых|их)(?:ся)?))\b(?!-)"
    # the word after it on its line ("трое убитых\nЛьеж": a headline ends at the break)
    r"(?:[^\S\n]+([а-яё]+))?",
    re.IGNORECASE,
)


# "из" before a number: after a count, the total of that count
OF_BEFORE = re.compile(r"\bиз\s$", re.IGNORECASE)
TOTAL_REACH = 40


def counts_of_substantives(text: str, facts: list[Fact]) -> list[Fact]:
    """ "12 погибших в ДТП", "тела еще трех погибших": a number before a genitive plural
    adjective or participle that no noun follows (:data:`COUNT_OF_SUBSTANTIVE`) counts it as
    a noun ("погибший"); not a year-like number, not an adjective of a noun after it ("12
    новых домов"). An adjective that names a kind of the noun of the count before it counts
    that noun (:func:`adjectives_for_nouns`)."""
    from ruextract import models

    found: list[Fact] = []
    for match, start, stop in untaken_matches(COUNT_OF_SUBSTANTIVE, text, facts, 1):
        number = match.group(2)
        if number.isdigit() and 1000 <= int(number) <= 2100:
            continue
        if OF_BEFORE.search(text, max(0, start - 4), start) and any(
            f.kind == QUANTITY_KIND and 0 <= start - f.stop <= TOTAL_REACH for f in facts
        ):
            # "два представления из 15 запланированных": the total of the count before
            continue
        if match.group(4):
            tag = models.morph_analyzer().parse(match.group(4).lower())[0].tag
            # its noun after it, or after a pronoun ("двух предъявленных ему обвинений")
            if {"NOUN", "ADJF", "PRTF", "NPRO"} & tag.grammemes:
                continue
        reading = unitless_reading(text[start : match.end(2)])
        if reading is None:
            continue
        unit = substantive_lemma(match.group(3))
        if unit is None:
            continue
        found.append(
            Fact(start=start, stop=stop, text=text[start:stop], kind=QUANTITY_KIND,
                 value=reading[0], unit=unit, qualifier=reading[1])
        )  # fmt: skip
    return found


# between a count and an adjective standing for its noun: a bracket, a comma, "и", a dash
LIST_GAP = re.compile(r"\s*(?:\(|,|и|[—–-])?\s*", re.IGNORECASE)


def adjectives_for_nouns(text: str, facts: list[Fact]) -> list[Fact]:
    """``facts`` with the count of an adjective standing for a noun counting that noun: the
    noun of the count right before it (:data:`LIST_GAP` between), when that count is broken
    down in brackets ("12 медалей (2 золотых" → медаль), has an adjective of its own before
    its noun (a parallel: "8 мужских сборных и 4 женских" → сборная), or is itself such a
    count ("2 золотых, 5 серебряных и 5 бронзовых"); only an adjective, not a participle
    ("65 погибших и 12 раненых" stay what they are)."""
    from ruextract import models

    out: list[Fact] = []
    elided: set[int] = set()
    last: Fact | None = None
    for fact in sorted(facts, key=lambda f: f.start):
        words = fact.text.split()
        if (
            last is not None
            and fact.kind == QUANTITY_KIND
            and len(words) == 2
            and words[-1].lower().endswith(("ых", "их"))
            and LIST_GAP.fullmatch(text[last.stop : fact.start])
        ):
            parse = models.morph_analyzer().parse(words[-1].lower())[0]
            adjective = "ADJF" in parse.tag and not {"PRTF", "Supr", "Apro"} & parse.tag.grammemes
            before = last.text.split()
            parallel = len(before) >= 3 and any(
                "ADJF" in p.tag for p in models.morph_analyzer().parse(before[-2].lower())
            )
            gap = text[last.stop : fact.start]
            if adjective and ("(" in gap or parallel or last.start in elided):
                fact = replace(fact, unit=last.unit)
                elided.add(fact.start)
        out.append(fact)
        if fact.kind == QUANTITY_KIND and fact.unit:
            last = fact
    return out


# a number with the sum of its parts in brackets: "набрал 22 (9+13) очков", "очков — 13 (8+5)"
SUM_IN_BRACKETS = re.compile(
    r"(?<![\w.,+])(\d+)\s*\(\s*(\d+(?:\s*\+\s*\d+)+)\s*\)(?:\s+([а-яё]+))?", re.IGNORECASE
)
# the noun right before a dash before the number: "больше всех очков — 13 (8+5)"
NOUN_BEFORE_DASH = re.compile(r"([а-яё]+)\s+[—–-]\s*$", re.IGNORECASE)


def sums_in_brackets(text: str, facts: list[Fact]) -> list[Fact]:
    """ "В пяти играх он набрал 22 (9+13) очков": a number followed by the parts that add up
    to it in brackets (goals + assists) counts the noun after the bracket, or the noun in the
    genitive plural right before a dash before it ("больше всех очков — 13 (8+5)"); the
    parts are no facts. A bracket whose numbers do not add up to the number is no sum."""
    from ruextract.grammars.quantity import noun_lemma

    found = []
    for match, start, stop in untaken_matches(SUM_IN_BRACKETS, text, facts, 1):
        parts = [int(part) for part in re.findall(r"\d+", match.group(2))]
        if sum(parts) != int(match.group(1)):
            continue
        word = match.group(3)
        if word is None or not is_plural_genitive_noun(word):
            before = NOUN_BEFORE_DASH.search(text, max(0, start - 40), start)
            word = before.group(1) if before is not None else None
            if word is None or not is_plural_genitive_noun(word):
                continue
        found.append(
            Fact(start=start, stop=stop, text=match.group(1), kind=QUANTITY_KIND,
                 value=float(match.group(1)), unit=noun_lemma(word))
        )  # fmt: skip
    return found


def is_plural_genitive_noun(word: str) -> bool:
    """True when ``word`` can be a noun in the genitive plural ("очков", "голов")."""
    from ruextract import models

    return any(
        {"NOUN", "plur", "gent"} <= p.tag.grammemes
        for p in models.morph_analyzer().parse(word.lower())
    )


# adverbs of how many times: "трижды штрафовали" → 3 раз
TIMES_ADVERBS = {"дважды": 2, "трижды": 3, "четырежды": 4}
TIMES_ADVERB = re.compile(r"\b(" + "|".join(TIMES_ADVERBS) + r")\b", re.IGNORECASE)


def times_adverbs(text: str, facts: list[Fact]) -> list[Fact]:
    """ "в 2019 году владельца автобуса трижды штрафовали": a count of times (unit "раз", as
    "около 20 раз")."""
    found = []
    for match, _, _ in untaken_matches(TIMES_ADVERB, text, facts):
        found.append(
            Fact(start=match.start(), stop=match.end(), text=match.group(1), kind=QUANTITY_KIND,
                 value=float(TIMES_ADVERBS[match.group(1).lower()]), unit="раз")
        )  # fmt: skip
    return found


# a noun after a number that cannot be what it counts: singular in an oblique case after a
# number not ending in 1 ("11 нокаутом": how the wins were won)
OBLIQUE_CASES = frozenset({"ablt", "datv", "loct"})
NUMBER_START = re.compile(r"^(\d+)\s+([а-яё]+)$", re.IGNORECASE)


def manner_nouns(text: str, facts: list[Fact]) -> list[Fact]:
    """``facts`` with a count whose noun does not agree with its number ("одержал 13 побед, в
    том числе 11 нокаутом": "нокаутом" says how) read as a part of the count before it after
    "в том числе" / "из них" / "среди них" (the number alone, that count's noun), else
    dropped."""
    from ruextract import models

    out: list[Fact] = []
    for fact in facts:
        found = NUMBER_START.match(fact.text) if fact.kind == QUANTITY_KIND else None
        if found is None:
            out.append(fact)
            continue
        number = int(found.group(1))
        parses = [
            p for p in models.morph_analyzer().parse(found.group(2).lower()) if "NOUN" in p.tag
        ]
        ones = number % 10 == 1 and number % 100 != 11
        if (
            ones
            or not parses
            or any(p.tag.number != "sing" or p.tag.case not in OBLIQUE_CASES for p in parses)
        ):
            out.append(fact)
            continue
        before = [f for f in out if f.kind == QUANTITY_KIND and f.unit and f.stop <= fact.start]
        if before and PART_OF_BEFORE.search(text, max(0, fact.start - 25), fact.start):
            stop = fact.start + len(found.group(1))
            out.append(replace(fact, stop=stop, text=found.group(1), unit=before[-1].unit))
    return out


# a number closing a sentence after its verb, with no noun: "На борту находился 201 человек.
# Спасти удалось лишь 79."; "Под подозрением находятся 106."
COUNT_CLOSING = re.compile(
    r"(?<=\s)(?:(?P<qualifier>около|более|менее|свыше|почти|примерно)\s+)?(?P<number>\d+)"
    r"(?=[.!?](?:\s|$))",
    re.IGNORECASE,
)
# the words before it: its verb, and a particle or two ("удалось лишь 79")
VERB_BEFORE = re.compile(
    r"([а-яё]+)\s+(?:(?:лишь|только|всего|еще|ещё|уже|даже)\s+)*$", re.IGNORECASE
)


def counts_closing_sentence(text: str, facts: list[Fact]) -> list[Fact]:
    """ "На борту теплохода находился 201 человек. Спасти удалось лишь 79.": a number with no
    noun that closes a sentence right after a verb counts the people (or persons named by
    an adjective: "погибших") of the count before it, within
    :data:`COUNT_BEFORE_VERB_REACH` characters; not a year-like number, not after a count of
    things."""
    from ruextract import models

    # in text order: the steps before add their counts at the end
    counts = sorted((f for f in facts if f.kind == QUANTITY_KIND and f.unit), key=lambda f: f.stop)
    found = []
    for match, start, stop in untaken_matches(COUNT_CLOSING, text, facts):
        number = int(match.group("number"))
        if 1000 <= number <= 2100:
            continue
        verb = VERB_BEFORE.search(text, max(0, start - 40), start)
        if verb is None:
            continue
        tag = models.morph_analyzer().parse(verb.group(1).lower())[0].tag
        if not {"VERB", "INFN", "PRTS"} & tag.grammemes:
            continue
        before = [f for f in counts if f.stop <= start]
        if not before or start - before[-1].stop > COUNT_BEFORE_VERB_REACH:
            continue
        parses = models.morph_analyzer().parse(before[-1].unit.split("-")[-1])
        if not any(
            ("NOUN" in p.tag and p.tag.animacy == "anim") or {"ADJF", "PRTF"} & p.tag.grammemes
            for p in parses
        ):
            continue
        reading = unitless_reading(text[start:stop])
        if reading is None:
            continue
        found.append(
            Fact(start=start, stop=stop, text=text[start:stop], kind=QUANTITY_KIND,
                 value=reading[0], unit=before[-1].unit, qualifier=reading[1])
        )  # fmt: skip
    return found


# "проиграл третий бой из 18": the total after a rank of a noun counts that noun
RANK_OF_TOTAL = re.compile(
    r"\b([а-яё]+)\s+([а-яё]+)\s+из\s+(\d+)(?![\d.,]?\d)(?!\s*[%$€£:-])", re.IGNORECASE
)
# where to look for it: "из" and a number (found first, then the two words before)
OF_NUMBER = re.compile(r"\sиз\s+\d", re.IGNORECASE)


def totals_after_rank(text: str, facts: list[Fact]) -> list[Fact]:
    """ "Чисора проиграл третий бой из 18": the number after "из" that follows an ordinal
    and its noun counts that noun ("18 бой"); not with a noun of its own after it ("из 18
    стран"), not a year."""
    from ruextract import models
    from ruextract.grammars.quantity import NOT_COUNTED

    taken = [(f.start, f.stop) for f in facts]
    found = []
    for hit in OF_NUMBER.finditer(text):
        match = RANK_OF_TOTAL.search(text, max(0, hit.start() - 60), hit.end() + 40)
        if match is None or match.start(3) != hit.end() - 1:
            continue
        start, stop = match.span(3)
        if overlaps_taken(start, stop, taken):
            continue
        number = int(match.group(3))
        if 1000 <= number <= 2100:
            continue
        rank = models.morph_analyzer().parse(match.group(1).lower())[0]
        noun = models.morph_analyzer().parse(match.group(2).lower())[0]
        if "Anum" not in rank.tag or "NOUN" not in noun.tag or noun.normal_form in NOT_COUNTED:
            continue
        word = WORD_AFTER.match(text, stop)
        if word is not None and word.start(1) - stop <= 1:
            tag = models.morph_analyzer().parse(word.group(1).lower())[0].tag
            if {"NOUN", "ADJF", "PRTF", "NUMR"} & tag.grammemes:
                continue
        found.append(
            Fact(start=start, stop=stop, text=match.group(3), kind=QUANTITY_KIND,
                 value=float(number), unit=noun.normal_form)
        )  # fmt: skip
    return found


# "0 (ноль) штук", "5 (пять) автоматов": a number restated in words in brackets
RESTATED_IN_WORDS = re.compile(
    r"(?<![\w.,])(\d+)\s*\(\s*([а-яё]+(?:\s+[а-яё]+){0,3})\s*\)\s+([а-яё]+)", re.IGNORECASE
)


def counts_restated_in_words(text: str, facts: list[Fact]) -> list[Fact]:
    """ "Количество размещенных ценных бумаг: 0 (ноль) штук": a number restated in words in
    brackets (the words must say the same number) counts the noun after the bracket."""
    from ruextract import models
    from ruextract.grammars.numbers import number_lemma, words_value
    from ruextract.grammars.quantity import NOT_COUNTED, noun_lemma

    found = []
    for match, start, stop in untaken_matches(RESTATED_IN_WORDS, text, facts):
        words = match.group(2).split()
        if not all(number_lemma(word) is not None for word in words):
            continue
        said = 0.0 if [number_lemma(w) for w in words] == ["ноль"] else words_value(" ".join(words))
        if said != float(match.group(1)):
            continue
        parse = models.morph_analyzer().parse(match.group(3).lower())[0]
        if "NOUN" not in parse.tag or noun_lemma(match.group(3)) in NOT_COUNTED:
            continue
        found.append(
            Fact(start=start, stop=stop, text=match.group(0), kind=QUANTITY_KIND,
                 value=said, unit=noun_lemma(match.group(3)))
        )  # fmt: skip
    return found


# a count of a noun in quotes: "собрал пять «Оскаров»", "Разговоры двух «Твитеров»"
QUOTED_NOUN = re.compile(
    FIRST_OF_COUNT + r"(?<![\w.,])(\d+|" + COUNT_WORD + r"|пять|шесть|семь|восемь|девять|десять)"
    # in any quotes, maybe with an adjective of the name: "две "Золотых Маски"", "два
    # «Золотых глобуса»"
    r"\s+[«\"„“](?:([а-яё]+)\s+)?([а-яё]+(?:-[а-яё]+)?)[»\"“”]",
    re.IGNORECASE,
)


def counts_of_quoted_nouns(text: str, facts: list[Fact]) -> list[Fact]:
    """ "собрал пять «Оскаров»": a count of a noun in quotes (a name used as a common noun)
    counts it, when the noun has the form the number takes (plural, or genitive singular
    after 2–4): not "статьи 214 «Вандализм»" (a title after an article number). An adjective
    of the name in the noun's case is part of it ("два «Золотых глобуса»" → золотой глобус),
    in any quotes ("две "Золотых Маски"")."""
    from ruextract import models
    from ruextract.facts.amounts import agrees_as_count

    found = []
    for match, start, stop in untaken_matches(QUOTED_NOUN, text, facts):
        reading = unitless_reading(match.group(1))
        if reading is None or not agrees_as_count(reading[0], match.group(3)):
            continue
        if reading[0] >= 1000:
            continue
        noun = next(
            p for p in models.morph_analyzer().parse(match.group(3).lower()) if "NOUN" in p.tag
        )
        unit = noun.normal_form
        if match.group(2):
            # "«Золотых глобусов»" → "золотой глобус": the adjective in the noun's gender
            adjective = next(
                (
                    p
                    for p in models.morph_analyzer().parse(match.group(2).lower())
                    if "ADJF" in p.tag and p.tag.case == noun.tag.case
                ),
                None,
            )
            gender = models.morph_analyzer().parse(unit)[0].tag.gender
            named = adjective.inflect({gender, "sing", "nomn"}) if adjective and gender else None
            if named is None:
                continue
            unit = f"{named.word} {unit}"
        found.append(
            Fact(start=start, stop=stop, text=match.group(0), kind=QUANTITY_KIND,
                 value=reading[0], unit=unit)
        )  # fmt: skip
    return found


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

    counts = sorted((f for f in facts if f.kind == QUANTITY_KIND and f.unit), key=lambda f: f.stop)
    found = []
    for match, start, stop in untaken_matches(ONE_WITHOUT_NOUN, text, facts, 1):
        word = WORD_AFTER.match(text, stop)
        if word is not None and word.start(1) - stop <= 1:
            after = word.group(1).lower()
            if after == "из":
                continue
            tag = models.morph_analyzer().parse(after)[0].tag
            if {"NOUN", "ADJF", "PRTF", "NPRO", "Apro", "NUMR"} & tag.grammemes:
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


# a bare number as the value or target of "число/количество X": "Число кандидатов … выросло
# до 13", "увеличил число машин … с 8 до 12", "сокращение членов кабмина с 14 до 11"
BARE_TARGET = re.compile(
    r"(?<![\w.,])(?:(?:с|со)\s+(?P<start>\d+)\s+до|до|составил[оа]?|составляет|достигл[оа]|"
    r"достигает|превысил[оа]|превышает)\s+(?P<number>\d+)(?![\d.,]?\d)(?!\s*[%$€£:/-])"
    # "Наибольшее количество правонарушений зарегистрировано в Москве (462), Самарской (88)":
    # a number alone in brackets
    r"|(?<=\()(?P<bracketed>\d+)(?=\))",
    re.IGNORECASE,
)
# the noun whose count it is, with the words that may come between it and "число"
NUMBER_NOUN = re.compile(
    r"\b(?P<noun>числ[оауе]м?|количеств[оауе]м?|численност[ьию]|сокращени[еяю]|"
    r"увеличени[еяю]|уменьшени[еяю])\s+(?P<words>[а-яё-]+(?:\s+[а-яё-]+){0,2})",
    re.IGNORECASE,
)
# how far back in the sentence "число X" may be; for a number in brackets (a list of them)
NUMBER_NOUN_REACH = 150
BRACKETED_REACH = 300
CHANGE_NOUN_START = ("сокращ", "увелич", "уменьш")


def counted_genitive(words: str) -> str | None:
    """The lemma of the noun in the genitive plural that ``words`` open with, past adjectives
    and participles before it ("кандидатов" → кандидат, "новых машин" → машина), or of a
    participle or adjective standing for people with no noun after it ("погибших
    достигло" → погибший); None otherwise."""
    from ruextract import models
    from ruextract.grammars.quantity import NOT_COUNTED

    words_ = words.lower().split()
    for n, word in enumerate(words_):
        parses = models.morph_analyzer().parse(word)
        # its first reading: "новых" is an adjective before its noun, not "новое"
        if {"NOUN", "plur", "gent"} <= parses[0].tag.grammemes:
            return None if parses[0].normal_form in NOT_COUNTED else parses[0].normal_form
        if not any({"ADJF", "PRTF"} & p.tag.grammemes for p in parses):
            return None
        following = words_[n + 1] if n + 1 < len(words_) else None
        if following is None or not {"NOUN", "ADJF", "PRTF"} & (
            models.morph_analyzer().parse(following)[0].tag.grammemes
        ):
            return substantive_lemma(word)
    return None


def counts_of_number_nouns(text: str, facts: list[Fact]) -> list[Fact]:
    """ "Число кандидатов в мэры Москвы выросло до 13", "увеличил число машин с «мигалками» с
    8 до 12": a bare number after "до", "с A до B" or a verb of measure ("составило",
    "достигло", "превысило") counts the noun in the genitive plural after "число",
    "количество" or "численность" before it in the sentence (within
    :data:`NUMBER_NOUN_REACH` characters); after "сокращение/увеличение/уменьшение" only a
    count of people or animals ("сокращение членов кабмина с 14 до 11"). "с A до B" is one
    change (``value_from`` A). So does a number alone in brackets, within
    :data:`BRACKETED_REACH` ("Наибольшее количество правонарушений зарегистрировано в Москве
    (462), Самарской (88)"). Not a year, not a number with a noun of its own after it."""
    from ruextract import models

    taken = [(f.start, f.stop) for f in facts]
    found = []
    for match in BARE_TARGET.finditer(text):
        group = "bracketed" if match.group("bracketed") else "number"
        start = match.start() if match.group("start") else match.start(group)
        stop = match.end(group)
        if overlaps_taken(start, stop, taken):
            continue
        numbers = [int(n) for n in (match.group("start"), match.group(group)) if n]
        if any(1000 <= n <= 2100 for n in numbers):
            continue
        word = WORD_AFTER.match(text, stop)
        if word is not None and word.start(1) - stop <= 1:
            tag = models.morph_analyzer().parse(word.group(1).lower())[0].tag
            if {"NOUN", "ADJF", "PRTF", "NUMR", "Anum"} & tag.grammemes:
                continue
        reach = BRACKETED_REACH if group == "bracketed" else NUMBER_NOUN_REACH
        before = text[max(0, match.start() - reach) : match.start()]
        end = list(SENTENCE_END.finditer(before))
        if end:
            before = before[end[-1].end() :]
        unit = None
        for noun in NUMBER_NOUN.finditer(before):
            lemma = counted_genitive(noun.group("words"))
            if lemma is None:
                continue
            if noun.group("noun").lower().startswith(CHANGE_NOUN_START):
                parses = models.morph_analyzer().parse(lemma)
                if not any("NOUN" in p.tag and p.tag.animacy == "anim" for p in parses):
                    continue
            unit = lemma
        if unit is None:
            continue
        value_from = direction = None
        if match.group("start"):
            value_from = float(numbers[0])
            if numbers[1] != numbers[0]:
                direction = "up" if numbers[1] > numbers[0] else "down"
        found.append(
            Fact(start=start, stop=stop, text=text[start:stop], kind=QUANTITY_KIND,
                 value=float(numbers[-1]), unit=unit, value_from=value_from,
                 direction=direction)
        )  # fmt: skip
    return found


# a part of the count before it, with no noun of its own: "71,6 млн человек, из них примерно
# 21,4 млн — пользователи из России", "погибли 40 человек, из них 12 — дети"
PART_AMOUNT = re.compile(
    r"\b(?:из\s+них|из\s+которых|среди\s+них|среди\s+которых|в\s+том\s+числе|в\s+их\s+числе)"
    r",?\s+(?P<amount>(?:(?:около|более|менее|свыше|почти|примерно|порядка)\s+)?\d+(?:[.,]\d+)?"
    r"(?:\s+(?:тыс\.|тыс\b|тысяч[аи]?\b|млн\b|млрд\b|миллион\w*|миллиард\w*))?)"
    r"(?![\d.,]?\d)(?!\s*[%$€£:/-])",
    re.IGNORECASE,
)
# how far back the count it is a part of may end
PART_REACH = 60


def parts_of_counts(text: str, facts: list[Fact]) -> list[Fact]:
    """ "порядка 71,6 млн человек, из них примерно 21,4 млн — пользователи", "погибли 40
    человек, из них 12 — дети": an amount with no noun after "из них", "среди них", "в том
    числе" counts the noun of the count right before it (within :data:`PART_REACH`
    characters, on its line: "Задержаны 30 человек. Из них 5 — иностранцы"); not a year, not
    one with a noun or adjective of its own after it ("из них 12 детей")."""
    from ruextract import models

    counts = sorted((f for f in facts if f.kind == QUANTITY_KIND and f.unit), key=lambda f: f.stop)
    found = []
    for match, start, stop in untaken_matches(PART_AMOUNT, text, facts, "amount"):
        word = WORD_AFTER.match(text, stop)
        if word is not None and word.start(1) - stop <= 1:
            tag = models.morph_analyzer().parse(word.group(1).lower())[0].tag
            if {"NOUN", "ADJF", "PRTF", "NUMR", "Anum"} & tag.grammemes:
                continue
        before = [f for f in counts if f.stop <= match.start()]
        if not before or match.start() - before[-1].stop > PART_REACH:
            continue
        if "\n" in text[before[-1].stop : match.start()]:
            continue
        amount = match.group("amount").split()[-1]
        if amount.isdigit() and 1000 <= int(amount) <= 2100:
            continue
        reading = unitless_reading(match.group("amount"))
        if reading is None:
            continue
        found.append(
            Fact(start=start, stop=stop, text=match.group("amount"), kind=QUANTITY_KIND,
                 value=reading[0], unit=before[-1].unit, qualifier=reading[1])
        )  # fmt: skip
    return found


# a count after a dash, its noun before the dash: "Погибших — 12, раненых — 40"
COUNT_AFTER_DASH = re.compile(
    r"(?<![\w-])([а-яё]+)\s+[—–-]\s+(?P<amount>(?:(?:около|более|менее|свыше|почти|примерно|"
    r"порядка)\s+)?(?P<number>\d+))(?![\d.,]?\d)(?!\s*[%$€£:/-])",
    re.IGNORECASE,
)


def counts_after_dash(text: str, facts: list[Fact]) -> list[Fact]:
    """ "Погибших — 12, раненых — 40", "Голосов — 1200": a number after a dash with no noun of
    its own counts the word before the dash when that word is a noun in the genitive plural
    or a participle or adjective standing for people (:func:`substantive_lemma`); not a
    noun of time or measure ("лет — 15", :data:`~ruextract.grammars.quantity.NOT_COUNTED`),
    not a year."""
    from ruextract import models
    from ruextract.grammars.quantity import NOT_COUNTED

    found = []
    for match, start, stop in untaken_matches(COUNT_AFTER_DASH, text, facts, "amount"):
        if 1000 <= int(match.group("number")) <= 2100:
            continue
        word = WORD_AFTER.match(text, stop)
        if word is not None and word.start(1) - stop <= 1:
            tag = models.morph_analyzer().parse(word.group(1).lower())[0].tag
            if {"NOUN", "ADJF", "PRTF", "NUMR", "Anum"} & tag.grammemes:
                continue
        unit = substantive_lemma(match.group(1))
        if unit is None or unit in NOT_COUNTED:
            continue
        reading = unitless_reading(match.group("amount"))
        if reading is None:
            continue
        found.append(
            Fact(start=start, stop=stop, text=match.group("amount"), kind=QUANTITY_KIND,
                 value=reading[0], unit=unit, qualifier=reading[1])
        )  # fmt: skip
    return found


# a plural verb right after an amount: "ещё около 2 тысяч получили ранения"
PLURAL_VERB_AFTER = re.compile(r"\s+([а-яё]+)", re.IGNORECASE)


def multiplied_counts_by_verb(text: str, facts: list[Fact]) -> list[Fact]:
    """ "погибли 38 человек, пострадали до 4 тысяч", "ещё около 2 тысяч получили ранения": a
    number with a multiplier and no noun, right after or before a plural verb (or short
    participle), counts the people of the count before it in its sentence (within
    :data:`BARE_COUNT_REACH` characters; a person noun or a participle standing for one)."""
    from ruextract import models

    def plural_verb(word: str) -> bool:
        tag = models.morph_analyzer().parse(word.lower())[0].tag
        return bool({"VERB", "PRTS"} & tag.grammemes) and "plur" in tag.grammemes

    counts = sorted((f for f in facts if f.kind == QUANTITY_KIND and f.unit), key=lambda f: f.stop)
    found = []
    for match, start, stop in untaken_matches(BARE_MULTIPLIED, text, facts, 1):
        word = WORD_AFTER.match(text, stop)
        if word is not None and word.start(1) - stop <= 1 and not plural_verb(word.group(1)):
            continue
        verb_before = VERB_BEFORE.search(text, max(0, start - 40), start)
        by_verb = word is not None and word.start(1) - stop <= 1 and plural_verb(word.group(1))
        if not by_verb and (verb_before is None or not plural_verb(verb_before.group(1))):
            continue
        before = [f for f in counts if f.stop <= start]
        if not before or start - before[-1].stop > BARE_COUNT_REACH:
            continue
        if SENTENCE_END.search(text[before[-1].stop : start]):
            continue
        parses = models.morph_analyzer().parse(before[-1].unit.split("-")[-1])
        if not any(
            ("NOUN" in p.tag and p.tag.animacy == "anim") or {"ADJF", "PRTF"} & p.tag.grammemes
            for p in parses
        ):
            continue
        reading = unitless_reading(match.group(1))
        if reading is None:
            continue
        found.append(
            Fact(start=start, stop=stop, text=match.group(1), kind=QUANTITY_KIND,
                 value=reading[0], unit=before[-1].unit, qualifier=reading[1])
        )  # fmt: skip
    return found


# a number before a dash, after a comma, a colon or "и" (maybe "по"), with no noun: an item of
# a list of counts ("204 балла: 72 — математика, 60 — физика", "15 из них возглавят
# представители «Единой России», 6 — КПРФ и по 4 — ЛДПР")
LISTED_BEFORE_DASH = re.compile(
    r"(?:[,:]|\sи)\s+(?:по\s+)?(?P<number>\d+)\s+[—–]\s+(?=[«\"]?[А-ЯЁA-Zа-яё])", re.IGNORECASE
)
# how far back the count of the list (or its last item) may end
LISTED_REACH = 80


def counts_listed_before_dash(text: str, facts: list[Fact]) -> list[Fact]:
    """ "При поступлении он набрал 204 балла: 72 — математика, 60 — физика": a number with
    no noun before a dash, after a comma, a colon or "и", counts the noun of the count
    before it in its sentence (within :data:`LISTED_REACH` characters of it or of the
    list's item before); not a year, not a number with a noun before the dash, not after a
    count of a participle standing for people."""
    from ruextract import models

    counts = sorted((f for f in facts if f.kind == QUANTITY_KIND and f.unit), key=lambda f: f.stop)
    found: list[Fact] = []
    for match, start, stop in untaken_matches(LISTED_BEFORE_DASH, text, facts, "number"):
        number = int(match.group("number"))
        if 1000 <= number <= 2100:
            continue
        before = sorted([f for f in counts + found if f.stop <= start], key=lambda f: f.stop)
        if not before or start - before[-1].stop > LISTED_REACH:
            continue
        if SENTENCE_END.search(text[before[-1].stop : start]):
            continue
        # a participle or adjective names one group of people, the item after the dash
        # another ("8 воздержавшихся, 7 — против"): only a noun's count is shared
        head = models.morph_analyzer().parse(before[-1].unit.split("-")[-1])[0]
        if "NOUN" not in head.tag:
            continue
        found.append(
            Fact(start=start, stop=stop, text=match.group("number"), kind=QUANTITY_KIND,
                 value=float(number), unit=before[-1].unit)
        )  # fmt: skip
    return found


# a count of a substantive in the dative or instrumental: "Муфтий был застрелен двумя
# неизвестными", "Троим пострадавшим оказана помощь"
OBLIQUE_COUNT_WORD = (
    r"двум|двумя|тр[её]м|тремя|четыр[её]м|четырьмя|пяти|пятью|шести|шестью|семи|семью|"
    r"восьми|восемью|девяти|девятью|десяти|десятью|двоим|троим|четверым|пятерым"
)
OBLIQUE_SUBSTANTIVE = re.compile(
    FIRST_OF_COUNT + r"(?<![\w.,:/-])((?:(?:около|более|менее|свыше|почти|примерно)\s+)?"
    r"(\d+|" + OBLIQUE_COUNT_WORD + r")\s+([а-яё]+(?:ым|им|ыми|ими)(?:ся)?))\b(?!-)"
    r"(?:[^\S\n]+([а-яё]+))?",
    re.IGNORECASE,
)


def counts_of_oblique_substantives(text: str, facts: list[Fact]) -> list[Fact]:
    """ "застрелен двумя неизвестными", "Троим пострадавшим": a count before a plural
    participle or adjective standing for people in the dative or instrumental, with no noun
    after it, counts it as a noun ("неизвестный"); a count word must be in the same case
    (not "пяти" + instrumental); not a year, not an adjective of a noun after it ("двумя
    разными способами"), not a superlative or a pronoun ("двум другим")."""
    from ruextract import models

    found: list[Fact] = []
    for match, start, stop in untaken_matches(OBLIQUE_SUBSTANTIVE, text, facts, 1):
        number = match.group(2)
        if number.isdigit() and 1000 <= int(number) <= 2100:
            continue
        if match.group(4):
            tag = models.morph_analyzer().parse(match.group(4).lower())[0].tag
            if {"NOUN", "ADJF", "PRTF", "NPRO"} & tag.grammemes:
                continue
        cases = (
            {"datv", "ablt"}
            if number.isdigit()
            else {p.tag.case for p in models.morph_analyzer().parse(number.lower())}
        )
        lemma = None
        for parse in models.morph_analyzer().parse(match.group(3).lower()):
            grammemes = parse.tag.grammemes
            if (
                {"ADJF", "PRTF"} & grammemes
                and "plur" in grammemes
                and parse.tag.case in cases & {"datv", "ablt"}
                and not {"Supr", "Apro", "Anum"} & grammemes
            ):
                inflected = parse.inflect({"masc", "sing", "nomn"})
                lemma = inflected.word if inflected is not None else None
                break
        if lemma is None:
            continue
        reading = unitless_reading(text[start : match.end(2)])
        if reading is None:
            continue
        found.append(
            Fact(start=start, stop=stop, text=text[start:stop], kind=QUANTITY_KIND,
                 value=reading[0], unit=lemma, qualifier=reading[1])
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
    counts = sorted((f for f in facts if f.kind == QUANTITY_KIND and f.unit), key=lambda f: f.stop)
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


# a count in words before a capitalised common noun: "выиграл два Кубка Англии"
COUNT_OF_CAPITALISED = re.compile(
    r"(?<![\w-])(два|две|три|четыре|пять|шесть|семь|восемь|девять|десять)\s+"
    r"([А-ЯЁ][а-яё]+)(?![\w-])",
    re.IGNORECASE,
)
# readings that make a capitalised word a name, not a common noun written with a capital
NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr", "Init"})


def counts_of_capitalised_nouns(text: str, facts: list[Fact]) -> list[Fact]:
    """ "С «Манчестером» он выиграл два Кубка Англии": a count in words before a common
    noun written with a capital (a trophy, an award, an order) counts it, when every reading
    of the word is a noun, none a name, and it has the form the number takes ("Кубка" after
    2–4); not "два Путина", "три Ноября" (a month counts nothing)."""
    from ruextract import models
    from ruextract.facts.amounts import agrees_as_count
    from ruextract.grammars.quantity import NOT_COUNTED

    found = []
    for match, start, stop in untaken_matches(COUNT_OF_CAPITALISED, text, facts):
        if not match.group(2)[0].isupper():
            continue
        word = match.group(2).lower()
        parses = models.morph_analyzer().parse(word)
        if any("NOUN" not in p.tag or NAME_GRAMMEMES & p.tag.grammemes for p in parses):
            continue
        reading = unitless_reading(match.group(1))
        if reading is None or not agrees_as_count(reading[0], word):
            continue
        if parses[0].normal_form in NOT_COUNTED:
            continue
        found.append(
            Fact(start=start, stop=stop, text=match.group(0), kind=QUANTITY_KIND,
                 value=reading[0], unit=parses[0].normal_form)
        )  # fmt: skip
    return found


# "судьба ещё 73-х остаётся неизвестной": more of the count before, with no noun
MORE_ALONE = re.compile(
    r"(?<![\w-])(?:ещё|еще)\s+(\d+)(?:-(?:х|ти|ми|и|ю))?(?![\w-]|[.,]\d)", re.IGNORECASE
)


def more_alone(text: str, facts: list[Fact]) -> list[Fact]:
    """ "захвачено 242 иностранных заложников, из них 43 были убиты, судьба ещё 73-х
    остаётся неизвестной": "ещё" and a number with no noun after it count the noun of the
    nearest count before it in its sentence (within :data:`ONE_MORE_REACH` characters); not
    a year-like number, not before a noun or an adjective ("ещё 85 работников")."""
    from ruextract import models

    counts = sorted((f for f in facts if f.kind == QUANTITY_KIND and f.unit), key=lambda f: f.stop)
    taken = [(f.start, f.stop) for f in facts]
    found = []
    for match in MORE_ALONE.finditer(text):
        start, stop = match.start(1), match.end()
        if overlaps_taken(start, stop, taken):
            continue
        number = int(match.group(1))
        if 1000 <= number <= 2100:
            continue
        word = WORD_AFTER.match(text, stop)
        if word is not None and word.start(1) - stop <= 1:
            tag = models.morph_analyzer().parse(word.group(1).lower())[0].tag
            if {"NOUN", "ADJF", "PRTF", "NUMR", "PREP"} & tag.grammemes:
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

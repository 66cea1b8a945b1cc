"""Personal names: which word is the first name, patronymic or surname, and the nominative.

Pure functions over words with the tagger's features, built on pymorphy3's name tags (``Name``,
``Surn``, ``Patr``). The case, gender and number of a name are chosen for the name as a whole
(every word of "Ярослава Новожилова" is read in one case and one gender), because the tagger's
features on single words of a name often disagree with each other; the first name's gender,
the tagger's features and the verb that agrees with the name decide between readings such as
"Ярослава Новожилова" (she, nominative) and "Ярослава Новожилова" (his, genitive).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ruextract import models
from ruextract.morph import parse_feats, restore_case

if TYPE_CHECKING:
    from pymorphy3.analyzer import Parse

# UD Case -> pymorphy3 case grammemes; the nominative is the case we inflect to
CASES: dict[str, frozenset[str]] = {
    "Nom": frozenset({"nomn"}),
    "Gen": frozenset({"gent", "gen2"}),
    "Dat": frozenset({"datv"}),
    "Acc": frozenset({"accs", "acc2"}),
    "Ins": frozenset({"ablt"}),
    "Loc": frozenset({"loct", "loc2"}),
}
GENDERS = {"Masc": "masc", "Fem": "femn"}
ROLE_TAGS = {"first": "Name", "middle": "Patr", "last": "Surn"}
PATRONYMIC = re.compile(r"(?:ович|евич|ьич|ична|овна|евна|инична)(?:а|у|ем|е|ой|ы|ну|ом)?$")
SLAVIC_STEM = re.compile(r"(?:ов|ев|ёв|ин|ын|ск|цк|ич)(?:у|е|ым|ом|ой|ою|ого|ому)$")
INITIAL = re.compile(r"^(?:[A-ZА-ЯЁ][a-zа-яё]?\.)+(?:[A-ZА-ЯЁ]\.?)?$|^[A-ZА-ЯЁ]$")


@dataclass(frozen=True, slots=True)
class NameWord:
    """One word of a name as written, with the tagger's UD ``feats`` string."""

    text: str
    feats: str = ""


@dataclass(frozen=True, slots=True)
class NameParts:
    """A name in the nominative: ``normal`` is the whole name in the order written."""

    normal: str
    last: str | None = None
    first: str | None = None
    middle: str | None = None
    gender: str | None = None
    plural: bool = False


def is_initial(text: str) -> bool:
    """True for an initial or a run of initials: "В.", "В", "А.М.", "В.В"."""
    return bool(INITIAL.match(text))


@lru_cache(maxsize=200_000)
def parse_word(word: str) -> tuple[Parse, ...]:
    """pymorphy3's parses of ``word`` (none for a word it cannot read)."""
    return tuple(models.morph_analyzer().parse(word))


def from_dictionary(parse: Parse) -> bool:
    """The parse comes from pymorphy3's dictionary, not from a guess by word shape."""
    return type(parse.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"


@lru_cache(maxsize=100_000)
def name_tags(word: str) -> frozenset[str]:
    """The name grammemes (Name, Surn, Patr) among pymorphy3's parses of ``word``."""
    found: set[str] = set()
    for parse in parse_word(word):
        if "Init" in parse.tag.grammemes:
            continue
        found |= parse.tag.grammemes & {"Name", "Surn", "Patr"}
    if PATRONYMIC.search(word.lower()) and not found & {"Surn", "Name"}:
        found.add("Patr")
    return frozenset(found)


@lru_cache(maxsize=100_000)
def known_word(word: str) -> bool:
    """pymorphy3's dictionary holds ``word`` (its parses are not guesses)."""
    return any(from_dictionary(parse) for parse in parse_word(word))


def _gender_ok(grammemes: frozenset[str], gender: str) -> bool:
    if "ms-f" in grammemes or "Fixd" in grammemes:
        return True
    genders = grammemes & {"masc", "femn", "neut"}
    return not genders or gender in genders


@lru_cache(maxsize=200_000)
def best_parse(word: str, role: str, case: str, gender: str, number: str) -> Parse | None:
    """pymorphy3's best parse of ``word`` in the given case, gender and number, or None.

    Parses tagged with the role's name grammeme (Name for a first name, Surn for a surname,
    Patr for a patronymic) come first, then any noun reading.
    """
    best = None
    best_score = -1.0
    wanted = CASES[case]
    for parse in parse_word(word):
        grammemes = parse.tag.grammemes
        if "Init" in grammemes or parse.tag.POS not in ("NOUN", "ADJF"):
            continue
        if not grammemes & wanted or (number not in grammemes and "Fixd" not in grammemes):
            continue
        if number == "sing" and not _gender_ok(grammemes, gender):
            continue
        score = parse.score
        if ROLE_TAGS[role] in grammemes:
            score += 2.0
        elif grammemes & {"Name", "Surn", "Patr"}:
            score += 1.0
        if parse.tag.POS == "ADJF":
            score -= 0.5 if role == "last" else 1.5
        if score > best_score:
            best, best_score = parse, score
    return best


def assign_roles(words: list[str]) -> list[str]:
    """Role of each word of a name: first, middle, last (initials count as first/middle).

    Russian names run "first [middle] last" or, in lists and documents, "last first [middle]"
    and "last I. O."; a one-word name is a surname unless it can only be a first name.
    """
    n = len(words)
    initials = [is_initial(w) for w in words]
    tags = [name_tags(w) if not initials[i] else frozenset() for i, w in enumerate(words)]
    if n == 1:
        only_first = "Name" in tags[0] and not tags[0] & {"Surn"}
        return ["first" if only_first and not initials[0] else "last"]
    if initials[0]:
        # "В. В. Путин", "А.М. Горький"
        return ["first", *["middle" if initials[i] else "last" for i in range(1, n)][: n - 1]]
    if all(initials[1:]):
        # "Путин В. В."
        return ["last", "first"] + ["middle"] * (n - 2)
    if n >= 3 and "Patr" in tags[-1] and "Patr" not in tags[1]:
        # "Путин Владимир Владимирович"
        return ["last", "first"] + ["middle"] * (n - 2)
    if n == 2 and "Patr" in tags[1]:
        return ["first", "middle"]
    if n == 2 and "Name" in tags[1] and "Name" not in tags[0] and "Surn" in tags[0]:
        # "Путин Владимир"
        return ["last", "first"]
    return ["first"] + ["middle"] * (n - 2) + ["last"]


def _hypotheses(words: list[NameWord], roles: list[str], context: dict[str, str]):
    """Score (case, gender, number) readings of the whole name; best first."""
    plural_votes = sum(parse_feats(w.feats).get("Number") == "Plur" for w in words)
    numbers = ["sing", "plur"] if plural_votes else ["sing"]
    scored = []
    for case in CASES:
        for gender in ("masc", "femn"):
            for number in numbers:
                score = 0.0
                for word, role in zip(words, roles, strict=True):
                    if is_initial(word.text):
                        continue
                    weight = 1.5 if role == "first" else 1.0
                    head = word.text.split("-")[-1]
                    parse = best_parse(head, role, case, gender, number)
                    if parse is None:
                        # pymorphy3 only guesses at words it does not know ("Элайджа")
                        score -= (2.0 if known_word(head) else 0.5) * weight
                        continue
                    score += weight
                    if ROLE_TAGS[role] in parse.tag.grammemes and role != "last":
                        score += 0.5 * weight
                    feats = parse_feats(word.feats)
                    if feats.get("Case") == case:
                        score += 1.0 * weight
                    if GENDERS.get(feats.get("Gender", "")) == gender:
                        score += 0.5 * weight
                    if (feats.get("Number") == "Plur") == (number == "plur"):
                        score += 0.5
                if context.get("Gender") and GENDERS.get(context["Gender"]) == gender:
                    score += 1.0 if number == "sing" else 0.0
                if context.get("Case") == case:
                    score += 1.0
                if context.get("Number") == ("Plur" if number == "plur" else "Sing"):
                    score += 0.5
                scored.append((score, case, gender, number))
    scored.sort(key=lambda item: -item[0])
    return scored


def foreign_indeclinable(word: str, parse: Parse) -> bool:
    """A word pymorphy3 does not know, ending as foreign names that do not decline do.

    "Пеле", "Джоли", "Даниэле", "Кигели" keep their form; a guessed Slavic surname such as
    "Токаеву" still declines.
    """
    if from_dictionary(parse):
        if "Name" not in parse.tag.grammemes or not word.lower().endswith(("и", "е", "э")):
            return False
        # a dictionary first name read in an oblique case ("Джоли" as the genitive of "Джоля")
        return parse.normal_form[-1:] in "ья" and word.lower().endswith(("и", "э"))
    return word.lower().endswith(("е", "и", "о", "э", "ю")) and not SLAVIC_STEM.search(word.lower())


def inflect_word(text: str, role: str, case: str, gender: str, number: str) -> str:
    """One word of a name in the nominative (hyphenated parts each), else as written."""
    if is_initial(text):
        return text
    parts = text.split("-")
    out = []
    for part in parts:
        if case == "Nom" or not any(ch.isalpha() for ch in part):
            out.append(part)
            continue
        parse = best_parse(part, role, case, gender, number)
        if parse is None or "Fixd" in parse.tag.grammemes or foreign_indeclinable(part, parse):
            out.append(part)
            continue
        wanted = {"nomn", number}
        if number == "sing" and {"masc", "femn"} & parse.tag.grammemes | {"ms-f"} & set(
            parse.tag.grammemes
        ):
            wanted.add(gender)
        inflected = parse.inflect(wanted) or parse.inflect({"nomn", number})
        out.append(restore_case(part, inflected.word) if inflected else part)
    return "-".join(out)


def normal_name(
    words: list[NameWord], separators: list[str] | None = None, context: dict | None = None
) -> NameParts:
    """The nominative of a name and its parts.

    ``separators`` are the strings between words (default one space); ``context`` holds the UD
    features of a word that agrees with the name (a past-tense verb's Gender and Number, a
    preposition's governed Case), if any.
    """
    if not words:
        return NameParts(normal="")
    separators = separators if separators is not None else [" "] * (len(words) - 1)
    roles = assign_roles([w.text for w in words])
    hypotheses = _hypotheses(words, roles, context or {})
    _, case, gender, number = hypotheses[0]
    normal_words = [
        inflect_word(w.text, role, case, gender, number)
        for w, role in zip(words, roles, strict=True)
    ]
    pieces = []
    for i, word in enumerate(normal_words):
        pieces.append(word)
        if i < len(separators):
            pieces.append(separators[i])
    by_role: dict[str, list[str]] = {}
    for word, role in zip(normal_words, roles, strict=True):
        by_role.setdefault(role, []).append(word)

    def joined(role: str) -> str | None:
        found = by_role.get(role)
        return " ".join(found) if found else None

    return NameParts(
        normal="".join(pieces).strip(),
        last=joined("last"),
        first=joined("first"),
        middle=joined("middle"),
        gender=gender if number == "sing" else None,
        plural=number == "plur",
    )

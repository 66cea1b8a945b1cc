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
from importlib import resources
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
EAST_ASIAN_FILE = "east_asian_surnames.tsv"
PET_FORMS_FILE = "first_name_pet_forms.tsv"
# a Chinese given name in the Palladius system: up to three syllables ("Сяопин", "Цзиньпин")
_PALLADIUS_SYLLABLE = (
    r"(?:цз|чж|ч|ш|ж|ц|с|б|п|м|ф|д|т|н|л|г|к|х)?"
    r"(?:юань|юэ|юнь|юй|янь|яо|ян|я|инь|ин|ун|унь|уань|уан|уай|уй|уо|уа|у|ань|ан|ай|ао|а"
    r"|энь|эн|эй|эр|э|оу|о|ы|ю|е|и|вань|вэнь|вэй|ван|вэн|вай|ва|во)"
)
PALLADIUS = re.compile(f"(?i)(?:{_PALLADIUS_SYLLABLE}){{1,3}}$")
# lowercase particles that belong to names ("Людвиг ван Бетховен", "Тамим бен Хамад Аль Тани")
NAME_PARTICLES = frozenset(
    {"фон", "ван", "дер", "де", "дель", "ла", "ди", "да", "ибн", "бен", "аль", "эль", "оглы"}
)
STRESS = "\u0301"  # a combining stress mark: "Ма\u0301рков" is "Марков"
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


def particle(text: str, position: int) -> bool:
    """A particle of a name ("ван", "бен", "Аль" after the first word), which never declines."""
    return text.lower() in NAME_PARTICLES and (position > 0 or text.islower())


# a regnal or dynastic number in Roman numerals ("Елизавета II", "Бенедикта XVI")
REGNAL_NUMBER = re.compile(r"^[IVXL]{2,}$|^[VXL]$")


def is_regnal_number(text: str) -> bool:
    """True for a Roman numeral after a name ("II", "XVI", "V"), which reads alike in every
    case and gender, so it is no evidence of the name's case ("сын Леопольда III")."""
    return bool(REGNAL_NUMBER.match(text))


NICKNAME = re.compile(r"^[«\"“„].+[»\"”“]$")


def is_nickname(text: str) -> bool:
    """True for a nickname in quotes inside a name ("«Бадди»" of "Джеймс «Бадди» Макгирт"):
    it is written as it is in every case."""
    return bool(NICKNAME.match(text))


@lru_cache(maxsize=200_000)
def parse_word(word: str) -> tuple[Parse, ...]:
    """pymorphy3's parses of ``word`` (none for a word it cannot read)."""
    return tuple(models.morph_analyzer().parse(word))


def from_dictionary(parse: Parse) -> bool:
    """The parse comes from pymorphy3's dictionary, not from a guess by word shape.

    A guess also starts with the dictionary analyser (the paradigm it borrows), followed by
    the analyser that guessed ("UnknownPrefixAnalyzer" reads "Фухимори" as a verb).
    """
    stack = parse.methods_stack
    return len(stack) == 1 and type(stack[0][0]).__name__ == "DictionaryAnalyzer"


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


VOWELS = frozenset("аеёиоуыэюя")
HUSHING = frozenset("гкхжшчщц")  # after these a noun's plural and genitive take и, not ы
OBLIQUE = ("Gen", "Dat", "Acc", "Ins", "Loc")
BOTH = ("masc", "femn")
POSSESSIVE = r"(?:ов|ев|ёв|ин|ын)"
ADJECTIVAL = r"(?:ск|цк)"
# feminine nouns in а/я (and men's surnames such as "Чайка", "Гарсия"): ending -> cases
A_DECLENSION = (
    ("ой", ("Ins",)), ("ою", ("Ins",)), ("ей", ("Ins",)), ("ею", ("Ins",)),
    ("у", ("Acc",)), ("ю", ("Acc",)), ("ы", ("Gen",)), ("и", ("Gen", "Dat", "Loc")),
    ("е", ("Dat", "Loc")),
)  # fmt: skip
# masculine nouns in a consonant, й or ь ("Фишер", "Карзай", "Соболь"): ending -> cases
CONSONANT_DECLENSION = (
    ("ом", ("Ins",)), ("ем", ("Ins",)), ("ём", ("Ins",)), ("а", ("Gen", "Acc")),
    ("я", ("Gen", "Acc")), ("у", ("Dat",)), ("ю", ("Dat",)), ("е", ("Loc",)),
)  # fmt: skip
# plural of surnames ("Ротенберги", "Стругацкие", "Кеннеди"): ending -> cases
PLURAL_DECLENSION = (
    ("ами", ("Ins",)), ("ями", ("Ins",)), ("ов", ("Gen", "Acc")), ("ев", ("Gen", "Acc")),
    ("ей", ("Gen", "Acc")), ("ам", ("Dat",)), ("ям", ("Dat",)), ("ах", ("Loc",)),
    ("ях", ("Loc",)), ("ы", ("Nom",)), ("и", ("Nom",)),
)  # fmt: skip

Key = tuple[str, str, str]  # (UD case, gender, number)
Readings = dict[Key, tuple[str, float]]  # -> (nominative in lower case, confidence)


def _add(found: Readings, cases, genders, number: str, nominative: str, confidence: float):
    for case in cases:
        for gender in genders:
            key = (case, gender, number)
            if key not in found or found[key][1] < confidence:
                found[key] = (nominative, confidence)


@lru_cache(maxsize=100_000)
def paradigm_readings(word: str) -> Readings:
    """Readings of a name pymorphy3 does not know, by the Russian grammar of surnames.

    Russian possessive surnames ("Путина", "Ахматовой": -ов, -ин with their own endings),
    adjectival ones ("Вишневского", "Рынской"), nouns in а/я of either gender ("Чайку",
    "Гарсии"), men's names in a consonant ("Хоулетта", "Карзаем", "Сартра"); a final vowel
    other than а/я never declines ("Пелоси", "Фухимори", "Сиссе"), nor does a woman's name in
    a consonant ("Нуланд"). Unknown names are never read by analogy with common nouns or
    adjectives ("Карасиным" is not the adjective "карасиный").
    """
    w = word.lower()
    found: Readings = {}
    if len(w) < 2 or not all(ch.isalpha() for ch in w):
        _add(found, CASES, BOTH, "sing", w, 0.3)
        return found
    # the word as written, a nominative
    if re.search(f"(?:{POSSESSIVE}а|{ADJECTIVAL}ая)$", w):
        _add(found, ["Nom"], ["femn"], "sing", w, 0.8)
    elif re.search(f"(?:{POSSESSIVE}|{ADJECTIVAL}(?:ий|ой))$", w):
        _add(found, ["Nom"], ["masc"], "sing", w, 0.8)
    elif not re.search(f"[^{''.join(sorted(VOWELS))}]ы$", w):
        # a final ы after a consonant is a case ending ("Шенуды III" of Шенуда), no nominative
        _add(found, ["Nom"], BOTH, "sing", w, 0.5)
    if w[-1] in "еиоуэю":
        _add(found, CASES, BOTH, "sing", w, 0.3)
        _add(found, CASES, BOTH, "plur", w, 0.2)
    if w[-1] not in VOWELS and not (len(w) > 4 and w.endswith(("ой", "ей"))):
        # a woman's name in a consonant does not decline ("Нуланд", "Мэй"), but a long word
        # in -ой / -ей is an a-declension name in a case ("Грасой Машел" of Граса)
        _add(found, OBLIQUE, ["femn"], "sing", w, 0.3)
    russian = False
    m = re.fullmatch(f"(.+{POSSESSIVE})(а|у|ым|е|ой)", w)
    if m:
        russian = True
        stem, end = m.groups()
        masc = {"а": ("Gen", "Acc"), "у": ("Dat",), "ым": ("Ins",), "е": ("Loc",)}
        femn = {"ой": ("Gen", "Dat", "Ins", "Loc"), "у": ("Acc",)}
        if end in masc:
            _add(found, masc[end], ["masc"], "sing", stem, 0.9)
        adjective = adjective_nominative(w, "femn", "sing") if end == "ой" else None
        if adjective and adjective[0] == w[:-2] + "ая":
            # a word the dictionary has as an adjective is an adjectival surname first:
            # "Еленой Мозговой" is Мозговая (but "Ивановой" is Иванова)
            _add(found, femn[end], ["femn"], "sing", adjective[0], 0.9)
        if end in femn:
            _add(found, femn[end], ["femn"], "sing", stem + "а", 0.85 if adjective else 0.9)
    m = re.fullmatch(f"(.+{ADJECTIVAL})(ого|ому|им|ом|ой|ую)", w)
    if m:
        russian = True
        stem, end = m.groups()
        masc = {"ого": ("Gen", "Acc"), "ому": ("Dat",), "им": ("Ins",), "ом": ("Loc",)}
        femn = {"ой": ("Gen", "Dat", "Ins", "Loc"), "ую": ("Acc",)}
        if end in masc:
            _add(found, masc[end], ["masc"], "sing", stem + "ий", 0.9)
        if end in femn:
            _add(found, femn[end], ["femn"], "sing", stem + "ая", 0.9)
    m = re.fullmatch(f"(.+(?:{POSSESSIVE}|{ADJECTIVAL}))(ы|ых|ым|ыми|ие|их|им|ими)", w)
    if m:
        russian = True
        stem, end = m.groups()
        nominative = stem + ("ие" if end[0] == "и" else "ы")
        cases = {"ы": ("Nom",), "ие": ("Nom",), "ых": ("Gen", "Acc", "Loc"),
                 "их": ("Gen", "Acc", "Loc"), "ым": ("Dat",), "им": ("Dat",),
                 "ыми": ("Ins",), "ими": ("Ins",)}[end]  # fmt: skip
        _add(found, cases, BOTH, "plur", nominative, 0.9)
    m = re.fullmatch(r"(.{3,}[^аеёиоуыэюя])(ого|его|ому|ему)", w)
    if not russian and m:
        # an adjectival surname of any stem ("Поперечного", "Лесного"): the adjective's own
        # nominative where the dictionary has the adjective, else -ий / -ый
        russian = True
        stem, end = m.groups()
        nominative = adjective_nominative(w, "masc", "sing")
        soft = end[0] == "е" or stem[-1] in HUSHING
        _add(found, ("Gen", "Acc") if end[1] == "г" else ("Dat",), ["masc"], "sing",
             nominative[0] if nominative else stem + ("ий" if soft else "ый"), 0.9)  # fmt: skip
    if russian:
        return found
    for ending, cases in A_DECLENSION:
        stem = w[: -len(ending)]
        if not w.endswith(ending) or len(stem) < 2 or stem[-1] in VOWELS - {"и"}:
            continue
        if ending == "и" and stem[-1] not in HUSHING | {"и", "ь"}:
            continue  # "Пелоси", "Кими" do not decline: no "Пелося", "Кимя"
        if ending == "и" and stem[-1] in HUSHING:
            cases = ("Gen",)  # "Чайки" is a genitive; the dative is "Чайке", not "Акасаки"
        soft = stem[-1] in VOWELS or stem[-1] == "ь" or ending in ("ю", "ей", "ею")
        # a final е is more often a foreign name that does not decline ("Пеле", "Сиссе"), and
        # so is a final и after ж, ч, ш, щ ("Бенедучи", "Медичи"): few names end in -ча, -ша
        foreign = ending == "е" or (ending == "и" and stem[-1] in "жчшщ")
        confidence = 0.25 if foreign else 0.6
        _add(found, cases, BOTH, "sing", stem + ("я" if soft else "а"), confidence)
    for ending, cases in CONSONANT_DECLENSION:
        stem = w[: -len(ending)]
        if not w.endswith(ending) or len(stem) < 2:
            continue
        if ending in ("а", "у", "ом", "е"):
            if stem[-1] in VOWELS or stem[-1] in "йь":
                continue
            nominative = stem
        elif stem[-1] in VOWELS:
            nominative = stem + "й"
        elif stem[-1] in "жшчщц":
            nominative = stem
        else:
            nominative = stem + "ь"
        _add(found, cases, ["masc"], "sing", nominative, 0.25 if ending == "е" else 0.7)
    for ending, cases in PLURAL_DECLENSION:
        stem = w[: -len(ending)]
        if w.endswith(ending) and len(stem) >= 2 and stem[-1] not in VOWELS:
            # a nominative is its own plural nominative ("Кеннеди", not "Кеннеды")
            nominative = w if cases == ("Nom",) else stem + ("и" if stem[-1] in HUSHING else "ы")
            _add(found, cases, BOTH, "plur", nominative, 0.5)
    return found


# an unknown first name in a vowel and я and its case forms ("Лея", "Леи", "Лее", "Лею", "Леей")
VOWEL_YA = re.compile(r"(.+?[еоу])(я|и|е|ю|ей|ею)")
VOWEL_YA_CASES = {
    "я": ("Nom",), "и": ("Gen",), "е": ("Dat", "Loc"), "ю": ("Acc",), "ей": ("Ins",),
    "ею": ("Ins",),
}  # fmt: skip


def _add_vowel_ya(found: Readings, word: str) -> None:
    """An unknown first name in a vowel and я is a woman's, declined like "Зоя" and "Майя"
    ("Лея", "Леи" -> Лея); the dictionary's men's names so written ("Гия") never get here."""
    m = VOWEL_YA.fullmatch(word)
    if m is None or len(m.group(1)) < 2:
        return
    _add(found, VOWEL_YA_CASES[m.group(2)], ["femn"], "sing", m.group(1) + "я", 1.0)


@lru_cache(maxsize=200_000)
def readings(word: str, role: str) -> Readings:
    """(case, gender, number) -> (nominative, confidence) of one word of a name in a role.

    pymorphy3's dictionary parses tagged for the role (Name, Surn, Patr; patronymics may be
    guessed, their suffixes are regular) when it has any; else :func:`paradigm_readings`.
    """
    if role == "middle" and "Patr" not in name_tags(word):
        # a given name between the first and the last of a foreign name declines as a first
        # name: "Паоле Маргарите Марии Антонии …", "Мартина Лютера Кинга"
        return readings(word, "first")
    tag = ROLE_TAGS[role]
    found: Readings = {}
    # of two dictionary paradigms as likely, an adjectival surname's goes first (ties keep the
    # first): "Ириной Яровой" is Яровая, not Ярова, since "Яровой" is a surname itself
    parses = sorted(parse_word(word), key=lambda p: not re.search(r"(?:ой|ий|ый)$", p.normal_form))
    for parse in parses:
        grammemes = parse.tag.grammemes
        if "Init" in grammemes or tag not in grammemes:
            continue
        if not (from_dictionary(parse) or role == "middle"):
            continue
        number = "plur" if "plur" in grammemes else "sing"
        cases = [case for case, tags in CASES.items() if grammemes & tags]
        genders = [g for g in BOTH if g in grammemes]
        if "ms-f" in grammemes or number == "plur" or not genders:
            genders = list(BOTH)
        for gender in genders:
            if "Fixd" in grammemes:
                nominative = word.lower()
            else:
                wanted = {"nomn", number} | ({gender} if number == "sing" else set())
                inflected = parse.inflect(wanted) or parse.inflect({"nomn", number})
                nominative = inflected.word if inflected else word.lower()
            _add(found, cases, [gender], number, nominative, 1.0 + parse.score)
    # a woman's instrumental ending after a consonant ("Хулианой", "Зухрой")
    instrumental = role == "first" and re.search(r"..[^аеёиоуыэюя](?:ой|ою|ею)$", word.lower())
    if not found:
        found = paradigm_readings(word)
        if role == "first" and VOWEL_YA.fullmatch(word.lower()):
            found = dict(found)  # paradigm_readings is cached: never changed in place
            _add_vowel_ya(found, word.lower())
        if instrumental:
            # an unknown first name in a woman's instrumental ending is no nominative
            # ("Хулианой Авада" -> "Хулиана Авада"); surnames in -ой are ("Толстой")
            found = {key: value for key, value in found.items() if key[0] != "Nom"}
        return found
    # a name as written may always be a nominative ("Амаду", which the dictionary has as a
    # woman's name only, names a man too); a foreign one in о, у, и, е, э, ю any case. Not a
    # surname the dictionary has only in oblique cases: "Завьяловой" is no man's nominative
    foreign = word[-1:].lower() in "оуиеэю"
    if role == "last" and not foreign and not any(key[0] == "Nom" for key in found):
        return found
    if instrumental and not any(key[0] == "Nom" for key in found):
        return found  # "Зухрой Муртазиной", the dictionary's instrumental of Зухра
    _add(found, CASES if foreign else ["Nom"], BOTH, "sing", word.lower(), 0.2)
    return found


def dictionary_name_tags(word: str) -> frozenset[str]:
    """The name grammemes of pymorphy3's dictionary parses of ``word`` (no guesses)."""
    return frozenset(
        tag
        for parse in parse_word(word)
        if from_dictionary(parse) and "Init" not in parse.tag.grammemes
        for tag in parse.tag.grammemes & {"Name", "Surn", "Patr"}
    )


@lru_cache(maxsize=1)
def east_asian_surnames() -> frozenset[str]:
    """Surnames that open East Asian names (``data/east_asian_surnames.tsv``), lower case."""
    text = resources.files("ruextract.data").joinpath(EAST_ASIAN_FILE).read_text("utf-8")
    rows = [line.split("\t")[0] for line in text.splitlines() if line and line[0] != "#"]
    return frozenset(row.lower() for row in rows[1:])


@lru_cache(maxsize=1)
def listed_pet_forms() -> dict[str, frozenset[str]]:
    """Everyday short forms of Russian first names not built on the full name's first letters
    (``data/first_name_pet_forms.tsv``, after Петровский's dictionary of Russian personal
    names): the full name -> its short forms, both folded (lower case, е for ё): "мария" ->
    {"маша", "маня"}."""
    text = resources.files("ruextract.data").joinpath(PET_FORMS_FILE).read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and line[0] != "#"]
    return {
        full.lower().replace("ё", "е"): frozenset(
            short.strip().lower().replace("ё", "е") for short in shorts.split(",")
        )
        for full, _, shorts in rows[1:]
    }


def east_asian(words: list[str]) -> bool:
    """A Chinese, Korean or Vietnamese name: surname first, then syllables ("Пан Ги Мун",
    "Ким Чен Ир", "Дэн Сяопин"), none of them a Russian dictionary name or surname."""
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    if words[0].lower() not in east_asian_surnames():
        return False
    # a two-word name opening with a Russian first name ("Ким", "Ян") needs a one-syllable
    # given name: "Ким Кардашьян", "Ян Гамарник" are not East Asian
    most = 2 if len(words) == 3 else 1 if "Name" in dictionary_name_tags(words[0]) else 3
    for word in words[1:]:
        if len(words) == 2 and PALLADIUS.match(word):
            continue
        syllables = sum(ch in VOWELS for ch in word.lower())
        if is_initial(word) or "-" in word or syllables > most:
            return False
        if dictionary_name_tags(word) & {"Surn", "Patr"} or SLAVIC_STEM.search(word.lower()):
            return False
    return True


def assign_roles(words: list[str]) -> list[str]:
    """Role of each word of a name: first, middle, last (initials count as first/middle).

    Russian names run "first [middle] last" or, in lists and documents, "last first [middle]"
    and "last I. O."; a one-word name is a surname unless it can only be a first name.
    """
    n = len(words)
    initials = [is_initial(w) for w in words]
    tags = [name_tags(w) if not initials[i] else frozenset() for i, w in enumerate(words)]
    if n == 1:
        # a guess is no evidence here: "Сиссе" is no first name, whatever "Сиссь" may be
        known = dictionary_name_tags(words[0])
        only_first = "Name" in known and "Surn" not in known
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
    """Score (case, gender, number) readings of the whole name; best first.

    Each word votes with its reading in that case, gender and number (a first name weighs
    most: its paradigm is the best known), the tagger's features of the word, and the
    features of a verb that agrees with the name.
    """
    plural_votes = sum(parse_feats(w.feats).get("Number") == "Plur" for w in words)
    # a first name or patronymic names one person: "Владимиром Путиным" is no plural
    one_person = any(
        r != "last" and not is_initial(w.text) and not is_nickname(w.text)
        for w, r in zip(words, roles, strict=True)
    )
    numbers = ["sing", "plur"] if plural_votes and not one_person else ["sing"]
    # what each word brings, the same for every reading: initials, nicknames and particles
    # inside a name ("бен", "Аль" of "Тамима бен Хамада Аль Тани") bring nothing
    voters = [
        (word, role, 1.5 if role == "first" else 1.0, word.text.split("-")[-1])
        for n, (word, role) in enumerate(zip(words, roles, strict=True))
        if not (
            is_initial(word.text)
            or is_nickname(word.text)
            or particle(word.text, n)
            or is_regnal_number(word.text)
        )
    ]
    voters = [
        (word, role, weight, head, readings(head, role), parse_feats(word.feats))
        for word, role, weight, head in voters
    ]
    scored = []
    for case in CASES:
        for gender in ("masc", "femn"):
            for number in numbers:
                score = 0.0
                for word, role, weight, head, found, feats in voters:
                    reading = found.get((case, gender, number))
                    if reading is None and role == "first" and "-" in word.text:
                        # a French compound first name often stays: "Жан-Поль Сартра"
                        reading = (word.text, 0.3)
                    if reading is None:
                        score -= 1.0 * weight
                        continue
                    # a word that reads alike in every case ("Фридман" of a woman, "Буфье",
                    # "Кими") is no evidence of the case: neither its readings nor the
                    # tagger's case for it (a guess from its neighbours) prefer one
                    fixed = indeclinable(head, role, gender, number)
                    if fixed:
                        reading = (reading[0], fixed)
                    score += weight * (0.5 + reading[1])
                    if feats.get("Case") == case and not fixed:
                        score += 1.0 * weight
                    if GENDERS.get(feats.get("Gender", "")) == gender:
                        score += 0.5 * weight
                    if (feats.get("Number") == "Plur") == (number == "plur"):
                        score += 0.5
                if context.get("Gender") and GENDERS.get(context["Gender"]) == gender:
                    score += 1.0 if number == "sing" else 0.0
                if context.get("Case") == case:
                    score += 1.0
                if case == "Loc" and context.get("Loc") == "No":
                    score -= 3.0  # no preposition: "итальянец Даниэле Гароццо"
                if context.get("Number") == ("Plur" if number == "plur" else "Sing"):
                    score += 0.5
                scored.append((score, case, gender, number))
    scored.sort(key=lambda item: -item[0])
    return scored


@lru_cache(maxsize=200_000)
def indeclinable(word: str, role: str, gender: str, number: str) -> float:
    """For a word that reads as itself in every case of this gender and number (a foreign or
    woman's surname that does not decline), its best confidence; else 0."""
    found = readings(word, role)
    keys = [(case, gender, number) for case in CASES]
    if not all(key in found for key in keys) or len({found[key][0] for key in keys}) != 1:
        return 0.0
    return max(found[key][1] for key in keys)


def inflect_word(text: str, role: str, case: str, gender: str, number: str) -> str:
    """One word of a name in the nominative (hyphenated parts each), else as written."""
    if is_initial(text) or is_nickname(text):
        return text
    out = []
    for part in text.split("-"):
        if (case == "Nom" and number == "sing") or not any(ch.isalpha() for ch in part):
            out.append(part)
            continue
        reading = (out and adjective_nominative(part, gender, number)) or readings(part, role).get(
            (case, gender, number)
        )  # "Буша-младшего": an adjective after a hyphen
        if reading is None:
            out.append(part)
            continue
        if case in ("Dat", "Loc") and number == "sing" and reading[0] == part.lower():
            # a name in -е read as itself in a dative or locative the name shows: a woman's
            # a-declension name ("подруге Присцилле Чан" -> Присцилла); a man's only where the
            # dictionary declines the word so ("Юрию Чайке" -> Чайка; "Арье" stays)
            reading = (a_declension_nominative(part, gender) or reading[0], reading[1])
        if reading[0] == part.lower():
            out.append(part)  # read as written: its letters as written ("О’Мэлли")
            continue
        nominative = reading[0] if "ё" in part.lower() else reading[0].replace("ё", "е")
        out.append(restore_case(part, nominative))
    return "-".join(out)


@lru_cache(maxsize=20_000)
def a_declension_nominative(word: str, gender: str) -> str | None:
    """The nominative of a name in -е read as the dative or locative of an а-declension name:
    a woman's unknown name after a consonant takes -а ("Присцилле" -> "присцилла",
    "Паоле" -> "паола"); a man's, the dictionary's noun in -а/-я of that form ("Чайке" ->
    "чайка": its -е form is that noun's dative or locative); None otherwise."""
    w = word.lower()
    if len(w) < 3 or w[-1] != "е":
        return None
    for parse in parse_word(word):
        if (
            from_dictionary(parse)
            and parse.tag.POS == "NOUN"
            and parse.normal_form[-1:] in ("а", "я")
            and parse.normal_form[:-1] == w[:-1]
        ):
            return parse.normal_form
    if gender == "femn" and w[-2] not in VOWELS and w[-2] not in "йь":
        return w[:-1] + "а"
    return None


def singular_surname(plural: str, gender: str) -> str:
    """One person's surname from a family's plural nominative: "Ротенберги" -> "Ротенберг",
    "Ивановы" -> "Иванов" / "Иванова", "Стругацкие" -> "Стругацкий" / "Стругацкая"."""
    w = plural.lower()
    if re.search(f"{POSSESSIVE}ы$", w):
        single = w[:-1] + ("а" if gender == "femn" else "")
    elif re.search(f"{ADJECTIVAL}ие$", w):
        single = w[:-2] + ("ая" if gender == "femn" else "ий")
    elif len(w) > 3 and w[-1] in "ыи" and w[-2] not in VOWELS:
        single = w[:-1]
    else:
        return plural
    return restore_case(plural, single)


def first_name_gender(first: str) -> str | None:
    """The gender of a first name in the nominative, by pymorphy3's dictionary (its readings
    weigh 1 or more; a name as written, which may be either gender's, weighs less)."""
    genders = {
        g
        for (case, g, number), (_, confidence) in readings(first, "first").items()
        if case == "Nom" and number == "sing" and confidence >= 1.0
    }
    return genders.pop() if len(genders) == 1 else None


def adjective_nominative(word: str, gender: str, number: str) -> tuple[str, float] | None:
    """The nominative of a dictionary adjective in a name ("младшего" -> "младший")."""
    for parse in parse_word(word):
        if parse.tag.POS == "ADJF" and from_dictionary(parse):
            wanted = {"nomn", number} | ({gender} if number == "sing" else set())
            inflected = parse.inflect(wanted)
            if inflected is not None:
                return inflected.word, 1.0
    return None


def east_asian_name(words: list[NameWord], separators: list[str]) -> NameParts:
    """An East Asian name in its order, surname first; only its last word declines in Russian
    ("Пан Ги Муна" -> "Пан Ги Мун", "Дэн Сяопина" -> "Дэн Сяопин"; "Пак Кын Хе" stays): a
    final а, у or ом after a consonant is a case ending, since the syllables end in vowels, н,
    нь, р or й."""
    texts = [w.text for w in words]
    last = texts[-1]
    for ending in ("ом", "ем", "а", "у", "я", "ю"):
        stem = last[: -len(ending)]
        # no syllable ends in ш, ж, ч, щ, ц, с, ф, х, в, з, б, г, д, so a final у / ю after
        # one is the syllable's own ("Чжаньшу" is whole); а and ом there are case endings, as
        # in the names that only look East Asian ("Ван Гога" -> "Ван Гог")
        if ending in ("у", "ю") and stem[-1:].lower() in "шжчщцсфхвзбгд":
            continue
        if last.lower().endswith(ending) and len(stem) >= 2 and stem[-1].lower() not in VOWELS:
            # a case ending on a consonant: "Муна", "Логэном", "Цзэдуну", "Цзюня" (-нь)
            texts[-1] = stem + ("ь" if ending in ("ем", "я", "ю") else "")
            break
    pieces = [texts[0]]
    for sep, text in zip(separators, texts[1:], strict=True):
        pieces += [sep, text]
    return NameParts(normal="".join(pieces).strip(), last=texts[0], first=" ".join(texts[1:]))


def normal_name(
    words: list[NameWord], separators: list[str] | None = None, context: dict | None = None
) -> NameParts:
    """The nominative of a name and its parts.

    ``separators`` are the strings between words (default one space); ``context`` holds the UD
    features of a word that agrees with the name (a past-tense verb's Gender and Number, a
    preposition's governed Case), if any, and ``Loc: "No"`` where no preposition allows the
    locative. Every word is put in the case, gender and number
    read for the whole name ("Юлии Сафарбаковой" -> "Юлия Сафарбакова"); a word with no
    reading there stays as written (a foreign surname that does not decline).
    """
    if not words:
        return NameParts(normal="")
    seps = tuple(separators) if separators is not None else None
    return _normal_name(tuple(words), seps, tuple(sorted((context or {}).items())))


@lru_cache(maxsize=20_000)
def _normal_name(
    words: tuple[NameWord, ...], separators: tuple[str, ...] | None, context: tuple
) -> NameParts:
    """:func:`normal_name` of hashable arguments, cached: a name recurs in its article and
    across articles, and its reading weighs every case, gender and number."""
    context = dict(context)
    words = [NameWord(w.text.replace(STRESS, ""), w.feats) for w in words]
    # any run of whitespace between two words (a no-break space, a line break) is one space
    separators = (
        [" " if sep.isspace() else sep for sep in separators]
        if separators is not None
        else [" "] * (len(words) - 1)
    )
    if east_asian([w.text for w in words]):
        return east_asian_name(words, separators)
    roles = assign_roles([w.text for w in words])
    hypotheses = _hypotheses(words, roles, context)
    _, case, gender, number = hypotheses[0]
    return _read_as(words, roles, separators, case, gender, number)


def _read_as(
    words: list[NameWord],
    roles: list[str],
    separators: list[str],
    case: str,
    gender: str,
    number: str,
) -> NameParts:
    """The nominative of a name read in one case, gender and number."""
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


def name_readings(
    words: list[NameWord], separators: list[str] | None = None, context: dict | None = None
) -> list[NameParts]:
    """The nominatives a name of two or more words may have, one for each singular case and
    gender in which every word of it has a reading (a word of no paradigm reads alike in
    all), best first by the words alone: "Мирославу Немцову" is Мирослав Немцов's dative or
    Мирослава Немцова's accusative. East Asian names and names with initials have one.
    ``context`` (see :func:`normal_name`) rules out the locative where it holds ``Loc: "No"``
    ("для Евгении Душко" is no locative of Евгений Душко)."""
    no_locative = (context or {}).get("Loc") == "No"
    texts = [w.text.replace(STRESS, "") for w in words]
    if len(words) < 2 or east_asian(texts) or any(map(is_initial, texts)):
        return []
    words = [NameWord(text, w.feats) for text, w in zip(texts, words, strict=True)]
    seps = (
        [" " if s.isspace() else s for s in separators] if separators else [" "] * (len(words) - 1)
    )
    roles = assign_roles(texts)
    found: dict[str, NameParts] = {}
    for _, case, gender, number in _hypotheses(words, roles, {}):
        if number != "sing" or (no_locative and case == "Loc"):
            continue
        if not all(
            (case, gender, number) in readings(w.text.split("-")[-1], role)
            for w, role in zip(words, roles, strict=True)
        ):
            continue
        parts = _read_as(words, roles, seps, case, gender, number)
        found.setdefault(parts.normal, parts)
    return list(found.values())

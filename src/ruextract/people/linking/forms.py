"""Name parts compared: folded forms, surname stems and epithets, first names that may be one
(an initial, a case form, a pet form), surnames of one family in two genders, natural order.

Pure functions over strings and :class:`~ruextract.names.NameParts`; the passes in
:mod:`.clusters` ask them whether two mentions may be one person.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ruextract.names import (
    NameParts,
    adjective_nominative,
    dictionary_name_tags,
    first_name_gender,
    is_initial,
    is_nickname,
    known_word,
    listed_pet_forms,
    readings,
)

if TYPE_CHECKING:
    from ruextract.people.linking.clusters import PersonCluster


def natural_order(parts: NameParts) -> NameParts:
    """A Russian full name written surname first, as in lists and documents ("Грызлова Бориса
    Вячеславовича" -> "Грызлов Борис Вячеславович"), in the guideline's natural order "Борис
    Вячеславович Грызлов"; with a first name and patronymic written out in full, or as two
    initials, as written ("Шестов И В" -> "И В Шестов", "Путин В.В." -> "В.В. Путин"). A first
    name alone after a surname may open the name ("Грызлов Борис" stays), and one initial
    after a name is a surname's ("Нуреддин Х.") or a regnal numeral ("Харальд V.")."""
    if not (parts.last and parts.first) or " " in parts.last:
        return parts
    written = [w for w in (parts.first, parts.middle) if w]
    if parts.normal.split() != [parts.last, *written]:
        return parts
    if all(map(is_initial, written)):
        # a first name's and a patronymic's: one letter after a name is a surname's
        # ("Нуреддин Х.", "Гидеон Ю") or a regnal numeral ("Харальд V.", "Кигели V")
        if sum(ch.isalpha() for w in written for ch in w) != 2:
            return parts
    elif parts.middle is None or is_initial(parts.first) or is_initial(parts.middle):
        return parts
    return replace(parts, normal=" ".join([*written, parts.last]))


@lru_cache(maxsize=8192)
def fold(word: str | None) -> str | None:
    """Comparison form of a name part: lower case, е for ё."""
    return word.lower().replace("ё", "е") if word else None


CASE_ENDINGS = tuple(
    sorted(
        "ого ому ыми ими ой ая ий ый ым им ом ем ою ею ы и е у ю а я ь".split(),
        key=len,
        reverse=True,
    )
)


@lru_cache(maxsize=8192)
def epithet(word: str | None) -> tuple[str | None, str | None]:
    """A surname and the epithet hyphenated to it, a lower-case dictionary adjective
    ("Буш-младший" -> ("Буш", "младший"), "Лукашенко-старшего" -> ("Лукашенко", "старшего"));
    a double surname is no epithet ("Римский-Корсаков", "Петров-Водкин")."""
    if not word or "-" not in word:
        return word, None
    head, _, tail = word.rpartition("-")
    if head and tail[:1].islower() and adjective_nominative(tail, "masc", "sing") is not None:
        return head, tail
    return word, None


@lru_cache(maxsize=8192)
def stem(word: str | None) -> str | None:
    """A surname without its case ending (and epithet), to match forms the inflector got wrong.

    "Мандела", "Манделе", "Мандел" -> "мандел"; "Токаева", "Токаевым" -> "токаев";
    "Лукашенко-старшего" -> "лукашенко".
    """
    folded = fold(epithet(word)[0])
    if not folded:
        return folded
    for ending in CASE_ENDINGS:
        if folded.endswith(ending) and len(folded) - len(ending) >= 2:
            return folded[: -len(ending)]
    return folded


def unquoted(part: str | None) -> str | None:
    """A nickname without its quotes ("«Бадди»" -> "Бадди"); None for any other part."""
    return part[1:-1] if part and is_nickname(part) else None


def same_surname(a: str | None, b: str | None) -> bool:
    """Equal surnames, or equal up to a case ending or an epithet; two epithets that differ
    are two people ("Буш-старший", "Буш-младший")."""
    if not (a and b):
        return False
    if fold(a) == fold(b):
        return True
    ea, eb = epithet(a)[1], epithet(b)[1]
    if ea and eb and stem(ea) != stem(eb):
        return False
    return stem(a) == stem(b)


def compatible(a: str | None, b: str | None) -> bool:
    """Two first names (or patronymics) that may be one: equal, one an initial of the other, or
    two spellings of one name (:func:`spelling_variant`)."""
    if not a or not b:
        return True
    fa, fb = fold(a), fold(b)
    if is_initial(a) or is_initial(b):
        return fa[0] == fb[0]
    return (
        fa == fb
        or soft_variant(fa, fb)
        or spelling_variant(fa, fb)
        or same_particles(fa, fb)
        or case_form_of(a, b)
        or case_form_of(b, a)
    )


# the particle "son of" in Arabic names, as Russian news writes it: "бин", "бен", "ибн"
SON_OF = {"бен": "бин", "ибн": "бин"}


def same_particles(a: str | None, b: str | None) -> bool:
    """Two folded name parts of several words that differ only by how the particle "son of"
    is spelt ("бин халифа аль", "бен халифа аль"); other words must be equal."""
    if not a or not b or a == b or " " not in a:
        return False
    return [SON_OF.get(w, w) for w in a.split()] == [SON_OF.get(w, w) for w in b.split()]


# the spellings of one name that Russian writes either way: "ья" / "ия" ("Наталья",
# "Наталия"; "Григорьевич", "Григориевич"), "иа" / "ия" ("Андриан", "Андриян")
SOFT_SIGN_BEFORE_VOWEL = re.compile(r"ь(?=[яеёюи])")


def spelling_variant(a: str | None, b: str | None) -> bool:
    """Two folded spellings of one name that differ only by "ь" / "и" before a vowel or "иа" /
    "ия" ("андриан", "андриян"; "наталья", "наталия"); "ирина" / "арина" differ otherwise."""
    if not a or not b or a == b:
        return False

    def spelt(x: str) -> str:
        return SOFT_SIGN_BEFORE_VOWEL.sub("и", x).replace("иа", "ия")

    return spelt(a) == spelt(b)


def pet_form(short: str | None, full: str | None) -> bool:
    """``short`` is a pet form of the first name ``full`` ("Юля" of "Юлия", "Оля" of "Ольга",
    "Ира" of "Ирина", "Юра" of "Юрий"): both dictionary first names of one gender, ``short``
    no longer than ``full`` and ending in "а" / "я" (not a full name's "-ия") after a stem of
    two or three letters that begins ``full``. A longer stem is another full name ("Мария" /
    "Марианна", "Юлия" / "Юлиана"); names of two
    genders ("Кира" / "Кирилл") or two full names that share only a first letter ("Саша"
    / "Сергей") are never one (a short form not built on the full name's letters:
    :func:`listed_pet_form`)."""
    fs, ff = fold(short), fold(full)
    if not fs or not ff or fs == ff or len(fs) > len(ff) or fs[-1] not in "ая":
        return False
    if fs.endswith("ия"):
        return False  # a full name's ending: "Юлия" is not "Юлиана"
    if not 2 <= len(fs) - 1 <= 3 or not ff.startswith(fs[:-1]):
        return False
    if "Name" not in dictionary_name_tags(short) or "Name" not in dictionary_name_tags(full):
        return False  # an initial ("Юл.") is no dictionary first name either
    gender = first_name_gender(short)
    return gender is not None and gender == first_name_gender(full)


def listed_pet_form(short: str | None, full: str | None) -> bool:
    """``short`` is an everyday short form of the first name ``full`` that is not built on its
    letters, as :func:`~ruextract.names.listed_pet_forms` lists them ("Маша" of "Мария", "Лиза"
    of "Елизавета", "Саша" of "Александр" and of "Александра"; not "Маша" of "Марина"):
    compared folded, in the nominative."""
    fs, ff = fold(short), fold(full)
    return bool(fs and ff) and fs in listed_pet_forms().get(ff, ())


def same_first(a: str | None, b: str | None) -> bool:
    """Two first names of one person (beside one surname): :func:`compatible`, one a pet form
    of the other ("Юля Липницкая" is "Юлия Липницкая", "Маша Алёхина" is "Мария Алёхина"), or
    two transcriptions of one foreign name (:func:`transcribed_alike`: "Гарри Каспаров", "Гари
    Каспаров")."""
    return (
        compatible(a, b)
        or any(pet_form(x, y) or listed_pet_form(x, y) for x, y in ((a, b), (b, a)))
        or transcribed_alike(a, b)
    )


def one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one letter replaced, added or left out."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    k = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
    return short[k:] == long[k + 1 :]


DOUBLED = re.compile(r"(.)\1+")


def doubled_alike(a: str | None, b: str | None) -> bool:
    """Two spellings of one foreign surname that differ only by letters doubled or single
    ("Феррари" / "Ферарри", "Буфье" / "Буффье"; five letters or more), not both dictionary
    words (two surnames the dictionary holds may be two families)."""
    fa, fb = fold(a), fold(b)
    if not fa or not fb or fa == fb or min(len(fa), len(fb)) < 5:
        return False
    if DOUBLED.sub(r"\1", fa) != DOUBLED.sub(r"\1", fb):
        return False
    return not (known_word(a or "") and known_word(b or ""))


def transcribed_alike(a: str | None, b: str | None) -> bool:
    """Two spellings of one foreign first name, as Russian transcribes it either way: a letter
    doubled or single ("Гарри" / "Гари"), "э" or "е" ("Кэрри" / "Керри"), or one letter
    otherwise where one of them is no dictionary first name ("Беньямин" / "Биньямин",
    "Бриджит" / "Брижит", "Николас" / "Николаус"; five letters or more). Two dictionary names
    one letter apart are two names ("Алёна" / "Алина"), and so are names of two genders ("Ян"
    / "Яна") or of other first letters ("Ирина" / "Арина")."""
    fa, fb = fold(a), fold(b)
    if not fa or not fb or fa == fb or fa[0] != fb[0] or is_initial(a) or is_initial(b):
        return False
    ga, gb = first_name_gender(a), first_name_gender(b)
    if ga and gb and ga != gb:
        return False
    if DOUBLED.sub(r"\1", fa) == DOUBLED.sub(r"\1", fb) or fa.replace("э", "е") == fb.replace(
        "э", "е"
    ):
        return True
    if min(len(fa), len(fb)) < 5 or not one_edit(fa, fb):
        return False
    return not ("Name" in dictionary_name_tags(a) and "Name" in dictionary_name_tags(b))


def soft_variant(a: str | None, b: str | None) -> bool:
    """Two spellings of one foreign name that differ by a final soft sign: the inflector reads
    "Сабриэлем" as "Сабриэль", the article writes "Сабриэл" (folded forms)."""
    return bool(a and b) and a != b and a.rstrip("ь") == b.rstrip("ь") and len(a.rstrip("ь")) > 2


def case_form_of(form: str, first: str) -> bool:
    """``form`` is only an oblique case of the first name ``first`` by pymorphy3's dictionary
    ("Фолькера" of "Фолькер"), not by a guess; a form that is itself a first name's
    nominative ("Александра") is not."""
    found = readings(form, "first").items()
    if any(case == "Nom" and confidence >= 1.0 for (case, _, _), (_, confidence) in found):
        return False
    return any(
        confidence >= 1.0 and fold(nominative) == fold(first)
        for (_, _, _), (nominative, confidence) in found
    )


VOWEL_LETTERS = frozenset("аеёиоуыэюяй")


# surnames whose "-а" makes the woman's form, not a case: "Петров" / "Петрова"
RUSSIAN_POSSESSIVE = re.compile(r"(?:ов|ев|ёв|ин|ын)$")


# endings a man's consonant-final first name and surname take together in an oblique case
MASCULINE_ENDINGS = ("а", "у", "ом", "е")


def declined_together(base: NameParts | PersonCluster, parts: NameParts) -> bool:
    """``parts`` is the full name ``base`` with one masculine case ending added to both its
    first name and its surname ("Арлена Спектера" of "Арлен Спектер", "Эдом Гонзалесом" of
    "Эд Гонзалес"): the text shows the paradigm, so the first name is no woman's nominative
    ("Арлена") and the two are one man. Only the same ending on both words counts ("Алена
    Рене": "Рене" takes none)."""
    if not (base.first and base.last and parts.first and parts.last) or parts.middle:
        return False
    first, last = fold(parts.first), fold(parts.last)
    base_first, base_last = fold(base.first), fold(base.last)
    if is_initial(base_first) or base_first[-1] in VOWEL_LETTERS or base_last[-1] in VOWEL_LETTERS:
        return False
    if RUSSIAN_POSSESSIVE.search(base_last):
        return False  # "Алена Петрова" is a woman, Ален Петров's namesake: "-а" is her gender
    return any(
        first == base_first + ending and last == base_last + ending for ending in MASCULINE_ENDINGS
    )


def gendered_pair(a: str | None, b: str | None) -> bool:
    """Two forms of one Russian surname that differ by gender ("Ефимов", "Ефимова";
    "Вишневский", "Вишневская")."""
    fa, fb = fold(a), fold(b)
    if not fa or not fb or fa == fb:
        return False
    for masc, femn in (("", "а"), ("ий", "ая"), ("ой", "ая")):
        for x, y in ((fa, fb), (fb, fa)):
            if x.endswith(masc) and y.endswith(femn) and x[: len(x) - len(masc)] == y[: -len(femn)]:
                return True
    return False


def reads_as(written: str, last: str | None, gender: str | None) -> bool:
    """A one-word mention as written may be a case form of the surname ``last`` in ``gender``:
    "Солженицына", read as a woman's nominative, is also Солженицын's genitive."""
    if not last or not gender or " " in written:
        return False
    return any(
        g == gender and n == "sing" and fold(nominative) == fold(last)
        for (_, g, n), (nominative, _) in readings(written, "last").items()
    )


def one_slip(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one letter replaced or two adjacent letters swapped."""
    if len(a) != len(b) or a == b:
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    if len(diff) == 1:
        return True
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and a[diff[0]] == b[diff[1]]
        and (a[diff[1]] == b[diff[0]])
    )


def shows_other_gender(last: str, gender: str | None) -> bool:
    """A Russian surname whose ending shows the gender other than ``gender``: "Голунова" of a
    man, "Голунов", "Вишневский" or "Толстой" of a woman ("Вайнер", "Собчак" show none): a
    woman's "-ой" is the oblique case of her "-а" / "-ая" ("Алёхиной" is not Мария Алёхина's
    nominative)."""
    if gender == "masc":
        return gender_of_last(last) == "femn"
    if gender == "femn":
        return bool(re.search(r"(?:ов|ев|ёв|ин|ын|ий|ый|ой)$", fold(last) or ""))
    return False


def gender_of_last(last: str) -> str:
    """The gender a Russian surname's nominative shows ("Ефимова", "Яровая" are feminine)."""
    return (
        "femn" if fold(last).endswith(("ова", "ева", "ёва", "ина", "ына", "ая", "ская")) else "masc"
    )


def cyrillic(text: str) -> bool:
    """``text`` is written in Cyrillic letters (the article's script for names)."""
    return bool(re.search("[а-яёА-ЯЁ]", text)) and not re.search("[A-Za-z]", text)

"""The gazetteer: pycountry's Russian names and ``data/country_aliases.tsv`` keyed on lemmas
(:class:`Gazetteer`, built once by :func:`gazetteer`), and :func:`lookup` of one name.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from ruextract import models
from ruextract.countries.words import ALIASES_FILE, HISTORIC, SKIP_PYCOUNTRY, YO
from ruextract.records import Country


@dataclass(frozen=True, slots=True)
class Alias:
    """One way of naming a country: ``kind`` is name, abbr, adj or block (not a country)."""

    text: str
    code: str
    kind: str
    source: str


@dataclass(slots=True)
class Gazetteer:
    """Country names keyed for matching on lemmas, with canonical short names per code."""

    names: dict[str, str] = field(default_factory=dict)  # code -> canonical short name
    # first word key -> [(word key sets, alias)], longest first
    phrases: dict[str, list[tuple[tuple[frozenset[str], ...], Alias]]] = field(default_factory=dict)
    abbrs: dict[str, Alias] = field(default_factory=dict)  # exact spelling -> alias
    adjectives: dict[str, Alias] = field(default_factory=dict)  # adjective lemma -> alias
    # combining form of an adjective -> alias: "российско" (-американский), "американо"
    combining: dict[str, Alias] = field(default_factory=dict)

    def country(self, code: str) -> Country:
        """The :class:`Country` record for ``code``."""
        return Country(code=code, name=self.names.get(code, code))

    def add(self, alias: Alias) -> None:
        """Index one alias (a later alias never overrides an earlier one of the same words)."""
        if alias.kind == "abbr":
            self.abbrs.setdefault(alias.text.translate(YO), alias)
            return
        if alias.kind == "adj":
            lemma = alias.text.lower().translate(YO)
            self.adjectives.setdefault(lemma, alias)
            for form in combining_forms(lemma):
                self.combining.setdefault(form, alias)
            return
        for variant in {alias.text, alias.text.replace("-", " ")}:
            spelled = split_words(variant)
            if not spelled:
                continue
            words = tuple(word_keys(word) for word in spelled)
            caps = tuple(capitalised(word) for word in spelled)
            for first in words[0]:
                entries = self.phrases.setdefault(first, [])
                if all(entry[0] != words for entry in entries):
                    entries.append((words, caps, alias))
                    entries.sort(key=lambda entry: -len(entry[0]))


def combining_forms(adjective: str) -> list[str]:
    """The forms an adjective takes as the first part of a compound: the stem with -о-.

    "российский" -> "российско" (российско-американский), "американский" -> "американско",
    "американо" (американо-российский), "кубинский" -> "кубинско".
    """
    forms = []
    if adjective.endswith(("ий", "ый", "ой")):
        forms.append(adjective[:-2] + "о")
    if adjective.endswith("ский"):
        forms.append(adjective[:-4] + "о")
    return forms


def split_words(text: str) -> list[str]:
    """Words of a name as the tokenizer cuts them: hyphenated words stay whole."""
    return re.findall(r"[\w'’.-]+|[^\w\s]", text)


@lru_cache(maxsize=100_000)
def word_keys(word: str) -> frozenset[str]:
    """Match keys of a word: its pymorphy3 normal forms (``+pl`` when plural), ё read as е.

    A name's word and a token match when their keys meet, so any inflection of a word
    matches its name: "Штатах" and "Штаты" share "штат+pl".
    """
    lower = word.lower().translate(YO)
    keys = {lower}
    if any(ch.isalpha() for ch in word):
        for parse in models.morph_analyzer().parse(lower):
            plural = "plur" in parse.tag or "Pltm" in parse.tag
            keys.add(parse.normal_form.translate(YO) + ("+pl" if plural else ""))
        # a compound inflects its last part: "Кот-д'Ивуара" -> "кот-д'" + "ивуар"
        parts = re.split(r"([-'’])", lower)
        if len(parts) > 2 and parts[-1]:
            head = "".join(parts[:-1])
            for parse in models.morph_analyzer().parse(parts[-1]):
                keys.add(head + parse.normal_form.translate(YO))
    return frozenset(keys)


def read_aliases() -> list[Alias]:
    """The aliases in ``data/country_aliases.tsv`` (package data), in file order."""
    text = resources.files("ruextract.data").joinpath(ALIASES_FILE).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return [
        Alias(text=row["alias"], code=row["code"], kind=row["kind"], source=row["source"])
        for row in csv.DictReader(lines, delimiter="\t")
    ]


def pycountry_aliases() -> Iterator[Alias]:
    """Russian (and English) names of ISO 3166-1 countries and ISO 3166-3 former countries."""
    import gettext

    import pycountry

    iso1 = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    for country in pycountry.countries:
        source = "pycountry ISO 3166-1"
        for attr in ("common_name", "name", "official_name"):
            english = getattr(country, attr, None)
            if not english:
                continue
            for text in (iso1.gettext(english), english):
                if text in SKIP_PYCOUNTRY or "," in text or "(" in text:
                    continue
                yield Alias(
                    text=text.replace("\u0301", ""),
                    code=country.alpha_2,
                    kind="name",
                    source=source,
                )
    iso3 = gettext.translation("iso3166-3", pycountry.LOCALES_DIR, languages=["ru"])
    for country in pycountry.historic_countries:
        if country.alpha_3 not in HISTORIC:
            continue
        text = iso3.gettext(country.name)
        if "," not in text and "(" not in text:
            yield Alias(text=text, code=country.alpha_2, kind="name", source="pycountry ISO 3166-3")


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The country gazetteer, built on first use (nothing loads on import)."""
    import gettext

    import pycountry

    gaz = Gazetteer()
    own = read_aliases()
    for alias in own:
        if alias.kind == "canonical":
            gaz.names.setdefault(alias.code, alias.text)
    iso1 = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    for country in pycountry.countries:
        english = getattr(country, "common_name", None) or country.name
        gaz.names.setdefault(country.alpha_2, iso1.gettext(english))
    for alias in own:  # own aliases first: they win over pycountry's for the same words
        gaz.add(
            Alias(alias.text, alias.code, "name", alias.source)
            if alias.kind == "canonical"
            else alias
        )
    for alias in pycountry_aliases():
        gaz.add(alias)
    return gaz


def lookup(name: str) -> Country | None:
    """The country a name or abbreviation stands for, in any case form, or None.

    ``lookup("Нидерландов")`` -> ``Country("NL", "Нидерланды")``; ``lookup("РФ")`` ->
    ``Country("RU", "Россия")``; ``lookup("российский")`` -> ``Country("RU", "Россия")``;
    a region such as "Латинская Америка" -> None.
    """
    gaz = gazetteer()
    text = name.strip().translate(YO)
    if text in gaz.abbrs:
        return gaz.country(gaz.abbrs[text].code)
    words = split_words(text)
    keys = [word_keys(word) for word in words]
    if len(words) == 1:
        lemmas = {key.removesuffix("+pl") for key in keys[0]}
        adjective = next((gaz.adjectives[k] for k in lemmas if k in gaz.adjectives), None)
        if adjective is not None:
            return gaz.country(adjective.code)
    for key in keys[0] if keys else ():
        for pattern, _caps, alias in gaz.phrases.get(key, ()):
            if len(pattern) == len(keys) and all(k & p for k, p in zip(keys, pattern, strict=True)):
                return None if alias.kind == "block" else gaz.country(alias.code)
    return None


def capitalised(text: str) -> bool:
    """True when a word starts with a capital letter."""
    return text[:1].isupper()

"""Countries: every mention of a country resolved to one ISO 3166 code, whatever its form.

Reads the tokens (``token.lemma_``, ``token.pos_``, ``token.morph``, ``token.is_sent_start``)
and ``doc.ents`` (PER/LOC/ORG from ``ruextract_ner``); writes

- the tokens: a compound of country adjectives or a hyphenated name with a country part is
  split into its parts ("российско", "-", "американских"; see Compounds below), span groups
  kept on their characters;
- ``doc.spans["countries"]``: every country mention, nested ones included ("России" in
  "МИД России", "США" in "посольство США"), each labelled ``COUNTRY`` with ``span._.key`` (the
  code), ``span._.country`` (:class:`~ruextract.records.Country`: code and canonical short name)
  and ``span._.normal`` (nominative as written: "Казахстана" -> "Казахстан");
- ``doc.ents``: a LOC (or ORG) entity that is exactly a country mention is relabelled
  ``COUNTRY``; a country mention that overlaps no entity is added as ``COUNTRY``; an entity
  that lies inside a longer country mention ("Америки" of "Соединённых Штатов Америки") gives
  way to it. Cities and other places stay LOC, and organisations keep their ORG span.

The gazetteer is pycountry's ISO 3166-1 countries under their Russian names (the
``iso3166-1`` gettext catalogue pycountry ships: short, common and official names) and its
ISO 3166-3 former countries (``iso3166-3``), plus ``data/country_aliases.tsv``: the names,
abbreviations and adjectives news uses, each with its source, the canonical short names that
tables show ("Россия", "США", "Великобритания", not pycountry's formal ones) and longer names
that are not countries ("Латинская Америка") and so must win over the country inside them.

Matching is on lemmas, not on inflected strings: each word of a name and each token are keyed
by their pymorphy3 normal forms (with number), so "Нидерландов", "Соединённых Штатах" and
"Коста-Рике" match "Нидерланды", "Соединённые Штаты" and "Коста-Рика"; ё is read as е.
Proper names must be capitalised; abbreviations ("РФ", "США", "U.S.") match their exact
spelling. The longest match wins. A capitalised state word before a name joins the mention
("Республики Казахстан"; not "государства Израиль", where it only describes it), as does one
after a country adjective ("Кыргызской Республики", "израильского государства").

Codes. Countries get their ISO 3166-1 alpha-2 code. Former countries get the alpha-2 code that
ISO 3166-3 records for them (SU for the USSR, YU for Yugoslavia, CS for Czechoslovakia, DD for
the GDR), so they never merge with their successors. Partially recognised states get
user-assigned codes (ISO 3166 reserves the X* range for that): XK Kosovo (as the EU uses it),
XA Abkhazia, XO South Ossetia, XT Transnistria, XD and XL the DNR and LNR. England, Scotland,
Wales and Northern Ireland resolve to GB; the Russian Empire to RU.

Adjectives. The NEREL corpus, which the evaluation follows, tags an adjective that stands for
the state as COUNTRY ("российские власти", "американских военных"), and one that gives a
person's nationality as NATIONALITY ("американский актёр Джонни Депп"), or a language as
LANGUAGE ("английский язык"). With ``adjectives = true`` (the default) the first kind are
country mentions (``span._.normal`` is the adjective in the nominative); person nouns and
"язык" after the adjective, or a person's name right after it, rule it out; so does no noun
at all after it ("владеть английским.": an elided noun, a language most often). Citizens,
officials, soldiers and space crews after it ("российским гражданам", "американский
астронавт") keep it a country: they stand in a relation to the state, and NEREL tags them so.

Compounds. razdel keeps "российско-американских" whole; such a compound of country adjectives
names each state (a relation between them) and NEREL tags every part COUNTRY, so the stage
splits it into tokens ("российско", "-", "американских"), each part a mention; compounds of
other words ("военно-морской", "Юго-Восточной") stay whole. Two countries, two mentions. So
does a hyphenated name with a country's name for a part ("Интерфакса-Украина", "Мисс
Россия-2017": NEREL tags the country inside), unless the whole is a country's name
("Гвинея-Бисау") or a place with a short prefix ("Сан-Сальвадор"); a LOC entity made only of
such countries ("Россия-Бельгия") gives way to them.

Ambiguity. A name inside a PER entity is never a country ("Америка Феррера"); names that are
also ordinary words or names ("Того", "Чад", "Мали", "Чили", "Нигер", "Перу", ...) count only
where the NER tagged them as a place or organisation; "Джорджия" is never Georgia (the
country is "Грузия" in Russian).
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import accumulate

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ruextract import models, views
from ruextract.grammars.money import CURRENCY_WORDS
from ruextract.morph import feats_to_str, lemmatize, parse_feats, restore_case, to_nominative
from ruextract.records import Country

LABEL = "COUNTRY"
SPAN_KEY = "countries"
ALIASES_FILE = "country_aliases.tsv"

# pycountry's Russian names that are never a country mention on their own in news
SKIP_PYCOUNTRY = frozenset(
    {"Джорджия", "Соединённые штаты", "Соединенные штаты", "Georgia", "Jersey", "Chad", "Turkey"}
)
# ISO 3166-3 former countries that news still names (the rest are colonial territories and
# islands whose names clash with ordinary phrases: "Нейтральная зона")
HISTORIC = frozenset({"SUN", "YUG", "CSK", "DDR"})
# one-word names that are also ordinary words, pronouns or given names: they count only where
# the NER tagged them as a place or an organisation
AMBIGUOUS = frozenset(
    {
        "того",
        "чад",
        "мали",
        "чили",
        "нигер",
        "перу",
        "гана",
        "оман",
        "куба",
        "доминика",
        "гренада",
        "джерси",
        "гернси",
        "палау",
        "науру",
        "тонга",
        "самоа",
        "гуам",
        "аруба",
        "бенин",
        "габон",
        "конго",
        "майот",
        "ниуэ",
        "мартиника",
        "монтсеррат",
        "реюньон",
        "гваделупа",
        "штаты",
        "эмираты",
        "поднебесная",
    }
)
# words that make a state out of a country name around them: "Республика Казахстан"
STATE_NOUNS = frozenset(
    {
        "республика",
        "королевство",
        "государство",
        "империя",
        "конфедерация",
        "княжество",
        "султанат",
    }
)
# nouns after a country adjective that make it a nationality or a language, not the state:
# heads of NATIONALITY / LANGUAGE adjectives in NEREL train (private persons, not officials)
NON_STATE_NOUNS = frozenset(
    """
    язык актёр актер актриса певец певица писатель писательница поэт поэтесса режиссёр режиссер
    художник художница композитор дирижёр дирижер музыкант исполнитель исполнительница
    физик химик биолог математик учёный ученый исследователь историк философ экономист
    социолог психолог архитектор фотограф модельер дизайнер модель манекенщица балерина
    танцор танцовщица спортсмен спортсменка футболист теннисист теннисистка хоккеист
    баскетболист боксёр боксер гонщик пловец пловчиха фигурист фигуристка шахматист
    гимнаст гимнастка легкоатлет атлет бегун лыжник велосипедист конькобежец тренер
    бизнесмен предприниматель миллиардер миллионер магнат олигарх банкир инвестор
    журналист журналистка блогер блогерша телеведущий ведущий шоумен комик продюсер
    сценарист аниматор мультипликатор изобретатель программист инженер врач хирург
    турист туристка студент студентка школьник школьница пенсионер пенсионерка
    эмигрант иммигрант беженец мигрант путешественник происхождение
    альпинист рэпер музыкант гитарист барабанщик пианист скрипач
    лауреат нобелевский доброволец актёрский публицист кинорежиссёр кинорежиссер
    кинематографист искусствовед литератор драматург романист прозаик переводчик
    мультимиллиардер модельерка чемпион чемпионка рестлер борец кинорежиссёр рэпер
    писательница драматург миллиардер теннисистка балерина защитник хоккеист вратарь
    голкипер критик классик мыслитель физиолог натуралист комик коммерсант шоумен
    фехтовальщик пловчиха волейболист профессор девушка мужчина подросток звезда
    монахиня хакер кибермошенник лесбиянка киноактриса фигуристка одиночница медиамагнат
    видеоблогер мультимиллионер заложница шофер шофёр коллега акцент отделение кухня
    """.split()
)
# common nouns after a capitalised adjective that make it part of a proper name of a place or
# a paper, not the state: "Советского района", "Колумбийском университете", "Российская газета"
NAME_NOUNS = frozenset(
    """
    район фронт университет газета улица проспект переулок площадь область край округ
    посёлок поселок море залив остров полуостров хребет канал кладбище театр музей школа
    """.split()
)
# suffixes of person nouns (nationality): "хоккеист", "теннисистка", "фехтовальщик"
PERSON_SUFFIXES = ("ист", "истка", "щик", "щица", "льщик", "ант", "антка")
# persons in a relation to the state, not of a nationality: its officials, its citizens
# ("российским гражданам": citizenship) and its space programme's crews; NEREL train tags the
# adjective before them COUNTRY (гражданин 6 of 6, астронавт 4 of 4, космонавт 4 of 4)
STATE_PERSONS = frozenset(
    {
        "министр",
        "дипломат",
        "солдат",
        "военный",
        "посол",
        "гражданин",
        "гражданка",
        "граждане",
        "астронавт",
        "космонавт",
    }
)
# animate nouns with a person suffix that business news uses for a company: "нефтяного гиганта"
NOT_PERSONS = frozenset({"гигант"})
# punctuation right after an adjective (or a list of them) that shows no noun follows: the
# adjective stands for an elided noun, most often a language ("говорит на французском,")
NO_NOUN_PUNCT = frozenset(".,;:!?()…")
PERSON_POS = frozenset({"NOUN", "PROPN"})
NAME_POS = frozenset({"NOUN", "PROPN", "X", "ADJ"})
YO = str.maketrans("ёЁ", "еЕ")
QUOTES_OPEN = frozenset({"«", '"', "“", "„"})


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


@dataclass(frozen=True, slots=True)
class Found:
    """A country mention found in a doc: tokens ``start``..``stop`` (doc indices), its code."""

    start: int
    stop: int
    code: str
    normal: str


def token_keys(token: Token) -> frozenset[str]:
    """Match keys of a token: its lemma and the keys of its text (see :func:`word_keys`)."""
    return word_keys(token.text) | {token.lemma_.translate(YO)}


class TokenKeys:
    """:func:`token_keys` of a list of tokens by position, each computed when first asked
    for: a name can start only at a capitalised word, so most words are never looked up."""

    def __init__(self, words: list[Token]) -> None:
        self.words = words
        self.found: dict[int, frozenset[str]] = {}

    def __getitem__(self, i: int) -> frozenset[str]:
        keys = self.found.get(i)
        if keys is None:
            keys = self.found[i] = token_keys(self.words[i])
        return keys


def is_patronymic(word: str) -> bool:
    """True when pymorphy3 reads a capitalised ``word`` as a patronymic ("Ивановна")."""
    return (
        len(word) > 3
        and capitalised(word)
        and any("Patr" in parse.tag for parse in models.morph_analyzer().parse(word))
    )


def capitalised(text: str) -> bool:
    """True when a word starts with a capital letter."""
    return text[:1].isupper()


def as_written(alias: str, tokens: list[Token]) -> str:
    """The alias spelled as the text spells it: ё only where the text has it, caps kept."""
    text = " ".join(token.text for token in tokens)
    normal = alias if "ё" in text.lower() else alias.translate(YO)
    if text.isupper() and len(text) > 1:
        return normal.upper()
    return normal


def nominative(tokens: Iterable[Token]) -> str:
    """Tokens put in the nominative one by one, joined as written."""
    return " ".join(to_nominative(t.text, t.pos_, str(t.morph)) for t in tokens)


# nouns of currencies ("долларов США", "гонконгских долларов"): the money grammar's
CURRENCY_NOUNS = frozenset(noun for _, noun in CURRENCY_WORDS)


def in_currency(doc: Doc, item: Found) -> bool:
    """Whether a country mention only names a currency: a country right after a currency noun
    ("долларов США", "фунтов стерлингов Великобритании") or an adjective right before one
    ("американских долларов")."""
    before = doc[item.start - 1] if item.start > 0 else None
    if before is not None and before.lemma_ == "стерлинг" and item.start > 1:
        before = doc[item.start - 2]
    if before is not None and before.lemma_.lower() in CURRENCY_NOUNS and before.text.islower():
        return True
    after = doc[item.stop] if item.stop < len(doc) else None
    first = doc[item.start]
    return (
        after is not None
        and first.pos_ == "ADJ"
        and after.lemma_.lower() in CURRENCY_NOUNS
        and after.text.islower()
    )


# a hyphenated compound whose first parts end in -о: "российско-американских", "сирийско-ливанской"
COMPOUND = re.compile(r"(?<![\w-])(?:[А-ЯЁа-яё]+о-)+[А-ЯЁа-яё]+(?![\w-])")
# any hyphenated word: "Интерфакс-Украина", "Россия-2017", "France-Presse"
HYPHENATED = re.compile(r"(?<![\w-])[\w']+(?:-[\w']+)+(?![\w-])")
# shortest other part of a hyphenated name split at a country: "Сан-Сальвадор" stays whole
MIN_OTHER_PART = 4


@dataclass(frozen=True, slots=True)
class Split:
    """A token to split at its hyphens: its parts with their lemmas, POS and features."""

    token: Token
    parts: list[str]
    lemmas: list[str]
    pos: list[str]
    morphs: list[str]


def adjective_compounds(doc: Doc, text: str) -> Iterator[Split]:
    """Compounds of country adjectives: "российско-американских" (see :func:`split_compounds`);
    ``text`` is ``doc.text`` (spaCy joins all tokens each time it is asked for it)."""
    gaz = gazetteer()
    for match in COMPOUND.finditer(text):
        parts = match.group().split("-")
        firsts = [gaz.combining.get(part.lower().translate(YO)) for part in parts[:-1]]
        if not all(firsts):
            continue
        span = doc.char_span(match.start(), match.end())
        if span is None or len(span) != 1:
            continue
        token = span[0]
        feats = parse_feats(str(token.morph))
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if "Case" not in feats and after is not None and after.pos_ == "NOUN":
            noun = parse_feats(str(after.morph))
            feats.update({k: v for k, v in noun.items() if k in ("Case", "Number", "Gender")})
        last = lemmatize(parts[-1], "ADJ", feats_to_str(feats))
        if last.translate(YO) not in gaz.adjectives:
            continue
        lemmas = [alias.text for alias in firsts]  # type: ignore[union-attr]
        n = len(parts)
        yield Split(
            token, parts, [*lemmas, last], ["ADJ"] * n, [""] * (n - 1) + [feats_to_str(feats)]
        )


def country_name_part(part: str) -> bool:
    """Whether one part of a hyphenated word is a country's name ("Украина" of
    "Интерфакс-Украина"): capitalised, not an ambiguous word, not an adjective."""
    if not capitalised(part) or part.lower() in AMBIGUOUS or lookup(part) is None:
        return False
    adjectives = gazetteer().adjectives
    return not any(key.removesuffix("+pl") in adjectives for key in word_keys(part))


def named_compounds(doc: Doc, text: str) -> Iterator[Split]:
    """Hyphenated names with a country's name for a part: "Интерфакса-Украина", "Мисс
    Россия-2017", "Agence France-Presse" (see :func:`split_compounds`)."""
    for match in HYPHENATED.finditer(text):
        parts = match.group().split("-")
        countries = [country_name_part(part) for part in parts]
        if not any(countries) or lookup(match.group()) is not None:
            continue  # "Коста-Рика", "Гвинея-Бисау" are names of their own
        others = [part for part, country in zip(parts, countries, strict=True) if not country]
        if any(not part.isdigit() and len(part) < MIN_OTHER_PART for part in others):
            continue  # a place-name prefix: "Сан-Сальвадор"
        span = doc.char_span(match.start(), match.end())
        if span is None or len(span) != 1:
            continue
        pos = ["NUM" if part.isdigit() else "PROPN" for part in parts]
        yield Split(span[0], parts, [part.lower() for part in parts], pos, [""] * len(parts))


def split_compounds(doc: Doc, text: str | None = None) -> None:
    """Split hyphenated words with countries for parts into their parts, in place.

    razdel keeps hyphenated words whole, but NEREL tags a country inside one as a COUNTRY of
    its own, so every part must be a token of its own. Two kinds split:

    - a compound of country adjectives, "российско-американских": it names two states (a
      relation between them), "российско" "-" "американских". Every part before the last
      must be the combining form of a country adjective (:func:`combining_forms`) and the
      last a country adjective ("военно-морской", "финно-угорский" stay whole). The first
      parts get their adjective as lemma ("российский"); the last keeps the compound's
      features, with the case, number and gender of the noun after it when the tagger gave
      none (the adjective agrees with its noun);
    - a name with a country's name for a part: "Интерфакса-Украина", "Россия-2017". A name
      that is a country's as a whole ("Гвинея-Бисау") stays whole, and so does a place whose
      other part is a short prefix ("Сан-Сальвадор").

    Span groups are put back on the same characters (spaCy's retokenizer moves ``doc.ents``
    but not span groups). ``text`` is ``doc.text`` if the caller has it (the split keeps it).
    """
    text = doc.text if text is None else text
    splits = {split.token.i: split for split in adjective_compounds(doc, text)}
    for split in named_compounds(doc, text):
        splits.setdefault(split.token.i, split)
    if not splits:
        return
    groups = {
        key: [(s.start_char, s.end_char, s.label_, s.kb_id_, s.id_) for s in group]
        for key, group in doc.spans.items()
    }
    strings = doc.vocab.strings

    def hyphenated(values: list[str], hyphen: str) -> list[str]:
        return [piece for value in values for piece in (value, hyphen)][:-1]

    with doc.retokenize() as retokenizer:
        for split in splits.values():
            orths = hyphenated(split.parts, "-")
            n = len(orths)
            lemmas = hyphenated(split.lemmas, "-")
            for text in lemmas:
                strings.add(text)
            retokenizer.split(
                split.token,
                orths,
                heads=[(split.token, n - 1)] * n,
                attrs={
                    "LEMMA": lemmas,
                    "POS": hyphenated(split.pos, "PUNCT"),
                    "MORPH": hyphenated(split.morphs, ""),
                },
            )
    views.forget(doc)  # new tokens: the shared token views are made again on first use
    for key, spans in groups.items():
        doc.spans[key] = [
            span
            for start, stop, label, kb_id, span_id in spans
            if (span := doc.char_span(start, stop, label, kb_id=kb_id, span_id=span_id))
        ]


class CountryFinder:
    """Finds country mentions in a doc and relabels or adds them in ``doc.ents``."""

    def __init__(self, adjectives: bool = True) -> None:
        self.adjectives = adjectives
        self._abbr_re: re.Pattern[str] | None = None

    @property
    def gazetteer(self) -> Gazetteer:
        """The shared gazetteer (built on first use)."""
        return gazetteer()

    def abbr_pattern(self) -> re.Pattern[str]:
        """One regex for all abbreviations, longest first, not inside a longer word."""
        if self._abbr_re is None:
            abbrs = sorted(self.gazetteer.abbrs, key=len, reverse=True)
            body = "|".join(re.escape(a) for a in abbrs)
            self._abbr_re = re.compile(rf"(?<![\w.])(?:{body})(?!\w)")
        return self._abbr_re

    def __call__(self, doc: Doc) -> Doc:
        text = views.text(doc)  # spaCy joins every token to make it: once per doc
        if self.adjectives:
            split_compounds(doc, text)
        found = self.find(doc, text)
        # a country that only names a currency is no mention, nor is the entity on it
        currency = [item for item in found if in_currency(doc, item)]
        if currency:
            found = [item for item in found if item not in currency]
            doc.ents = [
                ent for ent in doc.ents
                if not any(c.start <= ent.start and ent.end <= c.stop for c in currency)
            ]  # fmt: skip
        self.write(doc, found)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    # finding ---------------------------------------------------------------------------

    def find(self, doc: Doc, text: str | None = None) -> list[Found]:
        """All country mentions in ``doc``, non-overlapping, in text order (``text`` is
        ``doc.text`` if the caller has it)."""
        ent_of: dict[int, Span] = {}
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                ent_of[i] = ent
        words = [t for t in doc if not t.is_space]
        taken: set[int] = set()
        found: list[Found] = []
        for item in self.find_abbrs(doc, ent_of, doc.text if text is None else text):
            found.append(item)
            taken.update(range(item.start, item.stop))
        for item in self.find_names(words, ent_of, taken):
            found.append(item)
            taken.update(range(item.start, item.stop))
        if self.adjectives:
            for item in self.find_adjectives(words, ent_of, taken):
                found.append(item)
                taken.update(range(item.start, item.stop))
        return sorted(found, key=lambda item: item.start)

    def find_abbrs(self, doc: Doc, ent_of: dict[int, Span], text: str) -> Iterator[Found]:
        """Abbreviations by exact spelling: "РФ", "США", "U.S." (``text`` is ``doc.text``)."""
        text = text.translate(YO)
        for match in self.abbr_pattern().finditer(text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="strict")
            if span is None:
                continue
            ent = ent_of.get(span.start)
            if ent is not None and ent.label_ == "PER":
                continue
            alias = self.gazetteer.abbrs[match.group()]
            yield Found(span.start, span.end, alias.code, span.text)

    def find_names(
        self, words: list[Token], ent_of: dict[int, Span], taken: set[int]
    ) -> Iterator[Found]:
        """Names matched on lemmas, longest first, with state words around them."""
        phrases = self.gazetteer.phrases
        keys = TokenKeys(words)
        i = 0
        while i < len(words):
            best: tuple[int, Alias] | None = None
            if capitalised(words[i].text) and words[i].i not in taken:
                for key in sorted(keys[i]):
                    for pattern, caps, alias in phrases.get(key, ()):
                        n = len(pattern)
                        if best is not None and n <= best[0]:
                            break
                        if self.matches(pattern, caps, words, keys, i, taken):
                            best = (n, alias)
            if best is None:
                i += 1
                continue
            n, alias = best
            tokens = words[i : i + n]
            i += n
            if alias.kind == "block" or not self.plausible(tokens, alias, ent_of):
                continue
            yield self.extend(words, i - n, i, alias, tokens, taken)

    @staticmethod
    def matches(
        pattern: tuple[frozenset[str], ...],
        caps: tuple[bool, ...],
        words: list[Token],
        keys: TokenKeys,
        i: int,
        taken: set[int],
    ) -> bool:
        """True when the words from ``i`` on spell ``pattern`` (capitals where it has them)."""
        if i + len(pattern) > len(words):
            return False
        for j, wanted in enumerate(pattern):
            token = words[i + j]
            if token.i in taken or not (keys[i + j] & wanted):
                return False
            if caps[j] and not capitalised(token.text):
                return False
            if j and token.is_sent_start:
                return False
        return True

    @staticmethod
    def plausible(tokens: list[Token], alias: Alias, ent_of: dict[int, Span]) -> bool:
        """Context checks: not inside a person's name; ambiguous words only as NER places."""
        labels = {ent_of[t.i].label_ for t in tokens if t.i in ent_of}
        if "PER" in labels:
            return False
        doc = tokens[0].doc
        after = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
        if after is not None and is_patronymic(after.text):
            return False  # a given name: "Турция Ивановна"
        if len(tokens) == 1:
            token = tokens[0]
            if token.pos_ not in NAME_POS:
                return False
            if alias.text.lower().translate(YO) in AMBIGUOUS or token.text.lower() in AMBIGUOUS:
                return bool(labels & {"LOC", "ORG"})
        return True

    def extend(
        self,
        words: list[Token],
        start: int,
        stop: int,
        alias: Alias,
        tokens: list[Token],
        taken: set[int],
    ) -> Found:
        """The mention with a state word before it joined: "Республики Казахстан"."""
        normal = as_written(alias.text, tokens)
        before = words[start - 1] if start > 0 else None
        if (
            before is not None
            and before.i not in taken
            and before.lemma_ in STATE_NOUNS
            # capitalised, it is part of the state's name ("Республики Казахстан"); in lower
            # case it only describes it ("государства Израиль"): NEREL train tags 16 of the
            # first whole and none of the second
            and capitalised(before.text)
            and not tokens[0].is_sent_start
            and len(tokens) == 1
        ):
            head = to_nominative(before.text, before.pos_, str(before.morph))
            return Found(before.i, tokens[-1].i + 1, alias.code, f"{head} {normal}")
        return Found(tokens[0].i, tokens[-1].i + 1, alias.code, normal)

    def find_adjectives(
        self, words: list[Token], ent_of: dict[int, Span], taken: set[int]
    ) -> Iterator[Found]:
        """Adjectives that stand for the state: "российские власти", "Кыргызской Республики"."""
        adjectives = self.gazetteer.adjectives
        for k, token in enumerate(words):
            if token.i in taken or token.pos_ not in ("ADJ", "PROPN", "NOUN"):
                continue
            alias = adjectives.get(token.lemma_.translate(YO))
            if alias is None:
                continue
            ent = ent_of.get(token.i)
            if ent is not None and ent.label_ == "PER":
                continue
            following = words[k + 1 : k + 6]
            capital = capitalised(token.text) and not token.is_sent_start
            # a part of a compound of countries names the states ("российско-британская")
            if not self.in_compound(words, k) and (
                self.nationality(following, ent_of, capital) or self.no_noun(following)
            ):
                continue
            nxt = following[0] if following else None
            if (
                nxt is not None
                and nxt.lemma_ in STATE_NOUNS
                and "Number=Plur" not in str(nxt.morph)
                and nxt.i not in taken
            ):
                yield Found(token.i, nxt.i + 1, alias.code, nominative([token, nxt]))
                continue
            if token.text.lower().translate(YO) in self.gazetteer.combining:
                # the first part of a compound: "российско" -> "российский"
                normal = restore_case(token.text, token.lemma_)
            else:
                normal = nominative([token])
            yield Found(token.i, token.i + 1, alias.code, normal)

    def in_compound(self, words: list[Token], k: int) -> bool:
        """True when ``words[k]`` is a part of a compound of countries (see
        :func:`split_compounds`): a combining form before a hyphen, or the part after one."""
        combining = self.gazetteer.combining
        if k + 1 < len(words) and words[k + 1].text == "-" and not words[k].whitespace_:
            return words[k].text.lower().translate(YO) in combining
        before = words[k - 2] if k > 1 else None
        return (
            before is not None
            and words[k - 1].text == "-"
            and not before.whitespace_
            and not words[k - 1].whitespace_
            and before.text.lower().translate(YO) in combining
        )

    @staticmethod
    def nationality(following: list[Token], ent_of: dict[int, Span], capital: bool) -> bool:
        """True when the adjective gives a nationality or language: "американский актёр".

        Also true for a capitalised adjective that begins the name of a place or a paper
        ("Советского района", "Российская газета").
        """
        for token in following:
            if token.pos_ in ("ADJ", "CCONJ") or token.text == ",":
                continue  # an adjective, even one made from a name ("Шукшинский")
            ent = ent_of.get(token.i)
            if ent is not None and ent.label_ == "PER":
                return True
            if token.pos_ not in PERSON_POS:
                return False
            # a hyphenated noun is a person noun when one of its parts is ("боксёр-профессионал")
            parts = token.lemma_.translate(YO).split("-")
            lemma = parts[-1]
            if capital and lemma in NAME_NOUNS:
                return True
            if lemma in STATE_PERSONS:
                return False
            if any(part in NON_STATE_NOUNS for part in parts):
                return True
            # a person noun is animate: "вариант", "десант" are not persons
            return (
                lemma.endswith(PERSON_SUFFIXES)
                and "Animacy=Inan" not in str(token.morph)
                and lemma not in NOT_PERSONS
            )
        return False

    @staticmethod
    def no_noun(following: list[Token]) -> bool:
        """True when no noun follows the adjective, or the list of adjectives it begins:
        it stands for an elided noun, a language most often ("владеть английским.", "на
        немецком, при том"), not for the state. A hyphen (a compound) or a quote (a name:
        "китайский «Шанхай»") is no such sign."""
        for j, token in enumerate(following):
            if token.pos_ in ("ADJ", "CCONJ"):
                continue
            if token.text == "," and j + 1 < len(following) and following[j + 1].pos_ == "ADJ":
                continue  # a list of adjectives: "американских, британских и французских"
            return token.pos_ == "PUNCT" and token.text in NO_NOUN_PUNCT
        return not following

    # writing ---------------------------------------------------------------------------

    def write(self, doc: Doc, found: list[Found]) -> None:
        """Set ``doc.spans["countries"]`` and fold the mentions into ``doc.ents``."""
        gaz = self.gazetteer
        mentions = [Span(doc, item.start, item.stop, label=LABEL) for item in found]
        ents = list(doc.ents)
        keep: list[Span] = []
        added: list[Span] = []
        covers = covering([(m.start, m.end) for m in mentions])
        exacts = {(m.start, m.end) for m in mentions}
        in_country = {i for m in mentions for i in range(m.start, m.end)}
        for ent in ents:
            inside = covers(ent.start, ent.end)
            exact = (ent.start, ent.end) in exacts
            if ent.label_ in ("LOC", "ORG") and inside:
                continue  # the country mention replaces it
            words = [t.i for t in ent if any(ch.isalpha() for ch in t.text)]
            if ent.label_ == "LOC" and words and all(i in in_country for i in words):
                continue  # a place made of countries ("Россия-Бельгия"): the mentions replace it
            if exact:
                continue  # a PER exactly on a country is never kept by find(); be safe
            keep.append(ent)
        # the entities kept are in order and do not overlap: only the last one that starts
        # before a mention ends can reach into it
        kept_starts = [e.start for e in keep]
        for mention in mentions:
            before = bisect_left(kept_starts, mention.end)
            overlaps = before > 0 and keep[before - 1].end > mention.start
            if not overlaps:
                added.append(mention)
        new_ents = filter_spans(keep + added)
        # extension values live in doc.user_data keyed by offsets and label: entities kept
        # as they were keep theirs
        doc.ents = sorted(new_ents, key=lambda span: span.start)
        by_offsets = {(item.start, item.stop): item for item in found}
        for span in list(doc.ents) + mentions:
            if span.label_ != LABEL:
                continue
            item = by_offsets[(span.start, span.end)]
            span._.normal = item.normal
            span._.key = item.code
            span._.country = gaz.country(item.code)
        doc.spans[SPAN_KEY] = mentions


def covering(ranges: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test of whether one of ``ranges`` (``(start, end)`` token offsets) holds a given
    ``(start, end)``: by bisection on the starts and the running maximum of the ends."""
    ranges = sorted(ranges)
    starts = [start for start, _ in ranges]
    reach = list(accumulate((end for _, end in ranges), max))

    def covers(start: int, end: int) -> bool:
        n = bisect_right(starts, start)
        return n > 0 and reach[n - 1] >= end

    return covers


@Language.factory(
    "ruextract_countries",
    default_config={"adjectives": True},
    requires=["token.lemma", "token.pos", "token.morph", "doc.ents"],
    assigns=["doc.ents", "doc.spans", "span._.normal", "span._.key", "span._.country"],
)
def create_countries(nlp: Language, name: str, adjectives: bool) -> CountryFinder:
    """Country mentions resolved to ISO 3166 codes (see module docstring)."""
    return CountryFinder(adjectives=adjectives)

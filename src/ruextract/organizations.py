"""Organisations: ORG mentions with their boundaries, labels and names set right, and linked.

Reads the tokens (``token.lemma_``, ``token.pos_``, ``token.morph``), ``doc.ents`` (from
``ruextract_ner``, people and countries) and ``doc.spans["countries"]``; writes

- ``doc.ents``: ORG entities with their boundaries fixed, labels fixed, and institutions named
  by a common noun added (below);
- ``doc.spans["organizations"]``: every organisation mention, nested ones included ("МВД
  Киргизии" inside "пресс-служба МВД Киргизии"), each with ``span._.org``
  (:class:`~ruextract.records.Organization`), ``span._.normal`` and ``span._.key``.

Boundaries. An entity is cut at a line break; brackets and quotes that do not close inside it
are dropped from its ends; "Полное название (АББР)" and "АББР (полное название)" are two
mentions of one organisation, their abbreviation linked both ways; a country right after an
ORG in the genitive joins it ("Минобороны России", "посольства США"), as do the lower-case
adjectives right before it that agree with it ("российском Минфине").

Labels. A supranational body, which the tagger often calls a place ("ЕС", "Евросоюз",
"Европейский союз": ``data/organizations.tsv``) is ORG; a building or capital standing for its
government ("Кремль", "Белый дом") is ORG when it acts (in the nominative, before a verb) and
a place otherwise; a single known common noun that is capitalised only because it opens a
sentence, or that the article also writes in lower case ("Источник", "Интернет"), and a
generic abbreviation that pymorphy3 knows as a common noun ("СМИ") are not organisations.

Institutions named by a common noun ("правительство", "полиция", "парламента Чехии") are
ORG mentions: their nouns are those that NEREL v1.1 train tags as (part of) an organisation
at least ~4 times in 5 when written in lower case (``data/org_nouns.tsv``, with the counts;
the roles stage reads the same file with its own threshold).

Names. ``name`` is the nominative without legal form or quotes ("ОАО «Газпром»" -> "Газпром",
form "ОАО"; "Министерством финансов" -> "Министерство финансов"); a quoted name stays as
written. ``key`` is the name of the organisation's full form where the article gives one
("ФАС" -> "Федеральная антимонопольная служба"), so all its mentions share it. A Russian
state body that news names in several ways with no bracket to pair them ("Банк России", "ЦБ",
"Центробанк") is one organisation under its official short name, from a small list with the
acts that name them (``data/state_bodies.tsv``); a generic name ("ЦБ", "МИД": every state
has one) is taken for Russia's body only where the article names that body with Russia too.
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ruextract import models
from ruextract.countries import lookup
from ruextract.ner import normalize
from ruextract.records import Organization

LABEL = "ORG"
SPAN_KEY = "organizations"
PLACES_KEY = "places"
LEXICON_FILE = "organizations.tsv"
ORG_NOUNS_FILE = "org_nouns.tsv"
# a lower-case noun is an institution (an ORG mention on its own) when NEREL train tags it as
# (part of) an ORGANIZATION this many times, and this share of the times it is written in lower
# case (``data/org_nouns.tsv``, columns lower_inside / lower_total)
INSTITUTION_MIN_INSIDE = 8
INSTITUTION_MIN_SHARE = 0.78
STATE_BODIES_FILE = "state_bodies.tsv"
# how news writes "of Russia" after a body's name: "ЦБ РФ", "Центробанка России"
RUSSIA = ("России", "РФ", "Российской Федерации")

# legal forms that stand before (or after) a company's name; "НК" is a company-type prefix
FORMS = frozenset(
    """
    ОАО ПАО ЗАО ООО АО НАО ФГУП ГУП МУП ФГБУ ГБУ МБУ АНО НКО НП ТОО ОДО ИП НК
    Inc Inc. Ltd Ltd. LLC Corp Corp. Co Co. GmbH AG SA S.A. PLC plc NV N.V. BV Group
    """.split()
)
QUOTES = "«»\"“”„'‘’"
# an abbreviation with a case ending: "МИДа", "ЦРУ" has none
CASE_ENDING = re.compile(r"([A-ZА-ЯЁ]{2,})(?:а|у|ом|е|ой|ы)")
OPEN_BRACKETS = {"(": ")", "[": "]"}
YO = str.maketrans("ёЁ", "еЕ")
# a verb right after a building in the nominative makes it act as its government
ACTING_POS = frozenset({"VERB", "AUX"})


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Organisation words: supranational bodies (lemmas of their names) and institution nouns."""

    bodies: frozenset[str]
    buildings: frozenset[str]
    nouns: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Bodies and buildings of ``data/organizations.tsv`` (kind, lemma phrase, source) and the
    institution nouns of ``data/org_nouns.tsv`` (counts on NEREL train, thresholds above)."""
    kinds: dict[str, set[str]] = {"body": set(), "building": set()}
    data = resources.files("ruextract.data")
    text = data.joinpath(LEXICON_FILE).read_text("utf-8")
    for row in csv.DictReader(
        (line for line in text.splitlines() if not line.startswith("#")), delimiter="\t"
    ):
        kinds[row["kind"]].add(row["lemmas"].translate(YO))
    text = data.joinpath(ORG_NOUNS_FILE).read_text("utf-8")
    nouns = frozenset(
        row["lemma"].translate(YO)
        for row in csv.DictReader(
            (line for line in text.splitlines() if not line.startswith("#")), delimiter="\t"
        )
        if int(row["lower_inside"]) >= INSTITUTION_MIN_INSIDE
        and int(row["lower_inside"]) >= INSTITUTION_MIN_SHARE * int(row["lower_total"])
    )
    return Lexicon(frozenset(kinds["body"]), frozenset(kinds["building"]), nouns)


@dataclass(frozen=True, slots=True)
class StateBody:
    """A Russian state body news names in several ways: "Банк России", "ЦБ", "Центробанк"."""

    name: str  # the official short name: "Банк России"
    abbr: str | None  # the official abbreviation: "ЦБ"


@lru_cache(maxsize=1)
def state_bodies() -> dict[str, tuple[StateBody, bool]]:
    """Folded name -> (the body, whether the name is generic) from ``data/state_bodies.tsv``.

    A generic name ("МИД", "Центральный банк") is every state's body of that kind; it is this
    body only where the article also names it with Russia (see :func:`body_names`). Every
    name also counts with "России", "РФ" or "Российской Федерации" after it, and is then
    this body's own.
    """
    found: dict[str, tuple[StateBody, bool]] = {}
    text = resources.files("ruextract.data").joinpath(STATE_BODIES_FILE).read_text("utf-8")
    for row in csv.DictReader(
        (line for line in text.splitlines() if not line.startswith("#")), delimiter="\t"
    ):
        body = StateBody(name=row["name"], abbr=row["abbr"] or None)
        own = [row["name"], *filter(None, row["own"].split("|"))]
        generic = list(filter(None, row["generic"].split("|")))
        for name in own + generic:
            for country in RUSSIA:
                found.setdefault(fold(f"{name} {country}"), (body, False))
        for name in own:
            found.setdefault(fold(name), (body, False))
        for name in generic:
            found.setdefault(fold(name), (body, True))
    return found


def body_names(names: Iterable[str]) -> dict[str, tuple[str, str | None]]:
    """Folded name -> (name, abbreviation) of the state body an article's organisation name
    stands for.

    A body's own name ("Банк России", "ЦБ РФ", "Госдума") stands for it; a generic name ("ЦБ",
    "МИД") only when the article names the same body with Russia too: "Банк России ... ЦБ" are
    one organisation "Банк России". Generic names alone stay generic, but two of one body in
    an article are one organisation under the longer ("Минфин", "Министерство финансов"); a
    lone "МИД" stays as it is (it may be any state's).
    """
    bodies = state_bodies()
    hits = {fold(name): (name, *bodies[fold(name)]) for name in names if fold(name) in bodies}
    named = {body for _, body, generic in hits.values() if not generic}
    longest: dict[StateBody, str] = {}
    for name, body, generic in hits.values():
        if generic and body not in named and len(name) > len(longest.get(body, "")):
            longest[body] = name
    found: dict[str, tuple[str, str | None]] = {}
    for key, (name, body, generic) in hits.items():
        if not generic or body in named:
            found[key] = (body.name, body.abbr)
        elif longest[body] != name:
            found[key] = (longest[body], None)
    return found


def lemmas(tokens: Iterable[Token]) -> str:
    """Lemma phrase of tokens (lower case, ё as е), punctuation left out."""
    return " ".join(t.lemma_.lower().translate(YO) for t in tokens if not t.is_punct)


def case_of(token: Token) -> str | None:
    """The tagger's case of a token, or None."""
    found = token.morph.get("Case")
    return found[0] if found else None


# --------------------------------------------------------------------------------------------
# boundaries
# --------------------------------------------------------------------------------------------


def trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token bounds with a line break cut off (the first line kept) and unmatched brackets and
    quotes, and white space, dropped from both ends."""
    for i in range(start, end):
        if "\n" in doc[i].text or (i > start and "\n" in doc[i - 1].whitespace_):
            end = i
            break
    changed = True
    while changed and start < end:
        changed = False
        text = doc[start:end].text
        first, last = doc[start], doc[end - 1]
        if first.is_space or (first.text in ")]" + QUOTES and not _closes(text, first.text)):
            start += 1
            changed = True
        elif last.is_space or (last.text in "([" + QUOTES and not _opens(text, last.text)):
            end -= 1
            changed = True
        elif last.text in ")]" and text.count(last.text) > text.count(_opener(last.text)):
            end -= 1
            changed = True
        elif first.text in "([" and text.count(first.text) > text.count(OPEN_BRACKETS[first.text]):
            start += 1
            changed = True
    return start, end


def _opener(closer: str) -> str:
    return {")": "(", "]": "["}[closer]


def _closes(text: str, mark: str) -> bool:
    """Whether a leading ``mark`` is answered inside ``text`` (an opening quote)."""
    if mark in QUOTES:
        return mark in '«"“„' and (text.count(mark) > 1 or _pair(mark) in text[1:])
    return False


def _opens(text: str, mark: str) -> bool:
    """Whether a trailing ``mark`` closes something opened inside ``text``."""
    if mark in QUOTES:
        return mark in '»"”“' and (text.count(mark) > 1 or any(q in text[:-1] for q in "«„“"))
    return False


def _pair(mark: str) -> str:
    return {"«": "»", "„": "“", "“": "”", '"': '"'}.get(mark, mark)


def split_brackets(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """ "Название (АББР)" as two mentions, each trimmed; anything else as it is."""
    for i in range(start, end):
        if doc[i].text == "(":
            close = next((j for j in range(i + 1, end) if doc[j].text == ")"), end)
            parts = [trim(doc, start, i), trim(doc, i + 1, close)]
            if close + 1 < end:
                parts.append(trim(doc, close + 1, end))
            return [part for part in parts if part[0] < part[1] and _wordy(doc, *part)]
    return [(start, end)]


def _wordy(doc: Doc, start: int, end: int) -> bool:
    return any(t.is_alpha for t in doc[start:end])


def extend(doc: Doc, start: int, end: int, countries: dict[int, Span]) -> tuple[int, int]:
    """Bounds widened by a genitive country or an organisation's abbreviation right after
    ("МИД России", "Совета Безопасности ООН") and by lower-case adjectives right before that
    agree in case with the first word ("российском Минфине")."""
    country = countries.get(end)
    if country is not None and end < len(doc) and not doc[end - 1].whitespace_ == "":
        if case_of(country[0]) in ("Gen", None) and doc[end].text[:1].isupper():
            end = country.end
    first_case = case_of(doc[start])
    while start > 0:
        before = doc[start - 1]
        if (
            before.pos_ == "ADJ"
            and before.text[:1].islower()
            and first_case is not None
            and case_of(before) == first_case
            and before.whitespace_
        ):
            start -= 1
        else:
            break
    return start, end


# --------------------------------------------------------------------------------------------
# labels
# --------------------------------------------------------------------------------------------


def is_generic(span: Span, words: frozenset[str]) -> bool:
    """A one-word ORG that is a common noun: capitalised only at a sentence start or written
    in lower case elsewhere in the article, or a generic abbreviation ("СМИ")."""
    if len(span) != 1:
        return False
    token = span[0]
    parses = models.morph_analyzer().parse(token.text)
    if not parses or any({"Orgn", "Geox", "Name", "Surn"} & p.tag.grammemes for p in parses):
        return False
    best = parses[0]
    if not best.is_known or best.tag.POS != "NOUN":
        return False
    if token.text.isupper() and len(token.text) > 1:
        return "Abbr" in best.tag.grammemes
    lower = token.text.lower()
    return token.is_sent_start or lower in words


def acts(span: Span) -> bool:
    """Whether a building stands for its government here: nominative, then a verb."""
    if case_of(span[0]) not in ("Nom", None):
        return False
    following = [t for t in span.doc[span.end : span.end + 3] if not t.is_punct]
    return bool(following) and following[0].pos_ in ACTING_POS


def institution_nouns(
    doc: Doc, taken: set[int], countries: dict[int, Span]
) -> Iterator[tuple[int, int]]:
    """Lower-case institution nouns ("правительство", "полиции") as mentions, with the
    agreeing adjectives before them and a genitive country after them."""
    nouns = lexicon().nouns
    for token in doc:
        if token.i in taken or token.pos_ != "NOUN":
            continue
        if not (token.text[:1].islower() or token.is_sent_start):
            continue
        if token.lemma_.lower().translate(YO) in nouns:
            yield extend(doc, token.i, token.i + 1, countries)


def buildings(doc: Doc, taken: set[int]) -> Iterator[tuple[int, int]]:
    """A capitalised seat of government the tagger left out ("Кремль заявил"), where it acts."""
    seats = lexicon().buildings
    for token in doc:
        if token.i in taken or not token.text[:1].isupper():
            continue
        for n in (2, 1):
            span = doc[token.i : token.i + n]
            if len(span) == n and lemmas(span) in seats and acts(span):
                yield token.i, token.i + n
                break


# --------------------------------------------------------------------------------------------
# places named by an adjective
# --------------------------------------------------------------------------------------------

PLACE_SUFFIXES = ("ский", "цкий")


@lru_cache(maxsize=20000)
def place_of(lemma: str) -> str | None:
    """The place a relational adjective is made from, when pymorphy3 knows it as a place name
    ("тамбовский" -> "тамбов", "московский" -> "москова", "каннский" -> "канны"), else None.

    The stem loses the suffix and may take back what word formation dropped: a final vowel
    (Москва, Вена, Канны) or "ов"/"н" before the suffix."""
    suffix = next((s for s in PLACE_SUFFIXES if lemma.endswith(s)), None)
    if suffix is None or len(lemma) < len(suffix) + 3:
        return None
    stem = lemma[: -len(suffix)]
    candidates = [stem + end for end in ("", "а", "ы", "и", "о", "я")]
    if stem.endswith("ов"):
        candidates += [stem[:-2] + "ва", stem[:-2]]
    if stem.endswith(("ен", "ан", "ей")):
        candidates.append(stem[:-2] + "а")
    if stem.endswith("н"):
        candidates += [stem[:-1], stem[:-1] + "а"]
    morph = models.morph_analyzer()
    for candidate in candidates:
        if not morph.word_is_known(candidate):
            continue  # the guesser makes a "place" of any ending
        for parse in morph.parse(candidate):
            if "Geox" in parse.tag.grammemes and parse.normal_form == candidate:
                # a country's adjective is the countries stage's (a state or a nationality)
                return None if lookup(candidate.capitalize()) is not None else candidate
    return None


def place_adjectives(doc: Doc, skip: set[int]) -> Iterator[int]:
    """Tokens that are adjectives made from a place name ("московского", "Каннский")."""
    for token in doc:
        # the tagger's POS is not asked: it takes a rare adjective for a verb ("тамбовских")
        if token.i in skip or not token.text.isalpha():
            continue
        if place_of(token.lemma_.lower().translate(YO)) is not None:
            yield token.i


# --------------------------------------------------------------------------------------------
# names
# --------------------------------------------------------------------------------------------


def name_and_form(span: Span) -> tuple[str, str | None]:
    """The nominative name without legal form or quotes, and the legal form."""
    words = [t for t in span if not t.is_space]
    form_words = []
    while words and words[0].text in FORMS:
        form_words.append(words.pop(0).text)
    while words and words[-1].text.rstrip(",") in FORMS and len(words) > 1:
        form_words.append(words.pop().text)
    form = " ".join(form_words) or None
    if not words:
        return span.text, None
    quoted = [t for t in words if t.text in QUOTES]
    outside = [t for t in words if t.text not in QUOTES and t not in _inside_quotes(words)]
    if quoted and outside:
        # "РИА «Новости»": a name word outside the quotes keeps its place in the name
        text = "".join(t.text + t.whitespace_ for t in words if t.text not in QUOTES)
        return text.strip(), form
    if quoted:
        inner = _inside_quotes(words)
        if inner:
            # "«НК „Роснефть“»": a form inside the quotes goes too
            while len(inner) > 1 and inner[0].text in FORMS:
                form = " ".join(filter(None, (form, inner.pop(0).text)))
            text = "".join(t.text + t.whitespace_ for t in inner if t.text not in QUOTES)
            return text.strip(), form
    while len(words) > 1 and words[0].pos_ == "ADJ" and words[0].text[:1].islower():
        words.pop(0)  # "российском Минфине": the adjective places it, it is not its name
    if len(words) == 1 and (abbr := CASE_ENDING.fullmatch(words[0].text)):
        return abbr.group(1), form  # "МИДа" -> "МИД", not "Мид"
    sub = span.doc[words[0].i : words[-1].i + 1]
    sub.label_ = LABEL  # normalize() treats a non-PER span as an organisation
    name = normalize(sub)
    if words[0].is_sent_start and words[0].lemma_.lower().translate(YO) in lexicon().nouns:
        name = name[:1].lower() + name[1:]  # "Полиция задержала": capital only for the sentence
    return name, form


def _inside_quotes(words: list[Token]) -> list[Token]:
    """The words between the first opening quote and its closing one (nested quotes kept)."""
    opens = [i for i, t in enumerate(words) if t.text in '«„"“']
    if not opens:
        return []
    first = opens[0]
    closes = [i for i, t in enumerate(words) if t.text in '»"”“' and i > first]
    last = closes[-1] if closes else len(words)
    return words[first + 1 : last]


def fold(name: str) -> str:
    """The key of a name: lower case, ё as е ("Совет Безопасности" and "Совет безопасности",
    "Полиция" at a sentence start and "полиция" are one organisation)."""
    return name.lower().translate(YO)


def initials(name: str) -> str:
    """Capital initials of a full name's words: "Федеральная антимонопольная служба" -> ФАС."""
    return "".join(w[0] for w in re.findall(r"[А-ЯЁA-Zа-яёa-z][\w-]*", name) if len(w) > 2).upper()


def is_abbreviation(text: str) -> bool:
    """An all-capital short word ("ФАС", "ЕАЭС", "GM")."""
    letters = text.replace("-", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


# --------------------------------------------------------------------------------------------
# the stage
# --------------------------------------------------------------------------------------------


class OrganizationFinder:
    """Fixes ORG boundaries and labels, adds institution nouns, names and links organisations."""

    def __call__(self, doc: Doc) -> Doc:
        countries = {span.start: span for span in doc.spans.get("countries", [])}
        words = frozenset(token.text for token in doc)  # "written in lower case elsewhere"
        # an abbreviated organisation after another one is its genitive ("Совета Безопасности
        # ООН"): it joins it like a country does, and stays a mention of its own
        countries.update(
            (ent.start, ent) for ent in doc.ents
            if ent.label_ == LABEL and len(ent) == 1 and is_abbreviation(ent.text)
        )  # fmt: skip
        bodies, seats = lexicon().bodies, lexicon().buildings
        keep: list[Span] = []
        orgs: list[tuple[int, int]] = []
        pairs: list[tuple[tuple[int, int], tuple[int, int]]] = []
        for ent in doc.ents:
            phrase = lemmas(ent)
            label = ent.label_
            if label in ("LOC", "COUNTRY") and phrase in bodies:
                label = LABEL
            elif label in ("LOC", "ORG") and phrase in seats:
                label = LABEL if acts(ent) else "LOC"
            if label == "LOC":
                # places get the same cuts: a line break, stray brackets, "Название (АББР)"
                for s, e in split_brackets(doc, *trim(doc, ent.start, ent.end)):
                    same = (s, e) == (ent.start, ent.end) and label == ent.label_
                    keep.append(ent if same else Span(doc, s, e, label))
                continue
            if label != LABEL:
                keep.append(ent if label == ent.label_ else Span(doc, ent.start, ent.end, label))
                continue
            if is_generic(ent, words):
                continue
            parts = split_brackets(doc, *trim(doc, ent.start, ent.end))
            parts = [extend(doc, s, e, countries) for s, e in parts]
            if len(parts) == 2:
                pairs.append((parts[0], parts[1]))
            orgs.extend(parts)
        taken = {i for s, e in orgs for i in range(s, e)}
        taken |= {i for ent in keep if ent.label_ != "COUNTRY" for i in range(ent.start, ent.end)}
        orgs.extend(institution_nouns(doc, taken, countries))
        orgs.extend(buildings(doc, taken))
        spans = [Span(doc, s, e, LABEL) for s, e in orgs if s < e]
        # countries inside an organisation stay in doc.spans["countries"], not in doc.ents
        outer = filter_spans(spans)
        # outer spans do not overlap: only the last one starting at or before an entity may
        # hold it (a scan of all of them per entity would be quadratic)
        starts = [o.start for o in outer]
        ents = [
            ent for ent in keep
            if not ((n := bisect_right(starts, ent.start) - 1) >= 0 and ent.end <= outer[n].end)
        ]  # fmt: skip
        # adjectives made from a place name: a LOC of their own, or nested in a longer name
        skip = {i for span in doc.spans.get("countries", []) for i in range(span.start, span.end)}
        skip |= {
            i for ent in ents if ent.label_ in ("PER", "LOC") for i in range(ent.start, ent.end)
        }
        places = [Span(doc, i, i + 1, "LOC") for i in place_adjectives(doc, skip)]
        inside = {i for span in ents + outer for i in range(span.start, span.end)}
        ents += [p for p in places if p.start not in inside]
        doc.spans[PLACES_KEY] = [p for p in places if p.start in inside]
        doc.ents = sorted(filter_spans(ents + outer), key=lambda span: span.start)
        mentions = sorted(
            {(s.start, s.end): s for s in spans}.values(), key=lambda s: (s.start, s.end)
        )
        self.link(doc, mentions, pairs)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    @staticmethod
    def link(
        doc: Doc, mentions: list[Span], pairs: list[tuple[tuple[int, int], tuple[int, int]]]
    ) -> None:
        """Set each mention's Organization, normal form and key; link abbreviations."""
        named = {(m.start, m.end): name_and_form(m) for m in mentions}
        full_of: dict[str, str] = {}  # abbreviation (ё-folded) -> full name
        for a, b in pairs:
            (name_a, _), (name_b, _) = named[a], named[b]
            if is_abbreviation(name_b) and not is_abbreviation(name_a):
                full_of[name_b.translate(YO)] = name_a
            elif is_abbreviation(name_a) and not is_abbreviation(name_b):
                full_of[name_a.translate(YO)] = name_b
        fulls = [name for name, _ in named.values() if not is_abbreviation(name)]
        for name, _ in named.values():
            if is_abbreviation(name) and name.translate(YO) not in full_of:
                match = [f for f in fulls if initials(f) == name.translate(YO).upper()]
                if len(set(match)) == 1:
                    full_of[name.translate(YO)] = match[0]
        abbr_of = {full: abbr for abbr, full in full_of.items()}
        # a state body named in several ways ("Банк России", "ЦБ"): one organisation
        fulls = {name: full_of.get(name.translate(YO), name) for name, _ in named.values()}
        bodies = body_names(fulls.values())
        ents = {(e.start, e.end): e for e in doc.ents if e.label_ == LABEL}
        for mention in mentions:
            name, form = named[(mention.start, mention.end)]
            full = fulls[name]
            abbr = abbr_of.get(full)
            if (body := bodies.get(fold(full))) is not None:
                full, abbr = body[0], abbr or body[1]
            org = Organization(key=fold(full), name=full, form=form, abbr=abbr)
            for span in filter(None, (mention, ents.get((mention.start, mention.end)))):
                span._.org = org
                span._.normal = name
                span._.key = org.key
        doc.spans[SPAN_KEY] = mentions


@Language.factory(
    "ruextract_organizations",
    requires=["token.lemma", "token.pos", "token.morph", "doc.ents"],
    assigns=["doc.ents", "doc.spans", "span._.normal", "span._.key", "span._.org"],
)
def create_organizations(nlp: Language, name: str) -> OrganizationFinder:
    """Organisation mentions with fixed boundaries and labels, named and linked (see module
    docstring)."""
    return OrganizationFinder()

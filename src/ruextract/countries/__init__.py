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

The parts: :mod:`.words` (the stage's constants and word lists), :mod:`.aliases` (the
gazetteer: names keyed on lemmas, :func:`lookup`), :mod:`.mentions` (a found mention and its
tokens), :mod:`.compounds` (hyphenated compounds split into tokens); the component,
:class:`CountryFinder`, is here.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from itertools import accumulate

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ruextract import views
from ruextract.countries.aliases import (
    Alias,
    Gazetteer,
    capitalised,
    gazetteer,
    lookup,
    read_aliases,
)
from ruextract.countries.compounds import split_compounds
from ruextract.countries.mentions import (
    Found,
    TokenKeys,
    as_written,
    in_currency,
    is_patronymic,
    nominative,
    token_keys,
)
from ruextract.countries.words import (
    AMBIGUOUS,
    LABEL,
    NAME_NOUNS,
    NAME_POS,
    NO_NOUN_PUNCT,
    NON_STATE_NOUNS,
    NOT_PERSONS,
    PERSON_POS,
    PERSON_SUFFIXES,
    SPAN_KEY,
    STATE_NOUNS,
    STATE_PERSONS,
    YO,
)
from ruextract.morph import restore_case, to_nominative


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


__all__ = [
    "LABEL",
    "SPAN_KEY",
    "CountryFinder",
    "Found",
    "Gazetteer",
    "TokenKeys",
    "covering",
    "create_countries",
    "gazetteer",
    "lookup",
    "read_aliases",
    "split_compounds",
    "token_keys",
]

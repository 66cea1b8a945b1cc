"""Compounds: hyphenated country adjectives ("российско-американских") and hyphenated names with a
country part ("Интерфакса-Украина") split into tokens, one mention per country.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ruextract import views
from ruextract.countries.aliases import capitalised, gazetteer, lookup, word_keys
from ruextract.countries.words import AMBIGUOUS, YO
from ruextract.morph import feats_to_str, lemmatize, parse_feats

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

"""People: person-name boundaries beyond slovnet's, nominative names, one key per person.

Reads ``doc.ents`` (slovnet's PER, LOC, ORG) and the tokens' ``pos_``, ``morph`` and text;
writes ``doc.ents`` with corrected PER spans, ``doc.spans["nested_people"]`` with the people
named inside an ORG or LOC span (:mod:`.nested`: "Касперского" in "Лаборатории Касперского"),
and, on every PER span of both, ``span._.normal`` (the
nominative name as written: "Эльвиры Набиуллиной" -> "Эльвира Набиуллина"), ``span._.key``
(shared by every mention of one person in the article) and ``span._.person``
(:class:`~ruextract.records.Person`, the same record on all mentions of one person).

The parts: :mod:`.words` (which tokens may be names), :mod:`.boundaries` (PER spans fixed from
evidence the pipeline already has), :mod:`.linking` (mentions of one person, its record).
Names are put in the nominative by :mod:`ruextract.names`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ruextract.people.boundaries import (
    article_first_names,
    article_surnames,
    cut_at_lines,
    discover,
    eponyms,
    extend,
    first_name_mentions,
    implausible,
    join_adjacent,
    known_pairs,
    name_adjectives,
    named_places,
    original_script,
    owner_of_body,
    patronymic_pairs,
    propagate,
    quoted_first_names,
    quoted_nicknames,
    split_person,
    titled_names,
    trim_openings,
)
from ruextract.people.linking import annotate, link_people
from ruextract.people.nested import NESTED_KEY, nested_people
from ruextract.people.words import NAME_WORDS_KEY

__all__ = ["PeopleLinker", "annotate", "create_people", "link_people"]


class PeopleLinker:
    """Fix PER boundaries, put names in the nominative and link mentions of one person."""

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data[NAME_WORDS_KEY] = {}  # name_words by range, for this call only
        try:
            return self._annotate(doc)
        finally:
            doc.user_data.pop(NAME_WORDS_KEY, None)

    def _annotate(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        others = cut_at_lines(doc, [e for e in ents if e.label_ != "PER"])
        pers: list[tuple[int, int]] = []
        for ent in ents:
            if ent.label_ == "PER":
                pers.extend(split_person(doc, ent))
        pers, others = join_adjacent(doc, pers, others)
        pers = quoted_nicknames(doc, pers)
        surnames = article_surnames(doc, pers)
        first_names = article_first_names(doc, pers)
        pers = [r for r in pers if not implausible(doc, r, surnames, first_names)]
        pers, others = owner_of_body(doc, pers, others, surnames)
        pers = discover(doc, pers, others)
        pers, others = titled_names(doc, pers, others)
        pers, others = named_places(doc, pers, others)
        pers = propagate(doc, pers, others)
        pers = patronymic_pairs(doc, pers, others)
        pers = first_name_mentions(doc, pers, others)
        pers = extend(doc, pers, others)
        pers = eponyms(doc, pers, others)
        pers = name_adjectives(doc, pers, others)
        pers = quoted_first_names(doc, pers, others)
        pers = trim_openings(doc, pers)
        pers = known_pairs(doc, pers)
        pers = original_script(doc, pers, others)
        spans = [Span(doc, a, b, label="PER") for a, b in pers]
        doc.ents = filter_spans(spans + others)
        final = [(e.start, e.end) for e in doc.ents if e.label_ == "PER"]
        flat = [e for e in doc.ents if e.label_ != "PER"]
        nested = nested_people(
            doc, final, flat, article_surnames(doc, final), article_first_names(doc, final)
        )
        doc.spans[NESTED_KEY] = [Span(doc, a, b, label="PER") for a, b in nested]
        annotate(doc)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory(
    "ruextract_people",
    default_config={},
    requires=["doc.ents", "token.pos", "token.morph"],
    assigns=["doc.ents", "doc.spans", "span._.normal", "span._.key", "span._.person"],
)
def create_people(nlp: Language, name: str) -> PeopleLinker:
    """Person boundaries, nominative names and article-level person keys (see module doc)."""
    return PeopleLinker()

"""Linking the mentions of one person within an article, and the person's record.

Full names with one surname and compatible first names are one person, a lone surname goes to
the nearest earlier person with that surname (and the same gender: the gender of a verb that
agrees with it first, then the gender its form shows or a case form of the person's surname it
may be), a lone first name to the one person who has it; names joined by "и" / "или" are never
one person; the person's ``key`` and ``name`` are its fullest name (of equally full names, the
one most mentions read as).

The parts: :mod:`.forms` (name parts compared: folded forms, stems, first names that may be
one), :mod:`.evidence` (what the article shows before linking: coordination, restatements,
shared plural surnames), :mod:`.clusters` (the passes that gather mentions into persons),
:mod:`.settle` (the person's surname and first name settled from all its mentions);
:func:`annotate` runs them over a Doc.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ruextract.names import GENDERS, NameParts, normal_name
from ruextract.people.linking.clusters import (
    ClusterIndex,
    PersonCluster,
    doubled_letters,
    last_named,
    link_people,
    misprinted_name,
    misspelt_surname,
    name_size,
    named_near,
    oblique_first_name,
    restate_nominative,
    salient,
    short_form_of,
    uncontested,
)
from ruextract.people.linking.evidence import (
    ALIAS_INTRO,
    alias_form,
    attested_reading,
    bracket_case,
    consonant_paradigm_shown,
    coordinated,
    differently_titled,
    glued_middle,
    hyphen_joined,
    paradigm_shown,
    paragraphs,
    patronymic_surnames,
    quoted,
    read_alike,
    restatements,
    secular_names,
    share_plural_surname,
    written_nominative,
)
from ruextract.people.linking.forms import (
    CASE_ENDINGS,
    MASCULINE_ENDINGS,
    RUSSIAN_POSSESSIVE,
    VOWEL_LETTERS,
    case_form_of,
    compatible,
    cyrillic,
    declined_together,
    doubled_alike,
    epithet,
    fold,
    gender_of_last,
    gendered_pair,
    listed_pet_form,
    natural_order,
    one_edit,
    one_slip,
    pet_form,
    reads_as,
    same_first,
    same_particles,
    same_surname,
    shows_other_gender,
    soft_variant,
    spelling_variant,
    stem,
    transcribed_alike,
    unquoted,
)
from ruextract.people.linking.settle import (
    ADJECTIVAL_SURNAME,
    replace_last_word,
    settle_first,
    settle_surname,
    with_last,
)
from ruextract.people.words import agreement_context, name_adjective_base, name_words, title_gender
from ruextract.records import Person

__all__ = [
    "ADJECTIVAL_SURNAME",
    "ALIAS_INTRO",
    "CASE_ENDINGS",
    "MASCULINE_ENDINGS",
    "RUSSIAN_POSSESSIVE",
    "VOWEL_LETTERS",
    "ClusterIndex",
    "PersonCluster",
    "alias_form",
    "annotate",
    "attested_reading",
    "bracket_case",
    "case_form_of",
    "compatible",
    "consonant_paradigm_shown",
    "coordinated",
    "cyrillic",
    "declined_together",
    "differently_titled",
    "doubled_alike",
    "doubled_letters",
    "epithet",
    "fold",
    "gender_of_last",
    "gendered_pair",
    "glued_middle",
    "hyphen_joined",
    "last_named",
    "link_people",
    "listed_pet_form",
    "misprinted_name",
    "misspelt_surname",
    "name_size",
    "named_near",
    "natural_order",
    "oblique_first_name",
    "one_edit",
    "one_slip",
    "paradigm_shown",
    "paragraphs",
    "patronymic_surnames",
    "pet_form",
    "quoted",
    "read_alike",
    "reads_as",
    "replace_last_word",
    "restate_nominative",
    "restatements",
    "salient",
    "same_first",
    "same_particles",
    "same_surname",
    "secular_names",
    "settle_first",
    "settle_surname",
    "share_plural_surname",
    "short_form_of",
    "shows_other_gender",
    "soft_variant",
    "spelling_variant",
    "stem",
    "transcribed_alike",
    "uncontested",
    "unquoted",
    "with_last",
    "written_nominative",
]


def annotate(doc: Doc) -> None:
    """Set ``_.normal``, ``_.key`` and ``_.person`` on the final PER spans: ``doc.ents`` and
    the nested ones of ``doc.spans["nested_people"]`` (linked with the others)."""
    nested = list(doc.spans.get("nested_people", []))
    spans = [e for e in doc.ents if e.label_ == "PER"]
    if nested:
        spans = sorted(spans + nested, key=lambda span: span.start)
    names = []
    contexts = bracket_case([agreement_context(span) for span in spans], spans)
    for span, context in zip(spans, contexts, strict=True):
        base = name_adjective_base(span.text) if len(span) == 1 else None
        if base is not None and span[0].pos_ == "ADJ":
            names.append(NameParts(base, last=base))  # "Нобелевской" -> Нобель
            continue
        words, seps = name_words(span)
        names.append(normal_name(words, seps, context))
    read_alike(spans, names, contexts)
    written_nominative(spans, names, contexts)
    attested_reading(spans, names, contexts)
    glued_middle(names)
    written = {fold(span.text) or "" for span in spans if len(span) == 1}
    paradigm_shown(names, written)
    consonant_paradigm_shown(names, written)
    hyphen_joined(names)
    patronymic_surnames(names)
    share_plural_surname(spans, names)
    family = [
        i
        for i, (span, parts) in enumerate(zip(spans, names, strict=True))
        if parts.plural and parts.first is None and span[-1].morph.get("Number") == ["Plur"]
    ]
    if family:
        # a family named by a plural surname is no person ("отравление Скрипалей")
        dropped = {spans[i] for i in family}
        doc.ents = [ent for ent in doc.ents if ent not in dropped]
        if nested:
            doc.spans["nested_people"] = [span for span in nested if span not in dropped]
        spans = [span for i, span in enumerate(spans) if i not in family]
        names = [parts for i, parts in enumerate(names) if i not in family]
        # the ents have changed
        contexts = bracket_case([agreement_context(span) for span in spans], spans)
    agrees = [GENDERS.get(context.get("Gender", "")) for context in contexts]
    owner, clusters = link_people(
        names,
        [span.text for span in spans],
        restatements(spans),
        coordinated(spans) | differently_titled(spans),
        agrees,
        [title_gender(span) for span in spans],
        paragraphs(spans),
        secular_names(spans),
    )
    for c, cluster in enumerate(clusters):
        mentions = [i for i, o in enumerate(owner) if o == c]
        settle_surname(cluster, [spans[i] for i in mentions], [names[i] for i in mentions])
        settle_first(
            cluster,
            [names[i] for i in mentions],
            {fold(t.text) for i in mentions for t in spans[i]},
        )
        for i in mentions:
            names[i] = with_last(names[i], cluster.last)
    keys: dict[int, str] = {}
    seen: set[str] = set()
    for c, cluster in enumerate(clusters):
        key = cluster.name or f"person {c + 1}"
        if key in seen:
            key = f"{key} ({c + 1})"
        seen.add(key)
        keys[c] = key
    records = {
        c: Person(
            key=keys[c],
            name=cluster.name,
            last=cluster.last,
            first=cluster.first,
            middle=cluster.middle,
        )
        for c, cluster in enumerate(clusters)
    }
    for span, parts, c in zip(spans, names, owner, strict=True):
        span._.normal = parts.normal or span.text
        span._.key = keys[c]
        span._.person = records[c]

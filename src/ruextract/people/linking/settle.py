"""The person's record settled from all its mentions: the surname the article spells out, the
first name in the nominative, and each mention's surname made the person's.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from ruextract.names import (
    NameParts,
    is_initial,
)
from ruextract.people.linking.clusters import PersonCluster
from ruextract.people.linking.forms import (
    case_form_of,
    epithet,
    fold,
    gender_of_last,
    same_surname,
    shows_other_gender,
    soft_variant,
    stem,
)

ADJECTIVAL_SURNAME = re.compile(r"(?:ск|цк)(?:ий|ая)$")


def settle_surname(cluster: PersonCluster, spans: list[Span], names: list[NameParts]) -> None:
    """Pick the person's surname among the forms its mentions were inflected to.

    The inflector guesses on surnames it does not know ("Мандела" read as the genitive of
    "Мандел"); a nominative candidate that the article itself spells out wins, if it has the
    person's gender.
    """
    candidates = {parts.last for parts in names if parts.last and not parts.plural}
    if len(candidates) < 2 or cluster.last is None:
        return
    written = {
        fold(token.text) for span in spans for token in span if token.morph.get("Case") == ["Nom"]
    }
    attested = [
        c
        for c in candidates
        if fold(c) in written
        and bool(epithet(c)[1]) == bool(epithet(cluster.last)[1])  # "Буш-младший" stays
        and same_surname(c, cluster.last)
        # a surname of the other gender is a case form misread: "Марш Голунова" does not
        # make Иван Голунов a woman
        and not shows_other_gender(c, cluster.gender)
        # a "-ский" / "-ская" surname read from its adjectival case form is no guess: a form
        # without that ending is a misprint ("Божене Рынской" … "Рынска")
        and not (
            ADJECTIVAL_SURNAME.search(fold(cluster.last)) and not ADJECTIVAL_SURNAME.search(fold(c))
        )
    ]
    if attested and fold(cluster.last) not in {fold(a) for a in attested}:
        best = max(attested, key=lambda c: sum(fold(p.last) == fold(c) for p in names))
        cluster.name = replace_last_word(cluster.name, cluster.last, best)
        cluster.last = best


def settle_first(
    cluster: PersonCluster, names: list[NameParts], written: set[str] | None = None
) -> None:
    """A first name left in an oblique case when another mention of the person gives its
    nominative ("Фолькера Буфье" … "Фолькер Буфье") takes that nominative; so does a first name
    the inflector spelt with a soft sign the article does not write ("Сабриэлем" read as
    "Сабриэль" … "Сабриэл Матиас"). ``written`` holds the mentions' words as written (folded)."""
    first = cluster.first
    if not first or is_initial(first):
        return
    written = written or set()
    better = next(
        (
            p.first
            for p in names
            if p.first
            and fold(p.first) != fold(first)
            and (
                (
                    case_form_of(first, p.first)
                    # a first name the article writes as it stands is not re-read as a case of
                    # a nominative it never writes ("Исаму Акасаки" is no "Исам", "Мартина Биг"
                    # no "Мартин": the dictionary lacks the foreign or woman's name)
                    and (fold(p.first) in written or fold(first) not in written)
                )
                or (
                    soft_variant(fold(first), fold(p.first))
                    and fold(p.first) in written
                    and fold(first) not in written
                )
            )
        ),
        None,
    )
    if better:
        words = cluster.name.split(" ")
        cluster.name = " ".join(better if w == first else w for w in words)
        cluster.first = better


def replace_last_word(name: str, old: str | None, new: str | None) -> str:
    """``name`` with the surname ``old`` spelt as ``new``."""
    if not old or not new or old == new:
        return name
    words = name.split(" ")
    return " ".join(new if w == old else w for w in words)


def with_last(parts: NameParts, last: str | None) -> NameParts:
    """A mention's parts with the person's settled surname, where only the ending differs."""
    if not last or not parts.last or parts.last == last or parts.plural:
        return parts
    if stem(parts.last) != stem(last) or epithet(parts.last)[1] != epithet(last)[1]:
        return parts  # another surname, or an epithet that names which one ("Буш-младший")
    if parts.gender and parts.gender != gender_of_last(last):
        return parts  # "Ефимов" is not "Ефимова" misspelt: the gender differs
    return NameParts(
        normal=replace_last_word(parts.normal, parts.last, last),
        last=last,
        first=parts.first,
        middle=parts.middle,
        gender=parts.gender,
        plural=parts.plural,
    )

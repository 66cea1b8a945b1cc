"""Places shared between a holder's posts: a post with no place takes the place the article
gives the same person's same post elsewhere, a head of state's post the country its sentence
names before it, and a state's post the one country its holder's other posts name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ruextract.roles.anaphora import STATE_POSTS, named_org, post_of
from ruextract.roles.phrases import Entities, Phrase
from ruextract.roles.places import at_place
from ruextract.roles.span_values import span_value

# posts held in a state, not in an org of it: with no place of their own they take the one
# country the holder's other posts name ("Ли Пэн, премьер Госсовета Китая … Чиновник"); by
# the role as written ("лидер", a party's or a band's too, is no state's post here)
STATE_SERVANTS = STATE_POSTS | {
    "глава государства", "глава правительства", "император", "императрица", "правитель",
    "чиновник",
}  # fmt: skip


def share_places(
    doc: Doc, attached: list[tuple[Phrase, Span | None]], ents: Entities
) -> list[tuple[Phrase, Span | None]]:
    """A post with no place takes the place the article gives the same person's same post
    elsewhere ("президент России Владимир Путин ... президент Путин": Россия), named, not
    pointed at (no offsets: the mention is in another sentence); a head of state's post with
    none takes the country its sentence names before it (``country_before``)."""
    places: dict[tuple[str, str], Phrase] = {}
    for phrase, person in attached:
        if person is not None and phrase.org is not None and phrase.status != "former":
            places.setdefault(
                (span_value(person, "key"), post_of(phrase.post or phrase.role)), phrase
            )
    countries = holder_countries(attached)
    result = []
    for phrase, person in attached:
        if person is not None and phrase.org is None:
            post = post_of(phrase.post or phrase.role)
            other = places.get((span_value(person, "key"), post))
            if other is not None:
                phrase = named_org(phrase, other)
            elif post in STATE_POSTS:
                phrase = country_before(doc, phrase, ents)
            servant = (phrase.post or phrase.role) in STATE_SERVANTS
            if phrase.org is None and servant and span_value(person, "key") in countries:
                other = countries[span_value(person, "key")]
                phrase = named_org(phrase, other)
        result.append((phrase, person))
    return result


def holder_countries(attached: list[tuple[Phrase, Span | None]]) -> dict[str, Phrase]:
    """Each holder's post that names a country, for holders whose posts name one country
    only (by its key): the state a post of the state's with no place of its own is held in
    ("Ли Пэн, премьер Государственного совета Китая … Чиновник": Китай)."""
    found: dict[str, dict[str | None, Phrase]] = {}
    for phrase, person in attached:
        if person is not None and phrase.org_label == "COUNTRY":
            found.setdefault(span_value(person, "key"), {}).setdefault(phrase.org_key, phrase)
    return {key: next(iter(posts.values())) for key, posts in found.items() if len(posts) == 1}


def country_before(doc: Doc, phrase: Phrase, ents: Entities) -> Phrase:
    """A head of state's post with no place takes the one country its sentence names before
    it ("Власти Малави подтвердили сообщения о смерти президента Бингу ва Мутарика")."""
    sent = ents.sent[phrase.head]
    found = {
        id(span): span
        for i, span in ents.place.items()
        if ents.sent[i] == sent and i < phrase.start and span.label_ == "COUNTRY"
    }
    countries = {
        span_value(span, "country").code: span
        for span in found.values()
        if span_value(span, "country")
    }
    if len(countries) != 1:
        return phrase
    (span,) = countries.values()
    return at_place(phrase, span)

"""Succession: the person a post's new holder succeeds ("назначен министром обороны вместо
ушедшего в отставку Роберта Гейтса", "Вместо Акселя Вебера главой Bundesbank станет Йенс
Вайдман"), who held the post before.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ruextract.people.words import prev_content
from ruextract.roles.agreement import (
    SENTENCE_ENDS,
)
from ruextract.roles.phrases import (
    Entities,
    Phrase,
)
from ruextract.roles.words import case_of, finite, fold

# words of succession: the name after them held the post before its new holder ("назначен
# министром обороны вместо ушедшего в отставку Роберта Гейтса", "сменив на этом посту Чака
# Хейгела", "сменил на посту главы государства своего брата Фиделя")
SUCCESSION = frozenset({"вместо", "сменить", "сменять", "заменить", "заменять"})
SUCCESSION_WINDOW = 8  # words from the post to the succession word, and from it to the name
CASES_BEFORE = frozenset({None, "Gen", "Acc"})  # "вместо Гейтса", "сменив Хейгела"


def predecessor(doc: Doc, phrase: Phrase, holder: Span, ents: Entities) -> Span | None:
    """The person a post's new holder succeeds: for a post a verb gives ("назначен министром",
    "стал премьером"), the first name after a word of succession that follows the post in its
    clause (within ``SUCCESSION_WINDOW`` words of it, then of the word), another person's, in
    the genitive or accusative, with no finite verb between."""
    if phrase.plural or phrase.by_verb or phrase.how != "copula":
        return None
    replaced = replaced_before(doc, phrase, holder, ents)
    if replaced is not None:
        return replaced  # "Вместо Акселя Вебера главой Bundesbank станет"
    sent = ents.sent[phrase.head]
    cue = None
    seen = 0
    # past the holder the copula names after the post: "Новым премьером стал Дэвид Кэмерон
    # вместо Гордона Брауна"
    i = holder.end if phrase.end <= holder.start and ents.sent[holder.start] == sent else phrase.end
    while i < len(doc) and ents.sent[i] == sent and seen <= SUCCESSION_WINDOW:
        token = doc[i]
        if not token.is_space:
            seen += 1
            if fold(token.text) == "вместо" or fold(token.lemma_) in SUCCESSION:
                cue = token
                break
            if token.text in SENTENCE_ENDS or finite(token):
                return None
        i += 1
    if cue is None:
        return None
    seen = 0
    i = cue.i + 1
    while i < len(doc) and ents.sent[i] == sent and seen <= SUCCESSION_WINDOW:
        token = doc[i]
        if i in ents.per:
            person = ents.per[i]
            if person._.key == holder._.key or case_of(doc[person.end - 1]) not in CASES_BEFORE:
                return None
            return person
        if not token.is_space:
            seen += 1
            if token.text in SENTENCE_ENDS or token.pos_ == "SCONJ" or finite(token):
                return None
        i += 1
    return None


def replaced_before(doc: Doc, phrase: Phrase, holder: Span, ents: Entities) -> Span | None:
    """The one named right after "вместо" right before a post a verb gives ("Вместо Акселя
    Вебера главой Bundesbank станет Йенс Вайдман"), another person than its new holder."""
    name = prev_content(doc, phrase.start - 1)
    if name is None or name.i not in ents.per:
        return None
    person = ents.per[name.i]
    cue = prev_content(doc, person.start - 1)
    if cue is None or fold(cue.text) != "вместо" or person._.key == holder._.key:
        return None
    return person

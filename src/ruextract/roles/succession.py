"""Succession: the person a post's new holder succeeds ("назначен министром обороны вместо
ушедшего в отставку Роберта Гейтса", "Вместо Акселя Вебера главой Bundesbank станет Йенс
Вайдман"), who held the post before.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ruextract.people.words import next_content, prev_content
from ruextract.roles.agreement import (
    SENTENCE_ENDS,
    last_name_before,
)
from ruextract.roles.phrases import (
    Entities,
    Phrase,
)
from ruextract.roles.span_values import span_value
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
            if fold(token.text) == AFTER:
                # "станет главой ФИФА после Зеппа Блаттера": "после" a name, not an event
                return name_right_after(doc, token, holder, ents)
            if token.text in SENTENCE_ENDS or finite(token):
                return None
        i += 1
    if cue is None:
        return None
    return name_after(doc, cue.i + 1, holder, ents)


AFTER = "после"


def name_right_after(doc: Doc, cue: Token, holder: Span, ents: Entities) -> Span | None:
    """The name right after ``cue``, another person than the holder, in the genitive (or of no
    case read)."""
    token = next_content(doc, cue.i + 1)
    if token is None or token.i not in ents.per or ents.per[token.i].start != token.i:
        return None
    person = ents.per[token.i]
    if span_value(person, "key") == span_value(holder, "key") or case_of(
        doc[person.end - 1]
    ) not in (None, "Gen"):
        return None
    return person


def replaced_before(doc: Doc, phrase: Phrase, holder: Span, ents: Entities) -> Span | None:
    """The one named right after "вместо" right before a post a verb gives ("Вместо Акселя
    Вебера главой Bundesbank станет Йенс Вайдман"), another person than its new holder."""
    name = prev_content(doc, phrase.start - 1)
    if name is None or name.i not in ents.per:
        return None
    person = ents.per[name.i]
    cue = prev_content(doc, person.start - 1)
    if (
        cue is None
        or fold(cue.text) != "вместо"
        or span_value(person, "key") == span_value(holder, "key")
    ):
        return None
    return person


# sentences after a post a verb gives in which its holder's verb of succession names the one
# succeeded ("назначение Джона Хантсмана послом в России. Он сменит Джона Теффта")
SUCCEEDED_REACH = 3
SUBJECT_PRONOUNS = frozenset({"он", "она"})


def succeeded_later(
    doc: Doc, attached: list[tuple[Phrase, Span | None]], ents: Entities
) -> list[tuple[Phrase, Span]]:
    """The ones the new holders of posts succeed, named in the sentences after the post: a
    verb of succession in the ``SUCCEEDED_REACH`` sentences after a singular post a verb gives
    (``how`` "copula"), whose subject right before it is that holder (by name or "он"/"она"
    for the last name of that gender), names the one succeeded after it (``predecessor``'s
    walk): "назначение Джона Хантсмана послом в России. Он сменит Джона Теффта", "Синдзо Абэ
    был выбран новым премьер-министром Японии. Синдзо Абэ заменил своего предшественника
    Дзюнъитиро Коидзуми". The post is that one's, ``former``; the last post before the verb
    only."""
    latest: dict[int, tuple[Phrase, Span]] = {}  # the verb -> the last post before it
    for phrase, holder in attached:
        if holder is None or phrase.plural or phrase.by_verb or phrase.how != "copula":
            continue
        if not given_new(doc, phrase, ents):
            continue  # "является артдиректором", "освободил от должности": no new holder
        verb = succession_after(doc, phrase, holder, ents)
        if verb is not None and (verb not in latest or latest[verb][0].start < phrase.start):
            latest[verb] = (phrase, holder)
    found: list[tuple[Phrase, Span]] = []
    for verb, (phrase, holder) in latest.items():
        before = name_after(doc, verb + 1, holder, ents)
        if before is not None:
            found.append((replace(phrase, how="succession", status="former"), before))
    return found


# words that give a post its new holder: "назначен", "избран", "стал", "о назначении"
NEW_HOLDER = frozenset(
    {"назначить", "назначать", "избрать", "избирать", "выбрать", "выбирать", "утвердить",
     "стать", "становиться", "назначение", "избрание", "утверждение"}
)  # fmt: skip
NEW_HOLDER_REACH = 8  # words back from the post to the word that gives it


def given_new(doc: Doc, phrase: Phrase, ents: Entities) -> bool:
    """A word that gives a post its new holder stands within ``NEW_HOLDER_REACH`` words
    before it in its sentence ("назначение Джона Хантсмана послом", "был выбран новым
    премьер-министром")."""
    sent = ents.sent[phrase.head]
    token = prev_content(doc, phrase.start - 1)
    seen = 0
    while token is not None and ents.sent[token.i] == sent and seen < NEW_HOLDER_REACH:
        if fold(token.lemma_) in NEW_HOLDER:
            return True
        seen += 1
        token = prev_content(doc, token.i - 1)
    return False


def succession_after(doc: Doc, phrase: Phrase, holder: Span, ents: Entities) -> int | None:
    """The first verb of succession after a post, in the ``SUCCEEDED_REACH`` sentences after
    its own, whose subject right before it is the post's holder."""
    last = ents.sent[phrase.head] + SUCCEEDED_REACH
    i = phrase.end
    while i < len(doc) and ents.sent[i] <= last:
        if ents.sent[i] > ents.sent[phrase.head] and doc[i].pos_ == "VERB":
            if fold(doc[i].lemma_) in SUCCESSION and finite(doc[i]):
                return i if subject_is(doc, i, holder, ents) else None
        i += 1
    return None


def subject_is(doc: Doc, verb: int, holder: Span, ents: Entities) -> bool:
    """The word right before a verb, past adverbs, is the holder's name or a subject pronoun of
    the holder's ("Он сменит", "Он вскоре сменит", "Синдзо Абэ заменил")."""
    token = prev_content(doc, verb - 1)
    while token is not None and token.pos_ in ("ADV", "PART"):
        token = prev_content(doc, token.i - 1)  # "Он вскоре сменит"
    if token is None or ents.sent[token.i] != ents.sent[verb]:
        return False
    if token.i in ents.per:
        return span_value(ents.per[token.i], "key") == span_value(holder, "key")
    if token.pos_ != "PRON" or fold(token.text) not in SUBJECT_PRONOUNS:
        return False
    wanted = "masc" if fold(token.text) == "он" else "femn"
    person = last_name_before(ents, token.i - 1, ents.sent[token.i] - SUCCEEDED_REACH, wanted)
    return person is not None and span_value(person, "key") == span_value(holder, "key")


def name_after(doc: Doc, start: int, holder: Span, ents: Entities) -> Span | None:
    """The first name after token ``start`` in its sentence, within ``SUCCESSION_WINDOW``
    words and no finite verb or conjunction of subordination between: another person than the
    holder, in the genitive or accusative (or of no case read)."""
    sent = ents.sent[start - 1]
    seen = 0
    i = start
    while i < len(doc) and ents.sent[i] == sent and seen <= SUCCESSION_WINDOW:
        token = doc[i]
        if i in ents.per:
            person = ents.per[i]
            if (
                span_value(person, "key") == span_value(holder, "key")
                or case_of(doc[person.end - 1]) not in CASES_BEFORE
            ):
                return None
            return person
        if not token.is_space:
            seen += 1
            if token.text in SENTENCE_ENDS or token.pos_ == "SCONJ" or finite(token):
                return None
        i += 1
    return None

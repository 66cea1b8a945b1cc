"""Kin: a post in the genitive of a noun of kinship or relation is the relative's ("дочь
знаменитого писателя, актера и режиссера Мария Шукшина", "подруга премьер-министра Кэрри
Симондс", "дочь действующего президента Иванку Трамп"), never the one the kinship noun
describes. Its holder is the relative named in the genitive after it (``anaphora.relative``),
else the one person the article gives that post elsewhere, else the one other person of the
article who shares a surname with the one the kinship noun describes (a daughter's father),
else nobody.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Span, Token

from ruextract.roles.agreement import (
    DASHES,
    LIST_JOINERS,
    person_cases,
    person_gender,
    readable_in,
)
from ruextract.roles.doc_columns import next_content, prev_content
from ruextract.roles.phrases import Entities, Phrase
from ruextract.roles.span_values import span_value
from ruextract.roles.words import case_of, fold, morph_values, nominative

# nouns of kinship and of a close relation: a genitive post after one is the relative's
# ("внучка бывшего вице-президента Лукойла … Ралифа Сафина Алсу", "подруга премьер-министра")
KIN_NOUNS = frozenset({
    "сын", "дочь", "внук", "внучка", "правнук", "правнучка", "жена", "муж", "супруга", "супруг",
    "вдова", "вдовец", "мать", "отец", "брат", "сестра", "племянник", "племянница", "зять",
    "невестка", "сноха", "тесть", "теща", "свекор", "свекровь", "дядя", "тетя", "дед", "дедушка",
    "бабушка", "внучатый", "пасынок", "падчерица", "отчим", "мачеха", "родственник",
    "родственница", "подруга", "невеста", "жених", "возлюбленная", "возлюбленный",
    "любовница", "любовник", "сожительница", "сожитель", "наследник", "наследница",
})  # fmt: skip
KIN_REACH = 12  # words back from a post to its kinship noun, past the posts listed before it
# the words between a kinship noun and the posts after it: their adjectives ("дочь
# действующего президента") and the posts listed before ("дочь писателя, актера и режиссера")
BETWEEN_POS = frozenset({"ADJ", "DET", "NOUN", "NUM"})


def kin_noun(doc: Doc, phrase: Phrase) -> Token | None:
    """The noun of kinship a genitive post depends on: right before it, past the genitive
    adjectives the phrase left out ("дочь действующего президента") and the genitive posts
    listed before it ("дочь знаменитого писателя, актера и режиссера"); None for a post in
    another case or after any other word."""
    if case_of(doc[phrase.head]) != "Gen":
        return None
    token = prev_content(doc, phrase.start - 1)
    for _ in range(KIN_REACH):
        if token is None:
            return None
        if fold(token.lemma_) in KIN_NOUNS:
            return token
        if fold(token.text) not in LIST_JOINERS and not between(token):
            return None
        token = prev_content(doc, token.i - 1)
    return None


def between(token: Token) -> bool:
    """A genitive word that may stand between a kinship noun and its post: an adjective, a
    participle ("действующего") or a post listed before ("писателя")."""
    if case_of(token) != "Gen":
        return False
    return token.pos_ in BETWEEN_POS or "Part" in morph_values(token, "VerbForm")


def of_kin(doc: Doc, phrase: Phrase) -> bool:
    """A genitive post of a noun of kinship ("внучка бывшего вице-президента Лукойла",
    "супруга музыканта"): the relative's post, whose holder is named in the genitive ("сын
    главы государства Ивана Петрова") or elsewhere, not the one the kinship noun describes."""
    return kin_noun(doc, phrase) is not None


def kin_post(doc: Doc, phrase: Phrase) -> bool:
    """A singular post of a noun of kinship that is no genitive apposition itself ("его
    супруги герцогини Кембриджской" is one): the relative's, whose holder
    :func:`kin_holder` finds."""
    noun = kin_noun(doc, phrase)
    return noun is not None and case_of(noun) != "Gen" and not phrase.plural


def kin_holder(
    doc: Doc,
    phrase: Phrase,
    ents: Entities,
    after: Span | None,
    holders: Mapping[str, tuple[Phrase, Span]],
) -> Span | None:
    """The holder of a relative's post: ``after`` (the genitive name after it,
    ``anaphora.relative``), unless it may be the one the kinship noun describes, in its case
    and gender ("подруга премьер-министра Кэрри Симондс": then the one person ``holders``
    gives the post to, of its status and place, Джонсон, or nobody); with
    no genitive name after it, the one person of the article of the same surname as the one
    described ("дочь … режиссера Мария Шукшина": Василий Шукшин), else that one holder
    elsewhere unless another name follows the post ("дочь принца Акисино", a name the rules
    did not read as genitive); None for nobody."""
    own = described(doc, phrase, ents)
    noun = kin_noun(doc, phrase)
    if after is not None and own is None and noun is not None and agrees_with(noun, after):
        own = after  # "подруга премьер-министра Кэрри Симондс": hers or the premier's
    held = [
        person
        for key, (other, person) in holders.items()
        if (own is None or key != span_value(own, "key"))
        and (other.status == "former") == (phrase.status == "former")
        and (phrase.org is None or other.org == phrase.org)
    ]
    elsewhere = held[0] if len(held) == 1 else None
    if after is not None:
        return elsewhere if own is after else after
    if own is not None:
        kin = same_family(own, ents, nominative(doc[phrase.head])[1])
        if kin is not None:
            return kin
    named = name_after(doc, phrase, ents)
    return elsewhere if named is None or named is own else None  # "дочь принца Акисино"


def described(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """The name the kinship noun of a relative's post describes: the first name after the post
    in its clause, or the name right before the kinship noun past a comma or a dash ("Мария
    Шукшина, дочь писателя"), when it cannot be genitive ("дочь писателя Мария Шукшина",
    "включая дочь президента Иванку Трамп")."""
    noun = kin_noun(doc, phrase)
    if noun is None:
        return None
    name = name_after(doc, phrase, ents)
    if name is not None:
        return None if readable_in(name, "Gen") or not same_gender(noun, name) else name
    sep = prev_content(doc, noun.i - 1)
    while sep is not None and sep.pos_ in ("ADJ", "NUM"):
        sep = prev_content(doc, sep.i - 1)  # "Шукшина, младшая дочь"
    if sep is None or (sep.text != "," and sep.text not in DASHES):
        return None
    before = prev_content(doc, sep.i - 1)
    if before is None or before.i not in ents.per:
        return None
    name = ents.per[before.i]  # not a relative of a kinship noun before: "внучка … Митико,"
    return None if readable_in(name, "Gen") or not same_gender(noun, name) else name


def name_after(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """The first name after a post in its clause, past the posts listed after it ("писателя,
    актера и режиссера Мария Шукшина"): no dash, stop, verb or comma before another word
    between."""
    sent = ents.sent[phrase.head]
    token = next_content(doc, phrase.end)
    while token is not None and ents.sent[token.i] == sent and token.text not in DASHES:
        if token.i in ents.per:
            return ents.per[token.i]
        after = next_content(doc, token.i + 1)
        if token.text == "," and (after is None or not between(after)):
            return None
        if token.text in (".", ";", ":") or token.pos_ in ("VERB", "AUX"):
            return None
        token = after
    return None


GENDERS = {"Masc": "masc", "Fem": "femn"}


def agrees_with(noun: Token, name: Span) -> bool:
    """A name that may be an apposition of a kinship noun: in its case and of its gender
    ("дочь … Иванку Трамп"; not "внучка императора Японии Акихито", a man)."""
    case = case_of(noun)
    cases = person_cases(name)
    if case is None or case not in cases or (case == "Acc" and "Gen" in cases):
        return False  # "сына депутата Валерия Селезнёва": a man's accusative is his genitive
    return same_gender(noun, name)


def same_gender(noun: Token, name: Span) -> bool:
    """A kinship noun and a name of one gender ("дочь" and "Мария Шукшина")."""
    return person_gender(name) == GENDERS.get(next(iter(morph_values(noun, "Gender")), ""))


def same_family(own: Span, ents: Entities, gender: str | None) -> Span | None:
    """The one other person of the article whose surname is ``own``'s, in either gender
    ("Мария Шукшина" and "Василий Шукшин"), not of the other ``gender`` than the post's noun
    ("актрисы": a woman)."""
    other_gender = {"masc": "femn", "femn": "masc"}.get(gender or "")
    record = span_value(own, "person")
    if record is None or not record.last:
        return None
    stem = surname_stem(record.last)
    found: dict[str, Span] = {}
    for span in ents.per.values():
        other = span_value(span, "person")
        if other is None or other.key == record.key or not other.last:
            continue
        if surname_stem(other.last) == stem and person_gender(span) != other_gender:
            found.setdefault(other.key, span)
    return next(iter(found.values())) if len(found) == 1 else None


# a woman's surname ending and her family's: "Шукшина" / "Шукшин", "Чинават" as it is
FEMININE_SURNAME = (("ская", "ский"), ("цкая", "цкий"), ("ова", "ов"), ("ева", "ев"),
                    ("ёва", "ёв"), ("ина", "ин"), ("ына", "ын"))  # fmt: skip


def surname_stem(surname: str) -> str:
    """A surname in its family's (masculine) form, folded: "Шукшина" -> "шукшин"."""
    word = fold(surname)
    for feminine, masculine in FEMININE_SURNAME:
        if word.endswith(feminine):
            return word[: -len(feminine)] + masculine
    return word

"""Appositions' edges: where a post's clause ends before a name after it (a name opening a
clause as its verb's subject: "До встречи с футболистом Родригес работала") and where a
post's field goes on past it ("лидера движения за гражданские права Мартина Лютера Кинга").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ruextract.roles.agreement import person_gender, readable_in, verb_gender
from ruextract.roles.doc_columns import next_content
from ruextract.roles.phrases import Phrase
from ruextract.roles.words import case_of, finite, fold

OBLIQUE_ONLY = frozenset({"Ins", "Dat", "Loc"})  # cases of a post no subject's complement


def starts_clause(doc: Doc, phrase: Phrase, name: Span) -> bool:
    """A name that may be nominative after an oblique post, right before a finite singular
    verb of its gender ("с футболистом Родригес работала консультантом"): the verb's subject,
    opening a clause, not the post's holder."""
    if case_of(doc[phrase.head]) not in OBLIQUE_ONLY or not readable_in(name, "Nom"):
        return False  # a genitive post may be a nominative's complement: "и.о. президента"
    verb = next_content(doc, name.end)
    if verb is None or not finite(verb) or verb.morph.get("Number") != ["Sing"]:
        return False
    shown, gender = verb_gender(verb), person_gender(name)
    return shown is None or gender is None or shown == gender


def field_follows(doc: Doc, phrase: Phrase) -> bool:
    """A preposition of a post's field right after a phrase ("за", "по": not "из", "от" of
    where the holder comes from, ``describes_holder``, nor "с" of another party: "убийство
    бизнесмена с покушением на ... Сергея Скрипаля")."""
    after = next_content(doc, phrase.end)
    if after is None or after.pos_ != "ADP":
        return False
    # a field the phrase opened goes on: "по вопросам сотрудничества с государствами СНГ"
    return fold(after.text) not in NOT_FIELD or any(
        token.pos_ == "ADP" for token in doc[phrase.head + 1 : phrase.end]
    )


NOT_FIELD = frozenset({"из", "от", "с", "со"})

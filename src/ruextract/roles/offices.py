"""Offices: a post the text describes as an office, held by nobody it names there ("Председатель
Государственного совета Кубы — высшая государственная должность", "Генеральный секретарь ООН
назначается Генассамблеей", "на выборах генерального секретаря ООН").
"""

from __future__ import annotations

from spacy.tokens import Doc

from ruextract.people.words import next_content, prev_content
from ruextract.roles.agreement import DASHES
from ruextract.roles.copulas import POST_WORDS
from ruextract.roles.phrases import Phrase
from ruextract.roles.words import case_of, fold

OFFICE_REACH = 4  # words after the dash up to the post word: "— высшая государственная должность"
# present-tense verbs of how an office is filled: "назначается", "избирается"
FILLED_BY = frozenset({"назначаться", "избираться", "утверждаться", "назначать", "избирать"})
ELECTIONS = frozenset({"выборы", "выбор"})  # "на выборах генерального секретаря"
NAMED = frozenset({"before", "list"})  # a post with its holder's name right after it


def office_named(doc: Doc, phrase: Phrase) -> bool:
    """A post named as an office: a nominative post before a dash and a post word ("Председатель
    ... — высшая государственная должность"), the subject of a present-tense verb of filling it
    ("Генеральный секретарь ООН назначается"), or a genitive post after "выборы" and before no
    name ("на выборах генерального секретаря ООН")."""
    case = case_of(doc[phrase.head])
    if case == "Gen":
        if phrase.how in NAMED:
            return False  # "во втором туре выборов нынешнего спикера Анатолия Каминского"
        before = prev_content(doc, phrase.start - 1)
        return before is not None and fold(before.lemma_) in ELECTIONS
    if case != "Nom":
        return False
    after = next_content(doc, phrase.end)
    if after is None:
        return False
    if after.text in DASHES:
        token = next_content(doc, after.i + 1)
        for _ in range(OFFICE_REACH):
            if token is None or token.pos_ in ("VERB", "AUX", "PROPN") or token.is_punct:
                return False
            if token.pos_ == "NOUN":
                return fold(token.lemma_) in POST_WORDS
            token = next_content(doc, token.i + 1)
        return False
    return (
        after.pos_ == "VERB"
        and "Pres" in after.morph.get("Tense")
        and fold(after.text).endswith("ся")
        and fold(after.lemma_) in FILLED_BY
    )

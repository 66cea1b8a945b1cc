"""Copulas after their post: "Президентом становится Джеральд Форд", "Новым премьер-министром
Египта назначен Камаль аль-Ганзури": the name after the copula holds the instrumental post
before it.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ruextract import models
from ruextract.roles.agreement import (
    AHEAD_WINDOW,
    ends_clause,
    one_of,
    person_cases,
)
from ruextract.roles.copulas import COPULAS, POST_WORDS, phrase_case
from ruextract.roles.doc_columns import next_content, prev_content
from ruextract.roles.phrases import (
    Entities,
    Phrase,
)
from ruextract.roles.subjects import POSSESSIVES, SUBJECT_PRONOUNS, last_person
from ruextract.roles.words import NOMINAL_POS, case_of, fold, line_break_between

# verbs and words of modality before a copula: "может стать", "должен стать"
MODALS = frozenset({"мочь", "должен", "должный", "быть"})
PRONOUN_TO_VERB = 3  # words from a subject pronoun to its copula: "он как раз трудился"


def copula_follows(doc: Doc, phrase: Phrase) -> bool:
    """A copula right after a post, past adverbs and words of modality: "новым главой
    министерства стала", "спикером должен был стать" (``person_by_copula_after`` keeps to the
    post's line)."""
    token = next_content(doc, phrase.end)
    while token is not None and (token.pos_ == "ADV" or fold(token.lemma_) in MODALS):
        if fold(token.lemma_) in COPULAS and token.pos_ in ("VERB", "AUX"):
            break  # "быть" is a copula and a word of modality
        token = next_content(doc, token.i + 1)
    return token is not None and token.pos_ in ("VERB", "AUX") and fold(token.lemma_) in COPULAS


def person_by_copula_after(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """The name after a copula that follows an instrumental post: "Президентом становится
    Джеральд Форд", "Новым премьер-министром Египта назначен Камаль аль-Ганзури", "главой
    Bundesbank (ЦБ ФРГ) станет советник канцлера Германии Ангелы Меркель Йенс Вайдман".

    Before the copula only other instrumental posts, adverbs and brackets may stand ("Первой
    женщиной, премьер-министром Израиля, была"); after it the subject's descriptions, up to a
    name that may be nominative, in the same clause (a genitive name there is a complement; a
    possessive there describes the subject: "стал его старший сын Джордж Тупоу")."""
    before = prev_content(doc, phrase.start - 1)
    after_post = before is not None and fold(before.lemma_) in POST_WORDS
    case = phrase_case(doc, phrase)
    if (
        case is not None
        and case != "Ins"
        and not after_post
        and not read_instrumental(doc, phrase)
        and not one_of(doc, phrase, "Ins")  # "одним из двух сановников ... стал Ким Ён Чхоль"
    ):
        return None  # "На пост главы правительства была избрана Аленка Братушек"
    if not after_post and before is not None and before.pos_ == "ADP":
        return None  # "Выступая перед журналистами": the object of a preposition
    sent = ents.sent[phrase.head]
    token = next_content(doc, phrase.end)
    verb = None
    seen = 0
    while token is not None and seen <= AHEAD_WINDOW:
        i = token.i
        if line_break_between(doc, phrase.end - 1, i) or ents.sent[i] != sent:
            return None
        seen += 1
        if token.text == "(":
            while token is not None and token.text != ")" and ents.sent[token.i] == sent:
                token = next_content(doc, token.i + 1)
        elif i in ents.per:
            span = ents.per[i]
            cases = person_cases(span)
            if verb is not None and (not cases or "Nom" in cases):
                return span
            if verb is None or cases != {"Gen"}:
                return None
            token = doc[span.end - 1]
        elif fold(token.text) in SUBJECT_PRONOUNS and token.pos_ == "PRON":
            # "Её финансовым директором он стал в 2006 году": the person the pronoun stands for,
            # the subject of the copula after it ("членом НАТО с 2004 года, она отправила": not)
            ahead = doc[token.i + 1 : token.i + 1 + PRONOUN_TO_VERB]
            copula_after = any(fold(t.lemma_) in COPULAS for t in ahead)
            if verb is None and not after_post and not copula_after:
                return None
            return last_person(doc, token.i, ents)
        elif verb is None:
            if token.pos_ in ("VERB", "AUX") and fold(token.lemma_) in COPULAS:
                verb = token
            elif token.pos_ == "ADP" and next_content(doc, token.i + 1) is not None:
                # "Лучшим актёром в драматическом сериале стал": the place or field of the
                # post, up to the verb (its words are in the case of the preposition)
                token = next_content(doc, token.i + 1)
                while (
                    token is not None
                    and token.pos_ in NOMINAL_POS | {"ADJ", "NUM", "DET"}
                    and case_of(token) not in (None, "Nom")
                ):
                    nxt = next_content(doc, token.i + 1)
                    if nxt is None or nxt.pos_ not in NOMINAL_POS | {"ADJ", "NUM", "DET"}:
                        break
                    token = nxt
            elif not (
                token.pos_ == "ADV"
                or token.text in ("-", "—", "–", ",")
                or joins_place(doc, token, ents)
                or i in ents.place
                or fold(token.lemma_) in MODALS
                or case_of(token) in ("Ins", "Gen")
            ):
                return None  # "главой ... назначил": no copula before the name
        elif token.text == "," or (ends_clause(token) and not possessive(doc, token)):
            return None  # "его старший сын Джордж": a possessive describes the subject
        token = next_content(doc, token.i + 1) if token is not None else None
    return None


def read_instrumental(doc: Doc, phrase: Phrase) -> bool:
    """A post the tagger reads in another case that pymorphy3 may read as instrumental, right
    before a copula ("новой ведущей \"This Week\" стала журналистка": "ведущей" is the genitive,
    dative, instrumental or locative of a noun made from an adjective)."""
    return copula_follows(doc, phrase) and instrumental_reading(doc[phrase.head].text)


@lru_cache(maxsize=5_000)
def instrumental_reading(word: str) -> bool:
    """pymorphy3 has an instrumental reading of ``word`` as a noun or an adjective that declines
    (not "вице", the same in every case)."""
    return any(
        parse.tag.case == "ablt" and parse.tag.POS in ("NOUN", "ADJF") and "Fixd" not in parse.tag
        for parse in models.morph_analyzer().parse(word.lower())
    )


def joins_place(doc: Doc, token: Token, ents: Entities) -> bool:
    """An "и" before another place of a post ("представителем России и СССР при ООН был")."""
    after = next_content(doc, token.i + 1)
    return fold(token.text) == "и" and after is not None and after.i in ents.place


def possessive(doc: Doc, token: Token) -> bool:
    """A possessive pronoun of the third person before the noun it qualifies ("его старший
    сын"), which the tagger reads as a pronoun."""
    if token.pos_ != "PRON" or fold(token.text) not in POSSESSIVES:
        return False
    after = next_content(doc, token.i + 1)
    return after is not None and after.pos_ in ("ADJ", "NOUN", "NUM")

"""Mutation tests for the session-11 word functions of ``roles/fields.py`` left alive in session 13.

Cases that kill the mutants ``benchmarks/mutation.py`` leaves alive in the target
``roles_s13_fields11_words`` (``with_domain``, ``commanded_org``, ``own_words``,
``known_common_noun``, ``joined_org``, ``superior_adjectives``, ``next_nouns_adjective``),
through the pipeline: each case is a sentence and the exact rows it gives.
"""

from __future__ import annotations

import pytest

from ruextract import tables
from tests.conftest import keyed_role_rows as rows

PETROV = "Иван Петров"
SMIRNOV = "Олег Смирнов"
SAID = "заявил об угрозах."
GOVERNOR = (PETROV, "губернатор", "Губернатор", None, None, None, "current")
DEPUTY = "заместителем командующего"

# commanded_org: a post in the genitive that governs an instrumental, a place after that
CASES_COMMANDED = {
    # the phrase ends the text: no word after it to govern (an earlier row says the stage ran)
    "the post ends the text": (
        "Губернатор Иван Петров встретил гостей. Прибыл Олег Смирнов, заместитель командующего",
        [
            GOVERNOR,
            (SMIRNOV, "заместитель командующего", "заместитель командующего", *[None] * 3,
             "current"),
        ],
    ),
    # the place is the text's last word, right after the instrumental
    "the place ends the text": (
        "Олег Смирнов назначен заместителем командующего войсками России",
        [(SMIRNOV, "заместитель", DEPUTY, "командующий войсками России", "ORG", None, "current")],
    ),
    # must not: the instrumental ends the text, no place after it
    "the instrumental ends the text": (
        "Олег Смирнов назначен заместителем командующего войсками",
        [(SMIRNOV, "заместитель командующего", DEPUTY, None, None, None, "current")],
    ),
    # must not: an adjective after the instrumental ends the text, no place after it
    "an adjective ends the text": (
        "Олег Смирнов назначен заместителем командующего войсками бывшего",
        [(SMIRNOV, "заместитель командующего", DEPUTY, None, None, None, "current")],
    ),
    # an adjective that is no part of the place's mention stands between: it is passed
    "an adjective before the place": (
        "Олег Смирнов назначен заместителем командующего войсками бывшего Киевского военного "
        "округа.",
        [
            (SMIRNOV, "заместитель", DEPUTY,
             "командующий войсками бывшего Киевского военного округа", "ORG", None, "current"),
        ],
    ),
}  # fmt: skip

# with_domain: a post's domain after "по" that took a word of it for the org
CASES_DOMAIN = {
    # the post opens the text (its head is the text's first word)
    "a domain post opens the text": (
        f"Советник президента по Интернету Иван Петров {SAID}",
        [
            (PETROV, "советник президента по интернету", "Советник президента по Интернету",
             None, None, None, "current"),
        ],
    ),
    # must not: a country's name (a noun, no adjective) after "по" stays the org
    "a country's name after по": (
        f"Иван Петров, уполномоченный по Сирии, {SAID}",
        [(PETROV, "уполномоченный по", "уполномоченный по Сирии", "Сирия", "COUNTRY", "SY",
          "current")],
    ),
    # a country's adjective there is the domain's, no org (nor the country's key)
    "a country's adjective after по": (
        f"Иван Петров, эксперт по американскому законодательству, {SAID}",
        [
            (PETROV, "эксперт по американскому законодательству",
             "эксперт по американскому законодательству", None, None, None, "current"),
        ],
    ),
}  # fmt: skip

# joined_org: an org's mention continued by "и" and lower-case genitives; superior_adjectives
# and own_words: the adjectives and determiners of the org's own noun
CASES_ORG_WORDS = {
    # the org's mention ends before "и" (the NER reads "Союза издателей" alone): one genitive
    "и and one genitive": (
        f"Иван Петров, вице-президент Союза издателей и полиграфистов, {SAID}",
        [(PETROV, "вице-президент", "вице-президент Союза издателей и полиграфистов",
          "Союз издателей и полиграфистов", "ORG", None, "current")],
    ),
    # the post opens the text (its head is the text's first word)
    "и and one genitive, the post first": (
        f"Вице-президент Союза издателей и полиграфистов Иван Петров {SAID}",
        [(PETROV, "вице-президент", "Вице-президент Союза издателей и полиграфистов",
          "Союз издателей и полиграфистов", "ORG", None, "current")],
    ),
    "и and an adjective with its noun, no other genitive": (
        f"Иван Петров, вице-президент Союза издателей и печатной продукции, {SAID}",
        [(PETROV, "вице-президент", "вице-президент Союза издателей и печатной продукции",
          "Союз издателей и печатной продукции", "ORG", None, "current")],
    ),
    # must not: a nominative after "и" is no genitive of the org's name
    "и and a nominative": (
        "Иван Петров, вице-президент Союза издателей и распространители печатной продукции, "
        f"{SAID}",
        [(PETROV, "вице-президент", "вице-президент Союза издателей", "Союз издателей", "ORG",
          None, "current")],
    ),
    # must not: an org named after "и" by a capitalised noun is an org of its own
    "и and a second org": (
        f"Иван Петров, президент Союза издателей и Ассоциации распространителей, {SAID}",
        [(PETROV, "президент", "президент Союза издателей", "Союз издателей", "ORG", None,
          "current")],
    ),
    "и and an adjective with its noun": (
        "Иван Петров, вице-президент Союза издателей и распространителей печатной продукции, "
        f"{SAID}",
        [
            (PETROV, "вице-президент",
             "вице-президент Союза издателей и распространителей печатной продукции",
             "Союз издателей и распространителей печатной продукции", "ORG", None, "current"),
        ],
    ),
    # superior_adjectives: the superior's adjective goes to the org
    "the superior's adjective": (
        f"Иван Петров, заместитель генерального прокурора России, {SAID}",
        [(PETROV, "заместитель", "заместитель генерального прокурора России",
          "генеральный прокурор России", "ORG", None, "current")],
    ),
    "the superior's adjective, the post's own adjective kept": (
        "Иван Петров, первый заместитель полномочного представителя Правительства России, "
        f"{SAID}",
        [
            (PETROV, "первый заместитель",
             "первый заместитель полномочного представителя Правительства России",
             "полномочный представитель Правительства России", "ORG", None, "current"),
        ],
    ),
    # must not: an adjective before the post itself ("первого"), of the superior's case too,
    # stays the post's own
    "the superior's adjective, the post's own adjective in the genitive too": (
        "Иван Петров освобождён от должности первого заместителя генерального прокурора России.",
        [(PETROV, "первый заместитель", "первого заместителя генерального прокурора России",
          "генеральный прокурор России", "ORG", None, "former")],
    ),
    # own_words: a possessive of the org's noun leaves the role
    "a possessive before the org's noun": (
        f"Иван Петров, лидер своей партии, {SAID}",
        [(PETROV, "лидер", "лидер своей партии", "партия", "ORG", None, "current")],
    ),
}  # fmt: skip

CASES = {**CASES_COMMANDED, **CASES_DOMAIN, **CASES_ORG_WORDS}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_mutants_s13b_fields_words(parse, text, expected):
    assert rows(parse(text)) == expected


def test_mutants_s13b_joined_org_span(parse):
    """joined_org moves the org's end past its genitives: the org's span is all of its name."""
    doc = parse(f"Иван Петров, вице-президент Союза издателей и печатной продукции, {SAID}")
    [row] = tables.roles(doc)
    assert doc.text[row.org_start : row.org_stop] == "Союза издателей и печатной продукции"


ORG_SPANS = {
    # next_nouns_adjective: the org taken by the noun alone starts at its adjective
    "an adjective after the post's noun": (
        f"Иван Петров, глава коптской церкви, {SAID}",
        "коптской церкви",
    ),
    # superior_adjectives: the org starts at the superior's adjective
    "the superior's adjective": (
        f"Иван Петров, заместитель генерального прокурора России, {SAID}",
        "генерального прокурора России",
    ),
}


@pytest.mark.parametrize("text, span", ORG_SPANS.values(), ids=ORG_SPANS.keys())
def test_mutants_s13b_org_spans(parse, text, span):
    """The org's span in the text is all the words the org is named by."""
    doc = parse(text)
    [row] = tables.roles(doc)
    assert doc.text[row.org_start : row.org_stop] == span

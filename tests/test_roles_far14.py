"""Roles, session 14: posts the ranker (``ruextract.roles.holders``) leaves alone by their own
words, whatever their candidates: a superlative's title ("самым ценным игроком", "Лучшему
тренеру года"), an instrumental or a locative, a new holder's, a kinship's or a title's, in
quotes, capitalised inside its sentence, after a possessive, a noun of a relation alone
("сотрудника") (``holders.superlative``, ``holders.nobodys_by_its_words``); and a post whose
copy a rule gave someone is not ranked again (one row on its span).

At threshold 0 the ranker gives every post it ranks its best candidate, so a row on the post
there says the post was ranked. Rows are (key, role, role_text, org, status).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from ruextract.roles import holders
from ruextract.roles.phrases import Entities, find_phrases
from tests.conftest import role_rows as rows

PETROV = "Иван Петров выступил в Омске. Петров рассказал о своих планах."
MET = "Анна Петрова приехала в Омск. Её встретил Олег Сидоров. Зрители"
DRIVER = ("Олег Сидоров", "водитель")


@pytest.fixture
def parse(parse, nlp, monkeypatch):
    """The pipeline with the ranker on and its threshold 0."""
    monkeypatch.setattr(nlp.get_pipe("ruextract_roles"), "rank_holders", True)
    model = replace(holders.load_model(), threshold=0.0)
    monkeypatch.setattr(holders, "load_model", lambda: model)
    return parse


CASES = {
    # must not: a superlative's title is ranked for nobody
    "'самым' before the post": (
        "Нападающий Иван Петров провёл отличный сезон. Объявление Петрова самым ценным "
        "игроком состоялось в понедельник.",
        [("Иван Петров", "нападающий", "Нападающий", None, "current")],
    ),
    "a form of 'лучший' opening the post": (
        f"{PETROV} Лучшему тренеру года вручат приз в мае.",
        [],
    ),
    "a form of 'лучший' inside the post": (f"{MET} ждали лучшего водителя.", []),
    # must not: the words of the post say it is no one's named around it
    "an instrumental: a predicate's": (f"{MET} говорили с водителем.", []),
    "a locative": (f"{MET} говорили о водителе.", []),
    "capitalised inside its sentence": (f"{MET} ждали Водителя.", []),
    "a new holder's": (f"{MET} ждали нового водителя.", []),
    "in quotes": (f"{MET} ждали «водителя».", []),
    "after a kinship noun": (f"{MET} ждали мать водителя.", []),
    "after a possessive": (f"{MET} ждали его водителя.", []),
    "a post opening a quote that opens its sentence": (
        "Иван Петров выступил в Омске. «Ректор ушёл», — сказал Олег Сидоров.",
        [],
    ),
    "a noun of a relation alone": (f"{MET} ждали сотрудника.", []),
    "another noun of a relation alone": (f"{MET} ждали руководителя.", []),
    # must match: the same posts with none of those words are ranked
    "a noun of a relation with its complement": (
        f"{MET} ждали сотрудника музея.",
        [("Олег Сидоров", "сотрудник", "сотрудника музея", "музей", "current")],
    ),
    "a bare genitive post": (
        f"{MET} ждали водителя.",
        [(*DRIVER, "водителя", None, "current")],
    ),
    "a plain adjective inside the post": (
        f"{MET} ждали опытного водителя.",
        [(*DRIVER, "опытного водителя", None, "current")],
    ),
    "a post opening its sentence, no quotes": (
        "Иван Петров выступил в Омске. Ректор ушёл, сказал Олег Сидоров.",
        [("Иван Петров", "ректор", "Ректор", None, "current")],
    ),
    # must not change: the emphatic "сам" is no superlative
    "the emphatic 'сам'": (
        f"{PETROV} Сам продюсер отвергает обвинения.",
        [("Иван Петров", "продюсер", "Сам продюсер", None, "current")],
    ),
    # must not: a rule gave a copy of the post its holder ("этот пост"): one row, not two
    "a post a rule gave through its copy": (
        "Махмуд Ахмадинеджад выступил в Тегеране. Основная власть в Иране принадлежит "
        "президенту. Он занимал этот пост восемь лет.",
        [("Махмуд Ахмадинеджад", "президент", "президенту", "Иран", "current")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), CASES.values(), ids=CASES.keys())
def test_posts_left_alone_by_their_words(parse, text, expected):
    assert rows(parse(text)) == expected


PHRASES = {
    "самым ценным игроком": True,
    "Лучшему тренеру года": True,
    "ценным игроком": False,
    "Опытному тренеру": False,
    "Сам продюсер": False,
}


@pytest.mark.parametrize(("text", "expected"), PHRASES.items(), ids=PHRASES.keys())
def test_superlative(parse, text, expected):
    doc = parse(f"Иван Петров выступил в Омске. {text} приехал в Омск.")
    phrases = {doc[p.start : p.end].text: p for p in find_phrases(doc, Entities.of(doc))}
    assert holders.superlative(doc, phrases[text]) is expected

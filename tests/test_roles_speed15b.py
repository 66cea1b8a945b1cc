"""Roles, session 15 (speed15b): linking's cost cut with no answer changed.

Each fast path gives what the plain path gives, on made-up news sentences:

- ``link_memo``: ``one_of`` (by a phrase's start), ``phrase_case`` (by start, head and status)
  and ``person_cases`` (by a mention's offsets) kept for a ``find_roles`` call answer as each
  read afresh does, whatever the order of the questions, for phrases moved to other starts and
  statuses around the same head (what a key too coarse would confuse);
- ``agreement.man_in_oblique`` over the per-document index of two-word mentions answers as the
  walk over every mention of the document did;
- ``ahead.person_ahead`` skips a phrase with no name after it in its sentence (``name_ahead``):
  the walk gives no name there either;
- ``lists.as_well`` reads at most four words: the same answer as the tuple of every word
  between;
- ``agreement.first_gender``: ``names.first_name_gender`` kept by first name;
- the stage's rows are the same with every memo read afresh and every shortcut off.
"""

from __future__ import annotations

import random
from dataclasses import replace
from functools import partial

import pytest

from ruextract.names import first_name_gender
from ruextract.people import words
from ruextract.roles import (
    RoleFinder,
    agreement,
    ahead,
    appositions,
    copula_after,
    copulas,
    linking,
    lists,
    quotes,
    subjects,
)
from ruextract.roles.agreement import mention_cases, one_of, person_cases, person_gender
from ruextract.roles.copulas import phrase_case, read_phrase_case
from ruextract.roles.link_memo import LinkMemo, fresh_memo
from ruextract.roles.phrases import Entities, find_phrases
from ruextract.roles.span_values import span_value
from ruextract.roles.words import fold, line_break_between

# made-up news sentences: posts after "один из" in several cases, acting posts and indeclinable
# abbreviations, a lone surname the article declines, lists joined by "а также", posts with
# names far after them or none at all, names in oblique cases
SENTENCES = [
    "Одним из лучших вратарей сезона стал Иван Корнеев, сообщил главный тренер клуба Олег Смирнов.",
    "Адвокат Маркива заявил, что суд отпустит Виталия Маркива под залог. Защита Виталия "
    "Маркива обжалует приговор.",
    "Исполняющим обязанности главного тренера «Зенита» назначен Павел Громов, а и. о. "
    "министра спорта остался Пётр Лесков.",
    "Замдиректора ФСБ Андрей Сизов встретился с одним из руководителей полиции Франции "
    "Жаном Мартеном.",
    "Сергей Белов работал руководителем департамента, а также заместителем председателя "
    "комитета, после чего возглавил фонд.",
    "Пресс-секретарю экс-президента Бориса Ельцина Сергею Ястржембскому вручили орден, "
    "сообщил представитель администрации.",
    "Министры финансов стран «двадцатки» обсудили долги. Глава Минфина Антон Силуанов "
    "выступил первым.",
    "Сенатор от штата Огайо Джон Гленн и один из астронавтов миссии, Скотт Карпентер, "
    "встретились со студентами.",
    "Новым директором театра стала Анна Лебедева, а художественным руководителем — Игорь "
    "Нестеров.\nМэр города Олег Рябов\nа также его заместитель поздравили труппу.",
]


@pytest.fixture(scope="module")
def docs(parse):
    return [parse(text) for text in SENTENCES]


def phrases_around(doc, ents):
    """The doc's phrases, each also moved to every start up to three words before its head and
    with the acting status: phrases that share a head, a start or a status with others."""
    found = []
    for phrase in find_phrases(doc, ents):
        for start in range(max(0, phrase.head - 3), phrase.head + 1):
            for status in {phrase.status, "acting"}:
                found.append(replace(phrase, start=start, status=status))
    return found


def afresh(doc, read):
    """``read()`` with the document's memos emptied first: the plain path."""
    fresh_memo(doc)
    return read()


def test_roles_memo_answers_as_each_read_afresh(docs):
    cases = (None, "Nom", "Gen", "Dat", "Acc", "Ins", "Loc")
    seen_one, seen_none_case = set(), 0
    for doc in docs:
        ents = Entities.of(doc)
        around = phrases_around(doc, ents)
        questions = (
            [partial(one_of, doc, phrase, case) for phrase in around for case in cases]
            + [partial(phrase_case, doc, phrase) for phrase in around]
            + [partial(person_cases, span) for span in set(ents.per.values())]
        )
        plain = [afresh(doc, read) for read in questions]
        order = list(range(len(questions)))
        random.Random(15).shuffle(order)
        fresh_memo(doc)
        shared = {n: questions[n]() for n in order}  # one memo for all, in another order
        assert [shared[n] for n in range(len(questions))] == plain
        for phrase in phrases_around(doc, ents):
            if one_of(doc, phrase):
                seen_one.add(next(c for c in cases[1:] if one_of(doc, phrase, c)))
            seen_none_case += phrase_case(doc, phrase) is None
            assert phrase_case(doc, phrase) == read_phrase_case(doc, phrase)
    assert {"Ins", "Nom"} <= seen_one  # "Одним из лучших вратарей", "один из астронавтов"
    assert seen_none_case  # "и. о. министра", "Замдиректора ФСБ"


def test_roles_person_cases_a_new_set_each_call(docs):
    for doc in docs:
        fresh_memo(doc)
        for span in Entities.of(doc).per.values():
            cases = person_cases(span)
            assert cases == mention_cases(span)
            cases.add("Voc")  # the caller's own set: the memo keeps its answer
            assert person_cases(span) == mention_cases(span)


def oblique_by_every_mention(name) -> bool:
    """``man_in_oblique`` as it read every mention of the document (session 14)."""
    record = span_value(name, "person")
    if len(name) != 1 or record is None or not record.first or person_gender(name) != "masc":
        return False
    word, first = fold(name[0].text), fold(record.first)
    key = span_value(name, "key")
    oblique = False
    for other in name.doc.ents:
        if other.label_ != "PER" or span_value(other, "key") != key or len(other) < 2:
            continue
        if fold(other[-1].text) != word:
            continue
        if fold(other[0].text) == first:
            return False
        oblique = oblique or fold(other[0].text)[: len(first) - 1] == first[:-1]
    return oblique


def test_roles_man_in_oblique_by_the_index_of_mentions(docs):
    oblique = 0
    for doc in docs:
        fresh_memo(doc)
        for span in doc.ents:
            if span.label_ == "PER":
                assert agreement.man_in_oblique(span) == oblique_by_every_mention(span)
                oblique += agreement.man_in_oblique(span)
    assert oblique  # "Адвокат Маркива заявил": the article declines Виталий Маркив


def test_roles_person_ahead_skips_only_phrases_with_no_name_ahead(docs, monkeypatch):
    found, skipped = [], 0
    for doc in docs:
        ents = Entities.of(doc)
        for phrase in phrases_around(doc, ents):
            for plural in (False, True):
                moved = replace(phrase, plural=plural)
                fresh_memo(doc)
                found.append(ahead.person_ahead(doc, moved, ents))
                skipped += not ahead.name_ahead(moved, ents)
    monkeypatch.setattr(ahead, "name_ahead", lambda phrase, ents: True)
    walked = []
    for doc in docs:
        ents = Entities.of(doc)
        for phrase in phrases_around(doc, ents):
            for plural in (False, True):
                fresh_memo(doc)
                walked.append(ahead.person_ahead(doc, replace(phrase, plural=plural), ents))
    assert found == walked
    assert skipped and any(name is not None for name in found)


def every_word_between(doc, first: int, stop: int) -> bool:
    """``as_well`` as it read every word from ``first`` to ``stop`` (session 14)."""
    words = tuple(fold(t.text) for t in doc[first:stop] if not t.is_space)
    return words in (lists.AS_WELL, lists.AS_WELL[1:]) and not line_break_between(doc, first, stop)


def test_roles_as_well_reads_at_most_four_words(docs):
    joined = 0
    for doc in docs:
        for first in range(len(doc)):
            for stop in range(first, min(len(doc), first + 8) + 1):
                assert lists.as_well(doc, first, stop) == every_word_between(doc, first, stop)
                joined += lists.as_well(doc, first, stop)
    assert joined  # ", а также заместителем"


def test_roles_first_gender_is_names_first_name_gender(docs):
    agreement.first_gender.cache_clear()
    firsts = {
        record.first
        for doc in docs
        for span in doc.ents
        if (record := span_value(span, "person")) is not None and record.first
    }
    assert len(firsts) > 10
    for first in sorted(firsts) * 2:  # the second round from the cache
        assert agreement.first_gender(first) == first_name_gender(first)


def test_roles_rows_with_every_read_afresh(docs, monkeypatch):
    """The stage's rows are the same with a new memo for every read and every shortcut off."""
    finder = RoleFinder()
    fast = [[span._.role for span in finder(doc).spans["roles"]] for doc in docs]
    for module in (agreement, copulas):
        monkeypatch.setattr(module, "link_memo", LinkMemo)  # a new, empty memo each read
    monkeypatch.setattr(ahead, "name_ahead", lambda phrase, ents: True)
    monkeypatch.setattr(lists, "as_well", every_word_between)
    monkeypatch.setattr(agreement, "first_gender", first_name_gender)
    for module in (agreement, ahead, appositions, copula_after, copulas, linking, lists, quotes):
        monkeypatch.setattr(module, "next_content", words.next_content)
    for module in (agreement, ahead, copula_after, copulas, linking, lists, subjects):
        monkeypatch.setattr(module, "prev_content", words.prev_content)
    plain = [[span._.role for span in finder(doc).spans["roles"]] for doc in docs]
    assert plain == fast
    assert sum(map(len, fast)) >= len(SENTENCES)  # posts found: the comparison says something


def test_roles_memos_do_not_stay_with_the_processed_document(docs):
    """``find_roles`` makes the call's memos and drops them: a processed document carries no
    ``link_memo`` to the tables, a worker's pickle or memory."""
    from ruextract.roles import link_memo

    finder = RoleFinder()
    for doc in docs:
        finder(doc)
        assert link_memo.KEY not in doc.user_data
    assert any(len(doc.spans["roles"]) for doc in docs)  # the memos were used: posts found

"""LookaheadParser: the same matches as yargy's own Parser, on every grammar we use."""

from __future__ import annotations

import gc

import pytest
from yargy import Parser, and_, not_, or_, rule
from yargy.parser import Context
from yargy.predicates import caseless, dictionary, eq, gram, gte, in_, in_caseless, normalized
from yargy.predicates import type as type_
from yargy.relations import gnc_relation

from ruextract.grammars import dates as date_grammar
from ruextract.grammars import money, percent
from ruextract.grammars import parser as parser_module
from ruextract.grammars.money import MONEY
from ruextract.grammars.numbers import TOKENIZER
from ruextract.grammars.parser import (
    ANY,
    LookaheadParser,
    PredicateIndex,
    anchored,
    first_predicates,
    state_key,
)
from ruextract.grammars.percent import PERCENT
from ruextract.grammars.quantity import QUANTITY

PHRASES = {
    "date": "С 1 по 5 марта 2023 года, два года назад и в XIX веке; в прошлом году он родился",
    "weekday": "Во вторник, 3 января 2024 года, в течение года и за 10 месяцев 2023 года",
    "money": "Товарооборот составил 21,4 миллиарда долларов, от 3 тыс. до 5 тыс. рублей",
    "percent": "рост на 5,3% и почти на треть, около 40 процентов, до 7,5 п.п.",
    "quantity": "свыше 2000 человек, 1 844 036 тонн, сотни тысяч беженцев и 50-70 км",
    "nothing": "Правоохранительные органы Киргизии обнаружили в доме винтовки",
}
GRAMMARS = {
    "dates": (date_grammar.DATE, date_grammar.parser().tokenizer),
    "money": (MONEY, TOKENIZER),
    "percent": (PERCENT, TOKENIZER),
    "quantity": (QUANTITY, TOKENIZER),
}


def found(parser: Parser, text: str) -> list[tuple]:
    return [(m.span.start, m.span.stop, repr(m.fact)) for m in parser.findall(text)]


@pytest.mark.parametrize("through_nullable", [True, False], ids=["through_nullable", "exact"])
@pytest.mark.parametrize("phrase", PHRASES.values(), ids=PHRASES.keys())
@pytest.mark.parametrize("grammar", GRAMMARS.values(), ids=GRAMMARS.keys())
def test_lookahead_parser_matches_yargy(grammar, phrase, through_nullable):
    top, tokenizer = grammar
    expected = found(Parser(top, tokenizer=tokenizer), phrase)
    parser = LookaheadParser(top, tokenizer=tokenizer, through_nullable=through_nullable)
    assert found(parser, phrase) == expected


def test_lookahead_parser_finds_dates():
    matches = found(date_grammar.parser(), "в декабре 2014 года")
    assert [(start, stop) for start, stop, _ in matches] == [(0, 19)]


def test_first_predicates_look_through_an_optional_word():
    top = rule(eq("а").optional(), gram("NOUN"))
    parser = LookaheadParser(or_(top, rule(eq("б"))))
    first, nullable = first_predicates(parser.rule)
    assert len(nullable) == 1  # the optional "а"
    assert ANY not in first.values()
    exact, none = first_predicates(parser.rule, through_nullable=False)
    assert ANY in exact.values() and not none
    yargy = Parser(or_(top, rule(eq("б"))))
    for text in ("а дом", "дом", "б", "в"):
        assert [m.span for m in parser.findall(text)] == [m.span for m in yargy.findall(text)]


ANCHORED = {
    "money": (MONEY, money.ANCHORS),
    "percent": (PERCENT, percent.ANCHORS),
}
ANCHOR_PHRASES = [
    *PHRASES.values(),
    "цена выросла до 30 долл. США за баррель, $15 млн и 2,5 тыс. руб.",
    "70-процентное увеличение, рост на 3 процентных пункта и 12 %",
    "свыше 3 тыс. человек, 5 млн тонн и 2 млрд кубометров газа",  # numbers without a unit
    "Индекс вырос на 12 пунктов",
]


@pytest.mark.parametrize("phrase", ANCHOR_PHRASES)
@pytest.mark.parametrize("grammar", ANCHORED.values(), ids=ANCHORED.keys())
def test_anchored_parser_matches_yargy(grammar, phrase):
    top, anchors = grammar
    expected = found(Parser(top, tokenizer=TOKENIZER), phrase)
    assert found(LookaheadParser(top, tokenizer=TOKENIZER, anchors=anchors), phrase) == expected


def test_anchored_parser_skips_a_text_without_an_anchor():
    parser = LookaheadParser(MONEY, tokenizer=TOKENIZER, anchors=money.ANCHORS)
    chart = parser.chart("свыше 3 тыс. человек и 5 млн тонн")
    assert not any(column.states for column in chart.columns)
    chart = parser.chart("свыше 3 тыс. рублей")
    assert any(column.states for column in chart.columns)


def test_grammar_anchors_are_in_every_alternative():
    assert anchored(MONEY, money.ANCHORS) and anchored(PERCENT, percent.ANCHORS)
    # without the currency adjective ("50-долларовый") one alternative has no anchor
    assert not anchored(MONEY, money.ANCHORS[:2])
    assert not anchored(PERCENT, percent.ANCHORS[:1])
    assert not anchored(QUANTITY, percent.ANCHORS)


@pytest.mark.parametrize("collector_on", [True, False], ids=["gc_on", "gc_off"])
def test_findall_leaves_no_garbage_and_the_collector_as_it_was(collector_on):
    parser = date_grammar.parser()
    phrase = PHRASES["date"]
    expected = [m.span for m in Parser(date_grammar.DATE, parser.tokenizer).findall(phrase)]
    parser.findall(phrase)  # warm the caches, which are not garbage
    gc.collect()
    if not collector_on:
        gc.disable()
    try:
        matches = parser.findall(phrase)
        enabled = gc.isenabled()
        gc.disable()  # from here on only the explicit collection below runs
        # the chart's columns and states were freed by reference counting: no cycles left over
        assert gc.collect() == 0
    finally:
        gc.enable()
    assert enabled is collector_on
    assert [m.span for m in matches] == expected


@pytest.mark.parametrize("phrase", [*PHRASES.values(), *ANCHOR_PHRASES[-4:]])
@pytest.mark.parametrize("grammar", GRAMMARS.values(), ids=GRAMMARS.keys())
def test_lookahead_chart_makes_no_state_twice(grammar, phrase):
    # yargy's columns drop a state equal to one they hold; ours keep every state: none may
    # be made twice
    top, tokenizer = grammar
    chart = LookaheadParser(top, tokenizer=tokenizer).chart(phrase)
    for column in chart.columns:
        keys = [state_key(state) for state in column.states]
        assert len(keys) == len(set(keys))
    if found(Parser(top, tokenizer=tokenizer), phrase):
        assert any(column.states for column in chart.columns)


@pytest.mark.parametrize("kept", [1, 2, parser_module.COMPOSED_CACHE])
def test_predicate_index_answers_as_the_predicates(kept, monkeypatch):
    # the compositions' answers are kept per set of simple answers: with room for one or
    # two sets the store is emptied again and again, and the answers stay the same
    monkeypatch.setattr(parser_module, "COMPOSED_CACHE", kept)
    tokens = list(TOKENIZER("В Марте 5 тыс. РУБЛЕЙ, млрд и 2024 год: не в марте"))
    predicates = [
        eq("В"), caseless("марте"), in_({"тыс", "млн"}), in_caseless({"рублей"}), in_("РУБЛЕЙ"),
        dictionary({"март", "рубль"}), normalized("год"), type_("INT"), gram("NOUN"),
        and_(type_("RU"), not_(caseless("марте"))), or_(eq("млрд"), gte(2000)), not_(eq("В")),
        gram("VERB"), and_(gram("gent"), not_(gram("plur"))),
    ]  # fmt: skip
    predicates = [p.activate(Context(TOKENIZER)) for p in predicates]
    index = PredicateIndex(predicates)
    # 9 of them and 6 parts of the compositions; in_ over a string (substrings) is called
    assert len(index.indexed) == 15
    for token in tokens + tokens:  # each again, answered from the store
        expected = {id(p) for p in predicates if p(token)}
        assert index.matched(token) & {id(p) for p in predicates} == expected, token.value
    assert 0 < len(index._composed) <= kept


def test_parser_with_relations_keeps_yargy_matches():
    # a grammar with agreement drops trees whose words disagree: its spans are resolved only
    # after the matches are made, as yargy does; without relations they are resolved first
    gnc = gnc_relation()
    top = rule(gram("ADJF").match(gnc), gram("NOUN").match(gnc).repeatable(max=2))
    parser = LookaheadParser(top)
    assert parser.has_relations and not date_grammar.parser().has_relations
    text = "новый дом, новая дома, новую маму папу и новыми домами"
    expected = [(m.span, [t.value for t in m.tokens]) for m in Parser(top).findall(text)]
    assert [(m.span, [t.value for t in m.tokens]) for m in parser.findall(text)] == expected
    assert len(expected) == 3


def test_parsers_with_one_tokenizer_share_the_last_text_tokens():
    """The facts grammars read the same windows: the second parser takes the first one's
    tokens of the same text; another text, or another tokenizer, is tokenized anew."""
    money, quantity = LookaheadParser(MONEY, TOKENIZER), LookaheadParser(QUANTITY, TOKENIZER)
    dates = date_grammar.parser()
    text, other = PHRASES["money"], PHRASES["quantity"]
    first = money.tokens(text)
    assert quantity.tokens(text) is first
    assert [t.value for t in first] == [t.value for t in TOKENIZER(text)]
    assert quantity.tokens(other) is not first
    assert money.tokens(text) is not first  # the last text was another one
    shared = money.tokens(text)
    assert dates.tokens(text) is not shared  # pymorphy3's tokenizer, not the numbers one
    # matches as yargy's own parsers, with the tokens shared
    for top, parser in ((MONEY, money), (QUANTITY, quantity)):
        assert found(parser, text) == found(Parser(top, tokenizer=TOKENIZER), text)

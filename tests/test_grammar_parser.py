"""LookaheadParser: the same matches as yargy's own Parser, on every grammar we use."""

from __future__ import annotations

import pytest
from yargy import Parser, or_, rule
from yargy.predicates import eq, gram

from ruextract.grammars import dates as date_grammar
from ruextract.grammars.money import MONEY
from ruextract.grammars.numbers import TOKENIZER
from ruextract.grammars.parser import ANY, LookaheadParser, first_predicates
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

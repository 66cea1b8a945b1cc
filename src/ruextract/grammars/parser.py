"""A yargy ``Parser`` that predicts only what the next token can start: same matches, faster.

yargy's Earley chart predicts, at every token, every production of every rule reachable from
the top rule (``findall`` looks for matches starting anywhere), and most of those states die at
once because the next token cannot start them: with the date grammar about nine states in ten
are such dead predictions. :class:`LookaheadParser` computes, once per grammar, the predicates
that can begin each rule (its FIRST set, looking through rules that may be empty) and skips a
prediction that cannot begin with the next token; it also predicts a rule only once per token
(yargy predicts it again and drops the copies). The date grammar runs about ten times faster
than with yargy's parser, the numeric fact grammars about four times.

The matches are yargy's. With ``through_nullable=False`` a production is skipped only when its
first term cannot start with the token and no rule that predicting it would bring in may be
empty: such a state could only be scanned (and fail) or predict rules just as dead, so every
surviving state is appended in the same order with the same rank as in yargy's parser (exact by
construction). With ``through_nullable=True`` (the default) productions that begin with rules
that may be empty are judged on what can follow them too; a skipped state still never consumes
a token, but it may have predicted an empty rule earlier than the state that predicts it now.
This gives the same matches as yargy on the 746 NEREL train articles for the date and the fact
grammars (checked with ``benchmarks/same_tables.py`` and ``tests/test_grammar_parser.py``).
yargy's pipelines (productions chosen by the token) are always predicted, as yargy does.

A grammar every match of which holds a token of some rules (money: a currency; percentages:
a percent sign or word) may name those rules as ``anchors``: a text none of whose tokens can
begin an anchor has no match, and the chart is not run on it (most windows around numbers hold
no currency). Which rules are anchors is the grammar's claim; :func:`anchored` checks it. The
anchors' "normal form in a set" predicates are merged into one set lookup.

:meth:`LookaheadParser.findall` builds the chart with Python's cyclic garbage collector paused
and cuts the chart's cycles afterwards (see there): the collections that the chart's many small
objects set off, each walking every object of the process, took two thirds of the date
grammar's time in the pipeline.

:class:`CachedMorph` keeps the morphology of the most recent words (the date grammar's
tokenizer asks pymorphy3 for every token of every window).
"""

from __future__ import annotations

import gc
from collections import OrderedDict
from functools import lru_cache

from yargy import Parser
from yargy import rule as yargy_rule
from yargy.morph import MorphAnalyzer
from yargy.parser import Chart, Column, Context, State, prepare_resolved_matches, prepare_trees
from yargy.predicates.bank import DictionaryPredicate
from yargy.rule.bnf import BNFRule, is_rule
from yargy.tree import Leaf, Node

ANY = None  # FIRST set of a rule that may start with anything


def reachable_rules(start: BNFRule) -> dict[int, BNFRule]:
    """Every rule reachable from ``start``, by ``id``."""
    rules: dict[int, BNFRule] = {}
    stack = [start]
    while stack:
        rule = stack.pop()
        if id(rule) in rules:
            continue
        rules[id(rule)] = rule
        for production in rule.productions:
            stack.extend(term for term in production.terms if is_rule(term))
    return rules


def nullable_rules(rules: dict[int, BNFRule]) -> set[int]:
    """Ids of the rules that may match no token at all."""
    nullable: set[int] = set()
    changed = True
    while changed:
        changed = False
        for key, rule in rules.items():
            if key not in nullable and any(
                all(is_rule(term) and id(term) in nullable for term in production.terms)
                for production in rule.productions
            ):
                nullable.add(key)
                changed = True
    return nullable


def first_predicates(
    start: BNFRule, through_nullable: bool = True
) -> tuple[dict[int, tuple | None], set[int]]:
    """For every rule reachable from ``start`` (by ``id``): the predicates it can begin with;
    and the ids of the rules that may be empty.

    ``None`` (:data:`ANY`) marks a rule that predicts its productions from the token (yargy's
    pipelines) or begins with such a rule, and, with ``through_nullable`` false, any rule
    that may be empty or begins with one: always predicted.
    """
    rules = reachable_rules(start)
    nullable = nullable_rules(rules)
    first: dict[int, dict[int, object]] = {key: {} for key in rules}
    anything = {key for key, rule in rules.items() if type(rule).predict is not BNFRule.predict}
    if not through_nullable:
        anything |= nullable
    changed = True
    while changed:
        changed = False
        for key, rule in rules.items():
            if key in anything:
                continue
            for production in rule.productions:
                for term in production.terms:
                    if not is_rule(term):
                        if id(term) not in first[key]:
                            first[key][id(term)] = term
                            changed = True
                        break
                    if id(term) in anything:
                        anything.add(key)
                        changed = True
                        break
                    new = first[id(term)].keys() - first[key].keys()
                    if new:
                        first[key].update((n, first[id(term)][n]) for n in new)
                        changed = True
                    if not through_nullable or id(term) not in nullable:
                        break
                if key in anything:
                    break
    found = {key: ANY if key in anything else tuple(first[key].values()) for key in rules}
    return found, (nullable if through_nullable else set())


class CachedMorph(MorphAnalyzer):
    """yargy's ``MorphAnalyzer`` over a given pymorphy3 analyzer, the forms of the most recent
    words cached (as yargy's own ``CachedMorphAnalyzer`` does for its default analyzer)."""

    __call__ = lru_cache(maxsize=16384)(MorphAnalyzer.__call__)


class FastColumn(Column):
    """yargy's ``Column`` with the state hash computed inline (the same value as yargy's)."""

    def append(self, state) -> None:
        value = hash(
            (
                id(state.rule),
                id(state.production),
                state.dot_index,
                state.start_column.index,
                state.stop_column.index,
                tuple(map(id, state.node.children)),
            )
        )
        if value not in self.hashes:
            self.hashes.add(value)
            self.states.append(state)
            terms = state.production.terms
            if state.dot_index < len(terms):
                term = terms[state.dot_index]
                if isinstance(term, BNFRule):
                    self.states_index[id(term)].append(state)


def release(chart: Chart) -> None:
    """Cut the reference cycles of ``chart`` (columns ↔ states) once its matches are made."""
    for column in chart.columns:
        column.states = []
        column.states_index = None
        column.hashes = None
    chart.columns = []


class TokenView:
    """What the grammar makes of one token text: predicate results, rules it can start, and
    per rule the productions worth predicting before it (filled as the parser asks)."""

    __slots__ = ("anchor", "predicates", "productions", "rules", "token")

    def __init__(self, token) -> None:
        self.token = token
        self.anchor: bool | None = None  # whether the token can begin an anchor
        self.predicates: dict[int, bool] = {}
        self.rules: dict[int, bool] = {}
        self.productions: dict[int, list] = {}

    def matches(self, predicate) -> bool:
        """``predicate(token)``, computed once."""
        value = self.predicates.get(id(predicate))
        if value is None:
            value = self.predicates[id(predicate)] = bool(predicate(self.token))
        return value


def anchor_predicates(anchors: tuple, context: Context) -> tuple | None:
    """The predicates that can begin one of the rules (or predicates) ``anchors``, activated
    as the parser's own (None: anything can)."""
    found: list = []
    for anchor in anchors:
        start = yargy_rule(anchor).activate(context).normalized.as_bnf.start
        first = first_predicates(start)[0][id(start)]
        if first is ANY:
            return None
        found.extend(first)
    # "normal form in a set" predicates (``normalized``, ``dictionary``) merge into one: a
    # token matches the union exactly when it matches one of them
    words = [p for p in found if type(p) is DictionaryPredicate]
    if len(words) > 1:
        union = DictionaryPredicate(frozenset().union(*(p.value for p in words)))
        found = [union, *(p for p in found if type(p) is not DictionaryPredicate)]
    return tuple(found)


def anchored(top, anchors: tuple) -> bool:
    """True when every alternative of the rule ``top`` (an ``or_`` of ``rule``s, interpreted
    or not) has among its terms one of ``anchors`` itself (not optional, not repeated): then
    every match holds an anchor."""
    node = top
    while not hasattr(node, "productions") and not hasattr(node, "rules"):
        node = node.rule  # an interpretation of a rule
    alternatives = node.rules if hasattr(node, "rules") else [node]
    return all(
        any(term is anchor for term in production.terms for anchor in anchors)
        for alternative in alternatives
        for production in alternative.productions
    )


class LookaheadParser(Parser):
    """yargy's ``Parser`` with one-token lookahead on predictions (see module docstring).

    What a token allows depends only on its kind and text (yargy's predicates read the type,
    the text and the morphology of the text), so it is worked out once per token text and
    kept for the ``cache_size`` most recent texts.
    """

    def __init__(
        self,
        rule,
        tokenizer=None,
        tagger=None,
        cache_size: int = 8192,
        through_nullable: bool = True,
        anchors: tuple = (),
    ) -> None:
        super().__init__(rule, tokenizer=tokenizer, tagger=tagger)
        self.first, self.nullable = first_predicates(self.rule, through_nullable)
        context = Context(self.tokenizer, self.tagger)
        self.anchors = anchor_predicates(anchors, context) if anchors else None
        self.cache_size = cache_size
        self._views: OrderedDict[tuple, TokenView] = OrderedDict()
        self._column = None
        self._predicted: set[int] = set()

    def view(self, token) -> TokenView | None:
        """The :class:`TokenView` of ``token`` (None after the last token)."""
        if token is None:
            return None
        key = (type(token), token.type, token.value)
        view = self._views.get(key)
        if view is None:
            view = self._views[key] = TokenView(token)
            if len(self._views) > self.cache_size:
                self._views.popitem(last=False)
        else:
            self._views.move_to_end(key)
        return view

    def findall(self, text) -> list:
        """yargy's ``Parser.findall`` (the same matches, in the same order), as a list.

        The chart is built with Python's cyclic garbage collector paused: a chart is hundreds of
        small objects made at once, and each allocation burst would start a collection that
        walks every object of the process (spaCy's and the models' too) — two thirds of the
        date grammar's time. The chart's own cycles (a column holds its states, a state its
        columns) are then cut, so reference counting frees it when the matches are made and no
        garbage is left for the collector.
        """
        paused = gc.isenabled()
        gc.disable()
        try:
            chart = self.chart(text)
            states = [state for column in chart.columns for state in column.matches(self.rule)]
            found = list(prepare_resolved_matches(sorted(prepare_trees(states))))
            release(chart)
        finally:
            if paused:
                gc.enable()
        return found

    def chart(self, text, all=True):
        """yargy's ``Parser.chart``, with :class:`FastColumn` columns and the loop inlined."""
        tokens = self.tagger(self.tokenizer(text))
        chart = Chart.__new__(Chart)
        chart.tokens = list(tokens)
        chart.columns = [FastColumn(0, None)]
        for index, token in enumerate(chart.tokens, 1):
            chart.columns.append(FastColumn(index, token))
        columns = chart.columns
        size = len(columns)
        views = [self.view(token) for token in chart.tokens] + [None]
        if self.anchors is not None and not any(map(self._anchor, views[:-1])):
            return chart  # no token can begin an anchor: no match (columns without states)
        for index, column in enumerate(columns):
            next_column = columns[index + 1] if index + 1 < size else None
            view = views[index]  # of the next column's token
            self._column = column
            self._predicted = set()
            if index == 0 or all:
                self._predict(column, view, self.rule)
            for state in column.states:  # sees the states appended while it runs
                terms = state.production.terms
                if state.dot_index >= len(terms):
                    self.complete(column, state)
                else:
                    term = terms[state.dot_index]
                    if isinstance(term, BNFRule):
                        self._predict(column, view, term)
                    elif next_column is not None and view.matches(term):
                        leaf = Leaf(term, term.constrain(next_column.token))
                        next_state = State(
                            state.rule,
                            state.production,
                            dot_index=state.dot_index + 1,
                            start_column=state.start_column,
                            stop_column=next_column,
                            node=state.node.attached(leaf),
                        )
                        next_column.append(next_state)
        return chart

    def _anchor(self, view: TokenView) -> bool:
        if view.anchor is None:
            view.anchor = any(view.matches(predicate) for predicate in self.anchors)
        return view.anchor

    def _can_start(self, rule, view: TokenView | None) -> bool:
        first = self.first.get(id(rule), ANY)
        if first is ANY:
            return True
        if view is None:
            return False
        value = view.rules.get(id(rule))
        if value is None:
            value = view.rules[id(rule)] = any(view.matches(p) for p in first)
        return value

    def _viable(self, rule, view: TokenView | None) -> list[tuple[int, object]]:
        """(rank, production) of the productions of ``rule`` that the token can start."""
        if view is None:
            productions = rule.productions
        else:
            productions = rule.predict(view.token)
        viable = []
        for index, production in enumerate(productions):
            for term in production.terms:  # all terms may be empty: viable
                if not is_rule(term):
                    if view is None or not view.matches(term):
                        break
                    viable.append((index, production))
                    break
                if self._can_start(term, view):
                    viable.append((index, production))
                    break
                if id(term) not in self.nullable:
                    break
            else:
                viable.append((index, production))
        return viable

    def _predict(self, column, view: TokenView | None, rule) -> None:
        """yargy's ``predict``, less the productions that the next token cannot start.

        A rule already predicted in this column is not predicted again (yargy would only
        make the same states again and drop them as duplicates). After the last token only
        what may be empty is predicted: nothing else can advance there.
        """
        if id(rule) in self._predicted:
            return
        self._predicted.add(id(rule))
        if view is None:
            viable = self._viable(rule, None)
        else:
            viable = view.productions.get(id(rule))
            if viable is None:
                viable = view.productions[id(rule)] = self._viable(rule, view)
        for index, production in viable:
            node = Node(rule, production, rank=index, children=[])
            state = State(
                rule,
                production,
                dot_index=0,
                start_column=column,
                stop_column=column,
                node=node,
            )
            column.append(state)

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

What a token text allows is worked out once per text (:class:`TokenView`); the grammar's
simple predicates (a word, a word in any case, a word in a set, a normal form in a set, a token
type: nine in ten of the date grammar's 240) are answered for a new text by a few dictionary
lookups (:class:`PredicateIndex`) rather than one call each: a news article brings a few dozen
texts the parser has not seen (numbers, names), and each used to cost hundreds of calls.

:meth:`LookaheadParser.findall` builds the chart with Python's cyclic garbage collector paused
and cuts the chart's cycles afterwards (see there): the collections that the chart's many small
objects set off, each walking every object of the process, took two thirds of the date
grammar's time in the pipeline.

:class:`CachedMorph` keeps the morphology of the most recent words (the date grammar's
tokenizer asks pymorphy3 for every token of every window).
"""

from __future__ import annotations

import gc
from collections import OrderedDict, defaultdict
from collections.abc import Iterable
from functools import lru_cache

from yargy import Parser
from yargy import rule as yargy_rule
from yargy.morph import MorphAnalyzer
from yargy.parser import (
    Chart,
    Column,
    Context,
    State,
    prepare_match,
    prepare_resolved_matches,
    prepare_trees,
)
from yargy.predicates.bank import (
    DictionaryPredicate,
    GramPredicate,
    TypePredicate,
    caseless,
    eq,
    in_,
    in_caseless,
)
from yargy.predicates.constructors import AndPredicate, NotPredicate, OrPredicate
from yargy.rule.bnf import BNFRule, is_rule
from yargy.span import resolve_spans
from yargy.tagger import PassTagger
from yargy.token import is_morph_token
from yargy.tree import Leaf, Node

ANY = None  # FIRST set of a rule that may start with anything
# what the compositions of a grammar's predicates (and_, or_, not_) give is kept for this many
# sets of simple predicates a token satisfies (100 corpus articles: ~400 for the date grammar)
COMPOSED_CACHE = 16_384


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


def state_key(state) -> tuple:
    """What yargy's ``Column`` tells states apart by (it keeps the hash of this)."""
    return (
        id(state.rule),
        id(state.production),
        state.dot_index,
        state.start_column.index,
        state.stop_column.index,
        tuple(map(id, state.node.children)),
    )


class FastColumn(Column):
    """yargy's ``Column`` without its check for states made twice.

    yargy's parser predicts a rule again each time a state asks for it and drops the copies by
    a hash of each state (:func:`state_key`). :class:`LookaheadParser` makes no copies: it
    predicts a rule once per column and a production once per rule; a state advanced by a
    token or a completed rule is new, since the state it advances and what advances it are
    (by induction) each made once. So every state is kept, unhashed (hashing was a third of
    the date chart's time).
    """

    def append(self, state) -> None:
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


def composition_parts(predicate) -> tuple:
    """The parts of an ``and_``, ``or_`` or ``not_`` predicate; () for any other."""
    kind = type(predicate)
    if kind is AndPredicate or kind is OrPredicate:
        return tuple(predicate.predicates)
    if kind is NotPredicate:
        return (predicate.predicate,)
    return ()


class PredicateIndex:
    """A grammar's predicates answered for a token at once: the simple ones inverted, from
    what a token is (its text, its text lower-cased, the normal forms of its parses, its type)
    to the ids of the predicates it satisfies; the others called.

    Indexed are ``eq``, ``caseless``, ``in_`` and ``in_caseless`` (over a collection of words,
    not a string: ``in_("abc")`` tests substrings), ``normalized``/``dictionary`` (a normal
    form in a set), ``gram`` (a grammeme of some parse: one of the union of the parses'
    grammemes) and ``type``; each answers exactly as its ``__call__`` would. Any other
    predicate (``gram``, ``gte``, ``custom``…) is called; ``and_``, ``or_`` and ``not_`` are
    worked out from their parts, as they would (indexed parts answered from the index), and
    kept per set of the other predicates a token satisfies (:data:`COMPOSED_CACHE` sets).
    """

    def __init__(self, predicates: Iterable) -> None:
        self.indexed: set[int] = set()
        self.called: list = []
        self.by_value: defaultdict[object, set[int]] = defaultdict(set)
        self.by_lower: defaultdict[object, set[int]] = defaultdict(set)
        self.by_normal: defaultdict[object, set[int]] = defaultdict(set)
        self.by_type: defaultdict[object, set[int]] = defaultdict(set)
        self.by_gram: defaultdict[object, set[int]] = defaultdict(set)
        # the predicates and every part of a composition of them, parts first
        unique: dict[int, object] = {}
        stack = [(predicate, False) for predicate in predicates]
        while stack:
            predicate, expanded = stack.pop()
            if id(predicate) in unique:
                continue
            parts = composition_parts(predicate)
            if expanded or not parts:
                unique[id(predicate)] = predicate
            else:
                stack.append((predicate, True))
                stack.extend((part, False) for part in parts)
        for predicate in unique.values():
            kind, value = type(predicate), getattr(predicate, "value", None)
            if kind in (eq, caseless, TypePredicate, GramPredicate):
                if value.__hash__ is None:
                    self.called.append((predicate, None, ()))
                    continue
                values = (value,)
            elif kind in (in_, in_caseless, DictionaryPredicate):
                if isinstance(value, str) or not all(v.__hash__ is not None for v in value):
                    self.called.append((predicate, None, ()))
                    continue
                values = value
            else:
                parts = composition_parts(predicate)
                self.called.append((predicate, type(predicate), frozenset(map(id, parts))))
                continue
            table = {
                eq: self.by_value,
                in_: self.by_value,
                caseless: self.by_lower,
                in_caseless: self.by_lower,
                DictionaryPredicate: self.by_normal,
                TypePredicate: self.by_type,
                GramPredicate: self.by_gram,
            }[kind]
            for item in values:
                table[item].add(id(predicate))
            self.indexed.add(id(predicate))
        # the called predicates: those that are no composition (they depend on the token
        # alone), then the compositions, parts before what is made of them
        self.leaves = [predicate for predicate, _, parts in self.called if not parts]
        self.composed = [(id(p), kind, parts) for p, kind, parts in self.called if parts]
        # the compositions that hold, by what the token satisfies besides them (many token
        # texts satisfy the same simple predicates: most words none)
        self._composed: dict[frozenset[int], frozenset[int]] = {}

    def matched(self, token) -> frozenset[int]:
        """Ids of the predicates that ``token`` satisfies."""
        found = set(self.by_value.get(token.value, ()))
        found.update(self.by_lower.get(token.value.lower(), ()))
        found.update(self.by_type.get(token.type, ()))
        if self.by_normal:
            if is_morph_token(token):
                for form in token.forms:
                    found.update(self.by_normal.get(form.normalized, ()))
            else:
                found.update(self.by_normal.get(token.normalized, ()))
        if self.by_gram and is_morph_token(token):  # ``gram`` is false for other tokens
            by_gram = self.by_gram
            for value in frozenset().union(*(form.grams.values for form in token.forms)):
                found.update(by_gram.get(value, ()))
        for predicate in self.leaves:
            if predicate(token):
                found.add(id(predicate))
        simple = frozenset(found)
        matched = self._composed.get(simple)
        if matched is None:
            for key, kind, parts in self.composed:  # parts before what is made of them
                if kind is NotPredicate:
                    holds = parts.isdisjoint(found)
                elif kind is AndPredicate:
                    holds = parts.issubset(found)
                else:
                    holds = not parts.isdisjoint(found)
                if holds:
                    found.add(key)
            if len(self._composed) >= COMPOSED_CACHE:
                self._composed.clear()
            matched = self._composed[simple] = frozenset(found)
        return matched


class TokenClass:
    """The token texts that satisfy the same predicates of a grammar: the ids of those
    predicates, whether they can begin an anchor, the rules they can start, and per rule the
    productions worth predicting before them (filled as the parser asks). Most words satisfy
    none of a grammar's predicates, and share one class."""

    __slots__ = ("anchor", "matched", "productions", "rules")

    def __init__(self, matched: frozenset[int]) -> None:
        self.matched = matched
        self.anchor: bool | None = None
        self.rules: dict[int, bool] = {}
        self.productions: dict[int, list] = {}


class TokenView:
    """One token text as the grammar sees it: the token and its :class:`TokenClass`."""

    __slots__ = ("kind", "token")

    def __init__(self, token, kind: TokenClass) -> None:
        self.token = token
        self.kind = kind

    def matches(self, predicate) -> bool:
        """``predicate(token)`` (every predicate of the grammar is answered in ``kind``)."""
        return id(predicate) in self.kind.matched


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
        terms = {
            id(term): term
            for rule in reachable_rules(self.rule).values()
            for production in rule.productions
            for term in production.terms
            if not is_rule(term)
        }
        terms.update((id(term), term) for term in self.anchors or ())
        self.index = PredicateIndex(terms.values())
        # the ids of the predicates each rule can begin with (rules that can begin with
        # anything are left out)
        self.first_ids: dict[int, frozenset[int]] = {
            key: frozenset(map(id, first)) for key, first in self.first.items() if first is not ANY
        }
        self.anchor_ids = frozenset(map(id, self.anchors)) if self.anchors is not None else None
        # rules whose productions depend on the token (yargy's pipelines): not shared by class
        self.token_predicted = {
            key
            for key, rule in reachable_rules(self.rule).items()
            if type(rule).predict is not BNFRule.predict
        }
        # without relations (agreement) between words every tree makes a match (yargy drops a
        # tree whose words disagree): the spans can be resolved before any match is made
        self.has_relations = any(rule.relation for rule in reachable_rules(self.rule).values())
        self.cache_size = cache_size
        self._views: OrderedDict[tuple, TokenView] = OrderedDict()
        self._classes: dict[frozenset[int], TokenClass] = {}
        self._column = None
        self._predicted: set[int] = set()

    # (tokenizer, tagger, text, tokens) of the last text tokenized by any parser
    _last_tokens: tuple | None = None

    def view(self, token) -> TokenView | None:
        """The :class:`TokenView` of ``token`` (None after the last token)."""
        if token is None:
            return None
        key = (type(token), token.type, token.value)
        view = self._views.get(key)
        if view is None:
            matched = self.index.matched(token)
            kind = self._classes.get(matched)
            if kind is None:
                if len(self._classes) >= self.cache_size:
                    self._classes.clear()
                kind = self._classes[matched] = TokenClass(matched)
            view = self._views[key] = TokenView(token, kind)
            if len(self._views) > self.cache_size:
                self._views.popitem(last=False)
        else:
            self._views.move_to_end(key)
        return view

    def tokens(self, text) -> list:
        """The tagged tokens of ``text``; the last text's are kept and given to every parser
        with the same tokenizer and tagger (the facts grammars each read the same windows).
        yargy's parsing reads tokens and never changes them."""
        last = LookaheadParser._last_tokens
        if (
            last is not None
            and last[2] == text
            and last[0] is self.tokenizer
            and (last[1] is self.tagger or type(last[1]) is type(self.tagger) is PassTagger)
        ):
            return last[3]
        found = list(self.tagger(self.tokenizer(text)))
        LookaheadParser._last_tokens = (self.tokenizer, self.tagger, text, found)
        return found

    def findall(self, text) -> list:
        """yargy's ``Parser.findall`` (the same matches, in the same order), as a list.

        The chart is built with Python's cyclic garbage collector paused: a chart is hundreds of
        small objects made at once, and each allocation burst would start a collection that
        walks every object of the process (spaCy's and the models' too) — two thirds of the
        date grammar's time. The chart's own cycles (a column holds its states, a state its
        columns) are then cut, so reference counting frees it when the matches are made and no
        garbage is left for the collector. In a grammar without relations, only the trees of
        the spans that win (the most text covered) are made into matches.
        """
        paused = gc.isenabled()
        gc.disable()
        try:
            chart = self.chart(text)
            # yargy's ``column.matches(rule)``: the completed states of the top rule
            top = self.rule
            states = [
                state
                for column in chart.columns
                for state in column.states
                if state.rule is top and state.dot_index >= len(state.production.terms)
            ]
            trees = sorted(prepare_trees(states))
            if self.has_relations:
                found = list(prepare_resolved_matches(trees))
            else:  # yargy's ``prepare_resolved_matches``, matches made for the chosen spans only
                first: dict[tuple, object] = {}
                for tree in trees:
                    first.setdefault(tree.range, tree)
                found = [prepare_match(first[span]) for span in resolve_spans(list(first))]
            release(chart)
        finally:
            if paused:
                gc.enable()
        return found

    def chart(self, text, all=True):
        """yargy's ``Parser.chart``, with :class:`FastColumn` columns and the loop (yargy's
        ``scan`` and ``complete`` too) inlined."""
        chart = Chart.__new__(Chart)
        chart.tokens = self.tokens(text)
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
            matched = view.kind.matched if view is not None else frozenset()
            states, waiting = column.states, column.states_index
            self._column = column
            predicted = self._predicted = set()
            if index == 0 or all:
                self._predict(column, view, self.rule)
            for state in states:  # sees the states appended while it runs
                terms = state.production.terms
                dot = state.dot_index
                if dot >= len(terms):  # complete: yargy's ``complete``, inlined
                    node = state.node
                    for parent in state.start_column.states_index[id(state.rule)]:
                        advanced = State(
                            parent.rule,
                            parent.production,
                            parent.dot_index + 1,
                            parent.start_column,
                            column,
                            parent.node.attached(node),
                        )
                        states.append(advanced)
                        after = parent.production.terms
                        if advanced.dot_index < len(after):
                            term = after[advanced.dot_index]
                            if isinstance(term, BNFRule):
                                waiting[id(term)].append(advanced)
                    continue
                term = terms[dot]
                if isinstance(term, BNFRule):
                    if id(term) not in predicted:
                        self._predict(column, view, term)
                elif next_column is not None and id(term) in matched:  # scan
                    leaf = Leaf(term, term.constrain(next_column.token))
                    advanced = State(
                        state.rule,
                        state.production,
                        dot + 1,
                        state.start_column,
                        next_column,
                        state.node.attached(leaf),
                    )
                    next_column.append(advanced)
        return chart

    def _anchor(self, view: TokenView) -> bool:
        kind = view.kind
        if kind.anchor is None:
            kind.anchor = not kind.matched.isdisjoint(self.anchor_ids)
        return kind.anchor

    def _can_start(self, rule, view: TokenView | None) -> bool:
        first = self.first_ids.get(id(rule))
        if first is None:  # ANY
            return True
        if view is None:
            return False
        rules = view.kind.rules
        value = rules.get(id(rule))
        if value is None:
            value = rules[id(rule)] = not view.kind.matched.isdisjoint(first)
        return value

    def _viable(self, rule, view: TokenView | None) -> list[tuple[int, object]]:
        """(rank, production) of the productions of ``rule`` that the token can start."""
        if view is None:
            productions = rule.productions
        else:
            productions = rule.predict(view.token)
        viable = []
        seen: set[int] = set()
        for index, production in enumerate(productions):
            if id(production) in seen:  # listed twice: yargy keeps the first state only
                continue
            seen.add(id(production))
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
        if view is None or id(rule) in self.token_predicted:
            viable = self._viable(rule, view)
        else:
            productions = view.kind.productions
            viable = productions.get(id(rule))
            if viable is None:
                viable = productions[id(rule)] = self._viable(rule, view)
        states, waiting = column.states, column.states_index
        for index, production in viable:  # FastColumn.append inlined
            node = Node(rule, production, rank=index, children=[])
            state = State(rule, production, 0, column, column, node)
            states.append(state)
            terms = production.terms
            if terms and isinstance(terms[0], BNFRule):
                waiting[id(terms[0])].append(state)

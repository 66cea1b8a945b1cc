"""A yargy ``Parser`` that predicts only what the next token can start: same matches, faster.

yargy's Earley chart predicts, at every token, every production of every rule reachable from
the top rule (``findall`` looks for matches starting anywhere), and most of those states die at
once because the next token cannot start them: with the date grammar about nine states in ten
are such dead predictions. :class:`LookaheadParser` computes, once per grammar, the predicates
that can begin each rule (its FIRST set) and skips a prediction whose first term cannot match
the next token; it also predicts a rule only once per token (yargy predicts it again and drops
the copies). The date grammar runs about three times faster.

The matches are exactly yargy's. A skipped state could only ever be scanned (and fail) or
predict rules that are just as dead; it is never completed and never advanced, so every state
that does survive is appended in the same order with the same rank as in yargy's parser.
Rules whose start the FIRST sets cannot settle (a nullable rule, yargy's pipelines whose
productions depend on the token) are always predicted, as yargy does.
"""

from __future__ import annotations

from yargy import Parser
from yargy.parser import State
from yargy.rule.bnf import BNFRule, is_rule
from yargy.tree import Node

ANY = None  # FIRST set of a rule that may start with anything (or with nothing)


def first_predicates(start: BNFRule) -> dict[int, tuple | None]:
    """For every rule reachable from ``start`` (by ``id``): the predicates it can begin with.

    ``None`` (:data:`ANY`) marks a rule that is nullable, starts with a nullable rule or
    predicts its productions from the token (yargy's pipelines): always predicted.
    """
    rules: dict[int, BNFRule] = {}
    stack = [start]
    while stack:
        rule = stack.pop()
        if id(rule) in rules:
            continue
        rules[id(rule)] = rule
        for production in rule.productions:
            stack.extend(term for term in production.terms if is_rule(term))
    first: dict[int, dict[int, object]] = {key: {} for key in rules}
    anything = {key for key, rule in rules.items() if type(rule).predict is not BNFRule.predict}
    changed = True
    while changed:
        changed = False
        for key, rule in rules.items():
            if key in anything:
                continue
            for production in rule.productions:
                if not production.terms:
                    anything.add(key)
                    changed = True
                    break
                term = production.terms[0]
                if is_rule(term):
                    if id(term) in anything:
                        anything.add(key)
                        changed = True
                        break
                    new = first[id(term)].keys() - first[key].keys()
                    if new:
                        first[key].update((n, first[id(term)][n]) for n in new)
                        changed = True
                elif id(term) not in first[key]:
                    first[key][id(term)] = term
                    changed = True
    return {key: ANY if key in anything else tuple(first[key].values()) for key in rules}


class LookaheadParser(Parser):
    """yargy's ``Parser`` with one-token lookahead on predictions (see module docstring)."""

    def __init__(self, rule, tokenizer=None, tagger=None) -> None:
        super().__init__(rule, tokenizer=tokenizer, tagger=tagger)
        self.first = first_predicates(self.rule)
        self._token = None
        self._column = None
        self._predicted: set[int] = set()
        self._predicates: dict[int, bool] = {}
        self._rules: dict[int, bool] = {}

    def _matches(self, predicate, token) -> bool:
        value = self._predicates.get(id(predicate))
        if value is None:
            value = self._predicates[id(predicate)] = bool(predicate(token))
        return value

    def _can_start(self, rule, token) -> bool:
        value = self._rules.get(id(rule))
        if value is None:
            first = self.first.get(id(rule), ANY)
            value = first is ANY or (
                token is not None and any(self._matches(p, token) for p in first)
            )
            self._rules[id(rule)] = value
        return value

    def predict(self, column, next_column, rule) -> None:
        """yargy's ``predict``, less the productions that the next token cannot start.

        A rule already predicted in this column is not predicted again (yargy would only
        make the same states again and drop them as duplicates). After the last token only
        what may be empty is predicted: nothing else can advance there.
        """
        if self._column is not column:
            self._column = column
            self._predicted = set()
        if id(rule) in self._predicted:
            return
        self._predicted.add(id(rule))
        if next_column is None:
            token = None
            productions = rule.productions
        else:
            token = next_column.token
            productions = rule.predict(token)
        if self._token is not token:  # results are cached per token
            self._token = token
            self._predicates = {}
            self._rules = {}
        for index, production in enumerate(productions):
            terms = production.terms
            if terms:
                term = terms[0]
                if is_rule(term):
                    if not self._can_start(term, token):
                        continue
                elif token is None or not self._matches(term, token):
                    continue
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

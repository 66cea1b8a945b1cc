"""Syntax: slovnet's news dependency parser, for the facts stage.

Reads the tokens and razdel's sentences of a ``Doc``; writes ``token.head`` and ``token.dep_``
(UD relations, lowercase; the sentence root has dep ``ROOT`` and is its own head) within each
sentence, so that sentence boundaries stay razdel's. Whitespace tokens attach to the previous
(else the next) token of their sentence with dep ``dep``. The parser runs over whole batches of
sentences from many documents (``pipe``).

The parse is only for the facts stage: with ``only_numbers`` (the default), a document whose
text has no digit and no number word is left unparsed (``doc.has_annotation("DEP")`` is false),
and in the others only the sentences that hold a numeric fact
(:func:`ruextract.facts.find_facts`) are parsed; the rest get a flat parse (the first token is
the root, the others attach to it with dep ``dep``), which keeps the sentence boundaries.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator

import numpy
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.util import minibatch

from ruextract import models, views

ROOT = "ROOT"
ATTACH = "dep"


def needs_parse(doc: Doc) -> bool:
    """True when ``doc`` may hold a numeric fact: the facts grammars' triggers (a digit, "%",
    a multiplier, a currency or number word)."""
    from ruextract.facts import TRIGGER

    return bool(TRIGGER.search(views.text(doc)))


def fact_sentences(doc: Doc) -> set[int]:
    """Indices (in ``doc.sents`` order) of the sentences that share a character with a fact."""
    from ruextract.facts import find_facts

    chars = views.sentence_chars(doc)
    ends = [end for _, end in chars]
    found = set()
    for fact in find_facts(views.text(doc)):
        # the sentences from the first that ends after the fact starts, while they start before
        # it stops (sentences are in order and do not overlap)
        n = bisect_right(ends, fact.start)
        while n < len(chars) and chars[n][0] < fact.stop:
            found.add(n)
            n += 1
    return found


def flat_relations(tokens: list[Token]) -> list[tuple[int, str]]:
    """A parse that keeps a sentence together: the first word the root, the others on it."""
    n_words = sum(not token.is_space for token in tokens)
    return [(0, ROOT)] + [(1, ATTACH)] * (n_words - 1) if n_words else []


def sentence_tokens(doc: Doc) -> Iterator[list[Token]]:
    """Each razdel sentence's tokens, whitespace tokens included."""
    for start, end in views.sentence_bounds(doc):
        yield list(doc[start:end])


def sentence_heads(tokens: list[Token], relations: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Absolute ``(head index, dep)`` for every token of one sentence.

    ``relations`` holds, for each non-whitespace token, the parser's 1-based head (0 for the
    root) and relation. A sentence keeps one root: any further root attaches to the first.
    """
    content = [token for token in tokens if not token.is_space]
    result: dict[int, tuple[int, str]] = {}
    root = None
    for token, (head, rel) in zip(content, relations, strict=True):
        if head == 0 or not 0 < head <= len(content):
            if root is None:
                root = token.i
                result[token.i] = (token.i, ROOT)
            else:
                result[token.i] = (root, ATTACH)
        else:
            result[token.i] = (content[head - 1].i, rel)
    previous = None
    for token in tokens:
        if not token.is_space:
            previous = token.i
        elif previous is not None:
            result[token.i] = (previous, ATTACH)
    following = None
    for token in reversed(tokens):
        if not token.is_space:
            following = token.i
        elif token.i not in result:
            result[token.i] = (following, ATTACH) if following is not None else (token.i, ROOT)
    break_cycles(result, root)
    return [result[token.i] for token in tokens]


def break_cycles(heads: dict[int, tuple[int, str]], root: int | None) -> None:
    """Attach to ``root`` (dep ``dep``) every token whose head chain loops without reaching it.

    slovnet decodes heads token by token and may return cycles, which spaCy cannot hold.
    """
    if root is None:
        root = min(heads)
        heads[root] = (root, ROOT)
    for start in heads:
        seen = set()
        node = start
        while heads[node][0] != node and node not in seen:
            seen.add(node)
            node = heads[node][0]
        if node != root or heads[node][0] != node:
            heads[start] = (root, ATTACH)


def set_parse(doc: Doc, heads: dict[int, tuple[int, str]]) -> None:
    """Write absolute heads and relations onto ``doc`` in one go (``Doc.from_array``)."""
    pairs = [heads.get(i, (i, ROOT)) for i in range(len(doc))]
    ids = {dep: doc.vocab.strings.add(dep) for dep in {dep for _, dep in pairs}}
    array = numpy.zeros((len(doc), 2), dtype="uint64")
    # heads relative to the token, as spaCy keeps them (negative ones wrap around in uint64)
    relative = numpy.array([head for head, _ in pairs], dtype="int64") - numpy.arange(len(doc))
    array[:, 0] = relative.astype("uint64")
    array[:, 1] = [ids[dep] for _, dep in pairs]
    doc.from_array([HEAD, DEP], array)
    views.forget(doc)  # heads set sentence starts (each razdel sentence keeps its own root)


class SyntaxParser:
    """slovnet syntax parser over batches of sentences (see module docstring)."""

    def __init__(self, batch_size: int = 32, only_numbers: bool = True) -> None:
        self.batch_size = batch_size
        self.only_numbers = only_numbers
        self.parser = models.syntax_parser()

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size or self.batch_size):
            todo = [
                doc for doc in batch if len(doc) and (not self.only_numbers or needs_parse(doc))
            ]
            sents = []
            for doc in todo:
                wanted = fact_sentences(doc) if self.only_numbers else None
                for n, tokens in enumerate(sentence_tokens(doc)):
                    sents.append((doc, tokens, wanted is None or n in wanted))
            words = [[t.text for t in tokens if not t.is_space] for _, tokens, _ in sents]
            todo_sents = [i for i, (_, _, wanted) in enumerate(sents) if wanted and words[i]]
            # the parse of a sentence does not depend on its batch: sort by length (less padding)
            todo_sents.sort(key=lambda i: len(words[i]))
            markups = self.parser.map([words[i] for i in todo_sents])
            relations: dict[int, list[tuple[int, str]]] = {}
            for i, markup in zip(todo_sents, markups, strict=True):
                relations[i] = [(int(t.head_id), t.rel) for t in markup.tokens]
            heads: dict[int, dict[int, tuple[int, str]]] = {id(doc): {} for doc in todo}
            for i, (doc, tokens, _) in enumerate(sents):
                found = relations.get(i)
                pairs = sentence_heads(tokens, found if found else flat_relations(tokens))
                for token, pair in zip(tokens, pairs, strict=True):
                    heads[id(doc)][token.i] = pair
            for doc in todo:
                set_parse(doc, heads[id(doc)])
            yield from batch


@Language.factory(
    "ruextract_syntax",
    default_config={"batch_size": 32, "only_numbers": True},
    assigns=["token.head", "token.dep"],
)
def create_syntax(nlp: Language, name: str, batch_size: int, only_numbers: bool) -> SyntaxParser:
    """slovnet dependency parser (see module docstring)."""
    return SyntaxParser(batch_size=batch_size, only_numbers=only_numbers)

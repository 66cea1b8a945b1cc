"""Syntax: slovnet's news dependency parser, for the facts stage.

Reads the tokens and razdel's sentences of a ``Doc``; writes ``token.head`` and ``token.dep_``
(UD relations, lowercase; the sentence root has dep ``ROOT`` and is its own head) within each
sentence, so that sentence boundaries stay razdel's. Whitespace tokens attach to the previous
(else the next) token of their sentence with dep ``dep``. The parser runs over whole batches of
sentences from many documents (``pipe``). slovnet's head ids and relation ids are read straight
from its model (:func:`parse_ids`; relation names from a table read once, :func:`relation_table`),
not decoded into markup objects; the flat parse is computed from arrays (:func:`flat_parse`), the
parsed sentences are written over it, and each document's heads and relations go onto it in one
go (``Doc.from_array``).

The parse is only for the facts stage: with ``only_numbers`` (the default), a document whose
text has no digit and no number word is left unparsed (``doc.has_annotation("DEP")`` is false),
and in the others only the sentences that hold a numeric fact
(:func:`ruextract.facts.find_facts`) are parsed; the rest get a flat parse (the first token is
the root, the others attach to it with dep ``dep``), which keeps the sentence boundaries.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from typing import Any

import numpy
from slovnet.chop import chop
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc
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


def parse_ids(parser, sentences: list[list[str]]) -> Iterator[tuple[numpy.ndarray, numpy.ndarray]]:
    """slovnet's 1-based head ids (0 for the root) and relation ids for each sentence's words:
    what its ``map`` decodes into markups, computed as ``map`` does (batches of
    ``parser.batch_size``)."""
    infer = parser.infer
    for chunk in chop(sentences, parser.batch_size):
        yield from infer.process(infer.encoder(chunk))


def relation_table(parser) -> list[str]:
    """Per relation id of slovnet's ``parser``: the relation its markups give."""
    return list(parser.infer.decoder.rels_vocab.items)


def sentence_heads(
    start: int,
    space: list[bool],
    head_ids: list[int],
    rels: list[int],
    heads: list[int],
    deps: list[int],
    root_dep: int,
    attach_dep: int,
) -> None:
    """Write the parse of one sentence (tokens ``start`` ... ``start + len(space) - 1``) into
    ``heads`` (absolute head indices) and ``deps`` (relation string ids), whose whitespace
    tokens already hold their attachment.

    ``head_ids`` and ``rels`` hold, for each non-whitespace token, the parser's 1-based head
    (0 for the root) and relation id. A sentence keeps one root: any further root attaches to
    the first; a head chain that loops without reaching the root attaches to it.
    """
    content = [start + k for k, is_space in enumerate(space) if not is_space]
    root = None
    for i, head, rel in zip(content, head_ids, rels, strict=True):
        if head == 0 or not 0 < head <= len(content):
            if root is None:
                root = i
                heads[i], deps[i] = i, root_dep
            else:
                heads[i], deps[i] = root, attach_dep
        else:
            heads[i], deps[i] = content[head - 1], rel
    if root is None:
        root = start
        heads[root], deps[root] = root, root_dep
    pairs = {i: (heads[i], deps[i]) for i in content}
    pairs[root] = (root, root_dep)
    break_cycles(pairs, root, attach_dep)
    for i in content:
        heads[i], deps[i] = pairs[i]


def break_cycles(heads: dict[int, tuple[int, Any]], root: int | None, attach: Any = ATTACH) -> None:
    """Attach to ``root`` (dep ``attach``) every token whose head chain loops without reaching it,
    in the order of ``heads`` (a token whose chain reaches a token already attached is kept).

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
            heads[start] = (root, attach)


def flat_parse(doc: Doc) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
    """The flat parse of every sentence of ``doc``, from arrays: absolute heads, whether each
    token is the root of its sentence, and the token's sentence number.

    In each sentence the first word is the root and the other words attach to it; a whitespace
    token attaches to the previous word of its sentence, else the next; a sentence of whitespace
    only has its first token as root and the others on it.
    """
    n = len(doc)
    index = numpy.arange(n)
    space = views.is_space(doc)
    bounds = numpy.array(views.sentence_bounds(doc), dtype="int64").reshape(-1, 2)
    sent = numpy.repeat(numpy.arange(len(bounds)), bounds[:, 1] - bounds[:, 0])
    first, last = bounds[sent, 0], bounds[sent, 1]
    previous = numpy.maximum.accumulate(numpy.where(space, -1, index))
    following = numpy.minimum.accumulate(numpy.where(space, n, index)[::-1])[::-1]
    has_previous = previous >= first
    has_following = following < last
    # the first word of each token's sentence, or its first token when it has no word
    lead = numpy.where(has_following[first], following[first], first)
    heads = numpy.where(
        space,
        numpy.where(has_previous, previous, numpy.where(has_following, following, first)),
        lead,
    )
    is_root = index == lead
    heads[is_root] = index[is_root]
    return heads, is_root, sent


def set_parse(doc: Doc, heads: numpy.ndarray, deps: numpy.ndarray) -> None:
    """Write absolute heads and relation string ids onto ``doc`` in one go (``Doc.from_array``)."""
    array = numpy.zeros((len(doc), 2), dtype="uint64")
    # heads relative to the token, as spaCy keeps them (negative ones wrap around in uint64)
    array[:, 0] = (heads.astype("int64") - numpy.arange(len(doc))).astype("uint64")
    array[:, 1] = deps
    doc.from_array([HEAD, DEP], array)
    views.forget(doc)  # heads set sentence starts (each razdel sentence keeps its own root)


class SyntaxParser:
    """slovnet syntax parser over batches of sentences (see module docstring)."""

    def __init__(self, batch_size: int = 32, only_numbers: bool = True) -> None:
        self.batch_size = batch_size
        self.only_numbers = only_numbers
        self.parser = models.syntax_parser()
        self.relations = relation_table(self.parser)

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size or self.batch_size):
            todo = [
                doc for doc in batch if len(doc) and (not self.only_numbers or needs_parse(doc))
            ]
            # per doc: the flat parse of every sentence, then the parsed sentences over it
            parses = []
            sents = []
            for n_doc, doc in enumerate(todo):
                strings = doc.vocab.strings
                root_dep, attach_dep = strings.add(ROOT), strings.add(ATTACH)
                rel_deps = [strings.add(rel) for rel in self.relations]
                flat, is_root, _ = flat_parse(doc)
                deps = numpy.where(is_root, root_dep, attach_dep).astype("uint64")
                parses.append((flat.tolist(), deps.tolist(), root_dep, attach_dep, rel_deps))
                wanted = fact_sentences(doc) if self.only_numbers else None
                space = views.is_space(doc).tolist()
                texts = views.token_texts(doc)
                for n, (start, end) in enumerate(views.sentence_bounds(doc)):
                    if wanted is not None and n not in wanted:
                        continue
                    words = [texts[i] for i in range(start, end) if not space[i]]
                    if words:
                        sents.append((n_doc, start, space[start:end], words))
            # the parse of a sentence does not depend on its batch: sort by length (less padding)
            sents.sort(key=lambda sent: len(sent[3]))
            found = parse_ids(self.parser, [words for *_, words in sents])
            for (n_doc, start, space, _), (head_ids, rel_ids) in zip(sents, found, strict=True):
                heads, deps, root_dep, attach_dep, rel_deps = parses[n_doc]
                rels = [rel_deps[rel] for rel in rel_ids.tolist()]
                sentence_heads(
                    start, space, head_ids.tolist(), rels, heads, deps, root_dep, attach_dep
                )
            for doc, (heads, deps, *_) in zip(todo, parses, strict=True):
                set_parse(doc, numpy.array(heads, dtype="int64"), numpy.array(deps, "uint64"))
            yield from batch


@Language.factory(
    "ruextract_syntax",
    default_config={"batch_size": 32, "only_numbers": True},
    assigns=["token.head", "token.dep"],
)
def create_syntax(nlp: Language, name: str, batch_size: int, only_numbers: bool) -> SyntaxParser:
    """slovnet dependency parser (see module docstring)."""
    return SyntaxParser(batch_size=batch_size, only_numbers=only_numbers)

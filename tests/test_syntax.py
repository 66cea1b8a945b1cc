"""Syntax: slovnet heads and relations within razdel's sentences."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from ruextract import models, views
from ruextract.segment import segment
from ruextract.syntax import (
    ATTACH,
    ROOT,
    SyntaxParser,
    break_cycles,
    flat_parse,
    parse_ids,
    relation_table,
    sentence_heads,
)


def test_syntax_break_cycles_attaches_loop_to_root():
    heads = {0: (1, "nsubj"), 1: (0, "obj"), 2: (2, ROOT), 3: (2, "punct")}
    break_cycles(heads, root=2)
    assert heads == {0: (2, ATTACH), 1: (0, "obj"), 2: (2, ROOT), 3: (2, "punct")}


def test_syntax_keeps_razdel_sentences_and_one_root_each(parse):
    text = (
        "Товарооборот составил 21,4 миллиарда долларов.\n\n"
        "Цукерберг вложит $3 млрд в проект.  Акции упали на 7%."
    )
    doc = parse(text, "2024-01-03")
    _, _, starts = segment(text)
    assert [s.start for s in doc.sents] == [i for i, start in enumerate(starts) if start]
    for sent in doc.sents:
        assert sum(token.dep_ == ROOT for token in sent) == 1
    subject = doc[0]
    assert (subject.dep_, subject.head.text) == ("nsubj", "составил")


def test_syntax_skips_docs_without_numbers(parse):
    doc = parse("Президент выступил с обращением к нации.", "2024-01-03")
    assert not doc.has_annotation("DEP")


def test_syntax_parses_only_sentences_with_facts(parse):
    text = "Президент выступил с обращением к нации. Товарооборот составил 21,4 миллиарда долларов."
    doc = parse(text, "2024-01-03")
    first, second = list(doc.sents)
    assert [(t.dep_, t.head.i) for t in first if not t.is_space][:3] == [
        (ROOT, 0),
        (ATTACH, 0),
        (ATTACH, 0),
    ]
    subject = second[0]
    assert (subject.dep_, subject.head.text) == ("nsubj", "составил")


PARSED_SENTENCES = [
    ["Товарооборот", "составил", "21,4", "миллиарда", "долларов", "."],
    ["Цукерберг", "вложит", "$", "3", "млрд", "в", "проект", "."],
    ["В", "2023", "году", "товарооборот", "вырос", "на", "треть", ",", "сообщил", "он", "."],
    ["Акции", "упали", "на", "7", "%", "."],
    ["Ок"],
]


def test_syntax_ids_decode_as_slovnet_markups():
    """The head and relation ids read from slovnet's model, relations looked up in the table,
    are the heads and relations of slovnet's own markups, word for word (batches of two)."""
    parser = models.syntax_parser()
    size = parser.batch_size
    models.set_batch_size(parser, 2)
    try:
        markups = list(parser.map(PARSED_SENTENCES))
        table = relation_table(parser)
        found = [
            list(zip(heads.tolist(), [table[rel] for rel in rels.tolist()], strict=True))
            for heads, rels in parse_ids(parser, PARSED_SENTENCES)
        ]
    finally:
        models.set_batch_size(parser, size)
    expected = [[(int(t.head_id), t.rel) for t in markup.tokens] for markup in markups]
    assert found == expected
    assert [len(words) for words in found] == [len(words) for words in PARSED_SENTENCES]
    assert "nsubj" in table and "punct" in table


def test_syntax_component_writes_slovnet_parse(core_nlp):
    """Through the component, every word of a fact sentence gets slovnet's head and relation
    (the one root as ROOT on itself); the whitespace token attaches to the word before it."""
    text = "Товарооборот составил 21,4 миллиарда долларов.\n\nАкции упали на 7%."
    doc = SyntaxParser()(core_nlp(text))
    words = [[t for t in sent if not t.is_space] for sent in doc.sents]
    markups = list(models.syntax_parser().map([[t.text for t in sent] for sent in words]))
    for sent, markup in zip(words, markups, strict=True):
        expected = [
            (t.i, ROOT) if found.head_id == "0" else (sent[int(found.head_id) - 1].i, found.rel)
            for t, found in zip(sent, markup.tokens, strict=True)
        ]
        assert [(t.head.i, t.dep_) for t in sent] == expected
    space = [t for t in doc if t.is_space]
    assert [(t.head.i, t.dep_) for t in space] == [(space[0].i - 1, ATTACH)]


def test_syntax_flat_parse_from_arrays(core_nlp):
    """Unparsed sentences: the first word the root, the other words on it, whitespace on the
    word before; razdel's sentence of whitespace only has its token as its own root."""
    doc = core_nlp(" Президент выступил.\n\nОн  ушёл.")
    assert views.sentence_bounds(doc) == [(0, 1), (1, 5), (5, 9)]
    heads, is_root, sent = flat_parse(doc)
    assert heads.tolist() == [0, 1, 1, 1, 3, 5, 5, 5, 5]
    assert is_root.tolist() == [True, True, False, False, False, True, False, False, False]
    assert sent.tolist() == [0, 1, 1, 1, 1, 2, 2, 2, 2]


def test_syntax_flat_parse_leading_and_whitespace_only(core_nlp):
    """A leading whitespace token attaches to the next word (not across the sentence start); a
    sentence without a word has its first token as root and the others on it."""
    doc = Doc(core_nlp.vocab, words=["\n", "Да", ".", "\n\n", "\n"], spaces=[False] * 5)
    for token, start in zip(doc, [True, False, False, True, False], strict=True):
        token.is_sent_start = start
    heads, is_root, _ = flat_parse(doc)
    assert heads.tolist() == [1, 1, 1, 3, 3]
    assert is_root.tolist() == [False, True, False, True, False]


SENTENCE_HEADS_CASES = [
    # (space flags, slovnet heads, relation ids) -> (heads, deps), sentence starting at token 10
    # a tree: heads as given, relations kept; the whitespace on the word before
    (
        [False, False, True, False],
        [2, 0, 2],
        [1, 2, 3],
        [11, 11, 11, 11],
        [1, "R", "A", 3],
    ),
    # a second root attaches to the first
    ([False, False, False], [0, 0, 1], [1, 2, 3], [10, 10, 10], ["R", "A", 3]),
    # no root: the first token becomes it (here a leading whitespace), loops attach to it, a
    # word whose chain reaches an attached word keeps its head
    ([True, False, False], [2, 1], [1, 2], [10, 10, 11], ["R", "A", 2]),
    # a head past the sentence's words is a root
    ([False, False], [3, 1], [1, 2], [10, 10], ["R", 2]),
]


@pytest.mark.parametrize(("space", "head_ids", "rels", "heads", "deps"), SENTENCE_HEADS_CASES)
def test_syntax_sentence_heads(space, head_ids, rels, heads, deps):
    start = 10
    # whitespace tokens come in with their flat attachment (the word before, else after)
    found_heads = [None] * start + [
        (start + k - 1 if k else start + 1) if s else None for k, s in enumerate(space)
    ]
    found_deps = [None] * start + ["A" if s else None for s in space]
    sentence_heads(start, space, head_ids, rels, found_heads, found_deps, "R", "A")
    assert found_heads[start:] == heads
    assert found_deps[start:] == deps

"""Syntax: slovnet heads and relations within razdel's sentences."""

from __future__ import annotations

from ruextract.segment import segment
from ruextract.syntax import ATTACH, ROOT, break_cycles


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

"""Model loading (models.py): what start-up shares between models must not change them."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from natasha.ner import NEWS_NER
from slovnet.const import SHAPE, WORD
from slovnet.exec.pack import Pack

from ruextract import models


def pack_vocab(path: str, name: str):
    """A vocabulary of a slovnet model file, built by slovnet itself."""
    with Pack(path) as pack:
        return pack.load_vocab(name)


def test_models_share_navec_word_vocab_identical_to_their_own():
    """The morph, NER and syntax models take navec's word ids, and those are the ids each
    model's own word vocabulary gives (the lists are the same, item for item)."""
    navec = models.embedding()
    own = pack_vocab(NEWS_NER, WORD)
    for model in (models.morph_tagger(), models.ner_tagger(), models.syntax_parser()):
        vocab = model.infer.encoder.words_vocab
        assert vocab.item_ids is navec.vocab.word_ids
        assert vocab.items == own.items
        assert (vocab.unk_id, vocab.pad_id) == (own.unk_id, own.pad_id)
    words = ["путин", "заявил", "москва", "нетакогослова", "<pad>"]
    shared = models.ner_tagger().infer.encoder.words_vocab
    assert [shared.encode(w) for w in words] == [own.encode(w) for w in words]
    assert shared.encode("нетакогослова") == own.unk_id


def test_shared_word_vocab_builds_the_models_own_when_lists_differ():
    """Embeddings with another word list are not taken: the model's own vocabulary is."""
    words = ["<unk>", "<pad>", "москва"]
    other = SimpleNamespace(
        vocab=SimpleNamespace(words=words, word_ids={w: n for n, w in enumerate(words)},
                              unk_id=0, pad_id=1)
    )  # fmt: skip
    with models.shared_word_vocab(other), Pack(NEWS_NER) as pack:
        vocab = pack.load_vocab(WORD)
        shapes = pack.load_vocab(SHAPE)
    assert vocab.item_ids is not other.vocab.word_ids
    assert vocab.items == pack_vocab(NEWS_NER, WORD).items
    assert shapes.items == pack_vocab(NEWS_NER, SHAPE).items


def test_shared_word_vocab_restores_slovnet_loader():
    """Outside the block (and after an error in it) slovnet loads vocabularies as before."""
    before = Pack.load_vocab
    try:
        with models.shared_word_vocab(models.embedding()):
            assert Pack.load_vocab is not before
            raise KeyError("boom")
    except KeyError:
        pass
    assert Pack.load_vocab is before


SPACY_AFTER_IMPORT = """
import sys
import ruextract
from spacy.language import Language
print(sorted(m for m in ("spacy", "spacy.cli", "spacy.cli.info", "requests") if m in sys.modules))
import spacy
print("spacy_version" in spacy.info(silent=True), "spacy.cli.info" in sys.modules)
import spacy.cli
print(callable(sys.modules["spacy.cli.info"].info_cli), callable(spacy.cli.init_config))
"""


def test_import_spacy_leaves_out_its_command_line_until_used():
    """``import ruextract`` imports spaCy without ``spacy.cli``; ``spacy.info`` and a later
    ``import spacy.cli`` still work (a fresh interpreter: this one has spaCy already)."""
    import subprocess
    import sys

    found = subprocess.run(
        [sys.executable, "-c", SPACY_AFTER_IMPORT], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert found == ["['spacy']", "True True", "True True"]


def test_import_spacy_is_a_no_op_once_spacy_is_imported():
    import sys

    before = dict(sys.modules)
    models.import_spacy()
    assert "spacy" in before and sys.modules == before


def test_yargy_morph_parses_as_yargys_own():
    """The grammars' morphology (pymorphy2's dictionary opened by path) gives every word the
    forms yargy's default ``MorphTokenizer()`` gives it."""
    from yargy.tokenizer import MorphTokenizer

    own = MorphTokenizer().morph
    words = ["стали", "миллиарда", "рублей", "Путина", "в", "двадцатых", "qwerty", "ёжиками"]
    assert [models.yargy_morph()(w) for w in words] == [own(w) for w in words]
    assert models.yargy_morph()("стали")  # not empty: the dictionary is there


def test_embedding_vectors_are_natashas_and_similarity_is_computed_on_first_use():
    """The embeddings give every word natasha's vector; the similarity tables navec computes
    on load are left out until read, and then are navec's."""
    import numpy
    from natasha import NewsEmbedding

    own = NewsEmbedding()
    fresh = models.embedding.__wrapped__()  # not the cached one: its tables may be computed
    assert "norm" not in vars(fresh.pq) and "ab" not in vars(fresh.pq)
    assert fresh.vocab.words == own.vocab.words
    for word in ["путин", "москва", "<unk>", "<pad>"]:
        assert numpy.array_equal(fresh[word], own[word])
    assert fresh.sim("москва", "петербург") == own.sim("москва", "петербург")
    assert numpy.array_equal(fresh.pq.norm, own.pq.norm)
    assert numpy.array_equal(fresh.pq.ab, own.pq.ab)
    with pytest.raises(AttributeError):
        fresh.pq.nothing  # noqa: B018


def test_morph_analyzer_parses_are_pymorphy3s_each_call_its_own_list():
    """Kept parses are pymorphy3's own, a caller changing its list changes no other's, and a
    word pymorphy3 raises on has none."""
    import pymorphy3

    def readings(parses: list) -> list[tuple]:  # the analyzer's own units compare by identity
        return [(p.word, str(p.tag), p.normal_form, p.score) for p in parses]

    analyzer = models.morph_analyzer()
    plain = pymorphy3.MorphAnalyzer()
    words = ["стали", "Путина", "москве", "коронавирусом", "qwerty", "2020", "из-за"]
    for word in words:
        assert readings(analyzer.parse(word)) == readings(plain.parse(word))
    first = analyzer.parse("стали")
    first.clear()
    assert readings(analyzer.parse("стали")) == readings(plain.parse("стали")) != []
    assert analyzer.parse("\U00017000") == []

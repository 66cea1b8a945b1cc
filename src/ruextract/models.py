"""Model loaders: navec embeddings and slovnet models shipped inside ``natasha``, pymorphy3.

Nothing loads on import. Each loader builds its model on first call and keeps it for the
process, so that components in one pipeline (and pipelines in one process) share one copy.
Models come from installed packages only: no network.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pymorphy3
    from natasha import NewsMorphTagger, NewsNERTagger, NewsSyntaxParser
    from navec import Navec


BLAS_THREAD_SETTERS = (  # numpy's bundled OpenBLAS (scipy-openblas) first, then a system one
    "scipy_openblas_set_num_threads64_",
    "scipy_openblas_set_num_threads_64_",
    "scipy_openblas_set_num_threads",
    "openblas_set_num_threads64_",
    "openblas_set_num_threads",
)


def limit_blas_threads() -> None:
    """Keep OpenBLAS at one thread unless the user chose otherwise (slovnet#11).

    With several processes each spinning many BLAS threads, slovnet runs up to 40x slower;
    on two cores, one process's two BLAS threads cost twice the CPU for the same wall time.
    The environment variables work before numpy is first imported; when numpy is already
    loaded (``import ruextract`` imports spaCy), the loaded OpenBLAS is told directly.
    """
    chosen = "OPENBLAS_NUM_THREADS" in os.environ
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    if not chosen and "numpy" in sys.modules:
        set_openblas_threads(1)


def set_openblas_threads(n: int) -> bool:
    """Set the thread count of the OpenBLAS loaded in this process; False if none found."""
    try:
        with open("/proc/self/maps", encoding="utf-8") as maps:
            paths = {line.split()[-1] for line in maps if "openblas" in line.lower()}
    except OSError:
        return False
    for path in sorted(paths):
        try:
            library = ctypes.CDLL(path)
        except OSError:
            continue
        for name in BLAS_THREAD_SETTERS:
            setter = getattr(library, name, None)
            if setter is not None:
                setter(ctypes.c_int(n))
                return True
    return False


def import_spacy() -> None:
    """Import spaCy without its command line (``spacy.cli``: requests, weasel, httpx, jinja2;
    ~0.2 s of every start-up), which ``spacy/__init__.py`` imports only for ``spacy.info``.

    While spaCy is imported, ``spacy.cli.info`` is a stand-in whose ``info`` imports the real
    one when called; the stand-in is removed right after, so ``import spacy.cli`` later works
    as usual. Does nothing when spaCy is already imported.
    """
    import types

    if "spacy" in sys.modules:
        return
    name = "spacy.cli.info"
    stand_in = types.ModuleType(name)

    def info(*args, **kwargs):
        """``spacy.info``: spaCy's own, imported on first call."""
        import importlib

        return importlib.import_module(name).info(*args, **kwargs)

    stand_in.info = info
    sys.modules[name] = stand_in
    try:
        import spacy  # noqa: F401
    finally:
        if sys.modules.get(name) is stand_in:
            del sys.modules[name]


@lru_cache(maxsize=1)
def embedding() -> Navec:
    """navec news embeddings: what ``natasha.NewsEmbedding()`` loads, but without computing
    on load the tables navec keeps for word similarity (``PQ.precompute``: vector norms and
    centroid products, ~0.2 s of start-up), which the slovnet models never read; they are
    computed on first use (:class:`LazyPQ`)."""
    from natasha.data import NEWS_EMBEDDING
    from navec import Navec
    from navec.meta import Meta
    from navec.navec import META, PQ_, VOCAB
    from navec.tar import Tar
    from navec.vocab import Vocab

    with Tar(NEWS_EMBEDDING) as tar:  # navec's Navec.load, with LazyPQ
        meta = Meta.from_file(tar.load(META))
        Meta.check_protocol(meta.protocol)
        vocab = Vocab.from_file(tar.load(VOCAB))
        pq = lazy_pq_class().from_file(tar.load(PQ_))
    return Navec(meta, vocab, pq)


@lru_cache(maxsize=1)
def lazy_pq_class() -> type:
    """navec's product-quantized vectors (``navec.pq.PQ``) whose similarity tables (``norm``,
    ``ab``) are computed when first read, not on load."""
    import numpy
    from navec.pq import PQ

    class LazyPQ(PQ):
        def precompute(self) -> None:
            self.qdims = numpy.arange(self.qdim)  # what the vectors' lookup needs

        def __getattr__(self, name: str):
            if name in ("norm", "ab"):  # only missing until PQ.precompute has run
                PQ.precompute(self)
                return self.__dict__[name]
            raise AttributeError(name)

    return LazyPQ


@contextmanager
def shared_word_vocab(navec) -> Iterator[None]:
    """Within the block, a slovnet model loaded (``slovnet.exec.pack.Pack.load_vocab``) takes
    its word vocabulary from the navec embeddings ``navec`` instead of building its own.

    natasha's morph, NER and syntax models each ship a word vocabulary of 250,002 words that
    is navec's word list, item for item; building each one (a dict over the words) took
    ~0.3 s of start-up. A model's list is checked against navec's (decompressed and
    compared as one string: a few ms) and, if it differs, built as before.
    """
    from gzip import decompress

    from slovnet.const import WORD
    from slovnet.exec.pack import Pack, vocab_name
    from slovnet.vocab import Vocab

    words = navec.vocab.words
    shared = Vocab.__new__(Vocab)  # Vocab(words) would build the same dict again
    shared.items = words
    shared.item_ids = navec.vocab.word_ids  # {word: id} over the same list, as Vocab builds
    shared.unk_id = navec.vocab.unk_id
    shared.pad_id = navec.vocab.pad_id
    joined: list[str] = []  # navec's words as the model files hold them (made on first use)
    original = Pack.load_vocab

    def load_vocab(self, id: str) -> Vocab:
        if id == WORD:
            text = decompress(self.read(vocab_name(id))).decode("utf8")
            if not joined:
                joined.append("\n".join(words))
            if text == joined[0]:
                return shared
        return original(self, id)

    Pack.load_vocab = load_vocab
    try:
        yield
    finally:
        Pack.load_vocab = original


# sentences per slovnet forward pass for the tagger and the parser (natasha loads them with 8):
# with the sentences sorted by length (morph.py, syntax.py) 32 pads little and runs ~1.5x
# faster; a sentence's tags do not depend on its batch
SENTENCE_BATCH_SIZE = 32


def set_batch_size(model, size: int) -> None:
    """Set a slovnet model's batch size (the API's and its encoder's, fixed at load)."""
    model.batch_size = size
    model.infer.encoder.batch_size = size


@lru_cache(maxsize=1)
def morph_tagger() -> NewsMorphTagger:
    """slovnet news morphology tagger (UD POS + features)."""
    from natasha import NewsMorphTagger

    with shared_word_vocab(embedding()):
        tagger = NewsMorphTagger(embedding())
    set_batch_size(tagger, SENTENCE_BATCH_SIZE)
    return tagger


@lru_cache(maxsize=1)
def ner_tagger() -> NewsNERTagger:
    """slovnet news NER tagger (PER, LOC, ORG)."""
    from natasha import NewsNERTagger

    with shared_word_vocab(embedding()):
        return NewsNERTagger(embedding())


@lru_cache(maxsize=1)
def syntax_parser() -> NewsSyntaxParser:
    """slovnet news dependency parser (UD relations)."""
    from natasha import NewsSyntaxParser

    with shared_word_vocab(embedding()):
        parser = NewsSyntaxParser(embedding())
    set_batch_size(parser, SENTENCE_BATCH_SIZE)
    return parser


@lru_cache(maxsize=1)
def yargy_morph():
    """yargy's cached morphology (``yargy.morph.CachedMorphAnalyzer``, what
    ``MorphTokenizer()`` builds) on pymorphy2's Russian dictionary, opened by its path:
    pymorphy2 on its own finds the dictionary by scanning every installed package's entry
    points (``pkg_resources``, ~0.1 s of start-up)."""
    import pymorphy2
    import pymorphy2_dicts_ru
    from yargy.morph import CachedMorphAnalyzer, MorphAnalyzer

    morph = CachedMorphAnalyzer.__new__(CachedMorphAnalyzer)
    MorphAnalyzer.__init__(morph, pymorphy2.MorphAnalyzer(path=pymorphy2_dicts_ru.get_path()))
    return morph


# words whose pymorphy3 parses are kept (least recently used dropped first): the stages parse
# the same words again (lemmas, names, posts, countries, the grammars): 100 corpus articles
# make 33,000 calls for 12,500 words; ~1 KB per word kept, so memory stays bounded
PARSE_CACHE = 20_000


@lru_cache(maxsize=1)
def morph_analyzer() -> pymorphy3.MorphAnalyzer:
    """pymorphy3 analyzer with the OpenCorpora Russian dictionary.

    Its ``parse`` never raises: pymorphy3 raises ``ValueError`` on letters that have no
    Unicode name (found by fuzzing: "\\U00017000"); such a word has no parses here. The parses
    of the last :data:`PARSE_CACHE` words are kept; each call returns a list of its own.
    """
    import pymorphy3

    class MorphAnalyzer(pymorphy3.MorphAnalyzer):
        def parse(self, word: str) -> list:
            return list(self._parses(word))

        @lru_cache(maxsize=PARSE_CACHE)  # noqa: B019 (one analyzer per process, kept)
        def _parses(self, word: str) -> tuple:
            try:
                return tuple(super().parse(word))
            except ValueError:
                return ()

    return MorphAnalyzer()

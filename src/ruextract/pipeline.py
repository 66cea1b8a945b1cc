"""The pipeline: ``load()`` builds the spaCy ``Language``; ``extract()`` and ``process()`` run it.

Stage order lives in the pipeline configs (``pipelines/*.cfg``); every stage is a registered
spaCy component in its own module, imported here so that its factory is known.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from datetime import date
from importlib import resources
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import load_config, load_model_from_config

from ruextract.extensions import register_extensions
from ruextract.models import limit_blas_threads
from ruextract.records import Article

DEFAULT_PIPELINE = "news"
# modules whose import registers the tokenizer and the components
COMPONENT_MODULES = (
    "ruextract.segment",
    "ruextract.morph",
    "ruextract.ner",
)


def pipeline_names() -> list[str]:
    """Names of the pipeline configs shipped with ruextract (``pipelines/NAME.cfg``)."""
    folder = resources.files("ruextract.pipelines")
    return sorted(p.name[: -len(".cfg")] for p in folder.iterdir() if p.name.endswith(".cfg"))


def config_path(pipeline: str | Path) -> Path:
    """Resolve a pipeline name ("news") or a path to a ``config.cfg`` file."""
    path = Path(pipeline)
    if path.suffix == ".cfg" or path.exists():
        if not path.is_file():
            raise FileNotFoundError(f"pipeline config not found: {path}")
        return path
    candidate = resources.files("ruextract.pipelines") / f"{pipeline}.cfg"
    if not candidate.is_file():
        known = ", ".join(pipeline_names())
        raise ValueError(f"unknown pipeline {str(pipeline)!r}; known: {known}, or a .cfg path")
    return Path(str(candidate))


def load(pipeline: str | Path = DEFAULT_PIPELINE) -> Language:
    """Build the spaCy pipeline named ``pipeline`` (or from a config file path).

    The models come from installed packages (natasha's slovnet models on navec embeddings,
    pymorphy3's dictionary); nothing is downloaded.
    """
    limit_blas_threads()
    register_extensions()
    for module in COMPONENT_MODULES:
        importlib.import_module(module)
    config = load_config(config_path(pipeline))
    return load_model_from_config(config, auto_fill=True, validate=True)


def make_doc(nlp: Language, article: Article) -> Doc:
    """Tokenize an article's text into a ``Doc`` carrying its metadata extensions."""
    doc = nlp.make_doc(article.text)
    doc._.doc_id = article.doc_id
    doc._.date = article.date
    doc._.title = article.title
    doc._.url = article.url
    doc._.source = article.source
    return doc


def run_docs(
    nlp: Language, articles: Iterable[Article], batch_size: int | None = None
) -> Iterator[Doc]:
    """Run ``nlp`` over articles in batches, yielding one processed ``Doc`` per article."""
    docs = (make_doc(nlp, article) for article in articles)
    yield from nlp.pipe(docs, batch_size=batch_size or nlp.batch_size)


def as_article(text: str, date_: date | str | None = None, doc_id: str = "0") -> Article:
    """An :class:`Article` from a text and an optional date (``date`` or ISO string)."""
    if isinstance(date_, str):
        date_ = date.fromisoformat(date_)
    return Article(doc_id=doc_id, text=text, date=date_)

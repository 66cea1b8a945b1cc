"""The pipeline: ``load()`` builds the spaCy ``Language``; ``extract()`` and ``process()`` run it.

Stage order lives in the pipeline configs (``pipelines/*.cfg``); every stage is a registered
spaCy component in its own module, imported here so that its factory is known.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import load_config, load_model_from_config

from ruextract import io, tables
from ruextract.extensions import register_extensions
from ruextract.models import limit_blas_threads
from ruextract.records import Article, Country, DateValue, Fact, Mention, Person, Role

DEFAULT_PIPELINE = "news"
# modules whose import registers the tokenizer and the components
COMPONENT_MODULES = (
    "ruextract.segment",
    "ruextract.morph",
    "ruextract.ner",
    "ruextract.people",
    "ruextract.countries",
    "ruextract.organizations",
    "ruextract.roles",
    "ruextract.dates",
    "ruextract.syntax",
    "ruextract.facts",
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


def make_doc(
    nlp: Language,
    article: Article | str,
    date: date | str | None = None,
    *,
    doc_id: str = "0",
    title: str | None = None,
    url: str | None = None,
) -> Doc:
    """Tokenize an article (an :class:`Article`, or a text with its ``date`` and metadata)
    into a ``Doc`` carrying its metadata extensions, ready for ``nlp(doc)`` or ``nlp.pipe``.

    The article date anchors relative dates ("в прошлом году", "вчера"); a plain
    ``nlp(text)`` has none, so those stay unresolved (``value_start`` empty). ``date`` is a
    ``datetime.date`` or a string in any form :func:`ruextract.io.parse_date` reads; an
    unreadable one raises ``ValueError``. ``nlp.pipe(((text, {"date": …}), …),
    as_tuples=True)`` gives each doc the date of its context instead.
    """
    if isinstance(article, str):
        article = as_article(article, date, doc_id)
        article = replace(article, title=title, url=url)
    doc = nlp.make_doc(article.text)
    doc._.doc_id = article.doc_id
    doc._.date = article.date
    doc._.title = article.title
    doc._.url = article.url
    doc._.source = article.source
    doc._.date_error = article.date_error
    doc._.encoding = article.encoding
    doc._.duplicate_of = article.duplicate_of
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
        date_ = io.parse_date(date_)
    return Article(doc_id=doc_id, text=text, date=date_)


def batch_article(
    text: str,
    date_: object,
    doc_id: str,
    *,
    title: str | None = None,
    url: str | None = None,
) -> Article:
    """An :class:`Article` of a batch: an unreadable date is kept as ``date_error`` (the
    article is processed without a date) instead of stopping the batch."""
    found, error = io.read_date(date_)
    return Article(doc_id=doc_id, text=text, date=found, title=title, url=url, date_error=error)


@lru_cache(maxsize=4)
def cached(pipeline: str = DEFAULT_PIPELINE) -> Language:
    """The pipeline ``pipeline``, built once per process for ``extract`` and ``process``."""
    return load(pipeline)


@dataclass(frozen=True)
class Result:
    """What ruextract found in one article: the processed ``Doc`` and its records."""

    doc: Doc

    @property
    def mentions(self) -> list[Mention]:
        """Entity mentions (PER, COUNTRY, LOC, ORG) in text order."""
        return tables.mentions(self.doc)

    @property
    def people(self) -> list[Person]:
        """People of the article, one record per person."""
        return [person for person, _ in tables.people(self.doc)]

    @property
    def countries(self) -> list[Country]:
        """Countries of the article, one record per country."""
        return [country for country, _ in tables.countries(self.doc)]

    @property
    def dates(self) -> list[DateValue]:
        """Date expressions resolved to calendar ranges."""
        return tables.dates(self.doc)

    @property
    def facts(self) -> list[Fact]:
        """Numeric facts: money, percentages, quantities."""
        return tables.facts(self.doc)

    @property
    def roles(self) -> list[Role]:
        """Posts held by people: role, where, status."""
        return tables.roles(self.doc)

    def to_frames(self) -> dict[str, pd.DataFrame]:
        """Every output table of this article as a DataFrame."""
        return tables.frames(tables.link_persons(tables.rows_from_doc(self.doc)))


class Results(list[Result]):
    """Results of many articles (a list) that also turns into tables."""

    def to_frames(self) -> dict[str, pd.DataFrame]:
        """Every output table over all articles as a DataFrame."""
        rows = tables.merge(tables.rows_from_doc(r.doc) for r in self)
        return tables.frames(tables.link_persons(rows))

    @property
    def persons(self) -> pd.DataFrame:
        """People across all these articles: the ``persons`` table (see ``ruextract.persons``)."""
        return self.to_frames()["persons"]


def extract(
    text: str,
    date: date | str | None = None,
    *,
    doc_id: str = "0",
    nlp: Language | None = None,
) -> Result:
    """Process one article. ``date`` (``datetime.date`` or ``"YYYY-MM-DD"``) anchors relative
    dates such as "в этом году"."""
    nlp = nlp or cached()
    return Result(next(run_docs(nlp, [as_article(text, date, doc_id)])))


def process(
    texts: Iterable[str] | pd.DataFrame,
    *,
    dates: Iterable[date | str | None] | None = None,
    text_column: str = "text",
    nlp: Language | None = None,
    batch_size: int | None = None,
) -> Results:
    """Process many articles: an iterable of texts or a DataFrame with a text column.

    A DataFrame may also have ``id``, ``date``, ``title`` and ``url`` columns; ``dates``
    gives article dates alongside an iterable of texts (one per text, ``None`` for none); one
    string is refused (``TypeError``: use ``extract``). Ids default to positions ("0", "1", …).
    A date that cannot be read does not stop the batch: that article is processed without a
    date, with the reason in ``documents.date_error`` and a ``DateError`` row in ``errors``
    (as in ``ruextract run``).
    """
    if isinstance(texts, str):
        raise TypeError("process() takes many texts: use extract(text) or process([text])")
    nlp = nlp or cached()
    if isinstance(texts, pd.DataFrame):
        df = texts
        if text_column not in df.columns:
            raise ValueError(f"DataFrame has no {text_column!r} column")
        records = df.rename(columns={text_column: "text"}).to_dict("records")
        articles = [
            batch_article(
                str(record["text"]),
                record.get("date"),
                str(record.get("id", n)),
                title=io.optional_text(record.get("title")),
                url=io.optional_text(record.get("url")),
            )
            for n, record in enumerate(records)
        ]
    else:
        texts = list(texts)
        dates_ = list(dates) if dates is not None else None
        if dates_ is not None and len(dates_) != len(texts):
            raise ValueError(f"{len(texts)} texts but {len(dates_)} dates: give one date per text")
        articles = [
            batch_article(text, dates_[n] if dates_ else None, str(n))
            for n, text in enumerate(texts)
        ]
    return Results(Result(doc) for doc in run_docs(nlp, articles, batch_size))

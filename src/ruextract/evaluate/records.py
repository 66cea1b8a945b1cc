"""Record gold: the project's own annotations of the records users read, scored field by field.

A record gold file (``data/gold/<task>.jsonl``) holds one JSON object per article::

    {"task": "facts", "source": "nerel_dev", "id": "<the article's id in source>",
     "set": "tune" | "heldout", "date": "YYYY-MM-DD" | null, ...the task's own fields...}

Texts are never copied into the gold: ``source`` names a file ``<source>.jsonl`` of
``{"id", "text"}`` records in the texts folder (by default ``../shared/data/gold``).
Annotations point into the text by character offsets; every annotated item that has
``start``, ``stop`` and ``surface`` is checked against the text before scoring, so a gold file
that no longer matches its texts fails loudly instead of scoring nonsense.

``set`` keeps tuning honest: rules are tuned on ``tune`` articles only, and the figures that
are reported are those of ``heldout``. Each task is scored by ``ruextract.evaluate.<task>``,
a module with ``score(pairs) -> list[Measure]`` over (gold record, processed ``Doc``) pairs;
``TASKS`` names them. The pipeline runs over the gold articles with their gold ``date`` as the
article date.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ruextract import io
from ruextract.evaluate.entities import read_gold
from ruextract.pipeline import run_docs
from ruextract.records import Article

DEFAULT_TEXTS = Path("../shared/data/gold")
SUBSETS = ("tune", "heldout", "all")

# task -> module with score(pairs); a task module is imported only when its gold is scored
TASKS: dict[str, str] = {
    "dates": "ruextract.evaluate.dates",
    "facts": "ruextract.evaluate.facts",
    "people": "ruextract.evaluate.people",
    "roles": "ruextract.evaluate.role_records",
}

Scorer = Callable[[list[tuple[dict, Doc]]], list["Measure"]]


@dataclass(frozen=True, slots=True)
class Measure:
    """One figure of a record evaluation: ``hits`` out of ``total`` (a rate, recall, accuracy)."""

    name: str
    hits: float  # a count, or a sum of per-item fractions (B³)
    total: int

    @property
    def value(self) -> float:
        """``hits / total``, NaN when there is nothing to count."""
        return self.hits / self.total if self.total else float("nan")


@dataclass(frozen=True, slots=True)
class RecordReport:
    """The measures of one task on one subset of its gold articles."""

    task: str
    subset: str
    n_articles: int
    measures: list[Measure]


def gold_kind(path: Path) -> str:
    """``"ner"``, ``"ud"`` or a record task name, from the first record of a gold file."""
    first = read_gold(path, limit=1)
    if not first:
        raise ValueError(f"{path}: no records")
    if "task" in first[0]:
        return str(first[0]["task"])
    if "entities" in first[0]:
        return "ner"
    if "tokens" in first[0]:
        return "ud"
    raise ValueError(f"{path}: neither NER (entities), UD (tokens) nor record gold (task)")


def load_texts(records: Iterable[dict], texts_dir: Path) -> dict[tuple[str, str], str]:
    """The text of every gold article, read from ``texts_dir/<source>.jsonl`` by ``id``."""
    wanted: dict[str, set[str]] = {}
    for record in records:
        wanted.setdefault(record["source"], set()).add(str(record["id"]))
    texts: dict[tuple[str, str], str] = {}
    for source, ids in wanted.items():
        path = texts_dir / f"{source}.jsonl"
        if not path.is_file():
            raise FileNotFoundError(
                f"{path}: the texts of source {source!r} are not there (give --texts DIR)"
            )
        for record in read_gold(path):
            if str(record["id"]) in ids:
                texts[(source, str(record["id"]))] = record["text"]
        missing = ids - {i for s, i in texts if s == source}
        if missing:
            raise ValueError(f"{path}: no article with id {sorted(missing)[0]!r}")
    return texts


def check_offsets(record: dict, text: str) -> None:
    """Raise ``ValueError`` when an annotated ``surface`` is not ``text[start:stop]``."""
    for item in _items(record):
        if {"start", "stop", "surface"} <= item.keys():
            found = text[item["start"] : item["stop"]]
            if found != item["surface"]:
                raise ValueError(
                    f"{record['source']}/{record['id']}: {item['start']}-{item['stop']} is "
                    f"{found!r} in the text, the gold says {item['surface']!r}"
                )


def _items(value: object) -> Iterator[dict]:
    if isinstance(value, dict):
        yield value
        for inner in value.values():
            yield from _items(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _items(inner)


def scorer(task: str) -> Scorer:
    """The ``score`` function of a record task."""
    if task not in TASKS:
        known = ", ".join(sorted(TASKS)) or "none"
        raise ValueError(f"no evaluation for record task {task!r} (known: {known})")
    return importlib.import_module(TASKS[task]).score


def evaluate_records(
    nlp: Language, path: Path, texts_dir: Path = DEFAULT_TEXTS, limit: int | None = None
) -> list[RecordReport]:
    """Run ``nlp`` over the articles of a record gold file and score them per subset."""
    records = read_gold(path, limit)
    if not records:
        raise ValueError(f"{path}: no records")
    task = records[0]["task"]
    score = scorer(task)
    texts = load_texts(records, texts_dir)
    articles = []
    for record in records:
        text = texts[(record["source"], str(record["id"]))]
        check_offsets(record, text)
        date = io.parse_date(record["date"]) if record.get("date") else None
        articles.append(Article(doc_id=str(record["id"]), text=text, date=date))
    pairs = list(zip(records, run_docs(nlp, articles), strict=True))
    reports = []
    for subset in SUBSETS:
        chosen = [pair for pair in pairs if subset == "all" or pair[0].get("set") == subset]
        if chosen:
            reports.append(RecordReport(task, subset, len(chosen), score(chosen)))
    return reports

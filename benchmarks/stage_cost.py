"""What one stage costs: the pipeline without it, then the stage alone on the docs it made.

Timing the stage on its own is steadier than two whole runs on a shared machine, whose noise
(other jobs) is larger than a small stage.

    python benchmarks/stage_cost.py ../shared/data/corpus/nerel_train_texts.jsonl \
        --limit 300 --stage ruextract_roles [--exclude held_out_ids.txt]

``--exclude`` drops the articles whose ``id`` a file lists (one per line, ``#`` comments), so
that a timing run never processes a held-out article.

``--inline`` (session 14) times the stage where ``ruextract run`` runs it: inside one streamed
run, doc by doc between the other stages, under the run's collector settings
(``runner.gc_threshold`` and ``frozen_heap``), and prints its time against the rest of the same
run's wall time. The stage alone over 300 docs held in memory pays for full collections that
walk all of them; in a streamed run the collections land in every stage by its allocations.
``--rounds N`` repeats it (medians).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

import ruextract
from ruextract.pipeline import run_docs
from ruextract.records import Article
from ruextract.runner import frozen_heap, gc_threshold


def read_ids(path: Path) -> set[str]:
    """The ids a file lists, one per line; blank lines and ``#`` comments are skipped."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def corpus_texts(corpus: Path, limit: int, excluded: set[str]) -> list[str]:
    """The first ``limit`` texts of a JSONL corpus whose ``id`` is not in ``excluded``."""
    with corpus.open(encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    return [r["text"] for r in records if str(r.get("id")) not in excluded][:limit]


class StageTimer:
    """A pipeline component that runs ``stage`` and adds up the wall time it takes."""

    def __init__(self, stage: Callable[[Doc], Doc]) -> None:
        self.stage = stage
        self.seconds = 0.0

    def __call__(self, doc: Doc) -> Doc:
        started = time.perf_counter()
        doc = self.stage(doc)
        self.seconds += time.perf_counter() - started
        return doc


def inline_cost(nlp: Language, articles: list[Article], stage: str) -> tuple[float, float]:
    """(the whole streamed run's wall time, the part of it spent in ``stage``), under the
    collector settings of ``ruextract run``."""
    components = nlp._components  # spaCy's (name, component) list: no public way to wrap one
    index = [name for name, _ in components].index(stage)
    original = components[index]
    timer = StageTimer(original[1])
    components[index] = (stage, timer)
    try:
        with gc_threshold(), frozen_heap():
            started = time.perf_counter()
            for _ in run_docs(nlp, articles):
                pass
            whole = time.perf_counter() - started
    finally:
        components[index] = original
    return whole, timer.seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="JSONL with a text field per line")
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--stage", default="ruextract_roles")
    parser.add_argument("--exclude", type=Path, help="file of article ids to leave out")
    parser.add_argument("--inline", action="store_true", help="time the stage in a streamed run")
    parser.add_argument("--rounds", type=int, default=1, help="--inline runs (medians)")
    args = parser.parse_args()
    excluded = read_ids(args.exclude) if args.exclude else set()
    texts = corpus_texts(args.corpus, args.limit, excluded)
    articles = [Article(doc_id=str(n), text=text) for n, text in enumerate(texts)]
    nlp = ruextract.load()
    list(run_docs(nlp, articles[:5]))  # warm-up: models and caches
    if args.inline:
        shares = []
        for _ in range(args.rounds):
            whole, stage_time = inline_cost(nlp, articles, args.stage)
            shares.append(stage_time / (whole - stage_time))
            print(
                f"{len(articles)} articles streamed: {whole:.1f} s, {args.stage} "
                f"{stage_time:.2f} s ({shares[-1]:.1%} of the rest)"
            )
        print(f"median {statistics.median(shares):.1%} of the rest ({args.rounds} rounds)")
        return
    with nlp.select_pipes(disable=[args.stage]):
        started = time.perf_counter()
        docs = list(run_docs(nlp, articles))
        base = time.perf_counter() - started
    stage = nlp.get_pipe(args.stage)
    started = time.perf_counter()
    for doc in docs:
        stage(doc)
    alone = time.perf_counter() - started
    print(
        f"{len(docs)} articles: pipeline without {args.stage} {base:.1f} s; "
        f"{args.stage} alone {alone:.2f} s ({alone / base:.1%} of the rest)"
    )


if __name__ == "__main__":
    main()

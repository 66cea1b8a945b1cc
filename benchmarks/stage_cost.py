"""What one stage costs: the pipeline without it, then the stage alone on the docs it made.

Timing the stage on its own is steadier than two whole runs on a shared machine, whose noise
(other jobs) is larger than a small stage.

    python benchmarks/stage_cost.py ../shared/data/corpus/nerel_train_texts.jsonl \
        --limit 300 --stage ruextract_roles [--exclude held_out_ids.txt]

``--exclude`` drops the articles whose ``id`` a file lists (one per line, ``#`` comments), so
that a timing run never processes a held-out article.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import ruextract
from ruextract.pipeline import run_docs
from ruextract.records import Article


def read_ids(path: Path) -> set[str]:
    """The ids a file lists, one per line; blank lines and ``#`` comments are skipped."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def corpus_texts(corpus: Path, limit: int, excluded: set[str]) -> list[str]:
    """The first ``limit`` texts of a JSONL corpus whose ``id`` is not in ``excluded``."""
    with corpus.open(encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    return [r["text"] for r in records if str(r.get("id")) not in excluded][:limit]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="JSONL with a text field per line")
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--stage", default="ruextract_roles")
    parser.add_argument("--exclude", type=Path, help="file of article ids to leave out")
    args = parser.parse_args()
    excluded = read_ids(args.exclude) if args.exclude else set()
    texts = corpus_texts(args.corpus, args.limit, excluded)
    articles = [Article(doc_id=str(n), text=text) for n, text in enumerate(texts)]
    nlp = ruextract.load()
    list(run_docs(nlp, articles[:5]))  # warm-up: models and caches
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

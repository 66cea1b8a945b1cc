"""CPU time of each pipeline stage (and of building the table rows) on a corpus, in-process.

The pipeline is loaded and warmed up on a short article first, so start-up is excluded; each
stage then runs over all the articles before the next (``pipe``), timed with the process CPU
clock (steadier than wall time on a shared machine). With ``--compare`` a second corpus (e.g.
one article of 180,000 characters against one of 45,000) is timed the same way and the ratio
of the totals printed.

    python benchmarks/stages.py ../shared/data/corpus/nerel_train_texts.jsonl --limit 100
    python benchmarks/stages.py long45k.jsonl --compare long180k.jsonl
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from ruextract import io, tables
from ruextract.pipeline import load, make_doc

WARM_UP = "Москва, 1 мая 2024 года. Рост на 5%, 3 млн рублей, сообщил Владимир Путин. 10 км."


def stage_times(nlp, corpus: Path, limit: int | None) -> tuple[dict[str, float], int, int]:
    """CPU seconds per stage over the articles of ``corpus``; the number of docs and tokens."""
    articles = [a for a in io.read_file(corpus, corpus) if not hasattr(a, "stage")][:limit]
    started = time.process_time()
    docs = [make_doc(nlp, article) for article in articles]
    times = {"tokenize": time.process_time() - started}
    for name, component in nlp.pipeline:
        started = time.process_time()
        docs = (
            list(component.pipe(docs)) if hasattr(component, "pipe") else list(map(component, docs))
        )
        times[name] = time.process_time() - started
    started = time.process_time()
    for doc in docs:
        tables.rows_from_doc(doc)
    times["rows"] = time.process_time() - started
    return times, len(docs), sum(len(doc) for doc in docs)


def report(corpus: Path, times: dict[str, float], n_docs: int, n_tokens: int) -> float:
    total = sum(times.values())
    print(f"{corpus.name}: {n_docs} docs, {n_tokens} tokens")
    for name, seconds in times.items():
        print(f"  {name:26}{seconds:7.2f} s {100 * seconds / total:5.1f}%")
    print(f"  {'total':26}{total:7.2f} s")
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="input file (JSONL, .txt, ...)")
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--compare", type=Path, default=None, help="a second corpus")
    parser.add_argument("--pipeline", default="news")
    args = parser.parse_args()
    nlp = load(args.pipeline)
    nlp(WARM_UP)
    first = report(args.corpus, *stage_times(nlp, args.corpus, args.limit))
    if args.compare:
        second = report(args.compare, *stage_times(nlp, args.compare, args.limit))
        print(f"ratio {args.compare.name} / {args.corpus.name}: {second / first:.2f}")


if __name__ == "__main__":
    main()

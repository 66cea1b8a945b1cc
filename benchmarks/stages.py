"""CPU time of each pipeline stage (and of building the table rows) on a corpus, in-process.

The pipeline is loaded and warmed up on a short article first, so start-up is excluded; each
stage then runs over all the articles before the next (its ``pipe``), timed with the process
CPU clock (steadier than wall time on a shared machine). ``--length`` instead times one
article of 45,000 and one of 180,000 characters (corpus articles joined) stage by stage and
prints the ratio of each stage and of the totals: 4.0 is linear, and the stage whose ratio is
far above 4 is the one that is not. ``--warm`` runs every stage over the articles once untimed
first: the caches (token views of the grammars, lemmas, morphology) are then as full as in the
steady state of a long run, and the times are those of that state. The garbage collector runs
as in ``ruextract run`` (:func:`ruextract.runner.gc_threshold`, and the loaded pipeline out of
its reach, :func:`ruextract.runner.frozen_heap`); ``--gc-default`` keeps Python's default
thresholds and freezes nothing.

    python benchmarks/stages.py ../shared/data/corpus/nerel_train_texts.jsonl --limit 100
    python benchmarks/stages.py ../shared/data/corpus/nerel_train_texts.jsonl --limit 100 --warm
    python benchmarks/stages.py ../shared/data/corpus/nerel_train_texts.jsonl --length
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from spacy.language import Language

from ruextract import io, runner, tables
from ruextract.pipeline import load, make_doc
from ruextract.records import Article

WARM_UP = "Москва, 1 мая 2024 года. Рост на 5%, 3 млн рублей, сообщил Владимир Путин. 10 км."
LENGTHS = (45_000, 180_000)


def read_articles(corpus: Path, limit: int | None) -> list[Article]:
    """The articles of ``corpus`` (any input form ruextract reads), the first ``limit``."""
    found = [item for item in io.read_file(corpus, corpus) if isinstance(item, Article)]
    return found[:limit]


def long_article(corpus: Path, n_chars: int) -> Article:
    """One article of ``n_chars`` characters: the corpus articles joined by blank lines."""
    parts, size = [], 0
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            if size >= n_chars:
                break
            if line.strip():
                parts.append(json.loads(line)["text"])
                size += len(parts[-1]) + 2
    return Article(doc_id=f"long{n_chars}", text="\n\n".join(parts)[:n_chars])


def stage_times(nlp: Language, articles: list[Article]) -> tuple[dict[str, float], int]:
    """CPU seconds per stage over ``articles`` (tokenizer, components, rows); the tokens."""
    started = time.process_time()
    docs = [make_doc(nlp, article) for article in articles]
    times = {"tokenize": time.process_time() - started}
    for name, component in nlp.pipeline:
        started = time.process_time()
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs))
        else:
            docs = [component(doc) for doc in docs]
        times[name] = time.process_time() - started
    started = time.process_time()
    for doc in docs:
        tables.rows_from_doc(doc)
    times["rows"] = time.process_time() - started
    return times, sum(len(doc) for doc in docs)


def report(label: str, times: dict[str, float], n_tokens: int) -> float:
    """Print the stage times of one run with their shares; return the total."""
    total = sum(times.values())
    print(f"{label}: {n_tokens} tokens")
    for name, seconds in times.items():
        print(f"  {name:26}{seconds:7.2f} s {100 * seconds / total:5.1f}%")
    print(f"  {'total':26}{total:7.2f} s")
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="input file (JSONL, .txt, ...)")
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--length", action="store_true", help="45k vs 180k-character article")
    parser.add_argument("--warm", action="store_true", help="time a second pass (caches full)")
    parser.add_argument("--pipeline", default="news")
    parser.add_argument("--gc-default", action="store_true", help="Python's default gc thresholds")
    args = parser.parse_args()
    # for the whole process, as a run has it (the context managers are kept: a dropped one
    # would be closed at once, and restore Python's default thresholds)
    collector = [runner.gc_threshold(), runner.frozen_heap()] if not args.gc_default else []
    collector[0].__enter__() if collector else None
    nlp = load(args.pipeline)
    nlp(WARM_UP)
    if collector:
        collector[1].__enter__()
    if not args.length:
        articles = read_articles(args.corpus, args.limit)
        if args.warm:
            stage_times(nlp, articles)
        label = f"{args.corpus.name}{' (second pass)' if args.warm else ''}"
        report(label, *stage_times(nlp, articles))
        return
    runs = [stage_times(nlp, [long_article(args.corpus, size)]) for size in LENGTHS]
    totals = [report(f"{size:,} characters", *run) for size, run in zip(LENGTHS, runs, strict=True)]
    (small, _), (large, _) = runs
    print(
        f"ratio {LENGTHS[1] // 1000}k / {LENGTHS[0] // 1000}k (text {LENGTHS[1] / LENGTHS[0]:.1f}x)"
    )
    for name in small:
        print(f"  {name:26}{large[name] / max(small[name], 1e-3):7.2f}")
    print(f"  {'total':26}{totals[1] / totals[0]:7.2f}")


if __name__ == "__main__":
    main()

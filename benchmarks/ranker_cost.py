"""What the learned holder ranker costs: the roles stage timed with ``rank_holders`` off and on,
alternating doc by doc, on the same docs in one run (CPU time: the machine is shared).

The pipeline without the roles stage makes the docs once (its time is the base the points are
counted against, as ``benchmarks/stage_cost.py`` counts them); then each round times the stage
off and on over every doc, so that a load the ranker pays first (navec, its model file) shows
in the first round and the rest compare warm. Both sides must give
the same rows apart from the ranked ones (checked).

    python benchmarks/ranker_cost.py ../shared/data/corpus/nerel_train_texts.jsonl \\
        --limit 300 --rounds 4 [--exclude held_out_ids.txt]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from spacy.tokens import Doc

import ruextract
from ruextract.pipeline import run_docs
from ruextract.records import Article
from ruextract.roles import SPAN_KEY, RoleFinder

sys.path.insert(0, str(Path(__file__).parent))
from stage_cost import corpus_texts, read_ids

STAGE = "ruextract_roles"


def rows(doc: Doc) -> set[tuple[int, int, str]]:
    """The roles rows of a doc: span and holder."""
    return {(span.start, span.end, span._.role.key) for span in doc.spans[SPAN_KEY]}


def rounds(docs: list[Doc], count: int) -> list[tuple[float, float, int]]:
    """Each round's CPU seconds off and on and how many rows the ranker added. Off and on run
    on each doc in turn, the first of them swapped from doc to doc, so that the machine's other
    jobs weigh on both alike; raises when the ranker removes or changes a row of the rules."""
    finders = {"off": RoleFinder(rank_holders=False), "on": RoleFinder(rank_holders=True)}
    found = []
    for _ in range(count):
        seconds = {"off": 0.0, "on": 0.0}
        added = 0
        for n, doc in enumerate(docs):
            made = {}
            for side in ("off", "on") if n % 2 == 0 else ("on", "off"):
                started = time.process_time()
                finders[side](doc)
                seconds[side] += time.process_time() - started
                made[side] = rows(doc)
            if not made["off"] <= made["on"]:
                raise AssertionError("the ranker changed a row of the rules")
            added += len(made["on"]) - len(made["off"])
        found.append((seconds["off"], seconds["on"], added))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="JSONL with a text field per line")
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--exclude", type=Path, help="file of article ids to leave out")
    args = parser.parse_args()
    excluded = read_ids(args.exclude) if args.exclude else set()
    texts = corpus_texts(args.corpus, args.limit, excluded)
    articles = [Article(doc_id=str(n), text=text) for n, text in enumerate(texts)]
    nlp = ruextract.load()
    list(run_docs(nlp, articles[:5]))  # warm-up: models and caches
    with nlp.select_pipes(disable=[STAGE]):
        started = time.process_time()
        docs = list(run_docs(nlp, articles))
        base = time.process_time() - started
    print(f"{len(docs)} articles: pipeline without {STAGE} {base:.1f} s (CPU)")
    found = rounds(docs, args.rounds)
    for n, (t_off, t_on, added) in enumerate(found, 1):
        print(
            f"round {n}: off {t_off:.2f} s "
            f"({t_off / base:.2%}), on {t_on:.2f} s ({t_on / base:.2%}), ranker "
            f"{t_on - t_off:+.2f} s ({(t_on - t_off) / base:+.2%} points), +{added} rows"
        )
    t_off = statistics.median(t for t, _, _ in found)
    extra = statistics.median(t_on - t_off for t_off, t_on, _ in found)
    print(
        f"median: off {t_off:.2f} s ({t_off / base:.2%}); ranker {extra:+.2f} s "
        f"({extra / base:+.2%} points of the rest's time)"
    )


if __name__ == "__main__":
    main()

"""The roles stage alone on cached docs, in fresh processes, alternating two source trees.

``tools/roles_train.py --cache`` keeps NEREL train run up to the roles stage; each process here
reads the first ``--limit`` of those docs, builds what the earlier stages leave on a doc (its
views) and in the shared pymorphy3 cache (the parses of its words), runs the stage on the first
five docs (models loaded), then times the stage over all of them (CPU seconds: the machine is
shared), its word caches cold as after the pipeline's other stages. With ``--against TREE``
the rounds alternate between this tree and that one (e.g. main's head in a worktree), so the
machine's other jobs weigh on both alike; each line gives both sides' seconds and the digest
of the rows (identical for an output-neutral change).

    python benchmarks/roles_alone.py --cache /tmp/train_docs.pkl --against /work/wt/base \\
        --rounds 3
"""

from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import statistics
import subprocess
import sys
import time
from pathlib import Path

TREE = Path(__file__).resolve().parents[1]


def timed(cache: Path, limit: int) -> tuple[float, str]:
    """CPU seconds of the roles stage over the cached docs (cold word caches), and a digest of
    the rows it wrote."""
    from spacy.tokens import Doc

    from ruextract import models, pipeline, views
    from ruextract.roles import SPAN_KEY, RoleFinder

    nlp = pipeline.load()
    with cache.open("rb") as stored:
        _, data = pickle.load(stored)
    docs = []
    for body, user_data in data[:limit]:
        doc = Doc(nlp.vocab).from_bytes(body)
        doc.user_data.update(pickle.loads(user_data))
        docs.append(doc)
    analyzer = models.morph_analyzer()
    for doc in docs:  # what the earlier stages leave: the doc's views, its words' parses
        views.sentence_ids(doc)
        views.token_texts(doc)
        views.token_starts(doc)
        views.views(doc).next_content(doc)
        views.views(doc).prev_content(doc)
        for token in doc:
            analyzer.parse(token.text.lower())
    finder = RoleFinder()
    for doc in docs[:5]:
        finder(doc)
    started = time.process_time()
    for doc in docs:
        finder(doc)
    seconds = time.process_time() - started
    digest = hashlib.sha256()
    for doc in docs:
        for span in doc.spans[SPAN_KEY]:
            digest.update(repr((span.start, span.end, span.id_, span._.role)).encode())
    return seconds, digest.hexdigest()[:16]


def run_in(tree: Path, cache: Path, limit: int) -> tuple[float, str]:
    """``timed`` in a fresh process on the sources of ``tree``."""
    env = dict(os.environ, PYTHONPATH=str(tree / "src"))
    argv = [sys.executable, __file__, "--cache", str(cache), "--limit", str(limit), "--child"]
    out = subprocess.run(argv, env=env, check=True, capture_output=True, text=True).stdout
    seconds, digest = out.split()[-2:]
    return float(seconds), digest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, required=True, help="tools/roles_train.py cache")
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--against", type=Path, help="another source tree, timed in turn")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(*timed(args.cache, args.limit))
        return
    trees = [TREE] + ([args.against] if args.against else [])
    found: dict[Path, list[float]] = {tree: [] for tree in trees}
    for n in range(args.rounds):
        for tree in trees if n % 2 == 0 else trees[::-1]:
            seconds, digest = run_in(tree, args.cache, args.limit)
            found[tree].append(seconds)
            print(f"round {n + 1}: {tree}: {seconds:.2f} s, rows {digest}", flush=True)
    for tree, seconds in found.items():
        print(f"{tree}: median {statistics.median(seconds):.2f} s, min {min(seconds):.2f} s")


if __name__ == "__main__":
    main()

"""What the roles word lists' fit to NEREL train is worth: roles scored out of fold.

The word lists (``role_nouns.tsv``, ``role_adjectives.tsv``, ``non_role_nouns.tsv``,
``org_nouns.tsv``) are built from NEREL train, the set the roles stage is also scored on, so
train figures flatter them. This script splits train by article into two folds (fixed seed),
builds the lists from one fold only (``tools/build_role_nouns.py``, ``tools/build_org_nouns.py``,
same thresholds, same held-out articles left out) and scores the roles stage on the other fold,
beside the lists built from all of train on the same articles. The first figure is what
unseen news gets; the gap is the lists' fit to train.

The articles run through the pipeline without the roles stage once (``--cache`` keeps them);
then only ``ruextract.roles`` runs, once per fold and lists. The people stage, which reads the
role nouns for a name's boundaries, keeps the shipped lists. ``--misses`` lists the gold posts
the out-of-fold lists lose, with the head noun's navec neighbours among the fold's lists.

    PYTHONPATH=src /work/venv/bin/python tools/roles_folds.py --exclude /work/notes/exclude_s9.txt
"""

from __future__ import annotations

import argparse
import csv
import pickle
import random
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from spacy.tokens import Doc

from ruextract import pipeline
from ruextract.evaluate import roles as scorer
from ruextract.evaluate.entities import _articles, read_gold
from ruextract.roles import RoleFinder, words

TOOLS = Path(__file__).parent
GOLD = Path("../shared/data/gold/nerel_train.jsonl")
SEED = 15
STAGES_AFTER = ("ruextract_dates", "ruextract_facts", "ruextract_roles")


def _load_tool(name: str):
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, TOOLS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


nouns_tool = _load_tool("build_role_nouns")
orgs_tool = _load_tool("build_org_nouns")


def folds(ids: list[str], seed: int = SEED) -> tuple[set[str], set[str]]:
    """Two halves of ``ids``, drawn by ``seed``."""
    shuffled = sorted(ids)
    random.Random(seed).shuffle(shuffled)
    half = len(shuffled) // 2
    return set(shuffled[:half]), set(shuffled[half:])


def build_lists(records: list[dict], out_dir: Path) -> None:
    """The four word lists of ``records`` written into ``out_dir``."""
    nouns_tool.write(nouns_tool.choose(nouns_tool.count(records)), out_dir)
    orgs_tool.write(orgs_tool.choose(orgs_tool.count(records)), out_dir / "org_nouns.tsv")


def clear_caches() -> None:
    """Forget every list and every answer made from them in ``roles.words``."""
    for value in vars(words).values():
        if hasattr(value, "cache_clear"):
            value.cache_clear()
    words._NOT_POST.clear()


@contextmanager
def lists_from(directory: Path | None) -> Iterator[None]:
    """The roles stage reads its word lists from ``directory`` (None: the shipped ones)."""
    shipped = words._read_tsv

    def read(name: str) -> list[dict[str, str]]:
        if directory is None or not (directory / name).exists():
            return shipped(name)
        with (directory / name).open(encoding="utf-8") as lines:
            return list(csv.DictReader((x for x in lines if not x.startswith("#")), delimiter="\t"))

    words._read_tsv = read
    clear_caches()
    try:
        yield
    finally:
        words._read_tsv = shipped
        clear_caches()


def cached_docs(records: list[dict], cache: Path | None) -> list[Doc]:
    """The records run through the pipeline up to the roles stage (read from ``cache`` when
    it exists, written to it when not)."""
    nlp = pipeline.load()
    if cache is not None and cache.exists():
        with cache.open("rb") as stored:
            ids, data = pickle.load(stored)
        if ids == [r["id"] for r in records]:
            docs = []
            for body, user_data in data:
                doc = Doc(nlp.vocab).from_bytes(body)
                doc.user_data.update(pickle.loads(user_data))
                docs.append(doc)
            return docs
    with nlp.select_pipes(disable=[n for n in STAGES_AFTER if n in nlp.pipe_names]):
        docs = list(pipeline.run_docs(nlp, _articles(records)))
    if cache is not None:
        data = [(d.to_bytes(exclude=["user_data"]), pickle.dumps(d.user_data)) for d in docs]
        with cache.open("wb") as stored:
            pickle.dump(([r["id"] for r in records], data), stored)
    return docs


def score(pairs: list[tuple[dict, Doc]]) -> tuple[Counter[str], list[tuple], list[tuple]]:
    """Counts of ``scorer.score_roles`` over ``pairs`` after running the roles stage, the gold
    posts found (record id, person, profession) and the wrong rows on spans gold links or on
    no PROFESSION span (record id, person key, role phrase, its start)."""
    finder = RoleFinder()
    total: Counter[str] = Counter()
    found = []
    wrong = []
    for record, doc in pairs:
        finder(doc)
        gold = scorer.gold_roles(record)
        rows = scorer.predicted_roles(doc)
        total.update(scorer.score_roles(gold, rows, scorer.unlinked_professions(record)))
        for item in gold:
            if any(scorer.finds((r.start, r.stop), people, item) for r, people, _ in rows):
                found.append((record["id"], item.person, item.profession))
        unlinked = scorer.unlinked_professions(record)
        for role, people, _ in rows:
            span = (role.start, role.stop)
            if any(scorer.finds(span, people, item) for item in gold):
                continue  # right
            if not scorer.silent(span, gold, unlinked):
                wrong.append((record["id"], role.key, role.text, role.start))
    return total, found, wrong


def ratio(part: int, whole: int) -> str:
    """``part / whole`` to three places, ``-`` when there is nothing to divide."""
    return f"{part / whole:.3f}" if whole else "-"


def figures(counts: Counter[str]) -> str:
    """Recall, precision, linked precision and org accuracy of ``counts``."""
    linked = counts["rows"] - counts["silent"]
    return (
        f"recall {ratio(counts['found'], counts['gold'])} ({counts['found']}/{counts['gold']})  "
        f"precision {ratio(counts['right'], counts['rows'])}  "
        f"linked {ratio(counts['right'], linked)} ({counts['right']}/{linked})  "
        f"org {ratio(counts['org_hits'], counts['org_total'])} "
        f"({counts['org_hits']}/{counts['org_total']})"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--exclude", type=Path, required=True, help="held-out ids, one a line")
    parser.add_argument("--cache", type=Path, help="pickle of the docs before the roles stage")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--misses", action="store_true", help="list posts out-of-fold loses")
    args = parser.parse_args(argv)
    excluded = nouns_tool.read_ids(args.exclude)
    records = [r for r in read_gold(GOLD, None) if r["id"] not in excluded]
    docs = cached_docs(records, args.cache)
    left_out = nouns_tool.heldout_train_ids() | excluded
    fold_a, fold_b = folds([r["id"] for r in records], args.seed)
    totals: dict[str, Counter[str]] = {"all of train": Counter(), "out of fold": Counter()}
    lost = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, built, scored in (("A", fold_a, fold_b), ("B", fold_b, fold_a)):
            pairs = [(r, d) for r, d in zip(records, docs, strict=True) if r["id"] in scored]
            lists = Path(tmp) / name
            lists.mkdir()
            build_lists([r for r in records if r["id"] in built and r["id"] not in left_out], lists)
            with lists_from(lists):
                out_counts, out_found, _ = score(pairs)
            with lists_from(None):
                all_counts, all_found, _ = score(pairs)
            totals["out of fold"].update(out_counts)
            totals["all of train"].update(all_counts)
            print(f"lists from fold {name} ({len(built)}), scored on the other ({len(scored)}):")
            print(f"  out of fold   {figures(out_counts)}")
            print(f"  all of train  {figures(all_counts)}")
            lost += [(item, lists) for item in set(all_found) - set(out_found)]
        print("both folds:")
        for label, counts in totals.items():
            print(f"  {label:13} {figures(counts)}")
        if args.misses:
            print_misses(records, lost)


def print_misses(records: list[dict], lost: list) -> None:
    """The gold posts lists from all of train find and out-of-fold lists miss: the head noun,
    whether the fold's lists hold it, and its navec margin."""
    texts = {r["id"]: r["text"] for r in records}
    print(f"posts found by lists from all of train, missed out of fold: {len(lost)}")
    for (doc_id, person, profession), lists in sorted(lost):
        text = texts[doc_id]
        post = text[profession[0] : profession[1]]
        lemma = nouns_tool.head(post) or ""
        with lists_from(lists):
            where = ("role" if lemma in words.role_nouns()
                     else "non-role" if lemma in words.non_role_nouns() else "-")  # fmt: skip
            margin = words.role_margin(lemma) if lemma else None
            judged = bool(lemma) and words.similar_role(lemma)
        shown = "-" if margin is None else f"{margin:.3f}"
        person_text = text[person[0] : person[1]]
        print(f"  {doc_id}\t{person_text}\t{post}\t{lemma}\t{where}\t{shown}\t{judged}")


if __name__ == "__main__":
    main()

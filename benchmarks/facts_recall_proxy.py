"""Recall proxy for facts on unseen news: NEREL's own NUMBER / MONEY / PERCENT spans that no
``facts`` row overlaps, on NEREL train articles in no gold of the project.

NEREL marks numbers itself, so each of its NUMBER spans is a candidate fact our table may
miss (many are not facts: years, scores, ids, "один из" …; read them by data/gold/facts.md).
The pool is every NEREL train article in no ``data/gold/{facts,people,dates}.jsonl`` and not
in the held-out exclusion list (``--exclude``, one id a line): held-out articles are never
run. Prints the counts; ``--out`` writes every uncovered span with its sentence and every
fact row, as JSON, so two runs (code before / after a rule) can be compared with ``diff``:

    python benchmarks/facts_recall_proxy.py run --exclude /work/notes/exclude_s6.txt \\
        --out /tmp/before.json
    python benchmarks/facts_recall_proxy.py diff /tmp/before.json /tmp/after.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "data" / "gold"
LABELS = ("NUMBER", "MONEY", "PERCENT")
TASKS = ("facts", "people", "dates")


def pool(exclude: Path) -> list[dict]:
    """NEREL train articles in no gold of the project and not in ``exclude``."""
    held = set(exclude.read_text(encoding="utf-8").split())
    gold = set()
    for task in TASKS:
        with (ROOT / "data" / "gold" / f"{task}.jsonl").open(encoding="utf-8") as lines:
            gold |= {json.loads(line)["id"] for line in lines if line.strip()}
    with (GOLD / "nerel_train.jsonl").open(encoding="utf-8") as lines:
        articles = [json.loads(line) for line in lines if line.strip()]
    return [a for a in articles if a["id"] not in held and a["id"] not in gold]


def run(exclude: Path, out: Path | None) -> None:
    """Run the pipeline over the pool; print and optionally write the uncovered spans."""
    import ruextract
    from ruextract.pipeline import run_docs
    from ruextract.records import Article

    articles = pool(exclude)
    entities = {a["id"]: [e for e in a["entities"] if e["label"] in LABELS] for a in articles}
    nlp = ruextract.load()
    rows, missed = [], []
    docs = run_docs(nlp, [Article(doc_id=a["id"], text=a["text"]) for a in articles])
    for doc in docs:
        spans = list(doc.spans["facts"])
        for span in spans:
            fact = span._.fact
            rows.append({"id": doc._.doc_id, "start": span.start_char, "stop": span.end_char,
                         "text": span.text, "kind": fact.kind, "value": fact.value,
                         "unit": fact.unit, "subject": fact.subject})  # fmt: skip
        for entity in entities[doc._.doc_id]:
            if any(s.start_char < entity["stop"] and entity["start"] < s.end_char for s in spans):
                continue
            span = doc.char_span(entity["start"], entity["stop"], alignment_mode="expand")
            missed.append({**entity, "id": doc._.doc_id,
                           "sentence": span.sent.text if span is not None else ""})  # fmt: skip
    total = sum(len(found) for found in entities.values())
    print(
        f"{len(articles)} articles, {total} NEREL {'/'.join(LABELS)} spans, "
        f"{len(missed)} overlapped by no fact row, {len(rows)} fact rows"
    )
    if out is not None:
        out.write_text(json.dumps({"rows": rows, "missed": missed}, ensure_ascii=False))


def diff(before: Path, after: Path) -> None:
    """Fact rows added and removed between two runs, and the uncovered counts."""
    old, new = (json.loads(path.read_text(encoding="utf-8")) for path in (before, after))

    def key(row: dict) -> tuple:
        return row["id"], row["start"], row["stop"], row["unit"], row["value"], row["kind"]

    was, now = {key(r): r for r in old["rows"]}, {key(r): r for r in new["rows"]}
    for sign, keys, rows in (
        ("-", was.keys() - now.keys(), was),
        ("+", now.keys() - was.keys(), now),
    ):
        for k in sorted(keys):
            row = rows[k]
            print(f"{sign} {row['id']} {row['text']!r} {row['value']} {row['unit']}")
    print(f"uncovered: {len(old['missed'])} -> {len(new['missed'])}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run_parser = commands.add_parser("run", help="run the pipeline over the pool")
    run_parser.add_argument("--exclude", type=Path, required=True, help="held-out ids, one a line")
    run_parser.add_argument("--out", type=Path)
    diff_parser = commands.add_parser("diff", help="compare two runs' JSON")
    diff_parser.add_argument("before", type=Path)
    diff_parser.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "run":
        run(args.exclude, args.out)
    else:
        diff(args.before, args.after)


if __name__ == "__main__":
    main()

"""The roles stage on NEREL train (the set rules are tuned on): figures, misses and wrong rows.

Runs NEREL train through the pipeline up to the roles stage once (``--cache`` keeps the docs,
so a rule change costs one roles pass, about a minute), then the roles stage, and prints role
recall, precision, linked precision and org accuracy as ``ruextract eval`` counts them.
``--save`` writes what was found and what was wrong; ``--against`` a saved file prints what a
change gained and lost, so each rule is measured as found / right / wrong / silent:

    PYTHONPATH=src python tools/roles_train.py --cache /tmp/train_docs.pkl --save /tmp/base.json
    # change a rule, then
    PYTHONPATH=src python tools/roles_train.py --cache /tmp/train_docs.pkl --against /tmp/base.json

``--misses`` lists every gold WORKS_AS not found, by family: the person not found as PER, the
post given to another person, or no row on the post; in the person's sentence or another;
post before or after the name. ``--wrong`` lists the wrong rows. Train only: a dev article's
output is never printed (``--gold`` refuses a file that is not NEREL train unless ``--counts``).
The cache holds docs made by the stages before roles: rebuild it (delete the file) after
changing any of them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from spacy.tokens import Doc

sys.path.insert(0, str(Path(__file__).parent))
import roles_folds

from ruextract.evaluate import roles as scorer
from ruextract.evaluate.entities import read_gold

GOLD = Path("../shared/data/gold/nerel_train.jsonl")


def _sentence(doc: Doc, char: int) -> int:
    for i, sent in enumerate(doc.sents):
        if sent.start_char <= char < sent.end_char:
            return i
    return -1


def family(record: dict, doc: Doc, item: scorer.GoldRole, rows: list) -> str:
    """A missed gold WORKS_AS's family, from offsets only."""
    persons = [
        (e.start_char, e.end_char)
        for e in doc.ents
        if e.label_ == "PER" and scorer._overlap((e.start_char, e.end_char), item.person)
    ]
    if not persons:
        return "person not found"
    on_post = [r for r, _, _ in rows if scorer._overlap((r.start, r.stop), item.profession)]
    where = "given to another" if on_post else "no row on the post"
    same = _sentence(doc, item.person[0]) == _sentence(doc, item.profession[0])
    side = "post before" if item.profession[0] < item.person[0] else "post after"
    return f"{where}, {'same sentence' if same else 'other sentence'}, {side}"


def run(records: list[dict], docs: list[Doc]) -> tuple[Counter[str], list[tuple], list[tuple]]:
    """Counts, misses (id, family, person, post, sentence) and wrong rows over the articles."""
    finder = roles_folds.RoleFinder()
    total: Counter[str] = Counter()
    misses, wrong = [], []
    for record, doc in zip(records, docs, strict=True):
        finder(doc)
        gold = scorer.gold_roles(record)
        rows = scorer.predicted_roles(doc)
        unlinked = scorer.unlinked_professions(record)
        total.update(scorer.score_roles(gold, rows, unlinked))
        text = record["text"]
        for item in gold:
            if not any(scorer.finds((r.start, r.stop), people, item) for r, people, _ in rows):
                sent = doc.char_span(*item.profession, alignment_mode="expand")
                context = sent.sent.text if sent is not None else ""
                misses.append((
                    record["id"], family(record, doc, item, rows),
                    text[item.person[0] : item.person[1]],
                    text[item.profession[0] : item.profession[1]], item.profession[0], context,
                ))  # fmt: skip
        for role, people, _ in rows:
            span = (role.start, role.stop)
            if any(scorer.finds(span, people, item) for item in gold):
                continue
            if not scorer.silent(span, gold, unlinked):
                on = any(scorer._overlap(span, item.profession) for item in gold)
                kind = "wrong person" if on else "no gold post"
                sent = doc.char_span(role.start, role.stop, alignment_mode="expand")
                context = sent.sent.text if sent is not None else ""
                wrong.append((record["id"], kind, role.key, role.text, role.start, context))
    return total, misses, wrong


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--cache", type=Path, help="pickle of the docs before the roles stage")
    parser.add_argument("--ids", type=Path, help="score only the article ids this file lists")
    parser.add_argument("--save", type=Path, help="write found and wrong here (JSON)")
    parser.add_argument("--against", type=Path, help="a --save file: print gained and lost")
    parser.add_argument("--misses", action="store_true", help="list the misses by family")
    parser.add_argument("--wrong", action="store_true", help="list the wrong rows")
    parser.add_argument("--counts", action="store_true", help="figures only (any NEREL file)")
    args = parser.parse_args(argv)
    if "train" not in args.gold.name and not args.counts:
        parser.error("only NEREL train's misses are printed; give --counts for other files")
    records = read_gold(args.gold, None)
    if args.ids:
        wanted = {line.strip() for line in args.ids.read_text().splitlines() if line.strip()}
        records = [r for r in records if r["id"] in wanted]
    docs = roles_folds.cached_docs(records, args.cache)
    counts, misses, wrong = run(records, docs)
    print(f"{args.gold.name} ({len(records)} articles): {roles_folds.figures(counts)}")
    print(f"misses {len(misses)}, wrong rows {len(wrong)}")
    if args.counts:
        return
    families = Counter(m[1] for m in misses)
    for name, n in families.most_common():
        print(f"  {n:4}  {name}")
    found_now = {(m[0], m[4], m[2]) for m in misses}
    wrong_now = {(w[0], w[4], w[2], w[3]) for w in wrong}
    if args.save:
        args.save.write_text(json.dumps({
            "misses": [list(m) for m in misses], "wrong": [list(w) for w in wrong],
        }, ensure_ascii=False))  # fmt: skip
    if args.against:
        saved = json.loads(args.against.read_text())
        missed_then = {(m[0], m[4], m[2]): m for m in saved["misses"]}
        wrong_then = {(w[0], w[4], w[2], w[3]): w for w in saved["wrong"]}
        gained = [missed_then[k] for k in missed_then.keys() - found_now]
        lost = [m for m in misses if (m[0], m[4], m[2]) not in missed_then]
        new_wrong = [w for w in wrong if (w[0], w[4], w[2], w[3]) not in wrong_then]
        gone_wrong = [wrong_then[k] for k in wrong_then.keys() - wrong_now]
        for title, rows in (("gained", gained), ("lost", lost), ("new wrong rows", new_wrong),
                            ("wrong rows gone", gone_wrong)):  # fmt: skip
            print(f"{title}: {len(rows)}")
            for row in sorted(rows, key=lambda r: (r[0], r[4])):
                print("  " + " | ".join(map(str, row[:5])) + " | " + str(row[5])[:200])
    if args.misses:
        for m in sorted(misses, key=lambda m: (m[1], m[0], m[4])):
            print(" | ".join(map(str, m[:5])) + " | " + m[5][:300].replace("\n", " "))
    if args.wrong:
        for w in sorted(wrong, key=lambda w: (w[1], w[0], w[4])):
            print(" | ".join(map(str, w[:5])) + " | " + w[5][:300].replace("\n", " "))


if __name__ == "__main__":
    main()

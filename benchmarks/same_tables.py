"""Check that a speed change left the tables alone: ``ruextract run`` output against a reference.

Run once before the change with ``--save`` (writes the reference tables), then after it: every
table must be identical, row for row (the ``documents`` table's timing-free columns included).

    python benchmarks/same_tables.py data/raw --reference /tmp/ref_raw --save
    python benchmarks/same_tables.py data/raw --reference /tmp/ref_raw
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd


def run_tables(inputs: list[Path], out: Path, extra: list[str]) -> None:
    """``ruextract run`` (no resume) into ``out``."""
    exe = Path(sys.executable).with_name("ruextract")
    argv = [str(exe), "run", *map(str, inputs), "--out", str(out), "--no-resume", *extra]
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)


def differences(reference: Path, out: Path) -> list[str]:
    """Names of the tables that differ (or exist on one side only), with a hint each."""
    found = []
    names = sorted({p.name for p in reference.glob("*.csv")} | {p.name for p in out.glob("*.csv")})
    for name in names:
        if not (reference / name).exists() or not (out / name).exists():
            found.append(f"{name}: only on one side")
            continue
        a = pd.read_csv(reference / name, keep_default_na=False, dtype=str)
        b = pd.read_csv(out / name, keep_default_na=False, dtype=str)
        if not a.equals(b):
            found.append(f"{name}: {len(a)} rows before, {len(b)} after, content differs")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", type=Path, nargs="+")
    parser.add_argument("--reference", type=Path, required=True, help="reference tables folder")
    parser.add_argument("--save", action="store_true", help="write the reference and stop")
    parser.add_argument("--workers", type=int, default=None, help="ruextract --workers")
    args = parser.parse_args()
    extra = ["--workers", str(args.workers)] if args.workers else []
    if args.save:
        run_tables(args.inputs, args.reference, extra)
        print(f"reference tables in {args.reference}")
        return
    with tempfile.TemporaryDirectory() as tmp:
        run_tables(args.inputs, Path(tmp), extra)
        found = differences(args.reference, Path(tmp))
    for line in found:
        print(line)
    print("identical" if not found else f"{len(found)} tables differ")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()

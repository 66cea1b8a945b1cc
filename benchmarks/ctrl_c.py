"""Ctrl-C during ``ruextract run``: how long until the run exits, and what it says.

Writes ``--files`` small articles, starts ``ruextract run`` with ``--workers`` processes, waits
until the first part file is written, then sends SIGINT to the run's process group (what a
terminal's Ctrl-C does; ``--parent-only``: to the main process alone) and measures the time to
exit. The run must exit 130 and say what it kept and how to resume.

    PYTHONPATH=src python benchmarks/ctrl_c.py --workers 2
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ARTICLE = (
    "date 2024-01-03\nПремьер-министр Японии Фумио Кисида посетил Индию. Товарооборот стран "
    "вырос на 12%. Номер {n}. Глава МИД России Сергей Лавров встретился в Анкаре с коллегой "
    "из Турции.\n"
)


def main(workers: int, files: int, batch_size: int, parent_only: bool) -> tuple[int, float, str]:
    with tempfile.TemporaryDirectory() as tmp:
        inputs, out = Path(tmp) / "in", Path(tmp) / "out"
        inputs.mkdir()
        for n in range(files):
            (inputs / f"{n:04d}.txt").write_text(ARTICLE.format(n=n), encoding="utf-8")
        command = [sys.executable, "-m", "ruextract", "run", str(inputs), "--out", str(out),
                   "--workers", str(workers), "--batch-size", str(batch_size),
                   "--part-size", str(batch_size)]  # fmt: skip
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   text=True, start_new_session=True)  # fmt: skip
        parts = out / ".ruextract" / "parts"
        while process.poll() is None and not (parts.is_dir() and any(parts.glob("*.part"))):
            time.sleep(0.05)
        time.sleep(1.0)
        started = time.monotonic()
        if parent_only:
            os.kill(process.pid, signal.SIGINT)
        else:
            os.killpg(process.pid, signal.SIGINT)
        _, stderr = process.communicate()
        return process.returncode, time.monotonic() - started, stderr.strip().splitlines()[-1]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--files", type=int, default=60)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--parent-only", action="store_true")
    args = parser.parse_args()
    code, seconds, last = main(args.workers, args.files, args.batch_size, args.parent_only)
    print(f"exit {code} after {seconds:.2f} s; last line on stderr:\n{last}")

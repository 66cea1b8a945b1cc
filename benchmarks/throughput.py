"""Throughput and memory: natasha's per-article pipeline against ``ruextract run``.

Both run in one invocation, on the same corpus, each in its own process (so that peak RSS is
each one's own), one after the other on the same machine. Prints wall time, docs/s, tokens/s,
peak RSS and the ratio natasha time / ruextract time; then ruextract's peak RSS on the corpus
repeated 3× (ids made unique), against 1×.

natasha's baseline is the per-article recipe from its README: segment, morph tags, lemmas,
NER with normal forms, DatesExtractor, MoneyExtractor.

The corpus is given to both as one JSONL file, or with ``--txt`` as a folder of ``.txt``
files (one per article: the README's main case). ``--workers`` is ruextract's. ``--length``
instead times ruextract (one worker) on one article of 45,000 and one of 180,000 characters
(corpus articles joined), start-up excluded (the time of a run on a one-line article is
subtracted), and prints the ratio: 4.0 is linear.

    python benchmarks/throughput.py ../shared/data/corpus/nerel_train_texts.jsonl --limit 300
    python benchmarks/throughput.py ../shared/data/corpus/nerel_train_texts.jsonl --limit 300 --txt
    python benchmarks/throughput.py ../shared/data/corpus/nerel_train_texts.jsonl --length

``--compare`` runs every form in one invocation, one after the other (the machine is shared
and noisy: compare the ratios of one invocation): natasha on the JSONL file and on the .txt
folder; ``ruextract run`` on the .txt folder and on the JSONL file with 2 workers and on the
JSONL file with 1; the per-file overhead (.txt folder time / JSONL time, for both); and
ruextract's peak RSS on the corpus 3× against 1× (JSONL, 2 workers).

    python benchmarks/throughput.py ../shared/data/corpus/nerel_train_texts.jsonl \
        --limit 300 --compare

``--without STAGE`` times what one stage adds to a whole run (the issue's "costs at most 5% more
than before, same run"): ``ruextract run`` on the JSONL file with the pipeline as it is, then
with a copy of its config that leaves the stage out, alternating ``--rounds`` times (one worker
unless ``--workers``); wall and CPU seconds of each (start-up, reading and writing the tables
included), their medians, and the cost (with − without) / without.

    python benchmarks/throughput.py ../shared/data/corpus/nerel_train_texts.jsonl \
        --limit 300 --without ruextract_roles --rounds 3
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

NATASHA = r"""
import json, resource, sys, time
from natasha import (Doc, Segmenter, NewsEmbedding, NewsMorphTagger, NewsNERTagger,
                     MorphVocab, DatesExtractor, MoneyExtractor)
import pathlib
started = time.perf_counter()
source = pathlib.Path(sys.argv[1])
if source.is_dir():  # a folder of .txt files, one article each
    texts = [path.read_text(encoding="utf-8") for path in sorted(source.glob("*.txt"))]
else:
    texts = [json.loads(line)["text"] for line in open(source, encoding="utf-8") if line.strip()]
segmenter, vocab = Segmenter(), MorphVocab()
emb = NewsEmbedding()
morph, ner = NewsMorphTagger(emb), NewsNERTagger(emb)
dates, money = DatesExtractor(vocab), MoneyExtractor(vocab)
loaded = time.perf_counter()
n_tokens = 0
for text in texts:
    doc = Doc(text)
    doc.segment(segmenter)
    doc.tag_morph(morph)
    for token in doc.tokens:
        token.lemmatize(vocab)
    doc.tag_ner(ner)
    for span in doc.spans:
        span.normalize(vocab)
    list(dates(text))
    list(money(text))
    n_tokens += len(doc.tokens)
done = time.perf_counter()
print(json.dumps({"docs": len(texts), "tokens": n_tokens, "load": loaded - started,
                  "process": done - loaded,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run_child(argv: list[str], env: dict | None = None) -> tuple[float, float, str, float]:
    """Run a command; return its wall time, peak RSS in MB (largest process), stdout and CPU
    seconds (user + system, its worker processes included: steadier than wall time on a
    busy machine)."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.DEVNULL, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode()
    if proc.returncode != 0:
        raise SystemExit(f"{argv[:3]} failed with exit code {proc.returncode}")
    return wall, usage.ru_maxrss / 1024, text, usage.ru_utime + usage.ru_stime


def corpus_copy(source: Path, folder: Path, limit: int | None, times: int) -> Path:
    """The first ``limit`` articles of ``source``, repeated ``times`` with unique ids."""
    lines = [line for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    lines = lines[:limit] if limit else lines
    path = folder / f"corpus_x{times}.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for copy in range(times):
            for n, line in enumerate(lines):
                record = json.loads(line)
                record["id"] = f"{record.get('id', n)}#{copy}"
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def txt_folder(corpus: Path, folder: Path) -> Path:
    """The articles of a JSONL corpus as a folder of ``.txt`` files (one per article)."""
    folder.mkdir()
    for n, line in enumerate(corpus.read_text(encoding="utf-8").splitlines()):
        if line.strip():
            (folder / f"{n:06d}.txt").write_text(json.loads(line)["text"], encoding="utf-8")
    return folder


def long_article(source: Path, folder: Path, n_chars: int) -> Path:
    """A JSONL file of one article of ``n_chars`` characters: corpus articles joined."""
    parts, size = [], 0
    for line in source.read_text(encoding="utf-8").splitlines():
        if size >= n_chars:
            break
        if line.strip():
            parts.append(json.loads(line)["text"])
            size += len(parts[-1]) + 2
    text = "\n\n".join(parts)[:n_chars]
    path = folder / f"article_{n_chars}.jsonl"
    path.write_text(json.dumps({"id": f"long{n_chars}", "text": text}, ensure_ascii=False))
    return path


def length_scaling(source: Path, folder: Path, extra: list[str], sizes=(45_000, 180_000)) -> None:
    """ruextract time on one long article of each size, start-up excluded, and the ratio."""
    extra = [*extra, "--workers", "1", "--max-chars", "0", "--no-resume"]
    tiny = folder / "tiny.jsonl"
    tiny.write_text(json.dumps({"id": "tiny", "text": "Москва, 1 мая."}, ensure_ascii=False))
    startup = ruextract_run(tiny, folder / "out_tiny", extra)["wall"]
    print(f"start-up (a one-line article): {startup:.1f} s")
    times = []
    for size in sizes:
        got = ruextract_run(long_article(source, folder, size), folder / f"out_{size}", extra)
        times.append(got["wall"] - startup)
        print(
            f"{size:>8,} characters: {got['tokens']:>6} tokens, {times[-1]:6.1f} s after start-up"
        )
    print(f"ratio {sizes[-1] // 1000}k / {sizes[0] // 1000}k time: {times[-1] / times[0]:.2f} "
          f"(text {sizes[-1] / sizes[0]:.1f}x)")  # fmt: skip


def ruextract_run(corpus: Path, out: Path, extra: list[str]) -> dict:
    """``ruextract run`` on a corpus in a fresh process: wall time, RSS, docs and tokens."""
    exe = Path(sys.executable).with_name("ruextract")
    wall, rss, _, cpu = run_child([str(exe), "run", str(corpus), "--out", str(out), *extra])
    import pandas as pd

    docs = pd.read_csv(out / "documents.csv")
    tokens = int(docs["n_tokens"].sum())
    return {"docs": len(docs), "tokens": tokens, "wall": wall, "rss": rss, "cpu": cpu}


def natasha_run(corpus: Path) -> dict:
    """natasha's per-article pipeline on a corpus (JSONL or .txt folder) in a fresh process."""
    wall, rss, out, cpu = run_child([sys.executable, "-c", NATASHA, str(corpus)])
    return {**json.loads(out), "wall": wall, "rss": rss, "cpu": cpu}


def compare(corpus: Path, folder: Path, limit: int | None, pipeline: str, memory: bool) -> None:
    """Every input form and worker count side by side, in one invocation (see the module)."""
    x1 = corpus_copy(corpus, folder, limit, 1)
    txt = txt_folder(x1, folder / "txt_x1")
    two = ["--pipeline", pipeline, "--workers", "2"]
    one = ["--pipeline", pipeline, "--workers", "1"]
    runs = [
        ("natasha", "JSONL", 1, natasha_run(x1)),
        ("natasha", ".txt folder", 1, natasha_run(txt)),
        ("ruextract", ".txt folder", 2, ruextract_run(txt, folder / "o1", two)),
        ("ruextract", "JSONL", 2, ruextract_run(x1, folder / "o2", two)),
        ("ruextract", "JSONL", 1, ruextract_run(x1, folder / "o3", one)),
    ]
    tokens = runs[2][3]["tokens"]
    print(f"corpus: {runs[0][3]['docs']} articles, {tokens} tokens ({corpus.name}); load "
          f"{os.getloadavg()[0]:.1f} at the end")  # fmt: skip
    print(f"{'':11}{'input':>13}{'workers':>9}{'wall s':>9}{'docs/s':>8}{'peak RSS MB':>13}"
          f"{'CPU s':>8}")  # fmt: skip
    for name, form, workers, got in runs:
        print(f"{name:11}{form:>13}{workers:>9}{got['wall']:9.1f}"
              f"{got['docs'] / got['wall']:8.2f}{got['rss']:13.0f}{got['cpu']:8.1f}")  # fmt: skip
    wall = {(name, form, workers): got["wall"] for name, form, workers, got in runs}
    nat_jsonl, nat_txt = wall["natasha", "JSONL", 1], wall["natasha", ".txt folder", 1]
    print("ratio natasha time / ruextract time (wall, start-up included):")
    print(f"  .txt folder, 2 workers: {nat_txt / wall['ruextract', '.txt folder', 2]:.2f}")
    print(f"  one JSONL,   2 workers: {nat_jsonl / wall['ruextract', 'JSONL', 2]:.2f}")
    print(f"  one JSONL,   1 worker:  {nat_jsonl / wall['ruextract', 'JSONL', 1]:.2f}")
    cpu = {(name, form, workers): got["cpu"] for name, form, workers, got in runs}
    print("ratio natasha CPU / ruextract CPU (user + system, start-up included; per-core work):")
    for form, workers in ((".txt folder", 2), ("JSONL", 2), ("JSONL", 1)):
        print(f"  {form:11}, {workers} worker(s): "
              f"{cpu['natasha', form, 1] / cpu['ruextract', form, workers]:.2f}")  # fmt: skip
    print("per-file overhead, .txt folder time / JSONL time: ruextract (2 workers) "
          f"{wall['ruextract', '.txt folder', 2] / wall['ruextract', 'JSONL', 2]:.2f}, "
          f"natasha {nat_txt / nat_jsonl:.2f}")  # fmt: skip
    if memory:
        x3 = corpus_copy(corpus, folder, limit, 3)
        big = ruextract_run(x3, folder / "o4", two)
        small = runs[3][3]
        print(f"ruextract peak RSS (JSONL, 2 workers): 1x {small['rss']:.0f} MB, 3x "
              f"{big['rss']:.0f} MB, ratio {big['rss'] / small['rss']:.2f} ({big['docs']} docs "
              f"in {big['wall']:.1f} s)")  # fmt: skip


def config_without(pipeline: str, stage: str, folder: Path) -> Path:
    """A copy of ``pipeline``'s config with ``stage`` left out of the pipeline and its
    components, written in ``folder``."""
    from spacy.util import load_config

    from ruextract.pipeline import config_path

    config = load_config(config_path(pipeline))
    names = list(config["nlp"]["pipeline"])
    if stage not in names:
        raise SystemExit(f"{stage} is not a stage of {pipeline}: {names}")
    config["nlp"]["pipeline"] = [name for name in names if name != stage]
    del config["components"][stage]
    path = folder / f"without_{stage}.cfg"
    config.to_disk(path)
    return path


def stage_cost(
    corpus: Path, folder: Path, limit: int | None, pipeline: str, stage: str, rounds: int,
    workers: int,
) -> None:  # fmt: skip
    """``ruextract run`` with and without ``stage``, alternating, ``rounds`` times (see the
    module docstring)."""
    x1 = corpus_copy(corpus, folder, limit, 1)
    forms = {
        "with": ["--pipeline", pipeline],
        "without": ["--pipeline", str(config_without(pipeline, stage, folder))],
    }
    times: dict[str, list[dict]] = {"with": [], "without": []}
    for n in range(rounds):
        order = ("with", "without") if n % 2 == 0 else ("without", "with")
        for form in order:
            extra = [*forms[form], "--workers", str(workers), "--no-resume"]
            times[form].append(ruextract_run(x1, folder / f"out_{form}", extra))
        both = {form: times[form][-1] for form in forms}
        print(f"round {n + 1}: with {both['with']['wall']:.1f} s wall, "
              f"{both['with']['cpu']:.1f} s CPU; without {both['without']['wall']:.1f} s wall, "
              f"{both['without']['cpu']:.1f} s CPU")  # fmt: skip
    got = times["with"][0]
    print(f"corpus: {got['docs']} articles, {got['tokens']} tokens ({corpus.name}, one JSONL "
          f"file; {workers} worker(s); load {os.getloadavg()[0]:.1f} at the end)")  # fmt: skip
    for measure in ("wall", "cpu"):
        with_, without = (
            statistics.median(run[measure] for run in times[form]) for form in ("with", "without")
        )
        print(f"median {measure}: with {with_:.1f} s, without {stage} {without:.1f} s; "
              f"{stage} costs {(with_ - without) / without:+.1%}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="JSONL corpus ({id, text} lines)")
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--pipeline", default="news", help="ruextract pipeline (default news)")
    parser.add_argument("--workers", type=int, default=None, help="ruextract --workers")
    parser.add_argument("--skip-memory", action="store_true", help="skip the 1x/3x RSS runs")
    parser.add_argument("--txt", action="store_true", help="the corpus as a folder of .txt files")
    parser.add_argument("--length", action="store_true", help="45k vs 180k-character article")
    parser.add_argument("--compare", action="store_true", help="every form side by side")
    parser.add_argument("--without", metavar="STAGE", help="the run with and without STAGE")
    parser.add_argument("--rounds", type=int, default=3, help="--without rounds (alternating)")
    args = parser.parse_args()
    extra = ["--pipeline", args.pipeline]
    if args.workers:
        extra += ["--workers", str(args.workers)]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.length:
            length_scaling(args.corpus, folder, ["--pipeline", args.pipeline])
            return
        if args.without:
            stage_cost(
                args.corpus, folder, args.limit, args.pipeline, args.without, args.rounds,
                args.workers or 1,
            )  # fmt: skip
            return
        if args.compare:
            compare(args.corpus, folder, args.limit, args.pipeline, not args.skip_memory)
            return
        x1 = corpus_copy(args.corpus, folder, args.limit, 1)
        if args.txt:
            x1 = txt_folder(x1, folder / "txt_x1")

        wall, rss, out, _ = run_child([sys.executable, "-c", NATASHA, str(x1)])
        nat = json.loads(out)
        ours = ruextract_run(x1, folder / "out1", extra)

        form = "a folder of .txt files" if args.txt else "one JSONL file"
        print(
            f"corpus: {nat['docs']} articles, {ours['tokens']} tokens ({args.corpus.name}, as "
            f"{form}; ruextract --workers {args.workers or 'default'})"
        )
        print(f"{'':12}{'wall s':>9}{'docs/s':>9}{'tokens/s':>10}{'peak RSS MB':>13}")
        for name, seconds, docs, tokens, peak in (
            ("natasha", wall, nat["docs"], nat["tokens"], rss),
            ("ruextract", ours["wall"], ours["docs"], ours["tokens"], ours["rss"]),
        ):
            print(
                f"{name:12}{seconds:9.1f}{docs / seconds:9.2f}{tokens / seconds:10.0f}{peak:13.0f}"
            )
        print(f"natasha processing only (models loaded): {nat['process']:.1f} s")
        print(
            f"ratio natasha time / ruextract time (wall, both with model loading): "
            f"{wall / ours['wall']:.2f}"
        )

        if not args.skip_memory:
            x3 = corpus_copy(args.corpus, folder, args.limit, 3)
            if args.txt:
                x3 = txt_folder(x3, folder / "txt_x3")
            big = ruextract_run(x3, folder / "out3", extra)
            print(
                f"ruextract peak RSS: 1x {ours['rss']:.0f} MB, 3x {big['rss']:.0f} MB, "
                f"ratio {big['rss'] / ours['rss']:.2f} ({big['docs']} docs in "
                f"{big['wall']:.1f} s)"
            )


if __name__ == "__main__":
    main()

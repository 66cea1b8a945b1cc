"""Build ``src/ruextract/data/role_nouns.tsv`` (the nouns that name posts and professions),
and ``role_adjectives.tsv`` (the adjectives that are part of a post's name: "генеральный").
Common nouns of organisations (``org_nouns.tsv``) are built by ``tools/build_org_nouns.py``.

Source: the PROFESSION spans of NEREL train (``../shared/data/gold/nerel_train.jsonl``; NEREL,
Loukachevitch et al. 2021, CC BY 4.0). The head of a span is its first word that pymorphy3 reads
as an animate noun ("министр" of "министр иностранных дел России"), or as an adjective or
participle used as a noun with no noun of its case after it ("ведущий телеканала",
"управляющий банком": pymorphy3's ``Subx``, by its masculine nominative); a lemma
is kept when it heads at least ``MIN_HEADS`` spans and at least ``MIN_SHARE`` of its
occurrences in the train texts (words whose likeliest reading is no function word) lie
inside a PROFESSION span (or heads one span, with
``MIN_SHARE_SINGLE`` of its occurrences inside) (so "глава" of a book or "человек"
stay out). An adjective lemma is part of post names when it occurs at least ``MIN_HEADS`` times
inside PROFESSION spans and at least ``MIN_ADJ_SHARE`` of its occurrences are inside them
("генеральный", "народный"; not "известный", "бывший", "американский"). NEREL dev is never
read. The animate nouns that occur at least ``NON_ROLE_MIN`` times in lower case, at most
``NON_ROLE_SHARE`` of them inside a PROFESSION span ("сын", "американец", "господин", "автор"
of "автор книги") go to ``non_role_nouns.tsv``, and so do the heads of lower-case
NATIONALITY, IDEOLOGY and RELIGION spans ("бразилец", "националист"): with the role
nouns, they place a noun of neither list by its navec neighbours (``roles.words.similar_role``).

The articles the record gold holds out, and those of ``--exclude`` (a held-out draw still
being annotated), are left out, and ``role_nouns.tsv`` names them, so that the build can be
checked to reproduce the lists (tests/test_roles_words9.py). The thresholds were chosen out of
fold: ``tools/roles_folds.py``.

    PYTHONPATH=src python tools/build_role_nouns.py --exclude /work/notes/exclude_s9.txt
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ruextract import models
from ruextract.roles.words import substantive

GOLD = Path("../shared/data/gold/nerel_train.jsonl")
# NEREL train articles held out by the project's facts and people gold (session 6's draws):
# never read, so the lists learn nothing from them
HELDOUT_GOLD = tuple(Path(f"data/gold/{task}.jsonl") for task in ("facts", "people", "roles"))
OUT_DIR = Path("src/ruextract/data")
OUT, OUT_ADJ, OUT_NON = "role_nouns.tsv", "role_adjectives.tsv", "non_role_nouns.tsv"
# the header line that names the NEREL train articles left out of a build (held-out ids)
LEFT_OUT = "# left out:"
NON_ROLE_MIN = 2  # lower-case occurrences of an animate noun seldom inside a PROFESSION span
NON_ROLE_SHARE = 0.1  # at most this share of them inside one ("автор" of "автор книги")
# nouns heading lower-case spans NEREL labels as a people, creed or faith ("бразилец",
# "националист", "мусульманин") name no post: the navec back-off's counter-examples
KIND_LABELS = frozenset({"NATIONALITY", "IDEOLOGY", "RELIGION"})
KIND_MIN = 1  # heads of such spans (out of fold: +9 posts found, linked precision kept)
MIN_ADJ_SHARE = 0.5
MIN_HEADS = 2  # or 1 at MIN_SHARE_SINGLE
MIN_SHARE_SINGLE = 0.5
MIN_SHARE = 0.3
# pymorphy3's closed classes: prepositions, conjunctions, particles, adverbs, pronouns
FUNCTION_WORDS = frozenset({"PREP", "CONJ", "PRCL", "INTJ", "ADVB", "NPRO", "PRED"})
WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")


def noun_lemma(word: str, animate: bool) -> str | None:
    """pymorphy3's likeliest noun reading of ``word`` (animate ones only, if asked)."""
    for parse in models.morph_analyzer().parse(word):
        grammemes = parse.tag.grammemes
        if "NOUN" in grammemes and (not animate or "anim" in grammemes):
            return parse.normal_form.replace("ё", "е")
    return None


def occurrence_lemma(word: str) -> str | None:
    """The noun lemma of a word in the text, unless its likeliest reading is a function word:
    "после" is a preposition, not the locative of "посол"."""
    parses = models.morph_analyzer().parse(word)
    if parses and parses[0].tag.POS in FUNCTION_WORDS:
        return None
    return noun_lemma(word, False)


def adjective_lemma(word: str) -> str | None:
    """pymorphy3's likeliest reading of ``word`` when it is a full adjective, and not one used
    as a noun ("ведущий" heads posts of its own: "ведущий телеканала")."""
    parses = models.morph_analyzer().parse(word)
    if parses and parses[0].tag.POS == "ADJF" and substantive(word) is None:
        return parses[0].normal_form.replace("ё", "е")
    return None


def noun_like(word: str, following: str | None) -> str | None:
    """The masculine nominative of ``word`` read as an adjective or participle used as a noun
    ("ведущая", "управляющего"), unless the word after it is a noun in its case, which it
    then modifies ("ведущих компаний", "ведущий специалист")."""
    lemma = substantive(word)
    if lemma is None or following is None:
        return lemma
    cases = {p.tag.case for p in models.morph_analyzer().parse(word) if "Subx" in p.tag.grammemes}
    after = {p.tag.case for p in models.morph_analyzer().parse(following) if p.tag.POS == "NOUN"}
    return None if cases & after else lemma


def head(text: str) -> str | None:
    """The head lemma of a PROFESSION span: its first animate noun, or word used as one."""
    words = [word.lower() for word in WORD.findall(text)]
    for n, word in enumerate(words):
        following = words[n + 1] if n + 1 < len(words) else None
        lemma = noun_lemma(word, True) or noun_like(word, following)
        if lemma:
            return lemma
    return None


def heldout_train_ids() -> set[str]:
    """Ids of the NEREL train articles some record gold holds out (``set`` = ``heldout``)."""
    ids = set()
    for path in HELDOUT_GOLD:
        for record in map(json.loads, path.read_text(encoding="utf-8").splitlines()):
            if record["set"] == "heldout" and record["source"] == "nerel_train":
                ids.add(record["id"])
    return ids


def read_ids(path: Path) -> set[str]:
    """Article ids of a file, one a line (``#`` lines are comments)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


@dataclass
class Counts:
    """What the lists are chosen from: heads of PROFESSION spans, and occurrences of words in
    the texts (all, and inside a PROFESSION span) by their noun, adjective and animate lemma."""

    heads: Counter[str] = field(default_factory=Counter)
    inside: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)
    adj_inside: Counter[str] = field(default_factory=Counter)
    adj_total: Counter[str] = field(default_factory=Counter)
    anim_inside: Counter[str] = field(default_factory=Counter)
    anim_total: Counter[str] = field(default_factory=Counter)
    kind_heads: Counter[str] = field(default_factory=Counter)


def count(records: Iterable[dict]) -> Counts:
    """The counts of NEREL records (with ``text`` and ``entities``)."""
    counts = Counts()
    for record in records:
        text = record["text"]
        spans = [(e["start"], e["stop"]) for e in record["entities"] if e["label"] == "PROFESSION"]
        for start, stop in spans:
            lemma = head(text[start:stop])
            if lemma:
                counts.heads[lemma] += 1
        for entity in record["entities"]:
            if entity["label"] in KIND_LABELS and entity["text"][:1].islower():
                lemma = head(entity["text"])
                if lemma:
                    counts.kind_heads[lemma] += 1
        matches = list(WORD.finditer(text))
        for n, match in enumerate(matches):
            within = any(a <= match.start() < b for a, b in spans)
            adjective = adjective_lemma(match.group().lower())
            if adjective:
                counts.adj_total[adjective] += 1
                counts.adj_inside[adjective] += within
            word = match.group()
            # an animate noun's reading, unless the likeliest reading is a function word ("и")
            animate = noun_lemma(word, True) if word.islower() and occurrence_lemma(word) else None
            if animate:
                counts.anim_total[animate] += 1
                counts.anim_inside[animate] += within
            following = matches[n + 1].group().lower() if n + 1 < len(matches) else None
            lemma = occurrence_lemma(match.group().lower()) or noun_like(
                match.group().lower(), following
            )
            if lemma is None:
                continue
            counts.total[lemma] += 1
            counts.inside[lemma] += within
    return counts


@dataclass(frozen=True)
class Lists:
    """The three word lists, each row as written to its file."""

    nouns: list[tuple[str, int, float]]
    adjectives: list[tuple[str, int, float]]
    non_roles: list[str]


def choose(counts: Counts) -> Lists:
    """The lists the thresholds above choose from ``counts``."""
    rows = []
    for lemma, n in counts.heads.items():
        share = counts.inside[lemma] / counts.total[lemma] if counts.total[lemma] else 0.0
        if (n >= MIN_HEADS and share >= MIN_SHARE) or (n == 1 and share >= MIN_SHARE_SINGLE):
            rows.append((lemma, n, share))
    rows.sort(key=lambda row: (-row[1], row[0]))
    adjectives = [
        (lemma, n, n / counts.adj_total[lemma])
        for lemma, n in counts.adj_inside.items()
        if n >= MIN_HEADS and n / counts.adj_total[lemma] >= MIN_ADJ_SHARE
    ]
    adjectives.sort(key=lambda row: (-row[1], row[0]))
    kept = {lemma for lemma, _, _ in rows}
    others = sorted(
        (
            {
                lemma
                for lemma, n in counts.anim_total.items()
                if n >= NON_ROLE_MIN and counts.anim_inside[lemma] <= NON_ROLE_SHARE * n
            }
            | {lemma for lemma, n in counts.kind_heads.items() if n >= KIND_MIN}
        )
        - kept
    )
    return Lists(rows, adjectives, others)


def write(lists: Lists, out_dir: Path, left_out: Iterable[str] = ()) -> None:
    """Write the lists' three files into ``out_dir``; the role nouns' header names the train
    articles ``left_out`` of the build, so that the build can be checked to reproduce them."""
    with (out_dir / OUT).open("w", encoding="utf-8") as out:
        out.write("# nouns naming posts and professions: heads of NEREL train PROFESSION spans\n")
        out.write(f"# built by tools/build_role_nouns.py (>= {MIN_HEADS} heads, share >= ")
        out.write(f"{MIN_SHARE} of occurrences inside a PROFESSION span; or one head at share ")
        out.write(f">= {MIN_SHARE_SINGLE})\n")
        out.write(f"{LEFT_OUT} {' '.join(sorted(left_out))}\n")
        out.write("lemma\theads\tshare\n")
        for lemma, n, share in lists.nouns:
            out.write(f"{lemma}\t{n}\t{share:.2f}\n")
    with (out_dir / OUT_ADJ).open("w", encoding="utf-8") as out:
        out.write("# adjectives that are part of post names: inside NEREL train PROFESSION spans\n")
        out.write(f"# built by tools/build_role_nouns.py (>= {MIN_HEADS} times, share >= ")
        out.write(f"{MIN_ADJ_SHARE} of occurrences inside a PROFESSION span)\n")
        out.write("lemma\tinside\tshare\n")
        for lemma, n, share in lists.adjectives:
            out.write(f"{lemma}\t{n}\t{share:.2f}\n")
    with (out_dir / OUT_NON).open("w", encoding="utf-8") as out:
        out.write("# animate nouns that name no post: seldom inside NEREL train PROFESSION spans\n")
        out.write(f"# built by tools/build_role_nouns.py (lower-case, >= {NON_ROLE_MIN} times, ")
        out.write(f"share <= {NON_ROLE_SHARE} inside a PROFESSION span)\n")
        out.write("lemma\n")
        for lemma in lists.non_roles:
            out.write(f"{lemma}\n")


def left_out_ids(path: Path) -> set[str]:
    """The train articles a built ``role_nouns.tsv`` names as left out of its build."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith(LEFT_OUT):
                return set(line[len(LEFT_OUT) :].split())
    return set()


def train_records(left_out: set[str]) -> list[dict]:
    """The NEREL train records but those ``left_out``."""
    with GOLD.open(encoding="utf-8") as lines:
        return [r for r in map(json.loads, lines) if r["id"] not in left_out]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--exclude", type=Path, help="file of train ids to leave out, one a line")
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="directory to write into")
    args = parser.parse_args(argv)
    left_out = heldout_train_ids() | (read_ids(args.exclude) if args.exclude else set())
    lists = choose(count(train_records(left_out)))
    write(lists, args.out, left_out)
    print(f"{len(lists.nouns)} role nouns, {len(lists.adjectives)} role adjectives, ", end="")
    print(f"{len(lists.non_roles)} non-role nouns -> {args.out} ({len(left_out)} left out)")


if __name__ == "__main__":
    main()

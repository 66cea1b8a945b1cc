"""Build and validate the roles gold (``data/gold/roles.jsonl``) from the annotator's decisions.

The gold is made by reading the articles (never ruextract's output): the decisions
(``data/gold/roles_decisions.tsv``, no texts) give each role record by surfaces and occurrence
numbers; ``build`` turns them into offsets. The guideline is ``data/gold/roles.md``.

Commands::

    python tools/roles_gold.py draw            # the seeded draw: articles and their set
    python tools/roles_gold.py show ID         # worksheet: text with NEREL PERSON [P3 …] and
                                               # PROFESSION [R5 …] spans numbered, and each
                                               # span's surface@n to copy (held-out articles
                                               # only with --heldout-annotator)
    python tools/roles_gold.py build           # write data/gold/roles.jsonl and validate it
    python tools/roles_gold.py check [FILE]    # validate a roles gold file against the texts

Decisions, one tab-separated row each (``#`` starts a comment)::

    ID  role  PERSON  PHRASE  ROLE  ORG  ORG_LABEL  STATUS
    ID  none                  the article was read and has no record
    ID  note  free text       a decision worth keeping

``PERSON`` (a name mention of the person) and ``PHRASE`` (the role phrase) are a surface and,
after ``@``, which occurrence of that exact string in the text it is, 1-based, counting every
place the string occurs (``Сидорова@2``; no ``@`` is ``@1``). ``ORG`` and ``ORG_LABEL`` are
``-`` for null; ``ORG_LABEL`` is ``ORG``, ``COUNTRY`` or ``LOC``; ``STATUS`` is ``current``,
``former`` or ``acting``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEXTS = ROOT.parent / "shared" / "data" / "gold"
SOURCES = ("nerel_train", "nerel_dev")
DECISIONS = ROOT / "data" / "gold" / "roles_decisions.tsv"
OUTPUT = ROOT / "data" / "gold" / "roles.jsonl"

# The draw (session 7, by the lead, /work/notes/s7/draw_roles.py): NEREL articles of at most
# MAX_CHARS characters with at least MIN_WORKS_AS WORKS_AS relations, in no held-out set of any
# task (the session 6 and 7 exclusion lists and the held-out ids of the people, dates and facts
# gold); ``tune`` = TUNE_N of NEREL train's eligible (sorted) sampled with TUNE_SEED,
# ``heldout`` = HELDOUT_N of NEREL dev's sampled with HELDOUT_SEED. The ids are listed so that
# later exclusion lists cannot move the draw; ``draw`` checks them.
MAX_CHARS = 4000
MIN_WORKS_AS = 3
TUNE_SEED = 1501
TUNE_N = 10
HELDOUT_SEED = 1502
HELDOUT_N = 12
TUNE_IDS = (
    "39912_text", "127139_text", "19896_text", "11587_text", "1050", "38891_text",
    "7605_text", "80771_text", "530754_text", "138191_text",
)  # fmt: skip
HELDOUT_IDS = (
    "213551_text", "last_62", "kuleshov", "224797_text", "598012_text", "315825_text",
    "227164_text", "120183_text", "228015_text", "598168_text", "220995_text", "212657_text",
)  # fmt: skip
# session 8: a second held-out set, the 18 NEREL train articles of the people gold's draw 9
# (tools/people_gold.py's NINTH_IDS, drawn by the people tool with seed 1322 by PERSON counts,
# not by WORKS_AS: some may hold no role record). Annotated from the texts by an annotator who
# changes no rule; ``draw`` gives them as ``heldout`` after the 22 tune ids.
NINTH_IDS = (
    "20464_text", "105901_text", "45297_text", "42565_text", "11112_text", "26741_text",
    "52772_text", "81632_text", "15895_text", "1021", "15545_text", "53088_text",
    "13536_text", "141084_text", "91015_text", "23445_text", "18694_text", "159193_text",
)  # fmt: skip
# session 9: draw 10, a third held-out set (the lead, /work/notes/s9/draw10.py): NEREL train
# articles (any length) with at least MIN_WORKS_AS WORKS_AS relations in no gold of the project
# (people, dates, facts, roles jsonl), no people draw, no candidate list of the facts or dates
# tools, not in /work/notes/peoplef_seen.txt or /work/notes/s7/seen_s7.txt, and in no exclusion
# list (/work/notes/draws_s6.txt, exclude_s*.txt): 22 eligible, sorted, of which TENTH_N were
# sampled with TENTH_SEED, in that sampled order. TENTH_LEFT are the 4 eligible ones the seed
# left (never read), so that ``draw`` can check the sampled order from the 22.
TENTH_SEED = 1503
TENTH_N = 18
TENTH_IDS = (
    "38881_text", "145077_text", "158501_text", "40579_text", "14432_text", "38921_text",
    "25622_text", "20849_text", "39176_text", "37719_text", "535058_text", "39503_text",
    "20442_text", "073", "107415_text", "23693_text", "443", "26281_text",
)  # fmt: skip
TENTH_LEFT = ("508529_text", "063", "19315_text", "16065_text")
# session 10: draw 11, the fourth held-out set (the lead, /work/notes/s10/draw11.py, ids and
# relation counts only): every NEREL train article with at least ELEVENTH_MIN_WORKS_AS WORKS_AS
# in no set the draw-10 pool was checked against, nor in draw 10 (exclusion list
# /work/notes/exclude_s9.txt). Only 26 were left, so all were taken (TENTH_LEFT among them),
# sorted; annotated from the texts by an annotator who changes no rule.
ELEVENTH_MIN_WORKS_AS = 1
ELEVENTH_IDS = (
    "063", "100084_text", "100600_text", "111202_text", "112636_text", "112779_text",
    "117514_text", "12396_text", "13126_text", "14851_text", "16065_text", "160996_text",
    "19315_text", "25518_text", "27428_text", "378", "40819_text", "40857_text", "46784_text",
    "508529_text", "521576_text", "527162_text", "83348_text", "90693_text", "99740_text",
    "99832_text",
)  # fmt: skip
# session 11: draw 12, the fifth held-out set (the lead, /work/notes/s11/draw12.py, ids and
# relation counts only): NEREL dev articles with a WORKS_AS not in the
# roles gold (HELDOUT_IDS, session 7's dev articles), sorted, of which TWELFTH_N were sampled with
# TWELFTH_SEED, in that sampled order; annotated from the texts by an annotator who changes no
# rule. ``draw`` gives them as ``heldout`` after the 84 tune ids.
TWELFTH_SEED = 1511
TWELFTH_N = 24
TWELFTH_IDS = (
    "213124_text", "383551_text", "598801_text", "1277254_text", "221624_text", "1614272_text",
    "119336_text", "598195_text", "598266_text", "225191_text", "last_37", "304703_text",
    "212404_text", "2045", "221165_text", "600337_text", "194468_text", "431398_text",
    "597958_text", "405682_text", "211030_text", "406640_text", "1718154_text", "227470_text",
)  # fmt: skip
# session 12: draw 13, the sixth held-out set (the lead, /work/notes/s12/draw13.py, ids and
# relation counts only): NEREL dev articles with a WORKS_AS in no roles set
# (not HELDOUT_IDS nor TWELFTH_IDS, the dev articles studied), sorted, of which
# THIRTEENTH_N were sampled with THIRTEENTH_SEED, in that sampled order; annotated from the texts
# by an annotator who changes no rule. ``draw`` gives them as ``heldout`` after the 108 tune ids.
THIRTEENTH_SEED = 1521
THIRTEENTH_N = 20
THIRTEENTH_IDS = (
    "120043_text", "220820_text", "213805_text", "549180_text", "213197_text", "1653218_text",
    "231153_text", "1563347_text", "825235_text", "1551405_text", "rosobrnadzor", "186860_text",
    "1628344_text", "121809_text", "214962_text", "587094_text", "231810_text", "598551_text",
    "last_33", "212616_text",
)  # fmt: skip
# session 13: draw 14, the seventh held-out set (the lead, /work/notes/s13/draw14.py, ids and
# relation counts only): NEREL dev articles with a WORKS_AS in no roles set (not HELDOUT_IDS,
# TWELFTH_IDS nor THIRTEENTH_IDS), sorted, of which FOURTEENTH_N were sampled with FOURTEENTH_SEED,
# in that sampled order; annotated from the texts by an annotator who changes no rule. ``draw``
# gives them as ``heldout`` after the 128 tune ids.
FOURTEENTH_SEED = 1531
FOURTEENTH_N = 20
FOURTEENTH_IDS = (
    "390215_text", "1530089_text", "211066_text", "223562_text", "405520_text", "349503_text",
    "213473_text", "215419_text", "231384_text", "maykl_dzhekson", "223960_text", "397331_text",
    "230892_text", "374242_text", "221759_text", "last_15", "1535267_text", "120890_text",
    "229824_text", "223366_text",
)  # fmt: skip
# session 14: draw 15, the eighth held-out set (the lead, /work/notes/s14/draw15.py, ids and
# relation counts only): NEREL dev articles with a WORKS_AS in no roles set (not HELDOUT_IDS,
# TWELFTH_IDS, THIRTEENTH_IDS nor FOURTEENTH_IDS): the last FIFTEENTH_N of them, all drawn, in the
# order FIFTEENTH_SEED samples them; annotated from the texts by an annotator who changes no rule.
# ``draw`` gives them as ``heldout`` after the 148 tune ids.
FIFTEENTH_SEED = 1541
FIFTEENTH_N = 11
FIFTEENTH_IDS = (
    "221249_text", "last_17", "ryadovoy_chelah", "216586_text", "197352_text", "652538_text",
    "1718166_text", "1690150_text", "213769_text", "270438_text", "598192_text",
)  # fmt: skip
# the exclusion lists the lead drew against (ids only); the roles held-out ids were added to the
# session 7 list after the draw, so ``draw`` leaves them out of the excluded when it recomputes
EXCLUDE_LISTS = (Path("/work/notes/exclude_s6.txt"), Path("/work/notes/exclude_s7.txt"))
OTHER_GOLD = ("people", "dates", "facts")

STATUSES = ("current", "former", "acting")
ORG_LABELS = ("ORG", "COUNTRY", "LOC")


def read_texts(texts: Path = TEXTS) -> dict[str, dict]:
    """NEREL train and dev articles by id (ids are never shared); each has its ``source``."""
    found: dict[str, dict] = {}
    for source in SOURCES:
        with (texts / f"{source}.jsonl").open(encoding="utf-8") as lines:
            for record in map(json.loads, lines):
                if record and str(record["id"]) not in found:
                    found[str(record["id"])] = record | {"source": source}
    return found


def works_as(record: dict) -> int:
    """How many WORKS_AS relations NEREL gives an article."""
    return sum(r["label"] == "WORKS_AS" for r in record.get("relations", []))


def not_train_with(ids: tuple[str, ...], articles: dict[str, dict], least: int) -> list[str]:
    """The ``ids`` that are no NEREL train article with at least ``least`` WORKS_AS."""
    return [
        doc_id
        for doc_id in ids
        if articles.get(doc_id, {}).get("source") != "nerel_train"
        or works_as(articles[doc_id]) < least
    ]


def eligible(articles: dict[str, dict], source: str, excluded: set[str]) -> list[str]:
    """The sorted ids of ``source`` that the draw could take."""
    return sorted(
        doc_id
        for doc_id, record in articles.items()
        if record["source"] == source
        and doc_id not in excluded
        and len(record["text"]) <= MAX_CHARS
        and works_as(record) >= MIN_WORKS_AS
    )


def excluded_when_drawn(lists: tuple[Path, ...] = EXCLUDE_LISTS) -> set[str] | None:
    """The ids the draw left out (None when the exclusion lists are not on this machine)."""
    if not all(path.is_file() for path in lists):
        return None
    ids = set()
    for path in lists:
        ids |= {
            line.strip()
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")
        }
    for task in OTHER_GOLD:
        path = ROOT / "data" / "gold" / f"{task}.jsonl"
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip() and json.loads(line).get("set") == "heldout":
                    ids.add(str(json.loads(line)["id"]))
    # the people draw-9 ids (NINTH_IDS) became held out in the people gold after the roles draw
    return ids - set(HELDOUT_IDS) - set(NINTH_IDS)


def draw(articles: dict[str, dict], excluded: set[str] | None = None) -> dict[str, str]:
    """The drawn ids, each with its set; raises ``ValueError`` when a listed id is not eligible
    or (the exclusion lists given) not what the seeds draw."""
    for ids, source in ((TUNE_IDS, "nerel_train"), (HELDOUT_IDS, "nerel_dev")):
        pool = set(eligible(articles, source, set()))
        wrong = [doc_id for doc_id in ids if doc_id not in pool]
        if wrong:
            raise ValueError(f"listed ids not eligible in {source}: {wrong}")
    absent = [
        doc_id for doc_id in NINTH_IDS if articles.get(doc_id, {}).get("source") != "nerel_train"
    ]
    if absent:
        raise ValueError(f"listed draw-9 ids not in nerel_train: {absent}")
    check_tenth(articles)
    check_eleventh(articles)
    # the newest draw first: its pool leaves the earlier ones out, so a fault in an earlier draw
    # is told as that draw's
    check_dev_draw(
        articles,
        15,
        FIFTEENTH_IDS,
        FIFTEENTH_SEED,
        FIFTEENTH_N,
        HELDOUT_IDS + TWELFTH_IDS + THIRTEENTH_IDS + FOURTEENTH_IDS,
    )
    check_dev_draw(
        articles,
        14,
        FOURTEENTH_IDS,
        FOURTEENTH_SEED,
        FOURTEENTH_N,
        HELDOUT_IDS + TWELFTH_IDS + THIRTEENTH_IDS,
    )
    check_dev_draw(
        articles, 13, THIRTEENTH_IDS, THIRTEENTH_SEED, THIRTEENTH_N, HELDOUT_IDS + TWELFTH_IDS
    )
    check_dev_draw(articles, 12, TWELFTH_IDS, TWELFTH_SEED, TWELFTH_N, HELDOUT_IDS)
    if excluded is not None:
        tune = random.Random(TUNE_SEED).sample(eligible(articles, "nerel_train", excluded), TUNE_N)
        heldout = random.Random(HELDOUT_SEED).sample(
            eligible(articles, "nerel_dev", excluded), HELDOUT_N
        )
        if tuple(tune) != TUNE_IDS or tuple(heldout) != HELDOUT_IDS:
            raise ValueError(f"the seeds draw {tune} and {heldout}, not the listed ids")
    # the held-out articles were spent (scored once at the end of session 7, then their errors
    # listed in roles.md): tuned on now; so were draw 9 (scored once at the end of session 8)
    # draw 10 (scored once at the end of session 9) and draw 11 (end of session 10)
    drawn = dict.fromkeys(TUNE_IDS, "tune") | dict.fromkeys(HELDOUT_IDS, "tune")
    drawn |= dict.fromkeys(NINTH_IDS, "tune") | dict.fromkeys(TENTH_IDS, "tune")
    drawn |= dict.fromkeys(ELEVENTH_IDS, "tune") | dict.fromkeys(TWELFTH_IDS, "tune")
    # draw 12 was scored once at the end of session 11, then listed: tune now; so was draw 13
    # (end of session 12, listed in session 13) and draw 14 (end of session 13, listed in session
    # 14); draw 15 (session 14) is held out until the lead scores it once at the end
    drawn |= dict.fromkeys(THIRTEENTH_IDS, "tune") | dict.fromkeys(FOURTEENTH_IDS, "tune")
    return drawn | dict.fromkeys(FIFTEENTH_IDS, "heldout")


def check_tenth(articles: dict[str, dict]) -> None:
    """Raise ``ValueError`` unless TENTH_IDS are TENTH_N NEREL train articles with at least
    MIN_WORKS_AS WORKS_AS, in no other roles set, and what TENTH_SEED samples, in order, from them
    and TENTH_LEFT sorted."""
    pool = TENTH_IDS + TENTH_LEFT
    if not_train_with(pool, articles, MIN_WORKS_AS):
        raise ValueError(f"draw-10 ids not NEREL train articles with >= {MIN_WORKS_AS} WORKS_AS")
    if len(set(TENTH_IDS)) != TENTH_N or set(pool) & set(TUNE_IDS + HELDOUT_IDS + NINTH_IDS):
        raise ValueError(f"draw 10 is not {TENTH_N} ids new to the roles gold")
    if tuple(random.Random(TENTH_SEED).sample(sorted(set(pool)), TENTH_N)) != TENTH_IDS:
        raise ValueError(f"seed {TENTH_SEED} does not draw the listed draw-10 ids in order")


def check_eleventh(articles: dict[str, dict]) -> None:
    """Raise ``ValueError`` unless ELEVENTH_IDS are sorted NEREL train articles with at least
    ELEVENTH_MIN_WORKS_AS WORKS_AS, new to the roles gold, TENTH_LEFT among them."""
    wrong = not_train_with(ELEVENTH_IDS, articles, ELEVENTH_MIN_WORKS_AS)
    if wrong:
        raise ValueError(f"draw-11 ids not NEREL train articles with a WORKS_AS: {wrong}")
    earlier = set(TUNE_IDS + HELDOUT_IDS + NINTH_IDS + TENTH_IDS)
    if tuple(sorted(set(ELEVENTH_IDS))) != ELEVENTH_IDS or set(ELEVENTH_IDS) & earlier:
        raise ValueError("draw 11 is not sorted distinct ids new to the roles gold")
    if not set(TENTH_LEFT) <= set(ELEVENTH_IDS):
        raise ValueError("draw 11 leaves out an eligible article draw 10 left")


def check_dev_draw(
    articles: dict[str, dict],
    number: int,
    ids: tuple[str, ...],
    seed: int,
    n: int,
    earlier_dev: tuple[str, ...],
) -> None:
    """Raise ``ValueError`` unless ``ids`` (draw ``number``) are ``n`` NEREL dev articles with a
    WORKS_AS, in no earlier roles set, and what ``seed`` samples, in order, from the eligible
    pool recomputed from ``articles`` (NEREL dev with a WORKS_AS, not ``earlier_dev``, sorted)."""
    wrong = [
        doc_id
        for doc_id in ids
        if articles.get(doc_id, {}).get("source") != "nerel_dev" or works_as(articles[doc_id]) < 1
    ]
    if wrong:
        raise ValueError(f"draw-{number} ids not NEREL dev articles with a WORKS_AS: {wrong}")
    earlier = set(TUNE_IDS + NINTH_IDS + TENTH_IDS + TENTH_LEFT + ELEVENTH_IDS + earlier_dev)
    if len(set(ids)) != n or set(ids) & earlier:
        raise ValueError(f"draw {number} is not {n} ids new to the roles gold")
    pool = sorted(
        doc_id
        for doc_id, record in articles.items()
        if record["source"] == "nerel_dev" and works_as(record) >= 1 and doc_id not in earlier_dev
    )
    if tuple(random.Random(seed).sample(pool, n)) != ids:
        raise ValueError(f"seed {seed} does not draw the listed draw-{number} ids in order")


def locate(text: str, spec: str) -> tuple[int, int]:
    """Offsets of ``surface@n``: the n-th place (1-based) where the surface occurs in ``text``."""
    surface, at, nth = spec.rpartition("@")
    if not at or not nth.isdigit():
        surface, nth = spec, "1"
    if not surface or surface != surface.strip():
        raise ValueError(f"{spec!r}: empty surface or outer spaces")
    starts, found = [], text.find(surface)
    while found >= 0:
        starts.append(found)
        found = text.find(surface, found + 1)
    n = int(nth)
    if not 1 <= n <= len(starts):
        raise ValueError(f"{spec!r}: occurrence {n} of {len(starts)}")
    return starts[n - 1], starts[n - 1] + len(surface)


def null(cell: str) -> str | None:
    """A decisions cell, ``-`` or empty meaning null."""
    return None if cell.strip() in ("", "-") else cell.strip()


@dataclass
class Decisions:
    """The annotator's decisions for one article."""

    roles: list[list[str]] = field(default_factory=list)
    none: bool = False
    notes: list[str] = field(default_factory=list)


def read_decisions(path: Path = DECISIONS) -> dict[str, Decisions]:
    """Decisions by article id, in the order the file gives them."""
    found: dict[str, Decisions] = defaultdict(Decisions)
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        where = f"{path.name}:{number}"
        if len(cells) < 2:
            raise ValueError(f"{where}: want ID<tab>KIND…")
        doc_id, kind, rest = cells[0], cells[1], cells[2:]
        d = found[doc_id]
        if kind == "role":
            if len(rest) != 6:
                raise ValueError(f"{where}: a role row has 6 fields after ID and kind")
            d.roles.append([where, *rest])
        elif kind == "none":
            d.none = True
        elif kind == "note":
            d.notes.append("\t".join(rest))
        else:
            raise ValueError(f"{where}: unknown row kind {kind!r}")
    for doc_id, d in found.items():
        if d.none and d.roles:
            raise ValueError(f"{doc_id}: both 'none' and role rows")
    return dict(found)


def build_record(doc_id: str, subset: str, record: dict, d: Decisions) -> dict:
    """The gold line of one article."""
    text, roles = record["text"], []
    for where, person, phrase, role, org, org_label, status in d.roles:
        try:
            p_start, p_stop = locate(text, person)
            start, stop = locate(text, phrase)
        except ValueError as error:
            raise ValueError(f"{where}: {error}") from error
        roles.append(
            {
                "person": {"start": p_start, "stop": p_stop, "surface": text[p_start:p_stop]},
                "start": start,
                "stop": stop,
                "surface": text[start:stop],
                "role": role.strip(),
                "org": null(org),
                "org_label": null(org_label),
                "status": status.strip(),
            }
        )
    roles.sort(key=lambda r: (r["start"], r["person"]["start"]))
    gold = {
        "task": "roles",
        "source": record["source"],
        "id": doc_id,
        "set": subset,
        "date": None,
        "roles": roles,
    }
    validate(gold, text)
    return gold


def validate(gold: dict, text: str) -> None:
    """Raise ``ValueError`` unless the line is a consistent roles gold record for ``text``."""
    where = f"{gold.get('source')}/{gold.get('id')}"
    for key in ("task", "source", "id", "set", "date", "roles"):
        if key not in gold:
            raise ValueError(f"{where}: no {key!r}")
    if gold["task"] != "roles" or gold["set"] not in ("tune", "heldout"):
        raise ValueError(f"{where}: task {gold['task']!r}, set {gold['set']!r}")
    seen = set()
    for item in gold["roles"]:
        for span in (item["person"], item):
            found = text[span["start"] : span["stop"]]
            if found != span["surface"] or not found or found != found.strip():
                raise ValueError(
                    f"{where}: {span['start']}-{span['stop']} is {found!r}, "
                    f"the gold says {span['surface']!r}"
                )
        label = f"{where}: {item['surface']!r} ({item['person']['surface']!r})"
        if not item["role"] or item["role"] != item["role"].lower().strip():
            raise ValueError(f"{label}: role {item['role']!r} is not lower case, trimmed")
        if item["status"] not in STATUSES:
            raise ValueError(f"{label}: status {item['status']!r} not in {STATUSES}")
        if item["org_label"] is not None and item["org_label"] not in ORG_LABELS:
            raise ValueError(f"{label}: org_label {item['org_label']!r} not in {ORG_LABELS}")
        if (item["org"] is None) != (item["org_label"] is None):
            raise ValueError(f"{label}: org and org_label must be null together")
        if item["start"] < item["person"]["stop"] and item["person"]["start"] < item["stop"]:
            raise ValueError(f"{label}: the role phrase overlaps the person's name")
        pair = (item["person"]["start"], item["start"], item["role"])
        if pair in seen:
            raise ValueError(f"{label}: given twice")
        seen.add(pair)


def check(path: Path, articles: dict[str, dict]) -> int:
    """Validate a roles gold file line by line against the draw; the number of records."""
    drawn = draw(articles)
    seen = set()
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            try:
                gold = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path.name}:{number}: not JSON: {error}") from error
            if gold["id"] in seen:
                raise ValueError(f"{path.name}:{number}: {gold['id']} twice")
            if drawn.get(gold["id"]) != gold["set"]:
                raise ValueError(f"{path.name}:{number}: {gold['id']} not drawn as {gold['set']}")
            seen.add(gold["id"])
            validate(gold, articles[gold["id"]]["text"])
    return len(seen)


def nth(text: str, start: int, stop: int) -> str:
    """``surface@n`` of a span: the occurrence of its surface that starts at ``start``."""
    surface, n, found = text[start:stop], 1, text.find(text[start:stop])
    while found != start:
        n, found = n + 1, text.find(surface, found + 1)
    return f"{surface}@{n}"


def show(doc_id: str, record: dict) -> str:
    """The article with NEREL's PERSON [P…] and PROFESSION [R…] spans numbered in place, then
    each span's ``surface@n``."""
    text = record["text"]
    spans = {"P": [], "R": []}
    for entity in record["entities"]:
        tag = {"PERSON": "P", "PROFESSION": "R"}.get(entity["label"])
        if tag:
            spans[tag].append((entity["start"], entity["stop"]))
    marks: list[tuple[int, int, int, str]] = []  # (at, order, -length, mark)
    listing = []
    for tag, found in spans.items():
        for index, (start, stop) in enumerate(sorted(set(found)), 1):
            marks.append((start, 1, start - stop, f"[{tag}{index} "))
            marks.append((stop, 0, start - stop, "]"))
            listing.append(f"  {tag}{index:<3} {nth(text, start, stop)}")
    out, at = [], 0
    for where, _, _, mark in sorted(marks):
        out += [text[at:where], mark]
        at = where
    out.append(text[at:])
    return f"== {doc_id} ({record['source']})\n" + "".join(out) + "\n" + "\n".join(listing)


def build(articles: dict[str, dict]) -> list[dict]:
    """Gold lines for every drawn article that has decisions, in draw order."""
    decisions = read_decisions()
    drawn = draw(articles)
    unknown = set(decisions) - set(drawn)
    if unknown:
        raise ValueError(f"decisions for articles outside the draw: {sorted(unknown)}")
    return [
        build_record(doc_id, subset, articles[doc_id], decisions[doc_id])
        for doc_id, subset in drawn.items()
        if doc_id in decisions
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["draw", "show", "build", "check"])
    parser.add_argument("args", nargs="*")
    parser.add_argument("--texts", type=Path, default=TEXTS)
    parser.add_argument(
        "--heldout-annotator", action="store_true", help="show a held-out article (annotators)"
    )
    options = parser.parse_args(argv)
    articles = read_texts(options.texts)
    if options.command == "draw":
        excluded = excluded_when_drawn()
        drawn = draw(articles, excluded)
        checked = "checked against the seeds" if excluded is not None else "eligible (no lists)"
        for n, (doc_id, subset) in enumerate(drawn.items(), 1):
            record = articles[doc_id]
            n_works = works_as(record)
            print(f"{n:>2} {doc_id:<14} {subset:<8} {n_works:>3} WORKS_AS {len(record['text'])}")
        print(f"{len(drawn)} articles, {checked}")
    elif options.command == "show":
        drawn = draw(articles)
        for doc_id in options.args:
            if drawn.get(doc_id) == "heldout" and not options.heldout_annotator:
                raise SystemExit(f"{doc_id} is held out: only its annotator reads it")
            print(show(doc_id, articles[doc_id]))
    elif options.command == "build":
        golds = build(articles)
        with OUTPUT.open("w", encoding="utf-8") as out:
            for gold in golds:
                out.write(json.dumps(gold, ensure_ascii=False) + "\n")
        n = check(OUTPUT, articles)
        sets = [g["set"] for g in golds]
        print(
            f"{OUTPUT.relative_to(ROOT)}: {n} articles ({sets.count('tune')} tune, "
            f"{sets.count('heldout')} heldout), {sum(len(g['roles']) for g in golds)} records"
        )
    elif options.command == "check":
        path = Path(options.args[0]) if options.args else OUTPUT
        print(f"{path}: {check(path, articles)} articles valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())

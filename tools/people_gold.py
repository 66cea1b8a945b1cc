"""Build and validate the people gold (``data/gold/people.jsonl``) from NEREL plus decisions.

The gold is made by reading: NEREL dev's PERSON entities give the mention spans, and the
annotator's decisions (``data/gold/people_decisions.tsv``, no texts) say which in-article person
each mention is, fix spans, add missed mentions and give each person's nominative name. The
guideline is ``data/gold/people.md``.

Commands::

    python tools/people_gold.py draw            # the seeded draw: articles and their set
    python tools/people_gold.py show ID         # worksheet: text with numbered PERSON spans
    python tools/people_gold.py review [ID...]  # decisions applied: mention -> name, and
                                                # uncovered words that look like a person's name
    python tools/people_gold.py build           # write data/gold/people.jsonl and validate it
    python tools/people_gold.py check [FILE]    # validate a people gold file against the texts

Decisions, one tab-separated row each (``#`` starts a comment)::

    ID  person  p1  Барак//Обама          first/middle/last (empty part = null)
    ID  person  p2  Пан|Ги Мун            East Asian: last|first, the name keeps that order
    ID  person  p3  Елизавета//  Елизавета II   optional 5th column: the name as written
    ID  links   p1 p1 - p2 x              one token per NEREL PERSON mention in text order
                                          (PERSON nested in PERSON removed first):
                                          a person id, "-" (not a person's name) or "x" (drop)
    ID  span    3   Барака Обамы          mention 3 (1-based) becomes this surface, the
                                          occurrence of it that overlaps the old span
    ID  add     Обама@2  p1               a mention NEREL missed: the 2nd occurrence of the
                                          surface (as a whole word) in the text
    ID  namesakes  p1 p5                  two (or more) persons the article names alike, each
                                          by his fullest mention (a father and son): they may
                                          share a name
    ID  note    ...                       a decision worth keeping (free text)
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEXTS = ROOT.parent / "shared" / "data" / "gold"
SOURCE = "nerel_dev"
DECISIONS = ROOT / "data" / "gold" / "people_decisions.tsv"
OUTPUT = ROOT / "data" / "gold" / "people.jsonl"

# the draw: articles of NEREL dev with at least MIN_PERSONS PERSON entities, N_ARTICLES of them
# drawn with SEED; of those, N_HELDOUT drawn with HELDOUT_SEED are held out (never tuned on)
SEED = 13
HELDOUT_SEED = 1313
MIN_PERSONS = 4
N_ARTICLES = 40
N_HELDOUT = 16
# round 3: more tune articles, drawn after the first draw from the eligible articles left over
EXTRA_SEED = 1314
N_EXTRA = 12
# round 3, second pass: the first held-out set was scored once, then studied (now ``tune``);
# a new held-out set is drawn with NEW_HELDOUT_SEED from the eligible articles left over
NEW_HELDOUT_SEED = 1315
N_NEW_HELDOUT = 14
# round 4: draw 2 (seed 1315) was scored once as held-out, then studied (now ``tune``); draw 3
# is drawn with THIRD_HELDOUT_SEED from the eligible articles left over
THIRD_HELDOUT_SEED = 1316
N_THIRD_HELDOUT = 12
# session 4, second pass: draw 3 (seed 1316) was scored once as held-out, then studied (now
# ``tune``). Only 6 eligible NEREL dev articles are left, so draw 4 comes from NEREL train:
# the eligible train articles (same MIN_PERSONS) shuffled with FOURTH_HELDOUT_SEED, the first
# N_FOURTH_HELDOUT of them that no gold of the project used (dates, facts: 129 train ids when
# drawn). The ids are listed so that later gold in other tasks cannot move the draw; ``draw``
# checks they are that seeded order's first eligible ones minus the excluded.
FOURTH_SOURCE = "nerel_train"
FOURTH_HELDOUT_SEED = 1317
N_FOURTH_HELDOUT = 12
FOURTH_IDS = (
    "83798_text", "11127_text", "128762_text", "8071_text", "4098_text", "110458_text",
    "119216_text", "42665_text", "130557_text", "117341_text", "100624_text", "99993_text",
)  # fmt: skip
# session 5: draw 4 (seed 1317) was scored once as held-out, then studied (now ``tune``). Draw 5
# is NEREL train's eligible articles (same MIN_PERSONS) shuffled with FIFTH_HELDOUT_SEED, the
# first N_FIFTH_HELDOUT of them in no gold of the project (people, dates, facts) and in no
# candidate list of the facts draws (``tools/gold_offsets.py`` DRAWS): 223 train ids when drawn.
# Listed, and checked by ``draw`` as FOURTH_IDS are. Session 5, second pass: draw 5 was scored
# once as held-out, then studied (now ``tune``).
FIFTH_HELDOUT_SEED = 1318
N_FIFTH_HELDOUT = 14
FIFTH_IDS = (
    "163883_text", "511580_text", "503921_text", "538190_text", "22371_text", "28565_text",
    "38473_text", "110172_text", "11899_text", "22582_text", "86220_text", "103706_text",
    "19999_text", "141316_text",
)  # fmt: skip
# session 5, second pass: draw 6 is NEREL train's eligible articles (same MIN_PERSONS) shuffled
# with SIXTH_HELDOUT_SEED, the first N_SIXTH_HELDOUT of them in no gold of the project (people,
# dates, facts jsonl on main), in no earlier people draw, in no candidate list of
# ``tools/gold_offsets.py`` (DRAWS, TUNE_ONLY) or ``tools/dates_gold.py`` (its draws, DRAW_9,
# SKIPPED_5), and not among the 9 articles whose people output an engineer saw this session:
# 285 of the 656 eligible excluded, 371 left when drawn. Listed, and checked by ``draw``.
SIXTH_HELDOUT_SEED = 1319
N_SIXTH_HELDOUT = 12
SIXTH_IDS = (
    "16684_text", "107803_text", "064", "156300_text", "20760_text", "173553_text",
    "27872_text", "109369_text", "13876_text", "39885_text", "127917_text", "13162_text",
)  # fmt: skip
# session 6: draw 6 was scored once as held-out at the end of session 5, then studied (now
# ``tune``). Draw 7 is NEREL train's eligible articles (same MIN_PERSONS) shuffled with
# SEVENTH_HELDOUT_SEED, the first N_SEVENTH_HELDOUT of them in no gold of the project (people,
# dates, facts jsonl on main), in no earlier people draw, in no candidate list of
# ``tools/gold_offsets.py`` (DRAWS, TUNE_ONLY) or ``tools/dates_gold.py`` (``draw()`` ids,
# SKIPPED_5), not in /work/notes/peoplef_seen.txt and not among the facts round-7 held-out ids:
# 359 of the 656 eligible left when drawn. Listed, and checked by ``draw``.
SEVENTH_HELDOUT_SEED = 1320
N_SEVENTH_HELDOUT = 15
SEVENTH_IDS = (
    "121533_text", "122447_text", "516067_text", "100756_text", "13146_text", "096",
    "106214_text", "503652_text", "105317_text", "127981_text", "106096_text", "21165_text",
    "28337_text", "26616_text", "287",
)  # fmt: skip
# session 7: draw 7 was scored once as held-out at the end of session 6, then studied (now
# ``tune``). Draw 8 is NEREL train's eligible articles (same MIN_PERSONS) shuffled with
# EIGHTH_HELDOUT_SEED, the first N_EIGHTH_HELDOUT of them in no gold of the project (people,
# dates, facts jsonl on main), in no earlier people draw, in no candidate list of
# ``tools/gold_offsets.py`` (DRAWS, TUNE_ONLY) or ``tools/dates_gold.py`` (``draw()`` ids,
# SKIPPED_5), not in /work/notes/peoplef_seen.txt and not among session 6's held-out ids of any
# task: 344 of the 656 eligible left when drawn. Listed, and checked by ``draw``.
EIGHTH_HELDOUT_SEED = 1321
N_EIGHTH_HELDOUT = 18
EIGHTH_IDS = (
    "9736_text", "18216_text", "133118_text", "39118_text", "29_11_12b", "20606_text",
    "38985_text", "24391_text", "28576_text", "37740_text", "42687_text", "18773_text",
    "39006_text", "111444_text", "41445_text", "37642_text", "27534_text", "121892_text",
)  # fmt: skip
# end of session 7: draw 8 was scored once, then its errors listed (now ``tune``). Draw 9 is
# NEREL train's eligible articles (same MIN_PERSONS) shuffled with NINTH_HELDOUT_SEED, the first
# N_NINTH_HELDOUT of them in no gold of the project (people, dates, facts, roles jsonl), in no
# earlier people draw, in no candidate list of the facts or dates tools, not among session 6's
# or 7's held-out ids of any task, and not among the NEREL train articles whose pipeline output
# an engineer of session 7 sampled or reviewed (/work/notes/s7/seen_s7.txt, 465 ids): 52 of
# the 656 eligible left when drawn (script /work/notes/s7/draw9.py). Listed, checked by ``draw``.
NINTH_HELDOUT_SEED = 1322
N_NINTH_HELDOUT = 18
NINTH_IDS = (
    "20464_text", "105901_text", "45297_text", "42565_text", "11112_text", "26741_text",
    "52772_text", "81632_text", "15895_text", "1021", "15545_text", "53088_text",
    "13536_text", "141084_text", "91015_text", "23445_text", "18694_text", "159193_text",
)  # fmt: skip


def read_texts(texts: Path = TEXTS) -> dict[str, dict]:
    """NEREL dev articles by id, then NEREL train's (ids never shared); each has its ``source``."""
    found: dict[str, dict] = {}
    for source in (SOURCE, FOURTH_SOURCE):
        path = texts / f"{source}.jsonl"
        with path.open(encoding="utf-8") as lines:
            for r in map(json.loads, lines):
                if r and str(r["id"]) not in found:
                    found[str(r["id"])] = r | {"source": source}
    return found


def train_order(articles: dict[str, dict], seed: int) -> list[str]:
    """NEREL train's eligible articles in the order ``seed`` shuffles them (draws 4 to 9)."""
    eligible = sorted(
        doc_id
        for doc_id, record in articles.items()
        if record["source"] == FOURTH_SOURCE
        and sum(e["label"] == "PERSON" for e in record["entities"]) >= MIN_PERSONS
    )
    return random.Random(seed).sample(eligible, len(eligible))


def check_listed(ids: tuple[str, ...], n: int, order: list[str], drawn: dict[str, str]) -> None:
    """Raise ``ValueError`` unless ``ids`` are ``n`` eligible train articles in seeded ``order``,
    none of them drawn before."""
    at = [order.index(doc_id) if doc_id in order else -1 for doc_id in ids]
    if len(ids) != n or min(at) < 0 or at != sorted(at) or set(ids) & set(drawn):
        raise ValueError(
            f"listed draw {ids[:1]}...: not {n} new eligible train articles in seeded order"
        )


def train_draws() -> tuple[tuple[int, int, tuple[str, ...]], ...]:
    """Draws 6 to 9 from NEREL train, in draw order: each one's seed, size and listed ids."""
    return (
        (SIXTH_HELDOUT_SEED, N_SIXTH_HELDOUT, SIXTH_IDS),
        (SEVENTH_HELDOUT_SEED, N_SEVENTH_HELDOUT, SEVENTH_IDS),
        (EIGHTH_HELDOUT_SEED, N_EIGHTH_HELDOUT, EIGHTH_IDS),
        (NINTH_HELDOUT_SEED, N_NINTH_HELDOUT, NINTH_IDS),
    )


# The people gold has no held-out set after session 8: draw 9 was spent (scored once at the end
# of session 8, then its errors listed) and no people draw followed it, so every listed draw is
# ``tune``. A new draw would be listed after NINTH_IDS and given as ``heldout`` here.
HELDOUT_DRAWS: tuple[tuple[str, ...], ...] = ()


def draw(articles: dict[str, dict]) -> dict[str, str]:
    """The drawn article ids in draw order, each with its set (``tune`` / ``heldout``).

    Each listed train draw is checked against its seed's order and the draws before it. Every
    draw was spent (scored once at the end of its session, then its errors listed or studied)
    and is tuned on, except those in ``HELDOUT_DRAWS`` (none after session 8).
    """
    drawn = draws_to_fifth(articles)
    for seed, n, ids in train_draws():
        check_listed(ids, n, train_order(articles, seed), drawn)
        drawn |= dict.fromkeys(ids, "heldout" if ids in HELDOUT_DRAWS else "tune")
    return drawn


def draws_to_fifth(articles: dict[str, dict]) -> dict[str, str]:
    """Draws 1 to 5 in draw order, each article with its set (``tune`` / ``heldout``)."""
    eligible = sorted(
        doc_id
        for doc_id, record in articles.items()
        if record["source"] == SOURCE
        and sum(e["label"] == "PERSON" for e in record["entities"]) >= MIN_PERSONS
    )
    chosen = random.Random(SEED).sample(eligible, N_ARTICLES)
    heldout = set(random.Random(HELDOUT_SEED).sample(chosen, N_HELDOUT))
    drawn = {doc_id: "heldout" if doc_id in heldout else "tune" for doc_id in chosen}
    left = [doc_id for doc_id in eligible if doc_id not in drawn]
    extra = random.Random(EXTRA_SEED).sample(left, min(N_EXTRA, len(left)))
    # the first held-out set was spent (scored, then studied): it is tuned on now
    drawn = dict.fromkeys(drawn, "tune") | dict.fromkeys(extra, "tune")
    left = [doc_id for doc_id in left if doc_id not in drawn]
    new = random.Random(NEW_HELDOUT_SEED).sample(left, min(N_NEW_HELDOUT, len(left)))
    # the second held-out set was spent too (scored once, then studied): tuned on now
    drawn |= dict.fromkeys(new, "tune")
    left = [doc_id for doc_id in left if doc_id not in drawn]
    third = random.Random(THIRD_HELDOUT_SEED).sample(left, min(N_THIRD_HELDOUT, len(left)))
    # draw 3 was spent (scored once, then studied): tuned on now; draw 4 is NEREL train's
    drawn |= dict.fromkeys(third, "tune")
    check_listed(FOURTH_IDS, N_FOURTH_HELDOUT, train_order(articles, FOURTH_HELDOUT_SEED), drawn)
    # draw 4 was spent (scored once at the end of session 4, then studied): tuned on now
    drawn |= dict.fromkeys(FOURTH_IDS, "tune")
    check_listed(FIFTH_IDS, N_FIFTH_HELDOUT, train_order(articles, FIFTH_HELDOUT_SEED), drawn)
    # draw 5 was spent (scored once in session 5, then studied): tuned on now
    return drawn | dict.fromkeys(FIFTH_IDS, "tune")


def nerel_mentions(record: dict) -> list[tuple[int, int]]:
    """PERSON spans of a NEREL article in text order, a PERSON inside another PERSON dropped."""
    spans = sorted(
        {(e["start"], e["stop"]) for e in record["entities"] if e["label"] == "PERSON"},
        key=lambda s: (s[0], -s[1]),
    )
    outer = [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]
    return outer


@dataclass
class Decisions:
    """The annotator's decisions for one article."""

    persons: dict[str, dict] = field(default_factory=dict)
    links: list[str] | None = None
    spans: dict[int, str] = field(default_factory=dict)
    adds: list[tuple[str, int, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    namesakes: list[frozenset[str]] = field(default_factory=list)


def parse_person(spec: str, written: str | None) -> dict:
    """``first/middle/last`` or East Asian ``last|first`` -> name and its parts."""
    if "|" in spec:
        last, first = (part.strip() or None for part in spec.split("|"))
        middle = None
        parts = [last, first]
    else:
        pieces = spec.split("/")
        if len(pieces) != 3:
            raise ValueError(f"person {spec!r}: want first/middle/last or last|first")
        first, middle, last = (part.strip() or None for part in pieces)
        parts = [first, middle, last]
    name = written or " ".join(p for p in parts if p)
    if not name:
        raise ValueError(f"person {spec!r}: no name")
    return {"name": name, "last": last, "first": first, "middle": middle}


def read_decisions(path: Path = DECISIONS) -> dict[str, Decisions]:
    """Decisions by article id, in the order the file gives them."""
    found: dict[str, Decisions] = defaultdict(Decisions)
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.rstrip("\n").split("\t")
        where = f"{path.name}:{number}"
        doc_id, kind, rest = cells[0], cells[1], cells[2:]
        d = found[doc_id]
        if kind == "person":
            pid, spec = rest[0], rest[1]
            if pid in d.persons:
                raise ValueError(f"{where}: person {pid} given twice")
            d.persons[pid] = parse_person(spec, rest[2] if len(rest) > 2 and rest[2] else None)
        elif kind == "links":
            d.links = (d.links or []) + rest[0].split()
        elif kind == "span":
            d.spans[int(rest[0])] = rest[1]
        elif kind == "add":
            surface, _, nth = rest[0].rpartition("@")
            d.adds.append((surface, int(nth), rest[1]))
        elif kind == "note":
            d.notes.append(rest[0])
        elif kind == "namesakes":
            d.namesakes.append(frozenset(rest[0].split()))
        else:
            raise ValueError(f"{where}: unknown row kind {kind!r}")
    return dict(found)


def occurrences(text: str, surface: str) -> list[int]:
    """Starts of ``surface`` as whole words in ``text``."""
    pattern = r"(?<!\w)" + re.escape(surface) + r"(?!\w)"
    return [m.start() for m in re.finditer(pattern, text)]


def build_record(doc_id: str, subset: str, record: dict, d: Decisions) -> dict:
    """The gold line of one article."""
    text = record["text"]
    spans = nerel_mentions(record)
    links = d.links or []
    if len(links) != len(spans):
        raise ValueError(f"{doc_id}: {len(links)} links for {len(spans)} NEREL PERSON mentions")
    mentions = []
    for index, ((start, stop), link) in enumerate(zip(spans, links, strict=True), 1):
        if link == "x":
            continue
        if index in d.spans:
            surface = d.spans[index]
            starts = [
                s for s in occurrences(text, surface) if s < stop and start < s + len(surface)
            ]
            if len(starts) != 1:
                raise ValueError(f"{doc_id}: span {index} {surface!r} overlaps {len(starts)} times")
            start, stop = starts[0], starts[0] + len(surface)
        mentions.append(
            {
                "start": start,
                "stop": stop,
                "surface": text[start:stop],
                "person": None if link == "-" else link,
            }
        )
    for surface, nth, pid in d.adds:
        starts = occurrences(text, surface)
        if not 1 <= nth <= len(starts):
            raise ValueError(f"{doc_id}: add {surface!r}@{nth}: {len(starts)} occurrences")
        start = starts[nth - 1]
        mentions.append(
            {
                "start": start,
                "stop": start + len(surface),
                "surface": surface,
                "person": None if pid == "-" else pid,
            }
        )
    mentions.sort(key=lambda m: (m["start"], m["stop"]))
    gold = {
        "task": "people",
        "source": record.get("source", SOURCE),
        "id": doc_id,
        "set": subset,
        "date": None,
        "mentions": mentions,
        "persons": d.persons,
    }
    validate(gold, text, d.namesakes)
    return gold


def validate(gold: dict, text: str, namesakes: Iterable[frozenset[str]] = ()) -> None:
    """Raise ``ValueError`` unless the line is a consistent people gold record for ``text``;
    persons may share a name only when ``namesakes`` declares them together."""
    where = f"{gold.get('source')}/{gold.get('id')}"
    for key in ("task", "source", "id", "set", "date", "mentions", "persons"):
        if key not in gold:
            raise ValueError(f"{where}: no {key!r}")
    if gold["task"] != "people" or gold["set"] not in ("tune", "heldout"):
        raise ValueError(f"{where}: task {gold['task']!r}, set {gold['set']!r}")
    persons, used, last_stop = gold["persons"], set(), -1
    for m in gold["mentions"]:
        if text[m["start"] : m["stop"]] != m["surface"]:
            raise ValueError(
                f"{where}: {m['start']}-{m['stop']} is "
                f"{text[m['start'] : m['stop']]!r}, not {m['surface']!r}"
            )
        if m["surface"] != m["surface"].strip() or not m["surface"]:
            raise ValueError(f"{where}: surface {m['surface']!r} has outer spaces or is empty")
        if m["start"] < last_stop:
            raise ValueError(f"{where}: mention {m['surface']!r} at {m['start']} overlaps another")
        last_stop = m["stop"]
        if m["person"] is not None:
            if m["person"] not in persons:
                raise ValueError(f"{where}: mention {m['surface']!r} of unknown {m['person']}")
            used.add(m["person"])
    for pid, person in persons.items():
        if pid not in used:
            raise ValueError(f"{where}: person {pid} {person['name']!r} has no mention")
        parts = [person[k] for k in ("first", "middle", "last") if person[k]]
        if not parts or any(
            p not in person["name"].split() and p not in person["name"] for p in parts
        ):
            raise ValueError(f"{where}: {pid} parts {parts} are not in {person['name']!r}")
    alike: dict[str, set[str]] = defaultdict(set)
    for pid, person in persons.items():
        alike[person["name"].replace("ё", "е")].add(pid)
    declared = list(namesakes)
    for name, pids in alike.items():
        if len(pids) > 1 and not any(pids <= group for group in declared):
            raise ValueError(f"{where}: persons {sorted(pids)} share the name {name!r}")


def check(path: Path, articles: dict[str, dict]) -> int:
    """Validate a people gold file line by line (namesakes as the decisions declare them); the
    number of records."""
    seen = set()
    decisions = read_decisions()
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            try:
                gold = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path.name}:{number}: not JSON: {error}") from error
            if gold["id"] in seen:
                raise ValueError(f"{path.name}:{number}: {gold['id']} twice")
            seen.add(gold["id"])
            declared = decisions[gold["id"]].namesakes if gold["id"] in decisions else []
            validate(gold, articles[gold["id"]]["text"], declared)
    return len(seen)


def show(doc_id: str, record: dict) -> str:
    """The article with its NEREL PERSON mentions numbered in place."""
    text, out, at = record["text"], [], 0
    for index, (start, stop) in enumerate(nerel_mentions(record), 1):
        out += [text[at:start], f"[{index}:{text[start:stop]}]"]
        at = stop
    out.append(text[at:])
    return f"== {doc_id}\n" + "".join(out)


def review(gold: dict, text: str) -> str:
    """Mentions with their person's name, and uncovered words sharing a person's name stem."""
    persons = gold["persons"]
    rows = [f"== {gold['id']} ({gold['set']})"]
    for pid, p in persons.items():
        rows.append(
            f"  {pid}: {p['name']}  [last={p['last']} first={p['first']} middle={p['middle']}]"
        )
    for m in gold["mentions"]:
        name = persons[m["person"]]["name"] if m["person"] else "—"
        rows.append(f"  {m['start']:>5} {m['surface']:<32} {m['person'] or '-':<4} {name}")
    covered = [(m["start"], m["stop"]) for m in gold["mentions"]]
    stems = {
        part[: max(3, len(part) - 2)]
        for p in persons.values()
        for part in (p["last"] or "").split() + (p["first"] or "").split()
        if len(part) > 2 and "." not in part
    }
    for stem in sorted(stems):
        for match in re.finditer(r"(?<!\w)" + re.escape(stem) + r"\w*", text):
            if not any(s <= match.start() < e for s, e in covered):
                rows.append(f"  ?? uncovered {match.group()!r} at {match.start()}")
    return "\n".join(rows)


def build(articles: dict[str, dict], only: set[str] | None = None) -> list[dict]:
    """Gold lines for every drawn article that has decisions, in draw order."""
    decisions = read_decisions()
    drawn = draw(articles)
    unknown = set(decisions) - set(drawn)
    if unknown:
        raise ValueError(f"decisions for articles outside the draw: {sorted(unknown)}")
    return [
        build_record(doc_id, subset, articles[doc_id], decisions[doc_id])
        for doc_id, subset in drawn.items()
        if doc_id in decisions and (only is None or doc_id in only)
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["draw", "show", "review", "build", "check"])
    parser.add_argument("args", nargs="*")
    parser.add_argument("--texts", type=Path, default=TEXTS)
    options = parser.parse_args(argv)
    articles = read_texts(options.texts)
    if options.command == "draw":
        for n, (doc_id, subset) in enumerate(draw(articles).items(), 1):
            record = articles[doc_id]
            n_per = len(nerel_mentions(record))
            print(f"{n:>2} {doc_id:<14} {subset:<8} {n_per:>3} PERSON  {record['text'][:60]!r}")
    elif options.command == "show":
        for doc_id in options.args:
            print(show(doc_id, articles[doc_id]))
    elif options.command == "review":
        for gold in build(articles, set(options.args) if options.args else None):
            print(review(gold, articles[gold["id"]]["text"]))
    elif options.command == "build":
        golds = build(articles)
        with OUTPUT.open("w", encoding="utf-8") as out:
            for gold in golds:
                out.write(json.dumps(gold, ensure_ascii=False) + "\n")
        n = check(OUTPUT, articles)
        sets = [g["set"] for g in golds]
        print(
            f"{OUTPUT.relative_to(ROOT)}: {n} articles ({sets.count('tune')} tune, "
            f"{sets.count('heldout')} heldout), "
            f"{sum(len(g['mentions']) for g in golds)} mentions, "
            f"{sum(len(g['persons']) for g in golds)} persons"
        )
    elif options.command == "check":
        path = Path(options.args[0]) if options.args else OUTPUT
        print(f"{path}: {check(path, articles)} articles valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""People gold (``data/gold/people.jsonl``, guideline ``data/gold/people.md``): names and linking.

Each gold record lists the article's person mentions (``start``, ``stop``, ``surface``,
``person``: an in-article person id, or null for a span that is not a person's name) and the
persons' canonical nominative names. A gold mention is found by the predicted PER span that
overlaps it most; the predicted person of a mention is that span's ``_.key``.

Measures:

- ``names_right``: gold persons whose name equals (ё-folded) the name of the predicted person
  that most of the gold person's mentions are found in (ties: the earliest);
- ``b3_precision``, ``b3_recall``, ``b3_f1``: B³ over the gold person mentions (a mention not
  found is a predicted singleton), as coreference scorers such as CoNLL ``coval`` compute it;
  the "hits" of these are sums of per-mention fractions (rounded to 0.01);
- ``spurious_people``: predicted people none of whose mentions overlaps a gold person mention,
  over all predicted people (lower is better);
- ``mentions_found``: gold person mentions overlapped by a predicted PER span;
- ``non_names_kept``: gold spans marked as no person's name that a predicted PER span overlaps
  (lower is better).
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from ruextract.evaluate.records import Measure


def fold(name: str | None) -> str:
    """A name compared ё-folded, stress marks removed, spaces normalised."""
    return " ".join((name or "").replace("\u0301", "").replace("ё", "е").replace("Ё", "Е").split())


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _predicted(doc: Doc) -> list[Span]:
    nested = doc.spans.get("nested_people", [])
    return sorted(
        [span for span in [*doc.ents, *nested] if span.label_ == "PER"], key=lambda s: s.start
    )


def _person_name(span: Span) -> str:
    person = span._.person
    return person.name if person is not None and person.name else (span._.key or span.text)


def _match(mention: dict, spans: list[Span]) -> Span | None:
    """The predicted PER span that overlaps a gold mention most, if any."""
    best, best_overlap = None, 0
    for span in spans:
        overlap = _overlap((mention["start"], mention["stop"]), (span.start_char, span.end_char))
        if overlap > best_overlap:
            best, best_overlap = span, overlap
    return best


def score(pairs: list[tuple[dict, Doc]]) -> list[Measure]:
    """The people measures over (gold record, processed Doc) pairs (see module doc)."""
    names_right = n_persons = 0
    b3_p = b3_r = 0.0
    n_mentions = found = 0
    spurious = n_predicted = 0
    non_names = non_names_kept = 0
    for record, doc in pairs:
        spans = _predicted(doc)
        gold = [m for m in record["mentions"] if m.get("person")]
        matched = [_match(m, spans) for m in gold]
        # predicted cluster of each gold mention: its span's key, or itself alone
        predicted = [
            ("key", span._.key or span.text) if span is not None else ("alone", i)
            for i, span in enumerate(matched)
        ]
        for i, mention in enumerate(gold):
            same_gold = {j for j, m in enumerate(gold) if m["person"] == mention["person"]}
            same_pred = {j for j, p in enumerate(predicted) if p == predicted[i]}
            common = len(same_gold & same_pred)
            b3_p += common / len(same_pred)
            b3_r += common / len(same_gold)
        n_mentions += len(gold)
        found += sum(span is not None for span in matched)
        for person_id, person in record["persons"].items():
            votes = Counter(
                (span._.key or span.text)
                for m, span in zip(gold, matched, strict=True)
                if m["person"] == person_id and span is not None
            )
            n_persons += 1
            if not votes:
                continue
            key = votes.most_common(1)[0][0]
            name = next(_person_name(s) for s in spans if (s._.key or s.text) == key)
            names_right += fold(name) == fold(person["name"])
        gold_spans = [(m["start"], m["stop"]) for m in gold]
        people: dict[str, bool] = {}
        for span in spans:
            key = span._.key or span.text
            hit = any(_overlap(g, (span.start_char, span.end_char)) for g in gold_spans)
            people[key] = people.get(key, False) or hit
        n_predicted += len(people)
        spurious += sum(not hit for hit in people.values())
        for mention in record["mentions"]:
            if mention.get("person"):
                continue
            non_names += 1
            where = (mention["start"], mention["stop"])
            non_names_kept += any(_overlap(where, (s.start_char, s.end_char)) for s in spans)
    precision = b3_p / n_mentions if n_mentions else 0.0
    recall = b3_r / n_mentions if n_mentions else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return [
        Measure("names_right", names_right, n_persons),
        Measure("b3_precision", round(b3_p, 2), n_mentions),
        Measure("b3_recall", round(b3_r, 2), n_mentions),
        Measure("b3_f1", round(f1 * n_mentions, 2), n_mentions),
        Measure("spurious_people", spurious, n_predicted),
        Measure("mentions_found", found, n_mentions),
        Measure("non_names_kept", non_names_kept, non_names),
    ]

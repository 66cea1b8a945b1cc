"""Tables, built in one place: rows of every output table from processed ``Doc`` objects.

Column lists are module constants (a test pins them: notebooks depend on them). Offsets are
character offsets into the document text, ``start`` inclusive, ``stop`` exclusive; dates are
ISO 8601 strings; ``sent_id`` and ``token_id`` count from 0 within a document (whitespace
tokens are not rows); ``mention_id`` counts mentions in text order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date

import pandas as pd
from spacy.tokens import Doc, Span

from ruextract import views
from ruextract.records import Country, DateValue, Fact, Mention, Organization, Person, Problem

DOCUMENT_COLUMNS = [
    "doc_id", "source", "date", "title", "url",
    "n_chars", "n_sentences", "n_tokens", "status", "error",
]  # fmt: skip
SENTENCE_COLUMNS = ["doc_id", "sent_id", "start", "stop", "text"]
TOKEN_COLUMNS = [
    "doc_id", "sent_id", "token_id", "start", "stop", "text", "lemma", "pos", "feats",
]  # fmt: skip
MENTION_COLUMNS = [
    "doc_id", "mention_id", "sent_id", "start", "stop", "text", "label", "normal", "key",
]  # fmt: skip
PEOPLE_COLUMNS = ["doc_id", "key", "name", "last", "first", "middle", "n_mentions"]
COUNTRY_COLUMNS = ["doc_id", "key", "name", "n_mentions"]
ORGANIZATION_COLUMNS = ["doc_id", "key", "name", "form", "abbr", "n_mentions"]
DATE_COLUMNS = [
    "doc_id", "sent_id", "start", "stop", "text",
    "value_start", "value_end", "granularity", "relative", "part",
]  # fmt: skip
FACT_COLUMNS = [
    "doc_id", "sent_id", "start", "stop", "text", "kind", "value", "value_max",
    "qualifier", "unit", "subject", "period_start", "period_end",
]  # fmt: skip
ERROR_COLUMNS = ["doc_id", "source", "stage", "error", "message"]

TABLES: dict[str, list[str]] = {
    "documents": DOCUMENT_COLUMNS,
    "sentences": SENTENCE_COLUMNS,
    "tokens": TOKEN_COLUMNS,
    "mentions": MENTION_COLUMNS,
    "people": PEOPLE_COLUMNS,
    "countries": COUNTRY_COLUMNS,
    "organizations": ORGANIZATION_COLUMNS,
    "dates": DATE_COLUMNS,
    "facts": FACT_COLUMNS,
    "errors": ERROR_COLUMNS,
}
INT_COLUMNS = frozenset(
    {"sent_id", "token_id", "mention_id", "start", "stop", "n_chars", "n_sentences",
     "n_tokens", "n_mentions"}
)  # fmt: skip
FLOAT_COLUMNS = frozenset({"value", "value_max"})
BOOL_COLUMNS = frozenset({"relative"})

Rows = dict[str, list[dict]]


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _sentence_ids(doc: Doc) -> list[int]:
    """Sentence number of every token."""
    return views.sentence_ids(doc).tolist()


def mention_spans(doc: Doc) -> list[Span]:
    """Entity spans in text order: ``doc.ents`` plus nested country and organisation mentions
    not in them."""
    spans = list(doc.ents)
    seen = {(span.start_char, span.end_char) for span in spans}
    nested = ("countries", "organizations", "places")
    for span in [span for key in nested for span in doc.spans.get(key, [])]:
        if (span.start_char, span.end_char) not in seen:
            spans.append(span)
            seen.add((span.start_char, span.end_char))
    return sorted(spans, key=lambda span: (span.start_char, span.end_char))


def mentions(doc: Doc) -> list[Mention]:
    """Every entity mention of a document as a :class:`Mention`."""
    return [
        Mention(
            start=span.start_char,
            stop=span.end_char,
            text=span.text,
            label=span.label_,
            normal=span._.normal or span.text,
            key=span._.key or span._.normal or span.text,
        )
        for span in mention_spans(doc)
    ]


def people(doc: Doc) -> list[tuple[Person, int]]:
    """Each person of a document with the number of its mentions, in order of appearance."""
    found: dict[str, Person] = {}
    counts: Counter[str] = Counter()
    for span in doc.ents:
        if span.label_ != "PER":
            continue
        person = span._.person
        if person is None:
            name = span._.normal or span.text
            person = Person(key=span._.key or name, name=name)
        found.setdefault(person.key, person)
        counts[person.key] += 1
    return [(person, counts[key]) for key, person in found.items()]


def countries(doc: Doc) -> list[tuple[Country, int]]:
    """Each country of a document with the number of its mentions, in order of appearance."""
    spans = doc.spans["countries"] if "countries" in doc.spans else doc.ents
    found: dict[str, Country] = {}
    counts: Counter[str] = Counter()
    for span in spans:
        country = span._.country
        if span.label_ != "COUNTRY" or country is None:
            continue
        found.setdefault(country.code, country)
        counts[country.code] += 1
    return [(country, counts[code]) for code, country in found.items()]


def organizations(doc: Doc) -> list[tuple[Organization, int]]:
    """Each organisation of a document with the number of its mentions, in order of
    appearance."""
    found: dict[str, Organization] = {}
    counts: Counter[str] = Counter()
    for span in doc.spans.get("organizations", []):
        org = span._.org
        if org is None:
            continue
        found.setdefault(org.key, org)
        counts[org.key] += 1
    return [(org, counts[key]) for key, org in found.items()]


def dates(doc: Doc) -> list[DateValue]:
    """Every resolved date expression of a document."""
    return [span._.date for span in doc.spans.get("dates", []) if span._.date is not None]


def facts(doc: Doc) -> list[Fact]:
    """Every numeric fact of a document."""
    return [span._.fact for span in doc.spans.get("facts", []) if span._.fact is not None]


def document_row(
    doc_id: str,
    source: str | None = None,
    date_: date | None = None,
    title: str | None = None,
    url: str | None = None,
    doc: Doc | None = None,
    error: str | None = None,
) -> dict:
    """The ``documents`` row of an article: counts from its ``doc``, or an error."""
    return {
        "doc_id": doc_id,
        "source": source,
        "date": _iso(date_),
        "title": title,
        "url": url,
        "n_chars": len(views.text(doc)) if doc is not None else None,
        "n_sentences": len(views.sentence_bounds(doc)) if doc is not None and len(doc) else 0,
        "n_tokens": sum(not t.is_space for t in doc) if doc is not None else None,
        "status": "error" if error else "ok",
        "error": error,
    }


def error_row(problem: Problem) -> dict:
    """The ``errors`` row of a problem."""
    return {
        "doc_id": problem.doc_id,
        "source": problem.source,
        "stage": problem.stage,
        "error": problem.error,
        "message": problem.message,
    }


def rows_from_doc(doc: Doc) -> Rows:
    """Rows of every table (but ``errors``) for one processed document."""
    doc_id = doc._.doc_id
    sent_of = _sentence_ids(doc)
    rows: Rows = {name: [] for name in TABLES}
    rows["documents"].append(
        document_row(doc_id, doc._.source, doc._.date, doc._.title, doc._.url, doc=doc)
    )
    text = views.text(doc)
    for n, sent in enumerate(views.sentences(doc)):
        # a sentence runs from its first to its last token: white space around it is not in it
        content = [token for token in sent if not token.is_space]
        if not content:
            continue
        start, stop = content[0].idx, content[-1].idx + len(content[-1].text)
        rows["sentences"].append(
            {"doc_id": doc_id, "sent_id": n, "start": start, "stop": stop,
             "text": text[start:stop]}
        )  # fmt: skip
    rows["documents"][0]["n_sentences"] = len(rows["sentences"])
    token_id = 0
    for token in doc:
        if token.is_space:
            continue
        rows["tokens"].append(
            {"doc_id": doc_id, "sent_id": sent_of[token.i], "token_id": token_id,
             "start": token.idx, "stop": token.idx + len(token.text), "text": token.text,
             "lemma": token.lemma_, "pos": token.pos_, "feats": str(token.morph)}
        )  # fmt: skip
        token_id += 1

    def sent_at(char: int) -> int | None:
        token = doc.char_span(char, char + 1, alignment_mode="expand")
        return sent_of[token.start] if token is not None and len(token) else None

    for n, mention in enumerate(mentions(doc)):
        rows["mentions"].append(
            {"doc_id": doc_id, "mention_id": n, "sent_id": sent_at(mention.start),
             "start": mention.start, "stop": mention.stop, "text": mention.text,
             "label": mention.label, "normal": mention.normal, "key": mention.key}
        )  # fmt: skip
    for person, n in people(doc):
        rows["people"].append(
            {"doc_id": doc_id, "key": person.key, "name": person.name, "last": person.last,
             "first": person.first, "middle": person.middle, "n_mentions": n}
        )  # fmt: skip
    for country, n in countries(doc):
        rows["countries"].append(
            {"doc_id": doc_id, "key": country.code, "name": country.name, "n_mentions": n}
        )
    for org, n in organizations(doc):
        rows["organizations"].append(
            {"doc_id": doc_id, "key": org.key, "name": org.name, "form": org.form,
             "abbr": org.abbr, "n_mentions": n}
        )  # fmt: skip
    for value in dates(doc):
        rows["dates"].append(
            {"doc_id": doc_id, "sent_id": sent_at(value.start), "start": value.start,
             "stop": value.stop, "text": value.text, "value_start": _iso(value.value_start),
             "value_end": _iso(value.value_end), "granularity": value.granularity,
             "relative": value.relative, "part": value.part}
        )  # fmt: skip
    for fact in facts(doc):
        rows["facts"].append(
            {"doc_id": doc_id, "sent_id": sent_at(fact.start), "start": fact.start,
             "stop": fact.stop, "text": fact.text, "kind": fact.kind, "value": fact.value,
             "value_max": fact.value_max, "qualifier": fact.qualifier, "unit": fact.unit,
             "subject": fact.subject, "period_start": _iso(fact.period_start),
             "period_end": _iso(fact.period_end)}
        )  # fmt: skip
    return rows


def merge(parts: Iterable[Rows]) -> Rows:
    """Concatenate the rows of many documents, table by table."""
    merged: Rows = {name: [] for name in TABLES}
    for part in parts:
        for name, rows in part.items():
            merged[name].extend(rows)
    return merged


def frame(name: str, rows: list[dict]) -> pd.DataFrame:
    """One table as a DataFrame with its pinned columns and nullable dtypes."""
    columns = TABLES[name]
    df = pd.DataFrame.from_records(rows, columns=columns)
    dtypes = {}
    for column in columns:
        if column in INT_COLUMNS:
            dtypes[column] = "Int64"
        elif column in FLOAT_COLUMNS:
            dtypes[column] = "Float64"
        elif column in BOOL_COLUMNS:
            dtypes[column] = "boolean"
        else:
            dtypes[column] = "string"
    return df.astype(dtypes)


def frames(rows: Rows) -> dict[str, pd.DataFrame]:
    """Every table as a DataFrame."""
    return {name: frame(name, rows.get(name, [])) for name in TABLES}

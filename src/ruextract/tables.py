"""Tables, built in one place: rows of every output table from processed ``Doc`` objects.

Column lists are module constants (a test pins them: notebooks depend on them). Offsets are
character offsets into the document text, ``start`` inclusive, ``stop`` exclusive; dates are
ISO 8601 strings; ``sent_id`` and ``token_id`` count from 0 within a document (whitespace
tokens are not rows); ``mention_id`` counts mentions in text order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable
from datetime import date, datetime

import numpy
import pandas as pd
import pyarrow as pa
from spacy.attrs import IDX, LEMMA, MORPH, POS
from spacy.morphology import Morphology
from spacy.tokens import Doc, Span

from ruextract import persons, views
from ruextract.records import Country, DateValue, Fact, Mention, Organization, Person, Problem, Role

DOCUMENT_COLUMNS = [
    "doc_id", "source", "date", "title", "url",
    "n_chars", "n_sentences", "n_tokens", "status", "error",
    "date_error", "encoding", "text",
]  # fmt: skip
SENTENCE_COLUMNS = ["doc_id", "sent_id", "start", "stop", "text"]
TOKEN_COLUMNS = [
    "doc_id", "sent_id", "token_id", "start", "stop", "text", "lemma", "pos", "feats",
]  # fmt: skip
MENTION_COLUMNS = [
    "doc_id", "mention_id", "sent_id", "start", "stop", "text", "label", "normal", "key",
    "person_id",
]  # fmt: skip
PEOPLE_COLUMNS = ["doc_id", "key", "name", "last", "first", "middle", "n_mentions", "person_id"]
COUNTRY_COLUMNS = ["doc_id", "key", "name", "n_mentions"]
ORGANIZATION_COLUMNS = ["doc_id", "key", "name", "form", "abbr", "n_mentions"]
DATE_COLUMNS = [
    "doc_id", "sent_id", "start", "stop", "text",
    "value_start", "value_end", "granularity", "relative", "part",
]  # fmt: skip
FACT_COLUMNS = [
    "doc_id", "sent_id", "start", "stop", "text", "kind", "value", "value_max",
    "qualifier", "unit", "subject", "period_start", "period_end",
    "value_from", "direction", "change", "per", "subject_text",
]  # fmt: skip
ROLE_COLUMNS = [
    "doc_id", "sent_id", "key", "person_id", "role", "role_text",
    "org", "org_label", "org_key", "status", "start", "stop",
]  # fmt: skip
ERROR_COLUMNS = ["doc_id", "source", "stage", "error", "message"]
# persons across the whole run (ruextract.persons): filled by a final pass over ``people``
PERSON_COLUMNS = persons.PERSON_COLUMNS

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
    "roles": ROLE_COLUMNS,
    "errors": ERROR_COLUMNS,
    "persons": PERSON_COLUMNS,
}
INT_COLUMNS = frozenset(
    {"sent_id", "token_id", "mention_id", "start", "stop", "n_chars", "n_sentences",
     "n_tokens", "n_mentions", "n_articles"}
)  # fmt: skip
FLOAT_COLUMNS = frozenset({"value", "value_max", "value_from"})
BOOL_COLUMNS = frozenset({"relative"})
# calendar dates: date32 in Parquet and in DataFrames (pandas' datetime64[ns] ends in 1677)
CALENDAR_COLUMNS = frozenset({"date", "value_start", "value_end", "period_start", "period_end"})
DATE_DTYPE = pd.ArrowDtype(pa.date32())
BOOL_TEXT = {"True": True, "False": False, "true": True, "false": False}  # as CSV reads back

Rows = dict[str, list[dict]]
EMPTY_MORPH = Morphology.EMPTY_MORPH  # "_"


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _sentence_ids(doc: Doc) -> list[int]:
    """Sentence number of every token."""
    return views.sentence_ids(doc).tolist()


def sentence_rows(doc: Doc) -> list[dict]:
    """The ``sentences`` rows of a document: a sentence runs from its first to its last
    non-space token (white space around it is not in it); one of white space only has no row
    (its number is skipped)."""
    bounds = views.sentence_bounds(doc)
    if not bounds:
        return []
    text, texts, idx = views.text(doc), views.token_texts(doc), views.token_starts(doc)
    content = numpy.flatnonzero(~views.is_space(doc))
    first = numpy.searchsorted(content, [start for start, _ in bounds]).tolist()
    after = numpy.searchsorted(content, [end for _, end in bounds]).tolist()
    rows = []
    for n, (lo, hi) in enumerate(zip(first, after, strict=True)):
        if lo == hi:
            continue
        last = int(content[hi - 1])
        start, stop = int(idx[content[lo]]), int(idx[last]) + len(texts[last])
        rows.append(
            {"doc_id": doc._.doc_id, "sent_id": n, "start": start, "stop": stop,
             "text": text[start:stop]}
        )  # fmt: skip
    return rows


def token_rows(doc: Doc, sent_of: list[int]) -> list[dict]:
    """The ``tokens`` rows of a document (white space tokens have none), read from the token
    arrays: no ``Token`` object per token."""
    if not len(doc):
        return []
    strings, texts = doc.vocab.strings, views.token_texts(doc)
    array = doc.to_array([IDX, LEMMA, POS, MORPH]).tolist()
    doc_id = doc._.doc_id
    # ``str(token.morph)``: no features is "" (spaCy keeps set-but-empty features as "_")
    feats = {key: strings[key] for key in {row[3] for row in array} if key}
    feats = {key: "" if value == EMPTY_MORPH else value for key, value in feats.items()}
    rows = []
    for i in numpy.flatnonzero(~views.is_space(doc)).tolist():
        start, lemma, pos, morph = array[i]
        rows.append(
            {"doc_id": doc_id, "sent_id": sent_of[i], "token_id": len(rows), "start": start,
             "stop": start + len(texts[i]), "text": texts[i], "lemma": strings[lemma],
             "pos": strings[pos], "feats": feats.get(morph, "")}
        )  # fmt: skip
    return rows


def mention_spans(doc: Doc) -> list[Span]:
    """Entity spans in text order: ``doc.ents`` plus nested country, organisation and person
    mentions not in them."""
    spans = list(doc.ents)
    seen = {(span.start_char, span.end_char) for span in spans}
    nested = ("countries", "organizations", "places", "nested_people")
    for span in [span for key in nested for span in doc.spans.get(key, [])]:
        if (span.start_char, span.end_char) not in seen or span.label_ == "PER":
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
    nested = doc.spans.get("nested_people", [])
    for span in sorted([*doc.ents, *nested], key=lambda span: span.start):
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


def roles(doc: Doc) -> list[Role]:
    """Every post held by a person in a document, in text order."""
    return [span._.role for span in doc.spans.get("roles", []) if span._.role is not None]


def document_row(
    doc_id: str,
    source: str | None = None,
    date_: date | None = None,
    title: str | None = None,
    url: str | None = None,
    doc: Doc | None = None,
    error: str | None = None,
    *,
    date_error: str | None = None,
    encoding: str | None = None,
) -> dict:
    """The ``documents`` row of an article: counts and text from its ``doc``, or an error."""
    return {
        "doc_id": doc_id,
        "source": source,
        "date": _iso(date_),
        "title": title,
        "url": url,
        "n_chars": len(views.text(doc)) if doc is not None else None,
        "n_sentences": len(views.sentence_bounds(doc)) if doc is not None else 0,
        "n_tokens": int((~views.is_space(doc)).sum()) if doc is not None else None,
        "status": "error" if error else "ok",
        "error": error,
        "date_error": date_error,
        "encoding": encoding,
        "text": views.text(doc) if doc is not None else None,
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


def reader_notes(doc: Doc) -> list[dict]:
    """``errors`` rows for what the reader noted about a processed article: a date it could
    not read (``DateError``), an id an earlier article had (``DuplicateId``)."""
    notes = []
    if doc._.date_error:
        notes.append(
            {"doc_id": doc._.doc_id, "source": doc._.source, "stage": "read",
             "error": "DateError", "message": f"{doc._.date_error}; processed without a date"}
        )  # fmt: skip
    if doc._.duplicate_of is not None:
        notes.append(duplicate_row(doc._.duplicate_of, doc._.doc_id, doc._.source))
    return notes


def duplicate_row(given: str, doc_id: str, source: str | None) -> dict:
    """The ``errors`` row of an article whose id an earlier article had."""
    message = f"id {given!r} is used by an earlier article: this one is {doc_id!r}"
    return {"doc_id": doc_id, "source": source, "stage": "read", "error": "DuplicateId",
            "message": message}  # fmt: skip


def rows_from_doc(doc: Doc, only: Collection[str] | None = None) -> Rows:
    """Rows of every table (but ``errors``) for one processed document.

    With ``only``, the rows of the tables not named there are not built (their lists stay
    empty); ``documents`` and ``errors`` are always built."""
    doc_id = doc._.doc_id

    def wanted(name: str) -> bool:
        return only is None or name in only

    sent_of = _sentence_ids(doc)
    rows: Rows = {name: [] for name in TABLES}
    rows["documents"].append(
        document_row(
            doc_id, doc._.source, doc._.date, doc._.title, doc._.url, doc=doc,
            date_error=doc._.date_error, encoding=doc._.encoding,
        )
    )  # fmt: skip
    rows["errors"].extend(reader_notes(doc))
    rows["sentences"] = sentence_rows(doc)
    rows["documents"][0]["n_sentences"] = len(rows["sentences"])
    if wanted("tokens"):
        rows["tokens"] = token_rows(doc, sent_of)
    if not wanted("sentences"):
        rows["sentences"] = []

    def sent_at(char: int) -> int | None:
        token = doc.char_span(char, char + 1, alignment_mode="expand")
        return sent_of[token.start] if token is not None and len(token) else None

    for n, mention in enumerate(mentions(doc) if wanted("mentions") else ()):
        rows["mentions"].append(
            {"doc_id": doc_id, "mention_id": n, "sent_id": sent_at(mention.start),
             "start": mention.start, "stop": mention.stop, "text": mention.text,
             "label": mention.label, "normal": mention.normal, "key": mention.key,
             "person_id": None}
        )  # fmt: skip
    for person, n in people(doc) if wanted("people") else ():
        rows["people"].append(
            {"doc_id": doc_id, "key": person.key, "name": person.name, "last": person.last,
             "first": person.first, "middle": person.middle, "n_mentions": n,
             "person_id": None}
        )  # fmt: skip
    for country, n in countries(doc) if wanted("countries") else ():
        rows["countries"].append(
            {"doc_id": doc_id, "key": country.code, "name": country.name, "n_mentions": n}
        )
    for org, n in organizations(doc) if wanted("organizations") else ():
        rows["organizations"].append(
            {"doc_id": doc_id, "key": org.key, "name": org.name, "form": org.form,
             "abbr": org.abbr, "n_mentions": n}
        )  # fmt: skip
    for value in dates(doc) if wanted("dates") else ():
        rows["dates"].append(
            {"doc_id": doc_id, "sent_id": sent_at(value.start), "start": value.start,
             "stop": value.stop, "text": value.text, "value_start": _iso(value.value_start),
             "value_end": _iso(value.value_end), "granularity": value.granularity,
             "relative": value.relative, "part": value.part}
        )  # fmt: skip
    for fact in facts(doc) if wanted("facts") else ():
        rows["facts"].append(
            {"doc_id": doc_id, "sent_id": sent_at(fact.start), "start": fact.start,
             "stop": fact.stop, "text": fact.text, "kind": fact.kind, "value": fact.value,
             "value_max": fact.value_max, "qualifier": fact.qualifier, "unit": fact.unit,
             "subject": fact.subject, "period_start": _iso(fact.period_start),
             "period_end": _iso(fact.period_end), "value_from": fact.value_from,
             "direction": fact.direction, "change": fact.change, "per": fact.per,
             "subject_text": fact.subject_text}
        )  # fmt: skip
    for role in roles(doc) if wanted("roles") else ():
        # person_id stays empty here: a cross-article pass fills it by (doc_id, key)
        rows["roles"].append(
            {"doc_id": doc_id, "sent_id": sent_at(role.start), "key": role.key,
             "person_id": None, "role": role.role, "role_text": role.text, "org": role.org,
             "org_label": role.org_label, "org_key": role.org_key, "status": role.status,
             "start": role.start, "stop": role.stop}
        )  # fmt: skip
    return rows


def merge(parts: Iterable[Rows]) -> Rows:
    """Concatenate the rows of many documents, table by table."""
    merged: Rows = {name: [] for name in TABLES}
    for part in parts:
        for name, rows in part.items():
            merged[name].extend(rows)
    return merged


def with_person_ids(rows: Rows, ids: dict[tuple[str, str], str]) -> Rows:
    """``rows`` with ``person_id`` filled on people, roles and PER mentions from
    ``(doc_id, key)``."""
    for row in rows.get("people", []) + rows.get("roles", []):
        row["person_id"] = ids.get((str(row["doc_id"]), str(row["key"])))
    for row in rows.get("mentions", []):
        if row["label"] == "PER":
            row["person_id"] = ids.get((str(row["doc_id"]), str(row["key"])))
    return rows


def link_persons(rows: Rows) -> Rows:
    """All rows of a run with the ``persons`` table and every ``person_id`` filled in."""
    people = frame("people", rows.get("people", []))
    table, ids = persons.identify(people)
    rows = with_person_ids(rows, persons.id_map(people, ids))
    rows["persons"] = table.to_dict("records")
    return rows


def dtype(column: str) -> str | pd.ArrowDtype:
    """The pandas dtype of a column: Int64 ids, offsets and counts, Float64 values, boolean
    flags, date32 dates, string for the rest."""
    if column in INT_COLUMNS:
        return "Int64"
    if column in FLOAT_COLUMNS:
        return "Float64"
    if column in BOOL_COLUMNS:
        return "boolean"
    if column in CALENDAR_COLUMNS:
        return DATE_DTYPE
    return "string"


def as_dates(values: pd.Series) -> pd.Series:
    """A column of dates (``date`` objects, ISO strings, timestamps or missing) as date32."""
    if values.dtype == DATE_DTYPE:
        return values
    items = [
        None if value is None or value is pd.NA or value != value
        else value.date() if isinstance(value, datetime)
        else value if isinstance(value, date)
        else date.fromisoformat(str(value)[:10])
        for value in values
    ]  # fmt: skip
    return pd.Series(pd.array(items, dtype=DATE_DTYPE), index=values.index, name=values.name)


def typed(df: pd.DataFrame) -> pd.DataFrame:
    """A table with the dtype of every column it has (see :func:`dtype`)."""
    out = {}
    for column in df.columns:
        wanted = dtype(column)
        if wanted is DATE_DTYPE:
            out[column] = as_dates(df[column])
        elif str(df[column].dtype) == str(wanted):
            out[column] = df[column]
        elif wanted == "boolean" and not pd.api.types.is_bool_dtype(df[column]):
            values = df[column].astype(object).where(df[column].notna(), None)
            out[column] = values.map(lambda v: BOOL_TEXT.get(v, v)).astype("boolean")
        elif wanted in ("Int64", "Float64") and not pd.api.types.is_numeric_dtype(df[column]):
            values = df[column].astype(object).where(df[column].notna(), None)
            out[column] = pd.to_numeric(values).astype(wanted)
        else:
            out[column] = df[column].astype(wanted)
    return pd.DataFrame(out, index=df.index)


def frame(name: str, rows: list[dict]) -> pd.DataFrame:
    """One table as a DataFrame with its pinned columns and typed columns (:func:`dtype`)."""
    return typed(pd.DataFrame.from_records(rows, columns=TABLES[name]))


def _csv_int(values: list) -> list[str] | None:
    if not {type(v) for v in values} <= {int, type(None)}:
        return None
    return ["" if v is None else str(v) for v in values]


def _csv_float(values: list) -> list[str] | None:
    if not {type(v) for v in values} <= {float, int, type(None)}:
        return None
    # a missing value and NaN are empty (Float64 reads NaN as missing); repr is numpy's text
    return ["" if v is None or v != v else repr(float(v)) for v in values]


def _csv_bool(values: list) -> list[str] | None:
    if not {type(v) for v in values} <= {bool, type(None)}:
        return None
    return ["" if v is None else str(v) for v in values]


def _csv_date(values: list) -> list[str] | None:
    if not {type(v) for v in values} <= {str, date, type(None)}:
        return None
    # as as_dates reads them: an ISO string's first ten characters, a date as it is
    return [
        "" if v is None else date.fromisoformat(v[:10]).isoformat() if type(v) is str
        else v.isoformat()
        for v in values
    ]  # fmt: skip


def _csv_string(values: list) -> list[str] | None:
    if not {type(v) for v in values} <= {str, type(None)}:
        return None
    return ["" if v is None else v for v in values]


def csv_fields(name: str, rows: list[dict]) -> list[tuple[str, ...]] | None:
    """The rows of table ``name`` as the text of each CSV field: what ``frame(name,
    rows).to_csv`` writes (a missing value empty), computed column by column without the
    DataFrame. None when a column holds a value of a type the conversion of :func:`typed`
    would have to read (a number in a text column, a string in a number column...): then
    write the frame."""
    texts = []
    for column in TABLES[name]:
        kind = dtype(column)
        values = [row.get(column) for row in rows]
        if kind == "Int64":
            found = _csv_int(values)
        elif kind == "Float64":
            found = _csv_float(values)
        elif kind == "boolean":
            found = _csv_bool(values)
        elif kind is DATE_DTYPE:
            found = _csv_date(values)
        else:
            found = _csv_string(values)
        if found is None:
            return None
        texts.append(found)
    return list(zip(*texts, strict=True))


def frames(rows: Rows) -> dict[str, pd.DataFrame]:
    """Every table as a DataFrame."""
    return {name: frame(name, rows.get(name, [])) for name in TABLES}

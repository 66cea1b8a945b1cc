"""displaCy pages: an article's mentions, dates and facts highlighted, with their values.

Reads a processed ``Doc`` (``doc.ents``, ``doc.spans["countries"]``, ``doc.spans["dates"]``,
``doc.spans["facts"]``); writes nothing on it but the span group ``doc.spans["display"]`` that
displaCy's span style draws (overlapping spans are fine there: "МИД России" is ORG and holds
COUNTRY).
"""

from __future__ import annotations

import html

from spacy import displacy
from spacy.tokens import Doc, Span

from ruextract import tables

COLORS = {
    "PER": "#f9c74f",
    "COUNTRY": "#90be6d",
    "LOC": "#b5e48c",
    "ORG": "#8ecae6",
    "DATE": "#f4a261",
    "MONEY": "#e76f51",
    "PERCENT": "#e9c46a",
    "QUANTITY": "#cdb4db",
}
DISPLAY_KEY = "display"


def display_spans(doc: Doc) -> list[Span]:
    """Spans to draw: mentions, dates and facts, labelled for displaCy."""
    spans = [Span(doc, s.start, s.end, s.label_) for s in tables.mention_spans(doc)]
    spans += [Span(doc, s.start, s.end, "DATE") for s in doc.spans.get("dates", [])]
    for span in doc.spans.get("facts", []):
        kind = span._.fact.kind if span._.fact is not None else span.label_
        spans.append(Span(doc, span.start, span.end, kind.upper()))
    return sorted(spans, key=lambda s: (s.start, -s.end))


def render_html(doc: Doc, title: str | None = None) -> str:
    """A standalone HTML page: the highlighted text, then mentions, dates and facts tables."""
    doc.spans[DISPLAY_KEY] = display_spans(doc)
    marked = displacy.render(
        doc,
        style="span",
        page=False,
        options={"spans_key": DISPLAY_KEY, "colors": COLORS},
    )
    frames = tables.frames(tables.rows_from_doc(doc))
    sections = []
    for name in ("people", "countries", "mentions", "dates", "facts"):
        df = frames[name].drop(columns=["doc_id"])
        if not df.empty:
            sections.append(f"<h2>{name}</h2>" + df.to_html(index=False, na_rep="", border=0))
    heading = html.escape(title or str(doc._.doc_id or "article"))
    date = f" · {doc._.date.isoformat()}" if doc._.date else ""
    return (
        "<!DOCTYPE html>\n<html lang='ru'><head><meta charset='utf-8'>"
        f"<title>{heading}</title><style>body{{font-family:sans-serif;max-width:60em;"
        "margin:2em auto}table{border-collapse:collapse;font-size:90%}td,th{padding:2px 8px;"
        "border-bottom:1px solid #ddd;text-align:left}</style></head><body>"
        f"<h1>{heading}{date}</h1>{marked}{''.join(sections)}</body></html>\n"
    )

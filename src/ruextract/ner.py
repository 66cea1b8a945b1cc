"""Named entities: slovnet's news NER tagger, with nominative normal forms.

Reads ``doc.text`` (slovnet tokenizes on its own) and the morphology from ``ruextract_morph``;
writes ``doc.ents`` with labels PER, LOC and ORG and, on each entity span, ``span._.normal``
(the nominative form: "Владимира Путина" -> "Владимир Путин", "Совета Безопасности" ->
"Совет Безопасности") and ``span._.key`` (the normal form; later stages refine both). The
tagger runs over a batch of documents at once (``pipe``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans, minibatch

from ruextract import models, views
from ruextract.morph import to_nominative

NOMINAL_POS = frozenset({"NOUN", "PROPN"})
MODIFIER_POS = frozenset({"ADJ", "DET", "NUM"})


def normalize(span: Span) -> str:
    """Nominative form of an entity span.

    A person's name has every word inflected (with name parses preferred); a place or an
    organisation has its head noun and the modifiers before it inflected, and what follows the
    head (genitive dependents: "Совета Безопасности ООН") kept as written.
    """
    words: list[str] = []
    if span.label_ == "PER":
        for token in span:
            if token.pos_ in NOMINAL_POS or token.pos_ in MODIFIER_POS:
                words.append(to_nominative(token.text, token.pos_, str(token.morph), name=True))
            else:
                words.append(token.text)
            words.append(token.whitespace_)
        return "".join(words).strip()
    head_seen = False
    for token in span:
        if not head_seen and (token.pos_ in NOMINAL_POS or token.pos_ in MODIFIER_POS):
            words.append(to_nominative(token.text, token.pos_, str(token.morph)))
            head_seen = token.pos_ in NOMINAL_POS
        else:
            words.append(token.text)
            head_seen = head_seen or token.pos_ in NOMINAL_POS
        words.append(token.whitespace_)
    return "".join(words).strip()


class NerTagger:
    """slovnet NER over batches of documents, entities aligned to the razdel tokens."""

    def __init__(self, batch_size: int = 32) -> None:
        self.batch_size = batch_size
        self.tagger = models.ner_tagger()

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            # slovnet fails on a text without tokens: such docs have no entities
            tagged = [doc for doc in batch if any(not token.is_space for token in doc)]
            # spans do not depend on the batch: sorted by length, batches pad little
            tagged.sort(key=lambda doc: len(views.text(doc)))
            markups = dict(
                zip(map(id, tagged), self.tagger.map([d.text for d in tagged]), strict=True)
            )
            for doc in batch:
                markup = markups.get(id(doc))
                spans = []
                for found in markup.spans if markup is not None else []:
                    span = doc.char_span(
                        found.start, found.stop, label=found.type, alignment_mode="expand"
                    )
                    if span is not None and len(span):
                        spans.append(span)
                doc.ents = filter_spans(spans)
                for span in doc.ents:
                    span._.normal = normalize(span)
                    span._.key = span._.normal
                yield doc


@Language.factory(
    "ruextract_ner",
    default_config={"batch_size": 32},
    requires=["token.pos", "token.morph"],
    assigns=["doc.ents", "span._.normal", "span._.key"],
)
def create_ner(nlp: Language, name: str, batch_size: int) -> NerTagger:
    """slovnet NER tagger with nominative normal forms (see module docstring)."""
    return NerTagger(batch_size=batch_size)

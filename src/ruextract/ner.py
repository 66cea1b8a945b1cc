"""Named entities: slovnet's news NER tagger, with nominative normal forms.

Reads ``doc.text`` (slovnet tokenizes on its own) and the morphology from ``ruextract_morph``;
writes ``doc.ents`` with labels PER, LOC and ORG and, on each entity span, ``span._.normal``
(the nominative form: "Владимира Путина" -> "Владимир Путин", "Совета Безопасности" ->
"Совет Безопасности") and ``span._.key`` (the normal form; later stages refine both). The
tagger runs over a batch of documents at once (``pipe``). A text longer than
:data:`CHUNK_CHARS` is fed in pieces of at most that size, cut where a paragraph (else a
sentence) starts: slovnet's arrays grow with what it is fed in one piece (its convolution
copies the whole sequence into windows, its CRF decodes one long sequence position by
position), so a long article fed whole takes more memory and ~20% more time; a news article of
ordinary length is fed whole, as natasha does. The tags are read straight from slovnet's model
and turned into spans on razdel's token offsets (:func:`entity_spans`): the same spans as its
markups, without finding each word in the text again. The words are the Doc's own razdel
tokens (:func:`doc_words`), not razdel run over the text a second time.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

import numpy
import razdel
from razdel.segmenters.punct import DASHES
from razdel.segmenters.tokenize import PUNCTS
from slovnet.bio import bio_spans
from slovnet.chop import chop
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans, minibatch

from ruextract import models, views
from ruextract.morph import to_nominative

NOMINAL_POS = frozenset({"NOUN", "PROPN"})
# longest text fed to slovnet in one piece: NEREL's articles are 1.5k characters (median), 13k
# at most
CHUNK_CHARS = 10_000
MODIFIER_POS = frozenset({"ADJ", "DET", "NUM"})
# razdel joins two atoms around one of these (no space either side) by the atoms beyond them:
# a dash or underscore between words, a point, comma or slash between digits
JOINED_BY_WORDS = frozenset(DASHES + "_")
JOINED_BY_DIGITS = frozenset(".,/\\")
PUNCT_CHARS = frozenset(PUNCTS)


class Word(NamedTuple):
    """A razdel token: its offsets in the text fed to the tagger and its text."""

    start: int
    stop: int
    text: str


AGREEMENT = ("Case", "Gender", "Number")  # what a modifier shares with the word it modifies


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
    head = None
    for token in span:
        if not head_seen and (token.pos_ in NOMINAL_POS or token.pos_ in MODIFIER_POS):
            words.append(to_nominative(token.text, token.pos_, agreeing_feats(span, token)))
            head_seen = token.pos_ in NOMINAL_POS
            head = token if head_seen else None
        elif head is not None and two_word_name(span, head, token):
            words.append(to_nominative(token.text, token.pos_, str(token.morph)))
            head = None
        else:
            words.append(token.text)
            head_seen = head_seen or token.pos_ in NOMINAL_POS
        words.append(token.whitespace_)
    return "".join(words).strip()


def agreeing_feats(span: Span, token: Token) -> str:
    """The tagger's features of a word of a name, or for a modifier the tagger gives no case
    the case, gender and number of the first word after it in the span that has them
    ("Приволжско-Уральского военного округа": the hyphenated adjective agrees with
    "военного")."""
    feats = str(token.morph)
    if token.pos_ not in MODIFIER_POS or token.morph.get("Case"):
        return feats
    for other in span[token.i - span.start + 1 :]:
        if other.morph.get("Case") and other.pos_ in NOMINAL_POS | MODIFIER_POS:
            agreed = [
                f"{key}={other.morph.get(key)[0]}" for key in AGREEMENT if other.morph.get(key)
            ]
            return "|".join([feats, *agreed] if feats else agreed)
    return feats


def two_word_name(span: Span, head: Token, token: Token) -> bool:
    """A place's name of two capitalised names in one case, gender and number, the second
    right after the first: "Сергиева Посада" -> "Сергиев Посад" (not "Совета Безопасности",
    an org's head and its genitive; not "Площади Революции", a common noun first)."""
    return (
        span.label_ == "LOC"
        and token.i == head.i + 1
        and head.pos_ == "PROPN"
        and token.pos_ == "PROPN"
        and token.text[:1].isupper()
        and all(head.morph.get(f) == token.morph.get(f) for f in ("Case", "Gender", "Number"))
    )


def chunks(doc: Doc, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """``(start_char, end_char)`` of the pieces of ``doc``'s text that the tagger is fed: the
    whole text if it has at most ``size`` characters; else pieces of at most ``size``, each
    ending where a paragraph starts (else a sentence; a longer sentence is one piece)."""
    text = views.text(doc)
    if len(text) <= size:
        return [(0, len(text))]
    cuts = [start for start, _ in views.sentence_chars(doc)[1:]]
    paragraphs = [cut for cut in cuts if text[cut - 1] == "\n"]
    found, start = [], 0
    while len(text) - start > size:
        limit = start + size
        cut = next(
            (
                c[n - 1]
                for c in (paragraphs, cuts)
                if (n := bisect_right(c, limit)) and c[n - 1] > start
            ),
            None,
        )
        if cut is None:  # one sentence longer than size: up to the next sentence
            n = bisect_right(cuts, limit)
            if n == len(cuts):
                break
            cut = cuts[n]
        found.append((start, cut))
        start = cut
    found.append((start, len(text)))
    return found


def joined_across(text: str, before: int, after: int) -> bool:
    """True when razdel, tokenizing ``text`` whole, could join atoms next to the sentence
    boundary between ``before`` (the end of the last non-space character of one sentence) and
    ``after`` (the start of the next) that it keeps apart in the two sentences alone.

    razdel splits at white space always; between two atoms with none it asks its rules, and
    only the dash, underscore, decimal and fraction rules look past the two atoms: at ``X-|Y``
    (``X|-Y``) they join when the atom two away, ``Y`` (``X``), is of the right kind — a word
    or number around a dash or underscore, digits around a point, comma or slash. Within one
    sentence that atom is missing at its edge; across the boundary the whole text has it.
    """
    if before >= after:  # no white space between the sentences
        return True
    end, start = text[before - 1], text[after]
    if before >= 2 and not text[before - 2].isspace():  # "X-" ends the sentence, "Y" follows
        x = text[before - 2]
        if end in JOINED_BY_WORDS and x not in PUNCT_CHARS and start not in PUNCT_CHARS:
            return True
        if end in JOINED_BY_DIGITS and x.isdigit() and start.isdigit():
            return True
    if after + 1 < len(text) and not text[after + 1].isspace():  # "X" ends it, "-Y" follows
        y = text[after + 1]
        if start in JOINED_BY_WORDS and end not in PUNCT_CHARS and y not in PUNCT_CHARS:
            return True
        if start in JOINED_BY_DIGITS and end.isdigit() and y.isdigit():
            return True
    return False


def doc_words(doc: Doc, start: int, end: int) -> list[Word] | None:
    """``razdel.tokenize(doc.text[start:end])`` read off the Doc's tokens (offsets from
    ``start``), for a stretch that begins and ends at sentence boundaries; None when razdel
    over the stretch could join atoms across a sentence boundary in it
    (:func:`joined_across`), which the Doc's sentence by sentence tokens keep apart."""
    text = views.text(doc)
    for first, _ in views.sentence_chars(doc):
        if start < first < end:
            before = first
            while before > start and text[before - 1].isspace():
                before -= 1
            if joined_across(text, before, first):
                return None
    texts, idx, space = views.token_texts(doc), views.token_starts(doc), views.is_space(doc)
    lo, hi = numpy.searchsorted(idx, [start, end]).tolist()
    words = []
    for i, offset in zip(range(lo, hi), idx[lo:hi].tolist(), strict=True):
        if not space[i]:
            word = texts[i]
            words.append(Word(offset - start, offset - start + len(word), word))
    return words


def entity_spans(
    tagger, texts: list[str], words: Sequence[list[Word] | None] | None = None
) -> Iterator[list[tuple[int, int, str]]]:
    """``(start, stop, label)`` of the entities slovnet's NER ``tagger`` finds in each text:
    the spans of its ``map`` markups, computed as ``map`` does (razdel's words, the same
    batches), the tags turned into spans on razdel's own token offsets (``map`` finds each
    word in the text again, which gives the same offsets). ``words`` may give each text's
    razdel tokens (:func:`doc_words`; None: tokenized here)."""
    infer = tagger.infer
    given = words if words is not None else [None] * len(texts)
    for chunk, known in zip(
        chop(texts, tagger.batch_size), chop(given, tagger.batch_size), strict=True
    ):
        tokens = [
            list(razdel.tokenize(text)) if found is None else found
            for text, found in zip(chunk, known, strict=True)
        ]
        inputs = infer.encoder([[token.text for token in words] for words in tokens])
        for words, tags in zip(tokens, infer.decoder(infer.process(inputs)), strict=True):
            yield [(span.start, span.stop, span.type) for span in bio_spans(words, tags)]


class NerTagger:
    """slovnet NER over batches of documents, entities aligned to the razdel tokens."""

    def __init__(self, batch_size: int = 32, chunk_chars: int = CHUNK_CHARS) -> None:
        self.batch_size = batch_size
        self.chunk_chars = chunk_chars
        self.tagger = models.ner_tagger()

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            # slovnet fails on a text without tokens: such docs have no entities
            tagged = [doc for doc in batch if not views.is_space(doc).all()]
            pieces = [
                (doc, start, end) for doc in tagged for start, end in chunks(doc, self.chunk_chars)
            ]
            # spans do not depend on the batch: sorted by length, batches pad little
            pieces.sort(key=lambda piece: piece[2] - piece[1])
            texts = [views.text(doc)[start:end] for doc, start, end in pieces]
            words = [doc_words(doc, start, end) for doc, start, end in pieces]
            found_in: dict[int, list[tuple[int, int, str]]] = {id(doc): [] for doc in tagged}
            found = entity_spans(self.tagger, texts, words)
            for (doc, start, _), spans in zip(pieces, found, strict=True):
                found_in[id(doc)].extend((start + a, start + b, label) for a, b, label in spans)
            for doc in batch:
                spans = []
                for start, stop, label in sorted(found_in.get(id(doc), [])):
                    span = doc.char_span(start, stop, label=label, alignment_mode="expand")
                    if span is not None and len(span):
                        spans.append(span)
                doc.ents = filter_spans(spans)
                for span in doc.ents:
                    span._.normal = normalize(span)
                    span._.key = span._.normal
                yield doc


@Language.factory(
    "ruextract_ner",
    default_config={"batch_size": 32, "chunk_chars": CHUNK_CHARS},
    requires=["token.pos", "token.morph"],
    assigns=["doc.ents", "span._.normal", "span._.key"],
)
def create_ner(nlp: Language, name: str, batch_size: int, chunk_chars: int) -> NerTagger:
    """slovnet NER tagger with nominative normal forms (see module docstring)."""
    return NerTagger(batch_size=batch_size, chunk_chars=chunk_chars)

"""Segmentation: razdel sentences and tokens as a spaCy tokenizer.

Reads the raw text; writes a ``Doc`` whose tokens are razdel's, with exact character
offsets (``doc.text`` equals the input text, runs of white space other than one space after a
token become whitespace tokens, as spaCy's own tokenizer does) and ``token.is_sent_start``
set from razdel's sentences.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

import razdel
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab


def segment(text: str) -> tuple[list[str], list[bool], list[bool]]:
    """Split ``text`` into spaCy ``words``, ``spaces`` and ``sent_starts``.

    Concatenating ``word + (" " if space else "")`` over the result gives back ``text``
    exactly. Whitespace tokens never start a sentence.
    """
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[bool] = []
    cursor = 0

    def gap(upto: int) -> None:
        nonlocal cursor
        white = text[cursor:upto]
        if not white:
            return
        if words and not spaces[-1] and white[0] == " ":
            spaces[-1] = True
            white = white[1:]
        if white:
            words.append(white)
            spaces.append(False)
            starts.append(False)
        cursor = upto

    for sent in razdel.sentenize(text):
        first = True
        for token in razdel.tokenize(sent.text):
            start = sent.start + token.start
            gap(start)
            words.append(token.text)
            spaces.append(False)
            starts.append(first)
            first = False
            cursor = start + len(token.text)
    gap(len(text))
    return words, spaces, starts


class RazdelTokenizer:
    """spaCy tokenizer that segments with razdel and marks sentence starts."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words, spaces, starts = segment(text)
        if not words:
            return Doc(self.vocab, words=[], spaces=[])
        # spaCy wants the first token to start a sentence
        starts[0] = True
        # set in the constructor: the ``is_sent_start`` setter scans the whole doc per token
        return Doc(self.vocab, words=words, spaces=spaces, sent_starts=starts)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    # razdel has no state: serialisation keeps nothing
    def to_bytes(self, **kwargs: object) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs: object) -> RazdelTokenizer:
        return self

    def to_disk(self, path: object, **kwargs: object) -> None:
        return None

    def from_disk(self, path: object, **kwargs: object) -> RazdelTokenizer:
        return self


@registry.tokenizers("ruextract.RazdelTokenizer.v1")
def create_razdel_tokenizer() -> Callable[[Language], RazdelTokenizer]:
    """Factory for the razdel tokenizer, referenced from pipeline configs."""

    def make(nlp: Language) -> RazdelTokenizer:
        return RazdelTokenizer(nlp.vocab)

    return make

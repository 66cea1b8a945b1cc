"""Morphology and lemmas: slovnet's news morph tagger, then pymorphy3 lemmas that agree with it.

Reads the tokens of a ``Doc`` (whitespace tokens are skipped) sentence by sentence; writes
``token.pos_`` (UD POS), ``token.morph`` (UD features) and ``token.lemma_`` (lowercase lemma).
The tagger runs over whole batches of sentences from many documents (``pipe``).

The lemma is the normal form of the pymorphy3 parse that agrees best with the tagger's POS and
features; where no parse agrees on case and number (a surname pymorphy3 does not know, such as
"Токаев", which it would otherwise read as the plural genitive of "токай"), a nominative
singular noun is its own lemma.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import numpy
from spacy.attrs import LEMMA, MORPH, POS
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Token
from spacy.util import minibatch

from ruextract import models, views

ARRAY_ATTRS = [POS, MORPH, LEMMA]
# UD POS -> pymorphy3 (OpenCorpora) POS tags that may stand for it
UD_TO_OC_POS: dict[str, frozenset[str]] = {
    "NOUN": frozenset({"NOUN"}),
    "PROPN": frozenset({"NOUN"}),
    "ADJ": frozenset({"ADJF", "ADJS", "COMP"}),
    "VERB": frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND"}),
    "AUX": frozenset({"VERB", "INFN"}),
    "ADV": frozenset({"ADVB", "COMP", "PRED"}),
    "NUM": frozenset({"NUMR", "NUMB"}),
    "DET": frozenset({"NPRO", "ADJF"}),
    "PRON": frozenset({"NPRO", "ADJF"}),
    "ADP": frozenset({"PREP"}),
    "CCONJ": frozenset({"CONJ"}),
    "SCONJ": frozenset({"CONJ"}),
    "PART": frozenset({"PRCL"}),
    "INTJ": frozenset({"INTJ"}),
}
UD_TO_OC_FEATS: dict[str, dict[str, frozenset[str]]] = {
    "Case": {
        "Nom": frozenset({"nomn"}),
        "Gen": frozenset({"gent", "gen2"}),
        "Par": frozenset({"gen2", "gent"}),
        "Dat": frozenset({"datv"}),
        "Acc": frozenset({"accs", "acc2"}),
        "Ins": frozenset({"ablt"}),
        "Loc": frozenset({"loct", "loc2"}),
        "Voc": frozenset({"voct", "nomn"}),
    },
    "Number": {"Sing": frozenset({"sing"}), "Plur": frozenset({"plur"})},
    "Gender": {
        "Masc": frozenset({"masc"}),
        "Fem": frozenset({"femn"}),
        "Neut": frozenset({"neut"}),
    },
}
# parts of speech whose lemma is the token text itself (UD keeps "во", "со", "об" as lemmas)
VERBATIM_POS = frozenset({"PUNCT", "SYM", "X", "ADP"})
# possessive determiners that UD lemmatizes as themselves ("его дом": "его", not "он")
INVARIABLE_DET = frozenset({"его", "её", "ее", "их"})


def feats_to_str(feats: dict[str, str]) -> str:
    """UD features as spaCy's ``token.morph`` string, sorted by name."""
    return "|".join(f"{name}={feats[name]}" for name in sorted(feats))


def parse_feats(feats: str) -> dict[str, str]:
    """UD features from spaCy's ``token.morph`` string ("Case=Gen|Number=Sing")."""
    return dict(item.split("=", 1) for item in feats.split("|") if "=" in item)


def agreement(grammemes: frozenset[str], wanted: dict[str, str]) -> tuple[int, bool]:
    """How many of the tagger's case, number and gender a pymorphy3 parse shares, and
    whether it agrees on case and number (those the tagger gives and pymorphy3 knows)."""
    matches = 0
    agree = True
    for name, table in UD_TO_OC_FEATS.items():
        value = wanted.get(name)
        if value is None or value not in table:
            continue
        if grammemes & table[value]:
            matches += 1
        elif name in ("Case", "Number"):
            agree = False
    return matches, agree


@lru_cache(maxsize=200_000)
def lemmatize(word: str, pos: str, feats: str) -> str:
    """Lemma of ``word`` given the tagger's UD ``pos`` and ``feats`` string.

    Cached: news repeats its words, and pymorphy3's parse is the costliest step here.
    """
    lower = word.lower()
    if pos in VERBATIM_POS or not any(ch.isalpha() for ch in word):
        return lower
    if pos == "DET" and lower in INVARIABLE_DET:
        return lower
    wanted = parse_feats(feats)
    oc_pos = UD_TO_OC_POS.get(pos, frozenset())
    best_score = -1.0
    best_lemma = lower
    agreeing = False
    for parse in models.morph_analyzer().parse(word):
        tag = parse.tag
        matches, agree = agreement(tag.grammemes, wanted)
        score = (4.0 if tag.POS in oc_pos else 0.0) + matches + parse.score
        if score > best_score:
            best_score, best_lemma = score, _normal_form(parse)
            agreeing = agree and tag.POS in oc_pos
    nominative_noun = (
        pos in ("PROPN", "NOUN")
        and wanted.get("Case") == "Nom"
        and wanted.get("Number", "Sing") == "Sing"
    )
    if nominative_noun and not agreeing:
        return lower
    return best_lemma.replace("ё", "е") if "ё" not in lower else best_lemma


def _normal_form(parse) -> str:
    """pymorphy3's normal form, but feminine surnames and patronymics stay feminine.

    OpenCorpora lemmatizes "Набиуллиной" to the masculine "набиуллин"; as a lemma (and as a
    name) the feminine nominative "набиуллина" is what is meant.
    """
    grammemes = parse.tag.grammemes
    if "femn" in grammemes and grammemes & {"Surn", "Patr"}:
        inflected = parse.inflect({"nomn", "sing"})
        if inflected is not None:
            return inflected.word
    return parse.normal_form


def content_words(doc: Doc) -> Iterator[tuple[list[int], list[str]]]:
    """Each sentence's content tokens (whitespace tokens skipped): their indices and texts,
    from the token arrays (as :func:`content_tokens`, without ``Token`` objects)."""
    texts = views.token_texts(doc)
    space = views.is_space(doc).tolist()
    for start, end in views.sentence_bounds(doc):
        indices = [i for i in range(start, end) if not space[i]]
        if indices:
            yield indices, [texts[i] for i in indices]


def content_tokens(doc: Doc) -> Iterator[list[Token]]:
    """Each sentence's tokens without whitespace tokens (what the slovnet models see)."""
    for sent in views.sentences(doc):
        tokens = [token for token in sent if not token.is_space]
        if tokens:
            yield tokens


class MorphTagger:
    """slovnet morphology + pymorphy3 lemmas, batched over sentences of many docs."""

    def __init__(self, batch_size: int = 64) -> None:
        self.batch_size = batch_size
        self.tagger = models.morph_tagger()
        self._morph_keys: dict[str, int] = {}

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            # per sentence: (doc, indices of its content tokens, their texts)
            sents = [
                (doc, indices, texts) for doc in batch for indices, texts in content_words(doc)
            ]
            # tags do not depend on the batch: sorted by length, batches pad little
            sents.sort(key=lambda sent: len(sent[1]))
            markups = self.tagger.map([texts for _, _, texts in sents]) if sents else []
            # POS, MORPH and LEMMA of every token, written per doc in one go (from_array);
            # whitespace tokens: POS "SPACE", the text as lemma, no features
            arrays = {id(doc): self._space_array(doc) for doc in batch}
            strings = batch[0].vocab.strings if batch else None
            for (doc, indices, texts), markup in zip(sents, markups, strict=True):
                array = arrays[id(doc)]
                for i, text, tagged in zip(indices, texts, markup.tokens, strict=True):
                    feats = feats_to_str(tagged.feats)
                    array[i, 0] = POS_IDS[tagged.pos]
                    array[i, 1] = self._morph_key(doc, feats) if feats else 0
                    array[i, 2] = strings.add(lemmatize(text, tagged.pos, feats))
            for doc in batch:
                doc.from_array(ARRAY_ATTRS, arrays[id(doc)])
            yield from batch

    def _space_array(self, doc: Doc) -> numpy.ndarray:
        array = numpy.zeros((len(doc), 3), dtype="uint64")
        space = views.is_space(doc)
        if space.any():
            texts = views.token_texts(doc)
            array[space, 0] = POS_IDS["SPACE"]
            array[space, 2] = [doc.vocab.strings.add(texts[i]) for i in numpy.flatnonzero(space)]
        return array

    def _morph_key(self, doc: Doc, feats: str) -> int:
        """``vocab.morphology.add(feats)`` (what ``token.set_morph`` stores), once per string."""
        key = self._morph_keys.get(feats)
        if key is None:
            key = self._morph_keys[feats] = doc.vocab.morphology.add(feats)
        return key


@Language.factory(
    "ruextract_morph",
    default_config={"batch_size": 64},
    assigns=["token.pos", "token.morph", "token.lemma"],
)
def create_morph(nlp: Language, name: str, batch_size: int) -> MorphTagger:
    """slovnet morph tagger with pymorphy3 lemmas (see module docstring)."""
    return MorphTagger(batch_size=batch_size)


def restore_case(template: str, word: str) -> str:
    """Spell ``word`` with the capitalisation pattern of ``template`` (title, upper, lower)."""
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template[:1].isupper():
        return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
    return word


NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})


@lru_cache(maxsize=100_000)
def to_nominative(word: str, pos: str, feats: str, name: bool = False) -> str:
    """``word`` inflected to the nominative, keeping number and (for names) gender.

    ``pos`` and ``feats`` are the tagger's; with ``name`` true, parses tagged as first names,
    surnames or patronymics are preferred. A word already nominative, or one pymorphy3 cannot
    inflect, comes back as written.
    """
    wanted = parse_feats(feats)
    if wanted.get("Case") in (None, "Nom") or not any(ch.isalpha() for ch in word):
        return word
    oc_pos = UD_TO_OC_POS.get(pos, frozenset())
    best = None
    best_score = -1.0
    for parse in models.morph_analyzer().parse(word):
        grammemes = parse.tag.grammemes
        score = 2.0 if parse.tag.POS in oc_pos else 0.0
        if name and grammemes & NAME_GRAMMEMES:
            score += 3.0
        score += agreement(grammemes, wanted)[0] + parse.score
        if score > best_score:
            best, best_score = parse, score
    if best is None:
        return word
    number = "plur" if wanted.get("Number") == "Plur" else "sing"
    inflected = best.inflect({"nomn", number}) or best.inflect({"nomn"})
    if inflected is None:
        return word
    return restore_case(word, inflected.word)

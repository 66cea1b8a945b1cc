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

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.util import minibatch

from ruextract import models, views

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

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            sents = [tokens for doc in batch for tokens in content_tokens(doc)]
            # tags do not depend on the batch: sorted by length, batches pad little
            sents.sort(key=len)
            words = [[token.text for token in tokens] for tokens in sents]
            markups = self.tagger.map(words) if words else []
            for tokens, markup in zip(sents, markups, strict=True):
                for token, tagged in zip(tokens, markup.tokens, strict=True):
                    feats = feats_to_str(tagged.feats)
                    token.pos_ = tagged.pos
                    token.set_morph(feats or None)
                    token.lemma_ = lemmatize(token.text, tagged.pos, feats)
            for doc in batch:
                for token in doc:
                    if token.is_space:
                        token.pos_ = "SPACE"
                        token.lemma_ = token.text
            yield from batch


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

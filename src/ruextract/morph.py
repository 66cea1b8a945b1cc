"""Morphology and lemmas: slovnet's news morph tagger, then pymorphy3 lemmas that agree with it.

Reads the tokens of a ``Doc`` (whitespace tokens are skipped) sentence by sentence; writes
``token.pos_`` (UD POS), ``token.morph`` (UD features) and ``token.lemma_`` (lowercase lemma).
The tagger runs over whole batches of sentences from many documents (``pipe``); the tags are
written per document in one go (``Doc.from_array``), not token by token. slovnet's tag ids are
read straight from its model (:func:`tag_ids`), and each of its 753 tags is parsed into a POS and
a features string once per process, not once per token into a markup object.

The lemma is the normal form of the pymorphy3 parse that agrees best with the tagger's POS and
features; where no parse agrees on case and number (a surname pymorphy3 does not know, such as
"Токаев", which it would otherwise read as the plural genitive of "токай"), a nominative
singular noun is its own lemma.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import numpy
from slovnet.chop import chop
from slovnet.conll import parse_conll_tag
from spacy.attrs import LEMMA, MORPH, POS
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc
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
# a combining acute accent: a stress mark in "Ма\u0301рков", ignored by lemmas
STRESS = "\u0301"
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


CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)
# a number written with the ending of an ordinal ("28-го", "293-м", "1960-х", "9-я")
ORDINAL = re.compile(r"\A(\d+)-([а-яё]{1,3})\Z")
ORDINAL_ENDINGS = frozenset(
    {"й", "го", "му", "м", "ми", "х", "е", "я", "ю", "ой", "ая", "ое", "ые", "ых", "ым", "ыми",
     "им", "ий", "ого", "ому", "ом", "ую", "ья", "ее", "ие", "их"}
)  # fmt: skip


def ordinal_lemma(word: str) -> str | None:
    """The lemma of a number with an ordinal ending, as UD writes it ("28-го" -> "28-й"),
    or None when ``word`` is not one. An ending that spells the number's cardinal
    genitive is a cardinal and stays as written: "4-х" (четырёх), "5-ти" (пяти), "7-ми"
    (семи); "1960-х" (шестидесятых) and "2-й" are ordinals."""
    match = ORDINAL.match(word.lower())
    if match is None or match.group(2) not in ORDINAL_ENDINGS | {"ти"}:
        return None
    digits, ending = match.groups()
    last, teen = int(digits[-1]), len(digits) > 1 and digits[-2] == "1"
    cardinal = (
        ending == "ти"
        or (ending == "х" and last in (2, 3, 4) and not teen)
        or (ending == "ми" and last in (7, 8) and not teen)
    )
    return word.lower() if cardinal else f"{digits}-й"


@lru_cache(maxsize=200_000)
def lemmatize(word: str, pos: str, feats: str) -> str:
    """Lemma of ``word`` given the tagger's UD ``pos`` and ``feats`` string.

    Cached: news repeats its words, and pymorphy3's parse is the costliest step here.
    """
    word = word.replace(STRESS, "")  # "Ма\u0301рков" is "Марков"
    lower = word.lower()
    if (ordinal := ordinal_lemma(word)) is not None:
        return ordinal
    if not any(ch.isalpha() for ch in word):
        return lower
    # the tagger's X (a foreign word) is verbatim, unless the word is Russian: then the
    # tagger did not know it, and pymorphy3 (or its guesser) lemmatizes it ("Поэтики")
    if pos in VERBATIM_POS and not (pos == "X" and CYRILLIC.search(word)):
        return lower
    if pos == "DET" and lower in INVARIABLE_DET:
        return lower
    wanted = parse_feats(feats)
    oc_pos = UD_TO_OC_POS.get(pos, frozenset())
    best_score = -1.0
    best_lemma = lower
    agreeing = False
    parses = models.morph_analyzer().parse(word)
    for parse in parses:
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
    # a common noun that the dictionary knows only as another part of speech (an adjective
    # or participle: "теплозащитных", "покинутая"), or that pymorphy3's guesser reads only
    # as one ("радиопоглощающих"), is the tagger's mistake, not a name
    known = [parse for parse in parses if parse.is_known] or parses
    mistagged = pos == "NOUN" and known and not any(p.tag.POS == "NOUN" for p in known)
    if nominative_noun and not agreeing and not mistagged:
        return lower
    return best_lemma.replace("ё", "е") if "ё" not in lower else best_lemma


def _normal_form(parse) -> str:
    """pymorphy3's normal form, but feminine surnames and patronymics stay feminine and
    patronymics keep their letters.

    OpenCorpora lemmatizes "Набиуллиной" to the masculine "набиуллин"; as a lemma (and as a
    name) the feminine nominative "набиуллина" is what is meant. It lemmatizes patronymics to
    a spelling of its own ("Михайлович" -> "михаилович", "Васильевича" -> "василиевич"); the
    nominative of the word itself is "михайлович", "васильевич".
    """
    grammemes = parse.tag.grammemes
    if "Patr" in grammemes or ("femn" in grammemes and "Surn" in grammemes):
        inflected = parse.inflect({"nomn", "sing"})
        if inflected is not None:
            return inflected.word
    return parse.normal_form


def content_words(doc: Doc) -> Iterator[tuple[list[int], list[str]]]:
    """Each sentence's content tokens (whitespace tokens skipped): their indices and texts,
    from the token arrays (what the slovnet tagger sees; no ``Token`` object per token)."""
    texts = views.token_texts(doc)
    space = views.is_space(doc).tolist()
    for start, end in views.sentence_bounds(doc):
        indices = [i for i in range(start, end) if not space[i]]
        if indices:
            yield indices, [texts[i] for i in indices]


def tag_ids(tagger, sentences: list[list[str]]) -> Iterator[numpy.ndarray]:
    """The tag ids slovnet's ``tagger`` gives each sentence's words: what its ``map`` decodes
    into markups, computed as ``map`` does (the same batches of ``tagger.batch_size``)."""
    infer = tagger.infer
    for chunk in chop(sentences, tagger.batch_size):
        yield from infer.process(infer.encoder(chunk))


def tag_table(tagger) -> list[tuple[str, str]]:
    """Per tag id of slovnet's ``tagger``: the UD POS and the features string (sorted, as
    :func:`feats_to_str` writes them) that its markups give a word with that tag."""
    tags = (parse_conll_tag(tag) for tag in tagger.infer.decoder.tags_vocab.items)
    return [(pos, feats_to_str(feats)) for pos, feats in tags]


class MorphTagger:
    """slovnet morphology + pymorphy3 lemmas, batched over sentences of many docs."""

    def __init__(self, batch_size: int = 64) -> None:
        self.batch_size = batch_size
        self.tagger = models.morph_tagger()
        self.tags = tag_table(self.tagger)
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
            found = tag_ids(self.tagger, [texts for _, _, texts in sents]) if sents else []
            # POS, MORPH and LEMMA of every token, written per doc in one go (from_array);
            # whitespace tokens: POS "SPACE", the text as lemma, no features
            arrays = {id(doc): self._space_array(doc) for doc in batch}
            for (doc, indices, texts), ids in zip(sents, found, strict=True):
                array, strings = arrays[id(doc)], doc.vocab.strings
                for i, text, tag in zip(indices, texts, ids.tolist(), strict=True):
                    pos, feats = self.tags[tag]
                    array[i, 0] = POS_IDS[pos]
                    array[i, 1] = self._morph_key(doc, feats) if feats else 0
                    array[i, 2] = strings.add(lemmatize(text, pos, feats))
            for doc in batch:
                if len(doc):
                    doc.from_array(ARRAY_ATTRS, arrays[id(doc)])
            yield from batch

    def _space_array(self, doc: Doc) -> numpy.ndarray:
        """The POS / MORPH / LEMMA array of ``doc`` with its whitespace tokens filled in."""
        array = numpy.zeros((len(doc), len(ARRAY_ATTRS)), dtype="uint64")
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
    if not name and not best.is_known and not agreement(best.tag.grammemes, wanted)[1]:
        return word  # a guess that disagrees with the tagger: an unknown indeclinable name
        # ("от Кентукки": no plural "Кентукк")
    number = "plur" if wanted.get("Number") == "Plur" else "sing"
    inflected = best.inflect({"nomn", number}) or best.inflect({"nomn"})
    if inflected is None:
        return word
    return restore_case(word, inflected.word)

"""Role words: the word lists (data files named by their source), morphology and token walks.

``role_nouns()``, ``role_adjectives()`` and ``org_nouns()`` come from NEREL train (built by
``tools/build_role_nouns.py`` and ``tools/build_org_nouns.py``); ``abbreviations()`` spells out
compound abbreviations of posts. A noun of neither list (nor of ``non_role_nouns()``, the
animate nouns NEREL train seldom marks as posts, and the heads of its peoples, creeds and
faiths) is placed by its navec neighbours (``similar_role``; an agent's suffix lowers the
margin it needs; a people's name, told by its stem, is none: ``demonym``), a woman's noun by
the man's it is made from (``feminine_role``). ``tools/roles_folds.py`` scores the lists built
from half of train on the other half: what they are worth on words they never saw.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

import numpy
import spacy.symbols
from spacy.tokens import Doc, MorphAnalysis, Token
from spacy.vocab import Vocab

from ruextract import models
from ruextract.roles.doc_columns import UNREAD, current_columns, next_content, token_ids
from ruextract.roles.inflection import inflect
from ruextract.views import text, token_starts

NOUNS_FILE = "role_nouns.tsv"
ADJECTIVES_FILE = "role_adjectives.tsv"
ABBREVIATIONS_FILE = "role_abbreviations.tsv"
ORG_NOUNS_FILE = "org_nouns.tsv"
NON_ROLE_FILE = "non_role_nouns.tsv"
# a noun of neither word list names a post when its navec vector is, over its SIMILAR_K nearest
# role nouns, closer by SIMILAR_MARGIN (cosine) than over its nearest non-role nouns: chosen
# out of fold (tools/roles_folds.py: lists built from one half of NEREL train, scored on the
# other half, whose words the lists had not seen, as dev's; 0.1 -> 0.07 once the non-role
# nouns hold NEREL's peoples, creeds and faiths and peoples' names are told by their stem)
SIMILAR_K = 5
SIMILAR_MARGIN = 0.07
# a noun with the suffix of an agent ("-тель", "-ник", "-ист", "-лог", "-ер", "-ор", "-арь"; "-ант",
# "-ент", "-ик" added out of fold, tools/roles_folds.py: "официант", "классик") needs a
# smaller margin, or none when navec has no vector for it ("фармаколог", "дегустатор"): chosen
# on the same fold. "-ец" is left out: it makes the names of nations ("бразилец") and, even
# with those told by ``demonym``, out of fold it found one post and made one wrong row
# ("самовыдвиженец")
AGENT_SUFFIXES = ("тель", "ник", "чик", "щик", "ист", "лог", "граф", "ер", "ор", "арь",
                  "ант", "ент", "ик")  # fmt: skip
AGENT_MARGIN = 0.03
# a noun heads organisation names in posts when it heads this many lower-case ORGANIZATION
# spans of NEREL train and this share of its occurrences lie inside one (data/org_nouns.tsv)
ORG_MIN_HEADS = 3
ORG_MIN_SHARE = 0.3

# stems that make compound profession nouns ("кинорежиссёр", "телеведущий", "фотокорреспондент",
# "медиамагнат", "госчиновник", "сопредседатель", "замглавнокомандующий")
COMPOUND_STEMS = ("кино", "теле", "радио", "фото", "видео", "авиа", "авто", "арт", "шеф",
                  "медиа", "нейро", "эко", "гос", "зам", "со")  # fmt: skip
FORMER_PREFIX = "экс-"
NOMINAL_POS = frozenset({"NOUN", "PROPN"})
NOUN_ID, PROPN_ID = spacy.symbols.NOUN, spacy.symbols.PROPN  # the ids ``token.pos`` reads
MODIFIER_POS = frozenset({"ADJ", "DET", "NUM"})
# entity labels of names an adjective used as a noun may stand before: "Ведущая Эрин Эндрюс"
NAMED_TYPES = frozenset({"PER", "ORG"})


# WORD LISTS


def _read_tsv(name: str) -> list[dict[str, str]]:
    path = resources.files("ruextract.data") / name
    with path.open(encoding="utf-8") as lines:
        rows = (line for line in lines if not line.startswith("#"))
        return list(csv.DictReader(rows, delimiter="\t"))


@lru_cache(maxsize=1)
def role_nouns() -> frozenset[str]:
    """Lemmas of nouns that name a post or a profession (``data/role_nouns.tsv``)."""
    return frozenset(row["lemma"] for row in _read_tsv(NOUNS_FILE))


@lru_cache(maxsize=1)
def role_adjectives() -> frozenset[str]:
    """Lemmas of adjectives that are part of a post's name (``data/role_adjectives.tsv``)."""
    return frozenset(row["lemma"] for row in _read_tsv(ADJECTIVES_FILE))


@lru_cache(maxsize=1)
def org_nouns() -> frozenset[str]:
    """Lemmas of common nouns that head an org's name (``data/org_nouns.tsv``: "суд")."""
    return frozenset(
        row["lemma"]
        for row in _read_tsv(ORG_NOUNS_FILE)
        if int(row["heads"]) >= ORG_MIN_HEADS
        and int(row["inside"]) >= ORG_MIN_SHARE * int(row["total"])
    )


@lru_cache(maxsize=1)
def non_role_nouns() -> frozenset[str]:
    """Lemmas of animate nouns that name no post (``data/non_role_nouns.tsv``: "сын")."""
    return frozenset(row["lemma"] for row in _read_tsv(NON_ROLE_FILE))


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, str]:
    """Compound abbreviations of posts and their full forms (``data/role_abbreviations.tsv``)."""
    return {row["abbr"]: row["role"] for row in _read_tsv(ABBREVIATIONS_FILE)}


@lru_cache(maxsize=100_000)  # the words of a text recur: called for most tokens, many times
def fold(text: str) -> str:
    """Comparison form: lower case, е for ё."""
    return text.lower().replace("ё", "е")


# ---------------------------------------------------------------------------------------------
# MORPHOLOGY


def case_of(token: Token) -> str | None:
    """The tagger's case of ``token``, if any; for a hyphenated noun, the one case pymorphy3
    reads in its last part when it reads only one ("женщиной-президентом": the tagger says
    genitive). Read from the ids of the current ``doc_columns`` when they are its document's
    (no ``MorphAnalysis`` nor enum built), and kept there per token."""
    columns = current_columns(token.doc)
    if columns is None:
        return _case(token, (token.morph.key, token.pos, token.orth))
    i = token.i
    case = columns.cases[i]
    if case is UNREAD:
        key = (columns.morph[i], columns.pos[i], columns.orth[i])
        case = columns.cases[i] = _case(token, key)
    return case  # type: ignore[return-value]


def _case(token: Token, key: tuple[int, int, int]) -> str | None:
    """``case_of`` of ``token``, whose morphology, part-of-speech and spelling ids are
    ``key``: the answer depends on nothing else, so it is kept by them."""
    if key in _CASES:
        return _CASES[key]
    found = morph_values(token, "Case")
    case = found[0] if found else None
    if token.pos_ == "NOUN" and "-" in token.text:
        case = _hyphenated_case(token.text) or case
    if len(_CASES) >= _CASES_SIZE:
        _CASES.clear()
    _CASES[key] = case  # the same for every token of these ids: ``morph.get`` is the cost
    return case


# ``case_of`` by the ids of a word's morphology, part of speech and spelling
_CASES: dict[tuple[int, int, int], str | None] = {}
_CASES_SIZE = 200_000


def morph_values(token: Token, field: str) -> tuple[str, ...]:
    """``token.morph.get(field)`` as a tuple ("Case" -> ("Gen",); none: ()), read once per
    morphology (by its id: from the current ``doc_columns`` when they are its document's) and
    field: ``morph.get`` builds its answer anew on each call, and the rules ask it of most
    tokens they pass (the stage's cost)."""
    columns = current_columns(token.doc)
    morph = token.morph.key if columns is None else columns.morph[token.i]
    key = (morph, field)
    found = _FEATURES.get(key)
    if found is None:
        if len(_FEATURES) >= _FEATURES_SIZE:
            _FEATURES.clear()
        found = _FEATURES[key] = tuple(token.morph.get(field))
    return found


# ``morph_values`` by the id of a morphology and a field (a tagset's worth of ids)
_FEATURES: dict[tuple[int, str], tuple[str, ...]] = {}
_FEATURES_SIZE = 50_000


# pymorphy3's cases as the tagger names them
TAGGER_CASE = {"nomn": "Nom", "gent": "Gen", "gen2": "Gen", "datv": "Dat", "accs": "Acc",
               "ablt": "Ins", "loct": "Loc", "loc2": "Loc", "voct": "Nom"}  # fmt: skip


@lru_cache(maxsize=5_000)
def _hyphenated_case(word: str) -> str | None:
    """The one case pymorphy3's noun readings give the last part of a hyphenated word."""
    last = word.rsplit("-", 1)[1].lower()
    cases = {
        TAGGER_CASE.get(parse.tag.case)
        for parse in models.morph_analyzer().parse(last)
        if parse.tag.POS == "NOUN"
    }
    return cases.pop() if len(cases) == 1 else None


MASCULINE_NOMINATIVE = frozenset({"masc", "sing", "nomn"})


@lru_cache(maxsize=20_000)
def substantive(word: str) -> str | None:
    """The masculine nominative of ``word``'s reading as an adjective or participle used as a
    noun (pymorphy3's ``Subx``): "управляющего", "ведущая" -> "управляющий", "ведущий"."""
    for parse in models.morph_analyzer().parse(word.lower()):
        # "Subx" asked first: a set lookup, where ``tag.POS`` builds a grammeme per parse
        if "Subx" in parse.tag.grammemes and parse.tag.POS in ("ADJF", "PRTF"):
            inflected = inflect(parse, MASCULINE_NOMINATIVE)
            if inflected is not None:
                return fold(inflected[0])
    return None


def head_lemma(token: Token) -> str:
    """A role noun's lemma without "экс-" ("экс-президента" -> "президент"); a participle or
    adjective used as a noun by its masculine nominative ("управляющего" -> "управляющий",
    whose lemma is the verb "управлять"). Kept by the ids of the lemma, spelling and part of
    speech, which spell the three strings ``_head_lemma`` reads (no string built per call)."""
    key = token_ids(token)[:3]
    found = _HEAD_LEMMAS.get(key)
    if found is None:
        if len(_HEAD_LEMMAS) >= _IDS_SIZE:
            _HEAD_LEMMAS.clear()
        found = _HEAD_LEMMAS[key] = _head_lemma(token.lemma_, token.text, token.pos_)
    return found


# ``head_lemma`` and ``nominative`` by the ids of what they read (cleared when full)
_HEAD_LEMMAS: dict[tuple[int, ...], str] = {}
_NOMINATIVES: dict[tuple[int | str | None, ...], tuple[str, str | None]] = {}
_IDS_SIZE = 100_000


@lru_cache(maxsize=50_000)
def _head_lemma(tagger_lemma: str, text: str, pos: str) -> str:
    lemma = fold(tagger_lemma)
    if lemma.startswith(FORMER_PREFIX):
        lemma = lemma[len(FORMER_PREFIX) :]
    if lemma not in role_nouns() and "-" not in lemma:
        lemma = substantive(text) or lemma
    elif lemma not in role_nouns() and pos == "NOUN":
        lemma = hyphenated_lemma(lemma)
    return lemma


@lru_cache(maxsize=20_000)
def hyphenated_lemma(word: str) -> str:
    """A hyphenated noun with each part that names a person in its own nominative singular:
    the tagger leaves the first part, or both, as written ("пилота-инструктора" -> "пилот-
    инструктор", "летчики-космонавты" -> "летчик-космонавт"; "вице-" stays)."""
    parts = []
    for part in word.split("-"):
        parses = models.morph_analyzer().parse(part)
        people = [p for p in parses if p.tag.POS == "NOUN" and "anim" in p.tag.grammemes]
        parts.append(fold(people[0].normal_form) if people else part)
    return "-".join(parts)


def modifies_next(token: Token) -> bool:
    """An adjective-like word followed by a noun in its case (past adjectives in that case),
    which it then modifies: "ведущий специалист", "ведущих компаний", "ведущий сербский
    политик" (not "ведущий телеканала", "управляющий банком", nor a person's or org's name:
    "Ведущая Эрин Эндрюс", "ведущего КВН")."""
    case = morph_values(token, "Case")
    nxt = next_content(token.doc, token.i + 1)
    # past the adjectives of the same noun: "ведущий сербский политик"
    while nxt is not None and nxt.pos_ in MODIFIER_POS and morph_values(nxt, "Case") == case:
        nxt = next_content(token.doc, nxt.i + 1)
    if nxt is None or nxt.pos_ not in NOMINAL_POS:
        return False
    if nxt.ent_type_ in NAMED_TYPES:
        return False  # a name is not what it describes: "Ведущая Эрин Эндрюс", "ведущего КВН"
    return not case or morph_values(nxt, "Case") == case


@lru_cache(maxsize=20_000)
def compound_role(lemma: str) -> bool:
    """A compound whose last part is a role noun: "летчик-космонавт", "кинооператор",
    "телеведущий" (a hyphenated word, or a role noun after a compounding stem)."""
    if "-" in lemma:
        return lemma.rsplit("-", 1)[1] in role_nouns()
    # a slice per length of stem, not a test per stem (the stage's cost)
    return any(lemma[:n] in COMPOUND_STEMS and lemma[n:] in role_nouns() for n in _COMPOUND_LENGTHS)


_COMPOUND_LENGTHS = tuple(sorted({len(stem) for stem in COMPOUND_STEMS}))


# suffixes of women's nouns and the endings of the men's nouns they are made from:
# "учительница" -> "учитель", "помощница" -> "помощник", "лётчица" -> "лётчик", "певица" ->
# "певец", "императрица" -> "император", "поэтесса" -> "поэт", "монахиня" -> "монах",
# "секретарша" -> "секретарь", "теннисистка" -> "теннисист"
FEMININE_SUFFIXES = (
    ("ница", ("", "ник")),
    ("ица", ("ик", "ец", "")),
    ("есса", ("",)),
    ("иня", ("",)),
    ("ша", ("ь", "")),
    ("ка", ("",)),
)
# every suffix of a woman's noun at once: a word ending with none is no woman's post
_FEMININE_ENDS = tuple(suffix for suffix, _ in FEMININE_SUFFIXES)


@lru_cache(maxsize=20_000)
def feminine_role(lemma: str) -> bool:
    """A woman's noun made from a role noun by a feminine suffix ("теннисистка" from
    "теннисист", "танцовщица" from "танцовщик"): NEREL train names many posts only in the
    men's form, so the word list alone misses the women's; or from a man's noun of no list
    that navec makes a post (``feminine_similar``)."""
    for suffix, endings in FEMININE_SUFFIXES:
        if lemma.endswith(suffix) and len(lemma) > len(suffix) + 2:
            stem = lemma[: -len(suffix)]
            if any(stem + ending in role_nouns() for ending in endings):
                return True
            return feminine_similar(lemma)
    return False


@lru_cache(maxsize=20_000)
def feminine_similar(lemma: str) -> bool:
    """A woman's noun made by a feminine suffix from a man's noun of no list that its navec
    neighbours make a post (``similar_role``: "флорболистка" of "флорболист", "гонщица" of
    "гонщик"), unless the woman's own neighbours lean to no post (a margin under 0:
    "блокадница")."""
    for suffix, endings in FEMININE_SUFFIXES:
        if lemma.endswith(suffix) and len(lemma) > len(suffix) + 2:
            stem = lemma[: -len(suffix)]
            if not any(similar_role(stem + ending) for ending in endings):
                return False  # (asked first: most stems name nothing, and navec costs)
            margin = role_margin(lemma)
            return margin is None or margin > 0
    return False


def _unit_rows(words: Iterable[str]) -> numpy.ndarray:
    """The navec vectors of ``words`` (those it has), one unit-length row each."""
    emb = models.embedding()
    rows = numpy.stack([emb[word] for word in sorted(words) if word in emb])
    return rows / numpy.linalg.norm(rows, axis=1, keepdims=True)


@lru_cache(maxsize=1)
def _list_vectors() -> tuple[numpy.ndarray, numpy.ndarray]:
    """The role nouns' and non-role nouns' navec rows; peoples' names, which ``demonym`` tells
    by their stem, are no counter-examples: in navec they sit beside sportsmen ("бразилец" by
    "футболист", "россиянин" by "теннисист"), whom news name by their country."""
    others = {lemma for lemma in non_role_nouns() if not demonym(lemma)}
    return _unit_rows(role_nouns()), _unit_rows(others)


def role_margin(lemma: str) -> float | None:
    """How much closer, by cosine on average, a word's ``SIMILAR_K`` nearest role nouns are in
    navec than its nearest non-role nouns; None when navec has no vector for it."""
    emb = models.embedding()
    if lemma not in emb:
        return None
    row = emb[lemma]  # (navec decodes a row on each lookup: once)
    vector = row / numpy.sqrt(row.dot(row))  # ``numpy.linalg.norm`` of a vector, as it reads it
    roles, others = _list_vectors()
    near_roles = _mean(_nearest(roles @ vector))
    near_others = _mean(_nearest(others @ vector))
    return float(near_roles - near_others)


def _mean(values: numpy.ndarray) -> numpy.floating:
    """``values.mean()`` of a float vector: numpy's sum (``add.reduce``) over the count, in the
    vector's type, without ``mean``'s checks (a tenth of its cost; asked twice per word navec
    places)."""
    return numpy.add.reduce(values) / len(values)


def _nearest(cosines: numpy.ndarray) -> numpy.ndarray:
    """The ``SIMILAR_K`` largest cosines in ascending order: ``numpy.sort(cosines)[-K:]``, the
    same values in the same order, with no sort of the rest."""
    if len(cosines) <= SIMILAR_K:
        return numpy.sort(cosines)
    return numpy.sort(numpy.partition(cosines, -SIMILAR_K)[-SIMILAR_K:])


# suffixes that make a people's name from its country's ("бразил-ец", "россий-анин" of
# "Бразилия", "российский"); with none, the national adjective is the noun and "-ский" or
# "-кий" ("француз-ский", "немец-кий"; not "эмир" of "эмиратский")
DEMONYM_SUFFIXES = ("ианин", "янин", "анин", "ец", "ка", "ин")
BARE_DEMONYM_ENDINGS = ("ский", "кий")
DEMONYM_MIN_STEM = 4  # letters of the stem left: "нем-ец" is too short to tell


@lru_cache(maxsize=1)
def _national_stems() -> tuple[frozenset[str], frozenset[str]]:
    """Country names and national adjectives (the countries gazetteer), folded, and every
    start of them (what a stem is looked up in)."""
    from ruextract.countries.aliases import gazetteer

    found = set(gazetteer().adjectives)
    found |= {fold(name) for name in gazetteer().names.values() if name.isalpha()}
    starts = {name[:n] for name in found for n in range(1, len(name) + 1)}
    return frozenset(found), frozenset(starts)


@lru_cache(maxsize=20_000)
def demonym(lemma: str) -> bool:
    """A noun naming a country's people, by its stem: a suffix of peoples' names left off, a
    country's name or national adjective starts with what remains ("бразилец": "Бразилия";
    "американец": "американский"; "россиянин": "российский"), or is it with "-ский"
    ("француз"). In navec such nouns sit beside sportsmen's posts, whom news name by their
    country ("бразилец забил")."""
    names, starts = _national_stems()
    if any(lemma + ending in names for ending in BARE_DEMONYM_ENDINGS):
        return True
    for suffix in DEMONYM_SUFFIXES:
        stem = lemma[: -len(suffix)]
        if lemma.endswith(suffix) and len(stem) >= DEMONYM_MIN_STEM and stem in starts:
            return True
    return False


@lru_cache(maxsize=20_000)
def similar_role(lemma: str) -> bool:
    """A noun of neither word list whose navec neighbours are posts: its ``SIMILAR_K`` nearest
    role nouns are closer, on average, by ``SIMILAR_MARGIN`` than its nearest non-role nouns
    ("дирижёр", "скульптор"; not "сын", "американец"); with an agent's suffix, by
    ``AGENT_MARGIN`` ("биограф", "смотритель"), or with no vector at all ("фармаколог"); a
    hyphenated word with no vector by its last part ("колумбиец-турист" as "турист")."""
    if lemma in role_nouns() or lemma in non_role_nouns():
        return lemma in role_nouns()
    if demonym(lemma):
        return False
    margin = role_margin(lemma)
    if margin is None and "-" in lemma:
        return similar_role(lemma.rsplit("-", 1)[1])  # "веб-разработчик" as "разработчик"
    if lemma.endswith(AGENT_SUFFIXES):
        return margin is None or margin > AGENT_MARGIN
    return margin is not None and margin > SIMILAR_MARGIN


def described_role(token: Token, lemma: str) -> bool:
    """A role noun with a word about its holder hyphenated after it: "депутат-единоросс",
    "политик-популист" (an animate noun: "премьер-лига" is no person)."""
    return _described(lemma, morph_values(token, "Animacy") == ("Anim",))


def _described(lemma: str, animate: bool) -> bool:
    first, _, rest = lemma.partition("-")
    if not rest:
        return False
    if not animate:
        # the tagger's inanimate plural of a compound of two people's nouns, each in its own
        # nominative ("политиков-республиканцев" -> "политик-республиканец"): a person's
        return first in role_nouns() and _person_noun(rest)
    return first in role_nouns() or similar_role(first)


@lru_cache(maxsize=5_000)
def _person_noun(word: str) -> bool:
    """pymorphy3 reads ``word`` as an animate noun in the nominative singular ("республиканец";
    not "лига" of "премьер-лига")."""
    return any(
        p.tag.POS == "NOUN" and "anim" in p.tag.grammemes and p.normal_form == word
        for p in models.morph_analyzer().parse(word)
    )


def two_posts(lemma: str) -> bool:
    """A hyphenated noun whose second part names a profession too: "врач-реаниматолог" (one
    profession, kept whole), not "депутат-единоросс"."""
    rest = lemma.partition("-")[2]
    return bool(rest) and (rest in role_nouns() or similar_role(rest))


@lru_cache(maxsize=50_000)
def _known_word(lemma: str, text: str, pos: str, animate: bool, plain: bool) -> bool:
    """The word lists' (and the rules over them) reading of a word as a post, from its lemma,
    spelling, part of speech and animacy alone (``plain``: in lower case but for a sentence's
    first letter)."""
    return (
        lemma in role_nouns()
        or lemma in abbreviations()
        or fold(text) in abbreviations()
        or compound_role(lemma)
        or _described(lemma, animate)
        or (pos == "NOUN" and feminine_role(lemma))
        or (pos == "NOUN" and animate and plain and similar_role(lemma))
    )


# words that name no post, by the ids of their lemma, spelling, part of speech and morphology
# (what ``post_word`` reads, but for the case of letters of a capitalised animate noun, which
# may open a sentence): read from the ids, most words of a text are passed over without
# building their strings (the stage's cost)
_NOT_POST: dict[tuple[int, int, int, int], bool] = {}
_NOT_POST_SIZE = 200_000


def known_no_post(key: tuple[int, int, int, int]) -> bool:
    """A word (by the ids of its lemma, spelling, part of speech and morphology) that
    ``post_word`` has already found to name no post; False when not known yet."""
    return _NOT_POST.get(key) is True


def no_post_ids() -> dict[tuple[int, int, int, int], bool]:
    """The words ``post_word`` has judged so far, by the ids ``known_no_post`` reads (True: no
    post). The same dict for the whole run (cleared when full, never replaced): a caller may
    read it once and look every word of a document up in a loop (the stage's cost)."""
    return _NOT_POST


@lru_cache(maxsize=50_000)
def _surely_no_post(tagger_lemma: str, text: str, pos: str, animate: bool, plain: bool) -> bool:
    """A word ``is_role_noun`` rejects whatever pymorphy3's reading as an adjective used as a
    noun (``substantive``, the costly part) gives, told from the tagger's lemma and the
    spelling alone: the tagger's lemma is no post word by the lists, and the spelling cannot
    be a form of an adjective or participle that is one ("ведущего" of "ведущий"), nor of a
    compound of one ("телеведущего"). For a noun that may go to the navec back-off
    (animate, plain) the caller asks ``substantive`` as before. Changes no answer, only
    skips work: the stage's cost."""
    lemma = fold(tagger_lemma)
    if lemma.startswith(FORMER_PREFIX):
        lemma = lemma[len(FORMER_PREFIX) :]
    word = fold(text)
    if "-" in lemma or "-" in word or lemma in role_nouns():
        return False
    if _known_word(lemma, text, pos, animate, plain):
        return False
    if pos == "NOUN" and feminine_role(word):
        return False
    return not _may_name_adjectival_post(word)


def _plainly_no_post(tagger_lemma: str, text: str, noun: bool) -> bool:
    """A word ``_surely_no_post`` rejects, told without a call per rule (the first reading of
    most words of a text: the stage's cost): no hyphen in the tagger's lemma or the spelling,
    neither of them (folded) a post word (``role_nouns``, ``abbreviations``) nor starting with
    a compounding stem (``compound_role``), the spelling not starting as an adjectival post's
    stem does (``_may_name_adjectival_post``), and for a noun neither ending with a woman's
    suffix (``feminine_role``). Each test is one the rules make before anything else, so a
    word passing them all is one ``_surely_no_post`` rejects; False (unsure) sends the word
    there. Only for a word that is no plain animate noun (the navec back-off's)."""
    if "-" in tagger_lemma or "-" in text:
        return False
    lemma = tagger_lemma.lower().replace("ё", "е")  # ``fold``, with no cache entry per word
    word = text.lower().replace("ё", "е")
    whole = _adjectival_stems()[1]
    if lemma in whole or word in whole or word[:3] in _stem_starts():
        return False
    if lemma.startswith(COMPOUND_STEMS) or word.startswith(COMPOUND_STEMS):
        return False
    return not (noun and (lemma.endswith(_FEMININE_ENDS) or word.endswith(_FEMININE_ENDS)))


@lru_cache(maxsize=50_000)
def _may_name_adjectival_post(word: str) -> bool:
    """``word`` (folded) may be a form of a post word whose masculine nominative a pymorphy3
    adjective reading gives: it is one (indeclinable), or starts with the stem of one that ends
    as an adjective ("ведущ" of "ведущий"), after a compounding stem or not."""
    stems, whole = _adjectival_stems()
    if word in whole:
        return True
    words = [word]
    if word.startswith(COMPOUND_STEMS):  # (one test first: most words start with none)
        words += [word[len(stem) :] for stem in COMPOUND_STEMS if word.startswith(stem)]
    lengths = _stem_lengths()
    return any(w[:n] in stems for w in words if w[:3] in _stem_starts() for n in lengths)


ADJECTIVE_ENDINGS = ("ый", "ий", "ой")


@lru_cache(maxsize=1)
def _adjectival_stems() -> tuple[frozenset[str], frozenset[str]]:
    """The stems of the post words (role nouns and abbreviations) that end as adjectives, and
    all the post words."""
    whole = frozenset(role_nouns()) | frozenset(abbreviations())
    stems = frozenset(w[:-2] for w in whole if w.endswith(ADJECTIVE_ENDINGS))
    return stems, whole


@lru_cache(maxsize=1)
def _stem_starts() -> frozenset[str]:
    """The first three letters of the stems (all of them when shorter)."""
    return frozenset(stem[:3] for stem in _adjectival_stems()[0])


@lru_cache(maxsize=1)
def _stem_lengths() -> tuple[int, ...]:
    return tuple(sorted({len(stem) for stem in _adjectival_stems()[0]}))


# whether a morphology (by its id) reads as animate: ``morph.get`` is costly, the ids are few
_ANIMATE: dict[int, bool] = {}


def _animate(token: Token) -> bool:
    """The tagger reads ``token`` as animate (``Animacy=Anim``)."""
    key = token_ids(token)[3]
    found = _ANIMATE.get(key)
    if found is None:
        found = _ANIMATE[key] = token.morph.get("Animacy") == ["Anim"]
    return found


def plainly_no_post_ids(key: tuple[int, int, int, int], vocab: Vocab) -> bool:
    """A word that ``post_word`` finds to name no post, told from its ids alone (lemma,
    spelling, part of speech, morphology: ``key``) with no token built: a word that is neither
    a name (``PROPN``, which may be a common noun opening a sentence) nor an animate noun (the
    navec back-off's, whose case of letters counts) and that ``_plainly_no_post`` rejects.
    The verdict is recorded as ``post_word`` records it; False (unsure) leaves the word to
    ``post_word``. Most words of a text are judged so on first sight (the stage's cost)."""
    lemma, orth, pos, morph = key
    if pos == PROPN_ID or (pos == NOUN_ID and _animate_id(morph, vocab)):
        return False
    strings = vocab.strings
    if not _plainly_no_post(strings[lemma], strings[orth], pos == NOUN_ID):
        return False
    if len(_NOT_POST) >= _NOT_POST_SIZE:
        _NOT_POST.clear()
    _NOT_POST[key] = True
    return True


def _animate_id(morph: int, vocab: Vocab) -> bool:
    """``_animate`` by the id of a morphology (``token.morph.key``)."""
    found = _ANIMATE.get(morph)
    if found is None:
        analysis = MorphAnalysis.from_id(vocab, morph)
        found = _ANIMATE[morph] = analysis.get("Animacy") == ["Anim"]
    return found


def post_word(token: Token) -> bool:
    """The word lists (and the rules over them) read ``token`` as a post word, from its lemma,
    spelling, part of speech, animacy and case of letters alone (not its neighbours)."""
    key = token_ids(token)
    found = _NOT_POST.get(key)
    if found is not None:
        return not found
    if plainly_no_post_ids(key, token.vocab):
        return False
    text, pos = token.text, token.pos_
    animate = pos in NOMINAL_POS and _animate(token)
    # the navec back-off takes a word in lower case, or capitalised at a sentence's start
    # ("Баскетболист Деррик Роуз ..."): inside a sentence a capital may be a name's
    plain = text.islower() or (token.is_sent_start and text[1:].islower())
    if pos == "PROPN" and plain and common_noun(text):
        pos = "NOUN"  # "Кардиологу Мюррею грозит": the tagger's name opening a sentence
    lemma = token.lemma_
    if not (pos == "NOUN" and animate and plain) and (
        _plainly_no_post(lemma, text, pos == "NOUN")
        or _surely_no_post(lemma, text, pos, animate, plain)
    ):
        known = False  # most words: no pymorphy3 parse needed (``_surely_no_post``)
    else:
        known = _known_word(head_lemma(token), text, pos, animate, plain)
    if not (pos == "NOUN" and animate and not text.islower() and text[1:].islower()):
        if len(_NOT_POST) >= _NOT_POST_SIZE:
            _NOT_POST.clear()
        _NOT_POST[key] = not known  # the same for every token of these ids
    return known


def is_role_noun(token: Token) -> bool:
    """A noun (or a participle used as one: "командующий") that names a post or profession."""
    if not post_word(token):
        return False
    lemma = head_lemma(token)
    pos, text = token.pos_, token.text  # (each built anew on each read: once)
    animate = pos in NOMINAL_POS and _animate(token)
    if substantive(text) == lemma and not (pos == "NOUN" and animate):
        # the tagger's reading as a person's noun stands ("ведущего КВН Александра Маслякова")
        return not modifies_next(token)
    if pos in NOMINAL_POS or (pos == "ADJ" and noun_only(text)):
        return True  # "прославился как киноактёр": the tagger's adjective no adjective at all
    # an adjective or participle in the list counts where no noun follows it (a name is none:
    # "Участковый Денис Иванов")
    nxt = next_content(token.doc, token.i + 1)
    return pos in ("ADJ", "VERB") and (
        nxt is None or nxt.pos_ not in NOMINAL_POS or nxt.ent_type_ in NAMED_TYPES
    )


@lru_cache(maxsize=5_000)
def common_noun(word: str) -> bool:
    """pymorphy3's first reading of ``word`` is an animate common noun: no name, surname,
    patronymic, place or organisation ("Кардиологу", not "Мюррею", nor "Гитара")."""
    tag = models.morph_analyzer().parse(word.lower())[0].tag
    return tag.POS == "NOUN" and "anim" in tag.grammemes and not NAME_GRAMMEMES & tag.grammemes


NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"})


@lru_cache(maxsize=5_000)
def noun_only(word: str) -> bool:
    """Every reading pymorphy3 gives ``word`` is a noun ("киноактёр"), none an adjective or a
    participle."""
    return all(parse.tag.POS == "NOUN" for parse in models.morph_analyzer().parse(word.lower()))


def is_plural(token: Token) -> bool:
    """The tagger reads ``token`` as plural, or, for a noun it reads as singular
    ("летчики-космонавты", "зампредам"), pymorphy3 reads it as plural only."""
    if morph_values(token, "Number") == ("Plur",):
        return True
    return token.pos_ == "NOUN" and _plural_only(token.text)


def _plural_only(word: str) -> bool:
    """Every noun reading pymorphy3 gives ``word`` is plural."""
    return noun_readings(word, "number") == {"plur"}


@lru_cache(maxsize=10_000)
def noun_readings(word: str, attribute: str) -> frozenset[str | None]:
    """The values of a pymorphy3 tag ``attribute`` ("number", "animacy") over the noun
    readings pymorphy3 gives ``word``."""
    return frozenset(
        getattr(parse.tag, attribute)
        for parse in models.morph_analyzer().parse(word.lower())
        if parse.tag.POS == "NOUN"
    )


@lru_cache(maxsize=20_000)
def _nominative(word: str, pos: str, feats: str, gender: str | None) -> tuple[str, str | None]:
    """``word`` in the nominative singular (of ``gender`` for adjectives), and its gender."""
    wanted = dict(item.split("=", 1) for item in feats.split("|") if "=" in item)
    noun = pos in NOMINAL_POS
    best = None
    best_score = -1.0
    for parse in models.morph_analyzer().parse(word.lower()):
        tag = parse.tag
        score = parse.score
        if (tag.POS == "NOUN") == noun:
            score += 2
        if noun and "anim" in tag.grammemes:
            score += 1
        if not noun and "Qual" in tag.grammemes:
            score -= 0.01  # of two adjectives spelt alike, the relative one: "окружной суд"
        case = wanted.get("Case")
        if case and tag.case and tag.case.startswith(CASE_PREFIX.get(case, "?")):
            score += 1
        if score > best_score:
            best, best_score = parse, score
    if best is None:
        return word.lower(), None
    wanted_tags = NOMINATIVE_SINGULAR
    if not noun and gender in ("masc", "femn", "neut"):
        wanted_tags = NOMINATIVE_SINGULAR | {gender}
    inflected = inflect(best, wanted_tags) or inflect(best, NOMINATIVE)
    form = (inflected[0] if inflected is not None else word.lower()).replace("ё", "е")
    found_gender = (inflected[1] if inflected is not None else best.tag).gender if noun else None
    if noun and found_gender not in ("masc", "femn", "neut"):
        found_gender = "masc"
    return form, found_gender


NOMINATIVE = frozenset({"nomn"})
NOMINATIVE_SINGULAR = frozenset({"nomn", "sing"})
CASE_PREFIX = {"Nom": "nomn", "Gen": "gen", "Dat": "datv", "Acc": "acc", "Ins": "ablt",
               "Loc": "loc"}  # fmt: skip


def nominative(token: Token, gender: str | None = None) -> tuple[str, str | None]:
    """A role word in the nominative singular, lower case, and (for nouns) its gender. Kept by
    the ids of the spelling, part of speech and morphology (which spell the strings
    ``_nominative`` reads: ``str(token.morph)`` is built anew on each read) and ``gender``."""
    _, orth, pos, morph = token_ids(token)
    key = (orth, pos, morph, gender)
    found = _NOMINATIVES.get(key)
    if found is None:
        if len(_NOMINATIVES) >= _IDS_SIZE:
            _NOMINATIVES.clear()
        found = _NOMINATIVES[key] = _nominative(token.text, token.pos_, str(token.morph), gender)
    return found


# ---------------------------------------------------------------------------------------------
# TOKENS


def line_break_between(doc: Doc, left: int, right: int) -> bool:
    """A line break between token ``left`` and token ``right``. Read from the current
    ``doc_columns`` when they are ``doc``'s and both are tokens of it (``right`` may be its
    length): the text between the two tokens, one slice (spaCy writes a token's own
    ``whitespace_`` as one space or none: a line break is a space token's)."""
    columns = current_columns(doc)
    if columns is not None and 0 <= left < len(columns.starts) and right <= len(columns.starts):
        if right <= left + 1:
            return False
        starts = columns.starts
        stop = starts[right] if right < len(starts) else len(columns.text)
        return "\n" in columns.text[starts[left + 1] : stop]
    if "\n" in doc[left].whitespace_:
        return True
    if right <= left + 1:
        return False
    starts = token_starts(doc)  # the tokens between, with their spaces: one slice of the text
    if left < 0 or right > len(starts):  # out of range: as before, token by token
        return any("\n" in doc[i].text_with_ws for i in range(left + 1, right))
    stop = int(starts[right]) if right < len(starts) else len(text(doc))
    return "\n" in text(doc)[int(starts[left + 1]) : stop]


def finite(token: Token) -> bool:
    """A finite verb."""
    return token.pos_ in ("VERB", "AUX") and "Fin" in morph_values(token, "VerbForm")

"""People: person-name boundaries beyond slovnet's, nominative names, one key per person.

Reads ``doc.ents`` (slovnet's PER, LOC, ORG) and the tokens' ``pos_``, ``morph`` and text;
writes ``doc.ents`` with corrected PER spans and, on every PER span, ``span._.normal`` (the
nominative name as written: "Эльвиры Набиуллиной" -> "Эльвира Набиуллина"), ``span._.key``
(shared by every mention of one person in the article) and ``span._.person``
(:class:`~ruextract.records.Person`, the same record on all mentions of one person).

Boundary fixes, all from evidence the pipeline already has:

- a PER span is cut at line breaks and brackets ("Дэвид Эберсман (David Ebersman)" is two
  mentions), and a sentence-initial word that is plainly no name ("Вчера Токаев") is dropped;
- adjacent pieces of one name are joined ("Радия" + "Хабирова"; LOC "Касым-Жомартом" + PER
  "Токаевым" when the first word reads as a first name);
- a surname seen as PER elsewhere in the article is PER wherever else it appears, with a first
  name or initials before it ("Касым-Жомарт Токаев дал интервью" at the very start);
- a lone sentence-initial dictionary word with no name reading is not a person ("Отметим");
- titles and age adjectives are not part of the name ("Император Акихито", "Семидесятилетний
  Караджич"), a relative after a genitive surname is a second person ("Януковича Людмила"),
  initials glued to a surname belong to it ("Б.Обама"), and a first name before a surname that
  pymorphy3 reads as such is a name slovnet missed; so is the person after "имени"/"им.".

Names are put in the nominative by :mod:`ruextract.names`. Mentions are linked within the
article: full names with one surname and compatible first names are one person, a lone surname
goes to the nearest earlier person with that surname (and the same gender), a lone first name
to the one person who has it; the person's ``key`` and ``name`` are its fullest name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ruextract.names import (
    NameParts,
    NameWord,
    from_dictionary,
    is_initial,
    known_word,
    name_tags,
    normal_name,
    parse_word,
)
from ruextract.records import Person

# punctuation that never sits inside one person's name
SPLIT_PUNCT = frozenset('()[]{},;:«»"“”„/|!?—–')
# lowercase particles that belong to names ("Людвиг ван Бетховен")
NAME_PARTICLES = frozenset(
    {"фон", "ван", "дер", "де", "дель", "ла", "ди", "да", "ибн", "бен", "аль", "эль", "оглы"}
)
# endings of Slavic, Caucasian and Central Asian surnames, in any case
SURNAME_ENDING = re.compile(
    r"(?:ов|ев|ёв|ин|ын|ск|цк|енк|ук|юк|швили|дзе|ян|янц|бек|заде)"
    r"(?:а|у|ым|ом|е|ой|ий|ая|ого|ому|им|ой|о)?$"
)
# pymorphy3 POS of words that are no part of a name when they open one
NOT_NAME_POS = frozenset(
    {"ADVB", "ADJF", "ADJS", "COMP", "VERB", "INFN", "PRTF", "PRTS", "GRND", "CONJ", "PREP"}
    | {"PRCL", "NPRO", "NUMR", "PRED", "INTJ"}
)


# ---------------------------------------------------------------------------------------------
# WORDS


def short_initial(text: str) -> bool:
    """One or two letters that stand for a first name before a dot ("Дж" of "Дж.Коми")."""
    if not 1 <= len(text) <= 2 or not text.isalpha():
        return False
    return text[:1].isupper() and (len(text) == 1 or text[1:].islower())


def surname_like(token: Token) -> bool:
    """A surname to pymorphy3, or a proper noun to the tagger with a surname's ending."""
    if "Surn" in name_tags(token.text):
        return True
    return token.pos_ == "PROPN" and bool(SURNAME_ENDING.search(token.lower_))


def is_word(token: Token) -> bool:
    """A token that may be part of a name: letters (hyphens and apostrophes allowed)."""
    return any(ch.isalpha() for ch in token.text)


def is_capitalized(token: Token) -> bool:
    """First letter upper case ("Токаев", "Касым-Жомарт", "В")."""
    return token.text[:1].isupper()


def sentence_initial(doc: Doc, token: Token) -> bool:
    """True when ``token`` opens a sentence, a line, or follows an opening quote or dash."""
    i = token.i - 1
    while i >= 0 and doc[i].is_space:
        if "\n" in doc[i].text:
            return True
        i -= 1
    if i < 0 or token.is_sent_start:
        return True
    prev = doc[i]
    return prev.text in {".", "!", "?", "…", "«", '"', "“", "„", "—", "–", "-", ":"} or (
        "\n" in gap(doc, prev, token)
    )


def dictionary_non_name(word: str) -> bool:
    """A known dictionary word with no first-name, surname or patronymic reading."""
    if name_tags(word):
        return False
    parses = parse_word(word)
    if not parses:
        return False
    top = parses[0]
    return from_dictionary(top) and not top.tag.grammemes & {"Geox", "Orgn", "Trad"}


def opens_with_non_name(doc: Doc, token: Token) -> bool:
    """A span-opening word that is no part of a name ("Вчера Токаев", "Восьмидесятилетний")."""
    if token.text[:1].islower():
        return token.text not in NAME_PARTICLES
    if is_initial(token.text) or name_tags(token.text) or token.lower_ in NAME_PARTICLES:
        return False  # "Ван Цзюнь" opening a line is a name, whatever the tagger says
    if any(ch.isdigit() for ch in token.text):
        return True  # "34-летний"
    parses = parse_word(token.text)
    if not parses:
        return False
    top = parses[0].tag
    if top.POS in ("ADJF", "ADJS") and sentence_initial(doc, token):
        return True  # "Восьмидесятилетний Маккейн"
    if not dictionary_non_name(token.text):
        return False
    if top.POS == "NOUN" and "anim" in top.grammemes:
        # a title: "Император Акихито", "Папа Франциск"; but "Эмир Кустурица", "Фриц
        # Хендерсон" are names, so a capitalised title-like word before a surname stays unless
        # the tagger reads it as a common noun
        rest = [t for t in doc[token.i + 1 : token.i + 4] if is_word(t) and is_capitalized(t)]
        before_surname = bool(rest) and "Surn" in name_tags(rest[0].text)
        return token.pos_ == "NOUN" or not before_surname
    return sentence_initial(doc, token) and top.POS in NOT_NAME_POS and token.pos_ != "PROPN"


def has_first_name_reading(word: str) -> bool:
    """A first name to pymorphy3 ("Касым-Жомартом": any hyphen part counts)."""
    return any("Name" in name_tags(part) for part in [word, *word.split("-")] if part)


# ---------------------------------------------------------------------------------------------
# BOUNDARIES


def gap(doc: Doc, left: Token, right: Token) -> str:
    """The text between two tokens (from the tokens between: ``doc.text`` rebuilds the whole
    text on every call)."""
    return left.whitespace_ + doc[left.i + 1 : right.i].text_with_ws


def split_person(doc: Doc, span: Span) -> list[tuple[int, int]]:
    """Token ranges of the names inside one PER span, cut at line breaks and brackets."""
    groups: list[list[Token]] = [[]]
    for token in span:
        if token.is_space:
            if "\n" in token.text:
                groups.append([])
            continue
        if token.text in SPLIT_PUNCT or (len(token.text) == 1 and token.text in SPLIT_PUNCT):
            groups.append([])
            continue
        if groups[-1] and "\n" in gap(doc, groups[-1][-1], token):
            groups.append([])
        groups[-1].append(token)
    ranges = []
    for group in groups:
        # punctuation at the edges goes, except the dot of a trailing initial ("Х.")
        while group and not is_word(group[0]):
            group = group[1:]
        while group and not is_word(group[-1]):
            if group[-1].text == "." and len(group) > 1 and is_initial(group[-2].text):
                break
            group = group[:-1]
        while len(group) > 1 and opens_with_non_name(doc, group[0]):
            group = group[1:]
        if group and any(is_capitalized(t) for t in group if is_word(t)):
            cut = relative_cut(group)
            if cut:
                ranges.append((group[0].i, group[cut].i))
                group = group[cut:]
            ranges.append((group[0].i, group[-1].i + 1))
    return ranges


def relative_cut(group: list[Token]) -> int:
    """Where "Януковича Людмила" (his wife Lyudmila) splits into two people, else 0.

    A surname in the genitive followed by a first name in another case names a relative.
    """
    words = [t for t in group if is_word(t)]
    if len(words) != 2 or words[0].i != group[0].i:
        return 0
    owner, relative = words
    owner_case = owner.morph.get("Case")
    relative_case = relative.morph.get("Case")
    if owner_case != ["Gen"] or not relative_case or relative_case == owner_case:
        return 0
    if "Name" in name_tags(owner.text) or "Name" not in name_tags(relative.text):
        return 0
    return relative.i - group[0].i


def name_words(span: Span) -> tuple[list[NameWord], list[str]]:
    """The words of a name (initials with their dots as one word) and the text between them."""
    doc = span.doc
    words: list[NameWord] = []
    seps: list[str] = []
    last: Token | None = None
    for token in span:
        if token.is_space:
            continue
        glued = last is not None and not gap(doc, last, token)
        if (
            token.text == "."
            and words
            and glued
            and (is_initial(words[-1].text.rstrip(".")) or short_initial(words[-1].text))
        ):
            words[-1] = NameWord(words[-1].text + ".", words[-1].feats)
        elif (
            glued
            and words
            and is_initial(token.text)
            and is_initial(words[-1].text)
            and words[-1].text.endswith(".")
        ):
            # "А.М." arrives as А . М .
            words[-1] = NameWord(words[-1].text + token.text, words[-1].feats)
        elif not is_word(token):
            last = token
            continue
        else:
            if words and last is not None:
                seps.append(gap(doc, last, token) or " ")
            words.append(NameWord(token.text, str(token.morph)))
        last = token
    return words, seps


def agreement_context(span: Span) -> dict[str, str]:
    """Features of the word right after a name that agrees with it (a past-tense verb)."""
    doc = span.doc
    i = span.end
    while i < len(doc) and (doc[i].is_space or doc[i].pos_ == "ADV"):
        i += 1
    if i < len(doc) and doc[i].pos_ in ("VERB", "AUX"):
        feats = doc[i].morph.to_dict()
        if feats.get("Tense") == "Past" or feats.get("VerbForm") == "Fin":
            context = {"Case": "Nom"}
            if "Gender" in feats:
                context["Gender"] = feats["Gender"]
            if "Number" in feats:
                context["Number"] = feats["Number"]
            return context
    return {}


def surname_keys(parts: NameParts, text: str) -> set[str]:
    """Lowercase forms under which a person's surname can be recognised elsewhere."""
    keys = set()
    for value in (parts.last, text):
        if value and " " not in value:
            keys.add(value.lower().replace("ё", "е"))
    return keys


def single_word_normal(token: Token) -> str:
    """Nominative of a single capitalised word read as a surname."""
    return normal_name([NameWord(token.text, str(token.morph))]).last or token.text


# ---------------------------------------------------------------------------------------------
# LINKING


@dataclass
class PersonCluster:
    """The mentions of one person while linking."""

    last: str | None = None
    first: str | None = None
    middle: str | None = None
    name: str = ""
    name_size: tuple[bool, int, int] = (False, 0, 0)
    gender: str | None = None
    mentions: list[int] = field(default_factory=list)

    def take(self, parts: NameParts, index: int) -> None:
        """Add a mention, keeping the fullest name and filling missing parts."""
        self.mentions.append(index)
        if parts.first and not is_initial(parts.first):
            self.gender = self.gender or parts.gender
        self.last = self.last or parts.last
        self.first = (
            self.first if self.first and not is_initial(self.first) else (parts.first or self.first)
        )
        self.middle = (
            self.middle
            if self.middle and not is_initial(self.middle)
            else (parts.middle or self.middle)
        )
        size = (
            parts.last is not None,
            sum(
                p is not None and not is_initial(p) for p in (parts.last, parts.first, parts.middle)
            ),
            len(parts.normal),
        )
        if size > self.name_size:
            self.name, self.name_size = parts.normal, size


@lru_cache(maxsize=8192)
def fold(word: str | None) -> str | None:
    """Comparison form of a name part: lower case, е for ё."""
    return word.lower().replace("ё", "е") if word else None


CASE_ENDINGS = tuple(
    sorted(
        "ого ому ыми ими ой ая ий ый ым им ом ем ою ею ы и е у ю а я ь".split(),
        key=len,
        reverse=True,
    )
)


@lru_cache(maxsize=8192)
def stem(word: str | None) -> str | None:
    """A surname without its case ending, to match forms the inflector got wrong.

    "Мандела", "Манделе", "Мандел" -> "мандел"; "Токаева", "Токаевым" -> "токаев".
    """
    folded = fold(word)
    if not folded:
        return folded
    for ending in CASE_ENDINGS:
        if folded.endswith(ending) and len(folded) - len(ending) >= 2:
            return folded[: -len(ending)]
    return folded


def same_surname(a: str | None, b: str | None) -> bool:
    """Equal surnames, or equal up to a case ending."""
    return bool(a and b) and (fold(a) == fold(b) or stem(a) == stem(b))


def compatible(a: str | None, b: str | None) -> bool:
    """Two first names (or patronymics) that may be one: equal, or one an initial of the other."""
    if not a or not b:
        return True
    fa, fb = fold(a), fold(b)
    if is_initial(a) or is_initial(b):
        return fa[0] == fb[0]
    return fa == fb


def link_people(
    names: list[NameParts], raw: list[str] | None = None
) -> tuple[list[int], list[PersonCluster]]:
    """Person index of each mention: full names first, then lone surnames and first names.

    ``raw`` holds the mentions as written, if known: a lone surname written exactly as a
    person's surname links to that person whatever gender it was read in.

    Mentions with one surname and compatible first names are one person; a lone surname goes
    to the nearest earlier person with that surname (or the first such person); a lone first
    name goes to the one person with that first name, if just one has it.
    """
    clusters: list[PersonCluster] = []
    owner: list[int] = [-1] * len(names)
    for i, parts in enumerate(names):
        if parts.last is None or parts.first is None:
            continue
        for c, cluster in enumerate(clusters):
            if (
                same_surname(cluster.last, parts.last)
                and compatible(cluster.first, parts.first)
                and compatible(cluster.middle, parts.middle)
            ):
                cluster.take(parts, i)
                owner[i] = c
                break
        else:
            clusters.append(PersonCluster())
            clusters[-1].take(parts, i)
            owner[i] = len(clusters) - 1
    for i, parts in enumerate(names):
        if owner[i] >= 0:
            continue
        candidates = [c for c, cl in enumerate(clusters) if fold(cl.name) == fold(parts.normal)]
        if candidates:
            pass
        elif parts.last is not None:
            candidates = [c for c, cl in enumerate(clusters) if fold(cl.last) == fold(parts.last)]
            if not candidates:
                candidates = [
                    c for c, cl in enumerate(clusters) if same_surname(cl.last, parts.last)
                ]
            if not candidates and parts.first is None:
                # a lone word may be a first name ("Барак") or a first name read as a surname
                candidates = [
                    c for c, cl in enumerate(clusters) if fold(cl.first) == fold(parts.last)
                ]
                if len(candidates) > 1:
                    candidates = []
        elif parts.first is not None:
            candidates = [
                c
                for c, cl in enumerate(clusters)
                if fold(cl.first) == fold(parts.first) or fold(cl.last) == fold(parts.first)
            ]
            if len(candidates) > 1:
                candidates = []
        if parts.gender and parts.first is None:
            # "Ефимов" is not "Юлия Ефимова", unless written exactly as her surname
            candidates = [
                c
                for c in candidates
                if clusters[c].gender in (None, parts.gender)
                or (raw is not None and fold(raw[i]) == fold(clusters[c].last))
            ]
        if candidates:
            earlier = [c for c in candidates if min(clusters[c].mentions) < i]
            chosen = (
                max(earlier, key=lambda c: max(m for m in clusters[c].mentions if m < i))
                if earlier
                else candidates[0]
            )
            clusters[chosen].take(parts, i)
            owner[i] = chosen
        else:
            clusters.append(PersonCluster())
            clusters[-1].take(parts, i)
            owner[i] = len(clusters) - 1
    return owner, clusters


# ---------------------------------------------------------------------------------------------
# COMPONENT


class PeopleLinker:
    """Fix PER boundaries, put names in the nominative and link mentions of one person."""

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        others = [e for e in ents if e.label_ != "PER"]
        pers: list[tuple[int, int]] = []
        for ent in ents:
            if ent.label_ == "PER":
                pers.extend(split_person(doc, ent))
        pers, others = self.join_adjacent(doc, pers, others)
        pers = [r for r in pers if not self.implausible(doc, r)]
        pers = self.discover(doc, pers, others)
        pers = self.propagate(doc, pers, others)
        pers = self.extend(doc, pers, others)
        pers = self.eponyms(doc, pers, others)
        spans = [Span(doc, a, b, label="PER") for a, b in pers]
        doc.ents = filter_spans(spans + others)
        self.annotate(doc)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    @staticmethod
    def join_adjacent(
        doc: Doc, pers: list[tuple[int, int]], others: list[Span]
    ) -> tuple[list[tuple[int, int]], list[Span]]:
        """Join PER pieces separated by a space; absorb a first name that slovnet called LOC."""
        pers = sorted(set(pers))
        kept_others = []
        starts = {a: (a, b) for a, b in pers}
        ends = {b: (a, b) for a, b in pers}
        for ent in others:
            words = [t for t in ent if not t.is_space]
            if len(words) == 1 and words[0].text[:1].isupper() and not words[0].text.isupper():
                nxt = _next_content(doc, ent.end)
                prv = _prev_content(doc, ent.start - 1)
                if (
                    nxt is not None
                    and nxt.i in starts
                    and gap(doc, words[0], nxt).strip(" \xa0") == ""
                    and "\n" not in gap(doc, words[0], nxt)
                    and has_first_name_reading(words[0].text)
                    and len(name_words(doc[starts[nxt.i][0] : starts[nxt.i][1]])[0]) == 1
                    and not dictionary_geo(words[0].text)
                ):
                    a, b = starts.pop(nxt.i)
                    pers.remove((a, b))
                    pers.append((ent.start, b))
                    starts[ent.start] = (ent.start, b)
                    continue
                if (
                    prv is not None
                    and prv.i + 1 in ends
                    and gap(doc, prv, words[0]).strip(" \xa0") == ""
                    and "\n" not in gap(doc, prv, words[0])
                    and name_tags(words[0].text) & {"Surn", "Patr"}
                    and not dictionary_geo(words[0].text)
                    and len(name_words(doc[ends[prv.i + 1][0] : ends[prv.i + 1][1]])[0]) == 1
                ):
                    a, b = ends.pop(prv.i + 1)
                    pers.remove((a, b))
                    pers.append((a, ent.end))
                    continue
            kept_others.append(ent)
        pers.sort()
        merged: list[tuple[int, int]] = []
        for a, b in pers:
            if merged:
                pa, pb = merged[-1]
                left = _prev_content(doc, pb - 1)
                between = gap(doc, left, doc[a]) if left is not None else "\n"
                if (
                    between.strip(" \xa0") == ""
                    and "\n" not in between
                    and a >= pb
                    and one_name(doc[pa:pb], doc[a:b])
                ):
                    merged[-1] = (pa, b)
                    continue
            merged.append((a, b))
        return merged, kept_others

    @staticmethod
    def discover(
        doc: Doc, pers: list[tuple[int, int]], others: list[Span]
    ) -> list[tuple[int, int]]:
        """Names slovnet missed that pymorphy3 reads as names.

        A first name followed by a surname ("Касым-Жомарт Токаев дал интервью" opening an
        article), and a word whose likeliest reading is a surname opening a sentence before its
        verb ("Нургалиев уволил начальника").
        """
        taken = {i for a, b in pers for i in range(a, b)}
        taken.update(i for ent in others for i in range(ent.start, ent.end))

        def free(token: Token | None) -> bool:
            return (
                token is not None
                and token.i not in taken
                and is_word(token)
                and is_capitalized(token)
                and not token.text.isupper()
                and len(token.text) > 1
            )

        added = []
        for token in doc:
            if not free(token) or token.i in taken:
                continue
            nxt = _next_content(doc, token.i + 1)
            if (
                free(nxt)
                and gap(doc, token, nxt).strip(" \xa0") == ""
                and "\n" not in gap(doc, token, nxt)
                and has_first_name_reading(token.text)
                and not dictionary_geo(token.text)
                and not (sentence_initial(doc, token) and dictionary_non_name(token.text))
                and surname_like(nxt)
                and not dictionary_geo(nxt.text)
            ):
                added.append((token.i, nxt.i + 1))
                taken.update((token.i, nxt.i))
                continue
            if sentence_initial(doc, token) and nxt is not None and nxt.pos_ == "VERB":
                parses = parse_word(token.text)
                if parses and "Surn" in parses[0].tag.grammemes:
                    added.append((token.i, token.i + 1))
                    taken.add(token.i)
        return sorted(pers + added)

    @staticmethod
    def extend(doc: Doc, pers: list[tuple[int, int]], others: list[Span]) -> list[tuple[int, int]]:
        """Take in a first name just before a lone surname, and the dot of a final initial."""
        taken = {i for a, b in pers for i in range(a, b)}
        taken.update(i for ent in others for i in range(ent.start, ent.end))
        out = []
        for a, b in pers:
            words = [t for t in doc[a:b] if is_word(t)]
            prev = _prev_content(doc, a - 1)
            if (
                len(words) == 1
                and prev is not None
                and prev.i not in taken
                and is_word(prev)
                and is_capitalized(prev)
                and not prev.text.isupper()
                and gap(doc, prev, doc[a]).strip(" \xa0") == ""
                and "\n" not in gap(doc, prev, doc[a])
                and ("Name" in name_tags(prev.text) or not known_word(prev.text))
                and not dictionary_geo(prev.text)
                and not (sentence_initial(doc, prev) and dictionary_non_name(prev.text))
            ):
                a = prev.i
            # initials glued before the surname: "Б.Обама", "Дж.Коми", "А.С.Пушкин"
            while (
                a >= 2
                and doc[a - 1].text == "."
                and short_initial(doc[a - 2].text)
                and not gap(doc, doc[a - 2], doc[a - 1])
                and gap(doc, doc[a - 1], doc[a]) in ("", " ", "\xa0")
                and not any(ent.start <= a - 2 < ent.end for ent in others)
            ):
                a -= 2
            last = doc[b - 1]
            if (
                b < len(doc)
                and is_initial(last.text)
                and len(last.text) == 1
                and last.text not in "IVXLC"
                and doc[b].text == "."
                and not gap(doc, last, doc[b])
            ):
                b += 1
            out.append((a, b))
        return out

    @staticmethod
    def eponyms(doc: Doc, pers: list[tuple[int, int]], others: list[Span]) -> list[tuple[int, int]]:
        """The person a body is named after: "Театр имени Ермоловой", "им. А.М. Горького"."""
        taken = {i for a, b in pers for i in range(a, b)}
        taken.update(i for ent in others for i in range(ent.start, ent.end))
        added = []
        for token in doc:
            if token.lower_ not in ("имени", "им"):
                continue
            i = token.i + 1
            if token.lower_ == "им":
                if i >= len(doc) or doc[i].text != ".":
                    continue
                i += 1
            nxt = _next_content(doc, i)
            if nxt is None:
                continue
            j = nxt.i
            end = j
            n_words = 0
            while j < len(doc) and n_words < 3:
                tok = doc[j]
                if tok.is_space and "\n" not in tok.text:
                    j += 1
                    continue
                if tok.text == "." and end > nxt.i and is_initial(doc[end - 1].text):
                    end = j + 1
                    j += 1
                    continue
                if not (is_word(tok) and is_capitalized(tok) and not tok.text.isupper()):
                    break
                if tok.i in taken or (j > nxt.i and gap(doc, doc[j - 1], tok).strip()):
                    break
                n_words += not is_initial(tok.text)
                end = j + 1
                j += 1
                if not is_initial(tok.text):
                    break
            if end > nxt.i and not any(i in taken for i in range(nxt.i, end)):
                if any(not is_initial(t.text) and is_word(t) for t in doc[nxt.i : end]):
                    added.append((nxt.i, end))
        return sorted(pers + added)

    @staticmethod
    def implausible(doc: Doc, rng: tuple[int, int]) -> bool:
        """A lone sentence-initial dictionary word with no name reading ("Отметим", "Тюрьма")."""
        words = [t for t in doc[rng[0] : rng[1]] if is_word(t)]
        if len(words) != 1:
            return False
        token = words[0]
        return sentence_initial(doc, token) and dictionary_non_name(token.text)

    @staticmethod
    def propagate(
        doc: Doc, pers: list[tuple[int, int]], others: list[Span]
    ) -> list[tuple[int, int]]:
        """Mark as PER other occurrences of surnames that the article has as PER."""
        known: set[str] = set()
        for a, b in pers:
            span = doc[a:b]
            words, seps = name_words(span)
            if not words:
                continue
            parts = normal_name(words, seps)
            if parts.last and not is_initial(parts.last):
                known.add(fold(parts.last))
                if len(words) == 1:
                    known.add(fold(words[0].text))
                else:
                    known.add(fold(words[-1].text if parts.last == words[-1].text else parts.last))
        if not known:
            return pers
        known_stems = {stem(k) for k in known if len(k) >= 4}
        taken = set()
        for a, b in pers:
            taken.update(range(a, b))
        for ent in others:
            taken.update(range(ent.start, ent.end))
        added = []
        for token in doc:
            if token.i in taken or not is_word(token) or not is_capitalized(token):
                continue
            if len(token.text) < 2 or (token.text.isupper() and len(token.text) > 1):
                continue
            if fold(token.text) not in known and fold(single_word_normal(token)) not in known:
                # another case of a known surname ("Фаяда" of "Салам Фаяд")
                if stem(token.text) not in known_stems or token.pos_ != "PROPN":
                    continue
            start = token.i
            prev = _prev_content(doc, start - 1)
            if (
                prev is not None
                and prev.i not in taken
                and is_capitalized(prev)
                and is_word(prev)
                and "\n" not in gap(doc, prev, token)
                and gap(doc, prev, token).strip(" \xa0") == ""
                and has_first_name_reading(prev.text)
                and not (sentence_initial(doc, prev) and dictionary_non_name(prev.text))
            ):
                start = prev.i
            added.append((start, token.i + 1))
            taken.update(range(start, token.i + 1))
        return sorted(pers + added)

    @staticmethod
    def annotate(doc: Doc) -> None:
        """Set ``_.normal``, ``_.key`` and ``_.person`` on the final PER spans."""
        spans = [e for e in doc.ents if e.label_ == "PER"]
        names = []
        for span in spans:
            words, seps = name_words(span)
            names.append(normal_name(words, seps, agreement_context(span)))
        owner, clusters = link_people(names, [span.text for span in spans])
        for c, cluster in enumerate(clusters):
            mentions = [i for i, o in enumerate(owner) if o == c]
            settle_surname(cluster, [spans[i] for i in mentions], [names[i] for i in mentions])
            for i in mentions:
                names[i] = with_last(names[i], cluster.last)
        keys: dict[int, str] = {}
        seen: set[str] = set()
        for c, cluster in enumerate(clusters):
            key = cluster.name or f"person {c + 1}"
            if key in seen:
                key = f"{key} ({c + 1})"
            seen.add(key)
            keys[c] = key
        records = {
            c: Person(
                key=keys[c],
                name=cluster.name,
                last=cluster.last,
                first=cluster.first,
                middle=cluster.middle,
            )
            for c, cluster in enumerate(clusters)
        }
        for span, parts, c in zip(spans, names, owner, strict=True):
            span._.normal = parts.normal or span.text
            span._.key = keys[c]
            span._.person = records[c]


def settle_surname(cluster: PersonCluster, spans: list[Span], names: list[NameParts]) -> None:
    """Pick the person's surname among the forms its mentions were inflected to.

    The inflector guesses on surnames it does not know ("Мандела" read as the genitive of
    "Мандел"); a nominative candidate that the article itself spells out wins.
    """
    candidates = {parts.last for parts in names if parts.last and not parts.plural}
    if len(candidates) < 2 or cluster.last is None:
        return
    written = {
        fold(token.text) for span in spans for token in span if token.morph.get("Case") == ["Nom"]
    }
    attested = [c for c in candidates if fold(c) in written and same_surname(c, cluster.last)]
    if attested and fold(cluster.last) not in {fold(a) for a in attested}:
        best = max(attested, key=lambda c: sum(fold(p.last) == fold(c) for p in names))
        cluster.name = replace_last_word(cluster.name, cluster.last, best)
        cluster.last = best


def replace_last_word(name: str, old: str | None, new: str | None) -> str:
    """``name`` with the surname ``old`` spelt as ``new``."""
    if not old or not new or old == new:
        return name
    words = name.split(" ")
    return " ".join(new if w == old else w for w in words)


def with_last(parts: NameParts, last: str | None) -> NameParts:
    """A mention's parts with the person's settled surname, where only the ending differs."""
    if not last or not parts.last or parts.last == last or parts.plural:
        return parts
    if stem(parts.last) != stem(last):
        return parts
    if parts.gender and parts.gender != gender_of_last(last):
        return parts  # "Ефимов" is not "Ефимова" misspelt: the gender differs
    return NameParts(
        normal=replace_last_word(parts.normal, parts.last, last),
        last=last,
        first=parts.first,
        middle=parts.middle,
        gender=parts.gender,
        plural=parts.plural,
    )


def gender_of_last(last: str) -> str:
    """The gender a Russian surname's nominative shows ("Ефимова", "Яровая" are feminine)."""
    return (
        "femn" if fold(last).endswith(("ова", "ева", "ёва", "ина", "ына", "ая", "ская")) else "masc"
    )


def one_name(left: Span, right: Span) -> bool:
    """Two adjacent PER pieces that read as one name: "Радия" + "Хабирова", "Путин" + "В. В.".

    Two pieces that are each a name of two words ("Хиллари Клинтон Лиза Бардек") stay apart.
    """
    lw = [w.text for w in name_words(left)[0]]
    rw = [w.text for w in name_words(right)[0]]
    full_left = sum(not is_initial(w) for w in lw)
    full_right = sum(not is_initial(w) for w in rw)
    if relative_cut([t for t in left.doc[left.start : right.end] if not t.is_space]):
        return False  # "Януковича" + "Людмила": his wife
    if full_right and any(map(is_initial, lw + rw)):
        return False  # "В.Шеймана А.Кулешов", "А.Лукашенко Виктор"
    if full_left == 1 and full_right == 2 and "Patr" in name_tags(rw[-1]):
        return True  # "Путиным" + "Владимиром Владимировичем"
    if full_right == 0 or full_left == 0:
        return full_left + full_right <= 2
    return full_left + full_right <= 2 and full_left == 1 and full_right == 1


def dictionary_geo(word: str) -> bool:
    """pymorphy3 reads ``word`` as a place name first."""
    parses = parse_word(word)
    return bool(parses) and "Geox" in parses[0].tag.grammemes


def _next_content(doc: Doc, i: int) -> Token | None:
    while i < len(doc) and doc[i].is_space:
        i += 1
    return doc[i] if i < len(doc) else None


def _prev_content(doc: Doc, i: int) -> Token | None:
    while i >= 0 and doc[i].is_space:
        i -= 1
    return doc[i] if i >= 0 else None


@Language.factory(
    "ruextract_people",
    default_config={},
    requires=["doc.ents", "token.pos", "token.morph"],
    assigns=["doc.ents", "span._.normal", "span._.key", "span._.person"],
)
def create_people(nlp: Language, name: str) -> PeopleLinker:
    """Person boundaries, nominative names and article-level person keys (see module doc)."""
    return PeopleLinker()

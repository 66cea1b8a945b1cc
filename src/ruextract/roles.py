"""Roles: the posts people hold and where ("президент России Владимир Путин").

Reads ``doc.ents`` (PER spans with ``span._.key`` from ``ruextract_people``; ORG and LOC),
``doc.spans["countries"]`` (``span._.country``), the tokens' ``pos_``, ``morph`` and ``lemma_``
and razdel's sentences; writes ``doc.spans["roles"]``: one span per post held by a person
(the role phrase as written), each with ``span._.role`` (:class:`~ruextract.records.Role`:
the person's key, the post in the nominative, the org or country, the status).

A role phrase is a role noun (``data/role_nouns.tsv``: the heads of NEREL train PROFESSION
spans; compound abbreviations such as "генсек" are spelt out by ``data/role_abbreviations.tsv``)
with the adjectives before it that agree with it and the genitive words after it ("министр
иностранных дел России"). Its first ORG, LOC or country mention is where the post is held; a
role noun among the genitive words makes the rest a post ("пресс-секретарь президента
России": org "президент России"); with no mention there, an org noun (``data/org_nouns.tsv``:
heads of lower-case NEREL train ORGANIZATION spans) starts the org ("судья федерального
апелляционного суда"). "бывший", "экс-" make the status ``former``; "исполняющий
обязанности", "и.о.", "врио" make it ``acting``; else it is ``current``.

A phrase belongs to a person when

- it stands right before the name ("глава МИД Сергей Лавров"), or is one of a list of posts
  that does ("режиссёр и сценарист Иван Дыховичный");
- it follows the name after a comma, dash or bracket ("Аркадий Волож, гендиректор «Яндекса»");
- a copula or appointment verb links it to the nearest name before it in its sentence
  ("Лавров был министром", "назначил Иванова на пост губернатора", "Он был министром" for the
  last name before), or a name after it ("Президентом становится Джеральд Форд");
- a verb of heading an org makes its subject the org's head ("Лавров, который возглавляет
  МИД": role "глава");
- it is the same post as one exactly one person of the article holds ("глава государства"
  for the article's president); a head of state or government that nobody holds yet in the
  article goes to its most mentioned person, in the country the article names most often
  where nobody else holds that post.

No syntax parse is needed: agreement comes from the morphology the pipeline already has.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ruextract import models
from ruextract.records import Role

SPAN_KEY = "roles"
NOUNS_FILE = "role_nouns.tsv"
ADJECTIVES_FILE = "role_adjectives.tsv"
ABBREVIATIONS_FILE = "role_abbreviations.tsv"
ORG_NOUNS_FILE = "org_nouns.tsv"

# stems that make compound profession nouns ("кинорежиссёр", "телеведущий", "фотокорреспондент")
COMPOUND_STEMS = ("кино", "теле", "радио", "фото", "видео", "авиа", "авто", "арт", "шеф")

# "президент страны": the country is the one the text named last
COUNTRY_WORDS = frozenset({"страна"})

# STATUS
FORMER_WORDS = frozenset({"бывший", "экс", "прежний"})
FORMER_PREFIX = "экс-"
ACTING_WORDS = frozenset({"врио", "вриo"})
ACTING_PARTICIPLES = ("исполняющ", "исполнявш")
DUTIES = frozenset({"обязанности", "обязанностей"})

# ATTACHMENT
# verbs that make a post of a person: "был министром", "назначен на пост"
COPULAS = frozenset(
    {"быть", "стать", "являться", "назначить", "назначать", "избрать", "избирать",
     "переизбрать", "работать", "служить", "оставаться", "остаться", "занимать", "занять",
     "утвердить", "считаться", "становиться", "избираться", "назначаться", "покинуть",
     "оставить", "уйти", "освободить", "сместить", "вступить", "возглавлять", "возглавить"}
)  # fmt: skip
# nouns that introduce the post after a verb: "на пост министра", "в должности профессора"
POST_WORDS = frozenset({"пост", "должность", "обязанность", "кресло", "позиция", "звание"})
# words of running for a post, which is not holding it
CANDIDACY = frozenset(
    {"кандидат", "кандидатура", "претендент", "претендовать", "баллотироваться", "выдвинуть",
     "выдвигать", "бороться"}
)  # fmt: skip
SEPARATORS_AFTER = frozenset({",", "—", "–", "-", "("})
DASHES = frozenset({"—", "–", "-"})
# verbs of heading an org, and the post they give: "Лавров, который возглавляет МИД"
HEAD_VERBS = frozenset({"возглавлять", "возглавить"})
HEAD_ROLE = "глава"
SUBJECT_PRONOUNS = frozenset({"он", "она"})
PRONOUN_REACH = 1  # sentences back to look for the person a pronoun stands for
LIST_JOINERS = frozenset({",", "и"})
QUOTES = frozenset('«»"“”„')
MAX_COMPLEMENT = 8
# participles used as posts that govern the instrumental: "управляющий Центральным банком"
INS_GOVERNORS = ("командующий", "управляющий", "заведующий", "руководящий")
# prepositions inside a post's name: "министр по делам ...", "посол Ирландии в США"
DATIVE_PREPOSITION = "по"
PLACE_PREPOSITIONS = frozenset({"в", "во", "при", "от"})
COPULA_WINDOW = 8
# the same post under other names, for a post referred to again ("глава государства")
SAME_POST: dict[str, str] = {
    "глава государства": "президент",
    "лидер": "президент",
    "премьер-министр": "премьер-министр",
    "глава правительства": "премьер-министр",
}
# posts a country has one of: unheld, they go to the article's main person and country
HEAD_POSTS = frozenset({"президент", "премьер-министр"})
NOMINAL_POS = frozenset({"NOUN", "PROPN"})
MODIFIER_POS = frozenset({"ADJ", "DET", "NUM"})
PLACE_LABELS = frozenset({"ORG", "LOC", "COUNTRY"})


# ---------------------------------------------------------------------------------------------
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
    return frozenset(row["lemma"] for row in _read_tsv(ORG_NOUNS_FILE))


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, str]:
    """Compound abbreviations of posts and their full forms (``data/role_abbreviations.tsv``)."""
    return {row["abbr"]: row["role"] for row in _read_tsv(ABBREVIATIONS_FILE)}


def fold(text: str) -> str:
    """Comparison form: lower case, е for ё."""
    return text.lower().replace("ё", "е")


# ---------------------------------------------------------------------------------------------
# MORPHOLOGY


def case_of(token: Token) -> str | None:
    """The tagger's case of ``token``, if any."""
    found = token.morph.get("Case")
    return found[0] if found else None


def head_lemma(token: Token) -> str:
    """A role noun's lemma without "экс-" ("экс-президента" -> "президент")."""
    lemma = fold(token.lemma_)
    if lemma.startswith(FORMER_PREFIX):
        lemma = lemma[len(FORMER_PREFIX) :]
    return lemma


def compound_role(lemma: str) -> bool:
    """A compound whose last part is a role noun: "летчик-космонавт", "кинооператор",
    "телеведущий" (a hyphenated word, or a role noun after a compounding stem)."""
    if "-" in lemma:
        return lemma.rsplit("-", 1)[1] in role_nouns()
    return any(
        lemma.startswith(stem) and lemma[len(stem) :] in role_nouns() for stem in COMPOUND_STEMS
    )


def is_role_noun(token: Token) -> bool:
    """A noun (or a participle used as one: "командующий") that names a post or profession."""
    lemma = head_lemma(token)
    known = (
        lemma in role_nouns()
        or lemma in abbreviations()
        or fold(token.text) in abbreviations()
        or compound_role(lemma)
    )
    if not known:
        return False
    if token.pos_ in NOMINAL_POS:
        return True
    # an adjective or participle in the list counts where no noun follows it
    nxt = next_content(token.doc, token.i + 1)
    return token.pos_ in ("ADJ", "VERB") and (nxt is None or nxt.pos_ not in NOMINAL_POS)


def is_plural(token: Token) -> bool:
    """The tagger reads ``token`` as plural."""
    return token.morph.get("Number") == ["Plur"]


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
        case = wanted.get("Case")
        if case and tag.case and tag.case.startswith(CASE_PREFIX.get(case, "?")):
            score += 1
        if score > best_score:
            best, best_score = parse, score
    if best is None:
        return word.lower(), None
    wanted_tags = {"nomn", "sing"}
    if not noun and gender in ("masc", "femn", "neut"):
        wanted_tags.add(gender)
    inflected = best.inflect(wanted_tags) or best.inflect({"nomn"})
    form = (inflected.word if inflected is not None else word.lower()).replace("ё", "е")
    found_gender = (inflected or best).tag.gender if noun else None
    if noun and found_gender not in ("masc", "femn", "neut"):
        found_gender = "masc"
    return form, found_gender


CASE_PREFIX = {"Nom": "nomn", "Gen": "gen", "Dat": "datv", "Acc": "acc", "Ins": "ablt",
               "Loc": "loc"}  # fmt: skip


def nominative(token: Token, gender: str | None = None) -> tuple[str, str | None]:
    """A role word in the nominative singular, lower case, and (for nouns) its gender."""
    return _nominative(token.text, token.pos_, str(token.morph), gender)


# ---------------------------------------------------------------------------------------------
# TOKENS


def next_content(doc: Doc, i: int) -> Token | None:
    """The first non-whitespace token at or after ``i``."""
    while i < len(doc) and doc[i].is_space:
        i += 1
    return doc[i] if i < len(doc) else None


def prev_content(doc: Doc, i: int) -> Token | None:
    """The last non-whitespace token at or before ``i``."""
    while i >= 0 and doc[i].is_space:
        i -= 1
    return doc[i] if i >= 0 else None


def line_break_between(doc: Doc, left: int, right: int) -> bool:
    """A line break between token ``left`` and token ``right``."""
    if "\n" in doc[left].whitespace_:
        return True
    return any("\n" in doc[i].text_with_ws for i in range(left + 1, right))


# ---------------------------------------------------------------------------------------------
# PHRASES


@dataclass(frozen=True, slots=True)
class Phrase:
    """A role phrase: tokens ``start`` .. ``end`` (exclusive) around the role noun ``head``."""

    start: int
    end: int
    head: int
    role: str
    status: str
    org: str | None = None
    org_label: str | None = None
    org_key: str | None = None
    org_start: int | None = None
    org_stop: int | None = None
    plural: bool = False
    inner: int | None = None  # a post in the complement: "президента" of "пресс-секретарь ..."
    by_verb: bool = False  # "возглавляет МИД"
    how: str = ""  # how it was tied to its person: before, after, list, copula, again, main


@dataclass
class Entities:
    """The mentions of a document indexed by token: PER, ORG/LOC and countries."""

    per: dict[int, Span]
    place: dict[int, Span]
    sent: list[int]

    @classmethod
    def of(cls, doc: Doc) -> Entities:
        per: dict[int, Span] = {}
        place: dict[int, Span] = {}
        for ent in doc.ents:
            table = per if ent.label_ == "PER" else place if ent.label_ in PLACE_LABELS else None
            if table is not None:
                for i in range(ent.start, ent.end):
                    table[i] = ent
        for span in doc.spans.get("countries", []):
            for i in range(span.start, span.end):
                place[i] = span  # a nested country ("России" of "МИД России") is the place
        sent = [0] * len(doc)
        for n, s in enumerate(doc.sents):
            for i in range(s.start, s.end):
                sent[i] = n
        return cls(per, place, sent)


def place_record(span: Span) -> tuple[str, str, str | None]:
    """Normal name, label and key of an org, place or country mention."""
    country = span._.country
    if country is not None:
        return country.name, "COUNTRY", country.code
    label = span.label_ if span.label_ in PLACE_LABELS else "ORG"
    return (
        span._.normal or span.text.strip('«»"“” '),
        label,
        span._.key if label == "COUNTRY" else None,
    )


def left_edge(doc: Doc, head: Token, ents: Entities) -> tuple[int, str, list[Token], Span | None]:
    """Where a role phrase starts: its status, post adjectives and a country adjective."""
    start = head.i
    status = "former" if fold(head.text).startswith(FORMER_PREFIX) else "current"
    kept: list[Token] = []
    country: Span | None = None
    head_case = case_of(head)
    i = head.i - 1
    while i >= 0:
        token = prev_content(doc, i)
        if token is None or token.i in ents.per or line_break_between(doc, token.i, start):
            break
        lower = fold(token.text)
        if lower in ACTING_WORDS:
            status, start = "acting", token.i
            break
        if lower == "." and token.i >= 3 and fold(doc[token.i - 3 : token.i + 1].text) == "и.о.":
            status, start = "acting", token.i - 3
            break
        if lower in DUTIES:
            before = prev_content(doc, token.i - 1)
            if before is not None and fold(before.text).startswith(ACTING_PARTICIPLES):
                status, start = "acting", before.i
                earlier = prev_content(doc, before.i - 1)
                if earlier is not None and fold(earlier.text) == "временно":
                    start = earlier.i
            break
        if token.pos_ not in ("ADJ", "DET") or (head_case and case_of(token) != head_case):
            if lower in FORMER_WORDS:  # "экс" written apart
                status, start = "former", token.i
            break
        lemma = fold(token.lemma_)
        if lemma in FORMER_WORDS:
            status = "former"
        elif token.i in ents.place and ents.place[token.i].label_ == "COUNTRY":
            country = ents.place[token.i]
        elif lemma in role_adjectives() or (
            token.pos_ == "ADJ" and "Ord" in token.morph.get("NumType")
        ):
            kept.insert(0, token)
        start = token.i
        i = token.i - 1
    return start, status, kept, country


def right_edge(doc: Doc, head: Token, ents: Entities) -> tuple[int, list[Token], int]:
    """Where a role phrase ends: the genitive words (and places) after its head, and how many
    of them (0 or 1) are an adjective of the post that follows it ("Папа Римский")."""
    end = head.i + 1
    taken: list[Token] = []
    governs_ins = fold(head.lemma_).endswith(INS_GOVERNORS)
    i = head.i + 1
    # a post's adjective after it: "Папа Римский"
    nxt = next_content(doc, i)
    if (
        nxt is not None
        and nxt.pos_ == "ADJ"
        and fold(nxt.lemma_) in role_adjectives()
        and case_of(nxt) == case_of(head)
        and nxt.i not in ents.per
    ):
        taken.append(nxt)
        end = i = nxt.i + 1
    n_post = len(taken)
    while len(taken) < MAX_COMPLEMENT:
        token = next_content(doc, i)
        if token is None or token.i in ents.per or line_break_between(doc, end - 1, token.i):
            break
        if token.text in QUOTES:
            inner = next_content(doc, token.i + 1)
            if token.text in '«"„“' and inner is not None and inner.i in ents.place:
                i = token.i + 1
                continue
            if taken and token.text in '»"”“':
                end = token.i + 1
                i = end
                continue
            break
        if token.i in ents.place:
            span = ents.place[token.i]
            taken.extend(doc[token.i : span.end])
            end = span.end
            i = end
            continue
        lower = fold(token.text)
        if lower == "и" and taken and case_of(taken[-1]) in ("Gen", "Dat"):
            # "министр топлива и энергетики Норвегии"
            nxt = next_content(doc, token.i + 1)
            if nxt is not None and nxt.pos_ == "NOUN" and case_of(nxt) == case_of(taken[-1]):
                taken.append(token)
                i = token.i + 1
                continue
        if lower == DATIVE_PREPOSITION or lower in PLACE_PREPOSITIONS:
            nxt = next_content(doc, token.i + 1)
            if (
                nxt is not None
                and nxt.i not in ents.per
                and (
                    (lower == DATIVE_PREPOSITION and case_of(nxt) == "Dat")
                    or (lower in PLACE_PREPOSITIONS and nxt.i in ents.place)
                )
            ):
                taken.append(token)
                i = token.i + 1
                continue
        case = case_of(token)
        previous = taken[-1] if taken else None
        after_po = (
            previous is not None
            and case == "Dat"
            and any(fold(t.text) == DATIVE_PREPOSITION for t in taken)
        )
        wanted = case == "Gen" or (governs_ins and case == "Ins") or after_po
        if token.pos_ in NOMINAL_POS | MODIFIER_POS and wanted and token.pos_ != "NUM":
            taken.append(token)
            end = token.i + 1
            i = end
            continue
        break
    # a complement ends on a noun: "министра иностранных дел", not "... дел российского"
    while (
        len(taken) > n_post and taken[-1].pos_ not in NOMINAL_POS and taken[-1].i not in ents.place
    ):
        taken.pop()
    if taken:
        end = taken[-1].i + 1
        after = next_content(doc, end)
        if after is not None and after.text in '»"”' and doc[end - 1].i in ents.place:
            end = after.i + 1
    else:
        end = head.i + 1
    return end, taken, n_post


def last_country(doc: Doc, i: int, ents: Entities) -> Span | None:
    """The last country mention before token ``i``."""
    for j in range(i - 1, -1, -1):
        span = ents.place.get(j)
        if span is not None and span._.country is not None:
            return span
    return None


def make_phrase(doc: Doc, head: Token, ents: Entities) -> Phrase:
    """The role phrase around the role noun ``head``."""
    start, status, adjectives, country = left_edge(doc, head, ents)
    end, complement, n_post = right_edge(doc, head, ents)
    head_word, gender = nominative(head)
    if head_word.startswith(FORMER_PREFIX):
        head_word = head_word[len(FORMER_PREFIX) :]
    lemma = head_lemma(head)
    head_word = abbreviations().get(lemma, abbreviations().get(fold(head.text), head_word))
    words = [nominative(adj, gender)[0] for adj in adjectives] + [head_word]
    words += [nominative(adj, gender)[0] for adj in complement[:n_post]]
    complement = complement[n_post:]
    org = org_label = org_key = None
    org_start = org_stop = None
    places = [n for n, token in enumerate(complement) if token.i in ents.place]
    inner = None
    for n, token in enumerate(complement):
        if token.i in ents.place:
            span = ents.place[token.i]
            org, org_label, org_key = place_record(span)
            org_start, org_stop = span.start_char, span.end_char
            break
        if places and is_role_noun(token):
            # a post held somewhere is where this post is held: "пресс-секретарь президента
            # России"; with no place after it, it is part of the post ("заместитель министра
            # регионального развития")
            rest = complement[n : places[0] + 1]
            last = ents.place[rest[-1].i]
            org = " ".join([nominative(token)[0]] + [t.text for t in rest[1:-1]] + [last.text])
            org_label, org_start, org_stop = "ORG", token.idx, last.end_char
            inner = token.i
            break
        if token.text[:1].isupper() and not places:
            org, org_label = token.text, "ORG"
            org_start, org_stop = token.idx, token.idx + len(token.text)
            break
        if not places and fold(token.lemma_) in org_nouns() and token.pos_ == "NOUN":
            # an org named by common words: "судья федерального апелляционного суда"
            first = n
            while first > 0 and complement[first - 1].pos_ == "ADJ":
                first -= 1
            del words[len(words) - (n - first) :]
            group = complement[first:]
            named = [nominative(t, nominative(token)[1])[0] for t in complement[first:n]]
            named.append(nominative(token)[0])
            org = " ".join(named + [t.text for t in complement[n + 1 :]])
            org_label, org_start = "ORG", group[0].idx
            org_stop = group[-1].idx + len(group[-1].text)
            break
        if not token.text[:1].isupper():
            words.append(fold(token.text))
    if org is None and country is not None:
        org, org_label, org_key = place_record(country)
        org_start, org_stop = country.start_char, country.end_char
    if org is None and len(complement) == 1 and fold(complement[0].lemma_) in COUNTRY_WORDS:
        # "президент страны": the country the text named last
        named = last_country(doc, start, ents)
        if named is not None:
            org, org_label, org_key = place_record(named)
            words.pop()
    return Phrase(
        start=start,
        end=end,
        head=head.i,
        role=" ".join(words),
        status=status,
        org=org,
        org_label=org_label,
        org_key=org_key,
        org_start=org_start,
        org_stop=org_stop,
        plural=is_plural(head),
        inner=inner,
    )


def verb_phrase(doc: Doc, verb: Token, ents: Entities) -> Phrase | None:
    """ "возглавляет МИД": the post of head of the org the verb takes ("глава"); an
    imperfective past ("возглавлял") is a post held before."""
    obj = next_content(doc, verb.i + 1)
    if obj is None or obj.i not in ents.place or line_break_between(doc, verb.i, obj.i):
        return None
    span = ents.place[obj.i]
    if span.start != obj.i:
        return None
    org, org_label, org_key = place_record(span)
    feats = verb.morph.to_dict()
    former = feats.get("Tense") == "Past" and feats.get("Aspect") == "Imp"
    return Phrase(
        start=verb.i,
        end=span.end,
        head=verb.i,
        role=HEAD_ROLE,
        status="former" if former else "current",
        org=org,
        org_label=org_label,
        org_key=org_key,
        org_start=span.start_char,
        org_stop=span.end_char,
        by_verb=True,
    )


def find_phrases(doc: Doc, ents: Entities) -> list[Phrase]:
    """Every role phrase of a document, in text order (one per role noun outside names)."""
    phrases: list[Phrase] = []
    covered = -1
    for token in doc:
        if token.i <= covered or token.is_space or token.i in ents.per:
            continue
        if token.i in ents.place and ents.place[token.i].label_ != "COUNTRY":
            continue  # "Администрации Президента" is an organisation
        if fold(token.lemma_) in HEAD_VERBS and token.pos_ == "VERB":
            phrase = verb_phrase(doc, token, ents)
            if phrase is not None:
                phrases.append(phrase)
                covered = phrase.end - 1
            continue
        if not is_role_noun(token):
            continue
        phrase = make_phrase(doc, token, ents)
        phrases.append(phrase)
        covered = phrase.end - 1
    return phrases


# ---------------------------------------------------------------------------------------------
# ATTACHMENT


def person_after(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """The name right after a phrase ("глава МИД Сергей Лавров"; "Министр иностранных дел —
    Фумио Кисида" where the phrase opens its sentence)."""
    token = next_content(doc, phrase.end)
    while token is not None and token.text in QUOTES:
        token = next_content(doc, token.i + 1)
    if token is not None and token.text in DASHES and opens_sentence(doc, phrase.start):
        token = next_content(doc, token.i + 1)
    if token is None or token.i not in ents.per or line_break_between(doc, phrase.end - 1, token.i):
        return None
    span = ents.per[token.i]
    if span.start != token.i:
        return None
    if case_of(doc[span.end - 1]) == "Gen":
        # "советника Путина Михаила Лесина": a genitive name and then the holder's name
        nxt = next_content(doc, span.end)
        if (
            nxt is not None
            and nxt.i in ents.per
            and not line_break_between(doc, span.end - 1, nxt.i)
        ):
            return ents.per[nxt.i]
    if phrase.inner is not None and case_of(doc[phrase.inner]) == case_of(doc[span.end - 1]):
        return span  # the name of the inner post (see ``attach``)
    if not agree(doc[phrase.head], doc[span.end - 1]):
        return None  # "адвокат Сантоса": the genitive name is not the holder
    return span


def opens_sentence(doc: Doc, i: int) -> bool:
    """Token ``i`` starts a sentence or a line."""
    before = prev_content(doc, i - 1)
    return before is None or doc[i].is_sent_start or line_break_between(doc, before.i, i)


def agree(head: Token, name: Token) -> bool:
    """A role noun and the name after it that may be one phrase: a genitive name after a role
    noun in another case is its complement ("адвокат Сантоса"), not its holder."""
    head_case, name_case = case_of(head), case_of(name)
    # an animate accusative is spelt as the genitive: "убедил президента Хамида Карзая"
    return not (name_case == "Gen" and head_case not in (None, "Gen", "Acc"))


def person_before(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """The name before a phrase set off by a comma, dash or bracket ("Лавров, глава МИД")."""
    sep = prev_content(doc, phrase.start - 1)
    if sep is None or sep.text not in SEPARATORS_AFTER:
        return None
    token = prev_content(doc, sep.i - 1)
    if token is None or token.i not in ents.per or line_break_between(doc, token.i, phrase.start):
        return None
    person = ents.per[token.i]
    head = doc[phrase.head]
    person_case = case_of(doc[person.end - 1])
    head_case = case_of(head)
    if head_case not in (None, "Nom") and person_case and person_case != head_case:
        return None
    return person


def person_by_copula(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """The nearest name before a phrase that a copula or appointment verb links to it."""
    head = doc[phrase.head]
    before = prev_content(doc, phrase.start - 1)
    after_post = before is not None and fold(before.lemma_) in POST_WORDS
    if case_of(head) != "Ins" and not after_post:
        return None
    if before is not None and any(
        fold(t.lemma_) in CANDIDACY for t in doc[max(0, before.i - 4) : before.i]
    ):
        return None  # "кандидат на пост главы ФБР" holds no post yet
    sent = ents.sent[phrase.head]
    verb = False
    i = phrase.start - 1
    lowest = max(0, phrase.start - COPULA_WINDOW * 2)
    while i >= lowest:
        token = doc[i]
        if token.is_space:
            i -= 1
            continue
        if ents.sent[i] != sent or token.text in (".", ";", "!", "?") or token.pos_ == "SCONJ":
            return None  # "Токаев напомнил, что Белоруссия стала членом": another clause
        if (
            verb
            and i not in ents.per
            and token.pos_ in NOMINAL_POS
            and case_of(token) == "Nom"
            and fold(token.text) not in SUBJECT_PRONOUNS
        ):
            return None  # the copula's subject is no name: "Белоруссия стала её членом"
        if fold(token.lemma_) in COPULAS:
            verb = True
        if verb and fold(token.text) in SUBJECT_PRONOUNS and token.pos_ == "PRON":
            # "Он был министром": the person the text spoke of last
            return last_person(doc, i, ents)
        if i in ents.per:
            person = ents.per[i]
            if verb or after_post:
                return person
            # "назначил Иванова министром": the verb comes before the name
            for j in range(max(0, person.start - 4), person.start):
                if ents.sent[j] == sent and fold(doc[j].lemma_) in COPULAS:
                    return person
            return None
        i -= 1
    return None


def last_person(doc: Doc, i: int, ents: Entities) -> Span | None:
    """The last name before token ``i`` within the previous sentences (``PRONOUN_REACH``)."""
    sent = ents.sent[i]
    j = i - 1
    while j >= 0 and ents.sent[j] >= sent - PRONOUN_REACH:
        if j in ents.per:
            return ents.per[j]
        j -= 1
    return None


def subject_of(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """The nearest name before a verb of heading in its sentence ("Лавров, который
    возглавляет МИД с 2004 года", "Иванов возглавил компанию"), past no other verb."""
    sent = ents.sent[phrase.head]
    i = phrase.start - 1
    seen = 0
    while i >= 0 and ents.sent[i] == sent and seen < COPULA_WINDOW:
        token = doc[i]
        if i in ents.per:
            return ents.per[i]
        if not token.is_space:
            seen += 1
            if token.pos_ in ("VERB", "AUX") or token.text in (";", ":", "—"):
                return None
        i -= 1
    return None


def person_by_copula_after(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """The name after a copula that follows an instrumental post: "Президентом становится
    Джеральд Форд", "Новым премьер-министром Египта назначен Камаль аль-Ганзури"."""
    if case_of(doc[phrase.head]) != "Ins":
        return None
    token = next_content(doc, phrase.end)
    verbs = described = 0
    while token is not None and token.i not in ents.per:
        if (
            line_break_between(doc, phrase.end - 1, token.i)
            or ents.sent[token.i] != ents.sent[phrase.head]
        ):
            return None
        if token.pos_ in ("VERB", "AUX") and fold(token.lemma_) in COPULAS and not described:
            verbs += 1
        elif token.pos_ == "ADV" and not described:
            pass
        elif verbs and token.pos_ in ("ADJ", "NOUN") and case_of(token) == "Nom":
            described += 1  # "стал теннисист Марат Сафин", "итальянский продюсер"
        else:
            return None
        if verbs + described > 4:
            return None
        token = next_content(doc, token.i + 1)
    if token is None or not verbs:
        return None
    span = ents.per[token.i]
    return span if case_of(doc[span.end - 1]) in (None, "Nom") else None


def attach(doc: Doc, phrases: list[Phrase], ents: Entities) -> list[tuple[Phrase, Span | None]]:
    """Each phrase with the name it belongs to (None when no name is at hand)."""
    found: list[Span | None] = [None] * len(phrases)
    how = [""] * len(phrases)
    extra: list[tuple[Phrase, Span | None]] = []
    for n, phrase in enumerate(phrases):
        if phrase.by_verb:
            found[n], how[n] = subject_of(doc, phrase, ents), "verb"
            continue
        found[n] = person_after(doc, phrase, ents)
        how[n] = "before" if found[n] is not None else ""
        person = found[n]
        if person is not None and phrase.inner is not None:
            # "помощником премьер-министра России Дмитрия Медведева": the name agrees with the
            # inner post, not with the head
            head_case, inner_case = case_of(doc[phrase.head]), case_of(doc[phrase.inner])
            if head_case != inner_case and case_of(doc[person.end - 1]) == inner_case:
                inner = make_phrase(doc, doc[phrase.inner], ents)
                extra.append((replace(inner, how="before"), person))
                found[n], how[n] = None, ""
    # a list of posts before a name: "режиссёр и сценарист Иван Дыховичный"
    for n in range(len(phrases) - 2, -1, -1):
        if found[n] is None and found[n + 1] is not None:
            if joined(doc, phrases[n], phrases[n + 1]):
                found[n], how[n] = found[n + 1], "list"
    for n, phrase in enumerate(phrases):
        if found[n] is None:
            found[n], how[n] = person_before(doc, phrase, ents), "after"
        if found[n] is None and n and found[n - 1] is not None and how[n - 1] != "before":
            if joined(doc, phrases[n - 1], phrase):
                found[n], how[n] = found[n - 1], "list"  # "Волож, гендиректор и основатель"
        if found[n] is None:
            found[n], how[n] = person_by_copula(doc, phrase, ents), "copula"
        if found[n] is None:
            found[n] = person_by_copula_after(doc, phrase, ents)
    result = [(replace(phrase, how=how[n]), found[n]) for n, phrase in enumerate(phrases)]
    # posts listed together share their place: "Главнокомандующий Сухопутными войсками генерал
    # армии Владимир Болдырев"
    for n, (phrase, person) in enumerate(result):
        if phrase.org is None and person is not None and phrase.how == "list":
            for other, holder in result[max(0, n - 1) : n + 2]:
                if other.org is not None and holder is person and joined_any(doc, phrase, other):
                    result[n] = (with_org(phrase, other), person)
                    break
    return sorted(result + extra, key=lambda pair: pair[0].start)


def joined_any(doc: Doc, a: Phrase, b: Phrase) -> bool:
    """Two phrases of one list, in either order."""
    return joined(doc, a, b) if a.start < b.start else joined(doc, b, a)


def with_org(phrase: Phrase, other: Phrase) -> Phrase:
    """``phrase`` with the org of ``other``."""
    return replace(
        phrase,
        org=other.org,
        org_label=other.org_label,
        org_key=other.org_key,
        org_start=other.org_start,
        org_stop=other.org_stop,
    )


def joined(doc: Doc, left: Phrase, right: Phrase) -> bool:
    """Two phrases next to each other, or joined by a comma or "и" (at most one word apart)."""
    between = [t for t in doc[left.end : right.start] if not t.is_space]
    if len(between) > 1 or line_break_between(doc, left.end - 1, right.start):
        return False
    return not between or fold(between[0].text) in LIST_JOINERS


def post_of(role: str) -> str:
    """The post a role names, for matching a post mentioned again."""
    return SAME_POST.get(role, role)


def resolve_again(
    doc: Doc, attached: list[tuple[Phrase, Span | None]], ents: Entities
) -> list[tuple[Phrase, Span | None]]:
    """Give a phrase with no name the person who holds that post in the article."""
    holders: dict[str, dict[str, Phrase]] = {}
    counts = Counter(span._.key for span in doc.ents if span.label_ == "PER")
    spans_of: dict[str, Span] = {}
    for span in doc.ents:
        if span.label_ == "PER":
            spans_of.setdefault(span._.key, span)
    # places where a head post is held by someone named, anywhere in the article
    held_in: dict[str, set[str | None]] = {}
    for phrase, person in attached:
        if person is not None:
            held_in.setdefault(post_of(phrase.role), set()).add(phrase.org_key)
    result = []
    for phrase, person in attached:
        if person is not None:
            holders.setdefault(post_of(phrase.role), {}).setdefault(person._.key, phrase)
        elif not phrase.plural:
            post = post_of(phrase.role)
            held = {
                key: other
                for key, other in holders.get(post, {}).items()
                if (phrase.org is None or other.org == phrase.org)
                and (phrase.status == "former") == (other.status == "former")
            }
            if len(held) == 1:
                ((key, other),) = held.items()
                person = spans_of.get(key)
                phrase = replace(phrase, how="again")
                if phrase.org is None:
                    phrase = with_org(phrase, other)
            elif not held and post in HEAD_POSTS and phrase.org is None and counts:
                person, phrase = main_person(
                    doc, phrase, held_in.get(post, set()), holders, counts, spans_of
                )
                if person is not None:
                    holders.setdefault(post, {})[person._.key] = phrase
        result.append((phrase, person))
    return result


def main_person(
    doc: Doc,
    phrase: Phrase,
    taken: set[str | None],
    holders: dict[str, dict[str, Phrase]],
    counts: Counter[str],
    spans_of: dict[str, Span],
) -> tuple[Span | None, Phrase]:
    """The article's most mentioned person, for a head post nobody holds, with its country."""
    if case_of(doc[phrase.head]) != "Nom":
        return None, phrase
    (key, n), *rest = [*counts.most_common(2), ("", 0)]
    if n < 2 or (rest and rest[0][1] == n) or key in {k for h in holders.values() for k in h}:
        return None, phrase
    countries = Counter(
        span._.country.code
        for span in doc.spans.get("countries", [])
        if span._.country is not None and span._.country.code not in taken
    )
    if countries:
        code, _ = countries.most_common(1)[0]
        span = next(s for s in doc.spans["countries"] if s._.country and s._.country.code == code)
        phrase = replace(
            phrase, org=span._.country.name, org_label="COUNTRY", org_key=code,
            org_start=None, org_stop=None,
        )  # fmt: skip
    return spans_of[key], replace(phrase, how="main")


def find_roles(doc: Doc) -> list[tuple[Phrase, Span]]:
    """Every role phrase of a document with the person it belongs to."""
    ents = Entities.of(doc)
    if not ents.per:
        return []
    phrases = find_phrases(doc, ents)
    attached = resolve_again(doc, attach(doc, phrases, ents), ents)
    return [(phrase, person) for phrase, person in attached if person is not None]


def role_span(doc: Doc, phrase: Phrase, person: Span) -> Span:
    """The span of a role phrase carrying its :class:`Role` record."""
    span = doc[phrase.start : phrase.end]
    span.label_ = "ROLE"
    span._.role = Role(
        start=span.start_char,
        stop=span.end_char,
        text=span.text,
        key=person._.key or person.text,
        role=phrase.role,
        org=phrase.org,
        org_label=phrase.org_label,
        org_key=phrase.org_key,
        status=phrase.status,
        person_start=person.start_char,
        person_stop=person.end_char,
        org_start=phrase.org_start,
        org_stop=phrase.org_stop,
    )
    return span


class RoleFinder:
    """Posts held by people (see module docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[SPAN_KEY] = [role_span(doc, phrase, person) for phrase, person in find_roles(doc)]
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory(
    "ruextract_roles",
    default_config={},
    requires=["doc.ents", "token.pos", "token.morph", "token.lemma"],
    assigns=["doc.spans", "span._.role"],
)
def create_roles(nlp: Language, name: str) -> RoleFinder:
    """Posts held by people, with where and status (see module docstring)."""
    return RoleFinder()

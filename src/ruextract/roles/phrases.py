"""Role phrases: a role noun with its adjectives and genitive words, its place and status.

``find_phrases(doc, ents)`` gives every role phrase of a document (see the package docstring).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import spacy.symbols
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.tokens import Doc, Span, Token

from ruextract import models
from ruextract.morph import to_nominative
from ruextract.people.words import next_content, prev_content
from ruextract.roles.places import (
    CLOSING_QUOTES,
    COUNTRY_WORDS,
    DATIVE_PREPOSITION,
    OPENING_QUOTES,
    ORG_KINDS,
    PLACE_LABELS,
    QUOTES,
    SUPERIORS,
    chain_text,
    describing_places,
    held_at,
    host_org,
    last_country,
    last_place,
    named_before,
    parent_org,
    place_record,
    place_word,
    superior_chain,
)
from ruextract.roles.ranks import (
    ACTING_ADJECTIVES,
    POST_ADJECTIVES,
    ordinal,
    rank_word,
    ranked,
)
from ruextract.roles.words import (
    FORMER_PREFIX,
    MODIFIER_POS,
    NOMINAL_POS,
    abbreviations,
    case_of,
    compound_role,
    described_role,
    fold,
    head_lemma,
    hyphenated_lemma,
    is_plural,
    is_role_noun,
    line_break_between,
    no_post_ids,
    nominative,
    org_nouns,
    role_adjectives,
    role_nouns,
    two_posts,
)
from ruextract.views import sentence_ids

# numbers that take a singular genitive noun: "два эмира"
PAUCAL = frozenset({"два", "три", "четыре", "оба", "полтора"})


# an active participle's ending ("ведущий", "управляющий")
PARTICIPLE = "щий"

# STATUS
FORMER_WORDS = frozenset({"бывший", "экс", "прежний"})
ACTING_WORDS = frozenset({"врио", "вриo"})
ACTING_PARTICIPLES = ("исполняющ", "исполнявш")
DUTIES = frozenset({"обязанности", "обязанностей"})

MAX_COMPLEMENT = 8
MAX_QUOTED = 5  # words of a name in quotes inside a post's complement: "«Союз ТМА-08М»"
# participles used as posts that govern the instrumental: "управляющий Центральным банком"
INS_GOVERNORS = ("командующий", "управляющий", "заведующий", "руководящий")
TRAINING = frozenset({"образование", "профессия", "специальность", "призвание"})
PLACE_PREPOSITIONS = frozenset({"в", "во", "при", "от"})
ORIGIN = "из"  # "сенатор из Кентукки": a state post's place (not an occupation's origin)
# verbs of heading an org, and the post they give: "Лавров, который возглавляет МИД"
HEAD_VERBS = frozenset({"возглавлять", "возглавить"})
HEAD_ROLE = "глава"
VERB_ID = spacy.symbols.VERB
# kinds of an org's part: a name after one is the whole org ("управления ФСБ" -> "управление
# ФСБ", "инженерного департамента Google"), not the part's name ("компании Apple" -> Apple)
SUBDIVISIONS = frozenset({
    "департамент", "отдел", "управление", "аппарат", "служба", "комитет", "комиссия",
    "лаборатория", "отделение", "администрация", "министерство",
})  # fmt: skip
# works named after a post: where it is held is no org ("режиссёр картины")
WORK_KINDS = frozenset({"картина", "фильм", "лента", "сериал", "спектакль", "постановка"})
# posts a state gives, and its politics, space flights and forces: a national adjective before
# them names the state ("российский президент" -> Россия, "сербский политик", "японский
# космонавт"; NEREL train links these to the country); before an occupation it is the
# holder's nationality ("украинского бойца", "британская певица": no org), roles.md, "org"
STATE_POSTS = frozenset({
    "президент", "премьер", "премьер-министр", "министр", "замминистра", "канцлер", "посол",
    "дипломат", "консул", "глава", "лидер", "руководитель", "король", "королева", "монарх",
    "император", "императрица", "принц", "принцесса", "спикер", "депутат", "сенатор",
    "парламентарий", "губернатор", "мэр", "чиновник", "госсекретарь", "генпрокурор",
    "прокурор", "судья", "генерал", "военачальник", "главнокомандующий", "вице-президент",
    "вице-премьер", "представитель", "полпред", "постпред", "омбудсмен", "верховный",
    "космонавт", "астронавт", "военный", "военнослужащий", "разведчик",
    "шпион", "диктатор",
})  # fmt: skip
# NOT POSTS (data/gold/roles.md): academic degrees ("доктор филологических наук"), a part in a
# work with no org named ("соавтор сценария")
DEGREE_HEADS = frozenset({"доктор", "кандидат"})
DEGREE_FIELD = "наука"
WORK_PARTS = frozenset({"автор", "соавтор"})


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
    # an org's kind alone after the post ("директора театра"): the org when the article names
    # the holder's post nowhere else with its org (offsets: start, stop)
    kind: tuple[str, int, int] | None = None
    # the post with the words of an org's kind ("режиссер театра" for role "режиссер"): what a
    # post named again is matched by (``anaphora``)
    post: str | None = None


@dataclass
class Entities:
    """The mentions of a document indexed by token: PER, ORG/LOC and countries."""

    per: dict[int, Span]
    place: dict[int, Span]
    sent: list[int]
    per_counts: Counter[str] = field(default_factory=Counter)  # mentions of each person key
    # tokens whose lemma may say a holder left a post (``status.left_after``), read once
    leaving: tuple[int, ...] | None = None

    @classmethod
    def of(cls, doc: Doc) -> Entities:
        per: dict[int, Span] = {}
        place: dict[int, Span] = {}
        per_counts: Counter[str] = Counter()
        for ent in doc.ents:
            label = ent.label_
            if label == "PER":
                per_counts[ent._.key] += 1
            table = per if label == "PER" else place if label in PLACE_LABELS else None
            if table is not None:
                for i in range(ent.start, ent.end):
                    table[i] = ent
        for span in doc.spans.get("countries", []):
            for i in range(span.start, span.end):
                place[i] = span  # a nested country ("России" of "МИД России") is the place
        sent = sentence_ids(doc).tolist()  # the sentence number of each token, read at once
        return cls(per, place, sent, per_counts)


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
        if (
            lower == "."
            and token.i >= 3
            and fold(doc[token.i - 3 : token.i + 1].text).replace(" ", "") == "и.о."
        ):
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
        # a post's adjective capitalised at a sentence's start may be read as a name:
        # "Наследный принц"
        adjective = token.pos_ in ("ADJ", "DET") or (
            token.pos_ == "PROPN"
            and fold(token.lemma_) in role_adjectives()
            and (token.i == 0 or doc[token.i - 1].is_space or token.is_sent_start)
        )
        if not adjective or (head_case and case_of(token) != head_case):
            if lower in FORMER_WORDS:  # "экс" written apart
                status, start = "former", token.i
            break
        lemma = fold(token.lemma_)
        if lemma in FORMER_WORDS:
            status = "former"
        elif lemma in ACTING_ADJECTIVES:
            status = "acting" if status == "current" else status
        elif token.i in ents.place and ents.place[token.i].label_ == "COUNTRY":
            country = ents.place[token.i]
        elif token.i in ents.place:
            pass  # a place's adjective: where, not the post ("Калининградский министр")
        elif (
            lemma in role_adjectives()
            or lemma in POST_ADJECTIVES
            or (token.pos_ == "ADJ" and ranked(head) and ordinal(token))
            # a participle used as a post right before a post: "ведущий солист" (not before
            # other adjectives of its noun: "ведущий сербский политик")
            or (
                token.pos_ == "ADJ"
                and lemma in role_nouns()
                and lemma.endswith(PARTICIPLE)
                and (token.i + 1 == head.i or (kept and kept[0].i == token.i + 1))
            )
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
    quoted: set[int] = set()
    i = head.i + 1
    # a post's adjective after it: "Папа Римский"
    nxt = next_content(doc, i)
    if (
        nxt is not None
        and nxt.pos_ == "ADJ"
        and fold(nxt.lemma_) in role_adjectives()
        and case_of(nxt) == case_of(head)
        and nxt.i not in ents.per
        and not (nxt.i in ents.place and ents.place[nxt.i].end > nxt.i + 1)
    ):  # not a place's first word: "главы Калининградской области"
        taken.append(nxt)
        end = i = nxt.i + 1
    n_post = len(taken)
    while len(taken) < MAX_COMPLEMENT:
        token = next_content(doc, i)
        if token is None or token.i in ents.per or line_break_between(doc, end - 1, token.i):
            break
        if token.text in QUOTES:
            inner = next_content(doc, token.i + 1)
            while inner is not None and inner.text in QUOTES:
                inner = next_content(doc, inner.i + 1)  # ''Detroit Red Wings'': two apostrophes
            if token.text in OPENING_QUOTES and inner is not None and inner.i in ents.place:
                i = token.i + 1
                continue
            close = closing_quote(doc, token, ents)
            if close is not None and names_noun(doc, token, close, taken[-1] if taken else head):
                # a name in quotes that is no entity: "командира корабля «Союз ТМА-08М»"
                taken.extend(t for t in doc[token.i + 1 : close] if t.text not in QUOTES)
                quoted.update(range(token.i + 1, close))
                end = i = close + 1
                continue
            if taken and token.text in CLOSING_QUOTES:
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
            # "министр топлива и энергетики Норвегии", "министра связи и массовых коммуникаций
            # РФ" (adjectives of the noun may stand before it)
            nxt = next_content(doc, token.i + 1)
            skipped = 0
            while nxt is not None and nxt.pos_ == "ADJ" and case_of(nxt) == case_of(taken[-1]):
                nxt, skipped = next_content(doc, nxt.i + 1), skipped + 1
            if (
                nxt is not None
                and nxt.pos_ == "NOUN"
                and case_of(nxt) == case_of(taken[-1])
                and not (skipped and (is_role_noun(nxt) or fold(nxt.lemma_) in org_nouns()))
            ):  # not a second post or org: "… и первого замдиректора ФСБ", "… и городской думы"
                taken.append(token)
                i = token.i + 1
                continue
        if lower == ORIGIN and not taken:
            nxt = next_content(doc, token.i + 1)
            org = nxt is not None and nxt.i in ents.place and ents.place[nxt.i].label_ == "ORG"
            if nxt is not None and nxt.i in ents.place and (org or state_post(head_lemma(head))):
                # "сенатор из Кентукки": the state he represents; "математик из Кембриджского
                # университета": the org he works at (not a place of origin: "бизнесмен из
                # Кентукки")
                taken.append(token)
                i = token.i + 1
                continue
        if lower == DATIVE_PREPOSITION or lower in PLACE_PREPOSITIONS:
            nxt = next_content(doc, token.i + 1)
            while nxt is not None and nxt.text in OPENING_QUOTES and lower in PLACE_PREPOSITIONS:
                nxt = next_content(doc, nxt.i + 1)  # "депутат от «Справедливой России»"
            if nxt is not None and fold(nxt.lemma_) in TRAINING:
                break  # "врач по образованию": how one came to it, not the post's name
            if (
                nxt is not None
                and nxt.i not in ents.per
                and (
                    (lower == DATIVE_PREPOSITION and case_of(nxt) == "Dat")
                    or (
                        lower in PLACE_PREPOSITIONS
                        and nxt.i in ents.place
                        and (
                            taken
                            or ents.place[nxt.i].label_ == "ORG"
                            or state_post(head_lemma(head))
                        )
                    )  # a place an occupation is practised in is no org: "политик в Косово"
                )
            ):
                taken.append(token)
                i = token.i + 1
                continue
        if is_role_noun(token):
            name = next_content(doc, token.i + 1)
            if (
                name is not None
                and name.i in ents.per
                and case_of(token) in {case_of(t) for t in ents.per[name.i]}
            ):
                break  # "министром обороны страны адмирала Кармен Мелендес": the name's title
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
        len(taken) > n_post
        and taken[-1].pos_ not in NOMINAL_POS
        and taken[-1].i not in ents.place
        and taken[-1].i not in quoted
    ):
        taken.pop()
    if taken:
        end = taken[-1].i + 1
        after = next_content(doc, end)
        named = doc[end - 1].i in ents.place or doc[end - 1].i in quoted
        while named and after is not None and after.text in CLOSING_QUOTES:
            end = after.i + 1
            after = next_content(doc, end) if after.text == "'" else None
    else:
        end = head.i + 1
    return end, taken, n_post


def closing_quote(doc: Doc, opening: Token, ents: Entities) -> int | None:
    """The closing quote of a name in quotes that starts at ``opening`` (at most
    ``MAX_QUOTED`` words, capitalised, on one line, no person's name inside): "«Немагия»",
    "''Samsung''"; None when ``opening`` opens no name."""
    if opening.text not in OPENING_QUOTES or opening.whitespace_:
        return None  # an opening quote is written against the word after it
    if opening.i and not doc[opening.i - 1].whitespace_ and doc[opening.i - 1].text not in QUOTES:
        return None  # against the word before it: a closing one ("джамаата"")
    first = next_content(doc, opening.i + 1)
    while first is not None and first.text in QUOTES and first.text == opening.text:
        first = next_content(doc, first.i + 1)  # ''Samsung'': two apostrophes
    if first is None or not first.text[:1].isupper():
        return None
    for token in doc[first.i : first.i + MAX_QUOTED + 1]:
        if token.i in ents.per or "\n" in token.text_with_ws:
            return None
        if token.text in CLOSING_QUOTES and token.i > first.i:
            return token.i
    return None


def names_noun(doc: Doc, opening: Token, close: int, noun: Token) -> bool:
    """A name in quotes from ``opening`` to ``close`` names the noun before it: "видеоблога
    «Немагия»", "главы ''Samsung''" (its first word in the nominative, or in the noun's case,
    or of no case), not an object after it ("принёс режиссёру «Золотую пальмовую ветвь»")."""
    if noun.pos_ not in NOMINAL_POS:
        return False
    first = next(t for t in doc[opening.i + 1 : close] if t.text not in QUOTES)
    case = case_of(first)
    return case in (None, "Nom") or case == case_of(noun)


def counted(doc: Doc, start: int) -> bool:
    """A post after a number of two or more ("два эмира", "3 министра"): a singular genitive
    that names several people."""
    before = prev_content(doc, start - 1)
    if before is None or before.pos_ != "NUM":
        return False
    if before.text.isdigit():
        return int(before.text) > 1
    return fold(before.lemma_) in PAUCAL


def make_phrase(doc: Doc, head: Token, ents: Entities) -> Phrase:
    """The role phrase around the role noun ``head``."""
    start, status, adjectives, country = left_edge(doc, head, ents)
    end, complement, n_post = right_edge(doc, head, ents)
    head_word, gender = nominative(head)
    if "-" in head_word and head.pos_ == "NOUN":
        head_word = hyphenated_lemma(head_word)  # "пилота-инструктора": "пилот-инструктор"
    if head_word.startswith(FORMER_PREFIX):
        head_word = head_word[len(FORMER_PREFIX) :]
    lemma = head_lemma(head)
    head_word = abbreviations().get(lemma, abbreviations().get(fold(head.text), head_word))
    if (
        lemma not in role_nouns()
        and not compound_role(lemma)
        and described_role(head, lemma)
        and not two_posts(lemma)  # "врач-реаниматолог" stays whole
    ):
        head_word = head_word.partition("-")[0]  # "депутат-единоросс": the post is "депутат"
    words = [nominative(adj, gender)[0] for adj in adjectives] + [head_word]
    # the rank words ("главный", "первый") name the post the user reads; a post named again
    # is still matched without them ("главный тренер «Реала» … тренер")
    ranks = [words[n] for n, adj in enumerate(adjectives) if rank_word(adj)]
    words += [nominative(adj, gender)[0] for adj in complement[:n_post]]
    complement = complement[n_post:]
    described = describing_places(doc, complement, ents)
    # the words from the first run of adjectives with a describing place on describe the org,
    # not the post ("совета директоров крупной французской … компании Schneider Electric")
    described_from = min(described, default=len(doc))
    while described_from - 1 > head.i and doc[described_from - 1].pos_ == "ADJ":
        described_from -= 1
    complement = [t for t in complement if t.i not in described]
    org = org_label = org_key = None
    org_start = org_stop = None
    places = [n for n, token in enumerate(complement) if token.i in ents.place]
    inner = None
    kind = org_kind(complement, ents)
    kind_alone = None
    post = None
    if kind is not None:
        post = " ".join(words + kind_words(doc, complement, ents))
        org, org_label, org_key, org_start, org_stop = kind_org(doc, complement, places, ents)
        after_kind = complement[complement.index(kind) + 1 :]
        # "представителей администрации президента США Барака Обамы": the name is the inner
        # post's holder
        inner = next((t.i for t in after_kind if is_role_noun(t) and not is_plural(t)), None)
        if len(complement) == 1 and org is not None and fold(kind.lemma_) not in WORK_KINDS:
            kind_alone = (org, org_start, org_stop)  # "директора театра": named elsewhere?
            org = org_label = org_key = org_start = org_stop = None
            named = named_before(doc, kind, ents)
            if named is not None:  # "руководителем комитета" for the committee named before
                org, org_label, org_key = place_record(named)
                kind_alone = None
    deputy, _, superior = head_word.partition(" ")
    chain = superior_chain(complement, ents)
    if (
        deputy in role_nouns()
        and superior in SUPERIORS
        and len(words) == len(adjectives) + 1
        and held_at(chain, ents)
        and not is_role_noun(chain[0])
    ):
        # "замначальника отдела … «АРНИ»": the superior's post, held there, is the org
        post = " ".join(words)  # a post named again is matched by "заместитель начальника"
        words[-1] = deputy
        org = " ".join([SUPERIORS[superior], chain_text(doc, chain)])
        org_label, org_start = "ORG", chain[0].idx
        org_stop = chain[-1].idx + len(chain[-1].text)
        kind, complement = None, []
    for n, token in enumerate(complement if kind is None else ()):
        if token.i in ents.place:
            span = host_org(doc, complement[n:], ents) or ents.place[token.i]
            org, org_label, org_key = place_record(span)
            org_start, org_stop = span.start_char, span.end_char
            parent = parent_org(span, complement, ents)
            if parent is not None:  # "Медицинского центра Университета Рочестера"
                org = " ".join([org, doc[span.end : parent.end].text])
                org_label, org_key, org_stop = "ORG", None, parent.end_char
            break
        rest = superior_chain(complement[n + 1 :], ents)
        if is_role_noun(token) and not is_plural(token) and held_at(rest, ents):
            # a post held somewhere is where this post is held: "пресс-секретарь президента
            # России", "заместитель начальника управления стратегических разработок" (an
            # org's common noun after it); with neither after it, it is part of the post
            # ("заместитель министра регионального развития")
            org = " ".join([nominative(token)[0], chain_text(doc, rest)])
            org_label, org_start = "ORG", token.idx
            org_stop = rest[-1].idx + len(rest[-1].text)
            post = post or " ".join([*words, fold(token.text)])  # "заместитель начальника"
            inner = token.i
            break
        opening = doc[token.i - 1] if token.i else None
        close = closing_quote(doc, opening, ents) if opening is not None else None
        if close is not None and not places:
            # the name in quotes: "видеоблога «Немагия»"
            org, org_label = doc[token.i : close].text, "ORG"
            org_start, org_stop = token.idx, doc[close - 1].idx + len(doc[close - 1].text)
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
            if is_plural(token):  # an org keeps its number: "сил специального назначения"
                named = [
                    to_nominative(t.text, t.pos_, str(t.morph)).lower()
                    for t in complement[first : n + 1]
                ]
            org = " ".join(named + [t.text for t in complement[n + 1 :]])
            org_label, org_start = "ORG", group[0].idx
            org_stop = group[-1].idx + len(group[-1].text)
            break
        if token.i >= described_from:
            continue
        named_next = n + 1 < len(complement) and complement[n + 1].i in ents.place
        if named_next and place_word(token):
            continue  # the kind of the place named after it: "мэром города Камник"
        if not token.text[:1].isupper() and fold(token.text) not in PLACE_PREPOSITIONS | {ORIGIN}:
            # a preposition of place ("послом в России") belongs to the place, not the post
            words.append(fold(token.text))
    if org is None and country is not None and state_post(lemma):
        org, org_label, org_key = place_record(country)
        org_start, org_stop = country.start_char, country.end_char
    own = len(complement) > 1 and complement[-2].pos_ == "DET"  # "своей страны": his own
    if org is None and complement and fold(complement[-1].lemma_) in COUNTRY_WORDS and not own:
        # "президент страны", "министр науки и технологий страны": the country the text named
        # last
        named = last_country(doc, start, ents)
        if named is not None:
            org, org_label, org_key = place_record(named)
        if words[-1] == fold(complement[-1].text) and words != [HEAD_ROLE, words[-1]]:
            words.pop()  # a place, not the post, whether or not the text named it ("глава
            # страны" stays: the head of state said another way, as "глава государства")
    elif org is None and complement and words[-1] == fold(complement[-1].text):
        # "мэр города", "министр экономики области": a place named before, not the post
        if place_word(complement[-1]):
            words.pop()
        named = last_place(doc, start, complement[-1], ents)
        if named is not None:
            org, org_label, org_key = place_record(named)
    if ranks:
        matched = (post or " ".join(words)).split()
        for word in ranks:
            if word in matched:
                matched.remove(word)
        post = " ".join(matched)
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
        plural=is_plural(head) or counted(doc, start),
        inner=inner,
        kind=kind_alone,
        post=post,
    )


def state_post(lemma: str) -> bool:
    """A post a state gives ("президент", "вице-премьер"), which a national adjective places."""
    return lemma.rsplit("-", 1)[-1] in STATE_POSTS  # the word or its last part


def kind_words(doc: Doc, complement: list[Token], ents: Entities) -> list[str]:
    """The lower-case words of a complement up to a name: "театра" of "режиссёр театра
    «Ленком»"."""
    found = []
    for token in complement:
        before = doc[token.i - 1] if token.i else None
        quoted = before is not None and before.text in OPENING_QUOTES
        if token.i in ents.place or not token.text.islower() or quoted:
            break
        if fold(token.text) not in PLACE_PREPOSITIONS:
            found.append(fold(token.text))
    return found


def org_kind(complement: list[Token], ents: Entities) -> Token | None:
    """The common noun naming the kind of an org (or a work) that opens a post's complement,
    past its adjectives ("группы", "департамента", "контрольного комитета", "картины"), if
    it does (not inside a named org: "Центрального банка")."""
    n = 0
    while n < len(complement) - 1 and complement[n].pos_ == "ADJ":
        n += 1
    if not complement or any(t.i in ents.place for t in complement[: n + 1]):
        return None
    kind = complement[n]
    lemma = fold(kind.lemma_)
    if kind.pos_ != "NOUN" or (n and lemma in WORK_KINDS):
        return None
    return kind if lemma in ORG_KINDS or lemma in WORK_KINDS else None


OrgFields = tuple[str | None, str | None, str | None, int | None, int | None]


def kind_org(doc: Doc, complement: list[Token], places: list[int], ents: Entities) -> OrgFields:
    """Where a post is held when its complement opens with an org's kind: a named org right
    after it alone ("группы «СВ»" -> "СВ", "компании Schneider Electric"), else the kind with
    the words and place after it ("отдела оценки Росимущества" -> "отдел оценки
    Росимущества", ("департамента здравоохранения Москвы" -> "департамент
    здравоохранения Москвы", "института Пушкина" -> "институт Пушкина": a person's name is no
    org); a kind alone is the org as the text says it ("театра" -> "театр"), a work none."""
    kind = org_kind(complement, ents)
    if kind is None or fold(kind.lemma_) in WORK_KINDS:
        return None, None, None, None, None
    n = complement.index(kind)
    gender = nominative(kind)[1]
    named = [nominative(adj, gender)[0] for adj in complement[:n]] + [nominative(kind)[0]]
    first = complement[0]
    complement = complement[n:]
    places = [p - n for p in places]
    if places:
        span = ents.place[complement[places[0]].i]
        whole = fold(kind.lemma_) not in SUBDIVISIONS
        if (
            places[0] == 1
            and whole
            and span.label_ == "ORG"
            and its_name(span)
            and not personal(span)
        ):
            name, label, key = place_record(span)
            return name, label, key, span.start_char, span.end_char
        words = [t.text for t in complement[1 : places[0]]] + [span.text]
        return " ".join([*named, *words]), "ORG", None, first.idx, span.end_char
    after = next_content(doc, kind.i + 1)
    if len(complement) == 1 and after is not None and after.i in ents.per:
        name = ents.per[after.i]
        head_case = case_of(doc[kind.i - 1]) if kind.i else None
        if name.start == after.i and case_of(doc[name.end - 1]) == "Gen" != head_case:
            # "президент института Пушкина": the person the org is named for (a genitive name
            # after a genitive post is its holder: "директора музея Николая Буркова")
            org = " ".join([*named, name.text])
            return org, "ORG", None, first.idx, name.end_char
    if len(complement) > 1:
        opening = doc[complement[1].i - 1]
        close = closing_quote(doc, opening, ents)
        if close is not None:
            last = doc[close - 1]
            return (
                doc[opening.i + 1 : close].text,
                "ORG",
                None,
                opening.idx + 1,
                last.idx + len(last.text),
            )
        last = complement[-1]
        name = " ".join(named + [t.text for t in complement[1:]])
        return name, "ORG", None, first.idx, last.idx + len(last.text)
    # a kind alone or described: "художественный руководитель театра" -> "театр", "актёр
    # кукольного театра" -> "кукольный театр"
    return " ".join(named), "ORG", None, first.idx, kind.idx + len(kind.text)


def its_name(span: Span) -> bool:
    """An org mention after an org's kind that is the kind's name: in quotes, or written as a
    name (a capital first) and not in the genitive ("компании Schneider Electric", "группы
    «Кино»", "компании Apple"; not "комиссии Совета Федерации", whose kind is part of the
    named org, nor "столичного правительства", common words)."""
    first = span.text.lstrip()[:1]
    if first in QUOTES or (span.start and span.doc[span.start - 1].text in OPENING_QUOTES):
        return True
    if not first.isupper():
        return False
    # a word in Latin letters or an abbreviation shows no case (the tagger may read "Apple",
    # "группы СВ" as genitive)
    word = span[0].text
    shows_case = word[1:].islower() and any("а" <= c <= "я" for c in word.lower())
    return case_of(span[0]) != "Gen" or not shows_case


def personal(span: Span) -> bool:
    """An org mention whose words all read as people's names (pymorphy3's Surn, Name or Patr):
    "института Пушкина" (the tagger's ORG "Пушкина" is the person the institute is named for)."""
    words = [token.text for token in span if token.is_alpha]
    return bool(words) and all(_named(word) for word in words)


@lru_cache(maxsize=5_000)
def _named(word: str) -> bool:
    return any(
        {"Surn", "Name", "Patr"} & parse.tag.grammemes
        for parse in models.morph_analyzer().parse(word)
    )


def verb_phrase(doc: Doc, verb: Token, ents: Entities) -> Phrase | None:
    """ "возглавляет МИД": the post of head of the org the verb takes ("глава"); current, an
    imperfective past too ("возглавлял": a post narrated in the past is current,
    ``data/gold/roles.md``, "status"), unless the words around say it was left
    (:mod:`~ruextract.roles.status`)."""
    obj = next_content(doc, verb.i + 1)
    if obj is None or obj.i not in ents.place or line_break_between(doc, verb.i, obj.i):
        return None
    span = ents.place[obj.i]
    if span.start != obj.i:
        return None
    org, org_label, org_key = place_record(span)
    return Phrase(
        start=verb.i,
        end=span.end,
        head=verb.i,
        role=HEAD_ROLE,
        status="current",
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
    # the ids of each word, read at once: a word known to be no post (and no verb) is passed
    # over without building its token (most words of a text: the stage's cost)
    ids = doc.to_array([LEMMA, ORTH, POS, MORPH]).tolist()
    not_post = no_post_ids()  # what ``known_no_post`` reads, looked up with no call per word
    per = ents.per
    for i, key in enumerate(ids):
        if i <= covered or i in per:
            continue
        if key[2] != VERB_ID and not_post.get(tuple(key)) is True:
            continue
        token = doc[i]
        if token.is_space:
            continue
        if i in ents.place and ents.place[i].label_ != "COUNTRY" and not post_opens(doc, i, ents):
            continue  # "Администрации Президента" is an organisation
        if token.pos == VERB_ID and fold(token.lemma_) in HEAD_VERBS:
            phrase = verb_phrase(doc, token, ents)
            if phrase is not None:
                phrases.append(phrase)
                covered = phrase.end - 1
            continue
        if not is_role_noun(token):
            continue
        phrase = make_phrase(doc, token, ents)
        covered = phrase.end - 1
        if not no_post(doc, phrase):
            phrases.append(phrase)
    return phrases


def post_opens(doc: Doc, i: int, ents: Entities) -> bool:
    """A place span the tagger made of a post and a country ("Эмир Катара" read as LOC): it
    opens with an animate noun, at token ``i``, and a country follows it inside the span."""
    span = ents.place[i]
    token = doc[i]
    if i != span.start or token.pos_ != "NOUN" or token.morph.get("Animacy") != ["Anim"]:
        return False
    nxt = i + 1
    return nxt < span.end and nxt in ents.place and ents.place[nxt].label_ == "COUNTRY"


def no_post(doc: Doc, phrase: Phrase) -> bool:
    """A role phrase that names no post (``data/gold/roles.md``): an academic degree ("доктор
    филологических наук", "кандидата технических наук"), a part in a work where no org is
    named ("соавтором сценария"; not "соавтора видеоблога «Немагия»")."""
    head = fold(head_lemma(doc[phrase.head]))
    after = doc[phrase.head + 1 : phrase.end]
    if head in DEGREE_HEADS and any(fold(t.lemma_) == DEGREE_FIELD for t in after):
        return True
    if head in WORK_PARTS and phrase.org is None:
        return True
    return False

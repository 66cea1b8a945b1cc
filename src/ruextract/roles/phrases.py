"""Role phrases: a role noun with its adjectives and genitive words, its place and status.

``find_phrases(doc, ents)`` gives every role phrase of a document (see the package docstring);
``make_phrase`` builds one around its role noun from its parts: :mod:`~ruextract.roles.edges`
(where it starts and ends), :mod:`~ruextract.roles.quotes` (names in quotes in it) and
:mod:`~ruextract.roles.org_kinds` (an org's kind opening its complement, a state's posts).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import spacy.symbols
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

from ruextract.morph import to_nominative
from ruextract.roles.candidates import candidate_ids, candidate_phrase
from ruextract.roles.doc_columns import DocColumns, columns_of, next_content, read_columns
from ruextract.roles.edges import (
    ACTING_PARTICIPLES,
    ACTING_WORDS,
    counted,
    left_edge,
    right_edge,
    title_adjective,
)
from ruextract.roles.org_kinds import (
    ORIGIN,
    PLACE_PREPOSITIONS,
    WORK_KINDS,
    _named,
    kind_org,
    kind_words,
    org_kind,
    personal,
    state_post,
)
from ruextract.roles.places import (
    CLOSING_QUOTES,
    COUNTRY_WORDS,
    HOST_PREPOSITIONS,
    OPENING_QUOTES,
    PLACE_LABELS,
    QUOTES,
    SUPERIORS,
    chain_end,
    chain_text,
    country_led,
    describing_places,
    held_at,
    host_org,
    last_country,
    last_place,
    mention_words,
    named_before,
    parent_chain,
    parent_org,
    place_record,
    place_word,
    superior_chain,
)
from ruextract.roles.quotes import closing_quote
from ruextract.roles.ranks import POST_ADJECTIVES, rank_word
from ruextract.roles.span_values import span_value
from ruextract.roles.words import (
    FORMER_PREFIX,
    abbreviations,
    compound_role,
    described_role,
    fold,
    head_lemma,
    hyphenated_lemma,
    is_plural,
    is_role_noun,
    line_break_between,
    morph_values,
    no_post_ids,
    nominative,
    org_nouns,
    plainly_no_post_ids,
    role_nouns,
    two_posts,
)
from ruextract.views import sentence_ids
from ruextract.views import text as doc_text

# what other modules and tests read here (the parts live in edges, quotes and org_kinds)
__all__ = [
    "ACTING_PARTICIPLES",
    "ACTING_WORDS",
    "CLOSING_QUOTES",
    "OPENING_QUOTES",
    "POST_ADJECTIVES",
    "QUOTES",
    "Entities",
    "Phrase",
    "_named",
    "find_phrases",
    "make_phrase",
    "no_post",
    "org_kind",
    "personal",
    "place_record",
    "post_opens",
    "state_post",
    "verb_phrase",
]

# verbs of heading an org, and the post they give: "Лавров, который возглавляет МИД"
HEAD_VERBS = frozenset({"возглавлять", "возглавить"})
HEAD_ROLE = "глава"
VERB_ID = spacy.symbols.VERB
ADJ_ID, DET_ID, NOUN_ID = spacy.symbols.ADJ, spacy.symbols.DET, spacy.symbols.NOUN
# NOT POSTS (data/gold/roles.md): academic degrees ("доктор филологических наук"; "кандидат
# наук" is told from a candidate's post in ``candidates``), a part in a work with no org named
# ("соавтор сценария")
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
    # the ids of each token (``doc_columns``), read once per run: None where a caller builds
    # the mentions by hand (the rules then read the tokens)
    columns: DocColumns | None = None

    @classmethod
    def of(cls, doc: Doc) -> Entities:
        per: dict[int, Span] = {}
        place: dict[int, Span] = {}
        per_counts: Counter[str] = Counter()
        for ent in doc.ents:
            label = ent.label_
            if label == "PER":
                per_counts[span_value(ent, "key")] += 1
            table = per if label == "PER" else place if label in PLACE_LABELS else None
            if table is not None:
                for i in range(ent.start, ent.end):
                    table[i] = ent
        for span in doc.spans.get("countries", []):
            outer = place.get(span.start)
            if outer is not None and outer.start == span.start and outer.end > span.end:
                if country_led(mention_words(outer)):
                    continue  # an org named after its country: "Российской Федерации Северной
                    # ходьбы" (a federation), not Россия
            for i in range(span.start, span.end):
                place[i] = span  # a nested country ("России" of "МИД России") is the place
        sent = sentence_ids(doc).tolist()  # the sentence number of each token, read at once
        return cls(per, place, sent, per_counts, columns=read_columns(doc))


def make_phrase(doc: Doc, head: Token, ents: Entities) -> Phrase:
    """The role phrase around the role noun ``head`` (the words' spellings and parts of
    speech read from the document's columns)."""
    columns = ents.columns if ents.columns is not None else columns_of(doc)
    texts, pos = columns.texts, columns.pos
    start, status, adjectives, country = left_edge(doc, head, ents)
    end, complement, n_post = right_edge(doc, head, ents)
    head_word, gender = nominative(head)
    if "-" in head_word and head.pos_ == "NOUN":
        head_word = hyphenated_lemma(head_word)  # "пилота-инструктора": "пилот-инструктор"
    if head_word.startswith(FORMER_PREFIX):
        head_word = head_word[len(FORMER_PREFIX) :]
    lemma = head_lemma(head)
    head_word = abbreviations().get(lemma, abbreviations().get(fold(texts[head.i]), head_word))
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
    ranks = [
        words[n] for n, adj in enumerate(adjectives) if rank_word(adj) or title_adjective(adj, head)
    ]
    words += [nominative(adj, gender)[0] for adj in complement[:n_post]]
    complement = complement[n_post:]
    if complement and fold(texts[complement[0].i]) in HOST_PREPOSITIONS:
        if org_kind(complement[1:], ents) is not None:
            complement = complement[1:]  # "консультантом в министерстве обороны Мали"
    described = describing_places(doc, complement, ents)
    # the words from the first run of adjectives with a describing place on describe the org,
    # not the post ("совета директоров крупной французской … компании Schneider Electric")
    described_from = min(described, default=len(doc))
    while described_from - 1 > head.i and pos[described_from - 1] == ADJ_ID:
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
                org_stop = chain_end(doc, parent)
                org = " ".join([org, columns.text[doc[span.end].idx : org_stop]])
                org_label, org_key = "ORG", None
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
        text = texts[token.i]
        if text[:1].isupper() and not places:
            org, org_label = text, "ORG"
            org_start, org_stop = token.idx, token.idx + len(text)
            break
        if not places and fold(token.lemma_) in org_nouns() and pos[token.i] == NOUN_ID:
            # an org named by common words: "судья федерального апелляционного суда"
            first = n
            while first > 0 and pos[complement[first - 1].i] == ADJ_ID:
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
        if not text[:1].isupper() and fold(text) not in PLACE_PREPOSITIONS | {ORIGIN}:
            # a preposition of place ("послом в России") belongs to the place, not the post
            words.append(fold(text))
    if org is None and country is not None and state_post(lemma):
        org, org_label, org_key = place_record(country)
        org_start, org_stop = country.start_char, country.end_char
    own = len(complement) > 1 and pos[complement[-2].i] == DET_ID  # "своей страны": his own
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
    org_stop = span.end_char
    sent_end = obj.sent.end
    parent = parent_chain(span, lambda i: i < sent_end, ents)
    if parent is not None:  # "возглавляет пресс-службу Национальной футбольной лиги США"
        org_stop = chain_end(doc, parent)
        org = " ".join([org, doc_text(doc)[doc[span.end].idx : org_stop]])
        org_label, org_key, span = "ORG", None, doc[span.start : parent.end]
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
        org_stop=org_stop,
        by_verb=True,
    )


def find_phrases(doc: Doc, ents: Entities) -> list[Phrase]:
    """Every role phrase of a document, in text order (one per role noun outside names)."""
    phrases: list[Phrase] = []
    candidates = candidate_ids(doc)
    covered = -1
    # the ids of each word, read at once: a word known to be no post (and no verb) is passed
    # over without building its token (most words of a text: the stage's cost), and so is a
    # word first seen that its ids tell is plainly none (``plainly_no_post_ids``)
    read = ents.columns if ents.columns is not None else DocColumns(doc)
    columns = (read.lemma, read.orth, read.pos, read.morph)
    not_post = no_post_ids()  # what ``known_no_post`` reads, looked up with no call per word
    per = ents.per
    vocab = doc.vocab
    strings = vocab.strings
    for i, key in enumerate(zip(*columns, strict=True)):  # (lemma, orth, pos, morph) of i
        if i <= covered or i in per:
            continue
        if key[0] in candidates:
            phrase = candidate_phrase(doc, doc[i], ents, make_phrase)
            if phrase is not None:  # "кандидат в президенты"; else no post ("кандидат наук")
                phrases.append(phrase)
                covered = phrase.end - 1
            continue
        known = not_post.get(key)
        if known is None:
            known = plainly_no_post_ids(key, vocab)
        if known is True and (key[2] != VERB_ID or not head_verb(key[0], strings)):
            continue  # a verb known to be no post is built only when it may head an org
        token = doc[i]
        if token.is_space:
            continue
        if i in ents.place and ents.place[i].label_ != "COUNTRY" and not post_opens(doc, i, ents):
            continue  # "Администрации Президента" is an organisation
        if key[2] == VERB_ID and head_verb(key[0], strings):  # (``token.pos``, its lemma)
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


# whether a lemma (by its id) is one of ``HEAD_VERBS``: asked for every verb of a text
_HEAD_VERB_IDS: dict[int, bool] = {}


def head_verb(lemma: int, strings: StringStore) -> bool:
    """The lemma of id ``lemma`` is a verb of heading an org ("возглавлять"), as ``fold`` of
    the token's lemma reads it in ``find_phrases`` (asked by id: no token is built)."""
    found = _HEAD_VERB_IDS.get(lemma)
    if found is None:
        found = _HEAD_VERB_IDS[lemma] = fold(strings[lemma]) in HEAD_VERBS
    return found


def post_opens(doc: Doc, i: int, ents: Entities) -> bool:
    """A place span the tagger made of a post and a country ("Эмир Катара" read as LOC): it
    opens with an animate noun, at token ``i``, and a country follows it inside the span."""
    span = ents.place[i]
    token = doc[i]
    if i != span.start or token.pos_ != "NOUN" or morph_values(token, "Animacy") != ("Anim",):
        return False
    nxt = i + 1
    return nxt < span.end and nxt in ents.place and ents.place[nxt].label_ == "COUNTRY"


def no_post(doc: Doc, phrase: Phrase) -> bool:
    """A role phrase that names no post (``data/gold/roles.md``): an academic degree ("доктор
    филологических наук", "кандидата технических наук"), a part in a work where no org is
    named ("соавтором сценария"; not "соавтора видеоблога «Немагия»")."""
    head = fold(head_lemma(doc[phrase.head]))
    if head in DEGREE_HEADS and any(
        fold(doc[i].lemma_) == DEGREE_FIELD for i in range(phrase.head + 1, phrase.end)
    ):  # (the tokens after the head by index: no span built for every phrase)
        return True
    if head in WORK_PARTS and phrase.org is None:
        return True
    return False

"""The words of a row's post and org once its holder is known (session 11): the domain after
"по" ("советник президента по Интернету"), a genitive that names the post with its noun
("начальник штаба", "генерал армии"), a possessive ("глава своей администрации"), a place
adjective before an org's noun ("Директор ростовского цирка": org "ростовский цирк"), an org's
noun before a place ("армии Китая") and an org's noun alone for the org named before by it
("председатель совета": "Конституционный совет").

Pure functions over a :class:`~ruextract.roles.phrases.Phrase` and its tokens; applied by
:func:`~ruextract.roles.find_roles` to each row as it is written, so no rule that links a post
to its holder reads them.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ruextract import models, views
from ruextract.countries.aliases import lookup
from ruextract.morph import restore_case, to_nominative
from ruextract.people.words import prev_content
from ruextract.roles.edges import INS_GOVERNORS
from ruextract.roles.org_kinds import SUBDIVISIONS
from ruextract.roles.phrases import Entities, Phrase, place_record
from ruextract.roles.places import GENERIC_KINDS, QUOTES, at_place, named_before, outer_org
from ruextract.roles.span_values import span_value
from ruextract.roles.words import (
    NOMINAL_POS,
    case_of,
    fold,
    head_lemma,
    is_role_noun,
    nominative,
    org_nouns,
)

# "по" opens a post's domain: "уполномоченный по правам ребёнка", "докладчик ПАСЕ по правам
# ЛГБТ" (data/gold/roles.md: the domain stays in the role, past the org too; a capitalised
# word there is no org: "советник президента по Интернету")
DOMAIN = "по"
# a genitive common noun that with the post's noun names the post ("начальник штаба",
# "генерал армии", "глава правительства"): in NEREL train (session 11), right after that noun
# inside its PROFESSION span at least 3 times and at least as often as NEREL tags it an
# ORGANIZATION ("начальник штаба" 8 times, never an ORGANIZATION; "генерал армии" 3, never;
# "глава правительства" 6, and 6 an ORGANIZATION too; session 12: "спикер парламента" 6, 6;
# "председатель совета директоров" 8, 7; session 13: "председатель правительства" 6, 6); no
# org's kind of ``places.ORG_KINDS`` ("директор театра": the org). The post's lemma and the
# genitive's lemmas -> whether the noun alone stays the org as well (NEREL tags it so: "глава
# правительства" is held at "правительство"; "спикер парламента" and "председатель совета
# директоров" too, though the draw-12 gold gives "спикером парламента" no org: NEREL train's
# org accuracy drops by 4 without it, session 12); a place or org after them is the org ("Пост
# главы правительства Мали" -> Мали, "председатель Совета директоров «Башинформа»" ->
# Башинформ: data/gold/roles.md, "Decisions, session 11")
POST_GENITIVES = {
    ("начальник", "штаб"): False, ("генерал", "армия"): False,
    ("глава", "правительство"): True, ("председатель", "правительство"): True,
    ("спикер", "парламент"): True,
    ("председатель", "совет директор"): True,
}  # fmt: skip
# a head of state or government and the state's noun after a country's adjective: "глава
# белорусского государства" -> "глава государства", Белоруссия (the countries stage reads the
# adjective and the noun as the country; the gold's role keeps the noun, as "главы
# правительства Мали" -> "глава правительства", Мали)
STATE_HEADS = frozenset({
    ("глава", "государство"), ("глава", "правительство"), ("председатель", "правительство"),
})  # fmt: skip
# occupations that serve a person: a common noun's genitive after one names the client, no
# part of the post ("адвокат обвиняемого", "биограф знаменитого инженера"; NEREL train's
# PROFESSION spans of "адвокат" end on the noun, its client's genitive outside, as the gold's
# roles); "защитник" is a player's position too ("защитник «Зенита»"), so it is not here
CLIENT_POSTS = frozenset({"адвокат", "биограф", "телохранитель"})
# the relative pronoun whose antecedent is the org a post is held at: "руководителем которой"
RELATIVE = "который"
# a determiner before an org's noun says whose or which org, never the post's name: "глава
# своей администрации", "лидера этой партии"


def post_fields(doc: Doc, phrase: Phrase, ents: Entities) -> Phrase:
    """A row's role and org with the words of the post's name put right (module doc)."""
    if phrase.by_verb:
        return phrase
    phrase = own_words(doc, phrase)
    phrase = client_words(doc, phrase)
    phrase = state_noun(doc, phrase)
    phrase = named_with_genitive(doc, phrase, ents)
    phrase = with_domain(doc, phrase, ents)
    phrase = org_domain(doc, phrase, ents)
    phrase = org_before_place(doc, phrase, ents)
    phrase = commanded_org(doc, phrase, ents)
    phrase = joined_org(doc, phrase)
    phrase = superior_adjectives(doc, phrase)
    phrase = next_nouns_adjective(doc, phrase)
    phrase = referred_org(doc, phrase, ents)
    phrase = capitalised_kind(doc, phrase, ents)
    phrase = relative_org(doc, phrase, ents)
    return adjective_org(doc, phrase, ents)


def own_words(doc: Doc, phrase: Phrase) -> Phrase:
    """A role that ends on a determiner of the phrase, a possessive or a demonstrative, its noun
    taken for the org, without it ("нового главы своей администрации": "глава", not "глава
    своей"; "лидера этой партии": "лидер")."""
    if " " not in phrase.role:
        return phrase
    owned = {fold(t.text) for t in doc[phrase.head + 1 : phrase.end] if t.pos_ == "DET"}
    words = phrase.role.split()
    if len(words) < 2 or words[-1] not in owned:
        return phrase  # the determiner's noun went to the org: "глава своей" -> "глава"
    return replace(phrase, role=" ".join(words[:-1]))


def client_words(doc: Doc, phrase: Phrase) -> Phrase:
    """A post that serves a person (``CLIENT_POSTS``) without the genitive words after its noun,
    which name the client ("адвокат экс-руководителя", "биограф знаменитого инженера": role
    "адвокат", "биограф"); a domain stays ("адвокат по уголовным делам")."""
    words = phrase.role.split()
    if CLIENT_POSTS.isdisjoint(words):
        return phrase  # (the test below needs its noun among the words: none is a client's)
    noun = head_lemma(doc[phrase.head])
    if noun not in CLIENT_POSTS or noun not in words:
        return phrase
    at = words.index(noun) + 1
    if at == len(words) or words[at] == DOMAIN:
        return phrase
    return replace(phrase, role=" ".join(words[:at]))


def state_noun(doc: Doc, phrase: Phrase) -> Phrase:
    """A head of state or government whose country the phrase names by an adjective and the
    state's noun, the last word of the phrase (``STATE_HEADS``): the noun joins the role, the
    country stays the org ("Глава белорусского государства" -> "глава государства",
    Белоруссия; "Глава российского правительства" -> "глава правительства", Россия)."""
    if phrase.org_label != "COUNTRY" or phrase.org_start is None or " " in phrase.role:
        return phrase
    last = doc[phrase.end - 1]
    before = doc[last.i - 1]
    if last.i < phrase.head + 2 or before.pos_ != "ADJ" or case_of(last) != "Gen":
        return phrase  # an adjective at least between the post and the noun
    if (phrase.role, fold(last.lemma_)) not in STATE_HEADS:
        return phrase
    if not phrase.org_start <= before.idx < phrase.org_stop:
        return phrase  # the adjective names the country
    return replace(phrase, role=f"{phrase.role} {fold(last.text)}")


def named_with_genitive(doc: Doc, phrase: Phrase, ents: Entities) -> Phrase:
    """A post whose org opens with the genitive words right after its noun, the two a post's
    name (``POST_GENITIVES``): the words join the role; the org is none ("Начальником штаба"
    -> "начальник штаба"), or the place or org named right after them ("главы правительства
    Мали" -> "глава правительства", Мали; "Председатель Совета директоров «Башинформа»"), the
    words kept as the org only where NEREL keeps them ("Глава правительства" -> "правительство").
    A capitalised word alone or inside a longer mention is a named org ("Генерал Армии",
    "генерал Армии США"), and no place or org after it that the text names leaves the row as
    it is."""
    if phrase.org is None or phrase.plural:
        return phrase
    words = post_genitive(doc, phrase)
    if not words:
        return phrase
    role = " ".join([phrase.role, *(fold(t.text) for t in words)])
    rest = [t for t in doc[words[-1].i + 1 : phrase.end] if not t.is_space and t.text not in QUOTES]
    if not rest:
        if not all(t.text.islower() for t in words):
            return phrase
        if POST_GENITIVES[genitive_key(doc, words)]:
            return replace(phrase, role=role)
        return replace(
            phrase, role=role, org=None, org_label=None, org_key=None, org_start=None,
            org_stop=None,
        )  # fmt: skip
    if not all(t.text.islower() for t in words) and not own_mention(words, ents):
        return phrase  # "генерал Армии США": the army named, not the rank "генерал армии"
    named = named_after(doc, rest, ents)
    if named is None:
        return phrase
    org, label, key, start, stop = named
    return replace(
        phrase, role=role, org=org, org_label=label, org_key=key, org_start=start,
        org_stop=stop,
    )  # fmt: skip


def genitive_key(doc: Doc, words: list[Token]) -> tuple[str, str]:
    """The ``POST_GENITIVES`` key of a post's noun and the genitive words after it."""
    head = doc[words[0].i - 1]
    return head_lemma(head), " ".join(fold(t.lemma_) for t in words)


def post_genitive(doc: Doc, phrase: Phrase) -> list[Token]:
    """The singular genitive words right after the post's noun that name the post with it and
    open its org ("штаба", "Совета директоров"), or none."""
    first = phrase.head + 1
    if first >= phrase.end or doc[first].idx != phrase.org_start:
        return []
    for size in (2, 1):
        words = list(doc[first : min(first + size, phrase.end)])
        if len(words) < size or genitive_key(doc, words) not in POST_GENITIVES:
            continue
        opens = words[0]
        if case_of(opens) == "Gen" and "Plur" not in opens.morph.get("Number"):
            return words
    return []


def own_mention(words: list[Token], ents: Entities) -> bool:
    """The words are a place or org mention of their own, no more ("Совета директоров" before
    «Башинформа»; not "Армии" of "Армии США")."""
    span = ents.place.get(words[0].i)
    return span is not None and span.start == words[0].i and span.end == words[-1].i + 1


OrgFields = tuple[str, str, str | None, int, int]


def named_after(doc: Doc, rest: list[Token], ents: Entities) -> OrgFields | None:
    """The place or org the words ``rest`` name, all of them: a mention of their own
    ("«Башинформа»"), or a country's name inside a longer mention ("Мали" of "правительства
    Мали"); None when they name none."""
    last = rest[-1]
    span = ents.place.get(rest[0].i)
    if span is not None and span.start == rest[0].i and span.end - 1 >= last.i:
        if span.end - 1 == last.i:
            name, label, key = place_record(span)
            return name, label, key, span.start_char, span.end_char
    stop = last.idx + len(last.text)
    country = lookup(views.text(doc)[rest[0].idx : stop])
    if country is None:
        return None
    return country.name, "COUNTRY", country.code, rest[0].idx, stop


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` cut from ``views.text`` by the tokens' offsets (a span joins its
    tokens' texts anew: the same characters, its last token's white space left out)."""
    if end <= start:
        return ""
    starts, texts = views.token_starts(doc), views.token_texts(doc)
    return views.text(doc)[int(starts[start]) : int(starts[end - 1]) + len(texts[end - 1])]


def with_domain(doc: Doc, phrase: Phrase, ents: Entities) -> Phrase:
    """A post's domain after "по" that took a word of it for the org, a capitalised common
    noun or a country's adjective, keeps that word in the role, as written (lower case), and
    has no org ("советник президента по Интернету" -> "советник президента по интернету",
    "эксперт по американскому законодательству"); an org or place named there stays the org
    ("Директор по маркетингу сервисов Яндекса" -> Яндекс)."""
    if phrase.org_start is None or f" {DOMAIN} " not in span_text(doc, phrase.head, phrase.end):
        return phrase
    tokens = [t for t in doc[phrase.head + 1 : phrase.end] if not t.is_space]
    opens = next((n for n, t in enumerate(tokens) if fold(t.text) == DOMAIN), None)
    if opens is None or tokens[opens].idx > phrase.org_start:
        return phrase
    first = next((t for t in tokens[opens:] if t.idx == phrase.org_start), None)
    if first is None:
        return phrase
    span = ents.place.get(first.i)
    if span is not None and not (span_value(span, "country") is not None and first.pos_ == "ADJ"):
        return phrase  # a named org or place: "… сервисов Яндекса", "… в Госдуме"
    if span is None and not known_common_noun(first.text):
        return phrase  # a name the dictionary lacks: "директора по продукту Чикен"
    domain = [fold(t.text) for t in tokens[opens:] if not t.is_punct]
    words = phrase.role.split()
    # the words of the domain the role already ends with ("... по")
    shared = max((k for k in range(1, len(domain)) if words[-k:] == domain[:k]), default=0)
    return replace(
        phrase, role=" ".join(words[: len(words) - shared] + domain), org=None,
        org_label=None, org_key=None, org_start=None, org_stop=None,
    )  # fmt: skip


def org_domain(doc: Doc, phrase: Phrase, ents: Entities) -> Phrase:
    """The words after "по" that close a phrase past its org, in neither its role nor its org,
    are the org's when they name a branch's place ("Начальник ГУ МВД по Москве" -> "ГУ МВД по
    Москве") or the org is a body's part (``org_kinds.SUBDIVISIONS``) whose domain they name
    ("глава комитета Совета Федерации по конституционному законодательству" -> "комитет
    Совета Федерации по конституционному законодательству"), as written; not a post's domain
    after another org ("докладчик ПАСЕ по правам ЛГБТ": the post's, ``data/gold/roles.md``)."""
    if phrase.org_start is None or phrase.org_stop is None or DOMAIN in phrase.role.split():
        return phrase
    inside = [t for t in doc[phrase.head + 1 : phrase.end] if not t.is_space]
    after = [t for t in inside if t.idx >= phrase.org_stop]
    if len(after) < 2 or fold(after[0].text) != DOMAIN:
        return phrase
    org = (t for t in inside if phrase.org_start <= t.idx < phrase.org_stop)
    if after[1].i not in ents.place and not any(fold(t.lemma_) in SUBDIVISIONS for t in org):
        return phrase
    stop = after[-1].idx + len(after[-1].text)
    return replace(
        phrase, org=f"{phrase.org} {views.text(doc)[after[0].idx : stop]}", org_label="ORG",
        org_key=None, org_stop=stop,
    )  # fmt: skip


@lru_cache(maxsize=5_000)
def known_common_noun(word: str) -> bool:
    """pymorphy3's dictionary reads ``word`` as a common noun and as no name ("Интернету";
    not "Чикен", "Яндекса")."""
    parses = [p for p in models.morph_analyzer().parse(word) if p.is_known]
    proper = {"Geox", "Name", "Surn", "Patr", "Orgn", "Trad"}
    return bool(parses) and all(
        p.tag.POS == "NOUN" and not proper & p.tag.grammemes for p in parses
    )


def adjective_org(doc: Doc, phrase: Phrase, ents: Entities) -> Phrase:
    """A place mention all of adjectives taken as the org, with the noun after it that it
    agrees with, names an org by that noun: the adjectives and the words after them to the
    phrase's end, in the nominative ("Директор ростовского цирка" -> "ростовский цирк",
    "сотрудник парижской префектуры полиции" -> "парижская префектура полиции", past other
    adjectives of the noun: "николаевская десантная бригада"); not a place of its own ("мэр
    Москвы")."""
    if phrase.org_start is None or phrase.org_label != "LOC":
        return phrase
    first = next((t for t in doc[phrase.head + 1 : phrase.end] if t.idx == phrase.org_start), None)
    if first is None or first.i not in ents.place:
        return phrase
    span = ents.place[first.i]
    if not all(t.pos_ == "ADJ" for t in span) or span.end >= phrase.end:
        return phrase
    at = span.end
    while at + 1 < phrase.end and doc[at].pos_ == "ADJ" and case_of(doc[at]) == case_of(span[-1]):
        at += 1  # "николаевской десантной бригады": other adjectives of the noun
    noun = doc[at]
    if noun.pos_ not in NOMINAL_POS or case_of(noun) != case_of(span[-1]):
        return phrase
    if not noun.text.islower() or noun.morph.get("Number") != ["Sing"]:
        return phrase  # a plural names people, no org: "руководителя московских коммунистов"
    gender = nominative(noun)[1]
    named = [restore_case(adj.text, nominative(adj, gender)[0]) for adj in doc[span.start : at]]
    named.append(nominative(noun)[0])
    rest = [t.text for t in doc[at + 1 : phrase.end] if not t.is_space]
    last = doc[phrase.end - 1]
    return replace(
        phrase,
        org=" ".join(named + rest),
        org_label="ORG",
        org_key=None,
        org_stop=last.idx + len(last.text),
    )


def org_before_place(doc: Doc, phrase: Phrase, ents: Entities) -> Phrase:
    """A place taken as the org after an org's common noun left in the role: the noun, its
    adjectives and the place are the org and leave the role ("начальник генштаба армии Китая"
    -> role "начальник генштаба", org "армия Китая"; "Судья окружного суда Далласа" -> "судья",
    "окружной суд Далласа", as "департамент здравоохранения Москвы"); not a noun of the post's
    name ("начальник штаба …": ``POST_GENITIVES``), nor before a place's adjective ("армии
    боснийских сербов")."""
    if phrase.org_start is None or phrase.org_label not in ("COUNTRY", "LOC"):
        return phrase
    place = next((t for t in doc[phrase.head + 1 : phrase.end] if t.idx == phrase.org_start), None)
    if place is None or place.i - 1 <= phrase.head or place.i not in ents.place:
        return phrase
    span = ents.place[place.i]
    if all(t.pos_ == "ADJ" for t in span):
        return phrase
    noun = doc[place.i - 1]
    words = phrase.role.split()
    if noun.pos_ != "NOUN" or not noun.text.islower() or words[-1] != fold(noun.text):
        return phrase
    if fold(noun.lemma_) not in org_nouns() or case_of(noun) != "Gen":
        return phrase
    if (head_lemma(doc[phrase.head]), fold(noun.lemma_)) in POST_GENITIVES:
        return phrase
    first = noun.i
    while (
        first - 1 > phrase.head
        and doc[first - 1].pos_ == "ADJ"
        and case_of(doc[first - 1]) == "Gen"
        and len(words) - (noun.i - first) > 2
        and words[-1 - (noun.i - first + 1)] == fold(doc[first - 1].text)
    ):
        first -= 1  # "окружного суда"
    gender = nominative(noun)[1]
    named = [nominative(t, gender)[0] for t in doc[first : noun.i]] + [nominative(noun)[0]]
    if "Plur" in noun.morph.get("Number"):  # an org keeps its number: "военно-воздушных сил"
        named = [
            to_nominative(t.text, t.pos_, str(t.morph)).lower() for t in doc[first : noun.i + 1]
        ]
    return replace(
        phrase, role=" ".join(words[: len(words) - (noun.i - first + 1)]),
        org=" ".join([*named, views.text(doc)[place.idx : span.end_char]]), org_label="ORG",
        org_key=None, org_start=doc[first].idx, org_stop=span.end_char,
    )  # fmt: skip


def referred_org(doc: Doc, phrase: Phrase, ents: Entities) -> Phrase:
    """An org that is one common noun of the phrase alone ("председатель совета") is the one
    org the article names before by that noun, its first noun ("Конституционного совета",
    "Комитет информационных технологий"): that org's name, at the phrase's word."""
    if phrase.org_label != "ORG" or phrase.org_start is None or " " in (phrase.org or " "):
        return phrase
    token = next((t for t in doc[phrase.head + 1 : phrase.end] if t.idx == phrase.org_start), None)
    if token is None or token.pos_ != "NOUN" or not token.text.islower() or token.i in ents.place:
        return phrase
    lemma = fold(token.lemma_)
    found: dict[str, Span] = {}
    for span in doc.ents:  # a few dozen mentions, read only for a row with such an org
        if span.start >= phrase.start or span.label_ != "ORG":
            continue
        first = next((t for t in span if t.pos_ in NOMINAL_POS), None)
        if first is not None and fold(first.lemma_) == lemma and len(span) > 1:
            found.setdefault(place_record(span)[0], span)
    if len(found) != 1:
        return phrase
    return replace(phrase, org=next(iter(found)))


def capitalised_kind(doc: Doc, phrase: Phrase, ents: Entities) -> Phrase:
    """An org mention that is one capitalised generic kind inside a sentence ("главы
    Агентства", ``places.GENERIC_KINDS``) stands for the org the text named last in its
    sentence or the one before, as the kind in lower case does ("Секретариат МАГАТЭ в
    сообщении о смерти главы Агентства" -> МАГАТЭ)."""
    if phrase.org_label != "ORG" or phrase.org_start is None or " " in (phrase.org or " "):
        return phrase
    token = next((t for t in doc[phrase.head + 1 : phrase.end] if t.idx == phrase.org_start), None)
    if token is None or not token.text.istitle() or token.is_sent_start:
        return phrase
    span = ents.place.get(token.i)  # a mention of its own, or a capitalised word the
    # phrase took as a name
    if (span is not None and len(span) != 1) or fold(token.lemma_) not in GENERIC_KINDS:
        return phrase
    named = named_before(doc, token, ents)
    if named is None:
        return phrase
    org, label, key = place_record(named)
    return replace(phrase, org=org, org_label=label, org_key=key)


def relative_org(doc: Doc, phrase: Phrase, ents: Entities) -> Phrase:
    """A post with no org right before a genitive "которой"/"которого" that opens its clause
    after a comma is held at the org named right before that comma, past a bracket and a
    closing quote, when the org's kind noun before it (or its own first noun) agrees with the
    pronoun ("партия "Объединение за Мали" (RPM), руководителем которой он является" -> the
    party); not an org of another gender ("банк «Восток», руководителем которой").
    """
    relative = phrase.head + 1
    if phrase.org is not None or phrase.plural or relative >= len(doc):
        return phrase
    pronoun = doc[relative]
    if fold(pronoun.lemma_) != RELATIVE or case_of(pronoun) != "Gen":
        return phrase
    comma = prev_content(doc, phrase.start - 1)
    if comma is None or comma.text != ",":
        return phrase
    at = prev_content(doc, comma.i - 1)
    if at is not None and at.text == ")":  # "(Rassemblement pour le Mali, RPM)"
        opening = next((t for t in reversed(doc[at.sent.start : at.i]) if t.text == "("), None)
        at = prev_content(doc, opening.i - 1) if opening is not None else None
    while at is not None and at.text in QUOTES:
        at = prev_content(doc, at.i - 1)
    span = ents.place.get(at.i) if at is not None else None
    if span is not None:  # "Мали" of "Объединение за Мали": the org it is nested in
        span = outer_org(doc, span, at.i + 1)
    if span is None or span.end != at.i + 1 or span.label_ != "ORG":
        return phrase
    kind = prev_content(doc, span.start - 1)
    while kind is not None and kind.text in QUOTES:
        kind = prev_content(doc, kind.i - 1)
    if kind is None or kind.pos_ != "NOUN" or not kind.text.islower():
        kind = next((t for t in span if t.pos_ in NOMINAL_POS), None)
    if kind is None or not agrees(kind, pronoun):
        return phrase
    return at_place(phrase, span)


def agrees(noun: Token, pronoun: Token) -> bool:
    """A relative pronoun in the genitive agrees with its antecedent: the same number, and
    feminine for a feminine noun ("партия … которой"), else masculine or neuter, one form in
    the genitive ("движения … которого")."""
    if noun.morph.get("Number") != pronoun.morph.get("Number"):
        return False
    feminine = "Fem" in noun.morph.get("Gender")
    return feminine == ("Fem" in pronoun.morph.get("Gender"))


def commanded_org(doc: Doc, phrase: Phrase, ents: Entities) -> Phrase:
    """A post in the genitive that closes the role and governs an instrumental after the phrase
    ("командующего войсками", ``phrases.INS_GOVERNORS``), a place after that: the post, its
    instrumental and the place are the org, as a post held somewhere is ("первым заместителем
    командующего войсками Ленинградского военного округа" -> role "первый заместитель", org
    "командующий войсками Ленинградского военного округа"); not with no place after it."""
    if phrase.org is not None or phrase.end >= len(doc) or phrase.end - 1 <= phrase.head:
        return phrase
    post, words = doc[phrase.end - 1], phrase.role.split()
    if words[-1] != fold(post.text) or case_of(post) != "Gen":
        return phrase
    if not fold(post.lemma_).endswith(INS_GOVERNORS):
        return phrase
    ruled = doc[phrase.end]
    if ruled.pos_ != "NOUN" or case_of(ruled) != "Ins" or ruled.i + 1 >= len(doc):
        return phrase
    end = ruled.i + 1
    while end < len(doc) and end not in ents.place and doc[end].pos_ == "ADJ":
        end += 1  # "войсками Сибирского военного округа": the place's adjectives are its own
    span = ents.place.get(end)
    if span is None or span.start != end:
        return phrase
    return replace(
        phrase, role=" ".join(words[:-1]),
        org=" ".join([nominative(post)[0], views.text(doc)[ruled.idx : span.end_char]]),
        org_label="ORG", org_key=None, org_start=post.idx, org_stop=span.end_char,
    )  # fmt: skip


def joined_org(doc: Doc, phrase: Phrase) -> Phrase:
    """An org mention that the phrase goes on after with "и" and lower-case words of its
    genitive to the phrase's end: they are the org's name too ("вице-президент Союза издателей
    и распространителей печатной продукции" -> "Союз издателей и распространителей печатной
    продукции"); not a second post or name after "и"."""
    if phrase.org_label != "ORG" or phrase.org_stop is None or phrase.org is None:
        return phrase
    rest = [t for t in doc[phrase.head + 1 : phrase.end] if t.idx >= phrase.org_stop]
    if len(rest) < 2 or fold(rest[0].text) != "и":
        return phrase
    words = rest[1:]
    if not all(t.text.islower() and case_of(t) == "Gen" for t in words):
        return phrase
    if words[-1].pos_ != "NOUN" or any(t.pos_ not in ("NOUN", "ADJ") for t in words):
        return phrase
    stop = words[-1].idx + len(words[-1].text)
    tail = views.text(doc)[rest[0].idx : stop]
    return replace(phrase, org=f"{phrase.org} {tail}", org_stop=stop)


def superior_adjectives(doc: Doc, phrase: Phrase) -> Phrase:
    """The adjectives right before a post taken as the org are that post's and leave the role
    ("заместитель генерального прокурора РФ" -> role "заместитель", org "генеральный прокурор
    РФ"; "первый заместитель полномочного представителя Правительства РФ")."""
    if phrase.org_label != "ORG" or phrase.org_start is None or phrase.org is None:
        return phrase
    post = next((t for t in doc[phrase.head + 1 : phrase.end] if t.idx == phrase.org_start), None)
    if post is None or not post.text.islower() or not is_role_noun(post):
        return phrase
    first = post.i
    while (
        first - 1 > phrase.head
        and doc[first - 1].pos_ == "ADJ"
        and doc[first - 1].text.islower()
        and case_of(doc[first - 1]) == case_of(post)
    ):
        first -= 1
    words = phrase.role.split()
    taken = post.i - first
    if not taken or len(words) <= taken:
        return phrase
    gender = nominative(post)[1]
    named = [nominative(t, gender)[0] for t in doc[first : post.i]]
    written = [fold(t.text) for t in doc[first : post.i]]
    if words[-taken:] not in (named, written):  # "генеральный" or as written, "генерального"
        return phrase
    return replace(
        phrase, role=" ".join(words[:-taken]), org=" ".join([*named, phrase.org]),
        org_start=doc[first].idx,
    )  # fmt: skip


def next_nouns_adjective(doc: Doc, phrase: Phrase) -> Phrase:
    """An adjective right after the post's noun, taken as the post's own ("Папа Римский"), that
    a noun of its case and number follows modifies that noun and leaves the role
    ("исполняющий обязанности главы коптской церкви" -> "глава", not "глава коптский"; the
    org the noun alone gave takes it: "коптская церковь")."""
    nxt = phrase.head + 1
    if nxt + 1 >= len(doc) or doc[nxt].pos_ != "ADJ":
        return phrase
    adjective, noun = doc[nxt], doc[nxt + 1]
    if noun.pos_ != "NOUN" or case_of(noun) != case_of(adjective):
        return phrase
    if noun.morph.get("Number") != adjective.morph.get("Number"):
        return phrase
    words = phrase.role.split()
    head_word, gender = nominative(doc[phrase.head])
    position = len(words) - 1
    if position < len(head_word.split()) or words[position] != nominative(adjective, gender)[0]:
        return phrase
    phrase = replace(phrase, role=" ".join(words[:position]))
    kind, kind_gender = nominative(noun)
    if phrase.org_start != noun.idx or phrase.org != kind:
        return phrase
    # the noun alone was taken for the org: "церковь" -> "коптская церковь"
    org = f"{nominative(adjective, kind_gender)[0]} {kind}"
    return replace(phrase, org=org, org_start=adjective.idx)

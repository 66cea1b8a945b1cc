"""A candidate's post (a part of the ``ruextract_roles`` component): "кандидат в президенты",
"кандидата на пост мэра", "кандидатов на президентский пост" (``data/gold/roles.md``:
"кандидат в президенты" is a post held, role ``кандидат в президенты``; "кандидат наук" a
degree, none).

Reads the role phrases ``make_phrase`` builds (the post sought after "в" or "на пост" gives
the org) and the tokens' lemma, case and number; ``find_phrases`` asks it for each token whose
lemma is ``CANDIDATES``' (looked up by id: no other word costs a call).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ruextract import models
from ruextract.roles.places import at_place
from ruextract.roles.words import fold, is_plural, is_role_noun, nominative

if TYPE_CHECKING:
    from ruextract.roles.phrases import Entities, Phrase

CANDIDATES = frozenset({"кандидат", "кандидатка"})
# the post sought: "кандидат в президенты" (a plural accusative read as written)
INTO = frozenset({"в", "во"})
# "кандидат на пост мэра", "на должность губернатора"
POST_WORDS = frozenset({"пост", "должность"})
# posts won in elections, whose candidates hold a post: "кандидат на пост президента" is a
# "кандидат в президенты"; a post filled by appointment is only sought ("не единственный
# кандидат на пост главы ФБР": no post; NEREL train tags no "кандидат на пост" of these)
ELECTED = frozenset({"президент", "вице-президент", "мэр", "губернатор", "депутат", "сенатор"})
# an adjective naming the post sought: "кандидатов на президентский пост"
SOUGHT_ADJECTIVES = {"президентский": "президенты", "губернаторский": "губернаторы"}
# a party or org putting the candidate up: "кандидат в президенты от Республиканской партии"
FROM = "от"

Maker = Callable[[Doc, Token, "Entities"], "Phrase"]


def candidate_ids(doc: Doc) -> frozenset[int]:
    """The ids of the lemmas of a candidate's noun, as ``find_phrases`` reads a token's lemma
    ("Кандидату", "кандидатке")."""
    strings = doc.vocab.strings
    return frozenset(strings[word] for lemma in CANDIDATES for word in (lemma, lemma.title()))


def _word(doc: Doc, i: int) -> Token | None:
    """The token ``i`` when it is inside the document and no space."""
    while i < len(doc) and doc[i].is_space:
        i += 1
    return doc[i] if i < len(doc) else None


def plural_post(word: str) -> str:
    """A post's noun in the nominative plural, as "кандидат в ..." takes it ("президент" ->
    "президенты"; a word pymorphy3 cannot inflect stays)."""
    for parse in models.morph_analyzer().parse(word):
        if parse.tag.POS == "NOUN":
            plural = parse.inflect({"plur", "nomn"})
            if plural is not None:
                return plural.word
    return word


def sought(doc: Doc, head: Token) -> tuple[Token | None, str | None]:
    """The post a candidate's noun seeks: the role noun after "в" ("кандидат в президенты"),
    after "на пост"/"на должность" when it is won in elections (``ELECTED``: "кандидатке на
    пост президента"), with its plural; or the plural named by an adjective before "пост" ("на
    президентский пост": its token is "пост")."""
    first = _word(doc, head.i + 1)
    if first is None:
        return None, None
    word = fold(first.text)
    second = _word(doc, first.i + 1)
    if second is None:
        return None, None
    if word in INTO and second.pos_ == "NOUN" and is_plural(second) and is_role_noun(second):
        return second, fold(second.text)
    if word != "на":
        return None, None
    third = _word(doc, second.i + 1)
    if fold(second.lemma_) in POST_WORDS and third is not None and is_role_noun(third):
        word = nominative(third)[0]
        if is_plural(third) or word not in ELECTED:
            return None, None
        return third, plural_post(word)
    if third is not None and fold(third.lemma_) in POST_WORDS:
        plural = SOUGHT_ADJECTIVES.get(fold(second.lemma_))
        if plural is not None:
            return third, plural
    return None, None


def party(doc: Doc, post: Phrase, ents: Entities) -> Phrase | None:
    """The sought post's phrase with its org the party or org named right after "от" inside
    it ("в президенты США от Республиканской партии": Республиканская партия, not США, which
    the post's complement names first); None when no "от" there opens a named org."""
    for i in range(post.head + 1, post.end - 1):
        if fold(doc[i].text) != FROM:
            continue
        span = ents.place.get(i + 1)
        if span is None or span.start != i + 1 or span.label_ == "COUNTRY":
            return None
        return at_place(post, span)
    return None


def candidate_phrase(doc: Doc, head: Token, ents: Entities, make_phrase: Maker) -> Phrase | None:
    """The phrase of a candidate's noun (``head``) with the post sought: its role is "кандидат
    в" and the post's plural, its org the party after "от" in the post's phrase (``party``:
    "кандидата в президенты США от Республиканской партии") or else the sought post's
    ("кандидат в президенты Парагвая": Парагвай). None for a degree ("кандидат наук"), a post
    sought by no role noun ("кандидат на вступление в ЕС") and the noun alone or with its party
    only ("кандидат от ЛДПР", "этот кандидат": NEREL train tags none of them, measured in
    session 12)."""
    target, plural = sought(doc, head)
    if target is None or plural is None:
        return None
    own = make_phrase(doc, head, ents)
    post = make_phrase(doc, target, ents)
    # the sought post's genitive words ("в министры финансов"); none after an adjective's post
    rest = [] if fold(target.lemma_) in POST_WORDS else post.role.split()[1:]
    fields = party(doc, post, ents) or post
    return replace(
        own,
        end=max(post.end, own.end),
        role=" ".join([nominative(head)[0], "в", plural, *rest]),
        org=fields.org,
        org_label=fields.org_label,
        org_key=fields.org_key,
        org_start=fields.org_start,
        org_stop=fields.org_stop,
        plural=is_plural(head),
        inner=None,
        kind=None,
        post=None,
    )

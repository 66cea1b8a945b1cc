"""The kind of org a post's complement opens with, and the posts a state gives.

``org_kind`` finds the common noun naming an org's kind ("директора театра", "руководителя
департамента"), ``kind_org`` the org it gives, ``state_post`` the posts that a national
adjective places ("российский президент" -> Россия).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from ruextract import models
from ruextract.people.words import next_content
from ruextract.roles.places import OPENING_QUOTES, ORG_KINDS, QUOTES, place_record
from ruextract.roles.quotes import closing_quote
from ruextract.roles.words import case_of, fold, nominative

if TYPE_CHECKING:
    from ruextract.roles.phrases import Entities

PLACE_PREPOSITIONS = frozenset({"в", "во", "при", "от"})
ORIGIN = "из"  # "сенатор из Кентукки": a state post's place (not an occupation's origin)
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

"""Where a post is held: place and org mentions as records, the places a post's words refer
back to ("мэр города", "президент страны"), place adjectives that describe a named org, and a
deputy's superior's chain ("заместитель начальника управления …").

Used by :mod:`~ruextract.roles.phrases` (and re-exported there: ``place_record``, the quotes).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from ruextract.countries.aliases import lookup
from ruextract.roles.span_values import span_value
from ruextract.roles.words import (
    NOMINAL_POS,
    case_of,
    fold,
    is_role_noun,
    nominative,
    org_nouns,
)

if TYPE_CHECKING:
    from ruextract.roles.phrases import Entities, Phrase

# "президент страны": the country is the one the text named last
COUNTRY_WORDS = frozenset({"страна"})
# "мэр города", "губернатор области": the city or region the text named last
CITY_WORD = "город"
# ("министра финансов земли Гессен": the land named after it, data/gold/roles.md)
REGION_WORDS = frozenset({
    "область", "край", "округ", "район", "республика", "штат", "земля", "провинция", "графство",
    "кантон",
})  # fmt: skip
PLACE_KIND_WORDS = frozenset({"улица", "проспект", "площадь", "река", "море", "озеро", "остров"})
# the superior's post in a deputy's compound, in the genitive as spelt out, and its nominative
# ("замначальника": "заместитель начальника"): data/role_abbreviations.tsv
SUPERIORS = {
    "министра": "министр", "главы": "глава", "директора": "директор",
    "начальника": "начальник", "председателя": "председатель", "прокурора": "прокурор",
    "секретаря": "секретарь", "губернатора": "губернатор", "руководителя": "руководитель",
}  # fmt: skip
# prepositions before the org a post sent by a state is held at: "постпред России при ООН"
HOST_PREPOSITIONS = frozenset({"при", "в", "во"})
# adjectives of an org's time, no part of its name ("нового коалиционного правительства")
TIME_ADJECTIVES = frozenset({"новый", "предыдущий", "прежний", "бывший", "нынешний",
                             "действующий", "старый", "будущий"})  # fmt: skip
# a sentence's end a mention took in (not "!", a name's: "«Экозащита!»")
SENTENCE_POINTS = frozenset({".", ";"})
# quotes around names in a post's complement
QUOTES = frozenset("«»\"“”„'")
OPENING_QUOTES = frozenset("«\"„“'")
CLOSING_QUOTES = frozenset("»\"”“'")
# prepositions inside a post's name: "министр по делам ...", "посол Ирландии в США"
DATIVE_PREPOSITION = "по"
PLACE_LABELS = frozenset({"ORG", "LOC", "COUNTRY"})
# kinds that say nothing of an org but that it is one: alone after a post, they refer to the org
# named last ("директором компании" after "возглавляет «Металлоинвест»")
GENERIC_KINDS = frozenset({
    "компания", "ведомство", "организация", "корпорация", "холдинг", "концерн", "фирма",
    "предприятие", "агентство",
})  # fmt: skip
# common nouns naming the kind of an org right after a post: they name where it is held, not
# the post ("музыкант группы «СВ»", "глава департамента здравоохранения Москвы", "президент
# института Пушкина", "генеральный директор предприятия"): data/gold/roles.md, "role"; houses
# of worship too ("раввин синагоги", "имам мечети", "настоятель храма"; the draw-14 gold)
ORG_KINDS = frozenset({
    "группа", "коллектив", "ансамбль", "оркестр", "театр", "предприятие", "компания", "фирма",
    "корпорация", "концерн", "холдинг", "институт", "университет", "музей", "клуб",
    "департамент", "отдел", "управление", "аппарат", "округ", "ведомство", "агентство",
    "газета", "журнал", "телеканал", "радиостанция", "радио", "телекомпания", "банк", "фонд",
    "организация", "объединение", "служба", "центр", "лаборатория", "студия", "издательство",
    "завод", "фабрика", "комбинат", "больница", "школа", "комитет", "комиссия", "видеоблог",
    "блог", "партия", "администрация", "министерство", "движение", "инициатива", "команда",
    "церковь", "синагога", "храм", "собор", "мечеть", "монастырь", "епархия",
})  # fmt: skip


def place_record(span: Span) -> tuple[str, str, str | None]:
    """Normal name, label and key of an org, place or country mention, without a sentence's
    closing point the mention took in ("в Колумбийском университете." -> "Колумбийский
    университет")."""
    name, label, key = _place_record(span)
    if len(span) > 1 and span[-1].text in SENTENCE_POINTS:
        name = name.rstrip("".join(SENTENCE_POINTS) + " ")
    if label == "ORG":
        name = with_adjectives(span, name)
    return name, label, key


def with_adjectives(span: Span, name: str) -> str:
    """An org named by common words whose normal name lost the adjectives it opens with takes
    them back in the nominative ("контрольного комитета" -> "контрольный комитет", not
    "комитет"), but those of time ("нового коалиционного правительства" -> "коалиционное
    правительство"); a name that keeps them, or a proper name, as it is."""
    lead = []
    for token in span:
        if token.pos_ != "ADJ" or not token.text.islower():
            break
        lead.append(token)
    if not lead or len(lead) == len(span):
        return name
    noun = span[len(lead)]
    if noun.pos_ != "NOUN" or not noun.text.islower():
        return name
    gender = nominative(noun)[1]
    named = [nominative(t, gender)[0] for t in lead if fold(t.lemma_) not in TIME_ADJECTIVES]
    if not named or name.lower().startswith(named[0]):
        return name
    return " ".join([*named, name])


def _place_record(span: Span) -> tuple[str, str, str | None]:
    country = span_value(span, "country")
    # an org named after its country, whichever label the tagger gave it
    led = (country is not None or span.label_ == "LOC") and country_led(mention_words(span))
    if country is not None and not led:
        return country.name, "COUNTRY", country.code
    org = span._.org if span.has_extension("org") else None
    written = span.text.strip('«»"“” ')
    if org is not None and written.isupper() and written.isalpha():
        return written, "ORG", None  # an abbreviation as written: "главы МВД" -> "МВД"
    if org is not None:
        # the name as the text gives it, in the nominative ("депутат Госдумы РФ" -> "Госдума
        # РФ", not the body's official "Государственная дума": data/gold/roles.md, "org")
        return span_value(span, "normal") or org.name, "ORG", None
    label = span.label_ if span.label_ in PLACE_LABELS and not led else "ORG"
    return (
        span_value(span, "normal") or span.text.strip('«»"“” '),
        label,
        span_value(span, "key") if label == "COUNTRY" else None,
    )


@lru_cache(maxsize=5_000)
def country_led(words: tuple[tuple[str, str], ...]) -> bool:
    """A mention's words (text and part of speech) that begin with a country's name ending on
    a noun and go on to name more: an org named after its country ("Российской Федерации
    Северной ходьбы", a federation); not the country ("Российской Федерации", "Соединённых
    Штатов Америки"), nor a country's adjective before an org's name ("японский МИД")."""
    texts = [text for text, _ in words]
    if len(texts) < 2 or lookup(" ".join(texts)) is not None:
        return False
    return any(
        words[k - 1][1] in NOMINAL_POS and lookup(" ".join(texts[:k])) is not None
        for k in range(1, len(texts))
    )


def at_place(phrase: Phrase, place: Span) -> Phrase:
    """``phrase`` held at ``place``: its org fields set from the mention (``place_record``)."""
    org, label, key = place_record(place)
    return replace(
        phrase,
        org=org,
        org_label=label,
        org_key=key,
        org_start=place.start_char,
        org_stop=place.end_char,
    )


def mention_words(span: Span) -> tuple[tuple[str, str], ...]:
    """A mention's words as ``country_led`` reads them."""
    return tuple((t.text, t.pos_) for t in span)


def last_country(doc: Doc, i: int, ents: Entities) -> Span | None:
    """The country the text names most often before token ``i`` (of equals, the last):
    "страны" refers to the article's country ("президента страны Абду Рабу Мансура Хади" in
    an article on Yemen that names Saudi Arabia last)."""
    counts: dict[str, int] = {}
    last: dict[str, Span] = {}
    for j in range(i):
        span = ents.place.get(j)
        if span is not None and span.start == j and span_value(span, "country") is not None:
            code = span_value(span, "country").code
            counts[code] = counts.get(code, 0) + 1
            last[code] = span
    if not counts:
        return None
    best = max(counts.values())
    return max((span for code, span in last.items() if counts[code] == best), key=lambda s: s.start)


def place_word(word: Token) -> bool:
    """A singular genitive noun of a city's or region's kind ("города", "области")."""
    if fold(word.lemma_) not in REGION_WORDS | {CITY_WORD} or word.pos_ != "NOUN":
        return False
    return case_of(word) == "Gen" and "Plur" not in word.morph.get("Number")


def last_place(doc: Doc, i: int, word: Token, ents: Entities) -> Span | None:
    """The city or region a common noun after a post refers back to ("мэра города",
    "министр экономики области"): the one place the text names before token ``i`` (not a
    country) whose own words show that kind ("Калининградской области" for "области"; a
    city's name has no word of a region's kind); None when it names two such places or none,
    or for a word of no such kind (``place_word``)."""
    if not place_word(word):
        return None
    kind = fold(word.lemma_)
    found: dict[str, Span] = {}
    for j in range(i - 1, -1, -1):
        span = ents.place.get(j)
        if span is None or span.end - 1 != j or span.label_ != "LOC" or span_value(span, "country"):
            continue
        lemmas = {fold(t.lemma_) for t in span}
        if kind in lemmas or (kind == CITY_WORD and not lemmas & (REGION_WORDS | PLACE_KIND_WORDS)):
            found.setdefault(place_record(span)[0], span)
    return next(iter(found.values())) if len(found) == 1 else None


def describing_places(doc: Doc, complement: list[Token], ents: Entities) -> set[int]:
    """The place adjectives of a complement that describe the org named after them, not where
    the post is held ("тренер испанского клуба «Барселона»", "болельщик московского
    футбольного клуба «Спартак»", "капитан римской «Ромы»", "совета директоров крупной
    французской машиностроительной компании Schneider Electric"): a place mention all of
    adjectives followed, past other adjectives, by a named org or a noun and a named org, or a
    city's or region's by an org's kind."""
    found: set[int] = set()
    n = 0
    while n < len(complement):
        run: set[int] = set()
        while n < len(complement) and complement[n].pos_ == "ADJ":
            span = ents.place.get(complement[n].i)
            if span is not None and all(t.pos_ == "ADJ" for t in span):
                run.add(complement[n].i)
            n += 1
        if run and n < len(complement) and describes(doc, complement, n, run, ents):
            found |= run
        n += 1
    return found


def describes(doc: Doc, complement: list[Token], n: int, run: set[int], ents: Entities) -> bool:
    """The word at ``n`` after place adjectives ``run`` makes them describe an org."""
    after = complement[n]
    noun = after.pos_ == "NOUN"
    if named_org(doc, after, ents) or (
        noun and n + 1 < len(complement) and named_org(doc, complement[n + 1], ents)
    ):
        return True  # "Шведской академии", "испанского клуба «Барселона»"
    if place_word(after) and n + 1 < len(complement) and named_place(complement[n + 1], ents):
        return True  # "немецкой земли Гессен": the land is where, the state describes it
    # a state's adjective before common words names the state ("российского правительства",
    # "российского газового холдинга"), a city's or region's does not ("московского театра")
    local = all(span_value(ents.place[i], "country") is None for i in run)
    return noun and fold(after.lemma_) in ORG_KINDS and local


def named_place(token: Token, ents: Entities) -> bool:
    """``token`` opens a place mention that is no state and no org ("Гессен", "Калифорния")."""
    span = ents.place.get(token.i)
    return span is not None and span.start == token.i and span.label_ == "LOC"


def named_org(doc: Doc, token: Token, ents: Entities) -> bool:
    """``token`` opens a name in quotes or belongs to an org mention written as a name."""
    opening = doc[token.i - 1] if token.i else None
    if opening is not None and opening.text in OPENING_QUOTES:
        return True
    span = ents.place.get(token.i)
    return span is not None and span.label_ == "ORG" and span.text[:1].isupper()


def held_at(chain: list[Token], ents: Entities) -> bool:
    """A superior's chain that names where the superior's post is held: a place or org
    mention, or a common noun of an org ("управления", "отдела", "комиссии")."""
    return any(
        token.i in ents.place
        or (token.pos_ == "NOUN" and fold(token.lemma_) in org_nouns() | ORG_KINDS)
        for token in chain
    )


def superior_chain(complement: list[Token], ents: Entities) -> list[Token]:
    """The words of a superior's post and where it is held: through its first place and the
    genitive words after it ("управления стратегических разработок правительства
    Калининградской области", "президента в Северо-Западном федеральном округе"), up to a
    preposition or another post after the place ("губернатора Кемеровской области по
    промышленности": "по …" is the deputy's; "Правительства Российской Федерации
    Руководителя Аппарата …": a second post)."""
    chain: list[Token] = []
    placed = False
    for n, token in enumerate(complement):
        if token.i in ents.place:
            placed = True
        elif token.pos_ == "ADP":
            nxt = complement[n + 1] if n + 1 < len(complement) else None
            to_place = nxt is not None and nxt.i in ents.place
            if placed or not (fold(token.text) == DATIVE_PREPOSITION or to_place):
                break
        elif placed and is_role_noun(token):
            break
        chain.append(token)
    while chain and chain[-1].pos_ not in NOMINAL_POS and chain[-1].i not in ents.place:
        chain.pop()  # "ФСБ России и заместителя …": the chain ends on a noun
    return chain


def chain_text(doc: Doc, chain: list[Token]) -> str:
    """The words of a chain as written, with the quotes inside it and the one closing it."""
    end = chain[-1].i + 1
    if (
        end < len(doc)
        and doc[end].text in CLOSING_QUOTES
        and any(t.text in OPENING_QUOTES for t in doc[chain[0].i : end])
    ):
        end += 1
    return doc[chain[0].i : end].text


def named_before(doc: Doc, kind: Token, ents: Entities) -> Span | None:
    """The org a kind's common noun alone after a post refers back to ("руководителем
    комитета" for "Комитет информационных технологий", "президент клуба" for "клуб
    «Арарат»"): the one org the text names before it by that kind, opening its name or right
    before it; None when it names none or two. A generic kind (``GENERIC_KINDS``) the text names
    no org by refers to the last org named in its sentence or the one before ("возглавляет
    «Металлоинвест» … работал коммерческим директором компании", "назначил руководителем
    Федеральной службы … и.о. главы ведомства"; NEREL train links such a post to that org)."""
    lemma = fold(kind.lemma_)
    found: dict[str, Span] = {}
    last: Span | None = None
    for i in range(kind.i - 1, -1, -1):
        span = ents.place.get(i)
        if span is None or span.start != i or span.label_ != "ORG":
            continue
        last = last or span
        before = doc[i - 1] if i else None
        while before is not None and before.text in OPENING_QUOTES and before.i:
            before = doc[before.i - 1]
        if fold(span[0].lemma_) == lemma or (before is not None and fold(before.lemma_) == lemma):
            found.setdefault(place_record(span)[0], span)
    if found:
        return next(iter(found.values())) if len(found) == 1 else None
    if (
        lemma in GENERIC_KINDS
        and last is not None
        and ents.sent[kind.i] - ents.sent[last.start] <= 1
    ):
        return last
    return None


def share_coordinated(
    doc: Doc, attached: list[tuple[Phrase, Span | None]], ents: Entities
) -> list[tuple[Phrase, Span | None]]:
    """Two posts of one person joined by "и", the first with no complement and no place of its
    own (none, or one a list gave it from a post before it), are held where the second is
    ("экспертом и замначальника отдела … группы компаний «АРНИ»" -> АРНИ for "экспертом";
    "профессором и президентом Массачусетского технологического института"): the last org or
    place mention of the second phrase (the org it is nested in), else the second's org when
    it lies inside that phrase (not a person named after it: "критик Владимира Путина")."""
    order = sorted(range(len(attached)), key=lambda n: attached[n][0].start)
    result = list(attached)
    for a, b in pairwise(order):
        (first, holder), (second, other) = attached[a], attached[b]
        if holder is None or other is None or span_value(holder, "key") != span_value(other, "key"):
            continue
        if stacked(doc, first, second, other):
            # "командующий войсками Сибирского военного округа генерал-полковник Александр
            # Постников": a rank or title right after a post with a place is held there too
            result[b] = (
                replace(
                    second, org=first.org, org_label=first.org_label, org_key=first.org_key,
                    org_start=first.org_start, org_stop=first.org_stop,
                ),
                other,
            )  # fmt: skip
            continue
        shared = first.how == "list" and (
            first.org_start is None or first.org_start < doc[first.start].idx
        )  # the org a list gave it from a post before it
        if (first.org is not None and not shared) or first.end != first.head + 1:
            continue
        if second.org is None:
            continue
        between = [t for t in doc[first.end : second.start] if not t.is_space]
        if len(between) != 1 or fold(between[0].text) != "и":
            continue
        if case_of(doc[first.head]) != case_of(doc[second.head]):
            continue
        mentions = [ents.place[i] for i in range(second.start, second.end) if i in ents.place]
        inside = second.org_start is not None and doc[second.start].idx <= second.org_start
        inside = inside and second.org_stop <= doc[second.end - 1].idx + len(doc[second.end - 1])
        if mentions:
            last = outer_org(doc, mentions[-1], second.end)  # "фракции «Единой России»"
            org, label, key = place_record(last)
            where = (last.start_char, last.end_char)
        elif second.inner is None and inside:
            org, label, key, where = second.org, second.org_label, second.org_key, None
        else:
            continue  # a person as the org: "критик Владимира Путина"
        start, stop = where if where else (second.org_start, second.org_stop)
        result[a] = (
            replace(first, org=org, org_label=label, org_key=key, org_start=start, org_stop=stop),
            holder,
        )
    return result


def outer_org(doc: Doc, span: Span, end: int) -> Span:
    """The org mention (ending by token ``end``) a country or place mention is nested in
    ("России" of "«Единой России»"), else the mention itself."""
    for ent in doc.ents:
        if ent.label_ == "ORG" and ent.start <= span.start and span.end <= ent.end <= end:
            return ent
    return span


def stacked(doc: Doc, first: Phrase, second: Phrase, holder: Span) -> bool:
    """Two posts of one person side by side with nothing between (or a comma, when the second
    stands right before the name), the first with a place and the second with none nor a
    complement ("президент Азиатской федерации футбола шейх Салман", "Лидер группы
    «Ленинград», музыкант Сергей Шнуров")."""
    if first.org is None or second.org is not None or second.end != second.head + 1:
        return False
    if second.by_verb or first.by_verb:
        return False
    between = [token.text for token in doc[first.end : second.start] if not token.is_space]
    closing = [text for text in between if text in CLOSING_QUOTES]
    between = between[len(closing) :] if between[: len(closing)] == closing else between
    # past a comma only an org's ("Лидер группы «Ленинград», музыкант"), not a title's country
    # ("народная артистка СССР, оперная певица")
    comma = between == [","] and holder.start == second.end and first.org_label == "ORG"
    return not between or comma


def host_org(doc: Doc, complement: list[Token], ents: Entities) -> Span | None:
    """The org a state's or place's post is held at, named after "при" or "в" past the place
    that sends it ("постпред России при ООН" -> ООН, "руководитель фракции «Единая Россия» в
    Государственной Думе", "депутат от чешской компартии в Европарламенте"); not a second
    country or place ("посол Ирландии в США" -> Ирландия, ``data/gold/roles.md``)."""
    for n, token in enumerate(complement[1:], start=1):
        if fold(token.text) not in HOST_PREPOSITIONS or n + 1 >= len(complement):
            continue
        nxt = complement[n + 1]
        span = ents.place.get(nxt.i)
        if span is not None and span.start == nxt.i and span.label_ == "ORG":
            return outer_org(doc, span, len(doc))
    return None


def parent_org(span: Span, complement: list[Token], ents: Entities) -> Span | None:
    """The last of the place or org mentions that follow an org mention of a post's complement
    right after it, each the whole the one before belongs to: "Медицинского центра
    Университета Рочестера", "пресс-службы Святого престола", "координационного совета
    «Единой России»" (the org is the chain, as ``data/gold/roles.md`` writes "департамент
    здравоохранения Зеленограда"); None after a place or country ("мэр Москвы") or with no
    mention right after it."""
    inside = {token.i for token in complement}
    return parent_chain(span, lambda i: i in inside, ents)


def parent_chain(span: Span, within: Callable[[int], bool], ents: Entities) -> Span | None:
    """The last mention of the chain of place or org mentions right after the org mention
    ``span`` (past an opening quote: "совета «Единой России»"), each starting where the one
    before ends, at tokens ``within`` allows; None after a place or country or with none."""
    if span.label_ != "ORG" or span_value(span, "country") is not None:
        return None
    doc = span.doc
    parent = None
    while True:
        at = span.end
        if at < len(doc) and doc[at].text in OPENING_QUOTES and within(at + 1):
            at += 1
        nxt = ents.place.get(at)
        if not within(at) or nxt is None or nxt.start != at:
            break
        parent = span = nxt
    return parent


def chain_end(doc: Doc, parent: Span) -> int:
    """The character offset where a chain ending on the mention ``parent`` ends, past its
    closing quote ("«Единой России»")."""
    after = parent.end
    if after < len(doc) and doc[after].text in CLOSING_QUOTES:
        return doc[after].idx + len(doc[after].text)
    return parent.end_char

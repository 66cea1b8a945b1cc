"""The edges of a role phrase: its status and adjectives before the role noun
(``left_edge``), its genitive words and places after it (``right_edge``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import spacy.symbols
from spacy.tokens import Doc, Span, Token

from ruextract.people.words import next_content, prev_content
from ruextract.roles.doc_columns import columns_of
from ruextract.roles.org_kinds import ORIGIN, PLACE_PREPOSITIONS, state_post
from ruextract.roles.places import (
    CLOSING_QUOTES,
    DATIVE_PREPOSITION,
    HOST_PREPOSITIONS,
    OPENING_QUOTES,
    ORG_KINDS,
    QUOTES,
)
from ruextract.roles.quotes import closing_quote, names_noun
from ruextract.roles.ranks import ACTING_ADJECTIVES, POST_ADJECTIVES, ordinal, ranked
from ruextract.roles.words import (
    FORMER_PREFIX,
    case_of,
    fold,
    head_lemma,
    is_role_noun,
    line_break_between,
    morph_values,
    org_nouns,
    role_adjectives,
    role_nouns,
)

if TYPE_CHECKING:
    from ruextract.roles.phrases import Entities

# the ids ``token.pos`` reads for adjectives (and determiners) and names
ADJ_ID, PROPN_ID = spacy.symbols.ADJ, spacy.symbols.PROPN
ADJECTIVE_IDS = frozenset({ADJ_ID, spacy.symbols.DET})
NOUN_ID = spacy.symbols.NOUN
NOMINAL_IDS = frozenset({NOUN_ID, PROPN_ID})  # ``NOMINAL_POS``
# the words a complement takes (``NOMINAL_POS`` and ``MODIFIER_POS`` but numbers)
COMPLEMENT_IDS = frozenset({NOUN_ID, PROPN_ID, ADJ_ID, spacy.symbols.DET})
# numbers that take a singular genitive noun: "два эмира"
PAUCAL = frozenset({"два", "три", "четыре", "оба", "полтора"})


# an active participle's ending ("ведущий", "управляющий")
PARTICIPLE = "щий"

# STATUS ("отставной": retired, data/gold/roles.md "status"; draw 13's "отставной бригадный
# генерал" is former in the gold)
FORMER_WORDS = frozenset({"бывший", "экс", "прежний", "отставной"})
ACTING_WORDS = frozenset({"врио", "вриo"})
ACTING_ABBREVIATION = "и.о."
ACTING_PARTICIPLES = ("исполняющ", "исполнявш")
DUTIES = frozenset({"обязанности", "обязанностей"})

# adjectives of an honorary title's name, which NEREL tags no PROFESSION (so no NEREL-built
# list has them): "народный артист России" -> "народный артист" (data/gold/roles.md, "role"),
# before the nouns the state's honorary titles are named with ("заслуженный врач", "народный
# учитель", "народный депутат"; not "народная любимица")
TITLE_ADJECTIVES = ("народн", "заслуженн")  # stems: the tagger reads "заслуженная" as a verb's
TITLED = frozenset({
    "артист", "артистка", "художник", "художница", "учитель", "учительница", "врач",
    "тренер", "мастер", "юрист", "архитектор", "писатель", "строитель", "пилот", "лётчик",
    "летчик", "деятель", "депутат", "изобретатель", "работник",
})  # fmt: skip

# a quantifier right after a post opens a genitive that is no post's complement but the
# object of a noun before the post: "снятия с журналиста всех обвинений" (draw 12)
QUANTIFIERS = frozenset({"весь"})
# a genitive of degree right after a post says how high the holder stands, not the post's name
# nor where it is held: "чиновником самого высокого уровня" (draw 13), "дипломат высокого ранга"
# (not "класс": "представитель рабочего класса", "ученик пятого класса")
DEGREE_NOUNS = frozenset({"уровень", "ранг", "калибр", "масштаб"})

MAX_COMPLEMENT = 8
# participles used as posts that govern the instrumental: "управляющий Центральным банком"
INS_GOVERNORS = ("командующий", "управляющий", "заведующий", "руководящий")
TRAINING = frozenset({"образование", "профессия", "специальность", "призвание"})


def left_edge(doc: Doc, head: Token, ents: Entities) -> tuple[int, str, list[Token], Span | None]:
    """Where a role phrase starts: its status, post adjectives and a country adjective (the
    tokens' spellings and parts of speech read from the document's columns)."""
    columns = ents.columns if ents.columns is not None else columns_of(doc)
    texts, pos = columns.texts, columns.pos
    start = head.i
    status = "former" if fold(texts[start]).startswith(FORMER_PREFIX) else "current"
    kept: list[Token] = []
    country: Span | None = None
    head_case = case_of(head)
    i = head.i - 1
    while i >= 0:
        token = columns.prev_token(doc, i)
        if token is None or token.i in ents.per or line_break_between(doc, token.i, start):
            break
        lower = fold(texts[token.i])
        if lower in ACTING_WORDS:
            status, start = "acting", token.i
            break
        opens = acting_abbreviation(doc, token) if lower == "." else None  # (its dot only)
        if opens is not None:
            status, start = "acting", opens
            break
        if lower in DUTIES:
            before = columns.prev_token(doc, token.i - 1)
            if before is not None and fold(texts[before.i]).startswith(ACTING_PARTICIPLES):
                status, start = "acting", before.i
                earlier = columns.prev_token(doc, before.i - 1)
                if earlier is not None and fold(texts[earlier.i]) == "временно":
                    start = earlier.i
            break
        # a post's adjective capitalised at a sentence's start may be read as a name:
        # "Наследный принц"
        tag = pos[token.i]
        adjective = tag in ADJECTIVE_IDS or (
            tag == PROPN_ID
            and (fold(token.lemma_) in role_adjectives() or title_adjective(token, head))
            and (token.i == 0 or doc[token.i - 1].is_space or token.is_sent_start)
        )
        if not adjective or (
            head_case and case_of(token) != head_case and not named_part(token, head)
        ):
            if lower in FORMER_WORDS or (
                adjective and fold(token.lemma_) in FORMER_WORDS and same_case(token, head)
            ):  # "экс" written apart; "лишил сана бывшего кардинала" read in two cases
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
            or title_adjective(token, head)
            or (tag == ADJ_ID and ranked(head) and ordinal(token))
            # a participle used as a post right before a post: "ведущий солист" (not before
            # other adjectives of its noun: "ведущий сербский политик")
            or (
                tag == ADJ_ID
                and lemma in role_nouns()
                and lemma.endswith(PARTICIPLE)
                and (token.i + 1 == head.i or (kept and kept[0].i == token.i + 1))
            )
        ):
            kept.insert(0, token)
        start = token.i
        i = token.i - 1
    return start, status, kept, country


def named_part(word: Token, head: Token) -> bool:
    """An adjective of the post's name ("генеральный", "главный") that the tagger reads in the
    accusative of an animate genitive head, whose form it shares: "Ивана Петрова,
    генерального секретаря Osapp" (the adjective stays; other adjectives so read do not
    stretch the phrase)."""
    lemma = fold(word.lemma_)
    return same_case(word, head) and (lemma in role_adjectives() or lemma in POST_ADJECTIVES)


def title_adjective(word: Token, head: Token) -> bool:
    """``word`` names an honorary title with ``head``: "народный артист", "Заслуженная
    артистка" (``TITLE_ADJECTIVES`` before a noun of ``TITLED``)."""
    return fold(word.text).startswith(TITLE_ADJECTIVES) and head_lemma(head) in TITLED


def same_case(word: Token, head: Token) -> bool:
    """``word`` stands in ``head``'s case, or in the genitive where ``head`` is an animate
    accusative whose form is the genitive's (masculine or plural): "лишил сана бывшего
    кардинала" (the tagger may read the two apart)."""
    case, head_case = case_of(word), case_of(head)
    if case == head_case:
        return True
    if {case, head_case} != {"Acc", "Gen"} or "Anim" not in morph_values(head, "Animacy"):
        return False
    return "Masc" in morph_values(head, "Gender") or "Plur" in morph_values(head, "Number")


def acting_abbreviation(doc: Doc, dot: Token) -> int | None:
    """Where "и.о." ends at ``dot`` begins, its letters and dots read past any space between
    ("и.о.", "И. о.", "И.\xa0о.": a no-break space is a token of its own); None if it does not."""
    if dot.text != ".":
        return None
    words = [t for t in doc[max(0, dot.i - 6) : dot.i + 1] if not t.is_space][-4:]
    if len(words) < 4 or "".join(fold(t.text) for t in words) != ACTING_ABBREVIATION:
        return None
    return words[0].i


def right_edge(doc: Doc, head: Token, ents: Entities) -> tuple[int, list[Token], int]:
    """Where a role phrase ends: the genitive words (and places) after its head, and how many
    of them (0 or 1) are an adjective of the post that follows it ("Папа Римский"); the
    tokens' spellings and parts of speech read from the document's columns."""
    columns = ents.columns if ents.columns is not None else columns_of(doc)
    texts, pos = columns.texts, columns.pos
    end = head.i + 1
    taken: list[Token] = []
    governs_ins = fold(head.lemma_).endswith(INS_GOVERNORS)
    quoted: set[int] = set()
    i = head.i + 1
    # a post's adjective after it: "Папа Римский"
    nxt = columns.next_token(doc, i)
    if (
        nxt is not None
        and pos[nxt.i] == ADJ_ID
        and fold(nxt.lemma_) in role_adjectives()
        and case_of(nxt) == case_of(head)
        and nxt.i not in ents.per
        and not (nxt.i in ents.place and ents.place[nxt.i].end > nxt.i + 1)
    ):  # not a place's first word: "главы Калининградской области"
        taken.append(nxt)
        end = i = nxt.i + 1
    n_post = len(taken)
    while len(taken) < MAX_COMPLEMENT:
        token = columns.next_token(doc, i)
        if token is None or token.i in ents.per or line_break_between(doc, end - 1, token.i):
            break
        text = texts[token.i]
        if text in QUOTES:
            inner = columns.next_token(doc, token.i + 1)
            while inner is not None and texts[inner.i] in QUOTES:  # ''Detroit Red Wings''
                inner = columns.next_token(doc, inner.i + 1)  # (two apostrophes)
            if text in OPENING_QUOTES and inner is not None and inner.i in ents.place:
                i = token.i + 1
                continue
            close = closing_quote(doc, token, ents)
            if close is not None and names_noun(doc, token, close, taken[-1] if taken else head):
                # a name in quotes that is no entity: "командира корабля «Союз ТМА-08М»"
                taken.extend(t for t in doc[token.i + 1 : close] if t.text not in QUOTES)
                quoted.update(range(token.i + 1, close))
                end = i = close + 1
                continue
            if taken and text in CLOSING_QUOTES:
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
        lower = fold(text)
        if lower == "и" and taken and case_of(taken[-1]) in ("Gen", "Dat"):
            # "министр топлива и энергетики Норвегии", "министра связи и массовых коммуникаций
            # РФ" (adjectives of the noun may stand before it)
            nxt = columns.next_token(doc, token.i + 1)
            skipped = 0
            while nxt is not None and pos[nxt.i] == ADJ_ID and case_of(nxt) == case_of(taken[-1]):
                nxt, skipped = columns.next_token(doc, nxt.i + 1), skipped + 1
            if (
                nxt is not None
                and pos[nxt.i] == NOUN_ID
                and case_of(nxt) == case_of(taken[-1])
                and not (skipped and (is_role_noun(nxt) or fold(nxt.lemma_) in org_nouns()))
            ):  # not a second post or org: "… и первого замдиректора ФСБ", "… и городской думы"
                taken.append(token)
                i = token.i + 1
                continue
        if lower == ORIGIN and not taken:
            nxt = columns.next_token(doc, token.i + 1)
            org = nxt is not None and nxt.i in ents.place and ents.place[nxt.i].label_ == "ORG"
            if nxt is not None and nxt.i in ents.place and (org or state_post(head_lemma(head))):
                # "сенатор из Кентукки": the state he represents; "математик из Кембриджского
                # университета": the org he works at (not a place of origin: "бизнесмен из
                # Кентукки")
                taken.append(token)
                i = token.i + 1
                continue
        if lower == DATIVE_PREPOSITION or lower in PLACE_PREPOSITIONS:
            nxt = columns.next_token(doc, token.i + 1)
            while (
                nxt is not None and texts[nxt.i] in OPENING_QUOTES and lower in PLACE_PREPOSITIONS
            ):
                nxt = columns.next_token(doc, nxt.i + 1)  # "депутат от «Справедливой России»"
            if nxt is not None and fold(nxt.lemma_) in TRAINING:
                break  # "врач по образованию": how one came to it, not the post's name
            if not taken and lower in HOST_PREPOSITIONS and kind_chain(doc, nxt, ents):
                # "работал консультантом в министерстве обороны Мали": the org worked at
                taken.extend((token, nxt))
                end = i = nxt.i + 1
                continue
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
            name = columns.next_token(doc, token.i + 1)
            if (
                name is not None
                and name.i in ents.per
                and case_of(token) in {case_of(t) for t in ents.per[name.i]}
            ):
                break  # "министром обороны страны адмирала Кармен Мелендес": the name's title
        if not taken and fold(token.lemma_) in QUANTIFIERS:
            break  # "снятия с журналиста всех обвинений": the genitive is another noun's
        if not taken and of_degree(doc, token):
            break  # "чиновником самого высокого уровня"
        case = case_of(token)
        previous = taken[-1] if taken else None
        after_po = (
            previous is not None
            and case == "Dat"
            and any(fold(t.text) == DATIVE_PREPOSITION for t in taken)
        )
        wanted = case == "Gen" or (governs_ins and case == "Ins") or after_po
        if pos[token.i] in COMPLEMENT_IDS and wanted:
            taken.append(token)
            end = token.i + 1
            i = end
            continue
        break
    # a complement ends on a noun: "министра иностранных дел", not "... дел российского"
    while (
        len(taken) > n_post
        and pos[taken[-1].i] not in NOMINAL_IDS
        and taken[-1].i not in ents.place
        and taken[-1].i not in quoted
    ):
        taken.pop()
    if taken:
        end = taken[-1].i + 1
        after = columns.next_token(doc, end)
        named = doc[end - 1].i in ents.place or doc[end - 1].i in quoted
        while named and after is not None and after.text in CLOSING_QUOTES:
            end = after.i + 1
            after = columns.next_token(doc, end) if after.text == "'" else None
    else:
        end = head.i + 1
    return end, taken, n_post


def of_degree(doc: Doc, word: Token) -> bool:
    """``word`` opens a genitive of degree: its adjectives, then a noun of ``DEGREE_NOUNS`` in
    the genitive ("самого высокого уровня", "высокого ранга"; not "самого большого завода")."""
    token: Token | None = word
    while token is not None and token.pos_ in ("ADJ", "DET"):
        token = next_content(doc, token.i + 1)
    return (
        token is not None
        and token.pos_ == "NOUN"
        and fold(token.lemma_) in DEGREE_NOUNS
        and case_of(token) == "Gen"
    )


def kind_chain(doc: Doc, kind: Token | None, ents: Entities) -> bool:
    """After "в" a post is held at: ``kind`` is an org's common noun in the locative
    (``words.org_nouns``: "министерстве", "правительстве"), lower case, that genitive words
    lead from to a place or org mention ("в министерстве обороны Мали"); not a kind with no
    name after it ("учителем в школе"), nor past another org's kind ("фотографом в отделе
    журнала Time Out Melbourne"), nor across a sentence."""
    if kind is None or kind.pos_ != "NOUN" or not kind.text.islower() or case_of(kind) != "Loc":
        return False
    if fold(kind.lemma_) not in org_nouns():
        return False
    at = next_content(doc, kind.i + 1)
    while at is not None and at.i not in ents.place and at.i < kind.sent.end:
        if at.pos_ not in ("NOUN", "ADJ") or case_of(at) != "Gen" or not at.text.islower():
            return False
        if fold(at.lemma_) in ORG_KINDS:
            return False  # a second org's kind: "в отделе журнала Time Out" (session 9)
        at = next_content(doc, at.i + 1)
    return at is not None and at.i in ents.place and at.i < kind.sent.end


def counted(doc: Doc, start: int) -> bool:
    """A post after a number of two or more ("два эмира", "3 министра"): a singular genitive
    that names several people."""
    before = prev_content(doc, start - 1)
    if before is None or before.pos_ != "NUM":
        return False
    if before.text.isdigit():
        return int(before.text) > 1
    return fold(before.lemma_) in PAUCAL

"""Names ahead of a post: the first name after a post in its clause, past what may stand
between them (:func:`person_ahead`; ``linking.attach`` asks it), and the one name after "один
из" + a plural post (:func:`one_ahead`).

Between a nominative post and its name may stand descriptions of the same person ("спортсменка
из Южной Кореи Ким Ю На", "Председатель ..., 43-летний Евгений Шевчук"); between an oblique post
and its name only places and words about the holder (``OBLIQUE_STOPS``).

Session 13 (near13, posts in the holder's own sentence): a post whose genitive complement
names its own holder is held by the name right after that one, in the post's case
("пресс-секретарю экс-президента США Билла Клинтона Джо Локхарту", "советника президента
Владимира Путина Юрия Ушакова"); an oblique post reaches its name past a preposition's phrase
closed by a place, a title in quotes, a Latin-script name or the holder's age ("сенатора от
штата Вермонт Берни Сандерса", "бизнесмена с американским образованием 49-летнего Гасана
Хитто"; not past a post after the preposition, a comma or a bracket), and past a noun
pymorphy3 reads only as animate ("полному кавалеру ордена …"). Session 14 moved these
functions out of :mod:`~ruextract.roles.linking` (past 800 lines).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ruextract import models
from ruextract.roles.agreement import (
    AHEAD_WINDOW,
    SENTENCE_ENDS,
    declined_surname,
    ends_clause,
    man_in_oblique,
    name_cases,
    one_of,
    readable_in,
    verb_disowns,
)
from ruextract.roles.appositions import field_follows
from ruextract.roles.doc_columns import next_content, prev_content
from ruextract.roles.lists import (
    ANIMATE_OBJECT,
    complement_post,
    names_after,
    plural_verb_after,
)
from ruextract.roles.phrases import (
    CLOSING_QUOTES,
    OPENING_QUOTES,
    Entities,
    Phrase,
)
from ruextract.roles.words import (
    case_of,
    fold,
    is_role_noun,
    line_break_between,
    noun_readings,
)

# between an oblique post and its name only places and words about the holder may stand:
# "певца из Омска Егора Летова"; a noun or verb there takes the name as its own complement
OBLIQUE_STOPS = frozenset({"NOUN", "VERB", "AUX", "PRON", "DET"})

ACC_GEN = ("Acc", "Gen")  # an accusative post and the name the tagger reads as genitive


def coordinates_other(doc: Doc, joiner: Token, ents: Entities) -> bool:
    """An "и" that joins another person to a post: a name right after it ("Режиссёр и Рэнди
    Хиллер, директор по кастингу")."""
    nxt = next_content(doc, joiner.i + 1)
    return nxt is not None and nxt.i in ents.per


def person_ahead(doc: Doc, phrase: Phrase, ents: Entities, case: str | None = None) -> Span | None:
    """The first name after a nominative post in its clause, past descriptions of the same
    person ("спортсменка из Южной Кореи Ким Ю На", "Председатель ..., 43-летний Евгений
    Шевчук"): no finite verb, conjunction or pronoun between them. ``case`` stands for the
    head's (the case of "один" before a plural post, ``one_ahead``)."""
    if not name_ahead(phrase, ents):
        return None  # every name it gives stands after the post in its sentence
    head = doc[phrase.head]
    head_case = case or case_of(head)
    if head_case is None or phrase.by_verb:
        return None
    if phrase.plural:
        # a plural post is the post of a list of names: "учёные из США Джеймс Ротман, Рэнди
        # Шекман и Томас Зюдхоф"
        first = person_ahead(doc, replace(phrase, plural=False), ents)
        if first is not None and names_after(doc, first, ents):
            return first
        return one_ahead(doc, phrase, ents)
    sent = ents.sent[phrase.head]
    seen = 0
    described = False
    # a preposition's phrase after an oblique post ("сенатора от штата Вермонт"): the name
    # must then follow a name closing it (``named_before``), else it may be the phrase's own
    through_phrase = False
    bracket = False  # an opening bracket passed: "актёра (из фильма «Джанго» Франко Неро)"
    coordinated = False  # an "и" after the post: "Президент и первая леди Мишель Обама"
    # a genitive post's field in a preposition's phrase right after it: "лидера движения за
    # гражданские права Мартина Лютера Кинга" (its nouns describe the post, not the name)
    field = head_case == "Gen" and field_follows(doc, phrase)
    i = phrase.end
    while i < len(doc) and ents.sent[i] == sent and seen <= AHEAD_WINDOW:
        token = doc[i]
        if i in ents.per:
            span = ents.per[i]
            oblique = man_in_oblique(span) or declined_surname(span)
            name_case = "Gen" if oblique else case_of(doc[span.end - 1])
            if head_case == "Nom":
                if name_case in (None, "Nom"):
                    if coordinated and plural_verb_after(doc, span):
                        return None  # "Президент и первая леди Мишель Обама задержались"
                    return None if verb_disowns(doc, span) else span
                # a name in another case is a description's complement, the holder may follow
                # it ("сын Владимира Жириновского Игорь Лебедев"), but not after a comma: there
                # a new clause may open ("помощник Путина, Лебедев промолчал")
                nxt = next_content(doc, span.end)
                if nxt is not None and nxt.text == ",":
                    return None
                seen += len(span)
                i = span.end
                continue
            after = holder_past_complement(doc, span, head_case, ents)
            if after is not None:
                return after  # "пресс-секретарю экс-президента США Билла Клинтона Джо Локхарту"
            if through_phrase:
                # "опережает сенатора от штата Вермонт Берни Сандерса"; not "главы компании с
                # женой Сергея Петрова" (the wife's) nor past a comma after the title
                closed = named_before(doc, span, ents) and oblique_name(span, head_case)
                return span if closed else None
            if (described or field) and name_cases(span) != {head_case}:
                return None  # "директору завода Светланы Инякиной": the factory's
            # an accusative post's name is spelt as its genitive (the tagger reads it so):
            # "приговорил оппозиционного активиста 26-летнего Рашида Салеха аль-Энези"
            if name_case == head_case or (head_case, name_case) == ACC_GEN:
                return span
            # "освободить одного из боссов …, 78-летнего Франческо Бонура": a name the text
            # leaves undeclined after the holder's age, one of a group (``one_ahead``)
            return span if case is not None and aged_name(doc, span, head_case) else None
        if not token.is_space:
            seen += 1
            bracket = bracket or token.text == "("
            closing = title_end(doc, token) if head_case != "Nom" and not bracket else None
            if closing is not None:
                i = closing + 1  # "актера из сериала «Звёздный путь» Энтони Рэппа": a title
                continue
            if token.text == "," and head_case == "Nom":
                closing = place_clause_end(doc, token, ents)
                if closing is not None:
                    i = closing + 1  # "Руководитель пресс-службы «Новой газеты», где работала
                    continue  # Политковская, Надежда Прусенкова": the org's clause
            if ends_clause(token):
                return None
            if fold(token.text) == "и":
                if coordinates_other(doc, token, ents):
                    return None  # "Режиссёр и Рэнди Хиллер": another person
                coordinated = True
            if field and token.pos_ in ("NOUN", "ADP", "ADJ"):
                pass  # the words of the post's field
            elif head_case != "Nom" and i not in ents.place and token.pos_ in OBLIQUE_STOPS:
                if prepositional(doc, token) and not bracket and not is_role_noun(token):
                    # "сенатора от штата Вермонт": its place or field (not another post: "во
                    # главе с председателем отделения Республики Башкортостан Зухрой …")
                    through_phrase = True
                elif not describes_holder(doc, token, head_case):
                    return None  # "врача, лечившего Майкла Джексона": the name is another's
                described = True  # every word of the name must then be in the post's case
        i += 1
    return None


def name_ahead(phrase: Phrase, ents: Entities) -> bool:
    """A PER mention's word stands after a phrase in its sentence: ``person_ahead`` walks no
    further and gives only such a name (or one right after it), so without one it gives none
    (read from the token indices alone: no ``Token`` per word)."""
    per, sents = ents.per, ents.sent
    sent, i, n = sents[phrase.head], phrase.end, len(sents)
    while i < n and sents[i] == sent:
        if i in per:
            return True
        i += 1
    return False


def one_ahead(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """The one name after a plural post after "один из", in the case of "один" ("один из самых
    титулованных в мире борцов Александр Карелин"); after "одного из" only a name that cannot
    be the post's genitive complement (``named_before``: "… 78-летнего Ивана Петрова"), not
    "одного из адвокатов Ивана Петрова" (his lawyer); not past a bracket (examples of the
    group: "(например — …)")."""
    case = one_case(doc, phrase)
    if case is None or doc[phrase.head].pos_ != "NOUN":
        return None  # "один из ведущих управляющих корпорации": an adjective of the next word
    name = person_ahead(doc, replace(phrase, plural=False), ents, case)
    if name is None or (case in ANIMATE_OBJECT and not named_before(doc, name, ents)):
        return None
    if any(t.text == "(" for t in doc[phrase.end : name.start]):
        return None  # "Один из … футболистов, забивавших голы … (например — Иван Петров, …)"
    return name


def one_case(doc: Doc, phrase: Phrase) -> str | None:
    """The case of "один" before a plural post after "один из" (``one_of``); None for any other
    post."""
    for case in ("Nom", "Gen", "Dat", "Acc", "Ins", "Loc"):
        if one_of(doc, phrase, case):
            return case
    return None


TITLE_REACH = 5  # words of a title in quotes: "«Звёздный путь»", "«Мисс Россия-96»"


def title_end(doc: Doc, token: Token) -> int | None:
    """The closing quote of a title in quotes that ``token`` opens after a noun ("из сериала
    «Звёздный путь»", "финалисткой конкурса красоты «Мисс Россия-96»"), its first word
    capitalised, at most ``TITLE_REACH`` words; None for any other word ("командира корабля
    «союз»")."""
    before = prev_content(doc, token.i - 1)
    if token.text not in OPENING_QUOTES or before is None or before.pos_ != "NOUN":
        return None
    first = next_content(doc, token.i + 1)
    if first is None or not first.text[:1].isupper():
        return None
    for j in range(token.i + 1, min(len(doc), token.i + TITLE_REACH + 2)):
        if doc[j].text in CLOSING_QUOTES:
            return j
        if doc[j].text in SENTENCE_ENDS:
            return None
    return None


def prepositional(doc: Doc, token: Token) -> bool:
    """A noun that a preposition governs, past its adjectives ("от штата", "из сериала", "с
    американским образованием"): a description of the post, no verb's or noun's own word."""
    if token.pos_ != "NOUN":
        return False
    before = prev_content(doc, token.i - 1)
    while before is not None and before.pos_ == "ADJ":
        before = prev_content(doc, before.i - 1)
    return before is not None and before.pos_ == "ADP"


# an age written as an adjective ("47-летний", "90-летняя"); here the holder's, opening the noun
# phrase of the name: "49-летнего Гасана Хитто"
AGE = re.compile(r"^\d+-летн")


def named_before(doc: Doc, name: Span, ents: Entities) -> bool:
    """The word right before a name ends a place's or an org's name, a title in quotes or a
    word in Latin script ("штата Вермонт", "сериала «Звёздный путь»", "рок-группы Good
    Charlotte"), or is the name's age ("с американским образованием 49-летнего Гасана
    Хитто"): the name cannot be the complement of the words before it."""
    before = prev_content(doc, name.start - 1)
    if before is None:
        return False
    return (
        before.i in ents.place
        or before.text in CLOSING_QUOTES
        or (before.is_alpha and before.text.isascii())
        or AGE.match(before.text) is not None
    )


def aged_name(doc: Doc, name: Span, case: str) -> bool:
    """A name right after the holder's age ("78-летнего") that may stand in an oblique post's
    ``case`` (``oblique_name``), whatever case the tagger reads: the age shows the case a
    foreign name in "-а" or "-о" may not."""
    before = prev_content(doc, name.start - 1)
    return before is not None and AGE.match(before.text) is not None and oblique_name(name, case)


def oblique_name(name: Span, case: str) -> bool:
    """A name that may stand in an oblique post's ``case``: read or spelt so, or read as the
    genitive for an accusative post (a person's accusative is spelt as the genitive)."""
    return readable_in(name, case) or (case == "Acc" and "Gen" in name_cases(name))


# cases an oblique post shows apart from the genitive of its complement's name
VISIBLE_CASES = frozenset({"Dat", "Ins", "Loc"})


def holder_past_complement(doc: Doc, name: Span, head_case: str, ents: Entities) -> Span | None:
    """The name right after ``name`` when ``name`` is a genitive complement of a dative,
    instrumental or locative post and the next name may be in the post's case: the holder
    ("пресс-секретарю экс-президента США Билла Клинтона Джо Локхарту", "с советником
    министра Ивана Петрова Олегом Смирновым"); None when the next name cannot be in that case
    ("помощнику министра Ивана Петрова Олега Смирнова") or ``name`` itself may be. An
    accusative or genitive post, whose holder's name reads as the genitive, takes it only when
    ``name`` holds the post right before it ("поблагодарил помощника министра Ивана Петрова
    Олега Смирнова": Петров is the minister)."""
    if head_case in ANIMATE_OBJECT:
        before = prev_content(doc, name.start - 1)
        if before is None or before.i != name.start - 1 or not is_role_noun(before):
            return None
    elif head_case not in VISIBLE_CASES or (
        readable_in(name, head_case) and not complement_holder(doc, name)
    ):
        return None
    if "Gen" not in name_cases(name) and not man_in_oblique(name):
        return None
    token = next_content(doc, name.end)
    if token is None or token.i not in ents.per or line_break_between(doc, name.end - 1, token.i):
        return None
    second = ents.per[token.i]
    if second.start != token.i or second._.key == name._.key:
        return None
    return second if oblique_name(second, head_case) else None


def complement_holder(doc: Doc, name: Span) -> bool:
    """A name right after a genitive role noun that may be genitive itself: the holder of that
    complement post, whatever other case its spelling allows ("пресс-секретарю министра Марии
    Ивановой": a woman's genitive is spelt as her dative)."""
    before = prev_content(doc, name.start - 1)
    return (
        before is not None
        and before.i == name.start - 1
        and is_role_noun(before)
        and case_of(before) == "Gen"
        and "Gen" in name_cases(name)
    )


def after_complement(
    doc: Doc, phrase: Phrase, complement: Phrase, holder: Span, ents: Entities
) -> Span | None:
    """The holder of a post whose complement, the post right after it, is held by ``holder``,
    named right after the complement: the name right after ``holder`` in the post's case
    (``holder_past_complement``); None when the next phrase is no complement of this one."""
    if complement.start != phrase.end or not complement_post(doc, complement):
        return None
    if holder.start != complement.end:
        return None
    case = case_of(doc[phrase.head])
    return holder_past_complement(doc, holder, case, ents) if case is not None else None


# words that open a clause about a place: "где работала Политковская", "куда он перешёл"
PLACE_RELATIVES = frozenset({"где", "куда", "откуда"})


def place_clause_end(doc: Doc, comma: Token, ents: Entities) -> int | None:
    """The comma that closes a clause about the place of a post which opens after ``comma``
    with "где", "куда" or "откуда" ("«Новой газеты», где работала Политковская,"), in the
    sentence; None when no such clause opens there."""
    opener = next_content(doc, comma.i + 1)
    if opener is None or fold(opener.text) not in PLACE_RELATIVES:
        return None
    sent = ents.sent[comma.i]
    i = opener.i + 1
    while i < len(doc) and ents.sent[i] == sent and doc[i].text not in SENTENCE_ENDS:
        if doc[i].text == ",":
            return i
        i += 1
    return None


def describes_holder(doc: Doc, token: Token, head_case: str) -> bool:
    """A noun between an oblique post (not a genitive one) and its name that describes the
    holder: a genitive complement or an animate noun in the post's case, no participle
    ("генеральному директору компании, арендатору теплохода Светлане Инякиной",
    "лётчику-космонавту дважды Герою Советского Союза, почётному жителю Чувашии Андрияну
    Николаеву")."""
    if head_case == "Gen":
        return False  # after a genitive post a genitive noun may be the next holder's post
    case = case_of(token)
    if token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm") and case == "Gen":
        # a participle modifying a genitive complement: "главой объединенного комитета"
        after = next_content(doc, token.i + 1)
        return after is not None and after.pos_ == "NOUN" and case_of(after) == "Gen"
    if token.pos_ != "NOUN":
        return False
    if case != "Gen" and (case != head_case or not animate(token)):
        return False
    # "врача, лечившего Майкла Джексона": a verb's (only an adjective's ending can be one)
    return not (fold(token.text).endswith(ADJECTIVE_ENDINGS) and participle(token.text))


def animate(token: Token) -> bool:
    """A noun the tagger reads as animate, or that pymorphy3 reads only as animate (the tagger
    reads "кавалеру" of "полному кавалеру ордена" as inanimate)."""
    return "Anim" in token.morph.get("Animacy") or animate_only(token.text)


def animate_only(word: str) -> bool:
    """Every noun reading pymorphy3 gives ``word`` is animate."""
    return noun_readings(word, "animacy") == {"anim"}


# endings of adjectives and participles that nouns seldom have: the tagger's noun with one of
# them is looked up in pymorphy3 (``participle``)
ADJECTIVE_ENDINGS = ("его", "ему", "ого", "ому", "им", "ым", "ими", "ыми", "ая", "яя", "ую", "юю")


@lru_cache(maxsize=5_000)
def participle(word: str) -> bool:
    """pymorphy3's first reading of ``word`` is a participle, not one used as a noun: the
    tagger reads "лечившего" as a noun."""
    tag = models.morph_analyzer().parse(word.lower())[0].tag
    return tag.POS == "PRTF" and "Subx" not in tag.grammemes

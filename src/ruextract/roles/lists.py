"""Lists: posts listed together ("режиссёр и сценарист", "Министр внутренних дел (2001—2003),
Председатель Государственной думы"), names listed after a plural post or before "и других"
("актрисы Гвинет Пэлтроу, Анджелина Джоли", "Пикассо, Дали и других художников"), and the
places listed holders come from ("сенаторы Рэнд Пол из Кентукки и Марко Рубио из Флориды").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ruextract.roles.agreement import DASHES, LIST_JOINERS, SENTENCE_ENDS, one_of, readable_in
from ruextract.roles.copulas import COPULAS, appoints, phrase_case
from ruextract.roles.doc_columns import next_content, prev_content
from ruextract.roles.edges import INS_GOVERNORS
from ruextract.roles.phrases import QUOTES, Entities, Phrase
from ruextract.roles.places import at_place
from ruextract.roles.words import case_of, finite, fold, is_role_noun, line_break_between
from ruextract.views import token_texts, views

OTHERS = frozenset({"другой", "прочий", "остальной"})  # "Ван Гога и других художников"


def names_before_others(doc: Doc, phrase: Phrase, ents: Entities) -> list[Span]:
    """The names listed before "и других" and a plural post: "картины Пикассо, Дали, Ван Гога
    и других художников" (each of them holds the post), in text order."""
    if not phrase.plural:
        return []
    token = doc[phrase.start]  # "других" agrees with the post: the phrase's first word
    if fold(token.lemma_) not in OTHERS:
        token = prev_content(doc, phrase.start - 1)
    if token is None or fold(token.lemma_) not in OTHERS:
        return []
    joiner = prev_content(doc, token.i - 1)
    while joiner is not None and joiner.pos_ == "NUM":
        joiner = prev_content(doc, joiner.i - 1)
    if joiner is None or fold(joiner.text) != "и":
        return []
    found: list[Span] = []
    token = prev_content(doc, joiner.i - 1)
    while token is not None and token.i in ents.per:
        name = ents.per[token.i]
        found.insert(0, name)
        sep = prev_content(doc, name.start - 1)
        if sep is None or sep.text != ",":
            break
        token = prev_content(doc, sep.i - 1)
    return found


def others_bracketed(doc: Doc, phrase: Phrase, ents: Entities) -> list[Span]:
    """The names a bracket later in the sentence of a plural post after "один из" lists as the
    others ("Один из четырёх футболистов, забивавших голы … (другие — Куман, Роналдо,
    Джеррард)"): each holds the post, in text order; only the first bracket after the post."""
    if not phrase.plural or not one_of(doc, phrase):
        return []
    sent = ents.sent[phrase.head]
    token = next_content(doc, phrase.end)
    while token is not None and ents.sent[token.i] == sent and token.text not in SENTENCE_ENDS:
        if token.text == "(":
            word = next_content(doc, token.i + 1)
            dash = next_content(doc, word.i + 1) if word is not None else None
            if word is None or fold(word.lemma_) not in OTHERS or dash is None:
                return []
            name = next_content(doc, dash.i + 1) if dash.text in (*DASHES, ":") else None
            if name is None or not member_name(name, ents):
                return []
            return [ents.per[name.i], *members_after(doc, ents.per[name.i], ents)]
        token = next_content(doc, token.i + 1)
    return []


MEMBERS_REACH = 8  # words from the copula or dash to the first member's name
MEMBER_COPULAS = frozenset({"быть", "оказаться", "оказываться"})  # "В числе артистов были"
AMONG_REACH = 4  # words from "среди" or "в числе" to the plural post: "развлекавших гостей"


def members(doc: Doc, phrase: Phrase, ents: Entities) -> list[Span]:
    """The names a plural post after "в числе" or "среди" (past at most ``AMONG_REACH``
    words) is given to after a copula or a dash right after it or after its relative clause
    ("В числе развлекавших гостей артистов были Дженнифер Лопес, Стинг и Энрике Иглесиас",
    "Среди других политиков, от которых ожидают объявлений, — бывший губернатор Флориды Джеб
    Буш, губернатор Висконсина Скотт Уокер"), in text order: the first name within
    ``MEMBERS_REACH`` words, in its clause, with the members listed after it."""
    if not phrase.plural:
        return []
    cue = past_relative(doc, next_content(doc, phrase.end), ents)
    if cue is None or not (cue.text in DASHES or fold(cue.lemma_) in MEMBER_COPULAS):
        return []
    if not among_before(doc, phrase):
        return []
    sent = ents.sent[phrase.head]
    token = next_content(doc, cue.i + 1)
    seen = 0
    while token is not None and ents.sent[token.i] == sent and seen < MEMBERS_REACH:
        if token.i in ents.per:
            first = ents.per[token.i]
            return [first, *members_after(doc, first, ents)]
        if token.text in SENTENCE_ENDS or token.text == "," or finite(token):
            return []
        seen += 1
        token = next_content(doc, token.i + 1)
    return []


RELATIVE_REACH = 3  # words from a comma to "который" opening a relative clause: "от которых"


def past_relative(doc: Doc, token: Token | None, ents: Entities) -> Token | None:
    """The word after a relative clause that ``token``, a comma, opens ("политиков, от которых
    ожидают аналогичных объявлений, — бывший губернатор"): past the comma closing it in the
    sentence; else ``token``."""
    if token is None or token.text != ",":
        return token
    word = next_content(doc, token.i + 1)
    for _ in range(RELATIVE_REACH):
        if word is None or fold(word.lemma_) == "который":
            break
        word = next_content(doc, word.i + 1)
    if word is None or fold(word.lemma_) != "который":
        return token
    sent = ents.sent[token.i]
    while word is not None and ents.sent[word.i] == sent and word.text not in SENTENCE_ENDS:
        if word.text == ",":
            return next_content(doc, word.i + 1)
        word = next_content(doc, word.i + 1)
    return token


def among_before(doc: Doc, phrase: Phrase) -> bool:
    """ "среди" or "в числе" within ``AMONG_REACH`` words before a post, in its sentence."""
    token = prev_content(doc, phrase.start - 1)
    for _ in range(AMONG_REACH):
        if token is None or token.text in SENTENCE_ENDS:
            return False
        word = fold(token.text)
        if word == "среди":
            return True
        if word == "числе":
            before = prev_content(doc, token.i - 1)
            return before is not None and fold(before.text) in ("в", "во")
        token = prev_content(doc, token.i - 1)
    return False


WHICH_REACH = 6  # words from "которых" to the first member's name: "такие музыканты, как"
ORIGIN_REACH = 4  # words of a plural post's origin before its comma: "из разных стран"


def among_which(doc: Doc, phrase: Phrase, ents: Entities, following: Phrase | None) -> list[Span]:
    """The names a plural post's relative clause "среди которых" or "в числе которых" lists
    ("известные писатели и критики, среди которых — Павел Басинский и Михаил Павлов из
    Москвы", "дирижёров из разных стран, среди которых такие музыканты, как Колин Дэвис"):
    each holds the post, and the plural post listed before it (``following`` joined to it).
    The first name within ``WHICH_REACH`` words of "которых" in its clause (a member's copula
    may stand between, no other verb nor "не"), with the names listed after it."""
    if not phrase.plural:
        return []
    if following is not None and following.plural and joined(doc, phrase, following):
        phrase = following  # "писатели и критики, среди которых"
    comma = next_content(doc, phrase.end)
    for _ in range(ORIGIN_REACH):
        if comma is None or comma.text == "," or comma.pos_ not in ("ADP", "ADJ", "NOUN", "DET"):
            break
        comma = next_content(doc, comma.i + 1)
    if comma is None or comma.text != ",":
        return []
    which = past_among(doc, next_content(doc, comma.i + 1))
    if which is None or fold(which.text) != "которых":
        return []
    sent = ents.sent[phrase.head]
    token = next_content(doc, which.i + 1)
    seen = 0
    while token is not None and ents.sent[token.i] == sent and seen < WHICH_REACH:
        if token.i in ents.per and ents.per[token.i].start == token.i:
            first = ents.per[token.i]
            return [first, *members_after(doc, first, ents)]
        if token.text in SENTENCE_ENDS or fold(token.text) == "не":
            return []
        if finite(token) and fold(token.lemma_) not in MEMBER_COPULAS:
            return []
        seen += 1
        token = next_content(doc, token.i + 1)
    return []


def past_among(doc: Doc, token: Token | None) -> Token | None:
    """The word after "среди" or "в числе" that ``token`` opens; None after any other word."""
    if token is None:
        return None
    word = fold(token.text)
    if word in ("в", "во"):
        token = next_content(doc, token.i + 1)
        word = fold(token.text) if token is not None else ""
        if word != "числе":
            return None
    elif word != "среди":
        return None
    return next_content(doc, token.i + 1)


BOTH = frozenset({"оба", "обе"})  # "(оба являются советниками Белого дома)"
PAIR_COPULAS = frozenset({"быть", "являться"})
ANIMATE_OBJECT = frozenset({"Acc", "Gen"})  # a person's accusative is spelt as the genitive
DESCRIBED_REACH = 3  # words of a listed name's description before it: "и её мужа Джареда"


def pair_before(doc: Doc, phrase: Phrase, ents: Entities) -> list[Span]:
    """The names listed before a plural post set off by a comma, a dash or a bracket ("Иван
    Петров и Олег Смирнов, депутаты Госдумы", "Игорь и Леша (лучшие спортсмены — ред.)"), and
    by "оба" / "обе", perhaps with a copula ("Иванку Трамп и её мужа Джареда Кушнера (оба
    являются советниками Белого дома)"): each holds the post, in text order. Two names or
    more, the last in the post's case (unless a copula governs it), joined by commas or "и"
    (a few words of a name's own description may stand after "и": "её мужа"); not a post
    that opens a clause of its own (a finite verb right after it: "…, депутаты заявили")."""
    if not phrase.plural or one_of(doc, phrase):
        return []
    sep = prev_content(doc, phrase.start - 1)
    governed = False
    if sep is not None and fold(sep.lemma_) in PAIR_COPULAS:
        sep = prev_content(doc, sep.i - 1)
        governed = True
    if sep is not None and fold(sep.text) in BOTH:
        sep = prev_content(doc, sep.i - 1)
    elif governed:
        return []  # a copula's subject is "оба" or "обе"
    if sep is None or sep.text not in (",", "(", *DASHES):
        return []
    after = next_content(doc, phrase.end)
    if after is not None and finite(after):
        return []
    last = prev_content(doc, sep.i - 1)
    if last is None or last.i not in ents.per or line_break_between(doc, last.i, sep.i):
        return []
    case = phrase_case(doc, phrase)
    if not governed and case is not None and not readable_in(ents.per[last.i], case):
        return []
    return names_listed_before(doc, ents.per[last.i], ents)


def names_listed_before(doc: Doc, last: Span, ents: Entities) -> list[Span]:
    """The names listed up to ``last``, joined by commas or "и" (a few words of a name's own
    description may stand after "и": "Иванку Трамп и её мужа Джареда Кушнера"), in text order,
    ``last`` included; empty unless two people or more are listed."""
    names = [last]
    while True:
        joiner = prev_content(doc, names[0].start - 1)
        for _ in range(DESCRIBED_REACH):
            if joiner is None or fold(joiner.text) in LIST_JOINERS:
                break
            if joiner.pos_ not in ("NOUN", "ADJ", "DET", "PRON") or joiner.i in ents.per:
                joiner = None
                break
            joiner = prev_content(doc, joiner.i - 1)
        if joiner is None or fold(joiner.text) not in LIST_JOINERS:
            break
        name = prev_content(doc, joiner.i - 1)
        if name is None or name.i not in ents.per or ents.per[name.i] is names[0]:
            break
        names.insert(0, ents.per[name.i])
    return names if len({name._.key for name in names}) > 1 else []


COPULA_CHAIN = 2  # words of a copula before its post: "были избраны"


def subjects_before_copula(doc: Doc, phrase: Phrase, ents: Entities) -> list[Span]:
    """The names listed right before a plural copula whose predicate is a plural instrumental
    post ("Иван Петров и Олег Смирнов стали членами совета", "... и Олег Смирнов были избраны
    сопредседателями"): each holds the post, in text order. Adverbs may stand around the
    copula; an active verb of appointment gives the post to its object, not to the names
    before it ("Петров и Смирнов назначили губернаторами своих сыновей"); a negated copula
    ("не были членами") or one with no plural form gives none."""
    if not phrase.plural or one_of(doc, phrase) or phrase_case(doc, phrase) != "Ins":
        return []
    token = prev_content(doc, phrase.start - 1)
    verbs: list[Token] = []
    while token is not None and len(verbs) < COPULA_CHAIN:
        if token.pos_ in ("ADV", "PART") and fold(token.text) != "не":
            token = prev_content(doc, token.i - 1)
        elif token.pos_ in ("VERB", "AUX") and fold(token.lemma_) in COPULAS:
            verbs.append(token)
            token = prev_content(doc, token.i - 1)
        else:
            break
    plural = [verb for verb in verbs if verb.morph.get("Number") == ["Plur"]]
    if not plural or any(appoints(verb) for verb in verbs):
        return []
    if token is None or token.i not in ents.per or line_break_between(doc, token.i, phrase.start):
        return []
    return names_listed_before(doc, ents.per[token.i], ents)


DESCRIPTION_REACH = 8  # words of a listed member's own description: "губернатор Висконсина"
ALSO = ("а", "также")  # ", а также сенаторы Рэнд Пол"


def members_after(doc: Doc, first: Span, ents: Entities) -> list[Span]:
    """The names listed after ``first`` in a list of a group's members (``members``,
    ``among_which``), each perhaps after a description of its own, after a comma, "и" or ", а
    также" ("…, губернатор Висконсина Скотт Кевин Уокер", "и лауреат премии этого года Игорь
    Корниенко из Ангарска"): at most ``DESCRIPTION_REACH`` words, no verb, pronoun, conjunction
    or stop among them; each member once."""
    found = [first, *names_after(doc, first, ents)]
    sent = ents.sent[first.start]
    while True:
        token = past_origin(doc, next_content(doc, found[-1].end), ents)
        if token is None or fold(token.text) not in LIST_JOINERS:
            break
        word = next_content(doc, token.i + 1)
        for also in ALSO if token.text == "," else ():
            if word is not None and fold(word.text) == also:
                word = next_content(doc, word.i + 1)
        seen = 0
        while word is not None and not member_name(word, ents) and seen < DESCRIPTION_REACH:
            if ents.sent[word.i] != sent or (word.is_punct and word.text not in QUOTES):
                word = None
            elif word.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ"):
                word = None
            else:
                seen += 1
                word = next_content(doc, word.i + 1)
        if word is None or not member_name(word, ents):
            break
        name = ents.per[word.i]
        found += [name, *names_after(doc, name, ents)]
    keys = {first._.key}
    return [name for name in found[1:] if not (name._.key in keys or keys.add(name._.key))]


def member_name(token: Token, ents: Entities) -> bool:
    """A name starting at ``token``, not an adjective made of one the description holds
    ("лауреат Шукшинской литературной премии")."""
    return token.i in ents.per and ents.per[token.i].start == token.i and token.pos_ != "ADJ"


def names_after(doc: Doc, first: Span, ents: Entities) -> list[Span]:
    """The names listed after ``first``, joined by commas or "и" ("Уильям и Гарри"), each
    perhaps with a bracket after it ("Колин Дэвис (Великобритания), Валерий Гергиев")."""
    found: list[Span] = []
    last = first
    while True:
        token = next_content(doc, last.end)
        if token is not None and token.text == "(":
            while (
                token is not None
                and token.text != ")"
                and ents.sent[token.i] == ents.sent[last.start]
            ):
                token = next_content(doc, token.i + 1)
            token = next_content(doc, token.i + 1) if token is not None else None
        token = past_origin(doc, token, ents)  # "сенаторы Рэнд Пол из Кентукки и Марко Рубио"
        if token is None or fold(token.text) not in LIST_JOINERS:
            return found
        name = next_content(doc, token.i + 1)
        if name is not None and fold(name.text) == "и" and token.text == ",":
            name = next_content(doc, name.i + 1)
        name = past_place_of(doc, name, ents)
        if name is None or name.i not in ents.per or ents.per[name.i].start != name.i:
            return found
        last = ents.per[name.i]
        if last._.key != first._.key:
            found.append(last)


ORIGIN_PREPOSITIONS = frozenset({"из", "от"})  # "Рэнд Пол из Кентукки", "депутат от ЛДПР"


def past_origin(doc: Doc, token: Token | None, ents: Entities) -> Token | None:
    """The word after a place a name comes from or stands for, when ``token`` opens one ("из
    Кентукки", "от Флориды"): a list of names goes on past it; else ``token``."""
    if token is None or fold(token.text) not in ORIGIN_PREPOSITIONS:
        return token
    place = next_content(doc, token.i + 1)
    if place is None or place.i not in ents.place:
        return token
    return next_content(doc, ents.place[place.i].end)


def past_place_of(doc: Doc, token: Token | None, ents: Entities) -> Token | None:
    """The word after a place in the genitive that ``token`` opens, the place of the post of
    the name after it ("губернаторы регионов — Приморского края С.Дарькин, Саратовской
    области Павел Ипатов"); else ``token``."""
    if token is None or token.i not in ents.place:
        return token
    place = ents.place[token.i]
    if place.start != token.i or case_of(doc[place.end - 1]) != "Gen":
        return token
    return next_content(doc, place.end)


PLACE_OPENERS = frozenset({",", "—", "–", "-", ":", "и"})  # before a listed holder's place


def with_place_before(doc: Doc, phrase: Phrase, person: Span | None, ents: Entities) -> Phrase:
    """A plural post's phrase for one holder listed after it with a place in the genitive right
    before the name, after a separator or joiner ("—, Приморского края С.Дарькин"): held
    there; or, when the post's own place is the first of a list of places right before the
    list of names, as many as they ("министры иностранных дел России и Китая Сергей Лавров и
    Ван И"), at the place of the holder's rank in the list."""
    if person is None or not phrase.plural or person.start <= phrase.end:
        return phrase
    places, first = listed_places(doc, phrase, ents)
    if first is not None:
        holders = [first, *names_after(doc, first, ents)]
        ranks = [n for n, name in enumerate(holders) if name.start == person.start]
        if len(holders) == len(places) and ranks:
            return at_place(phrase, places[ranks[0]])
        return phrase
    before = prev_content(doc, person.start - 1)
    if before is None or before.i not in ents.place:
        return phrase
    place = ents.place[before.i]
    opener = prev_content(doc, place.start - 1)
    if (
        opener is None
        or opener.i < phrase.end
        or fold(opener.text) not in PLACE_OPENERS
        or case_of(doc[place.end - 1]) != "Gen"
    ):
        return phrase
    return at_place(phrase, place)


def listed_places(doc: Doc, phrase: Phrase, ents: Entities) -> tuple[list[Span], Span | None]:
    """The places a plural post names as a list, its own last place first, and the name that
    follows the last right away or past a dash ("министры иностранных дел России и Китая Сергей
    Лавров", "… России и Китая — Сергей Лавров и Ван И —"); else no places and None."""
    last = doc[phrase.end - 1]
    if last.i not in ents.place or ents.place[last.i].end != phrase.end:
        return [], None
    places = [ents.place[last.i]]
    token = next_content(doc, phrase.end)
    while token is not None and fold(token.text) in LIST_JOINERS:
        place = next_content(doc, token.i + 1)
        if place is None or place.i not in ents.place or ents.place[place.i].start != place.i:
            return [], None
        places.append(ents.place[place.i])
        token = next_content(doc, places[-1].end)
    if token is not None and token.text in DASHES:
        token = next_content(doc, token.i + 1)  # "России и Китая — Сергей Лавров и Ван И"
    if len(places) < 2 or token is None or token.i not in ents.per:
        return [], None
    first = ents.per[token.i]
    return (places, first) if first.start == token.i else ([], None)


def joined_any(doc: Doc, a: Phrase, b: Phrase) -> bool:
    """Two phrases of one list, in either order."""
    return joined(doc, a, b) if a.start < b.start else joined(doc, b, a)


def joined(doc: Doc, left: Phrase, right: Phrase) -> bool:
    """Two phrases next to each other, or joined by a comma or "и" (at most one word apart), or
    by ", а также" in one case (``as_well``)."""
    ahead = views(doc).next_content(doc)  # the next word, without a Token per token between
    n = len(ahead)
    first = ahead[left.end] if left.end < n else n  # the first word between, if < right.start
    if first < right.start and doc[first].text == "(":
        return bracket_joins(doc, left, right, first)
    if first < right.start and (ahead[first + 1] if first + 1 < n else n) < right.start:
        if not as_well(doc, first, right.start):
            return False  # two words or more between
        cases = (phrase_case(doc, left), phrase_case(doc, right))
        # "руководителя …, а также заместителя …": one oblique case (an animate accusative is
        # spelt as the genitive); nominatives so joined list people ("X, руководитель …, а
        # также заместитель … Олег Смирнов"), and a name right after the post is its own
        if None in cases or "Nom" in cases or person_follows(doc, right):
            return False
        return cases[0] == cases[1] or set(cases) == ANIMATE_OBJECT
    if line_break_between(doc, left.end - 1, right.start):
        return False
    cases = (phrase_case(doc, left), phrase_case(doc, right))
    if None not in cases and cases[0] != cases[1]:
        # "наставник патриарха Кирилла", "советнику президента Ивана Петрова": a genitive
        # complement, not a list; side by side, an accusative and a genitive are spelt alike
        # ("командующего округом генерал-полковника Сергея Макарова")
        if "Nom" in cases or (first >= right.start and set(cases) != ANIMATE_OBJECT):
            return False
    if first >= right.start and complement_post(doc, right):
        return False
    return first >= right.start or fold(doc[first].text) in LIST_JOINERS


# words that add a post to a list of one holder's posts: "руководителя департамента, а также
# заместителя председателя комитета"
AS_WELL = (",", "а", "также")


def as_well(doc: Doc, first: int, stop: int) -> bool:
    """The words from ``first`` to ``stop`` are ", а также" or "а также", on one line. Reads
    the texts of the words (not the white space) from ``first`` on, up to one more than
    ``AS_WELL`` holds: more words are none of the two."""
    ahead, texts = views(doc).next_content(doc), token_texts(doc)
    n = len(ahead)
    words: list[str] = []
    i = ahead[first] if 0 <= first < n else n
    while i < stop and len(words) <= len(AS_WELL):
        words.append(fold(texts[i]))
        i = ahead[i + 1] if i + 1 < n else n
    return tuple(words) in (AS_WELL, AS_WELL[1:]) and not line_break_between(doc, first, stop)


def complement_post(doc: Doc, phrase: Phrase) -> bool:
    """A genitive post right after a role noun: its complement ("ближайшего помощника
    генпрокурора Юрия Чайки": Чайка is no assistant), no post listed with it; one the tagger
    reads as accusative when its holder is named right after it and another name right after
    that one ("помощника министра Ивана Петрова Олега Смирнова": the assistant is Смирнов)."""
    before = prev_content(doc, phrase.start - 1)
    if before is None or before.i != phrase.start - 1 or not is_role_noun(before):
        return False
    if fold(before.lemma_).endswith(INS_GOVERNORS):
        return False  # "командующего генерал-полковника Ивана Петрова": its rank, no complement
    case = case_of(doc[phrase.head])
    if case == "Gen":
        return True
    if case != "Acc":
        return False
    name = next_content(doc, phrase.end)
    if name is None or not person_starts(name):
        return False
    end = name.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    after = next_content(doc, end)
    return after is not None and person_starts(after)


def person_follows(doc: Doc, phrase: Phrase) -> bool:
    """A person's name starts right after a phrase."""
    after = next_content(doc, phrase.end)
    return after is not None and person_starts(after)


def person_starts(token: Token) -> bool:
    """A person's name (a PER mention) starts at ``token``."""
    return token.ent_iob_ == "B" and token.ent_type_ == "PER"


def two_subjects(doc: Doc, left: Phrase, right: Phrase, name: Span) -> bool:
    """Two posts joined by "и" before one name whose finite verb, past adverbs, is plural
    ("Президент и первая леди Мишель Обама задержались"): the left post is another person's,
    the two the verb's subject."""
    joiner = next_content(doc, left.end)
    if joiner is None or joiner.i >= right.start or fold(joiner.text) != "и":
        return False
    return plural_verb_after(doc, name)


def plural_verb_after(doc: Doc, name: Span) -> bool:
    """The word after a name, past adverbs, is a plural finite verb ("Мишель Обама сегодня
    объявили")."""
    verb = next_content(doc, name.end)
    while verb is not None and verb.pos_ in ("ADV", "PART"):
        verb = next_content(doc, verb.i + 1)
    return (
        verb is not None
        and verb.pos_ in ("VERB", "AUX")
        and "Fin" in verb.morph.get("VerbForm")
        and verb.morph.get("Number") == ["Plur"]
    )


BRACKET_REACH = 3  # words in a bracket between two posts of one holder: "(РЭБ)"
YEARS = re.compile(r"\d{4}[—–-]\d{2,4}")  # a span of years as one word: "2003—2011"
DATE_WORDS = frozenset({"с", "c", "по", "до", "год", "гг", "г"})  # "(c 2002 года)"


def bracket_joins(doc: Doc, left: Phrase, right: Phrase, opening: int) -> bool:
    """A bracket between two posts of one holder: the right post opens it, naming the left one
    again ("Министром финансов (канцлером казначейства) должен стать"), or it holds a few words
    of the left post's own (its abbreviation: "начальника войск радиоэлектронной борьбы (РЭБ)
    генерал-майора Олега Иванова") and closes right before the right post, of the same case,
    or it holds the left post's years only and a comma or "и" follows it ("Министр внутренних
    дел (2001—2003), Председатель Государственной думы (2003—2011)")."""
    if line_break_between(doc, left.end - 1, right.start):
        return False
    cases = (phrase_case(doc, left), phrase_case(doc, right))
    if cases[0] != cases[1] and None not in cases:
        return False
    after = next_content(doc, opening + 1)
    if after is not None and after.i == right.start:
        return True
    closing = opening + 1
    while closing < right.start and doc[closing].text not in "()":
        closing += 1
    if closing >= right.start or doc[closing].text != ")":
        return False
    inside = [token for token in doc[opening + 1 : closing] if not token.is_space]
    joiner = next_content(doc, closing + 1)
    if joiner is None or joiner.i == right.start:
        return len(inside) <= BRACKET_REACH
    return (
        fold(joiner.text) in LIST_JOINERS
        and next_content(doc, joiner.i + 1) is not None
        and next_content(doc, joiner.i + 1).i == right.start
        and all(dated(token) for token in inside)
    )


def dated(token: Token) -> bool:
    """A word of a span of years: "2001—2003", "c 2002 года"."""
    return (
        token.like_num
        or token.pos_ == "NUM"
        or token.is_punct
        or fold(token.lemma_) in DATE_WORDS
        or YEARS.fullmatch(token.text) is not None  # "2003—2011", read as an adjective
    )

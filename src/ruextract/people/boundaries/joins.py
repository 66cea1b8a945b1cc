"""Pieces of one name joined into one PER span: adjacent pieces and a first name slovnet called
LOC (:func:`join_adjacent`, :func:`one_name`), a name around a nickname in quotes
(:func:`quoted_nicknames`), a first name before a lone surname and glued or final initials
(:func:`extend`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ruextract.names import (
    dictionary_name_tags,
    east_asian,
    is_initial,
    known_word,
    name_tags,
)
from ruextract.people.boundaries.cuts import relative_cut
from ruextract.people.words import (
    OPEN_QUOTES,
    dictionary_geo,
    dictionary_non_name,
    gap,
    has_first_name_reading,
    is_capitalized,
    is_word,
    name_words,
    next_content,
    nickname_end,
    prev_content,
    sentence_initial,
    short_initial,
    taken_tokens,
)


def join_adjacent(
    doc: Doc, pers: list[tuple[int, int]], others: list[Span]
) -> tuple[list[tuple[int, int]], list[Span]]:
    """Join PER pieces separated by a space; absorb a first name that slovnet called LOC."""
    pers = sorted(set(pers))
    kept_others = []
    starts = {a: (a, b) for a, b in pers}
    ends = {b: (a, b) for a, b in pers}
    for ent in others:
        words = [t for t in ent if not t.is_space]
        if len(words) == 1 and words[0].text[:1].isupper() and not words[0].text.isupper():
            nxt = next_content(doc, ent.end)
            prv = prev_content(doc, ent.start - 1)
            if (
                nxt is not None
                and nxt.i in starts
                and gap(doc, words[0], nxt).strip(" \xa0") == ""
                and "\n" not in gap(doc, words[0], nxt)
                and has_first_name_reading(words[0].text)
                and len(name_words(doc[starts[nxt.i][0] : starts[nxt.i][1]])[0]) == 1
                and not dictionary_geo(words[0].text)
            ):
                a, b = starts.pop(nxt.i)
                pers.remove((a, b))
                pers.append((ent.start, b))
                starts[ent.start] = (ent.start, b)
                continue
            if (
                prv is not None
                and prv.i + 1 in ends
                and gap(doc, prv, words[0]).strip(" \xa0") == ""
                and "\n" not in gap(doc, prv, words[0])
                and name_tags(words[0].text) & {"Surn", "Patr"}
                and not dictionary_geo(words[0].text)
                and len(name_words(doc[ends[prv.i + 1][0] : ends[prv.i + 1][1]])[0]) == 1
            ):
                a, b = ends.pop(prv.i + 1)
                pers.remove((a, b))
                pers.append((a, ent.end))
                continue
        kept_others.append(ent)
    pers.sort()
    merged: list[tuple[int, int]] = []
    for a, b in pers:
        if merged:
            pa, pb = merged[-1]
            left = prev_content(doc, pb - 1)
            between = gap(doc, left, doc[a]) if left is not None else "\n"
            if (
                between.strip(" \xa0") == ""
                and "\n" not in between
                and a >= pb
                and one_name(doc[pa:pb], doc[a:b])
            ):
                merged[-1] = (pa, b)
                continue
        merged.append((a, b))
    return merged, kept_others


def one_name(left: Span, right: Span) -> bool:
    """Two adjacent PER pieces that read as one name: "Радия" + "Хабирова", "Путин" + "В. В.".

    Two pieces that are each a name of two words ("Хиллари Клинтон Лиза Бардек") stay apart.
    """
    lw = [w.text for w in name_words(left)[0]]
    rw = [w.text for w in name_words(right)[0]]
    full_left = sum(not is_initial(w) for w in lw)
    full_right = sum(not is_initial(w) for w in rw)
    if relative_cut([t for t in left.doc[left.start : right.end] if not t.is_space]):
        return False  # "Януковича" + "Людмила": his wife
    if full_right and any(map(is_initial, lw + rw)):
        return False  # "В.Шеймана А.Кулешов", "А.Лукашенко Виктор"
    if full_left == 1 and full_right == 2 and "Patr" in name_tags(rw[-1]):
        return True  # "Путиным" + "Владимиром Владимировичем"
    if full_left == 2 and rw and len(rw) == 1 and "-" in rw[0] and rw[0].istitle():
        return True  # a double surname: "Мейв Кеннеди" + "Таунсенд-Маккин"
    if full_left == len(lw) == 2 and full_right == len(rw) == 1 and patronymic_then_surname(lw, rw):
        return True  # "Марина Филипповна" + "Ходорковская"
    if full_right == 0 or full_left == 0:
        return full_left + full_right <= 2
    return full_left + full_right <= 2 and full_left == 1 and full_right == 1


def patronymic_then_surname(left: list[str], right: list[str]) -> bool:
    """A first name and a patronymic, then one word that is no first name nor patronymic: the
    surname of the same person ("Марина Филипповна" + "Ходорковская"; not "Ольга Алексеевна" +
    "Мария")."""
    tags = dictionary_name_tags(right[0])
    return (
        "Name" in dictionary_name_tags(left[0])
        and "Patr" in dictionary_name_tags(left[1])
        and not tags & {"Name", "Patr"}
    )


def quoted_nicknames(doc: Doc, pers: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a name around a nickname in quotes: "Джеймс «Бадди» Макгирт", "Фрэнк «Фрэнки Бой»
    Кали" are one person (the nickname, one or two capitalised words, is part of the name).
    Before the quotes a lone first name, after them a lone word (the surname): a name and a
    title after it ("Людмилы Улицкой «Лестница Якова» Петров") stay apart. A PER span inside
    the quotes goes into the name."""
    starts = {a: (a, b) for a, b in pers}
    joined: dict[tuple[int, int], tuple[int, int]] = {}
    inside: set[tuple[int, int]] = set()
    for a, b in pers:
        words = [t for t in doc[a:b] if is_word(t)]
        if len(words) != 1 or is_initial(words[0].text):
            continue
        if not has_first_name_reading(words[0].text):
            continue
        quote = next_content(doc, b)
        if quote is None or quote.text not in OPEN_QUOTES or "\n" in gap(doc, doc[b - 1], quote):
            continue
        close = nickname_end(doc[a : min(len(doc), quote.i + 5)], quote)
        after = next_content(doc, close + 1) if close is not None else None
        if after is None or after.i not in starts or "\n" in gap(doc, doc[close], after):
            continue
        right = starts[after.i]
        if sum(is_word(t) for t in doc[right[0] : right[1]]) != 1:
            continue
        joined[(a, b)] = (a, right[1])
        inside |= {r for r in pers if quote.i <= r[0] and r[1] <= right[1]}
    out = []
    for rng in pers:
        if rng in inside:
            continue
        out.append(joined.get(rng, rng))
    return sorted(set(out))


def extend(doc: Doc, pers: list[tuple[int, int]], others: list[Span]) -> list[tuple[int, int]]:
    """Take in a first name just before a lone surname or before a span that opens with a
    patronymic, and the dot of a final initial."""
    taken = taken_tokens(pers, others)
    out = []
    for a, b in pers:
        words = [t for t in doc[a:b] if is_word(t)]
        prev = prev_content(doc, a - 1)
        if (
            len(words) == 1
            and prev is not None
            and prev.i not in taken
            and is_word(prev)
            and is_capitalized(prev)
            and not prev.text.isupper()
            and gap(doc, prev, doc[a]).strip(" \xa0") == ""
            and "\n" not in gap(doc, prev, doc[a])
            and ("Name" in name_tags(prev.text) or not known_word(prev.text))
            and not dictionary_geo(prev.text)
            and not (sentence_initial(doc, prev) and dictionary_non_name(prev.text))
        ):
            a = prev.i
        elif (
            len(words) > 1
            and "Patr" in name_tags(words[0].text)
            and "Name" not in name_tags(words[0].text)
            and prev is not None
            and prev.i not in taken
            and is_word(prev)
            and is_capitalized(prev)
            and gap(doc, prev, doc[a]).strip(" \xa0") == ""
            and "Name" in name_tags(prev.text)
        ):
            a = prev.i  # a patronymic opens no name: "Айдар" + "Наилевич Губайдулин"
        elif (
            len(words) in (1, 2)
            and prev is not None
            and prev.i not in taken
            and is_word(prev)
            and is_capitalized(prev)
            and gap(doc, prev, doc[a]).strip(" \xa0") == ""
            and east_asian([prev.text] + [w.text for w in words])
        ):
            a = prev.i  # the surname of an East Asian name: "Пан" + "Ги Мун"
        # initials glued before the surname: "Б.Обама", "Дж.Коми", "А.С.Пушкин"
        while (
            a >= 2
            and doc[a - 1].text == "."
            and short_initial(doc[a - 2].text)
            and not gap(doc, doc[a - 2], doc[a - 1])
            and gap(doc, doc[a - 1], doc[a]) in ("", " ", "\xa0")
            and not any(ent.start <= a - 2 < ent.end for ent in others)
        ):
            a -= 2
        b = signature_initials(doc, a, b, taken)
        last = doc[b - 1]
        if (
            b < len(doc)
            and is_initial(last.text)
            and len(last.text) == 1
            and last.text not in "IVXLC"
            and doc[b].text == "."
            and not gap(doc, last, doc[b])
        ):
            b += 1
        out.append((a, b))
    return out


def signature_initials(doc: Doc, a: int, b: int, taken: set[int]) -> int:
    """The end of a lone surname with two dotless initials after it that close its line, as
    a letter is signed ("Директор по коммуникациям Шестов И В"): they are the name's. Letters
    the line goes on after ("Шестов И В Москве") or a surname in capitals stay as they are."""
    words = [t for t in doc[a:b] if is_word(t)]
    if len(words) != 1 or not is_capitalized(words[0]) or words[0].text.isupper():
        return b
    if is_initial(words[0].text):
        return b
    letters = []
    i = b
    while len(letters) < 2:
        token = next_content(doc, i)
        if token is None or token.i in taken or "\n" in gap(doc, doc[i - 1], token):
            return b
        if not (len(token.text) == 1 and token.text.isupper() and token.text.isalpha()):
            return b
        letters.append(token)
        i = token.i + 1
    after = next_content(doc, i)
    if after is not None and "\n" not in gap(doc, letters[-1], after) and is_word(after):
        return b
    return letters[-1].i + 1

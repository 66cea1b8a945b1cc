"""Boundaries of person mentions beyond slovnet's PER spans.

Each step is a function over the Doc and token ranges ``(start, end)`` of PER candidates:

- a PER span is cut at line breaks and brackets ("Дэвид Эберсман (David Ebersman)" is two
  mentions), and a sentence-initial word that is plainly no name ("Вчера Токаев") is dropped;
- adjacent pieces of one name are joined ("Радия" + "Хабирова"; LOC "Касым-Жомартом" + PER
  "Токаевым" when the first word reads as a first name);
- a surname seen as PER elsewhere in the article is PER wherever else it appears, with a first
  name or initials before it ("Касым-Жомарт Токаев дал интервью" at the very start); so is a
  person's first name and patronymic ("Ивана Денисовича Шухова" … «Один день Ивана Денисовича»);
- a lone sentence-initial dictionary word with no name reading is not a person ("Отметим");
- titles and age adjectives are not part of the name ("Император Акихито", "Семидесятилетний
  Караджич"), a relative after a genitive surname is a second person ("Януковича Людмила"),
  initials glued to a surname belong to it ("Б.Обама"), and a first name before a surname that
  pymorphy3 reads as such is a name slovnet missed; so is the person after "имени"/"им.".
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ruextract.names import (
    NameWord,
    dictionary_name_tags,
    east_asian,
    from_dictionary,
    is_initial,
    known_word,
    name_tags,
    normal_name,
    parse_word,
)
from ruextract.people.linking import fold, stem
from ruextract.people.words import (
    OPEN_QUOTES,
    SPLIT_PUNCT,
    SURNAME_ENDING,
    dictionary_geo,
    dictionary_non_name,
    dictionary_proper,
    family_surname,
    function_word_opening,
    gap,
    has_first_name_reading,
    inanimate_noun,
    is_capitalized,
    is_word,
    name_adjective_base,
    name_words,
    never_a_name,
    next_content,
    nickname_end,
    opens_with_non_name,
    place_as_written,
    prev_content,
    sentence_initial,
    short_initial,
    single_word_normal,
    subject_surname,
    surname_like,
)


def split_person(doc: Doc, span: Span) -> list[tuple[int, int]]:
    """Token ranges of the names inside one PER span, cut at line breaks and brackets."""
    groups: list[list[Token]] = [[]]
    for token in span:
        if token.is_space:
            if "\n" in token.text:
                groups.append([])
            continue
        if token.text in SPLIT_PUNCT or (len(token.text) == 1 and token.text in SPLIT_PUNCT):
            groups.append([])
            continue
        if groups[-1] and "\n" in gap(doc, groups[-1][-1], token):
            groups.append([])
        groups[-1].append(token)
    ranges = []
    for group in groups:
        # punctuation at the edges goes, except the dot of a trailing initial ("Х.")
        while group and not is_word(group[0]):
            group = group[1:]
        while group and not is_word(group[-1]):
            if group[-1].text == "." and len(group) > 1 and is_initial(group[-2].text):
                break
            group = group[:-1]
        thing = False
        while len(group) > 1 and opens_with_non_name(doc, group[0]):
            thing = thing or inanimate_noun(group[0].text)
            group = group[1:]
        if thing and sum(is_word(t) for t in group) == 1:
            continue  # the title of a thing: "Опера Тангейзер"
        if group and any(is_capitalized(t) for t in group if is_word(t)):
            cut = relative_cut(group)
            if cut:
                ranges.append((group[0].i, group[cut].i))
                group = group[cut:]
            ranges.append((group[0].i, group[-1].i + 1))
    return ranges


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


def trim_openings(doc: Doc, pers: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop opening words that are no part of a name, whichever step made the span
    ("Шестидесятивосьмилетняя Руссефф", "Экс-советник Трампа")."""
    out = []
    for a, b in pers:
        words = [t for t in doc[a:b] if is_word(t)]
        if function_word_opening(doc, words):
            out.append((words[1].i, b))  # "Но Месси", "До Тимура"
            continue
        if east_asian([t.text for t in words]):
            out.append((a, b))  # "Пан Ги Мун": "Пан" is no title here
            continue
        while (
            b - a > 1
            and is_word(doc[a])
            and not short_initial(doc[a].text)
            and opens_with_non_name(doc, doc[a])
        ):
            a = next((t.i for t in doc[a + 1 : b] if not t.is_space), b)
        out.append((a, b))
    return out


def known_pairs(doc: Doc, pers: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut a span that is two people the article has already named, each on its own, one
    right after the other ("сын Кэтрин Жермен Джексон" after "Кэтрин" and "Жермен Джексон";
    "сын Акихито Нарухито" after "Акихито" and "Нарухито"; "с премьером Шпидла Руснок" after
    "Владимира Шпидлы" and "Руснок": a full name makes its surname known). A name the article
    introduces in full ("Кими Райкконен" before "Кими" and "Райкконен") stays whole. So is
    a known person's surname in another form than that person's, then a first name, the surname
    in an oblique case by the tagger ("внучка Шаймиева Камиля" after "Минтимера Шаймиева"; a
    woman "Иванова Мария" after "Иван Иванов", read nominative, stays one); so is a full name
    with a patronymic followed by the surname of a person named in full before ("Сергей
    Анатольевич Лебедев Путин" after "Владимир Путин")."""

    made: dict[tuple[int, int], set[str]] = {}
    surnames: dict[tuple[int, int], str | None] = {}

    def forms(a: int, b: int) -> set[str]:
        if (a, b) in made:
            return made[a, b]
        words, seps = name_words(doc[a:b])
        surnames[a, b] = None
        if not words or any(is_initial(w.text) for w in words):
            found: set[str] = set()
        else:
            written = " ".join(fold(w.text) or "" for w in words)
            parts = normal_name(words, seps)
            found = {written, " ".join((fold(parts.normal) or "").split())}
            if len(words) > 1 and parts.last and " " not in parts.last:
                surnames[a, b] = fold(parts.last)
        made[a, b] = found
        return found

    out = []
    # the forms of the spans before this one (grown span by span), and the surnames of their
    # full names: "Владимира Шпидлы" makes "Шпидла" a person of the article on the left of a
    # pair; on the right such a surname is the family's ("Кэтрин Джексон" after "Кэтрин" and
    # "Майкла Джексона" is one woman)
    before: set[str] = set()
    known_surnames: set[str] = set()
    for n, (a, b) in enumerate(pers):
        if n:
            before |= forms(*pers[n - 1])
            known_surnames |= {surnames[pers[n - 1]]} - {None}
        tokens = [t.i for t in doc[a:b] if is_word(t)]
        if len(tokens) < 2 or east_asian([doc[i].text for i in tokens]):
            out.append((a, b))
            continue
        whole = forms(a, b)
        cut = None
        for k in range(1, len(tokens)):
            left, right = forms(a, tokens[k]), forms(tokens[k], b)
            if left & (before | known_surnames) and right & before and not whole & before:
                cut = tokens[k]
                break
        if cut is None and len(tokens) == 2 and not whole & before:
            # "внучка Шаймиева Камиля" after "Минтимера Шаймиева": the surname of a person
            # named in full before, in another form than that surname, then a first name
            surname, first = doc[tokens[0]].text, doc[tokens[1]].text
            if (
                doc[tokens[0]].morph.get("Case") not in ([], ["Nom"])  # "Иванова Мария" is one
                and fold(surname) not in known_surnames
                and stem(surname) in {stem(s) for s in known_surnames}
                and "Name" not in dictionary_name_tags(surname)
                and "Name" in dictionary_name_tags(first)
            ):
                cut = tokens[1]
        if (
            cut is None
            and len(tokens) >= 4
            and not whole & before
            and "Patr" in dictionary_name_tags(doc[tokens[-3]].text)
            and fold(single_word_normal(doc[tokens[-1]])) in known_surnames
        ):
            # a full name with its patronymic, then the surname of a person named in full
            # before ("… Сергей Анатольевич Лебедев Путин назначил" after "Владимир Путин")
            cut = tokens[-1]
        if cut is None or gap(doc, doc[cut - 1], doc[cut]).strip(" \xa0"):
            out.append((a, b))
            continue
        out += [(a, cut), (cut, b)]
    return out


def original_script(
    doc: Doc, pers: list[tuple[int, int]], others: list[Span]
) -> list[tuple[int, int]]:
    """A person's name in its own script in brackets right after the Russian one is a mention
    ("Чжан Инъин (章莹颖)", "Марио (何猷君)", "Фолькер Буфье (Volker Bouffier)"): the bracket
    holds only non-Cyrillic words, Latin ones capitalised, at most four."""
    taken = {i for a, b in pers for i in range(a, b)}
    taken.update(i for ent in others for i in range(ent.start, ent.end))
    added = []
    for _, b in pers:
        if b >= len(doc) or doc[b].text != "(":
            continue
        close = next((t.i for t in doc[b + 1 : b + 7] if t.text == ")"), None)
        inside = [t for t in doc[b + 1 : close] if not t.is_space] if close else []
        if not inside or len(inside) > 4 or any(t.i in taken for t in inside):
            continue
        if all(
            t.is_alpha
            and not any("\u0400" <= ch <= "\u04ff" for ch in t.text)
            and (t.text[0].isupper() or not t.text[0].isascii())
            and not t.text.isupper()
            for t in inside
        ):
            added.append((inside[0].i, inside[-1].i + 1))
    return sorted(pers + added)


def surname_gender(word: str) -> set[str]:
    """The gender of a word that the dictionary reads only as a singular surname of one
    gender ("Путиным": masc, "Меркель": femn); else empty."""
    parses = [p for p in parse_word(word) if from_dictionary(p) and "sing" in p.tag.grammemes]
    if not parses or not all("Surn" in p.tag.grammemes for p in parses):
        return set()
    genders = {g for p in parses for g in ("masc", "femn") if g in p.tag.grammemes}
    return genders if len(genders) == 1 else set()


def relative_cut(group: list[Token]) -> int:
    """Where two words in a row name two people, else 0: a man's and a woman's surname, or
    each has its own case.

    A surname in the genitive followed by a first name in another case names a relative
    ("Януковича Людмила", his wife); a surname in an oblique case followed by a surname in
    another case is a second person; so is a second surname ("с Путиным Меркель").
    """
    words = [t for t in group if is_word(t)]
    if len(words) != 2 or words[0].i != group[0].i:
        return 0
    first, second = words
    first_case = first.morph.get("Case")
    second_case = second.morph.get("Case")
    if "Name" in name_tags(first.text) or is_initial(first.text) or is_initial(second.text):
        return 0
    if surname_gender(first.text) | surname_gender(second.text) == {"masc", "femn"}:
        return second.i - group[0].i  # a man's and a woman's surname: "с Путиным Меркель"
    if not first_case or not second_case or first_case == second_case:
        return 0
    relative = first_case == ["Gen"] and "Name" in name_tags(second.text)
    other_surname = (
        first_case != ["Nom"]
        and "Surn" in dictionary_name_tags(first.text)
        and "Name" not in name_tags(second.text)
        and ("Surn" in name_tags(second.text) or not known_word(second.text))
    )
    return second.i - group[0].i if relative or other_surname else 0


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


def discover(doc: Doc, pers: list[tuple[int, int]], others: list[Span]) -> list[tuple[int, int]]:
    """Names slovnet missed that pymorphy3 reads as names.

    A first name followed by a surname ("Касым-Жомарт Токаев дал интервью" opening an
    article), a surname opening a headline before a colon ("Путин: …"), and a word whose
    likeliest reading is a surname opening a sentence before its
    verb ("Нургалиев уволил начальника"), or whose only readings that the verb agrees with are
    surnames ("Голиков заявил": not the genitive plural of "голик").
    """
    taken = {i for a, b in pers for i in range(a, b)}
    taken.update(i for ent in others for i in range(ent.start, ent.end))

    def free(token: Token | None) -> bool:
        return (
            token is not None
            and token.i not in taken
            and is_word(token)
            and is_capitalized(token)
            and not token.text.isupper()
            and len(token.text) > 1
        )

    added = []
    for token in doc:
        if not free(token) or token.i in taken:
            continue
        nxt = next_content(doc, token.i + 1)
        if (
            free(nxt)
            and gap(doc, token, nxt).strip(" \xa0") == ""
            and "\n" not in gap(doc, token, nxt)
            and has_first_name_reading(token.text)
            and not dictionary_geo(token.text)
            and not (sentence_initial(doc, token) and dictionary_non_name(token.text))
            and surname_like(nxt)
            and not dictionary_geo(nxt.text)
        ):
            added.append((token.i, nxt.i + 1))
            taken.update((token.i, nxt.i))
            continue
        if speaker_surname(doc, token, nxt):
            added.append((token.i, token.i + 1))
            taken.add(token.i)
            continue
        if sentence_initial(doc, token) and nxt is not None and nxt.pos_ == "VERB":
            parses = parse_word(token.text)
            if parses and ("Surn" in parses[0].tag.grammemes or subject_surname(token.text, nxt)):
                added.append((token.i, token.i + 1))
                taken.add(token.i)
    return sorted(pers + added)


def speaker_surname(doc: Doc, token: Token, nxt: Token | None) -> bool:
    """A word opening a sentence (a headline: "Путин: Россия не допустит войны") before a
    colon that gives what the person said, whose likeliest nominative singular reading in
    pymorphy3's dictionary is a surname ("Путин:", "Песков:"; not "Фото:", "Эксперты:",
    "Роскомнадзор:")."""
    if nxt is None or nxt.text != ":" or nxt.i != token.i + 1 or not sentence_initial(doc, token):
        return False
    nominative = [
        p
        for p in parse_word(token.text)
        if from_dictionary(p) and {"nomn", "sing"} <= p.tag.grammemes
    ]
    return bool(nominative) and "Surn" in max(nominative, key=lambda p: p.score).tag.grammemes


def extend(doc: Doc, pers: list[tuple[int, int]], others: list[Span]) -> list[tuple[int, int]]:
    """Take in a first name just before a lone surname, and the dot of a final initial."""
    taken = {i for a, b in pers for i in range(a, b)}
    taken.update(i for ent in others for i in range(ent.start, ent.end))
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


def eponyms(doc: Doc, pers: list[tuple[int, int]], others: list[Span]) -> list[tuple[int, int]]:
    """The person a body is named after: "Театр имени Ермоловой", "им. А.М. Горького"."""
    taken = {i for a, b in pers for i in range(a, b)}
    taken.update(i for ent in others for i in range(ent.start, ent.end))
    added = []
    for token in doc:
        if token.lower_ not in ("имени", "им"):
            continue
        i = token.i + 1
        if token.lower_ == "им":
            if i >= len(doc) or doc[i].text != ".":
                continue
            i += 1
        nxt = next_content(doc, i)
        if nxt is None:
            continue
        j = nxt.i
        end = j
        n_words = 0
        while j < len(doc) and n_words < 3:
            tok = doc[j]
            if tok.is_space and "\n" not in tok.text:
                j += 1
                continue
            if tok.text == "." and end > nxt.i and is_initial(doc[end - 1].text):
                end = j + 1
                j += 1
                continue
            upper = tok.text.isupper() and not is_initial(tok.text)  # "МГУ", but "А."
            if not (is_word(tok) and is_capitalized(tok) and not upper):
                break
            if tok.i in taken or (j > nxt.i and gap(doc, doc[j - 1], tok).strip()):
                break
            n_words += not is_initial(tok.text)
            end = j + 1
            j += 1
            if not is_initial(tok.text):
                break
        if end > nxt.i and not any(i in taken for i in range(nxt.i, end)):
            if any(not is_initial(t.text) and is_word(t) for t in doc[nxt.i : end]):
                added.append((nxt.i, end))
    return sorted(pers + added)


def name_adjectives(
    doc: Doc, pers: list[tuple[int, int]], others: list[Span]
) -> list[tuple[int, int]]:
    """Adjectives made from a person's name before a common noun: "Нобелевской премии",
    "Шукшинские дни", "Ленинский район" (a mention of Нобель, Шукшин, Ленин)."""
    taken = {i for a, b in pers for i in range(a, b)}
    taken.update(i for ent in others for i in range(ent.start, ent.end))
    added = []
    for token in doc:
        if token.i in taken or token.pos_ not in ("ADJ", "PROPN"):
            continue
        nxt = next_content(doc, token.i + 1)
        if nxt is None or not nxt.text[:1].islower() or nxt.pos_ not in ("NOUN", "ADJ"):
            continue
        if name_adjective_base(token.text):
            added.append((token.i, token.i + 1))
    return sorted(pers + added)


def implausible(doc: Doc, rng: tuple[int, int], surnames: set[str] | None = None) -> bool:
    """A PER span that is no person's name, by morphology and the article's evidence.

    A lone sentence-initial dictionary word with no name reading ("Отметим", "Тюрьма"); a lone
    word that the dictionary reads only as a pronoun, a verb form or an adverb ("Кто",
    "Опустили") unless the article names a person with that surname (``surnames``, folded); a
    name with digits ("Формулы-1"); a span that cuts a word; a lone surname in the plural only (a
    family: "клан Шаймиевых"); a lone word the dictionary has as a place as written and as
    a name only in an oblique case ("Муром посетят": not the surname "Мур"); a lone adjective
    that names a thing with the common noun after it ("Хризантемового трона"), unless it is
    made from a surname ("Шукшинские дни").
    """
    words = [t for t in doc[rng[0] : rng[1]] if is_word(t)]
    if any(any(ch.isdigit() for ch in t.text) for t in words):
        return True
    if glued_letters(doc, rng):
        return True  # a piece of a word ("Католиче" of "Католичеcкой", a Latin "c" inside)
    if len(words) != 1:
        return False
    token = words[0]
    if family_surname(token.text):
        return True  # a family: "клан Шаймиевых"
    if sentence_initial(doc, token) and dictionary_non_name(token.text):
        return True
    if surnames and (fold(token.text) in surnames or stem(token.text) in surnames):
        return False
    if plural_subject(doc, token):
        return True  # "Викиновости сообщали": no one person
    if token.i >= 2 and doc[token.i - 1].text == "." and short_initial(doc[token.i - 2].text):
        return False  # after initials, a surname: "Дж.Коми"
    if thing_adjective(doc, token):
        return True  # an adjective naming a thing with its noun: "Хризантемового трона"
    # "Токаев" is also a form of "токай": a surname's shape keeps it
    return (never_a_name(token.text) or place_as_written(token.text)) and not (
        SURNAME_ENDING.search(token.lower_)
    )


def glued_letters(doc: Doc, rng: tuple[int, int]) -> bool:
    """A letter right before or after the span with no space between: the span cuts a word."""
    a, b = rng
    before = a > 0 and not doc[a - 1].whitespace_ and doc[a - 1].text[-1:].isalpha()
    after = b < len(doc) and not doc[b - 1].whitespace_ and doc[b].text[:1].isalpha()
    return before or after


def plural_subject(doc: Doc, token: Token) -> bool:
    """A lone word opening a sentence, with no name reading, that a plural past-tense verb
    right after it agrees with ("Викиновости сообщали"): a group or a thing, not one person.
    A name inside the sentence may be the last of a coordination ("Путин и Медведев
    заявили", "Мейв Кеннеди и её сын Гидеон поплыли")."""
    if name_tags(token.text) or not sentence_initial(doc, token):
        return False  # "Братья Кличко провели"; "Мейв Кеннеди и её сын Гидеон поплыли"
    after = next_content(doc, token.i + 1)
    if after is None or after.i != token.i + 1 or after.pos_ not in ("VERB", "AUX"):
        return False
    feats = after.morph.to_dict()
    return feats.get("Number") == "Plur" and feats.get("Tense") == "Past"


def thing_adjective(doc: Doc, token: Token) -> bool:
    """A capitalised adjective that agrees with the common noun right after it and that
    pymorphy3 reads as no name ("Хризантемового трона", "Белого дома"); adjectives made from
    surnames ("Шукшинские дни", "Нобелевской премии") are not."""
    if token.i + 1 >= len(doc) or name_adjective_base(token.text) is not None:
        return False
    noun = doc[token.i + 1]
    if noun.pos_ != "NOUN" or not noun.text.islower():
        return False
    parses = parse_word(token.text)
    if not parses or parses[0].tag.POS != "ADJF":
        return False
    if any(p.tag.grammemes & {"Name", "Surn", "Patr"} for p in parses if from_dictionary(p)):
        return False
    case = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt"}
    case |= {"Loc": "loct"}
    wanted = {case.get(c) for c in noun.morph.get("Case")}
    return any(p.tag.POS == "ADJF" and p.tag.case in wanted for p in parses)


def article_surnames(doc: Doc, pers: list[tuple[int, int]]) -> set[str]:
    """Surnames (folded, and their stems) of the article's PER spans of two or more words."""
    found: set[str] = set()
    for a, b in pers:
        words, seps = name_words(doc[a:b])
        if sum(not is_initial(w.text) for w in words) < 2:
            continue
        last = normal_name(words, seps).last
        if last:
            found.update({fold(last), stem(last), fold(words[-1].text), stem(words[-1].text)})
    return found


def propagate(doc: Doc, pers: list[tuple[int, int]], others: list[Span]) -> list[tuple[int, int]]:
    """Mark as PER other occurrences of surnames that the article has as PER."""
    known: set[str] = set()
    # East Asian names of the article as written, word by word: the surname alone ("Ли") is
    # also a particle, so another occurrence is marked with its given name ("Ли Пэн")
    whole: set[tuple[str, ...]] = set()
    for a, b in pers:
        span = doc[a:b]
        words, seps = name_words(span)
        if not words:
            continue
        if 2 <= len(words) <= 3 and east_asian([w.text for w in words]):
            whole.add(tuple(fold(w.text) or "" for w in words))
        parts = normal_name(words, seps)
        if parts.last and not is_initial(parts.last):
            known.add(fold(parts.last))
            if len(words) == 1:
                known.add(fold(words[0].text))
            else:
                known.add(fold(words[-1].text if parts.last == words[-1].text else parts.last))
    if not known:
        return pers
    known_stems = {stem(k) for k in known if len(k) >= 4}
    firsts = {name[0] for name in whole}
    taken = set()
    for a, b in pers:
        taken.update(range(a, b))
    for ent in others:
        taken.update(range(ent.start, ent.end))
    # a one-word place or body that the dictionary has as no place or body may be a case form
    # of the article's surname that slovnet took for a place ("На Уортмане была форма")
    loose = {ent.start for ent in others if len(ent) == 1 and not dictionary_proper(ent.text)}
    added = []
    for token in doc:
        if (token.i in taken and token.i not in loose) or not is_word(token):
            continue
        run = east_asian_run(doc, token.i, whole, taken) if fold(token.text) in firsts else None
        if run:
            added.append((token.i, run))
            taken.update(range(token.i, run))
            continue
        if not is_capitalized(token):
            continue
        if len(token.text) < 2:
            continue
        if token.text.isupper():
            # a headline in capitals ("ПУТИН ЗАЯВИЛ"): only a known surname as written or in
            # another case, never by its stem alone (an abbreviation may share one)
            if fold(token.text) not in known and (
                stem(token.text) not in known_stems or fold(single_word_normal(token)) not in known
            ):
                continue
        elif fold(token.text) not in known and fold(single_word_normal(token)) not in known:
            # another case of a known surname ("Фаяда" of "Салам Фаяд")
            if stem(token.text) not in known_stems or token.pos_ != "PROPN":
                continue
        start = token.i
        prev = prev_content(doc, start - 1)
        if (
            prev is not None
            and prev.i not in taken
            and is_capitalized(prev)
            and is_word(prev)
            and "\n" not in gap(doc, prev, token)
            and gap(doc, prev, token).strip(" \xa0") == ""
            and has_first_name_reading(prev.text)
            and not (sentence_initial(doc, prev) and dictionary_non_name(prev.text))
        ):
            start = prev.i
        added.append((start, token.i + 1))
        taken.update(range(start, token.i + 1))
    return sorted(pers + added)


def post_noun(token: Token | None) -> bool:
    """A singular noun naming a post or profession (its lemma, or a hyphenated lemma's first
    part, in the roles lexicon built from NEREL train): "министр", "певице",
    "Композитор-неоклассик"."""
    from ruextract.roles.words import role_nouns  # the lexicon; roles itself reads people

    if token is None or token.pos_ not in ("NOUN", "PROPN") or not token.text[:1].isalpha():
        return False
    if token.morph.get("Number") == ["Plur"]:
        return False
    lemma = token.lemma_.lower()
    return lemma in role_nouns() or lemma.split("-")[0] in role_nouns()


def titled_names(
    doc: Doc, pers: list[tuple[int, int]], others: list[Span]
) -> tuple[list[tuple[int, int]], list[Span]]:
    """A one-word name right after a noun naming the person's post that slovnet took for a
    place: the tagger reads it animate, in the noun's case, and pymorphy3 a noun first
    ("министр Орел сообщил"; not "губернатор Орла", nor the adjective of a title: "герцогини
    Кембриджской"). A name followed by another capitalised word is left alone."""
    taken = {i for a, b in pers for i in range(a, b)}
    added, dropped = [], set()
    for ent in others:
        if ent.label_ != "LOC" or len(ent) != 1:
            continue
        token = ent[0]
        if (
            token.i in taken
            or token.pos_ != "PROPN"
            or not is_word(token)
            or not is_capitalized(token)
            or token.morph.get("Animacy") != ["Anim"]
        ):
            continue
        parses = parse_word(token.text)
        if not parses or parses[0].tag.POS != "NOUN" or any(p.tag.POS == "ADJF" for p in parses):
            continue  # a title's adjective: "герцогини Кембриджской", "патриархом Александрийским"
        noun = prev_content(doc, token.i - 1)
        if not post_noun(noun) or token.morph.get("Case") != noun.morph.get("Case"):
            continue
        after = next_content(doc, token.i + 1)
        if after is not None and after.text[:1].isupper() and after.is_alpha:
            continue
        added.append((token.i, token.i + 1))
        dropped.add(ent)
    if not added:
        return pers, others
    return sorted(pers + added), [e for e in others if e not in dropped]


def east_asian_run(doc: Doc, i: int, whole: set[tuple[str, ...]], taken: set[int]) -> int | None:
    """The end of an East Asian name of the article written again from token ``i`` (its
    words in a row, on one line, none of them in another span), if any."""
    for name in whole:
        end = i + len(name)
        if end > len(doc) or any(k in taken for k in range(i, end)):
            continue
        tokens = doc[i:end]
        if [fold(t.text) for t in tokens] == list(name) and not any(
            "\n" in gap(doc, tokens[k], tokens[k + 1]) for k in range(len(tokens) - 1)
        ):
            return end
    return None


def cut_at_lines(doc: Doc, others: list[Span]) -> list[Span]:
    """Places and bodies cut at a line break: a name does not run on into the next line (a
    photo caption "Тянаньмэнь\nЛи Пэн" is a square, then a person); what follows the break
    is left to the steps that find names."""
    out = []
    for ent in others:
        breaks = [t.i for t in ent if "\n" in t.text_with_ws or "\n" in t.text]
        if not breaks:
            out.append(ent)
            continue
        end = breaks[0] + (0 if "\n" in ent.doc[breaks[0]].text else 1)
        if end > ent.start:
            out.append(Span(doc, ent.start, end, label=ent.label_))
    return out


def patronymic_pairs(
    doc: Doc, pers: list[tuple[int, int]], others: list[Span]
) -> list[tuple[int, int]]:
    """Mark as PER other occurrences of the first name and patronymic of a person the article
    names in full ("Ивана Денисовича Шухова" … «Один день Ивана Денисовича»)."""
    known: set[tuple[str | None, str | None]] = set()
    for a, b in pers:
        words, seps = name_words(doc[a:b])
        if len(words) < 2:
            continue
        parts = normal_name(words, seps)
        if parts.first and parts.middle and not is_initial(parts.first + parts.middle):
            known.add((fold(parts.first), fold(parts.middle)))
    if not known:
        return pers
    taken = {i for a, b in pers for i in range(a, b)}
    taken.update(i for ent in others for i in range(ent.start, ent.end))
    added = []
    for token in doc:
        nxt = next_content(doc, token.i + 1)
        if nxt is None or token.i in taken or nxt.i in taken or "Patr" not in name_tags(nxt.text):
            continue
        if not all(is_word(t) and is_capitalized(t) for t in (token, nxt)):
            continue
        if gap(doc, token, nxt).strip(" \xa0") or "\n" in gap(doc, token, nxt):
            continue
        words = [NameWord(t.text, str(t.morph)) for t in (token, nxt)]
        parts = normal_name(words)
        if (fold(parts.first), fold(parts.middle)) in known:
            added.append((token.i, nxt.i + 1))
            taken.update((token.i, nxt.i))
    return sorted(pers + added)


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
    if full_right == 0 or full_left == 0:
        return full_left + full_right <= 2
    return full_left + full_right <= 2 and full_left == 1 and full_right == 1

"""PER spans cut or trimmed: at line breaks and brackets (:func:`split_person`, and places and
bodies in :func:`cut_at_lines`), where two words name two people (:func:`relative_cut`), at
opening words that are no part of a name (:func:`trim_openings`), and into two people the
article has already named (:func:`known_pairs`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ruextract.names import (
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
    SPLIT_PUNCT,
    function_word_opening,
    gap,
    inanimate_noun,
    is_capitalized,
    is_word,
    name_words,
    opens_with_non_name,
    short_initial,
    single_word_normal,
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
        # an East Asian name opens with its surname, which may be a common word ("Пан" of
        # "Пан Ги Муна"): it stays whole
        whole = east_asian([t.text for t in group if is_word(t)])
        while len(group) > 1 and not whole and opens_with_non_name(doc, group[0]):
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
    another case, the two words sharing no case by the dictionary, is a second person; so is a
    second surname ("с Путиным Меркель").
    """
    words = [t for t in group if is_word(t)]
    if len(words) != 2 or words[0].i != group[0].i:
        return 0
    first, second = words
    first_case = first.morph.get("Case")
    second_case = second.morph.get("Case")
    if two_first_names(first, second):
        return second.i - group[0].i  # "С Арчилом Оксана познакомилась"
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
        and not shared_case(first.text, second.text)
    )
    return second.i - group[0].i if relative or other_surname else 0


def two_first_names(first: Token, second: Token) -> bool:
    """Two words that the dictionary has only as first names (no surname, no patronymic
    reading), in two cases by the tagger that no reading of theirs shares: two people ("С
    Арчилом Оксана познакомилась"). A double first name in one case ("Анна Мария") or a
    first name before a surname ("Оксана Акиньшина") stays one."""
    tags = [dictionary_name_tags(first.text), dictionary_name_tags(second.text)]
    if any(found != {"Name"} for found in tags):
        return False
    cases = first.morph.get("Case"), second.morph.get("Case")
    return all(cases) and cases[0] != cases[1] and not shared_case(first.text, second.text)


def shared_case(left: str, right: str) -> bool:
    """The two words have a case in common among pymorphy3's readings (guesses included): the
    tagger's two cases may be one form's two readings ("нападающего Карлоса Тевеса": genitive
    and accusative are one form for a man), so they are no evidence of two people."""
    cases = {p.tag.case for p in parse_word(left) if p.tag.case}
    return bool(cases & {p.tag.case for p in parse_word(right) if p.tag.case})


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
    woman "Иванова Мария" after "Иван Иванов", read nominative, stays one); a lone first name
    then a word that is no first name stays one name ("Вера Щесных" after "Вера" and the
    family's "Щесных"); so is a full name
    with a patronymic followed by the surname of a person named in full before ("Сергей
    Анатольевич Лебедев Путин" after "Владимир Путин")."""

    made: dict[tuple[int, int], set[str]] = {}
    surnames: dict[tuple[int, int], str | None] = {}
    # the words of each span as written, and its surname as written when that is an oblique
    # case ("Арафата" of "Ясира Арафата": the surname "Арафат")
    written: dict[tuple[int, int], set[str]] = {}
    oblique: dict[tuple[int, int], str | None] = {}

    def forms(a: int, b: int) -> set[str]:
        if (a, b) in made:
            return made[a, b]
        words, seps = name_words(doc[a:b])
        surnames[a, b] = oblique[a, b] = None
        written[a, b] = {fold(w.text) or "" for w in words}
        if not words or any(is_initial(w.text) for w in words):
            found: set[str] = set()
        else:
            as_written = " ".join(fold(w.text) or "" for w in words)
            parts = normal_name(words, seps)
            found = {as_written, " ".join((fold(parts.normal) or "").split())}
            if len(words) > 1 and parts.last and " " not in parts.last:
                surnames[a, b] = fold(parts.last)
                if fold(words[-1].text) != surnames[a, b]:
                    oblique[a, b] = fold(words[-1].text)
        made[a, b] = found
        return found

    out = []
    # the forms of the spans before this one (grown span by span), and the surnames of their
    # full names: "Владимира Шпидлы" makes "Шпидла" a person of the article on the left of a
    # pair; on the right such a surname is the family's ("Кэтрин Джексон" after "Кэтрин" and
    # "Майкла Джексона" is one woman)
    before: set[str] = set()
    known_surnames: set[str] = set()
    oblique_surnames: set[str] = set()
    words_before: set[str] = set()
    for n, (a, b) in enumerate(pers):
        if n:
            before |= forms(*pers[n - 1])
            known_surnames |= {surnames[pers[n - 1]]} - {None}
            oblique_surnames |= {oblique[pers[n - 1]]} - {None}
            words_before |= written[pers[n - 1]]
        tokens = [t.i for t in doc[a:b] if is_word(t)]
        if len(tokens) < 2 or east_asian([doc[i].text for i in tokens]):
            out.append((a, b))
            continue
        whole = forms(a, b)
        cut = None
        # a lone first name then a lone word that is no first name is one full name, though the
        # article named each alone before ("дочь Вера" … "семья Щесных" … "дочь, Вера Щесных")
        first_then_surname = (
            len(tokens) == 2
            and dictionary_name_tags(doc[tokens[0]].text) == {"Name"}
            and "Name" not in name_tags(doc[tokens[1]].text)
        )
        for k in range(1, 1 if first_then_surname else len(tokens)):
            left, right = forms(a, tokens[k]), forms(tokens[k], b)
            if left & (before | known_surnames) and right & before and not whole & before:
                cut = tokens[k]
                break
        if cut is None and len(tokens) == 2 and not whole & before:
            # two surnames of two people named in full before, side by side ("после свержения
            # Маркоса Акино стала" after "Фердинанда Маркоса" and "Корасон Акино")
            left, right = forms(a, tokens[1]), forms(tokens[1], b)
            if left & known_surnames and right & known_surnames and not left & right:
                cut = tokens[1]
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
            and not whole & before
            and two_full_names([doc[i] for i in tokens])
            and stem(doc[tokens[3]].text) in {stem(f) for f in before | known_surnames}
        ):
            cut = tokens[2]  # a caption: "Рафаэль Корреа Эдвард Сноуден" after "о Сноудене"
        if (
            cut is None
            and len(tokens) == 2
            and not whole & before
            and fold(doc[tokens[0]].text) in oblique_surnames
            and fold(doc[tokens[1]].text) not in words_before
            and relative_noun(doc, a)
        ):
            # "Вдова Арафата Суха" after "Ясира Арафата": after a noun naming a person, the
            # surname in the oblique case the article wrote for a person named in full, then a
            # word no mention of the article had: that person's relative, a second person
            cut = tokens[1]
        if (
            cut is None
            and len(tokens) >= 3
            and not whole & before
            and fold(doc[tokens[0]].text) in oblique_surnames
            and dictionary_name_tags(doc[tokens[1]].text) == {"Name"}
            and "Patr" not in dictionary_name_tags(doc[tokens[-1]].text)
            and relative_noun(doc, a)
        ):
            # … and so is a first name with a surname after it: "подруга супруги Джигарханяна
            # Виталины Цымбалюк-Романовской" after "Армена Джигарханяна" ("Путина Владимира
            # Владимировича" is one official name: a patronymic closes it)
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


def relative_noun(doc: Doc, start: int) -> bool:
    """The word right before token ``start`` (spaces between, no line break) is a singular
    animate common noun, by the tagger and the dictionary: a relative or a post ("Вдова",
    "сын"), whose own name may follow the genitive of the person it is related to."""
    i = start - 1
    if i > 0 and doc[i].is_space and "\n" not in doc[i].text:
        i -= 1  # a no-break space is a token of its own
    noun = doc[i]
    if i < 0 or noun.pos_ != "NOUN":
        return False
    if noun.morph.get("Animacy") != ["Anim"] or noun.morph.get("Number") != ["Sing"]:
        return False
    return any(
        from_dictionary(p) and p.tag.POS == "NOUN" and "anim" in p.tag.grammemes
        for p in parse_word(noun.text)
    )


def two_full_names(words: list[Token]) -> bool:
    """Four words that read first name, surname, first name, surname: two people side by side
    (a caption "Рафаэль Корреа Эдвард Сноуден"; :func:`known_pairs` cuts them when the article
    named the second by the surname before, as one Arabic name reads the same: "Абду Рабу
    Мансура Хади"). The first and third words are first names
    to pymorphy3's dictionary, the second and fourth have no first-name or patronymic reading
    there; "Анна Мария Луиза Медичи", "Жан Поль Бельмондо" and a first name with patronymic
    ("Иван Петрович Сидоров Путин") are not."""
    if len(words) != 4 or any(is_initial(w.text) for w in words):
        return False
    first = [dictionary_name_tags(w.text) for w in words[::2]]
    other = [dictionary_name_tags(w.text) for w in words[1::2]]
    return all("Name" in tags for tags in first) and not any(
        tags & {"Name", "Patr"} for tags in other
    )

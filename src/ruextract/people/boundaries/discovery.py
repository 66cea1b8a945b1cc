"""Names slovnet missed, found from morphology and the words around: a first name and surname, a
surname opening a sentence or a headline (:func:`discover`), a name after a post noun that
slovnet took for a place (:func:`titled_names`), the person a body is named after
(:func:`eponyms`), adjectives made from a name (:func:`name_adjectives`) and a name in its own
script in brackets (:func:`original_script`).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.attrs import POS
from spacy.symbols import ADJ, PROPN
from spacy.tokens import Doc, Span, Token

from ruextract.names import (
    from_dictionary,
    is_initial,
    is_regnal_number,
    known_word,
    parse_word,
    particle,
)
from ruextract.people.boundaries.evidence import alone_in_quotes
from ruextract.people.linking.evidence import ALIAS_INTRO
from ruextract.people.words import (
    dictionary_geo,
    dictionary_non_name,
    gap,
    has_first_name_reading,
    has_letter,
    is_capitalized,
    is_word,
    name_adjective_base,
    next_content,
    prev_content,
    sentence_initial,
    subject_surname,
    surname_like,
    taken_tokens,
)
from ruextract.views import token_texts


def discover(doc: Doc, pers: list[tuple[int, int]], others: list[Span]) -> list[tuple[int, int]]:
    """Names slovnet missed that pymorphy3 reads as names.

    A first name followed by a surname ("Касым-Жомарт Токаев дал интервью" opening an
    article), a surname opening a headline before a colon ("Путин: …"), and a word whose
    likeliest reading is a surname opening a sentence before its
    verb ("Нургалиев уволил начальника"), or whose only readings that the verb agrees with are
    surnames ("Голиков заявил": not the genitive plural of "голик").
    """
    taken = taken_tokens(pers, others)

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
    for i, text in enumerate(token_texts(doc)):
        # free() of the token's text alone first: no Token object for most tokens
        if i in taken or not has_letter(text) or not text[:1].isupper():
            continue
        token = doc[i]
        if not free(token):
            continue
        nxt = next_content(doc, token.i + 1)
        named = first_and_patronymic(doc, token, nxt, free)
        if named is not None:
            added.append(named)
            taken.update(range(*named))
            continue
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


def first_and_patronymic(
    doc: Doc, token: Token, nxt: Token | None, free: Callable[[Token | None], bool]
) -> tuple[int, int] | None:
    """A first name then a patronymic in a case both can have, by pymorphy3's dictionary, on one
    line ("«Портрет Анны Карловны Бенуа»"), with the surname after them if a word follows that
    is shaped like one, a proper noun to the tagger or unknown to the dictionary, and no
    place; none when the second word is no patronymic ("Анны Карениной") or the two share no
    case ("Анна Карловне")."""
    if not free(nxt) or not single_space(doc, token, nxt):
        return None
    first_cases = name_cases(token.text, "Name")
    shared = first_cases & name_cases(nxt.text, "Patr")
    if not shared or dictionary_geo(token.text):
        return None
    end = nxt.i + 1
    last = next_content(doc, end)
    if (
        free(last)
        and single_space(doc, nxt, last)
        and (surname_like(last) or last.pos_ == "PROPN" or not known_word(last.text))
        and not dictionary_geo(last.text)
    ):
        end = last.i + 1
    return token.i, end


def single_space(doc: Doc, left: Token, right: Token) -> bool:
    """Only spaces (no line break) between two tokens."""
    between = gap(doc, left, right)
    return between.strip(" \xa0") == ""


def name_cases(word: str, grammeme: str) -> set[str]:
    """The cases of pymorphy3's dictionary readings of ``word`` as a name part (``"Name"``,
    ``"Patr"``)."""
    return {
        str(p.tag.case)
        for p in parse_word(word)
        if from_dictionary(p) and grammeme in p.tag.grammemes and p.tag.case
    }


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


def eponyms(doc: Doc, pers: list[tuple[int, int]], others: list[Span]) -> list[tuple[int, int]]:
    """The person a body is named after: "Театр имени Ермоловой", "им. А.М. Горького"."""
    taken = taken_tokens(pers, others)
    added = []
    for k, text in enumerate(token_texts(doc)):
        if text.lower() not in ("имени", "им"):
            continue
        token = doc[k]
        before = prev_content(doc, token.i - 1)
        if before is not None and before.lower_ == "от":
            continue  # "от имени Церкви": on its behalf, no body named after anyone
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
    taken = taken_tokens(pers, others)
    added = []
    for i, pos in enumerate(doc.to_array(POS).tolist()):
        if i in taken or pos not in (ADJ, PROPN):  # token.pos_, without a Token per token
            continue
        token = doc[i]
        nxt = next_content(doc, token.i + 1)
        if nxt is None or not nxt.text[:1].islower() or nxt.pos_ not in ("NOUN", "ADJ"):
            continue
        if name_adjective_base(token.text):
            added.append((token.i, token.i + 1))
    return sorted(pers + added)


def original_script(
    doc: Doc, pers: list[tuple[int, int]], others: list[Span]
) -> list[tuple[int, int]]:
    """A person's name in its own script in brackets right after the Russian one is a mention
    ("Чжан Инъин (章莹颖)", "Марио (何猷君)", "Фолькер Буфье (Volker Bouffier)"): the bracket
    holds only non-Cyrillic words, Latin ones capitalised, at most four, or they close a list
    of the person's other spellings ("Михаилс Савикис (Савицкис, Савискис; Mihails
    Savickis)")."""
    taken = taken_tokens(pers, others)
    added = []
    for _, b in pers:
        if b >= len(doc) or doc[b].text != "(":
            continue
        close = next((t.i for t in doc[b + 1 : b + 16] if t.text == ")"), None)
        inside = [t for t in doc[b + 1 : close] if not t.is_space] if close else []
        if inside and any(t.i in taken for t in inside):
            inside = listed_last(inside, taken)
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
    return bracket_aliases(doc, sorted(pers + added), others)


def alias_items(doc: Doc, start: int, close: int) -> list[tuple[int, int]] | None:
    """The names of a bracket listing another person's names, from token ``start`` (after "(")
    to ``close`` (")"): items split by "," or ";", each one capitalised word or more (a regnal
    numeral, a lowercase particle between them), after an alias intro if any ("в миру —"); none
    when an item is anything else ("(Москва, 35 лет)")."""
    items: list[list[Token]] = [[]]
    for token in doc[start:close]:
        if token.text in (",", ";"):
            items.append([])
        elif not token.is_space:
            items[-1].append(token)
    found = []
    for item in items:
        text = doc[item[0].i : item[-1].i + 1].text if item else ""
        intro = ALIAS_INTRO.match(text)
        skip = len(intro.group(0)) if intro and intro.group(0).strip() else 0
        words = [t for t in item if t.idx >= item[0].idx + skip] if item else []
        if not words or len(words) > 5 or not words[0].text[:1].isupper():
            return None
        for t in words:
            numeral = is_regnal_number(t.text)
            if not (numeral or (t.is_alpha and t.text[0].isupper()) or particle(t.text, 1)):
                return None
        found.append((words[0].i, words[-1].i + 1))
    return found


def bracket_aliases(
    doc: Doc, pers: list[tuple[int, int]], others: list[Span]
) -> list[tuple[int, int]]:
    """Every item of a bracket of other names after a person's mention is a mention when one
    item already is ("Теодориус (Теодорус, Тавадрос; Theodoros II; Tawadros; в миру — Вагих
    Субхи Баки Сулейман)": a place read in "Теодорус", the Latin forms, the whole secular
    name). A bracket of which no item is a person's name stays as it is ("Иван Петров (Москва,
    Россия)"), and so does one with an item that is no name ("(Москва, 35 лет)")."""
    starts = {a for a, _ in pers}
    added: list[tuple[int, int]] = []
    for _, b in pers:
        if b >= len(doc) or doc[b].text != "(":
            continue
        close = next((t.i for t in doc[b + 1 : b + 40] if t.text in ")\n"), None)
        if close is None or doc[close].text != ")":
            continue
        items = alias_items(doc, b + 1, close)
        if not items or len(items) < 2:
            continue
        inside = [r for r in pers if b < r[0] and r[1] <= close]
        if not inside:
            continue
        for a, z in items:
            if (a, z) not in pers and a not in starts:
                added.append((a, z))
    if not added:
        return pers
    covered = {i for a, z in added for i in range(a, z)}
    kept = [r for r in pers if not covered.intersection(range(*r))]
    return sorted(kept + added)


def listed_last(inside: list[Token], taken: set[int]) -> list[Token]:
    """The last item of a list of spellings in brackets whose other items are all names
    ("Михаилс Савикис (Савицкис, Савискис; Mihails Savickis)" -> "Mihails Savickis"); none
    when an item before it is no name."""
    items: list[list[Token]] = [[]]
    for token in inside:
        if token.text in (",", ";"):
            items.append([])
        else:
            items[-1].append(token)
    if len(items) < 2 or not all(item and all(t.i in taken for t in item) for item in items[:-1]):
        return []
    return items[-1]


# nouns of a street or square named after a person (lemmas): "проспекта Вернадского"
STREET_NOUNS = frozenset(
    {"улица", "проспект", "площадь", "переулок", "бульвар", "набережная", "шоссе", "проезд"}
)
# the adjective naming a saint: "собора святого Петра", "больнице Святой Марии"
SAINT = frozenset({"святой"})


def named_places(
    doc: Doc, pers: list[tuple[int, int]], others: list[Span]
) -> tuple[list[tuple[int, int]], list[Span]]:
    """The person a street is named after and a saint that a church or a hospital is named
    after, in the genitive after the street's noun or "святой": "на пересечении проспекта
    Вернадского" (a surname to pymorphy3's dictionary), "улице Генерала Дорохова" is left,
    "больнице Святой Марии", "собора святого Петра" (a first name to the dictionary). The name
    is a mention of the person (the guideline keeps them, as NEREL does); a place or body
    slovnet found over no more than the noun and the name gives way to it. "улица Садовая"
    (an adjective), "святое место" and "проспекта Мира" (no name reading) stay."""
    taken = {i for a, b in pers for i in range(a, b)}
    owner = {i: ent for ent in others for i in range(ent.start, ent.end)}
    added, dropped = [], set()
    for i, text in enumerate(token_texts(doc)):
        if i in taken or not has_letter(text) or not text[:1].isupper() or text.isupper():
            continue
        token = doc[i]
        noun = prev_content(doc, token.i - 1)
        if noun is None or noun.i in taken or not single_space(doc, noun, token):
            continue
        end = named_place_name(doc, noun, token, taken)
        if end is None:
            continue
        covering = {owner[i] for i in range(noun.i, end) if i in owner}
        if any(ent.start < noun.i or ent.end > end for ent in covering):
            continue  # the name inside a longer place or body: left to it
        added.append((token.i, end))
        taken.update(range(token.i, end))
        dropped |= covering
    if not added:
        return pers, others
    return sorted(pers + added), [e for e in others if e not in dropped]


def named_place_name(doc: Doc, noun: Token, token: Token, taken: set[int]) -> int | None:
    """The end of the name a place is named after, from ``token`` after ``noun``: a surname
    in the genitive (with a first name in the genitive before it) after a lowercase street
    noun, a first name in the genitive after "святой"; None when there is none."""
    lemma = noun.lemma_.lower()
    if lemma in SAINT:
        return token.i + 1 if genitive_reading(token.text, "Name") else None
    if lemma not in STREET_NOUNS or not noun.text[:1].islower():
        return None
    nxt = next_content(doc, token.i + 1)
    if (
        nxt is not None
        and nxt.i not in taken
        and is_capitalized(nxt)
        and single_space(doc, token, nxt)
        and genitive_reading(token.text, "Name")
        and genitive_reading(nxt.text, "Surn")
    ):
        return nxt.i + 1  # "бульвара Тараса Шевченко"
    return token.i + 1 if genitive_reading(token.text, "Surn") else None


def genitive_reading(word: str, grammeme: str) -> bool:
    """pymorphy3's dictionary reads ``word`` as a singular genitive name part (``"Name"``,
    ``"Surn"``)."""
    return any(
        from_dictionary(p) and grammeme in p.tag.grammemes and {"gent", "sing"} <= p.tag.grammemes
        for p in parse_word(word)
    )


def quoted_first_names(
    doc: Doc, pers: list[tuple[int, int]], others: list[Span]
) -> list[tuple[int, int]]:
    """A first name inside the title of a work in «» (two to twelve words, on one line): a
    character or the person the work is about ("«Дядя Ваня»", "«Ромео и Джульетта»",
    "«Спасти рядового Райана»"). The word is a first name in every reading pymorphy3's
    dictionary has ("Любовь" of "«Любовь и голуби»", "Веры", "Максим" are also common nouns and
    stay out), and a title of one word is the work's own name ("песню «Юлия»"). A surname
    right after the first name goes with it ("«Кто боится Вирджинии Вульф»").
    """
    taken = taken_tokens(pers, others)
    lone = {a for a, b in pers if b == a + 1}  # a one-word PER span: a surname to join
    added, joined = [], set()
    start = None
    for i, text in enumerate(token_texts(doc)):
        if text == "«":
            start = i + 1
            continue
        if start is None:
            continue
        if "\n" in text or i - start > 12:
            start = None
            continue
        if text != "»":
            continue
        words = [t for t in doc[start:i] if is_word(t)]
        start = None
        if len(words) < 2:
            continue
        for word in words:
            if word.i in taken or not is_capitalized(word) or word.text.isupper():
                continue
            parses = [p for p in parse_word(word.text) if from_dictionary(p)]
            if not parses or not all("Name" in p.tag.grammemes for p in parses):
                continue
            if alone_in_quotes(doc, word):
                continue  # "«… „Пересвет“»": the name of a body inside the title
            end = word.i + 1
            last = next_content(doc, end)
            if (
                last is not None
                and (last.i not in taken or last.i in lone)
                and is_capitalized(last)
                and single_space(doc, word, last)
                and (surname_like(last) or not known_word(last.text))
            ):
                end = last.i + 1  # "«Кто боится Вирджинии Вульф»"
                if last.i in lone:
                    joined.add((last.i, end))
            if added and added[-1][1] == word.i and single_space(doc, doc[word.i - 1], word):
                added[-1] = (added[-1][0], end)  # two first-name words: one name
            else:
                added.append((word.i, end))
            taken.update(range(word.i, end))
    return sorted([r for r in pers if r not in joined] + added)

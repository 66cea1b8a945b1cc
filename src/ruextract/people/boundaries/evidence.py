"""Names the article itself gives evidence for: its surnames (:func:`article_surnames`) and
first names (:func:`article_first_names`), the surnames marked
wherever else they appear (:func:`propagate`, East Asian names word by word), and the first
name and patronymic of a person named in full (:func:`patronymic_pairs`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ruextract.names import (
    NAME_PARTICLES,
    NameWord,
    east_asian,
    from_dictionary,
    is_initial,
    name_tags,
    normal_name,
    parse_word,
)
from ruextract.people.boundaries.filters import family_by_noun
from ruextract.people.linking import fold, stem
from ruextract.people.words import (
    CLOSE_QUOTES,
    OPEN_QUOTES,
    dictionary_non_name,
    dictionary_proper,
    gap,
    has_first_name_reading,
    has_letter,
    is_capitalized,
    is_word,
    name_words,
    next_content,
    prev_content,
    sentence_initial,
    single_word_normal,
    taken_tokens,
)
from ruextract.views import token_texts


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


def article_first_names(doc: Doc, pers: list[tuple[int, int]]) -> set[str]:
    """First names (folded nominatives) of the article's PER spans of two or more words
    ("Альберт" of "Король Альберт II", "Юлия" of "Юлии Липницкой")."""
    found: set[str] = set()
    for a, b in pers:
        words, seps = name_words(doc[a:b])
        if len(words) < 2:
            continue
        first = normal_name(words, seps).first
        if first and not is_initial(first):
            found.add(fold(first) or "")
    return found


def owner_of_body(
    doc: Doc, pers: list[tuple[int, int]], others: list[Span], surnames: set[str]
) -> tuple[list[tuple[int, int]], list[Span]]:
    """An organisation named by an abbreviation, then an oblique case (by the tagger) of a
    surname the article gives a person in full, is that person's ("ведущего КВН Маслякова" beside
    "Александр Масляков"): the surname is a mention of the person and the organisation is the
    abbreviation. ``surnames`` are the article's (:func:`article_surnames`). A surname no
    person of the article has ("МГУ Ломоносова" without him), a nominative, or one after words
    that are no abbreviation ("фонд Маслякова") stays in the organisation."""
    if not surnames:
        return pers, others
    taken = {i for a, b in pers for i in range(a, b)}
    kept: list[Span] = []
    added: list[tuple[int, int]] = []
    for ent in others:
        words = [t for t in ent if is_word(t)]
        last = words[-1] if words else None
        if (
            ent.label_ != "ORG"
            or len(words) < 2
            or last is None
            or last.i != ent.end - 1
            or last.i in taken
            or not is_capitalized(last)
            or last.text.isupper()
            or last.morph.get("Case", ["Nom"]) == ["Nom"]  # "КВН Масляков" is no owner's
            or not (fold(last.text) in surnames or stem(last.text) in surnames)
            or not all(t.text.isupper() and len(t.text) >= 2 for t in words[:-1])
        ):
            kept.append(ent)
            continue
        kept.append(Span(doc, ent.start, words[-2].i + 1, label=ent.label_))
        added.append((last.i, last.i + 1))
    return sorted(pers + added), kept


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
    for i, text in enumerate(token_texts(doc)):
        if (i in taken and i not in loose) or not has_letter(text):
            continue
        folded = fold(text)
        if folded not in firsts and not text[:1].isupper() and not particle_surname(text, known):
            continue  # no Token object for a lowercase word (the checks below, by its text)
        token = doc[i]
        run = east_asian_run(doc, token.i, whole, taken) if fold(token.text) in firsts else None
        if run:
            added.append((token.i, run))
            taken.update(range(token.i, run))
            continue
        if not is_capitalized(token) and not particle_surname(token.text, known):
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
        if family_by_noun(doc, [token]):
            continue  # "Семья Щесных" beside "Вера Щесных": the family, no one person
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


def particle_surname(text: str, known: set[str]) -> bool:
    """A surname of the article that opens with a lowercase particle and a hyphen, written
    again as it is ("эль-Маруг" of "Каримы эль-Маруг"); a lowercase word that is no known
    surname ("аль-каидовский") or has no capitalised part after the particle is not one."""
    head, _, tail = text.partition("-")
    return (
        head in NAME_PARTICLES and tail[:1].isupper() and tail[1:2].islower()
        and fold(text) in known
    )  # fmt: skip


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
    taken = taken_tokens(pers, others)
    added = []
    for i, text in enumerate(token_texts(doc)):
        if i in taken or not has_letter(text) or not text[:1].isupper():
            continue  # by its text, as the checks below would: no Token object
        token = doc[i]
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


def first_name_mentions(
    doc: Doc, pers: list[tuple[int, int]], others: list[Span]
) -> list[tuple[int, int]]:
    """Mark as PER a lone first name of the one person of the article who has it, written
    again alone ("Серена Уильямс" … "В планах Серены"; "Башню Елизаветы" after "Елизавета
    II"): the word as written, or a case form of it by pymorphy3's dictionary. Not when two
    people of the article share the first name ("Мария Иванова", "Мария Петрова"), when a
    capitalised word follows (another name: "Серена Уильямс" itself, "Серена Джонс"), nor a
    sentence-initial word the dictionary has as no name unless it is the first name as the
    article wrote it ("Серена довольна" opening a sentence), nor a word alone in quotes (a title:
    "песню «Юлия»" after "Юлия Савичева")."""
    owners: dict[str, set[str]] = {}
    for a, b in pers:
        words, seps = name_words(doc[a:b])
        if len(words) < 2 or any(is_initial(w.text) for w in words):
            continue
        if east_asian([w.text for w in words]):
            continue
        parts = normal_name(words, seps)
        if parts.first and parts.last and " " not in parts.first:
            owners.setdefault(fold(parts.first) or "", set()).add(fold(parts.last) or "")
    known = {first for first, lasts in owners.items() if len(lasts) == 1 and len(first) >= 3}
    if not known:
        return pers
    taken = taken_tokens(pers, others)
    added = []
    for i, text in enumerate(token_texts(doc)):
        if i in taken or not has_letter(text) or not text[:1].isupper():
            continue
        if text.isupper() or not first_name_form(text, known):
            continue
        token = doc[i]
        nxt = next_content(doc, token.i + 1)
        if (
            nxt is not None
            and is_word(nxt)
            and is_capitalized(nxt)
            and ("\n" not in gap(doc, token, nxt))
        ):
            continue
        if (
            fold(token.text) not in known
            and sentence_initial(doc, token)
            and dictionary_non_name(token.text)
        ):
            continue  # "Серены нет": the verb's form, not the written first name
        if alone_in_quotes(doc, token):
            continue  # "песню «Юлия»": a title
        added.append((token.i, token.i + 1))
    return sorted(pers + added)


def alone_in_quotes(doc: Doc, token: Token) -> bool:
    """The token is all that stands between an opening and a closing quote ("«Юлия»")."""
    return (
        0 < token.i < len(doc) - 1
        and doc[token.i - 1].text in OPEN_QUOTES
        and doc[token.i + 1].text in CLOSE_QUOTES
    )


def first_name_form(word: str, known: set[str]) -> bool:
    """``word`` is one of the ``known`` first names (folded nominatives) as written, another
    case ending on its stem of four letters or more ("Серены" of "серена"), or a case form of
    one by a dictionary first-name reading ("Марии" of "мария")."""
    if fold(word) in known:
        return True
    found = stem(word)
    if found and len(found) >= 4 and found in {stem(k) for k in known}:
        return True  # "Серены" of "серена", which the dictionary has as no name
    return any(
        "Name" in p.tag.grammemes and fold(p.normal_form) in known
        for p in parse_word(word)
        if from_dictionary(p)
    )

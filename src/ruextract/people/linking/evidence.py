"""What the article shows about its mentions before they are linked: names joined by "и"
(two people), a plural surname shared by two first names, restatements in brackets or as an
alias, quotes, and one spelling read alike wherever its case is shown.

Pure functions over the PER spans of a Doc and their :class:`~ruextract.names.NameParts`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ruextract import views
from ruextract.morph import restore_case
from ruextract.names import (
    GENDERS,
    NameParts,
    dictionary_name_tags,
    first_name_gender,
    from_dictionary,
    name_readings,
    parse_word,
    readings,
    singular_surname,
)
from ruextract.people.linking.forms import RUSSIAN_POSSESSIVE, fold, same_surname
from ruextract.people.words import CLOSE_QUOTES, OPEN_QUOTES, name_words


def coordinated(spans: list[Span]) -> set[tuple[int, int]]:
    """Pairs of mentions joined by "и" / "или", which name two people ("Михаил Агранович и
    Михаил Хасая"): such mentions are never linked."""
    found = set()
    for i in range(1, len(spans)):
        between = views.text(spans[i].doc)[spans[i - 1].end_char : spans[i].start_char]
        if between.strip() in ("и", "или"):
            found.add((i - 1, i))
    return found


def person_noun(span: Span) -> str | None:
    """The lemma of the lowercase noun naming a person right before a mention ("епископ
    Рафаэль" -> "епископ"), by pymorphy3's dictionary (animate, no name reading); else None."""
    if span.start == 0:
        return None
    token = span.doc[span.start - 1]
    if not token.text[:1].islower() or not token.is_alpha:
        return None
    parses = [p for p in parse_word(token.text) if from_dictionary(p)]
    nouns = {
        p.normal_form
        for p in parses
        if p.tag.POS == "NOUN"
        and "anim" in p.tag.grammemes
        and not p.tag.grammemes & {"Name", "Surn", "Patr"}
    }
    return min(nouns) if nouns and len(nouns) == len({p.normal_form for p in parses}) else None


def differently_titled(spans: list[Span]) -> set[tuple[int, int]]:
    """Pairs of mentions of one sentence after two different nouns naming a person: two people
    ("епископ Рафаэль, …, иеромонах Рафаэль Ава Мина"); such mentions are never linked. The
    same noun ("епископ Теодориус … епископ Теодориус") or one in another sentence shows
    nothing."""
    doc = spans[0].doc if spans else None
    if doc is None or not doc.has_annotation("SENT_START"):
        return set()
    titled = [(i, person_noun(span), span.sent.start) for i, span in enumerate(spans)]
    titled = [(i, noun, sent) for i, noun, sent in titled if noun]
    return {
        (i, j)
        for i, noun_i, sent_i in titled
        for j, noun_j, sent_j in titled
        if i < j and sent_i == sent_j and noun_i != noun_j
    }


PARAGRAPH_BREAK = re.compile(r"\s*\n\s*")


def paragraphs(spans: list[Span]) -> list[int]:
    """The paragraph each mention opens in, counted by line breaks (a blank line between two
    paragraphs is one break): 0 for the first."""
    if not spans:
        return []
    text = views.text(spans[0].doc)
    return [len(PARAGRAPH_BREAK.findall(text, 0, span.start_char)) for span in spans]


def written_nominative(
    spans: list[Span], names: list[NameParts], contexts: list[dict] | None = None
) -> None:
    """A full name read in an oblique case takes its other reading that another mention of the
    article writes as it stands, in the nominative ("премьером Мирославу Немцову" read as
    Мирослав Немцов's dative is the accusative of the "Мирослава Немцова" the article names):
    the text shows which name it is (``names`` is changed in place). A mention read as written
    keeps its reading ("Евгения Душко" stays, whoever "Евгений Душко" is); a reading in a
    case its ``contexts`` rule out is none ("для Евгении Душко" is no locative)."""
    as_written = [" ".join(span.text.split()) for span in spans]
    nominatives = {
        fold(text)
        for text, parts in zip(as_written, names, strict=True)
        if " " in text and fold(parts.normal) == fold(text)
    }
    for i, (span, parts) in enumerate(zip(spans, names, strict=True)):
        if not (parts.first and parts.last) or fold(parts.normal) in nominatives:
            continue
        if fold(parts.normal) == fold(as_written[i]):
            continue
        words, seps = name_words(span)
        for other in name_readings(words, seps, contexts[i] if contexts else None):
            if fold(other.normal) in nominatives:
                names[i] = other
                break


def attested_reading(spans: list[Span], names: list[NameParts], contexts: list[dict]) -> None:
    """A full name of two readings takes the one another mention of the article spells with no
    doubt, when no such mention shares the reading it was given: "главу … Евгения Душко" is
    the accusative of the "Евгений Душко" the article names, not a woman; "Мирославу Немцову"
    and "Мирослава Немцова" are cases of the "Мирославы Немцовой" it names (``names`` is
    changed in place). A mention whose own context shows another gender, or the nominative
    as written, keeps its reading ("Евгения Душко заявила" is a woman whoever Евгений is); so
    does a name read as it stands whose surname shows the gender ("Пришла Алена Петрова" is
    no genitive of the "Ален Петров" named after her), unlike "Душко", alike in both."""
    texts = [" ".join(span.text.split()) for span in spans]
    options: list[list[NameParts]] = []
    for span, parts, context in zip(spans, names, contexts, strict=True):
        if parts.first and parts.last and not parts.plural:
            options.append(name_readings(*name_words(span), context))
        else:
            options.append([])
    # the nominatives of mentions whose every reading is one name, by what they write
    certain: dict[str, set[str]] = {}
    for text, found in zip(texts, options, strict=True):
        if len({fold(r.normal) for r in found}) == 1:
            certain.setdefault(fold(found[0].normal) or "", set()).add(text)

    def shown(normal: str, text: str) -> bool:
        return bool(certain.get(fold(normal) or "", set()) - {text})

    for i, (text, found, context) in enumerate(zip(texts, options, contexts, strict=True)):
        if len(found) < 2 or shown(names[i].normal, text):
            continue
        other = [r for r in found if fold(r.normal) != fold(names[i].normal)]
        other = [r for r in other if shown(r.normal, text)]
        if len(other) != 1:
            continue
        gender = GENDERS.get(context.get("Gender", ""))
        if gender and gender != other[0].gender:
            continue
        if context.get("Case") == "Nom" and fold(other[0].normal) != fold(text):
            continue
        if fold(names[i].normal) == fold(text) and fold(other[0].last) != fold(names[i].last):
            continue  # read as it stands, with a surname that shows the gender: "Алена Петрова"
        names[i] = other[0]


def glued_middle(names: list[NameParts]) -> None:
    """A middle word written as the start of one word of the name run into another whole word
    of it is a misprint, not a name: "Джеральд Форджеральд Форд" is Джеральд Форд ("Фор" +
    "джеральд"); the name drops it (``names`` is changed in place). A middle word that only
    shares letters with them stays ("Джеральд Рудольф Форд")."""
    for i, parts in enumerate(names):
        if not (parts.first and parts.middle and parts.last):
            continue
        middle = fold(parts.middle) or ""
        for head_of, tail in ((parts.last, parts.first), (parts.first, parts.last)):
            whole = fold(tail) or ""
            head = middle[: len(middle) - len(whole)]
            if middle.endswith(whole) and len(head) >= 2 and (fold(head_of) or "").startswith(head):
                words = [w for w in parts.normal.split(" ") if w != parts.middle]
                names[i] = NameParts(
                    " ".join(words),
                    last=parts.last,
                    first=parts.first,
                    gender=parts.gender,
                    plural=parts.plural,
                )
                break


CONSONANT_END = re.compile(r"[бвгджзклмнпрстфхцчшщ]$")


def paradigm_shown(names: list[NameParts], written: set[str]) -> None:
    """A man's full name read as a woman's nominative because it stands in the genitive or
    accusative ("сменит Арлена Спектера" read as "Арлена Спектера") is the man's when the
    article writes his surname alone without that "-а", in the nominative or the masculine
    instrumental ("Если Спектер выступал", "подан Спектером"): the text shows the surname's
    paradigm, so the name is "Арлен Спектер" (``names`` is changed in place; ``written``
    holds the article's one-word mentions as written, folded). A Russian woman's surname
    ("Петрова", "Пушкина") stays hers, whatever her husband's is."""
    for i, parts in enumerate(names):
        first, last = fold(parts.first), fold(parts.last)
        if not (first and last) or parts.middle or parts.plural or " " in last + first:
            continue
        if parts.gender != "femn" or not (first.endswith("а") and last.endswith("а")):
            continue
        base_first, base_last = parts.first[:-1], parts.last[:-1]
        if not (CONSONANT_END.search(fold(base_first)) and CONSONANT_END.search(fold(base_last))):
            continue
        if RUSSIAN_POSSESSIVE.search(fold(base_last)):
            continue
        if not {fold(base_last), fold(base_last) + "ом"} & written:
            continue
        names[i] = NameParts(
            f"{base_first} {base_last}", last=base_last, first=base_first, gender="masc"
        )


MASCULINE_PATRONYMIC = re.compile(r"(?:ович|евич)$")


def patronymic_surnames(names: list[NameParts]) -> None:
    """A surname written like a patronymic ("Абрамович", "Рабинович") read as the patronymic of
    a first name is that person's surname when the article writes it alone as a mention
    ("Абрамович старался": nobody is named by a patronymic alone) or when the first name is a
    woman's (a woman's patronymic ends in -овна: "Лея Абрамович"); ``names`` is changed in
    place. "Иван Петрович" stays a first name and patronymic when no "Петрович" stands alone."""
    alone = {fold(p.last) for p in names if p.last and not p.first and not p.middle}
    for i, parts in enumerate(names):
        if not (parts.first and parts.middle) or parts.last or " " in parts.middle:
            continue
        gender = first_name_gender(parts.first)
        middle = fold(parts.middle) or ""
        if middle in alone or (gender == "femn" and MASCULINE_PATRONYMIC.search(middle)):
            names[i] = NameParts(
                parts.normal, last=parts.middle, first=parts.first, gender=gender or parts.gender
            )


def consonant_paradigm_shown(names: list[NameParts], written: set[str]) -> None:
    """A man's full name read as a nominative in -а ("обвинил актёр … Энтони Рэппа", a
    genitive) is the genitive of a surname in a consonant when the article writes that
    surname alone without the "-а", in the nominative or the masculine instrumental ("перед
    Рэппом"): the text shows the paradigm, so the name is "Энтони Рэпп" (``names`` is changed
    in place; ``written`` holds the article's one-word mentions as written, folded). A
    woman's name keeps its "-а" ("Анна Рэппа"), and so does a Russian possessive surname; a
    dative "Рэппу" alone shows nothing (it is also the accusative of "Рэппа")."""
    for i, parts in enumerate(names):
        first, last = fold(parts.first), fold(parts.last)
        if not (first and last) or parts.plural or " " in last:
            continue
        # a name of other parts (a patronymic) or in another order is written otherwise
        if fold(parts.normal) != f"{first} {last}" or not last.endswith("а"):
            continue
        base = last[:-1]
        if not CONSONANT_END.search(base) or RUSSIAN_POSSESSIVE.search(base):
            continue
        if first_name_gender(parts.first or "") == "femn" or parts.gender == "femn":
            continue
        if not {base, base + "ом", base + "ем"} & written:
            continue
        surname = (parts.last or "")[:-1]
        names[i] = NameParts(
            f"{parts.first} {surname}", last=surname, first=parts.first, gender="masc"
        )


def hyphen_joined(names: list[NameParts]) -> None:
    """A first name and a surname the article gives one person, written as one word with a
    hyphen ("Джон-Хинкли-младший" beside "Джона Хинкли": a first name of the dictionary, then
    that person's surname, with its epithet), are that first name and surname (``names`` is
    changed in place). A double name no mention splits so stays ("Жан-Поль", "Римский-Корсаков")."""
    people = [(p.first, p.last) for p in names if p.first and p.last and " " not in p.last]
    for i, parts in enumerate(names):
        if parts.first or not parts.last or "-" not in parts.last or " " in parts.last:
            continue
        first, _, last = parts.last.partition("-")
        if not first[:1].isupper() or "Name" not in dictionary_name_tags(first):
            continue
        if any(fold(f) == fold(first) and same_surname(last, s) for f, s in people):
            names[i] = NameParts(
                f"{first} {last}", last=last, first=first, gender=first_name_gender(first)
            )


def share_plural_surname(spans: list[Span], names: list[NameParts]) -> None:
    """ "Аркадий и Борис Ротенберги" are two people: each first name gets the surname in the
    singular, in its own gender (``names`` is changed in place). A surname the tagger reads as
    singular is shared so only when the article names someone by its singular ("четы Нэнси и
    Рональда Рейганов" with "Рональд Рейган"; "Ивана и Петра Сидорова" stays)."""
    surnames = {fold(p.last) for p in names if p.last and not p.plural}
    for i in range(1, len(spans)):
        parts, prev, last_word = names[i], names[i - 1], spans[i][-1]
        if parts.first is None or parts.last is None or prev.last is not None or not prev.first:
            continue
        between = views.text(spans[i].doc)[spans[i - 1].end_char : spans[i].start_char]
        if between.strip() not in ("и", ","):
            continue
        case = (last_word.morph.get("Case") or ["Nom"])[0]
        reading = readings(last_word.text, "last").get((case, "masc", "plur"))
        if reading is None:
            continue
        plural = restore_case(last_word.text, reading[0])
        if last_word.morph.get("Number") != ["Plur"] and not surnames & {
            fold(singular_surname(plural, gender)) for gender in ("masc", "femn")
        }:
            # read as one person's by the tagger: a plural only when the article names
            # someone by the singular ("Нэнси и Рональда Рейганов" beside "Рональд Рейган",
            # "Вера и Илья Политковские" beside "Анна Политковская")
            continue
        for j in (i - 1, i):
            first = names[j].first or ""
            gender = first_name_gender(first) or "masc"
            last = singular_surname(plural, gender)
            names[j] = NameParts(f"{first} {last}", last=last, first=first, gender=gender)


# what introduces another name of the person just named: "Шон Картер, известный как Джей
# Зи", "Фрэнка Кали по прозвищу Фрэнки Бой", "выступает под именем ДЖЕЙ-ЗИ", "Мандела также
# известен как Мадиба"; a woman's maiden name: "Полежай (в девичестве Садыкова)", "Любовь
# Полежай, урождённая Садыкова"; a cleric's secular name: "Теодориус (в миру — Вагих …)"
ALIAS_INTRO = re.compile(
    r"\s*[,(;]?\s*(?:(?:более |также |широко )?"
    r"(?:известн(?:ый|ая|ого|ой|ому|ым|ом|а)|известен) как|"
    r"по прозвищу|по кличке|под (?:именем|псевдонимом|прозвищем)|он же|она же|"
    r"в девичестве|до замужества|урожд(?:ённая|енная|ённый|енный|\.)|"
    r"в миру\s*[—–:-]?)\s*[(«\"]?\s*",
    re.IGNORECASE,
)


def alias_form(text: str) -> str:
    """An alias compared folded, without hyphens and spaces: "Jay Z", "Jay-Z" and "JAY-Z" are
    one name written three ways."""
    return re.sub(r"[\s\-‐–]+", "", fold(text) or "")


def restatements(spans: list[Span]) -> dict[int, int]:
    """Mentions that restate the mention before them: in brackets, in another script or form
    ("Анджело Роттоли (Angelo Rottoli)" -> {1: 0}), or as a name introduced as another name of
    that person ("Фрэнка Кали по прозвищу Фрэнки Бой"). Later mentions written as such an
    alias (up to case, hyphens and spaces: "Jay-Z" of "Jay Z") restate the same person."""
    found: dict[int, int] = {}
    for i in range(1, len(spans)):
        doc, span, prev = spans[i].doc, spans[i], spans[i - 1]
        before = words_between(doc, prev.end, span.start)
        between = views.text(doc)[prev.end_char : span.start_char]
        if before[:1] and before[0] in CLOSE_QUOTES and quoted(prev):
            before = before[1:]  # «Гордон» (Gordon)
        if before == ["("] or ALIAS_INTRO.fullmatch(between):
            found[i] = found.get(i - 1, i - 1)
        elif i - 1 in found and (
            before in ([","], [";"])
            or (before[:1] in ([","], [";"]) and ALIAS_INTRO.fullmatch(between))
        ):
            # the next spelling in the same brackets: "Михаилс Савикис (Савицкис, Савискис)"
            since = views.text(doc)[spans[found[i - 1]].end_char : span.start_char]
            if since.lstrip(' \xa0»"”').startswith("(") and ")" not in since:
                found[i] = found[i - 1]
    written: dict[str, int] = {}
    for i, root in found.items():
        written.setdefault(alias_form(spans[i].text), root)  # the first restatement holds
    for k, span in enumerate(spans):
        root = written.get(alias_form(span.text))
        if k in found or root is None or root == k or root in found:
            continue
        # a mention others restate that is written as this person's alias: they are one
        # ("Джей Зи (Jay Z)" … "ДЖЕЙ-ЗИ (JAY-Z)")
        for i, other in found.items():
            if other == k:
                found[i] = root
        found[k] = root
    return found


SECULAR_INTRO = re.compile(r"[,(;]?\s*в миру\s*[—–:-]?\s*$", re.IGNORECASE)


def secular_names(spans: list[Span]) -> set[int]:
    """Mentions introduced as a cleric's secular name ("Теодориус (…; в миру — Вагих Субхи Баки
    Сулейман)", "Патриарх Кирилл (в миру Владимир Гундяев)"): the person keeps the name the
    article uses, so such a restatement joins the person without renaming it."""
    found = set()
    for i in range(1, len(spans)):
        between = views.text(spans[i].doc)[spans[i - 1].end_char : spans[i].start_char]
        if SECULAR_INTRO.search(between):
            found.add(i)
    return found


def bracket_case(contexts: list[dict], spans: list[Span]) -> list[dict]:
    """The agreement contexts of the mentions (see
    :func:`~ruextract.people.words.agreement_context`), where a name in brackets right after
    another mention, with no case of its own, takes the case that mention's context shows: it
    restates the name in the same case ("по делу танцовщицы Руби (Каримы эль-Маруг)" -> Карима
    эль-Маруг). A bracket that shows its own case keeps it, and one after a mention whose case
    nothing shows is left alone."""
    found = list(contexts)
    for i in range(1, len(spans)):
        doc, span, prev = spans[i].doc, spans[i], spans[i - 1]
        before = words_between(doc, prev.end, span.start)
        if before != ["("] or "Case" in found[i] or "Case" not in found[i - 1]:
            continue
        found[i] = {**found[i], "Case": found[i - 1]["Case"]}
    return found


def words_between(doc: Doc, start: int, end: int) -> list[str]:
    """The texts of the tokens from ``start`` to ``end`` that are no white space (from the
    shared views: no Token object per token)."""
    texts, space = views.token_texts(doc), views.is_space(doc)
    return [texts[k] for k in range(start, min(end, len(texts))) if not space[k]]


def quoted(span: Span) -> bool:
    """A mention written in quotes ("с позывным «Гордон»")."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.text in OPEN_QUOTES


def read_alike(spans: list[Span], names: list[NameParts], contexts: list[dict]) -> None:
    """A name written word for word as another mention whose case its sentence shows (an
    adjective, verb or noun agreeing with it) takes that mention's nominative when it has no
    such evidence itself: the article writes one name one way ("Ими стали Исаму Акасаки" is
    the "85-летний Исаму Акасаки" of the same article, not a dative of "Исам")."""
    shown: dict[str, dict[str, NameParts]] = {}
    for span, parts, context in zip(spans, names, contexts, strict=True):
        if "Case" in context and len(span) > 1:
            shown.setdefault(span.text, {})[parts.normal] = parts
    for i, (span, context) in enumerate(zip(spans, contexts, strict=True)):
        found = shown.get(span.text, {})
        if "Case" not in context and len(found) == 1 and names[i].normal not in found:
            names[i] = next(iter(found.values()))

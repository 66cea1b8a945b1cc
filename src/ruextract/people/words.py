"""Words of person names: which tokens may belong to a name, and a name's words as written.

Pure functions over spaCy tokens and spans with pymorphy3's name tags: whether a token opens a
sentence, is a dictionary word with no name reading, a place name, an initial; the words of a
PER span (initials with their dots as one word) and the features of a verb that agrees with it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ruextract.countries.aliases import lookup
from ruextract.names import (
    NAME_PARTICLES,
    NameParts,
    NameWord,
    dictionary_name_tags,
    from_dictionary,
    is_initial,
    name_tags,
    normal_name,
    parse_word,
    readings,
)
from ruextract.views import is_space, token_text_set, views
from ruextract.views import text as doc_text

SPLIT_PUNCT = frozenset('()[]{},;:«»"“”„/|!?—–')
# endings of Slavic, Caucasian and Central Asian surnames, in any case
SURNAME_ENDING = re.compile(
    r"(?:ов|ев|ёв|ин|ын|ск|цк|енк|ук|юк|швили|дзе|ян|янц|бек|заде)"
    r"(?:а|у|ым|ом|е|ой|ий|ая|ого|ому|им|ой|о)?$"
)
# pymorphy3 POS of words that are no part of a name when they open one
# an age adjective ("семидесятилетний") or a title with a prefix ("экс-советник",
# "вице-премьер"): never part of a name, whatever pymorphy3 guesses
AGE_OR_TITLE = re.compile(r"летн(?:ий|яя|его|ей|ему|им|юю|ие|их|ими)$|^(?:экс|вице)-")
# the singular of a surname whose plural names a family ("Шаймиевы", "Стругацкие")
FAMILY_STEM = re.compile(r"(?:ов|ев|ёв|ин|ын|[сц]к(?:ий|ой))$")
# pymorphy3 POS of function words ("Но", "До", "И")
FUNCTION_POS = frozenset({"CONJ", "PREP", "PRCL"})
NOT_NAME_POS = frozenset(
    {"ADVB", "ADJF", "ADJS", "COMP", "VERB", "INFN", "PRTF", "PRTS", "GRND", "CONJ", "PREP"}
    | {"PRCL", "NPRO", "NUMR", "PRED", "INTJ"}
)


# ---------------------------------------------------------------------------------------------
# WORDS


def short_initial(text: str) -> bool:
    """One or two letters that stand for a first name before a dot ("Дж" of "Дж.Коми")."""
    if not 1 <= len(text) <= 2 or not text.isalpha():
        return False
    return text[:1].isupper() and (len(text) == 1 or text[1:].islower())


def surname_like(token: Token) -> bool:
    """A surname to pymorphy3, or a proper noun to the tagger with a surname's ending."""
    if "Surn" in name_tags(token.text):
        return True
    return token.pos_ == "PROPN" and bool(SURNAME_ENDING.search(token.lower_))


def is_word(token: Token) -> bool:
    """A token that may be part of a name: letters (hyphens and apostrophes allowed)."""
    return has_letter(token.text)


@lru_cache(maxsize=100_000)
def has_letter(text: str) -> bool:
    """True when ``text`` has a letter (cached: the stage asks of every token many times)."""
    return any(ch.isalpha() for ch in text)


def is_capitalized(token: Token) -> bool:
    """First letter upper case ("Токаев", "Касым-Жомарт", "В")."""
    return token.text[:1].isupper()


def sentence_initial(doc: Doc, token: Token) -> bool:
    """True when ``token`` opens a sentence, a line, or follows an opening quote or dash."""
    i = token.i - 1
    while i >= 0 and doc[i].is_space:
        if "\n" in doc[i].text:
            return True
        i -= 1
    if i < 0 or token.is_sent_start:
        return True
    prev = doc[i]
    return prev.text in {".", "!", "?", "…", "«", '"', "“", "„", "—", "–", "-", ":"} or (
        "\n" in gap(doc, prev, token)
    )


def dictionary_non_name(word: str) -> bool:
    """A known dictionary word with no first-name, surname or patronymic reading."""
    if name_tags(word):
        return False
    parses = parse_word(word)
    if not parses:
        return False
    top = parses[0]
    return from_dictionary(top) and not top.tag.grammemes & {"Geox", "Orgn", "Trad"}


def opens_with_non_name(doc: Doc, token: Token) -> bool:
    """A span-opening word that is no part of a name ("Вчера Токаев", "Восьмидесятилетний", a
    country in the genitive: "Руанды Йюхи V"); a
    dictionary verb, adverb or other word no name is made of counts inside a sentence too when
    the article also writes it in lowercase (a transcript without punctuation: "Есть Марко Ройс
    есть …")."""
    if token.text[:1].islower():
        return token.text not in NAME_PARTICLES
    if any(ch.isdigit() for ch in token.text) or AGE_OR_TITLE.search(token.lower_):
        return True  # "34-летний", "Шестидесятивосьмилетняя", "Экс-советник"
    if is_initial(token.text) or name_tags(token.text) or token.lower_ in NAME_PARTICLES:
        return False  # "Ван Цзюнь" opening a line is a name, whatever the tagger says
    parses = parse_word(token.text)
    if not parses:
        return False
    top = parses[0].tag
    if top.POS in ("ADJF", "ADJS") and sentence_initial(doc, token):
        return True  # "Восьмидесятилетний Маккейн"
    if token.morph.get("Case") == ["Gen"] and country_genitive(token.text):
        return True  # a country in the genitive before the name: "мвами Руанды Йюхи V"
    if not dictionary_non_name(token.text):
        return False
    if top.POS == "NOUN" and "anim" in top.grammemes:
        # a title: "Император Акихито", "Папа Франциск"; but "Эмир Кустурица", "Фриц
        # Хендерсон" are names, so a capitalised title-like word before a surname stays unless
        # the tagger reads it as a common noun
        rest = [t for t in doc[token.i + 1 : token.i + 4] if is_word(t) and is_capitalized(t)]
        before_surname = bool(rest) and "Surn" in name_tags(rest[0].text)
        return token.pos_ == "NOUN" or not before_surname or sentence_initial(doc, token)
    if token.pos_ == "NOUN" and inanimate_noun(token.text):
        return True  # "Опера Тангейзер" (the tagger reads it as a common noun here)
    if top.POS in NOT_NAME_POS and token.lower_ in token_text_set(doc):
        return True  # the article writes it in lowercase too: "… игру Есть Марко Ройс есть …"
    return sentence_initial(doc, token) and top.POS in NOT_NAME_POS and token.pos_ != "PROPN"


@lru_cache(maxsize=8192)
def country_genitive(word: str) -> bool:
    """``word`` names a country (``ruextract.countries``) and pymorphy3's dictionary has it as a
    place in the genitive ("Руанды", "Франции"); a place that names no country ("Бруклина",
    "Кары", also first names and surnames) is not."""
    if not any(
        "Geox" in p.tag.grammemes and "gent" in p.tag.grammemes and from_dictionary(p)
        for p in parse_word(word)
    ):
        return False
    return lookup(word) is not None


NOT_A_NAME_POS = frozenset(
    {"NPRO", "VERB", "INFN", "PRTF", "PRTS", "GRND", "ADVB", "CONJ", "PREP", "PRCL", "PRED"}
    | {"NUMR", "COMP"}
)


NOT_A_THING = frozenset({"anim", "Name", "Surn", "Patr", "Geox", "Orgn"})


def function_word_opening(doc: Doc, words: list[Token]) -> bool:
    """A two-word span that opens a sentence with a word the dictionary reads as a conjunction,
    preposition or particle ("Но Месси", "До Тимура"), before a word that no East Asian given
    name is like: a dictionary first name or surname, or longer than two syllables. "Ли Пэн",
    "Ли Кэцян" opening a sentence stay East Asian names."""
    if len(words) != 2 or not sentence_initial(doc, words[0]) or not words[0].whitespace_:
        return False  # "Б.Обама": an initial, glued to the name
    parses = parse_word(words[0].text)
    if not parses or not from_dictionary(parses[0]) or parses[0].tag.POS not in FUNCTION_POS:
        return False
    given = words[1].text
    syllables = sum(ch in "аеёиоуыэюя" for ch in given.lower())
    return bool(dictionary_name_tags(given) & {"Name", "Surn"}) or syllables > 2


def family_surname(word: str) -> bool:
    """A word pymorphy3 reads as a Russian possessive or -ский surname in the plural only, with
    no singular name reading ("клан Шаймиевых", "Стругацких"): a family, not one person
    ("Белых", "Кеннеди" have singular readings; "Кими" is no plural of "Ким")."""
    parses = parse_word(word)
    plural = any(
        {"Surn", "plur"} <= p.tag.grammemes and FAMILY_STEM.search(p.normal_form) for p in parses
    )
    single = any(
        p.tag.grammemes & {"Name", "Surn", "Patr"} and "plur" not in p.tag.grammemes for p in parses
    )
    return plural and not single


def inanimate_noun(word: str) -> bool:
    """The dictionary reads ``word`` as common nouns, none animate and none a name or place
    ("Опера", "Пасху")."""
    parses = [p for p in parse_word(word) if from_dictionary(p)]
    nouns = [p for p in parses if p.tag.POS == "NOUN"]
    return (
        bool(nouns)
        and parses[0].tag.POS == "NOUN"
        and not any(
            p.tag.grammemes & {"anim", "Name", "Surn", "Patr", "Geox", "Orgn"} for p in nouns
        )
    )


def never_a_name(word: str) -> bool:
    """pymorphy3's dictionary has ``word`` as a place ("Монблан", "Алабаму"), an organisation
    or a brand ("Гоминьданом"), or only as a pronoun, a verb form, an adverb ("Кто",
    "Опустили"), and never as a name. Other nouns stay: many names are also common nouns
    ("Стинг", "Батиста")."""
    parses = [p for p in parse_word(word) if from_dictionary(p)]
    if not parses or any(p.tag.grammemes & {"Name", "Surn", "Patr"} for p in parses):
        return False
    proper = any(p.tag.grammemes & {"Geox", "Orgn", "Trad"} for p in parses)
    return proper or all(p.tag.POS in NOT_A_NAME_POS for p in parses)


# UD gender and number of a verb -> pymorphy3's grammemes
UD_GENDER = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}
UD_NUMBER = {"Sing": "sing", "Plur": "plur"}


def subject_surname(word: str, verb: Token) -> bool:
    """Of the dictionary's readings of ``word``, those that can be the subject of ``verb``
    (nominative, in the verb's number and, in the past singular, its gender) are surnames only.

    A surname opening a text has no capital letter as evidence, and pymorphy3 may put a common
    noun's reading first ("Голиков": the genitive plural of "голик"); a verb right after it that
    agrees with no such reading leaves the surname ("Голиков заявил", "Голиков назначен"). A
    common noun that can be the subject keeps its reading ("Чайка летела").
    """
    feats = verb.morph.to_dict()
    number = UD_NUMBER.get(feats.get("Number", ""))
    gender = UD_GENDER.get(feats.get("Gender", ""))
    finite = feats.get("VerbForm") == "Fin" or feats.get("Variant") == "Short"
    if not finite or number is None:
        return False  # "Голиков выступать не будет": no verb form that agrees with a subject
    subjects = [
        p
        for p in parse_word(word)
        if from_dictionary(p)
        and "nomn" in p.tag.grammemes
        and number in p.tag.grammemes
        and (gender is None or gender in p.tag.grammemes)
    ]
    return bool(subjects) and all("Surn" in p.tag.grammemes for p in subjects)


def place_as_written(word: str) -> bool:
    """pymorphy3's dictionary names a place by ``word`` as written ("Муром", "Тверь") and reads
    it as a name only in an oblique case ("Муром": the instrumental of the surname "Мур");
    "Киров", "Королёв" are surnames as written too."""
    parses = [p for p in parse_word(word) if from_dictionary(p)]
    place = any("Geox" in p.tag.grammemes and p.normal_form == word.lower() for p in parses)
    names = [p for p in parses if p.tag.grammemes & {"Name", "Surn", "Patr"}]
    return place and not any("nomn" in p.tag.grammemes for p in names)


NAME_ADJECTIVE = re.compile(r"^(.{3,}?)(?:ев|ов)?ск(?:ий|ая|ое|ие|ого|ой|ому|им|ом|ую|их|ими|ей)$")


def name_adjective_base(word: str) -> str | None:
    """The person an adjective is made from ("Нобелевской" -> "Нобель", "Ленинской" ->
    "Ленин", "Шукшинские" -> "Шукшин"): a dictionary surname (not a first name: "Олимпийских"
    is no "Олимпий") that is no place ("Кировской" is Kirov the city's)."""
    if not word[:1].isupper() or word.isupper():
        return None
    match = NAME_ADJECTIVE.match(word.lower())
    if match is None:
        return None
    base = match.group(1)
    for candidate in (base, base + "ь", base + "й", base + "а", base + "ий", base + "ой"):
        title = candidate.title()
        if "Surn" not in dictionary_name_tags(title):
            continue
        if any("Geox" in p.tag.grammemes for p in parse_word(candidate)):
            return None
        return title
    return None


def has_first_name_reading(word: str) -> bool:
    """A first name to pymorphy3 ("Касым-Жомартом": any hyphen part counts)."""
    return any("Name" in name_tags(part) for part in [word, *word.split("-")] if part)


def gap(doc: Doc, left: Token, right: Token) -> str:
    """The text between two tokens (from the tokens between: ``doc.text`` rebuilds the whole
    text on every call): the characters from the end of ``left`` to the start of ``right``."""
    if right.i <= left.i + 1:
        return left.whitespace_
    return doc_text(doc)[left.idx + len(left) : right.idx]


# The prepositions that govern the prepositional (locative) case; no other one does
# (Русская грамматика, 1980, §§ 1650-1660): "для Евгении" is no locative of "Евгений".
LOCATIVE_PREPOSITIONS = frozenset({"в", "во", "на", "о", "об", "обо", "при", "по"})
OPEN_QUOTES = frozenset('«"“„')
CLOSE_QUOTES = frozenset('»"”“')


def nickname_end(span: Span, token: Token) -> int | None:
    """The index (in the doc) of the quote closing a nickname that ``token`` opens inside the
    name ("Джеймс «Бадди» Макгирт"): one or two capitalised words, not the name's end."""
    if token.text not in OPEN_QUOTES or token.i == span.start:
        return None
    for k in range(token.i + 2, min(token.i + 4, span.end - 1)):
        if span.doc[k].text in CLOSE_QUOTES:
            inner = span.doc[token.i + 1 : k]
            if all(is_word(t) and is_capitalized(t) for t in inner):
                return k
            return None
    return None


# ``doc.user_data`` key of the people stage's cache of :func:`name_words` by (start, end):
# set for the length of the stage's call (it changes no token), absent otherwise
NAME_WORDS_KEY = "ruextract.people.name_words"


def name_words(span: Span) -> tuple[list[NameWord], list[str]]:
    """The words of a name (initials with their dots as one word, a nickname in quotes with its
    quotes as one word) and the text between them.

    While the people stage runs, the answer for a range is computed once (the stage asks of
    the same PER ranges in most of its passes) and a copy is returned.
    """
    cache = span.doc.user_data.get(NAME_WORDS_KEY)
    if cache is None:
        return _name_words(span)
    key = (span.start, span.end)
    found = cache.get(key)
    if found is None:
        found = cache[key] = _name_words(span)
    return list(found[0]), list(found[1])


def _name_words(span: Span) -> tuple[list[NameWord], list[str]]:
    """:func:`name_words`, computed."""
    doc = span.doc
    words: list[NameWord] = []
    seps: list[str] = []
    last: Token | None = None
    skip_to = -1
    for token in span:
        if token.is_space or token.i <= skip_to:
            continue
        close = nickname_end(span, token)
        if close is not None and words and last is not None:
            seps.append(gap(doc, last, token) or " ")
            words.append(NameWord(doc[token.i : close + 1].text, ""))
            skip_to, last = close, doc[close]
            continue
        glued = last is not None and not gap(doc, last, token)
        if glued and words and inside_word(doc, last, token):
            # one word as written: "О’Мэлли", "д’Удекем" (an apostrophe between letters), a
            # letter of another script inside a word ("Франcиско", a Latin c)
            words[-1] = NameWord(words[-1].text + token.text, "")
            last = token
            continue
        if (
            token.text == "."
            and words
            and glued
            and (is_initial(words[-1].text.rstrip(".")) or short_initial(words[-1].text))
        ):
            words[-1] = NameWord(words[-1].text + ".", words[-1].feats)
        elif (
            glued
            and words
            and is_initial(token.text)
            and is_initial(words[-1].text)
            and words[-1].text.endswith(".")
        ):
            # "А.М." arrives as А . М .
            words[-1] = NameWord(words[-1].text + token.text, words[-1].feats)
        elif not is_word(token):
            last = token
            continue
        else:
            if words and last is not None:
                # initials keep their spacing as written ("А.Колчак", "А. Колчак")
                glued_initial = words[-1].text.endswith(".") and is_initial(words[-1].text)
                seps.append(gap(doc, last, token) or ("" if glued_initial else " "))
            words.append(NameWord(token.text, str(token.morph)))
        last = token
    return words, seps


APOSTROPHES = frozenset("’'ʼ")


def inside_word(doc: Doc, last: Token, token: Token) -> bool:
    """``token`` continues the word ``last`` ends, with no space between: an apostrophe with a
    letter right after it ("О’Мэлли", "д’Удекем") or letters after letters or an apostrophe
    (razdel cuts "Франcиско" where its Latin "c" is; "О", "’", "Мэлли"). An apostrophe after
    an elided particle stays with it before a space ("д’ Акоз")."""
    if token.text in APOSTROPHES:
        glued = not token.whitespace_ and token.i + 1 < len(doc)
        letter_after = glued and doc[token.i + 1].text[0].isalpha()
        # an elided particle keeps its apostrophe before a space too: "д’ Акоз", "де’ Медичи"
        elided = len(last.text) <= 2
        return last.text.isalpha() and (letter_after or elided)
    return token.text[0].isalpha() and (last.text[-1].isalpha() or last.text in APOSTROPHES)


def title_gender(span: Span) -> str | None:
    """``"femn"`` when a feminine noun naming a person stands before the name as its title:
    an indeclinable one ("миссис Обама", "фрау Меркель"), or one in the name's own case that is
    no genitive, before a name that cannot be read as a genitive ("госпожа Обама"; after
    "жена", "вдова" a genitive names her husband: "жена Обамы", "вдова Солженицына", and
    "госпожа Клинтон" may be "Клинтон's"). Masculine nouns say nothing: "президент" names
    women too."""
    doc = span.doc
    noun = prev_content(doc, span.start - 1)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    parses = [p for p in parse_word(noun.text) if from_dictionary(p) and p.tag.POS == "NOUN"]
    if not parses or not all(
        {"anim", "femn"} <= p.tag.grammemes
        and not p.tag.grammemes & {"ms-f", "Name", "Surn", "Patr"}
        for p in parses
    ):
        return None
    if all("Fixd" in p.tag.grammemes for p in parses):
        return "femn"
    case = noun.morph.get("Case")
    head = span[-1]
    if case and case != ["Gen"] and head.morph.get("Case") == case:
        # only a name that cannot be a genitive: "вдова Солженицына" is his widow
        if not any(key[0] == "Gen" for key in readings(head.text, "last")):
            return "femn"
    return None


def agreement_context(span: Span) -> dict[str, str]:
    """Features of the word right after a name that agrees with it (a past-tense verb), and
    ``Loc: "No"`` where the name cannot be in the locative: that case needs a preposition that
    governs it right before the name or a word in the locative it stands beside ("о Даниэле",
    "о президенте Путине"; not "итальянец Даниэле Гароццо", nor "для Евгении Душко")."""
    doc = span.doc
    before = prev_content(doc, span.start - 1)
    if before is not None and before.text in OPEN_QUOTES:
        # a title in quotes keeps the case its preposition governs: "в «Гарри Поттере»"
        outside = prev_content(doc, before.i - 1)
        if outside is not None and outside.pos_ == "ADP":
            before = outside
    loc = before is not None and (
        (before.pos_ == "ADP" and before.text.lower() in LOCATIVE_PREPOSITIONS)
        or before.morph.get("Case") == ["Loc"]
    )
    found = {} if loc else {"Loc": "No"}
    if eponym_of(doc, span.start):
        return found | {"Case": "Gen"}  # "имени" governs the genitive: "РГУ им Косыгина"
    case = apposition_case(span)
    if case == "Ins" and after_predicate(span):
        return found | {"Case": "Nom"}  # "Избранный премьер-министром Японии Ёсихико Нода"
    if case is not None and case != "Nom":
        return found | {"Case": case}  # a name in an oblique case is no verb's subject
    adjective = agreeing_adjective(before)
    if adjective:
        return found | adjective
    if owned_by_noun(before) or governed_plural(before, span):
        return found  # "Отставка Бенедикта XVI станет …": the verb agrees with the noun
    i = span.end
    while i < len(doc) and (doc[i].is_space or doc[i].pos_ == "ADV"):
        i += 1
    if i < len(doc) and doc[i].pos_ in ("VERB", "AUX"):
        feats = doc[i].morph.to_dict()
        finite = feats.get("Tense") == "Past" or feats.get("VerbForm") == "Fin"
        if finite and not plural_verb_without_subject(span, feats):
            context = {"Case": "Nom"}
            gender = past_gender(doc[i].text) if feats.get("Tense") == "Past" else None
            if gender or "Gender" in feats:
                context["Gender"] = gender or feats["Gender"]
            if "Number" in feats:
                context["Number"] = feats["Number"]
            return found | context
    return found


def past_genitive_places(doc: Doc, token: Token | None) -> Token | None:
    """The first content word at or before ``token`` that is no inanimate genitive noun: past
    the places and bodies a post names before a name ("президенту Франции", "премьер-министром
    Японии")."""
    while (
        token is not None
        and token.pos_ in ("NOUN", "PROPN")
        and token.morph.get("Case") == ["Gen"]
        and token.morph.get("Animacy") != ["Anim"]
    ):
        token = prev_content(doc, token.i - 1)
    return token


def after_predicate(span: Span) -> bool:
    """A name right after an instrumental post (past the genitive places after it) that is the
    predicate of a passive participle before it: the name is that participle's subject, in the
    nominative ("Избранный накануне новым премьер-министром Японии Ёсихико Нода"; not
    "избрал премьер-министром Японии Ёсихико Ноду", whose verb is active, nor "с избранным
    премьер-министром", whose participle is the post's)."""
    doc = span.doc
    token = past_genitive_places(doc, prev_content(doc, span.start - 1))
    if token is None or token.morph.get("Case") != ["Ins"]:
        return False
    word = prev_content(doc, token.i - 1)
    while word is not None and word.pos_ in PREDICATE_MODIFIERS:
        word = prev_content(doc, word.i - 1)
    return (
        word is not None
        and "Part" in word.morph.get("VerbForm")
        and "Pass" in word.morph.get("Voice")
        and word.morph.get("Case") == ["Nom"]  # not "с избранным премьер-министром": its own
    )


def plural_verb_without_subject(span: Span, verb: dict[str, str]) -> bool:
    """A plural verb after the name of one person (its last word singular) that no "и" or
    comma joins to another name before it: the name is no subject of that verb, which has
    none ("Алине прочат великое будущее", "Попова доставили в больницу"); "Путин и Медведев
    обсудили" keeps its subject."""
    if verb.get("Number") != "Plur" or span[-1].morph.get("Number") != ["Sing"]:
        return False
    before = prev_content(span.doc, span.start - 1)
    return before is None or before.text not in LIST_JOINS


# words between a participle and its instrumental predicate: "Избранный накануне новым …"
PREDICATE_MODIFIERS = frozenset({"ADJ", "DET", "ADV"})
PYMORPHY_CASES = {"nomn": "Nom", "gent": "Gen", "datv": "Dat", "accs": "Acc", "ablt": "Ins"}
PYMORPHY_CASES |= {"loct": "Loc"}


def agreeing_adjective(token: Token | None) -> dict[str, str]:
    """Case and gender of a lowercase adjective or participle right before a name, which
    agrees with it ("85-летний Исаму Акасаки": Nom, Masc; "25-летнюю Нааму Иссахар": Acc, Fem), by
    pymorphy3's dictionary readings of the adjective that can go with a person (no inanimate
    accusative); of several cases, the tagger's. The gender only in the singular; only the
    gender when the case stays open. Empty for any other word."""
    if token is None:
        return {}
    age = token.text[:1].isdigit() and AGE_OR_TITLE.search(token.text)
    if not (age or (token.pos_ == "ADJ" and token.text[:1].islower())):
        return {}
    found = {
        (PYMORPHY_CASES[p.tag.case], p.tag.number, p.tag.gender)
        for p in parse_word(token.text.split("-")[-1].lower())
        if from_dictionary(p) and p.tag.POS in ("ADJF", "PRTF") and "inan" not in p.tag.grammemes
    }
    cases = {case for case, _, _ in found}
    tagged = token.morph.get("Case")
    case = tagged[0] if tagged and tagged[0] in cases else None
    if case is None and len(cases) == 1:
        case = next(iter(cases))
    chosen = [(n, g) for c, n, g in found if case is None or c == case]
    genders = {PYMORPHY_GENDERS.get(g) for _, g in chosen} - {"Neut"}
    out = {"Case": case} if case else {}
    if chosen and all(n == "sing" for n, _ in chosen) and len(genders) == 1 and None not in genders:
        out["Gender"] = genders.pop()
    return out


def owned_by_noun(token: Token | None) -> bool:
    """An inanimate common noun in the nominative right before a name: the name is its
    genitive ("Отставка Бенедикта XVI", "Правительство Медведева"), so a verb after the name
    agrees with the noun, not with the name."""
    return (
        token is not None
        and token.pos_ == "NOUN"
        and token.morph.get("Case") == ["Nom"]
        and token.morph.get("Animacy") == ["Inan"]
    )


def governed_plural(token: Token | None, span: Span) -> bool:
    """One word the tagger reads as an oblique plural right after an inanimate common noun in
    an oblique case: the noun's genitive, a family ("в радикализации Царнаевых сыграл
    Интернет"), so a verb after it agrees with another word. A name in the nominative
    ("Ирина Черных заявила") or a singular one after such a noun is left to the verb."""
    feats = span[-1].morph
    return (
        token is not None
        and len(span) == 1
        and token.pos_ == "NOUN"
        and token.morph.get("Animacy") == ["Inan"]
        and token.morph.get("Case") not in ([], ["Nom"])
        and feats.get("Number") == ["Plur"]
        and feats.get("Case") not in ([], ["Nom"])
    )


EPONYM_WORDS = frozenset({"имени", "им"})


def eponym_of(doc: Doc, start: int) -> bool:
    """Whether the name starting at token ``start`` follows "имени" or its short form "им" /
    "им." on the same line ("МГУ имени Ломоносова", "РГУ им Косыгина"): the word governs the
    genitive, so the name is in that case. "им" is also the pronoun ("им Петров ответил"): only
    a lowercase one right after a capitalised word (the body's name) counts, or "им." with its
    dot right after a common noun naming the body ("в театре им. Галиаскара Камала")."""
    before = prev_content(doc, start - 1)
    dotted = before is not None and before.text == "."
    if dotted:
        before = prev_content(doc, before.i - 1)
    if before is None or before.text not in EPONYM_WORDS or "\n" in gap(doc, before, doc[start]):
        return False
    if before.text == "имени":
        return True
    body = prev_content(doc, before.i - 1)
    if body is None or "\n" in gap(doc, body, before):
        return False
    common_body = dotted and body.pos_ == "NOUN" and body.morph.get("Animacy") == ["Inan"]
    return body.text[:1].isupper() or common_body


PYMORPHY_GENDERS = {"masc": "Masc", "femn": "Fem", "neut": "Neut"}


@lru_cache(maxsize=8192)
def past_gender(verb: str) -> str | None:
    """The gender (UD) a past-tense verb form shows by its ending in pymorphy3's dictionary,
    when it shows one ("развёлся": Masc, whatever the tagger guessed from a woman's name
    nearby); None for a plural or a form the dictionary does not know."""
    genders = {
        PYMORPHY_GENDERS.get(p.tag.gender)
        for p in parse_word(verb.lower())
        if from_dictionary(p) and p.tag.POS == "VERB" and "past" in p.tag.grammemes
    }
    return genders.pop() if len(genders) == 1 and None not in genders else None


LIST_JOINS = frozenset({",", "и", "или"})


def per_span_ending(doc: Doc, token: Token) -> Span | None:
    """The PER span of ``doc.ents`` whose last token is ``token``, if any."""
    if token.ent_type_ != "PER":
        return None
    if token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I":
        return None
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return doc[start : token.i + 1]


def listed(span: Span) -> bool:
    """A name followed by "," / "и" / "или" and another PER span: the first of a list."""
    doc = span.doc
    join = next_content(doc, span.end)
    if join is None or join.text not in LIST_JOINS:
        return False
    nxt = next_content(doc, join.i + 1)
    return nxt is not None and nxt.ent_iob_ == "B" and nxt.ent_type_ == "PER"


def apposition_case(span: Span, depth: int = 0) -> str | None:
    """The case of the noun naming a person that a name stands in apposition to, which the
    name shares: "пресс-секретарю … Джо Локхарту" (Dat), "архитекторов Д. И. Бурдина"
    (Gen), "сын А.Лукашенко Виктор" (Nom); a plural noun only for a list of names
    ("Защитники Алёхиной" is her defenders'). Names in a list ("архитекторов X, Y и Z") share
    the noun of the first; a name right after another name skips that name and the
    genitives before it, since the noun there has its own name ("пресс-секретарю
    экс-президента США Билла Клинтона Джо Локхарту"). None when no such noun comes first."""
    doc = span.doc
    token = prev_content(doc, span.start - 1)
    if token is None or depth > 8:
        return None
    if token.text in LIST_JOINS:
        before = prev_content(doc, token.i - 1)
        other = per_span_ending(doc, before) if before is not None else None
        return apposition_case(other, depth + 1) if other is not None else None
    other = per_span_ending(doc, token)
    if other is not None:
        token = prev_content(doc, other.start - 1)
        while (
            token is not None
            and token.pos_ in ("NOUN", "PROPN", "ADJ")
            and token.morph.get("Case") == ["Gen"]
        ):
            token = prev_content(doc, token.i - 1)
    # a place or body in the genitive between the noun and the name: "президенту Франции"
    token = past_genitive_places(doc, token)
    if (
        token is None
        or token.pos_ != "NOUN"
        or token.morph.get("Animacy") != ["Anim"]
        or not token.morph.get("Case")
    ):
        return None
    if token.morph.get("Number") == ["Plur"] and not (depth or listed(span)):
        return None  # one person is no plural's apposition: "Защитники Алёхиной"
    case = token.morph.get("Case")[0]
    if case == "Gen":
        # a genitive person noun that depends on another person noun: the name may be either
        # one's ("супруга экс-президента Чехии Ливия Клаусова"), so no case is shown
        head = prev_content(doc, token.i - 1)
        while head is not None and head.pos_ == "ADJ" and head.morph.get("Case") == ["Gen"]:
            head = prev_content(doc, head.i - 1)
        if (
            head is not None
            and head.pos_ == "NOUN"
            and head.morph.get("Animacy") == ["Anim"]
            and head.morph.get("Case") != ["Gen"]
        ):
            return None
    return case


def surname_keys(parts: NameParts, text: str) -> set[str]:
    """Lowercase forms under which a person's surname can be recognised elsewhere."""
    keys = set()
    for value in (parts.last, text):
        if value and " " not in value:
            keys.add(value.lower().replace("ё", "е"))
    return keys


def single_word_normal(token: Token) -> str:
    """Nominative of a single capitalised word read as a surname."""
    return normal_name([NameWord(token.text, str(token.morph))]).last or token.text


def dictionary_proper(word: str) -> bool:
    """pymorphy3's dictionary has ``word`` as a place, a body or a brand among its readings."""
    return any(
        from_dictionary(p) and p.tag.grammemes & {"Geox", "Orgn", "Trad"} for p in parse_word(word)
    )


def dictionary_geo(word: str) -> bool:
    """pymorphy3 reads ``word`` as a place name first."""
    parses = parse_word(word)
    return bool(parses) and "Geox" in parses[0].tag.grammemes


def taken_tokens(pers: list[tuple[int, int]], others: list[Span]) -> set[int]:
    """The token indices a PER span (``(start, end)`` pairs) or another entity already covers:
    where a discovery rule may not mark a new name."""
    taken = {i for a, b in pers for i in range(a, b)}
    taken.update(i for ent in others for i in range(ent.start, ent.end))
    return taken


def next_content(doc: Doc, i: int) -> Token | None:
    """The first non-whitespace token at or after ``i``."""
    found = views(doc).next_content(doc)  # the answer for every index, made once per doc
    n = len(found)
    if 0 <= i < n:
        at = found[i]
        return doc[at] if at < n else None
    space = is_space(doc)  # an index out of range: as before, token by token
    while i < n and space[i]:
        i += 1
    return doc[i] if i < n else None


def prev_content(doc: Doc, i: int) -> Token | None:
    """The last non-whitespace token at or before ``i``."""
    found = views(doc).prev_content(doc)  # the answer for every index, made once per doc
    if 0 <= i < len(found):
        at = found[i]
        return doc[at] if at >= 0 else None
    space = is_space(doc)  # an index out of range: as before, token by token
    while i >= 0 and space[i]:
        i -= 1
    return doc[i] if i >= 0 else None

"""PER spans that are no person's name, by morphology and the article's evidence
(:func:`implausible`): a dictionary word opening a sentence, a family, a group that a plural
verb agrees with, an adjective naming a thing, a span that cuts a word.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ruextract.names import (
    dictionary_name_tags,
    from_dictionary,
    known_word,
    name_tags,
    parse_word,
)
from ruextract.people.linking import fold, stem
from ruextract.people.words import (
    CLOSE_QUOTES,
    OPEN_QUOTES,
    SURNAME_ENDING,
    dictionary_non_name,
    family_surname,
    inanimate_noun,
    is_word,
    name_adjective_base,
    never_a_name,
    next_content,
    place_as_written,
    sentence_initial,
    short_initial,
)
from ruextract.views import token_text_set, token_texts

ORIGIN = "из"  # "из Новоселова": where one comes from


def implausible(
    doc: Doc,
    rng: tuple[int, int],
    surnames: set[str] | None = None,
    first_names: set[str] | None = None,
) -> bool:
    """A PER span that is no person's name, by morphology and the article's evidence.

    A lone sentence-initial dictionary word with no name reading ("Отметим", "Тюрьма"); a lone
    word that the dictionary reads only as a pronoun, a verb form or an adverb ("Кто",
    "Опустили") unless the article names a person with that surname (``surnames``, folded); a
    name with digits ("Формулы-1"); a span that cuts a word; a lone surname in the plural only (a
    family: "клан Шаймиевых"); a lone word the dictionary has as a place as written and as
    a name only in an oblique case ("Муром посетят": not the surname "Мур"), unless that name
    is the first name of a person the article names in full (``first_names``, folded: "от
    Альберта к Филиппу" after "Альберт II", not the province Alberta); a lone adjective
    that names a thing with the common noun after it ("Хризантемового трона"), unless it is
    made from a surname ("Шукшинские дни"); a lone noun naming a person that the article also
    writes in lowercase ("Папа" beside "папа Римский Франциск"); a lone name in apposition to a
    noun naming a thing, in its case ("Газета Кларин"); an unknown surname after a noun naming
    a family ("Семья Щесных").
    """
    words = [t for t in doc[rng[0] : rng[1]] if is_word(t)]
    if any(any(ch.isdigit() for ch in t.text) for t in words):
        return True
    if glued_letters(doc, rng):
        return True  # a piece of a word ("Католиче" of "Католичеcкой", a Latin "c" inside)
    if family_by_noun(doc, words):
        return True  # "Семья Щесных": a family
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
    if from_place(doc, token):
        return True  # "археолог из Новоселова": a village, no one named in full so
    if lowercase_noun(doc, token):
        return True  # "напомнил Папа" … "папа Римский Франциск": a title, no name
    if quoted_thing(doc, token):
        return True  # "форвард «Реала»": a club, a firm, a work
    if title_adjective(doc, token):
        return True  # "герцогини Кембриджской": the title's adjective, no name
    if disease_eponym(doc, token):
        return True  # "болезни Паркинсона": the disease
    if lowercase_unknown(doc, token):
        return True  # "Мельдоний" … "с применением мельдония": a drug, a thing
    if lowercase_thing(doc, token):
        return True  # "от имени Церкви" … "христианские церкви": a thing
    if thing_apposition(doc, token):
        return True  # "Газета Кларин сообщает": the newspaper's name
    if token.i >= 2 and doc[token.i - 1].text == "." and short_initial(doc[token.i - 2].text):
        return False  # after initials, a surname: "Дж.Коми"
    if first_names and first_name_case(token.text, first_names):
        return False  # "В планах Серены" after "Серена Уильямс": not the verb "серить"
    if thing_adjective(doc, token):
        return True  # an adjective naming a thing with its noun: "Хризантемового трона"
    if first_names and place_as_written(token.text) and first_name_of(token.text, first_names):
        return False
    # "Токаев" is also a form of "токай": a surname's shape keeps it, a stem and its ending
    # ("Неву" is the river Нева: one letter before "-ев-у" is no surname's stem)
    shape = SURNAME_ENDING.search(token.lower_)
    return (never_a_name(token.text) or place_as_written(token.text)) and not (
        shape and shape.start() >= 2
    )


def from_place(doc: Doc, token: Token) -> bool:
    """A lone word right after "из" (where someone comes from) that no person the article
    names in full bears as a surname (checked before): a town named like a surname ("археолог
    из Новоселова", "из Иванова")."""
    if not token.i:
        return False
    before = doc[token.i - 1]
    return fold(before.text) == ORIGIN and "Plur" not in token.morph.get("Number")


def first_name_case(word: str, first_names: set[str]) -> bool:
    """``word`` is one of ``first_names`` (folded nominatives of the article's people named in
    full) as written or with another case ending on the same stem of four letters or more
    ("Серены" of "серена"; not "Коби" of "коба")."""
    if fold(word) in first_names:
        return True
    found = stem(word)
    return bool(found) and len(found) >= 4 and found in {stem(f) for f in first_names}


def first_name_of(word: str, first_names: set[str]) -> bool:
    """``word`` is, by pymorphy3's dictionary, a case form of one of ``first_names``
    (folded nominatives): "Альберта" of "альберт"."""
    return any(
        "Name" in p.tag.grammemes and fold(p.normal_form) in first_names
        for p in parse_word(word)
        if from_dictionary(p)
    )


def lowercase_noun(doc: Doc, token: Token) -> bool:
    """A capitalised word with no name reading that the dictionary has as a noun naming a person
    and that the article also writes in lowercase, or that names a post (:func:`post_title`):
    a title written with a capital ("Папа" beside "папа Римский Франциск"; "Патриархом
    Болгарским стал"), not a name. Another person noun the article writes only with a capital
    is left to the other rules ("Дед Мороз", "Богородица")."""
    if name_tags(token.text) or not token.text[:1].isupper() or token.text.isupper():
        return False
    parses = [p for p in parse_word(token.text) if from_dictionary(p)]
    if not parses or not all(p.tag.POS == "NOUN" and "anim" in p.tag.grammemes for p in parses):
        return False
    return token.lower_ in token_text_set(doc) or post_title(token)


def post_title(token: Token) -> bool:
    """A singular noun naming a post, by the lemma of its dictionary readings, that NEREL's
    posts hold ("Патриархом", "Папа", "Президент"): a post written with a capital stands
    for the holder's title, no name."""
    from ruextract.roles.words import role_nouns  # the lexicon; roles itself reads people

    lemmas = {p.normal_form for p in parse_word(token.text) if from_dictionary(p)}
    return bool(lemmas) and lemmas <= role_nouns()


# nouns naming a family as a whole (lemmas); "Братья Кличко" names the brothers and stays
FAMILY_NOUNS = frozenset({"семья", "клан", "династия"})


def family_by_noun(doc: Doc, words: list[Token]) -> bool:
    """A surname the dictionary does not know, right after a noun naming a family ("Семья
    Щесных", "клана Гамбино"), inside the span or just before it: the family, no one person.
    A known surname ("семья Путина", "семья Кеннеди") may be the one person whose family it
    is, and stays; so do relatives ("Братья Кличко" names the brothers)."""
    if not words or len(words) > 2:
        return False
    name = words[-1]
    if known_word(name.text) or not name.text[:1].isupper():
        return False
    noun = words[0] if len(words) == 2 else doc[name.i - 1] if name.i > 0 else None
    if noun is None or not is_word(noun) or noun.i != name.i - 1:
        return False
    for parse in parse_word(noun.text):
        if not from_dictionary(parse) or parse.tag.POS != "NOUN":
            continue
        lemma = parse.normal_form
        if lemma in FAMILY_NOUNS:
            return True
    return False


def thing_apposition(doc: Doc, token: Token) -> bool:
    """A lone name right after a common noun naming a thing, in that noun's case and not the
    genitive: the thing's own name in apposition ("Газета Кларин сообщает"), not a person. A
    genitive after the noun names the person it is named after or belongs to ("улица Ленина",
    "самолёт Путина") and stays."""
    if token.i == 0:
        return False
    noun = doc[token.i - 1]
    if not is_word(noun) or noun.whitespace_ not in (" ", "\xa0") or not inanimate_noun(noun.text):
        return False
    case = token.morph.get("Case")
    return bool(case) and case != ["Gen"] and noun.morph.get("Case") == case


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


def quoted_thing(doc: Doc, token: Token) -> bool:
    """A word with no name reading in the dictionary that the article writes alone inside
    quotes in an oblique case by the tagger, with an inanimate noun as pymorphy3's likeliest
    reading ("форвард «Реала»", "против «Зенита»", "гендиректором «Колмара»"): the name of a
    club, a firm or a work, not a person's; so is the same word unquoted ("Форвард Реала").
    A nickname in quotes is in the nominative ("Руслан Владыко («Пан»)") and stays."""
    if dictionary_name_tags(token.text) or not token.text[:1].isupper():
        return False
    texts = token_texts(doc)
    return any(quoted_oblique(doc, doc[i]) for i, text in enumerate(texts) if text == token.text)


def quoted_oblique(doc: Doc, token: Token) -> bool:
    """The token stands alone inside quotes ("«Реала»", no space inside), in an oblique case
    by the tagger, an inanimate noun as pymorphy3's likeliest reading."""
    if token.i == 0 or token.i + 1 >= len(doc):
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    if before.text not in OPEN_QUOTES or after.text not in CLOSE_QUOTES:
        return False
    if before.whitespace_ or token.whitespace_:
        return False
    case = token.morph.get("Case")
    if not case or case == ["Nom"]:
        return False
    parses = parse_word(token.text)
    return bool(parses) and parses[0].tag.POS == "NOUN" and "inan" in parses[0].tag.grammemes


def lowercase_thing(doc: Doc, token: Token) -> bool:
    """A capitalised word with no name reading that the dictionary has only as an inanimate
    noun, whose lemma the article also writes in lowercase in any form ("от имени Церкви" …
    "христианские церкви"): a common noun written with a capital, no name. A word the article
    writes only with a capital stays ("Зима" alone), and so does one the dictionary also
    reads as a name ("Мороз", "Гора")."""
    text = token.text
    if name_tags(text) or not text[:1].isupper() or text.isupper():
        return False
    parses = [p for p in parse_word(text) if from_dictionary(p)]
    if not parses or not all(p.tag.POS == "NOUN" and "inan" in p.tag.grammemes for p in parses):
        return False
    lemmas = {p.normal_form for p in parses}
    return any(
        word[:1].islower() and any(p.normal_form in lemmas for p in parse_word(word))
        for word in token_text_set(doc)
        if word[:2] == text[:2].lower()
    )


def lowercase_unknown(doc: Doc, token: Token) -> bool:
    """A capitalised word the dictionary does not know (of five letters or more) whose stem,
    all but its last letter, opens a lowercase word of the article that the dictionary does
    not know either ("Мельдоний" … "применением мельдония"): a common noun written with a
    capital (a heading, a caption), no name. A word the article writes only with a capital
    stays ("Мельдоний" alone), and so does one whose stem opens only a dictionary word
    ("мальчик Матео" … "матери")."""
    text = token.text
    if len(text) < 5 or not text[:1].isupper() or text.isupper() or known_word(text):
        return False
    stem_ = text[:-1].lower()
    return any(
        word[:1].islower()
        and word.startswith(stem_)
        and len(word) <= len(text) + 2
        and not known_word(word)
        for word in token_text_set(doc)
    )


def title_adjective(doc: Doc, token: Token) -> bool:
    """A capitalised word that pymorphy3's dictionary reads only as an adjective, with no name
    reading, right after a noun naming a person in the same case by the tagger: the adjective
    of a title ("герцогини Кембриджской", "Патриархом Болгарским", "принц Кембриджский"), no
    name. An adjective before its noun ("Белого дома") is :func:`thing_adjective`'s; one
    after a thing ("дворца Кембриджского") or in another case stays."""
    if token.i == 0 or name_tags(token.text):
        return False
    parses = [p for p in parse_word(token.text) if from_dictionary(p)]
    if not parses or not all(p.tag.POS == "ADJF" for p in parses):
        return False
    noun = doc[token.i - 1]
    if not is_word(noun) or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if not any(
        from_dictionary(p) and p.tag.POS == "NOUN" and "anim" in p.tag.grammemes
        for p in parse_word(noun.text)
    ):
        return False
    case = token.morph.get("Case")
    return bool(case) and noun.morph.get("Case") == case


# nouns naming a disease or syndrome after the physician who described it (lemmas)
DISEASE_NOUNS = frozenset({"болезнь", "синдром"})


def disease_eponym(doc: Doc, token: Token) -> bool:
    """A lone surname right after a noun naming a disease ("болезни Паркинсона", "синдром
    Дауна"): the disease, no person of the article."""
    if token.i == 0:
        return False
    noun = doc[token.i - 1]
    return is_word(noun) and noun.text[:1].islower() and noun.lemma_.lower() in DISEASE_NOUNS

"""Agreement: the subject of a verb by the form of the words, not by one dependency arc.

Pure functions over tokens with the tagger's morphology (``token.morph``) and POS, checked
against pymorphy3's dictionary where the tagger's case is impossible for the word form:

- :func:`subject_of`: the nominative noun before a verb that agrees with it ("акции компании
  упали": акции, not the genitive the parse may mark as subject);
- :func:`participle_noun`: the noun a full participle agrees with;
- :func:`verb_before`: the verb right before an amount in its clause;
- :func:`features`, :func:`agrees`, :func:`can_be_subject_of`: the checks they are made of.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

CONTENT_POS = ("NOUN", "PROPN")


OBLIQUE_CASES = frozenset({"Gen", "Dat", "Ins", "Loc"})
# words that open another clause: the subject of a verb is not looked for past them
CLAUSE_OPENERS = frozenset({"если", "что", "чтобы", "когда", "хотя", "поскольку", "так"})
CLAUSE_STOPS = frozenset({";", ":", "(", ")"})
# how far from a verb its subject or the amount is looked for, in tokens
MAX_REACH = 12


UD_CASES = {"nomn": "Nom", "gent": "Gen", "datv": "Dat", "accs": "Acc", "ablt": "Ins",
            "loct": "Loc", "gen2": "Gen", "loc2": "Loc", "voct": "Nom", "acc2": "Acc"}  # fmt: skip
UD_FEATURES = {"sing": "Sing", "plur": "Plur", "masc": "Masc", "femn": "Fem", "neut": "Neut"}


def is_acronym(token: Token) -> bool:
    """An indeclinable acronym in capitals: "МРОТ", "ВВП"."""
    return len(token.text) >= 2 and token.text.isupper() and token.text.isalpha()


def features(token: Token) -> tuple[list[str], list[str], list[str]]:
    """``(cases, numbers, genders)`` of a word: the tagger's, unless the dictionary says the
    word form cannot have the tagger's case ("Гитара" tagged genitive masculine), then the
    dictionary's parses of the form."""
    cases = token.morph.get("Case")
    numbers, genders = token.morph.get("Number"), token.morph.get("Gender")
    if not cases or token.pos_ not in CONTENT_POS:
        return cases, numbers, genders
    previous = token.doc[token.i - 1] if token.i > token.sent.start else None
    if is_acronym(token) and previous is not None and previous.pos_ == "ADJ":
        # an acronym does not decline: its case is its adjective's ("областной МРОТ"
        # tagged genitive)
        return previous.morph.get("Case") or cases, numbers, genders
    from ruextract import models

    parses = [p for p in models.morph_analyzer().parse(token.text.lower()) if p.tag.POS == "NOUN"]
    if not parses or any(UD_CASES.get(str(p.tag.case)) in cases for p in parses):
        return cases, numbers, genders
    return (
        sorted({UD_CASES.get(str(p.tag.case), "") for p in parses} - {""}),
        sorted({UD_FEATURES[p.tag.number] for p in parses if p.tag.number}),
        sorted({UD_FEATURES[p.tag.gender] for p in parses if p.tag.gender in UD_FEATURES}),
    )


def agrees(noun: Token, word: Token) -> bool:
    """True when ``noun`` agrees with ``word`` (a verb, short participle or modal) in number
    and, where ``word`` shows it in the singular, gender; an unmarked feature agrees."""
    _, noun_numbers, noun_genders = features(noun)
    number = word.morph.get("Number")
    if number and noun_numbers and not set(number) & set(noun_numbers):
        return False
    gender = word.morph.get("Gender")
    return not (
        number == ["Sing"] and gender and noun_genders and not set(gender) & set(noun_genders)
    )


def nominative_agreeing(noun: Token, verb: Token) -> bool:
    """True when the dictionary reads ``noun``'s form as a nominative of the finite
    ``verb``'s number, whatever the tagger says ("затраты … составят": tagged genitive
    singular, a nominative plural by the dictionary and the plural verb)."""
    from ruextract import models

    number = verb.morph.get("Number")
    if "Fin" not in verb.morph.get("VerbForm") or not number:
        return False
    want = {"Sing": "sing", "Plur": "plur"}[number[0]]
    gender = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}.get(
        (verb.morph.get("Gender") or [""])[0]
    )
    return any(
        p.tag.POS == "NOUN"
        and p.tag.case == "nomn"
        and p.tag.number == want
        and (want == "plur" or gender is None or p.tag.gender == gender)
        for p in models.morph_analyzer().parse(noun.text.lower())
    )


def can_be_subject_of(noun: Token, verb: Token) -> bool:
    """True unless the form of ``noun`` rules it out as ``verb``'s subject: an oblique case
    (unless the parse's subject has a nominative form of the verb's number, which the
    tagger missed), or a number / gender that the finite verb does not have."""
    cases = set(features(noun)[0])
    if cases and cases <= OBLIQUE_CASES:
        return nominative_agreeing(noun, verb)
    finite = "Fin" in verb.morph.get("VerbForm") or "Short" in verb.morph.get("Variant")
    return not finite or agrees(noun, verb)


def is_finite(token: Token) -> bool:
    """A finite verb or a short participle / adjective ("выставлена", "должна")."""
    return token.pos_ in ("VERB", "AUX", "ADJ") and (
        "Fin" in token.morph.get("VerbForm") or "Short" in token.morph.get("Variant")
    )


def agreeing_word(verb: Token) -> Token:
    """The word that shows the agreement of ``verb``'s subject: the verb, or for an
    infinitive the finite word it completes just before it ("должна составить")."""
    if "Inf" not in verb.morph.get("VerbForm"):
        return verb
    doc = verb.doc
    for i in range(verb.i - 1, max(verb.sent.start, verb.i - 3) - 1, -1):
        if is_finite(doc[i]):
            return doc[i]
    return verb


def governed(token: Token) -> bool:
    """True when a preposition governs ``token`` (only adjectives between): "в районе"."""
    doc = token.doc
    i = token.i - 1
    while i >= token.sent.start and (doc[i].pos_ in ("ADJ", "DET", "NUM") or doc[i].is_space):
        i -= 1
    return i >= token.sent.start and doc[i].pos_ == "ADP"


def apposed_name(token: Token) -> bool:
    """True for a name after a noun in an oblique case: "в районе Челси" (not a subject)."""
    if token.pos_ != "PROPN" or token.i == token.sent.start:
        return False
    before = token.doc[token.i - 1]
    if before.pos_ == "PROPN" and "flat" in token.dep_:
        return apposed_name(before)
    return before.pos_ in CONTENT_POS and "Nom" not in features(before)[0]


def linear_antecedent(relative: Token) -> Token | None:
    """The noun a relative "который" stands for: the nearest noun before it that agrees in
    gender and number ("строительство набережной Днепра, которое …" → строительство)."""
    doc = relative.doc
    for i in range(relative.i - 1, max(relative.sent.start, relative.i - MAX_REACH) - 1, -1):
        token = doc[i]
        if token.pos_ in CONTENT_POS and agrees(token, relative):
            gender, noun_gender = relative.morph.get("Gender"), token.morph.get("Gender")
            if not gender or not noun_gender or gender == noun_gender:
                return token
        if is_finite(token):
            return None
    return None


def subject_of(verb: Token) -> Token | None:
    """The subject of ``verb`` by agreement: the nearest nominative noun before it in its
    clause that agrees with it ("акции компании упали", "чип памяти стоит", "Ставка
    отчислений, по мнению депутатов, должна составить"); a relative "который" stands for
    its antecedent; a nominative pronoun ("он", "это") is the subject, and names nothing."""
    word = agreeing_word(verb)
    doc = verb.doc
    for i in range(word.i - 1, max(verb.sent.start, word.i - MAX_REACH) - 1, -1):
        token = doc[i]
        if token.lemma_ == "быть" and token.i == word.i - 1:
            # "была продана": the auxiliary of the verb
            word = token if "Short" not in verb.morph.get("Variant") else word
            continue
        if token.text in CLAUSE_STOPS or token.lower_ in CLAUSE_OPENERS or is_finite(token):
            return None
        if (
            "Nom" not in features(token)[0]
            or not agrees(token, word)
            or governed(token)
            or apposed_name(token)
        ):
            continue
        if token.lemma_ == "который":
            return linear_antecedent(token)
        if token.pos_ == "PRON":
            return None
        if token.pos_ in CONTENT_POS:
            return first_conjunct(token)
    return None


def first_conjunct(token: Token) -> Token:
    """The first of coordinated nominative nouns ending in ``token``: "Капуста, огурцы и
    перец" → Капуста (a plural verb agrees with the whole list). A list has "и" before
    ``token`` or goes on after it: a comma alone ends an opening phrase ("По данным журнала
    Forbes, состояние Гуцериева …") and joins nothing."""
    doc = token.doc
    joined_before = token.i - 1 >= token.sent.start and doc[token.i - 1].lower_ == "и"
    goes_on = token.i + 1 < token.sent.end and doc[token.i + 1].lower_ in (",", "и")
    if not (joined_before or goes_on):
        return token
    while (
        token.i - 2 >= token.sent.start
        and doc[token.i - 1].lower_ in (",", "и")
        and doc[token.i - 2].pos_ in CONTENT_POS
        and "Nom" in features(doc[token.i - 2])[0]
    ):
        token = doc[token.i - 2]
    return token


def participle_noun(participle: Token) -> Token | None:
    """The noun a full participle agrees with, before it: "доход граждан, превышающий 1
    миллион евро" → доход (case, number and gender)."""
    doc = participle.doc
    case = set(participle.morph.get("Case"))
    for i in range(participle.i - 1, max(participle.sent.start, participle.i - 6) - 1, -1):
        token = doc[i]
        if is_finite(token) or token.text in CLAUSE_STOPS:
            return None
        if (
            token.pos_ in CONTENT_POS
            and case & set(token.morph.get("Case"))
            and agrees(token, participle)
        ):
            return token
    return None


def verb_before(span: Span) -> Token | None:
    """The verb right before the amount in its clause ("упали на 7%", "стоила … — около 20
    млн"): the nearest verb, converb or participle within reach, not past a comma, a clause
    opener or a bracket."""
    reach = range(span.start - 1, max(span.sent.start, span.start - MAX_REACH) - 1, -1)
    return first_clause_verb(span.doc, reach)


def first_clause_verb(doc: Doc, positions: Iterable[int]) -> Token | None:
    """The first verb or auxiliary at ``positions`` (in the order given) before a comma, a
    clause opener or a bracket ends the clause."""
    for i in positions:
        token = doc[i]
        if token.text in CLAUSE_STOPS or token.text == "," or token.lower_ in CLAUSE_OPENERS:
            return None
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


# what may stand between a common noun and the word after it in a name of a route, a place
# or a thing ("по маршруту Сретенск — Чита", "теплоход «Булгария»")
NAME_PARTS_POS = frozenset({"PROPN", "PUNCT", "SPACE"})


def noun_before(token: Token) -> Token | None:
    """The common noun right before ``token``, past the name apposed to it ("по маршруту
    Сретенск — Чита протяжённостью 360 километров" → маршруту), not past a comma, a bracket
    or any other word."""
    doc = token.doc
    for i in range(token.i - 1, max(token.sent.start, token.i - MAX_REACH) - 1, -1):
        word = doc[i]
        if word.pos_ == "NOUN":
            return word
        if word.pos_ not in NAME_PARTS_POS or word.text in CLAUSE_STOPS or word.text == ",":
            return None
    return None

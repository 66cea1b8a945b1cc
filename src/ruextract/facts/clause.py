"""What a fact's clause says about it: the change it is part of, its period, its denominator.

Pure functions over spaCy spans whose sentence has a dependency parse (``token.head``,
``token.dep_`` from ``ruextract_syntax``) and lemmas:

- :func:`change_of`: ``direction`` (up / down: the clause says the measured thing rose or
  fell), ``change`` (delta: the amount is the size of the change, "вырос на 5%"; level
  otherwise) and the qualifier of a target ("вырастет до 63 млрд" is exact, not up_to);
- :func:`period_of`: the calendar range of the date that belongs to the fact's clause;
- :func:`per_of`: the denominator of a price or rate ("за тысячу кубометров", "в месяц").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from spacy.tokens import Span, Token

UP, DOWN = "up", "down"
DELTA, LEVEL = "delta", "level"
# verbs of a difference between two things (not a change of one): "отстаёт на 4 очка"
DIFFERENCE_WORDS = (
    "отставать", "отстать", "опережать", "опередить", "проиграть", "проигрывать",
)  # fmt: skip
# words of change (verb and noun lemmas) -> the direction they say; "0" says none
# ("довести до X": a target, no direction)
CHANGE_WORDS: dict[str, str | None] = {
    **dict.fromkeys(
        ("вырасти", "расти", "возрасти", "возрастать", "увеличиться", "увеличиваться",
         "увеличить", "увеличивать", "подорожать", "дорожать", "повыситься", "повышаться",
         "повысить", "повышать", "подняться", "подниматься", "поднять", "поднимать",
         "нарастить", "наращивать", "прибавить", "прибавлять", "ускориться", "ускоряться",
         "взлететь", "подскочить", "вырастать", "рост", "прирост", "увеличение", "повышение",
         "подорожание", "ускорение"),
        UP,
    ),
    **dict.fromkeys(
        ("сократиться", "сокращаться", "сократить", "сокращать", "снизиться", "снижаться",
         "снизить", "снижать", "упасть", "падать", "уменьшиться", "уменьшаться", "уменьшить",
         "уменьшать", "подешеветь", "дешеветь", "понизиться", "понижаться", "понизить",
         "понижать", "опуститься", "опускаться", "замедлиться", "замедляться", "обвалиться",
         "рухнуть", "обрушиться", "просесть", "потерять", "терять", "лишиться", "обесцениться",
         "снижение",
         "сокращение", "падение", "уменьшение", "спад", "удешевление", "понижение",
         "замедление", "отток"),
        DOWN,
    ),
    **dict.fromkeys(("довести", "доводить", "измениться", "изменить", "изменение"), None),
    # a difference, which way unsaid: "отстаёт на 4 очка"
    **dict.fromkeys(DIFFERENCE_WORDS, None),
}  # fmt: skip
# verbs of change whose object is the size of the change: "потеряла семь мандатов"
OBJECT_IS_CHANGE = frozenset(
    {"потерять", "терять", "прибавить", "прибавлять", "лишиться", "проиграть", "проигрывать"}
)
# verbs of change with no object that are not reflexive: their subject is what changed
INTRANSITIVE_CHANGES = frozenset(
    {"расти", "вырасти", "вырастать", "возрасти", "возрастать", "упасть", "падать", "рухнуть",
     "подорожать", "дорожать", "подешеветь", "дешеветь", "взлететь", "подскочить", "просесть"}
)  # fmt: skip


def is_intransitive_change(lemma: str) -> bool:
    """A verb of change whose subject is what changed: reflexive ("акции обрушились на 6
    процентов", "обесценилась") or with no object ("рухнули"); not one whose object is the
    change ("лишилась семи мандатов") nor a difference ("проиграл")."""
    if lemma not in CHANGE_WORDS or lemma in OBJECT_IS_CHANGE or lemma in DIFFERENCE_WORDS:
        return False
    return lemma.endswith(("ся", "сь")) or lemma in INTRANSITIVE_CHANGES


# parts of a contest that are lost or won whole: a count of them is no margin
GAME_PARTS = frozenset(
    {"период", "тайм", "раунд", "сет", "гейм", "матч", "игра", "партия", "встреча", "поединок",
     "бой", "схватка", "тур", "этап", "гонка", "забег"}
)  # fmt: skip
# verbs that make the amount a bound: "превысила 80 %" (more than), and negated "не должно
# превышать 400 человек", "не могут приглашать более 500 гостей" (at most)
EXCEED_VERBS = frozenset({"превысить", "превышать"})
# comparatives after an amount: "на 1,5 млрд больше" (a difference, and which way)
COMPARATIVES: dict[str, str] = {
    "больше": UP, "выше": UP, "дороже": UP, "меньше": DOWN, "ниже": DOWN, "дешевле": DOWN,
}  # fmt: skip
BY = frozenset({"на"})  # "вырос на 5%": the amount is the size of the change
DASHES = frozenset({"—", "–", "-"})
CLAUSE_POS = ("VERB", "AUX")
# how far up the parse a fact looks for its word of change
MAX_CHAIN = 6


def heads(token: Token, limit: int = MAX_CHAIN) -> list[Token]:
    """``token``'s heads, nearest first, up to the sentence root (at most ``limit``)."""
    found = []
    while token.head.i != token.i and len(found) < limit:
        token = token.head
        found.append(token)
    return found


def clause(token: Token) -> Token:
    """The verb whose clause ``token`` belongs to (the nearest verb up the parse), else the root."""
    node = token
    for _ in range(20):
        if node.pos_ in CLAUSE_POS or node.head.i == node.i:
            return node
        node = node.head
    return node


def words_before(span: Span, n: int = 3) -> list[Token]:
    """Up to ``n`` non-space tokens right before ``span`` in its sentence, nearest first."""
    found = []
    i = span.start - 1
    sent_start = span.sent.start
    while i >= sent_start and len(found) < n:
        if not span.doc[i].is_space:
            found.append(span.doc[i])
        i -= 1
    return found


def word_after(span: Span) -> Token | None:
    """The first non-space token after ``span`` in its sentence."""
    sent_end = span.sent.end
    for i in range(span.end, sent_end):
        if not span.doc[i].is_space:
            return span.doc[i]
    return None


def is_elliptical(span: Span) -> bool:
    """ "помидоры — на 26,9%": the amount follows a dash after its own noun, the verb elided."""
    before = words_before(span, 2)
    if before and before[0].lower_ in BY | {"до"}:
        before = before[1:]
    return bool(before) and before[0].text in DASHES


def change_word(span: Span) -> Token | None:
    """The verb or noun of change the fact belongs to ("подорожала на 29,1%" → подорожала).

    Up the parse from the fact, stopping at the first other verb; for an elliptical fact
    ("помидоры — на 26,9%") the nearest word of change before it in the sentence.
    """
    inside = range(span.start, span.end)
    for token in heads(span.root):
        if token.i in inside:
            continue
        if token.lemma_ in CHANGE_WORDS:
            return token
        if token.pos_ in CLAUSE_POS:
            break
    if span.root.dep_ == "orphan" or is_elliptical(span):
        # the elided verb: the nearest verb of change before ("подорожала …, помидоры — на
        # 26,9%"), not a noun ("приведёт к росту …, а затраты — 500 млрд")
        for i in range(span.start - 1, span.sent.start - 1, -1):
            if span.doc[i].lemma_ in CHANGE_WORDS and span.doc[i].pos_ in CLAUSE_POS:
                return span.doc[i]
    return None


def is_by(span: Span) -> bool:
    """True when "на" introduces the amount ("на 5%", "более чем на 40%")."""
    words = [t.lower_ for t in span if not t.like_num][:3]
    before = words_before(span, 1)
    return any(w in BY for w in words) or bool(before and before[0].lower_ in BY)


def _has_not(token: Token) -> bool:
    return any(child.lower_ == "не" for child in token.children)


def is_limited(verb: Token) -> bool:
    """True when ``verb`` completes a negated verb ("не могут приглашать", "не должно
    превышать"): a limit, unlike a plain negation ("никто не набрал более 50 %")."""
    return verb.dep_ == "xcomp" and _has_not(verb.head)


def bound_of(span: Span, qualifier: str) -> str:
    """The qualifier a verb makes of the amount: "превысила 80 %" is more than 80; under a
    negated verb "более 500" and "превышать 400" are at most ("не могут приглашать более 500
    гостей")."""
    verb = clause(span.root)
    if verb.pos_ not in CLAUSE_POS:
        return qualifier
    limited = is_limited(verb)
    if verb.lemma_ in EXCEED_VERBS and qualifier == "exact":
        return "up_to" if limited or _has_not(verb) else "more_than"
    if limited and qualifier == "more_than":
        return "up_to"
    return qualifier


# words after "чем" that make a comparison a change of one thing over time or against a plan
# ("больше, чем годом ранее", "меньше, чем в прошлом году")
THEN_WORDS = frozenset(
    {"год", "месяц", "квартал", "неделя", "день", "ранее", "раньше", "прежде", "прошлый",
     "предыдущий", "прежний"}
)  # fmt: skip


def comparative_after(span: Span) -> Token | None:
    """The word after an amount, past a name or code of what is counted ("на 13
    истребителей F-35 меньше" → меньше)."""
    doc = span.doc
    for i in range(span.end, min(span.sent.end, span.end + 4)):
        token = doc[i]
        if token.is_space:
            continue
        if token.pos_ == "PROPN" or any(c.isdigit() for c in token.text) or token.text == "-":
            continue
        return token
    return word_after(span)


def compares_two_things(comparative: Token | None) -> bool:
    """True for a comparative followed by ", чем" and a phrase with no verb and no word of
    time: "больше, чем в целом по стране" (two things, not a change of one); not "меньше,
    чем планировалось ранее", "больше, чем в прошлом году"."""
    if comparative is None:
        return False
    doc = comparative.doc
    i = comparative.i + 1
    if i < comparative.sent.end and doc[i].text == ",":
        i += 1
    if i >= comparative.sent.end or doc[i].lower_ != "чем":
        return False
    for token in doc[i + 1 : comparative.sent.end]:
        if token.text in (",", ";", ":", ".") or token.lower_ in ("а", "но"):
            break
        if token.pos_ in CLAUSE_POS or token.lemma_ in THEN_WORDS or token.lower_ in THEN_WORDS:
            return False
    return True


def change_of(
    span: Span, qualifier: str, direction: str | None, value_from: float | None
) -> tuple[str, str | None, str]:
    """``(qualifier, direction, change)`` of a fact from its clause.

    - "с A до B" (``value_from`` set) stays a level whose direction compares A and B;
    - "на N" with a word of change ("вырос на 5%", "снижение на 3%") or a comparative after
      it ("на 1,5 млрд больше") is a delta, in the direction the word says;
    - "до X" with a word of change is the target ("вырастет до 63 млрд": exact, level); "до
      19%" alone stays up_to;
    - anything else is a level, with the direction of its word of change, if any
      ("инфляция замедлилась до 7,4%" → down).
    """
    if value_from is not None:
        return qualifier, direction, LEVEL
    qualifier = bound_of(span, qualifier)
    word = change_word(span)
    after = comparative_after(span)
    comparative = COMPARATIVES.get(after.lower_) if after is not None else None
    said = CHANGE_WORDS.get(word.lemma_) if word is not None else None
    if is_by(span) and (word is not None or comparative is not None):
        if word is None and compares_two_things(after):
            # "на 600 руб больше, чем в целом по стране": a difference, no way of change
            return qualifier, None, DELTA
        return qualifier, said or comparative, DELTA
    if (
        word is not None
        and word.pos_ == "NOUN"
        and span.root.dep_ == "amod"
        and span.root.head.i == word.i
    ):
        # "70-процентное увеличение выручки": the amount is the size of the change
        return qualifier, said, DELTA
    if (
        word is not None
        and word.lemma_ in OBJECT_IS_CHANGE
        and span.root.dep_ == "obj"
        and _lemma(span.root) not in GAME_PARTS
    ):
        # "потеряла семь мандатов", "проиграл менее одного процента"; not "первые два
        # периода проигрывали" (games are lost whole: a count, not a margin)
        return qualifier, said, DELTA
    if word is not None and qualifier == "up_to":
        return "exact", said, LEVEL
    return qualifier, said, LEVEL


# ---------------------------------------------------------------------------
# period
# ---------------------------------------------------------------------------

OPEN_START = frozenset({"с", "со", "начиная"})


# a day or month named ("3 апреля", "в мае") and a year with it ("2014", "того года")
DAY_OF_MONTH = re.compile(
    r"январ|феврал|март|апрел|\bма[йяе]\b|июн|июл|август|сентябр|октябр|ноябр|декабр",
    re.IGNORECASE,
)
DAY_NUMBER = re.compile(r"\d")
WITH_YEAR = re.compile(r"\d{4}|\bгод|\bг\.|\d{1,2}\.\d{1,2}\.\d{2}", re.IGNORECASE)
# words that open a subordinate clause
SUBCLAUSE_OPENERS = frozenset({"что", "чтобы", "если", "когда", "хотя", "поскольку", "где"})


def verb_after(span: Span) -> Token | None:
    """The first verb after ``span`` in its sentence, not past a comma, a colon, a bracket or
    a word opening another clause; the verb of an auxiliary ("были задержаны")."""
    doc = span.doc
    for token in doc[span.end : span.sent.end]:
        if token.text in (",", ";", ":", "(", ")", "—") or token.lower_ in SUBCLAUSE_OPENERS:
            return None
        if token.lemma_ == "который":
            return None
        if token.pos_ in CLAUSE_POS:
            if token.dep_.startswith("aux") and token.head.i > token.i:
                return token.head
            return token
    return None


def clause_break(verb: Token, span: Span) -> bool:
    """True when a comma, a colon, a bracket or a word opening another clause stands between
    ``verb`` and the fact after it ("выдвинул её …, после того как первые два кандидата …")."""
    return any(
        t.text in (",", ";", ":", "(", ")") or t.lower_ in SUBCLAUSE_OPENERS
        for t in span.doc[verb.i + 1 : span.start]
    )


def in_subclause(span: Span, date_span: Span, fact_verb: Token) -> bool:
    """True when a word opening a subordinate clause stands between a date and the fact after
    it, and opens the fact's clause: "в четверг, 9 ноября 2017 года, подтвердил, что власти
    задержали 208 человек" (the date of the main verb is not the arrests')."""
    between = span.doc[date_span.end : span.start]
    return any(
        t.lower_ in SUBCLAUSE_OPENERS and t.dep_ == "mark" and t.head.i == fact_verb.i
        for t in between
    )


# converbs that are parts of compound prepositions of time ("начиная с", "заканчивая")
PREPOSITION_CONVERBS = frozenset({"начиная", "заканчивая", "считая"})


def same_clause(span: Span, date_span: Span) -> bool:
    """True when the date belongs to the fact's clause: the same verb governs both, or the
    fact's verb is coordinated with the date's ("В 2015 году вырос на 5% и достиг X"); or,
    whatever the parse says, the date opens the clause of the fact's verb with no comma or
    clause word between them ("Ночью 31 июля 2016 года были задержаны два молодых человека",
    "10 июля 2011г. в 3 км от берега затонул теплоход")."""
    fact_verb = clause(span.root)
    date_verb = clause(date_span.root)
    if date_verb.lower_ in PREPOSITION_CONVERBS and date_verb.head.i != date_verb.i:
        # "Начиная с апреля 2017 года, … погибли 75 человек": "начиная с" is a preposition,
        # its date belongs to the verb the converb hangs on
        date_verb = clause(date_verb.head)
    if date_span.end <= span.start and in_subclause(span, date_span, fact_verb):
        return False
    if fact_verb.i == date_verb.i:
        return True
    if date_span.end <= span.start < date_verb.i:
        # the parse hangs the date on a verb after the fact: the first verb after the date
        # is the one it opens the clause of
        verb = verb_after(date_span)
        if verb is not None and (
            span.start < verb.i or (verb.i == fact_verb.i and not clause_break(verb, span))
        ):
            return True
    if fact_verb.dep_ == "xcomp" and fact_verb.head.i == date_verb.i:
        # "27 марта суд обязал компанию выплатить X"
        return True
    if date_verb.dep_ == "xcomp" and date_verb.head.i == fact_verb.i:
        # "три силы стали артикулировать свои цели в мае 2014 года"
        return True
    # a date before the first verb or after the last is shared by coordinated verbs ("19
    # человек погибли и 21 пострадал … в воскресенье, 1 декабря 2019 года")
    return (
        fact_verb.dep_ == "conj"
        and fact_verb.head.i == date_verb.i
        and (date_span.start < date_verb.i or date_span.start > fact_verb.i)
    )


def is_comparison_base(date_span: Span) -> bool:
    """True for the date a fact is compared with, not its period: "по сравнению с
    январем-мартом 2011 года выросла с 10,63 до 11,29 млрд"."""
    return any(t.lower_ in ("сравнению", "сравнении") for t in words_before(date_span, 3))


def period_of(span: Span, dates: Iterable[Span], parsed: bool) -> tuple[date | None, date | None]:
    """``(start, end)`` of the nearest calendar date of the fact's clause, else Nones.

    With a parse, only dates of the fact's clause count (:func:`same_clause`); without one,
    the nearest in the sentence. An open start ("с начала 2015 года") keeps an empty end.
    """
    sent = span.sent
    best = None
    best_distance = None
    # "вывести проект на полную мощность — 63 миллиарда кубометров в год — в 2018 году": a
    # fact set off by dashes does not end its clause at the dash after it
    opening = words_before(span, 1)
    aside = bool(opening) and opening[0].text in DASHES
    for date_span in dates:
        value = date_span._.date
        if value is None or value.value_start is None or value.granularity == "duration":
            continue
        if not (sent.start <= date_span.start < sent.end):
            continue
        if parsed and not same_clause(span, date_span):
            continue
        if is_comparison_base(date_span):
            continue
        after = word_after(date_span)
        if after is not None and after.lower_ == "рождения":
            # "погибли ещё три человека, в том числе девочка 2008 года рождения": a date of
            # birth describes a person, no period of the fact
            continue
        if (
            DAY_OF_MONTH.search(date_span.text)
            and DAY_NUMBER.search(date_span.text)
            and not WITH_YEAR.search(date_span.text)
        ):
            # "На 3 апреля в Башкортостане выявлено 10 человек": a day without its year
            # gives no period (data/gold/facts.md); a month alone does ("инфляция в январе
            # замедлилась до 7,4%": January of the article's year)
            continue
        if date_span.start >= span.end and any(
            t.text in (":", "(")
            or (t.text in DASHES and not aside)
            or t.lower_ in SUBCLAUSE_OPENERS
            or t.lemma_ == "который"
            for t in span.doc[span.end : date_span.start]
        ):
            # "попали пять экс-президентов: Альберто Фухимори (1990—2000 годы), …", "три
            # главные силы стали …, что до выборов в мае 2014 года остается …", "занимал пост
            # президента дважды — в 1985—1990 и 2006—2011 годах": a date past a colon or a
            # dash (not one closing an aside), in brackets or in a subordinate clause after the
            # fact is not of its clause
            continue
        distance = min(abs(date_span.start - span.end), abs(span.start - date_span.end))
        if date_span.start >= span.end and any(
            t.text in (",", ";") or t.lower_ == "и" for t in span.doc[span.end : date_span.start]
        ):
            # "в 2017 году — 1809 рублей, в 2018 году — …": the next item's date
            distance += 10
        if best_distance is None or distance < best_distance:
            best, best_distance = date_span, distance
    if best is None:
        return None, None
    value = best._.date
    before = words_before(best, 1)
    first = best.text.split(maxsplit=1)[0].lower()
    if (before and before[0].lower_ in OPEN_START) or (
        first in OPEN_START and not any(w in best.text for w in (" по ", " до "))
    ):
        return value.value_start, None
    return value.value_start, value.value_end


# ---------------------------------------------------------------------------
# per
# ---------------------------------------------------------------------------

# "в месяц", "в сутки": a time unit without a number after "в" is the denominator of a rate
PER_TIME = frozenset({"год", "месяц", "сутки", "день", "час", "неделя", "квартал", "минута"})
# what a price or a rate is counted per after "за" / "на" (units of sale and of population)
PER_ITEMS = frozenset(
    {"таблетка", "штука", "акция", "баррель", "тонна", "кубометр", "литр", "килограмм",
     "грамм", "метр", "человек", "житель", "душа", "ночь", "единица", "бутылка", "унция",
     "доза", "упаковка", "пачка", "билет", "час", "гектар", "пассажир", "семья", "ребенок",
     "ребёнок", "пенсионер", "квадратный", "кубический", "км", "кг", "куб", "кв", "минута",
     "сотка", "номер", "место", "голова", "работник", "сотрудник", "процедура", "визит",
     "поездка", "поезд", "рейс", "экземпляр", "книга", "куб.м", "месяц"}
)  # fmt: skip
PER_PREPOSITIONS = {"за": PER_ITEMS - {"месяц"}, "на": PER_ITEMS, "в": PER_TIME}
PER_NOUN_POS = ("NOUN", "PROPN", "ADJ")
POSSESSIVES = frozenset({"его", "её", "ее", "их", "своего", "своей", "своих"})


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def number_text(value: float) -> str:
    """``1000.0`` → "1000", ``1.5`` → "1.5"."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


ONE = frozenset({"один", "одну", "одно", "одного", "одной"})


def single_unit(one: Token) -> str | None:
    """The noun after "один" (past adjectives): "одну американскую карточку" → карточка."""
    token = word_after(one.doc[one.i : one.i + 1])
    while token is not None and token.pos_ in ("ADJ", "DET"):
        token = word_after(token.doc[token.i : token.i + 1])
    if token is None or token.pos_ != "NOUN":
        return None
    return _lemma(token).replace("ё", "е")


EACH = frozenset({"каждый", "каждая", "каждое", "каждого", "каждую"})


def each_before(span: Span) -> str | None:
    """The unit "за каждого X" names before an amount of each, "по N": "За каждого
    поросенка … хозяева получат по 2,5 тыс." → поросенок (the denominator of a payment);
    else its recipients (:func:`recipients_of`)."""
    before = words_before(span, 1)
    if not before or before[0].lower_ != "по":
        return None
    doc = span.doc
    for i in range(span.sent.start, before[0].i - 2):
        if doc[i].lower_ == "за" and doc[i + 1].lower_ in EACH:
            j = i + 2
            while j < before[0].i and doc[j].pos_ in ("ADJ", "DET"):
                j += 1
            if doc[j].pos_ == "NOUN":
                return _lemma(doc[j]).replace("ё", "е")
    return recipients_of(span)


def recipients_of(span: Span) -> str | None:
    """The plural recipients of an amount of each, "по N": "выплатить семьям погибших по 1
    млн рублей" → семья (a dative plural object of the amount's verb, no preposition)."""
    verb = span.root.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for child in verb.children:
        if (
            child.pos_ == "NOUN"
            and child.dep_ in ("iobj", "obl")
            and child.morph.get("Case") == ["Dat"]
            and child.morph.get("Number") == ["Plur"]
            and not any(c.dep_ == "case" for c in child.children)
        ):
            return _lemma(child).replace("ё", "е")
    return None


# adverbs of frequency: "увеличивать на 200 млрд долларов ежегодно" is a rate per year
EVERY_ADVERBS = {"ежегодно": "год", "ежемесячно": "месяц", "ежедневно": "день",
                 "еженедельно": "неделя", "ежеквартально": "квартал"}  # fmt: skip


def every_before(span: Span) -> str | None:
    """The unit of time "каждый год" names in the amount's clause before it: "Каждый год от
    рака умирает 458 000 человек" → год (a rate, as "в год"); an adverb of frequency
    (:data:`EVERY_ADVERBS`) right after the amount or in its clause before it: "на 200 млрд
    долларов ежегодно" → год."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in EVERY_ADVERBS:
        return EVERY_ADVERBS[doc[span.end].lower_]
    if span.start > span.sent.start and doc[span.start - 1].lower_ in EVERY_ADVERBS:
        return EVERY_ADVERBS[doc[span.start - 1].lower_]
    for i in range(span.start - 2, span.sent.start - 1, -1):
        token = doc[i]
        if token.text in (",", ";", ":") or token.lower_ in SUBCLAUSE_OPENERS:
            return None
        if token.lower_ in EVERY_ADVERBS:
            return EVERY_ADVERBS[token.lower_]
        if token.lower_ in EACH and _lemma(doc[i + 1]) in PER_TIME:
            return _lemma(doc[i + 1])
    return None


# "для обеих сторон", "для каждого участника": a ceiling or quota set for each of them
FOR_EACH = frozenset({"обеих", "обоих", "каждой", "каждого"})


def for_each_after(for_word: Token) -> str | None:
    """The noun after "для обеих" / "для каждого" following an amount: "не должно превышать
    1550 единиц для обеих сторон" → сторона (the amount is each side's); "для нужд армии"
    gives none."""
    each = word_after(for_word.doc[for_word.i : for_word.i + 1])
    if each is None or each.lower_ not in FOR_EACH:
        return None
    noun = word_after(for_word.doc[each.i : each.i + 1])
    if noun is None or noun.pos_ != "NOUN":
        return None
    return _lemma(noun).replace("ё", "е")


def per_of(span: Span, next_fact: tuple[Span, object] | None) -> tuple[str | None, bool]:
    """The denominator after a fact as a lemma phrase, and whether ``next_fact`` is it.

    "375 долларов за тысячу кубометров" → ("1000 кубометр", True: the quantity is no fact of
    its own); "$700 за таблетку" → "таблетка"; "в месяц" → "месяц"; "на душу населения" →
    "душа население". A number after "в" is a date ("в 2015 году"), no denominator.
    """
    doc = span.doc
    after = word_after(span)
    if after is not None and after.lower_ == "для":
        return for_each_after(after), False
    if after is None or after.lower_ not in PER_PREPOSITIONS:
        return each_before(span) or every_before(span), False
    noun = word_after(doc[after.i : after.i + 1])
    if noun is None:
        return None, False
    if next_fact is not None and after.lower_ in ("за", "на"):
        denominator, fact = next_fact
        if denominator.start == noun.i and fact.kind == "quantity":
            return f"{number_text(fact.value)} {fact.unit}", True
    if after.lower_ == "за" and noun.lower_ in ONE and span.label_ == "money":
        # "за одну американскую карточку": "one" says a price's unit of sale ("60 очков за
        # один тур до конца" is no price)
        return single_unit(noun), False
    if _lemma(noun) not in PER_PREPOSITIONS[after.lower_] or noun.pos_ not in PER_NOUN_POS:
        return None, False
    words = [noun]
    if noun.pos_ == "ADJ":
        # "за квадратный метр"
        following = word_after(doc[noun.i : noun.i + 1])
        if following is None or following.pos_ != "NOUN":
            return None, False
        words.append(following)
    following = word_after(doc[words[-1].i : words[-1].i + 1])
    for _ in range(2):
        # past adjectives of the genitive: "за килограмм живого веса"
        if following is None or following.pos_ != "ADJ" or "Gen" not in following.morph.get("Case"):
            break
        following = word_after(doc[following.i : following.i + 1])
    if (
        following is not None
        and following.pos_ == "NOUN"
        and following.head.i == words[-1].i
        and "Gen" in following.morph.get("Case")
    ):
        # "на душу населения", "за килограмм живого веса"
        words.append(following)
    if after.lower_ == "в" and noun.morph.get("Case") and "Acc" not in noun.morph.get("Case"):
        return None, False
    next_word = word_after(doc[noun.i : noun.i + 1])
    if (
        after.lower_ == "в"
        and next_word is not None
        and (
            next_word.lower_ in POSSESSIVES
            or (next_word.pos_ in ("NOUN", "PROPN") and "Gen" in next_word.morph.get("Case"))
        )
    ):
        # "в день его задержания", "в год основания клуба": a date, not a rate
        return None, False
    return " ".join(_lemma(w).replace("ё", "е") for w in words), False

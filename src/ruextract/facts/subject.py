"""What a fact measures: the head noun (``subject``) and its noun phrase (``subject_text``).

Pure functions over a parsed sentence (``token.head``, ``token.dep_``, lemmas, POS):

- :func:`subject_token`: the noun the fact measures, from the right clause: first by the
  form of the words (the agreeing subject of the amount's verb of measure,
  :mod:`ruextract.facts.agreement`; the noun before it; brackets and dashes), then by the
  parse;
- :func:`respectively`: "капуста, огурцы и перец подорожали на 353%, 544% и 654%
  соответственно" gives each amount its own noun of the list;
- :func:`phrase`: the noun phrase around a subject, as written.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from ruextract.facts.agreement import (
    CONTENT_POS,
    verb_before,
)
from ruextract.facts.beside import (
    after_percent,
    apposed_noun,
    as_what,
    bracketed_noun,
    counted_in,
    described_by,
    each_of,
    elided_noun,
    genitive_after,
    in_form_after,
    measured_by_verb,
    named_before,
    set_at,
    spent_for,
    subject_left_of,
    sum_of,
    transfer_object,
    whole_of_verb,
)
from ruextract.facts.clause import (
    CHANGE_WORDS,
    DIFFERENCE_WORDS,
    GAME_PARTS,
    OBJECT_IS_CHANGE,
    clause,
    word_after,
    words_before,
)
from ruextract.facts.lexicon import (
    CLAIM_VERBS,
    COPULAS,
    COUNTED_RELATIONS,
    COUNTER_NOUNS,
    MEASURE_NOUNS,
    MEASURE_SYMBOLS,
    MEASURE_UNITS,
    MEASURE_VERBS,
    OBJECT_RELATIONS,
    PENALTY_VERBS,
    PHRASE_EDGE_POS,
    PHRASE_RELATIONS,
    SCORE_UNITS,
    SET_AT_NOUNS,
    SUBJECT_RELATIONS,
    TIME_NOUNS,
    TRANSFER_VERBS,
)
from ruextract.facts.nouns import (
    _candidate,
    _dependent,
    _oblique,
    _outside,
    fold,
    genitive,
    is_noun_like,
)

# adjectives and participles a counted noun may have between it and the count
MAX_MODIFIERS = 3
# nouns of a kind or make: "пистолетов калибра 9 миллиметров марки Беретта"
KIND_NOUNS = frozenset({"марка", "модель", "тип", "образец", "серия", "производство", "вид"})


def genitive_right_after(span: Span) -> Token | None:
    """The genitive noun right after a count, past its adjectives and participles, by the
    form of the words ("2920 штук патронов", "66 штук пустых магазинов", "40 единиц
    огнестрельного оружия"; the parse of a long list of counts is no guide)."""
    doc = span.doc
    for i in range(span.end, min(span.sent.end, span.end + MAX_MODIFIERS + 1)):
        token = doc[i]
        if token.is_space:
            continue
        if "Gen" not in token.morph.get("Case"):
            return None
        if is_noun_like(token):
            # "калибра 9 миллиметров марки Беретта": a word of kind names what the noun before
            # is, not what is measured
            return None if fold(token.lemma_) in KIND_NOUNS else _candidate(token, span)
        if token.pos_ not in ("ADJ", "DET") and "Part" not in token.morph.get("VerbForm"):
            return None
    return None


def counted_before(span: Span) -> Token | None:
    """The noun phrase a count of pieces closes, with no genitive after it: "маркировочные
    (трассирующие) патроны (красного цвета) 1000 штук" → патроны (the noun the parse
    attaches the count to, before it, in the nominative or accusative, not past a comma)."""
    head = span.root.head
    if head.i >= span.start or head.pos_ != "NOUN" or fold(head.lemma_) in COUNTER_NOUNS:
        return None
    if any(t.text == "," for t in span.doc[head.i + 1 : span.start]):
        return None
    if not {"Nom", "Acc"} & set(head.morph.get("Case")):
        return None
    return _candidate(head, span)


def in_quantity_of(span: Span) -> Token | None:
    """What "в количестве N" gives the number of: the noun the phrase stands on ("патроны
    калибра 12 миллиметров в количестве 478 штук" → патроны), or what the verb it stands
    on moved ("изъято оружие в количестве 40 единиц")."""
    before = words_before(span, 2)
    if len(before) < 2 or before[1].lower_ != "в" or fold(before[0].lemma_) != "количество":
        return None
    head = before[0].head
    if head.i >= before[0].i:
        return None
    if head.pos_ in ("VERB", "AUX"):
        return _dependent(head, ("nsubj:pass", *OBJECT_RELATIONS), span)
    return _candidate(head, span)


def dimension_before(span: Span) -> Token | None:
    """The genitive noun right before a measure whose size it is: "патронов калибра 5,56
    миллиметра" → калибра, "длина трассы 5 км" → трассы (not a noun with a preposition of
    its own: "в районе 60 километров")."""
    fact = span._.fact
    unit = (fact.unit or "").rstrip("23") if fact is not None else ""
    if unit not in MEASURE_SYMBOLS:
        return None
    before = words_before(span, 1)
    if not before or before[0].pos_ != "NOUN" or before[0].morph.get("Case") != ["Gen"]:
        return None
    if any(c.dep_ == "case" for c in before[0].children):
        return None
    return _candidate(before[0], span)


def scored_for(span: Span) -> Token | None:
    """What points were got for: "142,61 балла за произвольную программу", "получив за
    произвольную программу 149,95 баллов" → программа (the "за" phrase beside the score)."""
    if fold(span.root.lemma_) not in SCORE_UNITS:
        return None
    doc = span.doc
    after = word_after(span)
    if after is not None and after.lower_ == "за":
        for token in doc[after.i + 1 : min(span.sent.end, after.i + MAX_MODIFIERS + 2)]:
            if token.pos_ in CONTENT_POS:
                # "25 очков за матч": points per game are a rate, not what they were got for
                return None if fold(token.lemma_) in GAME_PARTS else _candidate(token, span)
            if token.pos_ not in ("ADJ", "DET") and not token.is_space:
                break
    before = words_before(span, MAX_MODIFIERS + 2)
    if before and before[0].pos_ in CONTENT_POS and fold(before[0].lemma_) not in GAME_PARTS:
        for token in before[1:]:
            if token.lower_ == "за":
                return _candidate(before[0], span)
            if token.pos_ not in ("ADJ", "DET"):
                break
    return None


# units of a race's distance
DISTANCE_UNITS = frozenset({"m", "km", "mi"})


def race_of(span: Span) -> Token | None:
    """The race a distance after "на" is the length of: "в беге на 110 метров", "в заплыве на
    200 м" → бег, заплыв (the noun of the prepositional phrase right before "на" that the parse
    hangs the distance on; not "вырос на 3 км", "пробежал в парке на 3 км больше")."""
    if span._.fact.unit not in DISTANCE_UNITS:
        return None
    before = words_before(span, 3)
    if len(before) < 3 or before[0].lower_ != "на" or before[1].pos_ != "NOUN":
        return None
    if before[2].lower_ not in ("в", "во") or fold(before[1].lemma_) in TIME_NOUNS:
        return None
    if span.root.head.i != before[1].i:
        # "пробежал в парке на 3 км больше": the distance is no part of the phrase before
        return None
    return _candidate(before[1], span)


def named_in_brackets(span: Span) -> Token | None:
    """The noun that opens a bracket holding only it and the count: "(население города около
    400 человек)" → население (a nominative noun, its genitive after it); not a bracket with
    a verb or more words in it, not a count the noun governs ("(жители 276 домов)")."""
    before = words_before(span, 3)
    after = word_after(span)
    if after is None or after.text != ")" or len(before) < 2:
        return None
    if before[1].text == "(":
        noun = before[0]
    elif len(before) == 3 and before[2].text == "(" and "Gen" in before[0].morph.get("Case"):
        noun = before[1]
    else:
        return None
    if noun.pos_ != "NOUN" or "Nom" not in noun.morph.get("Case"):
        return None
    if span.root.head.i == noun.i:
        # "(жители 276 домов)": the count is the noun's own genitive, not what it measures
        return None
    return _candidate(noun, span)


def count_subject(span: Span) -> Token | None:
    """What a count is of: the genitive of its noun ("3,5 млрд кубометров газа" → газ), or
    what a verb of change moves ("довести импорт до 11 млрд кубометров" → импорт), or the
    subject of a copula ("Явка составила 5 171 666 человек" → явка); else None (the
    counted noun is the unit, and nearby nouns are not what is counted); a measure of a
    thing described ("поросенка весом до 37 кг") → that thing."""
    root = fold(span.root.lemma_)
    counter = root in COUNTER_NOUNS or fold(span._.fact.unit or "") in COUNTER_NOUNS
    found = None
    if root in MEASURE_UNITS or counter:
        # "кубометров газа" (a unit of measure), "2920 штук патронов" (pieces); not "200
        # сотрудников службы" (a possessor)
        found = genitive_right_after(span)
    found = found or dimension_before(span)
    if found is None and (root in MEASURE_UNITS or counter):
        found = _candidate(genitive(span.root, span), span)
    if found is not None:
        return found
    found = described_by(span) or counted_in(span) or in_quantity_of(span) or scored_for(span)
    found = found or race_of(span) or named_in_brackets(span)
    if found is None and counter:
        found = counted_before(span)
    if found is not None:
        return found
    before = verb_before(span)
    if before is not None and before.lemma_ in COPULAS:
        # "число приглашённых … не должно превышать 400 человек": by agreement first
        found = subject_left_of(before, span)
        if found is not None:
            return found
    verb = clause(span.root)
    if verb.lemma_ in CHANGE_WORDS and verb.lemma_ not in OBJECT_IS_CHANGE.union(DIFFERENCE_WORDS):
        # "довести импорт до 11 млрд кубометров", "добыча выросла на 5 млн тонн"
        found = _dependent(verb, OBJECT_RELATIONS, span) or _dependent(
            verb, SUBJECT_RELATIONS, span
        )
        if found is not None:
            return found
    if verb.lemma_ in COPULAS:
        found = _dependent(verb, SUBJECT_RELATIONS, span)
        if found is None and verb.dep_ in ("xcomp", "conj"):
            found = _dependent(verb.head, SUBJECT_RELATIONS, span)
        return found
    return None


def subject_token(span: Span) -> Token | None:
    """The noun the fact measures, from the dependency parse, or None.

    A count: :func:`count_subject`. Money and percentages, in order: the nominative noun
    before a dash of an elided verb of measure ("помидоры — на 26,9%"); a noun right before
    the amount ("отчисление 1 %"); a genitive before the amount in brackets ("голосов
    избирателей (38,53%)"); for a percentage, the whole it is a part of ("54,42 %
    избирателей"); a noun the amount is apposed to ("штрафа в размере 100 тысяч", "барьером
    в 5 %"); the fact's head noun ("стоимостью 8,1 млн долларов" → стоимость); the subject
    of a verb of measure ("Товарооборот … составил 21,4 млрд"); with a verb of transfer, what
    changed hands ("продаёт долю за X", "Гитара была продана за X", "потрачено X на
    церемонию"), never its actor; the object of another verb ("сохранил ставку на уровне
    16%"). Never a currency word, a multiplier or a country in a currency's name; a noun of
    measure hands over to its genitive ("объем инвестиций" → инвестиция).
    """
    elided, noun = elided_noun(span)
    if span.label_ == "quantity":
        # "площадь страны — 17,363 тыс. кв. км"
        return noun if elided else count_subject(span)
    if elided:
        # "помидоры — на 26,9%"; "с 1 января 2016 года — 18 % назначенной суммы пенсии" (the
        # whole); "Клуб, закончивший чемпионат, — 263 млн", "исполнителям — 30 %": not the
        # word before the dash, and the parse of an elided clause is no guide
        return noun or (after_percent(span, True) if span.label_ == "percent" else None)
    first_before = words_before(span, 1)
    if first_before and first_before[0].text == "(":
        # in brackets: a genitive before them, or the whole after; the parse of a bracketed
        # amount is no guide (an equivalent shares its host's subject: FactsFinder)
        found = after_percent(span, with_from=False) if span.label_ == "percent" else None
        return found or bracketed_noun(span)
    # the subject of the amount's verb of measure, by agreement ("акции компании упали на
    # 7%"; "Ставка отчислений должна составить 2% выручки": before the whole, data/gold/facts.md)
    verb = verb_before(span)
    if verb is not None and verb.lemma_ in PENALTY_VERBS:
        # "оштрафовал Чисору на 50 тысяч долларов": who was fined is no subject
        return None
    # money: a noun right before it names it ("штраф 5000 рублей", "в хищении 15 млн")
    found = (
        (named_before(span) or sum_of(span) or described_by(span))
        if span.label_ == "money"
        else None
    )
    found = found or measured_by_verb(span) or set_at(span)
    if found is None and span.label_ == "percent":
        # the whole in the genitive first ("отдали голоса 26,48% приднестровцев")
        found = after_percent(span, with_from=False)
    elif found is None and span.label_ == "money":
        found = spent_for(span) or each_of(span) or in_form_after(span) or transfer_object(span)
    found = found or named_before(span) or bracketed_noun(span)
    if found is None and span.label_ == "money":
        found = genitive_after(span)
    if found is None and span.label_ == "percent":
        # "отчисления в размере 1% от стоимости": the noun the amount is, before its whole
        found = apposed_noun(span, False) or after_percent(span, with_from=True)
    if found is not None:
        return found
    token: Token = span.root
    if token.dep_ in SUBJECT_RELATIONS:
        # "1 % взимается с цены смартфона": a percentage's whole can be its verb's
        # "с"/"от" + genitive
        return whole_of_verb(span) if span.label_ == "percent" else None
    counted = _dependent(token, COUNTED_RELATIONS, span)
    first_head = True
    for _ in range(4):
        head = token.head
        if head.i == token.i:
            break
        if first_head:
            first_head = False
            found = apposed_noun(span, head.pos_ in CONTENT_POS)
            if found is not None:
                return found
        if head.pos_ in CONTENT_POS and _outside(head, span):
            found = _candidate(head, span)
            if found is not None:
                return found
            if fold(head.lemma_) in MEASURE_NOUNS and any(c.dep_ == "case" for c in head.children):
                # "с результатом 57,53 %", "на уровне 16%": a noun of measure with nothing
                # to measure gives no subject (not the object of the verb beyond it) ...
                verb = head.head
                if fold(head.lemma_) in SET_AT_NOUNS and verb.pos_ in ("VERB", "AUX"):
                    # ... but a passive verb of setting says what was set at that level:
                    # "МРОТ установлен на уровне 2,9 тыс. руб" → МРОТ ("ставка" hands over
                    # to its genitive, and without one gives none)
                    return _dependent(verb, ("nsubj:pass",), span) or counted
                return counted
        if head.pos_ in ("VERB", "AUX"):
            found = None
            if head.lemma_ in PENALTY_VERBS:
                # "житель был оштрафован на 15 тысяч рублей": who paid is no subject
                return None
            if head.lemma_ in DIFFERENCE_WORDS:
                # "Нана проиграл менее одного процента": who is ahead or behind is no subject;
                # "на 10 процентов опережал по популярности": what they are compared in is
                return _oblique(head, frozenset({"по"}), span) or counted
            if head.lemma_ in CHANGE_WORDS and head.lemma_ not in MEASURE_VERBS:
                # "компания сократила расходы на 5%", "акции обрушились на 6 процентов":
                # what changed is the object, else the subject
                has_object = any(
                    c.dep_ in OBJECT_RELATIONS and _outside(c, span) for c in head.children
                )
                if has_object:
                    # "подняла цену с $13,5 до $750": the object or nothing, never the actor
                    return _dependent(head, OBJECT_RELATIONS, span)
                found = _dependent(head, SUBJECT_RELATIONS, span)
            elif head.lemma_ in MEASURE_VERBS:
                found = _dependent(head, SUBJECT_RELATIONS, span)
                if found is None and head.dep_ in ("xcomp", "conj", "dep", "advcl"):
                    # "экспорт может достичь X", "вырос на 2% и достиг X", "упали …,
                    # опустившись до X": the subject stands on the verb this one depends on
                    found = _dependent(head.head, SUBJECT_RELATIONS, span)
            elif head.lemma_ in TRANSFER_VERBS and not token.dep_.startswith("obl"):
                # "было потрачено 74 млн на церемонию", "получить за Мхитаряна X",
                # "заплатили в качестве взяток X"; "За свое путешествие он должен заплатить
                # X": the "за" phrase may hang on the word the infinitive completes
                # "отсудила $55 млн за видео": what a claim is for is no purchase
                paid_for = frozenset({"на"} if head.lemma_ in CLAIM_VERBS else {"на", "за"})
                found = as_what(head, span) or _oblique(head, paid_for, span)
                if found is None and head.dep_ == "xcomp":
                    found = _oblique(head.head, frozenset({"за"}), span)
                return found or counted
            elif token.dep_.startswith("obl"):
                # "сохранил ставку на уровне 16%", "продаёт долю за X", "Гитара была
                # продана за X": the amount is an oblique of the verb
                found = _dependent(head, OBJECT_RELATIONS, span) or _dependent(
                    head, ("nsubj:pass",), span
                )
            if found is not None:
                return found
            break
        token = head
    return counted


def respectively(subjects: Sequence[Token | None], spans: Sequence[Span]) -> list[Token | None]:
    """Distribute a coordinated subject over a list of amounts with "соответственно".

    ``spans`` are consecutive facts of one sentence joined by commas and "и"; when the
    subject of the first is a list of as many coordinated nouns ("капуста, огурцы и перец"),
    each amount gets its own. Otherwise ``subjects`` come back unchanged.
    """
    first = subjects[0]
    if first is None or len(spans) < 2:
        return list(subjects)
    nouns = [first] + [
        child for child in first.children if child.dep_ == "conj" and child.pos_ in CONTENT_POS
    ]
    nouns.sort(key=lambda token: token.i)
    if len(nouns) != len(spans):
        return list(subjects)
    return nouns


def phrase(token: Token, blocked: set[int]) -> str:
    """The noun phrase headed by ``token`` as written: its adjectives, genitives and
    prepositional modifiers, never a clause, and no token of ``blocked`` (facts, dates)."""
    keep = {token.i}
    stack = [token]
    while stack:
        for child in stack.pop().children:
            if (
                child.dep_ in PHRASE_RELATIONS
                and child.i not in blocked
                and child.pos_ not in ("VERB", "AUX")
                and child.lemma_ != "который"
            ):
                keep.add(child.i)
                stack.append(child)
    doc = token.doc
    start = stop = token.i
    while start - 1 in keep or (start - 2 in keep and doc[start - 1].is_space):
        start -= 1
    while stop + 1 in keep or (stop + 2 in keep and doc[stop + 1].is_space):
        stop += 1
    # a preposition at an edge goes, and the rest of a compound one ("в виде налогов")
    while start < token.i and (doc[start].pos_ in PHRASE_EDGE_POS or doc[start].dep_ == "fixed"):
        start += 1
    while stop > token.i and doc[stop].pos_ in PHRASE_EDGE_POS:
        stop -= 1
    return doc[start : stop + 1].text

"""The noun an amount measures, found beside it by the form of the words: the agreeing
subject of its verb of measure, what money was spent on or paid for, the noun right before it
("штраф 5000 рублей", "на сумму", "стоимостью", "в размере"), in brackets or after a dash."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ruextract.facts.agreement import (
    CLAUSE_OPENERS,
    CLAUSE_STOPS,
    CONTENT_POS,
    MAX_REACH,
    features,
    first_clause_verb,
    governed,
    is_finite,
    noun_before,
    participle_noun,
    subject_of,
    verb_before,
)
from ruextract.facts.clause import (
    CHANGE_WORDS,
    DASHES,
    DIFFERENCE_WORDS,
    PER_ITEMS,
    PER_TIME,
    is_intransitive_change,
    word_after,
    words_before,
)
from ruextract.facts.lexicon import (
    CASE_PREPOSITIONS,
    CLOSING_QUOTES,
    DESCRIBING_NOUNS,
    GO_VERBS,
    GONE_VERBS,
    INTO_VERBS,
    INVEST_VERBS,
    MEASURE_NOUNS,
    MEASURE_VERBS,
    NOT_SUBJECTS,
    OPENING_QUOTES,
    PREPOSITION_NOUNS,
    SALE_VERBS,
    SET_AT_NOUNS,
    SPEND_VERBS,
    SUBJECT_RELATIONS,
    TIME_NOUNS,
    TRANSFER_NOUNS,
    TRANSFER_VERBS,
    VALUE_VERBS,
    WITH_PREPOSITIONS,
)
from ruextract.facts.nouns import (
    _candidate,
    _dependent,
    content,
    fold,
    is_nominative,
    is_noun_like,
)


def subject_left_of(verb: Token, span: Span) -> Token | None:
    """:func:`~ruextract.facts.agreement.subject_of` ``verb`` as a subject of ``span``."""
    return _candidate(subject_of(verb), span)


def spent_on(verb: Token, span: Span) -> Token | None:
    """The accusative noun after "на" (after "в" too for a verb of investing) in the clause
    of a verb of spending, before the verb or after the amount: "на свадебную церемонию …
    было потрачено 74 млн" → церемонию, "вложит $3 млрд в проект" → проект."""
    doc = span.doc
    sent = span.sent
    prepositions = {"на", "в"} if verb.lemma_ in INVEST_VERBS else {"на"}
    before = range(verb.i - 1, max(sent.start, verb.i - 2 * MAX_REACH) - 1, -1)
    after = range(max(span.end, verb.i + 1), min(sent.end, max(span.end, verb.i) + MAX_REACH))
    for stretch in (before, after):
        for i in stretch:
            token = doc[i]
            if token.text in CLAUSE_STOPS or token.lower_ in CLAUSE_OPENERS:
                break
            if token.lower_ not in prepositions:
                continue
            j = i + 1
            # "На «проведение капитального ремонта …»": a quoted name of the purpose
            while j < sent.end and (doc[j].pos_ in ("ADJ", "DET") or doc[j].text in OPENING_QUOTES):
                j += 1
            if j >= sent.end or fold(doc[j].lemma_) in PREPOSITION_NOUNS | TIME_NOUNS:
                # "в течение десяти лет", "в 2015 году": a time, not a purpose
                continue
            if doc[j].pos_ == "NOUN" and "Acc" in features(doc[j])[0]:
                return _candidate(doc[j], span)
    return None


def clause_verb_after(span: Span) -> Token | None:
    """The first verb after the amount in its clause ("200 млн руб. администрация тратила
    на реставрацию" → тратила), not past a comma, a clause opener or a bracket."""
    return first_clause_verb(span.doc, range(span.end, min(span.sent.end, span.end + MAX_REACH)))


def set_at(span: Span) -> Token | None:
    """What a passive verb of setting set at the amount, by agreement: "МРОТ установлен на
    уровне 2,9 тыс. руб" → МРОТ ("ставка" hands over to its genitive, or gives none)."""
    before = words_before(span, 3)
    if len(before) < 3 or fold(before[0].lemma_) not in SET_AT_NOUNS:
        return None
    verb = verb_before(span)
    if before[1].lower_ not in ("на", "в") or verb is None or verb.i != before[2].i:
        # "приговорён … к штрафу в размере 500 тыс. юаней": the level of a noun, not of
        # what the verb set
        return None
    if "Pass" not in verb.morph.get("Voice"):
        return None
    return subject_left_of(verb, span)


def spent_for(span: Span) -> Token | None:
    """What an amount of money was spent on or invested in, whatever the voice of the verb
    of spending before or after it ("инвестировать $3 млрд на проект", "вложит $3 млрд в
    проект", "200 млн руб. администрация тратила на реставрацию", "$600 млн пойдут на
    создание центра"), or "на" + accusative right after it in a headline with no verb ("3,3
    миллиарда рублей на реставрацию фонтанов"); None without such a verb or without "на"/"в"
    + accusative."""
    before = words_before(span, 1)
    governed_amount = span[0].lower_ in CASE_PREPOSITIONS or (
        bool(before) and before[0].lower_ in CASE_PREPOSITIONS
    )
    # "из кредитов на 17 млрд рублей 12 млрд приходится на займы": an amount in a
    # prepositional phrase is no subject of the verb after it
    after = None if governed_amount else clause_verb_after(span)
    for verb in (verb_before(span), after):
        if verb is not None and verb.lemma_ in SPEND_VERBS | GO_VERBS:
            return spent_on(verb, span)
    if not any(t.pos_ in ("VERB", "AUX") for t in span.sent):
        # a headline with no verb: "3,3 миллиарда рублей на реставрацию фонтанов на ВДНХ"
        doc = span.doc
        after = word_after(span)
        if after is not None and after.lower_ == "на":
            j = after.i + 1
            while j < span.sent.end and doc[j].pos_ in ("ADJ", "DET"):
                j += 1
            if (
                j < span.sent.end
                and doc[j].pos_ == "NOUN"
                and "Acc" in features(doc[j])[0]
                and fold(doc[j].lemma_) not in PER_ITEMS | PER_TIME
            ):
                # attached to the currency word, it is no word of its name ("60 долларов на
                # баррель": a denominator, not a purpose)
                return content(doc[j], span)
    return None


# personal pronouns that stand for a thing measured earlier ("МРОТ … С 1 июля он возрастет
# до 3,1 тыс. руб")
THIRD_PERSON = frozenset({"он", "она", "оно", "они"})


def pronoun_subject(span: Span) -> Token | None:
    """The third-person pronoun that is the subject of the amount's verb of measure or change
    ("он возрастет до 3,1 тыс. руб" → он), by the form of the words; else None."""
    verb = verb_before(span)
    if verb is None or (verb.lemma_ not in MEASURE_VERBS and verb.lemma_ not in CHANGE_WORDS):
        return None
    doc = span.doc
    for i in range(verb.i - 1, max(verb.sent.start, verb.i - MAX_REACH) - 1, -1):
        token = doc[i]
        if token.text in CLAUSE_STOPS or token.lower_ in CLAUSE_OPENERS or is_finite(token):
            return None
        if token.pos_ == "PRON" and token.lower_ in THIRD_PERSON:
            return token
        if token.pos_ in CONTENT_POS and "Nom" in features(token)[0]:
            return None
    return None


def pronoun_agrees(pronoun: Token, noun: Token) -> bool:
    """True when ``noun`` has the number (and, in the singular, the gender) of ``pronoun``."""
    _, numbers, genders = features(noun)
    number = pronoun.morph.get("Number")
    if number and numbers and not set(number) & set(numbers):
        return False
    gender = pronoun.morph.get("Gender")
    return not (number == ["Sing"] and gender and genders and not set(gender) & set(genders))


def changed_object(verb: Token, span: Span) -> Token | None:
    """The accusative noun between a transitive verb of change and the amount, not in a
    prepositional phrase: "довести уровень инфляции до 2 %" → уровень → инфляции."""
    doc = span.doc
    for token in doc[verb.i + 1 : span.start]:
        if (
            token.pos_ == "NOUN"
            and "Acc" in features(token)[0]
            and not governed(token)
            and "Gen" not in token.morph.get("Case")
        ):
            return _candidate(token, span)
    return None


def measured_by_verb(span: Span) -> Token | None:
    """What the verb of the amount says is measured, by the form of the words (no
    dependency arcs): the agreeing subject of a verb of measure ("акции компании упали на
    7%"), of a passive verb of sale ("Квартира … выставлена на продажу за £1,2 млн"), or of
    the finite verb a converb depends on ("упали на 7%, опустившись до 357,4 доллара"); the
    noun a participle of measure agrees with ("доход, превышающий 1 миллион евро")."""
    verb = verb_before(span)
    if verb is None:
        return None
    lemma = verb.lemma_
    intransitive = is_intransitive_change(lemma)
    if (
        lemma in CHANGE_WORDS
        and lemma not in MEASURE_VERBS
        and lemma not in DIFFERENCE_WORDS
        and not intransitive
    ):
        # "довести уровень годовой инфляции в Японии до 2 %": what the verb changes is its
        # accusative object between it and the amount
        return changed_object(verb, span)
    passive_sale = lemma in TRANSFER_VERBS | SALE_VERBS and "Pass" in verb.morph.get("Voice")
    before = words_before(span, 1)
    if lemma in GONE_VERBS and before and before[0].lower_ == "за":
        # "Рукопись Анны Франк ушла с молотка за 140 тысяч евро": what went for the price
        return subject_left_of(verb, span) or _dependent(verb, SUBJECT_RELATIONS, span)
    if lemma not in MEASURE_VERBS and not passive_sale and not intransitive:
        return None
    form = verb.morph.get("VerbForm")
    if "Part" in form and "Short" not in verb.morph.get("Variant"):
        return _candidate(participle_noun(verb), span)
    if passive_sale and lemma in SPEND_VERBS:
        # "на свадебную церемонию … было потрачено 74 млн": what it was spent on
        return subject_left_of(verb, span) or spent_on(verb, span)
    if "Conv" in form:
        doc = span.doc
        for i in range(verb.i - 1, max(verb.sent.start, verb.i - MAX_REACH) - 1, -1):
            if is_finite(doc[i]) and doc[i].pos_ in ("VERB", "AUX"):
                if doc[i].lemma_ in MEASURE_VERBS:
                    return subject_left_of(doc[i], span)
                return None
        return None
    return subject_left_of(verb, span)


def past_relative_clause(token: Token) -> Token | None:
    """The word before a relative clause that ends at ``token`` (its closing comma or last
    word): "а смартфон, в котором он установлен, — 20 тысяч" → смартфон; None when no
    "который" clause ends there."""
    doc = token.doc
    i = token.i - 1 if token.text == "," else token.i
    while i > token.sent.start and doc[i].text != ",":
        if doc[i].text in CLAUSE_STOPS or doc[i].text in DASHES:
            return None
        i -= 1
    if i <= token.sent.start or not any(t.lemma_ == "который" for t in doc[i : token.i]):
        return None
    return doc[i - 1]


def restated_measure(noun: Token, span: Span) -> Token | None:
    """What a verb of measure says is measured when its object, a noun of measure before a
    dash, is restated by the amount: "Денежная часть премии составляет символическую сумму —
    10 евро" → часть (the subject of составляет)."""
    if fold(noun.lemma_) not in MEASURE_NOUNS:
        return None
    doc = noun.doc
    i = noun.i - 1
    while i >= noun.sent.start and (doc[i].pos_ in ("ADJ", "DET", "ADV") or doc[i].is_space):
        i -= 1
    if i < noun.sent.start or doc[i].lemma_ not in MEASURE_VERBS:
        return None
    return subject_left_of(doc[i], span)


def elided_noun(span: Span) -> tuple[bool, Token | None]:
    """ "помидоры — на 26,9%": whether the amount follows a dash of an elided verb, and the
    nominative noun before the dash that it measures (None: "в 2017 году — 1809 рублей",
    "исполнителям — 30 %": the subject is not that word)."""
    before = words_before(span, 3)
    if before and before[0].lower_ in ("на", "до"):
        before = before[1:]
    if len(before) < 2 or before[0].text not in DASHES:
        return False, None
    token = before[1]
    if token.pos_ in ("ADV", "VERB", "AUX") or "Cmp" in token.morph.get("Degree"):
        # "стоила уже на порядок дешевле — около 20 млн": a pause after a whole clause
        return False, None
    token = past_relative_clause(token) or token
    while token.head.i != token.i and token.head.i < token.i and token.head.pos_ in CONTENT_POS:
        token = token.head
    said = any(
        t.lemma_ in MEASURE_VERBS or t.lemma_ in CHANGE_WORDS
        for t in span.doc[span.sent.start : span.start]
    )
    restated = token.pos_ == "NOUN" and (is_nominative(token) or token.dep_ == "nsubj")
    # "Бюджет проекта —", "Зарплата учителей в регионе —": a noun phrase with no clause and
    # no count in it ends at the dash (not "Клуб, закончивший чемпионат …, —", nor "жители
    # 4079 домов — 90 %": a share of the count)
    compact = not any(
        t.text in (",", ":", ";", "(", ")")
        or t.like_num
        or t.pos_ in ("VERB", "AUX")
        or "Part" in t.morph.get("VerbForm")
        for t in span.doc[token.i + 1 : before[0].i]
    )
    # "Мадуро — бывший водитель автобуса и экс-министр — более чем на 10 процентов
    # опережал": a phrase between two dashes is an aside, not what is measured
    aside = any(t.text in DASHES for t in span.doc[max(span.sent.start, token.i - 3) : token.i])
    if token.i != before[1].i and aside:
        compact = False
    if not said and compact and restated:
        # "был нанесён материальный ущерб — 700 000 долларов", "проголосовало большинство —
        # 55 из 90 депутатов": a common noun right before the dash is restated by the amount
        return True, _candidate(token, span)
    measured = restated_measure(before[1], span)
    if measured is not None:
        return True, measured
    if not is_nominative(token) or not said:
        # "Клуб, закончивший чемпионат на четвёртом месте, — 263 млн": no verb of measure
        # says that the club is what is measured
        return True, None
    return True, _candidate(token, span)


def _modifier(token: Token) -> bool:
    """An adjective, determiner or participle ("назначенной общей суммы"), or a repeated
    percent word ("95 % процентов голосов")."""
    return (
        token.pos_ in ("ADJ", "DET")
        or "Part" in token.morph.get("VerbForm")
        or token.lemma_ == "процент"
    )


def transfer_object(span: Span) -> Token | None:
    """What changed hands for money after "за" when the parse misses it: "продать «Роме»
    армянского полузащитника Мхитаряна за £22 млн" → полузащитника (the first accusative
    after the verb of transfer), "получить за Мхитаряна более $27 млн" → Мхитаряна."""
    before = words_before(span, 3)
    if len(before) == 3 and before[1].lower_ == "за" and before[2].lemma_ in TRANSFER_VERBS:
        return _candidate(before[0], span)
    if not before or before[0].lower_ not in ("за", "в"):
        return None
    doc = span.doc
    for i in range(before[0].i - 1, span.sent.start - 1, -1):
        if before[0].lower_ == "за" and doc[i].pos_ == "NOUN" and doc[i].lemma_ in TRANSFER_NOUNS:
            # "за покупку сервиса микроблогов Tumblr за 1,1 млрд", "от поглощения BSkyB за 12
            # млрд": what the deal was for is the genitive after its noun
            # ("выставило квартиру на продажу за £1,2 млн": no genitive, the verb's object)
            following = doc[i + 1 : before[0].i]
            found = next(
                (
                    _candidate(t, span)
                    for t in following
                    if t.pos_ in CONTENT_POS
                    # a foreign name has no case: "поглощения BSkyB"
                    and ("Gen" in t.morph.get("Case") or not t.morph.get("Case"))
                ),
                None,
            )
            if found is not None:
                return found
        if doc[i].lemma_ in TRANSFER_VERBS and doc[i].pos_ in ("VERB", "AUX"):
            if before[0].lower_ == "в" and doc[i].lemma_ not in VALUE_VERBS:
                # "вложил в проект": "в" is an amount's place only with a verb of valuing
                return None
            for token in doc[i + 1 : before[0].i]:
                cases = set(token.morph.get("Case"))
                animate_accusative = "Gen" in cases and "Anim" in token.morph.get("Animacy")
                if token.pos_ in CONTENT_POS and ("Acc" in cases or animate_accusative):
                    return _candidate(token, span)
            return None
        if doc[i].pos_ in ("VERB", "AUX"):
            return None
    return None


def after_percent(span: Span, with_from: bool) -> Token | None:
    """The whole a percentage is a part of: the genitive right after it ("54,42 %
    избирателей", "24,2 процентами голосов") or its "от" phrase ("15 % от общего объёма
    собранных средств" → средств)."""
    doc = span.doc
    i = span.end
    end = span.sent.end
    while i < end and (doc[i].is_space or _modifier(doc[i])):
        i += 1
    last = doc[i - 1] if i > span.end else None
    if last is not None and is_noun_like(last) and "Gen" in last.morph.get("Case"):
        if i >= end or "Gen" not in doc[i].morph.get("Case"):
            # "более 90% проголосовавших высказались": a participle standing as a noun
            return _candidate(last, span)
    if i < end and doc[i].lower_ == "от":
        if not with_from:
            return None
        i += 1
        while i < end and (doc[i].is_space or _modifier(doc[i])):
            i += 1
    elif i < end and "Gen" not in doc[i].morph.get("Case"):
        return None
    if i < end and doc[i].pos_ in CONTENT_POS:
        return _candidate(doc[i], span)
    return None


def whole_of_verb(span: Span) -> Token | None:
    """The whole of a percentage that is its verb's subject: the verb's "с" / "от" phrase
    in the genitive ("1 % взимается с цены смартфона" → смартфон)."""
    verb = span.root.head
    for child in verb.children:
        if (
            child.dep_.startswith("obl")
            and "Gen" in child.morph.get("Case")
            and any(c.dep_ == "case" and c.lower_ in ("с", "со", "от") for c in child.children)
        ):
            return _candidate(child, span)
    return None


def apposed_noun(span: Span, parse_says_noun: bool) -> Token | None:
    """The noun an amount is apposed to with "в" / "на": "штрафа в размере 100 тысяч",
    "на сумму" (past the noun of measure, always); "с избирательным барьером в 5 %",
    "кредита на 78 млрд" when the parse makes the amount modify a noun (it often picks a
    farther one), "разделят награду в 9 млн" when the noun is the object of the amount's verb;
    quotes and particles before the amount are looked past ("ущерб на сумму «чуть больше 1
    млн рублей»")."""
    before = [
        t
        for t in words_before(span, 6)
        if t.text not in OPENING_QUOTES and t.pos_ not in ("ADV", "PART")
    ][:4]
    if (
        len(before) >= 3
        and fold(before[0].lemma_) in MEASURE_NOUNS
        and before[1].lower_ in ("в", "на")
        and before[2].pos_ == "NOUN"
    ):
        # "штрафа в размере 100 тысяч рублей"
        return _candidate(before[2], span)
    if len(before) < 2 or before[0].lower_ not in ("в", "на") or before[1].pos_ not in CONTENT_POS:
        return None
    if fold(before[1].lemma_) in MEASURE_NOUNS:
        # "в размере 5 млн": the noun before "в размере"
        if len(before) == 4 and before[2].lower_ in ("в", "на") and before[3].pos_ == "NOUN":
            return _candidate(before[3], span)
        return None
    sibling_object = before[1].dep_ == "obj" and before[1].head.i == span.root.head.i
    # "под залог в 1 миллион": a noun in a prepositional phrase right before "в" + the
    # amount is what the amount qualifies, whatever the parse attached it to
    in_phrase = before[0].lower_ == "в" and governed(before[1])
    if parse_says_noun or sibling_object or in_phrase:
        return _candidate(phrase_head(before[1]), span)
    return None


def phrase_head(token: Token) -> Token:
    """The noun a prepositional modifier ending in ``token`` hangs on: "иск о защите деловой
    репутации на 500 тысяч" → иск; else ``token`` ("пакет акций компании", "барьером в
    5 %" with its own preposition)."""

    def attached(node: Token) -> bool:
        head = node.head
        return node.dep_ == "nmod" and head.i < node.i and head.pos_ in CONTENT_POS

    def has_case(node: Token) -> bool:
        return any(c.dep_ == "case" for c in node.children)

    node = token
    for _ in range(4):
        if not attached(node) or has_case(node):
            break
        node = node.head
    if node.i != token.i and has_case(node) and attached(node):
        return node.head
    return token


# nouns of action (хищение, отмывание, взятие): their object follows in the genitive
VERBAL_NOUN_ENDINGS = ("ние", "тие")


def after_with(noun: Token) -> bool:
    """True when "при" / "с" governs ``noun`` (only adjectives between): "при чистой прибыли
    1,2 млрд", "с оборотом 650 млн" (the amount is the value of that noun)."""
    doc = noun.doc
    i = noun.i - 1
    while i >= noun.sent.start and doc[i].pos_ in ("ADJ", "DET"):
        i -= 1
    return i >= noun.sent.start and doc[i].lower_ in WITH_PREPOSITIONS


def named_before(span: Span) -> Token | None:
    """A common noun right before a money or percent amount names it: "отчисление 1 %",
    "«премию» более 17 тысяч гривен", "штраф 5000 рублей" (nominative or accusative, not a
    date word), "при чистой прибыли 1,2 млрд долларов" (after "при" / "с")."""
    before = [t for t in words_before(span, 3) if t.text not in CLOSING_QUOTES]
    if not before or before[0].pos_ != "NOUN" or fold(before[0].lemma_) in TIME_NOUNS:
        return None
    cases = before[0].morph.get("Case")
    verbal = fold(before[0].lemma_).endswith(VERBAL_NOUN_ENDINGS) and span.label_ == "money"
    if not ({"Nom", "Acc"} & set(cases)) and not verbal and not after_with(before[0]):
        # a noun of action takes its object in the genitive in any case of its own: "в
        # хищении 15 миллионов долларов", "в отмывании 55 миллионов фунтов"
        return None
    return _candidate(before[0], span)


def described_by(span: Span) -> Token | None:
    """The noun a dimension or price in the instrumental describes: "дом стоимостью 8,1 млн
    долларов" → дом, "поросенка весом до 37 кг" → поросенка; past a prepositional phrase on
    that noun ("дом с восемью спальными комнатами стоимостью …" → дом: the rooms are an
    attribute of the house, as the price is)."""
    before = words_before(span, 1)
    if not before:
        return None
    measure = before[0]
    if (
        fold(measure.lemma_) not in DESCRIBING_NOUNS
        or "Ins" not in measure.morph.get("Case")
        or any(c.dep_ == "case" for c in measure.children)
    ):
        return None
    noun = measure.head
    if measure.dep_ != "nmod":
        # the parse hung the measure elsewhere: the noun before it, past a name ("по
        # маршруту Сретенск — Чита протяжённостью …": the route's length, not the trip's)
        before = noun_before(measure)
        if before is not None:
            return _candidate(before, span)
    if noun.i >= measure.i or noun.pos_ not in CONTENT_POS:
        return None
    for _ in range(4):
        head = noun.head
        if head.i >= noun.i:
            break
        if noun.dep_ == "conj" and head.pos_ in CONTENT_POS:
            # "бриллиантами и жемчугом стоимостью …": the list as a whole
            noun = head
        elif noun.dep_.startswith("obl") and is_full_participle(head):
            # "корону …, украшенную бриллиантами … стоимостью миллион долларов": what the
            # participle describes (the noun before it that agrees with it)
            described = participle_noun(head)
            if described is None:
                break
            noun = described
        elif noun.dep_ == "nmod" and any(c.dep_ == "case" for c in noun.children):
            if head.pos_ not in CONTENT_POS:
                break
            noun = head
        else:
            break
    return _candidate(noun, span)


def counted_in(span: Span) -> Token | None:
    """The noun a count after "в" gives the size of: "имеет необходимую поддержку в 101
    голос" → поддержку (a common noun right before "в"; not a place, "в 100 школах", where
    the counted noun is in the locative, nor where the verb puts something into what is
    counted: "внёс поправки в 22 федеральных закона")."""
    before = words_before(span, 2)
    if len(before) < 2 or before[0].lower_ != "в" or before[1].pos_ != "NOUN":
        return None
    after = word_after(span)
    if after is not None and after.lower_ == "из" and all(t.like_num for t in span):
        # "пришли к власти в 20 из 23 штатов": a bare number whose noun is the total's is
        # where (in 20 of the states), not a size ("поддержку в 101 голос из 200" is)
        return None
    verb = verb_before(span)
    if verb is not None and verb.lemma_ in INTO_VERBS:
        return None
    if fold(before[1].lemma_) in TIME_NOUNS or {"Loc", "Dat", "Ins"} & set(
        span.root.morph.get("Case")
    ):
        return None
    return _candidate(before[1], span)


def is_full_participle(token: Token) -> bool:
    """A full (not short) participle: "украшенную"."""
    return "Part" in token.morph.get("VerbForm") and "Short" not in token.morph.get("Variant")


def as_what(verb: Token, span: Span) -> Token | None:
    """What money was paid as: "заплатили в качестве взяток почти 30 миллионов" → взяток
    (an oblique of the verb with "в качестве" / "в виде")."""
    for child in verb.children:
        if not child.dep_.startswith("obl"):
            continue
        for case in child.children:
            if case.dep_ == "case" and case.lower_ == "в":
                if any(f.lemma_ in ("качество", "вид") for f in case.children):
                    return _candidate(child, span)
    return None


def sum_of(span: Span) -> Token | None:
    """The noun that "на (общую) сумму" follows: "обналичила кредитные карты на общую сумму
    около 85 тысяч долларов" → карты, "долгах местных предприятий на общую сумму" → долгах
    (past its genitive dependents), "кредите в виде покупки евробондов на сумму" →
    кредите (past "в виде"), "к конфискации имущества на сумму в один миллион долларов" →
    конфискации (past "в"); None after a verb ("штрафовать на суммы от 3 до 5 тыс.")."""
    doc = span.doc
    start = span.sent.start
    i = span.start - 1
    if i > start and doc[i].lower_ == "в":
        i -= 1
    if i < start or fold(doc[i].lemma_) != "сумма":
        return None
    i -= 1
    while i >= start and doc[i].pos_ in ("ADJ", "DET"):
        i -= 1
    if i < start or doc[i].lower_ != "на":
        return None
    i -= 1
    while i >= start:
        token = doc[i]
        if token.lower_ == "виде" and i - 1 >= start and doc[i - 1].lower_ == "в":
            i -= 2
            continue
        if token.pos_ in ("ADJ", "DET", "NOUN", "PROPN") and token.morph.get("Case") == ["Gen"]:
            i -= 1
            continue
        break
    if i < start or doc[i].pos_ not in ("NOUN", "PROPN"):
        return None
    return _candidate(doc[i], span)


def in_form_after(span: Span) -> Token | None:
    """What money came as, "в виде" + noun later in its clause: "50-70 млн рублей город
    получал в виде налогов" → налогов."""
    doc = span.doc
    end = min(span.sent.end, span.end + MAX_REACH)
    for i in range(span.end, end - 2):
        token = doc[i]
        if token.text in CLAUSE_STOPS or token.text == "," or token.lower_ in CLAUSE_OPENERS:
            return None
        if token.lower_ == "в" and doc[i + 1].lower_ == "виде":
            j = i + 2
            while j < span.sent.end and doc[j].pos_ in ("ADJ", "DET"):
                j += 1
            if j < span.sent.end and doc[j].pos_ == "NOUN":
                return _candidate(doc[j], span)
            return None
    return None


def each_of(span: Span) -> Token | None:
    """Money after "по" right after a noun is the amount of each: "получил два платежа по
    11 250 долларов" → платежа; "по 375 долларов за тысячу кубометров" (no noun) → None."""
    before = words_before(span, 2)
    if len(before) < 2 or before[0].lower_ != "по" or before[1].pos_ != "NOUN":
        return None
    return _candidate(before[1], span)


def genitive_after(span: Span) -> Token | None:
    """A common noun in the genitive right after money: "выплатить 17,8 млн долларов
    компенсации" → компенсации (not a name: "долларов США"; the parse may attach it to the
    verb in a headline with no full stop)."""
    after = word_after(span)
    if (
        after is None
        or after.pos_ != "NOUN"
        or after.morph.get("Case") != ["Gen"]
        or not after.text.islower()
        or fold(after.lemma_) in NOT_SUBJECTS | TIME_NOUNS
    ):
        return None
    # attached to the currency word, it is no part of the currency's name (a lower-case
    # common noun): look past _candidate's "word of a currency's name" test
    return content(after, span)


def bracketed_noun(span: Span) -> Token | None:
    """An amount in brackets after a noun phrase measures it: after a genitive ("больше всех
    голосов избирателей (38,53%)" → голосов), or money after a term in quotes in any case
    ("признан виновным в «незаконном заработке» (около $120 тыс.)" → заработке)."""
    words = words_before(span, 3)
    quoted = len(words) > 1 and words[1].text in CLOSING_QUOTES
    before = [t for t in words if t.text not in CLOSING_QUOTES]
    if len(before) < 2 or before[0].text != "(" or before[1].pos_ not in CONTENT_POS:
        return None
    token = before[1]
    while token.head.i != token.i and token.head.i < token.i and token.head.pos_ in CONTENT_POS:
        token = token.head
    if not (span.label_ == "money" and quoted) and "Gen" not in token.morph.get("Case"):
        return None
    return _candidate(token, span)

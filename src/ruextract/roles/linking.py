"""Linking: which person a role phrase belongs to (see the package docstring for the rules).

``attach`` ties phrases to names near them (before, after, in a list, past descriptions), to
the names verbs give them (:mod:`~ruextract.roles.copulas`); posts named again or alone are
:mod:`~ruextract.roles.anaphora`'s.

Names ahead of a post in its clause are :mod:`~ruextract.roles.ahead`'s. A plural post a copula
gives is each name's listed after the copula, or right before a plural one
(:func:`~ruextract.roles.lists.subjects_before_copula`).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ruextract.roles.agreement import (
    AHEAD_WINDOW,
    BEHIND_WINDOW,
    DASHES,
    LIST_JOINERS,
    SENTENCE_ENDS,
    agree,
    ends_clause,
    name_cases,
    one_of,
    only_nominative,
    opens_sentence,
    person_cases,
    plural_only,
    readable_in,
    spelt_in_case,
    verb_disowns,
)
from ruextract.roles.ahead import (
    after_complement,
    person_ahead,
)
from ruextract.roles.anaphora import (
    with_org,
)
from ruextract.roles.appositions import starts_clause
from ruextract.roles.copula_after import copula_follows, person_by_copula_after
from ruextract.roles.copulas import (
    COPULAS,
    POST_WORDS,
    RELATIVE,
    appoints,
    person_by_copula,
    phrase_case,
    possible_post,
    relative_antecedent,
)
from ruextract.roles.doc_columns import next_content, prev_content
from ruextract.roles.kin import of_kin
from ruextract.roles.lists import (
    ANIMATE_OBJECT,
    BRACKET_REACH,
    among_which,
    complement_post,
    joined,
    joined_any,
    members,
    names_after,
    names_before_others,
    others_bracketed,
    pair_before,
    past_place_of,
    subjects_before_copula,
    two_subjects,
    with_place_before,
)
from ruextract.roles.phrases import (
    CLOSING_QUOTES,
    OPENING_QUOTES,
    QUOTES,
    Entities,
    Phrase,
    make_phrase,
)
from ruextract.roles.subjects import (
    dated_post,
    heading_subjects,
    last_person,
    noun_complement,
    stopped,
    subject_of,
    work_post,
)
from ruextract.roles.succession import predecessor
from ruextract.roles.words import (
    case_of,
    fold,
    head_lemma,
    is_role_noun,
    line_break_between,
)

SEPARATORS_AFTER = frozenset({",", "—", "–", "-", "("})
GAP_JOINERS = frozenset({"а", "и"})  # "..., а продюсером — Вадим Ульянкин"
SUCH_AS = "как"  # "такие музыканты, как Колин Дэвис"
APPOSITION_MARKS = frozenset({",", "—", "–", "-", "("})


def person_after(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """The name right after a phrase ("глава МИД Сергей Лавров"; "Министр иностранных дел —
    Фумио Кисида" where the phrase opens its sentence)."""
    token = next_content(doc, phrase.end)
    while token is not None and token.text in QUOTES:
        token = next_content(doc, token.i + 1)
    if (
        token is not None
        and token.text in DASHES
        and (opens_sentence(doc, phrase.start) or one_of(doc, phrase, "Nom"))
    ):
        token = next_content(doc, token.i + 1)  # "один из адвокатов — Оксана Михалкина"
    elif token is not None and token.text in DASHES:
        return oblique_after_dash(doc, phrase, token, ents)
    if token is not None and token.text == "(":
        named = bracketed_name(doc, phrase, token, ents)
        if named is not None:
            return named
        # "председатель Российского союза евангельских христиан-баптистов (РОСХВЕ) Алексей
        # Смирнов": an abbreviation in brackets between the post and its name
        token = past_abbreviation(doc, token, ents)
    if token is None or token.i not in ents.per or line_break_between(doc, phrase.end - 1, token.i):
        return None
    span = ents.per[token.i]
    if span.start != token.i:
        return None
    if case_of(doc[span.end - 1]) == "Gen":
        # "советника Путина Михаила Лесина": a genitive name and then the holder's name, in
        # the post's case ("дочь президента Ислама Каримова Лолла": not the post's holder)
        nxt = next_content(doc, span.end)
        if (
            nxt is not None
            and nxt.i in ents.per
            and not line_break_between(doc, span.end - 1, nxt.i)
            and not complement_post(doc, phrase)
        ):
            second = ents.per[nxt.i]
            if agree(doc[phrase.head], second, same=True):
                return second
    if complement_of_last(doc, phrase):
        return None  # "министра ... в предыдущем кабинете Синдзо Абэ": the cabinet's
    if predicate_complement(doc, phrase, span):
        return None  # "Анна Попова, работавшая заместителем Онищенко": the subject's deputy
    if phrase.inner is not None and case_of(doc[phrase.inner]) == case_of(doc[span.end - 1]):
        return span  # the name of the inner post (see ``attach``)
    if not agree(doc[phrase.head], span):
        return None  # "адвокат Сантоса": the genitive name is not the holder
    if governed_name(doc, phrase, span):
        return None  # "Фотографию журналиста Олегу Смирнову прислали": the verb's dative
    if starts_clause(doc, phrase, span):
        return None  # "До встречи с футболистом Родригес работала": the verb's subject
    nxt = next_content(doc, span.end)
    if (
        nxt is not None
        and nxt.i in ents.per
        and ents.per[nxt.i].start == nxt.i
        and ents.per[nxt.i]._.key != span._.key
        and not line_break_between(doc, span.end - 1, nxt.i)
        and not complement_post(doc, phrase)
    ):
        # "Врач Хиллари Клинтон Лиза Бардек": a name right after the name is the holder's, the
        # first one (indeclinable) the complement; a first name that can only be nominative
        # is no complement ("главнокомандующий войсками Сергей Лебедев Путин назначил")
        if any(only_nominative(token.text) for token in span if token.is_alpha):
            return None if verb_disowns(doc, span) else span
        second = ents.per[nxt.i]
        return second if agree(doc[phrase.head], second, same=True) else None
    if verb_disowns(doc, span):
        return None  # "Представитель Лопес сообщил": the representative is a man
    return span


def oblique_after_dash(doc: Doc, phrase: Phrase, dash: Token, ents: Entities) -> Span | None:
    """The name right after a dash after a singular post in an oblique case, readable in that
    case ("женился на бывшей бортпроводнице — Любови Жарковой"): an apposition, unless the post
    is the complement of a noun of kinship."""
    head_case = case_of(doc[phrase.head])
    if phrase.plural or head_case in (None, "Nom") or of_kin(doc, phrase):
        return None  # "старшей дочери президента – Малии": the daughter's name
    token = next_content(doc, dash.i + 1)
    if token is None or token.i not in ents.per or ents.per[token.i].start != token.i:
        return None
    name = ents.per[token.i]
    return name if readable_in(name, head_case) else None


def past_abbreviation(doc: Doc, opening: Token, ents: Entities) -> Token | None:
    """The word after a bracket of at most ``BRACKET_REACH`` words and no name ("(РОСХВЕ)")
    that ``opening`` opens; None for any other bracket."""
    closing = opening.i + 1
    while closing < len(doc) and closing - opening.i <= BRACKET_REACH + 1:
        if doc[closing].text == ")":
            inside = range(opening.i + 1, closing)
            if not inside or any(i in ents.per for i in inside):
                return None
            return next_content(doc, closing + 1)
        closing += 1
    return None


def bracketed_name(doc: Doc, phrase: Phrase, opening: Token, ents: Entities) -> Span | None:
    """The name that is all a bracket after a singular post holds ("один из лучших канадских
    вратарей (Роберто Люонго)", "режиссёр (Дмитрий Бертман)")."""
    if phrase.plural and not one_of(doc, phrase):
        return None
    token = next_content(doc, opening.i + 1)
    if token is None or token.i not in ents.per or ents.per[token.i].start != token.i:
        return None
    name = ents.per[token.i]
    closing = next_content(doc, name.end)
    return name if closing is not None and closing.text == ")" else None


def complement_of_last(doc: Doc, phrase: Phrase) -> bool:
    """A name after a post whose last word is a noun in the locative after a preposition, the
    post in another case ("пост министра ... в предыдущем кабинете Синдзо Абэ"): the name is that
    noun's complement (a holder's name would stand before the preposition), not the post's
    holder."""
    last = doc[phrase.end - 1]
    if last.i == phrase.head or last.pos_ != "NOUN":
        return False
    return case_of(last) == "Loc" and case_of(doc[phrase.head]) != "Loc"  # not "по хоккею"


def predicate_complement(doc: Doc, phrase: Phrase, name: Span) -> bool:
    """A name right after an instrumental post that a copula right before it makes a predicate
    ("работавшая заместителем Онищенко", "была помощником Шойгу"), the name readable in
    the genitive: the post's complement; the copula's subject holds the post. Not after an
    active verb of appointment, whose object may follow ("назначил заместителем Ивана
    Петрова"), nor a post with a complement, whose own post the name may hold ("назначен
    помощником премьер-министра Дмитрия Медведева")."""
    if phrase_case(doc, phrase) != "Ins" or phrase.end != phrase.head + 1:
        return False
    verb = prev_content(doc, phrase.start - 1)
    if verb is None or verb.pos_ not in ("VERB", "AUX") or fold(verb.lemma_) not in COPULAS:
        return False
    if appoints(verb):
        return False
    return "Gen" in name_cases(name) or spelt_in_case(name, "Gen")


# cases a name after a post shows only as a verb's or a preposition's word, never as the
# post's apposition unless the post is in the same case
GOVERNED_CASES = frozenset({"Dat", "Ins", "Loc"})


def governed_name(doc: Doc, phrase: Phrase, name: Span) -> bool:
    """A name right after a post whose every case read is a dative, instrumental or
    locative one that the post's head cannot be read in, nor the name in the head's case (an
    animate accusative as the genitive): the word of a verb or a preposition, not the post's
    holder ("Фотографию 47-летнего журналиста Олегу Смирнову прислали коллеги": a genitive
    post, a dative name). Not a post named after "пост" / "должность", which a verb of giving
    hands to the dative ("уступил пост президента Алану Гарсии")."""
    head = doc[phrase.head]
    head_case, cases = case_of(head), person_cases(name)
    if head_case is None or not cases or not cases <= GOVERNED_CASES or head_case in cases:
        return False
    before = prev_content(doc, phrase.start - 1)
    if before is not None and fold(before.lemma_) in POST_WORDS:
        return False
    head_cases = {head_case} | (ANIMATE_OBJECT if head_case in ANIMATE_OBJECT else set())
    word = doc[head.i : head.i + 1]  # "замминистра Бобом Уорком": a word of no declension
    return not any(spelt_in_case(name, case) for case in head_cases) and not any(
        spelt_in_case(word, case) for case in cases
    )


def person_before(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """The name before a phrase set off by a comma, dash or bracket ("Лавров, глава МИД")."""
    if phrase.plural and not one_of(doc, phrase):
        return None  # "Гиффордс, врачи характеризуют её состояние": not her post
    sep = prev_content(doc, phrase.start - 1)
    if sep is None or sep.text not in SEPARATORS_AFTER:
        return None
    token = prev_content(doc, sep.i - 1)
    if token is None or token.i not in ents.per or line_break_between(doc, token.i, phrase.start):
        return None
    person = ents.per[token.i]
    person_case = case_of(doc[person.end - 1])
    head_case = apposition_case(doc, phrase)
    if sep.text == "(" and opens_bracket(doc, phrase):
        return person  # "у Фредди Гуарина (полузащитник «Шанхая»)": a bracket keeps its case
    if head_case and person_case and not same_case(person_case, head_case):
        return None  # "соратник Путина, министр внутренних дел": the post is not Putin's
    return person


def apposition_case(doc: Doc, phrase: Phrase) -> str | None:
    """The case a phrase set off after a name shows: an acting post's participle's ("Иван
    Петров, исполняющий обязанности главы церкви": nominative), else its head's (also for
    "и. о." and "временным главой", whose words before the head show no case of their own)."""
    case = phrase_case(doc, phrase) if phrase.status == "acting" else None
    return case or case_of(doc[phrase.head])


def same_case(name_case: str, post_case: str) -> bool:
    """A name's case may be a post's: the same, or the accusative and the genitive, which a
    person's name spells alike ("президента Рахмона — бывшего директора совхоза")."""
    return name_case == post_case or {name_case, post_case} == ANIMATE_OBJECT


def opens_bracket(doc: Doc, phrase: Phrase) -> bool:
    """A phrase that is all its bracket holds, up to a note: "(полузащитник «Шанхая»)",
    "(полузащитник «Шанхая» — ред.)"."""
    after = next_content(doc, phrase.end)  # past a closing quote the phrase ends with
    return after is not None and (after.text == ")" or after.text in DASHES)


def attach(doc: Doc, phrases: list[Phrase], ents: Entities) -> list[tuple[Phrase, Span | None]]:
    """Each phrase with the name it belongs to (None when no name is at hand)."""
    phrases = list(phrases)  # (a verb's phrase may change its status below: not the caller's)
    found: list[Span | None] = [None] * len(phrases)
    how = [""] * len(phrases)
    extra: list[tuple[Phrase, Span | None]] = []
    for n, phrase in enumerate(phrases):
        if phrase.by_verb:
            found[n], how[n] = subject_of(doc, phrase, ents), "verb"
            if found[n] is not None:
                if stopped(doc, phrase):  # "перестали возглавлять Google"
                    phrases[n] = phrase = replace(phrase, status="former")
                others = heading_subjects(doc, phrase, found[n], ents)
                extra += [(replace(phrase, how="verb"), other) for other in others]
            continue
        found[n] = person_after(doc, phrase, ents)
        if found[n] is not None and lone_plural(doc, phrase, found[n], ents):
            found[n] = None  # "Адвокаты Эндрюс настаивали": the lawyers are not Эндрюс
        how[n] = "before" if found[n] is not None else ""
        person = found[n]
        if person is not None and phrase.inner is not None:
            # "помощником премьер-министра России Дмитрия Медведева": the name agrees with the
            # inner post, not with the head
            head_case, inner_case = case_of(doc[phrase.head]), case_of(doc[phrase.inner])
            if head_case != inner_case and case_of(doc[person.end - 1]) == inner_case:
                inner = make_phrase(doc, doc[phrase.inner], ents)
                extra.append((replace(inner, how="before"), person))
                found[n], how[n] = None, ""
    # a list of posts before a name: "режиссёр и сценарист Иван Дыховичный"
    for n in range(len(phrases) - 2, -1, -1):
        if found[n] is None and found[n + 1] is not None:
            if joined(doc, phrases[n], phrases[n + 1]) and not two_subjects(
                doc, phrases[n], phrases[n + 1], found[n + 1]
            ):
                found[n], how[n] = found[n + 1], "list"
    for n, phrase in enumerate(phrases):
        if found[n] is None and n + 1 < len(phrases) and found[n + 1] is not None:
            # "советника президента Владимира Путина Юрия Ушакова": past the complement's holder
            found[n] = after_complement(doc, phrase, phrases[n + 1], found[n + 1], ents)
            how[n] = "ahead"
        if found[n] is None:
            found[n], how[n] = person_before(doc, phrase, ents), "after"
        if found[n] is None and n and found[n - 1] is not None and how[n - 1] != "before":
            if joined(doc, phrases[n - 1], phrase):
                found[n], how[n] = found[n - 1], "list"  # "Волож, гендиректор и основатель"
        if found[n] is None and gap_frame(doc, phrase):
            # the copula left out: the subject after the dash or nobody named
            found[n], how[n] = gapped_subject(doc, phrase, ents), "copula"
            if found[n] is None:
                how[n] = ""
            continue
        if found[n] is None and copula_follows(doc, phrase):
            # "новым главой министерства стала Анастасия Кузнецова": the subject after the
            # copula right after the post, not a name before it
            found[n], how[n] = person_by_copula_after(doc, phrase, ents), "copula"
        if found[n] is None:
            found[n], how[n] = person_by_copula(doc, phrase, ents), "copula"
        if found[n] is None:
            found[n] = person_by_copula_after(doc, phrase, ents)
        if found[n] is None:
            found[n], how[n] = person_such_as(doc, phrase, ents), "such"
        if found[n] is None:
            found[n], how[n] = person_as(doc, phrase, ents), "as"
        if found[n] is None:
            found[n], how[n] = dated_post(doc, phrase, ents), "dated"
        if found[n] is None:
            found[n], how[n] = work_post(doc, phrase, ents), "dated"
        if found[n] is None:
            found[n], how[n] = person_ahead(doc, phrase, ents), "ahead"
        if found[n] is None:
            found[n], how[n] = person_behind(doc, phrase, ents), "behind"
        if found[n] is None:
            how[n] = ""
    # a list of posts before descriptions and the name: "мультипликатор, режиссёр и художник,
    # народный артист ..., автор мультфильма «…» Эдуард Назаров"
    for n in range(len(phrases) - 2, -1, -1):
        if found[n] is None and found[n + 1] is not None and how[n + 1] in ("ahead", "series"):
            if joined(doc, phrases[n], phrases[n + 1]) and not phrases[n].plural:
                found[n], how[n] = found[n + 1], "series"  # no shared place: "народный артист"
    result = [
        (phrase if phrase.how == how[n] else replace(phrase, how=how[n]), found[n])
        for n, phrase in enumerate(phrases)
    ]  # (a phrase is frozen: one already of its ``how`` stands as it is, not copied)
    for n, (phrase, person) in enumerate(result):
        if person is not None and of_kin(doc, phrase) and not genitive_holder(phrase, person):
            result[n] = (replace(phrase, how=""), None)  # "супруга музыканта Эльжбета …"
    # posts listed together share their place: "Главнокомандующий Сухопутными войсками генерал
    # армии Владимир Болдырев"
    for n, (phrase, person) in enumerate(result):
        if phrase.org is None and person is not None and phrase.how == "list":
            for other, holder in result[max(0, n - 1) : n + 2]:
                if other.org is not None and holder is person and joined_any(doc, phrase, other):
                    result[n] = (with_org(phrase, other), person)
                    break
    # a list of names before "и других" and a plural post: "Ван Гога и других художников";
    # after "в числе" and a copula, or after "среди которых": "писатели и критики, среди
    # которых — Павел Басинский и Михаил Павлов"
    for n, (phrase, person) in enumerate(result):
        if person is None:
            listed = (
                names_before_others(doc, phrase, ents)
                or members(doc, phrase, ents)
                or among_which(doc, phrase, ents, result[n + 1][0] if n + 1 < len(result) else None)
                or pair_before(doc, phrase, ents)
                or subjects_before_copula(doc, phrase, ents)
                or others_bracketed(doc, phrase, ents)
            )
            if listed:
                result[n] = (replace(phrase, how="others"), listed[0])
                extra += [(replace(phrase, how="others"), name) for name in listed[1:]]
    # the one a post's new holder succeeds held it before: "вместо Роберта Гейтса"
    for phrase, person in result:
        if person is not None:
            before = predecessor(doc, phrase, person, ents)
            if before is not None:
                extra.append((replace(phrase, how="succession", status="former"), before))
    # a plural post before a list of names: "актрисы Гвинет Пэлтроу, Анджелина Джоли", "Новыми
    # членами совета стали Иван Петров и Олег Смирнов" (a copula's subjects after it)
    for phrase, person in result:
        if person is None or not phrase.plural:
            continue
        if phrase.how in ("before", "ahead", "such") or (
            phrase.how == "copula" and person.start >= phrase.end
        ):
            extra += [(phrase, other) for other in names_after(doc, person, ents)]
    # each holder of a plural post at the place named before the name: "губернаторы регионов —
    # Приморского края С.Дарькин, Саратовской области Павел Ипатов"
    result = [(with_place_before(doc, p, person, ents), person) for p, person in result]
    extra = [(with_place_before(doc, p, person, ents), person) for p, person in extra]
    # a post one may get is no one's: "может оказаться первым президентом США"
    result = [(p, who) for p, who in result if who is not None or not possible_post(doc, p)]
    names = nicknames(doc, ents)

    def kept(phrase: Phrase, person: Span | None) -> Span | None:
        if person is None or by_nickname(doc, phrase, person, names):
            return None
        if namesake(doc, phrase, person):
            return None
        return None if first_name(doc, phrase, person) else person

    result = [(p, kept(p, person)) for p, person in result]
    extra = [(p, person) for p, person in extra if kept(p, person) is not None]
    return sorted(result + extra, key=lambda pair: pair[0].start)


def nicknames(doc: Doc, ents: Entities) -> set[tuple[str, str]]:
    """The posts an article writes in quotes with a person's name as one title, a nickname or
    a work named after it ("фильма «Доктор Лиза»"): (the post's lemma, the person's key)."""
    found: set[tuple[str, str]] = set()
    starts = {span.start: span for span in ents.per.values()}
    for start, span in starts.items():
        if start < 2 or doc[start - 2].text not in OPENING_QUOTES:
            continue
        noun = doc[start - 1]
        if not noun.text[:1].isupper():
            continue
        close = next_content(doc, span.end)
        if close is not None and close.text in CLOSING_QUOTES and is_role_noun(noun):
            found.add((head_lemma(noun), span._.key or span.text))
    return found


# "имени", "им" before a name: an org's namesake ("Студент РГУ им Косыгина"), not the holder
# of a post before it
NAMESAKE = frozenset({"имени", "им"})


def namesake(doc: Doc, phrase: Phrase, person: Span) -> bool:
    """A name right after "имени" / "им" that follows the post, or ends it: the post's org is
    named for that person, who does not hold it ("Студент РГУ им Косыгина"; a post after
    "имени" is its namesake's: "площади имени великого украинского поэта Тараса Шевченко")."""
    before = prev_content(doc, person.start - 1)
    return before is not None and before.i >= phrase.start and fold(before.text) in NAMESAKE


def first_name(doc: Doc, phrase: Phrase, person: Span | None) -> bool:
    """A capitalised post word alone inside a sentence, right before a person whose name the
    article never gives a first name: the word is the first name ("режиссёра Эмира
    Кустурицу"; not "Президента Виктора Ющенко", nor at a sentence's or line's start)."""
    if person is None or phrase.end - phrase.start != 1:
        return False
    head = doc[phrase.head]
    if not head.text[:1].isupper() or opens_sentence(doc, head.i):
        return False
    before = prev_content(doc, head.i - 1)
    if before is None or not before.is_alpha:
        return False  # after a quote, a bracket or a dash a capital may open a title
    record = person._.person
    return person.start == phrase.end and record is not None and not record.first


def by_nickname(doc: Doc, phrase: Phrase, person: Span | None, names: set) -> bool:
    """A post alone right before a mention of a person who bears it as a nickname ("Доктора
    Лизы", "о докторе Лизе" where the article writes «Доктор Лиза»)."""
    if not names or person is None or phrase.end - phrase.start != 1:
        return False  # no nickname in the article (most articles name none)
    key = person._.key or person.text
    after = next_content(doc, phrase.end)
    return (
        (head_lemma(doc[phrase.head]), key) in names
        and after is not None
        and after.i == person.start
    )


def genitive_holder(phrase: Phrase, person: Span) -> bool:
    """A name that may hold a genitive post after a noun of kinship: one after the post, read
    with no word that can only be nominative ("сын актрисы Завьяловой", "внучка императора
    Акихито"; not "супруга музыканта Эльжбета Пендерецкая"); not the name the kinship noun
    describes, before it ("Алсу, внучка бывшего вице-президента …")."""
    if person.start < phrase.start:
        return False
    return not any(only_nominative(token.text) for token in person if token.is_alpha)


def lone_plural(doc: Doc, phrase: Phrase, person: Span, ents: Entities) -> bool:
    """A plural post before one name that starts no list of names, not after "один из": the
    name is its complement ("Адвокаты Эндрюс настаивали", "членов команды Юрия Лужкова"), not
    its holders ("актрисы Гвинет Пэлтроу, Анджелина Джоли" are)."""
    if not phrase.plural or phrase.inner is not None or one_of(doc, phrase):
        return False  # an inner post's holder is named there ("представителей администрации
        # президента США Барака Обамы")
    after = next_content(doc, person.end)
    if names_after(doc, person, ents) or (after is not None and fold(after.text) in LIST_JOINERS):
        return False  # a list goes on, perhaps with bands: "музыканты Юрий Царёв и «Весёлые …»"
    before = prev_content(doc, phrase.start - 1)
    if before is not None and fold(before.text) in ("в", "во"):
        return False  # "кандидат в президенты Парагвая Лино Овьедо": one post
    return plural_only(doc[phrase.head].text)


def gap_frame(doc: Doc, phrase: Phrase) -> bool:
    """A singular instrumental post after "а" or "и" and before a dash on its line: a clause
    whose copula is left out ("..., а продюсером — Вадим Ульянкин")."""
    if phrase_case(doc, phrase) != "Ins" or phrase.plural:
        return False
    before = prev_content(doc, phrase.start - 1)
    dash = next_content(doc, phrase.end)
    return (
        before is not None
        and fold(before.text) in GAP_JOINERS
        and dash is not None
        and dash.text in DASHES
        and not line_break_between(doc, phrase.end - 1, dash.i)
    )


def gapped_subject(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """The subject after a dash that stands for a copula left out: "Его директором стал Павел
    Кострикин, а продюсером — Вадим Ульянкин", "..., а спикером — историк, профессор НИУ ВШЭ
    Олег Будницкий" (an instrumental post after "а" or "и", ``gap_frame``: the first name
    after the dash in its clause, if it may be nominative)."""
    sent = ents.sent[phrase.head]
    token = next_content(doc, phrase.end)
    token = next_content(doc, token.i + 1) if token is not None else None
    seen = 0
    while token is not None and ents.sent[token.i] == sent and seen <= AHEAD_WINDOW:
        if token.i in ents.per:
            span = ents.per[token.i]
            cases = person_cases(span)
            return span if not cases or "Nom" in cases else None
        if ends_clause(token):
            return None
        seen += 1
        token = next_content(doc, token.i + 1)
    return None


def person_such_as(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """The first name of "как" after a plural post: "такие музыканты, как Колин Дэвис,
    Валерий Гергиев", "концерты таких исполнителей, как Элтон Джон" (each name listed after
    it holds the post too)."""
    if not phrase.plural:
        return None
    token = next_content(doc, phrase.end)
    if token is not None and token.text in (",", "—", "–", ":"):
        token = past_place_of(doc, next_content(doc, token.i + 1), ents)
        if token is not None and token.i in ents.per and ents.per[token.i].start == token.i:
            # "Первые два эмира движения, Байтулла Мехсуд и Хакимулла Мехсуд": a list of names
            first = ents.per[token.i]
            return first if names_after(doc, first, ents) else None
    if token is None or fold(token.text) != SUCH_AS:
        return None
    name = next_content(doc, token.i + 1)
    if name is None or name.i not in ents.per or ents.per[name.i].start != name.i:
        return None
    return ents.per[name.i]


AS_REACH = 24  # words back from "как" to the name its post describes


def person_as(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """The name a singular post right after "как" describes, in its clause and in its case,
    "как" not after an adjective ("Шварц
    получил известность как руководитель группы", "Бориса Дубровского характеризуют как
    эффективного менеджера"; "Гейдара Алиева, который стоял во главе сначала как лидер
    Компартии": the name before "который"); a subject pronoun stands for the last name before
    it. No post of a name in another case ("Путина встретили как президента" is Путин's,
    "Путин встретил Обаму как президента" Обама's)."""
    before = prev_content(doc, phrase.start - 1)
    case = phrase_case(doc, phrase)
    if before is None or fold(before.text) != SUCH_AS or phrase.plural or case is None:
        return None  # "как «Лучшая ролевая модель»": a title in quotes is no post
    sent = ents.sent[phrase.head]
    token = prev_content(doc, before.i - 1)
    while token is not None and token.pos_ in ("ADV", "PART", "CCONJ"):
        token = prev_content(doc, token.i - 1)  # "получил известность также как"
    if token is not None and token.pos_ == "ADJ":
        return None  # "Томлинсон, известный как изобретатель": an adjective's, a description
    while token is not None and ents.sent[token.i] == sent and before.i - token.i <= AS_REACH:
        if token.text in SENTENCE_ENDS or token.pos_ == "SCONJ":
            return None
        if token.i in ents.per:
            person = ents.per[token.i]
            cases = person_cases(person)
            agrees = not cases or case in cases or (case == "Acc" and "Gen" in cases)
            if not agrees and noun_complement(doc, person):
                # "который был другом Елизаветы Глинки и работал как волонтёр": a noun's
                # complement, the holder is named before it
                token = prev_content(doc, person.start - 1)
                continue
            return person if agrees else None
        if token.pos_ == "PRON" and fold(token.lemma_) == RELATIVE:
            return relative_antecedent(doc, token, ents) if case_of(token) == case else None
        if token.pos_ == "PRON" and fold(token.text) in ("он", "она") and case == "Nom":
            return last_person(doc, token.i, ents)
        token = prev_content(doc, token.i - 1)
    return None


def person_behind(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """The name a post describes after a comma or dash, past other descriptions of the same
    person ("Ричард Бёртон (Richard Burton) — британский актёр", "Джон Нэш, лауреат
    Нобелевской премии и американский математик")."""
    one = one_of(doc, phrase)
    if phrase.by_verb or (phrase.plural and not one):
        return None
    before = prev_content(doc, phrase.start - 1)
    if before is not None and before.pos_ == "ADP" and not one:
        return None  # "Лопес, исполнившую песню для диктатора": a preposition's object
    sent = ents.sent[phrase.head]
    seen = 0
    i = phrase.start - 1
    while i >= 0 and ents.sent[i] == sent and seen <= BEHIND_WINDOW:
        token = doc[i]
        if token.is_space:
            i -= 1
            continue
        seen += 1
        if i in ents.per:
            person = ents.per[i]
            nxt = next_content(doc, person.end)
            while nxt is not None and nxt.text in CLOSING_QUOTES:
                nxt = next_content(doc, nxt.i + 1)  # "'Стив Ирвин' (Steve Irwin) — натуралист"
            if nxt is None or nxt.text not in APPOSITION_MARKS:
                return None
            head_case, person_case = apposition_case(doc, phrase), case_of(doc[person.end - 1])
            if head_case and person_case and not same_case(person_case, head_case) and not one:
                if relation_complement(doc, person, head_case):
                    # "Ли Пэн, соратник Цзян Цзэминя, премьер …": the name of a description
                    # of the holder, named before it
                    seen += len(person)
                    i = person.start - 1
                    continue
                return None  # "Путина, …, министр": not in the case of the post
            return person
        if token.text == ")":
            j = i - 1
            while j >= 0 and doc[j].text != "(" and ents.sent[j] == sent:
                j -= 1
            i = j - 1
            continue
        if ends_clause(token) or token.text == ":":
            return None
        i -= 1
    return None


def relation_complement(doc: Doc, person: Span, case: str) -> bool:
    """A genitive name right after a noun in ``case`` that a comma sets off before it ("Ли Пэн,
    соратник Цзян Цзэминя,"): the complement of a description of the holder named before."""
    noun = prev_content(doc, person.start - 1)
    if noun is None or noun.pos_ != "NOUN" or case_of(noun) != case:
        return False
    comma = prev_content(doc, noun.i - 1)
    while comma is not None and comma.pos_ == "ADJ":
        comma = prev_content(doc, comma.i - 1)  # "ближайший соратник"
    return comma is not None and comma.text == "," and "Gen" in name_cases(person)


# how a post named again or alone was tied to a person named elsewhere (``anaphora``)
RECALLED = frozenset({"again", "focus", "main", "subject", "oblique"})
# words that make a post one of an unnamed person: "Один агент сказал", "некий чиновник"
INDEFINITE = frozenset({"один", "одна", "некий", "некая", "какой-то", "какая-то"})


def unnamed(doc: Doc, phrase: Phrase) -> bool:
    """A post of someone the text does not name: after or opening with an indefinite word
    ("Один агент сказал о кастинге"; "один из руководителей" is no such word before it)."""
    words = [doc[phrase.start]] + ([doc[phrase.start - 1]] if phrase.start else [])
    return any(t.lower_ in INDEFINITE for t in words)


def kind_place(phrase: Phrase) -> Phrase:
    """A post whose complement is an org's kind alone and that took no place from the article
    ("художественный руководитель театра") is held at that kind: org "театр"."""
    if phrase.org is not None or phrase.kind is None:
        return phrase
    org, start, stop = phrase.kind
    return replace(phrase, org=org, org_label="ORG", org_start=start, org_stop=stop)

"""Clause posts: holders found through a post's clause once every phrase near a name has its
holder and posts named again are resolved: a copula whose subject is another person's post
("Наследный принц ... является главой Олимпийского комитета"), a post pointed back at by "этот
пост" ("на этот пост был назначен Джеральд Форд", "сменив на этом посту Чака Хейгела") and who
succeeds whom "на посту". A holder's leaving a post (``former``: "ушёл с поста главы партии")
is :func:`ruextract.roles.status.left_post`'s, the one rule of leaving.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.attrs import LEMMA
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ruextract import views
from ruextract.people.words import next_content, prev_content
from ruextract.roles.agreement import (
    AHEAD_WINDOW,
    SENTENCE_ENDS,
    ends_clause,
    one_of,
    person_cases,
)
from ruextract.roles.copulas import (
    COPULA_REACH,
    COPULAS,
    POST_WORDS,
    RELATIVE,
    appoints,
    phrase_case,
    relative_antecedent,
    serving_noun,
)
from ruextract.roles.phrases import Entities, Phrase
from ruextract.roles.span_values import span_value
from ruextract.roles.status import EARLIER, leaves
from ruextract.roles.subjects import SUBJECT_PRONOUNS, last_person
from ruextract.roles.succession import SUCCESSION, succeeded_later
from ruextract.roles.words import case_of, fold


def subject_posts(
    doc: Doc, attached: list[tuple[Phrase, Span | None]], ents: Entities
) -> list[tuple[Phrase, Span | None]]:
    """A post a copula gives the subject of its clause when that subject is a post of one
    person ("Наследный принц занимает офицерский пост ..., а также является главой
    Олимпийского комитета", "экс-премьер стал сопредседателем совета"): the subject's holder
    (``subject_post``), once posts named again are resolved."""
    holder = {
        phrase.head: person
        for phrase, person in attached
        if person is not None and not phrase.plural
    }
    result: list[tuple[Phrase, Span | None]] = []
    for phrase, person in attached:
        if person is None and not phrase.by_verb:
            subject = subject_post(doc, phrase, ents)
            if subject is not None and subject in holder:
                phrase, person = replace(phrase, how="copula"), holder[subject]
        result.append((phrase, person))
    return result


def subject_post(doc: Doc, phrase: Phrase, ents: Entities) -> int | None:
    """The head of the nominative noun that is the subject of the copula before an
    instrumental post (or a post after "пост", "должность"), in its clause: "топ-менеджер
    занял пост гендиректора банка" -> "топ-менеджер"; None past a name, a pronoun, a
    conjunction of subordination or a verb of appointment."""
    if phrase.plural and not one_of(doc, phrase):
        return None
    before = prev_content(doc, phrase.start - 1)
    after_post = before is not None and fold(before.lemma_) in POST_WORDS
    if phrase_case(doc, phrase) != "Ins" and not after_post:
        return None
    if not after_post and before is not None and before.pos_ == "ADP":
        return None  # "с полузащитником": a preposition's object
    sent = ents.sent[phrase.head]
    verb: Token | None = None
    i = phrase.start - 1
    while i >= max(0, phrase.start - COPULA_REACH) and ents.sent[i] == sent:
        token = doc[i]
        if token.text in SENTENCE_ENDS or token.pos_ in ("SCONJ", "PRON") or i in ents.per:
            return None
        if verb is None and serving_noun(doc, token, phrase):
            verb = token  # "генерал ... во время службы начальником космодрома"
        elif verb is None and token.pos_ in ("VERB", "AUX") and fold(token.lemma_) in COPULAS:
            if appoints(verb := token):
                return None  # "назначил министром": the object's post
        elif verb is not None and token.pos_ == "NOUN" and case_of(token) == "Nom":
            return i
        i -= 1
    return None


# a demonstrative before a post word that points back at a post named before: "этот пост",
# "на этом посту", "на данную должность"
POINTERS = frozenset({"этот", "данный"})
POINTED_POSTS = frozenset({"пост", "должность"})
POINTER_REACH = 1  # sentences back to the post "этот пост" points at
POINTED_TEXT = re.compile(r"\b(?:пост|должност)", re.IGNORECASE)  # the words of POINTED_POSTS


def spellings(word: str) -> list[str]:
    """Every spelling whose fold (``words.fold``: lower case, е for ё) is ``word``, a word of
    lower-case Cyrillic letters: each letter in either case, "е" also as "ё" (no other
    character folds into them: ``tests/test_roles_speed15c.py``)."""
    found = [""]
    for letter in word:
        forms = {letter, letter.upper()} | ({"ё", "Ё"} if letter == "е" else set())
        found = [start + form for start in found for form in sorted(forms)]
    return found


# the lemma ids of every spelling of a pointed post word: an article with none of them among
# its lemmas has no "этот пост" to read (most articles)
POINTED_IDS = frozenset(get_string_id(form) for word in POINTED_POSTS for form in spellings(word))


def pointed_posts(
    doc: Doc, attached: list[tuple[Phrase, Span | None]], ents: Entities
) -> list[tuple[Phrase, Span | None]]:
    """The post "этот пост" points back at (the last singular phrase before it, in its sentence
    or the one before) for the person its clause gives it: the name a copula or a verb of
    appointment ties to "этот пост" ("на этот пост был назначен Джеральд Форд", "Сейчас этот
    пост занимает Кириакос Мицотакис", "Ахмадинеджад занимал этот пост"; ``former`` after a
    verb of leaving: "Хантсмен покинул этот пост"), or the one a verb of succession names
    ("сменив на этом посту Чака Хейгела": ``former``)."""
    added: list[tuple[Phrase, Span | None]] = []
    if POINTED_IDS.isdisjoint(doc.to_array(LEMMA).tolist()):
        return attached + added  # no post word's lemma: every match below would be passed over
    holders = {
        (phrase.start, span_value(person, "key"))
        for phrase, person in attached
        if person is not None
    }
    for match in POINTED_TEXT.finditer(views.text(doc)):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None:
            continue
        token = span[0]  # the text is searched first: most articles name no post word
        if fold(token.lemma_) not in POINTED_POSTS:
            continue
        pointer = prev_content(doc, token.i - 1)
        if pointer is None or fold(pointer.lemma_) not in POINTERS:
            continue
        referent = last_post_before(doc, attached, pointer.i, ents)
        if referent is None:
            continue
        found = pointed_holder(doc, pointer, token, ents)
        if found is None:
            continue
        person, status = found
        if (referent.start, span_value(person, "key")) in holders:
            continue
        holders.add((referent.start, span_value(person, "key")))
        added.append((replace(referent, how="pointed", status=status), person))
    return attached + added


def last_post_before(
    doc: Doc, attached: list[tuple[Phrase, Span | None]], i: int, ents: Entities
) -> Phrase | None:
    """The post "этот пост" at token ``i`` points at: the last singular phrase before it, in
    its sentence or the ``POINTER_REACH`` sentences before, that is a post given or named as
    such (a copula's, one after "пост" / "должность") or is no one's yet ("Основная власть
    принадлежит премьер-министру. Сейчас этот пост занимает ..."), not a description of a name
    ("генерал-майор Иван Бувальцев, сменивший на этом посту")."""
    best: Phrase | None = None
    for phrase, person in attached:
        if phrase.end > i or ents.sent[phrase.head] < ents.sent[i] - POINTER_REACH:
            continue
        before = prev_content(doc, phrase.start - 1)
        given = (
            phrase.how in ("copula", "pointed")
            or (before is not None and fold(before.lemma_) in POST_WORDS)
            # an instrumental post is a predicate, whoever it went to ("президентом Ирана ...
            # избран Х.Рухани. Махмуд Ахмадинеджад занимал этот пост")
            or case_of(doc[phrase.head]) == "Ins"
        )
        if (given or person is None) and (best is None or phrase.end > best.end):
            best = phrase
    return None if best is None or best.plural or best.by_verb else best


def pointed_holder(
    doc: Doc, pointer: Token, post: Token, ents: Entities
) -> tuple[Span, str] | None:
    """The person the clause of "этот пост" gives the post, and the status: after a verb of
    succession right before "на этом посту", the name after it (``former``); else the
    nominative name after the verb of that clause ("на этот пост был назначен Джеральд Форд")
    or before it ("Ахмадинеджад занимал этот пост"), or the person a subject pronoun there
    stands for."""
    sent = ents.sent[post.i]
    verb = clause_verb(doc, pointer, post, ents)
    if verb is None:
        return None
    lemma = fold(verb.lemma_)
    if lemma in SUCCESSION:
        if verb.i > pointer.i:
            return None
        name = name_after(doc, post.i + 1, ents)
        if name is None or (not person_cases(name) & {"Acc", "Gen"} and person_cases(name)):
            return None
        return name, "former"
    status = (
        "former" if leaves(verb) or earlier_clause(doc, min(verb.i, pointer.i), ents) else "current"
    )
    name = name_after(doc, max(verb.i, post.i) + 1, ents)
    if name is not None and (not person_cases(name) or "Nom" in person_cases(name)):
        return name, status
    token = prev_content(doc, min(verb.i, pointer.i) - 1)
    while token is not None and ents.sent[token.i] == sent:
        if token.i in ents.per:
            name = ents.per[token.i]
            cases = person_cases(name)
            return (name, status) if not cases or "Nom" in cases else None
        if token.pos_ == "PRON" and fold(token.text) in SUBJECT_PRONOUNS:
            person = last_person(doc, token.i, ents)
            return (person, status) if person is not None else None
        if ends_clause(token) or token.text == ",":
            return None
        token = prev_content(doc, token.i - 1)
    return None


def earlier_clause(doc: Doc, i: int, ents: Entities) -> bool:
    """ "ранее" (``EARLIER``) before token ``i`` in its clause: "Ранее этот пост занимал
    Сергей Сидоров", "Ранее Сидоров занимал этот пост" (a post held before: ``former``); not
    past a comma or a clause's end ("Ранее Петров работал в банке, сейчас этот пост ...")."""
    sent = ents.sent[i]
    token = prev_content(doc, i - 1)
    while token is not None and ents.sent[token.i] == sent:
        if fold(token.text) in EARLIER:
            return True
        if token.text == "," or (ends_clause(token) and token.pos_ != "PRON"):
            return False
        token = prev_content(doc, token.i - 1)
    return False


def clause_verb(doc: Doc, pointer: Token, post: Token, ents: Entities) -> Token | None:
    """The copula, verb of appointment or of succession next to "этот пост", within two words
    on either side ("занял этот пост", "на этот пост был назначен", "сменив на этом посту")."""
    sent = ents.sent[post.i]
    before = prev_content(doc, pointer.i - 1)
    if before is not None and before.pos_ == "ADP":
        before = prev_content(doc, before.i - 1)
    candidates = [before, prev_content(doc, before.i - 1) if before is not None else None]
    after = next_content(doc, post.i + 1)
    candidates += [after, next_content(doc, after.i + 1) if after is not None else None]
    for token in candidates:
        if (
            token is not None
            and ents.sent[token.i] == sent
            and token.pos_ in ("VERB", "AUX")
            and fold(token.lemma_) in COPULAS | SUCCESSION
            and fold(token.lemma_) != "быть"
        ):
            return token
    return None


def name_after(doc: Doc, i: int, ents: Entities) -> Span | None:
    """The first name from token ``i`` on, in its clause, within ``AHEAD_WINDOW`` words."""
    sent = ents.sent[i] if i < len(doc) else None
    token = next_content(doc, i)
    seen = 0
    while token is not None and ents.sent[token.i] == sent and seen <= AHEAD_WINDOW:
        if token.i in ents.per:
            return ents.per[token.i]
        if token.text in SENTENCE_ENDS or token.pos_ == "SCONJ" or token.text == ",":
            return None
        seen += 1
        token = next_content(doc, token.i + 1)
    return None


def successors(
    doc: Doc, attached: list[tuple[Phrase, Span | None]], ents: Entities
) -> list[tuple[Phrase, Span | None]]:
    """The new holder of a post "на посту" a verb of succession names ("Джина Хаспел сменила
    на посту главы ЦРУ Майка Помпео", "На посту генерального директора Apple его сменит Тим
    Кук", "Мамуке Бахтадзе, сменившему на посту премьер-министра ... Квирикашвили"): the
    verb's subject holds it (``successor``); the name after the post, the verb's object, held
    it before (``former``)."""
    holders = {
        (phrase.start, span_value(person, "key"))
        for phrase, person in attached
        if person is not None
    }
    added: list[tuple[Phrase, Span | None]] = []
    succeeded: set[int] = set()
    for phrase, held in attached:
        person = successor(doc, phrase, ents)
        if person is None:
            continue
        # "сменил на посту": the one replaced held it before; "сменит": he still holds it
        status = "former" if replacing_done(doc, phrase, ents) else "current"
        if (phrase.start, span_value(person, "key")) not in holders:
            holders.add((phrase.start, span_value(person, "key")))
            added.append((replace(phrase, how="successor", status="current"), person))
            if person.end <= phrase.start and status == "former":
                succeeded.add(phrase.start)
        if person.end <= phrase.start and (
            held is None or span_value(held, "key") == span_value(person, "key")
        ):
            before = succeeded_object(doc, phrase, ents)
            if before is not None and (phrase.start, span_value(before, "key")) not in holders:
                # "сменил на посту главы государства своего больного брата Фиделя"
                holders.add((phrase.start, span_value(before, "key")))
                added.append((replace(phrase, how="succession", status=status), before))
    # the name after the post is the one succeeded: "сменила на посту главы ЦРУ Майка Помпео"
    attached = [
        (replace(phrase, status="former"), person)
        if phrase.start in succeeded and person is not None and person.start >= phrase.end
        else (phrase, person)
        for phrase, person in attached
    ]
    # the one a new holder succeeds, named in the sentences after: "Он сменит Джона Теффта"
    added += succeeded_later(doc, attached, ents)
    return attached + added


# words between a relative subject and its verb: "который в 2008 году сменил"
RELATIVE_REACH = 5


def clause_relative(doc: Doc, token: Token | None) -> Token | None:
    """A nominative "который" at most ``RELATIVE_REACH`` words before the verb whose word
    before it is ``token``, past adverbials with no comma or verb ("который в 2008 году");
    None when there is none."""
    for _ in range(RELATIVE_REACH):
        if token is None or token.text == "," or token.pos_ in ("VERB", "AUX"):
            return None
        if token.pos_ == "PRON" and fold(token.lemma_) == RELATIVE:
            return token if case_of(token) == "Nom" else None
        token = prev_content(doc, token.i - 1)
    return None


def succeeded_object(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """The object of a verb of succession before "на посту" + the post, the first name after
    the post in its clause, past the object's own words ("своего больного брата Фиделя"),
    that may be accusative (spelt as the genitive) or is of no case known."""
    name = name_after(doc, phrase.end, ents)
    if name is None:
        return None
    cases = person_cases(name)
    return name if not cases or cases & {"Acc", "Gen"} else None


def successor(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """The subject of a verb of succession around "на посту" + a singular post: before "на
    посту", the name before the verb (the one a participle's comma follows: "Бахтадзе,
    сменившему"), may be nominative or in the participle's case; right after the post, past an
    object pronoun, the name after the verb ("на посту ... его сменит Тим Кук")."""
    if phrase.plural or phrase.by_verb:
        return None
    prep = post_preposition(doc, phrase)
    if prep is None:
        return None
    verb = verb_before_post(doc, phrase, ents)
    if verb is not None:
        before = prev_content(doc, verb.i - 1)
        if before is not None and before.text == ",":
            before = prev_content(doc, before.i - 1)  # "Мамуке Бахтадзе, сменившему"
        relative = clause_relative(doc, before)
        if relative is not None:
            return relative_antecedent(doc, relative, ents)  # "Кастро, который в 2008 году"
        if before is None or before.i not in ents.per:
            return None
        name = ents.per[before.i]
        if "Part" in verb.morph.get("VerbForm"):
            return name  # "Бахтадзе, сменившему на посту": the participle's noun, any case
        cases = person_cases(name)
        return name if not cases or "Nom" in cases else None
    token = next_content(doc, phrase.end)
    if token is not None and token.pos_ == "PRON" and fold(token.text) in OBJECT_PRONOUNS:
        token = next_content(doc, token.i + 1)
    if token is None or fold(token.lemma_) not in SUCCESSION or token.pos_ not in ("VERB", "AUX"):
        return None
    name = name_after(doc, token.i + 1, ents)
    if name is None:
        return None
    cases = person_cases(name)
    return name if not cases or "Nom" in cases else None


OBJECT_PRONOUNS = frozenset({"его", "ее", "её", "их"})  # "на посту ... его сменит"


def post_preposition(doc: Doc, phrase: Phrase) -> Token | None:
    """The "на" / "в" of "на посту" / "в должности" right before a post; None when the word
    before the post is no post word or has no such preposition before it."""
    post = prev_content(doc, phrase.start - 1)
    if post is None or fold(post.lemma_) not in POST_WORDS:
        return None
    prep = prev_content(doc, post.i - 1)
    return prep if prep is not None and fold(prep.text) in ("на", "в") else None


def verb_before_post(doc: Doc, phrase: Phrase, ents: Entities) -> Token | None:
    """The verb of succession right before "на посту" + the post, in its sentence ("сменил
    на посту министра", "сменит на посту"); None when there is none."""
    prep = post_preposition(doc, phrase)
    verb = None if prep is None else prev_content(doc, prep.i - 1)
    if verb is None or ents.sent[verb.i] != ents.sent[phrase.head]:
        return None
    return verb if fold(verb.lemma_) in SUCCESSION else None


def replacing_done(doc: Doc, phrase: Phrase, ents: Entities) -> bool:
    """The verb of succession before "на посту" + the post tells a replacing done or under
    way, past or present ("сменил", "сменив", "сменивший", "сменяет"): the one replaced held
    the post before (``former``); a future or an infinitive ("сменит", "должен сменить",
    "будет сменять") tells one ahead, and the one replaced still holds it at that place, by
    the guideline's "покинет пост" (``current``)."""
    verb = verb_before_post(doc, phrase, ents)
    return verb is not None and bool({"Past", "Pres"} & set(verb.morph.get("Tense")))

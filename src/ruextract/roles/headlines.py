"""Posts in a headline: a headline names a post and leaves its holder to the body ("Мэр Москвы
назвал состав нового правительства" … "Сергей Собянин"). Reads the attached role phrases
(:func:`~ruextract.roles.anaphora.resolve_again`'s output) and gives a headline's unattached
post the one person the article names with that post; a nominative post named before anyone in
the article goes to the main person when the article names them first, within two sentences
after it (``named_first_after``: "58-летний программист готовится к полёту. Чарльз Симони").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ruextract.roles.agreement import person_gender, verb_gender
from ruextract.roles.anaphora import (
    ALONE,
    kin_post,
    main_key,
    named_org,
    new_holder,
    post_of,
)
from ruextract.roles.linking import unnamed
from ruextract.roles.phrases import Entities, Phrase
from ruextract.roles.span_values import span_value
from ruextract.roles.words import case_of, finite, fold, head_lemma, nominative


def headline(doc: Doc, ents: Entities, sent: int) -> bool:
    """Sentence ``sent`` is the article's headline: its first, ended by a line break, with its
    quotes closed (a line broken inside quotes ends no headline: "видеоблога «Немагия\nПлюс»")."""
    if sent != 0:
        return False
    end = next((i for i, n in enumerate(ents.sent) if n != 0), len(doc))
    text = doc[:end].text
    if text.count("«") != text.count("»") or text.count('"') % 2:
        return False
    return end < len(doc) and any("\n" in doc[i].text_with_ws for i in range(end - 1, end + 1))


def headline_post(doc: Doc, phrase: Phrase, ents: Entities) -> bool:
    """A post of the headline that may name its holder: singular, tied to nobody, in a
    headline that names nobody; not a copula's predicate ("Министром обороны Венесуэлы стала
    женщина-адмирал": the copula's subject is who), not someone's ("своего хакера"), not a
    new holder's ("нового лидера"), not a bare genitive (an office, not its holder: "выборы
    президента")."""
    if phrase.plural or phrase.by_verb or not headline(doc, ents, ents.sent[phrase.head]):
        return False
    if any(ents.sent[i] == 0 for i in ents.per):
        return False
    case = case_of(doc[phrase.head])
    if case in (None, "Ins") or (case == "Gen" and phrase.end == phrase.head + 1):
        return False
    if any(token.pos_ == "DET" for token in doc[phrase.start : phrase.head]):
        return False
    if kin_post(doc, phrase):
        return False  # "Сын бывшего главы ФСБ": the relative's, named elsewhere
    return not new_holder(doc, phrase)


def headline_posts(
    doc: Doc, attached: list[tuple[Phrase, Span | None]], ents: Entities
) -> list[tuple[Phrase, Span | None]]:
    """A headline's post tied to nobody goes to the one person the article names with the
    same post, or a post of the same noun, of the same place where both have one, both
    former or both not ("Глава МВФ арестован в Нью-Йорке" … "Доминик Стросс-Кан, глава МВФ";
    "Экс-президенту Пакистана вынесли смертный приговор" … "бывший президент Первез
    Мушарраф"); with nobody named with it, to the article's main person when the lead names
    them first (``lead_topic``)."""
    named = [
        (phrase, person)
        for phrase, person in attached
        if person is not None and phrase.how not in ALONE
    ]
    result = []
    first = min(ents.per, default=None)  # the token of the first name in the article
    for phrase, person in attached:
        if person is None and headline_post(doc, phrase, ents):
            holders = holders_of(doc, phrase, named)
            if not any(same_post(doc, phrase, other) for other, _ in named):
                lead = lead_topic(ents)
                if lead is not None:
                    holders = {span_value(lead, "key"): (lead, phrase)}
            if len(holders) == 1:
                ((person, other),) = holders.values()
                phrase = replace(phrase, how="headline")
                if phrase.org is None and other.org is not None:
                    phrase = named_org(phrase, other)
        if person is None:
            person = named_first_after(doc, phrase, ents, first)
            if person is not None and not held_alike(doc, phrase, person, named):
                person = None  # "Губернатор Ульяновской области" … "Губернатор Самарской области"
            if person is not None:
                phrase = replace(phrase, how="ahead_of_name")
        result.append((phrase, person))
    return body_holders(doc, result, ents)


# posts given to the article's main person for want of evidence in their own sentences: no
# holder for a headline's post ("Политик в больнице" … "Позже политик пришёл в себя")
WEAK = frozenset({"topic", "focus", "main"})


def body_holders(
    doc: Doc, attached: list[tuple[Phrase, Span | None]], ents: Entities
) -> list[tuple[Phrase, Span | None]]:
    """A headline's post still tied to nobody goes to the one person the body gives that post
    or a post of its noun by any rule but the main person's by default (``WEAK``), a post named
    again or named before anyone included
    ("задержан российский программист" … "был задержан российский программист ... 31-летний
    Станислав Лисов"; "российский премьер" … "В прошлом году российский премьер не попал")."""
    if not any(
        person is None and ents.sent[p.head] == 0 and headline_post(doc, p, ents)
        for p, person in attached
    ):
        return attached  # (the sentence first: most posts are in no headline)
    held = [
        (phrase, person)
        for phrase, person in attached
        if person is not None and phrase.how not in WEAK  # the main person's by default
    ]
    result = []
    for phrase, person in attached:
        if person is None and headline_post(doc, phrase, ents):
            holders = holders_of(doc, phrase, held)
            if len(holders) == 1:
                ((person, other),) = holders.values()
                phrase = replace(phrase, how="headline")
                if phrase.org is None and other.org is not None:
                    phrase = named_org(phrase, other)
        result.append((phrase, person))
    return result


NAMED_AFTER_REACH = 2  # sentences from a post named before anyone to the first name


def held_alike(doc: Doc, phrase: Phrase, person: Span, named: list[tuple[Phrase, Span]]) -> bool:
    """No one of ``named`` holds the post (``same_post``), or ``person`` holds it in its place
    and status (``holders_of``): the article names nobody else, nor another place, for it."""
    if not any(same_post(doc, phrase, other) for other, _ in named):
        return True
    return span_value(person, "key") in holders_of(doc, phrase, named)


def joined_to_other(doc: Doc, phrase: Phrase) -> bool:
    """A post after "и" that joins it to no post of its case and number: one of a group or a
    comparison ("9 школьников и учитель погибли", "что и бывший российский шпион"), not the
    second post of a list ("58-летний программист и миллиардер")."""
    if phrase.start < 2 or fold(doc[phrase.start - 1].text) != "и":
        return False
    before, head = doc[phrase.start - 2], doc[phrase.head]
    return not (
        before.pos_ == "NOUN"
        and case_of(before) == case_of(head)
        and before.morph.get("Number") == head.morph.get("Number")
    )


def named_first_after(doc: Doc, phrase: Phrase, ents: Entities, first: int | None) -> Span | None:
    """A singular nominative post named before anyone in the article (a headline's or a lead's:
    "58-летний программист и миллиардер готовится к космическому полёту. Чарльз Симони, ...")
    is the article's main person's when that person is the first the article names, within
    ``NAMED_AFTER_REACH`` sentences after it (``first``: the article's first name's token)."""
    if first is None or first < phrase.end:
        return None  # someone is named before it, or in its sentence
    if phrase.plural or phrase.by_verb or case_of(doc[phrase.head]) != "Nom":
        return None
    if any(token.pos_ == "DET" for token in doc[phrase.start : phrase.head]):
        return None
    if kin_post(doc, phrase) or new_holder(doc, phrase) or joined_to_other(doc, phrase):
        return None
    if unnamed(doc, phrase):
        return None  # "Один программист": someone the text leaves unnamed
    sent = ents.sent[phrase.head]
    if sent == 0 and not headline(doc, ents, 0):
        return None  # a first sentence that is no headline may be one broken up
    if ents.sent[first] == sent or ents.sent[first] > sent + NAMED_AFTER_REACH:
        return None
    person = ents.per[first]
    if span_value(person, "key") != main_key(ents.per_counts):
        return None
    gender = person_gender(person)
    if nominative(doc[phrase.head])[1] == "femn" and gender == "masc":
        return None
    verb = first_verb(doc, phrase, ents)
    shown = verb_gender(verb) if verb is not None else None
    if shown == "plur" and coordinated(doc, phrase):
        return None  # "Школьник и учитель погибли": one of a group
    if shown in ("masc", "femn") and gender in ("masc", "femn") and shown != gender:
        return None  # "Главный бухгалтер ... перечисляла": not Василий Кричун
    return person


def coordinated(doc: Doc, phrase: Phrase) -> bool:
    """A post joined by "и" to the word before or after it ("Школьник и учитель")."""
    before = fold(doc[phrase.start - 1].text) if phrase.start else ""
    after = fold(doc[phrase.end].text) if phrase.end < len(doc) else ""
    return "и" in (before, after)


def first_verb(doc: Doc, phrase: Phrase, ents: Entities) -> Token | None:
    """The first finite verb after a post in its sentence, the one a subject agrees with."""
    sent = ents.sent[phrase.head]
    i = phrase.end
    while i < len(doc) and ents.sent[i] == sent:
        token = doc[i]
        if finite(token):
            return token
        i += 1
    return None


def lead_topic(ents: Entities) -> Span | None:
    """The article's main person (``main_key``) when they are the first person the body
    names, in its first sentence (the lead)."""
    first = min((i for i in ents.per if ents.sent[i] > 0), default=None)
    if first is None or ents.sent[first] != 1:
        return None
    person = ents.per[first]
    return person if span_value(person, "key") == main_key(ents.per_counts) else None


def same_post(doc: Doc, phrase: Phrase, other: Phrase) -> bool:
    """Two phrases name the same post ("глава государства", "президент") or a post of the
    same noun ("министр", "министр обороны")."""
    return post_of(other.post or other.role) == post_of(phrase.post or phrase.role) or (
        head_lemma(doc[other.head]) == head_lemma(doc[phrase.head])
    )


def holders_of(
    doc: Doc, phrase: Phrase, named: list[tuple[Phrase, Span]]
) -> dict[str, tuple[Span, Phrase]]:
    """The people of ``named`` holding the headline's post (``same_post``), in its place
    where both name one, of its status (former or not), not its new holder ("Новый министр
    экономики")."""
    holders: dict[str, tuple[Span, Phrase]] = {}
    for other, person in named:
        if not same_post(doc, phrase, other):
            continue
        if phrase.org is not None and other.org is not None and other.org != phrase.org:
            continue
        if (phrase.status == "former") != (other.status == "former"):
            continue
        if new_holder(doc, other):
            continue  # "Новый министр экономики области": who replaces the headline's holder
        holders.setdefault(span_value(person, "key"), (person, other))
    return holders

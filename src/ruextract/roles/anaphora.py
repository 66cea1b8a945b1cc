"""Posts named again or alone: a post held by one person of the article ("глава
государства" for its president), a post alone as a verb's subject ("актёр заявил"), the
article's main person, and the places such posts take from the article's evidence.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace

import numpy
from spacy.tokens import Doc, Span, Token

from ruextract import models
from ruextract.people.words import next_content
from ruextract.roles.agreement import (
    DASHES,
    ends_clause,
    last_name_before,
    person_gender,
    readable_in,
    verb_gender,
)
from ruextract.roles.groups import COUNT_WORDS, coordinations
from ruextract.roles.kin import KIN_NOUNS, kin_holder, kin_post
from ruextract.roles.phrases import (
    QUOTES,
    Entities,
    Phrase,
)
from ruextract.roles.quotes import award_category
from ruextract.roles.span_values import span_value
from ruextract.roles.words import case_of, fold, head_lemma, nominative
from ruextract.views import sentence_bounds

# the same post under other names, for a post referred to again ("глава государства")
SAME_POST: dict[str, str] = {
    "глава государства": "президент",
    "лидер": "президент",
    "премьер-министр": "премьер-министр",
    "глава правительства": "премьер-министр",
}
# words of a post's new holder ("новый премьер-министр")
NEW = "новый"
NEW_WORDS = frozenset({NEW, "будущий"})
# sentences back to the holder's last mention for a post named again ("Президент заявил")
AGAIN_REACH = 1
TOPIC_REACH = 2  # for the person the article is about
KIN_WINDOW = 12  # words from a post after a kinship noun to its holder's name
# how a post named again or alone found its person (no name beside it)
ALONE = frozenset(
    {"again", "noun", "main", "focus", "subject", "oblique", "akin", "marked", "topic", "pronoun"}
)
AFTER_WINDOW = 8  # words from a post alone to a name of its case after it, its holder
PRONOUN_WINDOW = 3  # words opening a sentence where a plural pronoun points back ("Среди них")
GROUP_REACH = 2  # sentences back to a group of people a plural post named again stands for
# navec cosine of a plural post to each post of a group it stands for, with no count word:
# a kind of the members' posts ("учёные" for "профессор": .59), not other people of their
# field ("тренеры" after "вратарь": .49; "кардиналы" after "папа": .39)
GROUP_COSINE = 0.5
NOUN_REACH = 2  # sentences back to the holder of a post named again by its noun alone
# posts of a state's head, held in the country their sentence names
STATE_POSTS = frozenset({"президент", "премьер-министр", "король", "королева", "монарх"})
# posts a country has one of: unheld, they go to the article's main person and country
HEAD_POSTS = frozenset({"президент", "премьер-министр"})
# sentences back to the article's main person, for a post named alone
FOCUS_REACH = 3
OBLIQUE_REACH = 1  # sentences back to the person an oblique post alone refers to
AKIN_REACH = 2  # the same for a genitive post akin to a post of that person
OBLIQUE_CASES = frozenset({"Dat", "Acc"})  # a genitive post is often a kind's ("День учителя")
AKIN_COSINE = 0.3  # navec cosine of a genitive post named alone to a post of its holder
POSSESSIVE_3 = frozenset({"его", "ее", "их"})  # the tagger gives them no person
# sentences back to the article's person for a post named alone as a verb's subject ("актёр заявил")
SUBJECT_REACH = 2
# words before a post that make it no subject opening its clause ("у певца", "Он был")
OPENS_CLAUSE_NOT = frozenset({"NOUN", "PROPN", "PRON", "VERB", "AUX"})


def with_org(phrase: Phrase, other: Phrase) -> Phrase:
    """``phrase`` with the org of ``other``."""
    return replace(
        phrase,
        org=other.org,
        org_label=other.org_label,
        org_key=other.org_key,
        org_start=other.org_start,
        org_stop=other.org_stop,
    )


def named_org(phrase: Phrase, other: Phrase) -> Phrase:
    """``phrase`` with the org of ``other``, named, not pointed at: no offsets (the mention
    of it is in another sentence or phrase)."""
    return replace(with_org(phrase, other), org_start=None, org_stop=None)


def post_of(role: str) -> str:
    """The post a role names, for matching a post mentioned again."""
    return SAME_POST.get(role, role)


def resolve_again(
    doc: Doc, attached: list[tuple[Phrase, Span | None]], ents: Entities
) -> list[tuple[Phrase, Span | None]]:
    """Give a phrase with no name the person who holds that post in the article."""
    holders: dict[str, dict[str, Phrase]] = {}
    keys: dict[int, tuple[Span, str]] = {}  # each person's key by the span, read once

    def key_of(span: Span) -> str:
        found = keys.get(id(span))
        if found is None:  # (the span kept with its key: its id is not reused)
            found = keys[id(span)] = (span, span_value(span, "key"))
        return found[1]

    counts = ents.per_counts
    spans_of: dict[str, Span] = {}
    sents_of: dict[str, set[int]] = {}
    last: Span | None = None
    for span in ents.per.values():  # the PER mentions in order, by token (``doc.ents`` remade
        if span is last:  # every span: the stage's cost)
            continue
        last = span
        per_key = key_of(span)  # read once: an extension attribute is costly
        spans_of.setdefault(per_key, span)
        sents_of.setdefault(per_key, set()).add(ents.sent[span.start])
    topic = main_key(counts)
    # places where a head post is held by someone named, anywhere in the article
    held_in: dict[str, set[str | None]] = {}
    for phrase, person in attached:
        if person is not None:
            held_in.setdefault(post_of(phrase.post or phrase.role), set()).add(phrase.org_key)
    result: list[tuple[Phrase, Span | None]] = []
    posts: dict[str, set[str]] = {}  # the nouns of each person's posts, for a post named alone
    for phrase, person in attached:
        if person is not None:
            posts.setdefault(key_of(person), set()).add(head_lemma(doc[phrase.head]))
    by_noun: dict[str, dict[str, Phrase]] = {}
    groups: dict[tuple[int, int], list[Span]] = {}
    posted: set[tuple[int, str]] = set()
    titles: set[int] = set()  # the tokens of posts given a person, for names listed with them
    for phrase, person in attached:
        if person is not None and phrase.plural:
            groups.setdefault((phrase.start, phrase.end), []).append(person)
        if person is not None:
            posted.add((ents.sent[phrase.head], key_of(person)))
            titles.update(range(phrase.start, phrase.end))
    groups_of_names: list[list[list[Span]]] = []

    def coordinated() -> list[list[Span]]:
        """The groups of names (``coordinations``), read on first use: ``titles`` is complete
        here."""
        if not groups_of_names:
            groups_of_names.append(coordinations(doc, ents, titles))
        return groups_of_names[0]

    kin = [kin_post(doc, phrase) for phrase, _ in attached]  # a relative's posts
    held_by: dict[str, dict[str, tuple[Phrase, Span]]] = {}  # each post's holders, for them
    for (phrase, person), relatives in zip(attached, kin, strict=True):
        if person is not None and not relatives:
            held_by.setdefault(post_of(phrase.post or phrase.role), {}).setdefault(
                key_of(person), (phrase, person)
            )
    for (phrase, person), relatives in zip(attached, kin, strict=True):
        if relatives:
            held = held_by.get(post_of(phrase.post or phrase.role), {})
            after = relative(doc, phrase, ents)
            person = kin_holder(doc, phrase, ents, after, held)
            phrase = phrase if person is None else replace(phrase, how="kin")
            if person is None or person is not after:
                # a relative's post named nobody, or one named elsewhere: no post named again
                # goes to that holder through it
                result.append((phrase, person))
                continue
        if person is None and phrase.plural:
            group = (
                group_again(doc, phrase, groups, ents)
                or listed_next(doc, phrase, ents, posted)
                or named_group(doc, phrase, ents, (posted, posts, coordinated), groups)
            )
            result += [(replace(phrase, how="group"), member) for member in group]
            if group:
                continue
        if person is not None:
            holders.setdefault(post_of(phrase.post or phrase.role), {}).setdefault(
                key_of(person), phrase
            )
            by_noun.setdefault(head_lemma(doc[phrase.head]), {}).setdefault(key_of(person), phrase)
        elif not phrase.plural and not award_category(doc, phrase):
            post = post_of(phrase.post or phrase.role)
            held = {}
            fresh: bool | None = None  # ``new_holder``, read once, at the first holder it judges
            for key, other in holders.get(post, {}).items():
                if (phrase.org is None or other.org == phrase.org) and (
                    phrase.status == "former"
                ) == (other.status == "former"):
                    if fresh is None:
                        fresh = new_holder(doc, phrase)
                    if not fresh or other.how == "copula":
                        held[key] = other
            if len(held) == 1:
                ((key, other),) = held.items()
            if len(held) == 1 and recent(key, ents.sent[phrase.head], sents_of, key == topic):
                person = spans_of.get(key)
                phrase = replace(phrase, how="again")
                if phrase.org is None:
                    phrase = with_org(phrase, other)
            elif not held and post in HEAD_POSTS and phrase.org is None and counts:
                person, phrase = main_person(
                    doc, phrase, held_in.get(post, set()), holders, counts, spans_of
                )
                if person is not None:
                    holders.setdefault(post, {})[key_of(person)] = phrase
            if person is None and not held:
                person, phrase = same_noun(doc, phrase, by_noun, ents, sents_of, spans_of)
            if person is None:
                person = person_in_focus(doc, phrase, ents)
                if person is not None and incumbent(doc, phrase, holders.get(post, {}), person):
                    person = None  # "Новый эмир будет принимать подданных": not the one left
                if person is not None:
                    phrase = replace(phrase, how="focus")
            if person is None:
                person = person_as_subject(doc, phrase, ents)
                if person is not None:
                    phrase = replace(phrase, how="subject")
            if person is None:
                person = oblique_in_focus(doc, phrase, ents, posts)
                if person is not None:
                    phrase = replace(phrase, how="oblique")
            if person is None:
                person = akin_topic(doc, phrase, ents, posts, posted)
                if person is not None:
                    phrase = replace(phrase, how="akin")
        if person is not None and phrase.how in ALONE:
            name = named_after(doc, phrase, ents)
            if name is not None and key_of(name) != key_of(person):
                person = None  # "заявления актера из сериала «Звёздный путь» Энтони Рэппа"
            elif man_beside(doc, phrase, ents, person):
                person = None  # "после избрания Маркоса президентом": not Корасон Акино
        result.append((phrase, person))
    return result


def man_beside(doc: Doc, phrase: Phrase, ents: Entities, holder: Span | None) -> bool:
    """A masculine post named again for a woman while its sentence names a man: the man is the
    likelier holder ("его женой Грасой Машел, которая находится у постели 94-летнего
    политика"; "после избрания Маркоса президентом")."""
    if holder is None or person_gender(holder) != "femn":
        return False
    if nominative(doc[phrase.head])[1] != "masc":
        return False
    sent = ents.sent[phrase.head]
    return any(
        ents.sent[i] == sent and person_gender(span) == "masc" for i, span in ents.per.items()
    )


def same_noun(
    doc: Doc,
    phrase: Phrase,
    by_noun: dict[str, dict[str, Phrase]],
    ents: Entities,
    sents_of: dict[str, set[int]],
    spans_of: dict[str, Span],
) -> tuple[Span | None, Phrase]:
    """A post named again by its noun alone ("актёр театра и кино Владимир Зельдин ... актёра"):
    the one person of the article named before with a post of that noun, named in the
    ``NOUN_REACH`` sentences before."""
    held = {
        key: other
        for key, other in by_noun.get(head_lemma(doc[phrase.head]), {}).items()
        if (phrase.status == "former") == (other.status == "former")
        and (phrase.org is None or other.org in (None, phrase.org))
    }
    if len(held) != 1 or new_holder(doc, phrase) or titled(doc, phrase):
        return None, phrase
    ((key, other),) = held.items()
    sent = ents.sent[phrase.head]
    if not any(sent - NOUN_REACH <= n <= sent for n in sents_of.get(key, ())):
        return None, phrase
    phrase = replace(phrase, how="noun")
    if phrase.org is None and other.org is not None:
        phrase = with_org(phrase, other)
    return spans_of.get(key), phrase


def named_after(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """A name of the post's case after it in its clause, past its complements (no verb,
    comma, dash or conjunction between): the post describes that person, though it was not
    tied to them ("заявления актера из сериала «Звёздный путь» Энтони Рэппа", "главой
    комитета начальников штабов Мартином Демпси"), so it names nobody again."""
    case = case_of(doc[phrase.head])
    if case is None:
        return None  # no case for a name to agree in
    name = first_name_after(doc, phrase, ents, AFTER_WINDOW, ends_description)
    return name if name is not None and readable_in(name, case) else None


def ends_description(token: Token) -> bool:
    """A word a post's complements do not run past: a clause's end, a conjunction, a dash, a
    comma, a colon or a bracket."""
    if ends_clause(token) or token.pos_ == "CCONJ":
        return True
    return token.text in DASHES or token.text in (",", ";", ":", "(", ")")


def first_name_after(
    doc: Doc, phrase: Phrase, ents: Entities, window: int, stops: Callable[[Token], bool]
) -> Span | None:
    """The first name after a phrase in its sentence, at most ``window`` + 1 content words on,
    unless a word ``stops`` the walk before it."""
    sent = ents.sent[phrase.head]
    token = next_content(doc, phrase.end)
    seen = 0
    while token is not None and ents.sent[token.i] == sent and seen <= window:
        if token.i in ents.per:
            return ents.per[token.i]
        if stops(token):
            return None
        seen += 1
        token = next_content(doc, token.i + 1)
    return None


def relative(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """The holder of a post after a noun of kinship: the name right after the post in the
    genitive ("внучка бывшего вице-президента Лукойла Ралифа Сафина"), past the post's
    descriptions in its clause (no comma, dash, verb or other kinship noun between), in the
    genitive or a name that may be read so (an indeclinable one: "внучка императора Японии
    Акихито")."""
    name = first_name_after(doc, phrase, ents, KIN_WINDOW, lambda token: ends_kin(doc, token))
    # a name that cannot be genitive is the kin's: "мать спортсменки Даниела Липницкая"
    return name if name is not None and readable_in(name, "Gen") else None


def ends_kin(doc: Doc, token: Token) -> bool:
    """A word past which a kin's post describes no later name: a verb, a comma that lists no
    more posts, a dash or another kinship noun ("сын бывшего руководителя ФСБ - Дмитрий",
    "сыном эмира и его жены")."""
    if token.pos_ in ("VERB", "AUX") or (token.text == "," and not listed_on(doc, token)):
        return True
    return token.text in DASHES or fold(token.lemma_) in KIN_NOUNS


def listed_on(doc: Doc, comma: Token) -> bool:
    """A comma before a word in the genitive: a list of posts goes on ("певца, композитора и
    поэта Цвика Пик"), or the post's holder follows ("президента Татарстана, Минтимера
    Шаймиева")."""
    after = next_content(doc, comma.i + 1)
    return after is not None and case_of(after) == "Gen"


def group_again(
    doc: Doc, phrase: Phrase, groups: dict[tuple[int, int], list[Span]], ents: Entities
) -> list[Span]:
    """The people a plural post named again stands for ("музыканты Юрий Царёв, Алексей Борисов
    и Павел Шевелёв ... Музыканты сыграли"): the last group before it, two people or more
    given a plural post of the same noun, named in the ``GROUP_REACH`` sentences before, in a
    sentence that names nobody."""
    sent = ents.sent[phrase.head]
    if any(ents.sent[i] == sent for i in ents.per):
        return []
    if any(token.pos_ not in ("DET", "PRON") for token in doc[phrase.start : phrase.head]):
        return []  # "на тамбовских игроков": a kind, not the people named
    noun = head_lemma(doc[phrase.head])
    last: list[Span] = []
    for (start, end), members in groups.items():
        if start < phrase.start and len({span_value(m, "key") for m in members}) > 1:
            if any(head_lemma(token) == noun for token in doc[start:end]):
                last = members
    if not last or sent - max(ents.sent[m.start] for m in last) > GROUP_REACH:
        return []
    return last


def named_group(
    doc: Doc,
    phrase: Phrase,
    ents: Entities,
    held: tuple[set[tuple[int, str]], dict[str, set[str]], Callable[[], list[list[Span]]]],
    groups: dict[tuple[int, int], list[Span]],
) -> list[Span]:
    """The people a plural post with no name stands for when a coordination of names comes
    before it ("Питеру Даймонду, Дэйлу Мортенсону и Кристоферу Писсаридесу ... работы троих
    ученых"): the last group of two people or more (``coordinations``) ending before the post
    in its sentence or the ``GROUP_REACH`` before. The post has no complement and no modifier
    but a pronoun or a count word ("тамбовских игроков" is a kind, "50 футболистов" more); its
    sentence names nobody else and gives no member a post; two members or more hold posts in
    the article (``posts``: their nouns), the group is of people named by posts. A count word
    ("троих", "оба") must give the group's size; without one the post's noun must be akin to
    a post of each member navec knows (``GROUP_COSINE``: "учёные" for professors, not
    "тренеры" for players). A group given a plural post is ``group_again``'s: a plural post of
    another noun is not theirs ("музыканты A, B и C ... Артисты сыграли").

    ``held``: the sentence and key of each post's holder, the post nouns of each person, the
    document's ``coordinations`` (past the tokens of posts given a person), read on first use."""
    posted, posts, coordinated = held
    if phrase.end > phrase.head + 1 or (
        phrase.end < len(doc) and doc[phrase.end].pos_ in ("NOUN", "PROPN")
    ):
        return []  # "представители Демократической партии", "художники галереи": its own org
    count = None
    for token in doc[max(phrase.start - 1, 0) : phrase.head]:
        if fold(token.lemma_) in COUNT_WORDS:
            count = COUNT_WORDS[fold(token.lemma_)]
        elif token.like_num or token.pos_ == "NUM":
            return []  # "из списка 50 футболистов": more than the group
        elif token.i >= phrase.start and token.pos_ not in ("DET", "PRON"):
            return []
    sent = ents.sent[phrase.head]
    last: list[Span] = []
    for group in coordinated():
        if group[-1].end <= phrase.start and sent - ents.sent[group[0].start] <= GROUP_REACH:
            last = group
    if not last:
        return []
    keys = {span_value(member, "key") for member in last}
    if any(member in last for members in groups.values() for member in members):
        return []  # the group has a plural post of its own
    if any(span_value(ents.per[i], "key") not in keys for i in ents.per if ents.sent[i] == sent):
        return []  # someone else named in the post's sentence: the post may be theirs
    if any(
        span_value(ents.per[i], "key") not in keys
        for i in range(last[-1].end, phrase.start)
        if i in ents.per
    ):
        return []  # someone else named between
    if any((sent, key) in posted for key in keys):
        return []  # "первым зампредам A и B, шести зампредам": the group has its post there
    if sum(key in posts for key in keys) < 2:
        return []  # a group not named by posts ("совместно с сотрудниками" after two names)
    if count is not None:
        return last if count == len(keys) else []  # "троих учёных" after three names
    noun = head_lemma(doc[phrase.head])
    emb = models.embedding()
    for key in keys:
        known = {other for other in posts.get(key, ()) if other in emb}
        if known and not akin(noun, known, GROUP_COSINE):
            return []  # "игроки A, B и C ... тренеры": other people of the same field
    return last


def listed_next(
    doc: Doc, phrase: Phrase, ents: Entities, posted: set[tuple[int, str]]
) -> list[Span]:
    """The people a plural post stands for when the next sentence opens with a plural pronoun
    of the third person and lists them ("запретила въезд 140 российским артистам. Среди них
    Александр Розенбаум, Николай Расторгуев, Олег Табаков"; "Ими стали A, B и C"): each of
    the first list there, two people or more with only commas and "и" between, none given a
    post of their own there (``posted``: sentence and key of each post's holder: "Среди них
    лётчики-космонавты A и B"); the post's own sentence names nobody."""
    sent = ents.sent[phrase.head]
    if any(ents.sent[i] == sent for i in ents.per):
        return []
    # past the post, to its sentence's end (the bounds: no walk token by token)
    start = max(phrase.end, sentence_bounds(doc)[sent][1])
    opening = [t for t in doc[start : start + PRONOUN_WINDOW] if ents.sent[t.i] == sent + 1]
    if not any(
        t.pos_ == "PRON" and t.morph.get("Person") == ["3"] and t.morph.get("Number") == ["Plur"]
        for t in opening
    ):
        return []
    names: list[Span] = []
    for i in sorted(ents.per):
        if ents.sent[i] != sent + 1 or (names and ents.per[i] is names[-1]):
            continue
        span = ents.per[i]
        between = doc[names[-1].end : span.start] if names else []
        if not all(t.text == "," or fold(t.text) == "и" for t in between):
            break
        names.append(span)
    members: dict[str, Span] = {}
    for name in names:
        members.setdefault(span_value(name, "key"), name)
    if any((sent + 1, key) in posted for key in members):
        return []
    return list(members.values()) if len(members) > 1 else []


def titled(doc: Doc, phrase: Phrase) -> bool:
    """A post that is all its quotes hold, the title of an award's category ("в номинации
    «Лучший режиссёр»"), or a "глава" after "во" (a place at the head, no post: "во главе
    совета директоров")."""
    before = doc[phrase.start - 1] if phrase.start else None
    after = doc[phrase.end] if phrase.end < len(doc) else None
    if before is not None and fold(before.text) == "во":
        return True
    return (
        before is not None and after is not None and before.text in QUOTES and after.text in QUOTES
    )


def new_holder(doc: Doc, phrase: Phrase) -> bool:
    """A post named with a word of its new or future holder ("новый премьер-министр",
    "будущего президента"): not the one who held it before in the article, unless a verb gave
    it to that one there ("избрана президентом ... новый президент")."""
    return any(fold(token.lemma_) in NEW_WORDS for token in doc[phrase.start : phrase.head])


def incumbent(doc: Doc, phrase: Phrase, held: dict[str, Phrase], person: Span) -> bool:
    """A post named with "новый" ("Новый эмир") and a person who holds it in
    the article, given by no verb of appointment ("эмир Катара Хамад ... отрёкся"): the one it
    passes from, not its new holder."""
    if not held or not any(fold(t.lemma_) == NEW for t in doc[phrase.start : phrase.head]):
        return False  # ("будущий премьер-министр" may be the one who holds it later)
    other = held.get(span_value(person, "key"))
    return other is not None and other.how != "copula"


def recent(key: str, sent: int, sents_of: dict[str, set[int]], topic: bool = False) -> bool:
    """The person ``key`` is named in sentence ``sent`` or in the ``AGAIN_REACH`` sentences
    before it (``TOPIC_REACH`` for the person the article is about, ``topic``): a post named
    again refers to someone the reader has just met."""
    reach = TOPIC_REACH if topic else AGAIN_REACH
    return any(sent - reach <= n <= sent for n in sents_of.get(key, ()))


def main_key(counts: Counter[str]) -> str | None:
    """The person the article is about: the one mentioned most, more often than anyone else
    (none when two share the most mentions, or the most is none)."""
    if not counts:
        return None
    most = max(counts.values())
    found = [key for key, n in counts.items() if n == most]
    return found[0] if most and len(found) == 1 else None


def main_person(
    doc: Doc,
    phrase: Phrase,
    taken: set[str | None],
    holders: dict[str, dict[str, Phrase]],
    counts: Counter[str],
    spans_of: dict[str, Span],
) -> tuple[Span | None, Phrase]:
    """The article's most mentioned person, for a head post nobody holds, with its country."""
    if case_of(doc[phrase.head]) != "Nom":
        return None, phrase
    (key, n), *rest = [*counts.most_common(2), ("", 0)]
    if n < 2 or (rest and rest[0][1] == n) or key in {k for h in holders.values() for k in h}:
        return None, phrase
    countries = Counter(
        span_value(span, "country").code
        for span in doc.spans.get("countries", [])
        if span_value(span, "country") is not None and span_value(span, "country").code not in taken
    )
    if countries:
        code, _ = countries.most_common(1)[0]
        span = next(
            s
            for s in doc.spans["countries"]
            if span_value(s, "country") and span_value(s, "country").code == code
        )
        phrase = replace(
            phrase, org=span_value(span, "country").name, org_label="COUNTRY", org_key=code,
            org_start=None, org_stop=None,
        )  # fmt: skip
    return spans_of[key], replace(phrase, how="main")


def person_in_focus(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """The person a post named alone refers to: a nominative post that opens its clause
    ("Живописец скончался…", "75-летний политик принёс присягу…") in a sentence that names
    nobody is the article's most mentioned person, when that person was named within the
    ``FOCUS_REACH`` sentences before it."""
    if case_of(doc[phrase.head]) != "Nom" or phrase.plural or phrase.by_verb:
        return None
    sent = ents.sent[phrase.head]
    i = phrase.start - 1
    while i >= 0 and ents.sent[i] == sent:
        token = doc[i]
        if i in ents.per or token.text in QUOTES or token.pos_ in OPENS_CLAUSE_NOT:
            return None  # someone is named before it, or it is no subject at the start
        i -= 1
    j = phrase.end
    while j < len(doc) and ents.sent[j] == sent:
        if j in ents.per:
            return None
        j += 1
    key = main_key(ents.per_counts)
    if key is None:
        return None  # no one person the article is about
    while i >= 0 and ents.sent[i] >= sent - FOCUS_REACH:
        if i in ents.per and span_value(ents.per[i], "key") == key:
            return ents.per[i]
        i -= 1
    return None


def subject_verb(doc: Doc, phrase: Phrase, ents: Entities) -> Token | None:
    """The finite verb a nominative post is the subject of: the first word after it past
    adverbs and a participle clause set off by commas ("Хоккеист, ставший известным в
    ''Edmonton Oilers'', ... не стал"; "актёр попытался")."""
    token = next_content(doc, phrase.end)
    sent = ents.sent[phrase.head]
    if token is not None and token.text == ",":
        after = next_content(doc, token.i + 1)
        if after is None or "Part" not in after.morph.get("VerbForm"):
            return None
        while token is not None and ents.sent[token.i] == sent:
            token = next_content(doc, token.i + 1)
            if token is not None and token.text == ",":
                break
            if token is not None and (token.i in ents.per or ends_clause(token)):
                return None
        token = next_content(doc, token.i + 1) if token is not None else None
    while token is not None and token.pos_ in ("ADV", "PART") and ents.sent[token.i] == sent:
        token = next_content(doc, token.i + 1)
    if (
        token is None
        or ents.sent[token.i] != sent
        or token.pos_ not in ("VERB", "AUX")
        or "Fin" not in token.morph.get("VerbForm")
        or token.morph.get("Number") == ["Plur"]
    ):
        return None
    return token


def person_as_subject(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """The person a post named alone as the subject of a verb refers to ("А 30 октября актёр
    попытался попасть в квартиру", "новый глава столичной полиции сказала"): in a sentence
    that names nobody, the person the article is about, when named in the ``SUBJECT_REACH``
    sentences before and of a gender the verb allows."""
    if case_of(doc[phrase.head]) != "Nom" or phrase.plural or phrase.by_verb:
        return None
    sent = ents.sent[phrase.head]
    verb = subject_verb(doc, phrase, ents)
    if verb is None:
        return None
    i = phrase.start - 1
    while i >= 0 and ents.sent[i] == sent:
        if i in ents.per:
            return None
        i -= 1
    j = phrase.end
    while j < len(doc) and ents.sent[j] == sent:
        if j in ents.per:
            return None
        j += 1
    topic = main_key(ents.per_counts)
    if topic is None:
        return None  # no one person the article is about
    return last_name_before(ents, i, sent - SUBJECT_REACH, verb_gender(verb), key=topic)


def oblique_in_focus(
    doc: Doc, phrase: Phrase, ents: Entities, posts: dict[str, set[str]] | None = None
) -> Span | None:
    """The person an oblique post named alone refers to ("выстрелил в спину политику"): in a
    sentence that names nobody, the person the article is about, named in the
    ``OBLIQUE_REACH`` sentences before; a feminine post is no man's, a new holder's ("новому
    эмиру") is nobody's named. A genitive post is often a kind's ("День учителя", "у
    психотерапевта"): it refers to that person (named in the ``AKIN_REACH`` sentences before)
    only when akin to a post the article gives the person (``posts``: the nouns of each
    person's posts; "певец, композитор и автор песен Леонард Коэн ... смерти поэта")."""
    case = case_of(doc[phrase.head])
    if case not in OBLIQUE_CASES | {"Gen"} or phrase.plural or phrase.by_verb:
        return None
    if phrase.end != phrase.head + 1 or phrase.org is not None:
        return None  # a post with a complement is defined there ("представителя полиции")
    if post_of(phrase.post or phrase.role) in STATE_POSTS:
        return None  # a head of state alone is the article's head of state (``main_person``)
    if any(token.pos_ in ("DET", "PRON") for token in doc[phrase.start : phrase.end]):
        return None  # "своего представителя": someone else's
    if new_holder(doc, phrase):
        return None  # "присягнули новому эмиру": not the one named before
    sent = ents.sent[phrase.head]
    i = phrase.start - 1
    while i >= 0 and ents.sent[i] == sent:
        if i in ents.per or third_person(doc[i]):
            return None  # a pronoun there is the person, the post another's ("он передал
        i -= 1  # дела заместителю")
    j = phrase.end
    while j < len(doc) and ents.sent[j] == sent:
        if j in ents.per or (third_person(doc[j]) and not refers_back(doc[j], doc[phrase.head])):
            return None
        j += 1
    topic = main_key(ents.per_counts)
    if topic is None:
        return None
    post_gender = nominative(doc[phrase.head])[1]
    reach = AKIN_REACH if case == "Gen" else OBLIQUE_REACH
    while i >= 0 and ents.sent[i] >= sent - reach:
        if i in ents.per and span_value(ents.per[i], "key") == topic:
            person = ents.per[i]
            if post_gender == "femn" and person_gender(person) == "masc":
                return None
            if case == "Gen" and not akin(head_lemma(doc[phrase.head]), (posts or {}).get(topic)):
                return None
            return person
        i -= 1
    return None


def akin_topic(
    doc: Doc,
    phrase: Phrase,
    ents: Entities,
    posts: dict[str, set[str]],
    posted: set[tuple[int, str]] = frozenset(),
) -> Span | None:
    """A singular post alone, in any case but the locative and instrumental (a place and a
    copula's predicate: "в должности", "стал тренером"), in a sentence that names nobody but
    people given a post of their own there (``posted``: sentence and key), before it or the
    article's person ("Как сообщила представитель НВО Мара Микалиан, причиной смерти
    51-летнего артиста"): the article's person, when the last person named before that
    sentence, within the ``AKIN_REACH`` sentences before, and akin in navec to a post the
    article gives that person ("у певицы Зыкиной ... поздравил певицу"); not a feminine post
    for a man."""
    case = case_of(doc[phrase.head])
    if case in (None, "Loc", "Ins") or phrase.by_verb or phrase.org is not None:
        return None
    if phrase.end != phrase.head + 1 or new_holder(doc, phrase) or titled(doc, phrase):
        return None
    if doc[phrase.head].pos_ != "NOUN" or post_of(phrase.post or phrase.role) in STATE_POSTS:
        return None  # "выборы президента", "пропала военная лодка": a kind or no post
    if any(token.pos_ == "DET" for token in doc[phrase.start : phrase.end]):
        return None  # "своего представителя": someone else's
    sent = ents.sent[phrase.head]
    topic = main_key(ents.per_counts)
    for j, name in ents.per.items():
        if ents.sent[j] == sent and (
            (sent, span_value(name, "key")) not in posted
            or (j >= phrase.end and span_value(name, "key") != topic)
        ):
            return None  # someone named in its sentence, not given a post there, may hold it
    i = phrase.start - 1
    while i >= 0 and ents.sent[i] >= sent - AKIN_REACH:
        if i in ents.per and ents.sent[i] < sent:
            person = ents.per[i]
            if span_value(person, "key") != topic:
                return None  # another person named since: the post may be theirs
            if nominative(doc[phrase.head])[1] == "femn" and person_gender(person) == "masc":
                return None
            return person if akin(head_lemma(doc[phrase.head]), posts.get(topic)) else None
        i -= 1
    return None


def akin(noun: str, nouns: set[str] | None, cosine: float | None = None) -> bool:
    """A post's noun that is one of ``nouns`` or near one in navec (``cosine`` at least,
    ``AKIN_COSINE`` unless told): "поэт" for a "певец", "политик" for a "президент"; not
    "психотерапевт" for a "судья"."""
    if not nouns:
        return False
    if noun in nouns:
        return True
    emb = models.embedding()
    if noun not in emb:
        return False
    vector = emb[noun] / numpy.linalg.norm(emb[noun])
    bound = AKIN_COSINE if cosine is None else cosine
    return any(
        float(vector @ emb[other]) / float(numpy.linalg.norm(emb[other])) >= bound
        for other in nouns
        if other in emb
    )


def refers_back(pronoun: Token, post: Token) -> bool:
    """A pronoun after a post that may stand for the post's holder: singular, of the post
    noun's gender (pymorphy3's, not the tagger's reading in context: "у футболиста сохранялись
    боли, и ему ..."); a pronoun of another gender or number is someone or something else
    ("юбилею живописца; она продлится"), a possessive shows no owner's gender."""
    if pronoun.pos_ == "DET" or pronoun.morph.get("Number") != ["Sing"]:
        return False
    gender = {"masc": "Masc", "femn": "Fem"}.get(nominative(post)[1] or "")
    return gender is not None and pronoun.morph.get("Gender") == [gender]


def third_person(token: Token) -> bool:
    """A pronoun of the third person ("он", "ему") or its possessive ("его", "её")."""
    if token.pos_ == "PRON":
        return token.morph.get("Person") == ["3"]
    return token.pos_ == "DET" and fold(token.lemma_) in POSSESSIVE_3

"""Posts named again by the article's evidence (a part of the ``ruextract_roles`` component):
a post with no name beside it whose words mark a referent the reader already knows
("47-летнего журналиста", "этот актёр", "сам продюсер"); a post alone for the article's main
person, named last and given an akin post elsewhere; a post a pronoun and a copula name in the
next sentence ("Им будет Уилл Смит").

Reads the attached role phrases (:func:`~ruextract.roles.anaphora.resolve_again`'s output,
with ``Entities``' indexes of names and sentences) and returns them with the unattached
singular posts given the person the evidence points at (``Phrase.how``: "marked", "topic",
"pronoun"); walks only the sentences around each unattached post.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ruextract import models
from ruextract.roles.agreement import last_name_before, person_cases, person_gender
from ruextract.roles.ahead import AGE
from ruextract.roles.anaphora import (
    STATE_POSTS,
    akin,
    kin_post,
    main_key,
    man_beside,
    named_after,
    new_holder,
    post_of,
    titled,
)
from ruextract.roles.headlines import first_verb
from ruextract.roles.linking import unnamed
from ruextract.roles.phrases import Entities, Phrase
from ruextract.roles.ranks import rank_word
from ruextract.roles.span_values import span_value
from ruextract.roles.words import case_of, fold, head_lemma, nominative

# words that point back at a referent the text has named ("этот актёр", "сам продюсер")
DEMONSTRATIVES = frozenset({"этот", "данный", "сам"})
EMPHATIC = "сам"  # only right before its noun: "сам продюсер", not "самый ценный игрок"
MARKED_REACH = 2  # sentences back to the person a marked post refers to
GENDERS = {"Masc": "masc", "Fem": "femn"}
FORM_POS = frozenset({"ADJF", "PRTF", "VERB"})  # the readings whose form shows a gender
# sentences back to the article's main person, the last named, for a post alone
TOPIC_REACH = 10
# cases of a post alone that may name the main person again (a locative is a place: "в
# должности"; an instrumental a copula's predicate: "стал тренером")
TOPIC_CASES = frozenset({"Nom", "Gen", "Acc", "Dat"})
SAME_REACH = 2  # sentences back to the person whose post is named again by its noun
OWN = "свой"  # "главу своей администрации": the possessor's post, not the one named


@dataclass
class Evidence:
    """What a document says of its people, read once for its posts named again: the attached
    phrases, the sentences that name someone, the tokens of names in order, the main person's
    key and, once asked for (``posts_of``), the nouns of the main person's posts."""

    attached: list[tuple[Phrase, Span | None]]
    named: set[int]
    names: list[int]
    topic: str | None
    posts: set[str] | None = None
    held: dict[str, set[str]] | None = None  # the nouns of each person's posts, once asked for


def posts_of(doc: Doc, evidence: Evidence) -> set[str]:
    """The nouns of the posts the article gives its main person, anywhere (read once)."""
    if evidence.posts is None:
        evidence.posts = {
            head_lemma(doc[phrase.head])
            for phrase, person in evidence.attached
            if person is not None and span_value(person, "key") == evidence.topic
        }
    return evidence.posts


def held_nouns(doc: Doc, evidence: Evidence, key: str) -> set[str]:
    """The nouns of the singular posts the article gives the person ``key``, anywhere (read
    once)."""
    if evidence.held is None:
        evidence.held = {}
        for phrase, person in evidence.attached:
            if person is not None and not phrase.plural:  # "принцы Уильям и Гарри": a group's
                evidence.held.setdefault(span_value(person, "key"), set()).add(
                    head_lemma(doc[phrase.head])
                )
    return evidence.held.get(key, set())


def same_post_named(doc: Doc, phrase: Phrase, ents: Entities, evidence: Evidence) -> Span | None:
    """A singular post with no name beside it whose noun is the noun of a post the article
    gives the last person named before it, within ``SAME_REACH`` sentences: that person's post
    named again ("Сергей Петров, министр финансов, ... Отставку министра ...", "лидер партии
    Иван Белов ... лидер партии заявил"). Not with a possessive ("главу своей
    администрации": its owner's, another's post), a word of a new holder, a title in quotes,
    "во главе" or a noun of kinship before it; an instrumental not with an adjective of praise
    or age ("назвал великим лидером", "молодым специалистом": a comparison); none when another
    person named within that reach holds a post of that noun too (either may be meant)."""
    head = doc[phrase.head]
    if phrase.plural or phrase.by_verb or case_of(head) is None:
        return None
    if new_holder(doc, phrase) or titled(doc, phrase) or kin_post(doc, phrase):
        return None
    if any(fold(token.lemma_) == OWN for token in doc[phrase.start : phrase.end]):
        return None
    if case_of(head) == "Ins" and any(
        token.pos_ == "ADJ" and not rank_word(token) for token in doc[phrase.start : phrase.head]
    ):
        return None
    k = bisect_left(evidence.names, phrase.start) - 1
    if k < 0 or ents.sent[evidence.names[k]] < ents.sent[phrase.head] - SAME_REACH:
        return None
    person, noun = ents.per[evidence.names[k]], head_lemma(head)
    if noun not in held_nouns(doc, evidence, span_value(person, "key")):
        return None
    first = ents.sent[phrase.head] - SAME_REACH
    while k >= 0 and ents.sent[evidence.names[k]] >= first:
        other = span_value(ents.per[evidence.names[k]], "key")
        if other != span_value(person, "key") and noun in held_nouns(doc, evidence, other):
            return None  # "режиссёр Марк Захаров и режиссёр Галина Волчек ... режиссёра"
        k -= 1
    return person


def marker(doc: Doc, phrase: Phrase) -> Token | None:
    """The word of a post that marks a known referent: an age adjective among its words ("47-
    летнего журналиста") or a demonstrative among them or right before them ("Этот шаг" is no
    post; "этого актёра", "Сам продюсер" right before its noun)."""
    first = phrase.start - 1 if phrase.start else phrase.start
    for token in doc[first : phrase.head]:
        lemma = fold(token.lemma_)
        if lemma == EMPHATIC and token.i + 1 != phrase.head:
            continue  # "самому ценному игроку": a superlative, no referent
        if AGE.match(token.text) or lemma in DEMONSTRATIVES:
            return token
    return None


def marked_gender(doc: Doc, phrase: Phrase, word: Token) -> str | None:
    """The gender a marked post shows its referent: its marker's form's ("58-летняя
    президент", ``form_gender``), else the tagger's ("90-летняя правительница"), else a
    feminine post noun's; a masculine noun may name a woman ("министр")."""
    found = form_gender(word.text)
    if found is not None:
        return found
    shown = word.morph.get("Gender")
    if shown:
        return GENDERS.get(shown[0])
    return "femn" if nominative(doc[phrase.head])[1] == "femn" else None


@lru_cache(maxsize=5_000)
def form_gender(word: str) -> str | None:
    """The gender the form of an adjective, participle or past-tense verb shows by itself, as
    pymorphy3 reads its last hyphenated part ("58-летняя", "перенесла"; the tagger makes a
    word agree with a masculine post noun that may name a woman: "58-летняя президент" is
    masculine to it): "femn" when every reading is feminine, "masc" when every reading is
    masculine or neuter ("58-летнего"); None for a plural, a word of no gender or both."""
    parses = [
        parse
        for parse in models.morph_analyzer().parse(word.lower().rsplit("-", 1)[-1])
        if parse.tag.POS in FORM_POS and parse.tag.number == "sing"
    ]
    genders = {parse.tag.gender for parse in parses}
    if not parses or None in genders:
        return None
    if genders == {"femn"}:
        return "femn"
    return "masc" if "femn" not in genders and "masc" in genders else None


def marked_referent(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """The person a marked singular post refers to: the last person named before it, within
    ``MARKED_REACH`` sentences, of the gender it shows (people of the other gender are passed
    over): "... их коллеги Константина Попова. В начале 2010 года 47-летнего журналиста
    забрали в вытрезвитель"."""
    word = marker(doc, phrase)
    if word is None or phrase.plural or phrase.by_verb:
        return None
    if case_of(doc[phrase.head]) in (None, "Loc", "Ins"):
        return None
    if new_holder(doc, phrase) or titled(doc, phrase) or kin_post(doc, phrase):
        return None
    first, gender = ents.sent[phrase.head] - MARKED_REACH, marked_gender(doc, phrase, word)
    until = phrase.start - 1
    person = last_name_before(ents, until, first, gender)
    if person is not None and own_subject(doc, phrase, person, ents):
        until = person.start - 1  # "Петров этого журналиста не встречал": another man
        person = last_name_before(ents, until, first, gender)
    if person is None or not complement(doc, person, ents):
        return person
    topic = main_key(ents.per_counts)
    if topic is None or topic == span_value(person, "key"):
        return person
    return last_name_before(ents, until, first, gender, key=topic) or person


def own_subject(doc: Doc, phrase: Phrase, person: Span, ents: Entities) -> bool:
    """A name read as a nominative in the sentence of a marked post in an oblique case, with no
    punctuation, conjunction of subordination or pronoun between them: the subject of the
    post's own clause, who does something to the one the post refers to, not that one
    ("Губернатор Иван Петров этого журналиста раньше не встречал", "Иван Петров позвонил этому
    журналисту")."""
    if ents.sent[person.start] != ents.sent[phrase.head]:
        return False
    if case_of(doc[phrase.head]) == "Nom" or "Nom" not in person_cases(person):
        return False
    between = doc[person.end : phrase.start]
    return not any(token.is_punct or token.pos_ in ("SCONJ", "PRON") for token in between)


def complement(doc: Doc, person: Span, ents: Entities) -> bool:
    """A name read only as a genitive ("после ухода Алисы Вокс"), after a genitive noun ("роль
    босса мафии Тони Сопрано"), in brackets ("принцессы Акисино (Кико)") or in quotes (a
    title's word: "«Клан Сопрано»"): a complement of another noun, seldom the one a text goes
    on about."""
    before = doc[person.start - 1] if person.start else None
    if before is not None and (
        before.text == "(" or (before.pos_ == "NOUN" and case_of(before) == "Gen")
    ):
        return True
    return person_cases(person) == {"Gen"} or quoted(doc, person.start, ents)


def quoted(doc: Doc, i: int, ents: Entities) -> bool:
    """Token ``i`` stands inside quotes its sentence opens before it (a title: "«Клан
    Сопрано»")."""
    sent, depth = ents.sent[i], 0
    while i > 0 and ents.sent[i - 1] == sent:
        i -= 1
        depth += {"«": 1, "»": -1}.get(doc[i].text, 0)
    return depth > 0


def named_again(
    doc: Doc, attached: list[tuple[Phrase, Span | None]], ents: Entities
) -> list[tuple[Phrase, Span | None]]:
    """Posts tied to nobody that the article's evidence gives a person (``marked_referent``),
    unless a name of the post's case follows it in its clause or a man named in its sentence
    is the likelier holder of a masculine post given to a woman."""
    last_post: dict[int, int] = {}  # the last singular post of each sentence, by its head
    for phrase, _ in attached:
        if not phrase.plural:
            sent = ents.sent[phrase.head]
            last_post[sent] = max(last_post.get(sent, -1), phrase.head)
    evidence = Evidence(
        attached, {ents.sent[i] for i in ents.per}, sorted(ents.per), main_key(ents.per_counts)
    )
    result = []
    for phrase, person in attached:
        if person is None and last_post.get(ents.sent[phrase.head]) == phrase.head:
            person = named_by_pronoun(doc, phrase, ents)
            if person is not None and not unnamed(doc, phrase):
                phrase = replace(phrase, how="pronoun")
                result.append((phrase, person))
                continue
        if person is None:
            person, how = marked_referent(doc, phrase, ents), "marked"
            if person is None:
                person, how = topic_named_last(doc, phrase, ents, evidence), "topic"
            if person is None:
                person, how = same_post_named(doc, phrase, ents, evidence), "same"
            if person is not None and unnamed(doc, phrase):
                person = None  # "некий журналист": someone the text leaves unnamed
            if person is not None:
                phrase = replace(phrase, how=how)
                name = named_after(doc, phrase, ents)
                if (
                    name is not None and span_value(name, "key") != span_value(person, "key")
                ) or man_beside(doc, phrase, ents, person):
                    person = None
        result.append((phrase, person))
    return result


# a copula after an instrumental pronoun opening a sentence: "Им стал ...", "Ею была ..."
PRONOUN_COPULAS = frozenset({"стать", "быть", "оказаться", "являться"})
# the pronoun's gender: "им" (masculine or neuter), "ею"/"ей" (feminine)
INSTRUMENTAL_PRONOUNS = {"им": "masc", "ею": "femn", "ей": "femn"}
NAME_WINDOW = 6  # words from the copula to the name it gives the post


def named_by_pronoun(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """The holder of the last singular post of a sentence when the next sentence opens with an
    instrumental pronoun and a copula and names them ("уже найден актёр на роль джина. Им
    будет Уилл Смит"; "... женщина-подводник. Ею была 35-летняя Элиана Мария Кравчук"): the
    first name within ``NAME_WINDOW`` words of the copula, nominative, of the pronoun's gender
    (a feminine post is no man's); not a genitive complement of a noun."""
    if phrase.plural or phrase.by_verb:
        return None
    if phrase.start and case_of(doc[phrase.head]) == "Gen" and doc[phrase.start - 1].pos_ == "NOUN":
        return None  # "кандидата на выборах президента. Им стал": the noun it complements
    sent = ents.sent[phrase.head]
    i = phrase.end
    while i < len(doc) and ents.sent[i] == sent:
        i += 1
    while i < len(doc) and doc[i].is_space:
        i += 1
    if i + 1 >= len(doc) or ents.sent[i] != sent + 1:
        return None
    pronoun, copula = doc[i], doc[i + 1]
    gender = INSTRUMENTAL_PRONOUNS.get(fold(pronoun.text))
    if gender is None or fold(copula.lemma_) not in PRONOUN_COPULAS:
        return None
    if gender == "masc" and nominative(doc[phrase.head])[1] == "femn":
        return None
    for j in range(i + 2, min(i + 3 + NAME_WINDOW, len(doc))):
        if ents.sent[j] != sent + 1:
            return None
        if j in ents.per:
            person = ents.per[j]
            shown = person_gender(person)
            if "Nom" not in person_cases(person) and person_cases(person):
                return None
            return None if shown is not None and shown != gender and gender == "femn" else person
    return None


def topic_named_last(doc: Doc, phrase: Phrase, ents: Entities, evidence: Evidence) -> Span | None:
    """A singular post alone (no complement, no place) in a sentence that names nobody refers to
    the article's main person when that person is the last named before it, within
    ``TOPIC_REACH`` sentences, nobody else named since (not as a complement: "роль ... Тони
    Сопрано"), and the article gives them the same or an akin post anywhere, before or after
    ("... Кернес ... Врачи констатировали ... В 12:30 мск мэр был доставлен в больницу"); not
    a head of state's ("выборы президента", "хвалят монарха"), not one of a plural subject, not a
    feminine post for a man."""
    sent = ents.sent[phrase.head]
    if sent in evidence.named or phrase.end != phrase.head + 1 or phrase.org is not None:
        return None  # someone named in its sentence may hold it; a complement defines it
    if phrase.plural or phrase.by_verb or case_of(doc[phrase.head]) not in TOPIC_CASES:
        return None
    if new_holder(doc, phrase) or titled(doc, phrase) or kin_post(doc, phrase):
        return None
    if doc[phrase.head].pos_ == "ADJ" or counted(doc, phrase):
        return None  # "пропала военная подводная лодка", "избран 101 депутат"
    if any(token.pos_ == "DET" for token in doc[phrase.start : phrase.head]):
        return None
    if post_of(phrase.post or phrase.role) in STATE_POSTS:
        return None
    if case_of(doc[phrase.head]) == "Nom" and plural_verb(doc, phrase, ents):
        return None  # "Президент и главный тренер понимают": a group's
    k = bisect_left(evidence.names, phrase.start) - 1  # the last name's last token before it
    if k < 0 or ents.sent[evidence.names[k]] < sent - TOPIC_REACH:
        return None
    person = ents.per[evidence.names[k]]
    if span_value(person, "key") != evidence.topic or complement(doc, person, ents):
        return None
    if nominative(doc[phrase.head])[1] == "femn" and person_gender(person) == "masc":
        return None
    return person if akin(head_lemma(doc[phrase.head]), posts_of(doc, evidence)) else None


def plural_verb(doc: Doc, phrase: Phrase, ents: Entities) -> bool:
    """The first finite verb after a post in its sentence is plural: the post is one of a
    coordinated subject ("Президент и главный тренер понимают")."""
    verb = first_verb(doc, phrase, ents)
    return verb is not None and verb.morph.get("Number") == ["Plur"]


def counted(doc: Doc, phrase: Phrase) -> bool:
    """A post after a numeral, in its phrase or right before it: a count of holders, none of
    them named ("избран 101 депутат"; an age is no count: "47-летний")."""
    first = phrase.start - 1 if phrase.start else phrase.start
    return any(token.pos_ == "NUM" or token.like_num for token in doc[first : phrase.head])

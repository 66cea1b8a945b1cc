"""Clause subjects: a post named again within its own sentence as the subject of a later
clause ("Каддафи попытался покинуть город, но конвой попал под авиаудар НАТО и полковник
получил ранения", "Если Чавесу удастся переизбраться, 57-летний политик останется
президентом"): it stands for the one person the sentence names before it.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from ruextract.people.words import next_content, prev_content
from ruextract.roles.agreement import person_gender, verb_gender
from ruextract.roles.copulas import may_be_subject
from ruextract.roles.linking import unnamed
from ruextract.roles.phrases import Entities, Phrase
from ruextract.roles.span_values import span_value
from ruextract.roles.words import case_of, finite, fold

# what stands before a clause's subject: a comma or a conjunction (not a dash: "Булавин получил
# квартиру — глава ФТС одобрил" is another's answer)
CLAUSE_OPENERS = frozenset({","})
OPENER_POS = frozenset({"CCONJ", "SCONJ"})
CONTRAST = frozenset({"а"})  # a conjunction that sets another subject against the first
# words that open a clause of speech or thought: its subject is seldom the speaker named before
REPORTED = frozenset({"что", ":"})
# words between a subject and its verb: "певец якобы позволял", "чиновник не может"
BEFORE_VERB_POS = frozenset({"ADV", "PART"})


def clause_subjects(
    doc: Doc, attached: list[tuple[Phrase, Span | None]], ents: Entities
) -> list[tuple[Phrase, Span | None]]:
    """Each singular post of no holder that opens a later clause as its subject, with the one
    person its sentence names before it (``subject_named_before``)."""
    result: list[tuple[Phrase, Span | None]] = []
    for phrase, person in attached:
        if person is None and not phrase.by_verb and not phrase.plural:
            found = subject_named_before(doc, phrase, ents)
            if found is not None:
                phrase, person = replace(phrase, how="clause"), found
        result.append((phrase, person))
    return result


def subject_named_before(doc: Doc, phrase: Phrase, ents: Entities) -> Span | None:
    """The person a nominative post stands for when it opens a clause (after a comma or a
    conjunction but "а") as the subject of the finite verb after it: the one person (every
    name of one key) named before it in its sentence, unless the verb shows the other gender
    or the plural, or the name may be the subject of a verb of speech whose clause ("что",
    ":") the post opens."""
    if case_of(doc[phrase.head]) != "Nom" or unnamed(doc, phrase):
        return None
    sent = ents.sent[phrase.head]
    opener = prev_content(doc, phrase.start - 1)
    if opener is None or ents.sent[opener.i] != sent:
        return None
    if opener.text not in CLAUSE_OPENERS and opener.pos_ not in OPENER_POS:
        return None
    if fold(opener.text) in CONTRAST:
        return None  # "Это заявил Сергей Лавров, а министр обороны промолчал": another person
    verb = next_content(doc, phrase.end)
    while verb is not None and verb.pos_ in BEFORE_VERB_POS:
        verb = next_content(doc, verb.i + 1)
    if verb is None or not finite(verb):
        return None
    shown = verb_gender(verb)
    if shown == "plur":
        return None  # "Солоник и милиционер спрятали": two subjects, two people
    found: Span | None = None
    reported = False  # a clause of speech ("заявил, что", "рассказал:") between them
    i = phrase.start - 1
    while i >= 0 and ents.sent[i] == sent:
        span = ents.per.get(i)
        if span is None:
            reported = reported or (found is None and fold(doc[i].text) in REPORTED)
            i -= 1
            continue
        if found is None and reported and may_be_subject(span):
            return None  # "Песков рассказал: Президент соболезнует": the speaker is another
        if found is not None and span_value(span, "key") != span_value(found, "key"):
            return None  # two people named before: which one is not said
        found = found or span
        i = span.start - 1
    if found is None:
        return None
    gender = person_gender(found)
    if shown in ("masc", "femn") and gender in ("masc", "femn") and shown != gender:
        return None
    return found

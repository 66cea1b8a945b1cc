"""Groups of people named together: two names or more of one sentence joined by commas and
"и" ("Питеру Даймонду, Дэйлу Мортенсону и Кристоферу Писсаридесу"), the people a plural post
named after them may stand for (``anaphora.named_group``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ruextract.roles.phrases import Entities
from ruextract.roles.span_values import span_value
from ruextract.roles.words import fold
from ruextract.views import token_texts

# count words before a plural post, the size of the group it stands for ("троих учёных")
COUNT_WORDS = {"двое": 2, "оба": 2, "обе": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6}
GROUP_LINKS = frozenset({",", "и", "а", "также"})  # words between names of one group


def coordinations(doc: Doc, ents: Entities, titles: set[int]) -> list[list[Span]]:
    """The groups of people named together, in order: two people or more (by key) in one
    sentence with only commas, "и", "а также", a bracket or a post given a person (``titles``:
    its tokens) between ("Люсиль Гарсия (Lucile Garcia) и Сорайя Белкакеми", "керамиста
    Геннадия Фисуна и каллиграфа Юрия Антонова")."""
    groups: list[list[Span]] = []
    run: list[Span] = []
    for span in dict.fromkeys(ents.per[i] for i in sorted(ents.per)):
        if run and not joined(doc, run[-1], span, titles):
            if len({span_value(m, "key") for m in run}) > 1:
                groups.append(run)
            run = []
        run.append(span)
    if len({span_value(m, "key") for m in run}) > 1:
        groups.append(run)
    return groups


def joined(doc: Doc, before: Span, after: Span, titles: set[int]) -> bool:
    """Two names with only commas, "и", "а также", a bracket or a post given a person
    (``titles``) between (a sentence's end is none of them)."""
    depth = 0
    texts = token_texts(doc)  # the tokens' texts, read once per document
    for i in range(before.end, after.start):
        text = texts[i]
        if text == "(":
            depth += 1
        elif text == ")":
            depth -= 1
        elif depth == 0 and fold(text) not in GROUP_LINKS and i not in titles:
            return False
    return depth == 0

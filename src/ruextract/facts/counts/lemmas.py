"""The nouns a count with no noun of its own takes: the lemma of an adjective or participle
standing for people ("погибших" → погибший), of a genitive plural noun ("кандидатов" →
кандидат), and people ("человек") for a collective numeral or "один" alone."""

from __future__ import annotations

PEOPLE = "человек"


def substantive_lemma(word: str) -> str | None:
    """The lemma of a genitive plural adjective or participle standing for people, as a noun
    would have it: "погибших" → "погибший", "задержанных" → "задержанный"; a noun's own
    lemma ("принцев" → "принц"); None for any other word and for a superlative ("10
    крупнейших" is a ranking)."""
    from ruextract import models

    parses = models.morph_analyzer().parse(word.lower())
    if "Anum" in parses[0].tag:
        # "две первых 24 секунды": an ordinal, no count of its own
        return None
    for parse in parses:
        if {"NOUN", "plur", "gent"} <= parse.tag.grammemes:
            return parse.normal_form
        grammemes = parse.tag.grammemes
        if (
            {"plur", "gent"} <= grammemes
            and {"ADJF", "PRTF"} & grammemes
            and not {"Supr", "Apro", "Anum"} & grammemes
        ):
            lemma = parse.inflect({"masc", "sing", "nomn"})
            return lemma.word if lemma is not None else None
    return None


def stands_for_people(unit: str) -> bool:
    """True when a count's ``unit`` can stand for people: a person noun (the last part of a
    hyphenated one) or an adjective or participle counted as one ("40 пострадавших" →
    пострадавший); not a count of things ("12 домов")."""
    from ruextract import models

    return any(
        ("NOUN" in p.tag and p.tag.animacy == "anim") or {"ADJF", "PRTF"} & p.tag.grammemes
        for p in models.morph_analyzer().parse(unit.split("-")[-1])
    )


def is_plural_genitive_noun(word: str) -> bool:
    """True when ``word`` can be a noun in the genitive plural ("очков", "голов")."""
    from ruextract import models

    return any(
        {"NOUN", "plur", "gent"} <= p.tag.grammemes
        for p in models.morph_analyzer().parse(word.lower())
    )


def counted_genitive(words: str) -> str | None:
    """The lemma of the noun in the genitive plural that ``words`` open with, past adjectives
    and participles before it ("кандидатов" → кандидат, "новых машин" → машина), or of a
    participle or adjective standing for people with no noun after it ("погибших
    достигло" → погибший); None otherwise."""
    from ruextract import models
    from ruextract.grammars.quantity import NOT_COUNTED

    words_ = words.lower().split()
    for n, word in enumerate(words_):
        parses = models.morph_analyzer().parse(word)
        # its first reading: "новых" is an adjective before its noun, not "новое"
        if {"NOUN", "plur", "gent"} <= parses[0].tag.grammemes:
            return None if parses[0].normal_form in NOT_COUNTED else parses[0].normal_form
        if not any({"ADJF", "PRTF"} & p.tag.grammemes for p in parses):
            return None
        following = words_[n + 1] if n + 1 < len(words_) else None
        if following is None or not {"NOUN", "ADJF", "PRTF"} & (
            models.morph_analyzer().parse(following)[0].tag.grammemes
        ):
            return substantive_lemma(word)
    return None

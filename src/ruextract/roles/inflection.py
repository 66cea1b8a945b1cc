"""pymorphy3's ``Parse.inflect`` for the roles stage, with the choice of form kept per paradigm.

pymorphy3 inflects a word by building every form of its lexeme (a ``Parse`` per form) and
taking the form whose tag has the wanted grammemes and is most like the word's own: for a
dictionary word that choice depends only on the word's paradigm, its form in it and the
grammemes wanted, shared by every word of the paradigm ("министра", "директора", "пилота").
:func:`inflect` makes the choice once per (paradigm, form, grammemes) and spells the chosen
form from the word's stem as pymorphy3 does; any other word (a prediction by its ending, a
hyphenated or prefixed word) goes to ``Parse.inflect`` as it is. The answers are pymorphy3's
(``tests/test_roles_speed14.py`` compares them on the forms of the stage's word lists); only
the lexemes are not built again (the stage's cost: the nominative of every post).
"""

from __future__ import annotations

from functools import lru_cache

from pymorphy3.analyzer import Parse
from pymorphy3.tagset import OpencorporaTag
from pymorphy3.units.by_lookup import DictionaryAnalyzer


def inflect(parse: Parse, wanted: frozenset[str]) -> tuple[str, OpencorporaTag] | None:
    """The spelling and tag of ``parse.inflect(wanted)``: None where pymorphy3 gives none."""
    stack = parse.methods_stack
    unit = stack[0][0]
    if len(stack) != 1 or type(unit) is not DictionaryAnalyzer:
        found = parse.inflect(set(wanted))
        return None if found is None else (found.word, found.tag)
    para_id, idx = stack[0][2], stack[0][3]
    chosen = _chosen_form(unit, para_id, idx, parse.tag, wanted)
    if chosen is None:
        return None
    prefix, tag, suffix = chosen
    dictionary = unit.dict
    stem = dictionary.build_stem(dictionary.paradigms[para_id], idx, parse.word)
    return prefix + stem + suffix, tag


@lru_cache(maxsize=20_000)
def _chosen_form(
    unit: DictionaryAnalyzer,
    para_id: int,
    idx: int,
    tag: OpencorporaTag,
    wanted: frozenset[str],
) -> tuple[str, OpencorporaTag, str] | None:
    """The (prefix, tag, suffix) of the form of paradigm ``para_id`` that pymorphy3's
    ``MorphAnalyzer._inflect`` takes for form ``idx`` (of tag ``tag``) and ``wanted``: of the
    forms whose tag holds the grammemes wanted (the rare cases made common when none does),
    the first most like the word's tag with them."""
    forms = _paradigm(unit, para_id)
    possible = [form for form in forms if wanted <= form[1].grammemes]
    if not possible:
        wanted = tag.fix_rare_cases(wanted)
        possible = [form for form in forms if wanted <= form[1].grammemes]
    grammemes = tag.updated_grammemes(wanted)

    def similarity(form: tuple[str, OpencorporaTag, str]) -> float:
        grams = form[1].grammemes
        return len(grammemes & grams) - 0.1 * len(grammemes ^ grams)

    return max(possible, key=similarity, default=None)


@lru_cache(maxsize=5_000)
def _paradigm(
    unit: DictionaryAnalyzer, para_id: int
) -> tuple[tuple[str, OpencorporaTag, str], ...]:
    """The (prefix, tag, suffix) of each form of paradigm ``para_id`` (``build_paradigm_info``,
    which builds them anew on each call: asked once per paradigm, not per form and grammemes
    wanted). The dictionary's paradigms do not change: the paradigm's id is an exact key."""
    return tuple(unit.dict.build_paradigm_info(para_id))

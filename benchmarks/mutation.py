"""Mutation testing of one rule module against its fast tests (mutmut 3), with the score.

    python benchmarks/mutation.py numbers       # grammars/numbers.py
    python benchmarks/mutation.py dates         # dates/resolve.py: resolution of a parsed date
    python benchmarks/mutation.py names         # names.py
    python benchmarks/mutation.py dates_context # dates/context.py: what the text around says
    python benchmarks/mutation.py dates_filters # dates/filters.py: matches that are no dates
    python benchmarks/mutation.py dates_resolve # dates/resolve.py: the functions round 5 changed
    python benchmarks/mutation.py runner        # runner/: resume (keys, parts, --no-resume)
    python benchmarks/mutation.py roles_copulas # roles/copulas.py: posts given by copulas
    (also roles_copula_after: roles/copula_after.py, a copula after its post)
    (also roles_links, roles_lists, roles_agreement, roles_words: session 5's roles rules)
    (roles_s7_copulas, _copula_after, _subjects, _links, _quotes: session 7's roles rules)
    (roles_s8_phrases, _org_kinds, _links, _agreement, _words: session 8's roles rules)
    (roles_s8_anaphora, roles_s8_copulas, roles_s8_subjects: session 8's roles recall rules)
    (roles_s9_anaphora, roles_s9_headlines: session 9's posts named alone, again, in headlines)
    (roles_s9_words: session 9's rules judging nouns no word list holds)
    (roles_s10_again10, roles_s10_again10_headlines: session 10's posts named again by evidence)
    (roles_s9_fields_places, _status, _agreement: session 9's roles field and status rules)
    (roles_s9_clauses, _copulas, _copula_after, _succession, _links, _lists: session 9's verbs)
    (roles_s10_within10, _offices, _words, _phrases, _copulas, _links, _lists: session 10)
    (roles_s10_fields10: session 10's role-string, status and org rules; _ranks, _status: parts)
    (roles_s11_again11, _succession, _subjects, _lists, _copulas, _anaphora, _headlines,
    _clause_posts: session 11's rules within a sentence and posts given to the wrong person)
    (roles_s11_fields11: session 11's row fields, roles/fields.py and status; _status: a part)
    (roles_s11_speed11: session 11's scan of role phrases by ids)
    (roles_s11_learned11: session 11's learned ranker of holders, roles/holders.py)
    (roles_s12_again12_referents, _subjects: session 12's posts named again and biographies'
    lines; roles_s12_fields12, _places, _status: session 12's org fields and statuses)
    (roles_s12_kin, roles_s12_candidates, roles_s12_lists12: session 12's kin posts,
    candidates' posts and lists of members, pairs and places)
    (roles_s13_fields11_orgs, _words: roles_s11_fields11's functions of roles/fields.py)
    (roles_s13_near13, _bugs13, _list13: session 13's new rules: linking, subjects, status)
    (roles_s14_groups13, _referents, _at_place: session 13's code no run had covered: groups,
    form_gender, at_place)
    (roles_s14_near14: session 14's same-sentence rules: linking, ahead, lists, subjects)
    (roles_s14_status14, _fields14, _holders14: session 14's statuses, org and role-string
    fields, and the ranker's gates)
    (roles_s15_columns: session 15's per-document reads: doc_columns, link_memo)
    python benchmarks/mutation.py facts_counts  # facts/counts/: counts with no noun beside
    python benchmarks/mutation.py facts_amounts # facts/amounts/: filters and units of counts
    python benchmarks/mutation.py people_linking # people/linking/forms.py: session 6's rules
    (also people_linking_clusters, people_linking_evidence: the same rules in the other parts)
    (also people_evidence, people_joins: session 6's boundary rules)
    (names_unseen6, people_words_unseen6, people_linking_unseen6: session 6's names study)
    (people_forms_s7, people_clusters_s7, people_evidence_s7, names_s7: session 7's rules)
    (names_unseen7, people_words_unseen7: session 7's names study)
    (facts_counts_s6, facts_counts_s6b, facts_amounts_s6: session 6's count rules)
    (people_s7_cuts, _discovery, _filters, _evidence, _joins: session 7's people boundaries)
    (people_clusters_s8, people_evidence_s8, names_s8; people_s8_linking, _discovery,
    _cuts, _filters, _evidence, _words: session 8's people rules)

Each target is a module, the functions of it that are mutated (all, or the part the target
names) and the tests that guard it: fast ones only (no slovnet model loads), so that mutants x
tests stay small on a shared machine. The project is copied into a work folder
(``--workdir``, default ``/tmp/ruextract-mutation/TARGET``) where mutmut writes its
``mutants/`` tree; the worktree is not touched.

mutmut mutates function bodies (not module-level constants such as the grammars' rules and
word lists: those are guarded by the table-driven cases, not scored here). It skips decorated
functions; in the work copy the target module's ``@lru_cache``/``@cache`` decorators (pure
memoisation) are removed so that the cached functions are mutated too, and each
``@property`` becomes a plain method wrapped by ``property()`` after it.

Prints killed / survived / equivalent and the score ``killed / (all - equivalent)``. A
surviving mutant listed in ``benchmarks/mutation_equivalent.tsv`` (mutant name, the mutated
line as mutmut shows it, and why the program behaves the same) counts as equivalent only while
that line still matches (mutant numbers shift when the code changes); survivors are printed
with their diff. Timeouts count as killed. Exit status 1 when the score is below ``--min``.

``--again`` re-runs, in the work folder of the last run, only the mutants that survived it,
against the worktree's tests as they are now (new cases added since): a killed mutant stays
killed when tests are added, so the score is the one a full run would give, in a fraction of
its time. The target's test arguments must be the last run's, or the last run's with test
files added (session 13: the verdicts are kept; mutmut would reset them all).
"""

from __future__ import annotations

import argparse
import csv
import fnmatch
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EQUIVALENT = ROOT / "benchmarks" / "mutation_equivalent.tsv"
MUTMUT = [sys.executable, "-m", "mutmut"]


@dataclass(frozen=True)
class Target:
    """A module to mutate, the functions of it that count, and the pytest arguments."""

    path: str  # a module, or a package's folder (every module of it)
    functions: tuple[str, ...]  # glob patterns over mutmut's function names; () = all
    tests: tuple[str, ...]
    # session 14: more modules mutated with ``path``, ``functions`` selecting in each (a rule
    # and its helpers in two modules: roles/groups.py and anaphora.named_group)
    also: tuple[str, ...] = ()

    @property
    def paths(self) -> tuple[str, ...]:
        """The target's modules or packages' folders: ``path``, then ``also``."""
        return (self.path, *self.also)


def modules(root: Path, target: Target) -> list[Path]:
    """The files of ``target`` under ``root``: its modules, or every module of its packages."""
    found: list[Path] = []
    for relative in target.paths:
        path = root / relative
        found += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return found


# session 13: the tests that guard roles/fields.py's session-11 functions
FIELDS_TESTS = (
    "tests/test_roles_fields11.py",
    "tests/test_roles_fields12.py",
    "tests/test_mutants_s10.py",
    "tests/test_mutants_s12.py",
    "tests/test_mutants_s12c.py",
    "tests/test_mutants_s13.py",
)

TARGETS: dict[str, Target] = {
    "numbers": Target(
        path="src/ruextract/grammars/numbers.py",
        # qualifier_rule runs only at import, when the grammar is built: mutmut cannot switch it
        functions=("parse_digits", "number_lemma", "words_value", "is_vague", "ǁAmountǁ_value"),
        tests=(
            "tests/test_numbers.py",
            "tests/test_facts.py",
            "-k",
            "not seed and not subject",
        ),
    ),
    "dates": Target(
        path="src/ruextract/dates/resolve.py",  # resolution: a parsed date to a calendar range
        functions=(),
        tests=(
            "tests/test_dates_resolution.py",
            "tests/test_dates.py",
            "tests/test_dates_news.py",  # round 3's families (weekends, seasons, eves): fast
            "tests/test_dates_news_round4.py",  # round 4's (fractions, halves, anchors): fast
            "tests/test_dates_news_round5.py",  # round 5's (weekday ranges, lengths): fast
            "-k",
            "not component",
        ),
    ),
    # round 5: the functions of resolve.py changed in round 5, for a run shorter than "dates"
    "dates_resolve": Target(
        path="src/ruextract/dates/resolve.py",
        functions=("weekday_range", "vague_granularity", "resolve_whole"),
        tests=(
            "tests/test_dates_resolution.py",
            "tests/test_dates.py",
            "tests/test_dates_news.py",
            "tests/test_dates_news_round4.py",
            "tests/test_dates_news_round5.py",
            "-k",
            "not component",
        ),
    ),
    "dates_context": Target(
        path="src/ruextract/dates/context.py",  # years, days and anchors from the text around
        functions=(
            "context_at",
            "chained_year",
            "speech_anchor",
            "in_quotes",
            "nearest_weekday",
            "weekday_of",
            "before_our_era",  # round 5
            "month_named_before",
            "this_year_month",
            "without_shift",
            # also worth mutating, but 580 more mutants (over 40 minutes on a shared 2-core
            # machine): "quoted_days", "apposed_days", "days_after", "listed_weekdays",
            # "listed_days", "explicit_values", "weekday_dated", "is_relative", "sentence_starts"
        ),
        tests=(
            "tests/test_dates_rules.py",  # the cases that kill this module's mutants
            "tests/test_dates.py",
            "tests/test_dates_news.py",
            "tests/test_dates_news_round4.py",
            "tests/test_dates_news_round5.py",  # round 5's families: fast
            "-k",
            "not component and not tense",  # find_dates only: no spaCy pipeline loads
        ),
    ),
    "dates_filters": Target(
        path="src/ruextract/dates/filters.py",  # ages, counts, names, URLs: no dates
        functions=(
            "short_title",
            "name_word",
            "age_context",
            "appositive_age",
            "neuter_noun",
            "counted_noun",
            "month_adjective_name",
            "next_word",
            "addressee_before",
            "addressee_word",
            "people_before",
            "animate_range",
            "age_of_person",
            "verb_of_sentence",
            "edition_year",  # round 5
            "lower_month",
            "indeclinable",
            # also worth mutating, but 427 more mutants (over 30 minutes on a shared 2-core
            # machine): "plausible", which calls each of these
        ),
        tests=(
            "tests/test_dates_rules.py",
            "tests/test_dates.py",
            "tests/test_dates_news.py",
            "tests/test_dates_news_round4.py",
            "tests/test_dates_news_round5.py",  # round 5's families: fast
            "-k",
            "not component and not tense",
        ),
    ),
    # facts: the count rules of session 6's study of round 6 (find_facts only: fast)
    "facts_counts": Target(
        path="src/ruextract/facts/counts",
        functions=(
            "counts_before_verb",
            "ones_alone",
            "counts_of_capitalised_nouns",
            "more_alone",
        ),
        tests=(
            "tests/test_facts_round7.py",
            "tests/test_facts_counts_round6.py",
            "tests/test_facts.py",
            "-k",
            "round7_counts or counts_and_measures or counts_in_words or count_without or "
            "must_not_match or count_of_a_total or grammar_value or within_reach or "
            "within_its_reach",
        ),
    ),
    "facts_amounts": Target(
        path="src/ruextract/facts/amounts",
        functions=(
            "agreeing_units",
            "is_id_reference",
            "is_slash_denominator",
            "is_phrasing_one",
            "counts_before_of",
        ),
        tests=(
            "tests/test_facts_round7.py",
            "tests/test_facts_counts_round6.py",
            "tests/test_facts.py",
            "-k",
            "round7_counts or counts_and_measures or counts_in_words or count_without or "
            "must_not_match or count_of_a_total or grammar_value or within_reach or "
            "within_its_reach",
        ),
    ),
    "names": Target(
        path="src/ruextract/names.py",
        functions=(),
        tests=("tests/test_names.py",),
    ),
    # roles: the rules of session 5 (each test parses a sentence: the models load once, in the
    # process every mutant is forked from)
    "roles_copulas": Target(
        path="src/ruextract/roles/copulas.py",
        functions=("person_by_copula", "phrase_case"),
        tests=(
            "tests/test_roles.py",
            "tests/test_roles_linking.py",
            "-k",
            "constructions or not_roles or linking or similar_role",
        ),
    ),
    "roles_copula_after": Target(
        path="src/ruextract/roles/copula_after.py",
        functions=("person_by_copula_after",),
        tests=(
            "tests/test_roles.py",
            "tests/test_roles_linking.py",
            "-k",
            "constructions or not_roles or linking or similar_role",
        ),
    ),
    "roles_links": Target(
        path="src/ruextract/roles/linking.py",
        functions=("person_after",),
        tests=(
            "tests/test_roles.py",
            "tests/test_roles_linking.py",
            "-k",
            "constructions or not_roles or linking or similar_role",
        ),
    ),
    "roles_lists": Target(
        path="src/ruextract/roles/lists.py",
        functions=("joined",),
        tests=(
            "tests/test_roles.py",
            "tests/test_roles_linking.py",
            "-k",
            "constructions or not_roles or linking or similar_role",
        ),
    ),
    "roles_agreement": Target(
        path="src/ruextract/roles/agreement.py",
        functions=("verb_disowns", "agree", "spelt_in_case", "_readable_in"),
        tests=(
            "tests/test_roles.py",
            "tests/test_roles_linking.py",
            "-k",
            "constructions or not_roles or linking or similar_role",
        ),
    ),
    "roles_words": Target(
        path="src/ruextract/roles/words.py",
        functions=(
            "feminine_role",
            "similar_role",
            "role_margin",
            "hyphenated_lemma",
            "described_role",
            "is_plural",
            "_plural_only",
            "noun_readings",
        ),
        tests=(
            "tests/test_roles.py",
            "tests/test_roles_linking.py",
            "-k",
            "constructions or not_roles or linking or similar_role",
        ),
    ),
    # session 7's roles rules (issue 15): appointed objects, copulas right after a post, names
    # in quotes inside a post's complement
    "roles_s7_copulas": Target(
        path="src/ruextract/roles/copulas.py",
        functions=("appointed_object",),
        tests=("tests/test_roles_linking.py", "-k", "linking"),
    ),
    "roles_s7_copula_after": Target(
        path="src/ruextract/roles/copula_after.py",
        functions=("copula_follows",),
        tests=("tests/test_roles_linking.py", "-k", "linking"),
    ),
    "roles_s7_subjects": Target(
        path="src/ruextract/roles/subjects.py",
        functions=("topic_before",),
        tests=("tests/test_roles_linking.py", "-k", "linking"),
    ),
    "roles_s7_links": Target(
        path="src/ruextract/roles/linking.py",
        functions=("gap_frame", "gapped_subject", "opens_bracket"),
        tests=("tests/test_roles_linking.py", "-k", "linking"),
    ),
    "roles_s7_quotes": Target(
        path="src/ruextract/roles/quotes.py",
        functions=("closing_quote", "names_noun"),
        tests=(
            "tests/test_roles.py",
            "tests/test_roles_linking.py",
            "-k",
            "constructions or not_roles or linking",
        ),
    ),
    # session 8's roles precision and field rules (issue 15)
    "roles_s8_phrases": Target(
        path="src/ruextract/roles/phrases.py",
        functions=("no_post",),
        tests=("tests/test_roles_precision.py",),
    ),
    # session 11 split phrases.py: the org-kind rules of session 8 moved to org_kinds.py
    "roles_s8_org_kinds": Target(
        path="src/ruextract/roles/org_kinds.py",
        functions=("org_kind", "kind_org", "personal", "_named", "state_post"),
        tests=("tests/test_roles_precision.py",),
    ),
    "roles_s8_links": Target(
        path="src/ruextract/roles/linking.py",
        also=("src/ruextract/roles/ahead.py",),  # session 14: moved there
        functions=(
            "of_kin",
            "genitive_holder",
            "nicknames",
            "by_nickname",
            "first_name",
            "namesake",
            "coordinates_other",
            "lone_plural",
            "unnamed",
            "kind_place",
        ),
        tests=("tests/test_roles_precision.py",),
    ),
    "roles_s8_agreement": Target(
        path="src/ruextract/roles/agreement.py",
        functions=("man_in_oblique", "declined_surname", "person_cases", "only_nominative"),
        tests=("tests/test_roles_precision.py",),
    ),
    "roles_s8_words": Target(
        path="src/ruextract/roles/words.py",
        functions=(
            "two_posts",
            "known_no_post",
            "post_word",
            "_surely_no_post",
            "_may_name_adjectival_post",
            "_adjectival_stems",
            "_stem_starts",
            "_stem_lengths",
        ),
        tests=("tests/test_roles_precision.py",),
    ),
    # session 9's roles word-list rules (issue 15): unseen nouns judged post or not
    "roles_s9_words": Target(
        path="src/ruextract/roles/words.py",
        functions=(
            "demonym",
            "_national_stems",
            "feminine_role",
            "feminine_similar",
            "compound_role",
            "similar_role",
            "_list_vectors",
        ),
        tests=(
            "tests/test_roles_words9.py",
            "-k",
            "not judged_posts and not judged_no_posts and not build and not folds",
        ),
    ),
    # session 8's roles recall rules (issue 15): posts named again, subjects sentences before
    "roles_s8_anaphora": Target(
        path="src/ruextract/roles/anaphora.py",
        functions=(
            "same_noun",
            "group_again",
            "titled",
            "akin",
            "oblique_in_focus",
            "kin_post",
            "relative",
            "ends_kin",
            "listed_on",
        ),
        tests=(
            "tests/test_roles_recall8.py",
            "tests/test_roles_linking.py",
            "tests/test_roles.py",
            "-k",
            "recall8 or linking or constructions or not_roles",
        ),
    ),
    # session 9's roles rules (issue 15): posts named alone or again, headlines
    "roles_s9_anaphora": Target(
        path="src/ruextract/roles/anaphora.py",
        functions=(
            "akin_topic",
            "named_after",
            "ends_description",
            "first_name_after",
            "refers_back",
            "listed_next",
            "man_beside",
        ),
        tests=("tests/test_roles_again9.py",),
    ),
    "roles_s9_headlines": Target(
        path="src/ruextract/roles/headlines.py",
        functions=(),
        tests=("tests/test_roles_again9.py",),
    ),
    "roles_s10_again10": Target(
        path="src/ruextract/roles/referents.py",
        functions=(
            "marker",
            "marked_gender",
            "marked_referent",
            "complement",
            "quoted",
            "named_again",
            "named_by_pronoun",
            "topic_named_last",
            "plural_verb",
            "counted",
        ),
        tests=(
            "tests/test_roles_again1010.py",
            "tests/test_mutants_s10b.py",
            "tests/test_mutants_s11.py",
        ),
    ),
    "roles_s11_again11": Target(
        path="src/ruextract/roles/appositions.py",
        functions=(),
        tests=("tests/test_roles_again11.py",),
    ),
    "roles_s11_again11_succession": Target(
        path="src/ruextract/roles/succession.py",
        functions=(
            "succeeded_later",
            "succession_after",
            "subject_is",
            "name_after",
            "given_new",
            "name_right_after",
        ),
        tests=("tests/test_roles_again11.py",),
    ),
    "roles_s11_again11_subjects": Target(
        path="src/ruextract/roles/subjects.py",
        functions=("bracketed", "verbless_line", "aspect_verb", "heading_subjects", "stopped"),
        tests=("tests/test_roles_again11.py", "tests/test_mutants_s12.py"),
    ),
    "roles_s11_again11_lists": Target(
        path="src/ruextract/roles/lists.py",
        functions=("two_subjects", "plural_verb_after", "members", "among_before", "dated"),
        tests=("tests/test_roles_again11.py",),
    ),
    "roles_s11_again11_copulas": Target(
        path="src/ruextract/roles/copulas.py",
        functions=("other_gender", "doc_gender", "own_powers", "prepositional_object"),
        tests=("tests/test_roles_again11.py", "tests/test_mutants_s12.py"),
    ),
    "roles_s11_again11_anaphora": Target(
        path="src/ruextract/roles/anaphora.py",
        functions=("incumbent",),
        tests=("tests/test_roles_again11.py",),
    ),
    "roles_s11_again11_headlines": Target(
        path="src/ruextract/roles/headlines.py",
        functions=("body_holders",),
        tests=("tests/test_roles_again11.py", "tests/test_mutants_s11b.py"),
    ),
    "roles_s11_again11_clause_posts": Target(
        path="src/ruextract/roles/clause_posts.py",
        functions=("last_post_before",),
        tests=("tests/test_roles_again11.py", "tests/test_mutants_s11b.py"),
    ),
    "roles_s10_again10_headlines": Target(
        path="src/ruextract/roles/headlines.py",
        functions=(
            "joined_to_other",
            "named_first_after",
            "held_alike",
            "coordinated",
            "first_verb",
        ),
        tests=("tests/test_roles_again1010.py", "tests/test_mutants_s10b.py"),
    ),
    "roles_s8_copulas": Target(
        path="src/ruextract/roles/copulas.py",
        functions=("governs_instrumental", "gerund_subject"),
        tests=(
            "tests/test_roles_recall8.py",
            "tests/test_roles_linking.py",
            "tests/test_roles.py",
            "-k",
            "recall8 or linking or constructions or not_roles",
        ),
    ),
    "roles_s8_subjects": Target(
        path="src/ruextract/roles/subjects.py",
        functions=("subject_of", "opens_with_verb", "time_word", "passed_over", "owned"),
        tests=(
            "tests/test_roles_recall8.py",
            "tests/test_roles_linking.py",
            "tests/test_roles.py",
            "-k",
            "recall8 or linking or constructions or not_roles",
        ),
    ),
    # session 9's roles rules (issue 15): verbs, copulas and lists within a sentence
    "roles_s9_clauses": Target(
        path="src/ruextract/roles/clause_posts.py",
        functions=(
            "subject_posts",
            "subject_post",
            "pointed_posts",
            "last_post_before",
            "pointed_holder",
            "clause_verb",
            "name_after",
            "successors",
            "successor",
        ),
        tests=("tests/test_roles_verbs9.py",),
    ),
    "roles_s9_copulas": Target(
        path="src/ruextract/roles/copulas.py",
        functions=(
            "quoted_name_start",
            "appointment_of",
            "among",
            "possible_only",
            "relative_antecedent",
            "phrase_case",
            "indeclinable_abbreviation",
            "abbreviated",
            "possible_post",
            "serving_noun",
        ),
        tests=("tests/test_roles_verbs9.py", "tests/test_mutants_s10.py"),
    ),
    "roles_s9_copula_after": Target(
        path="src/ruextract/roles/copula_after.py",
        functions=("joins_place",),
        tests=("tests/test_roles_verbs9.py", "tests/test_mutants_s10.py"),
    ),
    "roles_s9_succession": Target(
        path="src/ruextract/roles/succession.py",
        functions=("replaced_before",),
        tests=("tests/test_roles_verbs9.py", "tests/test_mutants_s10.py"),
    ),
    "roles_s9_links": Target(
        path="src/ruextract/roles/linking.py",
        also=("src/ruextract/roles/ahead.py",),  # session 14: moved there
        functions=(
            "describes_holder",
            "participle",
            "person_as",
            "bracketed_name",
            "complement_of_last",
            "same_case",
        ),
        tests=("tests/test_roles_verbs9.py", "tests/test_mutants_s10.py"),
    ),
    "roles_s9_lists": Target(
        path="src/ruextract/roles/lists.py",
        functions=("past_origin", "past_place_of", "with_place_before"),
        tests=("tests/test_roles_verbs9.py", "tests/test_mutants_s10.py"),
    ),
    # session 10's roles rules (issue 15): verbs, copulas, lists and boundaries in a sentence
    "roles_s10_within10": Target(
        path="src/ruextract/roles/clause_subjects.py",
        functions=(),
        tests=("tests/test_roles_within1010.py", "tests/test_mutants_s10b.py"),
    ),
    "roles_s10_within10_offices": Target(
        path="src/ruextract/roles/offices.py",
        functions=(),
        tests=("tests/test_roles_within1010.py", "tests/test_mutants_s10b.py"),
    ),
    "roles_s10_within10_copula_after": Target(
        path="src/ruextract/roles/copula_after.py",
        functions=("read_instrumental", "instrumental_reading", "person_by_copula_after"),
        tests=("tests/test_roles_within1010.py",),
    ),
    "roles_s10_within10_words": Target(
        path="src/ruextract/roles/words.py",
        functions=("common_noun", "noun_only", "post_word", "is_role_noun"),
        tests=("tests/test_roles_within1010.py",),
    ),
    "roles_s10_within10_phrases": Target(
        path="src/ruextract/roles/phrases.py",
        functions=("post_opens",),
        tests=("tests/test_roles_within1010.py",),
    ),
    # session 11 (speed11): the scan of find_phrases passes over verbs by their lemma id
    "roles_s11_speed11": Target(
        path="src/ruextract/roles/phrases.py",
        functions=("head_verb",),
        tests=("tests/test_roles_speed11.py", "-k", "head_verb or reexports"),
    ),
    "roles_s10_within10_copulas": Target(
        path="src/ruextract/roles/copulas.py",
        functions=(
            "participle_copula",
            "past_modifiers",
            "complement_before_comma",
            "pronoun_object",
            "may_be_subject",
            "participle_subject",
            "past_place",
            "past_bracket",
            "apposition_subject",
        ),
        tests=("tests/test_roles_within1010.py",),
    ),
    "roles_s10_within10_links": Target(
        path="src/ruextract/roles/linking.py",
        also=("src/ruextract/roles/ahead.py",),  # session 14: moved there
        functions=(
            "person_ahead",
            "place_clause_end",
            "oblique_after_dash",
            "past_abbreviation",
            "person_after",
        ),
        tests=("tests/test_roles_within1010.py",),
    ),
    "roles_s10_within10_lists": Target(
        path="src/ruextract/roles/lists.py",
        functions=("bracket_joins", "dated", "joined"),
        tests=("tests/test_roles_within1010.py",),
    ),
    # session 6's count recall rules (issue 12): counts whose noun is elsewhere
    "facts_counts_s6": Target(
        path="src/ruextract/facts/counts",
        functions=(
            "ones_of_counts",
            "counted_genitive",
            "counts_of_number_nouns",
            "parts_of_counts",
            "counts_of_substantives",
        ),
        tests=("tests/test_facts_counts_session6.py", "-k", "not records"),
    ),
    # session 6's later count rules (lists, dashes, verbs, oblique cases)
    "facts_counts_s6b": Target(
        path="src/ruextract/facts/counts",
        functions=(
            "counts_after_dash",
            "multiplied_counts_by_verb",
            "counts_listed_before_dash",
            "counts_of_oblique_substantives",
            "stands_for_people",  # session 7: shared by three rules (lemmas.py)
        ),
        tests=("tests/test_facts_counts_session6.py", "-k", "not records"),
    ),
    # session 6's filters of counts that are references or no counts ("части 2 статьи 105")
    "facts_amounts_s6": Target(
        path="src/ruextract/facts/amounts",
        functions=(
            "is_id_reference",
            "is_determiner_unagreed",
            # session 7: the helpers the count rules share (matches.py, readings.py)
            "untaken_matches",
            "counts_by_end",
            "word_right_after",
            "word_after_is",
            "first_reading_has",
            "unitless_count",
        ),
        tests=("tests/test_facts_counts_session6.py", "-k", "not records"),
    ),
    # people: the linking rules of session 6 (draw 6's study)
    "people_linking": Target(
        path="src/ruextract/people/linking/forms.py",
        functions=("pet_form", "same_first", "one_slip", "natural_order"),
        tests=(
            "tests/test_people_draw6.py",
            "tests/test_people_draw4.py",
            "tests/test_people.py",  # its linking cases: aliases written again ("Jay-Z")
            "-k",
            "draw6 or natural_order or restated or test_people_linking",
        ),
    ),
    "people_linking_clusters": Target(
        path="src/ruextract/people/linking/clusters.py",
        functions=("misspelt_surname",),
        tests=(
            "tests/test_people_draw6.py",
            "tests/test_people_draw4.py",
            "tests/test_people.py",  # its linking cases: aliases written again ("Jay-Z")
            "-k",
            "draw6 or natural_order or restated or test_people_linking",
        ),
    ),
    "people_linking_evidence": Target(
        path="src/ruextract/people/linking/evidence.py",
        functions=("restatements", "quoted"),
        tests=(
            "tests/test_people_draw6.py",
            "tests/test_people_draw4.py",
            "tests/test_people.py",  # its linking cases: aliases written again ("Jay-Z")
            "-k",
            "draw6 or natural_order or restated or test_people_linking",
        ),
    ),
    "people_evidence": Target(
        path="src/ruextract/people/boundaries/evidence.py",
        functions=("owner_of_body", "article_first_names"),
        tests=("tests/test_people_draw6.py",),
    ),
    "people_joins": Target(
        path="src/ruextract/people/boundaries/joins.py",
        functions=("signature_initials",),
        tests=("tests/test_people_draw6.py",),
    ),
    # people, session 7: discovery, boundaries and spurious people (draw 7 and NEREL train)
    "people_s7_cuts": Target(
        path="src/ruextract/people/boundaries/cuts.py",
        functions=("relative_noun", "shared_case", "two_full_names"),
        tests=("tests/test_people_draw7_boundaries.py",),
    ),
    "people_s7_discovery": Target(
        path="src/ruextract/people/boundaries/discovery.py",
        functions=(
            "first_and_patronymic",
            "single_space",
            "name_cases",
            "named_places",
            "genitive_reading",
            "quoted_first_names",
        ),
        tests=("tests/test_people_draw7_boundaries.py",),
    ),
    "people_s7_filters": Target(
        path="src/ruextract/people/boundaries/filters.py",
        functions=(
            "quoted_thing",
            "lowercase_unknown",
            "post_title",
            "first_name_case",
            "title_adjective",
            "disease_eponym",
        ),
        tests=("tests/test_people_draw7_boundaries.py",),
    ),
    "people_s7_evidence": Target(
        path="src/ruextract/people/boundaries/evidence.py",
        functions=("first_name_mentions", "first_name_form", "alone_in_quotes"),
        tests=("tests/test_people_draw7_boundaries.py",),
    ),
    "people_s7_joins": Target(
        path="src/ruextract/people/boundaries/joins.py",
        functions=("patronymic_then_surname",),
        tests=("tests/test_people_draw7_boundaries.py",),
    ),
    # people, session 8: people named inside an organisation's or a place's name
    "people_nested_s8": Target(
        path="src/ruextract/people/nested.py",
        functions=(),
        tests=("tests/test_people_nested.py",),
    ),
    # people, session 6: the rules the names study on unseen news added
    "names_unseen6": Target(
        path="src/ruextract/names.py",
        functions=("particle", "paradigm_readings", "a_declension_nominative", "inflect_word"),
        tests=("tests/test_names.py", "tests/test_people_unseen6.py", "-k", "names"),
    ),
    "people_words_unseen6": Target(
        path="src/ruextract/people/words.py",
        functions=("agreeing_adjective", "owned_by_noun"),
        tests=("tests/test_people_unseen6.py",),
    ),
    "people_linking_unseen6": Target(
        path="src/ruextract/people/linking/settle.py",
        functions=("settle_first",),
        tests=("tests/test_people_unseen6.py", "tests/test_people_linking.py"),
    ),
    "people_linking_unseen6_evidence": Target(
        path="src/ruextract/people/linking/evidence.py",
        functions=("read_alike",),
        tests=("tests/test_people_unseen6.py", "tests/test_people_linking.py"),
    ),
    # people, session 7: the linking rules of draw 7's study (pure-function tests only)
    "people_forms_s7": Target(
        path="src/ruextract/people/linking/forms.py",
        functions=(
            "listed_pet_form",
            "same_first",
            "spelling_variant",
            "shows_other_gender",
            "one_edit",
            "transcribed_alike",
            "doubled_alike",
            "same_particles",
        ),
        tests=("tests/test_people_draw7_linking.py", "-k", "not pipeline"),
    ),
    "names_s7": Target(
        path="src/ruextract/names.py",
        functions=("listed_pet_forms", "name_readings"),
        tests=("tests/test_people_draw7_linking.py", "-k", "not pipeline"),
    ),
    "people_clusters_s7": Target(
        path="src/ruextract/people/linking/clusters.py",
        functions=("uncontested", "short_form_of", "named_near", "doubled_letters"),
        tests=("tests/test_people_draw7_linking.py", "-k", "not pipeline"),
    ),
    "people_evidence_s7": Target(
        path="src/ruextract/people/linking/evidence.py",
        functions=("hyphen_joined", "paradigm_shown"),
        tests=("tests/test_people_draw7_linking.py", "-k", "not pipeline"),
    ),
    # people, session 7: the rules the second names study on unseen news added
    "names_unseen7": Target(
        path="src/ruextract/names.py",
        functions=("is_regnal_number", "readings", "inflect_word"),
        # readings' older branches (a woman's instrumental first name, "Fixd") are guarded by
        # the people cases of earlier draws
        tests=(
            "tests/test_names.py",
            "tests/test_people_unseen7.py",
            "tests/test_people_unseen6.py",
            "tests/test_people_draw3.py",
            "tests/test_people_draw4.py",
        ),
    ),
    "people_words_unseen7": Target(
        path="src/ruextract/people/words.py",
        functions=("inside_word", "eponym_of", "plural_verb_without_subject"),
        tests=("tests/test_people_unseen7.py",),
    ),
    # people, session 8: the families of draw 8's study and of its unseen sample
    "people_clusters_s8": Target(
        path="src/ruextract/people/linking/clusters.py",
        functions=("misprinted_name", "oblique_first_name", "name_size", "misspelt_surname"),
        tests=("tests/test_people_draw8.py", "tests/test_people_draw6.py", "-k", "not pipeline"),
    ),
    "people_evidence_s8": Target(
        path="src/ruextract/people/linking/evidence.py",
        functions=("patronymic_surnames", "consonant_paradigm_shown"),
        tests=("tests/test_people_draw8.py", "-k", "not pipeline"),
    ),
    "names_s8": Target(
        path="src/ruextract/names.py",
        # paradigm_readings' new line (a final ы) is scored in a full run of it (its two
        # survivors there are equivalent); its older branches are guarded by pipeline cases
        functions=("_add_vowel_ya",),
        tests=("tests/test_names.py", "tests/test_people_draw8.py", "-k", "not pipeline"),
    ),
    # ... and the rules only a whole Doc shows (the pipeline cases of draw 8)
    "people_s8_linking": Target(
        path="src/ruextract/people/linking/evidence.py",
        functions=(
            "secular_names",
            "bracket_case",
            "differently_titled",
            "person_noun",
            "share_plural_surname",
        ),
        tests=("tests/test_people_draw8.py",),
    ),
    "people_s8_discovery": Target(
        path="src/ruextract/people/boundaries/discovery.py",
        functions=("alias_items", "bracket_aliases"),
        tests=("tests/test_people_draw8.py",),
    ),
    "people_s8_cuts": Target(
        path="src/ruextract/people/boundaries/cuts.py",
        functions=("two_first_names",),
        tests=("tests/test_people_draw8.py",),
    ),
    "people_s8_filters": Target(
        path="src/ruextract/people/boundaries/filters.py",
        functions=("lowercase_thing",),
        tests=("tests/test_people_draw8.py",),
    ),
    "people_s8_evidence": Target(
        path="src/ruextract/people/boundaries/evidence.py",
        functions=("particle_surname",),
        tests=("tests/test_people_draw8.py",),
    ),
    "people_s8_words": Target(
        path="src/ruextract/people/words.py",
        functions=("governed_plural",),
        tests=("tests/test_people_draw8.py",),
    ),
    "runner": Target(
        path="src/ruextract/runner",
        functions=(
            "fingerprint",
            "record_key",
            "ǁPartStoreǁclear",
            "ǁPartStoreǁindex",
            "ǁPartStoreǁprune",
            "ǁPartStoreǁrecords",
            # also worth mutating, but many more mutants (an hour on a shared 2-core machine):
            # "_process_records", "run" (its --no-resume clearing is covered by test_resume.py)
        ),
        tests=("tests/test_resume.py",),
    ),
    # session 9's roles field and status rules (issue 15)
    "roles_s9_fields_places": Target(
        path="src/ruextract/roles/places.py",
        functions=(
            "describing_places",
            "describes",
            "named_org",
            "held_at",
            "superior_chain",
            "chain_text",
            "place_word",
            "last_place",
            "named_before",
            "share_coordinated",
            "outer_org",
            "stacked",
            "host_org",
        ),
        tests=(
            "tests/test_roles_fields9.py",
            "tests/test_mutants_s10.py",
            "tests/test_mutants_s11.py",
        ),
    ),
    "roles_s9_fields_status": Target(
        path="src/ruextract/roles/status.py",
        functions=(
            "left_post",
            "left_before",
            "left_post_word",
            "took_away",
            "left_after",
            "leaves",
            "closed_period",
            "year",
            "former_apart",
            "leaving_tokens",
        ),
        tests=("tests/test_roles_fields9.py", "tests/test_mutants_s10.py"),
    ),
    "roles_s9_fields_agreement": Target(
        path="src/ruextract/roles/agreement.py",
        functions=(
            "where_held",
            "served_person",
            "possessor",
            "clause_org",
            "org_after",
            "origin_org",
        ),
        tests=("tests/test_roles_fields9.py", "tests/test_mutants_s10.py"),
    ),
    "roles_s10_fields10": Target(
        path="src/ruextract/roles",
        functions=(
            "ordinal",
            "_ordinal",
            "rank_word",
            "ranked",
            "announced",
            "earlier",
            "dismissed",
            "abdicated",
            "former_shared",
            "closed_period",
            "parent_org",
            "origin_org",
            "possessive_subject",
            "_intransitive",
        ),
        tests=(
            "tests/test_roles_fields1010.py",
            "tests/test_mutants_s10b.py",
            "tests/test_mutants_s11.py",
        ),
    ),
    # session 11: roles_s10_fields10's rank and agreement functions alone (its status
    # functions and parent_org take most of its hour on a shared machine)
    "roles_s10_fields10_ranks": Target(
        path="src/ruextract/roles",
        functions=(
            "ordinal",
            "_ordinal",
            "rank_word",
            "ranked",
            "origin_org",
            "possessive_subject",
            "_intransitive",
        ),
        tests=(
            "tests/test_roles_fields1010.py",
            "tests/test_mutants_s10b.py",
            "tests/test_mutants_s11.py",
        ),
    ),
    # session 12: roles_s10_fields10's status functions alone (the part of it session 11's
    # _ranks left)
    "roles_s10_fields10_status": Target(
        path="src/ruextract/roles/status.py",
        functions=(
            "announced",
            "earlier",
            "dismissed",
            "abdicated",
            "former_shared",
            "closed_period",
        ),
        tests=(
            "tests/test_roles_fields1010.py",
            "tests/test_mutants_s10b.py",
            "tests/test_mutants_s11.py",
            "tests/test_mutants_s12.py",
        ),
    ),
    "roles_s11_fields11": Target(
        path="src/ruextract/roles",
        functions=(
            "post_fields",
            "own_words",
            "named_with_genitive",
            "with_domain",
            "known_common_noun",
            "adjective_org",
            "org_before_place",
            "referred_org",
            "commanded_org",
            "joined_org",
            "superior_adjectives",
            "next_nouns_adjective",
            "took_away",
            "beside_participle",
            "_participle",
        ),
        tests=(
            "tests/test_roles_fields11.py",
            "tests/test_mutants_s10.py",
            "tests/test_mutants_s12.py",
        ),
    ),
    # session 12: roles_s11_fields11's status functions alone (its package-wide run of
    # fields.py's functions, near 900 mutants, takes more than an hour on a shared machine)
    "roles_s11_fields11_status": Target(
        path="src/ruextract/roles/status.py",
        functions=("took_away", "beside_participle", "_participle"),
        tests=(
            "tests/test_roles_fields11.py",
            "tests/test_mutants_s10.py",
            "tests/test_mutants_s12.py",
        ),
    ),
    # session 12 (again12): a post named again by its noun, a dative name with its age, "работа"
    "roles_s12_again12_referents": Target(
        path="src/ruextract/roles/referents.py",
        functions=("same_post_named", "held_nouns"),
        tests=("tests/test_roles_again12.py", "tests/test_mutants_s12c.py"),
    ),
    "roles_s12_again12_subjects": Target(
        path="src/ruextract/roles/subjects.py",
        functions=("aged", "work_post", "possessor", "noun_complement"),
        tests=("tests/test_roles_again12.py", "tests/test_mutants_s12c.py"),
    ),
    # session 12 (fields12): an org before a relative clause, a post's genitive name
    "roles_s12_fields12": Target(
        path="src/ruextract/roles/fields.py",
        functions=(
            "relative_org",
            "agrees",
            "named_with_genitive",
            "genitive_key",
            "post_genitive",
            "own_mention",
            "named_after",
        ),
        tests=("tests/test_roles_fields12.py", "tests/test_mutants_s12c.py"),
    ),
    # session 12 (fields12): an org named after its country, a land's kind before its place
    "roles_s12_fields12_places": Target(
        path="src/ruextract/roles/places.py",
        functions=("country_led", "mention_words", "named_place"),
        tests=("tests/test_roles_fields12.py", "tests/test_mutants_s12c.py"),
    ),
    # session 12 (fields12): a closed period or past span, "лишил сана"
    "roles_s12_fields12_status": Target(
        path="src/ruextract/roles/status.py",
        functions=("past_period", "deprived"),
        tests=("tests/test_roles_fields12.py", "tests/test_mutants_s12c.py"),
    ),
    # session 12's roles rules (issue 15): a relative's posts, a candidate's post, lists
    "roles_s12_kin": Target(
        path="src/ruextract/roles/kin.py",
        functions=(),
        tests=("tests/test_roles_lists12.py", "tests/test_mutants_s12b.py"),
    ),
    "roles_s12_candidates": Target(
        path="src/ruextract/roles/candidates.py",
        functions=(),
        tests=("tests/test_roles_again12.py", "tests/test_mutants_s12b.py"),
    ),
    "roles_s12_lists12": Target(
        path="src/ruextract/roles/lists.py",
        functions=(
            "among_which",
            "past_among",
            "pair_before",
            "listed_places",
            "with_place_before",
            "members",
            "members_after",
            "member_name",
            "past_relative",
            "others_bracketed",
        ),
        tests=(
            "tests/test_roles_lists12.py",
            "tests/test_mutants_s12b.py",
            # session 13: added (``--again`` keeps the verdicts); s10 holds with_place_before's
            # places right before a name ("— Приморского края С.Дарькин")
            "tests/test_mutants_s10.py",
            "tests/test_mutants_s13.py",
        ),
    ),
    # session 13: roles_s11_fields11's fields.py functions in two runs of about 400 mutants, the
    # org rules first (named_with_genitive is roles_s12_fields12's)
    "roles_s13_fields11_orgs": Target(
        path="src/ruextract/roles/fields.py",
        functions=("post_fields", "referred_org", "org_before_place", "adjective_org"),
        tests=FIELDS_TESTS,
    ),
    "roles_s13_fields11_words": Target(
        path="src/ruextract/roles/fields.py",
        functions=(
            "with_domain",
            "commanded_org",
            "own_words",
            "known_common_noun",
            "joined_org",
            "superior_adjectives",
            "next_nouns_adjective",
        ),
        tests=(*FIELDS_TESTS, "tests/test_mutants_s13b.py"),
    ),
    # session 13's new roles rules (issue 15), by helper: near13's walk to an oblique post's
    # holder (roles/linking.py), bugs13's subjects (ages, possessors, the last person named),
    # list13's statuses (retirement, "До этого занимал пост", "До" and a successor)
    "roles_s13_near13": Target(
        path="src/ruextract/roles/ahead.py",  # linking.py's until session 14
        functions=(
            "title_end",
            "prepositional",
            "named_before",
            "oblique_name",
            "holder_past_complement",
            "after_complement",
            "animate",
            "animate_only",
        ),
        tests=(
            "tests/test_roles_near13.py",
            "tests/test_mutants_s13.py",
            "tests/test_mutants_s13c.py",
        ),
    ),
    "roles_s13_bugs13": Target(
        path="src/ruextract/roles/subjects.py",
        functions=(
            "aged",
            "numeral",
            "clause_before",
            "possessive_before",
            "possessor",
            "clause_subject",
            "last_person",
        ),
        tests=(
            "tests/test_roles_bugs13.py",
            "tests/test_mutants_s13.py",
            # the session-12 biographies' lines and their mutation cases, where aged, possessor
            # and last_person are read
            "tests/test_roles_again12.py",
            "tests/test_mutants_s12c.py",
            "tests/test_mutants_s13c.py",
        ),
    ),
    "roles_s13_list13": Target(
        path="src/ruextract/roles/status.py",
        functions=("retired", "left_post", "earlier", "beside_participle"),
        tests=(
            "tests/test_roles_fields13.py",
            "tests/test_mutants_s13.py",
            # the earlier sessions' status cases ("ранее", an acting post's closed period,
            # "Бывший ранее") and their mutation cases
            "tests/test_roles_fields1010.py",
            "tests/test_roles_fields11.py",
            "tests/test_roles_fields12.py",
            "tests/test_mutants_s10.py",
            "tests/test_mutants_s12.py",
            "tests/test_mutants_s13c.py",
        ),
    ),
    # session 13's code no mutation run covered (session 14): groups13's plural post for a
    # group of names before it (roles/groups.py whole; anaphora.named_group and ``akin``, whose
    # bound groups13 made a parameter: GROUP_COSINE)
    "roles_s14_groups13": Target(
        path="src/ruextract/roles/groups.py",
        also=("src/ruextract/roles/anaphora.py",),
        functions=("coordinations", "joined", "named_group", "akin"),
        tests=(
            "tests/test_roles_groups13.py",
            "tests/test_mutants_s14.py",
            # akin's other readers: posts alone for the article's person, akin to its posts
            "tests/test_roles_again9.py",
            "tests/test_roles_recall8.py",
        ),
    ),
    # ranker13's gender of a marked post by its marker's form (referents.form_gender) and the
    # functions that read it; marker reads ahead.AGE, the lead's one age pattern
    "roles_s14_referents": Target(
        path="src/ruextract/roles/referents.py",
        functions=("form_gender", "marked_gender", "marked_referent", "marker"),
        tests=(
            "tests/test_roles_ranker13.py",
            "tests/test_mutants_s14.py",
            "tests/test_roles_again1010.py",
            "tests/test_mutants_s10b.py",
            "tests/test_mutants_s11.py",
        ),
    ),
    # the lead's places.at_place: a phrase's org fields from a place's mention, read by lists,
    # candidates, agreement, shared_places.country_before and fields
    "roles_s14_at_place": Target(
        path="src/ruextract/roles/places.py",
        functions=("at_place",),
        tests=(
            "tests/test_mutants_s14.py",
            "tests/test_roles_fields12.py",
            "tests/test_mutants_s12c.py",
            "tests/test_roles_lists12.py",
            "tests/test_mutants_s12b.py",
            "tests/test_mutants_s13.py",
        ),
    ),
    # session 14's same-sentence rules by near14 (issue 15): linking's descriptions of the
    # holder and acting posts, ahead's "один из" and names past a complement, lists' places
    # before names and ", а также", subjects' indeclinable complement, copulas' "и.о."
    "roles_s14_near14": Target(
        path="src/ruextract/roles/linking.py",
        also=(
            "src/ruextract/roles/ahead.py",
            "src/ruextract/roles/lists.py",
            "src/ruextract/roles/subjects.py",
            "src/ruextract/roles/copulas.py",
        ),
        functions=(
            "relation_complement",
            "predicate_complement",
            "apposition_case",
            "person_as",
            "one_ahead",
            "one_case",
            "aged_name",
            "complement_holder",
            "listed_places",
            "as_well",
            "person_follows",
            "complement_post",
            "indeclinable_after",
            "acting_end",
        ),
        tests=(
            "tests/test_roles_near14.py",
            "tests/test_roles_near13.py",
            "tests/test_mutants_s13.py",
            "tests/test_mutants_s13c.py",
            "tests/test_roles_linking.py",
            "tests/test_mutants_s14b.py",
            # person_as's earlier cases ("как" after a name: session 9's and its mutants')
            "tests/test_roles_verbs9.py",
            "tests/test_mutants_s10.py",
        ),
    ),
    # session 14's new rules (issue 15), by helper: list14's statuses (roles/status.py: a
    # participle of being deposed or of abdicating after the post, "сменил на посту", a range of
    # past years, a dismissal told by a noun, the guards "вместо" and a verb's number, pymorphy's
    # tense), its org and role-string rules (fields.org_domain, capitalised_kind;
    # places.with_adjectives and the sentence's point; edges.named_part) and far14's ranker
    # gates (holders.superlative, nobodys_by_its_words, the same-span copy guard in pairs)
    "roles_s14_status14": Target(
        path="src/ruextract/roles/status.py",
        functions=(
            "replaced",
            "dismissal_told",
            "dismissal_done",
            "abdicated",
            "left_participle",
            "_participle_cases",
            "_past",
            "agrees",
            "leaves",
            "closed_period",
            "year_range",
            "leaving_tokens",
        ),
        tests=(
            "tests/test_roles_fields14.py",
            "tests/test_roles_fields13.py",
            "tests/test_roles_fields12.py",
            "tests/test_mutants_s13.py",
            "tests/test_mutants_s14c.py",
        ),
    ),
    "roles_s14_fields14": Target(
        path="src/ruextract/roles/fields.py",
        also=("src/ruextract/roles/places.py", "src/ruextract/roles/edges.py"),
        functions=(
            "org_domain",
            "capitalised_kind",
            "place_record",
            "with_adjectives",
            "named_part",
        ),
        tests=("tests/test_roles_fields14.py", *FIELDS_TESTS, "tests/test_mutants_s14c.py"),
    ),
    "roles_s14_holders14": Target(
        path="src/ruextract/roles/holders.py",
        functions=("rankable", "superlative", "nobodys_by_its_words", "opens_sentence", "pairs"),
        tests=(
            "tests/test_roles_far14.py",
            "tests/test_roles_ranker13.py",
            "tests/test_mutants_s14c.py",
        ),
    ),
    "roles_s11_learned11": Target(
        path="src/ruextract/roles/holders.py",
        functions=(
            "ǁModelǁfrom_json",
            "ǁModelǁscores",
            "ǁNamesǁof",
            "load_model",
            "_start",
            "rankable",
            "candidates",
            "_nearer",
            "_distance",
            "features",
            "_first_in_sentence",
            "_margin",
            "_others_between",
            "pairs",
            "give_holders",
        ),
        # the tool's tests load tools/, which mutmut's copy lacks
        tests=("tests/test_roles_learned11.py", "-k", "not labels and not fit and not choose"),
    ),
    # session 15's per-document reads of the roles stage (speed, output-neutral): the id
    # columns and their walks, the linking memos
    "roles_s15_columns": Target(
        path="src/ruextract/roles/doc_columns.py",
        also=("src/ruextract/roles/link_memo.py",),
        functions=(),
        tests=(
            "tests/test_roles_speed15a.py",
            "tests/test_roles_speed15b.py",
            "tests/test_roles_speed15c.py",
            "tests/test_roles_speed15_reads.py",
        ),
    ),
}

DECORATOR_CACHE = re.compile(r"^[ \t]*@(?:functools\.)?(?:lru_cache|cache)\b.*\n", re.MULTILINE)
PROPERTY = re.compile(r"^([ \t]*)@property\n\1def (\w+)\(self\)(.*?)(?=^\1\S|^\S|\Z)", re.M | re.S)


# appended to the work copy's tests/conftest.py: every mutant runs in a process forked from the
# one that ran the tests on the unmutated code, so memoised results (find_facts, number_lemma,
# ...) would hide the mutant; small caches (loaded models and pipelines, built parsers) are kept
CONFTEST = """

@pytest.fixture(autouse=True)
def _mutation_clear_caches():
    import sys

    for name, module in list(sys.modules.items()):
        if not name.startswith("ruextract") or module is None:
            continue
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            size = info().maxsize if info is not None else None
            if size is not None and size > 4:
                value.cache_clear()
    yield
"""


def unwrap_decorators(source: str) -> str:
    """The module without memoisation decorators and with properties as plain methods."""
    source = DECORATOR_CACHE.sub("", source)

    def plain(match: re.Match) -> str:
        indent, name, rest = match.groups()
        return f"{indent}def _{name}(self){rest}{indent}{name} = property(_{name})\n\n"

    return PROPERTY.sub(plain, source)


IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", ".pytest_cache", ".hypothesis")


def copy_tests(workdir: Path) -> None:
    """The project's tests in ``workdir``, their conftest extended by :data:`CONFTEST`."""
    shutil.copytree(ROOT / "tests", workdir / "tests", ignore=IGNORE)
    with (workdir / "tests" / "conftest.py").open("a", encoding="utf-8") as conftest:
        conftest.write(CONFTEST)


def run_mutmut(workdir: Path, env: dict[str, str], max_children: int, names: list[str]) -> bool:
    """``mutmut run`` on the mutants ``names`` in ``workdir``; False (output shown) on failure."""
    command = [*MUTMUT, "run", "--max-children", str(max_children), *names]
    run = subprocess.run(command, cwd=workdir, env=env, capture_output=True, text=True)
    if run.returncode != 0:
        print(run.stdout[-3000:], run.stderr[-3000:], sep="\n")
        print(f"mutmut run failed ({run.returncode}) in {workdir}")
    return run.returncode == 0


def prepare(target: Target, workdir: Path) -> None:
    """A fresh copy of the project in ``workdir`` with mutmut's config for ``target``."""
    if workdir.exists():
        shutil.rmtree(workdir)
    workdir.mkdir(parents=True)
    # symlinks=False: src/ruextract/pipelines links to ../../pipelines in a worktree
    shutil.copytree(ROOT / "src", workdir / "src", ignore=IGNORE)
    copy_tests(workdir)
    if (ROOT / "data").is_dir():
        shutil.copytree(ROOT / "data", workdir / "data", ignore=IGNORE)
    for module in modules(workdir, target):
        module.write_text(unwrap_decorators(module.read_text(encoding="utf-8")), encoding="utf-8")
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    config = {
        "source_paths": ["src"],
        "only_mutate": [p + "/*" if (workdir / p).is_dir() else p for p in target.paths],
        "pytest_add_cli_args": ["-q", "-p", "no:cacheprovider", "-p", "no:randomly"],
        "pytest_add_cli_args_test_selection": list(target.tests),
        # mutants fork from the process that ran the tests once; CONFTEST clears what it cached
        "process_isolation": "fork",
        "use_git_change_detection": False,
    }
    # mutmut passes node ids back to pytest: ids of Russian phrases must stay unescaped
    pytest_section = "[tool.pytest.ini_options]\n"
    unescaped = "disable_test_id_escaping_and_forfeit_all_rights_to_community_support = true\n"
    pyproject = pyproject.replace(pytest_section, pytest_section + unescaped)
    lines = ["", "[tool.mutmut]"]
    lines += [f"{key} = {json.dumps(value, ensure_ascii=False)}" for key, value in config.items()]
    (workdir / "pyproject.toml").write_text(pyproject + "\n".join(lines) + "\n", encoding="utf-8")


def mutant_function(name: str) -> str:
    """The function part of a mutmut mutant name: "ruextract.dates.x_pick_year__mutmut_3"."""
    function = name.rsplit("__mutmut_", 1)[0].rsplit(".", 1)[-1]
    return function[2:] if function.startswith("x_") else function.removeprefix("x")


def selected(target: Target, name: str) -> bool:
    if not target.functions:
        return True
    function = mutant_function(name)
    return any(fnmatch.fnmatchcase(function, pattern) for pattern in target.functions)


def results(target: Target, workdir: Path) -> dict[str, int | None]:
    """Exit code of every mutant of the target's functions (None: not run)."""
    codes = {}
    for module in modules(workdir, target):
        meta = workdir / "mutants" / (str(module.relative_to(workdir)) + ".meta")
        if meta.exists():
            codes.update(json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"])
    return {name: code for name, code in codes.items() if selected(target, name)}


def diff(workdir: Path, name: str, env: dict[str, str]) -> str:
    shown = subprocess.run(
        [*MUTMUT, "show", name], cwd=workdir, env=env, capture_output=True, text=True, check=False
    )
    return shown.stdout


def mutated_lines(text: str) -> list[str]:
    """The added lines of a mutant's diff, stripped (what an equivalence entry is checked on)."""
    return [
        line[1:].strip()
        for line in text.splitlines()
        if line.startswith("+") and not line.startswith("+++")
    ]


def equivalents() -> dict[str, tuple[str, str]]:
    """mutant name -> (mutated line, reason) from the equivalence list."""
    if not EQUIVALENT.exists():
        return {}
    with EQUIVALENT.open(encoding="utf-8", newline="") as file:
        rows = csv.DictReader((line for line in file if not line.startswith("#")), delimiter="\t")
        return {row["mutant"]: (row["line"], row["reason"]) for row in rows}


KILLED = {1, 3, 36, -24, 24, 152, 255}  # a failing test, or a timeout

SELECTION = re.compile(r"^pytest_add_cli_args_test_selection = (.*)$", re.MULTILINE)


def grow_tests(target: Target, workdir: Path) -> bool:
    """The last run's test selection in ``workdir`` widened to ``target``'s when the target only
    added test files to it; False when it changed otherwise (a full run is needed).

    mutmut resets every verdict when the selection changes; a test added cannot revive a killed
    mutant, so the stored fingerprint of the selection is dropped and the verdicts are kept
    (mutmut collects the coverage of the new tests alone)."""
    pyproject = workdir / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    match = SELECTION.search(text)
    old, new = json.loads(match.group(1)) if match else [], list(target.tests)
    if old == new:
        return True
    options = [arg for arg in new if not arg.startswith("tests/")]
    if not match or [arg for arg in old if not arg.startswith("tests/")] != options:
        return False
    if not set(old) <= set(new):
        return False
    line = f"pytest_add_cli_args_test_selection = {json.dumps(new, ensure_ascii=False)}"
    pyproject.write_text(SELECTION.sub(lambda _: line, text), encoding="utf-8")
    stats = workdir / "mutants" / "mutmut-stats.json"
    data = json.loads(stats.read_text(encoding="utf-8"))
    data.pop("config_fingerprint", None)
    stats.write_text(json.dumps(data), encoding="utf-8")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("target", choices=sorted(TARGETS))
    parser.add_argument("--workdir", type=Path, help="default /tmp/ruextract-mutation/TARGET")
    parser.add_argument("--max-children", type=int, default=2)
    parser.add_argument("--min", type=float, default=0.85, help="fail below this score")
    parser.add_argument(
        "--report-only", action="store_true", help="score the last run in workdir again"
    )
    parser.add_argument(
        "--again", action="store_true", help="re-run the last run's survivors with today's tests"
    )
    parser.add_argument(
        "--tests", help="pytest arguments instead of the target's, one string (old tests only)"
    )
    args = parser.parse_args(argv)
    target = TARGETS[args.target]
    if args.tests:
        target = replace(target, tests=tuple(shlex.split(args.tests)))
    workdir = args.workdir or Path("/tmp/ruextract-mutation") / args.target
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "CI")}

    if args.again and not args.report_only:
        shutil.rmtree(workdir / "tests")
        copy_tests(workdir)
        if not grow_tests(target, workdir):
            print("the target's tests are not the last run's plus files: run it whole")
            return 2
        codes = results(target, workdir)
        alive = sorted(name for name, code in codes.items() if code not in KILLED)
        if alive and not run_mutmut(workdir, env, args.max_children, alive):
            return 2
    elif not args.report_only:
        prepare(target, workdir)
        # a package's mutants are named by its modules: ruextract.facts.counts.ones.x_…
        prefixes = []
        for path in target.paths:
            module = path.removeprefix("src/").removesuffix(".py").replace("/", ".")
            prefixes += [module, f"{module}.*"] if (workdir / path).is_dir() else [module]
        patterns = [
            f"{prefix}.x{f}__mutmut_*" if f.startswith("ǁ") else f"{prefix}.x_{f}__mutmut_*"
            for f in target.functions
            for prefix in prefixes
        ]
        # the copy's tests must pass on the unmutated code, or every mutant looks killed
        clean = [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider"]
        check = subprocess.run(
            [*clean, *target.tests], cwd=workdir, env={**env, "PYTHONPATH": "src"}, check=False
        )
        if check.returncode != 0:
            print(f"the tests fail on the unmutated code in {workdir}: no mutation run")
            return 2
        if not run_mutmut(workdir, env, args.max_children, patterns):
            return 2

    codes = results(target, workdir)
    known = equivalents()
    killed, survived, equivalent, stale = [], [], [], []
    for name, code in sorted(codes.items()):
        if code in KILLED:
            killed.append(name)
            continue
        text = diff(workdir, name, env)
        if name in known and known[name][0].strip() in mutated_lines(text):
            equivalent.append(name)
            continue
        if name in known:
            stale.append(name)
        survived.append((name, code, text))

    for name, code, text in survived:
        print(f"--- survived ({code}): {name}")
        print("\n".join(line for line in text.splitlines()[1:] if line.startswith(("-", "+"))))
    for name in stale:
        print(f"stale equivalence entry (the mutated line changed): {name}")
    total = len(codes)
    score = len(killed) / (total - len(equivalent)) if total > len(equivalent) else 1.0
    print(
        f"{args.target}: {total} mutants, killed {len(killed)}, survived {len(survived)}, "
        f"equivalent {len(equivalent)}; score {len(killed)}/{total - len(equivalent)} = "
        f"{score:.3f}"
    )
    return 0 if score >= args.min else 1


if __name__ == "__main__":
    sys.exit(main())

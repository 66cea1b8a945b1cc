"""Shared fixtures: the pipeline loads once per test session."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import pytest
from hypothesis import settings

import ruextract
from ruextract import tables
from ruextract.pipeline import as_article, run_docs

if TYPE_CHECKING:
    from spacy.tokens import Doc

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "data" / "gold"
SEED = ROOT / "data" / "raw" / "000_a1ea925e5c1963ce.txt"

# In CI (CI=true) nothing that should run may quietly skip: missing gold data fails the test,
# and hypothesis draws the same examples on every run (a red CI is then reproducible).
IN_CI = os.environ.get("CI", "").lower() == "true"
settings.register_profile("ci", derandomize=True, print_blob=True)
if IN_CI:
    settings.load_profile("ci")


def skip_unless_present(reason: str) -> None:
    """Skip the calling test for ``reason``; in CI, where everything must run, fail instead."""
    if IN_CI:
        pytest.fail(f"CI=true and {reason}: CI must run every test", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def nlp():
    """The default (full news) pipeline."""
    return ruextract.load()


@pytest.fixture(scope="session")
def parse(nlp):
    """Run the pipeline on one text with an optional article date: ``parse(text, date)``."""

    def run(text: str, date: str | None = None):
        return next(run_docs(nlp, [as_article(text, date)]))

    return run


def load_script(relative: str) -> ModuleType:
    """A script of the repository that is no package module (``tools/people_gold.py``,
    ``benchmarks/commit_kill.py``) loaded as a module, registered in ``sys.modules`` under its
    file name (dataclasses look their module up there)."""
    path = ROOT / relative
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def nerel_entity(text: str, eid: str, label: str, surface: str, nth: int = 1) -> dict:
    """A NEREL-format entity of a made-up record: the ``nth`` place of ``surface`` in ``text``."""
    start = -1
    for _ in range(nth):
        start = text.index(surface, start + 1)
    return {"id": eid, "label": label, "start": start, "stop": start + len(surface),
            "text": surface}  # fmt: skip


def gold_path(name: str) -> Path:
    """Path of a gold file in ``../shared/data/gold``; skips the test when it is absent
    (fails it in CI)."""
    path = GOLD / name
    if not path.exists():
        skip_unless_present(f"gold data not available: {path} (no ../shared beside this checkout)")
    return path


@pytest.fixture(scope="session")
def seed_article():
    """The seed article as the reader gives it (header split off)."""
    from ruextract.io import read_file

    (article,) = list(read_file(SEED))
    return article


@pytest.fixture(scope="session")
def seed_doc(nlp, seed_article):
    """The seed article through the full pipeline."""
    return next(run_docs(nlp, [seed_article]))


@pytest.fixture(scope="session")
def core_nlp():
    """The core pipeline (segmentation, morphology, NER): stage tests without later stages."""
    return ruextract.load("core")


@pytest.fixture
def fresh_word_caches():
    """The roles word rules' caches emptied before the test: each case reads its words afresh
    (the speed tests compare a fast path with the rules' own, first readings included)."""
    from ruextract.roles import inflection, words

    words._NOT_POST.clear()
    words._HEAD_LEMMAS.clear()
    words._NOMINATIVES.clear()
    for cached in (
        words._surely_no_post, words._may_name_adjectival_post, words._known_word,
        words._head_lemma, words.compound_role, words.feminine_role, words.similar_role,
        words.substantive, words._nominative, inflection._chosen_form, inflection._paradigm,
    ):  # fmt: skip
        cached.cache_clear()


# the roles table's rows as the roles tests compare them: (key, role, role_text, org, status);
# with the org's label before the status, or its label and key
RoleRow = tuple[str, str, str, str | None, str]
LabelledRoleRow = tuple[str, str, str, str | None, str | None, str]
KeyedRoleRow = tuple[str, str, str, str | None, str | None, str | None, str]


def role_rows(doc: Doc) -> list[RoleRow]:
    """The doc's roles rows as (key, role, role_text, org, status)."""
    return [(r.key, r.role, r.text, r.org, r.status) for r in tables.roles(doc)]


def labelled_role_rows(doc: Doc) -> list[LabelledRoleRow]:
    """The doc's roles rows as (key, role, role_text, org, org_label, status)."""
    return [(r.key, r.role, r.text, r.org, r.org_label, r.status) for r in tables.roles(doc)]


def keyed_role_rows(doc: Doc) -> list[KeyedRoleRow]:
    """The doc's roles rows as (key, role, role_text, org, org_label, org_key, status)."""
    return [
        (r.key, r.role, r.text, r.org, r.org_label, r.org_key, r.status) for r in tables.roles(doc)
    ]

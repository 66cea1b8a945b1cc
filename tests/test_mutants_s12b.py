"""Mutation tests for session 12's roles rules: kin posts, candidates, lists.

Cases that kill the mutants ``benchmarks/mutation.py`` leaves alive in the targets
``roles_s12_kin`` (``roles/kin.py``), ``roles_s12_candidates`` (``roles/candidates.py``) and
``roles_s12_lists12`` (the functions of ``roles/lists.py`` session 12 added or changed).
"""

from __future__ import annotations

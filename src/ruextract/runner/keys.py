"""What makes a record's rows reusable by a later run: the hash of ruextract's code, of the
pipeline config and the settings (:func:`fingerprint`), and of the record (:func:`record_key`)."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from functools import lru_cache
from importlib import resources

from spacy.language import Language

from ruextract.records import Article, Problem


@lru_cache(maxsize=1)
def code_hash() -> str:
    """A hash of ruextract's own code and data files: changed code makes new rows."""
    digest = hashlib.sha256()
    package = resources.files("ruextract")
    pending = [package]
    files = []
    while pending:
        folder = pending.pop()
        for entry in folder.iterdir():
            if entry.is_dir() and entry.name != "__pycache__":
                pending.append(entry)
            elif entry.name.endswith((".py", ".tsv", ".json", ".cfg")):
                files.append(entry)
    for entry in sorted(files, key=lambda e: str(e)):
        digest.update(entry.name.encode())
        digest.update(entry.read_bytes())
    return digest.hexdigest()


def fingerprint(nlp: Language, **settings: object) -> str:
    """A hash of what makes rows: the pipeline config, ruextract's code and the settings."""
    from ruextract import __version__

    text = json.dumps(
        [nlp.config.to_str(), __version__, code_hash(), sorted(settings.items())], default=str
    )  # fmt: skip
    return hashlib.sha256(text.encode()).hexdigest()


def record_key(run_key: str, record: Article | Problem) -> str:
    """The part key of one input record: the record itself (every field, the source file
    among them; not its place in the file) and the run (:func:`fingerprint`)."""
    ident = json.dumps(
        [run_key, type(record).__name__, dataclasses.astuple(record)],
        default=str,
        ensure_ascii=False,
    )
    return hashlib.blake2b(ident.encode(), digest_size=16).hexdigest()

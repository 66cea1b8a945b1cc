"""ruextract: Russian news to tidy tables of people, countries, dates and numeric facts.

``load()`` gives the spaCy pipeline, ``make_doc(nlp, text, date=…)`` a doc with its article
date for it, ``extract(text, date)`` processes one article, ``process(texts)`` many,
``run(inputs, out)`` writes the tables of a batch run and ``read_tables(out)`` reads them back
as typed DataFrames.
"""

from ruextract.models import import_spacy

import_spacy()  # before anything imports spaCy: without its command line (start-up time)

from ruextract.io import ReadOptions, read_table, read_tables  # noqa: E402
from ruextract.pipeline import (  # noqa: E402
    Result,
    Results,
    extract,
    load,
    make_doc,
    pipeline_names,
    process,
)
from ruextract.records import (  # noqa: E402
    Article,
    Country,
    DateValue,
    Fact,
    Mention,
    Person,
    Problem,
    Role,
)
from ruextract.runner import RunSummary, run  # noqa: E402

__all__ = [
    "Article",
    "Country",
    "DateValue",
    "Fact",
    "Mention",
    "Person",
    "Problem",
    "ReadOptions",
    "Result",
    "Results",
    "Role",
    "RunSummary",
    "extract",
    "load",
    "make_doc",
    "pipeline_names",
    "process",
    "read_table",
    "read_tables",
    "run",
]
__version__ = "0.1.0"

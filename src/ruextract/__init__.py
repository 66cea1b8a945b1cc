"""ruextract: Russian news to tidy tables of people, countries, dates and numeric facts.

``load()`` gives the spaCy pipeline, ``extract(text, date)`` processes one article,
``process(texts)`` many, and ``run(inputs, out)`` writes the tables of a batch run.
"""

from ruextract.pipeline import Result, Results, extract, load, pipeline_names, process
from ruextract.records import Article, Country, DateValue, Fact, Mention, Person, Problem, Role
from ruextract.runner import RunSummary, run

__all__ = [
    "Article",
    "Country",
    "DateValue",
    "Fact",
    "Mention",
    "Person",
    "Problem",
    "Result",
    "Results",
    "Role",
    "RunSummary",
    "extract",
    "load",
    "pipeline_names",
    "process",
    "run",
]
__version__ = "0.1.0"

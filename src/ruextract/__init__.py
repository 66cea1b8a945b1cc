"""ruextract: Russian news to tidy tables of people, countries, dates and numeric facts."""

from ruextract.pipeline import load, pipeline_names

__all__ = ["load", "pipeline_names"]
__version__ = "0.1.0"

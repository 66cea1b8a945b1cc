"""``python -m ruextract``: the command line."""

from ruextract.cli import main

main()

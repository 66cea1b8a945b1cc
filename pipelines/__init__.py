"""Pipeline configurations (spaCy ``config.cfg`` files) that ``ruextract.load(NAME)`` picks from."""

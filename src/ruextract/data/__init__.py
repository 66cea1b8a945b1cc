"""Data files shipped with ruextract (gazetteers, word lists), each naming its source."""

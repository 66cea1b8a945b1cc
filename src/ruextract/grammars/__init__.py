"""yargy grammars, one module per kind of expression (natasha's ``grammars/`` style)."""

"""benchmarks/stage_cost.py: which articles a timing run reads (never a listed held-out one)."""

import json

from tests.conftest import load_script


def test_corpus_texts_leave_out_listed_ids_before_the_limit(tmp_path):
    tool = load_script("benchmarks/stage_cost.py")
    corpus = tmp_path / "c.jsonl"
    rows = [{"id": f"a{n}", "text": f"Текст {n}."} for n in range(5)]
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows) + "\n")
    ids = tmp_path / "ids.txt"
    ids.write_text("# held out\na1\n\na3\n", encoding="utf-8")
    excluded = tool.read_ids(ids)
    assert excluded == {"a1", "a3"}
    # the limit counts the articles kept, not the lines read
    assert tool.corpus_texts(corpus, 2, excluded) == ["Текст 0.", "Текст 2."]
    assert tool.corpus_texts(corpus, 10, excluded) == ["Текст 0.", "Текст 2.", "Текст 4."]
    assert tool.corpus_texts(corpus, 2, set()) == ["Текст 0.", "Текст 1."]

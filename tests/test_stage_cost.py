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


def test_inline_cost_times_the_stage_inside_a_streamed_run_and_puts_it_back():
    import gc
    import time

    import spacy
    from spacy.language import Language

    from ruextract.extensions import register_extensions
    from ruextract.records import Article

    tool = load_script("benchmarks/stage_cost.py")
    register_extensions()  # the article's metadata on the Doc, as ruextract.load() does

    @Language.component("stage_cost_test_slow")
    def slow(doc):
        time.sleep(0.02)
        return doc

    @Language.component("stage_cost_test_fast")
    def fast(doc):
        return doc

    nlp = spacy.blank("ru")
    nlp.add_pipe("stage_cost_test_fast")
    nlp.add_pipe("stage_cost_test_slow")
    articles = [Article(doc_id=str(n), text=f"Текст {n}.") for n in range(5)]
    threshold = gc.get_threshold()
    whole, stage = tool.inline_cost(nlp, articles, "stage_cost_test_slow")
    # every doc passed the timed stage once: 5 sleeps of 20 ms, inside the run's wall time
    assert 0.1 <= stage <= whole
    # the stage is put back and the collector's settings restored
    assert nlp.get_pipe("stage_cost_test_slow") is slow
    assert gc.get_threshold() == threshold and gc.get_freeze_count() == 0
    whole, fast_time = tool.inline_cost(nlp, articles, "stage_cost_test_fast")
    assert fast_time < 0.1 <= whole


def test_throughput_config_without_a_stage_loads_the_pipeline_without_it(tmp_path):
    import pytest

    from ruextract.pipeline import load

    tool = load_script("benchmarks/throughput.py")
    path = tool.config_without("news", "ruextract_roles", tmp_path)
    nlp = load(path)
    full = load("news")
    # the same stages in the same order, the one left out missing
    assert nlp.pipe_names == [name for name in full.pipe_names if name != "ruextract_roles"]
    assert "ruextract_roles" in full.pipe_names
    with pytest.raises(SystemExit, match="not a stage"):
        tool.config_without("core", "ruextract_roles", tmp_path)

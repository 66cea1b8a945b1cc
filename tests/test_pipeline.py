"""The library: load(), extract(), process() and the spaCy pipeline they share."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from spacy import displacy
from spacy.language import Language

import ruextract
from ruextract.pipeline import config_path


def test_load_returns_a_russian_spacy_pipeline(nlp):
    assert isinstance(nlp, Language)
    assert nlp.lang == "ru"
    assert nlp.pipe_names[:2] == ["ruextract_morph", "ruextract_ner"]


def test_pipeline_names_include_news_and_core():
    assert {"news", "core"} <= set(ruextract.pipeline_names())


def test_load_unknown_pipeline_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown pipeline 'nope'"):
        ruextract.load("nope")


def test_load_from_a_config_path(tmp_path):
    path = tmp_path / "mine.cfg"
    path.write_text(config_path("core").read_text(encoding="utf-8"), encoding="utf-8")
    assert ruextract.load(path).pipe_names == ["ruextract_morph", "ruextract_ner"]


def test_nlp_call_on_plain_text_and_displacy(nlp):
    doc = nlp("Владимир Путин прибыл в Астану.")
    assert "Владимир Путин" in [e.text for e in doc.ents]
    html = displacy.render(doc, style="ent", page=False)
    assert "Владимир Путин" in html


def test_extract_returns_records_and_frames():
    result = ruextract.extract("Владимира Путина встретили в Астане.", date="2024-01-03")
    assert result.doc._.date == date(2024, 1, 3)
    names = [m.normal for m in result.mentions if m.label == "PER"]
    assert names == ["Владимир Путин"]
    frames = result.to_frames()
    assert frames["documents"].loc[0, "date"] == date(2024, 1, 3)
    assert (frames["mentions"]["text"] == "Владимира Путина").any()


def test_process_texts_with_dates():
    results = ruextract.process(["Путин прибыл.", "Токаев уехал."], dates=["2024-01-03", None])
    assert len(results) == 2
    docs = results.to_frames()["documents"]
    assert list(docs["doc_id"]) == ["0", "1"]
    assert [str(v) if pd.notna(v) else "" for v in docs["date"]] == ["2024-01-03", ""]


def test_process_dataframe_keeps_ids_and_metadata():
    df = pd.DataFrame(
        {"id": ["x1", "x2"], "text": ["Путин прибыл.", "ООН."], "date": ["2024-01-03", None],
         "title": ["Визит", None]}
    )  # fmt: skip
    docs = ruextract.process(df).to_frames()["documents"]
    assert list(docs["doc_id"]) == ["x1", "x2"]
    assert docs.loc[0, "title"] == "Визит"
    assert docs.loc[0, "date"] == date(2024, 1, 3)


def test_process_dataframe_without_text_column_is_an_error():
    with pytest.raises(ValueError, match="no 'text' column"):
        ruextract.process(pd.DataFrame({"body": ["x"]}))


def test_components_declare_what_they_assign(nlp):
    analysis = nlp.analyze_pipes()
    assert "token.lemma" in analysis["summary"]["ruextract_morph"]["assigns"]
    assert "doc.ents" in analysis["summary"]["ruextract_ner"]["assigns"]


def test_process_dataframe_with_timestamp_dates():
    df = pd.DataFrame(
        {"text": ["Путин прибыл.", "ООН."], "date": pd.to_datetime(["2024-01-03", None])}
    )
    docs = ruextract.process(df).to_frames()["documents"]
    assert [str(v) if pd.notna(v) else "" for v in docs["date"]] == ["2024-01-03", ""]


def test_extract_invalid_date_is_a_clear_error():
    with pytest.raises(ValueError, match="invalid date '2024-13-45'"):
        ruextract.extract("Текст.", date="2024-13-45")

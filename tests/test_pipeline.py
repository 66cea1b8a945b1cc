"""The library: load(), extract(), process() and the spaCy pipeline they share."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from spacy import displacy
from spacy.language import Language

import ruextract
from ruextract import tables
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


def test_process_refuses_one_string_instead_of_reading_its_letters_as_articles():
    with pytest.raises(TypeError, match="extract"):
        ruextract.process("Путин прибыл.")


@pytest.mark.parametrize("dates", [["2024-01-03"], ["2024-01-03", None, None]])
def test_process_needs_one_date_per_text(dates):
    with pytest.raises(ValueError, match="2 texts but"):
        ruextract.process(["Путин прибыл.", "Токаев уехал."], dates=dates)


def test_process_takes_a_generator_of_texts_with_dates():
    texts = (text for text in ["Путин прибыл.", "Токаев уехал."])
    docs = ruextract.process(texts, dates=["2024-01-03", "2024-01-04"]).to_frames()["documents"]
    assert [str(v) for v in docs["date"]] == ["2024-01-03", "2024-01-04"]


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


CONTEXT_DATES = [
    # (id, context, article date, value_start of "в прошлом году")
    ("dict-iso", {"date": "2024-01-03"}, date(2024, 1, 3), date(2023, 1, 1)),
    ("dict-russian", {"date": "3 января 2020"}, date(2020, 1, 3), date(2019, 1, 1)),
    ("plain-string", "03.01.2024", date(2024, 1, 3), date(2023, 1, 1)),
    ("date-object", date(2022, 6, 1), date(2022, 6, 1), date(2021, 1, 1)),
    ("no-date", None, None, None),
    ("dict-without-date", {"id": "x"}, None, None),
]


def test_pipe_as_tuples_takes_the_article_date_from_the_context(nlp):
    texts = [("В прошлом году цены выросли.", context) for _, context, _, _ in CONTEXT_DATES]
    for (name, context, day, start), (doc, back) in zip(
        CONTEXT_DATES, nlp.pipe(texts, as_tuples=True), strict=True
    ):
        assert back == context, name
        assert doc._.date == day, name
        assert doc.spans["dates"][0]._.date.value_start == start, name
        assert doc._.date_error is None, name


def test_pipe_unreadable_context_date_is_a_date_error(nlp):
    ((doc, _),) = nlp.pipe([("Вчера шёл дождь.", {"date": "вчера вечером"})], as_tuples=True)
    assert doc._.date is None and "invalid date 'вчера вечером'" in doc._.date_error
    rows = tables.rows_from_doc(doc)
    assert [row["error"] for row in rows["errors"]] == ["DateError"]


def test_make_doc_with_a_date_in_any_form(nlp):
    doc = nlp(ruextract.make_doc(nlp, "Вчера шёл дождь.", date="Wed, 03 Jan 2024 10:00:00 +0300"))
    assert doc._.date == date(2024, 1, 3)
    assert doc.spans["dates"][0]._.date.value_start == date(2024, 1, 2)
    plain = nlp("Вчера шёл дождь.")  # no date: relative dates stay unresolved
    assert plain.spans["dates"][0]._.date.value_start is None
    with pytest.raises(ValueError, match="invalid date"):
        ruextract.make_doc(nlp, "Текст.", date="позавчера")


@pytest.mark.parametrize("bad", ["2024-13-45", "вчера вечером"])
def test_process_keeps_an_article_whose_date_is_unreadable(bad):
    df = pd.DataFrame({"id": ["a", "b"], "text": ["Путин прибыл.", "Токаев уехал."],
                       "date": [bad, "2024-01-03"]})  # fmt: skip
    frames = ruextract.process(df).to_frames()
    docs = frames["documents"].set_index("doc_id")
    assert pd.isna(docs.loc["a", "date"]) and bad in docs.loc["a", "date_error"]
    assert docs.loc["b", "date"] == date(2024, 1, 3) and pd.isna(docs.loc["b", "date_error"])
    errors = frames["errors"]
    assert list(errors["doc_id"]) == ["a"] and list(errors["error"]) == ["DateError"]
    listed = ruextract.process(["Путин прибыл."], dates=[bad]).to_frames()["documents"]
    assert bad in listed.loc[0, "date_error"]

"""Readers (every input format, ids, sources, bad input) and writers (atomic, CSV-safe)."""

from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from ruextract import io, tables
from ruextract.records import Article, Problem

TEXT = "Касым-Жомарт Токаев провёл переговоры с Владимиром Путиным в Москве."
TEXT2 = 'Экспорт вырос на 15%, сообщил "Росстат".\nДанные за 10 месяцев 2023 года.'


def write(path: Path, data: bytes | str, gz: bool = False) -> Path:
    """Write a test input file (UTF-8 for str), gzipped with ``gz``."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if gz:
        path = path.with_name(path.name + ".gz")
        raw = gzip.compress(raw)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(raw)
    return path


def read(path: Path, root: Path | None = None) -> list[Article | Problem]:
    return list(io.read_file(path, root))


def csv_text(rows: list[dict]) -> str:
    return pd.DataFrame(rows).to_csv(index=False)


JSONL = "\n".join(
    json.dumps(record, ensure_ascii=False)
    for record in (
        {"id": "a-1", "date": "2024-01-03", "title": "Переговоры", "text": TEXT},
        {"date": "2023-12-31", "text": TEXT2, "url": "https://example.org/2"},
    )
)
JSON_ARRAY = json.dumps(
    [{"id": "a-1", "date": "2024-01-03", "title": "Переговоры", "text": TEXT},
     {"date": "2023-12-31", "text": TEXT2, "url": "https://example.org/2"}],
    ensure_ascii=False,
)  # fmt: skip
CSV = csv_text(
    [{"id": "a-1", "date": "2024-01-03", "title": "Переговоры", "text": TEXT, "url": ""},
     {"id": "", "date": "2023-12-31", "title": "", "text": TEXT2, "url": "https://example.org/2"}]
)  # fmt: skip

# (file name, content, expected (doc_id, source suffix, date, title, url, text) per article)
MANY = [
    ("news.jsonl", JSONL, [("a-1", ":1"), ("news:2", ":2")]),
    ("news.json", JSON_ARRAY, [("a-1", ":1"), ("news:2", ":2")]),
    # the CSV row of TEXT2 starts on line 3 (the header is line 1)
    ("news.csv", CSV, [("a-1", ":2"), ("news:3", ":3")]),
]


@pytest.mark.parametrize("gz", [False, True], ids=["plain", "gz"])
@pytest.mark.parametrize(("name", "content", "ids"), MANY, ids=[m[0] for m in MANY])
def test_io_reads_many_record_formats(tmp_path, name, content, ids, gz):
    path = write(tmp_path / name, content, gz)
    items = read(path, tmp_path)
    assert items == [
        Article(ids[0][0], TEXT, date(2024, 1, 3), "Переговоры", None, path.as_posix() + ids[0][1],
                encoding="utf-8"),
        Article(ids[1][0], TEXT2, date(2023, 12, 31), None, "https://example.org/2",
                path.as_posix() + ids[1][1], encoding="utf-8"),
    ]  # fmt: skip


TXT_CASES = [
    ("utf8-header", f"date 2024-01-03\n{TEXT}".encode(), date(2024, 1, 3), TEXT, "utf-8"),
    ("utf8-header-space", f"date 2024-01-03 {TEXT}".encode(), date(2024, 1, 3), TEXT, "utf-8"),
    ("utf8-no-header", TEXT.encode(), None, TEXT, "utf-8"),
    ("utf8-bom", b"\xef\xbb\xbf" + TEXT.encode(), None, TEXT, "utf-8"),
    ("cp1251-header", f"date 2024-01-03\n{TEXT}".encode("cp1251"), date(2024, 1, 3), TEXT,
     "cp1251"),
    ("cp1251-no-header", TEXT2.encode("cp1251"), None, TEXT2, "cp1251"),
    ("koi8r-header", f"Дата: 3 января 2024\n{TEXT}".encode("koi8-r"), date(2024, 1, 3), TEXT,
     "koi8-r"),
    ("cp866", TEXT2.encode("cp866"), None, TEXT2, "cp866"),
    ("utf16-bom", TEXT.encode("utf-16"), None, TEXT, "utf-16"),
    ("date-colon-header", f"Date: 01.03.2024\n\n{TEXT}".encode(), date(2024, 3, 1), TEXT,
     "utf-8"),
    ("date-colon-no-space", f"ДАТА:01.03.2024\n{TEXT}".encode(), date(2024, 3, 1), TEXT,
     "utf-8"),
    ("date-header-rfc2822", f"Date: Wed, 03 Jan 2024 10:00:00 +0300\n{TEXT}".encode(),
     date(2024, 1, 3), TEXT, "utf-8"),
    ("date-header-iso-time", f"date 2024-01-03T23:30:00-05:00\n{TEXT}".encode(),
     date(2024, 1, 3), TEXT, "utf-8"),
    # "Дата" inside the first line of text is no header
    ("no-header-word", f"Дата выборов {TEXT}".encode(), None, f"Дата выборов {TEXT}", "utf-8"),
    ("no-header-date-word", f"Date of the talks\n{TEXT}".encode(), None,
     f"Date of the talks\n{TEXT}", "utf-8"),
    (
        "mixed-line-endings",
        b"date 2024-01-03\r\nA.\r\nB.\rC.\nD.",
        date(2024, 1, 3),
        "A.\nB.\nC.\nD.",
        "utf-8",
    ),
    ("html-kept-as-text", b"<p>\xd0\x9c\xd0\xb8\xd1\x80</p>", None, "<p>Мир</p>", "utf-8"),
]  # fmt: skip


@pytest.mark.parametrize("gz", [False, True], ids=["plain", "gz"])
@pytest.mark.parametrize(("data", "expected_date", "text", "encoding"), [c[1:] for c in TXT_CASES],
                         ids=[c[0] for c in TXT_CASES])  # fmt: skip
def test_io_reads_txt_with_encoding_and_header(tmp_path, data, expected_date, text, encoding, gz):
    path = write(tmp_path / "2024" / "jan" / "a1.txt", data, gz)
    assert read(path, tmp_path) == [
        Article("2024/jan/a1", text, expected_date, source=path.as_posix(), encoding=encoding)
    ]


def test_io_doc_id_of_single_file_input_is_its_stem(tmp_path):
    path = write(tmp_path / "deep" / "x.txt", TEXT)
    assert read(path)[0].doc_id == "x"


def test_io_record_id_is_kept_exactly_as_given(tmp_path):
    lines = [{"id": "007", "text": TEXT}, {"id": 42, "text": TEXT}, {"id": " a b ", "text": TEXT}]
    path = write(tmp_path / "ids.jsonl", "\n".join(json.dumps(x) for x in lines))
    assert [a.doc_id for a in read(path, tmp_path)] == ["007", "42", " a b "]
    path = write(tmp_path / "ids.csv", "id,text\n007,a\n0042,b\n")
    assert [a.doc_id for a in read(path, tmp_path)] == ["007", "0042"]


def test_io_csv_multiline_cell_gives_line_of_row_start(tmp_path):
    path = write(tmp_path / "m.csv", 'text\n"one\ntwo\nthree"\nfour\n')
    assert [(a.doc_id, a.text) for a in read(path, tmp_path)] == [
        ("m:2", "one\ntwo\nthree"),
        ("m:5", "four"),
    ]


# (case id, file name, content, expected (doc_id, source suffix, error, message part) rows)
BAD = [
    ("binary", "bin.txt", bytes(range(256)) * 4, [("bin", "", "InputError", "binary file")]),
    (
        "nul-bytes",
        "nul.txt",
        TEXT.encode() + b"\x00\x00" + TEXT.encode(),
        [("nul", "", "InputError", "NUL bytes")],
    ),
    (
        "nul-bytes-jsonl",
        "nul.jsonl",
        b'{"text": "a"}\n\x00\x01\x02',
        [(None, "", "InputError", "NUL bytes")],
    ),
    ("empty-txt", "empty.txt", b"", [("empty", "", "InputError", "empty article")]),
    ("blank-txt", "blank.txt", b" \n\n\t", [("blank", "", "InputError", "empty article")]),
    ("header-only", "hdr.txt", b"date 2024-01-03\n", [("hdr", "", "InputError", "empty article")]),
    ("empty-jsonl", "empty.jsonl", b"", [(None, "", "InputError", "empty file")]),
    (
        "csv-no-text-column",
        "t.csv",
        "id,body\n1,Текст\n".encode(),
        [(None, "", "InputError", "no 'text' column (has: id, body)")],
    ),
    ("csv-empty-text", "e.csv", b"id,text\nx,\n", [("x", ":2", "InputError", "empty article")]),
    ("csv-ragged-row", "r.csv", b"id,text\nx,a,b\n", [("r:2", ":2", "InputError", "row has 3")]),
    ("json-not-object", "n.json", b"[1]", [("n:1", ":1", "InputError", "not a JSON object")]),
    ("jsonl-missing-text", "m.jsonl", b'{"id": "z"}', [("z", ":1", "InputError", "missing text")]),
    (
        "broken-gzip",
        "g.txt.gz",
        b"\x1f\x8b\x08\x00garbage",
        [("g", "", "InputError", "broken gzip file")],
    ),
    (
        "unsupported-format",
        "x.docx",
        b"PK\x03\x04",
        [(None, "", "UnsupportedFile", "unsupported file type .docx: x.docx")],
    ),
]


@pytest.mark.parametrize(("name", "data", "expected"), [b[1:] for b in BAD],
                         ids=[b[0] for b in BAD])  # fmt: skip
def test_io_bad_input_is_a_problem_naming_file_and_line(tmp_path, name, data, expected):
    path = write(tmp_path / name, data)
    items = [item for item in read(path, tmp_path) if isinstance(item, Problem)]
    got = [(p.doc_id, p.source, p.stage, p.error) for p in items]
    assert got == [(d, path.as_posix() + s, "read", e) for d, s, e, _ in expected]
    for problem, (*_, message) in zip(items, expected, strict=True):
        assert message in problem.message


def test_io_broken_jsonl_line_among_good_ones(tmp_path):
    good = json.dumps({"text": TEXT}, ensure_ascii=False)
    path = write(tmp_path / "mix.jsonl", f'{good}\n{{"text": "обрыв\n\n{good}\n')
    items = read(path, tmp_path)
    assert [type(i).__name__ for i in items] == ["Article", "Problem", "Article"]
    assert items[1] == Problem(
        "mix:2", f"{path.as_posix()}:2", "read", "JSONDecodeError",
        "invalid JSON: Invalid control character (column 16)",
    )  # fmt: skip
    assert [i.doc_id for i in items] == ["mix:1", "mix:2", "mix:4"]


def test_io_cp1251_jsonl_line_is_decoded(tmp_path):
    line = json.dumps({"text": TEXT}, ensure_ascii=False).encode("cp1251")
    assert read(write(tmp_path / "c.jsonl", line), tmp_path)[0].text == TEXT


def test_io_iter_files_skips_hidden_unknown_and_output(tmp_path):
    for name in ("a.txt", "b.jsonl.gz", "c.doc", ".hidden.txt", ".state/x.json", "out/t.csv",
                 "sub/d.csv"):  # fmt: skip
        write(tmp_path / name, "x")
    files = [p.relative_to(tmp_path).as_posix() for p in io.iter_files(tmp_path, tmp_path / "out")]
    assert files == ["a.txt", "b.jsonl.gz", "sub/d.csv"]


NASTY = 'Он сказал: "Нет, 12,5%"\nи ушёл;\r\tконец, "" ""'


def test_io_table_writer_csv_round_trips_commas_quotes_newlines(tmp_path):
    rows = {
        "sentences": [
            {"doc_id": "d,1", "sent_id": 0, "start": 0, "stop": len(NASTY), "text": NASTY},
            {"doc_id": '"q"', "sent_id": 1, "start": 5, "stop": 6, "text": ""},
        ],
        "facts": [{"doc_id": "d,1", "sent_id": 0, "start": 17, "stop": 22, "text": "12,5%",
                   "kind": "percent", "value": 12.5, "qualifier": "exact", "unit": "%"}],
    }  # fmt: skip
    with io.TableWriter(tmp_path, "csv") as writer:
        writer.write({"sentences": rows["sentences"][:1], "facts": rows["facts"]})
        writer.write({"sentences": rows["sentences"][1:]})
        writer.commit()
    df = io.read_table(tmp_path / "sentences.csv")
    assert list(df.columns) == tables.SENTENCE_COLUMNS
    assert df["text"].fillna("").tolist() == [NASTY, ""]
    assert df["doc_id"].tolist() == ["d,1", '"q"']
    facts = pd.read_csv(tmp_path / "facts.csv")
    assert facts.loc[0, "text"] == "12,5%" and facts.loc[0, "value"] == 12.5
    assert (tmp_path / "errors.csv").read_text() == ",".join(tables.ERROR_COLUMNS) + "\n"
    assert not list(tmp_path.glob(".*tmp*"))


def test_io_table_writer_equals_write_tables(tmp_path):
    rows = {"sentences": [{"doc_id": "1", "sent_id": n, "start": n, "stop": n + 1,
                           "text": f"т,{n}\n"} for n in range(5)]}  # fmt: skip
    with io.TableWriter(tmp_path / "a") as writer:
        for row in rows["sentences"]:
            writer.write({"sentences": [row]})
        writer.commit()
    io.write_tables(tables.frames(rows), tmp_path / "b")
    for name in tables.TABLES:
        assert (tmp_path / "a" / f"{name}.csv").read_bytes() == (
            tmp_path / "b" / f"{name}.csv"
        ).read_bytes()


def test_io_table_writer_parquet_keeps_dtypes(tmp_path):
    row = {"doc_id": "1", "sent_id": 0, "start": 0, "stop": 3, "text": "a,b"}
    with io.TableWriter(tmp_path, "parquet") as writer:
        writer.write({"sentences": [row, {**row, "sent_id": None}]})
        writer.commit()
    df = pd.read_parquet(tmp_path / "sentences.parquet")
    assert df["sent_id"].tolist()[0] == 0 and pd.isna(df["sent_id"].tolist()[1])
    assert pd.read_parquet(tmp_path / "facts.parquet").columns.tolist() == tables.FACT_COLUMNS


def test_io_table_writer_abort_keeps_old_tables(tmp_path):
    (tmp_path / "documents.csv").write_text("old\n")
    with io.TableWriter(tmp_path) as writer:
        writer.write({"documents": [tables.document_row("x")]})
    assert (tmp_path / "documents.csv").read_text() == "old\n"
    assert not list(tmp_path.glob(".*tmp*"))


# ---------------------------------------------------------------------------- issue 14: dates

DATE_CASES = [
    ("iso", "2024-01-03", date(2024, 1, 3)),
    ("iso-time-zone", "2024-01-03T23:30:00-05:00", date(2024, 1, 3)),  # the day as written
    ("iso-z", "2024-01-03T10:00:00Z", date(2024, 1, 3)),
    ("iso-space-time", "2024-01-03 10:00", date(2024, 1, 3)),
    ("dotted", "01.03.2024", date(2024, 3, 1)),  # day first
    ("dotted-time", "01.03.2024 14:30", date(2024, 3, 1)),
    ("slashed", "1/3/2024", date(2024, 3, 1)),
    ("russian-genitive", "3 января 2024", date(2024, 1, 3)),
    ("russian-year-word", "3 мая 2024 года", date(2024, 5, 3)),
    ("russian-abbreviated", "28 сент. 2023 г.", date(2023, 9, 28)),
    ("russian-weekday-time", "среда, 3 января 2024, 10:15", date(2024, 1, 3)),
    ("rfc2822", "Wed, 03 Jan 2024 10:00:00 +0300", date(2024, 1, 3)),
    ("epoch-text", "1704268800", date(2024, 1, 3)),
    ("epoch-number", 1704268800, date(2024, 1, 3)),
    ("missing", "", None),
    ("none", None, None),
]
DATE_MUST_NOT_PARSE = [
    ("impossible-month", "2024-13-45"),
    ("impossible-day", "31.02.2024"),
    ("relative", "вчера вечером"),
    ("no-year", "3 января"),
    ("not-a-month", "3 мартовского 2024"),
    ("short-number", "12345"),  # not epoch seconds (nine or ten digits)
    ("two-digit-year", "01.03.24"),
]


@pytest.mark.parametrize(("value", "expected"), [c[1:] for c in DATE_CASES],
                         ids=[c[0] for c in DATE_CASES])  # fmt: skip
def test_io_parse_date_reads_every_documented_form(value, expected):
    assert io.parse_date(value) == expected


@pytest.mark.parametrize("value", [c[1] for c in DATE_MUST_NOT_PARSE],
                         ids=[c[0] for c in DATE_MUST_NOT_PARSE])  # fmt: skip
def test_io_parse_date_rejects_what_fits_no_form_and_says_which_forms(value):
    with pytest.raises(io.InputError, match=f"invalid date '{value}': expected YYYY-MM-DD"):
        io.parse_date(value)


def test_io_unreadable_date_keeps_the_article_with_a_date_error(tmp_path):
    path = write(tmp_path / "d.jsonl", '{"text": "a", "date": "3 января"}\n')
    (article,) = read(path, tmp_path)
    assert (article.text, article.date) == ("a", None)
    assert article.date_error.startswith("invalid date '3 января'")


def test_io_default_date_and_date_field(tmp_path):
    lines = [{"id": "a", "text": "x", "published": "01.03.2024"}, {"id": "b", "text": "y"},
             {"id": "c", "text": "z", "published": "??"}]  # fmt: skip
    path = write(tmp_path / "f.jsonl", "\n".join(json.dumps(r) for r in lines))
    options = io.ReadOptions(date=date(2020, 1, 1), date_field="published")
    got = [(a.doc_id, a.date, a.date_error is not None) for a in io.read_file(path, None, options)]
    # a record without a date takes the default; an unreadable one does not
    assert got == [("a", date(2024, 3, 1), False), ("b", date(2020, 1, 1), False),
                   ("c", None, True)]  # fmt: skip
    txt = write(tmp_path / "t.txt", "Текст без даты.")
    assert next(io.read_file(txt, None, options)).date == date(2020, 1, 1)


# ---------------------------------------------------------------------------- CSV dialects

SEPARATOR_CASES = [
    ("comma", "f.csv", ",", None),
    ("semicolon-excel", "f.csv", ";", None),
    ("tab", "f.csv", "\t", None),
    ("tsv", "f.tsv", "\t", None),
    ("forced-pipe", "f.csv", "|", "|"),
]


@pytest.mark.parametrize(("name", "sep", "forced"), [c[1:] for c in SEPARATOR_CASES],
                         ids=[c[0] for c in SEPARATOR_CASES])  # fmt: skip
def test_io_csv_separator_is_sniffed_or_forced(tmp_path, name, sep, forced):
    # a text with every separator in it, quoted
    text = 'Рост на 1,5%; "спад"\tв регионах | по данным Росстата.'
    quoted = '"' + text.replace('"', '""') + '"'
    content = f"id{sep}date{sep}text\nr1{sep}01.03.2024{sep}{quoted}\n"
    path = write(tmp_path / name, content.encode("cp1251"))
    (article,) = io.read_file(path, tmp_path, io.ReadOptions(csv_sep=forced))
    assert (article.doc_id, article.date, article.text) == ("r1", date(2024, 3, 1), text)
    assert article.encoding == "cp1251"


def test_io_csv_without_text_column_under_any_separator_names_the_columns(tmp_path):
    path = write(tmp_path / "x.csv", "id;body\n1;Текст\n")
    (problem,) = read(path, tmp_path)
    assert "no 'text' column (has: id, body); separator ';'" in problem.message


# ---------------------------------------------------------------------------- encodings, ids


@pytest.mark.parametrize("encoding", ["utf-8", "cp1251", "koi8-r", "cp866", "utf-16"])
def test_io_jsonl_in_any_supported_encoding(tmp_path, encoding):
    content = "\n".join(json.dumps({"id": f"n{i}", "text": t}, ensure_ascii=False)
                        for i, t in enumerate([TEXT, TEXT2]))  # fmt: skip
    path = write(tmp_path / "f.jsonl", content.encode(encoding))
    items = read(path, tmp_path)
    assert [(a.doc_id, a.text, a.encoding) for a in items] == [
        ("n0", TEXT, encoding), ("n1", TEXT2.replace("\r", ""), encoding)
    ]  # fmt: skip


def test_io_duplicate_ids_in_a_file_get_a_stable_suffix(tmp_path):
    lines = [{"id": "a", "text": "1"}, {"id": "a", "text": "2"}, {"id": "a~2", "text": "3"},
             {"id": "a", "text": "4"}]  # fmt: skip
    path = write(tmp_path / "d.jsonl", "\n".join(json.dumps(r) for r in lines))
    got = [(a.doc_id, a.text, a.duplicate_of) for a in read(path, tmp_path)]
    # "a~2" as given comes after the renamed second "a": it is a duplicate too
    assert got == [("a", "1", None), ("a~2", "2", "a"), ("a~2~2", "3", "a~2"),
                   ("a~3", "4", "a")]  # fmt: skip
    assert read(path, tmp_path) == read(path, tmp_path)  # stable


def test_io_unsupported_files_are_listed_and_reported(tmp_path):
    for name in ("a.txt", "b.docx", "c.pdf", "d.html", "e.tsv", ".hidden.doc", "sub/f"):
        write(tmp_path / name, "x")
    names = [p.relative_to(tmp_path).as_posix() for p in io.unsupported_files([tmp_path])]
    assert names == ["b.docx", "c.pdf", "d.html", "sub/f"]
    problems = [
        p for p in io.read_inputs([tmp_path])
        if isinstance(p, Problem) and p.error == "UnsupportedFile"
    ]  # fmt: skip
    assert [(Path(p.source).name, p.error) for p in problems] == [
        ("b.docx", "UnsupportedFile"), ("c.pdf", "UnsupportedFile"),
        ("d.html", "UnsupportedFile"), ("f", "UnsupportedFile"),
    ]  # fmt: skip
    assert "a file without a suffix" in problems[-1].message


# ---------------------------------------------------------------------------- typed tables

TYPED_ROWS = {
    "documents": [
        {"doc_id": "007", "source": "a.txt", "date": "2024-01-03", "title": "NA", "url": None,
         "n_chars": 12, "n_sentences": 1, "n_tokens": 3, "status": "ok", "error": None,
         "date_error": None, "encoding": "koi8-r", "text": "Строка 1\nстрока 2"},
        {"doc_id": "008", "source": "b.txt", "date": None, "title": "", "url": None,
         "n_chars": None, "n_sentences": 0, "n_tokens": None, "status": "error",
         "error": "read: empty", "date_error": "invalid date 'x'", "encoding": None,
         "text": None},
    ],
    "countries": [{"doc_id": "007", "key": "NA", "name": "Намибия", "n_mentions": 2}],
    "dates": [
        {"doc_id": "007", "sent_id": 0, "start": 0, "stop": 8, "text": "в XVII веке",
         "value_start": "1601-01-01", "value_end": "1700-12-31", "granularity": "century",
         "relative": False},
        {"doc_id": "007", "sent_id": 0, "start": 9, "stop": 15, "text": "вчера",
         "value_start": None, "value_end": None, "granularity": "day", "relative": True},
    ],
    "facts": [
        {"doc_id": "007", "sent_id": 0, "start": 1, "stop": 5, "text": "5%", "kind": "percent",
         "value": 5.0, "value_max": None, "qualifier": "exact", "unit": "%", "subject": None,
         "period_start": "2023-01-01", "period_end": None},
    ],
}  # fmt: skip
EXPECTED_DTYPES = {
    "documents": {"doc_id": "string", "date": "date32[day][pyarrow]", "n_chars": "Int64",
                  "n_sentences": "Int64", "text": "string", "encoding": "string"},
    "countries": {"key": "string", "n_mentions": "Int64"},
    "dates": {"sent_id": "Int64", "value_start": "date32[day][pyarrow]", "relative": "boolean"},
    "facts": {"value": "Float64", "value_max": "Float64", "period_start": "date32[day][pyarrow]"},
}  # fmt: skip


def _plain(value):
    return None if value is pd.NA or value is None or value != value else value


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_io_read_tables_gives_typed_values_back(tmp_path, fmt):
    with io.TableWriter(tmp_path, fmt) as writer:
        writer.write(TYPED_ROWS)
        writer.commit()
    frames = io.read_tables(tmp_path)
    assert list(frames) == list(tables.TABLES)
    for name, dtypes in EXPECTED_DTYPES.items():
        for column, dtype in dtypes.items():
            assert str(frames[name][column].dtype) == dtype, (name, column)
    for name in tables.TABLES:  # every column of every table has its pinned dtype
        for column in tables.TABLES[name]:
            assert str(frames[name][column].dtype) == str(tables.dtype(column)), (name, column)
    for name, rows in TYPED_ROWS.items():  # value by value
        df = frames[name]
        for n, row in enumerate(rows):
            for column, value in row.items():
                got = _plain(df[column].iloc[n])
                if column in tables.CALENDAR_COLUMNS and value is not None:
                    value = date.fromisoformat(value)
                if value == "":  # in CSV an empty cell is missing
                    value = None if fmt == "csv" else ""
                assert got == value, (name, n, column, got, value)
                if isinstance(value, str | date | float):
                    assert isinstance(got, type(value)), (name, n, column, got, value)
    assert frames["countries"].loc[0, "key"] == "NA"  # Namibia is no NaN
    assert frames["documents"].loc[0, "text"] == "Строка 1\nстрока 2"
    path = tmp_path / f"countries.{fmt}"
    assert io.read_table(path).equals(frames["countries"])
    assert io.read_table(tmp_path, "dates").equals(frames["dates"])
    with pytest.raises(KeyError, match="no table bogus"):
        io.read_tables(tmp_path, ["bogus"])


def test_io_commit_replaces_the_whole_set_and_abort_keeps_it(tmp_path):
    def commit(text: str, fmt: str = "csv") -> None:
        rows = {"documents": [{"doc_id": text, "status": "ok"}],
                "errors": [{"doc_id": text, "message": text}]}  # fmt: skip
        with io.TableWriter(tmp_path, fmt) as writer:
            writer.write(rows)
            writer.commit()

    commit("old")
    with io.TableWriter(tmp_path) as writer:
        writer.write({"documents": [{"doc_id": "new", "status": "ok"}]})
        # not committed: readers see the old set
        assert list(io.read_tables(tmp_path)["documents"]["doc_id"]) == ["old"]
    assert list(io.read_tables(tmp_path)["documents"]["doc_id"]) == ["old"]
    commit("new")
    frames = io.read_tables(tmp_path)
    assert [list(df["doc_id"]) for df in (frames["documents"], frames["errors"])] == [
        ["new"],
        ["new"],
    ]
    assert len(list((tmp_path / io.SETS_DIR).iterdir())) == 1  # the old set is gone
    commit("pq", "parquet")  # another format: the old CSV tables go
    assert not list(tmp_path.glob("*.csv"))
    assert list(io.read_tables(tmp_path)["documents"]["doc_id"]) == ["pq"]
    manifest = io.read_manifest(tmp_path)
    assert manifest["format"] == "parquet" and manifest["rows"]["documents"] == 1


def _commit_kill():
    from tests.conftest import load_script

    return load_script("benchmarks/commit_kill.py")


def test_io_commit_kill_checker_sees_a_mixed_set(tmp_path):
    commit_kill = _commit_kill()
    io.write_tables(tables.frames(commit_kill.rows_of(1)), tmp_path)
    assert commit_kill.whole_set(tmp_path, 1) == 1
    io.write_table(tables.frames(commit_kill.rows_of(2))["tokens"], tmp_path / "tokens.csv")
    with pytest.raises(AssertionError, match="a mix of sets"):
        commit_kill.whole_set(tmp_path, 1)


def test_io_kill_9_during_commit_at_10_random_moments_leaves_a_whole_set():
    results = _commit_kill().main(kills=10, seed=14, max_wait=1)
    assert len(results) == 10
    assert any(result["in_commit"] for result in results)  # some kills landed mid-commit

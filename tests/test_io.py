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
        Article(ids[0][0], TEXT, date(2024, 1, 3), "Переговоры", None, path.as_posix() + ids[0][1]),
        Article(ids[1][0], TEXT2, date(2023, 12, 31), None, "https://example.org/2",
                path.as_posix() + ids[1][1]),
    ]  # fmt: skip


TXT_CASES = [
    ("utf8-header", f"date 2024-01-03\n{TEXT}".encode(), date(2024, 1, 3), TEXT),
    ("utf8-header-space", f"date 2024-01-03 {TEXT}".encode(), date(2024, 1, 3), TEXT),
    ("utf8-no-header", TEXT.encode(), None, TEXT),
    ("utf8-bom", b"\xef\xbb\xbf" + TEXT.encode(), None, TEXT),
    ("cp1251-header", f"date 2024-01-03\n{TEXT}".encode("cp1251"), date(2024, 1, 3), TEXT),
    ("cp1251-no-header", TEXT2.encode("cp1251"), None, TEXT2),
    ("utf16-bom", TEXT.encode("utf-16"), None, TEXT),
    (
        "mixed-line-endings",
        b"date 2024-01-03\r\nA.\r\nB.\rC.\nD.",
        date(2024, 1, 3),
        "A.\nB.\nC.\nD.",
    ),
    ("html-kept-as-text", b"<p>\xd0\x9c\xd0\xb8\xd1\x80</p>", None, "<p>Мир</p>"),
]


@pytest.mark.parametrize("gz", [False, True], ids=["plain", "gz"])
@pytest.mark.parametrize(("data", "expected_date", "text"), [c[1:] for c in TXT_CASES],
                         ids=[c[0] for c in TXT_CASES])  # fmt: skip
def test_io_reads_txt_with_encoding_and_header(tmp_path, data, expected_date, text, gz):
    path = write(tmp_path / "2024" / "jan" / "a1.txt", data, gz)
    assert read(path, tmp_path) == [
        Article("2024/jan/a1", text, expected_date, source=path.as_posix())
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
        "impossible-date",
        "bad-date.txt",
        f"date 2024-13-45\n{TEXT}".encode(),
        [("bad-date", "", "InputError", "invalid date '2024-13-45'")],
    ),
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
        "jsonl-bad-date",
        "d.jsonl",
        '{"text": "a", "date": "3 января"}'.encode(),
        [("d:1", ":1", "InputError", "invalid date")],
    ),
    (
        "broken-gzip",
        "g.txt.gz",
        b"\x1f\x8b\x08\x00garbage",
        [("g", "", "InputError", "broken gzip file")],
    ),
    ("unknown-format", "x.doc", b"abc", [(None, "", "InputError", "unknown input format")]),
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


def test_io_part_round_trip(tmp_path):
    rows = {name: [] for name in tables.TABLES}
    rows["dates"] = [{"doc_id": "d", "sent_id": None, "start": 0, "stop": 4, "text": "2023",
                      "value_start": "2023-01-01", "value_end": "2023-12-31",
                      "granularity": "year", "relative": False, "part": None}]  # fmt: skip
    rows["facts"] = [{column: None for column in tables.FACT_COLUMNS} | {"value": 0.1 + 0.2}]
    assert io.read_part(io.write_part(rows, tmp_path / "p.json")) == rows

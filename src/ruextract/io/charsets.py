"""Text encodings of input files: UTF-8 (with or without BOM), UTF-16 with a BOM, else the
single-byte Cyrillic encoding charset-normalizer finds likeliest (Windows-1251, KOI8-R, cp866).
"""

from __future__ import annotations

import codecs

from ruextract.io.errors import InputError

# single-byte Cyrillic encodings a file that is not UTF-8 may be in (charset-normalizer picks)
LEGACY_ENCODINGS = ("cp1251", "koi8_r", "cp866")
ENCODING_NAMES = {"cp1251": "cp1251", "koi8_r": "koi8-r", "cp866": "cp866"}


def normalize_newlines(text: str) -> str:
    """``\\r\\n`` and a lone ``\\r`` become ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _is_utf8(data: bytes, final: bool = True) -> bool:
    """Whether ``data`` is UTF-8 (with ``final`` false, a character cut at the end is fine)."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(data, final=final)
    except UnicodeDecodeError:
        return False
    return True


def detect_encoding(data: bytes, final: bool = True) -> str:
    """The encoding of text bytes: ``utf-8`` (with or without BOM), ``utf-16`` (with a BOM),
    else the single-byte Cyrillic encoding charset-normalizer finds likeliest (``cp1251``,
    ``koi8-r`` or ``cp866``). ``final`` false: ``data`` is the head of a longer file.

    Raises :class:`InputError` for binary data (NUL bytes, or no encoding fits).
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if b"\x00" in data:
        raise InputError("binary file (NUL bytes), not text")
    if _is_utf8(data, final):
        return "utf-8"
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is None or best.encoding not in ENCODING_NAMES:
        raise InputError("binary file: not text in UTF-8, cp1251, KOI8-R or cp866")
    text = data.decode(best.encoding, errors="replace")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    if text and controls / len(text) > 0.01:
        raise InputError("binary file: control characters, not text")
    return ENCODING_NAMES[best.encoding]


def decode_text(data: bytes) -> tuple[str, str]:
    """Text of a whole file's bytes and its encoding (see :func:`detect_encoding`); line
    endings normalised to ``\\n``."""
    encoding = detect_encoding(data)
    try:
        text = data.decode("utf-8-sig" if encoding == "utf-8" else encoding)
    except UnicodeDecodeError:
        raise InputError(f"binary file: broken {encoding} text") from None
    return normalize_newlines(text), encoding


def decode(data: bytes) -> str:
    """Text of a file's bytes (see :func:`decode_text`)."""
    return decode_text(data)[0]


def decode_line(data: bytes, encoding: str = "utf-8") -> tuple[str, str]:
    """One line of a ``.jsonl`` or ``.csv`` file in the file's ``encoding``, else in the
    encoding detected for the line itself; returns the text and the encoding used."""
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError:
        pass
    try:
        found = detect_encoding(data)
    except InputError:
        found = "cp1251"
    return data.decode(found, errors="replace"), found

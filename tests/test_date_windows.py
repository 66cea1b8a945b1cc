"""The date grammar's windows: triggers matched on lower-cased text (a run of digits one
trigger) give the windows of the case-insensitive triggers, one per digit."""

from __future__ import annotations

import pytest

from ruextract.dates import matching
from ruextract.dates.matching import TRIGGER, candidate_windows

CASES = {
    "month-and-year": ("Саммит прошёл 12 МАРТА 2024 года в Москве.", [(0, 42)]),
    "roman-century-upper": ("Собор построен в XIX веке, сообщил гид.", [(0, 39)]),
    "roman-century-lower": ("Собор построен в xix веке, сообщил гид.", [(0, 39)]),
    "digits-far-apart": ("В 1999 году " + "слово " * 12 + "и в 2005.", [(0, 41), (54, 93)]),
    "weekday-capitalised": ("Во Вторник состоится встреча.", [(0, 29)]),
    # "İ" lowers to two characters: the triggers run on the text as written
    "length-changing-letter": ("İstanbul, 5 мая.", [(0, 16)]),
    "no-trigger": ("Правоохранительные органы обнаружили винтовки.", []),
}


@pytest.mark.parametrize(("text", "expected"), CASES.values(), ids=CASES.keys())
def test_date_windows_lowered_triggers(text, expected, monkeypatch):
    assert candidate_windows(text) == expected
    monkeypatch.setattr(matching, "TRIGGER_LOWER", TRIGGER)  # as before: one match per digit
    assert candidate_windows(text) == expected

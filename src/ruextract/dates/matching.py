"""Matching: the date grammar run over windows of a text around trigger words."""

from __future__ import annotations

import re

from ruextract.grammars import dates as grammar

# words that any date expression contains at least one of: the parser only runs on windows
# around them (running a big yargy grammar over every token is slow)
TRIGGER = re.compile(
    r"\d|\b[IVXХ]+\b|январ|феврал|март|апрел|\bма[йяюе]|июн|июл|август|сентябр|октябр|ноябр"
    r"|декабр|понедельник|вторник|\bсред[уаые]|четверг|пятниц|суббот|воскрес|\bгод|\bгг?\b"
    r"|\bлет\b|месяц|недел|\bдн[еяию]|\bдень|\bсут|сегодня|вчера|завтра|зим[аоуы]|весн|\bлет[оа]"
    r"|осен|квартал|полугод|половин|\bвек|столет|десятилет|накануне|ежегод|ежеднев|ежемесяч"
    r"|еженедел|врем[яе]|сезон|прошлогод|полвека|десят|тридцат|сорок|пятьдесят|шестьдесят"
    r"|семьдесят|восемьдесят|девяност|дневн|месячн|годичн|летн|выходн|\bчас[аов]|полгод",
    re.IGNORECASE,
)
# the same words for lower-cased text (a case-insensitive regex is about three times slower);
# a run of digits is one trigger: its windows would merge anyway
TRIGGER_LOWER = re.compile(
    TRIGGER.pattern.replace(r"\d|", r"\d+|", 1).replace(r"\b[IVXХ]+\b", r"\b[ivxх]+\b")
)
WINDOW_BEFORE = 30
WINDOW_AFTER = 30


def candidate_windows(text: str) -> list[tuple[int, int]]:
    """Merged character windows around trigger words, snapped to white space."""
    windows: list[list[int]] = []
    lowered = text.lower()
    # lower-casing keeps offsets for all but a few letters ("İ"): else the slower regex
    if len(lowered) == len(text):
        triggers = TRIGGER_LOWER.finditer(lowered)
    else:
        triggers = TRIGGER.finditer(text)
    for found in triggers:
        start = max(0, found.start() - WINDOW_BEFORE)
        stop = min(len(text), found.end() + WINDOW_AFTER)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], stop)
        else:
            windows.append([start, stop])
    snapped = []
    for start, stop in windows:
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        while stop < len(text) and not text[stop].isspace():
            stop += 1
        snapped.append((start, stop))
    return snapped


def grammar_matches(text: str) -> list[tuple[int, int, object]]:
    """(start, stop, fact) of every match of the date grammar in ``text``."""
    found = []
    last_stop = 0
    for window_start, window_stop in candidate_windows(text):
        window_start = max(window_start, last_stop)
        for match in grammar.parser().findall(text[window_start:window_stop]):
            start = window_start + match.span.start
            stop = window_start + match.span.stop
            found.append((start, stop, match.fact))
            last_stop = max(last_stop, stop)
    return found

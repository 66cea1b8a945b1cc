"""Where the grammars look: windows of text around the triggers of a number (digits, signs,
multipliers, number words), never across a line break."""

from __future__ import annotations

import re
from collections.abc import Iterator

# yargy parses only windows of text around these triggers (it is slow on whole articles)
TRIGGER = re.compile(
    r"\d|[%$€£¥₽₸₴]|\b(?:процент\w*|тыс|млн|млрд|трлн|тысяч\w*|миллион\w*|миллиард\w*|"
    r"триллион\w*|полтор\w*|полу?(?:тысяч|миллион|миллиард)\w*|четверт(?:ь|и|ью)|трет(?:ь|и|ью)|половин\w*|нескольк\w*|"
    r"сотн\w*|сотен|доллар\w*|евро|рубл\w*|"
    # small counts in words: "два истребителя", "семь мандатов", "троих претендентов"
    r"(?P<word>один|одн(?:а|о|у|ой|ого|ому|ом|им|ою)|дв[аеу]х?|двум|двумя|двое|двоих|тр[иеё]х?|тр[её]м|тремя|трое|троих|четыр\w*|"
    r"пят(?:ь|и|ью)|шест(?:ь|и|ью)|сем[ьи]|восемь|восьми|восемью|девят(?:ь|и|ью)|"
    r"десят(?:ь|и|ью)|четверо|четверых|пятеро|пятерых|шестеро|шестерых|семеро|семерых|"
    # teens, tens and hundreds in any case: "одиннадцати принцев", "двести стран"
    r"(?:одинн|двен|трин|пятн|шестн|семн|восемн|девятн)адцат(?:ь|и|ью)|"
    r"(?:двадцат|тридцат)(?:ь|и|ью)|сорок[а]?|(?:пят|шест|сем|восем)ьдесят|"
    r"(?:пяти|шести|семи|восьми)десят(?:и|ью)|девяност[оа]|сто|ста|двест[и]|трист[а]|"
    r"(?:пят|шест|сем|восем|девят)ьсот|(?:дв[уе]х|тр[её]х|пяти|шести|семи|восьми|девяти)сот\w*|"
    # hundreds in the dative, instrumental, locative: "в трёхстах метрах", "двумстам"
    r"(?:дв(?:ум|умя|ух)|тр(?:[её]м|емя|[её]х)|четыр(?:[её]м|ьмя|[её]х)|пяти|шести|семи|"
    r"восьми|девяти|пятью|шестью|семью|восемью|девятью)ст(?:ам|ами|ах)"
    r"))\b",
    re.IGNORECASE,
)


# how far a window reaches around a trigger: a qualifier and a range before, a unit after
WINDOW_BEFORE, WINDOW_AFTER = 60, 60
# a count in words has its qualifier just before ("по крайней мере, пять") and its noun (and
# adjectives) just after
WORD_WINDOW_BEFORE, WORD_WINDOW_AFTER = 18, 40


def windows(text: str) -> Iterator[tuple[int, str]]:
    """Stretches of ``text`` around possible numbers, with their offsets.

    Each reaches ``WINDOW_BEFORE``/``WINDOW_AFTER`` characters around a trigger, cut at white
    space and never across a line break; overlapping windows merge.
    """
    spans: list[list[int]] = []
    for match in TRIGGER.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_stop = text.find("\n", match.end())
        line_stop = len(text) if line_stop < 0 else line_stop
        before, after = (
            (WORD_WINDOW_BEFORE, WORD_WINDOW_AFTER)
            if match.group("word")
            else (WINDOW_BEFORE, WINDOW_AFTER)
        )
        start = max(line_start, match.start() - before)
        stop = min(line_stop, match.end() + after)
        while start > line_start and not text[start - 1].isspace():
            start -= 1
        while stop < line_stop and not text[stop].isspace():
            stop += 1
        if spans and start <= spans[-1][1] and line_start <= spans[-1][0]:
            spans[-1][1] = max(spans[-1][1], stop)
        else:
            spans.append([start, stop])
    for start, stop in spans:
        yield start, text[start:stop]

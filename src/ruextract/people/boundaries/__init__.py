"""Boundaries of person mentions beyond slovnet's PER spans.

Each step is a function over the Doc and token ranges ``(start, end)`` of PER candidates:

- a PER span is cut at line breaks and brackets ("Дэвид Эберсман (David Ebersman)" is two
  mentions), and a sentence-initial word that is plainly no name ("Вчера Токаев") is dropped;
- adjacent pieces of one name are joined ("Радия" + "Хабирова"; LOC "Касым-Жомартом" + PER
  "Токаевым" when the first word reads as a first name);
- a surname seen as PER elsewhere in the article is PER wherever else it appears, with a first
  name or initials before it ("Касым-Жомарт Токаев дал интервью" at the very start); so is a
  person's first name and patronymic ("Ивана Денисовича Шухова" … «Один день Ивана Денисовича»),
  and such a surname after an abbreviation that slovnet took into an organisation ("ведущего
  КВН Маслякова": the organisation is "КВН");
- a lone sentence-initial dictionary word with no name reading is not a person ("Отметим");
- titles and age adjectives are not part of the name ("Император Акихито", "Семидесятилетний
  Караджич"), a relative after a genitive surname is a second person ("Януковича Людмила"),
  initials glued to a surname belong to it ("Б.Обама"), and a first name before a surname that
  pymorphy3 reads as such is a name slovnet missed; so is the person after "имени"/"им.".

The parts: :mod:`.cuts` (spans cut at lines, brackets, between two people; openings trimmed),
:mod:`.joins` (pieces of one name joined), :mod:`.discovery` (names slovnet missed, from
morphology), :mod:`.evidence` (names the article gives evidence for elsewhere) and
:mod:`.filters` (spans that are no name). The component in :mod:`ruextract.people` runs them
in order.
"""

from __future__ import annotations

from ruextract.people.boundaries.cuts import (
    cut_at_lines,
    known_pairs,
    relative_cut,
    split_person,
    surname_gender,
    trim_openings,
)
from ruextract.people.boundaries.discovery import (
    discover,
    eponyms,
    name_adjectives,
    named_places,
    original_script,
    post_noun,
    quoted_first_names,
    speaker_surname,
    titled_names,
)
from ruextract.people.boundaries.evidence import (
    article_first_names,
    article_surnames,
    east_asian_run,
    first_name_mentions,
    owner_of_body,
    patronymic_pairs,
    propagate,
)
from ruextract.people.boundaries.filters import (
    glued_letters,
    implausible,
    plural_subject,
    thing_adjective,
)
from ruextract.people.boundaries.joins import (
    extend,
    join_adjacent,
    one_name,
    quoted_nicknames,
)

__all__ = [
    "article_first_names",
    "article_surnames",
    "cut_at_lines",
    "discover",
    "east_asian_run",
    "eponyms",
    "extend",
    "first_name_mentions",
    "glued_letters",
    "implausible",
    "join_adjacent",
    "known_pairs",
    "name_adjectives",
    "named_places",
    "one_name",
    "original_script",
    "owner_of_body",
    "patronymic_pairs",
    "plural_subject",
    "post_noun",
    "propagate",
    "quoted_first_names",
    "quoted_nicknames",
    "relative_cut",
    "speaker_surname",
    "split_person",
    "surname_gender",
    "thing_adjective",
    "titled_names",
    "trim_openings",
]

"""Linking the mentions of one person within an article, and the person's record.

Full names with one surname and compatible first names are one person, a lone surname goes to
the nearest earlier person with that surname (and the same gender: the gender of a verb that
agrees with it first, then the gender its form shows or a case form of the person's surname it
may be), a lone first name to the one person who has it; names joined by "и" / "или" are never
one person; the person's ``key`` and ``name`` are its fullest name (of equally full names, the
one most mentions read as).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Doc, Span

from ruextract import views
from ruextract.morph import restore_case
from ruextract.names import (
    GENDERS,
    NameParts,
    adjective_nominative,
    dictionary_name_tags,
    first_name_gender,
    is_initial,
    is_nickname,
    known_word,
    normal_name,
    readings,
    singular_surname,
)
from ruextract.people.words import (
    CLOSE_QUOTES,
    OPEN_QUOTES,
    agreement_context,
    name_adjective_base,
    name_words,
    title_gender,
)
from ruextract.records import Person


@dataclass
class PersonCluster:
    """The mentions of one person while linking."""

    last: str | None = None
    first: str | None = None
    middle: str | None = None
    name: str = ""
    name_size: tuple[bool, int, int, int] = (False, 0, 0, 0)
    gender: str | None = None
    titled: bool = False  # named first with a title that shows the gender ("миссис Обама")
    epithets: set[str] = field(default_factory=set)  # stems of "-младший", "-старший", …
    mentions: list[int] = field(default_factory=list)
    # each name a mention was read as: (has a surname, full parts, length) and how many times
    sizes: dict[str, tuple[bool, int, int]] = field(default_factory=dict)
    seen: dict[str, int] = field(default_factory=dict)

    def take(self, parts: NameParts, index: int) -> None:
        """Add a mention, keeping the fullest name and filling missing parts.

        Of names with as many parts, the one most mentions were read as wins, then the longest:
        a misprint ("с Владимиром Путины") does not name a person the article calls "Владимир
        Путин" several times."""
        self.mentions.append(index)
        parts = natural_order(parts)
        tail = epithet(parts.last)[1]
        if tail:
            self.epithets.add(stem(tail) or tail)
        if parts.first and not is_initial(parts.first):
            self.gender = self.gender or parts.gender
        self.last = self.last or parts.last
        self.first = (
            self.first
            if self.first and not is_initial(self.first) and not pet_form(self.first, parts.first)
            else (parts.first or self.first)
        )
        self.middle = (
            self.middle
            if self.middle and not is_initial(self.middle)
            else (parts.middle or self.middle)
        )
        self.sizes[parts.normal] = (
            parts.last is not None,
            sum(
                p is not None and not is_initial(p) for p in (parts.last, parts.first, parts.middle)
            ),
            len(parts.normal),
        )
        self.seen[parts.normal] = self.seen.get(parts.normal, 0) + 1
        ranked = {
            name: (has_last, n_parts, self.seen[name], length)
            for name, (has_last, n_parts, length) in self.sizes.items()
        }
        best = max(ranked, key=lambda name: ranked[name])
        self.name, self.name_size = best, ranked[best]


def natural_order(parts: NameParts) -> NameParts:
    """A Russian full name written surname first, as in lists and documents ("Грызлова Бориса
    Вячеславовича" -> "Грызлов Борис Вячеславович"), in the guideline's natural order "Борис
    Вячеславович Грызлов"; with a first name and patronymic written out in full, or as two
    initials, as written ("Шестов И В" -> "И В Шестов", "Путин В.В." -> "В.В. Путин"). A first
    name alone after a surname may open the name ("Грызлов Борис" stays), and one initial
    after a name is a surname's ("Нуреддин Х.") or a regnal numeral ("Харальд V.")."""
    if not (parts.last and parts.first) or " " in parts.last:
        return parts
    written = [w for w in (parts.first, parts.middle) if w]
    if parts.normal.split() != [parts.last, *written]:
        return parts
    if all(map(is_initial, written)):
        # a first name's and a patronymic's: one letter after a name is a surname's
        # ("Нуреддин Х.", "Гидеон Ю") or a regnal numeral ("Харальд V.", "Кигели V")
        if sum(ch.isalpha() for w in written for ch in w) != 2:
            return parts
    elif parts.middle is None or is_initial(parts.first) or is_initial(parts.middle):
        return parts
    return replace(parts, normal=" ".join([*written, parts.last]))


@lru_cache(maxsize=8192)
def fold(word: str | None) -> str | None:
    """Comparison form of a name part: lower case, е for ё."""
    return word.lower().replace("ё", "е") if word else None


CASE_ENDINGS = tuple(
    sorted(
        "ого ому ыми ими ой ая ий ый ым им ом ем ою ею ы и е у ю а я ь".split(),
        key=len,
        reverse=True,
    )
)


@lru_cache(maxsize=8192)
def epithet(word: str | None) -> tuple[str | None, str | None]:
    """A surname and the epithet hyphenated to it, a lower-case dictionary adjective
    ("Буш-младший" -> ("Буш", "младший"), "Лукашенко-старшего" -> ("Лукашенко", "старшего"));
    a double surname is no epithet ("Римский-Корсаков", "Петров-Водкин")."""
    if not word or "-" not in word:
        return word, None
    head, _, tail = word.rpartition("-")
    if head and tail[:1].islower() and adjective_nominative(tail, "masc", "sing") is not None:
        return head, tail
    return word, None


@lru_cache(maxsize=8192)
def stem(word: str | None) -> str | None:
    """A surname without its case ending (and epithet), to match forms the inflector got wrong.

    "Мандела", "Манделе", "Мандел" -> "мандел"; "Токаева", "Токаевым" -> "токаев";
    "Лукашенко-старшего" -> "лукашенко".
    """
    folded = fold(epithet(word)[0])
    if not folded:
        return folded
    for ending in CASE_ENDINGS:
        if folded.endswith(ending) and len(folded) - len(ending) >= 2:
            return folded[: -len(ending)]
    return folded


def unquoted(part: str | None) -> str | None:
    """A nickname without its quotes ("«Бадди»" -> "Бадди"); None for any other part."""
    return part[1:-1] if part and is_nickname(part) else None


def same_surname(a: str | None, b: str | None) -> bool:
    """Equal surnames, or equal up to a case ending or an epithet; two epithets that differ
    are two people ("Буш-старший", "Буш-младший")."""
    if not (a and b):
        return False
    if fold(a) == fold(b):
        return True
    ea, eb = epithet(a)[1], epithet(b)[1]
    if ea and eb and stem(ea) != stem(eb):
        return False
    return stem(a) == stem(b)


def compatible(a: str | None, b: str | None) -> bool:
    """Two first names (or patronymics) that may be one: equal, or one an initial of the other."""
    if not a or not b:
        return True
    fa, fb = fold(a), fold(b)
    if is_initial(a) or is_initial(b):
        return fa[0] == fb[0]
    return fa == fb or soft_variant(fa, fb) or case_form_of(a, b) or case_form_of(b, a)


def pet_form(short: str | None, full: str | None) -> bool:
    """``short`` is a pet form of the first name ``full`` ("Юля" of "Юлия", "Оля" of "Ольга",
    "Ира" of "Ирина", "Юра" of "Юрий"): both dictionary first names of one gender, ``short``
    no longer than ``full`` and ending in "а" / "я" (not a full name's "-ия") after a stem of
    two or three letters that begins ``full``. A longer stem is another full name ("Мария" /
    "Марианна", "Юлия" / "Юлиана"); names of two
    genders ("Кира" / "Кирилл") or two full names that share only a first letter ("Саша"
    / "Сергей") are never one."""
    fs, ff = fold(short), fold(full)
    if not fs or not ff or fs == ff or len(fs) > len(ff) or fs[-1] not in "ая":
        return False
    if fs.endswith("ия"):
        return False  # a full name's ending: "Юлия" is not "Юлиана"
    if not 2 <= len(fs) - 1 <= 3 or not ff.startswith(fs[:-1]):
        return False
    if "Name" not in dictionary_name_tags(short) or "Name" not in dictionary_name_tags(full):
        return False  # an initial ("Юл.") is no dictionary first name either
    gender = first_name_gender(short)
    return gender is not None and gender == first_name_gender(full)


def same_first(a: str | None, b: str | None) -> bool:
    """Two first names of one person: :func:`compatible`, or one a pet form of the other
    ("Юля Липницкая" is "Юлия Липницкая")."""
    return compatible(a, b) or pet_form(a, b) or pet_form(b, a)


def soft_variant(a: str | None, b: str | None) -> bool:
    """Two spellings of one foreign name that differ by a final soft sign: the inflector reads
    "Сабриэлем" as "Сабриэль", the article writes "Сабриэл" (folded forms)."""
    return bool(a and b) and a != b and a.rstrip("ь") == b.rstrip("ь") and len(a.rstrip("ь")) > 2


def case_form_of(form: str, first: str) -> bool:
    """``form`` is only an oblique case of the first name ``first`` by pymorphy3's dictionary
    ("Фолькера" of "Фолькер"), not by a guess; a form that is itself a first name's
    nominative ("Александра") is not."""
    found = readings(form, "first").items()
    if any(case == "Nom" and confidence >= 1.0 for (case, _, _), (_, confidence) in found):
        return False
    return any(
        confidence >= 1.0 and fold(nominative) == fold(first)
        for (_, _, _), (nominative, confidence) in found
    )


VOWEL_LETTERS = frozenset("аеёиоуыэюяй")
# surnames whose "-а" makes the woman's form, not a case: "Петров" / "Петрова"
RUSSIAN_POSSESSIVE = re.compile(r"(?:ов|ев|ёв|ин|ын)$")
# endings a man's consonant-final first name and surname take together in an oblique case
MASCULINE_ENDINGS = ("а", "у", "ом", "е")


def declined_together(base: NameParts | PersonCluster, parts: NameParts) -> bool:
    """``parts`` is the full name ``base`` with one masculine case ending added to both its
    first name and its surname ("Арлена Спектера" of "Арлен Спектер", "Эдом Гонзалесом" of
    "Эд Гонзалес"): the text shows the paradigm, so the first name is no woman's nominative
    ("Арлена") and the two are one man. Only the same ending on both words counts ("Алена
    Рене": "Рене" takes none)."""
    if not (base.first and base.last and parts.first and parts.last) or parts.middle:
        return False
    first, last = fold(parts.first), fold(parts.last)
    base_first, base_last = fold(base.first), fold(base.last)
    if is_initial(base_first) or base_first[-1] in VOWEL_LETTERS or base_last[-1] in VOWEL_LETTERS:
        return False
    if RUSSIAN_POSSESSIVE.search(base_last):
        return False  # "Алена Петрова" is a woman, Ален Петров's namesake: "-а" is her gender
    return any(
        first == base_first + ending and last == base_last + ending for ending in MASCULINE_ENDINGS
    )


def restate_nominative(cluster: PersonCluster, parts: NameParts) -> None:
    """The cluster was named by an oblique form of ``parts`` (see :func:`declined_together`):
    it takes the nominative instead, which counts the oblique form's mentions."""
    count = cluster.seen.pop(cluster.name, 0)
    cluster.sizes.pop(cluster.name, None)
    cluster.first, cluster.last, cluster.gender = parts.first, parts.last, parts.gender or "masc"
    cluster.seen[parts.normal] = cluster.seen.get(parts.normal, 0) + count


def gendered_pair(a: str | None, b: str | None) -> bool:
    """Two forms of one Russian surname that differ by gender ("Ефимов", "Ефимова";
    "Вишневский", "Вишневская")."""
    fa, fb = fold(a), fold(b)
    if not fa or not fb or fa == fb:
        return False
    for masc, femn in (("", "а"), ("ий", "ая"), ("ой", "ая")):
        for x, y in ((fa, fb), (fb, fa)):
            if x.endswith(masc) and y.endswith(femn) and x[: len(x) - len(masc)] == y[: -len(femn)]:
                return True
    return False


class ClusterIndex:
    """The clusters by the keys the linking rules compare: folded first name, surname stem and
    folded name. A rule that needs one of these equal looks only at the clusters under that
    key (in cluster order) instead of at every cluster: linking stays linear in the mentions.

    A cluster is filed again under its new keys after each mention it takes; its old keys stay
    (parts are only filled in), so a lookup gives a superset that the rule itself then checks.
    """

    def __init__(self) -> None:
        self.clusters: dict[tuple[str, str | None], set[int]] = {}

    def add(self, c: int, cluster: PersonCluster) -> None:
        """File cluster number ``c`` under its current keys."""
        for key in (
            ("first", fold(cluster.first)),
            ("stem", stem(cluster.last)),
            ("name", fold(cluster.name)),
        ):
            self.clusters.setdefault(key, set()).add(c)

    def find(self, *keys: tuple[str, str | None]) -> list[int]:
        """Cluster numbers filed under any of ``keys``, in order."""
        found: set[int] = set()
        for key in keys:
            found.update(self.clusters.get(key, ()))
        return sorted(found)


def reads_as(written: str, last: str | None, gender: str | None) -> bool:
    """A one-word mention as written may be a case form of the surname ``last`` in ``gender``:
    "Солженицына", read as a woman's nominative, is also Солженицын's genitive."""
    if not last or not gender or " " in written:
        return False
    return any(
        g == gender and n == "sing" and fold(nominative) == fold(last)
        for (_, g, n), (nominative, _) in readings(written, "last").items()
    )


def coordinated(spans: list[Span]) -> set[tuple[int, int]]:
    """Pairs of mentions joined by "и" / "или", which name two people ("Михаил Агранович и
    Михаил Хасая"): such mentions are never linked."""
    found = set()
    for i in range(1, len(spans)):
        between = views.text(spans[i].doc)[spans[i - 1].end_char : spans[i].start_char]
        if between.strip() in ("и", "или"):
            found.add((i - 1, i))
    return found


def short_form_of(word: str, clusters: list[PersonCluster]) -> list[int]:
    """The one person named in full whose first name begins with ``word``, a dictionary first
    name of four letters or more used alone: its short form ("Влад" of "Владислав Челах",
    "Макс" of "Максим"); none when two people's first names begin so."""
    folded = fold(word) or ""
    if len(folded) < 3 or "Name" not in dictionary_name_tags(word):
        return []
    found = [
        c
        for c, cluster in enumerate(clusters)
        if cluster.first
        and cluster.last
        and not is_initial(cluster.first)
        and fold(cluster.first) != folded
        and (
            (len(folded) >= 4 and (fold(cluster.first) or "").startswith(folded))
            or pet_form(word, cluster.first)
        )
    ]
    return found if len(found) == 1 else []


def one_slip(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one letter replaced or two adjacent letters swapped."""
    if len(a) != len(b) or a == b:
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    if len(diff) == 1:
        return True
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and a[diff[0]] == b[diff[1]]
        and (a[diff[1]] == b[diff[0]])
    )


def misspelt_surname(written: str, last: str, clusters: list[PersonCluster]) -> list[int]:
    """The one person named in full whose surname a lone surname misspells: a word no
    dictionary holds whose stem (seven letters or more) differs from that surname's by one
    letter or two swapped ("Капричков" of "Борис Карпичков", "Старджесс" of "Дон Стерджесс");
    none when two people's surnames are that close, or the word is in the dictionary (two
    real surnames), or the stem is shorter ("Петрив" is no misprint of "Петров")."""
    if " " in written or known_word(written):
        return []
    mine = stem(last) or ""
    if len(mine) < 7:
        return []
    found = [
        c
        for c, cluster in enumerate(clusters)
        if cluster.first and cluster.last and one_slip(mine, stem(cluster.last) or "")
    ]
    return found if len(found) == 1 else []


def salient(candidates: list[int], clusters: list[PersonCluster], i: int, word: str) -> list[int]:
    """Of several people a lone name ``word`` (mention ``i``) may be, the one the article has
    named most so far ("по отношению к Андреа" after many "Андреа Рокелли" and one "Андреа
    Занончелли"); of as many, the one with it as surname, as news name people ("Майкл" after
    "Джордж Майкл" and "Майкл Липпман"); else none (a new person)."""
    before = {c: sum(m < i for m in clusters[c].mentions) for c in candidates}
    most = max(before.values())
    leaders = [c for c in candidates if before[c] == most]
    if len(leaders) > 1:
        leaders = [c for c in leaders if fold(clusters[c].last) == fold(word)]
    return leaders if len(leaders) == 1 else []


def last_named(cluster: PersonCluster, names: list[NameParts], parts: NameParts, i: int) -> int:
    """The person's last mention before mention ``i``; for a lone surname, the last that
    carries that surname ("Лукашенко" after "А.Лукашенко" and then "сын … Виктор" is the
    father, named with the surname last)."""
    before = [m for m in cluster.mentions if m < i]
    if parts.first is None and parts.last is not None:
        before = [m for m in before if same_surname(names[m].last, parts.last)] or before
    return max(before)


def link_people(
    names: list[NameParts],
    raw: list[str] | None = None,
    aliases: dict[int, int] | None = None,
    apart: set[tuple[int, int]] | None = None,
    agrees: list[str | None] | None = None,
    titled: list[str | None] | None = None,
) -> tuple[list[int], list[PersonCluster]]:
    """Person index of each mention: full names first, then lone surnames and first names.

    ``raw`` holds the mentions as written, if known: a lone surname written exactly as a
    person's surname, or that reads as a case form of it in the person's gender, links to that
    person whatever gender it was read in. ``aliases`` maps a mention to an earlier one it
    restates ("Анджело Роттоли (Angelo Rottoli)"): it joins that person and adds nothing to its
    name. ``apart`` holds pairs of mentions that are two people (see :func:`coordinated`).
    ``agrees`` holds the gender of a verb that agrees with each mention, if any: a lone surname
    that a masculine verb follows is the man of that surname ("Малашенко женился").
    ``titled`` holds the gender a title before a mention shows (see
    :func:`~ruextract.people.words.title_gender`): a lone surname so titled is never a person
    of the other gender ("миссис Обама" is not Барак Обама), a new person if need be.

    Mentions with one surname and compatible first names are one person; a lone surname goes
    to the nearest earlier person with that surname (or the first such person); a lone first
    name goes to the one person with that first name, if just one has it.
    """
    aliases = aliases or {}
    apart = {pair for a, b in apart or () for pair in ((a, b), (b, a))}
    clusters: list[PersonCluster] = []
    index = ClusterIndex()
    owner: list[int] = [-1] * len(names)

    def allowed(c: int, i: int) -> bool:
        return not any((i, j) in apart for j in clusters[c].mentions)

    for i, parts in enumerate(names):
        if parts.last is None or parts.first is None or i in aliases:
            continue
        # a rule below holds only for a cluster of the same first name or surname stem
        for c in index.find(("first", fold(parts.first)), ("stem", stem(parts.last))):
            if not allowed(c, i):
                continue
            cluster = clusters[c]
            shorter = (  # "Мейв Кеннеди" of "Мейв Кеннеди Таунсенд-Маккин"
                fold(cluster.first) == fold(parts.first)
                and not is_initial(parts.first)
                and (
                    fold(parts.last) == fold(cluster.middle)
                    or fold(cluster.last) == fold(parts.middle)
                )
            )
            # "Бадди Макгирт" of "Джеймс «Бадди» Макгирт": the nickname as a first name
            nickname = same_surname(cluster.last, parts.last) and (
                fold(unquoted(cluster.middle)) == fold(parts.first)
                or fold(unquoted(parts.middle)) == fold(cluster.first)
            )
            if declined_together(parts, cluster):  # "Арлена Спектера", then "Арлен Спектер"
                restate_nominative(cluster, parts)
            elif declined_together(cluster, parts):
                # the oblique form adds no name of its own: counted as the person's name
                parts = NameParts(
                    normal=cluster.name, last=cluster.last, first=cluster.first,
                    middle=cluster.middle, gender=cluster.gender or "masc",
                )  # fmt: skip
            if (
                shorter
                or nickname
                or fold(parts.normal) == fold(cluster.name)
                or (
                    same_surname(cluster.last, parts.last)
                    and same_first(cluster.first, parts.first)
                    and compatible(cluster.middle, parts.middle)
                )
            ):
                cluster.take(parts, i)
                index.add(c, cluster)
                owner[i] = c
                break
        else:
            clusters.append(PersonCluster())
            clusters[-1].take(parts, i)
            index.add(len(clusters) - 1, clusters[-1])
            owner[i] = len(clusters) - 1
    for i, parts in enumerate(names):
        if owner[i] >= 0 or i in aliases:
            continue
        by_name = index.find(("name", fold(parts.normal)))
        candidates = [c for c in by_name if fold(clusters[c].name) == fold(parts.normal)]
        if not (titled and titled[i]):
            candidates = [c for c in candidates if not clusters[c].titled]
        if candidates:
            pass
        elif parts.last is not None:
            # equal folded surnames have equal stems
            by_stem = index.find(("stem", stem(parts.last)))
            candidates = [c for c in by_stem if fold(clusters[c].last) == fold(parts.last)]
            if not candidates:
                candidates = [c for c in by_stem if same_surname(clusters[c].last, parts.last)]
            if not candidates and parts.first is None:
                # a lone word may be a first name ("Барак") or a first name read as a surname
                by_first = index.find(("first", fold(parts.last)))
                candidates = [c for c in by_first if fold(clusters[c].first) == fold(parts.last)]
                if len(candidates) > 1:
                    candidates = salient(candidates, clusters, i, parts.last)
        elif parts.first is not None:
            candidates = [
                c
                for c in index.find(("first", fold(parts.first)), ("stem", stem(parts.first)))
                if fold(clusters[c].first) == fold(parts.first)
                or fold(clusters[c].last) == fold(parts.first)
            ]
            if len(candidates) > 1:
                candidates = salient(candidates, clusters, i, parts.first)
        word = parts.first if parts.last is None else parts.last
        if not candidates and word and (parts.first is None or parts.last is None):
            candidates = short_form_of(word, clusters)
        if not candidates and parts.first is None and parts.last and raw is not None:
            candidates = misspelt_surname(raw[i], parts.last, clusters)
        candidates = [c for c in candidates if allowed(c, i)]
        if agrees and agrees[i] and parts.first is None:
            candidates = [c for c in candidates if clusters[c].gender == agrees[i]] or candidates
        if titled and titled[i] and parts.first is None:
            candidates = [c for c in candidates if clusters[c].gender in (None, titled[i])]
        elif parts.first is None:
            # a lone surname with no title is the person the article names fully, not the
            # one it calls "миссис Обама"
            candidates = [c for c in candidates if not clusters[c].titled] or candidates
        if parts.gender and parts.first is None and candidates:
            # a person of the mention's gender first; else one whose surname does not show
            # the other gender: "Ефимов" is not "Юлия Ефимова" (unless written exactly as her
            # surname), but "Гарсию", read as a woman's, is still "Алан Гарсия"
            same = [
                c
                for c in candidates
                if clusters[c].gender in (None, parts.gender)
                or (raw is not None and fold(raw[i]) == fold(clusters[c].last))
            ] or [
                c
                for c in candidates
                if raw is not None and reads_as(raw[i], clusters[c].last, clusters[c].gender)
            ]
            candidates = same or [
                c for c in candidates if not gendered_pair(parts.last, clusters[c].last)
            ]
        tail = epithet(parts.last)[1]
        if tail and candidates:
            # "Лукашенко-старшего" after "Лукашенко-младший" (the son) is the other one
            tail = stem(tail) or tail
            candidates = [c for c in candidates if tail in clusters[c].epithets] or [
                c for c in candidates if not clusters[c].epithets
            ]
        if candidates:
            earlier = [c for c in candidates if min(clusters[c].mentions) < i]
            chosen = (
                max(earlier, key=lambda c: last_named(clusters[c], names, parts, i))
                if earlier
                else candidates[0]
            )
            clusters[chosen].take(parts, i)
            index.add(chosen, clusters[chosen])
            owner[i] = chosen
        else:
            clusters.append(PersonCluster())
            clusters[-1].take(parts, i)
            if titled and titled[i] and parts.first is None:
                clusters[-1].gender, clusters[-1].titled = titled[i], True
            index.add(len(clusters) - 1, clusters[-1])
            owner[i] = len(clusters) - 1
    for i, j in sorted(aliases.items()):
        owner[i] = owner[j]
        cluster, parts = clusters[owner[i]], names[i]
        one_word = cluster.last is None or cluster.first is None
        if one_word and parts.first and parts.last and not parts.plural and cyrillic(parts.normal):
            # a stage name restated by the personal name: "Матильдой (Еленой Мозговой)" is
            # Елена Мозговая, "Басте (Василий Вакуленко)" Василий Вакуленко (the guideline's
            # name of a person with a pseudonym); a name in another script only restates it
            cluster.take(parts, i)
        else:
            cluster.mentions.append(i)
    return owner, clusters


def cyrillic(text: str) -> bool:
    """``text`` is written in Cyrillic letters (the article's script for names)."""
    return bool(re.search("[а-яёА-ЯЁ]", text)) and not re.search("[A-Za-z]", text)


def share_plural_surname(spans: list[Span], names: list[NameParts]) -> None:
    """ "Аркадий и Борис Ротенберги" are two people: each first name gets the surname in the
    singular, in its own gender (``names`` is changed in place)."""
    for i in range(1, len(spans)):
        parts, prev, last_word = names[i], names[i - 1], spans[i][-1]
        if parts.first is None or parts.last is None or prev.last is not None or not prev.first:
            continue
        between = views.text(spans[i].doc)[spans[i - 1].end_char : spans[i].start_char]
        if between.strip() not in ("и", ",") or last_word.morph.get("Number") != ["Plur"]:
            continue
        case = (last_word.morph.get("Case") or ["Nom"])[0]
        reading = readings(last_word.text, "last").get((case, "masc", "plur"))
        if reading is None:
            continue
        plural = restore_case(last_word.text, reading[0])
        for j in (i - 1, i):
            first = names[j].first or ""
            gender = first_name_gender(first) or "masc"
            last = singular_surname(plural, gender)
            names[j] = NameParts(f"{first} {last}", last=last, first=first, gender=gender)


# what introduces another name of the person just named: "Шон Картер, известный как Джей
# Зи", "Фрэнка Кали по прозвищу Фрэнки Бой", "выступает под именем ДЖЕЙ-ЗИ"
ALIAS_INTRO = re.compile(
    r"[,(]?\s*(?:(?:более |также |широко )?известн(?:ый|ая|ого|ой|ому|ым|ом) как|"
    r"по прозвищу|по кличке|под (?:именем|псевдонимом|прозвищем)|он же|она же)\s*[(«\"]?\s*",
    re.IGNORECASE,
)


def alias_form(text: str) -> str:
    """An alias compared folded, without hyphens and spaces: "Jay Z", "Jay-Z" and "JAY-Z" are
    one name written three ways."""
    return re.sub(r"[\s\-‐–]+", "", fold(text) or "")


def restatements(spans: list[Span]) -> dict[int, int]:
    """Mentions that restate the mention before them: in brackets, in another script or form
    ("Анджело Роттоли (Angelo Rottoli)" -> {1: 0}), or as a name introduced as another name of
    that person ("Фрэнка Кали по прозвищу Фрэнки Бой"). Later mentions written as such an
    alias (up to case, hyphens and spaces: "Jay-Z" of "Jay Z") restate the same person."""
    found: dict[int, int] = {}
    for i in range(1, len(spans)):
        doc, span, prev = spans[i].doc, spans[i], spans[i - 1]
        before = [t.text for t in doc[prev.end : span.start] if not t.is_space]
        between = views.text(doc)[prev.end_char : span.start_char]
        if before[:1] and before[0] in CLOSE_QUOTES and quoted(prev):
            before = before[1:]  # «Гордон» (Gordon)
        if before == ["("] or ALIAS_INTRO.fullmatch(between):
            found[i] = found.get(i - 1, i - 1)
        elif i - 1 in found and before in ([","], [";"]):
            # the next spelling in the same brackets: "Михаилс Савикис (Савицкис, Савискис)"
            since = views.text(doc)[spans[found[i - 1]].end_char : span.start_char]
            if since.lstrip(' \xa0»"”').startswith("(") and ")" not in since:
                found[i] = found[i - 1]
    written: dict[str, int] = {}
    for i, root in found.items():
        written.setdefault(alias_form(spans[i].text), root)  # the first restatement holds
    for k, span in enumerate(spans):
        root = written.get(alias_form(span.text))
        if k in found or root is None or root == k or root in found:
            continue
        # a mention others restate that is written as this person's alias: they are one
        # ("Джей Зи (Jay Z)" … "ДЖЕЙ-ЗИ (JAY-Z)")
        for i, other in found.items():
            if other == k:
                found[i] = root
        found[k] = root
    return found


def quoted(span: Span) -> bool:
    """A mention written in quotes ("с позывным «Гордон»")."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.text in OPEN_QUOTES


def annotate(doc: Doc) -> None:
    """Set ``_.normal``, ``_.key`` and ``_.person`` on the final PER spans."""
    spans = [e for e in doc.ents if e.label_ == "PER"]
    names = []
    contexts = [agreement_context(span) for span in spans]
    for span, context in zip(spans, contexts, strict=True):
        base = name_adjective_base(span.text) if len(span) == 1 else None
        if base is not None and span[0].pos_ == "ADJ":
            names.append(NameParts(base, last=base))  # "Нобелевской" -> Нобель
            continue
        words, seps = name_words(span)
        names.append(normal_name(words, seps, context))
    share_plural_surname(spans, names)
    family = [
        i
        for i, (span, parts) in enumerate(zip(spans, names, strict=True))
        if parts.plural and parts.first is None and span[-1].morph.get("Number") == ["Plur"]
    ]
    if family:
        # a family named by a plural surname is no person ("отравление Скрипалей")
        dropped = {spans[i] for i in family}
        doc.ents = [ent for ent in doc.ents if ent not in dropped]
        spans = [span for i, span in enumerate(spans) if i not in family]
        names = [parts for i, parts in enumerate(names) if i not in family]
        contexts = [agreement_context(span) for span in spans]  # the ents have changed
    agrees = [GENDERS.get(context.get("Gender", "")) for context in contexts]
    owner, clusters = link_people(
        names,
        [span.text for span in spans],
        restatements(spans),
        coordinated(spans),
        agrees,
        [title_gender(span) for span in spans],
    )
    for c, cluster in enumerate(clusters):
        mentions = [i for i, o in enumerate(owner) if o == c]
        settle_surname(cluster, [spans[i] for i in mentions], [names[i] for i in mentions])
        settle_first(
            cluster,
            [names[i] for i in mentions],
            {fold(t.text) for i in mentions for t in spans[i]},
        )
        for i in mentions:
            names[i] = with_last(names[i], cluster.last)
    keys: dict[int, str] = {}
    seen: set[str] = set()
    for c, cluster in enumerate(clusters):
        key = cluster.name or f"person {c + 1}"
        if key in seen:
            key = f"{key} ({c + 1})"
        seen.add(key)
        keys[c] = key
    records = {
        c: Person(
            key=keys[c],
            name=cluster.name,
            last=cluster.last,
            first=cluster.first,
            middle=cluster.middle,
        )
        for c, cluster in enumerate(clusters)
    }
    for span, parts, c in zip(spans, names, owner, strict=True):
        span._.normal = parts.normal or span.text
        span._.key = keys[c]
        span._.person = records[c]


ADJECTIVAL_SURNAME = re.compile(r"(?:ск|цк)(?:ий|ая)$")


def settle_surname(cluster: PersonCluster, spans: list[Span], names: list[NameParts]) -> None:
    """Pick the person's surname among the forms its mentions were inflected to.

    The inflector guesses on surnames it does not know ("Мандела" read as the genitive of
    "Мандел"); a nominative candidate that the article itself spells out wins, if it has the
    person's gender.
    """
    candidates = {parts.last for parts in names if parts.last and not parts.plural}
    if len(candidates) < 2 or cluster.last is None:
        return
    written = {
        fold(token.text) for span in spans for token in span if token.morph.get("Case") == ["Nom"]
    }
    attested = [
        c
        for c in candidates
        if fold(c) in written
        and bool(epithet(c)[1]) == bool(epithet(cluster.last)[1])  # "Буш-младший" stays
        and same_surname(c, cluster.last)
        # a surname of the other gender is a case form misread: "Марш Голунова" does not
        # make Иван Голунов a woman
        and not shows_other_gender(c, cluster.gender)
        # a "-ский" / "-ская" surname read from its adjectival case form is no guess: a form
        # without that ending is a misprint ("Божене Рынской" … "Рынска")
        and not (
            ADJECTIVAL_SURNAME.search(fold(cluster.last)) and not ADJECTIVAL_SURNAME.search(fold(c))
        )
    ]
    if attested and fold(cluster.last) not in {fold(a) for a in attested}:
        best = max(attested, key=lambda c: sum(fold(p.last) == fold(c) for p in names))
        cluster.name = replace_last_word(cluster.name, cluster.last, best)
        cluster.last = best


def settle_first(
    cluster: PersonCluster, names: list[NameParts], written: set[str] | None = None
) -> None:
    """A first name left in an oblique case when another mention of the person gives its
    nominative ("Фолькера Буфье" … "Фолькер Буфье") takes that nominative; so does a first name
    the inflector spelt with a soft sign the article does not write ("Сабриэлем" read as
    "Сабриэль" … "Сабриэл Матиас"). ``written`` holds the mentions' words as written (folded)."""
    first = cluster.first
    if not first or is_initial(first):
        return
    written = written or set()
    better = next(
        (
            p.first
            for p in names
            if p.first
            and fold(p.first) != fold(first)
            and (
                case_form_of(first, p.first)
                or (
                    soft_variant(fold(first), fold(p.first))
                    and fold(p.first) in written
                    and fold(first) not in written
                )
            )
        ),
        None,
    )
    if better:
        words = cluster.name.split(" ")
        cluster.name = " ".join(better if w == first else w for w in words)
        cluster.first = better


def replace_last_word(name: str, old: str | None, new: str | None) -> str:
    """``name`` with the surname ``old`` spelt as ``new``."""
    if not old or not new or old == new:
        return name
    words = name.split(" ")
    return " ".join(new if w == old else w for w in words)


def with_last(parts: NameParts, last: str | None) -> NameParts:
    """A mention's parts with the person's settled surname, where only the ending differs."""
    if not last or not parts.last or parts.last == last or parts.plural:
        return parts
    if stem(parts.last) != stem(last) or epithet(parts.last)[1] != epithet(last)[1]:
        return parts  # another surname, or an epithet that names which one ("Буш-младший")
    if parts.gender and parts.gender != gender_of_last(last):
        return parts  # "Ефимов" is not "Ефимова" misspelt: the gender differs
    return NameParts(
        normal=replace_last_word(parts.normal, parts.last, last),
        last=last,
        first=parts.first,
        middle=parts.middle,
        gender=parts.gender,
        plural=parts.plural,
    )


def shows_other_gender(last: str, gender: str | None) -> bool:
    """A Russian surname whose ending shows the gender other than ``gender``: "Голунова" of a
    man, "Голунов" or "Вишневский" of a woman ("Вайнер", "Собчак" show none)."""
    if gender == "masc":
        return gender_of_last(last) == "femn"
    if gender == "femn":
        return bool(re.search(r"(?:ов|ев|ёв|ин|ын|ий|ый)$", fold(last) or ""))
    return False


def gender_of_last(last: str) -> str:
    """The gender a Russian surname's nominative shows ("Ефимова", "Яровая" are feminine)."""
    return (
        "femn" if fold(last).endswith(("ова", "ева", "ёва", "ина", "ына", "ая", "ская")) else "masc"
    )

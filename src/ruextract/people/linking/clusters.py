"""The persons of an article: mentions gathered into clusters, full names first, then lone
surnames and first names (:func:`link_people`), with the rules that pick a cluster for a mention.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ruextract.names import (
    NameParts,
    dictionary_name_tags,
    is_initial,
    known_word,
    readings,
)
from ruextract.people.linking.forms import (
    compatible,
    cyrillic,
    declined_together,
    doubled_alike,
    epithet,
    fold,
    gendered_pair,
    listed_pet_form,
    natural_order,
    one_edit,
    one_slip,
    pet_form,
    reads_as,
    same_first,
    same_surname,
    stem,
    unquoted,
)


@dataclass
class PersonCluster:
    """The mentions of one person while linking."""

    last: str | None = None
    first: str | None = None
    middle: str | None = None
    name: str = ""
    name_size: tuple[bool, int, bool, int, int] = (False, 0, False, 0, 0)
    gender: str | None = None
    titled: bool = False  # named first with a title that shows the gender ("миссис Обама")
    epithets: set[str] = field(default_factory=set)  # stems of "-младший", "-старший", …
    n_epithets: int = 0  # mentions written with an epithet
    mentions: list[int] = field(default_factory=list)
    # each name a mention was read as: (has a surname, full parts, has an epithet, length) and
    # how many times
    sizes: dict[str, tuple[bool, int, bool, int]] = field(default_factory=dict)
    seen: dict[str, int] = field(default_factory=dict)
    # stems of the surname as its mentions spell it, misprints included ("царнаев", "цорнаев"):
    # a lone surname so spelt is this person's
    spellings: set[str] = field(default_factory=set)

    def take(self, parts: NameParts, index: int) -> None:
        """Add a mention, keeping the fullest name and filling missing parts.

        Of names with as many parts, one with an epithet wins when two or more mentions carry
        the epithet ("Джон-Хинкли-младший" … "Хинкли-младший" name Джон Хинкли-младший, as the
        guideline keeps epithets; "Лукашенко-младший" has fewer parts than "Виктор Лукашенко";
        one "сын Хулио Иглесиас-младший" among the father's mentions does not rename him), then
        the one most mentions were read as, then the longest: a misprint ("с Владимиром
        Путины") does not name a person the article calls "Владимир Путин" several times."""
        self.mentions.append(index)
        parts = natural_order(parts)
        tail = epithet(parts.last)[1]
        if tail:
            self.epithets.add(stem(tail) or tail)
            self.n_epithets += 1
        if parts.first and not is_initial(parts.first):
            self.gender = self.gender or parts.gender
        self.last = self.last or parts.last
        if parts.last:
            self.spellings.add(stem(parts.last) or "")
        self.first = (
            self.first
            if self.first
            and not is_initial(self.first)
            and not pet_form(self.first, parts.first)
            and not listed_pet_form(self.first, parts.first)
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
            tail is not None,
            len(parts.normal),
        )
        self.seen[parts.normal] = self.seen.get(parts.normal, 0) + 1
        ranked = {
            name: (has_last, n_parts, has_epithet and self.n_epithets > 1, self.seen[name], length)
            for name, (has_last, n_parts, has_epithet, length) in self.sizes.items()
        }
        best = max(ranked, key=lambda name: ranked[name])
        self.name, self.name_size = best, ranked[best]


def restate_nominative(cluster: PersonCluster, parts: NameParts) -> None:
    """The cluster was named by an oblique form of ``parts`` (see :func:`declined_together`):
    it takes the nominative instead, which counts the oblique form's mentions."""
    count = cluster.seen.pop(cluster.name, 0)
    cluster.sizes.pop(cluster.name, None)
    cluster.first, cluster.last, cluster.gender = parts.first, parts.last, parts.gender or "masc"
    cluster.seen[parts.normal] = cluster.seen.get(parts.normal, 0) + count


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
            *(("stem", spelt) for spelt in cluster.spellings),
        ):
            self.clusters.setdefault(key, set()).add(c)

    def find(self, *keys: tuple[str, str | None]) -> list[int]:
        """Cluster numbers filed under any of ``keys``, in order."""
        found: set[int] = set()
        for key in keys:
            found.update(self.clusters.get(key, ()))
        return sorted(found)


def short_form_of(
    word: str,
    clusters: list[PersonCluster],
    near: Callable[[PersonCluster], bool] | None = None,
) -> list[int]:
    """The one person named in full whose first name begins with ``word``, a dictionary first
    name of four letters or more used alone: its short form ("Влад" of "Владислав Челах",
    "Макс" of "Максим"); of two such people, the one whose first name the dictionary of short
    forms gives ``word`` to ("Влад" is Владислав's, not Владимир's); none when two people's
    first names begin so otherwise. A listed short form not built on the full name's letters
    ("Маша" of "Мария Алёхина") is that person's only when ``near`` holds for the person (a
    mention in the same or the next paragraph): an article may name another Николай than the
    "семилетний Коля" far from him."""
    folded = fold(word) or ""
    if len(folded) < 3 or "Name" not in dictionary_name_tags(word):
        return []
    found = []
    for c, cluster in enumerate(clusters):
        first = fold(cluster.first) or ""
        if not cluster.first or not cluster.last or is_initial(cluster.first) or first == folded:
            continue
        if (
            (len(folded) >= 4 and first.startswith(folded))
            or pet_form(word, cluster.first)
            or listed_pet_form(word, cluster.first)
        ):
            letters = first.startswith(folded[:-1])  # "Юля" of "Юлия", "Влад" of "Владислав"
            if letters or near is None or near(cluster):
                found.append(c)
    if len(found) > 1:
        found = [c for c in found if listed_pet_form(word, clusters[c].first)]
    return found if len(found) == 1 else []


def named_near(
    cluster: PersonCluster, names: list[NameParts], i: int, paragraphs: list[int]
) -> bool:
    """The person is named in mention ``i``'s paragraph or the one before or after it: by a
    mention it has taken, or by one with its first name or surname that it may take later
    ("Лизе" … "воспоминаниях Елизаветы Петровны" in the same paragraph)."""
    return any(
        abs(paragraphs[m] - paragraphs[i]) <= 1
        and (
            m in cluster.mentions
            or (parts.first is not None and fold(parts.first) == fold(cluster.first))
            or (parts.last is not None and same_surname(parts.last, cluster.last))
        )
        for m, parts in enumerate(names)
    )


def misspelt_surname(written: str, last: str, clusters: list[PersonCluster]) -> list[int]:
    """The one person named in full whose surname a lone surname misspells: a word no
    dictionary holds whose stem (seven letters or more) differs from that surname's by one
    letter replaced or two swapped, or (both stems seven letters or more) one letter added or
    left out ("Капричков" of "Борис Карпичков", "Старджесс" of "Дон Стерджесс", "Ахмадинеджад"
    of "Махмуд Ахмадинежад");
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
        if cluster.first
        and cluster.last
        and (
            one_slip(mine, stem(cluster.last) or "")
            or (len(stem(cluster.last) or "") >= 7 and one_edit(mine, stem(cluster.last) or ""))
        )
    ]
    return found if len(found) == 1 else []


def name_size(name: NameParts | PersonCluster) -> int:
    """How many parts of a name are given in full (initials are not)."""
    return sum(p is not None and not is_initial(p) for p in (name.first, name.middle, name.last))


def misprinted_name(parts: NameParts, cluster: PersonCluster) -> bool:
    """A full name that misprints one word of a person's full name: the same first name and a
    surname no dictionary holds whose stem (six letters or more, as the person's) differs from
    the person's by one letter replaced, added or left out or two swapped ("Джохару Цорнаеву"
    of "Джохар Царнаев", "Ярослав Плесков" of "Ярослав Песков"), or the same surname and
    a first name no dictionary holds whose stem (five letters or more) differs from the
    person's by one letter replaced, added or left out, with the same first letter ("Джохароа
    Царнаева"). Two surnames the dictionary holds are two families ("Иван Петров", "Иван
    Петриков"), and two first names it holds two people ("Даниэл", "Даниэла")."""
    if not (parts.first and parts.last and cluster.first and cluster.last):
        return False
    if is_initial(parts.first) or is_initial(cluster.first):
        return False
    if fold(parts.first) == fold(cluster.first):
        mine, theirs = stem(parts.last) or "", stem(cluster.last) or ""
        return (
            min(len(mine), len(theirs)) >= 6
            and not known_word(parts.last)
            and (one_slip(mine, theirs) or one_edit(mine, theirs))
        )
    if not same_surname(parts.last, cluster.last):
        return False
    mine, theirs = stem(parts.first) or "", stem(cluster.first) or ""
    return (
        min(len(mine), len(theirs)) >= 5
        and mine[0] == theirs[0]
        and not dictionary_name_tags(parts.first)
        and not known_word(parts.first)
        and one_edit(mine, theirs)
    )


def oblique_first_name(written: str, clusters: list[PersonCluster]) -> list[int]:
    """The one person named in full whose first name a lone word is an oblique case of, as the
    first name's paradigm reads it ("Леи", "Лее" of "Лея Абрамович"); none when two people
    have that first name, or the word reads as the nominative of the name itself."""
    found_readings = readings(written, "first")  # two words read as nothing sure
    nominatives = {
        fold(nominative)
        for (case, _, number), (nominative, confidence) in found_readings.items()
        if case != "Nom" and number == "sing" and confidence >= 1.0
    }
    nominatives.discard(fold(written))
    found = [
        c
        for c, cluster in enumerate(clusters)
        if cluster.first and cluster.last and fold(cluster.first) in nominatives
    ]
    return found if len(found) == 1 else []


DOUBLED_LETTER = re.compile(r"(.)\1+")


def doubled_letters(written: str, last: str, clusters: list[PersonCluster]) -> list[int]:
    """The one person named in full whose surname a lone surname spells with a letter doubled
    or single: a word no dictionary holds whose stem (four letters or more) equals that
    surname's once each run of one letter is one ("Буффье" of "Фолькер Буфье", "Стерджес" of
    "Дон Стерджесс", as foreign names are transcribed both ways); none when two people's
    surnames are so alike or the word is in the dictionary ("Мессии", "Аллы")."""
    if " " in written or known_word(written):
        return []
    mine = stem(last) or ""
    if len(mine) < 4:
        return []
    single = DOUBLED_LETTER.sub(r"\1", mine)
    found = [
        c
        for c, cluster in enumerate(clusters)
        if cluster.first
        and cluster.last
        and stem(cluster.last) != mine
        and DOUBLED_LETTER.sub(r"\1", stem(cluster.last) or "") == single
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


def uncontested(
    candidates: list[int],
    clusters: list[PersonCluster],
    names: list[NameParts],
    i: int,
    paragraphs: list[int],
) -> list[int]:
    """The people a lone surname (mention ``i``) may still be linked to when several share the
    surname (relatives, namesakes; the gender filters left them all): none when its own
    paragraph names two or more of them with that surname before it, as the text then does
    not say whose it is ("… совершил уроженец Ингушетии Магомед Евлоев … Адам Ганижев и Ислам
    Евлоев исчезли … участие родственники Евлоева": kept apart, a person of its own); else all
    of them, and the nearest named with the surname is taken ("Владимир Челах" named in the
    paragraph, "Владислав Челах" only before it: "цитирует Челаха" is Владимир)."""
    if len(candidates) < 2:
        return candidates
    last = names[i].last
    here = [
        c
        for c in candidates
        if any(
            m < i and paragraphs[m] == paragraphs[i] and same_surname(names[m].last, last)
            for m in clusters[c].mentions
        )
    ]
    return [] if len(here) > 1 else candidates


def link_people(
    names: list[NameParts],
    raw: list[str] | None = None,
    aliases: dict[int, int] | None = None,
    apart: set[tuple[int, int]] | None = None,
    agrees: list[str | None] | None = None,
    titled: list[str | None] | None = None,
    paragraphs: list[int] | None = None,
    secular: set[int] | None = None,
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
    ``paragraphs`` holds each mention's paragraph number: a lone surname that two relatives of
    the mention's paragraph share is neither of them (see :func:`uncontested`). ``secular``
    holds restatements that give a cleric's secular name: they join the person, never name it.

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

    def restate(i: int, j: int) -> None:
        """Mention ``i`` restates mention ``j``: it joins ``j``'s person."""
        owner[i] = owner[j]
        cluster, parts = clusters[owner[i]], names[i]
        one_word = cluster.last is None or cluster.first is None
        secular_name = secular is not None and i in secular
        if (
            one_word
            and not secular_name
            and parts.first
            and parts.last
            and not parts.plural
            and cyrillic(parts.normal)
        ):
            # a stage name restated by the personal name: "Матильдой (Еленой Мозговой)" is
            # Елена Мозговая, "Басте (Василий Вакуленко)" Василий Вакуленко (the guideline's
            # name of a person with a pseudonym); a name in another script only restates it
            cluster.take(parts, i)
            index.add(owner[i], cluster)  # found by its surname by the lone mentions after it
        else:
            cluster.mentions.append(i)

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
            misprint = misprinted_name(parts, cluster)
            if declined_together(parts, cluster):  # "Арлена Спектера", then "Арлен Спектер"
                restate_nominative(cluster, parts)
            elif misprint and name_size(parts) > name_size(cluster):
                # a fuller name with a misprint still names the person ("Антониу Мануэл ди
                # Оливейра Гутерреш" of "Антониу Гутерриш"), with the surname it writes
                cluster.spellings.add(stem(cluster.last) or "")
                cluster.last = parts.last
            elif declined_together(cluster, parts) or misprint:
                # the oblique form (or the misprint: "Джохару Цорнаеву" of "Джохар Царнаев",
                # whose spelling a lone "Цорнаев" may use later) adds no name of its own:
                # counted as the person's name
                if misprint:
                    cluster.spellings.add(stem(parts.last) or "")
                parts = NameParts(
                    normal=cluster.name, last=cluster.last, first=cluster.first,
                    middle=cluster.middle, gender=cluster.gender or "masc",
                )  # fmt: skip
            if (
                shorter
                or nickname
                or misprint
                or fold(parts.normal) == fold(cluster.name)
                or (
                    same_surname(cluster.last, parts.last)
                    and same_first(cluster.first, parts.first)
                    and compatible(cluster.middle, parts.middle)
                )
                or (  # "Жером Феррари" … "Жером Ферарри": one first name, a misprint
                    fold(cluster.first) == fold(parts.first)
                    and not is_initial(parts.first)
                    and doubled_alike(cluster.last, parts.last)
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
        if i in aliases and owner[i] < 0 and owner[aliases[i]] >= 0:
            restate(i, aliases[i])  # in text order: a lone surname after it may be its person
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
            if not candidates:  # a surname as one of the person's misprints spells it
                candidates = [c for c in by_stem if stem(parts.last) in clusters[c].spellings]
            if not candidates and parts.first is None:
                # a lone word may be a first name ("Барак") or a first name read as a surname
                by_first = index.find(("first", fold(parts.last)))
                candidates = [c for c in by_first if fold(clusters[c].first) == fold(parts.last)]
                if len(candidates) > 1:
                    candidates = salient(candidates, clusters, i, parts.last)
            if not candidates and parts.first is None and raw is not None:
                # ... or a case form of a person's first name ("Кроме Леи" of "Лея Абрамович")
                candidates = oblique_first_name(raw[i], clusters)
                if candidates:
                    named = clusters[candidates[0]]
                    parts = NameParts(named.first or "", first=named.first, gender=named.gender)
        elif parts.first is not None:
            candidates = [
                c
                for c in index.find(("first", fold(parts.first)), ("stem", stem(parts.first)))
                if fold(clusters[c].first) == fold(parts.first)
                or fold(clusters[c].last) == fold(parts.first)
            ]
            if not candidates and raw is not None and parts.middle is None:
                # a lone word written exactly as a person's surname is that person, whatever
                # first name it also reads as ("органы Али" of Мохаммед Али is no "Аля")
                candidates = [
                    c
                    for c in index.find(("stem", stem(raw[i])))
                    if clusters[c].first and fold(clusters[c].last) == fold(raw[i])
                ]
            if len(candidates) > 1:
                candidates = salient(candidates, clusters, i, parts.first)
        word = parts.first if parts.last is None else parts.last
        if not candidates and word and (parts.first is None or parts.last is None):
            candidates = short_form_of(
                word,
                clusters,
                None
                if paragraphs is None
                else lambda cluster, i=i: named_near(cluster, names, i, paragraphs),
            )
        if not candidates and parts.first is None and parts.last and raw is not None:
            candidates = misspelt_surname(raw[i], parts.last, clusters) or doubled_letters(
                raw[i], parts.last, clusters
            )
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
        if (
            paragraphs is not None
            and parts.first is None
            and parts.last
            and not epithet(parts.last)[1]
        ):
            # an epithet ("Лукашенко-младший") is the writer's own pick of one relative
            candidates = uncontested(candidates, clusters, names, i, paragraphs)
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
        if owner[i] < 0:
            restate(i, j)
    return owner, clusters

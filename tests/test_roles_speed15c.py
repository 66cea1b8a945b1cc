"""Roles, session 15 (speed15c): the cost of the rules after linking cut, no answer changed.

Each fast path is compared with the plain one it stands for (written here as the rules were
before it), on made-up news sentences:

- ``status.leaving_tokens`` reads ``views.text`` (``doc.text`` built once) and intersects the
  tokens' lemma ids with the cue words' ids (the hash of a text is its id in any vocabulary);
- ``status.former_apart`` and ``status.dismissal_told`` read ``morph.get``'s lists as
  ``words.morph_values``' tuples (equal exactly when the lists are), ``dismissal_told`` its
  sentence's start from ``views.sentence_bounds`` (what ``head.sent`` walks back to);
- ``anaphora.main_key``: one ``max`` over the counts for ``most_common(2)``;
- ``groups.joined`` reads the tokens' texts from ``views.token_texts``; ``anaphora.listed_next``
  its sentence's end from ``views.sentence_bounds``;
- ``span_values.span_value`` for ``span._.key``, ``span._.country``, ``span._.normal``;
- ``holders.cheap_features`` sets each candidate's own columns on a copy of the post's
  common row (no dict per row);
- ``role_span`` cuts a row's text from ``views.text`` and sets it by the extension's
  setter; ``resolve_again`` reads ``new_holder`` once per post, not once per holder judged;
- ``clause_posts.pointed_posts`` reads nothing in an article none of whose lemmas is a
  spelling of "пост" or "должность" (``clause_posts.spellings``: every one, by a scan of
  Unicode);
- ``fields.span_text`` cuts ``span.text`` from ``views.text``; ``fields.client_words`` asks for
  its noun only when a client's post is among the role's words;
- the stage's rows are the same with the plain paths put back.
"""

from __future__ import annotations

import math
import sys
from bisect import bisect_left
from collections import Counter
from dataclasses import replace

import numpy
import pytest
from spacy.tokens import Doc, Span

from ruextract.roles import (
    RoleFinder,
    anaphora,
    clause_posts,
    fields,
    groups,
    headlines,
    holders,
    referents,
    status,
    subjects,
    words,
)
from ruextract.roles.phrases import Entities, Phrase, find_phrases
from ruextract.roles.span_values import span_value

# made-up news sentences: posts with words of leaving, dismissal, "бывший" near and apart,
# periods of years, posts named again, groups of names and a plural pronoun after a post
SENTENCES = [
    "Бывший с 2004 по 2011 год глава Роскосмоса Анатолий Зимин дал показания.",
    "Суд выслушал бывшего до марта главу агентства Петра Ветрова и его заместителя.",
    "Кремль объявил об увольнении начальника управления полиции Юрия Лебедева.",
    "После отставки главы МВД Татарстана Асгата Сафина прошли обыски.",
    "Министр экономики Вадим Орлов освобожден от должности, сообщила пресс-служба.",
    "Иван Громов был директором школы с 1995 по 2011 годы, а в 1985—1990 годах работал учителем.",
    "Свергнутый президент Египта Хосни Мубарак покинул пост в феврале (1988–1998).",
    "Режиссер Олег Синицын и сценарист Анна Волкова, а также оператор Павел Ким приехали в Казань.",
    "Власти запретили въезд российским артистам. Среди них Борис Гребнев, Нина Шилова и Лев Ким.",
    "Губернатор области Виктор Зимин встретился с министром. Губернатор заявил о реформе.",
    "Премьер-министр Дании Йенс Ларсен ушёл в отставку; бывшие министры и депутат Ольга Рябова "
    "его поддержали.",
    "Бывшему министру культуры Ларисе Гусевой и экс-министру спорта Игорю Панову вручили ордена.",
]


# each case reads its words afresh (tests/conftest.py's fixture)
pytestmark = pytest.mark.usefixtures("fresh_word_caches")


@pytest.fixture(scope="module")
def docs(nlp):
    from ruextract.pipeline import run_docs
    from ruextract.records import Article

    articles = [Article(doc_id=str(n), text=text) for n, text in enumerate(SENTENCES)]
    return list(run_docs(nlp, articles))


def plain_leaving_tokens(doc: Doc) -> tuple[int, ...]:
    """``status.leaving_tokens`` as session 14 wrote it: each token's lemma id against the
    cue words' ids added to the vocabulary, ``doc.text`` joined from the tokens."""
    wanted = {doc.vocab.strings.add(form) for form in status.CUE_FORMS}
    found = {token.i for token in doc if token.lemma in wanted}
    for match in status.YEAR_RANGE.finditer(doc.text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None:
            found.add(span.start)
    return tuple(sorted(found))


def test_roles_leaving_tokens_as_read_token_by_token(docs):
    cues = 0
    for doc in docs:
        expected = plain_leaving_tokens(doc)
        assert status.leaving_tokens(doc, Entities.of(doc)) == expected, doc.text
        cues += len(expected)
    assert cues >= 10  # words of leaving, "с" and ranges of years found: the test says something


def every_window(doc: Doc) -> list[Phrase]:
    """Phrases of every head a noun or proper noun and every start up to three words before
    it (the windows the status rules read), and the stage's own phrases."""
    found = list(find_phrases(doc, Entities.of(doc)))
    for token in doc:
        if token.pos_ in ("NOUN", "PROPN"):
            for start in range(max(0, token.i - 3), token.i + 1):
                found.append(Phrase(start, token.i + 1, token.i, token.text, "current"))
    return found


def plain_former_apart(doc: Doc, phrase: Phrase) -> bool:
    """``status.former_apart`` with ``morph.get``'s lists, as session 14 wrote it."""
    head = doc[phrase.head]
    feats = {key: head.morph.get(key) for key in ("Case", "Number")}
    i = phrase.start - 1
    while i >= 0 and phrase.start - i <= status.APART_WINDOW:
        token = doc[i]
        if token.text in status.CLAUSE_ENDS or token.pos_ in ("SCONJ", "VERB", "AUX"):
            return False
        if token.pos_ in ("NOUN", "PROPN") and token.morph.get("Case") == feats["Case"]:
            before = doc[i - 1] if i else None
            if before is None or before.pos_ != "ADP":
                return False
        if words.fold(token.lemma_) in status.FORMER_ADJECTIVES and token.pos_ == "ADJ":
            return all(token.morph.get(key) == value for key, value in feats.items())
        i -= 1
    return False


def plain_dismissal_told(doc: Doc, phrase: Phrase, ents: Entities) -> bool:
    """``status.dismissal_told`` with ``head.sent`` and ``morph.get``, as session 14 wrote it."""
    head = doc[phrase.head]
    if words.case_of(head) != "Gen":
        return False
    sent_start = head.sent.start
    window = doc[max(sent_start, phrase.start - status.DISMISSAL_REACH) : phrase.start]
    for token in reversed(window):
        if token.text in status.CLAUSE_ENDS or token.text == "," or token.pos_ == "SCONJ":
            return False
        if token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm"):
            return False
        if words.fold(token.lemma_) in status.DISMISSALS and token.pos_ == "NOUN":
            return status.dismissal_done(doc, token)
    return False


def test_roles_former_apart_and_dismissal_told_as_with_morph_get(docs):
    formers = dismissals = compared = 0
    for doc in docs:
        ents = Entities.of(doc)
        for phrase in every_window(doc):
            expected = plain_former_apart(doc, phrase)
            assert status.former_apart(doc, phrase) == expected, (doc.text, phrase)
            told = plain_dismissal_told(doc, phrase, ents)
            assert status.dismissal_told(doc, phrase, ents) == told, (doc.text, phrase)
            formers += expected
            dismissals += told
            compared += 1
    # both answers met: "бывший" apart from its post, a dismissal told of a genitive post
    assert formers >= 2 and dismissals >= 2 and compared > 200


def plain_main_key(counts: Counter[str]) -> str | None:
    """``anaphora.main_key`` as session 14 wrote it."""
    (key, n), *rest = [*counts.most_common(2), ("", 0)]
    return key if n and not (rest and rest[0][1] == n) else None


COUNTS = {
    "none": Counter(),
    "one": Counter({"Иванов": 3}),
    "a leader": Counter({"Петров": 2, "Иванов": 5, "Сидоров": 1}),
    "a tie on top": Counter({"Петров": 4, "Иванов": 4, "Сидоров": 1}),
    "a tie below": Counter({"Петров": 4, "Иванов": 2, "Сидоров": 2}),
    "all ones": Counter({"Петров": 1, "Иванов": 1}),
    "zero": Counter({"Петров": 0}),
}


@pytest.mark.parametrize("counts", COUNTS.values(), ids=COUNTS.keys())
def test_roles_main_key_as_most_common(counts):
    assert anaphora.main_key(counts) == plain_main_key(counts)


def plain_joined(doc: Doc, before, after, titles: set[int]) -> bool:
    """``groups.joined`` over the tokens, as session 14 wrote it."""
    depth = 0
    for token in doc[before.end : after.start]:
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth -= 1
        elif depth == 0 and words.fold(token.text) not in groups.GROUP_LINKS:
            if token.i not in titles:
                return False
    return depth == 0


def test_roles_joined_as_token_by_token(docs):
    joined = compared = 0
    for doc in docs:
        ents = Entities.of(doc)
        names = list(dict.fromkeys(ents.per[i] for i in sorted(ents.per)))
        titles = {i for phrase in find_phrases(doc, ents) for i in range(phrase.start, phrase.end)}
        for before in names:
            for after in names:
                for given in (set(), titles):
                    expected = plain_joined(doc, before, after, given)
                    assert groups.joined(doc, before, after, given) == expected
                    joined += expected and before.end < after.start
                    compared += 1
    assert joined >= 4 and compared > 50


def plain_listed_start(phrase: Phrase, ents: Entities, doc: Doc) -> int:
    """Where ``anaphora.listed_next`` read the next sentence from in session 14: past the
    post, token by token to its sentence's end."""
    sent, start = ents.sent[phrase.head], phrase.end
    while start < len(doc) and ents.sent[start] == sent:
        start += 1
    return start


def test_roles_listed_next_as_walking_to_the_sentences_end(docs, monkeypatch):
    """``listed_next`` gives what it gave with the walk (its only change), on every window;
    the sentence's end by the bounds is the walk's end."""
    from ruextract.views import sentence_bounds

    found = 0
    for doc in docs:
        ents = Entities.of(doc)
        for phrase in every_window(doc):
            sent = ents.sent[phrase.head]
            by_bounds = max(phrase.end, sentence_bounds(doc)[sent][1])
            assert by_bounds == plain_listed_start(phrase, ents, doc)
            plural = replace(phrase, plural=True)
            found += bool(anaphora.listed_next(doc, plural, ents, set()))
    assert found >= 1  # "российским артистам. Среди них ...": a list found


def test_roles_span_value_as_underscore(docs):
    read = 0
    for doc in docs:
        for span in [*doc.ents, *doc.spans.get("countries", [])]:
            for name in ("key", "country", "normal"):
                assert span_value(span, name) == getattr(span._, name)
                read += getattr(span._, name) is not None
    assert read >= 20


def test_roles_rows_with_the_plain_paths(docs, monkeypatch):
    """The stage's rows (statuses included) are the same with the plain paths put back."""
    finder = RoleFinder()
    fast = [[span._.role for span in finder(doc).spans["roles"]] for doc in docs]

    def plain_leaving(doc: Doc, ents: Entities) -> tuple[int, ...]:
        return plain_leaving_tokens(doc)

    monkeypatch.setattr(status, "leaving_tokens", plain_leaving)
    monkeypatch.setattr(status, "former_apart", plain_former_apart)
    monkeypatch.setattr(status, "dismissal_told", plain_dismissal_told)
    monkeypatch.setattr(groups, "joined", plain_joined)
    for module in (anaphora, headlines, holders, referents, subjects):
        monkeypatch.setattr(module, "main_key", plain_main_key)

    def plain_span_text(doc: Doc, start: int, end: int) -> str:
        return doc[start:end].text

    monkeypatch.setattr(fields, "span_text", plain_span_text)
    slow = [[span._.role for span in finder(doc).spans["roles"]] for doc in docs]
    assert fast == slow
    assert sum(map(len, fast)) >= len(SENTENCES)
    assert {role.status for rows in fast for role in rows} == {"current", "former"}


def test_roles_span_text_as_span_text(docs):
    for doc in docs:
        for start in range(len(doc) + 1):
            for end in range(max(start - 1, 0), min(start + 8, len(doc)) + 1):
                assert fields.span_text(doc, start, end) == doc[start:end].text, (start, end)


def plain_client_words(doc: Doc, phrase: Phrase) -> Phrase:
    """``fields.client_words`` as session 14 wrote it: the head's lemma first."""
    noun = words.head_lemma(doc[phrase.head])
    role = phrase.role.split()
    if noun not in fields.CLIENT_POSTS or noun not in role:
        return phrase
    at = role.index(noun) + 1
    if at == len(role) or role[at] == fields.DOMAIN:
        return phrase
    return replace(phrase, role=" ".join(role[:at]))


CLIENTS = [
    "Адвокат экс-руководителя компании Игорь Панов подал жалобу.",
    "Биограф знаменитого инженера Нина Шилова выпустила книгу.",
    "Адвокат по уголовным делам Олег Синицын выступил в суде.",
    "Телохранитель певца Лев Ким дал интервью.",
]


def test_roles_client_words_as_with_the_noun_first(nlp):
    from ruextract.pipeline import run_docs
    from ruextract.records import Article

    cut = 0
    for doc in run_docs(nlp, [Article(doc_id="c", text=text) for text in CLIENTS]):
        ents = Entities.of(doc)
        for phrase in find_phrases(doc, ents):
            for role in (phrase.role, f"{phrase.role} президента", "адвокат по делам", "глава"):
                given = replace(phrase, role=role)
                expected = plain_client_words(doc, given)
                assert fields.client_words(doc, given) == expected
                cut += expected != given
    assert cut >= 2  # the genitive words cut from a client's post: the test says something


def plain_cheap_features(
    doc: Doc,
    phrase: Phrase,
    found: dict[str, Span],
    names: holders.Names,
    ents: Entities,
) -> tuple[list[str], numpy.ndarray]:
    """``holders.cheap_features`` as session 14 wrote it: a dict per row."""
    head = doc[phrase.head]
    sent = ents.sent[phrase.head]
    case = words.case_of(head)
    lemma = words.head_lemma(head)
    post = holders.post_of(phrase.post or phrase.role)
    before = bisect_left(names.starts, phrase.start)  # mentions starting before the post
    last_before = next(
        (
            names.mentions[k]._.key
            for k in range(before - 1, -1, -1)
            if names.mentions[k].end <= phrase.start
        ),
        None,
    )
    first_after = next(
        (
            names.mentions[k]._.key
            for k in range(before, len(names.mentions))
            if names.mentions[k].start >= phrase.end
        ),
        None,
    )
    in_sent = {key for key, span in found.items() if ents.sent[span.start] == sent}
    opens = holders.opens_sentence(doc, phrase, ents)
    prev = doc[phrase.start - 1] if phrase.start else None
    named = holders.named_after(doc, phrase, ents)
    named_key = named._.key if named is not None else None
    common = {
        "opens_sentence": float(opens),
        "after_preposition": float(prev is not None and prev.pos_ == "ADP"),
        "state_post": float(post in holders.STATE_POSTS),
        "head_post": float(post in holders.HEAD_POSTS),
        "sentence_names_anybody": float(bool(in_sent)),
        "has_org": float(phrase.org is not None),
        "bare_noun": float(phrase.start == phrase.head and phrase.end == phrase.head + 1),
        "candidates": min(len(found), 6) / 6,
        "listed_noun": float(lemma in words.role_nouns()),
        "noun_given": float(bool(names.given.get(lemma))),
        "first_of_noun": float(names.first.get(lemma, phrase.head) >= phrase.head),
        "genitive_after_noun": float(case == "Gen" and prev is not None and prev.pos_ == "NOUN"),
    }
    for name in holders.CASES:
        common[f"case_{name}"] = float(case == name)
    common.update(dict.fromkeys(holders.DEAR, 0.0))
    keys, rows = [], []
    for key, span in found.items():
        distance = ents.sent[span.start] - sent
        after = span.start > phrase.head
        between = holders._others_between(span, phrase, names, key)
        verb = distance == 0 and holders._verb_between(doc, span, phrase)
        held = names.posts.get(key, set())
        row = dict(common)
        row.update(
            same_sentence=float(distance == 0),
            sentence_before_1=float(distance == -1),
            sentence_before_2=float(distance == -2),
            sentence_before_3=float(distance <= -3),
            after=float(after),
            token_distance=min(math.log1p(holders._distance(span, phrase)), 6.0) / 6,
            others_between=min(between, 3) / 3,
            last_named_before=float(key == last_before),
            first_named_after=float(key == first_after),
            main_person=float(key == names.topic),
            mention_share=names.counts.get(key, 0) / names.total,
            mentions=min(math.log1p(names.counts.get(key, 0)), 3.0) / 3,
            holds_post=float(bool(held)),
            holds_same_post=float(lemma in held),
            sentence_names_others=float(bool(in_sent - {key})),
            in_headline=float(key in names.headline),
            same_sentence_last_before=float(distance == 0 and key == last_before),
            main_last_before=float(key == names.topic and key == last_before),
            main_no_one_in_sentence=float(key == names.topic and not in_sent),
            noun_given_other=float(bool(names.given.get(lemma, set()) - {key})),
            first_named_in_its_sentence=float(holders._first_in_sentence(span, names, ents)),
            name_after_is_other=float(named_key is not None and named_key != key),
            name_after_is_candidate=float(named_key == key),
            verb_between=float(verb),
            verb_between_after=float(verb and after),
        )
        keys.append(key)
        rows.append([row[name] for name in holders.FEATURES])
    return keys, numpy.asarray(rows, dtype=float).reshape(len(rows), len(holders.FEATURES))


def test_roles_cheap_features_as_a_dict_per_row(nlp, docs, monkeypatch):
    """Every row the ranker reads in the stage, on the sentences here and a few posts left to
    nobody, is the row a dict per row gave, to the bit."""
    texts = [
        "Иван Петров и Олег Смирнов прибыли в Минск. Губернатор заявил о новых планах.",
        "Олег Смирнов встретился с Ниной Шиловой. Адвокат потребовал отсрочки, а судья отказал.",
        "Лев Ким и Борис Гребнев поспорили. Тренер сборной поддержал игрока, а капитан промолчал.",
    ]
    from ruextract.pipeline import run_docs
    from ruextract.records import Article

    more = list(run_docs(nlp, [Article(doc_id="h", text=t) for t in texts]))
    fast_features = holders.cheap_features
    compared = []

    def both(doc, phrase, found, names, ents):
        keys, rows = fast_features(doc, phrase, found, names, ents)
        plain_keys, plain_rows = plain_cheap_features(doc, phrase, found, names, ents)
        assert keys == plain_keys
        assert rows.dtype == plain_rows.dtype and numpy.array_equal(rows, plain_rows)
        compared.append(len(keys))
        return keys, rows

    monkeypatch.setattr(holders, "cheap_features", both)
    finder = RoleFinder()
    for doc in [*docs, *more]:
        finder(doc)
    assert len(compared) >= 3 and sum(compared) >= 6


def test_roles_role_text_as_span_text(docs):
    """``role_span`` cuts a row's text from ``views.text`` by the span's offsets: the text
    ``span.text`` joins from its tokens."""
    finder = RoleFinder()
    rows = 0
    for doc in docs:
        for span in finder(doc).spans["roles"]:
            assert span._.role.text == doc[span.start : span.end].text
            assert (span._.role.start, span._.role.stop) == (span.start_char, span.end_char)
            rows += 1
    assert rows >= len(SENTENCES)


def test_roles_spellings_are_every_string_folding_to_the_word():
    """No character but a letter's two cases (and "ё" for "е") folds into a letter of the
    pointed post words, alone or as part of a longer lower case."""
    letters = {letter for word in clause_posts.POINTED_POSTS for letter in word}
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        low = words.fold(char)
        if low and any(letter in low for letter in letters):
            assert len(low) == 1, hex(code)
            assert char in {low, low.upper()} | ({"ё", "Ё"} if low == "е" else set()), hex(code)
    for word in clause_posts.POINTED_POSTS:
        found = clause_posts.spellings(word)
        assert {words.fold(form) for form in found} == {word}
        assert len(set(found)) == 2 ** len(word)  # each letter in both cases


POINTED = [
    "Спиро Агню ушёл в отставку. На этот пост был назначен Джеральд Форд.",
    "Премьер-министром стал Иван Петров. Сейчас этот пост занимает Олег Смирнов.",
    "Министр обороны Лев Ким подал в отставку, его должность заняла Нина Шилова.",
]


def test_roles_pointed_posts_as_without_the_lemma_check(nlp, docs, monkeypatch):
    from ruextract.pipeline import run_docs
    from ruextract.records import Article

    more = list(run_docs(nlp, [Article(doc_id="p", text=text) for text in POINTED]))
    finder = RoleFinder()
    fast = [[span._.role for span in finder(doc).spans["roles"]] for doc in [*docs, *more]]

    class Every(frozenset):
        def isdisjoint(self, other) -> bool:
            return False

    monkeypatch.setattr(clause_posts, "POINTED_IDS", Every())
    slow = [[span._.role for span in finder(doc).spans["roles"]] for doc in [*docs, *more]]
    assert fast == slow
    pointed = sum(role.key == "Олег Смирнов" for rows in fast for role in rows)
    assert pointed >= 1  # "этот пост" read where its lemma is: the check lets it through

"""Status from the text around a post: a holder the text says has left the post.

``left_post(doc, phrase, ents)`` makes a current post ``former`` when the words around it say
its holder left it (see its docstring); the status words inside a phrase ("бывший", "экс-",
"и.о.") are read by :func:`~ruextract.roles.phrases.left_edge`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache

from spacy.attrs import LEMMA
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from ruextract import models, views
from ruextract.people.words import next_content, prev_content
from ruextract.roles.phrases import Entities, Phrase
from ruextract.roles.words import FORMER_PREFIX, case_of, finite, fold, is_role_noun, morph_values

# "ранее являвшаяся заместителем": a post held before ("в прошлом" is read as one word pair)
EARLIER = frozenset({"ранее", "прежде", "раньше"})
# leaving a post: "покинул пост …", "освобождён от должности", "был уволен", "ушёл в отставку"
# (not "подал в отставку": a resignation handed in, the post still held, data/gold/roles.md)
# "уволен с позиции вице-президента", "освобождён от обязанностей", "покинул кресло мэра";
# "сложил полномочия президента", "досрочно прекратил свои полномочия"
POST_WORDS = frozenset({"пост", "должность", "позиция", "кресло", "обязанность", "полномочие"})
LEAVING = frozenset({"покинуть", "покидать", "оставить", "оставлять", "уйти", "освободить",
                     "уволить", "снять", "сложить", "слагать", "освобождение", "увольнение",
                     "уход", "отставка", "прекратить"})  # fmt: skip
# prepositions of leaving the post word after them: "ушёл с поста", "отстранён от должности"
LEAVING_PREPOSITIONS = frozenset({"с", "со", "от"})
# words between a verb of leaving and its post word: "покинул свой пост", "с этого поста"
POST_DETERMINERS = frozenset({"DET", "ADJ", "PRON"})
# tokens from "с"/"от" back to the verb or noun whose post it leaves: "освободил
# государственного советника юстиции 1-го класса Юрия Золотова от должности"
VERB_REACH = 10
# verbs that take the holder away only in the passive ("освобождён", "уволена"; "освободил
# министра" takes another's post away)
PASSIVE_LEAVING = frozenset({"освободить", "уволить", "снять"})
RESIGNING = frozenset({"уйти"})  # "ушёл в отставку"
# "покинул пост", "оставил свою должность", "сложил полномочия", "прекратил свои полномочия"
QUITTING = frozenset({"покинуть", "оставить", "сложить", "прекратить"})
# a closed period after a post: "с 1995 по 2011 годы"
PERIOD_FROM, PERIOD_TO = "с", "по"
PERIOD_WORDS = 5  # words from "с" to "по": "с 1 сентября 2005 года по"
PERIOD_END_WORDS = 3  # words after "по" to its year: "по 31 декабря 2010 года"
SENDING = frozenset({"отправить"})  # "отправлен в отставку", "отправил в отставку"
RESIGNATION = "отставка"
# where a holder is sent off: "отправлен в отставку", "уволен в запас" (an officer's retiring)
RETIRING = frozenset({RESIGNATION, "запас"})
# the same nouns in the locative after "в": the holder is retired from the post named right
# before ("полковник ГРУ в отставке", "генерал в запасе"; data/gold/roles.md, "status")
RETIRED_FORMS = frozenset({"отставке", "запасе"})
LEAVING_WINDOW = 12
# "бывший" parted from its post: "бывший с 2004 по 2011 год глава Роскосмоса"
FORMER_ADJECTIVES = frozenset({"бывший"})
APART_WINDOW = 8
# "До этого он был губернатором …, начальником …": a time before the one the text narrates
BEFORE_THAT = frozenset({"этого", "того"})
BEFORE = "до"
# a time after "в" that is over, before a predicate post in its clause: "в юности работал
# консультантом", "В девяностые годы … был министром" (the draw-12 gold: former; session 12)
IN = frozenset({"в", "во"})
LIFE_STAGES = frozenset({"юности", "молодости", "детстве", "отрочестве"})
YEARS = "год"
# a stretch of life named by its years: "в студенческие годы", "в школьные годы"
LIFE_YEARS = frozenset({"студенческий", "школьный", "молодой", "юный", "детский"})
DECADE = re.compile(
    r"(?:\d{2,4}-[еых]|(?:двадцат|тридцат|сороков|пятидесят|шестидесят|семидесят|восьмидесят"
    r"|девяност|нулев)(?:ые|ых))$"
)
EARLIER_REACH = 20
# words between a list's comma and its next post: "…, а затем министром иностранных дел"
LIST_LINKS = frozenset(
    {"а", "и", "затем", "потом", "позже", "позднее"}
)  # tokens from a predicate post back to "ранее" / "до этого", in its clause
# verbs that take a post away from their object: "Медведев уволил главу РЖД Якунина"
DISMISSING = frozenset({"уволить", "освободить", "снять", "отстранить"})
# a verb that takes a rank away, its rank's noun in the genitive between it and the post: "лишил
# духовного сана кардинала", "лишён звания генерала" (the post is no longer held)
DEPRIVING = frozenset({"лишить"})
RANK_WORDS = frozenset({"сан", "звание", "титул", "чин"})
# a participle of leaving before the post: "отрекшийся от престола Папа"
ABDICATING = frozenset({"отречься", "отрекаться"})
# a participle of being put out of the post: "Свергнутый президент Египта", "смещённый с поста
# глава", "уволенный министр" (the draw-14 gold: former)
DEPOSED = frozenset({"свергнуть", "сместить", "низложить", "уволить", "отстранить"})
PARTICIPLE_REACH = 4
# tokens from a post's end to a participle of leaving after it, a comma between at most:
# "первым японским правителем за последние 200 лет, отрёкшимся от престола"
PARTICIPLE_AFTER = 9
# a closed period as one token: "в 1985—1990 годах", "(1988–1998)"
YEAR_RANGE = re.compile(r"(1[89]\d\d|20\d\d)[—–-](1[89]\d\d|20\d\d)")
# what opens a range of years as a time: "в 1985—1990 годах", "(1988—1998)"; not "на 2018—2024
# годы" (a term ahead)
RANGE_OPENERS = frozenset({"в", "во", "(", ","})
# "сменил на посту генерального директора Мохаммеда Эль-Барадеи": the replaced man's post
REPLACING = frozenset({"сменить", "заменить"})
ON = "на"
NAME_REACH = 4  # tokens from the post to its holder's name after it, past the org
# nouns of a dismissal whose genitive is the dismissed post ("об увольнении начальника …
# Юрия Девяткина"), done when the one who dismisses announces it (``ANNOUNCING`` before
# "о"/"об") or after "после"; not asked for ("ходатайствовал об увольнении")
DISMISSALS = frozenset({"увольнение", "освобождение", "отставка", "снятие", "отстранение",
                        "смещение"})  # fmt: skip
TOLD = frozenset({"сообщить", "сообщать"})
AFTER = "после"
# tokens from the noun of a dismissal to a post in its genitive chain: "об увольнении
# начальника Управления по контролю за оборотом наркотиков Главного управления МВД по Москве
# Юрия Девяткина и начальника управления полиции …"
DISMISSAL_REACH = 25
# "вместо отправленного в отставку Ивана Муравьева": the words after are the replaced man's
INSTEAD = "вместо"
# a leaving only announced: "заявил об уходе с поста главного тренера" (the post is still held)
ANNOUNCING = frozenset({"заявить", "объявить", "заявлять", "объявлять"})
TOPIC = frozenset({"о", "об"})
# rows whose status their own clause's verb gave (clause_posts): "на этот пост был назначен
# Джеральд Форд" after "отставки Спиро Агню с поста", "на посту … его сменит Тим Кук"
OWN_VERB = frozenset({"pointed", "successor"})
CLAUSE_ENDS = frozenset({".", ";", "!", "?", "—", "–", "("})
# the lemmas (as written, or capitalised at a sentence's start) that may say a holder left
CUE_FORMS = frozenset(
    form
    for word in LEAVING | ABDICATING | DEPOSED | {PERIOD_FROM}
    for form in (word, word.capitalize())
)  # tokens from a post to a verb of its holder's leaving, or an abdicating participle
# their ids in any vocabulary's strings (the hash of the text)
CUE_IDS = frozenset(get_string_id(form) for form in CUE_FORMS)


def left_post(doc: Doc, phrase: Phrase, ents: Entities) -> Phrase:
    """A current post whose holder the text says has left it is ``former`` (``data/gold/roles.md``,
    "status"): "ранее" before an instrumental post's verb ("ранее работавший советником",
    "Ранее руководителем комитета был"); a verb of leaving over "пост"/"должность" right
    before it ("покинул пост генерального директора", "освободил … от должности
    Уполномоченного", "уход с поста"); "в отставку" after a resigning or passive verb right
    before it ("был отправлен в отставку глава КГБ"); or the holder's own leaving after it in
    its clause, past the holder's name at most ("Министр экономики … Вадим Амстель освобожден
    от должности", "работала учителем и была уволена", "ушёл в отставку"), or a closed period
    of years ("был руководителем … с 1995 по 2011 годы"). Leaving in the future or in an
    infinitive is no leaving ("уйдет со своего поста в октябре", "намерен покинуть"), nor is
    leaving a place ("покинет пределы города"), nor a resignation handed in ("подал в
    отставку": the gold keeps the post current)."""
    if phrase.status == "acting" and phrase.how not in OWN_VERB and not phrase.by_verb:
        # "Временный премьер Мали с 1991 по 1992 годы": the period closed, acting or not
        return replace(phrase, status="former") if left_after(doc, phrase, ents, True) else phrase
    if phrase.status != "current" or phrase.how in OWN_VERB:
        return phrase
    if phrase.by_verb:  # "ранее возглавлял": only the time before
        return replace(phrase, status="former") if earlier(doc, phrase) else phrase
    if left_before(doc, phrase, ents) or retired(doc, phrase) or abdicated(doc, phrase, ents):
        return replace(phrase, status="former")
    if phrase.how == "before" and replaced(doc, phrase, ents):
        return replace(phrase, status="former")
    if left_after(doc, phrase, ents):
        return replace(phrase, status="former")
    return phrase


def retired(doc: Doc, phrase: Phrase) -> bool:
    """ "в отставке" / "в запасе" right after the post's phrase (its org included): "полковник
    ГРУ в отставке", "Полковник в отставке Иван Петров"; not "в отставку" (a dismissal or a
    resignation, read by ``left_before`` and ``left_after``)."""
    after = next_content(doc, phrase.end)
    if after is None or fold(after.text) not in IN:
        return False
    noun = next_content(doc, after.i + 1)
    return noun is not None and fold(noun.text) in RETIRED_FORMS


def left_before(doc: Doc, phrase: Phrase, ents: Entities) -> bool:
    """ "ранее" before an instrumental post and its verb, a verb of leaving right before, or a
    "бывший" of the post's case, number and gender further before it."""
    head = doc[phrase.head]
    if former_apart(doc, phrase) or earlier(doc, phrase) or dismissed(doc, phrase):
        return True
    if deprived(doc, phrase) or former_shared(doc, phrase) or dismissal_told(doc, phrase, ents):
        return True
    before = prev_content(doc, phrase.start - 1)
    steps = 0
    while case_of(head) == "Ins" and before is not None and steps < 3:
        if fold(before.text) in EARLIER:
            return True
        if before.pos_ not in ("VERB", "AUX", "ADV"):
            break
        before = prev_content(doc, before.i - 1)
        steps += 1
    before = prev_content(doc, phrase.start - 1)
    if before is not None and fold(before.lemma_) in POST_WORDS and left_post_word(doc, before):
        return True
    if before is not None and fold(before.lemma_) in RETIRING and before.i >= 2:
        # "был отправлен в отставку глава КГБ", "отправил в отставку главу КГБ", "уволен в
        # запас командующий"
        verb = doc[before.i - 2]
        sent = fold(verb.lemma_) in SENDING | RESIGNING | PASSIVE_LEAVING
        return sent and "Past" in verb.morph.get("Tense")
    return False


def left_post_word(doc: Doc, post: Token) -> bool:
    """The post word before a post is one its holder leaves: right after a verb or noun of
    leaving ("покинул свой пост", "сложил должность"), or in the genitive after "с" / "от"
    whose verb before it in the sentence is in the past, whatever the verb ("ушёл с поста",
    "Медведев освободил Юрия Балуевского от должности", "отстранён от должности", "после ухода
    с поста"); not across a sentence ("Джобс ушёл. На посту …"), nor after a future or an
    infinitive ("уйдёт с поста", "намерен освободить … от должности", "покинет пост")."""
    word = prev_content(doc, post.i - 1)
    while word is not None and word.pos_ in POST_DETERMINERS and word.i > post.sent.start:
        word = prev_content(doc, word.i - 1)
    if word is None or word.i < post.sent.start:
        return False
    if fold(word.lemma_) in LEAVING:
        return took_away(word)
    if fold(word.text) not in LEAVING_PREPOSITIONS or case_of(post) != "Gen":
        return False  # "С его должностью мэр обещал определиться"
    for token in reversed(doc[max(post.sent.start, word.i - VERB_REACH) : word.i]):
        if token.text in CLAUSE_ENDS:
            return False
        if token.pos_ in ("VERB", "AUX") or fold(token.lemma_) in LEAVING:
            return took_away(token) and not announced(doc, token)
    return False


def announced(doc: Doc, noun: Token) -> bool:
    """A noun of leaving after "о"/"об" and a verb of announcing: "заявил об уходе с поста"
    (a leaving announced, not yet done: the post is still held, ``data/gold/roles.md``)."""
    if noun.pos_ != "NOUN":
        return False
    about = prev_content(doc, noun.i - 1)
    verb = prev_content(doc, about.i - 1) if about is not None else None
    return verb is not None and fold(about.text) in TOPIC and fold(verb.lemma_) in ANNOUNCING


def earlier(doc: Doc, phrase: Phrase) -> bool:
    """A predicate post (instrumental, a genitive after "пост"/"должность", or a verb of
    heading) whose clause opens its time with "ранее" or "до этого" before its verb, past a
    list of posts before it ("До этого занимал пост замгендиректора"), or with "до" and a
    successor's name ("До Тимура пост директора занимал Раис Ханнанов"): "До этого он был
    губернатором …, начальником …, первым заместителем …", "ранее возглавлял"; not past
    another finite verb ("Ранее он работал в банке, теперь является директором"), a clause's
    end, a conjunction or a comma that no instrumental goes on after ("Ранее Круз, ставший
    сенатором"), nor after a preposition ("встретился с директором")."""
    head = doc[phrase.head]
    before = prev_content(doc, phrase.start - 1)
    post_word = before is not None and fold(before.lemma_) in POST_WORDS and case_of(head) == "Gen"
    if not phrase.by_verb and case_of(head) != "Ins" and not post_word:
        return False  # "До этого занимал пост замгендиректора" is read as "был замгендиректором"
    if before is None or before.pos_ == "ADP":
        return False
    verbs = copulas = 0 if phrase.by_verb else 1  # the copula ("был"): the clause's one verb
    for token in reversed(doc[max(0, phrase.start - EARLIER_REACH) : phrase.start]):
        lower = fold(token.text)
        if lower in EARLIER:
            # past the copula, "ранее" beside a participle is that participle's time:
            # "Занимавший ранее эту должность … стал начальником штаба"
            return not (verbs < copulas and beside_participle(doc, token))
        if lower in BEFORE_THAT and token.i and fold(doc[token.i - 1].text) == BEFORE:
            return True
        if lower == BEFORE and token.i + 1 < len(doc) and doc[token.i + 1].ent_type_ == "PER":
            return True  # "До Тимура пост генерального директора занимал Раис Ханнанов"
        if closed_period(doc, token.i) or past_period(doc, token):
            return True  # "С 2007 по 2011 годы Сидибе работал премьером", "в юности работал"
        if (token.text in CLAUSE_ENDS and token.text != "—") or token.pos_ == "SCONJ":
            return False
        if "\n" in token.text_with_ws:
            return False  # a line ends the sentence: a headline
        if token.text == ",":
            item = next_content(doc, token.i + 1)
            while item is not None and fold(item.text) in LIST_LINKS:
                item = next_content(doc, item.i + 1)  # ", а затем министром иностранных дел"
            if item is None or case_of(item) != "Ins":
                return False  # a comma ends the clause unless a list of posts goes on there
        if finite(token):
            verbs -= 1
            if verbs < 0:
                return False
    return False


def past_period(doc: Doc, word: Token) -> bool:
    """``word`` closes a time after "в" that is over: a stage of life ("в юности", "в
    молодости", "в студенческие годы") or a decade ("В девяностые годы", "в 1990-х годах",
    "в 80-е годы"); not a year ("В 1981 году"), nor "в эти годы" (``data/gold/roles.md``,
    "Decisions, session 12": a span of the past closes a post, a point does not)."""
    lower = fold(word.text)
    if lower in LIFE_STAGES:
        before = prev_content(doc, word.i - 1)
        return before is not None and fold(before.text) in IN
    if fold(word.lemma_) != YEARS or "Plur" not in word.morph.get("Number"):
        return False
    decade = prev_content(doc, word.i - 1)
    before = prev_content(doc, decade.i - 1) if decade is not None else None
    if before is None or fold(before.text) not in IN:
        return False
    if fold(decade.lemma_) in LIFE_YEARS:
        return True  # "в студенческие годы"
    return DECADE.match(fold(decade.text)) is not None


def beside_participle(doc: Doc, word: Token) -> bool:
    """A participle right before or after ``word``: by the tagger, by pymorphy3 where the
    tagger reads a capitalised one as a name ("Занимавший ранее"), or "бывший" (the participle
    of "быть" read as an adjective: "Бывший ранее министром")."""
    near = (doc[i] for i in (word.i - 1, word.i + 1) if 0 <= i < len(doc))
    return any(
        "Part" in t.morph.get("VerbForm")
        or _participle(fold(t.text))
        or fold(t.lemma_) in FORMER_ADJECTIVES
        for t in near
    )


@lru_cache(maxsize=2_000)
def _past(word: str) -> bool:
    """A verb form that pymorphy3 reads as past first."""
    parses = models.morph_analyzer().parse(word)
    return bool(parses) and "past" in parses[0].tag.grammemes


@lru_cache(maxsize=5_000)
def _participle(word: str) -> bool:
    parses = models.morph_analyzer().parse(word)
    return bool(parses) and parses[0].tag.POS == "PRTF"


def dismissed(doc: Doc, phrase: Phrase) -> bool:
    """An accusative post right after a past verb that takes a post away: "Медведев уволил
    главу РЖД Якунина", "снял губернатора" (not "уволит", "намерен уволить")."""
    before = prev_content(doc, phrase.start - 1)
    return (
        before is not None
        and fold(before.lemma_) in DISMISSING
        and before.pos_ == "VERB"
        and "Past" in before.morph.get("Tense")
        and "Fin" in before.morph.get("VerbForm")
        and case_of(doc[phrase.head]) == "Acc"
    )


def replaced(doc: Doc, phrase: Phrase, ents: Entities) -> bool:
    """A post after "на посту" / "на должности" that a past verb of replacing governs, its holder
    the name after it, the verb's object: "японский дипломат сменил на посту генерального
    директора МАГАТЭ Мохаммеда Эль-Барадеи" (the replaced man's post, the guideline's
    "сменив"); not "сменит" (a replacing ahead), nor a name in the nominative, the verb's
    subject ("Сидорова сменил на посту министра Иван Петров")."""
    name = next((i for i in range(phrase.end, phrase.end + NAME_REACH) if i in ents.per), None)
    if name is None or case_of(doc[ents.per[name].start]) == "Nom":
        return False
    post = prev_content(doc, phrase.start - 1)
    if post is None or fold(post.lemma_) not in POST_WORDS or case_of(post) != "Loc":
        return False
    on = prev_content(doc, post.i - 1)
    verb = prev_content(doc, on.i - 1) if on is not None and fold(on.text) == ON else None
    return (
        verb is not None
        and fold(verb.lemma_) in REPLACING
        and "Fin" in verb.morph.get("VerbForm")
        and _past(fold(verb.text))  # the tagger reads "сменит" as past too
    )


def dismissal_told(doc: Doc, phrase: Phrase, ents: Entities) -> bool:
    """A genitive post in the chain of a noun of dismissal (``DISMISSALS``) that is done: after
    "о"/"об" and a past verb of announcing ("Кремль объявил об увольнении начальника
    Управления … Юрия Девяткина и начальника управления …", "сообщил об отставке министра"),
    or after "после" ("после отставки главы МВД"); not a dismissal asked for or ahead
    ("ходатайствовал об увольнении", "объявит об отставке"), nor past a comma, a finite verb
    or a clause's end between the noun and the post. The sentence's start is read from
    ``views.sentence_bounds`` (``head.sent`` walks the tokens back to it)."""
    if case_of(doc[phrase.head]) != "Gen":
        return False
    sent_start = views.sentence_bounds(doc)[ents.sent[phrase.head]][0]
    for i in range(phrase.start - 1, max(sent_start, phrase.start - DISMISSAL_REACH) - 1, -1):
        token = doc[i]
        pos = token.pos_
        if token.text in CLAUSE_ENDS or token.text == "," or pos == "SCONJ":
            return False
        if pos in ("VERB", "AUX") and "Fin" in morph_values(token, "VerbForm"):
            return False
        if pos == "NOUN" and fold(token.lemma_) in DISMISSALS:
            return dismissal_done(doc, token)
    return False


def dismissal_done(doc: Doc, noun: Token) -> bool:
    """A noun of dismissal after "после", or after "о"/"об" whose verb before is a past verb of
    announcing or telling ("объявил об увольнении", "сообщили об отставке")."""
    before = prev_content(doc, noun.i - 1)
    if before is None:
        return False
    if fold(before.text) == AFTER:
        return True
    verb = prev_content(doc, before.i - 1) if fold(before.text) in TOPIC else None
    return (
        verb is not None
        and fold(verb.lemma_) in ANNOUNCING | TOLD
        and "Past" in verb.morph.get("Tense")
    )


def deprived(doc: Doc, phrase: Phrase) -> bool:
    """A post right after a genitive rank's noun ("сана", "звания", past its adjectives) that a
    past verb of taking away governs: "Папа лишил духовного сана кардинала США", "был лишён
    звания полковника" (not "лишит", "грозит лишить", nor "сана" with no such verb)."""
    rank = prev_content(doc, phrase.start - 1)
    if rank is None or fold(rank.lemma_) not in RANK_WORDS or case_of(rank) not in ("Gen", "Acc"):
        return False
    if fold(rank.text) == fold(rank.lemma_):
        return False  # an inanimate accusative is the nominative's form: "лишил сан" is no
        # genitive, the tagger's Acc of "сана" is one
    verb = prev_content(doc, rank.i - 1)
    while verb is not None and verb.pos_ == "ADJ":
        verb = prev_content(doc, verb.i - 1)
    return (
        verb is not None
        and fold(verb.lemma_) in DEPRIVING
        and "Past" in verb.morph.get("Tense")
        and ("Fin" in verb.morph.get("VerbForm") or "Pass" in verb.morph.get("Voice"))
    )


def abdicated(doc: Doc, phrase: Phrase, ents: Entities) -> bool:
    """A past participle of abdicating or of being deposed (``DEPOSED``) of the post's case
    shortly before it ("отрекшийся от престола Папа Римский", "Свергнутый президент Египта",
    "уволенный министр") or after it in its clause, past a comma ("первым японским правителем
    за последние 200 лет, отрёкшимся от престола"); looked for only where the document's cues
    have one."""
    cues = leaving_tokens(doc, ents)
    at = bisect_left(cues, phrase.start - PARTICIPLE_REACH)
    if at == len(cues) or cues[at] >= phrase.end + PARTICIPLE_AFTER:
        return False  # the cue may lie inside the phrase: "Свергнутый президент"
    head = doc[phrase.head]  # the participle may open the phrase: "Свергнутый президент"
    for token in reversed(doc[max(0, phrase.start - PARTICIPLE_REACH) : phrase.head]):
        if token.text in CLAUSE_ENDS:
            break
        if left_participle(token, head):
            return True
    for token in doc[phrase.end : phrase.end + PARTICIPLE_AFTER]:
        if token.text in CLAUSE_ENDS or ents.sent[token.i] != ents.sent[phrase.start]:
            return False
        if token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm"):
            return False  # "президент, который уволил …": another clause's verb
        if left_participle(token, head):
            return True
    return False


def left_participle(token: Token, head: Token) -> bool:
    """A past participle of abdicating or of being deposed agreeing in case with the post's
    head ("отрёкшимся" with "правителем"): by the tagger, or by pymorphy3 where the tagger
    reads it as a converb, a name or an adjective ("отрёкшимся", "Смещённый")."""
    if fold(token.lemma_) not in ABDICATING | DEPOSED:
        return False
    if "Part" in token.morph.get("VerbForm"):
        return "Past" in token.morph.get("Tense") and case_of(token) == case_of(head)
    return case_of(head) in _participle_cases(fold(token.text))


# pymorphy3's case grammemes by the tagger's names
MORPH_CASES = {"nomn": "Nom", "gent": "Gen", "datv": "Dat", "accs": "Acc", "ablt": "Ins",
               "loct": "Loc"}  # fmt: skip


@lru_cache(maxsize=2_000)
def _participle_cases(word: str) -> frozenset[str]:
    """The cases a word has as a past full participle by pymorphy3 (none when it is not one)."""
    return frozenset(
        MORPH_CASES.get(parse.tag.case, "")
        for parse in models.morph_analyzer().parse(word)
        if parse.tag.POS == "PRTF" and "past" in parse.tag.grammemes
    )


def former_shared(doc: Doc, phrase: Phrase) -> bool:
    """The second of two posts joined by "и" whose first is former by its own word: "Бывший
    актёр и комик", "экс-министр и депутат" (the status word before the pair is both's)."""
    head = doc[phrase.head]
    conj = prev_content(doc, phrase.start - 1)
    if conj is None or fold(conj.text) != "и":
        return False
    first = prev_content(doc, conj.i - 1)
    if first is None or first.pos_ not in ("NOUN", "PROPN") or case_of(first) != case_of(head):
        return False
    if fold(first.text).startswith(FORMER_PREFIX):
        return is_role_noun(first)
    word = prev_content(doc, first.i - 1)
    while word is not None and word.pos_ == "ADJ" and case_of(word) == case_of(head):
        if fold(word.lemma_) in FORMER_ADJECTIVES:
            return is_role_noun(first)
        word = prev_content(doc, word.i - 1)
    return False


def took_away(word: Token) -> bool:
    """A noun of leaving, or a verb or participle of leaving or dismissal in the past, whoever
    its subject ("уход", "покинул", "освободил", "освобождён"; not "покинет", "освободить"),
    or a finite verb of leaving in the present, a leaving the news narrates as done ("покидает пост
    главнокомандующего", ``data/gold/roles.md``, session 11; not "покидающий")."""
    if word.pos_ == "NOUN" or "Past" in word.morph.get("Tense"):
        return True
    present = "Pres" in word.morph.get("Tense") and "Fin" in word.morph.get("VerbForm")
    return present and fold(word.lemma_) in LEAVING  # not "руководит фондом с должности"


def left_after(doc: Doc, phrase: Phrase, ents: Entities, period_only: bool = False) -> bool:
    """The holder's own leaving after the post, in its clause: past its name at most; with
    ``period_only``, a closed period only ("с 1991 по 1992 годы")."""
    start, end = phrase.start, phrase.end
    cues = leaving_tokens(doc, ents)
    at = bisect_left(cues, end)
    if at == len(cues) or cues[at] >= end + LEAVING_WINDOW:
        return False  # no word of leaving after the post
    first = next_content(doc, end)
    crossed = False  # past the holder's name or another post: a range of years is theirs
    i = end
    while i < min(len(doc), end + LEAVING_WINDOW):
        token = doc[i]
        if ents.sent[i] != ents.sent[start] or token.pos_ in ("SCONJ", "PRON"):
            return False
        if fold(token.text) == INSTEAD:
            return False  # "вместо отправленного в отставку Ивана Муравьева": the replaced's
        if i in ents.per:
            if first is None or i != first.i:
                return False  # another person's leaving
            i = ents.per[i].end
            crossed = True
            continue
        lemma = fold(token.lemma_)
        if closed_period(doc, i) and (not crossed or fold(token.text) == PERIOD_FROM):
            return True  # "занимал пост президента Перу дважды — в 1985—1990 годах"; not
            # "памятника поэту Габдулле Тукаю … в 2010-2011 годах" (the range is another's)
        crossed = crossed or (token.pos_ == "NOUN" and is_role_noun(token))
        if period_only:
            i += 1
            continue
        if lemma in ABDICATING and leaves(token) and _past(fold(token.text)):
            return True  # "Акихито отрёкся от престола"; the tagger reads "отречётся" as past
        if lemma in LEAVING and leaves(token) and token.pos_ != "NOUN":
            if not agrees(token, doc[phrase.head]):
                return False  # "все обвинения против журналиста сняты": another subject
            if lemma not in QUITTING | RESIGNING:
                return True
            after = doc[i + 1 : i + 4]
            if any(fold(t.lemma_) in POST_WORDS for t in after):
                return True  # "покинул свой пост" (not "покинул пределы города")
        if lemma == RESIGNATION and i > 1 and doc[i - 2].pos_ != "NOUN" and leaves(doc[i - 2]):
            return True  # "ушёл в отставку", not "после ухода в отставку своего предшественника"
        i += 1
    return False


def leaves(verb: Token) -> bool:
    """A verb whose subject has left a post: a past finite verb of leaving ("покинул", "ушёл"
    (в отставку)), a passive of dismissal ("освобождён", "уволена", "отправлен"); not an
    active dismissal of another ("освободил", "отправил"), nor a future or an infinitive
    ("уйдёт", "покинуть")."""
    lemma = fold(verb.lemma_)
    if lemma in RESIGNING | QUITTING | ABDICATING:
        return "Past" in verb.morph.get("Tense") and "Fin" in verb.morph.get("VerbForm")
    return lemma in PASSIVE_LEAVING | SENDING and "Pass" in verb.morph.get("Voice")


def agrees(verb: Token, head: Token) -> bool:
    """A verb of leaving whose number is the post's, or either without one: "Министр …
    освобожден", "генералы … уволены"; not "обвинения против журналиста сняты"."""
    number, own = verb.morph.get("Number"), head.morph.get("Number")
    return not number or not own or number == own


def closed_period(doc: Doc, i: int) -> bool:
    """A closed period of years opens at token ``i``: "с 1995 по 2011 годы", "с 1 сентября 2005
    года по 31 декабря 2010" (a year after "с" and one after "по", a day, a month or "года"
    beside each; not "с 2005 года по настоящее время"), or a range of past years after "в" or a
    bracket ("в 1985—1990 годах", "(1988–1998)"; :func:`year_range`)."""
    if doc[i].text[:1].isdigit():
        return year_range(doc, i)
    if fold(doc[i].text) != PERIOD_FROM:
        return False
    words = doc[i + 1 : i + 1 + PERIOD_WORDS]
    to = next((t.i for t in words if fold(t.text) == PERIOD_TO), None)
    if to is None or not any(year(t) for t in doc[i + 1 : to]):
        return False
    return any(year(t) for t in doc[to + 1 : to + 1 + PERIOD_END_WORDS])


def year_range(doc: Doc, i: int) -> bool:
    """Token ``i`` is a range of years ("1985—1990") after "в", a bracket or a list's comma,
    ending before the article's year when the article has a date (not "на 2018—2024 годы", nor
    a range that runs past the article)."""
    found = YEAR_RANGE.fullmatch(doc[i].text)
    if found is None or i == 0 or fold(doc[i - 1].text) not in RANGE_OPENERS:
        return False
    start, stop = int(found[1]), int(found[2])
    dated = doc._.date
    return start < stop and (dated is None or stop < dated.year)


def year(token: Token) -> bool:
    """A year written in four digits."""
    return len(token.text) == 4 and token.text.isdigit()


def leaving_tokens(doc: Doc, ents: Entities) -> tuple[int, ...]:
    """The tokens of a document whose lemma is a word of leaving or opens a period ("с"), or
    that are a range of years ("1985—1990"), in order, read once per document from the lemma
    array and the text (most posts have none after them; ``views.text`` is ``doc.text`` built
    once, not joined anew from the tokens)."""
    if ents.leaving is None:
        lemmas = doc.to_array(LEMMA).tolist()
        present = CUE_IDS.intersection(lemmas)
        found = {i for i, lemma in enumerate(lemmas) if lemma in present} if present else set()
        for match in YEAR_RANGE.finditer(views.text(doc)):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is not None:
                found.add(span.start)
        ents.leaving = tuple(sorted(found))
    return ents.leaving


def former_apart(doc: Doc, phrase: Phrase) -> bool:
    """A "бывший" of the post's case, number and gender before it, parted from it by words
    that are no noun of its case ("бывший с 2004 по 2011 год глава Роскосмоса", "Бывший, по
    данным СМИ, глава"), within ``APART_WINDOW`` tokens of its clause. The tagger's features
    are read through ``words.morph_values`` (a tuple for ``morph.get``'s list: equal exactly
    when the lists are), the post's number only when a "бывший" is met."""
    head = doc[phrase.head]
    case = morph_values(head, "Case")
    i = phrase.start - 1
    while i >= 0 and phrase.start - i <= APART_WINDOW:
        token = doc[i]
        pos = token.pos_
        if token.text in CLAUSE_ENDS or pos in ("SCONJ", "VERB", "AUX"):
            return False
        if pos in ("NOUN", "PROPN") and morph_values(token, "Case") == case:
            before = doc[i - 1] if i else None
            if before is None or before.pos_ != "ADP":
                return False  # another noun of the post's case: its own phrase
        if pos == "ADJ" and fold(token.lemma_) in FORMER_ADJECTIVES:
            number = morph_values(head, "Number")
            return morph_values(token, "Case") == case and morph_values(token, "Number") == number
        i -= 1
    return False

"""Cases that kill the surviving mutants of session 10's roles rules (session 10, second pass).

Targets of ``benchmarks/mutation.py`` (tests only, no rule changed): roles_s10_again10_headlines
(``roles.headlines``), roles_s10_fields10 (``roles.status``, ``roles.ranks``,
``roles.agreement.origin_org``), roles_s10_again10 (``roles.referents``). Most cases go through
the public pipeline (``tables.roles``): a Russian sentence of news shape and the exact rows, with
a case on the other side of the condition a mutant changes; ``closed_period`` is also read on
its words alone.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ruextract.roles.status import closed_period
from tests.conftest import RoleRow as Row
from tests.conftest import role_rows as rows

TOURIST = "Космический турист готовится\n"  # a headline that names no post
SIMONYI = "Чарльз Симони прошёл подготовку. Симони полетит в апреле."


PETROV_SCHOOL = "Иван Петров был директором школы "
SCHOOL = ("Иван Петров", "директор", "директором школы", "школа")
TULA = ("Иван Петров", "губернатор", "губернатором Тульской области", "Тульская область")
YEARS = "Ранее Иван Петров в течение долгих восьми лет в самые трудные для всего региона годы "

# roles_s10_fields10: closed_period's windows, earlier's verb count and reach
FIELDS: dict[str, tuple[str, list[Row]]] = {
    # closed_period: "по" at most PERIOD_WORDS (5 since session 14) words after "с"
    "period: 'по' the fourth word after 'с'": (
        f"{PETROV_SCHOOL}с сентября 1995 года по 2011 год.",
        [(*SCHOOL, "former")],
    ),
    # session 14: a day before the month puts "по" fifth, and the year third after "по"; both
    # are closed periods by the guideline (they were this table's outer bounds until then)
    "period: 'по' the fifth word after 'с'": (
        f"{PETROV_SCHOOL}с 1 сентября 1995 года по 2011 год.",
        [(*SCHOOL, "former")],
    ),
    # ... a year right after "с"
    "period: a year right after 'с'": (
        f"{PETROV_SCHOOL}с 1995 года по сентябрь 2011 года.",
        [(*SCHOOL, "former")],
    ),
    # ... no year between "с" and "по"
    "period: no year between 'с' and 'по'": (
        f"{PETROV_SCHOOL}с мая по сентябрь 2011 года.",
        [(*SCHOOL, "current")],
    ),
    # ... a year at most two words after "по"
    "period: a year right after 'по'": (
        f"{PETROV_SCHOOL}с 1995 по 2011 год.",
        [(*SCHOOL, "former")],
    ),
    "period: a year the second word after 'по'": (
        f"{PETROV_SCHOOL}с 1995 года по конец 2011 года.",
        [(*SCHOOL, "former")],
    ),
    "period: a year the third word after 'по'": (
        f"{PETROV_SCHOOL}с 1995 года по 1 сентября 2011 года.",
        [(*SCHOOL, "former")],
    ),
    "period: no year after 'по'": (
        f"{PETROV_SCHOOL}с 1995 года по 1 сентября.",
        [(*SCHOOL, "current")],
    ),
    # ... "по" right after a year: the year before it opens the period, none closes it
    "period: a year before 'по', none after": (
        f"{PETROV_SCHOOL}с 2005 по настоящее время.",
        [(*SCHOOL, "current")],
    ),
    # announced: a noun of leaving opening the text has no "о" before it
    "a noun of leaving opening the text: former": (
        "Уход с поста главного тренера «Манчестер Юнайтед» Алекс Фергюсон объяснил усталостью.",
        [
            (
                "Алекс Фергюсон",
                "главный тренер",
                "главного тренера «Манчестер Юнайтед»",
                "Манчестер Юнайтед",
                "former",
            )
        ],
    ),
    # ranks.ordinal: an ordinal ranks a deputy's post, another adjective does not
    "rank: an ordinal before a deputy's post": (
        "Первый заместитель министра финансов Иван Петров заявил об этом.",
        [
            (
                "Иван Петров",
                "первый заместитель министра финансов",
                "Первый заместитель министра финансов",
                None,
                "current",
            )
        ],
    ),
    "rank: a quality before a deputy's post": (
        "Опытный заместитель министра финансов Иван Петров заявил об этом.",
        [
            (
                "Иван Петров",
                "заместитель министра финансов",
                "Опытный заместитель министра финансов",
                None,
                "current",
            )
        ],
    ),
    "rank: an ordinal in digits before a deputy's post": (
        "1-й заместитель министра финансов Иван Петров заявил об этом.",
        [
            (
                "Иван Петров",
                "1-й заместитель министра финансов",
                "1-й заместитель министра финансов",
                None,
                "current",
            )
        ],
    ),
    # abdicated: only a past participle of abdicating, in the post's clause
    "abdicated: a cue ('с') before a sentence's end before the post": (
        "Встреча с журналистами прошла. Папа Римский Франциск выступил.",
        [("Франциск", "папа римский", "Папа Римский", None, "current")],
    ),
    "abdicated: another past participle, a cue ('с') beside it": (
        "В Ватикане подтвердили, что выступивший с речью Папа Римский Бенедикт XVI болен.",
        [("Бенедикт XVI", "папа римский", "Папа Римский", None, "current")],
    ),
    # agreement.origin_org: the org after "из" right past the name of a post right before it
    "origin: 'из' and an org right past the name": (
        "Премию получил математик Иван Петров из Кембриджского университета.",
        [("Иван Петров", "математик", "математик", "Кембриджский университет", "current")],
    ),
    "origin: a comma between the post and the name": (
        "Премию получил известный математик, Иван Петров из Кембриджского университета.",
        [("Иван Петров", "математик", "известный математик", None, "current")],
    ),
    "origin: 'из' and no org nor place": (
        "Премию получил математик Иван Петров из нашего города.",
        [("Иван Петров", "математик", "математик", None, "current")],
    ),
    "origin: the name ends the text": (
        "Об этом заявил математик Иван Петров",
        [("Иван Петров", "математик", "математик", None, "current")],
    ),
    # earlier: the copula is the clause's one finite verb
    "earlier: 'ранее', the copula alone": (
        "Ранее Иван Петров был губернатором Тульской области.",
        [(*TULA, "former")],
    ),
    "earlier: 'ранее', another finite verb before the copula": (
        "Ранее Иван Петров работал в банке и был губернатором Тульской области.",
        [(*TULA, "current")],
    ),
    # ... a verb of heading is the post: no other finite verb allowed
    "earlier: 'ранее' before a verb of heading": (
        "Ранее Алексей Миллер долго возглавлял Газпром.",
        [("Алексей Миллер", "глава", "возглавлял Газпром", "Газпром", "former")],
    ),
    # ... only in the post's clause: a sentence's end or a line before it ends the search
    "earlier: 'ранее' in the sentence before": (
        "Всё как ранее. Иван Петров был губернатором Тульской области.",
        [(*TULA, "current")],
    ),
    "earlier: 'ранее' in the line before": (
        "Всё как ранее\nИван Петров был губернатором Тульской области.",
        [(*TULA, "current")],
    ),
    # ... a dash does not end it: a parenthesis between dashes
    "earlier: 'ранее' before a parenthesis between dashes": (
        "Иван Петров ранее — до переезда в Москву — был губернатором Тульской области.",
        [(*TULA, "former")],
    ),
    # ... an infinitive is no finite verb: only the finite one counts
    "earlier: an infinitive copula after a finite verb": (
        "Ранее Иван Петров успел поработать директором школы.",
        [(*SCHOOL, "former")],
    ),
    # ... "ранее" at most EARLIER_REACH (20) tokens before the post
    "earlier: 'ранее' the twentieth token before the post": (
        f"{YEARS}больших перемен и реформ был губернатором Тульской области.",
        [(*TULA, "former")],
    ),
    "earlier: 'ранее' the twenty-first token before the post": (
        f"{YEARS}очень больших перемен и реформ был губернатором Тульской области.",
        [(*TULA, "current")],
    ),
}

# roles_s10_again10_headlines: named_first_after, first_verb, coordinated, joined_to_other,
# held_alike
THEFT = "Кража в сельсовете\nГлавный бухгалтер сельсовета "
AUDIT = " Иван Петров провёл ревизию. Петров обратился в полицию."
AUDIT_F = " Анна Белова провела ревизию. Белова обратилась в полицию."
ACCOUNTANT = ("главный бухгалтер сельсовета", "Главный бухгалтер сельсовета", None)
DONE = "\nПодготовка завершена. "  # the first name two sentences after a headline: no lead
CODER = ("Чарльз Симони", "программист", "Программист", None, "current")
HEADLINES: dict[str, tuple[str, list[Row]]] = {
    # first_verb: the verb agrees with a masculine holder, the post's gender unmarked
    "first after: a masculine verb, a man named first": (
        f"{TOURIST}Программист готовился к полёту. {SIMONYI}",
        [CODER],
    ),
    # first_verb: an auxiliary is a finite verb that shows the gender
    "first verb: an auxiliary of the other gender": (
        f"{THEFT}была уволена.{AUDIT}",
        [],
    ),
    "first verb: an auxiliary of the holder's gender": (
        f"{THEFT}был уволен.{AUDIT}",
        [("Иван Петров", *ACCOUNTANT, "former")],
    ),
    # ... every word after the post is read, the second one too
    "first verb: the second word after the post, the other gender": (
        f"{THEFT}тайно перечисляла деньги на свой счёт.{AUDIT}",
        [],
    ),
    "first verb: the second word after the post, the holder's gender": (
        f"{THEFT}тайно перечислял деньги на свой счёт.{AUDIT}",
        [("Иван Петров", *ACCOUNTANT, "current")],
    ),
    # ... a gerund is no finite verb: the finite one after it shows the gender
    "first verb: a gerund before the finite verb of the other gender": (
        f"{THEFT}желая разбогатеть, перечисляла деньги на свой счёт.{AUDIT}",
        [],
    ),
    # ... only in the post's sentence: a verb of the next sentence is not its
    "first verb: none in the post's sentence, a feminine verb in the next": (
        f"Программист на орбите\nПогода была хорошей. {SIMONYI}",
        [CODER],
    ),
    # named_first_after: a masculine verb for a woman, a feminine one for her
    "first after: a masculine verb, a woman named first": (
        f"{THEFT}перечислял деньги на свой счёт.{AUDIT_F}",
        [],
    ),
    "first after: a feminine verb, a woman named first": (
        f"{THEFT}перечисляла деньги на свой счёт.{AUDIT_F}",
        [("Анна Белова", *ACCOUNTANT, "current")],
    ),
    # ... a feminine post is a woman's, not a man's
    "first after: a feminine post, a woman named first": (
        f"{TOURIST}Актриса готовится к съёмкам. Анна Белова прошла пробы. Белова снимется в "
        "фильме.",
        [("Анна Белова", "актриса", "Актриса", None, "current")],
    ),
    "first after: a feminine post, a man named first": (
        f"{TOURIST}Актриса готовится к съёмкам. Иван Белов прошёл пробы. Белов снимется в фильме.",
        [],
    ),
    # ... a demonstrative or "новый" before the post: someone else, or its new holder
    "first after: a demonstrative before the post": (
        f"{TOURIST}Этот программист готовится к полёту. {SIMONYI}",
        [],
    ),
    "first after: a new holder": (f"{TOURIST}Новый программист готовится к полёту. {SIMONYI}", []),
    # ... a lead's post with no headline before it
    "first after: the second sentence's post, no headline": (
        f"Погода хорошая. Программист готовится к полёту. {SIMONYI}",
        [CODER],
    ),
    # ... a headline's post, the first name two sentences after (no lead names it)
    "first after: a headline's post, the name two sentences after": (
        f"Программист готовится к полёту{DONE}{SIMONYI}",
        [CODER],
    ),
    "first after: a headline's accusative post": (
        f"Программиста готовят к полёту{DONE}{SIMONYI}",
        [],
    ),
    "first after: a headline's plural post": (
        f"Программисты готовятся к полёту{DONE}{SIMONYI}",
        [],
    ),
    # joined_to_other: "и" after a word that is no noun of the post's case and number
    "joined: 'и' after a particle": (f"Вот и программист готовится к полёту{DONE}{SIMONYI}", []),
    "joined: 'и' after a genitive noun": (
        f"Выпускник университета и программист готовится к полёту{DONE}{SIMONYI}",
        [],
    ),
    "joined: 'и' after a nominative singular post: a list": (
        f"Программист и миллиардер готовится к полёту{DONE}{SIMONYI}",
        [CODER, ("Чарльз Симони", "миллиардер", "миллиардер", None, "current")],
    ),
    # held_alike: the person named with another post, or with the same one
    "held alike: the person named with another post": (
        f"{TOURIST}Программист готовится к полёту. Чарльз Симони, миллиардер, прошёл "
        "подготовку. Симони полетит в апреле.",
        [CODER, ("Чарльз Симони", "миллиардер", "миллиардер", None, "current")],
    ),
    "held alike: the person named with the same post": (
        f"{TOURIST}Программист готовится к полёту. Чарльз Симони, известный программист, прошёл "
        "подготовку. Симони полетит в апреле.",
        [CODER, ("Чарльз Симони", "программист", "известный программист", None, "current")],
    ),
}

KERNES = ("Геннадий Кернес", "мэр", "Мэр Харькова", "Харьков", "current")
KERNES_AGAIN = ("Геннадий Кернес", "мэр", "мэр", "Харьков", "current")
KERNES_LEAD = (
    "Мэр Харькова Геннадий Кернес ранен. Кернес попал в больницу. Врачи сделали операцию. "
)
# roles_s10_again10: named_again's tags ("marked", "pronoun", "topic") keep a post named again
# out of the posts a headline's post is matched with (headlines.headline_posts)
AGAIN: dict[str, tuple[str, list[Row]]] = {
    "tag: a marked post is no holder for a headline's post": (
        "Журналист найден у дома\nАнна Белова сообщила полиции о пропаже соседа. Иван Петров "
        "пропал в понедельник. Вечером 47-летнего журналиста нашли у дома. Белова рада.",
        [
            ("Анна Белова", "журналист", "Журналист", None, "current"),
            ("Иван Петров", "журналист", "журналиста", None, "current"),
        ],
    ),
    "tag: a post a pronoun names is no holder for a headline's post": (
        "Актёр найден\nАнна Белова сообщила об этом. Белова рада. Уже найден актёр на роль "
        "джина. Им будет Уилл Смит.",
        [
            ("Анна Белова", "актер", "Актёр", None, "current"),
            ("Уилл Смит", "актер", "актёр", None, "current"),
        ],
    ),
    "tag: the main person's post alone is no holder for a headline's post": (
        "Политик в больнице\nАнна Белова сообщила об этом журналистам. Президент Украины Виктор "
        "Петренко ранен. Петренко был доставлен в больницу. Врачи сделали операцию. Позже "
        "политик пришёл в себя. Петренко выздоравливает.",
        [
            ("Виктор Петренко", "президент", "Президент Украины", "Украина", "current"),
            ("Виктор Петренко", "политик", "политик", None, "current"),
        ],
    ),
    # named_by_pronoun: the next sentence after a line break; a one-word name right after the
    # copula; not a genitive complement of a noun
    "pronoun: the next sentence after a line break": (
        "Уже найден актёр на роль джина.\nИм будет Уилл Смит.",
        [("Уилл Смит", "актер", "актёр", None, "current")],
    ),
    "pronoun: a one-word name right after the copula": (
        "Уже найден актёр на роль джина. Им будет Смит.",
        [("Смит", "актер", "актёр", None, "current")],
    ),
    "pronoun: a genitive post after a noun": (
        "Совет утвердил кандидатуру директора. Им стал Иван Петров.",
        [],
    ),
    "pronoun: a genitive post after a verb": (
        "Совет выбрал директора. Им стал Иван Петров.",
        [("Иван Петров", "директор", "директора", None, "current")],
    ),
    # topic_named_last: the main person named last, by a one-word name, first in the article or
    # after another person
    "topic: the main person's one-word name opens the article": (
        "Кернес попал в больницу. Врачи сделали операцию. Позже мэр пришёл в себя. Мэр Харькова "
        "Геннадий Кернес выздоравливает.",
        [KERNES_AGAIN, KERNES],
    ),
    "topic: the main person's one-word name after another person": (
        "Анна Белова сообщила об этом. Кернес попал в больницу. Врачи сделали операцию. Позже "
        "мэр пришёл в себя. Мэр Харькова Геннадий Кернес выздоравливает.",
        [KERNES_AGAIN, KERNES],
    ),
    # ... a number before the post's word before it is no count of it
    "topic: a time earlier in the sentence": (
        f"{KERNES_LEAD}В 12:30 мск мэр был доставлен в больницу.",
        [KERNES, KERNES_AGAIN],
    ),
    # ... no finite verb after the post: no plural one
    "topic: the post ends its sentence": (
        f"{KERNES_LEAD}Позже в себя пришёл мэр.",
        [KERNES, KERNES_AGAIN],
    ),
}

CASES = {**HEADLINES, **FIELDS, **AGAIN}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_mutants_s10b(parse, text, expected):
    assert rows(parse(text)) == expected


# closed_period on the words alone (it reads token texts only): "с" at ``i`` opens the period,
# a "по" before it or right after it closes none, a year before "с" opens none
PERIODS = {
    "'по' before 'с' is no end of the period": ("по с 1995 по 2011 год", 1, True),
    "'по' right after 'с': no year between": ("с по 1995 по 2011 год", 0, False),
    "a year before 'с' is not the period's start": ("2005 с мая по август 2010", 1, False),
    "a year after 'с' and after 'по'": ("2005 с 2006 по 2010", 1, True),
}


@pytest.mark.parametrize("words, i, expected", PERIODS.values(), ids=PERIODS.keys())
def test_closed_period_words(words, i, expected):
    assert closed_period(Doc(Vocab(), words=words.split()), i) is expected

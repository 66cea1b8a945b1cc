"""Roles fields (session 14): the record's status, role string and org, by the causes of the
draw-14 held-out list (``data/gold/roles.md``, "Draw-14 held-out errors, listed"): an
abdication told by a verb after the name or a participle after the post, a participle of being
deposed ("Свергнутый президент"), the replaced man of "сменил на посту", a range of past years
("в 1985—1990 годах"), a dismissal told by a noun with the post in its genitive ("объявил об
увольнении начальника"), and another's leaving kept from the holder (after "вместо", a verb
of another number) (:mod:`ruextract.roles.status`); each rule with cases that must match and
must not."""

from __future__ import annotations

import pytest

from tests.conftest import labelled_role_rows as rows

PETROV = "Иван Петров"

STATUSES = {
    # AN ABDICATION after the name (status.left_after, ABDICATING)
    "'отрёкся от престола' after the name makes the post former": (
        "Король Иван Петров отрёкся от престола в пользу сына.",
        [(PETROV, "король", "Король", None, None, "former")],
    ),
    "'отречётся' (ahead) is no leaving: current": (
        "Король Иван Петров отречётся от престола в пользу сына.",
        [(PETROV, "король", "Король", None, None, "current")],
    ),
    # AN ABDICATING PARTICIPLE AFTER THE POST (status.abdicated)
    "a participle of abdicating after the post, past a comma: former": (
        f"{PETROV} стал первым правителем за сто лет, отрёкшимся от престола.",
        [(PETROV, "правитель", "первым правителем", None, None, "former")],
    ),
    "a participle of another case after the post is not its: current": (
        f"{PETROV} стал правителем после короля, отрёкшегося от престола.",
        [(PETROV, "правитель", "правителем", None, None, "current")],
    ),
    # A PARTICIPLE OF BEING DEPOSED before the post (status.DEPOSED)
    "'Свергнутый' before the post makes it former": (
        f"Свергнутый президент {PETROV} умер в зале суда.",
        [(PETROV, "президент", "Свергнутый президент", None, None, "former")],
    ),
    "'уволенный' before the post makes it former": (
        f"Уволенный министр {PETROV} подал иск.",
        [(PETROV, "министр", "министр", None, None, "former")],
    ),
    "a participle of another verb before the post: current": (
        f"Избранный президент {PETROV} выступил в парламенте.",
        [(PETROV, "президент", "президент", None, None, "current")],
    ),
    # THE REPLACED MAN OF "сменил на посту" with no named successor (status.replaced)
    "'сменил на посту X Y': Y's post is former": (
        "Японский дипломат сменил на посту главного тренера Ивана Петрова.",
        [(PETROV, "главный тренер", "главного тренера", None, None, "former")],
    ),
    "'сменит на посту X Y' (ahead): current": (
        "Новый тренер сменит на посту главного тренера Ивана Петрова.",
        [(PETROV, "главный тренер", "главного тренера", None, None, "current")],
    ),
    "'оставил на посту X Y' is no replacing: current": (
        "Совет директоров оставил на посту главного тренера Ивана Петрова.",
        [(PETROV, "главный тренер", "главного тренера", None, None, "current")],
    ),
    # A RANGE OF PAST YEARS (status.year_range)
    "a range of years after 'в' after the post: former": (
        f"{PETROV} занимал пост президента Перу в 1985—1990 годах.",
        [(PETROV, "президент", "президента Перу", "Перу", "COUNTRY", "former")],
    ),
    "a range of years in brackets after the post: former": (
        f"{PETROV} — министр финансов (2001—2003), затем депутат.",
        [
            (PETROV, "министр финансов", "министр финансов", None, None, "former"),
            (PETROV, "депутат", "депутат", None, None, "current"),
        ],
    ),
    "a range after 'на' is a term ahead: current": (
        f"{PETROV} избран мэром на 2018—2023 годы.",
        [(PETROV, "мэр", "мэром", None, None, "current")],
    ),
    "a range past the holder's name is another's time: current": (
        "Памятник поэту Ивану Петрову поставят на площади в 2010—2011 годах.",
        [(PETROV, "поэт", "поэту", None, None, "current")],
    ),
    "a range after the article's year is not over: current": (
        f"{PETROV} был президентом клуба в 2015—2019 годах.",
        [(PETROV, "президент", "президентом клуба", "клуб", "ORG", "current")],
        "2017-05-01",
    ),
    # A DISMISSAL TOLD BY A NOUN (status.dismissal_told)
    "'объявил об увольнении X Y': former, both of a coordinated pair": (
        "Кремль объявил об увольнении начальника полиции Москвы Ивана Петрова и начальника "
        "управления ГИБДД Олега Сидорова.",
        [
            (PETROV, "начальник", "начальника полиции Москвы", "полиция Москвы", "ORG", "former"),
            (
                "Олег Сидоров",
                "начальник",
                "начальника управления ГИБДД",
                "управление ГИБДД",
                "ORG",
                "former",
            ),
        ],
    ),
    "'после отставки X Y': former": (
        "После отставки главного тренера Ивана Петрова клуб возглавил Олег Сидоров.",
        [
            (PETROV, "главный тренер", "главного тренера", None, None, "former"),
        ],
    ),
    "a dismissal asked for: current": (
        "Депутаты ходатайствовали об увольнении главы полиции Ивана Петрова.",
        [(PETROV, "глава", "главы полиции", "полиция", "ORG", "current")],
    ),
    "a dismissal announced ahead: current": (
        "Кремль объявит об увольнении главы полиции Ивана Петрова.",
        [(PETROV, "глава", "главы полиции", "полиция", "ORG", "current")],
    ),
    # ANOTHER'S LEAVING (status.left_after: "вместо", a verb of another number)
    "a leaving after 'вместо' is the replaced man's: current": (
        f"Новым руководителем фонда вместо отправленного в отставку Олега Сидорова стал {PETROV}.",
        [(PETROV, "руководитель", "Новым руководителем фонда", "фонд", "ORG", "current")],
    ),
    "a passive of another number is another subject's: current": (
        "Министр заявил, что все обвинения против журналиста Ивана Петрова сняты.",
        [(PETROV, "журналист", "журналиста", None, None, "current")],
    ),
    "a passive of the holder's number is his leaving: former": (
        f"Министр финансов {PETROV} освобожден от должности.",
        [(PETROV, "министр финансов", "Министр финансов", None, None, "former")],
    ),
}


@pytest.mark.parametrize("case", STATUSES.values(), ids=STATUSES.keys())
def test_roles_fields14_statuses(parse, case):
    text, expected, *date = case
    assert rows(parse(text, *date)) == expected


ROLE_STRINGS = {
    # A LEVEL OF GOVERNMENT is no part of the post (ranks.POST_ADJECTIVES)
    "'федеральный' leaves the role, as a place's adjective": (
        f"Федеральный судья {PETROV} вынес приговор.",
        [(PETROV, "судья", "Федеральный судья", None, None, "current")],
    ),
    "'федеральным прокурором' leaves it too, the place after it the org": (
        f"{PETROV} работал федеральным прокурором Манхэттена.",
        [(PETROV, "прокурор", "федеральным прокурором Манхэттена", "Манхэттен", "LOC", "current")],
    ),
    # AN ADJECTIVE OF THE POST'S NAME READ IN ANOTHER CASE (edges.named_part)
    "'генерального' read as an accusative stays with the genitive post": (
        "По словам Ивана Петрова, генерального секретаря Osapp, профсоюз готов.",
        [
            (
                PETROV,
                "генеральный секретарь",
                "генерального секретаря Osapp",
                "Osapp",
                "ORG",
                "current",
            )
        ],
    ),
    "a quality adjective so read does not stretch the phrase": (
        "Суд освободил Ивана Петрова, известного бизнесмена, вчера.",
        [(PETROV, "бизнесмен", "бизнесмена", None, None, "current")],
    ),
    "an adjective of the post's name stays": (
        f"Главный судья {PETROV} вынес приговор.",
        [(PETROV, "главный судья", "Главный судья", None, None, "current")],
    ),
}


@pytest.mark.parametrize("text, expected", ROLE_STRINGS.values(), ids=ROLE_STRINGS.keys())
def test_roles_fields14_role_strings(parse, text, expected):
    assert rows(parse(text)) == expected


ORGS = {
    # A DOMAIN AFTER "по" CLOSING THE PHRASE is the org's (fields.org_domain)
    "a branch's place after 'по' joins the org": (
        f"Начальник ГУ МВД по Москве {PETROV} заявил об этом.",
        [(PETROV, "начальник", "Начальник ГУ МВД по Москве", "ГУ МВД по Москве", "ORG", "current")],
    ),
    "a committee's domain after 'по' joins the org": (
        f"{PETROV}, глава комитета Госдумы по обороне, заявил об этом.",
        [
            (
                PETROV,
                "глава",
                "глава комитета Госдумы по обороне",
                "комитет Госдумы по обороне",
                "ORG",
                "current",
            )
        ],
    ),
    "a post's domain after an org that is no body's part stays out of the org": (
        f"{PETROV}, докладчик ПАСЕ по правам ЛГБТ, заявил об этом.",
        [(PETROV, "докладчик", "докладчик ПАСЕ по правам ЛГБТ", "ПАСЕ", "ORG", "current")],
    ),
    "a post's domain before the org stays in the role": (
        f"Директор по маркетингу сервисов Яндекса {PETROV} заявил об этом.",
        [
            (
                PETROV,
                "директор по маркетингу сервисов",
                "Директор по маркетингу сервисов Яндекса",
                "Яндекс",
                "ORG",
                "current",
            )
        ],
    ),
    # A HOUSE OF WORSHIP is an org's kind (places.ORG_KINDS)
    "'синагоги' after a rabbi is where he serves, not his post": (
        f"Пострадал раввин синагоги {PETROV}.",
        [(PETROV, "раввин", "раввин синагоги", "синагога", "ORG", "current")],
    ),
    "a festival is no kind here: the genitive chain keeps its post": (
        f"Председатель жюри Каннского фестиваля {PETROV} заявил об этом.",
        [
            (
                PETROV,
                "председатель жюри",
                "Председатель жюри Каннского фестиваля",
                "Каннский фестиваль",
                "ORG",
                "current",
            )
        ],
    ),
    # AN ORG'S ADJECTIVES ITS NORMAL NAME LOST (places.with_adjectives)
    "the adjective of an org named by common words stays in it": (
        f"{PETROV}, председатель контрольного комитета Москвы, заявил об этом.",
        [
            (
                PETROV,
                "председатель",
                "председатель контрольного комитета Москвы",
                "контрольный комитет Москвы",
                "ORG",
                "current",
            )
        ],
    ),
    "an adjective of time does not": (
        f"{PETROV}, премьер-министр нового коалиционного правительства, заявил об этом.",
        [
            (
                PETROV,
                "премьер-министр",
                "премьер-министр нового коалиционного правительства",
                "коалиционное правительство",
                "ORG",
                "current",
            )
        ],
    ),
    "a proper name keeps its own form": (
        f"{PETROV}, глава Федеральной службы безопасности, заявил об этом.",
        [
            (
                PETROV,
                "глава",
                "глава Федеральной службы безопасности",
                "Федеральная служба безопасности",
                "ORG",
                "current",
            )
        ],
    ),
    # A CAPITALISED GENERIC KIND stands for the org named last (fields.capitalised_kind)
    "'Агентства' after the agency named in the sentence is that agency": (
        "Секретариат МАГАТЭ в сообщении о смерти главы Агентства Ивана Петрова подтвердил это.",
        [(PETROV, "глава", "главы Агентства", "МАГАТЭ", "ORG", "current")],
    ),
    "'Агентства' with no org named before stays as written": (
        f"Глава Агентства {PETROV} заявил об этом.",
        [(PETROV, "глава", "Глава Агентства", "Агентство", "ORG", "current")],
    ),
    # A SENTENCE'S POINT THE ORG'S MENTION TOOK IN (places.place_record)
    "the sentence's closing point leaves the org's name": (
        "Иван Петров входит в совет директоров банка HSBC. Он также является старшим "
        "исследователем в Колумбийском университете.\n\nБ.Обама охарактеризовал его.",
        [
            (
                PETROV,
                "старший исследователь",
                "старшим исследователем в Колумбийском университете.",
                "Колумбийский университет",
                "ORG",
                "current",
            )
        ],
    ),
    "an exclamation mark of the org's name stays": (
        "Сопредседатель группы «Экозащита!» Иван Петров заявил об этом.",
        [
            (
                PETROV,
                "сопредседатель",
                "Сопредседатель группы «Экозащита!»",
                "Экозащита!",
                "ORG",
                "current",
            )
        ],
    ),
}


@pytest.mark.parametrize("text, expected", ORGS.values(), ids=ORGS.keys())
def test_roles_fields14_orgs(parse, text, expected):
    assert rows(parse(text)) == expected

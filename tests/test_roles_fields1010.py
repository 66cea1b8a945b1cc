"""Roles fields (session 10): the role string, status and org of a found row; each rule with
cases on both sides of its conditions, and must-not cases (``data/gold/roles.md``)."""

from __future__ import annotations

import pytest

from ruextract import tables
from ruextract.roles import agreement, phrases, ranks, words
from tests.conftest import labelled_role_rows as rows


@pytest.fixture(autouse=True)
def fresh_word_caches():
    """Each case reads its words afresh (the caches of words read before would answer)."""
    words._NOT_POST.clear()
    for cached in (
        words._surely_no_post, words._may_name_adjectival_post, words._adjectival_stems,
        words._stem_starts, words._stem_lengths, words._known_word, words._head_lemma,
        words.compound_role, words.similar_role, words.substantive,
        agreement.only_nominative, agreement.plural_only, phrases._named, ranks._ordinal,
        agreement._intransitive,
    ):  # fmt: skip
        getattr(cached, "cache_clear", lambda: None)()


ROLE = {
    # ADJECTIVES OF THE POST'S NAME (phrases.POST_ADJECTIVES, an ordinal of a deputy's rank)
    "'главный' is part of the post": (
        "Главный тренер «Спартака» Дмитрий Аленичев подал в отставку.",
        [("Дмитрий Аленичев", "главный тренер", "Главный тренер «Спартака»", "Спартак", "ORG",
          "current")],
    ),
    "a quality is not": (
        "Известный тренер «Спартака» Дмитрий Аленичев подал в отставку.",
        [("Дмитрий Аленичев", "тренер", "Известный тренер «Спартака»", "Спартак", "ORG",
          "current")],
    ),
    "'специальный' is part of the post": (
        "Неизвестные избили специального корреспондента «Коммерсантъ» Григория Ревзина.",
        [("Григорий Ревзин", "специальный корреспондент",
          "специального корреспондента «Коммерсантъ»", "Коммерсантъ", "ORG", "current")],
    ),
    "an ordinal before a deputy's post ranks it": (
        "Александр Мишарин занимал должность первого вице-президента РЖД.",
        [("Александр Мишарин", "первый вице-президент", "первого вице-президента РЖД", "РЖД",
          "ORG", "current")],
    ),
    "an ordinal before a deputy's compound ranks it": (
        "Первый замминистра обороны Иван Петров заявил об этом.",
        [("Иван Петров", "первый заместитель министра обороны",
          "Первый замминистра обороны", None, None, "current")],
    ),
    "an ordinal before a secretary ranks it": (
        "Заявил первый секретарь крайкома Владимир Гришуков.",
        [("Владимир Гришуков", "первый секретарь крайкома", "первый секретарь крайкома", None,
          None, "current")],
    ),
    "an ordinal before another post counts holders in time: not part of it": (
        "Первый президент ЮАР Нельсон Мандела умер.",
        [("Нельсон Мандела", "президент", "Первый президент ЮАР", "ЮАР", "COUNTRY",
          "current")],
    ),
    # A PLACE'S ADJECTIVE IS WHERE, NOT THE POST
    "a region's adjective before the post leaves the role": (
        "Калининградский министр экономики Вадим Амстель подписал указ.",
        [("Вадим Амстель", "министр экономики", "Калининградский министр экономики", None,
          None, "current")],
    ),
    "a place's first word after the post is not the post's adjective": (
        "У бывшего главы Калининградской области Георгия Бооса родился сын.",
        [("Георгий Боос", "глава", "бывшего главы Калининградской области",
          "Калининградская область", "LOC", "former")],
    ),
    "a post's adjective after it that opens no place stays": (
        "Папа Римский Бенедикт XVI выступил с обращением.",
        [("Бенедикт XVI", "папа римский", "Папа Римский", None, None, "current")],
    ),
    # "глава страны" IS THE HEAD OF STATE SAID ANOTHER WAY
    "'глава страны' keeps 'страны'": (
        "Адли Мансур принёс присягу в качестве главы страны.",
        [("Адли Мансур", "глава страны", "главы страны", None, None, "current")],
    ),
    "another post of the country drops 'страны'": (
        "Адли Мансур принёс присягу в качестве президента страны.",
        [("Адли Мансур", "президент", "президента страны", None, None, "current")],
    ),
    # THE KIND OF A PLACE NAMED AFTER IT
    "'города' before the city's name leaves the role": (
        "Марьян Шарец работал мэром города Камник.",
        [("Марьян Шарец", "мэр", "мэром города Камник", "Камник", "LOC", "current")],
    ),
    # KINDS OF ORG
    "a movement named after its kind: the name, the kind leaves the role": (
        "Египетские спецслужбы арестовали лидера движения «Братья-мусульмане» Мухаммеда Бади.",
        [("Мухаммед Бади", "лидер", "лидера движения «Братья-мусульмане»",
          "Братья-мусульмане", "ORG", "current")],
    ),
}  # fmt: skip

STATUS = {
    # "временный": ACTING, NOT THE POST
    "'временный' makes the post acting and leaves the role": (
        "Временный руководитель Египта Адли Мансур распустил парламент.",
        [("Адли Мансур", "руководитель", "Временный руководитель Египта", "Египет", "COUNTRY",
          "acting")],
    ),
    "the tagger's lemma 'временной' too": (
        "Адли Мансур принёс присягу в качестве временного главы страны.",
        [("Адли Мансур", "глава страны", "временного главы страны", None, None, "acting")],
    ),
    "another adjective before the post: current": (
        "Новый руководитель Египта Адли Мансур распустил парламент.",
        [("Адли Мансур", "руководитель", "Новый руководитель Египта", "Египет", "COUNTRY",
          "current")],
    ),
    # THE CLAUSE'S TIME BEFORE: "до этого", "ранее" over a list of predicate posts
    "'до этого' before a copula: each listed post former": (
        "Александр Мишарин занимал должность вице-президента РЖД. До этого он был "
        "губернатором Свердловской области, начальником Свердловской железной дороги.",
        [("Александр Мишарин", "вице-президент", "вице-президента РЖД", "РЖД", "ORG",
          "current"),
         ("Александр Мишарин", "губернатор", "губернатором Свердловской области",
          "Свердловская область", "LOC", "former"),
         ("Александр Мишарин", "начальник", "начальником Свердловской железной дороги",
          "Свердловская железная дорога", "ORG", "former")],
    ),
    "no 'до этого': current": (
        "Александр Мишарин занимал должность вице-президента РЖД. Позже он был губернатором "
        "Свердловской области.",
        [("Александр Мишарин", "вице-президент", "вице-президента РЖД", "РЖД", "ORG",
          "current"),
         ("Александр Мишарин", "губернатор", "губернатором Свердловской области",
          "Свердловская область", "LOC", "current")],
    ),
    "'до' before another word: current": (
        "До выборов Мишарин был губернатором Свердловской области.",
        [("Мишарин", "губернатор", "губернатором Свердловской области",
          "Свердловская область", "LOC", "current")],
    ),
    "a comma no instrumental goes on after ends the clause": (
        "Ранее Круз, ставший сенатором в 2013 году, выступил с речью.",
        [("Круз", "сенатор", "сенатором", None, None, "current")],
    ),
    "a second finite verb ends the clause": (
        "Ранее Иван Петров работал в банке, сейчас является директором школы.",
        [("Иван Петров", "директор", "директором школы", "школа", "ORG", "current")],
    ),
    "a post after a preposition is no predicate: 'ранее' is not its time": (
        "Ранее Иван Петров поспорил с директором школы Анной Беловой.",
        [("Анна Белова", "директор", "директором школы", "школа", "ORG", "current")],
    ),
    "'ранее' before a verb of heading: former": (
        "Алексей Миллер ранее возглавлял Газпром в Москве.",
        [("Алексей Миллер", "глава", "возглавлял Газпром", "Газпром", "ORG", "former")],
    ),
    "a verb of heading narrated in the past: current": (
        "Алексей Миллер много лет возглавлял Газпром в Москве.",
        [("Алексей Миллер", "глава", "возглавлял Газпром", "Газпром", "ORG", "current")],
    ),
    # A PAST DISMISSAL OF THE POST'S HOLDER
    "a past dismissal of an accusative post: former": (
        "Медведев уволил главу РЖД Якунина и назначил Мишарина.",
        [("Якунин", "глава", "главу РЖД", "РЖД", "ORG", "former")],
    ),
    "a future dismissal: current": (
        "Медведев уволит главу РЖД Якунина в понедельник.",
        [("Якунин", "глава", "главу РЖД", "РЖД", "ORG", "current")],
    ),
    "a past verb that dismisses nobody: current": (
        "Медведев поблагодарил главу РЖД Якунина за работу.",
        [("Якунин", "глава", "главу РЖД", "РЖД", "ORG", "current")],
    ),
    # AN ABDICATING PARTICIPLE
    "a past participle of abdicating before the post: former": (
        "В Ватикане подтвердили, что отрекшийся от престола Папа Римский Бенедикт XVI болен.",
        [("Бенедикт XVI", "папа римский", "Папа Римский", None, None, "former")],
    ),
    "another participle: current": (
        "В Ватикане подтвердили, что выступивший вчера Папа Римский Бенедикт XVI болен.",
        [("Бенедикт XVI", "папа римский", "Папа Римский", None, None, "current")],
    ),
    # "бывший" SHARED BY TWO POSTS JOINED BY "и"
    "'бывший' before the first of two posts: both former": (
        "Бывший актёр и комик Марьян Шарец выступил.",
        [("Марьян Шарец", "актер", "Бывший актёр", None, None, "former"),
         ("Марьян Шарец", "комик", "комик", None, None, "former")],
    ),
    "'экс-' on the first of two posts: both former": (
        "Экс-министр и депутат Иван Петров выступил.",
        [("Иван Петров", "министр", "Экс-министр", None, None, "former"),
         ("Иван Петров", "депутат", "депутат", None, None, "former")],
    ),
    "'бывший' past another adjective of the first post: both former": (
        "Бывший известный актёр и комик Марьян Шарец выступил.",
        [("Марьян Шарец", "актер", "Бывший известный актёр", None, None, "former"),
         ("Марьян Шарец", "комик", "комик", None, None, "former")],
    ),
    "a quality before the first of two posts: both current": (
        "Известный актёр и комик Марьян Шарец выступил.",
        [("Марьян Шарец", "актер", "Известный актёр", None, None, "current"),
         ("Марьян Шарец", "комик", "комик", None, None, "current")],
    ),
    # A CLOSED PERIOD WITH MONTHS
    "a period from a month and year to a month and year: former": (
        "Георгий Боос был губернатором Калининградской области с сентября 2005 года по август "
        "2010 года.",
        [("Георгий Боос", "губернатор", "губернатором Калининградской области",
          "Калининградская область", "LOC", "former")],
    ),
    "a period of years: former": (
        "Иван Петров был директором школы с 1995 по 2011 год.",
        [("Иван Петров", "директор", "директором школы", "школа", "ORG", "former")],
    ),
    "a period open to now: current": (
        "Георгий Боос был губернатором Калининградской области с сентября 2005 года по "
        "настоящее время.",
        [("Георгий Боос", "губернатор", "губернатором Калининградской области",
          "Калининградская область", "LOC", "current")],
    ),
    # A LEAVING ANNOUNCED
    "a leaving announced: current": (
        "Алекс Фергюсон заявил об уходе с поста главного тренера «Манчестер Юнайтед».",
        [("Алекс Фергюсон", "главный тренер", "главного тренера «Манчестер Юнайтед»",
          "Манчестер Юнайтед", "ORG", "current")],
    ),
    "a past verb of leaving: former": (
        "Алекс Фергюсон ушёл с поста главного тренера «Манчестер Юнайтед».",
        [("Алекс Фергюсон", "главный тренер", "главного тренера «Манчестер Юнайтед»",
          "Манчестер Юнайтед", "ORG", "former")],
    ),
    "a leaving done, a word before its noun: former": (
        "Через год после ухода с поста главного тренера «Манчестер Юнайтед» Алекс Фергюсон "
        "отдыхает.",
        [("Алекс Фергюсон", "главный тренер", "главного тренера «Манчестер Юнайтед»",
          "Манчестер Юнайтед", "ORG", "former")],
    ),
    "a leaving done: former": (
        "После ухода с поста главного тренера «Манчестер Юнайтед» Алекс Фергюсон отдыхает.",
        [("Алекс Фергюсон", "главный тренер", "главного тренера «Манчестер Юнайтед»",
          "Манчестер Юнайтед", "ORG", "former")],
    ),
}  # fmt: skip

ORG = {
    # THE NAME AS THE TEXT GIVES IT
    "a state body's short name as written": (
        "Депутат Госдумы РФ Иван Петров заявил об этом.",
        [("Иван Петров", "депутат", "Депутат Госдумы РФ", "Госдума РФ", "ORG", "current")],
    ),
    "an unknown indeclinable name stays as written": (
        "Сенатор от Кентукки Рэнд Пол заявил об этом.",
        [("Рэнд Пол", "сенатор", "Сенатор от Кентукки", "Кентукки", "LOC", "current")],
    ),
    "a place's name of two names in one case is inflected whole": (
        "Неизвестные застрелили мэра Сергиева Посада Валерия Душко.",
        [("Валерий Душко", "мэр", "мэра Сергиева Посада", "Сергиев Посад", "LOC", "current")],
    ),
    # THE WHOLE AN ORG BELONGS TO
    "an org and the org after it it belongs to": (
        "Заявил специалист по радиационной безопасности Медицинского центра Университета "
        "Рочестера Джон Смит.",
        [("Джон Смит", "специалист по радиационной безопасности",
          "специалист по радиационной безопасности Медицинского центра Университета Рочестера",
          "Медицинский центр Университета Рочестера", "ORG", "current")],
    ),
    "a place first: no whole after it": (
        "Мэр Москвы Сергей Собянин заявил об этом.",
        [("Сергей Собянин", "мэр", "Мэр Москвы", "Москва", "LOC", "current")],
    ),
    # AN ORG NAMED BY COMMON WORDS KEEPS ITS NUMBER
    "a plural org noun stays plural": (
        "Удары пришлись на влиятельного командира сил специального назначения Тарека Салеха.",
        [("Тарек Салех", "командир", "влиятельного командира сил специального назначения",
          "силы специального назначения", "ORG", "current")],
    ),
    "a singular org noun and its adjectives: singular": (
        "Судья федерального апелляционного суда Иван Петров заявил об этом.",
        [("Иван Петров", "судья", "Судья федерального апелляционного суда",
          "федеральный апелляционный суд", "ORG", "current")],
    ),
    # AN OCCUPATION'S PLACE IS NO ORG
    "a place after 'в' right after an occupation: none": (
        "Алан Рикман — известный актер в Великобритании.",
        [("Алан Рикман", "актер", "известный актер", None, None, "current")],
    ),
    "a place after 'в' right after a state's post: the place": (
        "Иван Петров назначен послом в Японии.",
        [("Иван Петров", "посол", "послом в Японии", "Япония", "COUNTRY", "current")],
    ),
    "an org after 'в' right after an occupation: the org": (
        "Иван Петров работал инженером в «Газпроме».",
        [("Иван Петров", "инженер", "инженером в «Газпроме»", "Газпром", "ORG", "current")],
    ),
    "a politician's national adjective is his nationality": (
        "В Косово убит ведущий сербский политик Оливер Иванович.",
        [("Оливер Иванович", "политик", "ведущий сербский политик", None, None, "current")],
    ),
    # "его" AFTER A VERB WHOSE SUBJECT IS THE POST: A POSSESSIVE
    "a past verb of the holder's gender: 'его' is the person served": (
        "У Георгия Бооса родился седьмой ребёнок. Рассказала его пресс-секретарь Светлана "
        "Оболенцева.",
        [("Светлана Оболенцева", "пресс-секретарь", "пресс-секретарь", "Георгий Боос", "ORG",
          "current")],
    ),
    "an intransitive past verb of the holder's gender: 'его' is the person served": (
        "Вертолёт упал в лесу. Вместе с Лино Овьедо погиб его телохранитель Дерлис Галеано.",
        [("Дерлис Галеано", "телохранитель", "телохранитель", "Лино Овьедо", "ORG",
          "current")],
    ),
    "a past verb that may take a person as object: 'его' is its object": (
        "У Георгия Бооса родился седьмой ребёнок. Поздравил его пресс-секретарь Иван Петров.",
        [("Иван Петров", "пресс-секретарь", "пресс-секретарь", None, None, "current")],
    ),
    "a past verb of the other gender: 'его' is its object": (
        "У Георгия Бооса родился седьмой ребёнок. Рассказала его пресс-секретарь Иван Петров.",
        [("Иван Петров", "пресс-секретарь", "пресс-секретарь", None, None, "current")],
    ),
    "a present verb shows no gender: 'его' is its object": (
        "У Георгия Бооса родился седьмой ребёнок. Рассказывает его пресс-секретарь Светлана "
        "Оболенцева.",
        [("Светлана Оболенцева", "пресс-секретарь", "пресс-секретарь", None, None, "current")],
    ),
    # "из" PAST THE HOLDER'S NAME
    "a plural state post: each listed holder's state after 'из'": (
        "На встречу пришли сенаторы Рэнд Пол из Кентукки и Марко Рубио из Флориды.",
        [("Рэнд Пол", "сенатор", "сенаторы", "Кентукки", "LOC", "current"),
         ("Марко Рубио", "сенатор", "сенаторы", "Флорида", "LOC", "current")],
    ),
    "a singular state post before the name: the state after 'из'": (
        "Об этом сообщил сенатор Джон Смит из Кентукки.",
        [("Джон Смит", "сенатор", "сенатор", "Кентукки", "LOC", "current")],
    ),
    "any post before the name: the org after 'из'": (
        "Об этом сообщил математик Уильям Гауэрс из Кембриджского университета.",
        [("Уильям Гауэрс", "математик", "математик", "Кембриджский университет", "ORG",
          "current")],
    ),
    "an occupation: a place after 'из' is where one comes from": (
        "Об этом сообщил бизнесмен Джон Смит из Кентукки.",
        [("Джон Смит", "бизнесмен", "бизнесмен", None, None, "current")],
    ),
}  # fmt: skip


@pytest.mark.parametrize("text, expected", ROLE.values(), ids=ROLE.keys())
def test_roles_fields1010_role(parse, text, expected):
    assert rows(parse(text)) == expected


@pytest.mark.parametrize("text, expected", STATUS.values(), ids=STATUS.keys())
def test_roles_fields1010_status(parse, text, expected):
    assert rows(parse(text)) == expected


@pytest.mark.parametrize("text, expected", ORG.values(), ids=ORG.keys())
def test_roles_fields1010_org(parse, text, expected):
    assert rows(parse(text)) == expected


def test_roles_fields1010_rank_words_still_match_a_post_named_again(parse):
    """A post named again by its bare noun takes the place of the same person's post with its
    rank word ("главный тренер «Спартака» … тренер")."""
    doc = parse(
        "Главный тренер «Спартака» Дмитрий Аленичев подал в отставку. Тренер Дмитрий Аленичев "
        "объяснил своё решение."
    )
    assert [(r.role, r.org) for r in tables.roles(doc)] == [
        ("главный тренер", "Спартак"),
        ("тренер", "Спартак"),
    ]

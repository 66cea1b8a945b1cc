"""Roles, session 10: posts named again or apart from the person, across sentences
(``ruextract.roles.referents``: ``marked_referent``, ``topic_named_last``, ``named_by_pronoun``,
``ruextract.roles.headlines``: ``named_first_after``; offices, ``ruextract.roles.offices``, as they
bear on posts named again).

Each rule has cases that must link and cases on the other side of each of its conditions that
must not. Rows are (key, role, role_text, org, status), in the order of ``tables.roles``.
"""

from __future__ import annotations

import pytest

from tests.conftest import role_rows as rows

PETROV = "Иван Петров пропал в понедельник. Полиция начала поиски."
FOUND = "нашли у дома."
MAYOR = "Мэр Иван Петров попал в аварию. Машина съехала в кювет. Врачи сделали операцию."
MAYOR_ROW = ("Иван Петров", "мэр", "Мэр", None, "current")
MAYOR_AGAIN = ("Иван Петров", "мэр", "мэр", None, "current")
FILLER = (
    "Собрание провели. Гостей встретили. Речь была короткой. Зал был полон. Погода была "
    "хорошей. Дождь прошёл. Музыка играла. Все ушли."
)
GENIE = "Уже найден актёр на роль джина."
GENIE_ROW = ("Уилл Смит", "актер", "актёр", None, "current")
TOURIST = "Космический турист готовится\n"  # a headline that names no post
THEFT = "Кража в сельсовете\nГлавный бухгалтер сельсовета "
SHOOTING = "Стрельба в школе\n"
SIMONYI = "Чарльз Симони прошёл подготовку. Симони полетит в апреле."
DEATH = "Причиной смерти 51-летнего артиста стал инфаркт. Петров умер в Риме."
SECRETARY = "Генеральный секретарь Иван Петров прибыл в Москву."
SECRETARY_ROW = ("Иван Петров", "генеральный секретарь", "Генеральный секретарь", None, "current")


CASES = {
    # marked_referent: an age adjective or a demonstrative marks a referent already named
    "marked: an age adjective, the person named two sentences before": (
        f"{PETROV} Вечером 47-летнего журналиста {FOUND}",
        [("Иван Петров", "журналист", "журналиста", None, "current")],
    ),
    "marked: an age adjective, the person named the sentence before": (
        "Иван Петров пропал в понедельник. Вечером 47-летнего журналиста нашли в больнице.",
        [("Иван Петров", "журналист", "журналиста", None, "current")],
    ),
    "marked: 'этот'": (
        f"{PETROV} Вечером этого журналиста {FOUND}",
        [("Иван Петров", "журналист", "этого журналиста", None, "current")],
    ),
    "marked: 'данный'": (
        f"{PETROV} Вечером данного журналиста {FOUND}",
        [("Иван Петров", "журналист", "данного журналиста", None, "current")],
    ),
    "marked: 'сам' right before its noun": (
        "Иван Петров заявил об отставке. «Я ухожу», — сказал сам политик.",
        [("Иван Петров", "политик", "сам политик", None, "current")],
    ),
    "marked: a feminine age adjective passes over the man named last": (
        "Анна Петрова вышла из дома. Её искал Иван Петров. Вечером 40-летняя журналистка "
        "вернулась.",
        [("Анна Петрова", "журналистка", "40-летняя журналистка", None, "current")],
    ),
    "marked: a masculine age adjective passes over the woman named last": (
        "Иван Петров вышел из дома. Его искала Анна Петрова. Вечером 40-летний журналист вернулся.",
        [("Иван Петров", "журналист", "40-летний журналист", None, "current")],
    ),
    "marked: the woman named last, for a feminine post": (
        "Иван Петров вышел из дома. Его искала Анна Петрова. Вечером 40-летняя журналистка "
        "вернулась.",
        [("Анна Петрова", "журналистка", "40-летняя журналистка", None, "current")],
    ),
    "marked: a genitive complement named last yields to the main person": (
        "Иван Петров сыграл в фильме брата Олега Сидорова. Причиной смерти 51-летнего артиста "
        "стал инфаркт. Петров умер в Риме.",
        [("Иван Петров", "артист", "51-летнего артиста", None, "current")],
    ),
    "marked: a name in a title's quotes yields to the main person": (
        "Иван Петров играл в сериале «Клан Сопрано». Причиной смерти 51-летнего артиста стал "
        "инфаркт. Петров умер в Риме.",
        [("Иван Петров", "артист", "51-летнего артиста", None, "current")],
    ),
    "marked: a name in brackets yields to the main person": (
        "Иван Петров сыграл в фильме режиссёра (Олег Сидоров). Причиной смерти 51-летнего "
        "артиста стал инфаркт. Петров умер в Риме.",
        [
            ("Олег Сидоров", "режиссер", "режиссёра", None, "current"),
            ("Иван Петров", "артист", "51-летнего артиста", None, "current"),
        ],
    ),
    "marked: a name in a title's quotes, the main person": (
        f"Иван Петров снимался в сериале «Шерлок Холмс». {DEATH}",
        [("Иван Петров", "артист", "51-летнего артиста", None, "current")],
    ),
    "marked: a name after a genitive noun yields to the main person": (
        f"Иван Петров снимался в фильмах студии Хосе Гарсиа. {DEATH}",
        [("Иван Петров", "артист", "51-летнего артиста", None, "current")],
    ),
    "marked: a name after a preposition holds it": (
        f"Иван Петров снимался с Хосе Гарсиа. {DEATH}",
        [("Хосе Гарсиа", "артист", "51-летнего артиста", None, "current")],
    ),
    "marked: a feminine demonstrative passes over the man named last": (
        "Анна Петрова вышла из дома. Её искал Иван Петров. Вечером эта журналистка вернулась.",
        [("Анна Петрова", "журналистка", "эта журналистка", None, "current")],
    ),
    "marked: a masculine demonstrative, the man named last": (
        "Анна Петрова вышла из дома. Её искал Иван Петров. Вечером этот журналист вернулся.",
        [("Иван Петров", "журналист", "этот журналист", None, "current")],
    ),
    "pronoun: 'Ею будет' for a woman": (
        "Иван Петров рассказал о фильме. Уже найдена актриса на роль джина. Ею будет Анна Петрова.",
        [("Анна Петрова", "актриса", "актриса", None, "current")],
    ),
    "pronoun: the name six words after the copula": (
        f"Иван Петров рассказал о фильме. {GENIE} Им будет очень известный и всеми любимый "
        "голливудский Уилл Смит.",
        [GENIE_ROW],
    ),
    "topic: an adjective before the post": (
        f"{MAYOR} Утром усталый мэр открыл лицей.",
        [MAYOR_ROW, ("Иван Петров", "мэр", "усталый мэр", None, "current")],
    ),
    "topic: a place adjective before the post": (
        f"{MAYOR} Утром московский мэр открыл лицей.",
        [MAYOR_ROW, ("Иван Петров", "мэр", "московский мэр", None, "current")],
    ),
    "topic: a singular verb past a complement of the clause": (
        f"{MAYOR} Утром мэр вместе с губернатором открыл лицей.",
        [MAYOR_ROW, MAYOR_AGAIN],
    ),
    # topic_named_last: the main person, the last named, within ten sentences
    "topic: a bare post three sentences after the main person": (
        f"{MAYOR} Утром мэр открыл лицей.",
        [MAYOR_ROW, MAYOR_AGAIN],
    ),
    "topic: a woman's post named again for her": (
        "Мэр Анна Петрова попала в аварию. Машина съехала в кювет. Врачи сделали операцию. "
        "Утром мэр открыла лицей.",
        [
            ("Анна Петрова", "мэр", "Мэр", None, "current"),
            ("Анна Петрова", "мэр", "мэр", None, "current"),
        ],
    ),
    "topic: ten sentences after the main person": (
        f"Мэр Иван Петров попал в аварию. Врачи сделали операцию. {FILLER} Утром мэр открыл лицей.",
        [MAYOR_ROW, MAYOR_AGAIN],
    ),
    # named_by_pronoun: "Им стал", "Ею была" after the sentence of the post
    "pronoun: 'Им будет' names the last post's holder": (
        f"Иван Петров рассказал о фильме. {GENIE} Им будет Уилл Смит.",
        [GENIE_ROW],
    ),
    "pronoun: 'Ею была' for a woman's post": (
        "В Аргентине пропала подлодка, где служила женщина-подводник. Ею была Анна Петрова.",
        [("Анна Петрова", "женщина-подводник", "женщина-подводник", None, "current")],
    ),
    # named_first_after: a post before anyone is named, the main person named first after it
    "first after: a lead's post, the main person named in the next sentence": (
        f"{TOURIST}Программист готовится к полёту. {SIMONYI}",
        [("Чарльз Симони", "программист", "Программист", None, "current")],
    ),
    "first after: the main person named two sentences after": (
        f"{TOURIST}58-летний программист готовится к полёту. Погода хорошая. {SIMONYI}",
        [("Чарльз Симони", "программист", "58-летний программист", None, "current")],
    ),
    "first after: the verb past a complement shows the holder's gender": (
        f"{THEFT}перечислял деньги на свой счёт. Иван Петров провёл ревизию. Петров обратился в "
        "полицию.",
        [
            (
                "Иван Петров",
                "главный бухгалтер сельсовета",  # the post's adjective (fields10)
                "Главный бухгалтер сельсовета",
                None,
                "current",
            )
        ],
    ),
    "first after: the second post of a list joined by 'и'": (
        f"{TOURIST}58-летний программист и миллиардер готовится к полёту. {SIMONYI}",
        [
            ("Чарльз Симони", "программист", "58-летний программист", None, "current"),
            ("Чарльз Симони", "миллиардер", "миллиардер", None, "current"),
        ],
    ),
    "first after: a headline's post": (
        f"Программист готовится к полёту\n{SIMONYI}",
        [("Чарльз Симони", "программист", "Программист", None, "current")],
    ),
}

CASES_MUST_NOT_LINK = {
    "marked: the person named three sentences before": (
        f"{PETROV} Друзья ждали новостей. Вечером 47-летнего журналиста {FOUND}",
        [],
    ),
    "marked: no marker, an accusative post alone": (f"{PETROV} Вечером журналиста {FOUND}", []),
    "marked: a locative post": (
        f"{PETROV} Вечером о 47-летнем журналисте сообщили соседи.",
        [],
    ),
    "marked: someone the text leaves unnamed": (
        f"{PETROV} Вечером некий 47-летний журналист позвонил в полицию.",
        [],
    ),
    "first after: someone the text leaves unnamed": (
        f"{TOURIST}Один программист готовится к полёту. {SIMONYI}",
        [],
    ),
    "marked: 'самый' is a superlative, no marker": (
        "Иван Петров заявил об отставке. «Я ухожу», — сказал самый известный политик.",
        [],
    ),
    "marked: a name of the post's case right after it holds it": (
        f"{PETROV} Вечером 47-летнего журналиста Олега Сидорова {FOUND}",
        [("Олег Сидоров", "журналист", "журналиста", None, "current")],
    ),
    "topic: the person holds no akin post": (
        "Иван Петров попал в аварию. Машина съехала в кювет. Врачи сделали операцию. Утром мэр "
        "открыл лицей.",
        [],
    ),
    "topic: eleven sentences after the main person": (
        f"Мэр Иван Петров попал в аварию. Врачи сделали операцию. {FILLER} Свет погас. Утром мэр "
        "открыл лицей.",
        [MAYOR_ROW],
    ),
    "topic: someone else named since": (
        "Мэр Иван Петров попал в аварию. Машина съехала в кювет. Рядом был Олег Сидоров. Утром "
        "мэр открыл лицей.",
        [MAYOR_ROW],
    ),
    "topic: a new holder": (f"{MAYOR} Утром новый мэр открыл лицей.", [MAYOR_ROW]),
    "topic: one of a plural subject": (
        f"{MAYOR} Утром мэр и губернатор открыли лицей.",
        [MAYOR_ROW],
    ),
    "topic: a post with a complement": (f"{MAYOR} Утром мэр Москвы открыл лицей.", [MAYOR_ROW]),
    "topic: a counted post": (f"{MAYOR} Утром 101 мэр открыл лицей.", [MAYOR_ROW]),
    "topic: a woman's post for a man": (
        "Певец Иван Петров попал в аварию. Машина съехала в кювет. Врачи сделали операцию. "
        "Утром певица открыла лицей.",
        [("Иван Петров", "певец", "Певец", None, "current")],
    ),
    "topic: an adjective read as a post": (
        f"{MAYOR} Утром военный открыл лицей.",
        [MAYOR_ROW],
    ),
    "pronoun: no copula after the pronoun": (
        f"Иван Петров рассказал о фильме. {GENIE} Им заинтересовался Уилл Смит.",
        [],
    ),
    "pronoun: a masculine pronoun for a woman's post": (
        "Уже найдена актриса на роль джина. Им будет Уилл Смит.",
        [],
    ),
    "pronoun: a man for 'Ею'": (
        "Иван Петров рассказал о фильме. Уже найдена актриса на роль джина. Ею будет Олег Сидоров.",
        [],
    ),
    "pronoun: the name seven words after the copula": (
        f"Иван Петров рассказал о фильме. {GENIE} Им будет очень известный и всеми любимый "
        "американский голливудский Уилл Смит.",
        [],
    ),
    "pronoun: not the next sentence": (
        f"Иван Петров рассказал о фильме. {GENIE} Продюсеры довольны. Им будет Уилл Смит.",
        [],
    ),
    "topic: a plural verb past a complement of the clause": (
        f"{MAYOR} Утром мэр вместе с губернатором открыли лицей.",
        [MAYOR_ROW],
    ),
    "office: a dash, then an office noun": (
        f"{SECRETARY} Генеральный секретарь — высокая и почётная должность.",
        [SECRETARY_ROW],
    ),
    "pronoun: a genitive complement of a noun": (
        "Партия утвердила кандидата на выборах президента. Им стал Иван Петров.",
        [],
    ),
    "first after: a first sentence that is no headline": (
        f"Программист готовится к полёту. {SIMONYI}",
        [],
    ),
    "first after: a headline's post, another place named for it": (
        "Губернатор Ульяновской области погиб в ДТП\nГубернатор Самарской области Сергей "
        "Морозов погиб утром.",
        [
            (
                "Сергей Морозов",
                "губернатор",
                "Губернатор Самарской области",
                "Самарская область",
                "current",
            )
        ],
    ),
    "first after: someone else named first": (
        f"{TOURIST}Программист готовится к полёту. Иван Петров проводил его. {SIMONYI}",
        [],
    ),
    "first after: named three sentences after": (
        f"{TOURIST}58-летний программист готовится к полёту. Погода хорошая. Ракета готова. "
        f"{SIMONYI}",
        [],
    ),
    "first after: a woman's post for a man": (
        f"{TOURIST}Программистка готовится к полёту. {SIMONYI}",
        [],
    ),
    "first after: the verb past a complement shows the other gender": (
        f"{THEFT}перечисляла деньги на свой счёт. Иван Петров провёл ревизию. Петров обратился в "
        "полицию.",
        [],
    ),
    "first after: one of a group joined by 'и'": (
        f"{SHOOTING}Девять школьников и учитель погибли при стрельбе. Полиция задержала Ивана "
        "Петрова. Петрова допросили.",
        [],
    ),
    "first after: one of a plural subject": (
        f"{SHOOTING}Школьник и учитель погибли при стрельбе. Полиция задержала Ивана Петрова. "
        "Петрова допросили.",
        [],
    ),
    "first after: an office described": (
        "Председатель Госсовета — высшая государственная должность. Иван Петров занимает её с "
        "2010 года. Петров родился в Гаване.",
        [],
    ),
    # offices.office_named: an office, not its holder, for posts named again
    "office: a present verb of appointing": (
        f"{SECRETARY} Генеральный секретарь назначается Ассамблеей.",
        [SECRETARY_ROW],
    ),
    "office: after a noun of elections": (
        f"{SECRETARY} Он рассчитывает на поддержку на следующих выборах генерального секретаря.",
        [SECRETARY_ROW],
    ),
}

CASES_OFFICE_HELD = {
    "office: a present verb of another kind keeps the holder": (
        "Генерал Иван Петров арестован. Генерал обвиняется во взятке.",
        [
            ("Иван Петров", "генерал", "Генерал", None, "current"),
            ("Иван Петров", "генерал", "Генерал", None, "current"),
        ],
    ),
    "office: the office noun past a comma after the dash": (
        f"{SECRETARY} Генеральный секретарь — очень высокая, старая и почётная должность.",
        [SECRETARY_ROW, SECRETARY_ROW],
    ),
    "office: a dash before a description of the holder": (
        "Новости Кубы\nПредседатель Госсовета — опытный политик. Иван Петров занимает этот пост "
        "с 2010 года. "
        "Петров родился в Гаване.",
        [
            ("Иван Петров", "председатель", "Председатель Госсовета", "Госсовет", "current"),
            ("Иван Петров", "политик", "опытный политик", None, "current"),
        ],
    ),
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_roles_again1010_links(parse, text, expected):
    assert rows(parse(text)) == expected


@pytest.mark.parametrize(
    "text, expected", CASES_MUST_NOT_LINK.values(), ids=CASES_MUST_NOT_LINK.keys()
)
def test_roles_again1010_does_not_link(parse, text, expected):
    assert rows(parse(text)) == expected


@pytest.mark.parametrize("text, expected", CASES_OFFICE_HELD.values(), ids=CASES_OFFICE_HELD.keys())
def test_roles_again1010_office_held(parse, text, expected):
    assert rows(parse(text)) == expected

"""Cases that kill the surviving mutants of session 9's roles rules (session 10).

Targets of ``benchmarks/mutation.py``: roles_s9_copulas, roles_s9_fields_status, roles_s9_links,
roles_s9_fields_agreement, roles_s9_fields_places. Each case goes through the public pipeline
(``tables.roles``): a Russian sentence of news shape and the exact rows, with a case on the other
side of the condition a mutant changes.
"""

from __future__ import annotations

import pytest

from ruextract import tables
from tests.conftest import RoleRow as Row
from tests.conftest import role_rows as rows

YAKUNIN = "Владимир Якунин ранее возглавлял "
SENATOR = ("Владимир Якунин", "сенатор", "сенатором", None, "current")
KOSTIN = "Андрей Костин работал в банке "
VTB = ("Андрей Костин", "президент", "президентом ВТБ", "ВТБ", "current")
BANK = (
    "Владимир Дмитриев возглавлял госкорпорацию «Банк развития и внешнеэкономической деятельности"
)
ENVOY = ("Владимир Дмитриев", "посол", "послом России в Эфиопии", "Россия", "current")
ADVISERS = ("Сергей Иванов", "советник президента", "советников президента", None, "current")
DIVAEV = ("вице-премьер", "вице-премьером", None, "current")
OBAMA = ("Барак Обама", "президент", "президентом США", "США", "current")
FINANCE = ("министр финансов", "министром финансов", None)

# roles_s9_copulas: quoted_name_start, among, relative_antecedent, serving_noun, phrase_case,
# indeclinable_abbreviation, possible_post, replaced_before, joins_place
COPULAS: dict[str, tuple[str, list[Row]]] = {
    # a name in quotes after a noun is skipped, though its words read as nominative
    "a nominative name in quotes after a noun": (
        f"{YAKUNIN}компанию «Российские железные дороги», а в 2016 году стал сенатором.",
        [SENATOR],
    ),
    # ... not after a verb: its nominative words are then the copula's subject, no name
    "a nominative name in quotes right after a verb": (
        f"{YAKUNIN}«Российские железные дороги», а в 2016 году стал сенатором.",
        [],
    ),
    # after a preposition, as after a noun
    "a nominative name in quotes right after a preposition": (
        "Андрей Костин перешёл в «Российские железные дороги», а затем стал президентом ВТБ.",
        [VTB],
    ),
    # a name in quotes after a comma after another name in quotes: one list
    "names in quotes listed after a comma": (
        f"{KOSTIN}«Российский кредит», «Внешторгбанк Капитал», а затем стал президентом ВТБ.",
        [VTB],
    ),
    "names in straight quotes listed after a comma": (
        f'{KOSTIN}"Российский кредит", "Внешторгбанк Капитал", а затем стал президентом ВТБ.',
        [VTB],
    ),
    # ... after "и" the second name is read as the subject (the list is after a comma only)
    "names in quotes joined by и": (
        f"{KOSTIN}«Российский кредит» и «Внешторгбанк Капитал», а затем стал президентом ВТБ.",
        [],
    ),
    # QUOTED_REACH: an opening quote 6 tokens before the closing one is found, 7 is not
    "a name in quotes of five words": (
        f"{BANK}», а затем был послом России в Эфиопии.",
        [ENVOY],
    ),
    "a name in quotes of six words": (
        f"{BANK} СССР», а затем был послом России в Эфиопии.",
        [],
    ),
    # among: "в числе" and "среди" make a plural genitive post one member's; another noun
    # after "в" does not
    "в числе a plural post": ("Сергей Иванов был в числе советников президента.", [ADVISERS]),
    "среди a plural post": ("Сергей Иванов был среди советников президента.", [ADVISERS]),
    "во числе, the preposition's other form": (
        "Сергей Иванов был во числе советников президента.",
        [ADVISERS],
    ),
    "в and another noun before a plural post": (
        "Сергей Иванов был в команде советников президента.",
        [],
    ),
    # relative_antecedent: the one-word name right before the comma before "которого"
    "которого after a comma, a one-word name": (
        "Президент встретился с Диваевым, которого назначили вице-премьером.",
        [("Диваев", *DIVAEV)],
    ),
    "которого after a bracket": (
        "Президент встретился с Рафаилом Диваевым (которого назначили вице-премьером в 2010 году).",
        [],
    ),
    # serving_noun: a noun of serving right before the post that ends a headline
    "a noun of serving before the last word of a headline": (
        "Анатолий Башлаков поссорился с коллегами во время службы начальником",
        [("Анатолий Башлаков", "начальник", "начальником", None, "current")],
    ),
    # phrase_case: an acting post's case is its participle's
    "an acting post's participle": (
        "Исполняющим обязанности главного тренера назначен Иван Петров.",
        [
            (
                "Иван Петров",
                "главный тренер",  # the post's adjective (session 10)
                "Исполняющим обязанности главного тренера",
                None,
                "acting",
            )
        ],
    ),
    # indeclinable_abbreviation: "зампред" declines (not the genitive of "председатель") and
    # "заместитель" is no abbreviation: each keeps its case, nominative after "как"
    "как and a declining abbreviation": (
        "Иван Петров выступил на совещании как зампред правительства.",
        [
            (
                "Иван Петров",
                "заместитель",
                "зампред правительства",
                "председатель правительства",
                "current",
            )
        ],
    ),
    "как and a post beginning with зам that is no abbreviation": (
        "Иван Петров выступил на совещании как заместитель министра финансов.",
        [
            (
                "Иван Петров",
                "заместитель министра финансов",
                "заместитель министра финансов",
                None,
                "current",
            )
        ],
    ),
    # possible_post: "быть" (an auxiliary) after "может", as "стать": no one's post
    "быть after может: a post one may get": (
        "Барак Обама стал президентом США. Тед Круз может быть первым президентом США "
        "латиноамериканского происхождения.",
        [OBAMA],
    ),
    # replaced_before: the one-word name right after "вместо" before the post
    "вместо a one-word name before the post": (
        "Вместо Кудрина министром финансов стал Антон Силуанов.",
        [("Антон Силуанов", *FINANCE, "current"), ("Кудрин", *FINANCE, "former")],
    ),
    # joins_place: "и" before a place goes on to the copula; "и" before another post does not
    "и before a place between a post and its copula": (
        "Постоянным представителем России и СССР при ООН был Яков Малик.",
        [
            (
                "Яков Малик",
                "представитель",
                "Постоянным представителем России",
                "Россия",
                "current",
            )
        ],
    ),
    "и before another post between a post and its copula": (
        "Президентом России и Верховным главнокомандующим стал Владимир Путин.",
        [
            (
                "Владимир Путин",
                "верховный главнокомандующий",  # the post's adjective (session 10)
                "Верховным главнокомандующим",
                None,
                "current",
            )
        ],
    ),
}

SCHOOL = ("Иван Петров", "директор", "директором школы", "школа")
PERMINOV = ("Анатолий Перминов", "глава", "глава Роскосмоса", "Роскосмос")
DIED = "глава Роскосмоса Анатолий Перминов умер."
DEFENCE = ("Иван Петров", "министр обороны", "Министр обороны", None, "former")
# the org with the place after it it belongs to (session 10, fields10: places.parent_org)
SAFAROV = ("Асгат Сафаров", "глава", "глава МВД Татарстана", "МВД Татарстана")
JOBS = ("Стив Джобс", "генеральный директор", "генерального директора Apple", "Apple")

# roles_s9_fields_status: closed_period, former_apart, left_after, left_before, left_post_word
STATUS: dict[str, tuple[str, list[Row]]] = {
    # closed_period: "с" and a year as the last words of a text (no "по", no second year)
    "с and a year ending the text": (
        "Иван Петров был директором школы с 2005.",
        [(*SCHOOL, "current")],
    ),
    "a closed period ending a headline": (
        "Иван Петров был директором школы с 1995 по 2011",
        [(*SCHOOL, "former")],
    ),
    # former_apart: APART_WINDOW, "бывший" 8 tokens before the post is read, 9 is not
    "бывший 8 tokens before its post": (
        f"Бывший с марта 2004 по апрель 2011 года {DIED}",
        [(*PERMINOV, "former")],
    ),
    "бывший 9 tokens before its post": (
        f"Бывший с марта 2004 года по апрель 2011 года {DIED}",
        [(*PERMINOV, "current")],
    ),
    # ... not past a conjunction of subordination or a verb
    "бывший past как": (f"Бывший, как известно, {DIED}", [(*PERMINOV, "current")]),
    "бывший past a verb": (f"Бывший, надо сказать, {DIED}", [(*PERMINOV, "current")]),
    # ... past a noun of the post's case after a preposition ("до марта"), in its number
    "бывший past a genitive after a preposition": (
        "Суд выслушал показания бывшего до марта главы Роскосмоса Анатолия Перминова.",
        [("Анатолий Перминов", "глава", "главы Роскосмоса", "Роскосмос", "former")],
    ),
    "a plural бывших before a singular post": (
        "Суд допросил бывших до марта главу Роскосмоса Анатолия Перминова и его заместителя "
        "Виктора Ремишевского.",
        [
            ("Анатолий Перминов", "глава", "главу Роскосмоса", "Роскосмос", "current"),
            ("Виктор Ремишевский", "заместитель", "заместителя", "Анатолий Перминов", "current"),
        ],
    ),
    # left_after: "в отставку" two words after a finite verb of leaving, the verb past a noun
    "ушёл в отставку after a noun of time": (
        "Министр обороны Иван Петров в понедельник ушёл в отставку.",
        [DEFENCE],
    ),
    "ушёл в отставку after an adverb": (
        "Министр обороны Иван Петров вчера ушёл в отставку.",
        [DEFENCE],
    ),
    # left_before: "ранее" past an auxiliary before an instrumental post
    "ранее был before an instrumental post": (
        "Иван Петров ранее был руководителем комитета.",
        [("Иван Петров", "руководитель", "руководителем комитета", "комитет", "former")],
    ),
    # "в отставку" at token 2, its verb at token 0; a verb that sends or resigns only
    "отправлен в отставку opening a text": (
        "Отправлен в отставку глава МВД Татарстана Асгат Сафаров.",
        [(*SAFAROV, "former")],
    ),
    "подал в отставку: a resignation handed in": (
        "Вчера подал в отставку глава МВД Татарстана Асгат Сафаров.",
        [(*SAFAROV, "current")],
    ),
    # left_post_word: a verb of leaving past a determiner before the post word
    "покинул свой пост": (
        "Стив Джобс покинул свой пост генерального директора Apple.",
        [(*JOBS, "former")],
    ),
    "с этого поста": (
        "Рауль Кастро ушёл с этого поста главы партии.",
        [("Рауль Кастро", "глава", "главы партии", "партия", "former")],
    ),
    # ... the verb at the sentence's first token; a post word opening the text has none
    "a verb of leaving opening the sentence": (
        "Покинул пост генерального директора Apple Стив Джобс.",
        [(*JOBS, "former")],
    ),
    "пост opening the text": (
        "Пост генерального директора Apple занял Тим Кук.",
        [("Тим Кук", *JOBS[1:], "current")],
    ),
    # ... a genitive post word after another preposition than с/от is not left, nor one after
    # с in the instrumental, nor one past a dash
    "ради поста: not left": (
        "Иван Петров покинул Москву ради поста министра финансов.",
        [("Иван Петров", "министр финансов", "министра финансов", None, "current")],
    ),
    "с должностью: not left": (
        "Мэр Москвы Иван Петров заявил, что с должностью мэра не расстанется.",
        [
            ("Иван Петров", "мэр", "Мэр Москвы", "Москва", "current"),
            ("Иван Петров", "мэр", "мэра", "Москва", "current"),
        ],
    ),
    # ... the verb before с/от decides: one in the present or future (not past) leaves nothing
    "с должности after a verb in the present": (
        "Иван Петров ушёл из правительства и руководит фондом с должности председателя совета.",
        [("Иван Петров", "председатель", "председателя совета", "совет", "current")],
    ),
    "с должности after an auxiliary in the future": (
        "Иван Петров ушёл из правительства и будет с должности советника помогать министру.",
        [("Иван Петров", "советник", "советника", None, "current")],
    ),
    # left_after: a verb of quitting leaves a post word after it, not one before it
    "пост before покинул": (
        "Иван Петров, директор школы, пост покинул в 2010 году.",
        [("Иван Петров", "директор", "директор школы", "школа", "current")],
    ),
    "с поста past a dash: no verb in reach": (
        "Антон Силуанов пришёл в правительство в 2010 году — с поста заместителя министра "
        "финансов.",
        [
            (
                "Антон Силуанов",
                "заместитель министра финансов",
                "заместителя министра финансов",
                None,
                "current",
            )
        ],
    ),
}

GOVERNORS = "Постов могут лишиться губернаторы"
TOMLINSON = "Рэй Томлинсон, известный {} как изобретатель электронной почты, умер."
LEADER = ("руководитель", "руководитель группы", "группа", "current")
FAME = (
    "Иван Петров в 2010 году впервые получил широкую известность в России и далеко за её "
    "пределами благодаря многолетней успешной работе в крупной международной"
)

# roles_s9_links: past_origin, past_place_of, with_place_before, person_as
LINKS: dict[str, tuple[str, list[Row]]] = {
    # past_origin: "из" and no place after it ends the list (the name after is not listed)
    "a plural post's list past из and a noun that is no place": (
        "На встречу пришли сенаторы Рэнд Пол из штата Кентукки и Марко Рубио из Флориды.",
        [],
    ),
    # past_place_of: a one-word place in the genitive before a listed name; a nominative place
    # does not hold the list
    "a plural post's list, a one-word genitive place before the first name": (
        f"{GOVERNORS} нескольких регионов - Кубани Александр Ткачёв, Саратовской области Павел "
        "Ипатов.",
        [],
    ),
    "a plural post's list, nominative places before the names": (
        f"{GOVERNORS} нескольких регионов - Приморский край Сергей Дарькин, Саратовская область "
        "Павел Ипатов.",
        [],
    ),
    # with_place_before: the dash right after the plural post opens the first holder's place
    "a plural post, a dash, each name after its place": (
        f"{GOVERNORS} - Приморского края Сергей Дарькин, Саратовской области Павел Ипатов.",
        [
            ("Сергей Дарькин", "губернатор", "губернаторы", "Приморский край", "current"),
            ("Павел Ипатов", "губернатор", "губернаторы", "Саратовская область", "current"),
        ],
    ),
    # person_as: an adjective before "как", past an adverb or a particle, describes
    "известный также как": (TOMLINSON.format("также"), []),
    "известный лишь как": (TOMLINSON.format("лишь"), []),
    # ... no name in another sentence (a headline's line)
    "как, the name in the line before": (
        "Иван Петров\nПолучил известность как руководитель группы активистов.",
        [],
    ),
    # ... AS_REACH: the name's last word 24 tokens before "как" is read, 25 is not
    "как 24 tokens after the name": (
        f"{FAME} нефтяной компании как руководитель группы.",
        [("Иван Петров", *LEADER)],
    ),
    "как 25 tokens after the name": (
        f"{FAME} российской нефтяной компании как руководитель группы.",
        [],
    ),
    # ... an accusative post after "как" is a genitive-only name's (an animate accusative is
    # spelt as the genitive: "Маркива", declined from "Виталий Маркив")
    "как, an accusative post of a name read as genitive only": (
        "Виталий Маркив осуждён в Италии. Маркива характеризуют как эффективного менеджера.",
        [("Виталий Маркив", "менеджер", "эффективного менеджера", None, "current")],
    ),
    # ... an object pronoun is no subject, and the name before it is in another case
    "как past an object pronoun": (
        "Иван Петров выступил, и его представили как руководителя группы.",
        [],
    ),
    # ... она stands for the last woman named
    "как after она": (
        "Ольга Петрова приехала в Москву. Она получила известность как руководитель группы.",
        [("Ольга Петрова", *LEADER)],
    ),
    # with_place_before: not past "в том числе" (no separator right before the place)
    "a plural post's list after в том числе": (
        f"{GOVERNORS} нескольких регионов, в том числе Приморского края Сергей Дарькин, "
        "Саратовской области Павел Ипатов.",
        [
            ("Сергей Дарькин", "губернатор", "губернаторы", None, "current"),
            ("Павел Ипатов", "губернатор", "губернаторы", "Саратовская область", "current"),
        ],
    ),
    # ... nor for a singular post
    "a singular post, a dash and a place before the name": (
        "Губернатор - Приморского края Сергей Дарькин - выступил на совещании.",
        [("Сергей Дарькин", "губернатор", "Губернатор", None, "current")],
    ),
    # bracketed_name: a bracket opening with no name holds no holder (the name after it does)
    "a bracket with no name after a post": (
        "Лучший вратарь (по версии НХЛ) Роберто Люонго встретится с соперником.",
        [("Роберто Люонго", "вратарь", "Лучший вратарь", None, "current")],
    ),
    # person_as: a relative in another case than the post after "как" stands for no one
    "как after которого, the post nominative": (
        "Гейдара Алиева, которого знали как лидер Компартии, похоронили в Баку.",
        [],
    ),
    # describes_holder: a participle between an oblique post and a name of its case is a verb
    # whose object the name is (pymorphy3 reads it as a participle though the tagger says noun)
    "an oblique post, a participle and a name": (
        "Обвинения предъявлены генеральному директору компании, помогавшему Ивану Петрову.",
        [],
    ),
    # ... a determiner there is no description of the holder
    "an oblique post, a possessive and a name": (
        "Премия вручена директору школы, своему другу Ивану Петрову.",
        [],
    ),
    # ... a noun with an adjective's ending describes the holder unless pymorphy3 reads it
    # first as a participle not used as a noun ("подсудимый" is a noun, "осуждённый" a
    # participle used as one)
    "an oblique post, a noun with an adjective's ending and a name": (
        "Приговор вынесен бывшему директору завода, подсудимому Ивану Петрову.",
        [("Иван Петров", "директор", "бывшему директору завода", "завод", "former")],
    ),
    "an oblique post, a participle used as a noun and a name": (
        "Приговор вынесен бывшему директору завода, осуждённому Ивану Петрову.",
        [("Иван Петров", "директор", "бывшему директору завода", "завод", "former")],
    ),
    # ... a genitive participle right before its genitive noun describes the holder's post
    "an oblique post, a genitive participle and its noun": (
        "Премия вручена председателю созданного комитета Ивану Петрову.",
        [("Иван Петров", "председатель", "председателю", None, "current")],
    ),
}

CASES: dict[str, tuple[str, list[Row]]] = {**COPULAS, **STATUS, **LINKS}

# every field of the org a rule finds: (key, role, org, org_label, org_key, the org's words,
# whose offsets org_start and org_stop must give)
ENGINEER = (
    "Анна Петрова работала инженером по разработке программного обеспечения для мобильных устройств"
)
ENGINEER_ROLE = "инженер по разработке программного обеспечения"
ENVOYS = "На саммит приехали послы - Франции Жан Дюпон, Германии Ханс Мюллер."
FIELDS = {
    "each listed holder's country, the dash after the post opening the first": (
        ENVOYS,
        [
            ("Жан Дюпон", "посол", "Франция", "COUNTRY", "FR", "Франции"),
            ("Ханс Мюллер", "посол", "Германия", "COUNTRY", "DE", "Германии"),
        ],
    ),
    # roles_s9_fields_agreement, clause_org: the org after "в" in an instrumental post's clause,
    # after the post when it opens the text; not past a pronoun or a conjunction other than и
    "в and an org after a post opening the text": (
        "Инженером в компании Google работает Анна Петрова.",
        [("Анна Петрова", "инженер", "Google", "ORG", None, "Google")],
    ),
    # ... the nearest of two, one before the post and one after it
    "в and an org on either side of the post: the nearest": (
        "Анна Петрова, работавшая в Яндексе, стала инженером в компании Google.",
        [("Анна Петрова", "инженер", "Google", "ORG", None, "Google")],
    ),
    # ... not past the end of the sentence before a post opening its own
    "в and an org in the sentence before": (
        "Анна Петрова пришла в Google. Инженером там стала Мария Иванова.",
        [("Мария Иванова", "инженер", None, None, None, None)],
    ),
    # ... CLAUSE_WINDOW: "в" 10 tokens after the post's head is read, 11 is not
    "в 10 tokens after the post": (
        f"{ENGINEER} и планшетов в Google.",
        [("Анна Петрова", ENGINEER_ROLE, "Google", "ORG", None, "Google")],
    ),
    "в 11 tokens after the post": (
        f"{ENGINEER} и новых планшетов в Google.",
        [("Анна Петрова", ENGINEER_ROLE, None, None, None, None)],
    ),
    "в and an org past a pronoun": (
        "Анна Петрова работала инженером, и её ценили в Google.",
        [("Анна Петрова", "инженер", None, None, None, None)],
    ),
    "в and an org past а": (
        "Анна Петрова работала инженером, а в Google её повысили.",
        [("Анна Петрова", "инженер", None, None, None, None)],
    ),
    "в and a country: its code": (  # a state's post (session 10: an occupation's place is none)
        "Анна Петрова работала послом во Франции.",
        [("Анна Петрова", "посол", "Франция", "COUNTRY", "FR", "Франции")],
    ),
    # possessor: "его" before a post, past a participle and its instrumental agent, stands for
    # the last man named before, far into a long sentence
    "его, a participle and its agent before the post, late in a sentence": (
        "Суд над бывшим министром обороны Иваном Петровым начался в Москве, и его назначенный "
        "судом адвокат Сергей Иванов заявил о давлении.",
        [
            ("Иван Петров", "министр обороны", None, None, None, None),
            ("Сергей Иванов", "адвокат", "Иван Петров", "ORG", None, "Иваном Петровым"),
        ],
    ),
    # ... past an odd number of such words
    "его, a participle, an adjective and an agent before the post": (
        "Суд над бывшим министром обороны Иваном Петровым начался в Москве, и его назначенный "
        "районным судом адвокат Сергей Иванов заявил о давлении.",
        [
            ("Иван Петров", "министр обороны", None, None, None, None),
            ("Сергей Иванов", "адвокат", "Иван Петров", "ORG", None, "Иваном Петровым"),
        ],
    ),
    "его and an adjective before the post": (
        "Иван Петров задержан в Москве. Его новый адвокат Сергей Иванов заявил о давлении.",
        [("Сергей Иванов", "адвокат", "Иван Петров", "ORG", None, "Иван Петров")],
    ),
    "его right after the man's name": (
        "Ивану Петрову его адвокат Сергей Иванов посоветовал молчать.",
        [("Сергей Иванов", "адвокат", "Иван Петров", "ORG", None, "Ивану Петрову")],
    ),
    # roles_s9_fields_places, share_coordinated: a post a list gave an org from a post before
    # it takes, before "и", the org of the post after "и"
    "a listed post before и takes the org of the post after и": (
        "Президент компании «Газпром», эксперт и член партии Единая Россия Иван Петров выступил.",
        [
            ("Иван Петров", "президент", "Газпром", "ORG", None, "Газпром"),
            ("Иван Петров", "эксперт", "Единая Россия", "ORG", None, "Единая Россия"),
            ("Иван Петров", "член", "Единая Россия", "ORG", None, "Единая Россия"),
        ],
    ),
    # ... not when the post after "и" has an org the text named before (no offsets: nothing
    # inside that phrase to share), nor for a post with a complement of its own
    "и and a post whose org was named before": (
        "Клуб ЦСКА выиграл матч. Иван Петров стал экспертом и президентом клуба.",
        [
            ("Иван Петров", "эксперт", None, None, None, None),
            ("Иван Петров", "президент", "ЦСКА", "ORG", None, None),
        ],
    ),
    "a post with a complement before и": (
        "Иван Петров стал экспертом по финансам и членом партии Единая Россия.",
        [
            ("Иван Петров", "эксперт по финансам", None, None, None, None),
            ("Иван Петров", "член", "Единая Россия", "ORG", None, "Единая Россия"),
        ],
    ),
    # stacked: a title right after a post a verb gives ("возглавляет МИД") takes no org from it
    "a title after a verb's post": (
        "Сейчас возглавляет МИД генерал Иван Петров.",
        [
            ("Иван Петров", "глава", "МИД", "ORG", None, "МИД"),
            ("Иван Петров", "генерал", None, None, None, None),
        ],
    ),
    # named_before: a kind's noun alone after a post is the org the text's first words named
    # by that kind (no offsets: the org is inferred)
    "клуба for the club named at the text's start": (
        "Клуб ЦСКА выиграл матч. Президент клуба Евгений Гинер заявил о победе.",
        [("Евгений Гинер", "президент", "ЦСКА", "ORG", None, None)],
    ),
    # served_person: a genitive name after a post with no complement is the person served,
    # unless it is the post's own holder; not over an org the post has (a country's envoy)
    "a genitive post and its holder's genitive name": (
        "Показания адвоката Ивана Петрова суд отклонил.",
        [("Иван Петров", "адвокат", None, None, None, None)],
    ),
    "a country's post and a genitive name after it": (
        "Американский посол Обамы Иван Петров прибыл в Дамаск.",
        [("Иван Петров", "посол", "США", "COUNTRY", "US", "Американский")],
    ),
    # ... not after an auxiliary: "его" is then its object or complement, no possessive
    "его after an auxiliary": (
        "Иван Петров рассказал, что была его помощницей Анна Смирнова.",
        [("Анна Смирнова", "помощница", None, None, None, None)],
    ),
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_mutants_s10_roles(parse, text, expected):
    assert rows(parse(text)) == expected


@pytest.mark.parametrize("text, expected", FIELDS.values(), ids=FIELDS.keys())
def test_mutants_s10_org_fields(parse, text, expected):
    found = [
        (r.key, r.role, r.org, r.org_label, r.org_key, r.org_start, r.org_stop)
        for r in tables.roles(parse(text))
    ]
    spans = [
        (text.index(org), text.index(org) + len(org)) if org else (None, None)
        for *_, org in expected
    ]
    assert found == [(*row[:-1], *span) for row, span in zip(expected, spans, strict=True)]

"""Roles, session 9: posts verbs give within a sentence (``ruextract.roles.copulas``:
``predecessor`` past the holder a copula names after the post, ``phrase_case`` of an abbreviated
acting post, ``quoted_name_start``, ``appointment_of``; ``ruextract.roles.linking``:
``describes_holder`` between an oblique post and its name; ``past_origin``, ``past_place_of``
and ``with_place_before`` in a plural post's list of names; ``subject_posts``: a copula's
subject that is a post of one person; ``status.left_post``: a post its holder leaves is former;
``person_as``: a post after "как"; precision: ``person_after``'s two names,
``complement_of_last``; ``same_case`` and ``person_behind`` past quotes, not after a
preposition; ``joins_place``; ``bracketed_name``; ``among``; "один из ... —";
``possible_only``, ``possible_post``; a list of posts before ``person_ahead``'s;
``clause_posts.pointed_posts``: "этот пост"; ``relative_antecedent``;
``indeclinable_abbreviation``; ``clause_posts.successors``; ``replaced_before``; ``serving_noun``).

Each rule has cases that must link and cases on the other side of its condition that must not.
"""

from __future__ import annotations

import pytest

from tests.conftest import role_rows as rows

CAMERON = (
    "Дэвид Кэмерон", "премьер-министр", "Новым британским премьером", "Великобритания", "current"
)  # fmt: skip
CAMERON_LEADER = ("Дэвид Кэмерон", "лидер консерваторов", "лидер консерваторов", None, "current")
POSTOLOVSKY = "Сергей Постоловский назначен и. о. министра транспорта Пермского края"
ACTING = (
    "Сергей Постоловский",
    "министр транспорта",
    "и. о. министра транспорта Пермского края",
    "Пермский край",
    "acting",
)
ORESHKIN = (
    "Максим Орешкин",
    "ведущий экономист",
    "ведущего экономиста в Центробанке",
    "Центробанк",
)
INYAKINA = (
    "Светлана Инякина",
    "генеральный директор",
    "генеральному директору компании",
    "компания",
    "current",
)
SENATORS = [
    ("Рэнд Пол", "сенатор", "сенаторы", None, "current"),
    ("Марко Рубио", "сенатор", "сенаторы", None, "current"),
]
GOVERNORS = "Постов могут лишиться губернаторы нескольких регионов"
SILUANOV = "Министр финансов Антон Силуанов прибыл в Китай."
SILUANOV_ROWS = [
    ("Антон Силуанов", "министр финансов", "Министр финансов", None, "current"),
    ("Антон Силуанов", "министр", "Министр", None, "current"),
]
TAMIM = "Наследный принц Катара Тамим бен Хамад Аль Тани родился в 1980 году."
TAMIM_ROWS = [
    ("Тамим бен Хамад Аль Тани", "наследный принц", "Наследный принц Катара", "Катар", "current"),
    ("Тамим бен Хамад Аль Тани", "наследный принц", "Наследный принц", "Катар", "current"),
]
CEO_TEXT = "генерального директора Apple"
JOBS = ("Стив Джобс", "генеральный директор", CEO_TEXT, "Apple")
PETROV_MINISTER = ("Иван Петров", "министр финансов", "министра финансов", None, "current")
IRWIN = ("Стив Ирвин", "натуралист", "известный австралийский натуралист", None, "current")
CHURKIN = "Виталий Чуркин был постоянным представителем России при ООН."
CHURKIN_ROW = (
    "Виталий Чуркин",
    "представитель",
    "постоянным представителем России при ООН",
    "ООН",
    "current",
)
TULEEV = ("Аман Тулеев", "сенатор", "первым сенатором", None, "current")
NAZAROV = ("Эдуард Назаров", "народный артист", "народный артист России", "Россия", "current")
VICE = ("вице-президент", "вице-президента США", "США")
PENTAGON = ("глава", "главой Пентагона", "Пентагон")
POWER = "Основная власть принадлежит "
DIVAEV = ("Рафаил Диваев", "вице-премьер", "вице-премьером", None, "current")
SCHMIDT = "Эрик Шмидт останется в компании, сохранив за собой"
OBAMA = "Барак Обама стал президентом США."
OBAMA_ROW = ("Барак Обама", "президент", "президентом США", "США", "current")
BULAVIN = "Владимир Булавин родился в Липецке."
CIA = ("глава", "главы ЦРУ", "ЦРУ")
JOBS_LEFT = "Стив Джобс ушёл."
BUNDESBANK = "главой Bundesbank станет советник канцлера Йенс Вайдман."
BUBA = ("глава", "главой Bundesbank", "Bundesbank")
WEIDMANN_ADVISER = ("Йенс Вайдман", "советник канцлера", "советник канцлера", None, "current")
BASHLAKOV = "Анатолий Башлаков совершил преступление во время"
SPACEPORT = (
    "Анатолий Башлаков",
    "начальник космодрома",
    "начальником космодрома",
    None,
    "current",
)
GENERAL = ("Анатолий Башлаков", "генерал", "Генерал", None, "current")
GEORGIA = "на посту премьер-министра страны Георгия Квирикашвили."
PM_GEORGIA = ("премьер-министр", "премьер-министра страны", None)
# "в 2010—2011 годах был мэром": a range of past years, former (status.year_range)
KARAPETYAN = ("Карен Карапетян", "мэр", "мэром Еревана", "Ереван", "former")


CASES = {
    # the one a copula's subject succeeds, named after "вместо" past that subject
    "succession past the holder after the post": (
        "Новым британским премьером стал лидер консерваторов Дэвид Кэмерон вместо уходящего с "
        "этого поста Гордона Брауна.",
        [
            CAMERON,
            ("Гордон Браун", *CAMERON[1:4], "former"),
            CAMERON_LEADER,
        ],
    ),
    "succession right after the holder": (
        "Министром обороны назначен Леон Панетта вместо Роберта Гейтса.",
        [
            ("Леон Панетта", "министр обороны", "Министром обороны", None, "current"),
            ("Роберт Гейтс", "министр обороны", "Министром обороны", None, "former"),
        ],
    ),
    # an acting post abbreviated ("и. о.", "и.о.") is of no case: a copula gives it
    "acting post abbreviated with a space, given by a passive verb": (
        f"{POSTOLOVSKY} вместо Алмаза Закиева.",
        [ACTING, ("Алмаз Закиев", *ACTING[1:4], "former")],
    ),
    "acting post abbreviated without a space": (
        "Сергей Постоловский назначен и.о. министра транспорта Пермского края.",
        [(ACTING[0], ACTING[1], "и.о. министра транспорта Пермского края", *ACTING[3:])],
    ),
    # a name in quotes after a noun, a preposition or another name in quotes is no subject
    "a name in quotes after a noun is the object of another verb": (
        "Карен Карапетян ранее возглавлял компанию «АрмРосГазпром», а в 2010—2011 годах был "
        "мэром Еревана.",
        [KARAPETYAN],
    ),
    "names in quotes listed after a preposition": (
        "Максим Орешкин поработал в «Росбанке», «ВТБ-Капитале», также занимал пост ведущего "
        "экономиста в Центробанке.",
        [(*ORESHKIN, "current")],
    ),
    # the genitive object of a noun of appointment holds the instrumental post after it
    "a noun of appointment's genitive object": (
        "Протесты начались после избрания Фердинанда Маркоса президентом.",
        [("Фердинанд Маркос", "президент", "президентом", None, "current")],
    ),
    "a noun of appointment, the post with a possessive": (
        "Барак Обама объявил о назначении Тома Донилона своим советником.",
        [("Том Донилон", "советник", "своим советником", None, "current")],
    ),
    # an oblique post, then nouns describing its holder, then the name in the post's case
    "an oblique post past an animate noun in its case and genitive complements": (
        "Пятого сентября легендарному лётчику-космонавту дважды Герою Советского Союза, "
        "почетному жителю Чувашии Андрияну Григорьевичу Николаеву исполнилось бы 80 лет.",
        [
            (
                "Андриян Григорьевич Николаев",
                "летчик-космонавт",
                "легендарному лётчику-космонавту",
                None,
                "current",
            )
        ],
    ),
    "an oblique post past another post in its case after a comma": (
        "Обвинения предъявлены генеральному директору компании, арендатору теплохода "
        "Светлане Инякиной.",
        [INYAKINA],
    ),
    # a plural post's list goes on past a place a name comes from
    "a plural post's list past the holders' origins": (
        "На встречу пришли сенаторы Рэнд Пол из Кентукки и Марко Рубио из Флориды.",
        [  # each holder's state after "из" (session 10)
            ("Рэнд Пол", "сенатор", "сенаторы", "Кентукки", "current"),
            ("Марко Рубио", "сенатор", "сенаторы", "Флорида", "current"),
        ],
    ),
    # and past a genitive place before each name, where that holder holds it
    "a plural post's list, each name after its place": (
        f"{GOVERNORS} - Приморского края Сергей Дарькин, Саратовской области Павел Ипатов.",
        [
            ("Сергей Дарькин", "губернатор", "губернаторы", "Приморский край", "current"),
            ("Павел Ипатов", "губернатор", "губернаторы", "Саратовская область", "current"),
        ],
    ),
    "a plural post's list after a colon, one name with its place after и": (
        f"{GOVERNORS}: Сергей Дарькин и Саратовской области Павел Ипатов.",
        [
            ("Сергей Дарькин", "губернатор", "губернаторы", None, "current"),
            ("Павел Ипатов", "губернатор", "губернаторы", "Саратовская область", "current"),
        ],
    ),
    # a copula's subject that is one person's post: that person's
    "a copula's subject is a post named again": (
        f"{SILUANOV} Министр стал главой делегации.",
        [
            *SILUANOV_ROWS,
            ("Антон Силуанов", "глава делегации", "главой делегации", None, "current"),
        ],
    ),
    "a copula past a coordinated predicate with its object": (
        f"{TAMIM} Наследный принц занимает офицерский пост в армии, а также является главой "
        "Олимпийского комитета страны.",
        [
            *TAMIM_ROWS,
            (
                "Тамим бен Хамад Аль Тани",
                "глава",
                "главой Олимпийского комитета страны",
                "Олимпийский комитет",
                "current",
            ),
        ],
    ),
    "a post after пост, the subject a post named again": (
        "Стивен Грин возглавил банк HSBC. В 2003 году топ-менеджер занял пост гендиректора банка.",
        [
            ("Стивен Грин", "топ-менеджер", "топ-менеджер", None, "current"),
            ("Стивен Грин", "генеральный директор", "гендиректора банка", "HSBC", "current"),
        ],
    ),
    # a post its holder leaves is former
    "a verb of leaving before пост": (
        f"Стив Джобс покинул пост {CEO_TEXT}.",
        [(*JOBS, "former")],
    ),
    "a verb of leaving before a possessive and пост": (
        f"Стив Джобс покинул свой пост {CEO_TEXT}.",
        [(*JOBS, "former")],
    ),
    "с поста": (
        "Рауль Кастро ушёл с поста главы партии.",
        [("Рауль Кастро", "глава", "главы партии", "партия", "former")],
    ),
    "от должности, the object of a verb of dismissal": (
        "Медведев освободил Юрия Балуевского от должности заместителя секретаря Совбеза.",
        [
            (
                "Юрий Балуевский",
                "заместитель",
                "заместителя секретаря Совбеза",
                "секретарь Совбеза",
                "former",
            )
        ],
    ),
    # a singular post right after "как": the name before it in its clause, in its case
    "как, the accusative object": (
        "Бориса Дубровского характеризуют как эффективного менеджера.",
        [("Борис Дубровский", "менеджер", "эффективного менеджера", None, "current")],
    ),
    "как after a particle, the subject": (
        "Аарон Шварц получил известность также как руководитель группы активистов.",
        [
            (
                "Аарон Шварц",
                "руководитель",
                "руководитель группы активистов",
                "группа активистов",
                "current",
            )
        ],
    ),
    "как, the subject a relative pronoun": (
        "Ильхам Алиев стал преемником отца Гейдара Алиева, который стоял во главе Азербайджана "
        "как лидер Компартии.",
        [("Гейдар Алиев", "лидер", "лидер Компартии", "Компартия", "current")],
    ),
    "как, the object in the post's case": (
        "Владимир Путин встретил Барака Обаму как президента.",
        [("Барак Обама", "президент", "президента", None, "current")],
    ),
    # precision: whose the post is of two names, a participle, a preposition's noun
    "a first name only nominative after the post: the first name holds it": (
        "Владимир Путин подписал указ. Главнокомандующий войсками Нацгвардии РФ Сергей "
        "Анатольевич Лебедев Путин назначил своим официальным представителем.",
        [
            (
                "Сергей Анатольевич Лебедев",
                "главнокомандующий войсками",
                "Главнокомандующий войсками Нацгвардии РФ",
                "Нацгвардия РФ",
                "current",
            )
        ],
    ),
    "an oblique post past a participle of a genitive complement": (
        "Картер встретился с главой объединенного комитета начальников штабов Мартином Демпси.",
        [("Мартин Демпси", "глава", "главой", None, "current")],
    ),
    "a genitive name after a preposition's noun ending the post: another's": (
        "Ёсихидэ Суга занимал пост министра внутренних дел в предыдущем кабинете Синдзо Абэ.",
        [
            (
                "Ёсихидэ Суга",
                "министр внутренних дел",
                "министра внутренних дел в предыдущем кабинете",
                "кабинет",
                "current",
            )
        ],
    ),
    # a description after a name in the accusative, the post in the genitive: one person's
    "a genitive post after an accusative name and a dash": (
        "Кувватов обвинял президента Рахмона — бывшего директора совхоза, стоящего во главе "
        "республики, — в коррупции.",
        [
            ("Рахмон", "президент", "президента", None, "current"),
            ("Рахмон", "директор совхоза", "бывшего директора совхоза", None, "former"),
        ],
    ),
    "a name in quotes before its description": (
        "'Стив Ирвин' (Steve Irwin) — известный австралийский натуралист погиб во время съёмок.",
        [IRWIN],
    ),
    "the same name without quotes": (
        "Стив Ирвин (Steve Irwin) — известный австралийский натуралист погиб во время съёмок.",
        [IRWIN],
    ),
    # a copula after a post and another place of it joined by и
    "a copula after a post's places joined by и": (
        f"{CHURKIN} Последним умершим на посту представителем России и СССР при ООН был "
        "Андрей Вышинский.",
        [
            CHURKIN_ROW,
            ("Андрей Вышинский", "представитель", "представителем России", "Россия", "current"),
        ],
    ),
    # a bracket holding only a name after a singular post
    "one of a plural post, the name in a bracket": (
        "Один из лучших канадских вратарей (Роберто Люонго) встретится с соперником.",
        [("Роберто Люонго", "вратарь", "лучших канадских вратарей", None, "current")],
    ),
    "a singular post, the name in a bracket": (
        "Лучший вратарь (Роберто Люонго) встретится с соперником.",
        [("Роберто Люонго", "вратарь", "Лучший вратарь", None, "current")],
    ),
    # "один из" a plural post, a dash, the name
    "one of a plural post, a dash and the name": (
        "Ранее один из адвокатов потерпевшего — Оксана Михалкина заявила о жалобе.",
        # the client's genitive leaves the role (session 13, fields.client_words)
        [("Оксана Михалкина", "адвокат", "адвокатов потерпевшего", None, "current")],
    ),
    # "в числе", "среди" a plural post: the copula's subject is one of them
    "в числе a plural post after a copula": (
        "Газета сообщила, что Олег Иванов был в числе генералов, подавших рапорты.",
        [("Олег Иванов", "генерал", "генералов", None, "current")],
    ),
    "среди a plural post after a copula": (
        "Олег Иванов оказался среди лучших игроков турнира.",
        [("Олег Иванов", "игрок турнира", "лучших игроков турнира", None, "current")],
    ),
    "an infinitive copula after a phase verb: held": (
        "Сам же Аман Тулеев начал работать первым сенатором.",
        [TULEEV],
    ),
    "a finite copula after a post named before: held": (
        f"{OBAMA} Тед Круз оказался первым президентом США латиноамериканского происхождения.",
        [
            OBAMA_ROW,
            (
                "Тед Круз",
                "президент",
                "первым президентом США латиноамериканского происхождения",
                "США",
                "current",
            ),
        ],
    ),
    "a finite copula: held": (
        "Сам же Аман Тулеев стал первым сенатором.",
        [TULEEV],
    ),
    # a list of posts before a post that reaches its name past descriptions
    "a list of posts, then a post past descriptions to the name": (
        "В Москве скончался мультипликатор, режиссёр и художник, народный артист России, автор "
        "мультфильма «Жил-был пёс» Эдуард Назаров.",
        [
            ("Эдуард Назаров", "мультипликатор", "мультипликатор", None, "current"),
            ("Эдуард Назаров", "режиссер", "режиссёр", None, "current"),
            ("Эдуард Назаров", "художник", "художник", None, "current"),
            NAZAROV,
        ],
    ),
    # "этот пост" points back at a post given or unheld before it
    "на этот пост, a passive verb of appointment and its subject": (
        "После отставки Спиро Агню с поста вице-президента США на этот пост был назначен "
        "Джеральд Форд.",
        [
            ("Спиро Агню", *VICE, "former"),
            ("Джеральд Форд", *VICE, "current"),
        ],
    ),
    "этот пост, an unheld post in the sentence before": (
        f"{POWER}премьер-министру. Сейчас этот пост занимает Кириакос Мицотакис.",
        [("Кириакос Мицотакис", "премьер-министр", "премьер-министру", None, "current")],
    ),
    "на этом посту after a verb of succession: the one succeeded": (
        "Эштон Картер станет главой Пентагона, сменив на этом посту Чака Хейгела.",
        [
            ("Эштон Картер", *PENTAGON, "current"),
            ("Чак Хейгел", *PENTAGON, "former"),
        ],
    ),
    "этот пост after a verb of leaving: former": (
        "Обама выдвинул Хантсмена на должность посла в Китае. В 2011 году Хантсмен покинул "
        "этот пост.",
        [("Хантсмен", "посол", "посла в Китае", "Китай", "former")],
    ),
    "a relative clause, the post after пост: the antecedent's": (
        "Валерий Карпин, который подал в отставку с поста главного тренера, ушёл.",
        [("Валерий Карпин", "главный тренер", "главного тренера", None, "former")],
    ),
    # the object of a verb of appointment is a relative pronoun: its antecedent, in any case
    "a relative pronoun object of a verb of appointment": (
        "Президент помог Рафаилу Диваеву, которого после отставки назначили вице-премьером.",
        [DIVAEV],
    ),
    "a relative pronoun subject of a copula": (
        "Президент помог Рафаилу Диваеву, который после отставки стал вице-премьером.",
        [DIVAEV],
    ),
    "место before a genitive post": (
        f"{SCHMIDT} место председателя совета директоров.",
        [
            (
                "Эрик Шмидт",
                "председатель совета директоров",
                "председателя совета директоров",
                "совет директоров",
                "current",
            )
        ],
    ),
    "a post after a dash after должность": (
        "Владимир Булавин назначен на новую должность — глава ФТС.",
        [("Владимир Булавин", "глава", "глава ФТС", "ФТС", "current")],
    ),
    # an indeclinable compound abbreviation is of no case: a copula's predicate
    "a compound abbreviation after a passive verb of appointment, no subject of its own": (
        f"{BULAVIN} В 2006 году назначен замдиректора ФСБ России.",
        [
            (
                "Владимир Булавин",
                "заместитель",
                "замдиректора ФСБ России",
                "директор ФСБ России",
                "current",
            )
        ],
    ),
    # a verb of succession around "на посту": its subject holds the post, its object held it
    "a verb of succession before на посту": (
        "Джина Хаспел сменила на посту главы ЦРУ Майка Помпео.",
        [("Майк Помпео", *CIA, "former"), ("Джина Хаспел", *CIA, "current")],
    ),
    "на посту, then an object pronoun and a verb of succession": (
        f"{JOBS_LEFT} На посту генерального директора Apple его сменит Тим Кук.",
        [("Тим Кук", *JOBS[1:], "current")],
    ),
    "вместо a name right before a post a copula gives": (
        f"Вместо Акселя Вебера {BUNDESBANK}",
        [
            ("Йенс Вайдман", *BUBA, "current"),
            ("Аксель Вебер", *BUBA, "former"),
            WEIDMANN_ADVISER,
        ],
    ),
    # a noun of serving before an instrumental post: its subject's
    "a noun of serving, the clause's name": (
        f"{BASHLAKOV} службы начальником космодрома.",
        [SPACEPORT],
    ),
    "a noun of serving, the subject a post named again": (
        "Генерал Анатолий Башлаков задержан. Генерал совершил преступление во время службы "
        "начальником космодрома.",
        [GENERAL, GENERAL, SPACEPORT],
    ),
    "a participle of succession after a name and its comma": (
        f"Парламент выразил доверие Мамуке Бахтадзе, сменившему {GEORGIA}",
        [
            ("Георгий Квирикашвили", *PM_GEORGIA, "former"),
            ("Мамука Бахтадзе", *PM_GEORGIA, "current"),
        ],
    ),
}

CASES_MUST_NOT_LINK = {
    "a participle of another verb after a name and its comma": (
        f"Парламент выразил доверие Мамуке Бахтадзе, встретившему {GEORGIA}",
        [("Георгий Квирикашвили", *PM_GEORGIA, "current")],
    ),
    "another noun before a preposition's instrumental": (
        f"{BASHLAKOV} встречи с начальником космодрома.",
        [],
    ),
    "a noun of serving, then a preposition": (
        f"{BASHLAKOV} службы с начальником космодрома.",
        [],
    ),
    "another preposition before the name before the post": (
        f"После Акселя Вебера {BUNDESBANK}",
        [("Йенс Вайдман", *BUBA, "current"), WEIDMANN_ADVISER],
    ),
    "на посту, then another verb": (
        f"{JOBS_LEFT} На посту генерального директора Apple его поздравил Тим Кук.",
        [],
    ),
    "another verb before на посту": (
        "Джина Хаспел встретила на посту главы ЦРУ Майка Помпео.",
        [("Майк Помпео", *CIA, "current")],
    ),
    "a verb of succession before another noun": (
        "Джина Хаспел сменила на встрече главу ЦРУ Майка Помпео.",
        [("Майк Помпео", "глава", "главу ЦРУ", "ЦРУ", "current")],
    ),
    "a compound abbreviation after a preposition": (
        "Владимир Булавин встретился с замдиректора ФСБ России.",
        [],
    ),
    "a post after a dash after another noun": (
        "Владимир Булавин получил новую квартиру — глава ФТС одобрил.",
        [],
    ),
    "место, then a preposition before the post": (
        f"{SCHMIDT} место рядом с председателем совета директоров.",
        [],
    ),
    "a relative clause with no copula: its post is no copula's before it": (
        "Роберт Де Ниро не был среди тех, кто обзавелся именной звездой.",
        [],
    ),
    "a dative relative pronoun: the object named after the post holds it": (
        "Президент помог Рафаилу Диваеву, которому после отставки назначили вице-премьером "
        "Ивана Петрова.",
        [("Иван Петров", "вице-премьер", "вице-премьером", None, "current")],
    ),
    "на этом посту after a name's description: no post pointed at": (
        "Генерал-майор Иван Бувальцев, сменивший на этом посту Андрея Третьяка, выступил.",
        [("Иван Бувальцев", "генерал-майор", "Генерал-майор", None, "current")],
    ),
    "этот пост with no copula": (
        f"{POWER}премьер-министру. Этот пост нравится Кириакосу Мицотакису.",
        [],
    ),
    "этот пост after a plural post": (
        f"{POWER}премьер-министрам. Сейчас этот пост занимает Кириакос Мицотакис.",
        [],
    ),
    "a demonstrative before another noun": (
        f"{POWER}премьер-министру. Сейчас эту книгу читает Кириакос Мицотакис.",
        [],
    ),
    "a post in the sentence before is no list": (
        "В Москве скончался режиссёр. Народный артист России Эдуард Назаров выступил.",
        [(NAZAROV[0], NAZAROV[1], "Народный артист России", *NAZAROV[3:])],
    ),
    "a post one may get is no one's, not a holder's named before": (
        f"{OBAMA} Тед Круз может оказаться первым президентом США латиноамериканского "
        "происхождения.",
        [OBAMA_ROW],
    ),
    "an infinitive copula after a verb of possibility: not held": (
        "Сам же Аман Тулеев может стать первым сенатором.",
        [],
    ),
    "one of a plural post in the accusative, a dash and a name": (
        "Ранее одного из адвокатов потерпевшего — Оксану Михалкину вызвали в суд.",
        [],
    ),
    "в числе a singular post": (
        "Газета сообщила, что Олег Иванов был в числе генерала.",
        [],
    ),
    "среди a plural post with no copula": (
        "Роберт Эдвардс занимался распространением технологии среди учёных.",
        [],
    ),
    "число without в": (
        "Газета сообщила, что Олег Иванов встретился с числом генералов.",
        [],
    ),
    "a plural post after another preposition": (
        "Олег Иванов оказался с лучшими игроками турнира.",
        [],
    ),
    "a plural post, one name in a bracket": (
        "Канадские вратари (Роберто Люонго) встретятся с соперником.",
        [],
    ),
    "и before a name, not a place: no copula's subject": (
        f"{CHURKIN} Последним представителем России и Андрей Вышинский стал.",
        [CHURKIN_ROW],
    ),
    "a post after a preposition is no description of the name before": (
        "Правозащитники осудили Лопес, исполнившую песню для диктатора.",
        [],
    ),
    "an indeclinable first name after the post: the second name holds it": (
        "Врач Хиллари Клинтон Лиза Бардек сообщила о болезни.",
        [("Лиза Бардек", "врач", "Врач", None, "current")],
    ),
    "a participle with no genitive noun after it: the name is its object": (
        "Картер встретился с главой, лечившим Мартина Демпси.",
        [],
    ),
    "a post ending in a dative after по: the name holds it": (
        "На матч пришёл бывший вратарь советской сборной по хоккею Владислав Третьяк.",
        [
            (
                "Владислав Третьяк",
                "вратарь",
                "бывший вратарь советской сборной по хоккею",
                "СССР",
                "former",
            )
        ],
    ),
    "a post ending in a genitive place: the genitive name holds it": (
        "Иван Петров назначил министра внутренних дел России Сергея Лаврова.",
        [
            (
                "Сергей Лавров",
                "министр внутренних дел",
                "министра внутренних дел России",
                "Россия",
                "current",
            )
        ],
    ),
    "как after an adjective: a description": (
        "Рэй Томлинсон, известный как изобретатель электронной почты, умер.",
        [],
    ),
    "как before a title in quotes": (
        "Никлас Лидстрём занял первое место как «Лучшая ролевая модель» Лиги.",
        [],
    ),
    "как, the nearest name in another case": (
        "Владимир Путин встретил Барака Обаму как президент.",
        [],
    ),
    "как in a subordinate clause": (
        "Барак Обама сказал, что как президент он доволен.",
        [],
    ),
    "как before a plural post": (
        "Рэй Томлинсон выступил как изобретатели.",
        [],
    ),
    "a verb of taking before пост: current": (
        f"Стив Джобс занял пост {CEO_TEXT}.",
        [(*JOBS, "current")],
    ),
    "в должность: current": (
        "Иван Петров вступил в должность министра финансов.",
        [PETROV_MINISTER],
    ),
    "с and an instrumental должностью: current": (
        "Иван Петров справился с должностью министра финансов.",
        [PETROV_MINISTER],
    ),
    "на посту: current": (
        "Иван Петров остался на посту министра финансов.",
        [PETROV_MINISTER],
    ),
    "a post named again, the post another verb's: no copula": (
        f"{TAMIM} Наследный принц встретился с главой Олимпийского комитета страны.",
        TAMIM_ROWS,
    ),
    "a post named again, the copula in a subordinate clause": (
        f"{TAMIM} Наследный принц сказал, что его брат является главой Олимпийского комитета.",
        TAMIM_ROWS,
    ),
    "a post named again, the copula after a conjunction of subordination": (
        f"{SILUANOV} Министр сообщил, что станет главой делегации.",
        SILUANOV_ROWS,
    ),
    "a post named again, a verb of appointment gives the object the post": (
        "Стивен Грин возглавил банк HSBC. В 2003 году топ-менеджер назначил Ивана Петрова "
        "директором банка.",
        [("Иван Петров", "директор", "директором банка", "HSBC", "current")],
    ),
    "a plural subject is no one person's": (
        "Стивен Грин возглавил банк HSBC. В 2003 году топ-менеджеры стали директорами банка.",
        [],
    ),
    "a singular post: the name after its origin is no list of holders": (
        "На встречу пришел сенатор Рэнд Пол из Кентукки и Марко Рубио из Флориды.",
        [("Рэнд Пол", "сенатор", "сенатор", "Кентукки", "current")],
    ),
    "no place after the preposition": (
        "На встречу пришли сенаторы Рэнд Пол из-за Кентукки и Марко Рубио.",
        [],
    ),
    "a place after the name is no place before it": (
        "Постов могут лишиться губернаторы Сергей Дарькин, Павел Ипатов и Никита Белых из "
        "Кировской области.",
        [
            ("Сергей Дарькин", "губернатор", "губернаторы", None, "current"),
            ("Павел Ипатов", "губернатор", "губернаторы", None, "current"),
            ("Никита Белых", "губернатор", "губернаторы", "Кировская область", "current"),
        ],
    ),
    "a nominative place before a comma is no holder's place": (
        "Постов могут лишиться губернаторы - Приморье, Сергей Дарькин и Павел Ипатов.",
        [
            ("Сергей Дарькин", "губернатор", "губернаторы", None, "current"),
            ("Павел Ипатов", "губернатор", "губернаторы", None, "current"),
        ],
    ),
    "a noun of appointment before another's noun": (
        "Протесты начались после избрания сына Фердинанда Маркоса президентом.",
        [],
    ),
    "a noun that is no appointment": (
        "Протесты начались после встречи Фердинанда Маркоса с президентом.",
        [],
    ),
    "a noun of appointment, the name in the dative": (
        "Барак Обама объявил о назначении Тому Донилону нового советника.",
        [],
    ),
    "a noun of appointment and no post after the name": (
        "Протесты начались после избрания Фердинанда Маркоса.",
        [],
    ),
    "an oblique post, a participle between: the name is the participle's object": (
        "Суд признал виновным врача, лечившего Майкла Джексона, в его смерти.",
        [],
    ),
    "an oblique post, a genitive name past a describing noun": (
        "Обвинения предъявлены генеральному директору компании, арендатору теплохода "
        "Светланы Инякиной.",
        [],
    ),
    "an oblique post, an inanimate noun in its case between": (
        "Награду вручили директору, подарку Светлане Инякиной.",
        [],
    ),
    "a genitive post past a genitive noun: that noun's name": (
        "Встреча прошла у директора, друга Светланы Инякиной.",
        [],
    ),
    "no succession word: nobody held it before": (
        "Новым британским премьером стал лидер консерваторов Дэвид Кэмерон, а Гордон Браун ушёл.",
        [CAMERON, CAMERON_LEADER],
    ),
    "the succession word past another finite verb": (
        "Новым премьером стал Дэвид Кэмерон, которого поддержали в парламенте и в партии вместо "
        "Гордона Брауна.",
        [("Дэвид Кэмерон", "премьер-министр", "Новым премьером", None, "current")],
    ),
    "an acting post after a preposition is no predicate": (
        "Сергей Постоловский встретился с и. о. министра транспорта Пермского края.",
        [],
    ),
    "a genitive post after a transitive verb is no predicate": (
        "Сергей Постоловский обсудил министра транспорта.",
        [],
    ),
    "a name in quotes after a comma is the subject": (
        "Иван Петров ушёл, «Газпром» стал спонсором клуба.",
        [],
    ),
    "a name in quotes after a conjunction is the subject": (
        "Карен Карапетян ушёл, а «АрмРосГазпром» был спонсором клуба.",
        [],
    ),
    "a name in quotes after a plain comma, not a list of quoted names": (
        "Максим Орешкин поработал в банках, «ВТБ-Капитал» стал спонсором клуба.",
        [],
    ),
    "a name in quotes after a conjunction of subordination": (
        "Карен Карапетян сказал, что «АрмРосГазпром» был спонсором Еревана.",
        [],
    ),
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_roles_verbs9_links(parse, text, expected):
    assert rows(parse(text)) == expected


@pytest.mark.parametrize(
    "text, expected", CASES_MUST_NOT_LINK.values(), ids=CASES_MUST_NOT_LINK.keys()
)
def test_roles_verbs9_does_not_link(parse, text, expected):
    assert rows(parse(text)) == expected


# cases that kill the surviving mutants of clause_posts (pointed_holder, name_after,
# clause_verb, successor): each with its other side
PM = "Основная власть принадлежит премьер-министру."
PM_ROW = ("премьер-министр", "премьер-министру", None)
MITSOTAKIS = ("Кириакос Мицотакис", *PM_ROW, "current")
PM_AFTER = f"{PM} Сейчас этот пост занимает уже третий год подряд после победы на выборах"
CASES_CLAUSES = {
    "этот пост, its holder's name a few words past the verb": (
        f"{PM} Сейчас этот пост занимает уже третий год Кириакос Мицотакис.",
        [MITSOTAKIS],
    ),
    "этот пост, the name the twelfth word past the verb: still in reach": (
        f"{PM_AFTER} в парламент страны летом Кириакос Мицотакис.",
        [MITSOTAKIS],
    ),
    "этот пост, the name the thirteenth word past the verb: out of reach": (
        f"{PM_AFTER} в парламент страны прошлым летом Кириакос Мицотакис.",
        [],
    ),
    "этот пост, a one-word name right after the verb": (
        f"{PM} Сейчас этот пост занимает Мицотакис.",
        [("Мицотакис", *PM_ROW, "current")],
    ),
    "этот пост, a comma between the verb and the name after": (
        f"{PM} Сейчас этот пост занимает, по данным СМИ, Кириакос Мицотакис.",
        [],
    ),
    "этот пост, the name before the verb past an adverb": (
        "Основная власть в Иране принадлежит президенту. Махмуд Ахмадинеджад дважды занимал "
        "этот пост.",
        [("Махмуд Ахмадинеджад", "президент", "президенту", "Иран", "current")],
    ),
    "этот пост, a comma between the name before and the verb": (
        "Основная власть в Иране принадлежит президенту. Махмуд Ахмадинеджад, которого "
        "критикуют, занимал этот пост.",
        [],
    ),
    "этот пост, a subject pronoun before the verb: the person it stands for": (
        "Махмуд Ахмадинеджад выступил в Тегеране. Основная власть в Иране принадлежит "
        "президенту. Он занимал этот пост восемь лет.",
        [("Махмуд Ахмадинеджад", "президент", "президенту", "Иран", "current")],
    ),
    "этот пост, the name in the genitive of the subject before the verb": (
        f"{PM} Сын Ивана Петрова занимал этот пост.",
        [],
    ),
    "этот пост, a genitive name after the verb, no name before (the sentence's start)": (
        "Премьер-министр обладает властью и этот пост занимал до Ивана Петрова Сергей Сидоров.",
        [],
    ),
    "этот пост, a genitive name after the verb": (
        f"{PM} Этот пост занимал до Ивана Петрова Сергей Сидоров.",
        [],
    ),
    "этот пост ends a headline: the name before the verb": (
        f"{PM} Иван Петров занимает этот пост",
        [("Иван Петров", *PM_ROW, "current")],
    ),
    "на этом посту after a verb of succession: its object held it": (
        f"{PM} Иван Петров сменил на этом посту Сергея Сидорова.",
        [("Сергей Сидоров", *PM_ROW, "former")],
    ),
    "на этом посту, a word between the verb of succession and на": (
        f"{PM} Иван Петров сменил вчера на этом посту Сергея Сидорова.",
        [("Сергей Сидоров", *PM_ROW, "former")],
    ),
    "на этом посту before a verb of succession: no pointed holder": (
        f"{PM} На этом посту его сменил Иван Петров.",
        [],
    ),
    "в должности after a verb of succession": (
        "Джина Хаспел сменила в должности главы ЦРУ Майка Помпео.",
        [("Майк Помпео", *CIA, "former"), ("Джина Хаспел", *CIA, "current")],
    ),
    "на посту, an object pronoun, a verb of succession and a word before the name": (
        f"{JOBS_LEFT} На посту генерального директора Apple его сменит в октябре Тим Кук.",
        [("Тим Кук", *JOBS[1:], "current")],
    ),
    "a post in the instrumental after a preposition is no copula's post": (
        f"{SILUANOV} Министр был на встрече с председателем КНР.",
        SILUANOV_ROWS,
    ),
    "этот пост, a post two sentences back is out of reach, one sentence back in reach": (
        f"{SILUANOV} {PM} Сейчас этот пост занимает Кириакос Мицотакис.",
        [SILUANOV_ROWS[0], MITSOTAKIS],
    ),
    "этот пост after a held post a copula gave": (
        "Иван Петров стал министром финансов. На этот пост назначен Сергей Сидоров.",
        [
            ("Иван Петров", "министр финансов", "министром финансов", None, "current"),
            ("Сергей Сидоров", "министр финансов", "министром финансов", None, "current"),
        ],
    ),
    "этот пост after a word that begins as пост but is another noun": (
        "Согласно постановлению правительства, основная власть принадлежит премьер-министру. "
        "Сейчас этот пост занимает Кириакос Мицотакис.",
        [MITSOTAKIS],
    ),
    "a participle of succession after a one-word name and a comma": (
        "Парламент выразил доверие Бахтадзе, сменившему на посту премьер-министра страны "
        "Георгия Квирикашвили.",
        [
            ("Георгий Квирикашвили", *PM_GEORGIA, "former"),
            ("Бахтадзе", *PM_GEORGIA, "current"),
        ],
    ),
    "на посту, a verb of succession, then a one-word name": (
        f"{JOBS_LEFT} На посту генерального директора Apple его сменит Кук.",
        [("Кук", *JOBS[1:], "current")],
    ),
    "на посту, a verb of succession, then a genitive name": (
        f"{JOBS_LEFT} На посту генерального директора Apple его сменил брат Тима Кука.",
        [],
    ),
    "the successor's row keeps its verb's status past the one succeeded's dismissal": (
        "Джина Хаспел сменила на посту главы ЦРУ Майка Помпео, уволенного президентом.",
        [("Майк Помпео", *CIA, "former"), ("Джина Хаспел", *CIA, "current")],
    ),
    "a verb of succession after a one-word name": (
        "Петров сменил на посту министра финансов Сергея Сидорова.",
        [
            ("Сергей Сидоров", *PETROV_MINISTER[1:4], "former"),
            ("Петров", *PETROV_MINISTER[1:4], "current"),
        ],
    ),
    "a participle of succession after a dative name: the participle's noun": (
        "Парламент выразил доверие Ивану Петрову, сменившему на посту премьер-министра Сергея "
        "Сидорова.",
        [
            ("Сергей Сидоров", "премьер-министр", "премьер-министра", None, "former"),
            ("Иван Петров", "премьер-министр", "премьер-министра", None, "current"),
        ],
    ),
    "a finite verb of succession after its object: no successor": (
        "Сергея Сидорова сменил на посту министра финансов Иван Петров.",
        [("Иван Петров", *PETROV_MINISTER[1:4], "current")],
    ),
    "на этом посту after a verb of succession, a one-word name": (
        f"{PM} Иван Петров сменил на этом посту Сидорова.",
        [("Сидоров", *PM_ROW, "former")],
    ),
    "этот пост, a pronoun before the verb that is no subject pronoun": (
        "Махмуд Ахмадинеджад выступил в Тегеране. Основная власть в Иране принадлежит "
        "президенту. Мы никогда этот пост не занимали.",
        [],
    ),
    "этот пост, a subject pronoun with no name of its gender before": (
        "Жанна Иванова выступила в Тегеране. Основная власть в Иране принадлежит президенту. "
        "Он занимал этот пост восемь лет.",
        [],
    ),
    "этот пост, an apposition in commas between the name and the verb": (
        "Основная власть в Иране принадлежит президенту. Махмуд Ахмадинеджад, бывший мэр "
        "Тегерана, занимал этот пост.",
        [("Махмуд Ахмадинеджад", "мэр", "бывший мэр Тегерана", "Тегеран", "former")],
    ),
    "этот пост, a one-word name before the verb past an adverb": (
        "Основная власть в Иране принадлежит президенту. Ахмадинеджад дважды занимал этот пост.",
        [("Ахмадинеджад", "президент", "президенту", "Иран", "current")],
    ),
    "этот пост, a conjunction of subordination between the verb and the name": (
        f"{PM} Этот пост теперь занимает как и прежде Кириакос Мицотакис.",
        [],
    ),
    "этот пост points back, not at a post after it": (
        f"{PM} Сейчас этот пост занимает Кириакос Мицотакис, а его брат стал министром.",
        [MITSOTAKIS],
    ),
    "этот пост after a held post named after в должности": (
        "В должности министра финансов Иван Петров провёл реформу. На этот пост назначен "
        "Сергей Сидоров.",
        [
            ("Иван Петров", *PETROV_MINISTER[1:4], "current"),
            ("Сергей Сидоров", *PETROV_MINISTER[1:4], "current"),
        ],
    ),
    "a first этот пост with no post before it, a second with one": (
        f"Этот пост учреждён в 1990 году. {PM} Сейчас этот пост занимает Кириакос Мицотакис.",
        [MITSOTAKIS],
    ),
    "a first этот пост with no verb, a second with one": (
        f"{PM} Этот пост важен, и сейчас этот пост занимает Кириакос Мицотакис.",
        [MITSOTAKIS],
    ),
    # linking.person_as: a subject pronoun before "как", a conjunction of subordination
    "как after a verb whose subject is a pronoun: the name it stands for": (
        "Аарон Шварц выступил в Бостоне. Он получил известность как руководитель группы "
        "активистов.",
        [
            (
                "Аарон Шварц",
                "руководитель",
                "руководитель группы активистов",
                "группа активистов",
                "current",
            )
        ],
    ),
    "как in a clause a conjunction of subordination opens": (
        "Аарон Шварц получил известность, потому что работал как руководитель группы активистов.",
        [],
    ),
    "на посту ends a headline": (
        "Тим Кук на посту генерального директора Apple",
        [("Тим Кук", *JOBS[1:], "current")],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_CLAUSES.values(), ids=CASES_CLAUSES.keys())
def test_roles_verbs9_clause_posts(parse, text, expected):
    assert rows(parse(text)) == expected

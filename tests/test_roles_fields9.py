"""Roles fields (session 9): where a post is held (`org`), the `role` string and `status`;
each rule with cases on both sides of its conditions, and must-not cases."""

from __future__ import annotations

import pytest

from ruextract import tables
from ruextract.roles import agreement, phrases, words


@pytest.fixture(autouse=True)
def fresh_word_caches():
    """Each case reads its words afresh (the caches of words read before would answer)."""
    words._NOT_POST.clear()
    for cached in (
        words._surely_no_post, words._may_name_adjectival_post, words._adjectival_stems,
        words._stem_starts, words._stem_lengths, words._known_word, words._head_lemma,
        words.compound_role, words.similar_role, words.substantive,
        agreement.only_nominative, agreement.plural_only, phrases._named,
    ):  # fmt: skip
        getattr(cached, "cache_clear", lambda: None)()


# (key, role, role_text, org, org_label, status)
Row = tuple[str, str, str, str | None, str | None, str]


def rows(doc) -> list[Row]:
    return [(r.key, r.role, r.text, r.org, r.org_label, r.status) for r in tables.roles(doc)]


ORG = {
    # A PLACE ADJECTIVE THAT DESCRIBES A NAMED ORG is not where the post is held
    "a country's adjective before a kind and a name: the name": (
        "Тренер испанского клуба «Барселона» Хосеп Гвардиола дал интервью.",
        [("Хосеп Гвардиола", "тренер", "Тренер испанского клуба «Барселона»", "Барселона",
          "ORG", "current")],
    ),
    "a city's adjective before a name in quotes: the name": (
        "Многолетний капитан римской «Ромы» Франческо Тотти получил премию.",
        [("Франческо Тотти", "капитан", "Многолетний капитан римской «Ромы»", "Рома", "ORG",
          "current")],
    ),
    "a city's adjective before a kind alone: the kind": (
        "Художественный руководитель московского театра Галина Волчек впала в кому.",
        [("Галина Волчек", "художественный руководитель",
          "Художественный руководитель московского театра", "театр", "ORG", "current")],
    ),
    "a capitalised org name opening with a country's adjective: the org": (
        "Постоянный секретарь Шведской академии Сара Даниус объявила лауреата.",
        [("Сара Даниус", "секретарь", "Постоянный секретарь Шведской академии",
          "Шведская академия", "ORG", "current")],
    ),
    "a country's adjective before common words names the state": (
        "Глава российского правительства Владимир Путин выразил соболезнования.",
        [("Владимир Путин", "глава", "Глава российского правительства", "Россия", "COUNTRY",
          "current")],
    ),
    "a country's adjective before a kind with no name names the state": (
        "Глава российского газового холдинга Алексей Миллер заявил об этом.",
        [("Алексей Миллер", "глава", "Глава российского газового холдинга", "Россия",
          "COUNTRY", "current")],
    ),
    # A PERSON AS WHERE A POST IS HELD
    "a genitive name after a singular post, not its holder: the person": (
        "Дмитрий Гаев умер в среду. Адвокат Гаева Александр Аснис сообщил об этом.",
        [("Александр Аснис", "адвокат", "Адвокат", "Дмитрий Гаев", "ORG", "current")],
    ),
    "an opening 'его' stands for the man named before: the person": (
        "Дмитрий Гаев умер в среду. Его адвокат Александр Аснис сообщил об этом.",
        [("Александр Аснис", "адвокат", "адвокат", "Дмитрий Гаев", "ORG", "current")],
    ),
    "'его' with only a woman named before: no org": (
        "Анна Гаева умерла в среду. Его адвокат Александр Аснис сообщил об этом.",
        [("Александр Аснис", "адвокат", "адвокат", None, None, "current")],
    ),
    "'его' after a verb is its object, no possessive: no org": (
        "Джо Байден ведёт поиск. Консультируют его генпрокурор Эрик Холдер и другие.",
        [("Эрик Холдер", "генеральный прокурор", "генпрокурор", None, None, "current")],
    ),
    "names after a plural post are its holders, not an org": (
        "Премию получили актрисы Гвинет Пэлтроу и Анджелина Джоли.",
        [("Гвинет Пэлтроу", "актриса", "актрисы", None, None, "current"),
         ("Анджелина Джоли", "актриса", "актрисы", None, None, "current")],
    ),
    "a post with a complement of its own takes no person after it": (
        "Пьесы подтвердила эксперт по творчеству Скрябина Мария Чернова.",
        [("Мария Чернова", "эксперт по творчеству", "эксперт по творчеству", None, None,
          "current")],
    ),
    # A DEPUTY'S SUPERIOR, HELD SOMEWHERE, IS THE ORG
    "a superior held at an org's common noun: the superior's post there": (
        "Анастасия Кузнецова работала заместителем начальника управления стратегических "
        "разработок.",
        [("Анастасия Кузнецова", "заместитель",
          "заместителем начальника управления стратегических разработок",
          "начальник управления стратегических разработок", "ORG", "current")],
    ),
    "a deputy's compound with an org named after it: the superior's post there": (
        "Иван Петров работал замначальника отдела кадрового консалтинга группы компаний "
        "«АРНИ».",
        [("Иван Петров", "заместитель",
          "замначальника отдела кадрового консалтинга группы компаний «АРНИ»",
          "начальник отдела кадрового консалтинга группы компаний «АРНИ»", "ORG", "current")],
    ),
    "a deputy's compound with a place after it: the superior's post there": (
        "Замминистра финансов России Иван Петров выступил.",
        [("Иван Петров", "заместитель", "Замминистра финансов России",
          "министр финансов России", "ORG", "current")],
    ),
    "a deputy's compound with no place nor org after it is all role": (
        "Замминистра регионального развития Иван Петров выступил.",
        [("Иван Петров", "заместитель министра регионального развития",
          "Замминистра регионального развития", None, None, "current")],
    ),
    "a superior with no place nor org after it is all role": (
        "Заместитель министра регионального развития Иван Петров выступил.",
        [("Иван Петров", "заместитель министра регионального развития",
          "Заместитель министра регионального развития", None, None, "current")],
    ),
    "a post's post alone is all role": (
        "Пресс-секретарь мэра Иван Петров выступил.",
        [("Иван Петров", "пресс-секретарь мэра", "Пресс-секретарь мэра", None, None,
          "current")],
    ),
    # AN ORG'S KIND LEAVES THE ROLE
    "a party named after its kind: the name": (
        "Председатель политической партии «Родина» Алексей Журавлёв выступил.",
        [("Алексей Журавлёв", "председатель", "Председатель политической партии «Родина»",
          "Родина", "ORG", "current")],
    ),
    "a place's administration: the administration of the place": (
        "Неизвестный расстрелял главу администрации Сергиева Посада Евгения Душко.",
        [("Евгения Душко", "глава", "главу администрации Сергиева Посада",
          "администрация Сергиева Посада", "ORG", "current")],
    ),
    "a post after a kind keeps its own holder": (
        "Об этом сообщили представители администрации президента США Барака Обамы.",
        [("Барак Обама", "президент", "президента США", "США", "COUNTRY", "current")],
    ),
    # A CITY'S OR REGION'S COMMON NOUN: the one such place named before
    "a region's noun: the one region named before": (
        "Министр экономики Калининградской области Вадим Амстель ушёл. Новый министр экономики "
        "области Анастасия Кузнецова приступила к работе.",
        [("Вадим Амстель", "министр экономики", "Министр экономики Калининградской области",
          "Калининградская область", "LOC", "current"),
         ("Анастасия Кузнецова", "министр экономики", "Новый министр экономики области",
          "Калининградская область", "LOC", "current")],
    ),
    "a region's noun with two regions named before: none, and out of the role": (
        "Губернатор Тверской области встретился с губернатором Псковской области. Новый "
        "министр экономики области Анастасия Кузнецова приступила к работе.",
        [("Анастасия Кузнецова", "министр экономики", "Новый министр экономики области", None,
          None, "current")],
    ),
    "a city's noun with no city named before: none, and out of the role": (
        "Мэр города Сергей Собянин написал в твиттере.",
        [("Сергей Собянин", "мэр", "Мэр города", None, None, "current")],
    ),
    # AN ORG'S KIND ALONE: the one org named before by that kind
    "a kind alone after one org of that kind named before: that org": (
        "Клуб «Арарат» сменил руководство. Президент клуба Валерий Оганесян написал заявление.",
        [("Валерий Оганесян", "президент", "Президент клуба", "Арарат", "ORG", "current")],
    ),
    "a kind alone after two orgs of that kind: the kind": (
        "Клуб «Арарат» и клуб «Пюник» сыграли вничью. Президент клуба Валерий Оганесян "
        "написал заявление.",
        [("Валерий Оганесян", "президент", "Президент клуба", "клуб", "ORG", "current")],
    ),
    # POSTS JOINED BY "И" share the second's place; A RANK RIGHT AFTER A POST shares its place
    "a post before 'и' and a post with an org: that org": (
        "Иван Петров работал экспертом и замначальника отдела кадрового консалтинга группы "
        "компаний «АРНИ».",
        [("Иван Петров", "эксперт", "экспертом", "АРНИ", "ORG", "current"),
         ("Иван Петров", "заместитель",
          "замначальника отдела кадрового консалтинга группы компаний «АРНИ»",
          "начальник отдела кадрового консалтинга группы компаний «АРНИ»", "ORG", "current")],
    ),
    "a post before a comma keeps none": (
        "Иван Петров работал экспертом, замначальника отдела кадрового консалтинга группы "
        "компаний «АРНИ».",
        [("Иван Петров", "эксперт", "экспертом", None, None, "current"),
         ("Иван Петров", "заместитель",
          "замначальника отдела кадрового консалтинга группы компаний «АРНИ»",
          "начальник отдела кадрового консалтинга группы компаний «АРНИ»", "ORG", "current")],
    ),
    "a post before 'и' and a post whose org is a person named after it: none": (
        "В СИЗО содержались бывший олигарх и критик Владимира Путина Михаил Ходорковский.",
        [("Михаил Ходорковский", "олигарх", "бывший олигарх", None, None, "former"),
         ("Михаил Ходорковский", "критик", "критик", "Владимир Путин", "ORG", "current")],
    ),
    "a rank right after a post with a place: that place": (
        "Новым главкомом назначен командующий войсками Сибирского военного округа "
        "генерал-полковник Александр Постников.",
        [("Александр Постников", "главнокомандующий", "Новым главкомом", None, None, "current"),
         ("Александр Постников", "командующий войсками",
          "командующий войсками Сибирского военного округа", "Сибирский военный округ", "LOC",
          "current"),
         ("Александр Постников", "генерал-полковник", "генерал-полковник",
          "Сибирский военный округ", "LOC", "current")],
    ),
    "a rank after a comma: none": (
        "Новым главкомом назначен командующий войсками Сибирского военного округа, "
        "генерал-полковник Александр Постников.",
        [("Александр Постников", "командующий войсками",
          "командующий войсками Сибирского военного округа", "Сибирский военный округ", "LOC",
          "current"),
         ("Александр Постников", "генерал-полковник", "генерал-полковник", None, None,
          "current")],
    ),
    "a post after a comma, right before the name, takes an org's place": (
        "Лидер группы «Ленинград», музыкант Сергей Шнуров сообщил о разводе.",
        [("Сергей Шнуров", "лидер", "Лидер группы «Ленинград»", "Ленинград", "ORG", "current"),
         ("Сергей Шнуров", "музыкант", "музыкант", "Ленинград", "ORG", "current")],
    ),
    "a post after a comma takes no title's country": (
        "Умерла народная артистка СССР, оперная певица Елена Образцова.",
        [("Елена Образцова", "артистка", "народная артистка СССР", "СССР", "COUNTRY",
          "current"),
         ("Елена Образцова", "оперная певица", "оперная певица", None, None, "current")],
    ),
    # PREPOSITIONS: a state post's "из"; an org after "при"/"в"; "от" past a quote
    "a state post's place after 'из'": (
        "Об этом заявил сенатор из Флориды Марко Рубио.",
        [("Марко Рубио", "сенатор", "сенатор из Флориды", "Флорида", "LOC", "current")],
    ),
    "an occupation's origin after 'из' is no place": (
        "Об этом заявил бизнесмен из Кентукки Рэнд Пол.",
        [("Рэнд Пол", "бизнесмен", "бизнесмен", None, None, "current")],
    ),
    "an org after 'при' past the sending state": (
        "Об этом объявил постпред России при ООН Виталий Чуркин.",
        [("Виталий Чуркин", "постоянный представитель", "постпред России при ООН", "ООН",
          "ORG", "current")],
    ),
    "a second country after 'в' stays the sender's": (
        "Об этом объявил посол Ирландии в США Майкл Коллинз.",
        [("Майкл Коллинз", "посол", "посол Ирландии в США", "Ирландия", "COUNTRY",
          "current")],
    ),
    "an org after 'от' in quotes": (
        "Ранее это сделал депутат от «Справедливой России» Илья Пономарев.",
        [("Илья Пономарев", "депутат", "депутат от «Справедливой России»",
          "Справедливая Россия", "ORG", "current")],
    ),
    # A PLACE ADJECTIVE BEFORE A NOUN AND A NAMED ORG describes it; words from it leave the role
    "a country's adjective before a noun and a named org: the org": (
        "Временный главный управляющий американского автопроизводителя General Motors "
        "Эдвард Уитакер назначен.",
        [("Эдвард Уитакер", "временный управляющий",
          "Временный главный управляющий американского автопроизводителя General Motors",
          "General Motors", "ORG", "current")],
    ),
    "a country's adjective before a noun and no name: the state": (
        "Глава американского автопроизводителя Эдвард Уитакер назначен.",
        [("Эдвард Уитакер", "глава", "Глава американского автопроизводителя", "США",
          "COUNTRY", "current")],
    ),
    # "страны" ENDING A COMPLEMENT: the country named before, out of the role
    "'страны' with a country named before": (
        "Венесуэла ждёт. Об этом сообщил министр науки и технологий страны Хорхе Арреаза.",
        [("Хорхе Арреаза", "министр науки и технологий", "министр науки и технологий страны",
          "Венесуэла", "COUNTRY", "current")],
    ),
    "'страны' with no country named: out of the role all the same": (
        "Об этом сообщил министр науки и технологий страны Хорхе Арреаза.",
        [("Хорхе Арреаза", "министр науки и технологий", "министр науки и технологий страны",
          None, None, "current")],
    ),
    "'своей страны' is the holder's own": (
        "Венесуэла ждёт. Об этом сообщил министр финансов своей страны Хорхе Арреаза.",
        [("Хорхе Арреаза", "министр финансов своей страны", "министр финансов своей страны",
          None, None, "current")],
    ),
    # AN ORG THE CLAUSE NAMES: after "в" for a predicate post, after "из" past the name
    "a predicate post and 'в' an org in its clause: that org": (
        "Марисса Майер 13 лет работала в Google инженером, дизайнером и руководителем.",
        [("Марисса Майер", "инженер", "инженером", "Google", "ORG", "current"),
         ("Марисса Майер", "дизайнер", "дизайнером", "Google", "ORG", "current"),
         ("Марисса Майер", "руководитель", "руководителем", "Google", "ORG", "current")],
    ),
    "a predicate post and 'в' a city: none": (
        "Марисса Майер 13 лет работала в Москве инженером.",
        [("Марисса Майер", "инженер", "инженером", None, None, "current")],
    ),
    "'в качестве' and 'в' an org before it": (
        "В 1952 году Николаус Арнонкур вступил в Венский симфонический оркестр в качестве "
        "виолончелиста.",
        [("Николаус Арнонкур", "виолончелист", "виолончелиста", "Венский симфонический оркестр",
          "ORG", "current")],
    ),
    "'в' a common noun and an org": (
        "Брэд Питт станет фотографом в журнале Time Out Melbourne.",
        [("Брэд Питт", "фотограф", "фотографом", "Time Out Melbourne", "ORG", "current")],
    ),
    "an org in the next sentence is not the clause's": (
        "Марисса Майер работала инженером. Потом она ушла в Yahoo.",
        [("Марисса Майер", "инженер", "инженером", None, None, "current")],
    ),
    "'из' an org past the holder's name": (
        "Об этом сообщил математик Уильям Гауэрс из Кембриджского университета.",
        [("Уильям Гауэрс", "математик", "математик", "Кембриджский университет", "ORG",
          "current")],
    ),
    "'из' a city past the holder's name: none": (
        "Об этом сообщил математик Уильям Гауэрс из Лондона.",
        [("Уильям Гауэрс", "математик", "математик", None, None, "current")],
    ),
    "'из' an org right after the post": (
        "Об этом сообщил Уильям Гауэрс, математик из Кембриджского университета.",
        [("Уильям Гауэрс", "математик", "математик из Кембриджского университета",
          "Кембриджский университет", "ORG", "current")],
    ),
    # ROLE STRINGS AND MORPHOLOGY
    "an active participle before a post is part of it": (
        "Задержан ведущий солист Большого театра Павел Дмитриченко.",
        [("Павел Дмитриченко", "ведущий солист", "ведущий солист Большого театра",
          "Большой театр", "ORG", "current")],
    ),
    "a quality before a post is not": (
        "Задержан известный солист Большого театра Павел Дмитриченко.",
        [("Павел Дмитриченко", "солист", "известный солист Большого театра", "Большой театр",
          "ORG", "current")],
    ),
    "a post's adjective opening a sentence, read as a name": (
        "Наследный принц Тамим занимает пост в армии.",
        [("Тамим", "наследный принц", "Наследный принц", None, None, "current")],
    ),
    "of two adjectives spelt alike, the relative one": (
        "Решение вынес судья окружного суда Рэймонд Дири.",
        [("Рэймонд Дири", "судья", "судья окружного суда", "окружной суд", "ORG", "current")],
    ),
}  # fmt: skip

STATUS = {
    "'ранее' before an instrumental post's participle": (
        "Артём Ермолаев, ранее работавший советником министра связи, возглавил комитет.",
        [("Артём Ермолаев", "советник министра связи", "советником министра связи", None,
          None, "former"),
         ("Артём Ермолаев", "глава", "возглавил комитет", "комитет", "ORG", "current")],
    ),
    "'ранее' right before an instrumental post": (
        "Ранее руководителем комитета был Михаил Алешин.",
        [("Михаил Алешин", "руководитель", "руководителем комитета", "комитет", "ORG",
          "former")],
    ),
    "no 'ранее': current": (
        "Руководителем комитета был Михаил Алешин.",
        [("Михаил Алешин", "руководитель", "Руководителем комитета", "комитет", "ORG",
          "current")],
    ),
    "'ранее' before a nominative subject dates the verb, not the post": (
        "Ранее в пятницу министр иностранных дел Украины Павел Климкин назвал дату.",
        [("Павел Климкин", "министр иностранных дел", "министр иностранных дел Украины",
          "Украина", "COUNTRY", "current")],
    ),
    "a past verb of leaving over 'пост'": (
        "Стив Джобс покинул пост генерального директора Apple в конце августа.",
        [("Стив Джобс", "генеральный директор", "генерального директора Apple", "Apple", "ORG",
          "former")],
    ),
    "a verb of taking a post": (
        "Стив Джобс займёт пост генерального директора Apple в конце августа.",
        [("Стив Джобс", "генеральный директор", "генерального директора Apple", "Apple", "ORG",
          "current")],
    ),
    "a future verb of leaving": (
        "Стив Джобс покинет пост генерального директора Apple в конце августа.",
        [("Стив Джобс", "генеральный директор", "генерального директора Apple", "Apple", "ORG",
          "current")],
    ),
    "an active dismissal over 'должность': its object's post": (
        "Президент России Дмитрий Медведев освободил Юрия Балуевского от должности "
        "замсекретаря Совбеза.",
        [("Дмитрий Медведев", "президент", "Президент России", "Россия", "COUNTRY", "current"),
         ("Юрий Балуевский", "заместитель", "замсекретаря Совбеза", "секретарь Совбеза", "ORG",
          "former")],
    ),
    "an infinitive of dismissal": (
        "Президент намерен освободить Юрия Балуевского от должности замсекретаря Совбеза.",
        [("Юрий Балуевский", "заместитель", "замсекретаря Совбеза", "секретарь Совбеза", "ORG",
          "current")],
    ),
    "a passive 'в отставку' before the post": (
        "В июне был отправлен в отставку глава КГБ Николай Сухаренко.",
        [("Николай Сухаренко", "глава", "глава КГБ", "КГБ", "ORG", "former")],
    ),
    "an active 'в отставку' before the post": (
        "В июне Лукашенко отправил в отставку главу КГБ Николая Сухаренко.",
        [("Николай Сухаренко", "глава", "главу КГБ", "КГБ", "ORG", "former")],
    ),
    "the holder dismissed later in the clause": (
        "Марина Миронова работала учителем и была уволена.",
        [("Марина Миронова", "учитель", "учителем", None, None, "former")],
    ),
    "the holder praised later in the clause": (
        "Марина Миронова работала учителем и была награждена.",
        [("Марина Миронова", "учитель", "учителем", None, None, "current")],
    ),
    "the holder leaving after the name": (
        "Министр обороны Роберт Гейтс ушёл в отставку.",
        [("Роберт Гейтс", "министр обороны", "Министр обороны", None, None, "former")],
    ),
    "the holder to leave": (
        "Министр обороны Роберт Гейтс уйдёт в отставку.",
        [("Роберт Гейтс", "министр обороны", "Министр обороны", None, None, "current")],
    ),
    "a resignation handed in: the post still held": (
        "Министр обороны Роберт Гейтс подал в отставку.",
        [("Роберт Гейтс", "министр обороны", "Министр обороны", None, None, "current")],
    ),
    "a closed period of years after the post": (
        "Дмитрий Гаев был руководителем метрополитена с 1995 по 2011 годы.",
        [("Дмитрий Гаев", "руководитель метрополитена", "руководителем метрополитена", None, None,
          "former")],
    ),
    "a period open at its end": (
        "Дмитрий Гаев был руководителем метрополитена с 1995 года.",
        [("Дмитрий Гаев", "руководитель метрополитена", "руководителем метрополитена", None, None,
          "current")],
    ),
    "the holder to leave the post": (
        "Глава ЕЦБ Жан-Клод Трише уйдет со своего поста в октябре.",
        [("Жан-Клод Трише", "глава", "Глава ЕЦБ", "ЕЦБ", "ORG", "current")],
    ),
    "leaving a place is no leaving a post": (
        "Патриарх Кирилл покинул пределы родного города.",
        [("Кирилл", "патриарх", "Патриарх", None, None, "current")],
    ),
    "another person's leaving, in a clause of its own": (
        "Министр обороны Роберт Гейтс заявил, что министр финансов Тимоти Гайтнер ушёл в "
        "отставку.",
        [("Роберт Гейтс", "министр обороны", "Министр обороны", None, None, "current"),
         ("Тимоти Гайтнер", "министр финансов", "министр финансов", None, None, "former")],
    ),
}  # fmt: skip


@pytest.mark.parametrize("text, expected", ORG.values(), ids=ORG.keys())
def test_roles_fields9_org_and_role(parse, text, expected):
    assert rows(parse(text)) == expected


@pytest.mark.parametrize("text, expected", STATUS.values(), ids=STATUS.keys())
def test_roles_fields9_status(parse, text, expected):
    assert rows(parse(text)) == expected

"""Roles precision and fields (session 8): rows that are no post, posts given to the wrong
person, and the `role` / `org` fields; each rule with cases on both sides."""

from __future__ import annotations

import pytest

from ruextract.roles import agreement, phrases, words
from tests.conftest import keyed_role_rows as rows


@pytest.fixture(autouse=True)
def fresh_word_caches():
    """Each case reads its words afresh: the caches of words read before (``post_word`` by
    ids, the lru caches of the word rules) would answer for the rules under test."""
    words._NOT_POST.clear()
    for cached in (
        words._surely_no_post, words._may_name_adjectival_post, words._adjectival_stems,
        words._stem_starts, words._stem_lengths, words._known_word, words._head_lemma,
        words.compound_role, words.similar_role, words.substantive,
        agreement.only_nominative, agreement.plural_only, phrases._named,
    ):  # fmt: skip
        getattr(cached, "cache_clear", lambda: None)()  # a mutant's copy may wrap it


CASES = {
    # NOT POSTS: a degree, a part in a work
    "by 'по образованию' a post's complement ends": (
        "Шестидесятилетняя Анна Петрова, экономист по образованию, возглавила банк.",
        [("Анна Петрова", "экономист", "экономист", None, None, None, "current")],
    ),
    "a degree is no post": ("Умер доктор филологических наук Виталий Костомаров.", []),
    "a degree of another field is no post": ("Умер кандидат технических наук Иван Петров.", []),
    "a degree by the field alone is no post": ("Умер доктор наук Иван Петров.", []),
    "a doctor of a science (no 'наук') is a post": (
        "Умер доктор медицины Иван Петров.",
        [("Иван Петров", "доктор медицины", "доктор медицины", None, None, None, "current")],
    ),
    "a doctor with no degree is a post": (
        "Умер доктор Иван Петров.",
        [("Иван Петров", "доктор", "доктор", None, None, None, "current")],
    ),
    "a part in a work with no org is no post": (
        "Оксана Карас также выступает соавтором сценария.", [],
    ),
    "a co-author of a named outlet is a post": (
        "В квартиру соавтора видеоблога «Немагия» Алексея Псковитина пришли с обыском.",
        [("Алексей Псковитин", "соавтор", "соавтора видеоблога «Немагия»",
          "Немагия", "ORG", None, "current")],
    ),
    "a teacher with no possessive is a post": (
        "Учитель Виктор Виноградов пришёл в школу.",
        [("Виктор Виноградов", "учитель", "Учитель", None, None, None, "current")],
    ),
    # KINSHIP: a genitive post after a kinship noun is the relative's
    "the kin named after the relative's post gets no row": (
        "Ассоциации имени Людвига ван Бетховена и супруга музыканта Эльжбета Пендерецкая "
        "сказала, что он умер.",
        [],
    ),
    "the kin in the nominative (a woman's surname) gets no row": (
        "Мать спортсменки Даниела Липницкая сообщила об этом.", [],
    ),
    "the kin named before the kinship noun gets no row for the relative's post": (
        "Приехала певица Алсу, внучка бывшего вице-президента Лукойла.",
        [("Алсу", "певица", "певица", None, None, None, "current")],
    ),
    "the relative named in the genitive holds the post": (
        "На церемонии была дочь президента Казахстана Нурсултана Назарбаева.",
        [("Нурсултан Назарбаев", "президент", "президента Казахстана", "Казахстан", "COUNTRY",
          "KZ", "current")],
    ),
    "a woman's surname in the genitive holds the post": (
        "Сын актрисы Завьяловой не признал вину.",
        [("Завьялова", "актриса", "актрисы", None, None, None, "current")],
    ),
    "an indeclinable name after the post holds it": (
        "На церемонии была внучка императора Японии Акихито.",
        [("Акихито", "император", "императора Японии", "Япония", "COUNTRY", "JP", "current")],
    ),
    "the kin named before in the genitive gets no row for the relative's post": (
        "Критик отмечает песни певицы Алсу, внучка бывшего вице-президента Лукойла.",
        [("Алсу", "певица", "певицы", None, None, None, "current")],
    ),
    # A MAN'S SURNAME THE ARTICLE DECLINES: "Адвокат Маркива" is his lawyer
    "a lone surname the article writes after a declined first name is oblique": (
        "Виталий Маркив служил в армии. Суд приговорил Виталия Маркива к 24 годам. Адвокат "
        "Маркива заявил, что подаст апелляцию.",
        [],
    ),
    "a man's surname the article writes only declined is oblique": (
        "Суд приговорил Виталия Маркива к 24 годам. Адвокат Маркива заявил, что подаст "
        "апелляцию.",
        [],
    ),
    "a man's surname the article also writes after his first name as recorded holds it": (
        "Суд приговорил Виталия Маркива к 24 годам. Виталий Маркива не признал вину. Адвокат "
        "Маркива заявил, что подаст апелляцию.",
        [("Виталий Маркива", "адвокат", "Адвокат", None, None, None, "current")],
    ),
    "a man's surname in -а written after his first name as recorded is nominative": (
        "Премьер Рами Хамдалла подал в отставку. Премьер Хамдалла заявил об этом в среду.",
        [("Рами Хамдалла", "премьер-министр", "Премьер", None, None, None, "current"),
         ("Рами Хамдалла", "премьер-министр", "Премьер", None, None, None, "current")],
    ),
    "a woman's surname in -а after her declined first name holds the post": (
        "Суд приговорил Ольгу Маркива к 4 годам. Адвокат Маркива заявила, что подаст "
        "апелляцию.",
        [("Ольга Маркива", "адвокат", "Адвокат", None, None, None, "current")],
    ),
    "a lone surname spelt as the record's surname with an ending is oblique": (
        "Виталий Маркив служил в армии. Адвокат Маркива заявил, что подаст апелляцию.", [],
    ),
    "a lone surname spelt as the record's surname holds the post": (
        "Суд оправдал Ивана Петрова. Адвокат Петров заявил, что доволен.",
        [("Иван Петров", "адвокат", "Адвокат", None, None, None, "current")],
    ),
    "a lone surname with an ending after a post is not its holder": (
        "Суд оправдал Ивана Петрова. Адвокат Петрова заявил, что доволен.", [],
    ),
    "a lone surname in the nominative holds the post before it": (
        "Виталий Маркив служил в армии. Адвокат Маркив заявил, что подаст апелляцию.",
        [("Виталий Маркив", "адвокат", "Адвокат", None, None, None, "current")],
    ),
    # A NICKNAME: a post and a name in quotes as one title
    "a post the article writes in quotes with the name is a nickname": (
        "В Москве начались съёмки фильма «Доктор Лиза» о Елизавете Глинке. Киноистория будет "
        "сделана как один день из жизни Доктора Лизы.",
        [],
    ),
    "a nickname written first in the text is one too": (
        "«Доктор Лиза» снимут в Москве. Фильм расскажет о жизни доктора Лизы.", [],
    ),
    "a nickname after another name of the article": (
        "Елизавета Глинка работала врачом. В Москве начались съёмки фильма «Доктор Лиза». Это "
        "день из жизни Доктора Лизы.",
        [("Елизавета Глинка", "врач", "врачом", None, None, None, "current")],
    ),
    "a post of more words before a nickname's name stays": (
        "«Доктор Лиза» снимут в Москве. Фильм расскажет о жизни известного доктора Лизы.",
        [("Лиза", "доктор", "известного доктора", None, None, None, "current")],
    ),
    "quotes that hold more than the post and the name make no nickname": (
        "«Доктор Лиза помогала всем», — сказал он. Он вспоминал доктора Лизу.",
        [("Лиза", "доктор", "Доктор", None, None, None, "current"),
         ("Лиза", "доктор", "доктора", None, None, None, "current")],
    ),
    "a post and a name before a closing quote with no opening one make no nickname": (
        "«Это сделал Доктор Лиза», — сказал он. Он вспоминал доктора Лизу.",
        [("Лиза", "доктор", "Доктор", None, None, None, "current"),
         ("Лиза", "доктор", "доктора", None, None, None, "current")],
    ),
    "a name in quotes after a lower-case word does not hide a nickname after it": (
        "В книге «о Лизе» и в фильме «Доктор Лиза» рассказано о ней. Это день из жизни доктора "
        "Лизы.",
        [],
    ),
    "with no title in quotes the post before the name stays": (
        "В Москве начались съёмки фильма о Елизавете Глинке. Киноистория будет сделана как "
        "один день из жизни доктора Лизы.",
        [("Елизавета Глинка", "доктор", "доктора", None, None, None, "current")],
    ),
    # A FIRST NAME THAT IS A POST WORD: capitalised inside a sentence, before a surname alone
    "a capitalised post word before a surname with no first name is the first name": (
        "Путин наградил сербского режиссёра Эмира Кустурицу орденом Дружбы.",
        [("Кустурицу", "режиссер", "сербского режиссёра", None, None, None, "current")],
    ),
    "a capitalised post before a name with a first name stays": (
        "Оппозиция поддержала Президента Виктора Ющенко.",
        [("Виктор Ющенко", "президент", "Президента", None, None, None, "current")],
    ),
    "a capitalised post of more words before a surname stays": (
        "Вчера в Кремле Президент России Путин провёл совещание.",
        [("Путин", "президент", "Президент России", "Россия", "COUNTRY", "RU", "current")],
    ),
    "after a dash a capital shows nothing: the post stays": (
        "Картину снял сербский режиссёр — Эмир Кустурица.",
        [("Кустурица", "режиссер", "сербский режиссёр", None, None, None, "current"),
         ("Кустурица", "эмир", "Эмир", None, None, None, "current")],
    ),
    "at a sentence's start a capital shows nothing: the post stays": (
        "Эмир Кустурица приехал в Москву.",
        [("Кустурица", "эмир", "Эмир", None, None, None, "current")],
    ),
    # ANOTHER PERSON: joined by "и", or an org's namesake
    "a post joined by 'и' to a name is another person's": (
        "Режиссёр и Рэнди Хиллер, директор по кастингу, уже осмотрели 2000 детей.",
        [("Рэнди Хиллер", "директор по кастингу", "директор по кастингу", None, None, None,
          "current")],
    ),
    "an 'и' before no name does not end a post's reach": (
        "Певица из Омска и Москвы Анна Петрова выступила в Кремле.",
        [("Анна Петрова", "певица", "Певица", None, None, None, "current")],
    ),
    "a post right before the name is the name's": (
        "Режиссёр фильма Рэнди Хиллер уже осмотрел 2000 детей.",
        [("Рэнди Хиллер", "режиссер", "Режиссёр фильма", None, None, None, "current")],
    ),
    "a name after 'им' is the org's namesake, not the holder": (
        "Студент РГУ им Косыгина признал, что кинул две пустые бутылки.", [],
    ),
    "an indeclinable name after 'им' is the org's namesake": (
        "Студент РГУ им Шота Руставели признался, что кинул бутылку.", [],
    ),
    "a name after the org is the holder": (
        "Студент РГУ Валерий Костенок признал вину.",
        [("Валерий Костенок", "студент", "Студент РГУ", "РГУ", "ORG", None, "current")],
    ),
    # A PLURAL POST BEFORE ONE NAME: the name is its complement
    "a plural post before one name is not the name's": (
        "Адвокаты Эндрюс настаивали, что отель должен заплатить.", [],
    ),
    "a plural post before a genitive name": (
        "Большинство членов команды Юрия Лужкова осталось на своих местах.", [],
    ),
    "a plural post before a list of names is each one's": (
        "Адвокаты Эндрюс и Смит настаивали, что отель должен заплатить.",
        [("Эндрюс", "адвокат", "Адвокаты", None, None, None, "current"),
         ("Смит", "адвокат", "Адвокаты", None, None, None, "current")],
    ),
    "a plural post after 'один из' is the one name's": (
        "Один из адвокатов Иван Петров настаивал на выплате.",
        [("Иван Петров", "адвокат", "адвокатов", None, None, None, "current")],
    ),
    # (session 12: the candidate's post is the phrase, role "кандидат в президенты")
    "a plural post after 'кандидат в' is one post": (
        "Он выдвинут кандидатом в президенты Парагвая Лино Овьедо.",
        [("Лино Овьедо", "кандидат в президенты", "кандидатом в президенты Парагвая",
          "Парагвай", "COUNTRY", "PY", "current")],
    ),
    # AN UNNAMED PERSON: an indefinite word before a post named alone
    "a post after 'один' is an unnamed person's": (
        "Кастинг провёл режиссёр Гай Ричи. Один агент сказал о кастинге: «Бардак».",
        [("Гай Ричи", "режиссер", "режиссёр", None, None, None, "current")],
    ),
    "a post alone with no indefinite word goes to the person in focus": (
        "Кастинг провёл режиссёр Гай Ричи. Агент сказал о кастинге: «Бардак».",
        [("Гай Ричи", "режиссер", "режиссёр", None, None, None, "current"),
         ("Гай Ричи", "агент", "Агент", None, None, None, "current")],
    ),
    # ROLE: an org's kind is where the post is held
    "a band's kind and name: the name is the org": (
        "На сцену вышел музыкант группы «Кино» Юрий Каспарян.",
        [("Юрий Каспарян", "музыкант", "музыкант группы «Кино»", "Кино", "ORG", None,
          "current")],
    ),
    "a band's kind alone, named nowhere: the kind is the org": (
        "На сцену вышел Юрий Каспарян, музыкант группы.",
        [("Юрий Каспарян", "музыкант", "музыкант группы", "группа", "ORG", None, "current")],
    ),
    "a band's kind alone where the article names his band: the band": (
        "Юрий Каспарян — музыкант группы «Кино». На сцену вышел Юрий Каспарян, музыкант "
        "группы.",
        [("Юрий Каспарян", "музыкант", "музыкант группы «Кино»", "Кино", "ORG", None,
          "current"),
         ("Юрий Каспарян", "музыкант", "музыкант группы", "Кино", "ORG", None, "current")],
    ),
    "a work's kind: no org": (
        "Режиссёр картины Андрей Звягинцев приехал в Канны.",
        [("Андрей Звягинцев", "режиссер", "Режиссёр картины", None, None, None, "current")],
    ),
    "a kind with words and a place: the org is the kind with them": (
        "Глава департамента здравоохранения Москвы Алексей Хрипун провёл совещание.",
        [("Алексей Хрипун", "глава", "Глава департамента здравоохранения Москвы",
          "департамент здравоохранения Москвы", "ORG", None, "current")],
    ),
    "a kind with words and a named org: the org is the kind with them": (
        "Начальник департамента внешнеэкономической деятельности Газпрома Станислав Цыганков "
        "ушёл в отставку.",
        [("Станислав Цыганков", "начальник",
          "Начальник департамента внешнеэкономической деятельности Газпрома",
          "департамент внешнеэкономической деятельности Газпрома", "ORG", None, "former")],
    ),
    "a kind right before a named org: the org is the name": (
        "Президент компании Schneider Electric Жан-Паскаль Трикуар переехал.",
        [("Жан-Паскаль Трикуар", "президент", "Президент компании Schneider Electric",
          "Schneider Electric", "ORG", None, "current")],
    ),
    "a kind named for a person (a tagger's org): the org is the kind with the name": (
        "Лауреатом стал Виталий Костомаров, президент института Пушкина.",
        [("Виталий Костомаров", "президент", "президент института", "институт Пушкина", "ORG",
          None, "current")],
    ),
    "a kind named for a person after a nominative post": (
        "Маатье Мостарт, представитель фонда Анны Франк, рассказал о торгах.",
        [("Маатье Мостарт", "представитель", "представитель фонда", "фонд Анны Франк", "ORG",
          None, "current")],
    ),
    "a genitive name after a genitive post's kind is its holder: the kind is the org": (
        "По словам директора музея Николая Буркова, собор закрыт.",
        [("Николай Бурков", "директор", "директора музея", "музей", "ORG", None, "current")],
    ),
    "a kind described by adjectives and named: the name": (
        "Генеральный директор вещательной корпорации BBC Тони Холл ушёл в отставку.",
        [("Тони Холл", "генеральный директор",
          "Генеральный директор вещательной корпорации BBC", "BBC", "ORG", None, "former")],
    ),
    "a name in Latin letters after a kind names it (the tagger's genitive shows no case)": (
        "Исполнительный директор компании Apple Тим Кук выступил с докладом.",
        [("Тим Кук", "исполнительный директор", "Исполнительный директор компании Apple",
          "Apple", "ORG", None, "current")],
    ),
    "a name after an org's part is the whole: the org is the part with it": (
        "Начальник управления ФСБ Иван Петров ушёл в отставку.",
        [("Иван Петров", "начальник", "Начальник управления ФСБ", "управление ФСБ", "ORG",
          None, "former")],
    ),
    "a genitive name after a kind is the whole: the org is the kind with it": (
        "Председатель комиссии Совета Федерации Иван Петров ушёл в отставку.",
        [("Иван Петров", "председатель", "Председатель комиссии Совета Федерации",
          "комиссия Совета Федерации", "ORG", None, "former")],
    ),
    "a kind described with no name: the org is the kind described": (
        "Актёр кукольного театра Иван Петров ушёл на пенсию.",
        [("Иван Петров", "актер", "Актёр кукольного театра", "кукольный театр", "ORG", None,
          "current")],
    ),
    "a kind and words in common words: the org is all of them": (
        "Руководителем аппарата столичного правительства назначена Анастасия Ракова.",
        [("Анастасия Ракова", "руководитель", "Руководителем аппарата столичного правительства",
          "аппарат столичного правительства", "ORG", None, "current")],
    ),
    "a kind with words and no place: the org is the kind with them": (
        "Иван Петров, глава департамента здравоохранения, провёл совещание.",
        [("Иван Петров", "глава", "глава департамента здравоохранения",
          "департамент здравоохранения", "ORG", None, "current")],
    ),
    "a feminine kind described: its adjectives agree": (
        "Кей Комуро, сотрудник юридической фирмы, сделал предложение.",
        [("Кей Комуро", "сотрудник", "сотрудник юридической фирмы", "юридическая фирма", "ORG",
          None, "current")],
    ),
    "a kind after two adjectives, named in quotes": (
        "Генеральный директор крупной нефтяной компании «Лукойл» Вагит Алекперов выступил.",
        [("Вагит Алекперов", "генеральный директор",
          "Генеральный директор крупной нефтяной компании «Лукойл»", "Лукойл", "ORG", None,
          "current")],
    ),
    "a tagger's org that is a surname after a kind: the kind with it": (
        "Лауреатом стал Виталий Костомаров, президент института Пушкина, академик РАО.",
        [("Виталий Костомаров", "президент", "президент института Пушкина",
          "институт Пушкина", "ORG", None, "current"),
         ("Виталий Костомаров", "академик", "академик РАО", "РАО", "ORG", None, "current")],
    ),
    "a national adjective of a hyphenated state post": (
        "Российский вице-спикер Иван Петров выступил в Думе.",
        [("Иван Петров", "вице-спикер", "Российский вице-спикер", "Россия", "COUNTRY", "RU",
          "current")],
    ),
    # ROLE: hyphenated posts
    "a hyphenated profession of two posts stays whole": (
        "Пётр Иванов, врач-реаниматолог, работал в Москве.",
        [("Пётр Иванов", "врач-реаниматолог", "врач-реаниматолог", None, None, None,
          "current")],
    ),
    "a word about the holder after a hyphen is cut": (
        "Депутат-единоросс Иван Петров выступил в Думе.",
        [("Иван Петров", "депутат", "Депутат-единоросс", None, None, None, "current")],
    ),
    # ORG: abbreviations as written, national adjectives
    "an abbreviation is the org as written": (
        "Экс-глава МВД Рашид Нургалиев приехал в Казань.",
        [("Рашид Нургалиев", "глава", "Экс-глава МВД", "МВД", "ORG", None, "former")],
    ),
    "an abbreviation of a ministry is the org as written": (
        "Бывший глава МИД Игорь Иванов выступил с лекцией.",
        [("Игорь Иванов", "глава", "Бывший глава МИД", "МИД", "ORG", None, "former")],
    ),
    "a national adjective of an occupation is nationality": (
        "В Италии содержится украинский боец Виталий Маркив.",
        [("Виталий Маркив", "боец", "украинский боец", None, None, None, "current")],
    ),
    "a national adjective of a singer is nationality": (
        "Британская певица Адель выступила в Лондоне.",
        [("Адель", "певица", "Британская певица", None, None, None, "current")],
    ),
    "a national adjective of a state's post is the state": (
        "Российский президент Владимир Путин провёл совещание.",
        [("Владимир Путин", "президент", "Российский президент", "Россия", "COUNTRY", "RU",
          "current")],
    ),
    "a national adjective of a politician is his nationality (session 10: roles gold)": (
        "В Косово убит ведущий сербский политик Оливер Иванович.",
        [("Оливер Иванович", "политик", "ведущий сербский политик", None, None, None,
          "current")],
    ),
    "a national adjective of an ambassador is the state": (
        "Американский посол Джон Теффт покинул Москву.",
        [("Джон Теффт", "посол", "Американский посол", "США", "COUNTRY", "US", "current")],
    ),
    # AN ORG'S KIND AS THE ORG: named for a person in the genitive after it, adjectives in the
    # kind's gender (neuter "управление"), the label ORG
    "a kind named for a person": (
        "Президент института Пушкина Маргарита Русецкая выступила на форуме.",
        [("Маргарита Русецкая", "президент", "Президент института Пушкина", "институт Пушкина",
          "ORG", None, "current")]),
    "a museum named for a person": (
        "Директор музея Пушкина Елизавета Лихачева открыла выставку.",
        [("Елизавета Лихачева", "директор", "Директор музея Пушкина", "музей Пушкина", "ORG",
          None, "current")]),
    "a kind named for a person the tagger reads": (
        "Директор музея Николая Островского Ирина Петрова открыла выставку.",
        [("Ирина Петрова", "директор", "Директор музея", "музей Николая Островского", "ORG",
          None, "current")]),
    "... named with an initial": (
        "Директор музея Н. Островского Ирина Петрова открыла выставку.",
        [("Ирина Петрова", "директор", "Директор музея", "музей Н. Островского", "ORG", None,
          "current")]),
    "a neuter kind with its adjective": (
        "Сотрудник районного управления Иван Петров был задержан.",
        [("Иван Петров", "сотрудник", "Сотрудник районного управления", "районное управление",
          "ORG", None, "current")]),
    "a neuter kind, another adjective": (
        "Глава регионального отделения Анна Смирнова заявила об этом.",
        [("Анна Смирнова", "глава", "Глава регионального отделения", "региональное отделение",
          "ORG", None, "current")]),
}  # fmt: skip


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_roles_precision_rows(parse, text, expected):
    assert rows(parse(text)) == expected


# the org's offsets point at it in the text: (sentence, [(org, text at org_start:org_stop)])
ORG_SPANS = {
    "a kind with two words after it": (
        "Иван Петров, руководитель отдела внешних связей, провёл встречу.",
        [("отдел внешних связей", "отдела внешних связей")],
    ),
    "a named org after a kind": (
        "Генеральный директор крупной нефтяной компании «Лукойл» Вагит Алекперов выступил.",
        [("Лукойл", "Лукойл")],
    ),
    "a kind with words": (
        "Иван Петров, глава департамента здравоохранения, провёл совещание.",
        [("департамент здравоохранения", "департамента здравоохранения")],
    ),
    "a kind described": (
        "Кей Комуро, сотрудник юридической фирмы, сделал предложение.",
        [("юридическая фирма", "юридической фирмы")],
    ),
    "a kind and a place": (
        "Глава департамента здравоохранения Москвы Алексей Хрипун провёл совещание.",
        [("департамент здравоохранения Москвы", "департамента здравоохранения Москвы")],
    ),
    "a kind and a name in quotes that is no entity": (
        "В квартиру соавтора видеоблога «Немагия» Алексея Псковитина пришли с обыском.",
        [("Немагия", "Немагия")],
    ),
    "a kind named for a person": (
        "Маатье Мостарт, представитель фонда Анны Франк, рассказал о торгах.",
        [("фонд Анны Франк", "фонда Анны Франк")],
    ),
    "a kind alone": (
        "На сцену вышел Юрий Каспарян, музыкант группы.",
        [("группа", "группы")],
    ),
}


@pytest.mark.parametrize("text, expected", ORG_SPANS.values(), ids=ORG_SPANS.keys())
def test_roles_org_offsets_point_at_the_org(parse, text, expected):
    doc = parse(text)
    found = [(r.org, doc.text[r.org_start : r.org_stop]) for r in doc.spans["roles"]
             for r in [r._.role]]  # fmt: skip
    assert found == expected


# SPEED: words told to name no post without pymorphy3 (``_surely_no_post``) are exactly those
# the slow reading rejects; (lemma, spelling, part of speech, animate, plain) -> no post
SURELY = {
    "a plain noun": (("стол", "стола", "NOUN", False, True), True),
    "an adjective of no post": (("быстрый", "быстрого", "ADJ", False, True), True),
    "a verb": (("сказать", "сказал", "VERB", False, True), True),
    "a role noun": (("президент", "президента", "NOUN", True, True), False),
    "a role noun after 'экс-'": (("экс-президент", "экс-президента", "NOUN", True, True), False),
    "a hyphenated word is left to the slow path": (("пилот-инструктор", "пилота-инструктора",
                                                    "NOUN", True, True), False),
    "a participle of an adjectival post (the tagger's verb lemma)": (
        ("вести", "ведущего", "VERB", False, True), False),
    "an adjective of an adjectival post": (("военный", "военного", "ADJ", False, True), False),
    "a compound of an adjectival post": (("телеведущий", "телеведущего", "NOUN", True, True),
                                         False),
    "a woman's noun of a post, inanimate by the tagger": (
        ("учительница", "учительницы", "NOUN", False, True), False),
    "an abbreviation of a post": (("генсек", "генсека", "NOUN", True, True), False),
    "a capitalised name-like noun": (("москва", "Москвы", "PROPN", False, False), True),
}  # fmt: skip


@pytest.mark.parametrize("args, expected", SURELY.values(), ids=SURELY.keys())
def test_roles_surely_no_post_by_lemma_and_spelling(args, expected):
    assert words._surely_no_post(*args) is expected


@pytest.mark.parametrize("args", [a for a, _ in SURELY.values()], ids=SURELY.keys())
def test_roles_surely_no_post_agrees_with_the_slow_reading(args):
    lemma, text, pos, animate, plain = args
    slow = words._known_word(words._head_lemma(lemma, text, pos), text, pos, animate, plain)
    assert not (words._surely_no_post(*args) and slow)


ADJECTIVAL = {
    "a participle of a post": ("ведущего", True),
    "after a compounding stem": ("телеведущего", True),
    "a post word itself": ("президент", True),
    "a stem shorter than the shortest": ("муф", False),
    "a noun on the stem of one": ("муфтия", True),
    "an adjective of no post": ("красного", False),
    "a compounding stem alone": ("теле", False),
}


@pytest.mark.parametrize("word, expected", ADJECTIVAL.values(), ids=ADJECTIVAL.keys())
def test_roles_words_that_may_be_adjectival_posts(word, expected):
    assert words._may_name_adjectival_post(word) is expected


def test_roles_post_word_remembers_by_ids_and_agrees(parse):
    doc = parse("Генсек ООН и стол генсека встретились с министром.")
    first = [words.post_word(t) for t in doc]
    assert first == [words.post_word(t) for t in doc]  # remembered: the same answers
    assert [t.text for t, yes in zip(doc, first, strict=True) if yes] == [
        "Генсек", "генсека", "министром"
    ]  # fmt: skip
    for token in doc:
        key = (token.lemma, token.orth, token.pos, token.morph.key)
        assert words.known_no_post(key) is (not words.post_word(token))


def test_roles_two_posts_keep_a_hyphenated_profession_whole():
    assert words.two_posts("врач-реаниматолог")
    assert not words.two_posts("депутат-единоросс")
    assert not words.two_posts("врач")


# THE WORD READING BY IDS (``post_word``): a word built with the tagger's lemma, part of speech,
# morphology and place in its sentence, so that each reading is told apart by one of them
def word(text: str, lemma: str, pos: str, morph: str, *, opens: bool):
    """``text`` as the tagger reads it, opening a sentence or after "Вчера"."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    doc = Doc(
        Vocab(), words=["Вчера", text], pos=["ADV", pos], lemmas=["вчера", lemma],
        morphs=["Degree=Pos", morph], sent_starts=[True, opens],
    )  # fmt: skip
    return doc[1]


ANIM = "Animacy=Anim|Case=Gen|Gender=Masc|Number=Sing"
POST_WORDS = {
    # the navec back-off ("хореограф" is on neither list) takes a word in lower case ...
    "a lower-case noun of no list, navec's post": (("хореографа", "хореограф", "NOUN", ANIM,
                                                    False), True),
    # ... or capitalised at a sentence's start, not inside one (a name's capital)
    "capitalised opening a sentence": (("Хореографа", "хореограф", "NOUN", ANIM, True), True),
    "capitalised inside a sentence": (("Хореографа", "хореограф", "NOUN", ANIM, False), False),
    "a second capital letter is no sentence's capital": (("ХОреографа", "хореограф", "NOUN",
                                                          ANIM, True), False),
    "inanimate: no navec back-off": (("хореографа", "хореограф", "NOUN",
                                      "Animacy=Inan|Case=Gen|Gender=Masc|Number=Sing", False),
                                     False),
    # a woman's noun of a post the tagger reads as inanimate: by its suffix, as a noun only
    "a woman's noun, inanimate by the tagger": (("учительницы", "учительница", "NOUN",
                                                 "Animacy=Inan|Case=Gen|Gender=Fem|Number=Sing",
                                                 False), True),
    "the same spelling as an adjective": (("учительницы", "учительница", "ADJ",
                                           "Case=Gen|Gender=Fem|Number=Sing", False), False),
    # an adjective used as a noun whose masculine form (pymorphy3) is the post: the tagger's
    # feminine lemma is no post word, the slow reading finds "дежурный"
    "a feminine adjective used as a noun": (("дежурная", "дежурная", "NOUN",
                                             "Animacy=Anim|Case=Nom|Gender=Fem|Number=Sing",
                                             False), True),
    "an adjective of no post used as a noun": (("вожатая", "вожатая", "NOUN",
                                                "Animacy=Anim|Case=Nom|Gender=Fem|Number=Sing",
                                                False), False),
}  # fmt: skip


@pytest.mark.parametrize("args, expected", POST_WORDS.values(), ids=POST_WORDS.keys())
def test_roles_post_word_by_spelling_morphology_and_place(args, expected):
    text, lemma, pos, morph, opens = args
    assert words.post_word(word(text, lemma, pos, morph, opens=opens)) is expected


def test_roles_post_word_remembers_no_capitalised_animate_noun():
    """A capitalised animate noun is a post opening a sentence and none inside one: its answer
    is not remembered by ids, whichever comes first; a lower-case one is."""
    inside = word("Хореографа", "хореограф", "NOUN", ANIM, opens=False)
    opening = word("Хореографа", "хореограф", "NOUN", ANIM, opens=True)
    assert [words.post_word(inside), words.post_word(opening)] == [False, True]
    assert [words.post_word(opening), words.post_word(inside)] == [True, False]
    lower = word("стола", "стол", "NOUN", "Animacy=Inan|Case=Gen|Gender=Masc|Number=Sing",
                 opens=False)  # fmt: skip
    assert words.post_word(lower) is False
    assert len(words._NOT_POST) == 1  # only "стола" remembered


def test_roles_post_word_memory_is_bounded():
    """The words remembered are forgotten at ``_NOT_POST_SIZE``, not past it."""
    words._NOT_POST.update({(i, 0, 0, 0): True for i in range(words._NOT_POST_SIZE)})
    lower = word("стола", "стол", "NOUN", "Animacy=Inan|Case=Gen|Gender=Masc|Number=Sing",
                 opens=False)  # fmt: skip
    assert words.post_word(lower) is False
    assert len(words._NOT_POST) == 1


def test_roles_find_phrases_reads_the_remembered_ids(parse):
    """``find_phrases`` reads ``no_post_ids`` once per document and looks its words up there:
    it is the dict ``post_word`` fills and ``known_no_post`` reads, the same one after it is
    forgotten when full; a document read again (its words remembered) gives the same phrases."""
    held = words.no_post_ids()
    doc = parse("Генсек ООН и стол генсека встретились с министром.")
    ents = phrases.Entities.of(doc)
    first = [(p.start, p.end, p.head) for p in phrases.find_phrases(doc, ents)]
    assert [doc[head].text for _, _, head in first] == ["Генсек", "генсека", "министром"]
    stol = next(t for t in doc if t.text == "стол")
    key = (stol.lemma, stol.orth, stol.pos, stol.morph.key)
    assert held.get(key) is True and words.known_no_post(key) is True
    assert [(p.start, p.end, p.head) for p in phrases.find_phrases(doc, ents)] == first
    words._NOT_POST.update({(i, 0, 0, 0): True for i in range(words._NOT_POST_SIZE)})
    lower = word("стола", "стол", "NOUN", "Animacy=Inan|Case=Gen|Gender=Masc|Number=Sing",
                 opens=False)  # fmt: skip
    assert words.post_word(lower) is False
    assert words.no_post_ids() is held and len(held) == 1


SURELY_MORE = {
    # a hyphen in the spelling or in the tagger's lemma alone leaves a word to the slow path
    "a hyphen in the spelling only": (("кто", "кто-то", "PRON", False, True), False),
    "a hyphen in the lemma only": (("северо-запад", "запада", "NOUN", False, True), False),
    "no hyphen, no post": (("запад", "запада", "NOUN", False, True), True),
    # navec's post ("хореограф", on no list) for a plain animate noun only
    "navec's post, animate and plain": (("хореограф", "хореографа", "NOUN", True, True), False),
    "navec's post, not plain": (("хореограф", "Хореографа", "NOUN", True, False), True),
    "navec's post, inanimate": (("хореограф", "хореографа", "NOUN", False, True), True),
    # a woman's noun of a post by its spelling when the tagger's lemma is cut short
    "a woman's noun by its spelling": (("учительниц", "учительница", "NOUN", False, True),
                                       False),
    "the same spelling, no noun": (("учительниц", "учительница", "ADJ", False, True), True),
}  # fmt: skip


@pytest.mark.parametrize("args, expected", SURELY_MORE.values(), ids=SURELY_MORE.keys())
def test_roles_surely_no_post_hyphens_navec_and_women(args, expected):
    assert words._surely_no_post(*args) is expected


# CASES OF A PERSON'S MENTION as pure functions of the mentions (``declined_surname``,
# ``man_in_oblique``, ``person_cases``): PER spans with their person records, the tagger's case
# given; the mention read is the last one
def mentions_doc(text: str, mentions: list[tuple[str, str | None, str]], morph=None):
    """``text`` with its entities ``(surface, key or None, label)`` in the order written; the
    person record of key "k" is Виталий Маркив's, of "t" his namesake's (``RECORDS``)."""
    import spacy

    from ruextract.extensions import register_extensions

    register_extensions()
    doc = spacy.blank("ru")(text)
    for token in doc:
        if morph and token.text in morph:
            token.set_morph(morph[token.text])
    ents, end = [], 0
    for surface, key, label in mentions:
        start = text.index(surface, end)
        end = start + len(surface)
        span = doc.char_span(start, end, label=label)
        span._.key = key
        span._.person = RECORDS.get(key)
        ents.append(span)
    doc.ents = ents
    return doc


def last_mention(doc):
    return doc.ents[-1]


def _records():
    from ruextract.records import Person

    return {
        "k": Person(key="k", name="Виталий Маркив", last="Маркив", first="Виталий"),
        "t": Person(key="t", name="Виталий Маркива", last="Маркива", first="Виталий"),
    }


RECORDS = _records()

DECLINED = {
    "an ending of one letter": ("Адвокат Маркива заявил.", "Маркива", "k", True),
    "of two letters": ("Адвокат с Маркивым заявил.", "Маркивым", "k", True),
    "of three letters: no ending": ("Адвокаты с Маркивыми заявили.", "Маркивыми", "k", False),
    "the surname itself": ("Адвокат Маркив заявил.", "Маркив", "k", False),
    "no person record": ("Адвокат Маркива заявил.", "Маркива", None, False),
    "two words, no person record": ("Адвокат Виталия Маркива заявил.", "Виталия Маркива", None,
                                    False),
}  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "key", "expected"), DECLINED.values(),
                         ids=DECLINED.keys())  # fmt: skip
def test_roles_declined_surname(text, surface, key, expected):
    doc = mentions_doc(text, [(surface, key, "PER")])
    assert agreement.declined_surname(last_mention(doc)) is expected


OBLIQUE_TAIL = " задержали. Адвокат Маркива заявил."
OBLIQUE = {
    "his first name declined before the word": (
        "Виталия Маркива" + OBLIQUE_TAIL, [("Виталия Маркива", "k", "PER")], True),
    "his first name as the record writes it": (
        "Виталий Маркива" + OBLIQUE_TAIL, [("Виталий Маркива", "k", "PER")], False),
    "with a patronymic": ("Виталия Ивановича Маркива" + OBLIQUE_TAIL,
                          [("Виталия Ивановича Маркива", "k", "PER")], True),
    "after an organisation's mention": (
        "Сотрудники ООН и Виталия Маркива" + OBLIQUE_TAIL,
        [("ООН", None, "ORG"), ("Виталия Маркива", "k", "PER")], True),
    "after his mention in another case": (
        "Виталию Маркиву и Виталия Маркива" + OBLIQUE_TAIL,
        [("Виталию Маркиву", "k", "PER"), ("Виталия Маркива", "k", "PER")], True),
    "a namesake's full name is no evidence": (
        "Виталия Маркива и его тёзку Виталий Маркива" + OBLIQUE_TAIL,
        [("Виталия Маркива", "k", "PER"), ("Виталий Маркива", "t", "PER")], True),
}  # fmt: skip


@pytest.mark.parametrize(("text", "before", "expected"), OBLIQUE.values(), ids=OBLIQUE.keys())
def test_roles_man_in_oblique(text, before, expected):
    doc = mentions_doc(text, [*before, ("Маркива", "k", "PER")])
    assert agreement.man_in_oblique(last_mention(doc)) is expected


def test_roles_man_in_oblique_needs_a_person_record():
    doc = mentions_doc("Адвокат Маркива заявил.", [("Маркива", None, "PER")])
    assert agreement.man_in_oblique(last_mention(doc)) is False


PERSON_CASES = {
    "no person record: the tagger's case": ("Адвокат Маркива заявил.", None,
                                            "Case=Gen", {"Gen"}),
    "a declined surname the tagger reads as dative": ("Адвокат Маркиву заявил.", "k",
                                                      "Case=Dat", {"Dat"}),
    "... as nominative: the genitive": ("Адвокат Маркива заявил.", "k", "Case=Nom", {"Gen"}),
}  # fmt: skip


@pytest.mark.parametrize(("text", "key", "morph", "expected"), PERSON_CASES.values(),
                         ids=PERSON_CASES.keys())  # fmt: skip
def test_roles_person_cases(text, key, morph, expected):
    surface = text.split()[1]
    doc = mentions_doc(text, [(surface, key, "PER")], {surface: morph})
    assert agreement.person_cases(last_mention(doc)) == expected


# AN ORG MENTION THAT IS A PERSON'S NAME (``personal``): every word one of a surname, a first
# name or a patronymic by pymorphy3; a post a state gives (``state_post``) by its last part
PERSONAL = {
    "a surname": ("института Пушкина", "Пушкина", True),
    "a first name": ("фонда Олега", "Олега", True),
    "a first name and a patronymic": ("фонда Ивана Ивановича", "Ивана Ивановича", True),
    "a patronymic alone": ("улицы Ильича", "Ильича", True),
    "a common noun": ("площади Победы", "Победы", False),
    "no word": ("фонда «»", "«»", False),
}


@pytest.mark.parametrize(("text", "surface", "expected"), PERSONAL.values(), ids=PERSONAL.keys())
def test_roles_personal_org_mention(text, surface, expected):
    import spacy

    doc = spacy.blank("ru")(text)
    start = text.index(surface)
    assert phrases.personal(doc.char_span(start, start + len(surface))) is expected


@pytest.mark.parametrize(
    ("lemma", "expected"),
    [("мэр", True), ("вице-мэр", True), ("экс-вице-мэр", True), ("вице-спикер", True),
     ("замглавы", False), ("генерал-лейтенант", False)],
)  # fmt: skip
def test_roles_state_post_by_last_part(lemma, expected):
    assert phrases.state_post(lemma) is expected


# THE KIND OF AN ORG OPENING A COMPLEMENT (``org_kind``): tokens with the tagger's readings
def complement(*words: tuple[str, str, str]):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    doc = Doc(Vocab(), words=[w for w, _, _ in words], pos=[p for _, p, _ in words],
              lemmas=[lemma for _, _, lemma in words])  # fmt: skip
    return list(doc)


ORG_KINDS_CASES = {
    "a noun of an org's kind": ([("института", "NOUN", "институт")], "института"),
    "after its adjective": ([("кукольного", "ADJ", "кукольный"), ("театра", "NOUN", "театр")],
                            "театра"),
    "a proper noun is no kind": ([("Института", "PROPN", "институт")], None),
    "adjectives alone": ([("главного", "ADJ", "главный"), ("нового", "ADJ", "новый")], None),
    "a work's kind alone": ([("фильма", "NOUN", "фильм")], "фильма"),
    "a work's kind after its adjective": ([("нового", "ADJ", "новый"),
                                           ("фильма", "NOUN", "фильм")], None),
}  # fmt: skip


@pytest.mark.parametrize(("words", "expected"), ORG_KINDS_CASES.values(),
                         ids=ORG_KINDS_CASES.keys())  # fmt: skip
def test_roles_org_kind(words, expected):
    found = phrases.org_kind(complement(*words), phrases.Entities(per={}, place={}, sent=[]))
    assert (found.text if found is not None else None) == expected


LINE_BREAKS = [
    # (text, left word, right word, expected): a break in the spaces after ``left`` or in any
    # token between; none in the words themselves or after ``right``
    ("Министр обороны\nСергей Шойгу заявил.", "обороны", "Сергей", True),
    ("Министр обороны Сергей Шойгу\nзаявил.", "обороны", "Сергей", False),
    ("Министр обороны\n\nСергей Шойгу заявил.", "обороны", "Сергей", True),
    ("Министр обороны России\nСергей Шойгу заявил.", "обороны", "Сергей", True),
    ("Министр обороны России Сергей\nШойгу заявил.", "обороны", "Сергей", False),
    ("Министр\nобороны России Сергей Шойгу заявил.", "обороны", "Сергей", False),
    ("Министр обороны России Сергей Шойгу заявил.", "Министр", "заявил", False),
]


@pytest.mark.parametrize(("text", "left", "right", "expected"), LINE_BREAKS)
def test_roles_line_break_between(parse, text, left, right, expected):
    doc = parse(text)
    at = {t.text: t.i for t in doc}
    assert words.line_break_between(doc, at[left], at[right]) is expected
    after = text.split(left, 1)[1]  # ``right`` past the last token: to the end of the text
    assert words.line_break_between(doc, at[left], len(doc)) is ("\n" in after)

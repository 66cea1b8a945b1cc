"""Roles: whose post a phrase is, across clauses and sentences (``ruextract.roles.linking``).

Each rule has cases that must link and cases on the other side of its condition that must not.
"""

from __future__ import annotations

import pytest

from tests.conftest import role_rows as rows

CASES = {
    # a genitive name, then the holder's name in the post's case
    "holder after a genitive name, same case": (
        "Встречу провёл советник Путина Михаил Лесин.",
        [("Михаил Лесин", "советник", "советник", "Путин", "current")],
    ),
    "nominative name after a genitive post is not its holder": (
        "Дочь президента Узбекистана Ислама Каримова Лолла Каримова сообщила об этом.",
        [("Ислам Каримов", "президент", "президента Узбекистана", "Узбекистан", "current")],
    ),
    # a copula with no subject of its own: the last nominative name of the verb's gender
    "copula without a subject, verb of her gender": (
        "Людмила Зыкина родилась в Москве. В войну работала токарем на заводе.",
        [("Людмила Зыкина", "токарь", "токарем", None, "current")],
    ),
    "biography chain past sentences without names": (
        "Людмила Зыкина родилась в Москве. Она училась в школе. Семья переехала в Курск. "
        "Потом работала токарем.",
        [("Людмила Зыкина", "токарь", "токарем", None, "current")],
    ),
    # an apposition or a bracket between the name and its copula
    "apposition and bracket before the copula": (
        "Стивен Бенджамин, адвокат из Ричмонда (штат Вирджиния), является президентом "
        "Национальной ассоциации адвокатов.",
        [
            ("Стивен Бенджамин", "адвокат", "адвокат", None, "current"),
            ("Стивен Бенджамин", "президент", "президентом Национальной ассоциации адвокатов",
             "Национальная ассоциация адвокатов", "current"),
        ],
    ),
    # "один из" past numbers and adjectives
    "one of five best, named by a verb": (
        "Билл Гейтс назвал Рэя Оззи одним из пяти лучших программистов в мире.",
        [("Рэй Оззи", "программист", "лучших программистов", None, "current")],
    ),
    # a plural post and the names of "как" after it
    "such as after a plural post": (
        "Концерты дали такие исполнители, как Элтон Джон и Стинг.",
        [
            ("Элтон Джон", "исполнитель", "такие исполнители", None, "current"),
            ("Стинг", "исполнитель", "такие исполнители", None, "current"),
        ],
    ),
    # a plural post before a list of names, past descriptions of them
    "plural post, description, list of names": (
        "Награды удостоены учёные из США Джеймс Ротман, Рэнди Шекман и Томас Зюдхоф.",
        [
            ("Джеймс Ротман", "ученый", "учёные", None, "current"),
            ("Рэнди Шекман", "ученый", "учёные", None, "current"),
            ("Томас Зюдхоф", "ученый", "учёные", None, "current"),
        ],
    ),
    "plural post before names the tagger reads as genitive": (
        "Фильм обсудили режиссёр Евгений Татаров, а также актёры Хельга Филиппова и Сергей Рост.",
        [
            ("Евгений Татаров", "режиссер", "режиссёр", None, "current"),
            ("Хельга Филиппова", "актер", "актёры", None, "current"),
            ("Сергей Рост", "актер", "актёры", None, "current"),
        ],
    ),
    # an instrumental post, a copula, the subject's descriptions, the name
    "copula after, subject with descriptions and a genitive name": (
        "Главой Bundesbank станет советник канцлера Германии Ангелы Меркель Йенс Вайдман.",
        [
            ("Йенс Вайдман", "глава", "Главой Bundesbank", "Bundesbank", "current"),
            ("Йенс Вайдман", "советник", "советник канцлера Германии", "канцлер Германии",
             "current"),
        ],
    ),
    "acting post by its participle's case": (
        "Исполняющим обязанности главного тренера назначен Аркадий Имреков.",
        [("Аркадий Имреков", "главный тренер", "Исполняющим обязанности главного тренера", None,
          "acting")],
    ),
    "post after 'пост' before a copula": (
        "На пост главы правительства была избрана Аленка Братушек.",
        [
            (
                "Аленка Братушек",
                "глава правительства",
                "главы правительства",
                "правительство",
                "current",
            )
        ],
    ),
    # an active verb of appointment: the object holds the post
    "appointed object, not the subject": (
        "Президент Украины Виктор Янукович назначил начальником Генштаба генерал-лейтенанта "
        "Григория Педченко.",
        [
            ("Виктор Янукович", "президент", "Президент Украины", "Украина", "current"),
            ("Григорий Педченко", "начальник", "начальником Генштаба", "Генштаб", "current"),
            ("Григорий Педченко", "генерал-лейтенант", "генерал-лейтенанта", "Генштаб",
             "current"),
        ],
    ),
    "passive appointment: the subject": (
        "Григорий Педченко назначен начальником Генштаба.",
        [("Григорий Педченко", "начальник", "начальником Генштаба", "Генштаб", "current")],
    ),
    # a post named again: its holder named in the sentence before
    "post again, holder in the sentence before": (
        "Министр Антон Силуанов выступил в Думе. Речь министра одобрили.",
        [
            ("Антон Силуанов", "министр", "Министр", None, "current"),
            ("Антон Силуанов", "министр", "министра", None, "current"),
        ],
    ),
    "post again, the article's person two sentences before": (
        "Министр Антон Силуанов выступил в Думе. Депутаты задали вопросы. Речь министра "
        "одобрили.",
        [
            ("Антон Силуанов", "министр", "Министр", None, "current"),
            ("Антон Силуанов", "министр", "министра", None, "current"),
        ],
    ),
    # a nominative post alone as a verb's subject: the article's person, of the verb's gender
    "post alone as a subject, the article's person": (
        "Народный артист Армен Джигарханян жил в театре. Друзья сняли ему квартиру. "
        "А 30 октября актёр попытался попасть в квартиру.",
        [
            ("Армен Джигарханян", "народный артист", "Народный артист", None, "current"),
            ("Армен Джигарханян", "актер", "актёр", None, "current"),
        ],
    ),
    # a biography's dated line
    "dated line of a biography": (
        "Владислав Сурков родился в 1964 году. С марта 2004 года — заместитель руководителя "
        "Администрации Президента.",
        [("Владислав Сурков", "заместитель", "заместитель руководителя Администрации "
          "Президента", "руководитель Администрации Президента", "current")],
    ),
    # a genitive title before a name ends the post before it
    "title before the name is its own post": (
        "Президент Венесуэлы Николас Мадуро назначил министром обороны страны адмирала "
        "Кармен Мелендес.",
        [
            ("Николас Мадуро", "президент", "Президент Венесуэлы", "Венесуэла", "current"),
            ("Кармен Мелендес", "министр обороны", "министром обороны страны", "Венесуэла",
             "current"),
            ("Кармен Мелендес", "адмирал", "адмирала", "Венесуэла", "current"),
        ],
    ),
    # names listed before "и других" and a plural post
    "names before 'и других' and a plural post": (
        "Представлены картины Пикассо, Дали, Ван Гога и других художников из коллекции фонда.",
        [
            ("Пикассо", "художник", "других художников", None, "current"),
            ("Дали", "художник", "других художников", None, "current"),
            ("Ван Гог", "художник", "других художников", None, "current"),
        ],
    ),
    # a post counted by a number is plural: the list of names after it
    "counted post, comma, list of names": (
        "Первые два эмира движения, Байтулла Мехсуд и Хакимулла Мехсуд, погибли от ударов.",
        [
            ("Байтулла Мехсуд", "эмир", "эмира движения", "движение", "current"),
            ("Хакимулла Мехсуд", "эмир", "эмира движения", "движение", "current"),
        ],
    ),
    # a post with no place: the same person's same post elsewhere, or the country before it
    "place of the same person's same post": (
        "Президент России Владимир Путин прибыл в Астану. Президент Путин провёл переговоры.",
        [
            ("Владимир Путин", "президент", "Президент России", "Россия", "current"),
            ("Владимир Путин", "президент", "Президент", "Россия", "current"),
        ],
    ),
    "head of state and the one country before it": (
        "Власти Малави подтвердили сообщения о смерти президента Бингу ва Мутарики.",
        [("Бингу ва Мутарика", "президент", "президента", "Малави", "current")],
    ),
    "org in two apostrophes": (
        "Суд не дал разрешение на арест руководителя ''Samsung Electronics'' Сан Джин Пака.",
        [("Сан Джин Пака", "руководитель", "руководителя ''Samsung Electronics''",
          "Samsung Electronics", "current")],
    ),
    # a pronoun subject: the last name of its gender in the two sentences before
    "pronoun of her gender, past a man's name": (
        "Жанна Фриске встретила Ивана Петрова. Она стала солисткой группы.",
        [("Жанна Фриске", "солистка", "солисткой группы", "группа", "current")],
    ),
    "pronoun of his gender, past a woman's name": (
        "Жанна Фриске встретила Ивана Петрова. Он стал солистом группы.",
        [("Иван Петров", "солист", "солистом группы", "группа", "current")],
    ),
    "pronoun after the instrumental post and its copula": (
        "Иван Петров пришёл в компанию в 2000 году. Её финансовым директором он стал в 2006 "
        "году.",
        [("Иван Петров", "финансовый директор", "финансовым директором", None, "current")],
    ),
    # a nominative post past a name in another case (a description's complement)
    "post past a genitive name to its holder": (
        "За рулём находился депутат от партии Владимира Жириновского Игорь Лебедев.",
        [("Игорь Лебедев", "депутат", "депутат", None, "current")],
    ),
    # succession: the name after "вместо" / "сменив" held the post a verb gives before
    "succession after a participle clause": (
        "Леон Панетта назначен министром обороны США вместо ушедшего в отставку Роберта Гейтса.",
        [("Леон Панетта", "министр обороны", "министром обороны США", "США", "current"),
         ("Роберт Гейтс", "министр обороны", "министром обороны США", "США", "former")],
    ),
    "succession by a converb": (
        "60-летний Эштон Картер станет главой Пентагона, сменив на этом посту Чака Хейгела.",
        [("Эштон Картер", "глава", "главой Пентагона", "Пентагон", "current"),
         ("Чак Хейгел", "глава", "главой Пентагона", "Пентагон", "former")],
    ),
    # a dative or accusative post alone: the article's person, named in the sentence before
    "oblique post alone, dative": (
        "Геннадий Кернес получил ранение в Харькове. Неизвестный выстрелил в спину политику.",
        [("Геннадий Кернес", "политик", "политику", None, "current")],
    ),
    "oblique post alone, dative after its verb": (
        "Дэвид Линч снял фильм «Дикие сердцем». Фильм принёс режиссёру «Золотую пальмовую "
        "ветвь».",
        [("Дэвид Линч", "режиссер", "режиссёру", None, "current")],
    ),
    # an active verb of appointment: its object, after the post or before the verb
    "appointment, the object after the post past a subject that is no name": (
        "Верховная Рада избрала спикером Александра Турчинова.",
        [("Александр Турчинов", "спикер", "спикером", None, "current")],
    ),
    "appointment, the object right before the post past its descriptions": (
        "Президент США назначил старшего советника Белого дома Пита Рауса временным главой "
        "президентской администрации.",
        [
            ("Пит Раус", "старший советник", "старшего советника Белого дома", "Белый дом",
             "current"),
            ("Пит Раус", "глава", "временным главой президентской администрации",
             "президентская администрация", "acting"),
        ],
    ),
    "appointment, the object past a former post": (
        "Парламент избрал бывшего министра обороны Казахстана Петра Иванова главой комитета.",
        [
            ("Петр Иванов", "министр обороны", "бывшего министра обороны Казахстана",
             "Казахстан", "former"),
            ("Петр Иванов", "глава", "главой комитета", "комитет", "current"),
        ],
    ),
    # the copula and the name of a post's clause, up to COPULA_REACH tokens back
    "a copula and its subject 20 words before the post": (
        "Карен Карапетян ранее работал в нескольких крупных компаниях в России и в Армении, а в "
        "2010—2011 годах был мэром Еревана.",
        [("Карен Карапетян", "мэр", "мэром Еревана", "Ереван", "former")],  # the range: former
    ),
    # a copula right after an instrumental post: its subject after it, not a name before
    "a copula right after the post gives it the name after": (
        "Вадим Амстель освобожден от должности по собственному желанию, новым главой "
        "министерства стала Анастасия Кузнецова.",
        [("Анастасия Кузнецова", "глава", "новым главой министерства", "министерство",
          "current")],
    ),
    "a copula after words of modality right after the post": (
        "Вадим Амстель освобожден от должности, главой министерства должна была стать "
        "Анастасия Кузнецова.",
        [("Анастасия Кузнецова", "глава", "главой министерства", "министерство", "current")],
    ),
    # a biography's subject named before the chain's reach: the article's main person
    "a chain longer than CHAIN_REACH sentences: the article's main person": (
        "Виктор Черномырдин родился в 1938 году. Виктор Черномырдин окончил институт. "
        "Он работал на заводе. "
        "Завод рос. Цены росли. Рабочие бастовали. Город строился. Дороги чинили. В 1992 "
        "году стал председателем правительства.",
        [("Виктор Черномырдин", "председатель правительства", "председателем правительства",
          "правительство", "current")],
    ),
    # a post named again goes to its holder; with "новый", only to one a verb gave it
    "a post named again goes to its holder": (
        "Премьер-министр Великобритании Гордон Браун ушёл в отставку. Премьер-министр "
        "Великобритании встретится с Бараком Обамой.",
        [("Гордон Браун", "премьер-министр", "Премьер-министр Великобритании", "Великобритания",
          "former"),
         ("Гордон Браун", "премьер-министр", "Премьер-министр Великобритании", "Великобритания",
          "current")],
    ),
    "a new holder's post named again after a verb gave it": (
        "Премьер-министром Великобритании избран Дэвид Кэмерон. Новый премьер-министр "
        "Великобритании встретится с Бараком Обамой.",
        [("Дэвид Кэмерон", "премьер-министр", "Премьер-министром Великобритании",
          "Великобритания", "current"),
         ("Дэвид Кэмерон", "премьер-министр", "Новый премьер-министр Великобритании",
          "Великобритания", "current")],
    ),
    # a copula left out after "а": the subject after the dash
    "a gapped copula: the name after the dash": (
        "Его основателем и директором стал Павел Кострикин, а продюсером — Вадим Ульянкин.",
        [("Павел Кострикин", "директор", "директором", None, "current"),
         ("Вадим Ульянкин", "продюсер", "продюсером", None, "current")],
    ),
    "a gapped copula: the name past descriptions with commas": (
        "Ведущим вечера должен был стать журналист Сергей Бунтман, а спикером — историк, "
        "профессор НИУ ВШЭ Олег Будницкий.",
        [("Сергей Бунтман", "ведущий вечера", "Ведущим вечера", None, "current"),
         ("Сергей Бунтман", "журналист", "журналист", None, "current"),
         ("Олег Будницкий", "спикер", "спикером", None, "current"),
         ("Олег Будницкий", "историк", "историк", "НИУ ВШЭ", "current"),
         ("Олег Будницкий", "профессор", "профессор НИУ ВШЭ", "НИУ ВШЭ", "current")],
    ),
    "appointment, the verb AHEAD_WINDOW words before the object": (
        "Президент назначил старшего советника по вопросам национальной безопасности и обороны "
        "Белого дома в Вашингтоне Питера Рауса временным главой администрации.",
        [("Питер Раус", "старший советник по вопросам национальной безопасности и обороны",
          "старшего советника по вопросам национальной безопасности и обороны Белого дома",
          "Белый дом", "current"),
         ("Питер Раус", "глава", "временным главой администрации", "администрация",
          "acting")],
    ),
    "a copula past an adverb right after the post": (
        "Вадим Амстель освобожден от должности, новым главой министерства вчера стала "
        "Анастасия Кузнецова.",
        [("Анастасия Кузнецова", "глава", "новым главой министерства", "министерство",
          "current")],
    ),
    "a verb of modality before the copula right after the post": (
        "Вадим Амстель освобожден от должности, новым главой министерства может стать "
        "Анастасия Кузнецова.",
        [("Анастасия Кузнецова", "глава", "новым главой министерства", "министерство",
          "current")],
    ),
    "'быть' as the copula right after the post": (
        "Вадим Амстель освобожден от должности, главой министерства была Анастасия Кузнецова.",
        [("Анастасия Кузнецова", "глава", "главой министерства", "министерство", "current")],
    ),
    "a chain past its reach: the main person's one-word name opening the text": (
        "Черномырдин родился в 1938 году. Он окончил институт. Он работал на заводе. Завод "
        "рос. Цены росли. Рабочие бастовали. Город строился. Дороги чинили. В 1992 году стал "
        "председателем правительства.",
        [("Черномырдин", "председатель правительства", "председателем правительства",
          "правительство", "current")],
    ),
    "a subject pronoun right before a dash and a post": (
        "Сюдзи Накамура родился в Японии. Сейчас он — профессор Калифорнийского университета.",
        [("Сюдзи Накамура", "профессор", "профессор Калифорнийского университета",
          "Калифорнийский университет", "current")],
    ),
    "a copula after the post, a possessive before the subject's description": (
        "Новым королём стал его старший сын Джордж Тупоу.",
        [("Джордж Тупоу", "король", "Новым королём", None, "current")],
    ),
    "a copula after the post, a possessive before a noun": (
        "Новым королём стал его сын Джордж Тупоу.",
        [("Джордж Тупоу", "король", "Новым королём", None, "current")],
    ),
    "a hyphenated post in the instrumental the tagger reads as genitive": (
        "Кристина Фернандес стала первой в истории Аргентины женщиной-президентом.",
        [("Кристина Фернандес", "женщина-президент", "женщиной-президентом", None, "current")],
    ),
    "a post alone in a bracket after a name in another case": (
        "У Фредди Гуарина (полузащитник «Шанхая») лишний вес.",
        [("Фредди Гуарин", "полузащитник", "полузащитник «Шанхая»", "Шанхай", "current")],
    ),
    "a post in a bracket up to an editor's note": (
        "У Фредди Гуарина (полузащитник «Шанхая» — ред.) лишний вес.",
        [("Фредди Гуарин", "полузащитник", "полузащитник «Шанхая»", "Шанхай", "current")],
    ),
    "a gapped copula: the name AHEAD_WINDOW words after the dash": (
        "Директором стал Павел Кострикин, а продюсером — известный в прошлом московский "
        "музыкант и композитор из группы старого города Москвы Вадим Ульянкин.",
        [("Павел Кострикин", "директор", "Директором", None, "current"),
         ("Вадим Ульянкин", "продюсер", "продюсером", None, "current"),
         ("Вадим Ульянкин", "музыкант", "московский музыкант", None, "current"),
         ("Вадим Ульянкин", "композитор", "композитор", None, "current")],
    ),
    "appointment, the object before the verb": (
        "Рууда Гуллита назначили тренером «Терека».",
        [("Рууд Гуллит", "тренер", "тренером «Терека»", "Терек", "current")],
    ),
    # posts side by side are a list only in one case (an acting post in its participle's)
    "a nominative post and a genitive post with its name are no list": (
        "Ранее умер митрополит Никодим, наставник патриарха Кирилла.",
        [("Никодим", "митрополит", "митрополит", None, "current"),
         ("Никодим", "наставник", "наставник", None, "current"),
         ("Кирилл", "патриарх", "патриарха", None, "current")],
    ),
    "an acting post is in its participle's case: a list with the nominative after it": (
        "Записку взял исполняющий обязанности главы церкви митрополит Пахомиус.",
        # session 11: "церковь" is a kind of org (places.ORG_KINDS), the org of the post
        [("Пахомиус", "глава", "исполняющий обязанности главы церкви", "церковь", "acting"),
         ("Пахомиус", "митрополит", "митрополит", None, "current")],
    ),
    # two names after a post: the first (indeclinable) is its complement, the second its holder
    "a post, the name it is of, and its holder's name": (
        "Врач Хиллари Клинтон Лиза Бардек сообщила, что пациентка чувствует себя хорошо.",
        [("Лиза Бардек", "врач", "Врач", None, "current")],
    ),
    # the verb after a name: of the name's gender, the name holds the post before it
    "the verb after the name shows the name's gender": (
        "Министр здравоохранения Вероника Скворцова заявила, что вакцина готова.",
        [("Вероника Скворцова", "министр здравоохранения", "Министр здравоохранения", None,
          "current")],
    ),
    "the surname alone, its verb in the gender of the person's first name": (
        "Вероника Скворцова приехала в Казань. Министр Скворцова заявила, что вакцина готова.",
        [("Вероника Скворцова", "министр", "Министр", None, "current")],
    ),
    "a first name the tagger reads in the verb's gender, whatever the dictionary says": (
        "Премьер-министр Словении Марьян Шарец подал в отставку.",
        [("Марьян Шарец", "премьер-министр", "Премьер-министр Словении", "Словения",
          "current")],
    ),
    # a passive verb of choosing gives its subject the post; another passive verb does not
    "a passive verb of choosing": (
        "На прошлой неделе Синдзо Абэ был выбран председателем партии.",
        [("Синдзо Абэ", "председатель", "председателем партии", "партия", "current")],
    ),
    "a copula with a singular instrumental and no passive verb": (
        "Позднее Сергей Магнитский стал сотрудником полиции.",
        [("Сергей Магнитский", "сотрудник", "сотрудником полиции", "полиция", "current")],
    ),
    # a copula after an instrumental post, past the post's field ("в сериале") up to the verb
    "a copula after the post, past a prepositional phrase": (
        "Лучшим актером в драматическом сериале стал Кайл Чандлер.",
        [("Кайл Чандлер", "актер", "Лучшим актером", None, "current")],
    ),
    "a copula after an acting post written as an abbreviation, of no case": (
        "Врио премьер-министра Украины назначен Владимир Гройсман.",
        [("Владимир Гройсман", "премьер-министр", "Врио премьер-министра Украины", "Украина",
          "acting")],
    ),
    "a copula after the post, past a bracket": (
        "Главой Bundesbank (ЦБ ФРГ) станет Йенс Вайдман.",
        [("Йенс Вайдман", "глава", "Главой Bundesbank", "Bundesbank", "current")],
    ),
    "a copula after a post in another case gives it no holder": (
        "Нового министра назначил президент Иван Петров.",
        [("Иван Петров", "президент", "президент", None, "current")],
    ),
    "an instrumental after a preposition, a copula after it: only the name's own post": (
        "Перед журналистами выступил министр Иван Петров.",
        [("Иван Петров", "министр", "министр", None, "current")],
    ),
    "a subject pronoun before its copula": (
        "Джон Смит работал в банке. Его финансовым директором он стал в 2006 году.",
        [("Джон Смит", "финансовый директор", "финансовым директором", None, "current")],
    ),
    "a copula with a plural post after один из": (
        "Позднее Сергей Магнитский стал одним из сотрудников полиции.",
        [("Сергей Магнитский", "сотрудник", "сотрудников полиции", "полиция", "current")],
    ),
}  # fmt: skip

# the other side of each condition above: no row (or only the rows given)
CASES_MUST_NOT_LINK = {
    "appointment, the subject before the verb is no holder": (
        "Рамзан Кадыров назначил тренером «Терека» голландца.",
        [],
    ),
    "appointment, a comma between the object and the post": (
        "Парламент избрал бывшего министра обороны Казахстана Петра Иванова, главой комитета "
        "стал Иван Петров.",
        [
            ("Петр Иванов", "министр обороны", "бывшего министра обороны Казахстана",
             "Казахстан", "former"),
            ("Иван Петров", "глава", "главой комитета", "комитет", "current"),
        ],
    ),
    "appointment, a comma between the verb and the object": (
        "Президент назначил, по словам советника Белого дома Пита Рауса, временным главой "
        "администрации Джона Смита.",
        [("Пит Раус", "советник", "советника Белого дома", "Белый дом", "current")],
    ),
    "a copula and its subject past COPULA_REACH tokens": (
        "Карен Карапетян ранее работал в нескольких крупных строительных и нефтяных компаниях "
        "в России, в Армении, в Грузии, в Казахстане, в Белоруссии и на Украине, а в "
        "2010—2011 годах был мэром Еревана.",
        [],
    ),
    "no copula right after the post: the name before holds it": (
        "Вадим Амстель был назначен главой министерства, его поздравила Анастасия Кузнецова.",
        [("Вадим Амстель", "глава", "главой министерства", "министерство", "current")],
    ),
    "a copula after the post on the next line": (
        "Вадим Амстель освобожден от должности, новым главой министерства\nстала Анастасия "
        "Кузнецова.",
        [("Вадим Амстель", "глава", "новым главой министерства", "министерство", "current")],
    ),
    "a chain past its reach with no one main person": (
        "Виктор Черномырдин родился в 1938 году. Анна Петрова окончила институт. "
        "Он работал на заводе. "
        "Завод рос. Цены росли. Рабочие бастовали. Город строился. Дороги чинили. В 1992 "
        "году стал председателем правительства.",
        [],
    ),
    "a chain past its reach, the main person of the other gender": (
        "Виктор Черномырдин родился в 1938 году. Виктор Черномырдин окончил институт. "
        "Он работал на заводе. "
        "Завод рос. Цены росли. Рабочие бастовали. Город строился. Дороги чинили. В 1992 "
        "году стала председателем правительства.",
        [],
    ),
    "a new holder's post is not the old holder's": (
        "Премьер-министр Великобритании Гордон Браун ушёл в отставку. Новый премьер-министр "
        "Великобритании встретится с Бараком Обамой.",
        [("Гордон Браун", "премьер-министр", "Премьер-министр Великобритании", "Великобритания",
          "former")],
    ),
    "a gapped copula whose subject is no name: the post is nobody's": (
        "Директором стал Павел Кострикин, а продюсером — брат Вадима Ульянкина.",
        [("Павел Кострикин", "директор", "Директором", None, "current")],
    ),
    "no joiner before the post: a dash is no gapped copula": (
        "Павел Кострикин стал директором — Вадим Ульянкин поздравил его.",
        [("Павел Кострикин", "директор", "директором", None, "current")],
    ),
    "appointment, a finite verb between the verb and the object": (
        "Президент назначил встречу и пригласил советника Белого дома Пита Рауса временным "
        "главой администрации.",
        [("Пит Раус", "советник", "советника Белого дома", "Белый дом", "current")],
    ),
    "appointment, a comma between the verb and the object past its descriptions": (
        "Президент назначил, по данным СМИ, советника Белого дома Пита Рауса временным главой "
        "администрации.",
        [("Пит Раус", "советник", "советника Белого дома", "Белый дом", "current")],
    ),
    "appointment, the verb past AHEAD_WINDOW words before the object": (
        "Президент назначил старшего советника по вопросам национальной безопасности и обороны "
        "Белого дома в американском Вашингтоне Пита Рауса временным главой администрации.",
        [("Пит Раус", "старший советник по вопросам национальной безопасности и обороны",
          "старшего советника по вопросам национальной безопасности и обороны Белого дома",
          "Белый дом", "current")],
    ),
    "a subject pronoun before a dash and a post, of the other gender": (
        "Сюдзи Накамура родился в Японии. Сейчас она — профессор Калифорнийского университета.",
        [],
    ),
    "a subject pronoun not right before the dash": (
        "Сюдзи Накамура родился в Японии. Сейчас он, как и прежде, — профессор Калифорнийского "
        "университета.",
        [],
    ),
    "a copula after the post, a pronoun that qualifies no noun ends the clause": (
        "Новым королём стал его Джордж Тупоу.",
        [],
    ),
    "a hyphenated post in the genitive after no copula": (
        "Кристина Фернандес поддержала кандидатуру женщины-президента.",
        [],
    ),
    "a post opening a bracket that goes on: a name in another case is not its holder": (
        "У Фредди Гуарина (полузащитник «Шанхая» его заменил) лишний вес.",
        [],
    ),
    "a gapped copula: the name past AHEAD_WINDOW words after the dash": (
        "Директором стал Павел Кострикин, а продюсером — известный в прошлом московский "
        "музыкант и композитор из группы старого города и области Вадим Ульянкин.",
        [("Павел Кострикин", "директор", "Директором", None, "current"),
         ("Вадим Ульянкин", "музыкант", "московский музыкант", None, "current"),
         ("Вадим Ульянкин", "композитор", "композитор", None, "current")],
    ),
    "appointment, a name in another case before the verb": (
        "Руководство клуба во главе с Рамзаном Кадыровым назначило тренером «Терека» бывшего "
        "игрока.",
        [],
    ),
    "oblique post alone, genitive": (
        "Леонард Коэн умер в Лос-Анджелесе. Точная причина смерти поэта не установлена.",
        [],
    ),
    "oblique post alone, person named two sentences before": (
        "Геннадий Кернес получил ранение в Харькове. Его доставили в больницу. Неизвестный "
        "выстрелил в спину политику.",
        [],
    ),
    "oblique post alone, feminine post and a man": (
        "Геннадий Кернес получил ранение в Харькове. Неизвестный выстрелил в спину журналистке.",
        [],
    ),
    "oblique post alone, head of state": (
        "Корасон Акино ушла в отставку в 1992 году. Власть передали президенту.",
        [],
    ),
    "oblique post alone with a complement": (
        "Геннадий Кернес получил ранение в Харькове. Неизвестный выстрелил в спину "
        "представителю полиции.",
        [],
    ),
    "oblique post alone, the person is a pronoun there": (
        "Геннадий Кернес ушёл в отставку. Дела он передал заместителю.",
        [],
    ),
    "oblique post alone, the person is a possessive there": (
        "Геннадий Кернес ушёл в отставку. Его дела передали заместителю.",
        [],
    ),
    "oblique post alone, its sentence names its holder": (
        "Геннадий Кернес получил ранение в Харькове. Неизвестный выстрелил в спину политику "
        "Ивану Петрову.",
        [("Иван Петров", "политик", "политику", None, "current")],
    ),
    "succession word past a finite verb": (
        "Леон Панетта стал министром обороны США и заявил, что сменит Роберта Гейтса.",
        [("Леон Панетта", "министр обороны", "министром обороны США", "США", "current")],
    ),
    "succession after a post no verb gives": (
        "Министр обороны США Леон Панетта прибыл в Кабул вместо Роберта Гейтса.",
        [("Леон Панетта", "министр обороны", "Министр обороны США", "США", "current")],
    ),
    "post past a genitive name and a comma: a new clause": (
        "Об этом сообщил помощник Владимира Путина, Игорь Лебедев промолчал.",
        [],
    ),
    "post before a genitive name and no other name": (
        "Об этом сообщил советник Владимира Путина по экономическим вопросам.",
        [],
    ),
    "copula without a subject, verb of the other gender": (
        "Людмила Зыкина родилась в Москве. В войну работал токарем на заводе.",
        [],
    ),
    "copula without a subject, plural verb": (
        "Людмила Зыкина родилась в Москве. В войну они работали токарями на заводе.",
        [],
    ),
    "biography chain ended by a name in another case": (
        "Людмила Зыкина родилась в Москве. Она училась в школе. Там она встретила Петра "
        "Иванова. Семья переехала. Потом работала токарем.",
        [],
    ),
    "apposition of a genitive name before the copula": (
        "Партнёр Ивана Петрова, адвокат из Москвы, является президентом ассоциации.",
        [],
    ),
    "one of after a preposition": (
        "Рэй Оззи встретился с одним из пяти лучших программистов.",
        [],
    ),
    "singular post before 'как'": (
        "Такого исполнителя, как Элтон Джон, в городе не видели.",
        [],
    ),
    "plural post and one object name": (
        "Учёные из США поддержали Джеймса Ротмана.",
        [],
    ),
    "instrumental post and a verb that is no copula": (
        "Главой Bundesbank восхищается Йенс Вайдман.",
        [],
    ),
    "copula after, a comma before the name": (
        "Главой банка стал, по словам Ивана Петрова, Йенс Вайдман.",
        [],
    ),
    # (session 10: the main person named last, nobody named since, holds it within ten
    # sentences, ``referents.topic_named_last``; someone named since keeps the bound)
    "post again, holder too far before": (
        "Министр Антон Силуанов выступил в Думе. Депутаты задали вопросы Ивану Петрову. "
        "Заседание длилось три часа. Речь министра одобрили.",
        [("Антон Силуанов", "министр", "Министр", None, "current")],
    ),
    "post again, two sentences before but not the article's person": (
        "Министр Антон Силуанов выступил в Думе. Иван Петров задал вопрос, и Петров остался "
        "доволен. Речь министра одобрили.",
        [("Антон Силуанов", "министр", "Министр", None, "current")],
    ),
    "post alone as a subject, verb of the other gender": (
        "Народный артист Армен Джигарханян жил в театре. Друзья сняли ему квартиру. "
        "А 30 октября актриса попыталась попасть в квартиру.",
        [("Армен Джигарханян", "народный артист", "Народный артист", None, "current")],
    ),
    "plural post after a preposition, no list": (
        "Иван Петров встретился с другими художниками из коллекции фонда.",
        [],
    ),
    "counted post, comma, one name": (
        "Два министра, Иван Петров, подали в отставку.",
        [],
    ),
    "another person's post gives no place": (
        "Президент России Владимир Путин прибыл в Астану. Президент Касым-Жомарт Токаев "
        "встретил его.",
        [
            ("Владимир Путин", "президент", "Президент России", "Россия", "current"),
            ("Касым-Жомарт Токаев", "президент", "Президент", None, "current"),
        ],
    ),
    "head of state, the country after it": (
        "Президент Бингу ва Мутарика прибыл в Малави.",
        [("Бингу ва Мутарика", "президент", "Президент", None, "current")],
    ),
    "head of state, two countries before it": (
        "Власти Малави и Замбии сообщили о визите президента Бингу ва Мутарики.",
        [("Бингу ва Мутарика", "президент", "президента", None, "current")],
    ),
    "pronoun of a gender no name before has": (
        "Иван Петров пришёл в компанию в 2000 году. Её финансовым директором она стала в 2006 "
        "году.",
        [],
    ),
    "the verb after the name shows the other gender: the name is a complement": (
        "Дженнифер Лопес выступила в Туркмении. Представитель Лопес сообщил, что концерт был "
        "частным.",
        [],
    ),
    "the auxiliary after the name shows the other gender": (
        "Дженнифер Лопес выступила в Туркмении. Представитель Лопес был против концерта.",
        [],
    ),
    "a feminine verb after a man's name": (
        "Тони Блэр прилетел в Москву. Пресс-секретарь Блэр сообщила, что визит продлится два "
        "дня.",
        [],
    ),
    "the agent of a passive verb holds no post of the subject": (
        "Позднее Сергей Магнитский был арестован сотрудником полиции.",
        [],
    ),
    "a plural post after a copula is no one person's": (
        "Позднее Сергей Магнитский был арестован сотрудниками полиции.",
        [],
    ),
    "an instrumental after a preposition is no post, before a copula either": (
        "Гордон Браун объявил об отставке. Выступая перед журналистами на Даунинг-стрит, он "
        "сказал, что уходит.",
        [],
    ),
    "a genitive post and a genitive name": (
        "Суд арестовал имущество бывшего министра обороны Анатолия Сердюкова.",
        [("Анатолий Сердюков", "министр обороны", "бывшего министра обороны", None, "former")],
    ),
    "a locative post and a name read as genitive, spelt as the locative": (
        "Слово дали министре юстиции Марии Бенешовой.",
        [("Мария Бенешова", "министр юстиции", "министре юстиции", None, "current")],
    ),
    "a dative post and a name read as genitive, spelt as the dative": (
        "Бекхэм женат на вокалистке Spice Girls Виктории.",
        [("Виктория", "вокалистка", "вокалистке Spice Girls", "Spice Girls", "current")],
    ),
    "posts far apart are no list": (
        "Министр прибыл на встречу, где выступил режиссёр Иван Петров.",
        [("Иван Петров", "режиссер", "режиссёр", None, "current")],
    ),
    "an instrumental after a preposition, then a copula and a name": (
        "С полузащитником стал тренироваться Иван Петров.",
        [],
    ),
    "a pronoun with no copula after it is the subject of another clause": (
        "Об этом сообщила Анна Петрова. Румыния является членом НАТО с 2004 года, она "
        "отправила в Афганистан 620 военных.",
        [],
    ),
    "dash after a noun, no date": (
        "Владислав Сурков родился в 1964 году. Его брат — заместитель руководителя "
        "администрации.",
        [],
    ),
    # a name the tagger reads as genitive, spelt the same in the post's case, holds an oblique
    # post (dative, locative) only: a nominative post's genitive name is its complement
    "a nominative post and a genitive name that may read as nominative": (
        "Адвокаты Мингазова сообщили, что уведомили его.",
        [],
    ),
    "a dative post and a genitive name with no dative reading": (
        "Письмо передали адвокату Навального.",
        [],
    ),
    "an instrumental post and a genitive name spelt as the instrumental too": (
        "На визитках было указано, что он является советником Л.Фокса.",
        [],
    ),
}  # fmt: skip


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_roles_linking_links(parse, text, expected):
    assert rows(parse(text)) == expected


@pytest.mark.parametrize(
    "text, expected", CASES_MUST_NOT_LINK.values(), ids=CASES_MUST_NOT_LINK.keys()
)
def test_roles_linking_does_not_link(parse, text, expected):
    assert rows(parse(text)) == expected

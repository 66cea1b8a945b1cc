"""Roles, session 9: posts named again or alone, across sentences (``ruextract.roles.anaphora``:
``akin_topic``, ``named_after``, ``refers_back``; ``ruextract.roles.headlines``).

Each rule has cases that must link and cases on the other side of each of its conditions that
must not. Rows are (key, role, role_text, org, status), in the order of ``tables.roles``.
"""

from __future__ import annotations

import pytest

from ruextract import tables
from tests.conftest import role_rows as rows

LYNCH = "Режиссёр Дэвид Линч снял новый фильм."
LYNCH_ROW = ("Дэвид Линч", "режиссер", "Режиссёр", None, "current")
QUOTE = "«Это то, чем я хотел бы заниматься», — раскрыл свою мысль"
SAID = "Свою мысль так раскрыл"
LYNCH2 = "Режиссёр Дэвид Линч снял новый фильм, и Линч им доволен."
SPOKESWOMAN = ("Мара Микалиан", "представитель", "представитель студии", "студия", "current")
SHARAPOVA = "Теннисистка Мария Шарапова выиграла турнир."
SHARAPOVA_ROW = ("Мария Шарапова", "теннисистка", "Теннисистка", None, "current")
PETROV = "Депутат Иван Петров вышел из дома. Неизвестный выстрелил в спину бухгалтеру"
PETROV_ROW = ("Иван Петров", "депутат", "Депутат", None, "current")
ACCOUNTANT = ("Иван Петров", "бухгалтер", "бухгалтеру", None, "current")
SINGER = "Певица Анна Петрова вышла из дома. Неизвестный выстрелил в спину учительнице"
SINGER_ROW = ("Анна Петрова", "певица", "Певица", None, "current")
SPACEY = "Актёр Кевин Спейси извинился. Причиной стали заявления актёра из сериала «Звёздный путь»"
SPACEY_ROWS = [
    ("Кевин Спейси", "актер", "Актёр", None, "current"),
    ("Кевин Спейси", "актер", "актёра", None, "current"),
]
IMF = "Глава МВФ Доминик Стросс-Кан задержан полицией в отеле."
IMF_ROW = ("Доминик Стросс-Кан", "глава", "Глава МВФ", "МВФ", "current")
SAMARA_ROW = (
    "Сергей Морозов",
    "губернатор",
    "Губернатор Самарской области",
    "Самарская область",
    "current",
)
MUSHARRAF = "Экс-президенту Пакистана вынесли смертный приговор\n"
MINISTER = "Министр культуры Анна Петрова открыла выставку. После выступления"
PETROVA = [
    ("Анна Петрова", "министр культуры", "Министр культуры", None, "current"),
    ("Анна Петрова", "министр", "министра", None, "current"),
]
BANNED = "Украина запретила въезд российским артистам."
ARTISTS = [
    ("Александр Розенбаум", "артист", "российским артистам", None, "current"),
    ("Лев Лещенко", "артист", "российским артистам", None, "current"),
]


CASES = {
    # akin_topic: a singular post alone, not Loc/Ins, in a sentence naming nobody, for the
    # article's person named last within two sentences before, akin in navec to their post
    "akin: a nominative post after its verb": (
        f"{LYNCH} {QUOTE} постановщик.",
        [LYNCH_ROW, ("Дэвид Линч", "постановщик", "постановщик", None, "current")],
    ),
    "akin: an adjective before the post": (
        f"{LYNCH} {QUOTE} известный постановщик.",
        [LYNCH_ROW, ("Дэвид Линч", "постановщик", "известный постановщик", None, "current")],
    ),
    "akin: the person named two sentences before": (
        f"{LYNCH} Фильм хвалят критики. {QUOTE} постановщик.",
        [LYNCH_ROW, ("Дэвид Линч", "постановщик", "постановщик", None, "current")],
    ),
    "akin: an accusative post, the person named two sentences before": (
        f"{LYNCH} Зрители ждали долго. Критики хвалят постановщика.",
        [LYNCH_ROW, ("Дэвид Линч", "постановщик", "постановщика", None, "current")],
    ),
    "akin: a woman's post for a woman": (
        "Режиссёр Анна Петрова сняла новый фильм. Критики хвалят постановщицу.",
        [
            ("Анна Петрова", "режиссер", "Режиссёр", None, "current"),
            ("Анна Петрова", "постановщица", "постановщицу", None, "current"),
        ],
    ),
    "akin: a nominative post after its verb, no quote": (
        f"{LYNCH} {SAID} постановщик.",
        [LYNCH_ROW, ("Дэвид Линч", "постановщик", "постановщик", None, "current")],
    ),
    "akin: a nominative post, the person named two sentences before": (
        f"{LYNCH} Картина вышла весной. {SAID} постановщик.",
        [LYNCH_ROW, ("Дэвид Линч", "постановщик", "постановщик", None, "current")],
    ),
    "akin: a nominative woman's post for a woman": (
        f"Режиссёр Анна Петрова сняла новый фильм. {SAID}а постановщица.",
        [
            ("Анна Петрова", "режиссер", "Режиссёр", None, "current"),
            ("Анна Петрова", "постановщица", "постановщица", None, "current"),
        ],
    ),
    "akin: someone given a post of their own before it in its sentence": (
        f"{LYNCH2} Как сообщила представитель студии Мара Микалиан, свою мысль так раскрыл "
        "постановщик.",
        [LYNCH_ROW, SPOKESWOMAN, ("Дэвид Линч", "постановщик", "постановщик", None, "current")],
    ),
    "akin: a genitive post": (
        f"{SHARAPOVA} Болельщики отметили победу спортсменки.",
        [SHARAPOVA_ROW, ("Мария Шарапова", "спортсменка", "спортсменки", None, "current")],
    ),
    # refers_back: a pronoun after an oblique post alone, singular and of the post noun's
    # gender, stands for the post's holder and does not block it
    "pronoun after: of the post noun's gender (the tagger reads the noun as feminine)": (
        f"{PETROV}, и он упал.",
        [PETROV_ROW, ACCOUNTANT],
    ),
    "pronoun after: an oblique one of the post noun's gender": (
        f"{PETROV}, и ему стало плохо.",
        [PETROV_ROW, ACCOUNTANT],
    ),
    "pronoun after: feminine, of a feminine post noun": (
        f"{SINGER}, и она упала.",
        [SINGER_ROW, ("Анна Петрова", "учительница", "учительнице", None, "current")],
    ),
    "listed next: someone named two sentences before": (
        f"Иван Петров сообщил новость. {BANNED} Среди них Александр Розенбаум и Лев Лещенко.",
        ARTISTS,
    ),
    "pronoun after: no pronoun": (
        f"{PETROV}.",
        [PETROV_ROW, ACCOUNTANT],
    ),
    # named_after: a name of the post's case after it in its clause takes the post from a
    # holder named elsewhere; not past a comma or "и", nor a name in another case
    "named after: the name ninth word after the post, too far": (
        "Актёр Кевин Спейси извинился. Причиной стали заявления актёра из сериала о звёздном "
        "пути в космосе далёкой галактики Антона Рябова.",
        SPACEY_ROWS,
    ),
    "named after: past a semicolon, the post named again": (
        "Актёр Кевин Спейси извинился. Причиной стали заявления актёра; Антона Рябова это удивило.",
        SPACEY_ROWS,
    ),
    "named after: past a comma, the post named again": (
        f"{SPACEY}, Антон Рябов промолчал.",
        SPACEY_ROWS,
    ),
    "named after: past и, the post named again": (
        f"{SPACEY} и Антона Рябова.",
        SPACEY_ROWS,
    ),
    "named after: a name in another case, the post named again": (
        f"{SPACEY} Антону Рябову.",
        SPACEY_ROWS,
    ),
    # man_beside: a masculine post named again for a woman, the other side of its conditions
    "man beside: no man named in the post's sentence": (
        f"{MINISTER} коллеги поздравили министра.",
        PETROVA,
    ),
    "man beside: a woman named there": (
        f"{MINISTER} Марии Ивановой коллеги поздравили министра.",
        PETROVA,
    ),
    "man beside: the holder a man": (
        "Министр культуры Иван Петров открыл выставку. После выступления Марии Ивановой "
        "коллеги поздравили министра.",
        [
            ("Иван Петров", "министр культуры", "Министр культуры", None, "current"),
            ("Иван Петров", "министр", "министра", None, "current"),
        ],
    ),
    "man beside: a feminine post": (
        "Актриса Анна Петрова открыла выставку. После выступления Ивана Сидорова коллеги "
        "поздравили актрису.",
        [
            ("Анна Петрова", "актриса", "Актриса", None, "current"),
            ("Анна Петрова", "актриса", "актрису", None, "current"),
        ],
    ),
    # listed_next: a plural post, the next sentence opening with a plural pronoun and a list
    "listed next: after Среди них": (
        f"{BANNED} Среди них Александр Розенбаум, Николай Расторгуев и Лев Лещенко.",
        [
            ARTISTS[0],
            ("Николай Расторгуев", "артист", "российским артистам", None, "current"),
            ARTISTS[1],
        ],
    ),
    "listed next: the pronoun third in its sentence": (
        f"{BANNED} Мы знаем их: Александр Розенбаум и Лев Лещенко.",
        ARTISTS,
    ),
    # headlines: a headline's post tied to nobody goes to the one body holder of that post
    "headline: the same post with its org": (
        f"Глава МВФ арестован в Нью-Йорке\n{IMF}",
        [IMF_ROW, IMF_ROW],
    ),
    "headline: a post with no org takes the holder's": (
        "Губернатор погиб в ДТП\nГубернатор Самарской области Сергей Морозов погиб утром.",
        [
            ("Сергей Морозов", "губернатор", "Губернатор", "Самарская область", "current"),
            (
                "Сергей Морозов",
                "губернатор",
                "Губернатор Самарской области",
                "Самарская область",
                "current",
            ),
        ],
    ),
    "headline: the same post by another name, another person first in the lead": (
        "Глава государства подписал указ\nОб этом сообщил Таро Асо. Президент Казахстана "
        "Касым-Жомарт Токаев подписал указ.",
        [
            (
                "Касым-Жомарт Токаев",
                "глава государства",
                "Глава государства",
                "Казахстан",
                "current",
            ),
            ("Касым-Жомарт Токаев", "президент", "Президент Казахстана", "Казахстан", "current"),
        ],
    ),
    "headline: a post of the same noun, another person first in the lead": (
        "Министр подал в отставку\nОб этом сообщил Таро Асо. Министр обороны Иван Петров подал "
        "в отставку.",
        [
            ("Иван Петров", "министр", "Министр", None, "current"),
            ("Иван Петров", "министр обороны", "Министр обороны", None, "current"),
        ],
    ),
    "headline: its quotes closed": (
        "Лидер «Джамаата» задержан в Уфе\nЛидер «Джамаата» Ильнур Шакирьянов задержан полицией.",
        [
            ("Ильнур Шакирьянов", "лидер", "Лидер «Джамаата»", "Джамаат", "current"),
            ("Ильнур Шакирьянов", "лидер", "Лидер «Джамаата»", "Джамаат", "current"),
        ],
    ),
    "headline: its straight quotes closed": (
        'Лидер "Джамаата" задержан в Уфе\nЛидер «Джамаата» Ильнур Шакирьянов задержан полицией.',
        [
            ("Ильнур Шакирьянов", "лидер", 'Лидер "Джамаата"', "Джамаат", "current"),
            ("Ильнур Шакирьянов", "лидер", "Лидер «Джамаата»", "Джамаат", "current"),
        ],
    ),
    "headline: the holder after another person's other post": (
        "Премьер-министр Японии подал в отставку\nМинистр финансов Таро Асо выступил утром. "
        "Премьер-министр Японии Синдзо Абэ подал в отставку.",
        [
            ("Синдзо Абэ", "премьер-министр", "Премьер-министр Японии", "Япония", "current"),
            ("Таро Асо", "министр финансов", "Министр финансов", None, "current"),
            ("Синдзо Абэ", "премьер-министр", "Премьер-министр Японии", "Япония", "current"),
        ],
    ),
    "headline: the holder after a new holder and another person": (
        f"Глава МВФ арестован в Нью-Йорке\nЭксперт Иван Петров прокомментировал арест. Новый "
        f"глава МВФ Кристин Лагард начала работу. {IMF}",
        [
            IMF_ROW,
            ("Иван Петров", "эксперт", "Эксперт", None, "current"),
            ("Кристин Лагард", "глава", "Новый глава МВФ", "МВФ", "current"),
            IMF_ROW,
        ],
    ),
    "headline: the holder past another place's holder": (
        "Губернатор Самарской области погиб в ДТП\nГубернатор Ульяновской области Иван Петров "
        "выступил. Губернатор Самарской области Сергей Морозов погиб утром.",
        [
            SAMARA_ROW,
            (
                "Иван Петров",
                "губернатор",
                "Губернатор Ульяновской области",
                "Ульяновская область",
                "current",
            ),
            SAMARA_ROW,
        ],
    ),
    "headline: a former holder past a current one": (
        f"{MUSHARRAF}Президент Пакистана Асиф Зардари выступил. Бывший президент Пакистана "
        "Первез Мушарраф приговорён.",
        [
            ("Первез Мушарраф", "президент", "Экс-президенту Пакистана", "Пакистан", "former"),
            ("Асиф Зардари", "президент", "Президент Пакистана", "Пакистан", "current"),
            ("Первез Мушарраф", "президент", "Бывший президент Пакистана", "Пакистан", "former"),
        ],
    ),
    "headline: no holder in the body, the main person named first in the lead": (
        "Глава МВФ арестован в Нью-Йорке\nДоминик Стросс-Кан задержан полицией в отеле. "
        "Стросс-Кан отрицает обвинения.",
        [IMF_ROW],
    ),
    "headline: no holder, no org": (
        "Российский магнат устроил самую дорогую свадьбу\nМихаил Гуцериев выдал замуж дочь. "
        "Гуцериев пригласил звёзд.",
        [("Михаил Гуцериев", "магнат", "Российский магнат", None, "current")],
    ),
    "headline: a former post, a former holder": (
        f"{MUSHARRAF}Бывший президент Пакистана Первез Мушарраф приговорён к смерти.",
        [
            ("Первез Мушарраф", "президент", "Экс-президенту Пакистана", "Пакистан", "former"),
            ("Первез Мушарраф", "президент", "Бывший президент Пакистана", "Пакистан", "former"),
        ],
    ),
    "headline: a genitive post with its complement": (
        'СМИ назвали имя лидера "Джамаата"\nЛидером "Джамаата" является Ильнур Шакирьянов.',
        [
            ("Ильнур Шакирьянов", "лидер", 'лидера "Джамаата"', "Джамаат", "current"),
            ("Ильнур Шакирьянов", "лидер", 'Лидером "Джамаата"', "Джамаат", "current"),
        ],
    ),
}

CASES_MUST_NOT_LINK = {
    # akin_topic, the other side of each condition
    "akin, nominative: someone named before it in its sentence": (
        f"{LYNCH} По словам Ивана Петрова, свою мысль так раскрыл постановщик.",
        [LYNCH_ROW],
    ),
    "akin, nominative: someone named after it in its sentence": (
        f"{LYNCH} {SAID} постановщик, сказал Иван Петров.",
        [LYNCH_ROW],
    ),
    "akin: someone given a post of their own after it in its sentence": (
        f"{LYNCH2} {SAID} постановщик, сообщила представитель студии Мара Микалиан.",
        [LYNCH_ROW, SPOKESWOMAN],
    ),
    "akin: someone with no post named before it in its sentence": (
        f"{LYNCH2} Как сообщила Мара Микалиан, свою мысль так раскрыл постановщик.",
        [LYNCH_ROW],
    ),
    "akin, nominative: a head of state": (
        f"{LYNCH} {SAID} президент.",
        [LYNCH_ROW],
    ),
    "akin, nominative: with a complement": (
        f"{LYNCH} {SAID} постановщик фильма.",
        [LYNCH_ROW],
    ),
    "akin, nominative: a new holder's": (
        f"{LYNCH} {SAID} новый постановщик.",
        [LYNCH_ROW],
    ),
    "akin, nominative: a woman's post for a man": (
        f"Режиссёр Иван Петров снял новый фильм. {SAID}а постановщица.",
        [("Иван Петров", "режиссер", "Режиссёр", None, "current")],
    ),
    # (session 10: with its sentence naming nobody, the main person named last holds it at
    # any reach up to ten sentences, ``referents.topic_named_last``; the bound of akin_topic
    # shows where its sentence names someone given a post of their own)
    "akin, nominative: named three sentences before": (
        f"{LYNCH2} Картина вышла весной. Зрители её оценили. Как сообщила представитель студии "
        "Мара Микалиан, свою мысль так раскрыл постановщик.",
        [LYNCH_ROW, SPOKESWOMAN],
    ),
    "akin, nominative: not akin": (
        f"{LYNCH} {SAID} бухгалтер.",
        [LYNCH_ROW],
    ),
    "akin, nominative: another person named since": (
        f"{LYNCH} Его хвалит Мартин Скорсезе. {SAID} постановщик.",
        [LYNCH_ROW],
    ),
    "pronoun after: a feminine one for a masculine post noun": (
        f"{PETROV}, и её увезли.",
        [PETROV_ROW],
    ),
    "akin: a post not akin to the person's": (
        f"{LYNCH} {QUOTE} бухгалтер.",
        [LYNCH_ROW],
    ),
    "akin: the person named three sentences before": (
        f"{LYNCH2} Картина вышла весной. Зрители её оценили. Как сообщила представитель студии "
        "Мара Микалиан, критики хвалят постановщика.",
        [LYNCH_ROW, SPOKESWOMAN],
    ),
    "akin: another person named since": (
        f"{LYNCH} Его хвалит Мартин Скорсезе. Критики хвалят постановщика.",
        [LYNCH_ROW],
    ),
    "akin: the post with a complement": (
        f"{LYNCH} {QUOTE} постановщик фильма.",
        [LYNCH_ROW],
    ),
    "akin: a plural post": (
        f"{LYNCH} Критики хвалят постановщиков.",
        [LYNCH_ROW],
    ),
    "akin: a locative post": (
        f"{LYNCH} Критики пишут о постановщике.",
        [LYNCH_ROW],
    ),
    "akin: an instrumental post": (
        f"{LYNCH} Критики восхищаются постановщиком.",
        [LYNCH_ROW],
    ),
    "akin: a new holder's post": (
        f"{LYNCH} Критики хвалят нового постановщика.",
        [LYNCH_ROW],
    ),
    "akin: someone's post": (
        f"{LYNCH} Критики хвалят своего постановщика.",
        [LYNCH_ROW],
    ),
    "akin: a head of state alone": (
        f"{LYNCH} Критики хвалят президента.",
        [LYNCH_ROW],
    ),
    "akin: a woman's post for a man": (
        "Режиссёр Иван Петров снял новый фильм. Критики хвалят постановщицу.",
        [("Иван Петров", "режиссер", "Режиссёр", None, "current")],
    ),
    "akin: a woman's post, a man the last named": (
        "Теннисист Андрей Рублёв выиграл турнир. Болельщики отметили победу спортсменки.",
        [("Андрей Рублёв", "теннисист", "Теннисист", None, "current")],
    ),
    # refers_back, the other side
    "pronoun after: of another gender than the post noun's": (
        f"{PETROV}, и она закричала.",
        [PETROV_ROW],
    ),
    "pronoun after: plural": (
        f"{PETROV}, и они закричали.",
        [PETROV_ROW],
    ),
    "pronoun after: a possessive": (
        f"{PETROV}, и его машина сгорела.",
        [PETROV_ROW],
    ),
    "pronoun before: the subject, the post another's": (
        "Депутат Иван Петров вышел из дома. Он выстрелил в спину бухгалтеру.",
        [PETROV_ROW],
    ),
    # named_after
    # (session 13: the name after the title in quotes holds the post, ahead.person_ahead)
    "named after: a name of the post's case after its complement": (
        f"{SPACEY} Антона Рябова.",
        [SPACEY_ROWS[0], ("Антон Рябов", "актер", "актёра", None, "current")],
    ),
    "named after: the name eighth word after the post": (
        "Актёр Кевин Спейси извинился. Причиной стали заявления актёра из сериала о звёздном "
        "пути в космосе галактики Антона Рябова.",
        SPACEY_ROWS[:1],
    ),
    "akin, nominative: the article's person named before it in its sentence": (
        f"{LYNCH} По словам Линча, свою мысль так раскрыл постановщик.",
        [LYNCH_ROW],
    ),
    # man_beside: a man named in the sentence of a masculine post named again for a woman
    "man beside: a man named in the post's sentence": (
        f"{MINISTER} Ивана Сидорова коллеги поздравили министра.",
        PETROVA[:1],
    ),
    # listed_next, the other side
    "pronoun after: masculine, of a feminine post noun": (
        f"{SINGER}, и он упал.",
        [SINGER_ROW],
    ),
    "listed next: a plural adjective, no pronoun": (
        f"{BANNED} Известные всем Александр Розенбаум и Лев Лещенко.",
        [],
    ),
    "listed next: a pronoun of the first person": (
        f"{BANNED} Мы знаем: Александр Розенбаум и Лев Лещенко.",
        [],
    ),
    "listed next: one name": (
        f"{BANNED} Среди них Александр Розенбаум.",
        [],
    ),
    "listed next: the names given a post there": (
        f"{BANNED} Среди них певцы Александр Розенбаум и Лев Лещенко.",
        [
            ("Александр Розенбаум", "певец", "певцы", None, "current"),
            ("Лев Лещенко", "певец", "певцы", None, "current"),
        ],
    ),
    "listed next: no plural pronoun": (
        f"{BANNED} Въезд закрыт Александру Розенбауму и Льву Лещенко.",
        [],
    ),
    "listed next: the pronoun fourth in its sentence": (
        f"{BANNED} Вчера в Киеве среди них назвали Александра Розенбаума и Льва Лещенко.",
        [],
    ),
    "listed next: two sentences on": (
        f"{BANNED} Об этом сообщили вчера. Среди них Александр Розенбаум и Лев Лещенко.",
        [],
    ),
    "listed next: a singular post": (
        "Украина запретила въезд российскому артисту. Среди них Александр Розенбаум и Лев Лещенко.",
        [],
    ),
    "listed next: the post's sentence names someone": (
        "Украина запретила въезд российским артистам, сообщил Иван Петров. Среди них Александр "
        "Розенбаум и Лев Лещенко.",
        [],
    ),
    "listed next: not a list of commas and и": (
        f"{BANNED} Среди них Александр Розенбаум, а также Лев Лещенко.",
        [],
    ),
    # headlines, the other side
    "headline: a line broken inside its quotes": (
        "Лидер «Джамаата\nУфы» задержан в Уфе\nЛидер «Джамаата» Ильнур Шакирьянов задержан "
        "полицией.",
        [("Ильнур Шакирьянов", "лидер", "Лидер «Джамаата»", "Джамаат", "current")],
    ),
    "headline: a line broken inside its straight quotes": (
        'Лидер "Джамаата\nУфы" задержан в Уфе\nЛидер «Джамаата» Ильнур Шакирьянов задержан '
        "полицией.",
        [("Ильнур Шакирьянов", "лидер", "Лидер «Джамаата»", "Джамаат", "current")],
    ),
    "headline: a post in a later sentence of an article with a headline": (
        "Банкир задержан в Нью-Йорке\nГлава МВФ Доминик Стросс-Кан задержан в отеле. Отель "
        "закрыт. Полиция молчит. Журналисты ждут. Дело главы МВФ закрыто.",
        [("Доминик Стросс-Кан", "банкир", "Банкир", None, "current"), IMF_ROW],
    ),
    "headline: the line break after the next sentence's second word": (
        f"Глава МВФ арестован в Нью-Йорке. Вот!\n{IMF}",
        [IMF_ROW],
    ),
    "headline: a line break inside the first sentence": (
        f"Глава МВФ арестован\nв Нью-Йорке. {IMF}",
        [IMF_ROW],
    ),
    "headline: the article one sentence": (
        "Глава МВФ арестован по заявлению Нафиссату Диалло.",
        [],
    ),
    "headline: a post in a later sentence is no headline's": (
        "Полиция задержала банкира. Глава МВФ Доминик Стросс-Кан задержан в отеле. Отель закрыт. "
        "Полиция молчит. Журналисты ждут. Адвокаты главы МВФ молчат.",
        [IMF_ROW],
    ),
    "headline: a plural post": (
        "Хакеры взломали сайт\nХакер Иван Петров задержан полицией.",
        [("Иван Петров", "хакер", "Хакер", None, "current")],
    ),
    "headline: no line break after the first sentence": (
        f"Глава МВФ арестован в Нью-Йорке. {IMF}",
        [IMF_ROW],
    ),
    "headline: it names a person": (
        f"Глава МВФ арестован по заявлению Нафиссату Диалло\n{IMF}",
        [IMF_ROW],
    ),
    "headline: another org": (
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
    "headline: two holders": (
        f"Глава МВФ арестован в Нью-Йорке\n{IMF} Глава МВФ Кристин Лагард начала работу.",
        [IMF_ROW, ("Кристин Лагард", "глава", "Глава МВФ", "МВФ", "current")],
    ),
    "headline: the body's other holder is a new one": (
        f"Глава МВФ арестован в Нью-Йорке\n{IMF} Новый глава МВФ Кристин Лагард начала работу.",
        [
            IMF_ROW,
            IMF_ROW,
            ("Кристин Лагард", "глава", "Новый глава МВФ", "МВФ", "current"),
        ],
    ),
    "headline: no holder, the lead's first person not the main one": (
        "Глава МВФ арестован в Нью-Йорке\nИван Петров сообщил, что Доминик Стросс-Кан задержан. "
        "Стросс-Кан отрицает обвинения.",
        [],
    ),
    # (session 10: a post named before anyone goes to the main person named first within two
    # sentences, ``headlines.named_first_after``; three sentences keep the bound)
    "headline: no holder, the main person first named after the lead": (
        "Глава МВФ арестован в Нью-Йорке\nПолиция сообщила об аресте. Журналисты ждут. "
        "Доминик Стросс-Кан задержан в отеле. Стросс-Кан отрицает обвинения.",
        [],
    ),
    "headline: a post after a kinship noun": (
        "Сын бывшего главы ФСБ занял руководящий пост\nАндрей Патрушев назначен в совет "
        "директоров. Патрушев работал в банке.",
        [],
    ),
    "headline: a former post, a current holder": (
        f"{MUSHARRAF}Президент Пакистана Первез Мушарраф приговорён к смерти.",
        [("Первез Мушарраф", "президент", "Президент Пакистана", "Пакистан", "current")],
    ),
    "headline: a bare genitive is an office": (
        "На Кипре прошли выборы президента\nПрезидент Кипра Димитрис Христофиас проголосовал.",
        [("Димитрис Христофиас", "президент", "Президент Кипра", "Кипр", "current")],
    ),
    "headline: a copula's predicate": (
        "Министром обороны Венесуэлы стала женщина\nМинистр обороны Венесуэлы Кармен Мелендес "
        "приняла присягу.",
        [
            (
                "Кармен Мелендес",
                "министр обороны",
                "Министр обороны Венесуэлы",
                "Венесуэла",
                "current",
            )
        ],
    ),
    "headline: someone's post": (
        "Полиция задержала своего следователя\nСледователь полиции Иван Петров задержан.",
        [("Иван Петров", "следователь", "Следователь полиции", "полиция", "current")],
    ),
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_roles_again9_links(parse, text, expected):
    assert rows(parse(text)) == expected


@pytest.mark.parametrize(
    "text, expected", CASES_MUST_NOT_LINK.values(), ids=CASES_MUST_NOT_LINK.keys()
)
def test_roles_again9_does_not_link(parse, text, expected):
    assert rows(parse(text)) == expected


def test_roles_again9_headline_org_is_named_not_pointed(parse):
    """A headline's post that takes its holder's org gives it no offsets: the org's mention is
    in another sentence."""
    doc = parse("Губернатор погиб в ДТП\nГубернатор Самарской области Сергей Морозов погиб утром.")
    first, second = tables.roles(doc)
    assert (first.org, first.org_start, first.org_stop) == ("Самарская область", None, None)
    assert second.org_start is not None


def test_roles_again9_headline_org_of_its_own_is_pointed(parse):
    """A headline's post naming its own org keeps that mention's offsets."""
    doc = parse(f"Глава МВФ арестован в Нью-Йорке\n{IMF}")
    first, _ = tables.roles(doc)
    assert first.org == "МВФ"
    assert (first.org_start, first.org_stop) == (6, 9)


# Cases that tell the rules from their surviving mutants (mutation testing, session 9): each
# sits on one side of a condition or bound of ``akin_topic`` and gives its exact rows.
LYNCH_TWICE = "Режиссёр Дэвид Линч снял новый фильм, и Линч им доволен."
CASES_BOUNDS = {
    "akin: a post closing the text, no stop after it": (
        f"{LYNCH} Зрители ждали долго. Критики хвалят постановщика",
        [LYNCH_ROW, ("Дэвид Линч", "постановщик", "постановщика", None, "current")],
    ),
    "akin, not: a one-word name of someone else two words before the sentence": (
        f"{LYNCH_TWICE} В нём играет Смит. Критики хвалят постановщика.",
        [LYNCH_ROW],
    ),
    "akin, not: a one-word name of someone else four words before the sentence": (
        f"{LYNCH_TWICE} Главную роль сыграл Депп. Критики хвалят постановщика.",
        [LYNCH_ROW],
    ),
    "akin, not: a monarch alone is a head of state, not the king named before": (
        "Король Швеции Карл Густав открыл выставку. Зрители ждали долго. Гости хвалят монарха.",
        [("Карл Густав", "король", "Король Швеции", "Швеция", "current")],
    ),
    "akin, not: a president alone is a head of state, not the prime minister": (
        "Премьер-министр Иван Петров открыл выставку. Зрители ждали долго. Гости хвалят "
        "президента.",
        [("Иван Петров", "премьер-министр", "Премьер-министр", None, "current")],
    ),
    "akin: the article's person a one-word name opening the text": (
        f"Линч стал режиссёром года. {QUOTE} постановщик.",
        [
            ("Линч", "режиссер года", "режиссёром года", None, "current"),
            ("Линч", "постановщик", "постановщик", None, "current"),
        ],
    ),
    "akin, not: a locative post alone is a place's or a topic's": (
        "Певица Анна Петрова выступила в Москве. Зрители ждали долго. Критики писали об "
        "исполнительнице.",
        [SINGER_ROW],
    ),
    "named after, not: past a comma, the post named again": (
        f"{SPACEY}, Антона Рябова.",
        SPACEY_ROWS,
    ),
    "named after, not: past a colon, the post named again": (
        f"{SPACEY}: Антона Рябова.",
        SPACEY_ROWS,
    ),
    "named after, not: past an opening bracket, the post named again": (
        "Актёр Кевин Спейси извинился. Причиной стали заявления актёра (из фильма «Джанго» "
        "Франко Неро).",
        SPACEY_ROWS,
    ),
    "named after: an indeclinable name the tagger reads as nominative": (
        "Актёр Кевин Спейси извинился. Причиной стали заявления актёра из фильма «Джанго» "
        "Франко Неро.",
        [SPACEY_ROWS[0], ("Франко Неро", "актер", "актёра", None, "current")],
    ),
    "named after: an indeclinable coach's name after the coach's post": (
        "Тренер Кевин Смит извинился. Причиной стали заявления тренера из Португалии Жозе "
        "Моуриньо.",
        [("Кевин Смит", "тренер", "Тренер", None, "current")],
    ),
    "listed next: Ими opening the next sentence": (
        f"{BANNED} Ими стали Александр Розенбаум и Лев Лещенко.",
        ARTISTS,
    ),
    "listed next: Ими after a post with a complement": (
        "Украина запретила въезд российским артистам из Москвы. Ими стали Александр Розенбаум и "
        "Лев Лещенко.",
        ARTISTS,
    ),
    "headline: a post of the same noun, its org from the body": (
        "Министр погиб в ДТП\nМинистр обороны Венесуэлы Иван Петров погиб утром.",
        [
            ("Иван Петров", "министр", "Министр", "Венесуэла", "current"),
            ("Иван Петров", "министр обороны", "Министр обороны Венесуэлы", "Венесуэла", "current"),
        ],
    ),
    "headline, not: a first sentence ended by a stop, the line broken after the next word": (
        "Губернатор погиб в ДТП. Фото\nГубернатор Самарской области Сергей Морозов погиб утром.",
        [SAMARA_ROW],
    ),
    "akin, not: a woman's post for a man": (
        "Певец Иван Петров выступил в Москве. Зрители ждали долго. Критики хвалят певицу.",
        [("Иван Петров", "певец", "Певец", None, "current")],
    ),
}


@pytest.mark.parametrize("text, expected", CASES_BOUNDS.values(), ids=CASES_BOUNDS.keys())
def test_roles_again9_bounds(parse, text, expected):
    assert rows(parse(text)) == expected

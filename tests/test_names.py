"""Personal names (``names.py``): roles of the words, the nominative, gender and number.

Through the public functions (no spaCy models): a name as written, with the tagger's features
where they matter and the features of the word that agrees with it (``context``), and the exact
:class:`~ruextract.names.NameParts` expected. Each rule with a condition has cases on both
sides of it; these cases are what kills the mutants of ``benchmarks/mutation.py names``.
"""

from __future__ import annotations

import pytest

from ruextract.names import (
    CASES as UD_CASES,
)
from ruextract.names import (
    NameParts,
    NameWord,
    adjective_nominative,
    assign_roles,
    dictionary_name_tags,
    east_asian,
    east_asian_name,
    east_asian_surnames,
    first_name_gender,
    inflect_word,
    is_initial,
    is_nickname,
    known_word,
    name_tags,
    normal_name,
    paradigm_readings,
    readings,
    singular_surname,
)


def words_of(spec: str) -> list[NameWord]:
    """ "Ярослава/Case=Nom|Gender=Fem Новожилова" -> NameWords with their UD feats."""
    return [
        NameWord(*word.split("/", 1)) if "/" in word else NameWord(word) for word in spec.split()
    ]


def name(normal, last=None, first=None, middle=None, gender="masc", plural=False) -> NameParts:
    return NameParts(normal, last, first, middle, gender, plural)


# id: (words with feats, context of the agreeing word, expected parts)
CASES = {
    # the nominative of every case, masculine and feminine
    "masc_genitive": ("Владимира Владимировича Путина", None,
                      name("Владимир Владимирович Путин", "Путин", "Владимир", "Владимирович")),
    "masc_dative": ("Владимиру Путину", None, name("Владимир Путин", "Путин", "Владимир")),
    "masc_instrumental": ("Владимиром Путиным", None,
                          name("Владимир Путин", "Путин", "Владимир")),
    "masc_adjectival_surname": ("Алексея Навального", None,
                                name("Алексей Навальный", "Навальный", "Алексей")),
    "fem_genitive": ("Татьяны Голиковой", None,
                     name("Татьяна Голикова", "Голикова", "Татьяна", gender="femn")),
    "fem_accusative": ("Анну Иванову", None,
                       name("Анна Иванова", "Иванова", "Анна", gender="femn")),
    "fem_instrumental": ("Марией Шараповой", None,
                         name("Мария Шарапова", "Шарапова", "Мария", gender="femn")),
    "fem_foreign_surname": ("Ангелы Меркель", None,
                            name("Ангела Меркель", "Меркель", "Ангела", gender="femn")),
    "foreign_genitive": ("Эммануэля Макрона", None,
                         name("Эммануэль Макрон", "Макрон", "Эммануэль")),
    "indeclinable_surname": ("Сергею Шойгу", None, name("Сергей Шойгу", "Шойгу", "Сергей")),
    "foreign_indeclinable_alone": ("Пеле", None, name("Пеле", "Пеле")),
    "surname_without_vowel_ending": ("Грефу", None, name("Греф", "Греф")),
    # double surnames: both parts inflect
    "double_surname_genitive": ("Кузьмы Петрова-Водкина", None,
                                name("Кузьма Петров-Водкин", "Петров-Водкин", "Кузьма")),
    "double_surname_alone": ("Петрова-Водкина/Case=Gen|Gender=Masc", {"Case": "Gen"},
                             name("Петров-Водкин", "Петров-Водкин")),
    "double_surname_instrumental": ("Николаем Римским-Корсаковым", None,
                                    name("Николай Римский-Корсаков", "Римский-Корсаков",
                                         "Николай")),
    "double_surname_feminine": ("Анны Петровой-Водкиной", None,
                                name("Анна Петрова-Водкина", "Петрова-Водкина", "Анна",
                                     gender="femn")),
    "double_surname_of_noun_parts": ("Мамина-Сибиряка", None,
                                     name("Мамин-Сибиряк", "Мамин-Сибиряк")),
    # a feminine surname stays feminine; the same word is a man's genitive when the context
    # says so
    "fem_surname_alone": ("Голиковой", {"Gender": "Fem"},
                          name("Голикова", "Голикова", gender="femn")),
    "fem_surname_dative": ("Набиуллиной", {"Case": "Dat"},
                           name("Набиуллина", "Набиуллина", gender="femn")),
    "fem_surname_nominative": ("Голикова", {"Gender": "Fem", "Case": "Nom"},
                               name("Голикова", "Голикова", gender="femn")),
    "masc_surname_genitive": ("Голикова", {"Gender": "Masc", "Case": "Gen"},
                              name("Голиков", "Голиков")),
    "masc_surname_dative": ("Иванову", {"Case": "Dat"}, name("Иванов", "Иванов")),
    "masc_surname_locative": ("Иванове", {"Case": "Loc"}, name("Иванов", "Иванов")),
    # the verb decides between "Ярослава Новожилова" (she) and "Ярослава Новожилова" (his)
    "she_said": ("Ярослава Новожилова", {"Gender": "Fem", "Case": "Nom"},
                 name("Ярослава Новожилова", "Новожилова", "Ярослава", gender="femn")),
    "his_words": ("Ярослава Новожилова", {"Gender": "Masc", "Case": "Gen"},
                  name("Ярослав Новожилов", "Новожилов", "Ярослав")),
    "genitive_context": ("Ярослава Новожилова", {"Case": "Gen"},
                         name("Ярослав Новожилов", "Новожилов", "Ярослав")),
    "tagger_features_decide": ("Ярослава/Case=Nom|Gender=Fem Новожилова/Case=Gen", None,
                               name("Ярослава Новожилова", "Новожилова", "Ярослава",
                                    gender="femn")),
    # a first name of either gender (pymorphy3's ms-f) takes the surname's gender
    "common_gender_first_name_masc": ("Саши Иванова", None,
                                      name("Саша Иванов", "Иванов", "Саша")),
    "common_gender_first_name_femn": ("Саше Смирновой", None,
                                      name("Саша Смирнова", "Смирнова", "Саша", gender="femn")),
    # plural: the Klintons
    "plural_genitive": ("Клинтонов/Number=Plur", None,
                        name("Клинтоны", "Клинтоны", gender=None, plural=True)),
    "plural_dative": ("Клинтонам/Case=Dat|Number=Plur", None,
                      name("Клинтоны", "Клинтоны", gender=None, plural=True)),
    # initials and orders of the parts
    "initials_before": ("А.М. Горького", None, name("А.М. Горький", "Горький", "А.М.")),
    "official_order": ("Путина Владимира Владимировича", None,
                       name("Путин Владимир Владимирович", "Путин", "Владимир",
                            "Владимирович")),
    "name_and_patronymic": ("Александра Кузьмича", None,
                            name("Александр Кузьмич", None, "Александр", "Кузьмич")),
    "full_name_with_patronymic": ("Александра Кузьмича Кузьмина", None,
                                  name("Александр Кузьмич Кузьмин", "Кузьмин", "Александр",
                                       "Кузьмич")),
    "fem_genitive_in_i": ("Марии Шараповой", None,
                          name("Мария Шарапова", "Шарапова", "Мария", gender="femn")),
    "common_gender_first_name_in_i": ("Жени Петровой", None,
                                      name("Женя Петрова", "Петрова", "Женя", gender="femn")),
    "foreign_masc_with_indeclinable_surname": ("Элвиса Пресли", None,
                                               name("Элвис Пресли", "Пресли", "Элвис")),
    # plural: the tagger's Number and the verb's; a family of possessive, adjectival or
    # а-declension surnames
    "plural_possessive_genitive": ("Ивановых/Number=Plur", {"Gender": "Masc", "Number": "Plur"},
                                   name("Ивановы", "Ивановы", gender=None, plural=True)),
    "plural_adjectival_genitive": ("Стругацких/Number=Plur", {"Gender": "Fem"},
                                   name("Стругацкие", "Стругацкие", gender=None, plural=True)),
    "plural_nominative": ("Ротенберги/Number=Plur", None,
                          name("Ротенберги", "Ротенберги", gender=None, plural=True)),
    "plural_a_declension": ("Чайки/Number=Plur", None,
                            name("Чайки", "Чайки", gender=None, plural=True)),
    # the feminine verb decides over the tagger's masculine genitive; a woman's accusative
    "verb_over_tagger": ("Голикова/Case=Gen|Gender=Masc", {"Gender": "Fem"},
                         name("Голикова", "Голикова", gender="femn")),
    "she_accusative": ("Иванову", {"Gender": "Fem"}, name("Иванова", "Иванова", gender="femn")),
    "she_first_and_last": ("Ярослава Новожилова", {"Gender": "Fem"},
                           name("Ярослава Новожилова", "Новожилова", "Ярослава", gender="femn")),
    # names that do not decline keep their form in either gender
    "she_foreign_in_a": ("Хоулетта", {"Gender": "Fem"},
                         name("Хоулетта", "Хоулетта", gender="femn")),
    "she_foreign_in_i": ("Пелоси", {"Gender": "Fem"}, name("Пелоси", "Пелоси", gender="femn")),
    "she_foreign_in_e": ("Сиссе", {"Gender": "Fem"}, name("Сиссе", "Сиссе", gender="femn")),
    "she_hyphenated": ("Эль-Сиси", {"Gender": "Fem"}, name("Эль-Сиси", "Эль-Сиси", gender="femn")),
    "he_in_consonant": ("Нуланд", {"Gender": "Masc"}, name("Нуланд", "Нуланд")),
    "hyphenated_first_and_last": ("Абдель-Фаттаха Ас-Сиси", None,
                                  name("Абдель-Фаттах Ас-Сиси", "Ас-Сиси", "Абдель-Фаттах")),
    # round 3: an adjectival surname of any stem, unknown to the dictionary as a surname, takes
    # the adjective's nominative ("Поперечного" -> "Поперечный", "Лесному" -> "Лесной"); a
    # name in -его that is no adjective ("Диего") and the -ский type stay as they were
    "adjectival_surname_any_stem_gen": ("Данилы Поперечного", None,
                                        name("Данила Поперечный", "Поперечный", "Данила")),
    "adjectival_surname_any_stem_dat": ("Игорю Лесному", None,
                                        name("Игорь Лесной", "Лесной", "Игорь")),
    "adjectival_surname_alone": ("Поперечного/Case=Gen", {"Case": "Gen"},
                                 name("Поперечный", "Поперечный")),
    "first_name_in_ego_stays": ("Диего/Case=Gen Армандо/Case=Gen Марадоны/Case=Gen", None,
                                name("Диего Армандо Марадона", "Марадона", "Диего", "Армандо")),
    # a final -чи, -ши after a foreign surname does not decline ("Бенедучи", not "Бенедуча");
    # after к it does ("Чайки" -> "Чайка")
    "foreign_surname_in_chi_stays": ("Лео/Case=Gen Бенедучи/Case=Gen", None,
                                     name("Лео Бенедучи", "Бенедучи", "Лео")),
    "surname_in_ki_declines": ("Юрия Чайки", None, name("Юрий Чайка", "Чайка", "Юрий")),
}  # fmt: skip

CASES_KNOWN_GAPS = {
    # a dictionary first name in -и/-е is taken for an indeclinable foreign one
    "fem_dative_in_e": ("Анне Ивановой", None,
                        name("Анна Иванова", "Иванова", "Анна", gender="femn")),
    "fem_foreign_dative": ("Ангеле Меркель", None,
                           name("Ангела Меркель", "Меркель", "Ангела", gender="femn")),
    # the first name of "Элвиса Пресли" is read as a feminine nominative
    # a lone adjectival double surname stays in the genitive
    "double_adjectival_surname_alone": ("Римского-Корсакова", None,
                                        name("Римский-Корсаков", "Римский-Корсаков")),
}  # fmt: skip
GAPS = list(CASES_KNOWN_GAPS.values())


@pytest.mark.parametrize(("spec", "context", "expected"), list(CASES.values()), ids=list(CASES))
def test_names_normal_name(spec, context, expected):
    assert normal_name(words_of(spec), context=context) == expected


@pytest.mark.parametrize(
    ("spec", "context", "expected"),
    [pytest.param(*case, marks=pytest.mark.xfail(strict=True)) for case in GAPS],
    ids=list(CASES_KNOWN_GAPS),
)  # fmt: skip
def test_names_known_gaps(spec, context, expected):
    assert normal_name(words_of(spec), context=context) == expected


@pytest.mark.parametrize(
    ("spec", "separators", "expected"),
    [
        # whitespace between words, whatever it is, is one space in the name
        ("Владимира Путина", ["\u00a0"], "Владимир Путин"),
        ("Владимира Путина", ["\n"], "Владимир Путин"),
        ("В. А. Стеклова", ["\u00a0", "\u00a0"], "В. А. Стеклов"),
        # what is not whitespace stays as written
        ("В. Путина", [""], "В.Путин"),
        ("Евгению Кузнецову", ["-"], "Евгений-Кузнецов"),
    ],
)
def test_names_separators_fold_whitespace_and_keep_the_rest(spec, separators, expected):
    assert normal_name(words_of(spec), separators=separators).normal == expected


def test_names_of_no_words_is_empty():
    assert normal_name([]) == NameParts(normal="")


CASES_ROLES = {
    "lone_surname": (["Токаев"], ["last"]),
    "lone_first_name": (["Малия"], ["first"]),
    "lone_initial": (["В."], ["last"]),
    "first_last": (["Владимир", "Путин"], ["first", "last"]),
    "last_first": (["Путин", "Владимир"], ["last", "first"]),
    "initials_first": (["В.", "В.", "Путин"], ["first", "middle", "last"]),
    "initials_joined_first": (["А.М.", "Горький"], ["first", "last"]),
    "initials_last": (["Путин", "В.", "В."], ["last", "first", "middle"]),
    "initial_last": (["Путин", "В."], ["last", "first"]),
    "official_order": (["Путин", "Владимир", "Владимирович"], ["last", "first", "middle"]),
    "name_and_patronymic": (["Владимир", "Владимирович"], ["first", "middle"]),
    "first_middle_last": (["Джон", "Дэвисон", "Рокфеллер"], ["first", "middle", "last"]),
    # a patronymic pymorphy3 does not know is read by its ending
    "guessed_patronymic": (["Ахмед", "Тимурович"], ["first", "middle"]),
    "official_order_guessed_patronymic": (["Иванов", "Ахмед", "Тимурович"],
                                          ["last", "first", "middle"]),
    "first_patronymic_last": (["Владимир", "Владимирович", "Путин"], ["first", "middle", "last"]),
}  # fmt: skip


@pytest.mark.parametrize(("words", "roles"), list(CASES_ROLES.values()), ids=list(CASES_ROLES))
def test_names_roles(words, roles):
    assert assign_roles(words) == roles


@pytest.mark.parametrize(
    ("text", "initial"),
    [("В.", True), ("В", True), ("А.М.", True), ("В.В", True), ("Дж.", True), ("Вл.", True),
     ("Путин", False), ("ВВП", False), ("в.", False), ("", False)],
)  # fmt: skip
def test_names_is_initial(text, initial):
    assert is_initial(text) is initial


# the planted bugs of issue 17, one named test each
def test_names_both_parts_of_a_double_surname_inflect():
    parts = normal_name(words_of("Кузьмы Петрова-Водкина"))
    assert (parts.normal, parts.last) == ("Кузьма Петров-Водкин", "Петров-Водкин")


def test_names_feminine_surname_stays_feminine():
    for spec in ("Татьяны Голиковой", "Анну Иванову", "Голиковой"):
        parts = normal_name(words_of(spec))
        assert parts.gender == "femn", spec
        assert parts.last.endswith("ова"), parts


def test_names_context_gender_decides_the_reading():
    words = words_of("Ярослава Новожилова")
    she = normal_name(words, context={"Gender": "Fem", "Case": "Nom"})
    he = normal_name(words, context={"Gender": "Masc", "Case": "Gen"})
    assert (she.normal, she.gender) == ("Ярослава Новожилова", "femn")
    assert (he.normal, he.gender) == ("Ярослав Новожилов", "masc")


# ------------------------------------------------------------------- readings of one word
# A reading: "CASES GENDERS NUMBER NOMINATIVE CONFIDENCE", CASES "*" for all six, GENDERS m, f
# or mf, NUMBER s or p: "Gen Acc m s путин 0.9" is "Путина", a man's genitive/accusative.


def expand(specs: list[str]) -> dict[tuple[str, str, str], tuple[str, float]]:
    found = {}
    for spec in specs:
        *cases, genders, number, nominative, confidence = spec.split()
        cases = list(UD_CASES) if cases == ["*"] else cases
        for case in cases:
            for gender in {"m": ["masc"], "f": ["femn"], "mf": ["masc", "femn"]}[genders]:
                key = (case, gender, {"s": "sing", "p": "plur"}[number])
                assert key not in found, spec
                found[key] = (nominative, float(confidence))
    return found


def rounded(found: dict) -> dict:
    return {key: (nominative, round(conf, 3)) for key, (nominative, conf) in found.items()}


# every reading the Russian grammar of surnames allows for a word pymorphy3 does not know:
# possessive (-ов/-ин) and adjectival (-ский/-цкий) surnames with their own endings, plurals,
# а-declension nouns of either gender, men's names in a consonant, й or ь, and as written
# (a final vowel other than а/я: an indeclinable foreign name of any case; a consonant: a
# woman's name, which does not decline)
PARADIGMS = {
    "Ю": ["* mf s ю 0.3"],
    "О'Нила": ["* mf s о'нила 0.3"],
    "Путина": ["Gen Acc m s путин 0.9", "Nom f s путина 0.8"],
    "Путину": ["* mf p путину 0.2", "Acc f s путина 0.9", "Dat m s путин 0.9",
        "Gen Acc Ins Loc m s путину 0.3", "Gen Dat Ins Loc f s путину 0.3", "Nom mf s путину 0.5"],
    "Путиным": ["Dat mf p путины 0.9", "Gen Dat Acc Ins Loc f s путиным 0.3", "Ins m s путин 0.9",
        "Nom mf s путиным 0.5"],
    "Путине": ["* mf p путине 0.2", "Gen Dat Acc Ins Loc f s путине 0.3",
        "Gen Dat Acc Ins m s путине 0.3", "Loc m s путин 0.9", "Nom mf s путине 0.5"],
    "Ахматовой": ["Gen Dat Ins Loc f s ахматова 0.9", "Nom mf s ахматовой 0.5"],
    "Рынская": ["Gen Acc m s рынскай 0.7", "Nom f s рынская 0.8"],
    "Вишневский": ["Gen Dat Acc Ins Loc f s вишневский 0.3", "Nom m s вишневский 0.8"],
    "Трубецкой": ["Gen Dat Ins Loc f s трубецкая 0.9", "Nom m s трубецкой 0.8"],
    "Вишневского": ["* mf p вишневского 0.2", "Dat Ins Loc m s вишневского 0.3",
        "Gen Acc m s вишневский 0.9", "Gen Dat Acc Ins Loc f s вишневского 0.3",
        "Nom mf s вишневского 0.5"],
    "Вишневскому": ["* mf p вишневскому 0.2", "Dat m s вишневский 0.9",
        "Gen Acc Ins Loc m s вишневскому 0.3", "Gen Dat Acc Ins Loc f s вишневскому 0.3",
        "Nom mf s вишневскому 0.5"],
    "Вишневским": ["Dat mf p вишневские 0.9", "Gen Dat Acc Ins Loc f s вишневским 0.3",
        "Ins m s вишневский 0.9", "Nom mf s вишневским 0.5"],
    "Вишневском": ["Gen Dat Acc Ins Loc f s вишневском 0.3", "Loc m s вишневский 0.9",
        "Nom mf s вишневском 0.5"],
    "Рынской": ["Gen Dat Ins Loc f s рынская 0.9", "Nom m s рынской 0.8"],
    "Рынскую": ["* mf p рынскую 0.2", "Acc f s рынская 0.9",
        "Gen Dat Acc Ins Loc m s рынскую 0.3", "Gen Dat Ins Loc f s рынскую 0.3",
        "Nom mf s рынскую 0.5"],
    "Ивановых": ["Gen Acc Loc mf p ивановы 0.9", "Gen Dat Acc Ins Loc f s ивановых 0.3",
        "Nom mf s ивановых 0.5"],
    "Ивановыми": ["Gen Dat Acc Ins Loc mf s ивановыми 0.3", "Ins mf p ивановы 0.9",
        "Nom Gen Dat Acc Loc mf p ивановыми 0.2", "Nom mf s ивановыми 0.5"],
    "Стругацкие": ["Gen Dat Acc Ins Loc mf p стругацкие 0.2",
        "Gen Dat Acc Ins Loc mf s стругацкие 0.3", "Nom mf p стругацкие 0.9",
        "Nom mf s стругацкие 0.5"],
    "Стругацких": ["Gen Acc Loc mf p стругацкие 0.9", "Gen Dat Acc Ins Loc f s стругацких 0.3",
        "Nom mf s стругацких 0.5"],
    "Стругацким": ["Dat mf p стругацкие 0.9", "Gen Dat Acc Ins Loc f s стругацким 0.3",
        "Ins m s стругацкий 0.9", "Nom mf s стругацким 0.5"],
    "Стругацкими": ["Gen Dat Acc Ins Loc mf s стругацкими 0.3", "Ins mf p стругацкие 0.9",
        "Nom Gen Dat Acc Loc mf p стругацкими 0.2", "Nom mf s стругацкими 0.5"],
    "Нуланд": ["Gen Dat Acc Ins Loc f s нуланд 0.3", "Nom mf s нуланд 0.5"],
    "Чайку": ["* mf p чайку 0.2", "Acc mf s чайка 0.6", "Dat m s чайк 0.7",
        "Gen Dat Ins Loc f s чайку 0.3", "Gen Ins Loc m s чайку 0.3", "Nom mf s чайку 0.5"],
    "Чайкой": ["Ins mf s чайка 0.6", "Nom mf s чайкой 0.5"],
    "Гарсии": ["* mf p гарсии 0.2", "Acc Ins mf s гарсии 0.3", "Gen Dat Loc mf s гарсия 0.6",
        "Nom mf s гарсии 0.5"],
    "Гарсией": ["Ins mf s гарсия 0.6", "Nom mf s гарсией 0.5"],
    "Гарсиею": ["* mf p гарсиею 0.2", "Dat m s гарсией 0.7", "Gen Acc Loc m s гарсиею 0.3",
        "Gen Dat Acc Loc f s гарсиею 0.3", "Ins mf s гарсия 0.6", "Nom mf s гарсиею 0.5"],
    # after г, к, х, ж, ш, ч, щ, ц a final и is the genitive only: the dative and locative
    # end in е ("Чайке"), so "Акасаки" is no dative of "Акасака"
    "Чайки": ["Acc Dat Ins Loc mf s чайки 0.3", "Gen Dat Acc Ins Loc mf p чайки 0.2",
        "Gen mf s чайка 0.6", "Nom mf p чайки 0.5", "Nom mf s чайки 0.5"],
    "Акасаки": ["Acc Dat Ins Loc mf s акасаки 0.3", "Gen Dat Acc Ins Loc mf p акасаки 0.2",
        "Gen mf s акасака 0.6", "Nom mf p акасаки 0.5", "Nom mf s акасаки 0.5"],
    # after a soft sign or и it is the genitive, dative and locative ("Натальи", "Гарсии")
    "Мазальи": ["Acc Ins mf s мазальи 0.3", "Gen Dat Acc Ins Loc mf p мазальи 0.2",
        "Gen Dat Loc mf s мазалья 0.6", "Nom mf p мазальи 0.5", "Nom mf s мазальи 0.5"],
    "Чайке": ["* mf p чайке 0.2", "Gen Dat Acc Ins Loc mf s чайке 0.3", "Nom mf s чайке 0.5"],
    "Пелоси": ["Gen Dat Acc Ins Loc mf p пелоси 0.2", "Gen Dat Acc Ins Loc mf s пелоси 0.3",
        "Nom mf p пелоси 0.5", "Nom mf s пелоси 0.5"],
    "Хоулетта": ["Gen Acc m s хоулетт 0.7", "Nom mf s хоулетта 0.5"],
    "Карзаем": ["Gen Dat Acc Ins Loc f s карзаем 0.3", "Ins m s карзай 0.7",
        "Nom mf s карзаем 0.5"],
    "Сартру": ["* mf p сартру 0.2", "Acc mf s сартра 0.6", "Dat m s сартр 0.7",
        "Gen Dat Ins Loc f s сартру 0.3", "Gen Ins Loc m s сартру 0.3", "Nom mf s сартру 0.5"],
    "Сартром": ["Gen Dat Acc Ins Loc f s сартром 0.3", "Ins m s сартр 0.7",
        "Nom mf s сартром 0.5"],
    "Карзая": ["Gen Acc m s карзай 0.7", "Nom mf s карзая 0.5"],
    "Карзаю": ["* mf p карзаю 0.2", "Dat m s карзай 0.7", "Gen Acc Ins Loc m s карзаю 0.3",
        "Gen Dat Acc Ins Loc f s карзаю 0.3", "Nom mf s карзаю 0.5"],
    "Соболя": ["Gen Acc m s соболь 0.7", "Nom mf s соболя 0.5"],
    "Соболем": ["Gen Dat Acc Ins Loc f s соболем 0.3", "Ins m s соболь 0.7",
        "Nom mf s соболем 0.5"],
    "Соболём": ["Gen Dat Acc Ins Loc f s соболём 0.3", "Ins m s соболь 0.7",
        "Nom mf s соболём 0.5"],
    "Шульцем": ["Gen Dat Acc Ins Loc f s шульцем 0.3", "Ins m s шульц 0.7",
        "Nom mf s шульцем 0.5"],
    "Ротенбергов": ["Gen Acc mf p ротенберги 0.5", "Gen Dat Acc Ins Loc f s ротенбергов 0.3",
        "Nom m s ротенбергов 0.8"],
    "Клинтонам": ["Dat mf p клинтоны 0.5", "Gen Dat Acc Ins Loc f s клинтонам 0.3",
        "Nom mf s клинтонам 0.5"],
    "Клинтонах": ["Gen Dat Acc Ins Loc f s клинтонах 0.3", "Loc mf p клинтоны 0.5",
        "Nom mf s клинтонах 0.5"],
    # a final ы after a consonant is a case ending: no singular nominative, no fixed form
    "Клинтоны": ["Gen mf s клинтона 0.6", "Nom mf p клинтоны 0.5"],
    "Ротенберги": ["Acc Dat Ins Loc mf s ротенберги 0.3", "Gen Dat Acc Ins Loc mf p ротенберги 0.2",
        "Gen mf s ротенберга 0.6", "Nom mf p ротенберги 0.5", "Nom mf s ротенберги 0.5"],
    "Кеннеди": ["Gen Dat Acc Ins Loc mf p кеннеди 0.2", "Gen Dat Acc Ins Loc mf s кеннеди 0.3",
        "Nom mf p кеннеди 0.5", "Nom mf s кеннеди 0.5"],
    "Маккейне": ["* mf p маккейне 0.2", "Gen Dat Acc Ins Loc mf s маккейне 0.3",
        "Nom mf s маккейне 0.5"],
    "Ивановы": ["Nom mf p ивановы 0.9"],
    "Шенуды": ["Gen mf s шенуда 0.6", "Nom mf p шенуды 0.5"],
    "Сирмы": ["Gen mf s сирма 0.6", "Nom mf p сирмы 0.5"],
    "Гарсиа": ["Nom mf s гарсиа 0.5"],
    "Сьерру": ["* mf p сьерру 0.2", "Acc mf s сьерра 0.6", "Dat m s сьерр 0.7",
        "Gen Dat Ins Loc f s сьерру 0.3", "Gen Ins Loc m s сьерру 0.3", "Nom mf s сьерру 0.5"],
    "Марьи": ["Acc Ins mf s марьи 0.3", "Gen Dat Acc Ins Loc mf p марьи 0.2",
        "Gen Dat Loc mf s марья 0.6", "Nom mf p марьи 0.5", "Nom mf s марьи 0.5"],
    "Таню": ["* mf p таню 0.2", "Acc mf s таня 0.6", "Dat m s тань 0.7",
        "Gen Dat Ins Loc f s таню 0.3", "Gen Ins Loc m s таню 0.3", "Nom mf s таню 0.5"],
    # a long word in -ой / -ей is no woman's indeclinable name: "Грасой" is Граса's
    "Таней": ["Gen Acc mf p таны 0.5", "Ins mf s таня 0.6", "Nom mf s таней 0.5"],
    "Грасой": ["Ins mf s граса 0.6", "Nom mf s грасой 0.5"],
    "Мэй": ["Gen Dat Acc Ins Loc f s мэй 0.3", "Nom mf s мэй 0.5"],
    "Танею": ["* mf p танею 0.2", "Dat m s таней 0.7", "Gen Acc Loc m s танею 0.3",
        "Gen Dat Acc Loc f s танею 0.3", "Ins mf s таня 0.6", "Nom mf s танею 0.5"],
    "Ямой": ["Gen Dat Acc Loc f s ямой 0.3", "Ins mf s яма 0.6", "Nom mf s ямой 0.5"],
    "Ахом": ["Gen Dat Acc Ins Loc f s ахом 0.3", "Ins m s ах 0.7", "Nom mf s ахом 0.5"],
    "Ямам": ["Dat mf p ямы 0.5", "Gen Dat Acc Ins Loc f s ямам 0.3", "Nom mf s ямам 0.5"],
    "Ротенбергами": ["Gen Dat Acc Ins Loc mf s ротенбергами 0.3",
        "Gen Dat Acc Loc mf p ротенбергами 0.2", "Ins mf p ротенберги 0.5",
        "Nom mf p ротенбергами 0.5", "Nom mf s ротенбергами 0.5"],
    # two letters are a word with its endings ("Ю" above, one letter, is not)
    "Ли": ["* mf p ли 0.2", "Gen Dat Acc Ins Loc mf s ли 0.3", "Nom mf s ли 0.5"],
    "Ян": ["Gen Dat Acc Ins Loc f s ян 0.3", "Nom mf s ян 0.5"],
    # an adjectival surname pymorphy3 has no adjective for: -ый after a hard stem, -ий after
    # a hushing one (к) or when the ending is soft (-его, -ему)
    "Крутогорого": ["* mf p крутогорого 0.2", "Dat Ins Loc mf s крутогорого 0.3",
        "Gen Acc f s крутогорого 0.3", "Gen Acc m s крутогорый 0.9",
        "Nom mf s крутогорого 0.5"],
    "Крутогорому": ["* mf p крутогорому 0.2", "Dat f s крутогорому 0.3",
        "Dat m s крутогорый 0.9", "Gen Acc Ins Loc mf s крутогорому 0.3",
        "Nom mf s крутогорому 0.5"],
    "Задонего": ["* mf p задонего 0.2", "Dat Ins Loc mf s задонего 0.3",
        "Gen Acc f s задонего 0.3", "Gen Acc m s задоний 0.9", "Nom mf s задонего 0.5"],
    "Задонему": ["* mf p задонему 0.2", "Dat f s задонему 0.3", "Dat m s задоний 0.9",
        "Gen Acc Ins Loc mf s задонему 0.3", "Nom mf s задонему 0.5"],
    "Третьякого": ["* mf p третьякого 0.2", "Dat Ins Loc mf s третьякого 0.3",
        "Gen Acc f s третьякого 0.3", "Gen Acc m s третьякий 0.9",
        "Nom mf s третьякого 0.5"],
    # а after й is no case ending of a man's name in й ("Карзая", not "Карзайа")
    "Найа": ["Nom mf s найа 0.5"],
}  # fmt: skip


@pytest.mark.parametrize(("word", "specs"), list(PARADIGMS.items()), ids=list(PARADIGMS))
def test_names_paradigm_readings(word, specs):
    assert rounded(paradigm_readings(word)) == expand(specs)


# pymorphy3's dictionary parses in the word's role (confidence 1 + the parse's score), and the
# word as written, a nominative of either gender (0.2; any case for a final о/у/и/е/э/ю)
DICTIONARY = {
    ("Анна", "first"): ["Nom f s анна 2.0", "Nom m s анна 0.2"],
    ("Саша", "first"): ["Nom mf s саша 2.0"],
    ("Шойгу", "last"): ["* mf p шойгу 1.071", "Gen Dat Acc Ins Loc mf s шойгу 1.071",
        "Nom mf s шойгу 1.214"],
    ("Тимуровича", "middle"): ["Gen Acc m s тимурович 1.5", "Nom mf s тимуровича 0.2"],
    ("Ивановы", "last"): ["Nom mf p ивановы 1.333", "Nom mf s ивановы 0.2"],
    ("Путина", "last"): ["Acc m s путин 1.217", "Gen m s путин 1.739",
        "Nom f s путина 1.022", "Nom m s путина 0.2"],
    ("Амаду", "first"): ["* f s амаду 1.125", "Dat m s амад 1.125",
        "Nom Gen Acc Ins Loc m s амаду 0.2"],
    # a surname the dictionary has only in oblique cases is never read as a nominative
    ("Голиковой", "last"): ["Dat Ins Loc f s голикова 1.167", "Gen f s голикова 1.5"],
    ("Кузьмича", "middle"): ["Gen Acc m s кузьмич 1.5", "Nom mf s кузьмича 0.2"],
    ("Семенова", "last"): ["Gen Acc m s семёнов 1.333", "Nom f s семёнова 1.333",
        "Nom m s семенова 0.2"],
}  # fmt: skip


@pytest.mark.parametrize(("word_role", "specs"), list(DICTIONARY.items()), ids=str)
def test_names_dictionary_readings(word_role, specs):
    assert rounded(readings(*word_role)) == expand(specs)


def test_names_readings_without_a_dictionary_parse_in_the_role_follow_the_paradigm():
    # "Хоулетта" has no dictionary parse; "Анна" is no surname, "Путина" no first name
    assert readings("Хоулетта", "last") == paradigm_readings("Хоулетта")
    assert readings("Анна", "last") == paradigm_readings("Анна")
    assert readings("Путина", "first") == paradigm_readings("Путина")
    # a patronymic may be guessed by pymorphy3 (its suffixes are regular), other roles not
    assert readings("Тимуровичем", "middle")[("Ins", "masc", "sing")][0] == "тимурович"


# --------------------------------------------------------------------- East Asian names
# surname first, then syllables none of which is a Russian name, surname or patronymic; a
# Russian first name ("Ким", "Ян", "Ли") needs a one-syllable given name, or one in Palladius
CASES_EAST_ASIAN = {
    "three_words": (["Пан", "Ги", "Муна"], True),
    "korean_three_words": (["Ким", "Чен", "Ир"], True),
    "two_words": (["Дэн", "Сяопина"], True),
    "palladius_given_name": (["Мао", "Цзэдуну"], True),
    "russian_first_name_one_syllable": (["Ким", "Ир"], True),
    "russian_first_name_palladius": (["Ян", "Цзечи"], True),
    "three_syllables_after_a_non_name": (["Ван", "Имина"], True),
    "vietnamese": (["Нгуен", "Тан", "Зунг"], True),
    "capitals": (["ПАН", "ГИ", "МУН"], True),
    "russian_first_name_two_syllables": (["Ким", "Кардашьян"], False),
    "russian_first_name_russian_surname": (["Ян", "Гамарник"], False),
    "four_syllables": (["Ван", "Иминаоу"], False),
    "three_words_two_syllable_given_name": (["Пан", "Гиму", "Ли"], False),
    "dictionary_surname": (["Ли", "Петров"], False),
    "patronymic": (["Ван", "Иванович"], False),
    "slavic_stem": (["Ван", "Сяоминов"], False),
    "initial": (["Чжан", "И.", "Мин"], False),
    "hyphen": (["Ким", "Чен-Ир"], False),
    "lower_case": (["пан", "Ги"], False),
    "one_word": (["Пан"], False),
    "four_words": (["Пан", "Ги", "Мун", "Ли"], False),
    "not_a_surname_first": (["Ги", "Пан"], False),
}  # fmt: skip


@pytest.mark.parametrize(
    ("words", "expected"), list(CASES_EAST_ASIAN.values()), ids=list(CASES_EAST_ASIAN)
)
def test_names_east_asian(words, expected):
    assert east_asian(words) is expected


# only the last word declines: a final а, у, ом after a consonant (ем, я, ю after нь)
CASES_EAST_ASIAN_NAMES = {
    "genitive": ("Пан Ги Муна", name("Пан Ги Мун", "Пан", "Ги Мун", gender=None)),
    "dative": ("Мао Цзэдуну", name("Мао Цзэдун", "Мао", "Цзэдун", gender=None)),
    "soft_genitive": ("Чжан Цзюня", name("Чжан Цзюнь", "Чжан", "Цзюнь", gender=None)),
    "soft_dative": ("Ли Цзюню", name("Ли Цзюнь", "Ли", "Цзюнь", gender=None)),
    "nominative_in_vowel": ("Пак Кын Хе", name("Пак Кын Хе", "Пак", "Кын Хе", gender=None)),
    "nominative_in_consonant": ("Ким Чен Ир", name("Ким Чен Ир", "Ким", "Чен Ир", gender=None)),
    "nominative_in_ao": ("Ху Цзиньтао", name("Ху Цзиньтао", "Ху", "Цзиньтао", gender=None)),
    "one_letter_stem": ("Го Ву", name("Го Ву", "Го", "Ву", gender=None)),
    "final_syllable_in_a_vowel": ("Ли Хуа", name("Ли Хуа", "Ли", "Хуа", gender=None)),
}  # fmt: skip


@pytest.mark.parametrize(
    ("spec", "expected"), list(CASES_EAST_ASIAN_NAMES.values()), ids=list(CASES_EAST_ASIAN_NAMES)
)
def test_names_east_asian_normal_name(spec, expected):
    assert normal_name(words_of(spec)) == expected


@pytest.mark.parametrize(
    ("spec", "normal"),
    [("Си Цзиньпином", "Си Цзиньпин"), ("Ли Цзюнем", "Ли Цзюнь"), ("Ли Цзюня", "Ли Цзюнь"),
     ("Ли Хуа", "Ли Хуа")],
)  # fmt: skip
def test_names_east_asian_name_endings(spec, normal):
    # the name as an East Asian one (``normal_name`` decides that by :func:`east_asian`)
    words = words_of(spec)
    assert east_asian_name(words, [" "] * (len(words) - 1)).normal == normal


def test_names_east_asian_name_needs_a_separator_between_each_two_words():
    with pytest.raises(ValueError):
        east_asian_name(words_of("Пан Ги Муна"), [" "])


def test_names_east_asian_surnames_are_the_data_rows():
    surnames = east_asian_surnames()
    assert {"ван", "ли", "ким", "пак", "нгуен", "дэн", "мао"} <= surnames
    assert not {s for s in surnames if not s.isalpha() or s != s.lower()}
    assert "surname" not in surnames


def test_names_east_asian_separators_fold_whitespace():
    parts = normal_name(words_of("Пан Ги Муна"), separators=["\u00a0", " "])
    assert parts == name("Пан Ги Мун", "Пан", "Ги Мун", gender=None)


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # a given name in -ай declines as "Эньлай", "Эньлаю", "Эньлаем"
        pytest.param("Чжоу Эньлаю", "Чжоу Эньлай", marks=pytest.mark.xfail(strict=True)),
    ],
)
def test_names_east_asian_known_gaps(spec, expected):
    assert normal_name(words_of(spec)).normal == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [("Си Цзиньпином", "Си Цзиньпин"), ("Ли Цзюнем", "Ли Цзюнь"), ("Си Цзиньпин", "Си Цзиньпин")],
)
def test_names_east_asian_instrumental_reads_back_to_its_nominative(spec, expected):
    # the instrumental ending does not hide the syllable: "Цзиньпином" -> "Цзиньпин"
    assert normal_name(words_of(spec)).normal == expected


# ------------------------------------------------------- families, first names, adjectives
CASES_SINGULAR = {
    "possessive_masc": ("Ивановы", "masc", "Иванов"),
    "possessive_femn": ("Ивановы", "femn", "Иванова"),
    "adjectival_masc": ("Стругацкие", "masc", "Стругацкий"),
    "adjectival_femn": ("Стругацкие", "femn", "Стругацкая"),
    "consonant": ("Ротенберги", "masc", "Ротенберг"),
    "consonant_femn": ("Ротенберги", "femn", "Ротенберг"),
    "consonant_hard": ("Клинтоны", "masc", "Клинтон"),
    "capitals": ("ИВАНОВЫ", "femn", "ИВАНОВА"),
    "short": ("Ли", "masc", "Ли"),
    "four_letters": ("Буши", "masc", "Буш"),
    "three_letters": ("Уты", "masc", "Уты"),
    "after_a_vowel": ("Накаи", "masc", "Накаи"),
    "no_plural_ending": ("Шойгу", "masc", "Шойгу"),
}  # fmt: skip


@pytest.mark.parametrize(
    ("plural", "gender", "single"), list(CASES_SINGULAR.values()), ids=list(CASES_SINGULAR)
)
def test_names_singular_surname(plural, gender, single):
    assert singular_surname(plural, gender) == single


@pytest.mark.xfail(strict=True, reason="an indeclinable surname's plural is the same word")
def test_names_singular_surname_of_an_indeclinable_family():
    assert singular_surname("Кеннеди", "masc") == "Кеннеди"


@pytest.mark.parametrize(
    ("first", "gender"),
    [("Анна", "femn"), ("Ярослава", "femn"), ("Владимир", "masc"), ("Ярослав", "masc"),
     ("Никита", "masc"), ("Саша", None), ("Женя", None), ("Зюйд", None)],
)  # fmt: skip
def test_names_first_name_gender(first, gender):
    # by the dictionary only: "Саша", "Женя" name either; "Зюйд" is no name it knows
    assert first_name_gender(first) == gender


@pytest.mark.parametrize(
    ("word", "gender", "number", "expected"),
    [("младшего", "masc", "sing", "младший"), ("младшей", "femn", "sing", "младшая"),
     ("младших", "masc", "plur", "младшие"), ("старшего", "femn", "sing", "старшая"),
     ("Путина", "masc", "sing", None), ("Хоулетта", "masc", "sing", None)],
)  # fmt: skip
def test_names_adjective_nominative(word, gender, number, expected):
    found = adjective_nominative(word, gender, number)
    assert found == (None if expected is None else (expected, 1.0))


CASES_INFLECT = {
    "genitive": (("Путина", "last", "Gen", "masc", "sing"), "Путин"),
    "nominative_stays": (("Путина", "last", "Nom", "femn", "sing"), "Путина"),
    "nominative_plural": (("Ивановы", "last", "Nom", "masc", "plur"), "Ивановы"),
    "genitive_plural": (("Ивановых", "last", "Gen", "masc", "plur"), "Ивановы"),
    "double": (("Петрова-Водкина", "last", "Gen", "masc", "sing"), "Петров-Водкин"),
    "adjective_after_hyphen": (("Буша-младшего", "last", "Gen", "masc", "sing"),
                               "Буш-младший"),
    "initial": (("В.", "first", "Gen", "masc", "sing"), "В."),
    "no_reading": (("Хоулетта", "last", "Dat", "masc", "sing"), "Хоулетта"),
    "no_letters": (("Иванова-2", "last", "Gen", "masc", "sing"), "Иванов-2"),
    "e_for_yo": (("Семенова", "last", "Gen", "masc", "sing"), "Семенов"),
    "yo_kept": (("Семёнова", "last", "Gen", "masc", "sing"), "Семёнов"),
    "capitals": (("ПУТИНА", "last", "Gen", "masc", "sing"), "ПУТИН"),
}  # fmt: skip


@pytest.mark.parametrize(
    ("args", "expected"), list(CASES_INFLECT.values()), ids=list(CASES_INFLECT)
)
def test_names_inflect_word(args, expected):
    assert inflect_word(*args) == expected


@pytest.mark.parametrize(
    ("word", "tags", "dictionary", "known"),
    [("Путин", {"Surn"}, {"Surn"}, True), ("Анна", {"Name"}, {"Name"}, True),
     ("Ивановна", {"Patr"}, {"Patr"}, True),
     ("Абрамович", {"Patr", "Surn"}, {"Patr", "Surn"}, True),
     # a patronymic by its suffix alone, not when the word is a surname or name too
     ("Тимуровичем", {"Patr"}, {"Patr"}, True), ("Хабибуллаевич", {"Patr"}, set(), False),
     ("Сиссе", {"Name"}, set(), False), ("В.", set(), set(), False),
     ("стол", set(), set(), True), ("Фухимори", set(), set(), False)],
)  # fmt: skip
def test_names_name_tags(word, tags, dictionary, known):
    assert (name_tags(word), dictionary_name_tags(word), known_word(word)) == (
        tags, dictionary, known)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ("«Бадди»", True),
        ('"Фрэнки Бой"', True),
        ("“Уайти”", True),
        ("Бадди", False),
        ("«Бадди", False),
        ("«", False),
        ("«»", False),
    ],
)
def test_names_is_nickname(text, nickname):
    assert is_nickname(text) is nickname


def test_names_nickname_stays_as_written_while_the_name_declines():
    words = [NameWord("Джеймса", "Case=Gen"), NameWord("«Бадди»"), NameWord("Макгирта", "Case=Gen")]
    parts = normal_name(words)
    assert (parts.normal, parts.first, parts.middle, parts.last) == (
        "Джеймс «Бадди» Макгирт",
        "Джеймс",
        "«Бадди»",
        "Макгирт",
    )


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # no syllable ends in ш, ц, з, …: a final у / ю after them is the syllable's own
        ("Ма Ин Цзю", "Ма Ин Цзю"),
        ("Ли Чжаньшу", "Ли Чжаньшу"),
        ("Ху Цзиньтао", "Ху Цзиньтао"),
        # after н, р and the Korean finals it is a case ending
        ("Пан Ги Муна", "Пан Ги Мун"),
        ("Мао Цзэдуну", "Мао Цзэдун"),
        # а and ом after those consonants are case endings: "Ван Гога" is van Gogh's genitive
        ("Ван Гога", "Ван Гог"),
        ("Ван Гогом", "Ван Гог"),
    ],
)
def test_names_east_asian_case_endings_after_syllable_finals(spec, expected):
    assert normal_name(words_of(spec)).normal == expected


# normal_name is cached: the same words asked with another context, other separators or other
# tagger features must each get their own reading, in any order of asking
CASES_CACHED = [
    pytest.param("Евгению Кузнецову", None, None, "Евгений Кузнецов", id="dative-default"),
    pytest.param("Евгению Кузнецову", None, {"Case": "Acc"}, "Евгения Кузнецова", id="acc"),
    pytest.param("Евгению Кузнецову", ["  "], None, "Евгений Кузнецов", id="two-spaces"),
    pytest.param("Евгению Кузнецову", ["-"], None, "Евгений-Кузнецов", id="hyphen"),
    pytest.param("Иванова", None, None, "Иванов", id="lone-surname-masc"),
    pytest.param("Иванова", None, {"Gender": "Fem"}, "Иванова", id="lone-surname-fem"),
    pytest.param("Иванова", None, {"Gender": "Masc"}, "Иванов", id="lone-surname-masc-verb"),
]


def test_names_normal_name_cache_keeps_context_separators_and_features_apart():
    for order in (CASES_CACHED, CASES_CACHED[::-1], CASES_CACHED * 2):
        for case in order:
            spec, separators, context, expected = case.values
            assert normal_name(words_of(spec), separators, context).normal == expected, case.id
    words = words_of("Иванова")
    fem = [NameWord(w.text, "Case=Nom|Gender=Fem|Number=Sing") for w in words]
    assert normal_name(words).normal == "Иванов"
    assert normal_name(fem).normal == "Иванова"

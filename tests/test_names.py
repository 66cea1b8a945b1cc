"""Personal names (``names.py``): roles of the words, the nominative, gender and number.

Through the public functions (no spaCy models): a name as written, with the tagger's features
where they matter and the features of the word that agrees with it (``context``), and the exact
:class:`~ruextract.names.NameParts` expected. Each rule with a condition has cases on both
sides of it; these cases are what kills the mutants of ``benchmarks/mutation.py names``.
"""

from __future__ import annotations

import pytest

from ruextract.names import NameParts, NameWord, assign_roles, is_initial, normal_name


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


def test_names_separators_are_kept():
    words = words_of("Владимира Путина")
    assert normal_name(words, separators=["\u00a0"]).normal == "Владимир\u00a0Путин"
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

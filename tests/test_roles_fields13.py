"""Roles fields (session 13): the record's status, role string and org, by the causes of the
draw-13 held-out list (``data/gold/roles.md``, "Draw-13 held-out errors, listed"): a genitive
that names the post with its noun ("председатель правительства", "глава белорусского
государства") and a client's genitive after a post serving a person ("адвокат обвиняемого")
(:mod:`ruextract.roles.fields`); a genitive of degree ("самого высокого уровня",
:mod:`ruextract.roles.edges`); a generic org's kind alone for the org named last
(:mod:`ruextract.roles.places`); retirement ("отставной", "в отставке"), an earlier time ("До
этого занимал пост X", "До Петрова"), a mandate ended ("прекратил свои полномочия") and a phase
participle of stopping (:mod:`ruextract.roles.status`, :mod:`ruextract.roles.edges`,
:mod:`ruextract.roles.subjects`); each rule with cases that must match and must not."""

from __future__ import annotations

import pytest

from ruextract.roles import edges
from tests.conftest import labelled_role_rows as rows

PETROV = "Иван Петров"
SAID = "заявил об этом."

ROLE_STRINGS = {
    # "ПРЕДСЕДАТЕЛЬ ПРАВИТЕЛЬСТВА" names the post (fields.POST_GENITIVES)
    "'правительства' stays in the role, the region after it is the org": (
        f"Председатель правительства Ингушетии {PETROV} {SAID}",
        [
            (
                PETROV,
                "председатель правительства",
                "Председатель правительства Ингушетии",
                "Ингушетия",
                "LOC",
                "current",
            )
        ],
    ),
    "'правительства' alone stays the org as well (NEREL's)": (
        f"Председатель правительства {PETROV} {SAID}",
        [
            (
                PETROV,
                "председатель правительства",
                "Председатель правительства",
                "правительство",
                "ORG",
                "current",
            )
        ],
    ),
    "another genitive after 'председатель' is the org: the role is the noun": (
        f"Председатель комитета Госдумы {PETROV} {SAID}",
        [
            (
                PETROV,
                "председатель",
                "Председатель комитета Госдумы",
                "комитет Госдумы",
                "ORG",
                "current",
            )
        ],
    ),
    # A STATE'S NOUN AFTER A COUNTRY'S ADJECTIVE (fields.state_noun)
    "'государства' after the country's adjective joins the role": (
        "Глава белорусского государства Александр Лукашенко заявил об этом.",
        [
            (
                "Александр Лукашенко",
                "глава государства",
                "Глава белорусского государства",
                "Белоруссия",
                "COUNTRY",
                "current",
            )
        ],
    ),
    "'правительства' after the country's adjective joins the role": (
        "Глава российского правительства Михаил Мишустин заявил об этом.",
        [
            (
                "Михаил Мишустин",
                "глава правительства",
                "Глава российского правительства",
                "Россия",
                "COUNTRY",
                "current",
            )
        ],
    ),
    "an adjective that names no country: the row stays as it was": (
        "Глава нового правительства Михаил Мишустин заявил об этом.",
        [
            (
                "Михаил Мишустин",
                "глава",
                "Глава нового правительства",
                "правительство",
                "ORG",
                "current",
            )
        ],
    ),
    "a post that is no head of state keeps its noun out": (
        f"Министр российского правительства {PETROV} {SAID}",
        [(PETROV, "министр", "Министр российского правительства", "Россия", "COUNTRY", "current")],
    ),
    # A GENITIVE OF DEGREE after the post (edges.of_degree)
    "a genitive of degree is no part of the role": (
        f"{PETROV} стал чиновником самого высокого уровня.",
        [(PETROV, "чиновник", "чиновником", None, None, "current")],
    ),
    "'высокого ранга' is no part of the role": (
        f"Дипломат высокого ранга {PETROV} {SAID}",
        [(PETROV, "дипломат", "Дипломат", None, None, "current")],
    ),
    "a social class is no degree: the genitive stays": (
        f"{PETROV}, представитель рабочего класса, {SAID}",
        [
            (
                PETROV,
                "представитель рабочего класса",
                "представитель рабочего класса",
                None,
                None,
                "current",
            )
        ],
    ),
    # A POST SERVING A PERSON without its client's genitive (fields.client_words)
    "a lawyer's client in the genitive is no part of the role": (
        f"Адвокат обвиняемого {PETROV} {SAID}",
        [(PETROV, "адвокат", "Адвокат обвиняемого", None, None, "current")],
    ),
    "a biographer's subject in the genitive is no part of the role": (
        f"В церемонии примут участие биограф знаменитого инженера {PETROV} и его внучка.",
        [(PETROV, "биограф", "биограф знаменитого инженера", None, None, "current")],
    ),
    "a lawyer's domain after 'по' stays in the role": (
        f"Адвокат по уголовным делам {PETROV} {SAID}",
        [
            (
                PETROV,
                "адвокат по уголовным делам",
                "Адвокат по уголовным делам",
                None,
                None,
                "current",
            )
        ],
    ),
    "a lawyer of a named company: the company is the org": (
        f"Адвокат компании «Газпром» {PETROV} {SAID}",
        [(PETROV, "адвокат", "Адвокат компании «Газпром»", "Газпром", "ORG", "current")],
    ),
    "another post's genitive stays in the role: 'ассистентка стоматолога'": (
        "Ассистентка стоматолога Анна Петрова заявила об этом.",
        [
            (
                "Анна Петрова",
                "ассистентка стоматолога",
                "Ассистентка стоматолога",
                None,
                None,
                "current",
            )
        ],
    ),
}

ORGS = {
    # A GENERIC KIND ALONE refers to the org named last (places.named_before, GENERIC_KINDS)
    "'компании' alone is the org named in the sentence before": (
        f"{PETROV} возглавляет «Металлоинвест». С 2006 года {PETROV} работал коммерческим "
        "директором компании.",
        [
            (
                PETROV,
                "директор",
                "коммерческим директором компании",
                "Металлоинвест",
                "ORG",
                "current",
            )
        ],
    ),
    "'ведомства' alone is the service named in the sentence before": (
        f"Министр назначил руководителем Федеральной налоговой службы Ивана Петрова. "
        f"Глава ведомства {PETROV} {SAID}",
        [
            (
                PETROV,
                "руководитель",
                "руководителем Федеральной налоговой службы",
                "Федеральная налоговая служба",
                "ORG",
                "current",
            ),
            (PETROV, "глава", "Глава ведомства", "Федеральная налоговая служба", "ORG", "current"),
        ],
    ),
    "an org named by the kind itself wins over the org named last": (
        f"Компания «Газпром» и банк «Россия» подписали договор. Директор компании {PETROV} {SAID}",
        [(PETROV, "директор", "Директор компании", "Газпром", "ORG", "current")],
    ),
    "an org named two sentences before is too far: the kind stays": (
        f"{PETROV} возглавляет «Металлоинвест». Он живёт в Курске. Сейчас {PETROV} работает "
        "директором компании.",
        [(PETROV, "директор", "директором компании", "компания", "ORG", "current")],
    ),
    "no org named before: the kind stays": (
        f"Директор компании {PETROV} {SAID}",
        [(PETROV, "директор", "Директор компании", "компания", "ORG", "current")],
    ),
}

STATUSES = {
    # RETIREMENT: "отставной" (edges.FORMER_WORDS), "в отставке" after the post (status.retired)
    "a retired adjective makes the post former": (
        f"Отставной полковник {PETROV} {SAID}",
        [(PETROV, "полковник", "Отставной полковник", None, None, "former")],
    ),
    "'в отставке' after the post and its org makes it former": (
        f"{PETROV} — полковник ФСБ в отставке, кавалер ордена Мужества.",
        [(PETROV, "полковник", "полковник ФСБ", "ФСБ", "ORG", "former")],
    ),
    "'в отставке' right after the post before the name": (
        f"Генерал в отставке {PETROV} {SAID}",
        [(PETROV, "генерал", "Генерал", None, None, "former")],
    ),
    "'в отставку' of a resignation handed in is no retirement: current": (
        f"Губернатор {PETROV} подал в отставку.",
        [(PETROV, "губернатор", "Губернатор", None, None, "current")],
    ),
    "'в отставке' of another noun than the post is no retirement: current": (
        f"Губернатор {PETROV} заявил о своей отставке.",
        [(PETROV, "губернатор", "Губернатор", None, None, "current")],
    ),
    # "ДО ЭТОГО … ЗАНИМАЛ ПОСТ X" (status.earlier over a genitive after a post word)
    "a post held as 'пост X' after 'До этого' is former": (
        f"До этого {PETROV} занимал пост заместителя министра финансов.",
        [
            (
                PETROV,
                "заместитель министра финансов",
                "заместителя министра финансов",
                None,
                None,
                "former",
            )
        ],
    ),
    "'пост X' with no earlier time stays current": (
        f"{PETROV} занимает пост заместителя министра финансов.",
        [
            (
                PETROV,
                "заместитель министра финансов",
                "заместителя министра финансов",
                None,
                None,
                "current",
            )
        ],
    ),
    "'До этого' past another finite verb does not reach 'пост X'": (
        f"До этого {PETROV} работал в банке, теперь занимает пост советника министра.",
        [(PETROV, "советник министра", "советника министра", None, None, "current")],
    ),
    "'До' and the successor's name open an earlier time: former": (
        "До Петрова директором завода был Иван Сидоров.",
        [("Иван Сидоров", "директор", "директором завода", "завод", "ORG", "former")],
    ),
    "'до' and a name that is no time: the post stays current": (
        "До Ивана Петрова дошли слухи, что он станет министром.",
        [(PETROV, "министр", "министром", None, None, "current")],
    ),
    "'до' and a year after the post is no earlier time: current": (
        "Иван Сидоров работал директором завода до 2010 года.",
        [("Иван Сидоров", "директор", "директором завода", "завод", "ORG", "current")],
    ),
    # A MANDATE ENDED: "прекратил/сложил полномочия" (status.QUITTING with "полномочие")
    "a mandate ended in the coordinated clause makes the post former": (
        f"В 2011 году {PETROV} избран депутатом Курской областной думы, а в 2018 году "
        "досрочно прекратил свои полномочия.",
        [
            (
                PETROV,
                "депутат",
                "депутатом Курской областной думы",
                "Курская областная дума",
                "ORG",
                "former",
            )
        ],
    ),
    "a mandate laid down after the name makes the post former": (
        f"Президент {PETROV} сложил полномочия в понедельник.",
        [(PETROV, "президент", "Президент", None, None, "former")],
    ),
    "something else stopped is no leaving: current": (
        f"Губернатор {PETROV} прекратил финансирование программы.",
        [(PETROV, "губернатор", "Губернатор", None, None, "current")],
    ),
    "a mandate to be laid down in the future is no leaving: current": (
        f"Губернатор {PETROV} прекратит свои полномочия в мае.",
        [(PETROV, "губернатор", "Губернатор", None, None, "current")],
    ),
    "a mandate in an infinitive is no leaving: current": (
        f"Губернатор {PETROV} намерен сложить полномочия.",
        [(PETROV, "губернатор", "Губернатор", None, None, "current")],
    ),
    "new powers received are no leaving: current": (
        f"Министр {PETROV} получил новые полномочия.",
        [(PETROV, "министр", "Министр", None, None, "current")],
    ),
    # A PHASE PARTICIPLE OF STOPPING before a verb of heading (subjects.aspect_verb)
    "'переставший возглавлять' leaves the post": (
        "Сергей Брин, переставший возглавлять Google, основал новую компанию.",
        [("Сергей Брин", "глава", "возглавлять Google", "Google", "ORG", "former")],
    ),
    "'продолжающий возглавлять' keeps it: current": (
        "Сергей Брин, продолжающий возглавлять Google, основал новую компанию.",
        [("Сергей Брин", "глава", "возглавлять Google", "Google", "ORG", "current")],
    ),
    # "ранее" BESIDE "Бывший" is the participle's time (status.beside_participle)
    "'Бывший ранее' does not reach the post after the copula: current": (
        f"Бывший ранее министром здравоохранения {PETROV} стал начальником штаба.",
        [(PETROV, "начальник штаба", "начальником штаба", None, None, "current")],
    ),
    "'Ранее' opening the copula's clause still makes its post former": (
        f"Ранее {PETROV} был министром здравоохранения.",
        [
            (
                PETROV,
                "министр здравоохранения",
                "министром здравоохранения",
                None,
                None,
                "former",
            )
        ],
    ),
}


@pytest.mark.parametrize("text, expected", ROLE_STRINGS.values(), ids=ROLE_STRINGS.keys())
def test_roles_fields13_role_strings(parse, text, expected):
    assert rows(parse(text)) == expected


@pytest.mark.parametrize("text, expected", ORGS.values(), ids=ORGS.keys())
def test_roles_fields13_orgs(parse, text, expected):
    assert rows(parse(text)) == expected


@pytest.mark.parametrize("text, expected", STATUSES.values(), ids=STATUSES.keys())
def test_roles_fields13_statuses(parse, text, expected):
    assert rows(parse(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("самого высокого уровня", True),
        ("высокого ранга", True),
        ("уровня", True),
        ("самого большого завода", False),  # a superlative of an org's noun
        ("рабочего класса", False),
        ("высокий уровень", False),  # not a genitive
    ],
)
def test_roles_fields13_of_degree(parse, text, expected):
    doc = parse(text)
    assert edges.of_degree(doc, doc[0]) is expected

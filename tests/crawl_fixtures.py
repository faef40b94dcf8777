"""Shared pieces of the crawl tests: a few invented articles for the demo outlets whose pages
data/demo/articles.yaml may not (yet) cover, and a way to render them into a site."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

FIXTURE_ARTICLES: list[dict[str, Any]] = [
    {
        "outlet": "inform_kk", "lang": "kk", "slug": "taraz-akimdiginin-qyzmetkeri-para-alu-ustinde-ustaldy",
        "section": "kz", "published": "2026-11-27T14:05:00+05:00", "author": "Асқар Нұрланұлы",
        "tags": ["сыбайлас жемқорлық", "пара", "Тараз"],
        "title": "Тараз әкімдігінің қызметкері 2 млн теңге пара алу үстінде ұсталды",
        "lead": "Қызметкер кәсіпкерден жер телімі үшін ақша талап еткен.",
        "text": "Жамбыл облысы бойынша Сыбайлас жемқорлыққа қарсы қызмет департаменті Тараз қаласы "
                "әкімдігінің бөлім басшысын ұстады.\n"
                "Тергеу деректеріне сәйкес, ол кәсіпкерден жер телімін беру үшін 2 млн теңге пара алған.\n"
                "Сотқа дейінгі тергеп-тексеру басталды, күдіктіге қамауға алу түріндегі бұлтартпау шарасы "
                "қолданылды.",
        "boilerplate": ["Оқи отырыңыз: Жамбыл облысында жер телімдерін беру тәртібі өзгереді",
                        "Жаңалықтарды бірінші болып Telegram-арнамыздан оқыңыз"],
    },
    {
        "outlet": "anticor_gov", "lang": "ru", "slug": "itogi-raboty-za-oktyabr",
        "published": "2026-11-02T10:00:00+05:00", "tags": ["итоги"],
        "title": "Антикоррупционная служба подвела итоги работы за октябрь",
        "lead": "В октябре выявлено 96 коррупционных правонарушений.",
        "text": "В октябре 2026 года Антикоррупционной службой выявлено 96 коррупционных правонарушений.\n"
                "К уголовной ответственности привлечены 41 должностное лицо, в том числе 7 руководителей "
                "государственных органов.\n"
                "Возмещён ущерб на сумму 1,2 млрд тенге.",
        "boilerplate": ["Подписывайтесь на наш Telegram-канал"],
    },
    {
        "outlet": "anticor_gov", "lang": "kk", "slug": "qazan-aiyndagy-zhumys-qorytyndysy",
        "published": "2026-11-02T10:00:00+05:00", "tags": ["қорытынды"],
        "title": "Сыбайлас жемқорлыққа қарсы қызмет қазан айындағы жұмыс қорытындысын шығарды",
        "lead": "Қазан айында 96 сыбайлас жемқорлық құқық бұзушылығы анықталды.",
        "text": "2026 жылғы қазан айында Сыбайлас жемқорлыққа қарсы қызмет 96 сыбайлас жемқорлық құқық "
                "бұзушылығын анықтады.\n"
                "Қылмыстық жауапкершілікке 41 лауазымды тұлға тартылды, оның ішінде мемлекеттік органдардың "
                "7 басшысы бар.\n"
                "1,2 млрд теңге залал өтелді.",
        "boilerplate": ["Біздің Telegram-арнамызға жазылыңыз"],
    },
    {
        "outlet": "egemen", "lang": "kk", "slug": "shymkentte-byudzhet-qarazhatyn-zhymqyrgan-direktor-sottaldy",
        "published": "2026-11-20T09:15:00+05:00", "author": "Гүлнар Сейітқызы",
        "tags": ["сот", "жымқыру", "Шымкент"],
        "title": "Шымкентте бюджет қаражатын жымқырған директор сотталды",
        "lead": "Мектеп директоры 45 млн теңгені жымқырғаны үшін 5 жылға бас бостандығынан айырылды.",
        "text": "Шымкент қалалық сотының үкімімен мектеп директоры 5 жылға бас бостандығынан айырылды.\n"
                "Сот оның 2025 жылы жөндеу жұмыстарына бөлінген 45 млн теңге бюджет қаражатын жымқырғанын "
                "анықтады.\n"
                "Келтірілген залал толық өтелді, үкім заңды күшіне енген жоқ.",
        "boilerplate": ["Оқи отырыңыз: Шымкентте жаңа мектептер салынады"],
    },
    {
        # The same report republished by another outlet under its own URL.
        "outlet": "egemen", "lang": "kk", "slug": "taraz-akimdiginin-qyzmetkeri-ustaldy-qaita",
        "published": "2026-11-27T16:00:00+05:00", "tags": ["пара"],
        "duplicate_of": "taraz-akimdiginin-qyzmetkeri-para-alu-ustinde-ustaldy",
    },
]


def write_articles(path: Path, articles: list[dict[str, Any]] = FIXTURE_ARTICLES) -> Path:
    path.write_text(yaml.safe_dump(articles, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path

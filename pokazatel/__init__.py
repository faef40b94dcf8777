"""pokazatel: Kazakhstan's Russian- and Kazakh-language corruption news as a searchable database of
articles, entities and reported figures.

The Python API, which the `pokazatel` command line is a thin layer over::

    import pokazatel
    pokazatel.crawl(None, db_path="news.db")           # every enabled source into news.db
    db = pokazatel.open_db("news.db")
    pokazatel.process(db)                              # tag what is new
    articles = pokazatel.search(db, "взятки")          # dicts, best first
    records = list(pokazatel.analyse([{"id": 1, "text": "Осуждены 2 сотрудника."}]))

Each name is imported on first use, so `import pokazatel` stays fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__all__ = ["load_pipeline", "analyse", "open_db", "search", "stats", "export", "crawl", "process"]

_HOMES = {
    "load_pipeline": ("pokazatel.nlp.pipeline", "load_pipeline"),
    "analyse": ("pokazatel.nlp.pipeline", "analyse"),
    "open_db": ("pokazatel.store.db", "open_db"),
    "search": ("pokazatel.store.search", "search"),
    "stats": ("pokazatel.store.stats", "aggregate"),
    "export": ("pokazatel.store.export", "export"),
    "crawl": ("pokazatel.crawlers.run", "crawl"),
    "process": ("pokazatel.flows.process", "process_articles"),
}

if TYPE_CHECKING:
    from pokazatel.crawlers.run import crawl
    from pokazatel.flows.process import process_articles as process
    from pokazatel.nlp.pipeline import analyse, load_pipeline
    from pokazatel.store.db import open_db
    from pokazatel.store.export import export
    from pokazatel.store.search import search
    from pokazatel.store.stats import aggregate as stats


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'pokazatel' has no attribute {name!r}")
    module, attribute = _HOMES[name]
    value = getattr(importlib.import_module(module), attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
# A warning in a crawl subprocess (a deprecated Scrapy API, say) fails the crawl, and so the test.
os.environ.setdefault("POKAZATEL_STRICT_WARNINGS", "1")

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED = PROJECT_ROOT.parent / "shared"
GOLD_DEV = SHARED / "gold" / "dev.jsonl"


@pytest.fixture
def pokazatel_cmd() -> list[str]:
    """The CLI as a user runs it: a separate process."""
    return [sys.executable, "-m", "pokazatel"]


@pytest.fixture(scope="session")
def prefect_harness():
    """A throwaway Prefect API for flow tests, started once per test session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(scope="module")
def ner():
    """The Russian entity component (natasha and the Kazakhstan rules) in a blank Russian pipeline."""
    import pokazatel.nlp.ru.entities  # noqa: F401  (registers the factory)
    import spacy

    pipeline = spacy.blank("ru")
    pipeline.add_pipe("pokazatel_entities_ru")
    return pipeline


@pytest.fixture(scope="module")
def kk_ner():
    """The Kazakh entity component (the shipped models, gazetteer and organisation rules) in a blank Kazakh pipeline."""
    import pokazatel.nlp.kk.entities  # noqa: F401  (registers the factory and the "kk" language)
    import spacy

    pipeline = spacy.blank("kk")
    pipeline.add_pipe("pokazatel_entities_kk")
    return pipeline


def write_iob2(path: Path, sentences: list[list[tuple[str, str]]]) -> Path:
    """A KazNERD-shaped file: one "word TAG" line per token, sentences apart by a blank line."""
    path.write_text("\n\n".join("\n".join(f"{w} {t}" for w, t in s) for s in sentences) + "\n", encoding="utf-8")
    return path

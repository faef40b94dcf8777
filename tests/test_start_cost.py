"""What `pokazatel extract` loads at start (issue 16): only what tagging its input needs. Each check runs the
command line in a fresh interpreter and looks at what that process imported and built; none measures time."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import GOLD_DEV

# Runs extract in this interpreter, then reports what it loaded (stdout carries the records, so stderr).
PROBE = """
import json, sys
from pokazatel.cli.main import main
status = main(["extract", sys.argv[1], "--workers", sys.argv[2]])
report = {"status": status, "modules": sorted(sys.modules)}
if "pokazatel.nlp.pipeline" in sys.modules:
    from pokazatel.nlp.kk.entities import load_ner_model
    from pokazatel.nlp.kk.gazetteer import load_gazetteer
    from pokazatel.nlp.pipeline import load_pipeline
    report["pipelines"] = load_pipeline.cache_info().currsize
    report["kazakh_ner_models"] = load_ner_model.cache_info().currsize
    report["kazakh_gazetteers"] = load_gazetteer.cache_info().currsize
import spacy.cli  # the real spaCy command line still loads when asked for
report["spacy_cli_complete"] = hasattr(spacy.cli, "train") and hasattr(spacy.cli, "info")
report["spacy_info"] = sorted(spacy.info())[:1]  # spacy.info still works: the real one, imported when called
print(json.dumps(report), file=sys.stderr)
"""


def gold_file(tmp_path, lang: str, count: int):
    articles = [json.loads(line) for line in GOLD_DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    chosen = [a for a in articles if a["lang"] == lang][:count]
    path = tmp_path / f"{lang}.jsonl"
    path.write_text("".join(json.dumps({"id": a["id"], "title": a.get("title", ""), "text": a["text"]},
                                       ensure_ascii=False) + "\n" for a in chosen), encoding="utf-8")
    return path, chosen


def probe(path, workers: int) -> tuple[list[dict], dict]:
    result = subprocess.run([sys.executable, "-c", PROBE, str(path), str(workers)], capture_output=True, text=True,
                            check=True)
    return [json.loads(line) for line in result.stdout.splitlines()], json.loads(result.stderr.splitlines()[-1])


def test_russian_input_builds_only_the_russian_pipeline_and_no_unneeded_library(tmp_path):
    path, articles = gold_file(tmp_path, "ru", 3)
    records, report = probe(path, 1)
    assert report["status"] == 0
    assert [r["id"] for r in records] == [a["id"] for a in articles]
    assert all(r["lang"] == "ru" for r in records) and any(r["entities"] for r in records)
    assert report["pipelines"] == 1 and report["kazakh_ner_models"] == 0  # the Kazakh pipeline was never built
    modules = set(report["modules"])
    # scipy (the classifier scores with numpy), sqlite_utils (no database), natasha's package (its NER model is
    # loaded from slovnet and navec), spaCy's commands: none is imported by tagging
    assert not modules & {"scipy", "scipy.sparse", "sqlite_utils", "natasha", "spacy.cli.train",
                          "spacy.cli.init_config", "spacy.cli.project", "spacy.cli._util", "weasel", "typer",
                          "httpx", "requests", "pokazatel.cli.crawl_command", "pokazatel.crawlers.demo_site"}
    assert {"spacy", "slovnet", "pokazatel.nlp.ru.ner_model"} <= modules
    assert report["spacy_cli_complete"] and report["spacy_info"] == ["location"]


def test_kazakh_input_builds_the_kazakh_pipeline_on_demand(tmp_path):
    path, articles = gold_file(tmp_path, "kk", 2)
    records, report = probe(path, 1)
    assert report["status"] == 0 and [r["lang"] for r in records] == ["kk", "kk"]
    # the Russian pipeline was not built; the Kazakh one loaded its two models once each (spaCy's and the CRF)
    assert report["pipelines"] == 1 and report["kazakh_ner_models"] == 2
    assert report["kazakh_gazetteers"] == 1  # the CRF's features and the rules read the same index


def test_with_workers_the_models_load_once_in_the_process_that_forks_them(tmp_path):
    path, articles = gold_file(tmp_path, "ru", 4)
    records, report = probe(path, 2)
    assert report["status"] == 0
    assert records == probe(path, 1)[0]  # the same records as one process gives, in input order
    assert any(r["entities"] for r in records)
    # on Linux the parent built the pipeline its workers were forked with: the Russian one only, for Russian
    # input (elsewhere the workers are spawned and load it themselves)
    assert report.get("pipelines", 0) == (1 if sys.platform.startswith("linux") else 0)
    assert report.get("kazakh_ner_models", 0) == 0
    assert "sqlite_utils" not in set(report["modules"])


def test_spacys_registries_read_the_same_entry_points_grouped_once():
    """catalogue looks a group up in a dict made once (nlp/entry_point_groups.py): each group holds what
    importlib.metadata selects for it, in the same order, and spaCy still finds this package's components."""
    from importlib.metadata import entry_points

    import catalogue
    from pokazatel.nlp import extensions  # noqa: F401
    from spacy.util import registry

    assert type(catalogue.AVAILABLE_ENTRY_POINTS) is dict  # no `select`: catalogue reads it with .get
    everything = entry_points()
    for group in ("spacy_factories", "spacy_languages", "spacy_tokenizers"):
        assert list(catalogue.AVAILABLE_ENTRY_POINTS.get(group, [])) == list(everything.select(group=group))
    assert "pokazatel_statistics" in [point.name for point in everything.select(group="spacy_factories")]
    assert "pokazatel_statistics" in registry._entry_point_factories.get_all()
    assert "kk" in registry.languages.get_all()


def test_import_loads_no_spacy(tmp_path):
    """`import` reads articles and guesses their language (Latin-script Kazakh read back into Cyrillic): no tagging,
    so no spaCy. Entity round 13's Latin first-name check once took its name list from the Kazakh tagger's module
    and with it spaCy: `import`'s own peak memory doubled (41 → 81 MB)."""
    articles = tmp_path / "articles.jsonl"
    article = {"id": 1, "title": "Ashat Nurlanuly ustaldy", "text": "Pavlodar oblysynda para alǵan sheneýnik ustaldy."}
    articles.write_text(json.dumps(article) + "\n", encoding="utf-8")
    probe = ("import json, sys; from pokazatel.cli.main import main; "
             "status = main(['import', sys.argv[1], '--db', sys.argv[2]]); "
             "print(json.dumps({'status': status, 'spacy': 'spacy' in sys.modules}), file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", probe, str(articles), str(tmp_path / "news.db")],
                            capture_output=True, text=True, check=True)
    assert json.loads(result.stderr.splitlines()[-1]) == {"status": 0, "spacy": False}

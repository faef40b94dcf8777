"""A pipeline saved with `nlp.to_disk` loads with plain `spacy.load` in a new process, where spaCy finds the
components and the `kk` language through the distribution's entry points alone, and gives the same
records as the pipeline in this process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pokazatel.nlp.pipeline import analyse_with, load_pipeline

GOLD_DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "gold" / "dev.jsonl"

# The new process imports nothing of pokazatel before spacy.load, so only entry points can register the
# factories and the language; it then turns the loaded pipeline's Docs into records.
FRESH_PROCESS = """
import json, sys
import spacy
assert not [m for m in sys.modules if m.startswith("pokazatel")]
nlp = spacy.load(sys.argv[1])
from pokazatel.nlp.pipeline import analyse_with
records = json.loads(sys.stdin.read())
print(json.dumps({"lang": nlp.lang, "pipeline": nlp.pipe_names, "records": list(analyse_with(nlp, records))}))
"""


def gold_articles(lang: str, count: int) -> list[dict]:
    articles = [json.loads(line) for line in GOLD_DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    chosen = [a for a in articles if a["lang"] == lang and a["statistics"]][:count]
    return [{key: a[key] for key in ("id", "text", "title", "published") if key in a} for a in chosen]


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_saved_pipeline_loads_in_a_new_process_and_gives_the_same_records(lang, tmp_path):
    nlp = load_pipeline(lang)
    articles = gold_articles(lang, 3)
    expected = list(analyse_with(nlp, articles))
    assert any(record["statistics"] for record in expected) and any(record["entities"] for record in expected)
    nlp.to_disk(tmp_path / lang)

    result = subprocess.run([sys.executable, "-c", FRESH_PROCESS, str(tmp_path / lang)], input=json.dumps(articles),
                            capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    loaded = json.loads(result.stdout)
    assert loaded["lang"] == lang
    assert loaded["pipeline"] == nlp.pipe_names
    assert loaded["records"] == json.loads(json.dumps(expected))


def test_kazakh_entities_and_classifier_travel_with_the_saved_pipeline(tmp_path):
    load_pipeline("kk").to_disk(tmp_path)
    assert (tmp_path / "pokazatel_entities_kk" / "ner" / "config.cfg").exists()
    assert (tmp_path / "pokazatel_entities_kk" / "ner" / "common_words.txt").stat().st_size > 0
    assert (tmp_path / "pokazatel_entities_kk" / "crf" / "ner" / "model.crfsuite").exists()  # the second model
    assert (tmp_path / "pokazatel_classifier" / "model.json.gz").exists()

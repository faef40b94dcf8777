"""`pokazatel eval LABELS --texts DIR`: labels without texts joined with an articles folder and scored.
The articles are written here (no real-news text enters the repository)."""

import json
import subprocess
import sys

import pytest
from conftest import GOLD_DEV, PROJECT_ROOT
from pokazatel.cli.eval_command import _read_gold
from pokazatel.nlp.evaluation.real import LabelError, join_texts, score_labelled

ARTICLES = [
    {"id": "t:1", "lang": "ru", "title": "В Таразе аким задержан при получении взятки",
     "text": "Антикоррупционная служба задержала акима сельского округа при получении взятки "
             "в размере 3 млн тенге за выделение земельного участка. Начато досудебное расследование."},
    {"id": "t:2", "lang": "ru", "title": "В Павлодаре открыли новый каток",
     "text": "В Павлодаре после ремонта открылся городской каток. За первые выходные его посетили "
             "1200 человек, сообщили в отделе физической культуры и спорта."},
    {"id": "t:3", "lang": "ru", "title": "Курс тенге укрепился к доллару",
     "text": "На утренних торгах Казахстанской фондовой биржи доллар подешевел на 2 тенге. "
             "Аналитики связывают это с ростом цен на нефть."},
]
LABELS = [
    {"id": "t:1", "file": "week.jsonl", "relevant": True, "topic": "bribery",
     "statistics": [{"value": 3000000, "unit": "KZT", "event": "bribe", "object": "", "period": None}]},
    {"id": "t:2", "file": "week.jsonl", "relevant": False, "topic": "other", "statistics": []},
    {"id": "t:3", "relevant": False, "topic": "other", "statistics": []},  # no "file": every file is searched
]

# every shipped set but data/eval/real/heldout.jsonl, which is never read but to measure it once
EVAL_SETS = [*PROJECT_ROOT.glob("data/eval/*.jsonl"), PROJECT_ROOT / "data" / "eval" / "real" / "dev.jsonl",
             PROJECT_ROOT / "data" / "eval" / "real" / "dev_scored2.jsonl",
             PROJECT_ROOT / "data" / "eval" / "real" / "dev_scored3.jsonl", GOLD_DEV]


@pytest.fixture
def labelled_set(tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    # U+2028 inside a text must not split its record (str.splitlines would)
    articles = [*ARTICLES[:2], {**ARTICLES[2], "text": ARTICLES[2]["text"] + "\u2028Подробнее позже."}]
    (texts / "week.jsonl").write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles),
                                      encoding="utf-8")
    labels = tmp_path / "labels.jsonl"
    labels.write_text("".join(json.dumps(label, ensure_ascii=False) + "\n" for label in LABELS), encoding="utf-8")
    return labels, texts


def _pokazatel(*args):
    return subprocess.run([sys.executable, "-m", "pokazatel", *map(str, args)], capture_output=True, text=True,
                          timeout=600)


def test_join_completes_labels_with_title_text_and_lang(labelled_set):
    labels, texts = labelled_set
    joined = join_texts([json.loads(line) for line in labels.read_text(encoding="utf-8").splitlines()], texts)
    assert [record["title"] for record in joined] == [article["title"] for article in ARTICLES]
    assert joined[2]["text"].endswith("Подробнее позже.") and joined[0]["lang"] == "ru"
    with pytest.raises(LabelError, match="t:9"):
        join_texts([{"id": "t:9", "file": "week.jsonl"}], texts)


def test_scores_count_figures_from_articles_not_about_corruption():
    labels = [{"id": i, "relevant": i == "a", "topic": "bribery" if i == "a" else "other",
               "statistics": [{"value": 5, "unit": "person", "event": "detained"}] if i == "a" else []}
              for i in ("a", "b", "c", "d")]
    figure = {"value": 5.0, "unit": "person", "event": "detained"}
    noise = {"value": 12.0, "unit": "percent", "event": "other"}
    predictions = {"a": {"relevant": True, "topic": "bribery", "statistics": [figure]},
                   "b": {"relevant": True, "topic": "fraud", "statistics": [noise, noise]},
                   "c": {"relevant": False, "topic": "other", "statistics": []},
                   "d": {"relevant": False, "topic": "other", "statistics": []}}
    scores = score_labelled(labels, predictions)
    assert scores["relevance"]["precision"] == 0.5 and scores["relevance"]["recall"] == 1.0
    assert scores["figures_not_about_corruption"] == 2
    assert scores["figures_not_about_corruption_per_400"] == 200.0
    assert (scores["statistics"]["tp"], scores["statistics"]["predicted"], scores["statistics"]["gold"]) == (1, 3, 1)
    assert scores["topic_accuracy_on_relevant"] == 1.0


def test_eval_command_scores_a_tiny_labelled_set(labelled_set):
    labels, texts = labelled_set
    result = _pokazatel("eval", labels, "--texts", texts, "--json")
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)["labelled"]
    assert scores["articles"] == 3
    assert scores["relevance"]["f1"] == 1.0
    assert scores["figures_not_about_corruption"] == 0
    assert scores["statistics"]["tp"] == 1 and scores["statistics"]["gold"] == 1

    printed = _pokazatel("eval", labels, "--texts", texts)
    assert printed.returncode == 0
    assert "figures from articles not about corruption: 0 (0.0 per 400 articles)" in printed.stdout
    assert "relevant         P 1.000  R 1.000  F1 1.000" in printed.stdout


def test_eval_of_labels_without_texts_or_with_an_unknown_id_is_a_usage_error(labelled_set, tmp_path):
    labels, texts = labelled_set
    result = _pokazatel("eval", labels)
    assert result.returncode == 2 and "--texts" in result.stderr and result.stderr.count("\n") == 1
    unknown = tmp_path / "unknown.jsonl"
    unknown.write_text(json.dumps({"id": "t:404", "file": "week.jsonl", "relevant": False, "topic": "other",
                                   "statistics": []}) + "\n", encoding="utf-8")
    result = _pokazatel("eval", unknown, "--texts", texts)
    assert result.returncode == 2 and "t:404" in result.stderr and "Traceback" not in result.stderr


def test_eval_refuses_a_record_whose_topic_schema_does_not_have(labelled_set, tmp_path):
    _, texts = labelled_set
    gold = tmp_path / "gold.jsonl"
    records = [{"id": "g-1", "text": "Аким задержан при получении взятки.", "relevant": True, "topic": "bribery",
                "entities": [], "statistics": []},
               {"id": "g-2", "text": "Суд конфисковал дом бывшего акима.", "relevant": True, "topic": "recovered",
                "entities": [], "statistics": []}]
    gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    result = _pokazatel("eval", gold)
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "gold.jsonl:2" in result.stderr and "'g-2'" in result.stderr and "'recovered'" in result.stderr
    labels = tmp_path / "labels.jsonl"
    labels.write_text(json.dumps({**LABELS[0], "topic": None}) + "\n", encoding="utf-8")
    result = _pokazatel("eval", labels, "--texts", texts)
    assert result.returncode == 2 and "'t:1'" in result.stderr and "None" in result.stderr


@pytest.mark.parametrize("path", sorted(EVAL_SETS), ids=lambda path: path.name)
def test_every_shipped_set_names_only_schema_topics(path):
    assert _read_gold(path)

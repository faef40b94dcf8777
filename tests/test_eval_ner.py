"""factRuEval scoring on a small devset in the factRuEval file format, written here."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
from pokazatel.nlp.evaluation.factru import evaluate_factru, evaluate_gold_entities

TEXT = "Олжас Бектенов прилетел в Астану. Мэрия Москвы молчит."
# (span id, span type, token numbers) and (object id, object type, span ids), as the README describes
SPANS = [("s1", "name", [1]), ("s2", "surname", [2]), ("s3", "loc_name", [5]),
         ("s4", "org_descr", [7]), ("s5", "loc_name", [8])]
OBJECTS = [("o1", "Person", ["s1", "s2"]), ("o2", "Location", ["s3"]), ("o3", "Org", ["s4", "s5"]),
           ("o4", "LocOrg", ["s5"])]


def write_document(folder: Path, name: str, text: str = TEXT) -> None:
    tokens = [(m.start(), m.group()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    token_id = {number: 100 + number for number in range(1, len(tokens) + 1)}
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.tokens").write_text(
        "".join(f"{token_id[n]} {start} {len(word)} {word}\n" for n, (start, word) in enumerate(tokens, 1)),
        encoding="utf-8")
    span_lines = []
    for span_id, span_type, numbers in SPANS:
        start, end = tokens[numbers[0] - 1][0], tokens[numbers[-1] - 1][0] + len(tokens[numbers[-1] - 1][1])
        span_lines.append(f"{span_id} {span_type} {start} {end - start} {token_id[numbers[0]]} {len(numbers)}  # x\n")
    (folder / f"{name}.spans").write_text("".join(span_lines), encoding="utf-8")
    (folder / f"{name}.objects").write_text(
        "".join(f"{oid} {otype} {' '.join(ids)} # x\n" for oid, otype, ids in OBJECTS), encoding="utf-8")


def fixed_tagger(text: str) -> list[tuple[int, int, str]]:
    """PER right, one of two places, and an organisation factRuEval does not count as a name."""
    def at(phrase: str, label: str) -> tuple[int, int, str]:
        start = text.index(phrase)
        return start, start + len(phrase), label
    return [at("Олжас Бектенов", "PER"), at("Астану", "LOC"), at("Мэрия Москвы", "ORG")]


@pytest.fixture
def devset(tmp_path: Path) -> Path:
    write_document(tmp_path, "book_1")
    write_document(tmp_path, "book_2")
    return tmp_path


def test_scores_follow_the_factru_definition_of_each_type(devset):
    scores = evaluate_factru(devset, taggers={"fixed": fixed_tagger})["fixed"]
    assert scores["PER"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 4, "fp": 0, "fn": 0}
    # Москвы is a LocOrg place inside the organisation: gold LOC, predicted ORG.
    assert scores["LOC"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667, "tp": 2, "fp": 0, "fn": 2}
    # Only org_name spans count as ORG, and this Org has none.
    assert scores["ORG"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0, "fp": 4, "fn": 0}


def test_limit_scores_only_the_first_documents(devset):
    result = evaluate_factru(devset, limit=1, taggers={"fixed": fixed_tagger})
    assert result["documents"] == 1
    assert result["fixed"]["PER"]["tp"] == 2


def test_pipeline_and_natasha_are_scored_side_by_side_and_rules_do_not_lose(devset):
    result = evaluate_factru(devset)
    assert set(result) == {"pipeline", "natasha", "documents"}
    for label in ("PER", "ORG", "LOC"):
        assert result["pipeline"][label]["f1"] >= result["natasha"][label]["f1"]
    assert result["pipeline"]["PER"]["recall"] == 1.0


def test_a_half_scores_only_the_documents_whose_number_has_that_parity(tmp_path):
    for name in ("book_7", "book_10", "book_12"):
        write_document(tmp_path, name)
    odd = evaluate_factru(tmp_path, taggers={"fixed": fixed_tagger}, half="odd")
    even = evaluate_factru(tmp_path, taggers={"fixed": fixed_tagger}, half="even")
    assert (odd["documents"], even["documents"]) == (1, 2)
    assert (odd["fixed"]["PER"]["tp"], even["fixed"]["PER"]["tp"]) == (2, 4)


def test_a_half_with_no_document_is_an_error_of_the_command(tmp_path):
    write_document(tmp_path, "book_1")
    done = subprocess.run([sys.executable, "-m", "pokazatel", "eval", "--factru", str(tmp_path), "--factru-half",
                           "even"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0 and "even half" in done.stderr
    assert "Traceback" not in done.stderr


def test_an_empty_folder_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        evaluate_factru(tmp_path)


def test_gold_entities_match_on_label_and_norm_case_insensitively(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        '{"id": "a", "lang": "ru", "text": "Материалы направлены в Антикоррупционную службу.", '
        '"entities": [{"text": "Антикоррупционную службу", "label": "ORG", "norm": "антикоррупционная служба"}]}\n'
        '{"id": "b", "lang": "kk", "text": "Астанада", "entities": []}\n', encoding="utf-8")
    assert evaluate_gold_entities(gold) == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 1, "fp": 0, "fn": 0}

"""The CRF Kazakh NER: trained end to end on a tiny KazNERD-format file (cross-validation, the final
model, saving, loading, scoring), and the shipped model inside pokazatel_entities_kk."""

import itertools
import json
import random
import subprocess
import sys

import pytest
import spacy
from conftest import SHARED, write_iob2
from pokazatel.nlp.evaluation.kaznerd import evaluate_kaznerd
from pokazatel.nlp.evaluation.kaznerd_corpus import read_iob2
from pokazatel.nlp.kk.crf import sentence_features
from pokazatel.nlp.kk.iob import iob_spans
from pokazatel.nlp.kk.language import Kazakh  # noqa: F401  (registers "kk")
from pokazatel.nlp.training.ner_kk_crf import features_digest, train_crf, train_crf_with_report, train_ner_kk_crf

FIRST_NAMES = ["Ерлан", "Азамат", "Гүлнар", "Дәурен", "Айдос", "Мәди", "Серік", "Қайрат", "Бауыржан", "Динара"]
SURNAMES = ["Жақыпов", "Байжанов", "Сейітова", "Әбенов", "Қалиев", "Серікбаев", "Ахметов", "Омарова", "Нұрланов"]
PLACES = ["Астана", "Шымкент", "Павлодар", "Атырау", "Тараз", "Орал", "Ақтау", "Семей"]
BODIES = [["Полиция", "департаменті"], ["Экономикалық", "тергеу", "департаменті"], ["Мемлекеттік", "кірістер",
          "департаменті"]]


def _sentences() -> list[list[tuple[str, str]]]:
    rng = random.Random(3)
    people = list(itertools.product(FIRST_NAMES, SURNAMES))
    rng.shuffle(people)
    sentences = []
    for n, (first, last) in enumerate(people[:60]):
        place, body = PLACES[n % len(PLACES)], BODIES[n % len(BODIES)]
        organisation = [(place, "B-ORGANISATION"), ("облысы", "I-ORGANISATION"), ("бойынша", "I-ORGANISATION")]
        organisation += [(w, "I-ORGANISATION") for w in body]
        if n % 2:
            sentences.append(organisation + [(first, "B-PERSON"), (last, "I-PERSON"), ("есімді", "O"),
                                             ("азаматты", "O"), ("ұстады", "O"), (".", "O")])
        else:
            sentences.append([("Кеше", "B-DATE"), (first, "B-PERSON"), (last, "I-PERSON"), (place, "B-GPE"),
                              ("қаласына", "O"), ("барды", "O"), (".", "O")])
    return sentences


@pytest.fixture(scope="module")
def kaznerd_file(tmp_path_factory):
    return write_iob2(tmp_path_factory.mktemp("kaznerd") / "IOB2_tiny.txt", _sentences())


def test_iob_tags_become_spans_and_a_stray_inside_tag_starts_one():
    tags = ["B-PER", "I-PER", "O", "I-ORG", "I-ORG", "B-LOC"]
    assert iob_spans(tags) == [(0, 2, "PER"), (3, 5, "ORG"), (5, 6, "LOC")]


def test_features_see_the_stem_the_endings_and_the_neighbours():
    features = sentence_features(["Полиция", "департаментінің", "басшысы"])
    middle = set(features[1])
    assert "stem=департамент" in middle and "end=інің" in middle
    assert "-1w=полиция" in middle and "1stem=басшы" in middle
    assert "class=head" in middle  # an organisation head of data/kazakh/org_rules.yaml


def test_training_cross_validates_then_saves_a_model_trained_on_everything(kaznerd_file, tmp_path):
    out_dir = tmp_path / "ner-kk"
    summary = train_ner_kk_crf(kaznerd_file, out_dir, grid=[(0.01, 0.05, 30), (0.1, 0.05, 30)], log=lambda _: None)
    cv = summary["cross_validation"]
    assert summary["trained_on_all"] and summary["train_sentences"] == 60
    assert len(cv["settings"]) == 2 and len(cv["per_fold_micro_f1"]) == 5
    assert (summary["c1"], summary["max_iterations"]) in ((0.01, 30), (0.1, 30))
    pooled = cv["scores"]
    assert pooled["micro"]["tp"] + pooled["micro"]["fn"] > 60 and pooled["micro"]["f1"] > 0.8
    assert pooled["ORG"]["f1"] > 0.8  # the five-word organisation chains, exactly
    assert (out_dir / "ner" / "model.crfsuite").exists() and (out_dir / "common_words.txt").exists()

    nlp = spacy.load(out_dir)
    assert set(nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC"}
    doc = nlp("Тараз облысы бойынша Полиция департаменті Айдос Омарова есімді азаматты ұстады .")
    assert {(e.text, e.label_) for e in doc.ents} == {
        ("Тараз облысы бойынша Полиция департаменті", "ORG"), ("Айдос Омарова", "PER")}

    component = spacy.blank("kk")
    component.add_pipe("pokazatel_entities_kk", config={"model_dir": str(out_dir)})
    found = {(e.label_, e._.norm) for e in component(
        "Тараз облысы бойынша Полиция департаменті Айдос Омароваға қатысты іс қозғады.").ents}
    assert {("ORG", "Тараз облысы бойынша Полиция департаменті"), ("PER", "Айдос Омарова")} <= found

    result = evaluate_kaznerd(kaznerd_file, out_dir)
    assert result["seen_in_training"] and result["cross_validated"] == pooled
    assert result["no_crf"]["micro"]["f1"] > 0.8  # the same model inside pokazatel_entities_kk
    # as the second model: scored beside the first, and flagged as having seen the held-out sentences
    result = evaluate_kaznerd(kaznerd_file, out_dir, crf_dir=out_dir)
    assert result["crf_seen_in_training"] and result["component"]["micro"]["f1"] > 0.8
    assert result["no_crf"]["micro"]["f1"] > 0.8


def test_training_is_deterministic_so_the_same_features_rebuild_the_same_model(kaznerd_file):
    sentences = read_iob2(kaznerd_file)
    assert train_crf(sentences, 0.01, 0.05, 30) == train_crf(sentences, 0.01, 0.05, 30)
    assert train_crf(sentences, 0.01, 0.05, 30) != train_crf(sentences[1:], 0.01, 0.05, 30)
    assert features_digest(sentences) != features_digest(sentences[1:])


def test_training_reports_whether_lbfgs_stopped_at_the_iteration_limit_or_before(kaznerd_file):
    sentences = read_iob2(kaznerd_file)
    model, cut_short = train_crf_with_report(sentences, 0.01, 0.05, 20)
    assert model == train_crf(sentences, 0.01, 0.05, 20)
    assert cut_short["iterations"] == 20 and "maximum number of iterations" in cut_short["ended"]
    assert set(cut_short["loss_by_iteration"]) == {10, 20}
    _, unlimited = train_crf_with_report(sentences, 0.01, 0.05, 2000)
    assert 20 < unlimited["iterations"] < 2000 and "maximum" not in unlimited["ended"]
    assert unlimited["loss"] < cut_short["loss"] and unlimited["active_features"] > 0


def test_the_shipped_crf_was_trained_on_the_features_the_code_makes_today():
    """The shipped CRF's features as today's code and data files make them: else its documented command no
    longer rebuilds it (an entry added to the gazetteer after the fold CRFs of round 4 changed five sentences'
    features, and the retrained models differed)."""
    from pokazatel.nlp.kk.entities import DEFAULT_CRF_DIR

    summary = json.loads((DEFAULT_CRF_DIR / "training.json").read_text(encoding="utf-8"))
    sentences = read_iob2(SHARED / "data" / "KazNERD" / summary["kaznerd_file"])
    assert summary["train_sentences"] == len(sentences)
    assert features_digest(sentences) == summary["features_sha256"], (
        "the CRF's features changed (the gazetteer, org_rules.yaml's word classes, the stemmer or nlp/kk/crf.py): "
        "retrain data/models/ner-kk-crf with the command in its README.md")


def test_the_cli_trains_the_crf_and_refuses_a_missing_file(kaznerd_file, tmp_path):
    command = [sys.executable, "-m", "pokazatel", "train", "ner-kk", "--kaznerd", str(kaznerd_file),
               "--out", str(tmp_path / "model"), "--ner-model", "crf"]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout[done.stdout.index("{"):])
    assert report["model"] == "crf" and report["cross_validation"]["folds"] == 5
    missing_file = [*command[:5], str(tmp_path / "none.txt"), "--out", str(tmp_path / "m"), "--ner-model", "crf"]
    missing = subprocess.run(missing_file, capture_output=True, text=True, check=False)
    assert missing.returncode == 2 and "Traceback" not in missing.stderr


def test_the_cli_cross_validates_and_trains_one_given_setting(kaznerd_file, tmp_path):
    command = [sys.executable, "-m", "pokazatel", "train", "ner-kk", "--kaznerd", str(kaznerd_file),
               "--out", str(tmp_path / "model"), "--ner-model", "crf", "--crf-setting", "0.02,0.05,40"]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout[done.stdout.index("{"):])
    assert (report["c1"], report["c2"], report["max_iterations"]) == (0.02, 0.05, 40)
    assert len(report["cross_validation"]["settings"]) == 1
    assert len(report["cross_validation"]["per_fold_micro_f1"]) == 5
    bad = subprocess.run([*command[:-1], "0.02,x,40"], capture_output=True, text=True, check=False)
    assert bad.returncode == 2 and "--crf-setting" in bad.stderr and "Traceback" not in bad.stderr


def test_the_pipeline_adds_the_crfs_names_where_the_model_found_none(kaznerd_file, tmp_path):
    from pokazatel.nlp.kk.entities import DEFAULT_CRF_DIR, union_of_models
    from spacy.tokens import Span

    doc = spacy.blank("kk")("Тараз облысы бойынша Полиция департаменті Айдос Омарованы ұстады .")
    first = [Span(doc, 0, 2, label="LOC")]
    second = [Span(doc, 0, 5, label="ORG"), Span(doc, 5, 7, label="PER")]
    assert [(s.start, s.end, s.label_) for s in union_of_models(first, second)] == [(0, 2, "LOC"), (5, 7, "PER")]

    # a person of the first model gives way to the second's one name over it where persons go second first
    doc = spacy.blank("kk")("Жамбыл облысы әкімі Бердібек Сапарбаев жиында сөйледі .")
    crf_person = [Span(doc, 0, 1, label="PER"), Span(doc, 3, 5, label="PER")]
    model_names = [Span(doc, 0, 2, label="LOC"), Span(doc, 4, 5, label="PER")]
    assert [(s.start, s.end, s.label_) for s in union_of_models(crf_person, model_names)] == [(0, 1, "PER"),
                                                                                            (3, 5, "PER")]
    persons_second = union_of_models(crf_person, model_names, second_first_for=frozenset({"PER"}))
    assert [(s.start, s.end, s.label_) for s in persons_second] == [(0, 2, "LOC"), (4, 5, "PER")]
    # over two names of the second the first's person stays: one name gives way to one name
    two = [Span(doc, 3, 4, label="PER"), Span(doc, 4, 5, label="PER")]
    assert [(s.start, s.end) for s in union_of_models(crf_person[1:], two, second_first_for=frozenset({"PER"}))] \
        == [(3, 5)]

    # the packaged pipeline runs the shipped CRF beside the spaCy model; "none" runs the model alone
    from pokazatel.nlp.pipeline import load_pipeline

    component = load_pipeline("kk").get_pipe("pokazatel_entities_kk")
    assert component.second_ner is not None and (DEFAULT_CRF_DIR / "ner" / "model.crfsuite").exists()
    assert set(component.second_ner.get_pipe("ner").labels) == {"PER", "ORG", "LOC", "POSITION"}
    alone = spacy.blank("kk")
    assert alone.add_pipe("pokazatel_entities_kk", config={"crf_model_dir": "none"}).second_ner is None

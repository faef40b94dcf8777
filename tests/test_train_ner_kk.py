"""The Kazakh NER training path end to end, on a small KazNERD-format file the test writes: read,
split, train, save, load, evaluate on the held-out part."""

import itertools
import random

import pytest
import spacy
from conftest import write_iob2
from pokazatel.nlp.evaluation.kaznerd import evaluate_kaznerd
from pokazatel.nlp.evaluation.kaznerd_corpus import Sentence, read_iob2, split
from pokazatel.nlp.training.ner_kk import train_epochs, train_ner_kk

FIRST_NAMES = ["Ерлан", "Азамат", "Гүлнар", "Дәурен", "Айдос", "Мәди", "Серік", "Қайрат", "Бауыржан", "Динара"]
SURNAMES = ["Жақыпов", "Байжанов", "Сейітова", "Әбенов", "Қалиев", "Серікбаев", "Ахметов", "Омарова", "Нұрланов"]
PLACES = ["Астана", "Шымкент", "Павлодар", "Атырау", "Тараз", "Орал", "Ақтау", "Семей"]
ORGS = [["Бас", "прокуратура"], ["Ұлттық", "банк"], ["Жоғарғы", "сот"], ["Есеп", "комитеті"], ["Қаржы", "министрлігі"]]


def _sentences() -> list[list[tuple[str, str]]]:
    rng = random.Random(7)
    people = list(itertools.product(FIRST_NAMES, SURNAMES))
    rng.shuffle(people)
    sentences = []
    for n, (first, last) in enumerate(people[:80]):
        place = PLACES[n % len(PLACES)]
        org = ORGS[n % len(ORGS)]
        org_tags = [(org[0], "B-ORGANISATION")] + [(w, "I-ORGANISATION") for w in org[1:]]
        if n % 2:
            sentences.append(
                [("Кеше", "B-DATE"), (place, "B-GPE"), ("қаласында", "O"), ("прокурор", "B-POSITION"),
                 (first, "B-PERSON"), (last, "I-PERSON"), ("мәлімдеме", "O"), ("жасады", "O"), (".", "O")]
            )
        else:
            sentences.append(
                org_tags + [("өкілі", "O"), (first, "B-PERSON"), (last, "I-PERSON"), (place, "B-GPE"),
                            ("облысына", "O"), ("барды", "O"), (".", "O")]
            )
    return sentences


@pytest.fixture(scope="module")
def kaznerd_file(tmp_path_factory):
    return write_iob2(tmp_path_factory.mktemp("kaznerd") / "IOB2_tiny.txt", _sentences())


@pytest.fixture(scope="module")
def trained(kaznerd_file, tmp_path_factory):
    out_dir = tmp_path_factory.mktemp("model") / "ner-kk"
    summary = train_ner_kk(kaznerd_file, out_dir, epochs=12, patience=12, log=lambda line: None)
    return out_dir, summary


def test_reads_sentences_and_maps_classes(kaznerd_file):
    sentences = read_iob2(kaznerd_file)
    assert len(sentences) == 80
    first_odd = sentences[1]
    assert first_odd.mapped_tags()[:6] == ["O", "B-LOC", "O", "B-POSITION", "B-PER", "I-PER"]  # DATE dropped


def test_split_is_deterministic_and_disjoint(kaznerd_file):
    sentences = read_iob2(kaznerd_file)
    train, held_out = split(sentences)
    assert set(held_out) == set(split(list(reversed(sentences)))[1])  # by content, not file position
    assert not set(train) & set(held_out)
    assert len(train) + len(held_out) == len(sentences)
    assert 0 < len(held_out) < len(sentences) / 2


def test_number_variants_of_a_sentence_stay_on_one_side():
    words = ("Ол", "алты", "жыл", "істеді", ".")
    variant = ("Ол", "6", "жыл", "істеді", ".")
    tags = ("O", "B-CARDINAL", "O", "O", "O")
    for seed in range(20):
        _, held_out = split([Sentence(words, tags), Sentence(variant, tags)], held_out=0.5, seed=seed)
        assert len(held_out) in (0, 2)


def test_rejects_a_file_that_is_not_iob2(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text("Астана\tLOCATION\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.txt:1"):
        read_iob2(path)


def test_training_cross_validates_then_saves_a_model_trained_on_everything(trained, kaznerd_file):
    out_dir, summary = trained
    assert (out_dir / "config.cfg").exists() and (out_dir / "training.json").exists()
    assert "мәлімдеме" not in (out_dir / "vocab" / "strings.json").read_text(encoding="utf-8")  # corpus dropped
    common = (out_dir / "common_words.txt").read_text(encoding="utf-8").split()
    assert "мәлімдеме" in common and "жақыпов" not in common  # lower-case words, never names
    assert summary["train_sentences"] == 80 and summary["trained_on_all"]
    cv = summary["cross_validation"]
    assert cv["folds_run"] == 3 and 0 < cv["tested_sentences"] < 80
    assert 1 <= cv["best_epoch"] <= 12 and summary["epochs"] == cv["best_epoch"]
    assert len(cv["per_fold_micro_f1"]) == 3
    pooled = cv["scores"]["micro"]
    assert pooled["tp"] + pooled["fn"] > 0 and pooled["f1"] > 0.6  # scored on sentences each fold held out
    nlp = spacy.load(out_dir)
    assert nlp.lang == "kk"
    assert set(nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC", "POSITION"}

    result = evaluate_kaznerd(kaznerd_file, out_dir)
    assert result["seen_in_training"] and result["cross_validated"] == cv["scores"]
    assert result["no_crf"]["micro"]["f1"] > 0.6  # the same model inside pokazatel_entities_kk


def test_folds_partition_the_sentences_and_fold_0_of_5_is_the_held_out_fifth(kaznerd_file):
    from pokazatel.nlp.training.ner_kk import fold_of

    sentences = read_iob2(kaznerd_file)
    folds = [fold_of(s, 5) for s in sentences]
    assert set(folds) <= set(range(5)) and len(set(folds)) > 2
    assert {s for s, f in zip(sentences, folds, strict=True) if f == 0} == set(split(sentences)[1])


def test_the_epoch_count_is_chosen_on_the_pooled_folds():
    from pokazatel.nlp.training.ner_kk import choose_epoch

    def epoch(tp: int, fp: int, fn: int) -> dict:
        return {"scores": {"PER": {"tp": tp, "fp": fp, "fn": fn}, "micro": {"tp": tp, "fp": fp, "fn": fn}}}

    # fold 1 peaks at epoch 2, fold 2 at epoch 3; pooled, epoch 2 wins; fold 2's fourth epoch is not common
    fold_1 = [epoch(5, 5, 5), epoch(9, 1, 1), epoch(6, 4, 4)]
    fold_2 = [epoch(5, 5, 5), epoch(7, 3, 3), epoch(8, 2, 2), epoch(10, 0, 0)]
    best, scores = choose_epoch([fold_1, fold_2])
    assert best == 2 and scores["micro"]["tp"] == 16 and scores["micro"]["f1"] == 0.8


def test_the_kazakh_token_features_see_stem_ending_and_shape():
    from pokazatel.nlp.kk.features import FEATURES, word_features

    assert FEATURES["stem"]("агенттігінің") == "агенттік" and FEATURES["ending"]("агенттігінің") == "інің"
    assert FEATURES["shape"]("ҰҚК") == "XXX" and FEATURES["shape"]("Астанада") == "Xxxxx"
    assert word_features("Астанада", ["stem", "ending"]) == word_features("астанада", ["stem", "ending"])
    assert word_features("Астанада", ["shape"]) != word_features("астанада", ["shape"])


def test_evaluation_without_a_model_says_how_to_train(kaznerd_file, tmp_path):
    with pytest.raises(FileNotFoundError, match="pokazatel train ner-kk"):
        evaluate_kaznerd(kaznerd_file, tmp_path / "missing")


def test_training_on_every_sentence_claims_no_held_out_score(kaznerd_file):
    """The final model is trained on all of KazNERD: its epochs have no held-out part to score, and the log
    said "held-out micro F1 0.0000" as if it had been scored."""
    lines: list[str] = []
    train_epochs(read_iob2(kaznerd_file)[:20], [], epochs=1, patience=1, max_minutes=5, log=lines.append)
    assert len(lines) == 1 and "no held-out part" in lines[0] and "F1" not in lines[0]

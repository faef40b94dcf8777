"""The relevance/topic classifier: the shipped model file, loaded (never trained) by the spaCy component, on
articles that are in no training file; and training itself, on the written examples, with its calibration."""

import json
import subprocess
import sys

import numpy as np
import pokazatel.nlp.classify.model  # noqa: F401  (registers the "pokazatel_classifier" factory)
import pokazatel.nlp.extensions  # noqa: F401
import pokazatel.nlp.kk.language  # noqa: F401  (registers the "kk" language)
import pytest
import spacy
from pokazatel.cli.main import main
from pokazatel.nlp.classify.lexicons import load_evidence_lexicons
from pokazatel.nlp.classify.linear import LinearClassifier, featurise
from pokazatel.nlp.classify.model import MODEL_PATH, ModelFileError, load_classifier
from pokazatel.nlp.labels import TOPICS
from pokazatel.nlp.training.classifier import (
    TRAINING_DIR,
    Corpus,
    TrainingDataError,
    _choose_threshold,
    _leave_one_outlet_out,
    calibrate,
    load_examples,
    reliability_table,
    train_classifier,
)
from pokazatel.nlp.training.real_examples import RealExamplesError, is_heldout, real_examples

FRESH_ARTICLES = [
    ("kk", "bribery", "Салық басқармасының маманы 4 миллион теңге пара алған сәтте ұсталды",
     "Павлодар облысында мемлекеттік кірістер басқармасының маманы кәсіпкерден салық тексеруін жабу үшін "
     "4 миллион теңге пара алған кезде ұсталды. Сыбайлас жемқорлыққа қарсы қызмет іс қозғады."),
    ("kk", "embezzlement", "Мәдениет бөлімінің бұрынғы басшысы бюджет қаражатын жымқырды",
     "Жамбыл облысында мәдениет бөлімінің бұрынғы басшысы мерекелік шараларға бөлінген 30 миллион теңгені "
     "жалған актілер арқылы жымқырған. Оған сеніп тапсырылған мүлікті иемдену бабы бойынша айып тағылды."),
    ("kk", "fraud", "Фермер жалған құжатпен мемлекеттік субсидия алды",
     "Жетісу облысында шаруа қожалығының иесі жоқ мал басына жалған құжаттар ұсынып, бюджеттен 25 миллион "
     "теңге субсидия алған. Оған алаяқтық бабы бойынша күдік жарияланды."),
    ("kk", "abuse_of_office", "Аудан әкімі лауазымдық өкілеттігін теріс пайдаланды",
     "Ақмола облысында аудан әкімі мүдделер қақтығысы туралы хабарламай, жайылымдық жерді ағасының "
     "шаруашылығына конкурссыз бөліп берген. Оған лауазымдық өкілеттікті теріс пайдалану бабы бойынша айып тағылды."),
    ("kk", "asset_recovery", "Заңсыз шығарылған активтер мемлекетке қайтарылды",
     "Активтерді қайтару жөніндегі комитет шетелдегі шоттардан 70 миллион доллар қайтарды. "
     "Қаражат Арнаулы мемлекеттік қорға түсіп, ауруханалар салуға жұмсалады."),
    ("kk", "policy", "Сыбайлас жемқорлыққа қарсы агенттік жартыжылдық қорытындыны жариялады",
     "Агенттік төрағасы сыбайлас жемқорлықтың алдын алу шаралары күшейтілгенін айтты. Мемлекеттік "
     "органдарда сыбайлас жемқорлық тәуекелдеріне 40 сыртқы талдау жүргізілді."),
    ("kk", "other", "Қостанайда жол апаты: үш адам жарақат алды",
     "Қостанай қаласында екі жеңіл көлік соқтығысып, үш адам ауруханаға жеткізілді. "
     "Полиция жүргізушілердің қайсысы жол ережесін бұзғанын анықтап жатыр."),
    ("kk", "other", "Ақтөбеде ұрлық жасаған ер адам ұсталды",
     "Ақтөбе қаласында пәтерден алтын бұйымдар мен ноутбук ұрлаған ер адам ұсталды. "
     "Ұрланған заттар иесіне қайтарылды, күдіктіге ұрлық бабы бойынша айып тағылды."),
    ("ru", "bribery", "В Костанае задержан полицейский при получении взятки",
     "Сотрудники Антикоррупционной службы задержали участкового инспектора полиции при получении взятки "
     "в 400 тысяч тенге за непривлечение предпринимателя к ответственности."),
    ("ru", "fraud", "Директор ТОО похитил бюджетные деньги путём мошенничества при госзакупках",
     "Директор строительной компании предоставил фиктивные документы на тендере и получил аванс "
     "в 90 млн тенге, не выполнив работы. Возбуждено уголовное дело по статье «Мошенничество»."),
    ("ru", "embezzlement", "Бывший аким присвоил бюджетные средства на ремонт дорог",
     "Суд признал бывшего акима сельского округа виновным в присвоении 18 млн тенге, выделенных на ремонт "
     "дорог. Работы были приняты по фиктивным актам."),
    ("ru", "abuse_of_office", "Начальник отдела превысил должностные полномочия",
     "Начальник районного отдела земельных отношений незаконно выделил участок родственнику, скрыв "
     "конфликт интересов. В отношении него начато расследование по статье о злоупотреблении должностными "
     "полномочиями."),
    ("ru", "asset_recovery", "Государству возвращены незаконно выведенные активы",
     "Генеральная прокуратура сообщила о возврате из-за рубежа 40 млн долларов, выведенных бывшим "
     "чиновником. Средства поступили в Специальный государственный фонд."),
    ("ru", "policy", "Антикоррупционная служба провела анализ коррупционных рисков в акиматах",
     "По итогам внешнего анализа коррупционных рисков акиматам направлены рекомендации по устранению "
     "причин коррупции. Ведомство также запустило обучающий курс по этике для госслужащих."),
    ("ru", "other", "В Шымкенте задержан угонщик автомобиля",
     "Полицейские Шымкента задержали мужчину, который ночью угнал автомобиль со двора многоэтажки. "
     "Машину вернули владельцу, возбуждено уголовное дело по статье «Угон»."),
    ("ru", "other", "В Караганде прошёл чемпионат по боксу среди юниоров",
     "В Караганде завершился республиканский чемпионат по боксу среди юниоров. "
     "Победителями стали спортсмены из Алматы, Шымкента и Карагандинской области."),
]


def _pipeline(lang, model_path=MODEL_PATH):
    nlp = spacy.blank(lang)
    nlp.add_pipe("pokazatel_classifier", config={"model_path": str(model_path)})
    return nlp


def _classify(nlp, title, text):
    doc = nlp.make_doc(text)
    doc._.title = title
    return nlp(doc)


def test_the_component_loads_the_shipped_model_and_never_imports_training():
    training = ("sklearn", "joblib", "pokazatel.nlp.training.classifier", "pokazatel.nlp.training.real_examples")
    code = ("import sys, pokazatel.nlp.pipeline as p; p.load_pipeline('ru'); "
            f"print(sorted(m for m in sys.modules if m.startswith({training!r})))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
    assert MODEL_PATH.name == "model.json.gz" and MODEL_PATH.parent.name == "classifier"
    metadata = load_classifier().metadata
    assert metadata["examples_by_origin"]["written"] == len(load_examples(TRAINING_DIR))
    assert metadata["examples_by_origin"]["real"] > 0 and metadata["examples_by_origin"]["real-unlabelled"] > 0


@pytest.mark.parametrize(("lang", "topic", "title", "text"), FRESH_ARTICLES,
                         ids=[f"{lang}-{topic}-{number}" for number, (lang, topic, _, _)
                              in enumerate(FRESH_ARTICLES)])
def test_component_classifies_fresh_articles(lang, topic, title, text):
    doc = _classify(_pipeline(lang), title, text)
    assert doc._.topic == topic
    assert doc._.relevant is (topic != "other")
    threshold = load_classifier().model.threshold
    assert (doc._.relevance_score >= threshold) is doc._.relevant


@pytest.mark.parametrize(("title", "text"), [
    ("Президент провёл совещание по развитию экономики",
     "Глава государства заслушал доклад правительства о росте ВВП, строительстве дорог и школ. "
     "Поручено ускорить цифровизацию государственных услуг и снизить инфляцию до 5 процентов."),
    ("Курс доллара на бирже снизился",
     "По итогам торгов средневзвешенный курс составил 445 тенге за доллар. Аналитики ждут стабилизации."),
    ("Ауа райы: ертең жаңбыр жауады", "Синоптиктер ертең Астанада жаңбыр жауатынын хабарлады."),
])
def test_an_article_that_names_no_corruption_word_gets_a_very_low_probability(title, text):
    [probability] = load_classifier().model.probabilities([(title, text)])
    assert probability < 0.05


@pytest.mark.parametrize("title, text", [
    ("Какие машины могут ездить с проблесковыми маячками",
     "МВД напомнило правила дорожного движения. Маячки ставят на машины скорой помощи. Их ставят и пожарным. "
     "Их могут ставить полиция и антикоррупционная служба. Другим водителям это запрещено. "
     "За нарушение грозит штраф."),
    ("Дороги в районе отремонтируют к осени",
     "Аким района рассказал о планах ремонта дорог. Работы начнутся в мае. Подрядчика выбрали на конкурсе. "
     "Жители просили отремонтировать и тротуары. Их включат в план. "
     "Ход работ проверят и антикоррупционная служба, и общественный совет."),
])
def test_an_article_that_names_corruption_only_in_passing_is_not_relevant(title, text):
    [(relevant, topic, probability)] = load_classifier().model.predict([(title, text)])
    assert not relevant and topic == "other" and probability < 0.2


def test_component_keeps_topic_and_relevance_consistent_over_a_batch():
    nlp = _pipeline("kk")
    docs = []
    for example in load_examples(TRAINING_DIR)[::7]:
        doc = nlp.make_doc(example["text"])
        doc._.title = example["title"]
        docs.append(doc)
    for doc in nlp.pipe(docs, batch_size=8):
        assert doc._.topic in TOPICS
        assert (doc._.topic == "other") is (not doc._.relevant)
        assert 0.0 <= doc._.relevance_score <= 1.0


def test_a_missing_or_broken_model_file_is_an_error_naming_it(tmp_path):
    with pytest.raises(ModelFileError, match="no classifier model"):
        load_classifier(tmp_path / "absent.json.gz")
    broken = tmp_path / "broken.json.gz"
    broken.write_bytes(b"not gzip")
    with pytest.raises(ModelFileError, match="broken.json.gz"):
        load_classifier(broken)


@pytest.fixture(scope="module")
def written_only(tmp_path_factory):
    """A model trained on the written examples alone (no real news in tests): seconds."""
    model_path = tmp_path_factory.mktemp("model") / "model.json.gz"
    metadata = train_classifier(TRAINING_DIR, model_path, seed=0, folds=3)
    return model_path, metadata


@pytest.mark.slow
def test_training_reports_calibrated_cross_validated_scores(written_only):
    model_path, metadata = written_only
    cv = metadata["cv"]
    written = cv["by_origin"]["written"]
    assert written["relevance"]["f1"] >= 0.9
    assert written["topic_given_relevant"]["macro_f1"] >= 0.8
    with_rules = written["topic_given_relevant_with_rules"]
    assert with_rules["n"] == written["topic_given_relevant"]["n"] and with_rules["macro_f1"] >= 0.8
    calibration = written["calibration"]
    assert calibration["brier"] < 0.1
    # calibrated: in every well-filled bin the share truly relevant is near the mean predicted probability
    for row in calibration["reliability"]:
        if row["n"] >= 40:
            assert abs(row["share_relevant"] - row["mean_probability"]) < 0.2, row
    assert 0.05 <= cv["threshold"] <= 0.95
    model = LinearClassifier.load(model_path)
    assert model.threshold == cv["threshold"] and model.metadata["examples"] == metadata["examples"]


@pytest.mark.slow
def test_training_features_equal_the_shipped_models_features(written_only):
    examples = load_examples(TRAINING_DIR)[:60]
    corpus = Corpus(examples, load_evidence_lexicons())
    rows = np.arange(len(examples))
    blocks, kept = corpus.blocks(rows)
    trained = corpus.matrix(rows, blocks, kept).toarray()
    applied = featurise(blocks, corpus.lexicons, [(e["title"], e["text"]) for e in examples]).toarray()
    assert trained.shape == applied.shape and np.allclose(trained, applied)


def test_calibration_fits_the_real_stream_when_it_has_relevant_articles():
    rng = np.random.default_rng(0)
    written_gold = rng.random(1000) < 0.6
    real_gold = rng.random(2000) < 0.04
    gold = np.concatenate([written_gold, real_gold])
    margins = np.where(gold, 2.0, -2.0) + rng.normal(0.0, 1.5, len(gold))
    origins = np.array(["written"] * 1000 + ["real"] * 2000)
    slope, offset = calibrate(margins, gold, origins)
    probabilities = 1.0 / (1.0 + np.exp(-(slope * margins + offset)))
    assert abs(probabilities[1000:].mean() - real_gold.mean()) < 0.005  # the stream's base rate
    mixed_slope, mixed_offset = calibrate(margins, gold, np.array(["written"] * 3000))
    assert mixed_offset > offset + 0.5  # calibrated on all, the written base rate would lift every probability


def test_leave_one_outlet_out_scores_each_outlets_articles_with_a_model_that_never_saw_that_outlet():
    written = load_examples(TRAINING_DIR)[:60]
    real = [{"id": f"{outlet}:{n}", "title": title, "text": text, "relevant": relevant,
             "topic": "bribery" if relevant else "other", "origin": "real"}
            for outlet in ("alpha", "beta") for n, (title, text, relevant) in enumerate([
                ("Аким задержан за взятку", "Аким района задержан при получении взятки в 5 млн тенге.", True),
                ("В городе открыли парк", "В парке высадили сто деревьев и поставили скамейки.", False),
                ("Курс тенге", "Курс доллара снизился до 445 тенге на бирже.", False)])]
    examples = written + real
    margins = _leave_one_outlet_out(Corpus(examples, load_evidence_lexicons()), examples, seed=0)
    assert margins.shape == (len(examples),) and np.isfinite(margins).all()
    bribe_alpha, park_alpha = len(written), len(written) + 1
    assert margins[bribe_alpha] > margins[park_alpha]  # learnt from written examples and the other outlet
    one_outlet = written + real[:3]
    assert _leave_one_outlet_out(Corpus(one_outlet, load_evidence_lexicons()), one_outlet, seed=0) is None


def _threshold_case(ordinary_score: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Written examples that any cut between 0.1 and 0.8 separates, real ones that any cut above
    ordinary_score separates: one ordinary real article bounds the best stretch from below."""
    probabilities = np.array([0.8] * 100 + [0.1] * 100 + [0.9] * 10 + [0.02] * 200 + [ordinary_score])
    gold = np.array([True] * 100 + [False] * 100 + [True] * 10 + [False] * 201)
    origins = np.array(["written"] * 200 + ["real"] * 211)
    return probabilities, gold, origins


def test_threshold_sits_in_the_middle_of_the_best_stretch_not_beside_the_article_that_bounds_it():
    beside = _choose_threshold(*_threshold_case(0.51))
    assert 0.56 <= beside <= 0.75  # the best mean F1 holds from 0.52 to 0.80; the cut keeps away from 0.51
    assert abs(_choose_threshold(*_threshold_case(0.47)) - beside) <= 0.03  # that article moves it little


def test_threshold_heeds_the_real_articles_scored_with_their_outlet_left_out():
    probabilities, gold, origins = _threshold_case(0.51)
    outlet_left_out = np.where(gold, 0.45, 0.02)  # relevant real articles score lower on an outlet never seen
    assert _choose_threshold(probabilities, gold, origins, outlet_left_out) <= 0.45 < _choose_threshold(
        probabilities, gold, origins)


def test_reliability_table_bins_probabilities():
    table = reliability_table(np.array([0.05, 0.07, 0.93, 1.0]), np.array([0, 1, 1, 1]))
    assert table == [{"bin": "0.0-0.1", "n": 2, "mean_probability": 0.06, "share_relevant": 0.5},
                     {"bin": "0.9-1.0", "n": 2, "mean_probability": 0.965, "share_relevant": 1.0}]


def test_real_examples_refuse_held_out_labels_and_add_only_dev_weak_negatives(tmp_path):
    ids = [f"x:{n}" for n in range(40)]
    dev_ids = [i for i in ids if not is_heldout(i)]
    heldout_ids = [i for i in ids if is_heldout(i)]
    assert dev_ids and heldout_ids
    texts = tmp_path / "texts"
    texts.mkdir()
    articles = [{"id": i, "lang": "ru", "title": f"Новость {i}", "text": "Открылся новый парк."} for i in ids]
    articles[0]["text"] = "Аким задержан за взятку."  # names a keyword: never a weak negative
    (texts / "f.jsonl").write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles),
                                   encoding="utf-8")
    labels = tmp_path / "dev.jsonl"
    labels.write_text(json.dumps({"id": dev_ids[1], "file": "f.jsonl", "relevant": False, "topic": "other"}) + "\n",
                      encoding="utf-8")
    examples = real_examples(texts, labels)
    used = {e["id"] for e in examples}
    assert used == set(dev_ids) - {ids[0]} and not used & set(heldout_ids)
    assert [e["origin"] for e in examples if e["id"] == dev_ids[1]] == ["real"]
    labels.write_text(json.dumps({"id": heldout_ids[0], "file": "f.jsonl", "relevant": False, "topic": "other"})
                      + "\n", encoding="utf-8")
    with pytest.raises(RealExamplesError, match="held-out"):
        real_examples(texts, labels)


def test_malformed_training_file_is_reported_with_its_line(tmp_path, capsys):
    (tmp_path / "bad.jsonl").write_text(
        '{"lang": "kk", "title": "т", "text": "т", "relevant": true, "topic": "bribery"}\n'
        '{"lang": "kk", "title": "т", "text": "т", "relevant": true, "topic": "other"}\n', encoding="utf-8")
    with pytest.raises(TrainingDataError, match=r"bad\.jsonl:2: relevant must be false"):
        load_examples(tmp_path)
    assert main(["train", "classifier", "--data", str(tmp_path), "--out", str(tmp_path / "model.json.gz")]) == 2
    error = capsys.readouterr().err
    assert error.startswith("pokazatel train classifier: ") and "bad.jsonl:2" in error and error.count("\n") == 1
    assert not (tmp_path / "model.json.gz").exists()


def test_written_examples_in_kazakh_latin_are_read_in_cyrillic_as_the_pipeline_reads_them(tmp_path):
    (tmp_path / "latin.jsonl").write_text(
        '{"id": "a", "lang": "kk", "title": "Ákim para aldy", "text": "Aýyl ákimi jer telimi úshin para aldy.", '
        '"relevant": true, "topic": "bribery"}\n'
        '{"id": "b", "lang": "ru", "title": "Аким задержан", "text": "Аким задержан при получении взятки.", '
        '"relevant": true, "topic": "bribery"}\n', encoding="utf-8")
    latin, cyrillic = load_examples(tmp_path)
    assert (latin["title"], latin["text"]) == ("Әкім пара алды", "Ауыл әкімі жер телімі үшін пара алды.")
    assert latin["relevant"] is True and latin["origin"] == "written"
    assert cyrillic["text"] == "Аким задержан при получении взятки."

"""The relevance/topic classifier: training on the shipped data, its cross-validation report, the saved
model's freshness checks, and the real spaCy component on sentences that are in no training file."""

import json
import shutil

import joblib
import pokazatel.nlp.classify.model  # noqa: F401  (registers the "pokazatel_classifier" factory)
import pokazatel.nlp.extensions  # noqa: F401
import pokazatel.nlp.kk.language  # noqa: F401  (registers the "kk" language)
import pytest
import sklearn
import spacy
from pokazatel.cli.main import main
from pokazatel.nlp.classify.model import load_classifier
from pokazatel.nlp.labels import TOPICS
from pokazatel.nlp.training.classifier import (
    TRAINING_DIR,
    TrainingDataError,
    load_examples,
    train_classifier,
    training_data_hash,
)

pytestmark = pytest.mark.slow  # trains the models several times (seconds each)

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


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    model_path = tmp_path_factory.mktemp("model") / "classifier.joblib"
    metadata = train_classifier(TRAINING_DIR, model_path, seed=0, folds=5)
    return model_path, metadata


def _pipeline(lang, model_path):
    nlp = spacy.blank(lang)
    nlp.add_pipe("pokazatel_classifier",
                 config={"model_path": str(model_path), "data_dir": str(TRAINING_DIR)})
    return nlp


def _classify(nlp, title, text):
    doc = nlp.make_doc(text)
    doc._.title = title
    return nlp(doc)


def test_training_data_covers_every_topic_in_both_languages():
    examples = load_examples(TRAINING_DIR)
    for lang in ("ru", "kk"):
        topics = [example["topic"] for example in examples if example["lang"] == lang]
        assert {topic: topics.count(topic) >= 25 for topic in TOPICS} == dict.fromkeys(TOPICS, True)
    kazakh = [example for example in examples if example["lang"] == "kk"]
    assert len(kazakh) >= 250
    assert sum(1 for example in kazakh if example["topic"] == "other") >= 80


def test_cross_validation_report_has_sane_scores(trained):
    _, metadata = trained
    cv = metadata["cv"]
    assert cv["folds"] == 5
    assert set(cv["by_lang"]) == {"kk", "ru"}
    for scores in [cv["overall"], *cv["by_lang"].values()]:
        assert set(scores) == {"n", "relevance_f1", "topic_macro_f1", "topic_accuracy"}
        assert scores["relevance_f1"] >= 0.9
        assert scores["topic_macro_f1"] >= 0.8
    assert cv["overall"]["n"] == cv["by_lang"]["kk"]["n"] + cv["by_lang"]["ru"]["n"] == metadata["examples"]
    assert metadata["data_hash"] == training_data_hash(TRAINING_DIR)
    assert metadata["sklearn_version"] == sklearn.__version__


def test_same_seed_gives_the_same_predictions(trained, tmp_path):
    model_path, _ = trained
    again = tmp_path / "again.joblib"
    train_classifier(TRAINING_DIR, again, seed=0, folds=0)
    articles = [(title, text) for _, _, title, text in FRESH_ARTICLES]
    assert load_classifier(model_path).classify(articles) == load_classifier(again).classify(articles)


@pytest.mark.parametrize(("lang", "topic", "title", "text"), FRESH_ARTICLES,
                         ids=[f"{lang}-{topic}-{number}" for number, (lang, topic, _, _)
                              in enumerate(FRESH_ARTICLES)])
def test_component_classifies_fresh_articles(trained, lang, topic, title, text):
    doc = _classify(_pipeline(lang, trained[0]), title, text)
    assert doc._.topic == topic
    assert doc._.relevant is (topic != "other")
    assert (doc._.relevance_score >= 0.5) is doc._.relevant


def test_component_keeps_topic_and_relevance_consistent_over_a_batch(trained):
    nlp = _pipeline("kk", trained[0])
    examples = load_examples(TRAINING_DIR)[::7]
    docs = []
    for example in examples:
        doc = nlp.make_doc(example["text"])
        doc._.title = example["title"]
        docs.append(doc)
    for doc in nlp.pipe(docs, batch_size=8):
        assert doc._.topic in TOPICS
        assert (doc._.topic == "other") is (not doc._.relevant)
        assert 0.0 <= doc._.relevance_score <= 1.0


def test_missing_stale_or_broken_model_is_retrained(tmp_path):
    data_dir = tmp_path / "training"
    shutil.copytree(TRAINING_DIR, data_dir)
    model_path = tmp_path / "models" / "classifier.joblib"

    first = load_classifier(model_path, data_dir)
    assert model_path.exists()
    assert first.metadata["data_hash"] == training_data_hash(data_dir)

    extra = {"id": "kk-extra", "lang": "kk", "title": "Ауа райы", "text": "Ертең жаңбыр жауады.",
             "relevant": False, "topic": "other"}
    with (data_dir / "kk.jsonl").open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(extra, ensure_ascii=False) + "\n")
    second = load_classifier(model_path, data_dir)
    assert second.metadata["data_hash"] == training_data_hash(data_dir) != first.metadata["data_hash"]
    assert second.metadata["examples"] == first.metadata["examples"] + 1

    model_path.write_bytes(b"not a pickle")
    data_dir.joinpath("kk.jsonl").write_text(data_dir.joinpath("kk.jsonl").read_text(encoding="utf-8") + "\n",
                                             encoding="utf-8")
    third = load_classifier(model_path, data_dir)
    assert third.metadata["examples"] == second.metadata["examples"]
    assert third.classify([("Пара алған әкім ұсталды", "Әкім 5 миллион теңге пара алған кезде ұсталды.")])

    bundle = joblib.load(model_path)
    bundle["metadata"]["sklearn_version"] = "0.0"
    from_old_sklearn = tmp_path / "models" / "old.joblib"
    joblib.dump(bundle, from_old_sklearn)
    assert load_classifier(from_old_sklearn, data_dir).metadata["sklearn_version"] == sklearn.__version__
    assert joblib.load(from_old_sklearn)["metadata"]["sklearn_version"] == sklearn.__version__


def test_malformed_training_file_is_reported_with_its_line(tmp_path, capsys):
    (tmp_path / "bad.jsonl").write_text(
        '{"lang": "kk", "title": "т", "text": "т", "relevant": true, "topic": "bribery"}\n'
        '{"lang": "kk", "title": "т", "text": "т", "relevant": true, "topic": "other"}\n', encoding="utf-8")
    with pytest.raises(TrainingDataError, match=r"bad\.jsonl:2: relevant must be false"):
        load_examples(tmp_path)
    assert main(["train", "classifier", "--data", str(tmp_path), "--out", str(tmp_path / "model.joblib")]) == 2
    error = capsys.readouterr().err
    assert error.startswith("pokazatel train classifier: ") and "bad.jsonl:2" in error and error.count("\n") == 1
    assert not (tmp_path / "model.joblib").exists()

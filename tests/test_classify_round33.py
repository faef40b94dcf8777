"""Relevance, thirty-third pass: a case told against a service's goal clause, on articles of our own.

A ministry's or a police department's release names corruption at its end as what its system or its staff's
discipline is for: "исключает возможность коррупции", "не допускать коррупционных правонарушений", "сыбайлас
жемқорлық құқық бұзушылықтарының алдын алу". Beside the body that says so ("как отметили в ведомстве", "департамент
басшылығы") actors.py counted such a clause as an official's corruption act: "в коррупции" (accused of it) is two
stems, so "возможность коррупции" matched it, and "сыбайлас жемқорлық құқық
бұзушылық" is an act whatever prevents it. actors.yaml's `not_acts` now blanks these goal clauses, as it blanks
"для предотвращения злоупотреблений"."""

import pytest
from pokazatel.nlp.classify.actors import ACTOR_FEATURES, actor_features
from pokazatel.nlp.classify.lexicons import load_evidence_lexicons
from pokazatel.nlp.classify.model import load_classifier
from pokazatel.nlp.kk.latin import article_in_cyrillic

LEXICONS = load_evidence_lexicons()

QUEUE = ("Запись в поликлиники перевели в мобильное приложение",
         "Управление здравоохранения Карагандинской области перевело запись к врачам в мобильное приложение. "
         "За первый месяц им воспользовались 86 тысяч жителей. "
         "Очередь формируется автоматически, регистратура больше не распределяет талоны вручную. "
         "По словам руководителя управления, это исключает возможность коррупции и поборов в регистратуре.")


def act_by_official(sentence: str) -> float:
    features = dict(zip(ACTOR_FEATURES, actor_features("", sentence, LEXICONS.actor_lexicon), strict=True))
    return features["actors:act_by_official_sentences"]


@pytest.mark.parametrize("sentence", [
    "Как отметили в ведомстве, новая система исключает возможность коррупции при распределении мест.",
    "Аким области поручил руководителям управлений не допускать коррупционных правонарушений.",
    "Министр потребовал усилить работу по недопущению коррупционных правонарушений среди сотрудников.",
    "Департамент басшылығы сыбайлас жемқорлық құқық бұзушылықтарының алдын алу жұмысын күшейтеді.",
    "Облыс әкімі мемлекеттік қызметшілерге сыбайлас жемқорлық құқық бұзушылықтарына жол бермеуді тапсырды.",
])
def test_a_goal_clause_is_no_officials_act(sentence):
    assert act_by_official(sentence) == 0.0


@pytest.mark.parametrize("sentence", [
    "Бывший аким района обвиняется в коррупции и злоупотреблении полномочиями.",
    "Начальник отдела совершил коррупционное правонарушение, установила служебная проверка.",
    "Аудан әкімінің орынбасары сыбайлас жемқорлық құқық бұзушылық жасады.",
])
def test_an_officials_act_is_still_one(sentence):
    assert act_by_official(sentence) > 0.0


def test_the_shipped_model_calls_such_a_release_not_relevant():
    [(relevant, topic, _)] = load_classifier().model.predict([article_in_cyrillic(*QUEUE)])
    assert not relevant and topic == "other"

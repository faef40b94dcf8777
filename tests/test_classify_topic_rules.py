"""The topic rules over the topic model (nlp/classify/topic_rules.py, data/rules/topic.yaml) and the written
examples' topics, on sentences of our own: a count of corruption crimes as a whole in the headline or the lead is
a statistics summary (SCHEMA.md's `policy`); extortion of money by an official is bribery."""

from dataclasses import dataclass

import pytest
from pokazatel.nlp.classify.model import ArticleClassifier, load_classifier
from pokazatel.nlp.classify.topic_rules import load_topic_rules

RULES = load_topic_rules()


@pytest.mark.parametrize("title, text", [
    ("Итоги девяти месяцев в Костанайской области",
     "Департамент подвёл итоги работы. За девять месяцев зарегистрировано 48 коррупционных преступлений, половина из "
     "них – взятки. Задержаны трое акимов сёл."),
    ("В Таразе выявлено 1 120 коррупционных уголовных правонарушений", "Больше всего их в сфере образования."),
    ("Облыстың қорытындысы",
     "Прокуратура жыл қорытындысын шығарды. Өңірде 9 айда 33 сыбайлас жемқорлық қылмысы анықталды. Пара алғаны "
     "үшін 12 лауазымды тұлға ұсталды."),
    ("Жарты жылда 27 сыбайлас жемқорлық құқық бұзушылығы тіркелді", "Оның он бесеуі – пара алу фактілері."),
])
def test_a_count_of_corruption_crimes_in_the_headline_or_lead_makes_a_summary_policy(title, text):
    assert RULES.topic(title, text, "bribery") == "policy"
    assert RULES.topic(title, text, "embezzlement") == "policy"


@pytest.mark.parametrize("title, text", [
    # the count is background, in the third sentence, to a detention of its own
    ("В Атырау задержан аким поселка",
     "Аким поселка задержан при получении 2 млн тенге. Деньги он требовал у фермера за землю. По данным "
     "департамента, в области с начала года зарегистрировано 19 коррупционных преступлений."),
    # counts of other things: risks, cases of a year, people
    ("Антикор нашел 15 коррупционных рисков в работе акимата", "Риски связаны с выдачей разрешений."),
    ("Сыбайлас жемқорлыққа қарсы кеңес өтті", "Кеңесте 2024 жылғы сыбайлас жемқорлық қылмыстары талқыланды."),
    ("Шенеунік пара алған кезде ұсталды", "Аудан әкімінің орынбасары 5 млн теңге пара алған кезде ұсталды."),
])
def test_no_count_of_crimes_as_a_whole_in_the_lead_keeps_the_models_topic(title, text):
    assert RULES.topic(title, text, "bribery") == "bribery"


@dataclass
class _FixedModel:
    """A stand-in for LinearClassifier that returns one prediction for every article."""
    prediction: tuple[bool, str, float]
    metadata = {}

    def predict(self, articles):
        return [self.prediction for _ in articles]


def test_the_rules_change_only_the_topic_of_relevant_articles():
    summary = ("Итоги полугодия", "За полгода выявлено 64 коррупционных преступления. Задержан аким района.")
    [relevant] = ArticleClassifier(_FixedModel((True, "bribery", 0.83))).classify([summary])
    [ordinary] = ArticleClassifier(_FixedModel((False, "other", 0.12))).classify([summary])
    assert (relevant.relevant, relevant.topic, relevant.relevance_score) == (True, "policy", 0.83)
    assert (ordinary.relevant, ordinary.topic, ordinary.relevance_score) == (False, "other", 0.12)


def test_the_shipped_classifier_calls_a_regional_summary_policy():
    [verdict] = load_classifier().classify([
        ("Полугодие в Павлодарской области",
         "Департамент Агентства по противодействию коррупции подвёл итоги полугодия. В регионе зарегистрировано 57 "
         "коррупционных преступлений, из них 31 – получение и дача взятки. Задержаны заместитель акима города и два "
         "сотрудника полиции при получении взяток на 14 млн тенге.")])
    assert verdict.relevant and verdict.topic == "policy"

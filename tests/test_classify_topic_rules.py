"""The topic rules over the topic model (nlp/classify/topic_rules.py, data/rules/topic.yaml) and the written
examples' topics, on sentences of our own: a count of corruption crimes as a whole or a digest of a period's work in
the headline or the lead is a report (SCHEMA.md's `policy`), bonuses paid from the budget without grounds are
`embezzlement`; extortion of money by an official is bribery."""

from dataclasses import dataclass

import pytest
from pokazatel.nlp.classify import topic_rules
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


@pytest.mark.parametrize("title, text", [
    ("Антикор подвёл итоги недели",
     "Агентство рассказало о задержаниях за неделю. В Костанае аким села задержан при получении взятки, в Таразе "
     "бухгалтер школы подозревается в присвоении 9 млн тенге."),
    ("Задержания минувшей недели", "Служба опубликовала обзор задержаний за минувшую неделю. В Актобе задержан "
     "начальник отдела, получивший откат."),
    ("В Семее подвели итоги", "Департамент подвёл итоги работы за 9 месяцев. Задержаны два акима сёл."),
    ("Агенттіктің апталық шолуы", "Агенттік апталық шолу жариялады. Таразда полиция қызметкері пара алған кезде "
     "ұсталды."),
    ("Департамент хабарлады", "Департамент өткен аптадағы жұмыс қорытындысын жариялады. Атырауда әкімдіктің бас "
     "маманы бюджет қаражатын жымқырғаны үшін ұсталды."),
    ("Антикор басшысының сұхбаты", "Департамент басшысы тоғыз айдағы жұмысы туралы айтып берді."),
])
def test_a_digest_of_a_periods_work_in_the_headline_or_lead_is_policy(title, text):
    assert RULES.topic(title, text, "bribery") == "policy"
    assert RULES.topic(title, text, "embezzlement") == "policy"


@pytest.mark.parametrize("title, text, predicted", [
    # a case found by a check, the period not right after the summary word
    ("Аким задержан", "По итогам проверки, проведённой на прошлой неделе, задержан аким села. Он требовал 2 млн "
     "тенге.", "bribery"),
    ("Аптаның басында ұсталған әкім", "Аптаның басында ұсталған әкімнің ісі сотқа жіберілді.", "bribery"),
    # a period's report of assets returned to the state
    ("Активы возвращены", "По итогам 2025 года прокуратура вернула государству активы на 90 млрд тенге.",
     "asset_recovery"),
    ("Комитет отчитался", "Комитет по возврату активов отчитался о результатах работы за первое полугодие.",
     "asset_recovery"),
    ("Активтер қайтарылды", "Прокуратура жыл қорытындысын шығарды: шетелден активтер елге қайтарылды.",
     "asset_recovery"),
])
def test_a_case_or_a_report_of_returned_assets_is_no_digest(title, text, predicted):
    assert RULES.topic(title, text, predicted) == predicted


@pytest.mark.parametrize("title, text", [
    ("Чиновникам платили премии без оснований", "Прокуратура выявила необоснованное премирование сотрудников "
     "акимата на 8 млн тенге. Деньги возвращены."),
    ("В управлении незаконно выплатили надбавки", "Проверка установила, что работникам отдела начисляли надбавки "
     "за работу, которой не было."),
    ("Әкімдікте заңсыз үстемеақы төленген", "Тексеру комиссиясы бюджеттен 12 млн теңге заңсыз үстемеақы "
     "төленгенін анықтады."),
])
def test_bonuses_paid_from_the_budget_without_grounds_are_embezzlement(title, text):
    assert RULES.topic(title, text, "asset_recovery") == "embezzlement"
    assert RULES.topic(title, text, "abuse_of_office") == "embezzlement"


@pytest.mark.parametrize("title, text, predicted", [
    ("Суд обязал вернуть премии", "Суд обязал бывшего директора вернуть в бюджет 5 млн тенге незаконно полученных "
     "премий.", "asset_recovery"),
    ("Аким вручил премии учителям", "Лучшие учителя района получили премии и благодарственные письма.", "policy"),
])
def test_an_order_to_return_bonuses_or_bonuses_well_earned_keep_the_models_topic(title, text, predicted):
    assert RULES.topic(title, text, predicted) == predicted


def test_a_rule_that_would_give_other_or_an_unknown_topic_is_refused(tmp_path):
    for topic in ("other", "recovered"):
        path = tmp_path / f"{topic}.yaml"
        path.write_text(f"rules:\n  - name: bad\n    topic: {topic}\n    patterns:\n      ru: ['x']\n",
                        encoding="utf-8")
        with pytest.raises(ValueError, match=f"rule 'bad' gives topic '{topic}'"):
            topic_rules.load_topic_rules(path)


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

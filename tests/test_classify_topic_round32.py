"""Topic rules of round 32 (data/rules/topic.yaml): a court's or a body's list of the week's verdicts or detentions
is a digest, `policy`. Sentences of our own, none from an evaluation set."""

import pytest
from pokazatel.nlp.classify.topic_rules import load_topic_rules

RULES = load_topic_rules()
MODEL_TOPICS = ("bribery", "embezzlement", "fraud", "abuse_of_office", "asset_recovery", "policy")


@pytest.mark.parametrize("title, text", [
    ("Какие приговоры вынесли суды Павлодарской области за неделю", "Пресс-служба облсуда перечислила дела о "
     "взятках и растратах."),
    ("Дайджест облсуда", "Суд рассказал о коррупционных делах, рассмотренных в районах на прошлой неделе. Первым "
     "осуждён бывший аким поселка за взятку."),
    ("Антикор: задержания за прошедшую неделю", "В трёх регионах задержаны чиновники, один из них при получении "
     "взятки."),
    ("Соттар шолуы", "Облыстық сот өткен аптада шығарылған үкімдер туралы хабарлады. Бірінші іс пара алған "
     "инспекторға қатысты."),
])
def test_a_list_of_the_weeks_verdicts_or_detentions_is_a_digest(title, text):
    for predicted in MODEL_TOPICS:
        assert RULES.topic(title, text, predicted) == "policy"


@pytest.mark.parametrize("title, text, predicted", [
    # one case: its file sent to court last week, a singular verdict, a week before something
    ("Дело бывшего акима", "Уголовное дело на прошлой неделе передано в суд. Аким обвиняется в растрате.",
     "embezzlement"),
    ("Суд над таможенником", "Приговор ему вынесли за неделю до отставки начальника таможни.", "bribery"),
    ("Экс-директор ГКП арестован", "Задержания коллег он ждал за неделю до выборов.", "abuse_of_office"),
])
def test_one_case_told_with_a_week_keeps_the_models_topic(title, text, predicted):
    assert RULES.topic(title, text, predicted) == predicted

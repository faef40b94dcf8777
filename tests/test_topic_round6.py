"""Topic rules, round 6 (nlp/classify/topic_rules.py): a question states nothing, so the sentences of the lead are
counted without it. An interview's lead is its first answer, not the interviewer's question: a department head's
interview whose headline quotes the year's bribe detentions and whose first answer counts the corruption crimes as a
whole is a statistics summary, `policy`, as a release giving the same numbers is. Russian, Kazakh in Cyrillic and in
the Latin alphabet (the rules read it transliterated, as the pipeline gives it). Sentences of our own, none from an
evaluation set."""

import pytest
from pokazatel.nlp.classify.topic_rules import load_topic_rules
from pokazatel.nlp.kk.latin import to_cyrillic

RULES = load_topic_rules()
MODEL_TOPICS = ("bribery", "embezzlement", "fraud", "abuse_of_office", "asset_recovery", "policy")


@pytest.mark.parametrize("title, text", [
    ("Глава антикоррупционной службы: за взятки в этом году задержаны 17 человек", "ПАВЛОДАР. Руководитель "
     "областного департамента ответил на вопросы нашего корреспондента.\n– Что удалось сделать за десять месяцев?\n"
     "– Зарегистрировано 64 коррупционных преступления, осуждены 29 человек. За взятки задержаны 17 человек.\n"
     "– Какие сферы самые проблемные?\n– Строительство и здравоохранение."),
    ("Басшы: биыл пара алу кезінде 12 адам ұсталды", "Сыбайлас жемқорлыққа қарсы іс-қимыл департаментінің басшысы "
     "тілшімізге сұхбат берді.\n– Он айда қандай нәтиже бар?\n– Биыл 41 сыбайлас жемқорлық қылмысы тіркелді, 19 адам "
     "сотталды. Пара алу кезінде 12 адам ұсталды."),
])
def test_an_interviews_first_answer_is_its_lead(title, text):
    for predicted in MODEL_TOPICS:
        assert RULES.topic(title, text, predicted) == "policy"


def test_latin_kazakh_interview_read_transliterated_is_policy():
    title = to_cyrillic("Basshy: bıyl para alý kezinde 12 adam ustaldy").text
    text = to_cyrillic("Departament basshysy tilshimizge suhbat berdi.\n– On aıda qandaı nátıje bar?\n– Bıyl 41 "
                       "sybaılas jemqorlyq qylmysy tirkeldi, 19 adam sottaldy.").text
    for predicted in MODEL_TOPICS:
        assert RULES.topic(title, text, predicted) == "policy"


@pytest.mark.parametrize("title, text, topic", [
    # the count is asked, not told: the case the answer reports is the subject
    ("Аким задержан", "Почему 12 коррупционных преступлений в районе остались нераскрытыми? Аким района задержан за "
     "взятку в 2 млн тенге.", "bribery"),
    ("Инспектор ұсталды", "Ауданда 30 сыбайлас жемқорлық қылмысы неге тіркелді? Инспектор пара алу кезінде "
     "ұсталды.", "bribery"),
    # a question in quotes on a line of its own
    ("Аким задержан", "«Откуда в районе 12 коррупционных преступлений?»\nАким района задержан за взятку.", "bribery"),
])
def test_a_question_in_the_lead_states_no_count(title, text, topic):
    assert RULES.topic(title, text, "policy") == topic


def test_an_interview_about_one_case_keeps_its_charge():
    title = "Адвокат осуждённого акима: «Он не брал денег»"
    text = ("Адвокат ответил на вопросы редакции.\n– Как вы оцениваете приговор?\n– Мой подзащитный осуждён за "
            "взятку, но мы обжалуем решение суда.")
    assert RULES.topic(title, text, "policy") == "bribery"

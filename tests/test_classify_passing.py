"""Round 9 of the classifier on sentences of our own: the passing-mention flag (subject.py) is switched off by money
taken for an official's act (paid_acts.py, linear.evidence), and what the shipped model makes of such a story."""

from dataclasses import replace

from pokazatel.nlp.classify.keywords import feature_names
from pokazatel.nlp.classify.lexicons import load_evidence_lexicons
from pokazatel.nlp.classify.linear import PASSING, evidence
from pokazatel.nlp.classify.model import load_classifier
from pokazatel.nlp.classify.paid_acts import NO_PAID_LEXICON

LEXICONS = load_evidence_lexicons()
PASSING_COLUMN = len(feature_names(LEXICONS.keywords)) + PASSING
# a state college teacher paid for a grade; the bribe's word only in the last of seven sentences
TEACHER = ("Суд в Костанае вынес приговор преподавателю государственного колледжа. Как установлено, он получил от "
           "студентов по 20 тысяч тенге за проставление зачёта. Всего 30 эпизодов. Ему назначен штраф. Студенты "
           "дали показания. Приговор вступил в силу. Он признан виновным в получении взятки.")


def test_money_taken_for_an_officials_act_cancels_the_passing_flag():
    without_paid = evidence("Приговор в Костанае", TEACHER, replace(LEXICONS, paid_lexicon=NO_PAID_LEXICON))
    with_paid = evidence("Приговор в Костанае", TEACHER, LEXICONS)
    assert without_paid[PASSING_COLUMN] == 1.0
    assert with_paid[PASSING_COLUMN] == 0.0


def test_a_mention_in_passing_with_no_paid_act_keeps_the_flag():
    text = ("Министерство подвело итоги года. Запущены 40 новых электронных услуг. Очереди в ЦОНах сократились. "
            "Приложение скачали 2 млн раз. В планах новые сервисы. Министр также упомянул борьбу с коррупцией.")
    row = evidence("Итоги года в министерстве", text, LEXICONS)
    assert row[PASSING_COLUMN] == 1.0


def test_the_shipped_model_calls_the_paid_teacher_relevant_and_the_passing_report_not():
    classifier = load_classifier()
    teacher, report = classifier.classify([
        ("Преподавателя колледжа осудили за зачёты", TEACHER),
        ("Итоги года в министерстве", "Министерство подвело итоги года. Запущены 40 новых электронных услуг. "
         "Очереди в ЦОНах сократились. Приложение скачали 2 млн раз. В планах новые сервисы. Министр также "
         "упомянул борьбу с коррупцией.")])
    assert teacher.relevant and not report.relevant

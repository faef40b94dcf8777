"""Round rr31 of the classifier on sentences of our own: core words that do not make a text about corruption. A course's
or a programme's list of topics with anti-corruption as one item is a mention in passing (subject.py)."""

from dataclasses import replace

from pokazatel.nlp.classify.keywords import feature_names
from pokazatel.nlp.classify.lexicons import load_evidence_lexicons
from pokazatel.nlp.classify.linear import PASSING, evidence
from pokazatel.nlp.classify.model import load_classifier
from pokazatel.nlp.classify.subject import SUBJECT_FEATURES, PlainMentionLexicon, subject_features

LEXICONS = load_evidence_lexicons()
PLAIN = LEXICONS.subject_plain


def subject(title: str, text: str, plain: PlainMentionLexicon = PLAIN) -> dict[str, float]:
    values = subject_features(title, text, replace(LEXICONS, subject_plain=plain))
    return dict(zip(SUBJECT_FEATURES, values, strict=True))


def passing(title: str, text: str) -> float:
    row = evidence(title, text, LEXICONS)
    return row[len(feature_names(LEXICONS.keywords)) + PASSING]


COURSE = ("Учебный центр открыл набор на курсы для работников районных акиматов. Программа рассчитана на три месяца. "
          "Курс включает четыре модуля: делопроизводство, публичные выступления, антикоррупционная культура и основы "
          "бюджетного учёта. Обучение бесплатное. Слушатели получат сертификаты.")


def test_anti_corruption_as_one_module_of_a_course_is_a_mention_in_passing():
    found = subject("В области начались курсы для работников акиматов", COURSE)
    assert found["subject:core_sentence_share"] == 0.0
    assert found["subject:passing_mention"] == 1.0
    assert passing("В области начались курсы для работников акиматов", COURSE) == 1.0


def test_a_course_about_corruption_or_a_list_without_a_course_word_still_counts():
    seminar = ("Для руководителей управлений провели семинар по противодействию коррупции. Лектор разобрал "
               "случаи конфликта интересов. Участники сдали тест.")
    assert subject("Семинар по противодействию коррупции", seminar)["subject:passing_mention"] == 0.0
    charges = ("Суд вынес приговор бывшему акиму. Его признали виновным по трём статьям: взятка, превышение "
               "полномочий, служебный подлог. Он получил 8 лет.")
    assert subject("Экс-аким осуждён", charges)["subject:core_sentence_share"] == 1 / 3
    course_alone = ("Курс по противодействию коррупции прошли 40 государственных служащих области. Занятия шли месяц. "
                    "Слушатели сдали экзамен.")
    assert subject("Госслужащие прошли обучение", course_alone)["subject:core_sentence_share"] > 0.0


def test_a_kazakh_programme_topic_list_with_anti_corruption_is_a_mention_in_passing():
    text = ("Облыстық оқу орталығы мемлекеттік қызметшілерге арналған жаңа бағдарлама бастады. Оқу үш айға созылады. "
            "Бағдарлама бес модульден тұрады: цифрлық сауаттылық, іс қағаздарын жүргізу, әдеп, сыбайлас жемқорлыққа "
            "қарсы іс-қимыл негіздері және ағылшын тілі. Тыңдаушыларға сертификат беріледі.")
    found = subject("Мемлекеттік қызметшілер біліктілігін арттырады", text)
    assert found["subject:passing_mention"] == 1.0
    assert found["subject:core_sentence_share"] == 0.0


def test_without_plain_lists_nothing_changes():
    found = subject("В области начались курсы для работников акиматов", COURSE, PlainMentionLexicon())
    assert found["subject:core_sentence_share"] == 1 / 5


def test_the_shipped_model_was_trained_with_these_plain_lists_and_reads_a_course_as_ordinary():
    model = load_classifier().model
    assert model.lexicons.subject_plain == PLAIN
    assert model.probabilities([("В области начались курсы для работников акиматов", COURSE)])[0] < model.threshold

"""Topic rules, round 8 (nlp/classify/topic_rules.py, data/rules/topic.yaml's `case_headlines`): a detention in the
headline ("задержали", "ұсталды") is a step of a case for the topic, so the rules read the first four sentences, where
such a story tells what the suspects did after the event and its source; in those four sentences no rule gives
`policy`, since a count of the region's crimes after one case is background. Relevance reads subject.yaml's own
`procedure` list, which stays without detentions. Russian, Kazakh in Cyrillic and in the Latin alphabet (the rules read
it transliterated, as the pipeline gives it). Sentences of our own, none from an evaluation set."""

import pytest
from pokazatel.nlp.classify.subject import load_procedure_markers, procedure_headline
from pokazatel.nlp.classify.topic_rules import load_topic_rules
from pokazatel.nlp.kk.latin import article_in_cyrillic

RULES = load_topic_rules()
MODEL_TOPICS = ("bribery", "embezzlement", "fraud", "abuse_of_office", "asset_recovery", "policy")


@pytest.mark.parametrize("title, text, topic", [
    # the overpayment told in the third sentence, after the detention and the suspicion
    ("В Павлодаре задержали директора колледжа и его заместителя",
     "В Павлодаре задержаны директор колледжа Ерлан Сапаров и его заместитель по хозяйственной части. Их подозревают "
     "в сговоре с поставщиком. По данным департамента, мебель для общежития закупалась по ценам, завышенным вдвое. "
     "Ущерб составил 40 млн тенге.", "embezzlement"),
    # the bribe told in the third sentence
    ("Начальник отдела ЖКХ задержан в Талдыкоргане",
     "Сотрудники антикоррупционной службы задержали начальника отдела жилищно-коммунального хозяйства города. "
     "Оперативные мероприятия проводились совместно с КНБ. Он задержан при получении взятки в 2 млн тенге от "
     "подрядчика.", "bribery"),
    ("Атырауда аудандық білім бөлімінің басшысы ұсталды",
     "Атырау облысында аудандық білім бөлімінің басшысы ұсталды. Бұл туралы агенттіктің облыстық департаменті "
     "хабарлады. Ол мердігерден 3 млн теңге пара алған кезде ұсталды.", "bribery"),
    ("Шымкентте мектеп директоры қолға түсті",
     "Шымкентте мектеп директоры қолға түсті. Тергеу жүргізіліп жатыр. Ол мектепті жөндеуге бөлінген қаражатты "
     "жымқырды деген күдікпен ұсталды.", "embezzlement"),
])
def test_under_a_detention_headline_the_third_or_fourth_sentence_names_the_offence(title, text, topic):
    for predicted in MODEL_TOPICS:
        assert RULES.topic(title, text, predicted) == topic


def test_latin_kazakh_detention_headline_read_transliterated_names_the_offence():
    title, text = article_in_cyrillic(
        "Qostanaıda jol polıtsııasynyń ınspektory ustaldy",
        "QOSTANAI. Qostanaı oblysynda jol polıtsııasynyń ınspektory ustaldy.\nBul týraly agenttiktiń baspasóz "
        "qyzmeti habarlady. Ol júrgizýshiden 200 myń teńge para alǵan kezde ustaldy.")
    for predicted in MODEL_TOPICS:
        assert RULES.topic(title, text, predicted) == "bribery"


@pytest.mark.parametrize("title, text, predicted", [
    # a count of the region's crimes in the fourth sentence after one detention: background, the model's topic stays
    ("В Кызылорде задержан заместитель акима района",
     "Сотрудники департамента задержали заместителя акима района при получении 4 млн тенге. Деньги он требовал у "
     "фермера за выделение пастбища. Вместе с ним задержан посредник. По словам руководителя департамента, за 9 "
     "месяцев в регионе зарегистрировано 31 коррупционное преступление.", "bribery"),
    ("Түркістанда ауыл әкімі ұсталды",
     "Түркістан облысында ауыл әкімі кәсіпкерден ақша талап етіп, ұсталды. Оның серігі де ұсталды. Іс бойынша "
     "тергеу жүргізілуде. Биыл 9 айда облыста 45 сыбайлас жемқорлық қылмысы тіркелді.", "bribery"),
    # a delay ("задержка") is no detention: the third sentence is not read
    ("Задержка зарплаты в районной больнице",
     "Врачи районной больницы третий месяц ждут зарплату. В акимате обещали разобраться. Проверка выяснила, что "
     "оборудование закупалось по ценам, завышенным втрое.", "abuse_of_office"),
    # no step of a case in the headline: the offence in the third sentence stays background
    ("В Караганде обсудили госзакупки",
     "В Караганде прошёл семинар для закупщиков. Говорили о новых правилах. Спикер напомнил, что в прошлом году "
     "директор колледжа закупал мебель по ценам, завышенным вдвое.", "policy"),
])
def test_background_after_a_detention_or_no_case_step_keeps_the_models_topic(title, text, predicted):
    assert RULES.topic(title, text, predicted) == predicted


def test_a_detention_is_a_case_step_for_the_topic_but_not_for_relevance():
    title = "В Караганде задержали главврача больницы"
    assert procedure_headline(title, RULES.procedure, RULES.disputed)
    assert not procedure_headline(title, load_procedure_markers())

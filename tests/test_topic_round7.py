"""Topic rules, round 7 (nlp/classify/topic_rules.py, data/rules/topic.yaml's `period_totals`): a period's totals,
officials detained, convicted or charged or crimes found, counted over a stretch of time named in the same sentence,
are a body's results, a statistics summary (SCHEMA.md's `policy`), though the offence counted is one kind and the
headline names it ("за взятки", "пара алғаны үшін"). One case's suspects (no period), a term of years, the period's
own number, people at large counted by a warning (bribe-givers) and a report headed by a return are not. Russian,
Kazakh in Cyrillic and in the Latin alphabet (the rules read it transliterated, as the pipeline gives it). Sentences
of our own, none from an evaluation set."""

import pytest
from pokazatel.nlp.classify.topic_rules import load_topic_rules
from pokazatel.nlp.kk.latin import article_in_cyrillic

RULES = load_topic_rules()
MODEL_TOPICS = ("bribery", "embezzlement", "fraud", "abuse_of_office", "asset_recovery", "policy")


@pytest.mark.parametrize("title, text", [
    ("Антикор Жамбылской области: с начала года задержаны 24 должностных лица",
     "Департамент сообщил о результатах работы. С начала года в области с поличным задержаны 24 должностных лица, "
     "бравших взятки. В суд направлено 31 уголовное дело."),
    ("За девять месяцев за взятки осуждены 56 чиновников",
     "Об этом сообщила пресс-служба областного суда. Больше всего осуждённых работали в акиматах."),
    ("В этом году 19 полицейских привлечены к уголовной ответственности за взятки",
     "Данные привёл начальник департамента полиции на брифинге."),
    ("Брифинг в СЦК", "Заместитель председателя Агентства провёл брифинг. За 11 месяцев выявлено 412 фактов "
     "взяточничества, сумма взяток превысила 6 млрд тенге."),
    ("Биыл 10 айда 143 лауазымды тұлға пара алғаны үшін сотталды",
     "Агенттік өкілі брифинг өткізді. Жыл басынан бері 390 пара алу қылмысы анықталған."),
    ("Павлодар облысында жыл басынан бері 18 шенеунік ұсталды",
     "Департамент жұмыс нәтижесін жариялады. Пара алу кезінде 18 шенеунік ұсталды, 25 іс сотқа жолданды."),
    ("Агенттік брифингі", "Жарты жылда 212 пара алу қылмысы анықталды. Пара сомасы 3 млрд теңгеден асты."),
])
def test_a_periods_totals_of_one_offence_are_a_statistics_summary(title, text):
    for predicted in MODEL_TOPICS:
        assert RULES.topic(title, text, predicted) == "policy"


def test_latin_kazakh_periods_totals_read_transliterated_are_policy():
    title, text = article_in_cyrillic(
        "Bıyl 9 aıda 64 laýazymdy tulǵa para alǵany úshin sottaldy",
        "ASTANA. Agenttik ókili brıfıng ótkizdi.\nOnyń aıtýynsha, jyl basynan beri 9 aıda 210 para alý qylmysy "
        "anyqtalǵan. Paralardyń jalpy somasy 2 mlrd teńgeden asty.")
    for predicted in MODEL_TOPICS:
        assert RULES.topic(title, text, predicted) == "policy"


@pytest.mark.parametrize("title, text, predicted", [
    # one case's suspects: no period in the sentence that counts them
    ("В Таразе задержаны три сотрудника полиции", "Три сотрудника полиции задержаны при получении взятки в 500 тысяч "
     "тенге. Деньги они требовали у водителя.", "bribery"),
    ("Алматыда 2 полицей пара алу кезінде ұсталды", "Екі полиция қызметкері жүргізушіден 300 мың теңге пара алған "
     "кезде ұсталды.", "bribery"),
    # a term of years, not a count of people
    ("Бывший аким осуждён на 8 лет", "В этом году суд приговорил бывшего акима к 8 годам. Он получил взятку в 20 млн "
     "тенге.", "bribery"),
    # the period's own number and crimes in the plural: what was returned from them, not a count of crimes
    ("Сыбайлас жемқорлық бойынша брифинг", "Агенттік 9 айда сыбайлас жемқорлық қылмыстарынан келтірілген залалдың 5 "
     "миллиард теңгесі өтелгенін хабарлады.", "asset_recovery"),
    # people at large, bribe-givers a warning counts: the offence stays the topic
    ("МВД: с начала года за попытку дать взятку полицейским задержаны 130 человек", "Водители оставляют деньги в "
     "патрульной машине. Министерство напомнило о наказании за дачу взятки.", "bribery"),
    ("ІІМ: жыл басынан бері полицейге пара ұсынған 85 адам ұсталды", "Жүргізушілер полицейлерге ақша ұсынады. "
     "Министрлік пара бергені үшін жаза қатаң екенін ескертті.", "bribery"),
    # a period's report whose lead tells assets returned stays the model's (asset_recovery's, as a digest's does)
    ("Итоги полугодия", "За полгода осуждены 40 чиновников. Возвращено в бюджет 2 млрд тенге.", "asset_recovery"),
])
def test_no_periods_totals_keeps_the_models_topic(title, text, predicted):
    assert RULES.topic(title, text, predicted) == predicted

"""Topic rules of round 33 (data/rules/topic.yaml): a count or share of the people convicted for corruption as a
whole is a statistics summary, `policy`, though its headline is a step of a case ("осуждённых"); a body's results or
detentions of the past week are a digest, `policy`; public land given out to an official's relatives is
`abuse_of_office` when the lead names no bribe. Kazakh in Cyrillic and in the Latin alphabet (the rules read it
transliterated, as the pipeline gives it). Sentences of our own, none from an evaluation set."""

import pytest
from pokazatel.nlp.classify.topic_rules import load_topic_rules
from pokazatel.nlp.kk.latin import to_cyrillic

RULES = load_topic_rules()
MODEL_TOPICS = ("bribery", "embezzlement", "fraud", "abuse_of_office", "asset_recovery", "policy")


def _as_read(title: str, text: str) -> tuple[str, str]:
    """Latin-script Kazakh as the pipeline hands it to the rules: in Cyrillic."""
    return to_cyrillic(title).text, to_cyrillic(text).text


@pytest.mark.parametrize("title, text", [
    # a headline of convictions ("осуждённых") whose third sentence names a bribe as one example
    ("Сенатор спросил, отчего растёт число осуждённых за коррупцию таможенников", "Сенатор направил запрос "
     "министру финансов. По его данным, за полгода за коррупционные преступления осуждены 54 работника таможни. "
     "Большинство из них осуждены за взятки."),
    ("Прокурор области назвал число привлечённых за коррупцию учителей", "Прокурор выступил на коллегии. "
     "В этом году за коррупционные правонарушения привлечено 37 педагогов, сообщил он."),
    ("Треть коррупционных преступлений выявлена в сфере госзакупок", "Антикор подвёл данные по стране. "
     "Остальные дела касаются взяток и хищений."),
    ("Облыс прокуроры: сыбайлас жемқорлық қылмыстарының жартысы құрылыс саласында", "Прокурор брифинг өткізді. "
     "Оның айтуынша, пара алу фактілері де көп."),
    ("Мәжіліс депутаты жемқорлық үшін сотталған полицейлер саны неге артқанын сұрады", "Депутат үкіметке сауал "
     "жолдады. Сотталғандардың көбі пара алғаны үшін жазаланды."),
    ("Сенатор кеден қызметкерлері туралы сауал жолдады", "Сенатор министрге сауал жолдады. Оның дерегінше, "
     "жарты жылда сыбайлас жемқорлық қылмыстары үшін 54 кеден қызметкері сотталды. Көбі пара алғаны үшін сотталды."),
])
def test_a_count_or_share_of_corruption_convictions_is_a_statistics_summary(title, text):
    for predicted in MODEL_TOPICS:
        assert RULES.topic(title, text, predicted) == "policy"


@pytest.mark.parametrize("title, text", [
    ("Departament basshysy: sybaılas jemqorlyq qylmystarynyń tórtten biri bilim salasynda", "Basshy brıfıng "
     "ótkizdi. Para alý faktileri de az emes."),
    ("Júk tasymaldaýshylar: ótken aptada júrgizilgen tekserýlerdiń nátıjeleri", "Agenttik ótken aptada "
     "júrgizilgen jedel is-sharalardyń nátıjesin jarııalady. Bir ınspektor para alý kezinde ustaldy."),
])
def test_latin_kazakh_reports_read_transliterated_are_policy(title, text):
    title, text = _as_read(title, text)
    for predicted in MODEL_TOPICS:
        assert RULES.topic(title, text, predicted) == "policy"


@pytest.mark.parametrize("title, text, predicted", [
    # one person's conviction, with his age or the year: no count of convictions
    ("Полицейский осуждён за взятку", "За коррупционное преступление осуждён 45-летний участковый. Он получил "
     "200 тысяч тенге.", "bribery"),
    ("Бывший аким осуждён", "В 2019 году за коррупционные преступления был осуждён его предшественник. Сам аким "
     "осуждён за растрату.", "embezzlement"),
    # a share that is not of corruption crimes
    ("Треть бюджета освоена", "Акимат освоил треть средств. Директор ГКП задержан за взятку.", "bribery"),
    ("Бұрынғы әкім сотталды", "Сыбайлас жемқорлық қылмыстары үшін 2019 жылы оның орынбасары сотталды. Әкімнің "
     "өзі қаржыны жымқырғаны үшін сотталды.", "embezzlement"),
])
def test_one_conviction_or_another_share_keeps_its_topic(title, text, predicted):
    assert RULES.topic(title, text, predicted) == predicted


@pytest.mark.parametrize("title, text", [
    ("Антикор рассказал о задержаниях минувшей недели", "В трёх областях задержаны чиновники. Один из них "
     "получил взятку, другой присвоил бюджетные деньги."),
    ("Итоги прошлой недели", "Департамент подвёл итоги прошлой недели: задержан инспектор при получении взятки, "
     "осуждён бухгалтер за растрату."),
    ("Агенттік апта қорытындысы", "Агенттік өткен аптада жүргізілген тексерулердің нәтижесін жариялады. Бір "
     "инспектор пара алу кезінде ұсталды."),
])
def test_the_results_or_detentions_of_the_past_week_are_a_digest(title, text):
    for predicted in MODEL_TOPICS:
        assert RULES.topic(title, text, predicted) == "policy"


@pytest.mark.parametrize("title, text, predicted", [
    # one detention told with the past week
    ("Аким задержан", "О задержании акима на прошлой неделе сообщил департамент. Ему вменяют получение взятки.",
     "bribery"),
    ("Инспектор ұсталды", "Өткен аптада инспектор пара алу кезінде ұсталды. Тергеу жүріп жатыр.", "bribery"),
])
def test_one_case_of_the_past_week_keeps_its_topic(title, text, predicted):
    assert RULES.topic(title, text, predicted) == predicted


@pytest.mark.parametrize("title, text", [
    ("Аким поселка раздал землю родственникам", "Проверка прокуратуры выявила нарушения. Участки в пойме реки "
     "получили его брат и племянники."),
    ("В районе задержан бывший руководитель земельного отдела", "Его подозревают в том, что он незаконно "
     "предоставил своим родственникам и друзьям 14 земельных участков. Участки изъяты."),
    ("Ауыл әкімі туыстарына жер телімдерін таратып берген", "Прокуратура тексеріс жүргізді. Ауыл әкімі "
     "қызметінен босатылды."),
])
def test_public_land_given_to_relatives_is_abuse_of_office(title, text):
    for predicted in ("bribery", "embezzlement", "fraud", "policy"):
        assert RULES.topic(title, text, predicted) == "abuse_of_office"


def test_latin_kazakh_land_to_relatives_read_transliterated_is_abuse_of_office():
    title, text = _as_read("Aýyl ákimi týystaryna jer telimderin berip jibergen", "Prokýratýra tekseris júrgizdi. "
                           "Ákim qyzmetinen bosatyldy.")
    assert RULES.topic(title, text, "bribery") == "abuse_of_office"


@pytest.mark.parametrize("title, text, predicted", [
    # a bribe taken for the land: bribery
    ("Аким раздал землю родственникам за взятки", "Аким получил взятку от застройщика. Дело передано в суд.",
     "bribery"),
    # land the relatives bought at an auction: no give-away
    ("Родственники акима купили землю на аукционе", "Сделку проверяет прокуратура. Нарушений пока нет.", "policy"),
])
def test_land_with_a_bribe_or_bought_keeps_its_topic(title, text, predicted):
    assert RULES.topic(title, text, predicted) == predicted

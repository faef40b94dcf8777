"""Topic rules over the model for the offence the headline or lead names (data/rules/topic.yaml): officials who
overpay in their own purchase waste public money (`embezzlement`), and the charge a person is detained, suspected or
convicted for is the article's topic, unless the lead names another offence too or reports what was returned.
Sentences of our own, none from an evaluation set."""

import pytest
from pokazatel.nlp.classify.topic_rules import load_topic_rules

RULES = load_topic_rules()


@pytest.mark.parametrize("title, text", [
    ("Директора КГП подозревают в завышении стоимости угля",
     "Следствие установило, что уголь для котельной закупался у ТОО из Экибастуза. Ущерб – 84 млн тенге."),
    ("Дело о закупке автобусов", "Руководство автопарка завысило цену двадцати автобусов на 130 млн тенге. "
     "Расследование ведёт департамент."),
    ("Ремонт больницы", "Подрядчику платили по ценам, завышенным вдвое. Задержан заместитель главного врача."),
    ("Мектеп жабдығы қымбатқа алынды", "Білім бөлімінің басшысы жабдық сатып алуда 95 млн теңге залал келтірді деп "
     "күдіктелуде."),
    ("Ауруханада айып тағылды", "Бас дәрігер мен жеткізуші дәрі-дәрмектің бағасын қолдан көтерген."),
])
def test_officials_overpaying_in_their_own_purchase_is_embezzlement(title, text):
    assert RULES.topic(title, text, "fraud") == "embezzlement"
    assert RULES.topic(title, text, "policy") == "embezzlement"


@pytest.mark.parametrize("title, text, predicted", [
    # a supplier's deception named fraud, a named abuse of office
    ("Поставщик обманул больницу", "Директора ТОО обвиняют в мошенничестве: он поставлял аппараты по завышенным "
     "ценам.", "fraud"),
    ("Превышение полномочий", "Аким завысил стоимость работ, превысив должностные полномочия.", "abuse_of_office"),
    ("Мемлекеттік сатып алудағы алаяқтық", "Кәсіпкер бағаны қолдан көтеріп, мекемені алдады.", "fraud"),
    # overpricing as something to watch for, and a price in documents of a private claim
    ("Госзакупки под контролем ИИ", "Система будет выявлять завышение цен в закупках.", "policy"),
    ("Фермер получил субсидии", "В документах фермера указана завышенная стоимость скота.", "fraud"),
])
def test_a_named_other_offence_or_overpricing_as_a_risk_keeps_the_models_topic(title, text, predicted):
    assert RULES.topic(title, text, predicted) == predicted


@pytest.mark.parametrize("title, text, topic", [
    ("Инспектора осудили за взятку", "Суд назначил ему 6 лет. В бюджете района на дороги выделено 4 млрд тенге.",
     "bribery"),
    ("Задержан начальник отдела", "Его задержали при получении 3 млн тенге взятки от подрядчика.", "bribery"),
    ("Сот үкім шығарды", "Салық қызметкері кәсіпкерден 2 млн теңге пара алғаны үшін 5 жылға сотталды.", "bribery"),
    ("Әкім ұсталды", "Ауыл әкімі пара алу кезінде ұсталды.", "bribery"),
    ("Бухгалтера школы подозревают в присвоении", "Она выписывала себе зарплату за уволенных учителей.",
     "embezzlement"),
    ("Экс-директор КГП осуждён за растрату", "Деньги на ремонт котельной ушли на счета фирмы-однодневки.",
     "embezzlement"),
    ("Қоймашы сотталды", "Ол әскери бөлімнің жанармайын жымқырғаны үшін 4 жылға сотталды.", "embezzlement"),
    ("Ауылда субсидия жымқырылды", "Үш шаруа субсидия жымқырды деген күдікпен ұсталды.", "embezzlement"),
    ("Директора ТОО обвиняют в мошенничестве с грантом", "Он отчитался за оборудование, которое не покупал.",
     "fraud"),
    ("Қорда 300 млн теңгенің алаяқтығы анықталды", "Қор қызметкерлері жалған келісімшарттар жасаған.", "fraud"),
    ("Несие бөлімінің басшысы ұсталды", "Ол жалған шаруашылықтарға несие беріп, алаяқтық жасады деп күдіктелуде.",
     "fraud"),
])
def test_the_charge_named_in_the_headline_or_lead_is_the_topic(title, text, topic):
    for predicted in ("bribery", "embezzlement", "fraud", "abuse_of_office", "asset_recovery", "policy"):
        assert RULES.topic(title, text, predicted) == topic


@pytest.mark.parametrize("title, text, predicted", [
    # two offences named: the model weighs them
    ("Экс-аким осуждён за хищение и получение взяток", "Ему назначено 10 лет.", "embezzlement"),
    ("Директор сотталды", "Ол бюджет қаражатын жымқырғаны және пара алғаны үшін сотталды.", "bribery"),
    # what was returned is the subject
    ("Осуждённый за взятку судья вернул деньги", "Он возместил государству 40 млн тенге.", "asset_recovery"),
    ("С осуждённых за хищение взыскано 90 млн тенге", "Проданы их квартиры.", "asset_recovery"),
    ("Шенеуніктің ақшасы тәркіленді", "Пара алғаны үшін сотталған басшының 50 млн теңгесі мемлекет кірісіне "
     "айналдырылды.", "asset_recovery"),
    # a charge named only further down is background
    ("Облыстың жаңа әкімі тағайындалды", "Жаңа әкім бүгін қызметке кірісті. Ол бұрын құрылыс саласында жұмыс "
     "істеген. Алдыңғы әкім пара алғаны үшін сотталған.", "policy"),
])
def test_two_offences_returns_or_a_charge_further_down_keep_the_models_topic(title, text, predicted):
    assert RULES.topic(title, text, predicted) == predicted


def test_a_period_digest_that_lists_charges_stays_policy():
    assert RULES.topic("Антикор подвёл итоги недели", "За неделю задержаны трое акимов сёл при получении взяток и "
                       "бухгалтер, подозреваемый в присвоении.", "bribery") == "policy"


@pytest.mark.parametrize("title, text", [
    ("Бывшего акима осудили", "Экс-аким района признан виновным в превышении должностных полномочий при выдаче "
     "разрешений на строительство."),
    ("Штраф за халатность", "Начальнику отдела ЖКХ назначен штраф за халатность при приёмке котельной."),
    ("Директора колледжа уволили", "Директор уволен из-за конфликта интересов: он принял на работу сына."),
    ("Аким незаконно раздал пастбища", "Аким сельского округа незаконно выделил 9 земельных участков знакомым."),
    ("Бөлім басшысы сотталды", "Ол қызмет бабын асыра пайдаланғаны үшін 3 жылға сотталды."),
    ("Әкімдік қызметкерлері ұсталды", "Олар 30 жер телімін заңсыз берген."),
])
def test_abuse_of_office_named_as_the_charge_or_land_given_away_unlawfully_is_abuse_of_office(title, text):
    assert RULES.topic(title, text, "bribery") == "abuse_of_office"
    assert RULES.topic(title, text, "policy") == "abuse_of_office"


@pytest.mark.parametrize("title, text, predicted", [
    # conflict of interest as a subject of prevention, not a charge
    ("Чиновников обучили", "Госслужащим рассказали, как выявлять конфликт интересов.", "policy"),
    ("Жаңа талаптар", "Мемлекеттік қызметшілер үшін мүдделер қақтығысы туралы жаңа ереже енгізілді.", "policy"),
    # land returned to the state; a land bribe
    ("Пресечена незаконная передача земельного участка", "Участок возвращён в государственную собственность.",
     "asset_recovery"),
    ("Аким осуждён за взятку", "Он незаконно выделил земельный участок за взятку в 5 млн тенге.", "bribery"),
])
def test_conflict_of_interest_as_prevention_or_land_with_another_offence_keep_the_models_topic(title, text,
                                                                                                predicted):
    assert RULES.topic(title, text, predicted) == predicted

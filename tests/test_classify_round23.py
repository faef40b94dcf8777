"""Relevance, twenty-third pass: court and prosecutor releases that look like corruption news or do not, on sentences
of their own.

A private business's tax evasion names the budget as where its taxes were due ("не уплатил в бюджет", "бюджетке
салық төлемеген"): no public money taken, so its fictitious deals beside that budget are no pair of public money and
fraud, while fraud with money taken out of the budget (VAT refunds, subsidies) stays one. A financial pyramid is a
private party: its organiser's fraud is ordinary crime. State property alienated or privatised unlawfully
("незаконно приватизированное здание", "заңсыз иеліктен шығарылған мемлекеттік мүлік") names corruption (its return
is asset recovery) and, beside public property, a misuse of it, in Cyrillic and in the Latin alphabet read in Cyrillic;
a return of unused land names neither.

Money saved on public spending ("экономия бюджетных средств составила", "үнемделді") is a plain mention, unless an
act stands beside it or the savings are where bonuses were paid from."""

from actor_readings import LEXICONS, MONEY_FRAUD, ONE, PRIVATE_THEFT, actors
from pokazatel.nlp.classify.subject import SUBJECT_FEATURES, subject_features
from pokazatel.nlp.kk.latin import to_cyrillic

SHARE = "subject:core_sentence_share"
PASSING = "subject:passing_mention"


def subject(text: str, title: str = "") -> dict[str, float]:
    return dict(zip(SUBJECT_FEATURES, subject_features(title, text, LEXICONS), strict=True))


def test_taxes_a_business_did_not_pay_into_the_budget_are_no_public_money_taken():
    for text in ("Через фиктивные счета-фактуры директор товарищества не уплатил в бюджет 120 млн тенге налогов.",
                 "Оформляя подложные договоры с однодневками, фирма недоплатила в бюджет подоходный налог.",
                 "По версии следствия, из-за фиктивных сделок в бюджет не поступило 45 млн тенге налогов.",
                 "Кәсіпкер жалған құжаттар арқылы бюджетке 80 млн теңге салық төлемеген.",
                 to_cyrillic("Kompanııa jalǵan qujattar arqyly salyqty bıýdjetke tólemegen.").text):
        assert actors(text)[MONEY_FRAUD] == 0.0, text


def test_money_taken_out_of_the_budget_is_still_public_money():
    for text in ("По фиктивным счетам-фактурам фирма незаконно получила из бюджета возврат НДС на 300 млн тенге.",
                 "Фермер по подложным документам получил бюджетные субсидии на 12 млн тенге.",
                 "Жалған құжаттар арқылы ҚҚС қайтару есебінен бюджеттен 90 млн теңге алған."):
        assert actors(text)[MONEY_FRAUD] == ONE, text


def test_a_financial_pyramid_is_a_private_party():
    for text in ("Суд признал основателя финансовой пирамиды виновным в мошенничестве.",
                 "Қаржы пирамидасының ұйымдастырушысы алаяқтық жасағаны үшін сотталды.",
                 to_cyrillic("Qarjy pıramıdasynyń uıymdastyrýshysy alaıaqtyq jasaǵany úshin sottaldy.").text):
        found = actors(text)
        assert found[PRIVATE_THEFT] == ONE and found[MONEY_FRAUD] == 0.0, text


def test_state_property_alienated_or_privatised_unlawfully_names_a_misuse_of_it():
    for text in ("Прокуратура вернула в государственную собственность незаконно приватизированное здание школы.",
                 "Выявлено незаконно отчуждённое государственное имущество на 2 млрд тенге.",
                 "Прокуратура заңсыз иеліктен шығарылған мемлекеттік мүлікті қайтарды.",
                 to_cyrillic("Prokýratýra zańsyz ıelikten shyǵarylǵan memlekettik múlikti qaıtardy.").text):
        assert actors(text)[MONEY_FRAUD] == ONE, text
        assert subject(text)[SHARE] == 1.0, text


def test_unlawful_privatisation_is_a_sentence_about_corruption():
    for text in ("Суд признал сделку незаконной: общежитие было незаконно приватизировано в 2008 году.",
                 "Облыстағы екі ғимарат 2010 жылдары заңсыз жекешелендірілген.",
                 to_cyrillic("Aýdandaǵy eki ǵımarat 2010 jyldary zańsyz jekeshelendirilgen.").text):
        assert subject(text)[SHARE] == 1.0, text


def test_a_return_of_unused_land_names_neither():
    for text in ("В области 12 тысяч гектаров неиспользуемой земли возвращено в государственную собственность.",
                 "Пайдаланылмай жатқан 5 мың гектар жер мемлекетке қайтарылды."):
        assert subject(text)[SHARE] == 0.0, text
        assert actors(text)[MONEY_FRAUD] == 0.0, text



def test_money_saved_on_public_spending_is_a_plain_mention():
    for text, title in (("Экономия бюджетных средств по итогам конкурсов составила 4,1 млрд тенге.", ""),
                        ("", "Управление образования сэкономило на госзакупках 800 млн тенге"),
                        ("Электрондық сатып алу арқылы бюджет қаражатының 1,2 млрд теңгесі үнемделді.", ""),
                        (to_cyrillic("Memlekettik satyp alýda 900 mln teńge únemdeldi.").text, "")):
        found = subject(text, title)
        assert found[SHARE] == 0.0 and found[PASSING] == float(bool(text)), (title, text)


def test_savings_beside_an_act_or_bonuses_from_savings_still_count():
    for text in ("На госзакупках сэкономлено 40 млн тенге, которые начальник отдела присвоил.",
                 "Экономия по госзакупкам составила 12 млн тенге, но выявлена растрата бюджетных средств.",
                 "Руководство выплачивало себе премии из сэкономленных бюджетных средств, хотя экономии не было.",
                 "Басшылар үнемделмеген бюджет қаражатынан өздеріне сыйақы төлеген."):
        assert subject(text)[SHARE] == 1.0, text

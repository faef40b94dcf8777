"""Relevance, twenty-fifth pass: a financial pyramid's fraud on citizens, on sentences of their own.

A financial pyramid is itself a fraud, so a sentence naming one (and no public money) tells private fraud even when
its fraud word stands in another sentence ("задержан организатор финансовой пирамиды"; "қаржы пирамидасының
ұйымдастырушысы ұсталды"): SCHEMA.md's `other`. Public money beside it still makes the sentence public money taken,
and an official's bribe from a pyramid's organiser stays an act of an official when no fraud word stands with it."""

from actor_readings import ACT, MONEY_FRAUD, ONE, PRIVATE_THEFT, actors
from pokazatel.nlp.kk.latin import to_cyrillic


def test_a_sentence_naming_a_financial_pyramid_tells_private_fraud_by_itself():
    for title, text in (
            ("В Караганде задержали создателя финансовой пирамиды", "Сотни жителей области отдали ему сбережения."),
            ("Финансовая пирамида собрала с пенсионеров 900 млн тенге", "Её руководитель скрылся за границей."),
            ("Павлодарда қаржы пирамидасының жетекшісі ұсталды", "Оған 400-ден астам тұрғын ақша салған."),
            (to_cyrillic("Aqtóbede qarjy pıramıdasynyń uıymdastyrýshysy qamaldy").text,
             to_cyrillic("Oǵan 200 adam aqsha salǵan.").text)):
        found = actors(text, title)
        assert found[PRIVATE_THEFT] == ONE and found[MONEY_FRAUD] == 0.0, title


def test_public_money_beside_a_pyramid_is_still_public_money_taken():
    for text in ("Финансовая пирамида через подставные фирмы получила бюджетные субсидии на 50 млн тенге.",
                 "Қаржы пирамидасы мемлекеттік субсидияны жымқырған."):
        found = actors(text)
        assert found[MONEY_FRAUD] == ONE and found[PRIVATE_THEFT] == 0.0, text


def test_an_officials_bribe_from_a_pyramids_organiser_stays_an_act_of_an_official():
    text = "Начальник отдела полиции получил взятку от организатора пирамиды за прекращение проверки."
    found = actors(text)
    assert found[ACT] == ONE and found[PRIVATE_THEFT] == 0.0

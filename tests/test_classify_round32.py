"""Relevance, thirty-second pass: ordinary crime between private parties, on articles of our own.

A pawnshop clerk who embezzles clients' gold ("жымқырды"), a fraudster who sells fake certificates or a trip to private
people ("алаяқтық"): SCHEMA.md makes theft and fraud between private parties `other`, and the model's probability for
such a story is capped after the model (private_crimes.py). A public side anywhere (a hospital's cashier, a state fund,
the budget), an official's act or a sold official decision leaves the article to the model; a sentence that rules
officials out ("мемлекеттік органдар қызметкерлерінің қатысы анықталмады") does not count as a public side."""

import dataclasses

import pytest
from pokazatel.nlp.classify.lexicons import load_evidence_lexicons
from pokazatel.nlp.classify.model import load_classifier
from pokazatel.nlp.classify.private_crime_words import NO_PRIVATE_CRIME_LEXICON
from pokazatel.nlp.classify.private_crimes import PRIVATE_CRIME_PROBABILITY, is_private_crime
from pokazatel.nlp.classify.releases import RELEASE_PROBABILITY, is_release
from pokazatel.nlp.kk.latin import article_in_cyrillic

LEXICONS = load_evidence_lexicons()

PAWNSHOP = ("Қостанайда ломбард кассирі клиенттердің зергерлік бұйымдарын жымқырды",
            "Қостанай қалалық полиция басқармасы жекеменшік ломбард кассиріне қатысты жымқыру бабы бойынша "
            "қылмыстық іс бастады. "
            "Полиция мәліметінше, 34 жастағы әйел екі жыл бойы кепілдегі алтын сақиналарды көшірмелермен "
            "ауыстырып отырған. "
            "Ломбардқа келтірілген залал 12 млн теңгені құрайды. "
            "Күдікті үйқамаққа алынды.")
CERTIFICATES = ("Жалған медициналық анықтама сатқан алаяқ сотталды",
                "Ақтөбе қалалық сотының баспасөз қызметі жалған анықтамалар сатқан тұрғынға үкім шығарылғанын "
                "хабарлады. "
                "Сот анықтағандай, сотталушы мессенджер арқылы 15 адамды алдап, әрқайсысынан 80 мың теңге алған. "
                "Ол алаяқтық бабы бойынша 3 жылға бас бостандығын шектеуге сотталды. "
                "Іске мемлекеттік органдар қызметкерлерінің қатысы анықталмады.")
TOUR_LATIN = ("Almatyda sheteldik saıahatqa aparamyn dep 25 adamdy aldaǵan kásipker ustaldy",
              "ALMATY. KAZINFORM – Almaty qalasy polıtsııa departamentiniń qyzmetkerleri azamattardy aldaǵan "
              "týrfırma ıesin ustady. "
              "Kásipker 25 adamnan 1 mln teńgeden aqsha jınap, sapardy uıymdastyrmaǵan. "
              "Kúdiktige «Alaıaqtyq» baby boıynsha kúdik jarııalandy.")
CASHIER_RU = ("В Таразе кассир ломбарда присвоила золото клиентов",
              "В Таразе возбуждено уголовное дело против кассира частного ломбарда. "
              "По данным полиции, она присвоила золотые украшения, оставленные клиентами в залог. "
              "Потерпевшим причинён ущерб на 9 млн тенге.")
PRIVATE_CRIMES = [PAWNSHOP, CERTIFICATES, TOUR_LATIN, CASHIER_RU]


def private_crime(title: str, text: str, lexicons=LEXICONS) -> bool:
    return is_private_crime(*article_in_cyrillic(title, text), lexicons)


@pytest.mark.parametrize("title, text", PRIVATE_CRIMES)
def test_theft_or_fraud_between_private_parties_is_found(title, text):
    assert private_crime(title, text)


@pytest.mark.parametrize("title, text", PRIVATE_CRIMES)
def test_the_shipped_model_calls_such_a_crime_not_relevant(title, text):
    [(relevant, topic, probability)] = load_classifier().model.predict([article_in_cyrillic(title, text)])
    assert not relevant and topic == "other" and probability <= PRIVATE_CRIME_PROBABILITY


@pytest.mark.parametrize("public_side", [
    "Ломбард облыстық аурухананың кассасына қызмет көрсетеді.",
    "Кепілдегі бұйымдардың бір бөлігі мемлекеттік қорға тиесілі.",
    "Ломбард бюджет қаражатымен қаржыландырылған.",
])
def test_a_public_side_leaves_the_article_to_the_model(public_side):
    title, text = PAWNSHOP
    assert not private_crime(title, f"{text} {public_side}")


def test_a_public_institutions_cashier_is_no_private_crime():
    assert not private_crime("Кассир городской больницы присвоила выручку",
                             "В Шымкенте кассир городской больницы подозревается в присвоении выручки за платные "
                             "услуги. Ущерб клиентам и учреждению превысил 5 млн тенге.")


def test_an_officials_act_leaves_the_article_to_the_model():
    title, text = CASHIER_RU
    assert not private_crime(title, f"{text} Ранее полицейский получил от неё взятку за прекращение дела.")


def test_a_sold_official_decision_leaves_the_article_to_the_model():
    title, text = CERTIFICATES
    assert not private_crime(title, f"{text} Ол тағы екі адамға балабақша кезегін жылжытамын деп уәде еткен.")


def test_a_core_word_outside_a_private_theft_leaves_the_article_to_the_model():
    title, text = TOUR_LATIN
    assert not private_crime(title, f"{text} Kásipker buryn sybaılas jemqorlyq úshin sottalǵan.")


def test_an_empty_lexicon_finds_no_private_crime():
    lexicons = dataclasses.replace(LEXICONS, private_crime_lexicon=NO_PRIVATE_CRIME_LEXICON)
    assert not any(private_crime(title, text, lexicons) for title, text in PRIVATE_CRIMES)


# A public body's release whose staff are told not to allow corruption after the lead ("не допускать коррупционных
# правонарушений") names it only in passing (releases.py): an appointment that speaks of procurement.
APPOINTMENT = ("Назначен новый руководитель управления образования Костанайской области",
               "Аким Костанайской области представил коллективу нового руководителя управления образования. "
               "Им стал бывший директор областного колледжа, проработавший в системе образования 25 лет. "
               "Аким поручил завершить строительство трёх школ и обеспечить сёла учителями. "
               "Он также потребовал обеспечить открытость государственных закупок и не допускать коррупционных "
               "правонарушений.")
APPOINTMENT_KK = ("Шығыс Қазақстан облысы денсаулық сақтау басқармасына жаңа басшы тағайындалды",
                  "Облыс әкімі ұжымға денсаулық сақтау басқармасының жаңа басшысын таныстырды. "
                  "Ол бұған дейін облыстық ауруханаға басшылық еткен. "
                  "Әкім емханалардағы кезекті қысқартуды тапсырды. "
                  "Сондай-ақ ол мемлекеттік сатып алудың ашықтығын қамтамасыз етіп, сыбайлас жемқорлық құқық "
                  "бұзушылықтарына жол бермеуді талап етті.")


@pytest.mark.parametrize("title, text", [APPOINTMENT, APPOINTMENT_KK])
def test_staff_told_not_to_allow_corruption_after_the_lead_is_a_release(title, text):
    assert is_release(*article_in_cyrillic(title, text), LEXICONS)


@pytest.mark.parametrize("title, text", [APPOINTMENT, APPOINTMENT_KK])
def test_the_shipped_model_calls_such_an_appointment_not_relevant(title, text):
    [(relevant, topic, probability)] = load_classifier().model.predict([article_in_cyrillic(title, text)])
    assert not relevant and topic == "other" and probability <= RELEASE_PROBABILITY


def test_staff_told_not_to_allow_corruption_in_the_lead_leaves_the_article_to_the_model():
    title, text = APPOINTMENT
    lead_first = text.replace("Аким Костанайской области представил",
                              "Аким области потребовал не допускать коррупционных правонарушений. Аким представил")
    assert not is_release(*article_in_cyrillic(title, lead_first), LEXICONS)


def test_an_offence_named_beside_the_exhortation_leaves_the_article_to_the_model():
    title, text = APPOINTMENT
    assert not is_release(*article_in_cyrillic(title, f"{text} Прежний руководитель задержан за взятку."), LEXICONS)

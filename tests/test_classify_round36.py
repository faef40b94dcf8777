"""Relevance, thirty-sixth pass: state bodies' releases about a service, a meeting, a schedule or a celebration that
name corruption in passing, judged after the model (releases.py), on articles of our own.

An akimat's procurement schedule whose compliance officer checks suppliers "на аффилированность", a ministry's
professional day whose lead lists an anti-corruption expertise of drafts among its services, an akim's meeting whose
subsidies "reduce corruption risks". Each stays the model's where the expertise is the headline's story, the meeting
is about corruption, or an affiliation is found."""

import pytest
from pokazatel.nlp.classify.lexicons import load_evidence_lexicons
from pokazatel.nlp.classify.model import load_classifier
from pokazatel.nlp.classify.releases import RELEASE_PROBABILITY, is_release
from pokazatel.nlp.kk.latin import article_in_cyrillic

LEXICONS = load_evidence_lexicons()

SCHEDULE = ("Акимат Павлодара утвердил план закупок на ремонт 17 поликлиник",
            "Акимат города Павлодара утвердил план государственных закупок работ по ремонту поликлиник на 2027 год. "
            "В список вошли 17 зданий, построенных до 1980 года. "
            "На ремонт из городского бюджета выделено 6,2 млрд тенге. "
            "Все конкурсы пройдут на веб-портале государственных закупок, что снижает коррупционные риски. "
            "Комплаенс-служба акимата проверит участников конкурсов на аффилированность с работниками управления. "
            "Аким поручил привлечь к приёмке работ общественный совет.")
CEREMONY_KK = ("Әділет департаменті биыл 800 құжатқа сараптама жүргізді",
               "ПАВЛОДАР. ҚАЗАқпарат – Әділет органдары қызметкерлерінің кәсіби мерекесі қарсаңында облыстық әділет "
               "департаментінде салтанатты жиын өтті. "
               "Департамент басшысы биыл 800-ден астам шешім жобасына құқықтық, оның ішінде сыбайлас жемқорлыққа "
               "қарсы сараптама жүргізілгенін айтты. "
               "Жылжымайтын мүлік мәмілелерінің 90 пайызы электронды түрде тіркелді. "
               "Жиында 25 қызметкер марапатталды.")
MEETING_LATIN = ("Pavlodar oblysynda jylý maýsymyna 14 mlrd teńge bólindi",
                 "PAVLODAR. KAZINFORM – Oblys ákiminiń tóraǵalyǵymen jylý maýsymyna daıyndyq boıynsha keńes ótti. "
                 "Energetıka basqarmasynyń málimetinshe, 120 qazandyq jóndeýden ótedi. "
                 "Jóndeýge oblystyq bıýdjetten 14 mlrd teńge bólindi. "
                 "Ákim kómir men otyn satyp alý tek elektrondy alańda ótetinin, bul sybaılas jemqorlyq táýekelderin "
                 "tómendetetinin aıtty. "
                 "Keńeste jylý jelilerin aýystyrý máseleleri de talqylandy.")
MEETING_RU = ("В Костанайской области к отопительному сезону отремонтируют 90 котельных",
              "Под председательством акима области прошло совещание по подготовке к отопительному сезону. "
              "По данным управления энергетики, ремонт пройдёт в 90 котельных и на 40 км теплосетей. "
              "На эти цели предусмотрено 9 млрд тенге. "
              "Аким поручил закупать уголь только на электронной площадке, что исключает возможность коррупции. "
              "На совещании также обсудили запасы топлива.")
RELEASES = [SCHEDULE, CEREMONY_KK, MEETING_LATIN, MEETING_RU]


def release(title: str, text: str) -> bool:
    return is_release(*article_in_cyrillic(title, text), LEXICONS)


@pytest.mark.parametrize("title, text", RELEASES)
def test_a_release_of_the_new_kinds_is_found(title, text):
    assert release(title, text)


@pytest.mark.parametrize("title, text", RELEASES)
def test_the_shipped_model_calls_them_not_relevant(title, text):
    [(relevant, topic, probability)] = load_classifier().model.predict([article_in_cyrillic(title, text)])
    assert not relevant and topic == "other"
    assert probability <= RELEASE_PROBABILITY


def test_an_expertise_in_the_headline_is_the_story():
    assert not release("Департамент юстиции провёл антикоррупционную экспертизу 800 проектов",
                       "Департамент юстиции подвёл итоги года. "
                       "Научная и антикоррупционная экспертиза проведена в отношении 800 проектов решений маслихатов. "
                       "В 40 проектах выявлены коррупциогенные нормы.")


def test_an_expertise_in_a_kazakh_headline_is_the_story():
    title, text = CEREMONY_KK
    assert not release("Әділет департаменті 800 жобаға сыбайлас жемқорлыққа қарсы сараптама жүргізді", text)


def test_a_meeting_on_corruption_is_the_story():
    title, text = MEETING_RU
    assert not release(title, text.replace("совещание по подготовке к отопительному сезону",
                                           "совещание по снижению коррупционных рисков в закупках топлива"))


def test_a_meeting_on_corruption_in_kazakh_latin_is_the_story():
    title, text = MEETING_LATIN
    assert not release(title, text.replace("jylý maýsymyna daıyndyq boıynsha keńes ótti",
                                           "sybaılas jemqorlyqqa qarsy is-qımyl boıynsha keńes ótti"))


def test_an_affiliation_found_is_a_case():
    title, text = SCHEDULE
    assert not release(title, text + " В прошлом году у двух подрядчиков выявлена аффилированность с работниками "
                                     "управления.")


def test_a_check_for_affiliation_in_the_headline_stays_the_models():
    assert not release("Поставщиков акимата будут проверять на аффилированность", SCHEDULE[1])


def test_a_ceremony_without_any_kind_of_spending_or_case_still_needs_all_core_words_passing():
    title, text = CEREMONY_KK
    assert not release(title, text + " Өткен жылы департаменттің екі қызметкері пара алғаны үшін сотталды.")

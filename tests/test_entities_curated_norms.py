"""Issue 12, entities on curated articles: Russian sentences of their own (none from a data/eval set) through the
real entities component, for the general causes the curated sets' errors showed."""

import pytest
from pokazatel.nlp.bodies import canonical_body


def found(ner, text: str) -> list[tuple[str, str, str]]:
    return [(e.label_, e.text, e._.norm) for e in ner(text).ents if e.label_ != "POSITION"]


def test_a_company_named_with_a_nested_quoted_name_is_one_organisation_written_as_it_is(ner):
    text = "Бывший директор АО «НК «КазМунайГаз» Иван Петров задержан. Ущерб составил 40 млн тенге."
    assert ("ORG", "АО «НК «КазМунайГаз»", "АО «НК «КазМунайГаз»") in found(ner, text)


def test_a_nested_name_closed_twice_keeps_both_quotes(ner):
    text = "Подрядчиком выступило АО «Национальная компания «Дорога Степи»» из Караганды."
    assert ("ORG", "АО «Национальная компания «Дорога Степи»»",
            "АО «Национальная компания «Дорога Степи»»") in found(ner, text)


def test_a_companys_name_ends_at_its_closing_quote_and_the_branchs_region_is_a_place(ner):
    text = "Руководитель филиала АО «Казпочта» по Жамбылской области получил взятку в 2 млн тенге."
    entities = found(ner, text)
    assert ("ORG", "АО «Казпочта»", "АО «Казпочта»") in entities
    assert ("LOC", "Жамбылской области", "Жамбылская область") in entities


def test_a_department_and_its_region_stay_one_organisation(ner):
    text = "Департамент полиции Павлодарской области сообщил о задержании. Ущерб 3 млн тенге."
    assert [label for label, _, _ in found(ner, text)] == ["ORG"]


@pytest.mark.parametrize("text, expected", [
    ("Комитет по финансовому мониторингу Министерства финансов задержал группу обнальщиков на 900 млн тенге.",
     "Комитет по финансовому мониторингу Министерства финансов"),
    ("Комитет по возврату активов Генеральной прокуратуры вернул в страну 12 млрд тенге.",
     "Комитет по возврату активов Генеральной прокуратуры"),
])
def test_in_news_about_tenge_a_committee_and_its_parent_body_are_one_organisation(ner, text, expected):
    assert [norm for label, _, norm in found(ner, text) if label == "ORG"] == [expected]


def test_without_a_sign_of_kazakhstan_a_committee_and_its_ministry_stay_apart(ner):
    text = "Комитет по финансовому мониторингу Министерства финансов России опубликовал доклад."
    orgs = [norm for label, _, norm in found(ner, text) if label == "ORG"]
    assert "Комитет по финансовому мониторингу Министерства финансов России" not in orgs


def test_the_body_of_a_committee_named_with_its_parent_is_the_committees():
    assert canonical_body("Комитет государственных доходов Министерства финансов") == "Комитет государственных доходов"
    assert canonical_body("Комитет по возврату активов Генеральной прокуратуры") == "Комитет по возврату активов"
    assert canonical_body("Департамент полиции Костанайской области") is None


@pytest.mark.parametrize("text, norm", [
    ("Вопрос обсудили на заседании Правительства в понедельник.", "Правительство"),
    ("Законопроект одобрен депутатами Мажилиса Парламента в первом чтении.", "Мажилис Парламента"),
    ("Сенат Парламента вернул закон на доработку.", "Сенат Парламента"),
    ("Агентство по защите и развитию конкуренции оштрафовало трёх поставщиков угля.",
     "Агентство по защите и развитию конкуренции"),
])
def test_kazakhstans_state_bodies_are_found_where_natasha_misses_them(ner, text, norm):
    assert norm in [found_norm for label, _, found_norm in found(ner, text) if label == "ORG"]


def test_the_parliaments_chambers_are_one_body():
    assert canonical_body("Мажилис Парламента") == canonical_body("Сенат Парламента") == "Парламент"


@pytest.mark.parametrize("text", [
    "В Павлодаре на ремонт ТЭЦ выделено 4 млрд тенге.",
    "В области работают 300 АЗС, цены на бензин выросли.",
])
def test_the_abbreviation_of_a_kind_of_facility_is_no_organisation(ner, text):
    assert not [entity for entity in found(ner, text) if entity[0] == "ORG"]


@pytest.mark.parametrize("text, norm", [
    ("Школу на 300 мест строили в селе Жанажол Акмолинской области.", "Жанажол"),
    ("В ауле Коктерек задержан сельский аким.", "Коктерек"),
    ("Жители посёлка Береке пожаловались в прокуратуру.", "Береке"),
])
def test_a_settlement_named_after_its_kind_keeps_its_name_as_written(ner, text, norm):
    assert norm in [found_norm for label, _, found_norm in found(ner, text) if label == "LOC"]


def test_a_straight_quote_after_a_legal_form_opens_the_inner_name(ner):
    text = 'Председателем правления АО "НК "Дорожный фонд"" назначен Иван Петров. Бюджет 5 млн тенге.'
    assert ("ORG", 'АО "НК "Дорожный фонд""', 'АО "НК "Дорожный фонд""') in found(ner, text)


def test_villages_of_several_districts_are_no_settlement_names(ner):
    text = "В селах Темирского и Кобдинского районов прошли сходы граждан."
    assert "Темирского" not in [norm for label, _, norm in found(ner, text) if label == "LOC"]


def test_a_one_word_person_after_a_settlements_kind_is_the_settlement(ner):
    text = "Паводок отрезал от района аул Коктерек, жителей вывезли."
    assert ("LOC", "Коктерек", "Коктерек") in found(ner, text)

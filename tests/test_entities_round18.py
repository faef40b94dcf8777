"""Entities, round 18: a customs post's and a market district's quoted name is a place, a court's board named with the
cases it hears, ... Sentences of their own (not the curated sets' nor the real articles'), through the real
components."""

import pytest


def analysed(text: str, lang: str | None = None) -> set[tuple[str, str]]:
    from pokazatel.nlp.pipeline import analyse

    (record,) = analyse([{"id": "x", "text": text, "title": None, "published": "2026-11-01", "lang": lang}])
    return {(e["label"], e["norm"]) for e in record["entities"] if e["label"] != "POSITION"}


# A customs post's or a market district's quoted name is a place -------------------------------------------------

@pytest.mark.parametrize(("text", "place"), [
    ("Антикор задержал двух инспекторов таможенного поста «Кайрак» в Костанайской области.", "Кайрак"),
    ("На посту «Кайрак» задержаны трое сотрудников таможни.", "Кайрак"),
    ("В торговом районе «Толкучка» полиция задержала вымогателей.", "Толкучка"),
    ("Кеденшілер «Қалжат» кеден бекетінде жүк көлігінен пара алған.", "Қалжат"),
    ("«Майқапшағай» өткізу пунктінде жүк көлігі тексерілді.", "Майқапшағай"),
    ("Полиция «Толкучка» сауда ауданындағы кәсіпкерлерден ақша бопсалаған топты ұстады.", "Толкучка"),
    ("ALMATY. KAZINFORM – Polıtsııa «Tolkýchka» saýda aýdanyndaǵy kásipkerlerden aqsha bopsalaǵan toptyń "
     "múshesin ustady.", "Толкучка"),
])
def test_a_customs_posts_quoted_name_is_a_place(text, place):
    found = analysed(text)
    assert ("LOC", place) in found, found
    assert not {norm for label, norm in found if label in ("ORG", "PER") and place in norm}, found


@pytest.mark.parametrize(("text", "firm"), [
    ("Директор ТОО «Пост Сервис» задержан за дачу взятки.", "ТОО «Пост Сервис»"),
    ("«Бекет Құрылыс» ЖШС директоры ұсталды.", "«Бекет Құрылыс» ЖШС"),
])
def test_a_firm_in_quotes_stays_an_organisation(text, firm):
    assert ("ORG", firm) in analysed(text)


# A court's board named with the cases it hears -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "board"), [
    ("Павлодар облыстық сотының азаматтық істер жөніндегі апелляциялық алқасы шағымды қанағаттандырмады.",
     "Павлодар облыстық сотының азаматтық істер жөніндегі апелляциялық алқасы"),
    ("Үкімді Ақмола облыстық сотының қылмыстық істер жөніндегі апелляциялық алқасы өзгеріссіз қалдырды.",
     "Ақмола облыстық сотының қылмыстық істер жөніндегі апелляциялық алқасы"),
])
def test_a_board_named_with_the_cases_it_hears_is_one_organisation(text, board):
    found = analysed(text)
    assert ("ORG", board) in found, found


# A body's work after its genitive is no unit of it --------------------------------------------------------------

@pytest.mark.parametrize(("text", "body"), [
    ("Агенттік Ауыл шаруашылығы министрлігі Ветеринариялық бақылау комитетінің қызметіне сыртқы талдау жүргізді.",
     "Ауыл шаруашылығы министрлігі Ветеринариялық бақылау комитеті"),
    ("ASTANA. KAZINFORM – Agenttik Aýyl sharýashylyǵy mınıstrligi Veterınarııalyq baqylaý komıtetiniń qyzmetine "
     "syrtqy taldaý júrgizdi.", "Ауыл шаруашылығы министрлігі Ветеринариялық бақылау комитеті"),
])
def test_a_committees_work_is_not_part_of_its_name(text, body):
    found = analysed(text)
    assert ("ORG", body) in found, found
    assert not [norm for _, norm in found if "қызмет" in norm], found


# A body's named project office --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "office"), [
    ("Алматы облысы әкімдігі жанындағы «Таза Жетісу» жобалық кеңсесінің басшысы сұхбат берді.", "Таза Жетісу"),
    ("«Адал Көкшетау» жобалық кеңсесі биыл 12 тәуекелді анықтады.", "Адал Көкшетау"),
])
def test_a_named_project_office_is_an_organisation(text, office):
    found = analysed(text)
    assert ("ORG", office) in found, found
    assert not [norm for label, norm in found if label == "LOC" and norm in office], found


# A hospital named after a person ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "hospital"), [
    ("Его назначили главным врачом городской больницы имени С. Жандосова.",
     "городская больница имени С. Жандосова"),
    ("Ранее он возглавлял областную больницу имени Б. Ахметова в Караганде.", "областная больница имени Б. Ахметова"),
])
def test_a_hospital_named_after_a_person_is_an_organisation(text, hospital):
    found = analysed(text, lang="ru")
    assert ("ORG", hospital) in found, found
    assert not [norm for label, norm in found if label == "PER"], found


def test_a_hospital_by_its_kind_alone_is_no_organisation():
    found = analysed("Пострадавшего доставили в областную больницу Караганды.", lang="ru")
    assert not [norm for label, norm in found if label == "ORG"], found


# A surname alone after the surname with initials -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Суд вынес приговор директору ТОО «Береке Агро» Сидорову К. Л. В суде Сидоров признал вину.",
    "Инспектор Сидоров К. Л. осуждён к штрафу. Ранее Сидоров уже привлекался к ответственности.",
])
def test_a_surname_alone_takes_the_name_with_initials(text):
    people = {norm for label, norm in analysed(text, lang="ru") if label == "PER"}
    assert people == {"Сидоров К. Л."}, people


# A district's name taken for a person before "аудандық" and a body ------------------------------------------------

@pytest.mark.parametrize(("text", "body"), [
    ("Сыбайлас жемқорлыққа қарсы қызметтің Жетісу облысы бойынша департаменті Ескелді аудандық полиция бөлімі "
     "бастығының орынбасарын ұстады.", "Ескелді аудандық полиция бөлімі"),
])
def test_a_district_taken_for_a_person_names_its_body(text, body):
    found = analysed(text)
    assert ("ORG", body) in found, found
    assert not [norm for label, norm in found if label == "PER"], found


# A range of months is no name ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "PAVLODAR. KAZINFORM – Pavlodar oblysynyń prokýratýrasy qorytyndy jarııalady. Qańtar-qarasha aılarynda óńirde "
    "43 qylmys tirkeldi.",
    "Облыс прокуратурасы қорытынды жариялады. Қаңтар-қазан айларында облыста 30 қылмыс тіркелді.",
])
def test_a_range_of_months_is_no_name(text):
    found = analysed(text)
    assert not [norm for _, norm in found if norm.lower().startswith("қаңтар")], found


# A unit of something named by its kind, after a common word opening the sentence --------------------------------

@pytest.mark.parametrize("text", [
    "LONDON. KAZINFORM – BBC málimetinshe, 35 jastaǵy Deıvıd Smıt klıentterdiń aqshasyn jymqyrǵan. Alaıaqtyq "
    "banktiń ishki qaýipsizdik qyzmeti tekserý kezinde anyqtaldy.",
    "Алаяқтық компанияның ішкі аудит қызметі тексеру кезінде анықталды.",
])
def test_a_unit_of_a_kind_after_a_common_opener_is_no_organisation(text):
    found = analysed(text)
    assert not [norm for label, norm in found if label == "ORG"], found

"""Entities, round 9 (fresh22's errors, measured once before any of these rules, and the leftovers of earlier
rounds): streets, Kazakh state institutions named with their form in words, and the names rounds 5-8 left. Each
rule on sentences of its own (not the curated sets' nor the real articles'), through the real components."""

import pytest
from entity_readings import found_names as found
from pokazatel.nlp.kk.latin import to_cyrillic


def texts(doc) -> set[str]:
    return {e.text for e in doc.ents}


# Streets -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "street"), [
    ("Кафе на улице Абая в Костанае закрыли.", "улица Абая"),
    ("Офис ТОО «Береке» находится на проспекте Кабанбай батыра в Астане.", "проспект Кабанбай батыра"),
    ("Деньги передали у дома на улице Мухтара Ауэзова, сообщил Ержан Сапаров.", "улица Мухтара Ауэзова"),
    ("По проспекту Назарбаева прошли колонны.", "проспект Назарбаева"),
])
def test_a_russian_street_is_one_place_with_its_kind(ner, text, street):
    entities = found(ner(text))
    assert ("LOC", street) in entities
    assert not any(norm in street and norm != street for _, norm in entities)


def test_streets_in_the_plural_are_left_to_their_names(ner):
    entities = found(ner("На улицах Абая и Сатпаева меняют асфальт."))
    assert not any(norm.startswith("улиц") for _, norm in entities)


def test_a_person_after_a_street_stays_a_person(ner):
    assert ("PER", "Ержан Сапаров") in found(ner("Деньги передали на улице Мухтара Ауэзова, сообщил Ержан Сапаров."))


@pytest.mark.parametrize(("text", "street"), [
    ("Оқиға Астанадағы Кенесары көшесінде болды.", "Кенесары көшесі"),
    ("Ол ауылдағы Төле би көшесі мен Бірлік көшесіне жарық орнатпаған.", "Бірлік көшесі"),
    ("Ол ауылдағы Төле би көшесі мен Бірлік көшесіне жарық орнатпаған.", "Төле би көшесі"),
    ("Дүкен Байдібек би даңғылындағы үйде орналасқан.", "Байдібек би даңғылы"),
    ("Мектеп Қабанбай батыр көшесінде салынады.", "Қабанбай батыр көшесі"),
])
def test_a_kazakh_street_is_one_place_with_its_kind(kk_ner, text, street):
    entities = found(kk_ner(text))
    assert ("LOC", street) in entities
    assert not any(label == "PER" for label, _ in entities)


def test_the_place_before_a_kazakh_street_stays_apart(kk_ner):
    entities = found(kk_ner("Оқиға Астанадағы Кенесары көшесінде болды."))
    assert ("LOC", "Астана") in entities


def test_a_street_in_the_latin_script_is_normed_in_cyrillic(kk_ner):
    cyrillic = to_cyrillic("Para Abylaı han kóshesindegi kafede berildi.").text
    assert ("LOC", "Абылай хан көшесі") in found(kk_ner(cyrillic))


# Kazakh state institutions with their form in words or in two abbreviations ---------------------------------

@pytest.mark.parametrize(("text", "body"), [
    ("Тексеру «Көкжар ауылдық округі әкімінің аппараты» мемлекеттік мекемесінде жүргізілді.",
     "«Көкжар ауылдық округі әкімінің аппараты» мемлекеттік мекемесі"),
    ("Ғимарат «Алматы облысының мәдениет басқармасы» мемлекеттік мекемесіне берілді.",
     "«Алматы облысының мәдениет басқармасы» мемлекеттік мекемесі"),
    ("Қалалық соттың шешімімен «Тараз қалалық емханасы» ШЖҚ МКК-ның бас дәрігері жұмыстан шығарылды.",
     "«Тараз қалалық емханасы» ШЖҚ МКК"),
])
def test_a_state_institution_keeps_its_form(kk_ner, text, body):
    assert ("ORG", body) in found(kk_ner(text))


def test_a_subsidiary_is_no_unit_of_its_parent(kk_ner):
    entities = found(kk_ner("Тексеру «Самұрық-Энерго» ұлттық компаниясының еншілес ұйымы «Алатау Жарық» АҚ-да "
                            "жүргізілді."))
    assert ("ORG", "«Самұрық-Энерго» ұлттық компаниясы") in entities
    assert ("ORG", "«Алатау Жарық» АҚ") in entities


# Names earlier rounds left -----------------------------------------------------------------------------------

def test_the_central_communications_service_is_a_known_body(ner, kk_ner):
    assert ("ORG", "Служба центральных коммуникаций при Президенте") in found(
        ner("Брифинг прошёл в Службе центральных коммуникаций при Президенте."))
    assert ("ORG", "Орталық коммуникациялар қызметі") in found(
        kk_ner("Орталық коммуникациялар қызметінде өткен брифингте агенттік төрағасы сөз сөйледі."))


@pytest.mark.parametrize(("text", "person"), [
    ("Следователи допросили Марину Орлову, главного бухгалтера ТОО «Арман».", "Марина Орлова"),
    ("Суд оправдал Татьяну Мельник за недоказанностью.", "Татьяна Мельник"),
])
def test_a_russian_womans_first_name_tells_her_accusative(ner, text, person):
    assert ("PER", person) in found(ner(text))


def test_a_foreign_state_in_the_genitive_and_its_bureau_are_one_body(kk_ner):
    entities = found(kk_ner("Ақшаны іздеуге Америка Құрама Штаттарының Федералдық тергеу бюросы көмектесті."))
    assert entities == {("ORG", "Америка Құрама Штаттарының Федералдық тергеу бюросы")}


def test_kazakhstan_and_its_bank_stay_apart(kk_ner):
    entities = found(kk_ner("Қазақстанның Ұлттық банкі мәлімдеді."))
    assert ("LOC", "Қазақстан") in entities


def test_a_foreign_state_before_a_quoted_firm_stays_a_place(kk_ner):
    entities = found(kk_ner("Ол Қытайдың «Хуа Тех» компаниясынан жабдық алған."))
    assert ("LOC", "Қытай") in entities


@pytest.mark.parametrize(("text", "person"), [
    ("Сот Қытай азаматы Чжан Вэйдің серіктесі Лю Бо 500 АЕК мөлшерінде айыппұл төлейді деп шешті.", "Лю Бо"),
    ("Директордың жұбайы Айгүл Серікқызы да сотталды.", "Айгүл Серікқызы"),
])
def test_a_partners_or_relatives_name_follows_the_noun(kk_ner, text, person):
    entities = found(kk_ner(text))
    assert ("PER", person) in entities
    assert not any(label == "ORG" for label, _ in entities)


def test_a_chinese_partner_in_the_latin_script(kk_ner):
    cyrillic = to_cyrillic("Sot Qytaı azamaty Chjan Veıdiń seriktesi Lıý Bo 500 AEK mólsherinde aıyppul tóleıdi.").text
    assert ("PER", "Лю Бо") in found(kk_ner(cyrillic))


@pytest.mark.parametrize(("text", "person"), [
    ("Полиция задержала Ван Лэя в Алматы.", "Ван Лэй"),
    ("Суд оштрафовал Ван Лэя.", "Ван Лэй"),
    ("Деньги передали Чжан Мэю.", "Чжан Мэй"),
])
def test_a_chinese_syllable_in_ey_is_normed_without_a_governing_title(ner, text, person):
    assert ("PER", person) in found(ner(text))


# fresh22's other kinds ---------------------------------------------------------------------------------------

def test_a_first_name_taken_for_a_place_before_a_patronymic_is_the_persons(ner):
    entities = found(ner("Суд приговорил бывшего акима Ербола Талгатовича Мухамеджанова к 6 годам."))
    assert ("PER", "Ербол Талгатович Мухамеджанов") in entities
    assert not any(label == "LOC" for label, _ in entities)


def test_a_legal_form_before_a_person_names_no_company(ner):
    entities = found(ner("Директор ООО Алексей Игоревич Панин проходит по делу свидетелем."))
    assert entities == {("PER", "Алексей Игоревич Панин")}


@pytest.mark.parametrize("text", [
    "Шымкент қаласы бойынша сыбайлас жемқорлыққа қарсы іс-қимыл департаменті оған күдік жариялады.",
    "Оған Шымкент қаласы бойынша сыбайлас жемқорлыққа қарсы іс-қимыл департаменті күдік жариялады.",
])
def test_a_city_the_models_found_without_its_word_opens_a_lower_case_branch(kk_ner, text):
    assert found(kk_ner(text)) == {
        ("ORG", "Шымкент қаласы бойынша сыбайлас жемқорлыққа қарсы іс-қимыл департаменті")}


def test_a_units_field_may_be_a_bodys_bare_noun(kk_ner):
    entities = found(kk_ner("Алматы қаласы полиция департаментінің Түрксіб аудандық полиция басқармасының инспекторы "
                            "ұсталды."))
    assert ("ORG", "Алматы қаласы полиция департаментінің Түрксіб аудандық полиция басқармасы") in entities


@pytest.mark.parametrize(("text", "body"), [
    ("Абай атындағы мектептің директоры ұсталды.", "Абай атындағы мектеп"),
    ("Ол Абай атындағы мектепте оқыды.", "Абай атындағы мектеп"),
])
def test_a_body_named_after_a_person_by_its_head_alone(kk_ner, text, body):
    assert found(kk_ner(text)) == {("ORG", body)}


@pytest.mark.parametrize(("text", "person"), [
    ("Корей компаниясының өкілі Пак Чжон Хун Қазақстаннан кетіп қалған.", "Пак Чжон Хун"),
    ("Компания өкілі Пак Чжон Хун елден кетті.", "Пак Чжон Хун"),
    ("Кореялық кәсіпкер Ли Мин Хо ұсталды.", "Ли Мин Хо"),
])
def test_three_syllables_of_a_korean_or_chinese_name_are_one_person(kk_ner, text, person):
    entities = found(kk_ner(text))
    assert ("PER", person) in entities
    assert not any(label == "ORG" for label, _ in entities)


def test_a_kazakh_two_word_name_is_no_east_asian_one(kk_ner):
    assert ("ORG", "Ақ Жол") in found(kk_ner("«Ақ Жол» партиясы мәлімдеді."))


def test_an_abbreviation_inside_a_lower_case_unit_keeps_the_unit(ner):
    entities = found(ner("Задержан руководитель управления администрирования НДС Департамента государственных "
                         "доходов по Павлодарской области."))
    assert entities == {("ORG", "управление администрирования НДС Департамента государственных доходов по Павлодарской "
                                "области")}


@pytest.mark.parametrize(("text", "village"), [
    ("Субсидии оформили на скот в селе Жибек жолы Жибекжолинского сельского округа.", "Жибек жолы"),
    ("В селе Ақ тоғай прошёл сход.", "Ақ тоғай"),
    ("В селе Аксу задержан аким.", "Аксу"),
])
def test_a_kazakh_villages_lower_case_word_is_part_of_its_name(ner, text, village):
    assert ("LOC", village) in found(ner(text))


def test_a_street_word_without_the_possessive_names_no_street(kk_ner):
    entities = found(kk_ner("Сот ғимаратының жанындағы Президент көшедегі адамдармен сөйлесті."))
    assert not any(norm.endswith("көшесі") for _, norm in entities)


def test_a_citys_streets_in_the_plural_name_no_street(kk_ner):
    entities = found(kk_ner("Полиция Лондон көшелерінен қоқысты жинады."))
    assert not any(norm.endswith("көшесі") for _, norm in entities)


def test_a_mans_name_in_the_genitive_like_a_womans_stays_a_mans(ner):
    entities = found(ner("По словам представителя ДВД Павлодарской области Евгения Журавлева, задержаны двое."))
    assert ("PER", "Евгений Журавлёв") in entities

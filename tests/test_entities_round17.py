"""Entities, round 17: a number natasha calls an organisation, a numbered court after its town's genitive, a post's
word opening a Kazakh sentence, a news agency credited in Kazakh, Kyrgyzstan's bodies, English words of firms' names
in Latin-script Kazakh. Sentences of their own (not the curated sets' nor the real articles'), through the real
components."""

import pytest


def analysed(text: str, lang: str | None = None) -> set[tuple[str, str]]:
    from pokazatel.nlp.pipeline import analyse

    (record,) = analyse([{"id": "x", "text": text, "title": None, "published": "2026-11-01", "lang": lang}])
    return {(e["label"], e["norm"]) for e in record["entities"] if e["label"] != "POSITION"}


# A span with no letter is no name --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Инспектор требовал от директора частной фирмы 20% от суммы сделки.",
    "По версии следствия, чиновник требовал от владельца частной фирмы 10% от суммы договора на поставку угля.",
])
def test_a_share_of_a_contract_is_no_organisation(text):
    found = analysed(text, lang="ru")
    assert not [norm for _, norm in found if not any(ch.isalpha() for ch in norm)], found


# A town's numbered court ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "court"), [
    ("Алматы қаласының № 3 аудандық соты кәсіпкерге үкім шығарды.", "Алматы қаласының № 3 аудандық соты"),
    ("Сот отырысы Шымкент қаласының № 4 аудандық сотында өтті.", "Шымкент қаласының № 4 аудандық соты"),
    ("Павлодар облысының № 2 түзеу мекемесі сотталғандарды қабылдады.", "Павлодар облысының № 2 түзеу мекемесі"),
    ("ASTANA. KAZINFORM – Almaty qalasynyń № 3 aýdandyq soty kásipkerge úkim shyǵardy.",
     "Алматы қаласының № 3 аудандық соты"),
])
def test_a_numbered_body_after_its_towns_genitive_is_one_organisation(text, court):
    found = analysed(text)
    assert ("ORG", court) in found, found
    assert not {norm for label, norm in found if label == "LOC" and norm != "Астана"}, found


def test_a_numbered_school_after_a_place_in_the_locative_keeps_the_place():
    found = analysed("Ақтөбе қаласындағы № 12 мектептің директоры ұсталды.")
    assert ("LOC", "Ақтөбе") in found, found


# A post's word opening a Kazakh sentence -------------------------------------------------------------------------

def test_a_posts_word_opening_a_sentence_before_lower_case_words_names_no_body():
    found = analysed("Бұл туралы агенттік төрағасы айтты. Жаңа қызметшілердің үштен бірі – 29 жасқа дейінгі жастар.\n"
                     "Төраға мемлекеттік қызметшілердің жалақысын 2027 жылы орта есеппен 15 пайызға көтеру "
                     "жоспарланғанын айтты.", lang="kk")
    assert not [norm for label, norm in found if label == "ORG"], found


def test_a_posts_word_and_lower_case_words_ending_in_no_head_are_dropped_where_a_body_stays():
    from pokazatel.nlp.kk.language import Kazakh
    from pokazatel.nlp.kk.org_rules import org_rules
    from pokazatel.nlp.kk.sentence_openers import without_lower_case_openers
    from spacy.tokens import Span

    rules = org_rules()
    nlp = Kazakh()
    pay = nlp("Әкім жергілікті кәсіпкерлердің өтінішін қарады.")
    office = nlp("Директор білім басқармасына хат жазды.")
    spans = [Span(pay, 0, 4, label="ORG")]
    assert without_lower_case_openers(spans, rules.administrative_words, rules.heads, frozenset(),
                                      rules.position_heads) == []
    kept = [Span(office, 0, 3, label="ORG")]  # ends in a body's head: not this rule's to drop
    assert without_lower_case_openers(kept, rules.administrative_words, rules.heads, frozenset(),
                                      rules.position_heads) == kept


# A news agency credited in Kazakh is the report's byline ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Нью-Йорк федералдық соты банк басшысын алаяқтық үшін 12 жылға бас бостандығынан айырды. "
    "Бұл туралы Reuters агенттігі хабарлады.",
    "ASTANA. KAZINFORM – Londonda bank basshysy alaıaqtyq úshin sottaldy. Bul týraly Reuters agenttigi habarlady.",
    "Bloomberg агенттігінің хабарлауынша, Германияда компания басшысы 2 млн еуро пара алған.",
    "ASTANA. KAZINFORM — Qytaıda burynǵy mınıstr para alǵany úshin ómir boıy bas bostandyǵynan aıyryldy, dep jazady "
    "Sınhýa.",
])
def test_a_news_agency_credited_in_kazakh_is_no_entity(text):
    found = analysed(text)
    assert not [norm for label, norm in found if label == "ORG" and norm[:1] in "RBРБС" and "соты" not in norm], found


def test_a_state_agency_reporting_stays_an_organisation():
    found = analysed("Бұл туралы Қаржылық мониторинг агенттігі хабарлады. Күдікті 5 млн теңге алған.", lang="kk")
    assert any(label == "ORG" and "мониторинг" in norm for label, norm in found), found


def test_a_world_news_agency_credited_in_russian_kazakhstan_news_is_no_entity():
    found = analysed("Бывший министр приговорён к 10 годам, сообщает Reuters. Ущерб составил 2 млрд тенге.", lang="ru")
    assert not [norm for label, norm in found if label == "ORG"], found


# Kyrgyzstan's bodies in Kazakhstan's news -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "body"), [
    ("Государственная таможенная служба Кыргызстана задержала партию контрабандных сигарет на границе.",
     "Государственная таможенная служба Кыргызстана"),
    ("Финансовая полиция Кыргызстана задержала чиновника мэрии при получении взятки в 300 тысяч сомов.",
     "Финансовая полиция Кыргызстана"),
])
def test_a_kyrgyz_body_with_its_state_is_one_organisation(text, body):
    found = analysed(text, lang="ru")
    assert ("ORG", body) in found, found
    assert ("LOC", "Кыргызстан") not in found, found


def test_kyrgyzstan_alone_stays_a_place():
    assert ("LOC", "Кыргызстан") in analysed("В Кыргызстане задержан бывший мэр города.", lang="ru")


# English words of firms' names in Latin-script Kazakh ------------------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("Altyn Invest Group kompanııasy", "Altyn Invest Group"),
    ("Jibek Trade LLP", "Jibek Trade LLP"),
    ("Qazaq Holding", "Qazaq Holding"),
    ("Qazaq Altyn kompanııasy", None),  # Kazakh words, read back into Cyrillic
    ("Altyn Invest", None),
])
def test_an_english_word_makes_a_latin_run_a_name_in_its_own_spelling(text, name):
    from pokazatel.nlp.kk.foreign_names import foreign_name

    assert foreign_name(text) == name


def test_a_firm_named_in_english_in_a_latin_script_article_is_normed_as_written():
    found = analysed("SHYMKENT. KAZINFORM – Ekonomıkalyq tergeý departamenti «Jibek Trade Group» kompanııasynyń "
                     "dırektoryn ustady. Kompanııa 300 mln teńge salyq tólemegen.")
    assert ("ORG", "Jibek Trade Group") in found, found
    assert not [norm for _, norm in found if "Гроұп" in norm or "Треаде" in norm], found


def test_a_firm_named_in_kazakh_in_a_latin_script_article_reads_in_cyrillic():
    found = analysed("ALMATY. KAZINFORM – «Qazaq Altyn» kompanııasynyń basshysy 20 mln teńge para alǵany úshin "
                     "ustaldy.")
    assert any(label == "ORG" and norm.startswith("Қазақ Алт") for label, norm in found), found


# A place in a soft sign and its case ending ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "place"), [
    ("Делегация Израильден келді.", "Израиль"),
    ("Делегация Беларусьтің астанасына барды.", "Беларусь"),
    ("Делегация Ресейден келді.", "Ресей"),  # the stemmer's, as before
])
def test_a_place_in_a_soft_sign_is_normed_without_its_ending(text, place):
    from pokazatel.nlp.kk.language import Kazakh
    from pokazatel.nlp.kk.norms import entity_norm
    from spacy.tokens import Span

    doc = Kazakh()(text)
    assert entity_norm(Span(doc, 1, 2, label="LOC")) == place


# A place Latin cannot spell as Cyrillic does, and a foreign state's level of court ----------------------------------

@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("Nıý-Iork", "Нью-Йорк"),
    ("Nıý-Iorktegi", "Нью-Йорктегі"),  # the ending stays as read
    ("Polshaǵa", "Польшаға"),
    ("Izraılden", "Израильден"),
    ("Gýrevıch", "Гуревич"),  # a surname beginning like a town stays as read
    ("Qytaı", "Қытай"),  # read right already
    ("qytaı azamattary", "қытай азаматтары"),  # in lower case too
    ("Bul shaharda", "Бұл шахарда"),  # no place, as read
])
def test_a_gazetteer_place_is_read_as_the_gazetteer_writes_it(latin, cyrillic):
    from pokazatel.nlp.kk.latin import to_cyrillic
    from pokazatel.nlp.kk.latin_place_names import with_place_spellings

    reading = with_place_spellings(to_cyrillic(latin))
    assert reading.text == cyrillic
    assert reading.original_text(0, len(reading.text)) == latin


def test_offsets_after_a_respelt_place_point_into_the_latin():
    from pokazatel.nlp.kk.latin import to_cyrillic
    from pokazatel.nlp.kk.latin_place_names import with_place_spellings

    latin = "Sot Nıý-Iorkta ótti, al Polshada toqtady."
    reading = with_place_spellings(to_cyrillic(latin))
    start = reading.text.index("Польшада")
    assert reading.original_text(start, start + len("Польшада")) == "Polshada"
    assert reading.original_text(0, 3) == "Sot"


@pytest.mark.parametrize(("text", "body"), [
    ("ASTANA. KAZINFORM – Nıý-Iork federaldyq soty bank basshysyn alaıaqtyq úshin 12 jylǵa bas bostandyǵynan "
     "aıyrdy.", "Нью-Йорк федералдық соты"),
    ("Вашингтон федералдық соты компания басшысын 8 жылға бас бостандығынан айырды.", "Вашингтон федералдық соты"),
])
def test_a_foreign_states_level_of_court_after_its_place_is_one_organisation(text, body):
    found = analysed(text)
    assert ("ORG", body) in found, found


def test_the_united_states_before_a_region_are_two_places():
    found = analysed("Америка Құрама Штаттарының Орталық Азия елдерімен ынтымақтастығы туралы келіссөздер өтті.",
                     lang="kk")
    assert not [norm for label, norm in found if label == "ORG"], found


# A head's word bare before another noun is no body -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ресейдің сот жүйесінде пара алған судья ұсталды.",
    "VARSHAVA. KAZINFORM – Polshanyń sot júıesinde para alǵan sýdıa ustaldy.",
])
def test_a_states_court_system_is_no_body(text):
    found = analysed(text)
    assert not [norm for label, norm in found if label == "ORG"], found


def test_a_body_named_after_what_it_does_with_court_acts_is_one_organisation():
    found = analysed("Алматы облысының сот актілерін орындау департаменті борышкерлердің мүлкін тәркіледі.")
    assert ("ORG", "Алматы облысының сот актілерін орындау департаменті") in found, found

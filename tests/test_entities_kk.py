"""The Kazakh entity component with the shipped model (data/models/ner-kk) on Kazakh news sentences."""

import pytest
import spacy
from entity_readings import found as entities
from pokazatel.nlp.kk.entities import DEFAULT_MODEL_DIR, MissingModelError, load_ner_model
from pokazatel.nlp.kk.gazetteer import load_gazetteer
from pokazatel.nlp.kk.language import Kazakh  # noqa: F401  (registers "kk")
from pokazatel.nlp.kk.org_rules import org_rules
from pokazatel.nlp.kk.stem import strip_case
from spacy.tokens import Span


def word_span(doc, first: str, last: str | None = None, label: str = "LOC") -> Span:
    """The span from the word `first` to the word `last` (default: `first` alone) of a blank doc, as a model
    might hand it to the rules."""
    words = [t.text for t in doc]
    return Span(doc, words.index(first), words.index(last or first) + 1, label=label)


def test_the_shipped_model_is_small_and_trained_on_kaznerd():
    size = sum(p.stat().st_size for p in DEFAULT_MODEL_DIR.rglob("*") if p.is_file())
    assert size < 15_000_000
    assert set(load_ner_model().get_pipe("ner").labels) == {"PER", "ORG", "LOC", "POSITION"}


def test_finds_a_person_an_organisation_and_a_place_with_nominative_norms(kk_ner):
    doc = kk_ner(
        "Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің Павлодар облысы бойынша департаменті "
        "аудан әкімінің орынбасары Нұрлан Серікбаевты пара алу кезінде ұстады. "
        "Ол кәсіпкерден 2 млн теңге талап еткен. Ақша Екібастұздағы дәмханада берілген."
    )
    found = entities(doc)
    assert ("ORG", "Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің Павлодар облысы бойынша департаменті") in found
    assert ("PER", "Нұрлан Серікбаев") in found
    assert ("LOC", "Екібастұз") in found
    assert not any(label == "LOC" and "Павлодар" in norm for label, norm in found)  # part of the ORG


def test_a_branch_name_ends_at_its_head_and_place_headed_courts_are_organisations(kk_ner):
    doc = kk_ner(
        "Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің Атырау облысы бойынша департаменті полиция "
        "басқармасының екі қызметкерін ұстады. Өскемен қалалық сотында Шығыс Қазақстан облысы денсаулық "
        "сақтау басқармасының бұрынғы басшысына үкім шығарылды."
    )
    assert entities(doc) == {
        ("ORG", "Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің Атырау облысы бойынша департаменті"),
        ("ORG", "Өскемен қалалық соты"),
        ("ORG", "Шығыс Қазақстан облысы денсаулық сақтау басқармасы"),
    }


def test_a_district_named_after_a_person_is_a_place(kk_ner):
    doc = kk_ner("Абай ауданы әкімінің орынбасары Ерлан Жақсылықов қызметінен босатылды.")
    assert ("PER", "Абай") not in entities(doc)
    assert ("PER", "Ерлан Жақсылықов") in entities(doc)


def test_names_ending_like_an_accusative_keep_their_ending(kk_ner):
    doc = kk_ner("Шешімді облыс әкімі Дархан Сатыбалды қабылдады. Сот бұрынғы министр Асқар Маминді ақтады.")
    assert {("PER", "Дархан Сатыбалды"), ("PER", "Асқар Мамин")} <= entities(doc)


def test_a_former_official_is_not_part_of_the_body(kk_ner):
    doc = kk_ner("Қостанай облыстық сотының үкімімен Рудный қалалық әкімдігінің бұрынғы бөлім басшысы Марат Оспанов "
              "6 жылға сотталды.")
    assert entities(doc) == {("ORG", "Қостанай облыстық соты"), ("ORG", "Рудный қалалық әкімдігі"),
                             ("PER", "Марат Оспанов")}


def test_person_in_the_dative_and_a_city_in_the_locative(kk_ner):
    doc = kk_ner("Сот Алматыда бұрынғы әкім Бақытжан Омаровқа 8 жылға бас бостандығынан айыру жазасын тағайындады.")
    found = entities(doc)
    assert ("PER", "Бақытжан Омаров") in found
    assert ("LOC", "Алматы") in found


def test_region_keeps_oblysy_and_ministry_keeps_its_possessive(kk_ner):
    doc = kk_ner("Денсаулық сақтау министрлігінің мәліметінше, Маңғыстау облысында 12 аурухана салынды.")
    found = entities(doc)
    assert ("ORG", "Денсаулық сақтау министрлігі") in found
    assert ("LOC", "Маңғыстау облысы") in found


def test_a_surname_alone_takes_the_full_name_and_positions_are_left_out_by_default(kk_ner):
    doc = kk_ner("Облыс прокуроры Ғалымжан Төлеуов брифинг өткізді. Төлеуовтің айтуынша, тексеру жалғасады.")
    persons = [e for e in doc.ents if e.label_ == "PER"]
    assert {e._.norm for e in persons} == {"Ғалымжан Төлеуов"}
    assert len(persons) == 2
    assert all(e.label_ != "POSITION" for e in doc.ents)


def test_positions_on_request():
    nlp = spacy.blank("kk")
    nlp.add_pipe("pokazatel_entities_kk", config={"labels": ["PER", "ORG", "LOC", "POSITION"]})
    doc = nlp("Мемлекет басшысы Қасым-Жомарт Тоқаев Үкімет отырысында сөз сөйледі.")
    assert "POSITION" in {e.label_ for e in doc.ents}


def test_us_dollars_are_not_a_place(kk_ner):
    doc = kk_ner("Шетелдегі шоттардан 12 миллион АҚШ доллары қайтарылды.")
    assert not any(e.label_ == "LOC" for e in doc.ents)


def test_a_numbered_school_is_an_organisation(kk_ner):
    doc = kk_ner("Қаладағы № 7 мектеп-гимназияның директоры қызметінен босатылды.")
    assert ("ORG", "№ 7 мектеп-гимназия") in entities(doc)


def test_gazetteer_matches_inflected_forms():
    doc = spacy.blank("kk")("Түркістан облысындағы Жоғарғы Сотқа шағым түсті.")
    found = {(s.label_, s.text) for s in load_gazetteer().find(doc)}
    assert found == {("LOC", "Түркістан облысындағы"), ("ORG", "Жоғарғы Сотқа")}


def test_the_gazetteer_answers_the_same_words_again_as_the_first_time():
    gazetteer = load_gazetteer()
    words = ["Түркістан", "облысындағы", "Жоғарғы", "Сотқа", "шағым", "түсті", "."]
    first = gazetteer.find_in_words(words)
    assert first == [(0, 2, "LOC"), (2, 4, "ORG")]
    first.append((9, 9, "PER"))  # a caller's own list: the next answer is not changed by it
    assert gazetteer.find_in_words(list(words)) == [(0, 2, "LOC"), (2, 4, "ORG")]
    other = ["Ақтөбеде", "Жоғарғы", "Сотқа", "шағым", "түсті", "."]
    for _ in range(3):  # more articles than are kept: each still answered as it should be
        assert gazetteer.find_in_words(other) == [(0, 1, "LOC"), (1, 3, "ORG")]
        assert gazetteer.find_in_words(words) == [(0, 2, "LOC"), (2, 4, "ORG")]
        other = [*other, "тағы"]


def test_missing_model_says_how_to_train(tmp_path):
    with pytest.raises(MissingModelError, match="pokazatel train ner-kk --kaznerd FILE"):
        load_ner_model(tmp_path / "ner-kk")


def test_gold_scoring_of_kazakh_articles(tmp_path):
    import json

    from pokazatel.nlp.evaluation.kaznerd import evaluate_gold_entities_kk

    articles = [
        {"id": "a", "lang": "kk",
         "text": "Бас прокурор Берік Асылов Ұлттық қауіпсіздік комитетінің өкілдерімен кездесті.",
         "entities": [{"text": "Берік Асылов", "label": "PER", "norm": "Берік Асылов"},
                      {"text": "Ұлттық қауіпсіздік комитетінің", "label": "ORG", "norm": "Ұлттық қауіпсіздік комитеті"},
                      {"text": "Таразда", "label": "LOC", "norm": "Тараз"}]},
        {"id": "b", "lang": "ru", "text": "Не казахский текст.", "entities": []},
        {"id": "c", "lang": "kk", "text": "Астанада аяз күшейеді.", "relevant": False},  # labels only: not scored
    ]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in articles) + "\n", encoding="utf-8")
    scores = evaluate_gold_entities_kk(gold)
    assert (scores["tp"], scores["fp"], scores["fn"]) == (2, 0, 1)  # Тараз is not in the text
    assert scores["recall"] == round(2 / 3, 4)


def test_the_anti_corruption_service_is_found_under_its_kazakh_names():
    from pokazatel.nlp.pipeline import analyse

    for text, norm in [("Сыбайлас жемқорлыққа қарсы қызмет департаменті шенеунікті ұстады.",
                        "Сыбайлас жемқорлыққа қарсы қызмет департаменті"),
                       ("Бұл туралы Сыбайлас жемқорлыққа қарсы қызметтен хабарлады.",
                        "Сыбайлас жемқорлыққа қарсы қызмет")]:
        record = next(analyse([{"id": 1, "text": text, "lang": "kk"}]))
        assert ("ORG", norm) in [(e["label"], e["norm"]) for e in record["entities"]]


def test_an_organisation_ends_at_its_head_with_the_possessive(kk_ner):
    doc = kk_ner("Шымкент қалалық соты аудандық емхананың бұрынғы директорына үкім шығарды.")
    assert entities(doc) == {("ORG", "Шымкент қалалық соты")}


def test_a_regional_branch_named_with_boiynsha_is_one_organisation(kk_ner):
    doc = kk_ner("Жамбыл облысы бойынша Сыбайлас жемқорлыққа қарсы қызмет департаменті екі шенеунікті ұстады.")
    assert entities(doc) == {("ORG", "Жамбыл облысы бойынша Сыбайлас жемқорлыққа қарсы қызмет департаменті")}


def test_a_city_branch_is_one_organisation_when_the_city_word_follows_the_place(kk_ner):
    doc = kk_ner("Шымкент қаласы бойынша Сыбайлас жемқорлыққа қарсы қызмет департаменті үш шенеунікті ұстады.")
    assert entities(doc) == {("ORG", "Шымкент қаласы бойынша Сыбайлас жемқорлыққа қарсы қызмет департаменті")}


def test_a_surname_opening_a_sentence_is_the_person_named_before_not_a_place():
    found = _tagged("Сот бөлім басшысы Ерлан Сұлтановқа үкім шығарды. Сұлтановқа айыппұл салынды.",
                    [{"label": "PER", "pattern": [{"TEXT": "Ерлан"}, {"TEXT": "Сұлтановқа"}]},
                     {"label": "LOC", "pattern": [{"TEXT": "Сұлтановқа"}]}])  # the second one
    assert found == {("PER", "Ерлан Сұлтанов")}


def test_a_rural_district_after_a_prosecutors_office_is_a_place_of_its_own(kk_ner):
    doc = kk_ner("Түркістан облысы Сайрам ауданының прокуратурасы Ақсукент ауылдық округінің әкіміне "
                 "қатысты іс қозғады.")
    assert entities(doc) == {("ORG", "Түркістан облысы Сайрам ауданының прокуратурасы"),
                             ("LOC", "Ақсукент ауылдық округі")}


def _ruled_ner(patterns: list[dict]):
    """A stand-in for the trained model that tags exactly the given phrases, to test the rules after it."""
    ner = spacy.blank("kk")
    ner.add_pipe("entity_ruler").add_patterns(patterns)
    return ner


def _tagged(text: str, patterns: list[dict]) -> set[tuple[str, str]]:
    from pokazatel.nlp.kk.entities import tag_entities

    doc = tag_entities(spacy.blank("kk")(text), _ruled_ner(patterns), load_gazetteer(), ("PER", "ORG", "LOC"))
    return entities(doc)


def test_sentence_opening_number_words_and_regional_adjectives_are_not_names():
    assert _tagged("Алты айда өңірде 40 қылмыс анықталды.", [{"label": "LOC", "pattern": "Алты"}]) == set()
    assert _tagged("Облыстық ауыл шаруашылығы басқармасының мәліметінше, егіс аяқталды.",
                   [{"label": "PER", "pattern": "Облыстық"}]) == set()


def test_a_closed_head_is_continued_only_by_a_capitalised_name_with_a_head():
    name = "Ауыл шаруашылығы министрлігі Ветеринариялық бақылау комитеті"
    assert _tagged(f"{name} тексеріс жүргізді.", [{"label": "ORG", "pattern": name}]) == {("ORG", name)}
    found = _tagged("Ауыл шаруашылығы министрлігі Ветеринариялық қызметке тексеріс жүргізді.",
                    [{"label": "ORG", "pattern": "Ауыл шаруашылығы министрлігі Ветеринариялық"}])
    assert found == {("ORG", "Ауыл шаруашылығы министрлігі")}


def test_a_first_name_with_a_patronymic_is_the_person_named_in_full(kk_ner):
    doc = kk_ner("Мектеп директоры Әсел Нұрланова жоба туралы айтты.\n– Әсел Серікқызы, жоба қанша уақытқа созылады?\n"
              "– Екі жылға.")
    assert {norm for label, norm in entities(doc) if label == "PER"} == {"Әсел Нұрланова"}


def test_a_unit_of_a_body_named_in_the_genitive_ends_at_the_units_head(kk_ner):
    doc = kk_ner("Алматы облысы бойынша Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің департаменті іс қозғады. "
              "Павлодар облысы Полиция департаментінің басқармасы хабарлады.")
    found = entities(doc)
    assert ("ORG", "Алматы облысы бойынша Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің департаменті") in found
    assert ("ORG", "Павлодар облысы Полиция департаментінің басқармасы") in found


def test_a_quoted_company_name_takes_its_legal_form_before_or_after_it(kk_ner):
    doc = kk_ner("«Шортанды Строй Сервис» ЖШС директоры ұсталды. ЖШС «Агро Береке» есебінен ақша жымқырылған. "
              "«Қазақстан темір жолы» ҰК АҚ басшысы сотталды. Ол «Егемен Қазақстан» газетіне сұхбат берді.")
    found = entities(doc)
    assert {("ORG", "«Шортанды Строй Сервис» ЖШС"), ("ORG", "ЖШС «Агро Береке»"),
            ("ORG", "«Қазақстан темір жолы» ҰК АҚ")} <= found
    assert not any("Егемен" in norm and "«" in norm for _, norm in found)  # no legal form: not taken whole


def test_bodies_of_bodies_yaml_are_found_in_kazakh_text(kk_ner):
    doc = kk_ner("Тексерісті ҰҚК мен Қаржылық мониторинг агенттігі жүргізді.")
    norms = {norm for label, norm in entities(doc) if label == "ORG"}
    assert {"ҰҚК", "Қаржылық мониторинг агенттігі"} <= norms


def _tagged_with_positions(text: str, patterns: list[dict]) -> set[tuple[str, str]]:
    from pokazatel.nlp.kk.entities import tag_entities

    doc = tag_entities(spacy.blank("kk")(text), _ruled_ner(patterns), load_gazetteer(),
                       ("PER", "ORG", "LOC", "POSITION"))
    return entities(doc)


def test_a_body_before_a_positions_head_is_part_of_the_position_only_when_positions_are_asked_for():
    text = "Орталық сайлау комиссиясының мүшесі Ләззат Омарова мәлімдеді."
    patterns = [{"label": "ORG", "pattern": "Орталық сайлау комиссиясының"},
                {"label": "PER", "pattern": "Ләззат Омарова"}]
    assert _tagged_with_positions(text, patterns) == {("POSITION", "Орталық сайлау комиссиясының мүшесі"),
                                                      ("PER", "Ләззат Омарова")}
    assert _tagged(text, patterns) == {("ORG", "Орталық сайлау комиссиясы"), ("PER", "Ләззат Омарова")}
    # a plural names the body's people, not a position: "Мәжіліс депутаттары"
    assert _tagged_with_positions("Мәжіліс депутаттары заң жобасын мақұлдады.",
                                  [{"label": "ORG", "pattern": "Мәжіліс"}]) == {("ORG", "Мәжіліс")}
    # the model's own position after the body goes on: "төрағасының орынбасары"
    found = _tagged_with_positions("Ұлттық банк төрағасының орынбасары отставкаға кетті.",
                                   [{"label": "POSITION", "pattern": "төрағасының орынбасары"}])
    assert found == {("POSITION", "Ұлттық банк төрағасының орынбасары")}


def test_a_place_or_body_and_a_capitalised_head_after_it_name_one_body():
    assert _tagged("Ұлыбритания Парламенті жоспарды қабылдамады.", [{"label": "LOC", "pattern": "Ұлыбритания"}]) \
        == {("ORG", "Ұлыбритания Парламенті")}
    assert _tagged("Ол Біріккен Ұлттар Ұйымы Бас Ассамблеясының мінберінен сөйледі.",
                   [{"label": "ORG", "pattern": "Біріккен Ұлттар Ұйымы"}]) \
        == {("ORG", "Біріккен Ұлттар Ұйымы Бас Ассамблеясы")}
    # no head: a place and a person's title stay apart; a new sentence is no continuation
    assert _tagged("Ресей Президенті келді.", [{"label": "LOC", "pattern": "Ресей"}]) == {("LOC", "Ресей")}
    assert ("ORG", "Парламент") in _tagged("Жиын Алматы. Парламент шешім қабылдады.",
                                           [{"label": "LOC", "pattern": "Алматы"}])


def test_a_position_the_model_ran_past_a_known_name_gives_way_to_the_name():
    # "Қазақстанның Парламентінде" ends in the body's name, not in a position's head
    found = _tagged_with_positions("Қазақстанның Парламентінде оппозиция пайда болды.",
                                   [{"label": "POSITION", "pattern": "Қазақстанның Парламентінде"}])
    assert found == {("ORG", "Қазақстанның Парламенті")}
    found = _tagged_with_positions("Ұлттық банк төрағасы Ерболат Досаев сөйледі.",
                                   [{"label": "POSITION", "pattern": "Ұлттық банк төрағасы"},
                                    {"label": "PER", "pattern": "Ерболат Досаев"}])
    assert found == {("POSITION", "Ұлттық банк төрағасы"), ("PER", "Ерболат Досаев")}


def test_service_embassy_and_party_heads_end_a_place_headed_name():
    assert _tagged("Бұл туралы Атырау облысының өңірлік коммуникациялар қызметі хабарлады.",
                   [{"label": "LOC", "pattern": "Атырау облысының"}]) \
        == {("ORG", "Атырау облысының өңірлік коммуникациялар қызметі")}
    assert _tagged("Қазақстан елшілігі нота жіберді.", [{"label": "LOC", "pattern": "Қазақстан"}]) \
        == {("ORG", "Қазақстан елшілігі")}


def test_two_bodies_side_by_side_stay_two_and_a_plural_head_names_no_body():
    # "Үкіметпен" has no possessive: it heads no compound with the bank before it
    assert _tagged("Ұлттық банк Үкіметпен бірлесіп инфляцияны төмендетті.",
                   [{"label": "ORG", "pattern": "Ұлттық банк"}]) \
        == {("ORG", "Ұлттық банк"), ("ORG", "Үкімет")}
    assert _tagged("Шет мемлекеттердегі Қазақстан елшіліктері жанынан орталықтар ашылады.",
                   [{"label": "LOC", "pattern": "Қазақстан"}]) == {("LOC", "Қазақстан")}


def test_a_long_position_naming_a_known_place_is_kept():
    position = "Ақтөбе қалалық тұрғын үй-коммуналдық шаруашылығы бөлімінің бас маманы"
    found = _tagged_with_positions(f"{position} Болат Серіков сөйледі.",
                                   [{"label": "POSITION", "pattern": position},
                                    {"label": "PER", "pattern": "Болат Серіков"}])
    assert found == {("POSITION", position), ("PER", "Болат Серіков")}


def test_a_quoted_name_before_a_kind_of_organisation_is_that_organisation():
    assert _tagged("Ол «Қазақстан» телеарнасында бағдарлама жүргізді.",
                   [{"label": "LOC", "pattern": "Қазақстан"}]) == {("ORG", "Қазақстан")}
    assert _tagged("Ұлытау облысындағы «Адал ұрпақ» клубтарының үйлестірушісі сөйледі.",
                   [{"label": "LOC", "pattern": "Ұлытау облысындағы"}]) \
        == {("LOC", "Ұлытау облысы"), ("ORG", "Адал ұрпақ")}
    # a programme is no organisation; a quoted name with a legal form is taken whole
    assert _tagged("«Болашақ» бағдарламасы жалғасады.", [{"label": "LOC", "pattern": "Алматы"}]) == set()
    assert _tagged("«Агро Береке» ЖШС серіктестігі тексерілді.", [{"label": "LOC", "pattern": "Алматы"}]) \
        == {("ORG", "«Агро Береке» ЖШС")}


def test_a_persons_name_ends_at_its_last_word_not_at_years_after_it():
    text = "Ерлан Қасымов облысты басқарды. Қасымов 2015–2018 жылдары әкім болған."
    found = _tagged(text, [{"label": "PER", "pattern": "Ерлан Қасымов"},
                           {"label": "PER", "pattern": "Қасымов 2015–2018"}])
    assert found == {("PER", "Ерлан Қасымов")}  # the surname alone takes the full name


def test_a_bare_head_after_a_body_in_the_genitive_opens_its_unit():
    # "әкімшілік полиция" names the unit's service before its head (entity round 11: a lower-case unit with its
    # body is one ORG, as dev-018 and fresh23-028's "… департаментінің жол полициясы басқармасы")
    found = _tagged("Павлодар облысы Полиция департаментінің әкімшілік полиция басқармасы рейд өткізді.",
                    [{"label": "LOC", "pattern": "Павлодар облысы"}])
    assert found == {("ORG", "Павлодар облысы Полиция департаментінің әкімшілік полиция басқармасы")}
    found = _tagged("Қаржы министрлігінің әкімшілік қызметкерлері жиналды.",
                    [{"label": "ORG", "pattern": "Қаржы министрлігінің"}])
    assert found == {("ORG", "Қаржы министрлігі")}
    # the unit's head with the possessive still joins the body
    found = _tagged("Қаржы министрлігінің комитеті тексеру жүргізді.",
                    [{"label": "ORG", "pattern": "Қаржы министрлігінің"}])
    assert found == {("ORG", "Қаржы министрлігінің комитеті")}


def test_a_quoted_name_with_its_legal_form_written_out_is_one_organisation():
    found = _tagged("Тексеру «Жол Құрылыс» акционерлік қоғамының есебінде жүрді. «Ақ Тау» жауапкершілігі шектеулі "
                    "серіктестігі айыппұл төледі.", [{"label": "ORG", "pattern": "Жол Құрылыс"}])
    assert found == {("ORG", "«Жол Құрылыс» акционерлік қоғамы"),
                     ("ORG", "«Ақ Тау» жауапкершілігі шектеулі серіктестігі")}
    # a quoted name before other words keeps the rules it had
    assert _tagged("«Болашақ» бағдарламасы жалғасады.", [{"label": "LOC", "pattern": "Алматы"}]) == set()


def test_a_district_keeps_its_noun_in_the_norm_and_its_span_as_kaznerd_marks_it():
    text = "Іле ауданында екі шенеунік ұсталды. Алматы облысы Талғар ауданының әкімі сөйледі. Іле өзені таязданды."
    found = _tagged(text, [{"label": "LOC", "pattern": "Іле"}, {"label": "LOC", "pattern": "Алматы облысы"},
                           {"label": "LOC", "pattern": "Талғар"}])
    assert found == {("LOC", "Іле ауданы"), ("LOC", "Алматы облысы"), ("LOC", "Талғар ауданы"), ("LOC", "Іле")}
    from pokazatel.nlp.kk.entities import tag_entities

    doc = tag_entities(spacy.blank("kk")("Іле ауданында екі шенеунік ұсталды."),
                       _ruled_ner([{"label": "LOC", "pattern": "Іле"}]), load_gazetteer(), ("PER", "ORG", "LOC"))
    assert [e.text for e in doc.ents] == ["Іле"]


def test_the_crfs_names_come_first_and_an_unwanted_position_hides_no_name():
    from pokazatel.nlp.kk.entities import tag_entities

    text = "Жамбыл облысы Полиция департаментінің қызметкері Айдос Омаров ұсталды."
    model = _ruled_ner([{"label": "LOC", "pattern": "Жамбыл облысы"}, {"label": "PER", "pattern": "Айдос Омаров"}])
    crf = _ruled_ner([{"label": "ORG", "pattern": "Жамбыл облысы Полиция департаментінің"},
                      {"label": "POSITION", "pattern": "департаментінің қызметкері Айдос"}])
    doc = tag_entities(spacy.blank("kk")(text), model, load_gazetteer(), ("PER", "ORG", "LOC"), second_ner=crf)
    # the CRF's body wins over the model's place inside it; its POSITION (not asked for) leaves the person
    assert entities(doc) == {("ORG", "Жамбыл облысы Полиция департаменті"), ("PER", "Айдос Омаров")}
    # where both found the same words, the CRF's label wins
    model = _ruled_ner([{"label": "PER", "pattern": "Нұр Инвест"}])
    crf = _ruled_ner([{"label": "ORG", "pattern": "Нұр Инвест"}])
    doc = tag_entities(spacy.blank("kk")("Нұр Инвест тендер ұтты."), model, load_gazetteer(), ("PER", "ORG", "LOC"),
                       second_ner=crf)
    assert entities(doc) == {("ORG", "Нұр Инвест")}


def test_a_body_cut_before_the_head_of_its_compound_takes_it():
    found = _tagged("Павлодар облысы Полиция департаментінің мәліметінше, рейд өтті.",
                    [{"label": "ORG", "pattern": "Павлодар облысы Полиция"}])
    assert found == {("ORG", "Павлодар облысы Полиция департаменті")}
    found = _tagged("Самат Бостандық аудандық Полиция басқармасына арыз берді.",
                    [{"label": "ORG", "pattern": "Бостандық аудандық Полиция"}])
    assert found == {("ORG", "Бостандық аудандық Полиция басқармасы")}
    # after a name the kind of organisation stays out of it, as KazNERD marks it
    assert _tagged("Бізде Kazakh Invest компаниясы бар.", [{"label": "ORG", "pattern": "Kazakh Invest"}]) == {
        ("ORG", "Kazakh Invest")}


def test_a_body_described_by_its_place_is_that_place():
    found = _tagged("Ақша Шымкент қаласындағы полиция бөлімшесінің ғимаратында берілді.",
                    [{"label": "ORG", "pattern": "Шымкент қаласындағы полиция бөлімшесінің"}])
    assert found == {("LOC", "Шымкент")}
    found = _tagged("Семей жобасы Қостанайдағы ұлттық университетте басталады.",
                    [{"label": "ORG", "pattern": "Қостанайдағы ұлттық университетте"}])
    assert {label for label, _ in found} == {"LOC"}
    # a place in the locative says where, and opens no name: "in Pavlodar, the hospital's doctor ..."
    found = _tagged("Павлодарда қалалық аурухананың дәрігері пара алды.",
                    [{"label": "ORG", "pattern": "Павлодарда қалалық аурухананың дәрігері"}])
    assert found == {("LOC", "Павлодар")}
    found = _tagged("Құрамында симфониялық оркестр бар.",  # "in its staff": a sentence's first word, no place
                    [{"label": "ORG", "pattern": "Құрамында симфониялық оркестр"}])
    assert {label for label, _ in found} == {"ORG"}
    found = _tagged("Ол Қызылорда облысы әкімдігінде жұмыс істейді.",  # "-да" of the name itself: no case
                    [{"label": "ORG", "pattern": "Қызылорда облысы әкімдігінде"}])
    assert {label for label, _ in found} == {"ORG"}
    # a known body of that shape is the gazetteer's name
    found = _tagged("Ол Еуропадағы қауіпсіздік және ынтымақтастық ұйымында жұмыс істейді.",
                    [{"label": "ORG", "pattern": "Еуропадағы қауіпсіздік және ынтымақтастық ұйымында"}])
    assert found == {("ORG", "Еуропадағы қауіпсіздік және ынтымақтастық ұйымы")}
    # a capitalised name after the place is a body's name ("Алматы қаласындағы Ұлттық ... орталығы" stays)
    found = _tagged("Ол Алматы облысы Полиция департаментінде жұмыс істейді.",
                    [{"label": "ORG", "pattern": "Алматы облысы Полиция департаментінде"}])
    assert found == {("ORG", "Алматы облысы Полиция департаменті")}


def test_a_rural_district_keeps_its_administrative_word_and_noun_in_the_norm_only():
    from pokazatel.nlp.kk.entities import tag_entities

    text = "Ертіс ауылдық округінің әкімі ұсталды."
    doc = tag_entities(spacy.blank("kk")(text), _ruled_ner([{"label": "LOC", "pattern": "Ертіс"}]), load_gazetteer(),
                       ("PER", "ORG", "LOC"))
    assert [(e.text, e._.norm) for e in doc.ents] == [("Ертіс", "Ертіс ауылдық округі")]


def test_a_quoted_name_and_the_head_of_an_organisation_after_a_few_words_is_that_organisation():
    nothing = [{"label": "LOC", "pattern": "Алматы"}]  # the model finds nothing in these sentences
    assert _tagged("«Шұғыла» әлеуметтік көмек қорының өкілдері келді.", nothing) == {("ORG", "Шұғыла")}
    assert _tagged("Ол «Тұлпар» арнайы құрылыс бюросында істеді. «Ақжол» жауапкершілігі шектеулі серіктестігі ашылды.",
                   [{"label": "LOC", "pattern": "Ақжол"}]) == {
        ("ORG", "«Ақжол» жауапкершілігі шектеулі серіктестігі")}  # "бюро" is no head; a legal form is taken whole
    # a name the model found whole with its head stays whole
    found = _tagged("«Астана» халықаралық қаржы орталығы сотында іс қаралды.",
                    [{"label": "ORG", "pattern": "«Астана» халықаралық қаржы орталығы"}])
    assert found == {("ORG", "«Астана» халықаралық қаржы орталығы")}
    # a verb among the words, or a name in lower case, and there is no organisation
    assert _tagged("«Беларусь» тракторларын шығаратын кәсіпорын жабылды.", nothing) == {("LOC", "Беларусь")}
    assert _tagged("Бірақ «сау жүргізуші» ақылы қызметіне жүгінеді.", nothing) == set()


def test_a_quoted_programme_system_or_award_is_no_organisation():
    assert _tagged("«Жасыл ел» бағдарламасы жалғасады.", [{"label": "ORG", "pattern": "Жасыл ел"}]) == set()
    assert _tagged("«Сергек» ақпараттық жүйесі іске қосылды.", [{"label": "ORG", "pattern": "Сергек"}]) == set()
    # after other words than adjectives the kind names what the organisation does
    found = _tagged("«Нұр Отан» мемлекеттік басқару жүйесі үшін маман дайындайды.",
                    [{"label": "ORG", "pattern": "Нұр Отан"}])
    assert found == {("ORG", "Нұр Отан")}


def test_the_models_body_around_the_crfs_names_replaces_them():
    from pokazatel.nlp.kk.entities import tag_entities

    text = "Рәсімге Ресей жазушылар одағының жетекшілері қатысты."
    model = _ruled_ner([{"label": "ORG", "pattern": "Ресей жазушылар одағының"}])
    crf = _ruled_ner([{"label": "LOC", "pattern": "Ресей"}])
    doc = tag_entities(spacy.blank("kk")(text), model, load_gazetteer(), ("PER", "ORG", "LOC"), second_ner=crf)
    assert entities(doc) == {("ORG", "Ресей жазушылар одағы")}
    # a longer span that ends in no organisation's head does not
    model = _ruled_ner([{"label": "ORG", "pattern": "Ресей жазушылар"}])
    doc = tag_entities(spacy.blank("kk")(text), model, load_gazetteer(), ("PER", "ORG", "LOC"), second_ner=crf)
    assert entities(doc) == {("LOC", "Ресей")}


def test_a_capitalised_name_ending_in_a_state_bodys_head_is_that_body():
    nothing = [{"label": "LOC", "pattern": "Алматы"}]  # the model finds nothing in these sentences
    assert _tagged("Хатты Автомобиль жолдары комитетіне жолдады.", nothing) == {("ORG", "Автомобиль жолдары комитеті")}
    # a sentence's first word written in lower case elsewhere, a conjunction, or a head without the
    # possessive name no body
    assert _tagged("Бұл комиссияның мүшелері сайланды. Және су ресурстары комитетіне өткіздік.", nothing) == set()
    assert _tagged("Мұны Төтенше жағдай комиссия шешеді.", nothing) == set()


def test_a_regional_department_of_the_anti_corruption_agency_is_one_body():
    found = _tagged("Шымкент қаласы бойынша Сыбайлас жемқорлыққа қарсы іс-қимыл департаменті екі адамды ұстады.",
                    [{"label": "LOC", "pattern": "Шымкент"}])
    assert found == {("ORG", "Шымкент қаласы бойынша Сыбайлас жемқорлыққа қарсы іс-қимыл департаменті")}


def test_an_abbreviated_body_and_its_regional_department_are_one_organisation(kk_ner):
    doc = kk_ner("ҰҚК Қарағанды облысы бойынша департаменті іс қозғады.")
    assert entities(doc) == {("ORG", "ҰҚК Қарағанды облысы бойынша департаменті")}


def test_a_sum_or_a_position_word_alone_is_no_name():
    doc = spacy.blank("kk")("Өндірілген 40 млн теңге шығынның 12 млн теңгесі қайтарылды. Әкім бұл қызметте 2019 жылдан "
                            "бері істейді. Алматы қалалық сотында Нұрлан Серікбаевқа үкім шығарылды.")
    # what a model may hand the rules: an amount opening a sentence read as a body, a position's word as a person
    spans = [word_span(doc, "Өндірілген", "12", "ORG"), word_span(doc, "Әкім", "Әкім", "PER"),
             word_span(doc, "Алматы", "сотында", "ORG"), word_span(doc, "Нұрлан", "Серікбаевқа", "PER")]
    kept = {(s.text, s.label_) for s in org_rules().apply(doc, spans)}
    assert kept == {("Алматы қалалық сотында", "ORG"), ("Нұрлан Серікбаевқа", "PER")}


def test_bodies_joined_before_one_plural_head_are_one_organisation():
    found = _tagged("Жобаны Қаржы және Ұлттық экономика министрліктері қарайды.",
                    [{"label": "ORG", "pattern": "Ұлттық экономика министрліктері"}])
    assert found == {("ORG", "Қаржы және Ұлттық экономика министрліктері")}
    nothing = [{"label": "LOC", "pattern": "Алматы"}]  # the model finds nothing in these sentences
    assert _tagged("Хатты Әділет, Денсаулық сақтау және Білім министрліктеріне жіберді.", nothing) == {
        ("ORG", "Әділет, Денсаулық сақтау және Білім министрліктері")}
    # one body in the plural, lower-case bodies, or a comma before a lower-case word join nothing
    assert _tagged("Жобаны Туризм министрліктері қарайды.", nothing) == set()
    assert _tagged("Жобаны облыстық және аудандық комитеттер қарайды.", nothing) == set()
    assert _tagged("Жобаны Алматыда, облыстық және аудандық комитеттер қарайды.", nothing) == {("LOC", "Алматы")}


def test_a_state_body_named_with_an_adjective_before_its_head_needs_no_possessive():
    nothing = [{"label": "LOC", "pattern": "Алматы"}]
    assert _tagged("Отырысты Бюджет мәселелері жөніндегі ведомствоаралық комиссияның мүшелері ашты.", nothing) == {
        ("ORG", "Бюджет мәселелері жөніндегі ведомствоаралық комиссия")}
    assert _tagged("Кеше Бұл мемлекеттік комиссияның шешімі шықты.", nothing) == set()  # a pronoun names no body


def test_a_body_named_at_a_sentences_start_is_found_though_its_first_word_is_common():
    from pokazatel.nlp.kk.entities import tag_entities

    nothing = _ruled_ner([{"label": "LOC", "pattern": "Алматы"}])
    doc = tag_entities(spacy.blank("kk")("Сайлау комиссиясы дауыстарды санады. Бұл комиссиясы жоқ."), nothing,
                       load_gazetteer(), ("PER", "ORG", "LOC"), common=frozenset({"сайлау", "бұл"}))
    assert entities(doc) == {("ORG", "Сайлау комиссиясы")}


def test_an_organisation_or_position_run_on_into_a_verb_ends_at_its_last_head():
    found = _tagged_with_positions("Енді ол Ақпарат агенттігінің тізгінін ұстайды.",
                                   [{"label": "POSITION", "pattern": "Ақпарат агенттігінің тізгінін ұстайды"}])
    assert found == {("ORG", "Ақпарат агенттігі")}
    found = _tagged_with_positions("Оны Алтын жол партиясының съезінде айтқан.",
                                   [{"label": "POSITION", "pattern": "Алтын жол партиясының съезінде айтқан"}])
    assert found == {("ORG", "Алтын жол партиясы")}
    # a position ending in its head stays
    found = _tagged_with_positions("Ақпарат агенттігінің басшысы келді.",
                                   [{"label": "POSITION", "pattern": "Ақпарат агенттігінің басшысы"}])
    assert found == {("POSITION", "Ақпарат агенттігінің басшысы")}


def test_a_title_and_an_organisations_head_after_it_name_a_body_of_that_office():
    found = _tagged_with_positions("Шараға Президент академиясының түлектері қатысты.",
                                   [{"label": "POSITION", "pattern": "Президент"}])
    assert found == {("ORG", "Президент академиясы")}
    # the title in the genitive owns what follows ("the President's work"), no body
    found = _tagged_with_positions("Президенттің қызметі туралы айтты.",
                                   [{"label": "POSITION", "pattern": "Президенттің"}])
    assert found == {("POSITION", "Президент")}


def test_a_body_and_its_unit_after_adjectives_are_one_organisation():
    found = _tagged("Оны Ішкі істер министрлігі кинологиялық бөлімшесінің қызметкерлері ұстады.",
                    [{"label": "ORG", "pattern": "Ішкі істер министрлігі"}])
    assert found == {("ORG", "Ішкі істер министрлігі кинологиялық бөлімшесі")}
    # two heads side by side name two bodies (the court of the centre), as KazNERD marks them
    found = _tagged("Істі Халықаралық қаржы орталығы соты қарады.",
                    [{"label": "ORG", "pattern": "Халықаралық қаржы орталығы"}])
    assert found == {("ORG", "Халықаралық қаржы орталығы")}
    # no head with the possessive after the adjectives: no unit
    found = _tagged("Ішкі істер министрлігі арнайы комиссия құрды.",
                    [{"label": "ORG", "pattern": "Ішкі істер министрлігі"}])
    assert found == {("ORG", "Ішкі істер министрлігі")}


def test_a_place_and_a_word_for_a_form_of_state_after_it_are_one_place():
    # the span is the state's official name, as KazNERD marks it; its norm is the place, as the Russian component
    # norms "Республика Казахстан", so that one country is one row
    from pokazatel.nlp.kk.entities import tag_entities

    doc = tag_entities(spacy.blank("kk")("Келісімге Беларусь Республикасының өкілдері қол қойды."),
                       _ruled_ner([{"label": "LOC", "pattern": "Беларусь"}]), load_gazetteer(), ("PER", "ORG", "LOC"))
    assert [(e.label_, e.text, e._.norm) for e in doc.ents] == [("LOC", "Беларусь Республикасының", "Беларусь")]
    found = _tagged("Делегация Біріккен Араб Әмірліктері мен Бахрейн Корольдігіне барды.",
                    [{"label": "LOC", "pattern": "Бахрейн"}])
    assert ("LOC", "Бахрейн") in found and ("LOC", "Бахрейн Корольдігі") not in found
    found = _tagged("Сапар Пәкістан Ислам Республикасында өтті.", [{"label": "LOC", "pattern": "Пәкістан"}])
    assert found == {("LOC", "Пәкістан Ислам Республикасы")}
    # a lower-case word between, a lower-case form (a sports federation), a form without the possessive ("Republic
    # Day") or a place in the genitive (the embassy in the Czech Republic) make no state's name
    for text in ("Қытай халық Республикасы туралы жазды.", "Жамбыл федерациясының төрағасы келді.",
                 "Жамбыл Республика күнін атап өтті.", "Жамбылдың Чехия Республикасындағы өкілі келді."):
        found = _tagged(text, [{"label": "LOC", "pattern": text.split()[0]}])
        assert found == {("LOC", strip_case(text.split()[0]))}, text


def test_a_place_the_model_ran_into_a_presidents_title_is_the_post_not_a_place():
    text = "Елбасы Өзбекстан Президентімен кездесті, Қырғыз Республикасының Премьер-министрі де келді."
    patterns = [{"label": "LOC", "pattern": "Өзбекстан Президентімен"},
                {"label": "LOC", "pattern": "Қырғыз Республикасының Премьер-министрі"}]
    assert _tagged_with_positions(text, patterns) == {("POSITION", "Өзбекстан Президенті"),
                                                      ("POSITION", "Қырғыз Республикасының Премьер-министрі")}
    assert ("LOC", "Өзбекстан") in _tagged(text, patterns)  # where no position is asked for, the place stays
    assert not any(label == "LOC" and "Президент" in norm for label, norm in _tagged(text, patterns))
    # a body named after the title stays a body
    name = "Тұңғыш Президент қоры"
    assert _tagged(f"{name} грант берді.", [{"label": "ORG", "pattern": name}]) == {("ORG", name)}


def test_an_organisation_run_on_into_lower_case_words_after_its_head_ends_at_the_head():
    doc = spacy.blank("kk")("Халықаралық валюта қорының өңірлік даму бойынша баяндамасы жарияланды. Ішкі істер "
                            "министрлігінің академиясы ашылды. Ұлттық банк базалық мөлшерлемені өзгертпеді.")
    # the fund's report "on regional development": the words after the fund's head are not its name
    spans = [word_span(doc, "Халықаралық", "даму", "ORG"), word_span(doc, "Ішкі", "академиясы", "ORG"),
             word_span(doc, "Ұлттық", "банк", "ORG")]
    kept = {s.text for s in org_rules().apply(doc, spans)}
    # a unit whose head takes the possessive ("академиясы") and a name ending in its head stay whole
    assert kept == {"Халықаралық валюта қорының", "Ішкі істер министрлігінің академиясы", "Ұлттық банк"}


def test_a_place_whose_inner_word_takes_a_case_is_two_places():
    doc = spacy.blank("kk")("Пойыз Шымкенттен Тараздағы бекетке келді. Алтын Орда тарихы айтылды. Оңтүстік Қазақстан "
                            "облысында жаңбыр жауды.")
    spans = [word_span(doc, "Шымкенттен", "Тараздағы"), word_span(doc, "Алтын", "Орда"),
             word_span(doc, "Оңтүстік", "облысында")]
    kept = {s.text for s in org_rules().apply(doc, spans)}
    # "from Shymkent" and "in Taraz" are two places; "Алтын" (gold) ends in -н as a word, no accusative
    assert kept == {"Шымкенттен", "Тараздағы", "Алтын Орда", "Оңтүстік Қазақстан облысында"}


def test_a_place_or_person_inside_a_quoted_song_book_or_hall_name_is_no_entity():
    doc = spacy.blank("kk")("Кеште «Алматы» әні шырқалды. Оқушылар «Абай жолы» романын оқыды. «Шымкент» "
                            "концерттік залында жиын өтті. «Қостанай» телеарнасы хабарлады.")
    spans = [word_span(doc, "Алматы"), word_span(doc, "Абай", label="PER"), word_span(doc, "Шымкент"),
             word_span(doc, "Қостанай")]
    kept = {(s.text, s.label_) for s in org_rules().apply(doc, spans)}
    assert kept == {("Қостанай", "ORG")}  # a quoted channel is an organisation, as before


def test_a_place_naming_an_airport_or_port_is_no_place():
    doc = spacy.blank("kk")("Ұшақ Шымкент халықаралық әуежайына қонды. Жүк Атырау портынан жөнелтілді. Ақтауда порт "
                            "салынды. Павлодар қаласында әуежай жөнделді.")
    spans = [word_span(doc, w) for w in ("Шымкент", "Атырау", "Ақтауда", "Павлодар")]
    kept = {s.text for s in org_rules().apply(doc, spans)}
    # a port built in Aktau, an airport repaired in the city of Pavlodar: the places stay
    assert kept == {"Ақтауда", "Павлодар"}


def test_a_place_naming_a_park_test_site_or_air_base_is_no_place():
    doc = spacy.blank("kk")("Турист Бурабай ұлттық паркіне келді. Қарағанды ядролық полигонында сынақ өтті. "
                            "Ұшқыш Шымкент әуебазасында қызмет етті. Жаңа парк Ақтөбеде ашылды.")
    spans = [word_span(doc, w) for w in ("Бурабай", "Қарағанды", "Шымкент", "Ақтөбеде")]
    # a park opened in Aktobe: the place stays
    assert {s.text for s in org_rules().apply(doc, spans)} == {"Ақтөбеде"}


def test_a_latin_script_name_of_the_gazetteer_is_found_in_a_latin_script_article():
    from pokazatel.nlp.kk.latin import to_cyrillic

    # the article reaches the pipeline read into Cyrillic ("Транспаренцы Інтернатіонал"), the entry too
    words = to_cyrillic("Búgin Transparency International saraptamasy jarııalandy .").text.split()
    assert load_gazetteer().find_in_words(words) == [(1, 3, "ORG")]


def test_the_ner_model_tags_a_batch_a_bounded_number_of_tokens_at_a_time(monkeypatch):
    """Its arrays grow with the tokens it is given at once (64 long articles lifted the peak by 500 MB); the
    entities are those of each article tagged alone."""
    from pokazatel.nlp.kk.entities import NER_TOKENS_AT_ONCE
    from pokazatel.nlp.pipeline import load_pipeline

    nlp = load_pipeline("kk")
    component = nlp.get_pipe("pokazatel_entities_kk")
    sentence = ("Алматы облысының әкімі Марат Сұлтанғазиев Қонаев қаласында 12 мектептің құрылысын тексерді. "
                "Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі 3 шенеунікті ұстады. ")
    texts = [sentence * repeats for repeats in (180, 14, 110, 1, 270, 36, 135, 9)]
    alone = [[(e.start, e.end, e.label_) for e in nlp(text).ents] for text in texts]
    given, pipe = [], component.ner.pipe

    def counting_pipe(docs, batch_size):
        docs = list(docs)
        given.append([len(doc) for doc in docs])
        return pipe(docs, batch_size=batch_size)

    monkeypatch.setattr(component.ner, "pipe", counting_pipe)
    together = [[(e.start, e.end, e.label_) for e in doc.ents] for doc in nlp.pipe(texts, batch_size=64)]
    assert together == alone
    assert sum(map(sum, given)) > 3 * NER_TOKENS_AT_ONCE  # the texts were long enough to be cut
    assert all(sum(sizes) <= NER_TOKENS_AT_ONCE or len(sizes) == 1 for sizes in given)

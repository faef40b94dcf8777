"""Scope of a figure (one case or a total, the region a total covers, the subject named with it),
decided from its sentence and the entities named there, and stored with it in a real SQLite file."""

from __future__ import annotations

from pokazatel.nlp.figures.scope import Named, add_scope
from pokazatel.store.db import open_db
from pokazatel.store.load import save_analyses, save_article


def figure(text: str, quote: str, event: str, unit: str, value: float, period: str | None = None) -> dict:
    start = text.index(quote)
    return {"value": value, "unit": unit, "event": event, "object": "", "period": period, "quote": quote,
            "start": start, "end": start + len(quote)}


def named(text: str, label: str, surface: str, norm: str) -> Named:
    start = text.index(surface)
    return Named(label, norm, start, start + len(surface))


REPORT = ("За 9 месяцев 2024 года в Казахстане осуждены 684 человека за коррупционные преступления. "
          "В Алматинской области за 9 месяцев осуждены 52 человека. "
          "Так, аким села Ерлан Сапаров получил взятку 25 тыс. тенге.")
VERDICT = ("Суд приговорил бывшего акима Кентау Марата Ахметова к 8 годам лишения свободы. "
           "Его признали виновным в получении взятки в размере 25 млн тенге.")


def test_totals_cases_regions_and_subjects():
    entities = [named(REPORT, "LOC", "Казахстане", "Казахстан"),
                named(REPORT, "LOC", "Алматинской области", "Алматинская область"),
                named(REPORT, "PER", "Ерлан Сапаров", "Ерлан Сапаров")]
    nine_months = "2024-01..2024-09"
    figures = add_scope(REPORT, [figure(REPORT, "осуждены 684 человека", "convicted", "person", 684, nine_months),
                                 figure(REPORT, "осуждены 52 человека", "convicted", "person", 52, nine_months),
                                 figure(REPORT, "взятку 25 тыс. тенге", "bribe", "KZT", 25_000)],
                        entities, "ru")
    assert [(f["scope"], f["region"], f["subject"]) for f in figures] == [
        ("total", "KZ", "KZ"), ("total", "Алматинская область", "Алматинская область"),
        ("case", "Алматинская область", "Ерлан Сапаров")]


def test_a_sentence_is_a_case_and_the_person_named_before_is_the_subject_of_his():
    entities = [named(VERDICT, "LOC", "Кентау", "Кентау"), named(VERDICT, "PER", "Марата Ахметова", "Марат Ахметов")]
    figures = add_scope(VERDICT, [figure(VERDICT, "к 8 годам", "prison_term", "year", 8),
                                  figure(VERDICT, "взятки в размере 25 млн тенге", "bribe", "KZT", 25e6)],
                        entities, "ru")
    assert [(f["scope"], f["region"], f["subject"]) for f in figures] == [
        ("case", "Кентау", "Марат Ахметов"), ("case", "Кентау", "Марат Ахметов")]


def test_kazakh_total():
    text = "Жыл басынан бері елімізде 142 қызметкер жауапкершілікке тартылды."
    [result] = add_scope(text, [figure(text, "142 қызметкер", "disciplined", "person", 142, "2024")], [], "kk")
    assert (result["scope"], result["region"]) == ("total", "KZ")


def test_scope_is_stored_in_the_statistics_table(tmp_path):
    db = open_db(tmp_path / "scope.db")
    save_article(db, {"url": "https://x.kz/1", "source": "x", "title": "Итоги", "text": REPORT,
                      "published_at": "2024-10-10"})
    [record] = add_scope(REPORT, [figure(REPORT, "осуждены 684 человека", "convicted", "person", 684)], [], "ru")
    save_analyses(db, [{"id": 1, "lang": "ru", "relevant": True, "topic": "bribery", "entities": [],
                        "statistics": [record]}])
    assert db.execute("SELECT scope, region, subject FROM statistics").fetchall() == [("total", "KZ", "KZ")]


def test_a_ban_for_years_is_a_case_a_foreign_country_no_region_and_a_total_keeps_the_articles_region():
    text = ("Сот Жолдасовқа 1 500 АЕК мөлшерінде айыппұл тағайындап, оны 5 жыл бойы қызметтен айырды. "
            "Ұлыбританиядан 96 млрд теңге қайтарылды.")
    entities = [named(text, "LOC", "Ұлыбританиядан", "Ұлыбритания")]
    fine, assets = add_scope(text, [figure(text, "1 500 АЕК", "fine", "MCI", 1500),
                                    figure(text, "96 млрд теңге", "recovered", "KZT", 96e9, "2024-01..2024-10")],
                             entities, "kk")
    assert (fine["scope"], fine["region"]) == ("case", None)
    assert (assets["scope"], assets["region"]) == ("total", "KZ"), "a span of months is a report's; UK is no region"
    regional = "В Актобе прошла операция. Всего задержаны 23 должностных лица."
    [total] = add_scope(regional, [figure(regional, "задержаны 23 должностных лица", "detained", "person", 23)],
                        [named(regional, "LOC", "Актобе", "Актобе")], "ru")
    assert (total["scope"], total["region"]) == ("total", "Актобе")


def test_the_store_reads_the_national_region_the_rules_write():
    from pokazatel.nlp.figures import scope
    from pokazatel.store import facts

    assert scope.NATIONAL == facts.NATIONAL


def test_a_total_that_says_nowhere_covers_no_known_region():
    text = "Оперативники провели задержание. Всего задержаны два человека."
    [total] = add_scope(text, [figure(text, "задержаны два человека", "detained", "person", 2)], [], "ru")
    assert (total["scope"], total["region"], total["subject"]) == ("total", None, ""), "not the country's"


def test_a_half_year_or_a_quarter_is_a_report_total_of_the_country_when_no_place_is_named():
    text = "Во втором полугодии 2023 года за взятки осуждены 230 человек. В III квартале изъято 14 квартир."
    half, quarter = add_scope(text, [figure(text, "осуждены 230 человек", "convicted", "person", 230, "2023-H2"),
                                     figure(text, "изъято 14 квартир", "recovered", "item", 14, "2023-Q3")], [], "ru")
    assert (half["scope"], half["region"], half["subject"]) == ("total", "KZ", "KZ")
    assert (quarter["scope"], quarter["region"]) == ("total", "KZ")


def test_the_place_of_a_dateline_is_where_a_report_was_written_not_what_its_total_covers():
    text = "ОРАЛ. KAZINFORM – Биылғы алты айда 37 адам пара алғаны үшін сотталды."
    [total] = add_scope(text, [figure(text, "37 адам", "convicted", "person", 37, "2024-H1")],
                        [named(text, "LOC", "ОРАЛ", "Орал")], "kk")
    assert (total["scope"], total["region"]) == ("total", "KZ")
    story = "ОРАЛ. KAZINFORM – Қалалық әкімдіктің маманы 2 млн теңге пара алған кезде ұсталды."
    [case] = add_scope(story, [figure(story, "2 млн теңге", "bribe", "KZT", 2_000_000)],
                       [named(story, "LOC", "ОРАЛ", "Орал")], "kk")
    assert (case["region"], case["subject"]) == ("Орал", "Орал"), "a case's story happened where it is told from"


def test_a_regional_bodys_report_covers_the_region_in_its_name_not_the_country():
    text = ("Прокуратура Туркестанской области подвела итоги первого полугодия 2025 года. "
            "За шесть месяцев осуждены 28 человек.")
    [total] = add_scope(text, [figure(text, "осуждены 28 человек", "convicted", "person", 28, "2025-H1")],
                        [named(text, "ORG", "Прокуратура Туркестанской области", "Прокуратура Туркестанской области")],
                        "ru")
    assert (total["scope"], total["region"], total["subject"]) == ("total", "Туркестанская область",
                                                                   "Туркестанская область")
    kazakh = "Түркістан облысының прокуратурасы тоқсан қорытындысын шығарды. Тоқсанда 11 адам сотталды."
    prosecutors = "Түркістан облысының прокуратурасы"
    [total] = add_scope(kazakh, [figure(kazakh, "11 адам", "convicted", "person", 11, "2025-Q3")],
                        [named(kazakh, "ORG", prosecutors, prosecutors)], "kk")
    assert total["region"] == "Туркестанская область"
    national = "Агентство по противодействию коррупции подвело итоги. За 9 месяцев осуждены 500 человек."
    [total] = add_scope(national, [figure(national, "осуждены 500 человек", "convicted", "person", 500,
                                          "2025-01..2025-09")],
                        [named(national, "ORG", "Агентство по противодействию коррупции",
                               "Агентство по противодействию коррупции")], "ru")
    assert total["region"] == "KZ"


def _case_subject(text: str, quote: str, entities: list[Named], lang: str = "ru") -> str:
    [result] = add_scope(text, [figure(text, quote, "bribe", "KZT", 1)], entities, lang)
    assert result["scope"] == "case"
    return result["subject"]


def test_a_surname_no_tagger_marked_is_the_subject_of_a_case_not_the_body_that_reports_it():
    text = ("В Жамбылской области задержан начальник районного отдела Жумагалиев. По данным Антикора, он получил "
            "4 млн тенге за выдачу разрешения.")
    entities = [named(text, "LOC", "Жамбылской области", "Жамбылская область"),
                named(text, "ORG", "Антикора", "Антикор")]
    assert _case_subject(text, "4 млн тенге", entities) == "Жумагалиев"
    # read as a place by a tagger, a surname that is no place is still one
    misread = [*entities, named(text, "LOC", "Жумагалиев", "Жумагалиев")]
    assert _case_subject(text, "4 млн тенге", misread) == "Жумагалиев"


def test_a_missed_surname_in_another_case_is_his_nominative():
    kazakh = "Аудан әкімінің орынбасары Сәрсенбаевқа 2 млн теңге пара алды деген айып тағылды."
    assert _case_subject(kazakh, "2 млн теңге", [], "kk") == "Сәрсенбаев"
    russian = "Суд арестовал заместителя начальника полиции Омарбекова, получившего 3 млн тенге."
    assert _case_subject(russian, "3 млн тенге", []) == "Омарбекова"  # his genitive: facts key it as his
    instrumental = "Следствие по делу с инспектором Кудайбергеновым завершено: он получил 3 млн тенге."
    assert _case_subject(instrumental, "3 млн тенге", []) == "Кудайбергенов"


def test_words_that_only_look_like_surnames_are_none():
    text = "Итогов проверки пока нет. Магазин закрыт, а сотрудник акимата в Таразе получил 1 млн тенге."
    assert _case_subject(text, "1 млн тенге", [named(text, "LOC", "Таразе", "Тараз")]) == "Тараз"


def test_an_initial_ends_no_sentence():
    text = "Суд арестовал директора школы Н. Омарова, подозреваемого в хищении 12 млн тенге."
    assert _case_subject(text, "12 млн тенге", [named(text, "PER", "Н. Омарова", "Н. Омаров")]) == "Н. Омаров"


def test_a_body_that_reports_a_case_is_no_subject_of_it_but_a_firm_is():
    text = "В Кокшетау сотрудник акимата получил 1 млн тенге, сообщили в прокуратуре области."
    entities = [named(text, "LOC", "Кокшетау", "Кокшетау"),
                named(text, "ORG", "прокуратуре области", "Прокуратура Акмолинской области")]
    assert _case_subject(text, "1 млн тенге", entities) == "Кокшетау"
    firm = "Сотрудники ТОО «Береке» получили 5 млн тенге, сообщил суд."
    entities = [named(firm, "ORG", "ТОО «Береке»", "ТОО «Береке»"), named(firm, "ORG", "суд", "суд")]
    assert _case_subject(firm, "5 млн тенге", entities) == "ТОО «Береке»"


def test_a_school_of_general_education_is_no_total():
    text = "Жалпы білім беретін № 7 мектептің директоры Қ. Сапарбеков 5 млн теңгені жымқырды."
    entities = [named(text, "PER", "Қ. Сапарбеков", "Қ. Сапарбеков")]
    assert _case_subject(text, "5 млн теңгені", entities, "kk") == "Қ. Сапарбеков"
    [total] = add_scope("Жалпы сомасы 9 млн теңге пара алынды.",
                        [figure("Жалпы сомасы 9 млн теңге пара алынды.", "9 млн теңге", "bribe", "KZT", 9e6)], [], "kk")
    assert total["scope"] == "total"


def test_the_outlet_is_no_subject_of_a_case():
    text = "Как сообщает Tengrinews.kz, инспектор получил 300 тысяч тенге."
    entities = [named(text, "ORG", "Tengrinews.kz", "Tengrinews.kz")]
    assert _case_subject(text, "300 тысяч тенге", entities) == ""


def test_a_person_named_in_the_next_sentence_is_the_subject_of_a_case_none_was_named_for():
    text = ("В Павлодарской области при строительстве моста похищено 700 млн тенге. Бывший директор подрядчика "
            "Арман Бекенов обвиняется в растрате.")
    entities = [named(text, "LOC", "Павлодарской области", "Павлодарская область"),
                named(text, "PER", "Арман Бекенов", "Арман Бекенов")]
    assert _case_subject(text, "700 млн тенге", entities) == "Арман Бекенов"
    kazakh = ("Түркістан облысында ауруханаға дәрі сатып алуда 90 млн теңге жымқырылған. Мекеменің бұрынғы бас "
              "дәрігері Дәурен Сапаров айыпталып отыр.")
    entities = [named(kazakh, "LOC", "Түркістан облысында", "Түркістан облысы"),
                named(kazakh, "PER", "Дәурен Сапаров", "Дәурен Сапаров")]
    assert _case_subject(kazakh, "90 млн теңге", entities, "kk") == "Дәурен Сапаров"


def test_a_speaker_in_the_next_sentence_is_no_subject_nor_is_a_person_two_sentences_on():
    text = ("В Таразе при ремонте школы похищено 40 млн тенге. Об этом сообщил руководитель департамента Асет "
            "Нуров.")
    entities = [named(text, "LOC", "Таразе", "Тараз"), named(text, "PER", "Асет Нуров", "Асет Нуров")]
    assert _case_subject(text, "40 млн тенге", entities) == "Тараз"
    for speaker in ("По словам руководителя департамента Асета Нурова, деньги вернут.",
                    "Прокурор области Асет Нуров напомнил о сроках.", "Асет Нуровтың сөзінше, қаражат қайтарылады."):
        told = f"В Таразе при ремонте школы похищено 40 млн тенге. {speaker}"
        surface = next(word for word in ("Асета Нурова", "Асет Нуров") if word in told)
        entities = [named(told, "LOC", "Таразе", "Тараз"), named(told, "PER", surface, "Асет Нуров")]
        assert _case_subject(told, "40 млн тенге", entities) == "Тараз", speaker
    later = "В Таразе при ремонте школы похищено 40 млн тенге. Дело направлено в суд. Директор Асет Нуров уволен."
    entities = [named(later, "LOC", "Таразе", "Тараз"), named(later, "PER", "Асет Нуров", "Асет Нуров")]
    assert _case_subject(later, "40 млн тенге", entities) == "Тараз"


def test_the_next_item_of_a_digest_or_a_prosecutor_in_the_next_sentence_is_no_subject():
    digest = ("В Таразе задержан специалист отдела, получивший 2 млн тенге. В Костанайской области бухгалтер школы "
              "Айгуль Сеитова присвоила 9 млн тенге.")
    entities = [named(digest, "LOC", "Таразе", "Тараз"), named(digest, "LOC", "Костанайской области",
                                                                "Костанайская область"),
                named(digest, "PER", "Айгуль Сеитова", "Айгуль Сеитова")]
    assert _case_subject(digest, "2 млн тенге", entities) == "Тараз"
    prosecutor = ("Бұдан бөлек, құны 400 млн теңге мүлікке тыйым салынды. Облыс прокуроры Ерлан Сейітов өңірдегі "
                  "тексерістердің нәтижесін жариялады.")
    entities = [named(prosecutor, "PER", "Ерлан Сейітов", "Ерлан Сейітов")]
    assert _case_subject(prosecutor, "400 млн теңге", entities, "kk") == ""


def test_a_count_of_people_is_a_group_not_the_person_the_next_sentence_names():
    text = ("Сот 12 адамды кінәлі деп танып, жаза тағайындады. Департамент басшысы Ерлан Омаров жастарды спортқа "
            "шақырды.")
    entities = [named(text, "PER", "Ерлан Омаров", "Ерлан Омаров")]
    [result] = add_scope(text, [figure(text, "12 адамды", "convicted", "person", 12)], entities, "kk")
    assert (result["scope"], result["subject"]) == ("case", "")


def test_a_person_named_before_still_wins_over_one_named_after():
    text = ("Аким села Ержан Омаров получил 3 млн тенге. Взятку передал предприниматель Болат Сеитов.")
    entities = [named(text, "PER", "Ержан Омаров", "Ержан Омаров"), named(text, "PER", "Болат Сеитов", "Болат Сеитов")]
    assert _case_subject(text, "3 млн тенге", entities) == "Ержан Омаров"

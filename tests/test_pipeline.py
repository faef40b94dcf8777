"""The assembled spaCy pipelines on real sentences: the record contract of `pokazatel extract`."""

import gc

from pokazatel.nlp.labels import ENTITY_LABELS, EVENTS, TOPICS, UNITS
from pokazatel.nlp.pipeline import analyse, load_pipeline

RUSSIAN = ("Глава Антикоррупционной службы Олжас Бектенов сообщил, что в этом году за коррупционные "
           "преступления осуждены 2 сотрудника службы, ещё 142 сотрудника привлечены к дисциплинарной "
           "ответственности.")
KAZAKH = "Атырауда екі полицей пара алу кезінде ұсталды. Олар кәсіпкерден 500 мың теңге пара талап еткен."
ACCIDENT = "На трассе Алматы – Бишкек в ДТП погибли четыре человека, ещё двое госпитализированы."


def test_each_language_gets_its_own_pipeline_built_once():
    assert load_pipeline("ru") is load_pipeline("ru")
    assert load_pipeline("kk").lang == "kk"
    assert "pokazatel_statistics" in load_pipeline("ru").pipe_names


def test_a_loaded_pipeline_is_left_out_of_the_collectors_generations():
    """gc.freeze() after loading: a full collection walks none of the models' objects (gc.get_objects lists
    only the generations' objects, not the frozen ones)."""
    nlp = load_pipeline("ru")
    assert gc.get_freeze_count() > 0
    tracked = gc.get_objects()
    assert not any(item is nlp or item is nlp.vocab for item in tracked)


def test_records_keep_input_order_and_detect_language():
    inputs = [{"id": 1, "text": RUSSIAN}, {"id": 2, "text": KAZAKH}, {"id": 3, "text": ACCIDENT}]
    records = list(analyse(inputs))
    assert [r["id"] for r in records] == [1, 2, 3]
    assert [r["lang"] for r in records] == ["ru", "kk", "ru"]


def test_record_fields_follow_the_schema():
    for record, source in zip(analyse([{"id": "a", "text": RUSSIAN, "published": "2022-07-28"},
                                       {"id": "b", "text": KAZAKH}]), (RUSSIAN, KAZAKH), strict=True):
        assert record["topic"] in TOPICS and isinstance(record["relevant"], bool)
        assert (record["topic"] == "other") == (not record["relevant"])
        for entity in record["entities"] + record["positions"]:
            assert entity["label"] in ENTITY_LABELS
            assert source[entity["start"]:entity["end"]] == entity["text"] and entity["norm"]
        assert {e["label"] for e in record["positions"]} <= {"POSITION"}
        assert "POSITION" not in {e["label"] for e in record["entities"]}
        for figure in record["statistics"]:
            assert figure["event"] in EVENTS and figure["unit"] in UNITS
            assert figure["quote"] in source


def test_russian_people_are_found_in_nominative_form():
    record = next(analyse([{"id": 1, "text": RUSSIAN}]))
    assert {"label": "PER", "norm": "Олжас Бектенов"} in [{"label": e["label"], "norm": e["norm"]}
                                                           for e in record["entities"]]


def test_a_person_named_twice_is_listed_once_and_positions_link_to_people():
    text = ("Аким Кентау Иван Петров задержан. По данным Антикоррупционной службы, Петров получил взятку. "
            "Ивана Петрова задержали в кабинете.")
    record = next(analyse([{"id": 1, "text": text}]))
    people = [e for e in record["entities"] if e["label"] == "PER"]
    assert [e["norm"] for e in people] == ["Иван Петров"] or len({e["norm"] for e in people}) == len(people)
    assert any(p.get("person") == "Иван Петров" for p in record["positions"])


def test_irrelevant_news_reports_no_figures():
    record = next(analyse([{"id": 1, "text": ACCIDENT, "title": "ДТП на трассе"}]))
    assert record["relevant"] is False and record["statistics"] == []

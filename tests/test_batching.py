"""Language batches and the process pool: the records must be those of one article at a time, in input order."""

import pytest
from pokazatel.nlp.batching import positions_by_language, tapered_windows, windows, within_tokens
from pokazatel.nlp.parallel import PARALLEL_MIN_ARTICLES, choose_workers
from pokazatel.nlp.pipeline import analyse

RUSSIAN = [
    "Глава Антикоррупционной службы Олжас Бектенов сообщил, что осуждены 2 сотрудника. Бектенов добавил, "
    "что в Алматы задержан аким района.",
    "В Шымкенте двое полицейских задержаны при получении взятки в 300 тысяч тенге.",
    "На трассе Алматы – Бишкек в ДТП погибли четыре человека.",
]
KAZAKH = [
    "Атырауда екі полицей пара алу кезінде ұсталды. Олар кәсіпкерден 500 мың теңге пара талап еткен.",
    "Алматыда қар жауды.",
]
INTERLEAVED = [{"id": f"a{i}", "text": text} for i, text in
               enumerate([RUSSIAN[0], KAZAKH[0], RUSSIAN[1], KAZAKH[1], RUSSIAN[2], KAZAKH[0], RUSSIAN[0]])]


def test_windows_are_read_lazily_and_cover_the_input():
    consumed = []

    def numbers():
        for n in range(7):
            consumed.append(n)
            yield n

    chunks = windows(numbers(), 3)
    assert next(chunks) == [0, 1, 2] and consumed == [0, 1, 2]
    assert list(chunks) == [[3, 4, 5], [6]]


def test_tapered_windows_shrink_at_the_end_and_read_a_bounded_way_ahead():
    consumed = []

    def numbers(count):
        for n in range(count):
            consumed.append(n)
            yield n

    chunks = tapered_windows(numbers(1_000), 50, 4)
    assert next(chunks) == list(range(50)) and len(consumed) == 250  # 4 chunks ahead, no more
    sizes = [50] + [len(chunk) for chunk in chunks]
    assert sum(sizes) == 1_000 and max(sizes) == 50
    assert sizes[:15] == [50] * 15  # full chunks until the end of the input is in sight
    assert sizes == sorted(sizes, reverse=True) and sizes[-5:] == [21, 16, 16, 16, 15]  # the last few small
    assert [n for chunk in tapered_windows(numbers(1_000), 50, 4) for n in chunk] == list(range(1_000))
    assert [len(chunk) for chunk in tapered_windows(range(10), 4, 4)] == [4, 4, 2]  # never above the size
    assert list(tapered_windows([], 4, 4)) == []


def test_documents_go_together_within_a_number_of_tokens_and_a_longer_one_alone():
    documents = [["w"] * size for size in (3, 4, 9, 2, 2, 1, 5)]
    chunks = list(within_tokens(iter(documents), 8))
    assert [[len(d) for d in chunk] for chunk in chunks] == [[3, 4], [9], [2, 2, 1], [5]]
    assert list(within_tokens([], 8)) == []


def test_positions_by_language_keep_each_languages_order():
    assert positions_by_language(["ru", "kk", "ru", "ru", "kk"]) == {"ru": [0, 2, 3], "kk": [1, 4]}


def test_language_batches_give_what_one_article_at_a_time_gives_in_input_order():
    alone = [next(analyse([record])) for record in INTERLEAVED]
    batched = list(analyse(INTERLEAVED, batch_size=32, window=256))
    assert [r["id"] for r in batched] == [r["id"] for r in INTERLEAVED]
    assert [r["lang"] for r in batched] == ["ru", "kk", "ru", "kk", "ru", "kk", "ru"]
    assert batched == alone
    assert list(analyse(INTERLEAVED, window=2)) == alone


def test_mentions_list_every_named_mention_with_offsets_beside_distinct_entities():
    record = next(analyse([{"id": 1, "text": RUSSIAN[0]}]))
    people = [m for m in record["mentions"] if m["label"] == "PER"]
    assert [m["text"] for m in people] == ["Олжас Бектенов", "Бектенов"]
    assert {m["norm"] for m in people} == {"Олжас Бектенов"}
    assert [e["norm"] for e in record["entities"] if e["label"] == "PER"] == ["Олжас Бектенов"]
    assert {m["label"] for m in record["mentions"]} <= {"PER", "ORG", "LOC"}
    for mention in record["mentions"]:
        assert RUSSIAN[0][mention["start"]:mention["end"]] == mention["text"]
        assert set(mention) == {"text", "label", "norm", "start", "end"}
    assert [m["start"] for m in record["mentions"]] == sorted(m["start"] for m in record["mentions"])
    distinct = {(m["label"], m["norm"].casefold()) for m in record["mentions"]}
    assert distinct == {(e["label"], e["norm"].casefold()) for e in record["entities"]}


def test_two_workers_only_when_the_input_is_large_enough():
    workers, records = choose_workers(None, iter(range(PARALLEL_MIN_ARTICLES)))
    assert workers == 1 and list(records) == list(range(PARALLEL_MIN_ARTICLES))
    workers, records = choose_workers(None, iter(range(PARALLEL_MIN_ARTICLES + 50)))
    assert workers in (1, 2) and list(records) == list(range(PARALLEL_MIN_ARTICLES + 50))
    assert choose_workers(3, iter([]))[0] == 3


@pytest.mark.slow
def test_the_pool_gives_the_same_records_in_input_order():
    records = [{**record, "id": f"{record['id']}-{n}"} for n in range(3) for record in INTERLEAVED]
    assert list(analyse(records, workers=2, window=4)) == list(analyse(records, workers=1))

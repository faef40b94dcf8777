"""What a tagging worker process runs with: one BLAS thread (two workers on two cores must not run four
OpenBLAS threads), and what extract's workers send back (no lemmas, which extract never prints)."""

from pokazatel.nlp import worker
from pokazatel.nlp.parallel import analyse_in_pool
from pokazatel.nlp.pipeline import analyse_window

RECORDS = [{"id": "r1", "text": "В Шымкенте двое полицейских задержаны при получении взятки в 300 тысяч тенге."},
           {"id": "k1", "text": "Атырауда екі полицей пара алу кезінде ұсталды. Олар кәсіпкерден 500 мың теңге пара "
                                "талап еткен."}]


def blas_threads_of_this_process(records: list, batch_size: int) -> list[dict]:
    """A window tagger that reports its worker's BLAS threads instead of tagging (imported by name in the worker)."""
    import numpy  # noqa: F401  (loads numpy's OpenBLAS, as the pipelines do)
    from threadpoolctl import threadpool_info

    threads = sorted({pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"})
    return [{"id": record["id"], "blas_threads": threads} for record in records]


def load_numpy() -> None:
    import numpy  # noqa: F401


def test_each_worker_runs_one_blas_thread():
    results = list(analyse_in_pool([{"id": n, "text": "x"} for n in range(6)], 2, blas_threads_of_this_process,
                                   load_numpy, window=2))
    assert [result["id"] for result in results] == list(range(6))
    assert all(result["blas_threads"] == [1] for result in results)


def test_extract_workers_send_back_the_records_without_lemmas():
    tagged = worker.tag_window(RECORDS, 32)
    expected = analyse_window(RECORDS, 32)
    assert all("lemmas" in record for record in expected)
    assert tagged == [{key: value for key, value in record.items() if key != "lemmas"} for record in expected]

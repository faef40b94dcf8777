"""The product as its users meet it, round 7's leftovers: the Python API and the command line decide a record's
language alike, eval tags a gold article in the language its record gives, a value starting with "-" after a
command is read as the user typed it, and extract refuses an id that is no id."""

import json

import pytest
from pokazatel.cli.extract_command import record_problem
from pokazatel.cli.main import build_parser
from pokazatel.nlp.evaluation.gold import evaluate_gold
from pokazatel.nlp.language import record_language, tagged_language
from test_faults_round4 import _cli, _one_line
from test_search import build_database

import pokazatel

# --- the API and the command line agree on a language without a pipeline ------------------------------------------


def test_a_language_tag_names_its_pipeline_or_is_refused_in_one_place():
    assert [tagged_language(tag) for tag in ("ru", "KK", "kk-Latn", "Ru-KZ")] == ["ru", "kk", "kk", "ru"]
    for tag in ("en", "uz-Cyrl", " ", 5):
        with pytest.raises(ValueError, match=f"\"lang\" {tag!r} has no pipeline"):
            tagged_language(tag)
    assert record_language({"text": "Аудан әкімі пара алған кезде ұсталды."}) == "kk"  # no "lang": detected
    assert record_language({"text": "Аудан әкімі пара алған кезде ұсталды.", "lang": "ru"}) == "ru"


def test_the_python_api_raises_for_a_language_extract_refuses_and_says_the_same():
    record = {"id": 1, "text": "The district head was detained taking a bribe.", "lang": "en"}
    with pytest.raises(ValueError) as raised:
        list(pokazatel.analyse([record]))  # it came out tagged by the Russian pipeline, "lang": "ru"
    assert "'en'" in str(raised.value)
    _, problem = record_problem(json.dumps(record).encode())
    assert problem == str(raised.value)


def test_the_python_api_raises_when_it_reaches_the_record_not_before_the_ones_ahead_of_it():
    good = {"id": 1, "text": "Аким района задержан при получении взятки."}
    records = pokazatel.analyse([good, {"id": 2, "text": "Pora.", "lang": "uz"}], window=1)
    assert next(records)["id"] == 1
    with pytest.raises(ValueError, match="'uz'"):
        next(records)


# --- eval tags a gold article in its record's language, as extract does ------------------------------------------


def test_eval_tags_a_gold_article_in_the_language_its_record_gives(monkeypatch):
    from pokazatel.nlp import pipeline

    # one Kazakh word among Russian ones: detected as Russian, tagged as Kazakh when its record says so, as by extract
    text = "Сотрудники районного акимата сегодня сообщили журналистам, что әкім задержан."
    assert record_language({"text": text}) == "ru"
    tagged_in: list[str] = []
    analyse = pipeline.analyse

    def recording(records, **options):
        for result in analyse(records, **options):
            tagged_in.append(result["lang"])
            yield result

    monkeypatch.setattr(pipeline, "analyse", recording)
    gold = {"id": "g1", "text": text, "relevant": True, "topic": "bribery", "entities": [], "statistics": []}
    for lang in ("kk", "ru", None):
        assert evaluate_gold([{**gold, "lang": lang}])["articles"] == 1
    assert tagged_in == ["kk", "ru", "ru"]


def test_eval_refuses_a_gold_record_in_a_language_without_a_pipeline(tmp_path, pokazatel_cmd):
    gold = {"id": "g1", "lang": "en", "text": "A bribe.", "relevant": True, "topic": "bribery", "entities": [],
            "statistics": []}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    said = _one_line(_cli(pokazatel_cmd, "eval", path), 2)
    assert said.startswith(f"pokazatel eval: {path}:1: record 'g1': \"lang\" 'en' has no pipeline"), said


# --- a value starting with "-" after the command is read as typed --------------------------------------------------


@pytest.mark.parametrize(("words", "read"), [
    (["search", "-взятка"], {"query": "-взятка"}),  # was "the following arguments are required: query"
    (["search", "-para", "--json"], {"query": "-para", "json": True}),
    (["search", "аким", "--min-value", "-1e309"], {"min_value": float("-inf")}),  # was "expected one argument"
    (["search", "аким", "--min-value", "-1.5e3"], {"min_value": -1500.0}),
    (["stats", "--min-value", "-2e3"], {"min_value": -2000.0}),
    (["watch", "add", "без-взяток", "-взятка"], {"query": "-взятка"}),
])
def test_a_query_or_number_starting_with_a_dash_is_a_value(words, read):
    args = build_parser(words[0]).parse_args(words)
    assert {name: getattr(args, name) for name in read} == read


def test_an_option_is_still_an_option_and_a_wrong_one_is_still_said():
    assert build_parser("search").parse_args(["search", "аким", "--lim", "5"]).limit == 5  # an abbreviation
    with pytest.raises(Exception, match="unrecognized arguments: --jsn"):
        build_parser("search").parse_args(["search", "аким", "--jsn"])
    with pytest.raises(Exception, match="put -- before it"):  # "-hakim": -h given "akim"
        build_parser("search").parse_args(["search", "-hakim"])
    assert build_parser("search").parse_args(["search", "--", "-hakim"]).query == "-hakim"


@pytest.mark.slow
def test_search_reads_a_query_that_starts_with_an_excluded_word(tmp_path, pokazatel_cmd):
    database = build_database(tmp_path / "news.db")
    excluded = _cli(pokazatel_cmd, "search", "-взятка", "--db", database)
    assert _one_line(excluded, 2) == "pokazatel: a search query needs a word to find, not only words to exclude\n"
    every = _cli(pokazatel_cmd, "search", "взятка", "--min-value", "-1e309", "--json", "--db", database)
    above = _cli(pokazatel_cmd, "search", "взятка", "--min-value", "1e6", "--json", "--db", database)
    assert every.returncode == above.returncode == 0, every.stderr + above.stderr
    assert len(every.stdout.splitlines()) > len(above.stdout.splitlines()) > 0


# --- extract refuses an id that is no id ---------------------------------------------------------------------------


@pytest.mark.parametrize("identifier", [{"n": 1}, None, True, False, 1.5, ["1"]])
def test_extract_refuses_an_id_that_is_no_string_or_whole_number(identifier):
    record, problem = record_problem(json.dumps({"id": identifier, "text": "Аким задержан."}).encode())
    assert record is None and problem == f"\"id\" must be a string or a whole number, not {identifier!r}"


@pytest.mark.parametrize("identifier", ["a-1", 7, 0, -3, 2**70])
def test_extract_takes_a_string_or_whole_number_id(identifier):
    record, problem = record_problem(json.dumps({"id": identifier, "text": "Аким задержан."}).encode())
    assert problem is None and record["id"] == identifier


@pytest.mark.slow
def test_extract_skips_a_record_whose_id_is_no_id_with_its_line_number(tmp_path, pokazatel_cmd):
    lines = tmp_path / "articles.jsonl"
    lines.write_text("".join(json.dumps({"id": identifier, "text": "Аким района задержан при получении взятки."},
                                        ensure_ascii=False) + "\n"
                             for identifier in ("a", {"n": 1}, None, True, 2)), encoding="utf-8")
    tagged = _cli(pokazatel_cmd, "extract", lines)
    assert tagged.returncode == 2 and "Traceback" not in tagged.stderr, tagged.stderr
    assert tagged.stderr.splitlines() == [
        f"pokazatel extract: {lines}:{number}: \"id\" must be a string or a whole number, not {shown}, skipped"
        for number, shown in ((2, "{'n': 1}"), (3, "None"), (4, "True"))]
    assert [json.loads(line)["id"] for line in tagged.stdout.splitlines()] == ["a", 2]

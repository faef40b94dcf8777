"""The product as its users meet it, round 6: each fault found by running the real command on a real database, server
or site, fixed by its cause, and checked here the same way (the command in a subprocess, the server on a free port,
the sites local HTTP servers)."""

import json
import os
import re
import resource
import sqlite3
import stat
import threading
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml
from conftest import write_iob2
from pokazatel.cli import stats_command
from pokazatel.crawlers.demo_server import running
from pokazatel.crawlers.run import crawl
from pokazatel.store.db import open_db
from pokazatel.store.load import save_article
from pokazatel.store.stats import Counted, one_level_sum
from test_crawl_faults import article_html
from test_faults_round4 import _article, _cli, _figure, _one_line
from web_server import served

ROOT = Path(__file__).resolve().parent.parent

# --- the crawl fetches from the configured source's hosts only ----------------------------------------------------


class InternalService(BaseHTTPRequestHandler):
    """A service on the crawler's own network (an admin page, a cloud's metadata address): it records every request."""

    protocol_version = "HTTP/1.1"
    asked: list[str]

    def log_message(self, format: str, *args) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802
        self.asked.append(self.path)
        body = article_html("Внутренняя страница сети краулера").encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class OutletLinkingInside(BaseHTTPRequestHandler):
    """An outlet whose feed, sitemap and one redirect point at the internal services."""

    protocol_version = "HTTP/1.1"
    inside: tuple[str, ...] = ()  # the internal services' base URLs

    def log_message(self, format: str, *args) -> None:
        pass

    def _send(self, status: int, body: bytes = b"", content_type: str = "text/html; charset=utf-8",
              **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        other_host, other_port = self.inside
        if self.path == "/feed.rss":
            links = [f"{base}/news/ok-1", f"{other_host}/news/inside-a", f"{other_port}/news/inside-b",
                     f"{base}/news/moved-2", "http://localhost/news/inside-c"]
            items = "".join(f"<item><title>t</title><link>{link}</link></item>" for link in links)
            self._send(200, f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>'.encode(),
                       "application/rss+xml")
        elif self.path == "/sitemap-index.xml":
            maps = "".join(f"<sitemap><loc>{url}</loc></sitemap>" for url in (f"{other_host}/sitemap-inside.xml",
                                                                             f"{base}/sitemap-news.xml"))
            self._send(200, f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                            f'{maps}</sitemapindex>'.encode(), "application/xml")
        elif self.path == "/sitemap-news.xml":
            self._send(200, f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url>'
                            f'<loc>{base}/news/ok-3</loc></url></urlset>'.encode(), "application/xml")
        elif self.path == "/news/moved-2":
            self._send(302, Location=f"{other_host}/news/inside-d")
        elif self.path in ("/news/ok-1", "/news/ok-3"):
            self._send(200, article_html(f"Аким задержан за взятку {self.path[-1]}").encode())
        else:
            self._send(404)


@pytest.mark.slow
def test_a_crawl_fetches_nothing_from_hosts_other_than_its_sources_whatever_links_or_redirects_there(tmp_path):
    asked: list[str] = []
    service = type("Service", (InternalService,), {"asked": asked})
    other_host = ThreadingHTTPServer(("127.0.0.2", 0), service)  # another address of the crawler's machine
    other_port = ThreadingHTTPServer(("127.0.0.1", 0), service)  # the outlet's address, another port
    inside = (f"http://127.0.0.2:{other_host.server_address[1]}", f"http://127.0.0.1:{other_port.server_address[1]}")
    outlet = ThreadingHTTPServer(("127.0.0.1", 0), type("Outlet", (OutletLinkingInside,), {"inside": inside}))
    for server in (other_host, other_port, outlet):
        server.daemon_threads = True
    database = tmp_path / "news.db"
    with running(other_host), running(other_port), running(outlet):
        base = f"http://127.0.0.1:{outlet.server_address[1]}"
        source = {"name": "outlet", "title": "Outlet", "langs": ["ru"], "homepage": f"{base}/",
                  "start": [{"rss": f"{base}/feed.rss"}, {"sitemap_index": f"{base}/sitemap-index.xml"}],
                  "article": "/news/", "verified": "test"}
        sources = tmp_path / "sources.yaml"
        sources.write_text(yaml.safe_dump({"sources": [source]}, allow_unicode=True), encoding="utf-8")
        counts = crawl(["outlet"], db_path=database, sources_file=sources,
                       settings={"RETRY_TIMES": 0, "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False})["outlet"]
    assert asked == [], "the crawler fetched pages of its own network"  # /news/inside-a and -b were stored
    conn = sqlite3.connect(database)
    assert sorted(row[0] for row in conn.execute("SELECT url FROM articles")) == [f"{base}/news/ok-1",
                                                                                f"{base}/news/ok-3"]
    refused = "Filtered offsite request to '127.0.0.2'"
    assert sorted(counts["errors"]) == [f"{inside[0]}/news/inside-d: {refused}",  # where moved-2 redirected
                                        f"{inside[0]}/sitemap-inside.xml: {refused}"], counts["errors"]
    assert counts["new"] == 2 and counts["failed"] == 2
    assert conn.execute("SELECT count(*) FROM crawl_backlog").fetchone()[0] == 0, "a refusal is not asked again"


def test_a_source_serves_its_hosts_their_subdomains_and_its_port_only():
    from pokazatel.crawlers.sources import Source

    outlet = Source.from_dict({"name": "n", "article": "/", "homepage": "https://www.outlet.kz/ru",
                               "start": [{"rss": "https://outlet.kz/rss"}]})
    for url in ("https://outlet.kz/a", "http://www.outlet.kz/a", "https://qz.outlet.kz/a", "https://outlet.kz:8443/a"):
        assert outlet.serves(url), url
    for url in ("https://notoutlet.kz/a", "https://outlet.kz.example.com/a", "http://10.0.0.1/a", "http://[::1]/a",
                "http://169.254.169.254/latest/meta-data/", "http://outlet.kz:port/a", "javascript:alert(1)"):
        assert not outlet.serves(url), url
    demo = Source.from_dict({"name": "d", "article": "/", "start": [{"rss": "http://127.0.0.1:8765/feed"}]})
    assert demo.serves("http://127.0.0.1:8765/news/1")
    assert not demo.serves("http://127.0.0.1:6379/") and not demo.serves("http://127.0.0.2:8765/")


# --- the web UI's facets, _through and _next -------------------------------------------------------------------------


def _get(url: str) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)


@pytest.mark.slow
def test_a_facet_through_or_next_naming_nothing_is_a_400_saying_so_and_logs_no_error(tmp_path):
    database = tmp_path / "news.db"
    db = open_db(database)
    for number in (1, 2, 3):
        save_article(db, {"url": f"https://example.kz/news/{number}", "source": "example", "lang": "ru",
                          "title": f"Задержан чиновник {number}", "text": "Аким задержан за взятку.",
                          "published_at": "2026-11-20T10:00:00+05:00"})
    db.close()
    log = tmp_path / "serve.log"
    with served(database, log) as (base, _):
        for table, query, said in (
            ("articles", "_facet=nosuch", "_facet: articles has no column 'nosuch'"),  # logged "never awaited"
            ("article_overview", "_facet=nosuch", "_facet: article_overview has no column 'nosuch'"),
            ("articles", "_facet=", "_facet: articles has no column ''"),
            ("articles", "_facet_date=nosuch", "_facet_date: articles has no column 'nosuch'"),
            ("articles", "_facet_array=title", "_facet_array: articles.title holds values that are not JSON lists"),
            ("articles", "_facet={}", "_facet as a JSON object needs the column's name in \"simple\""),  # a 500
            ("articles", "_facet={bad", "_facet must be a JSON object, not '{bad'"),  # a 500
            ("articles", '_facet={"column": "source"}', "needs the column's name in \"simple\""),  # a 500
            ("articles", "_through=x", "_through must be a JSON object, not 'x'"),  # a 500
            ("articles", "_through={}", '_through needs a JSON object with "table", "column" and "value"'),  # a 500
            ("articles", '_through={"table": "x", "column": "y", "value": 1}', "_through: no table 'x'"),  # a 500
            ("articles", '_through={"table": "runs", "column": "status", "value": "ok"}',
             "_through: runs has no foreign key to articles"),
            ("articles", "_next=a,b,c", "_next 'a,b,c' is no page of articles"),  # its SQL logged as an ERROR
            ("articles", "_sort=title&_next=a,2,3", "_next 'a,2,3' is no page of articles"),
            ("article_overview", "_next=x", "_next must be a whole number, not 'x'"),
        ):
            quoted = urllib.parse.urlencode(urllib.parse.parse_qsl(query, keep_blank_values=True))
            status, answer = _get(f"{base}/news/{table}.json?{quoted}")
            assert (status, said in answer.get("error", "")) == (400, True), (table, query, status, answer)
        for query in ("_facet=source", '_facet={"simple": "lang"}', "_facet_date=published_at", "_facet_array=tags",
                      '_through={"table": "entities", "column": "label", "value": "PER"}', "_sort=title&_next=a,2",
                      "_next=2026-11-20,2"):
            quoted = urllib.parse.urlencode(urllib.parse.parse_qsl(query))
            status, answer = _get(f"{base}/news/articles.json?{quoted}")
            assert status == 200, (query, answer)
        facets = _get(f"{base}/news/articles.json?_facet=lang")[1]["facet_results"]
        assert [(value["value"], value["count"]) for value in facets["lang"]["results"]] == [("ru", 3)]
    served_log = log.read_text(encoding="utf-8")
    for noise in ("Traceback", "ERROR", "never awaited"):
        assert noise not in served_log, served_log


# --- what the documentation says is so ----------------------------------------------------------------------------


def test_the_models_readmes_name_files_of_the_project_that_exist():
    for readme in sorted((ROOT / "data" / "models").glob("*/README.md")):
        named = re.findall(r"`([\w.-]+/[\w./-]+\.\w+)`", readme.read_text(encoding="utf-8"))
        assert named, readme
        for path in named:  # "nlp/train_ner_kk.py" and two more were gone
            assert (ROOT / path).exists(), f"{readme}: {path}"


def test_the_stats_command_names_every_level_its_sum_can_add():
    national, regional = Counted(5, "total", "KZ", "a", 1), Counted(3, "total", "Алматы", "b", 1)
    case = Counted(1, "case", "Астана", "c", 1)
    levels = {one_level_sum(items)[1] for items in ([national, case], [regional], [regional, case], [case], [])}
    assert levels == {"national", "regional", "regional+case", "case"}
    documented = re.search(r"sum_level \(([^:]*):", stats_command.__doc__).group(1)
    assert sorted(re.findall(r'"([a-z+]+)"', documented)) == sorted(levels)


# --- an export to a pipe, a device or a link writes into it, never over it -----------------------------------------


def _exported_database(tmp_path) -> Path:
    database = tmp_path / "news.db"
    db = open_db(database)
    for number in range(1, 201):
        _article(db, number, [_figure(number, "2024")], text=f"В районе {number} задержан чиновник за взятку. " * 20)
    db.close()
    return database


def test_an_export_into_a_pipe_or_through_a_link_writes_there_and_leaves_the_pipe_and_the_link(tmp_path,
                                                                                               pokazatel_cmd):
    database = _exported_database(tmp_path)
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    exported = _cli(pokazatel_cmd, "export", "articles", "--out", pipe, "--db", database)
    reader.join(timeout=60)
    assert exported.returncode == 0, exported.stderr
    assert stat.S_ISFIFO(pipe.stat().st_mode), "the pipe was replaced by a regular file (as /dev/stdout was)"
    assert len(received[0].decode("utf-8").splitlines()) == 201  # the reader got the export (it got nothing)
    real = tmp_path / "exports" / "articles.csv"
    real.parent.mkdir()
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "latest.csv"
    link.symlink_to(real)
    assert _cli(pokazatel_cmd, "export", "articles", "--out", link, "--db", database).returncode == 0
    assert link.is_symlink() and link.resolve() == real, "the link was replaced by a file"
    assert len(real.read_text(encoding="utf-8").splitlines()) == 201
    assert sorted(path.name for path in real.parent.iterdir()) == ["articles.csv"]


def _files_of_at_most_64_kb() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))


def test_an_export_the_disk_cannot_hold_names_the_file_and_leaves_the_earlier_one(tmp_path, pokazatel_cmd):
    database = _exported_database(tmp_path)
    out = tmp_path / "articles.csv"
    out.write_text("the export of yesterday\n", encoding="utf-8")
    full = _cli(pokazatel_cmd, "export", "articles", "--out", out, "--db", database, preexec_fn=_files_of_at_most_64_kb)
    assert f"pokazatel: cannot write {out}: File too large" in _one_line(full, 1)  # was "[Errno 27] File too large"
    assert out.read_text(encoding="utf-8") == "the export of yesterday\n"
    assert [path.name for path in tmp_path.iterdir() if path.name.endswith(".part")] == []


# --- a KazNERD file that is not one is bad input (exit 2), said before any training starts --------------------------


def test_a_kaznerd_file_that_is_no_iob2_or_too_short_is_bad_input_for_train_and_eval(tmp_path, pokazatel_cmd):
    not_iob2 = tmp_path / "notes.txt"
    not_iob2.write_text("Алматы B-LOC\nбұл жол тег емес\n", encoding="utf-8")
    one_sentence = write_iob2(tmp_path / "one.txt", [[("Алматы", "B-LOC"), ("қаласы", "O")]])
    out = tmp_path / "model"
    for command, said in (
        (("eval", "--kaznerd", not_iob2), f"pokazatel eval: {not_iob2}:2: expected 'word IOB2-tag'"),  # exit 1
        (("train", "ner-kk", "--kaznerd", not_iob2, "--out", out), f"pokazatel train ner-kk: {not_iob2}:2: "),
        (("train", "ner-kk", "--kaznerd", one_sentence, "--out", out),
         f"pokazatel train ner-kk: {one_sentence}: 1 sentences, too few for 5 folds"),
        (("train", "ner-kk", "--kaznerd", one_sentence, "--out", out, "--ner-model", "crf"), "too few for 5 folds"),
        (("train", "ner-kk", "--kaznerd", one_sentence, "--out", not_iob2),  # found out after the training
         f"pokazatel train ner-kk: --out {not_iob2} is a file, not a model folder"),
    ):
        assert said in _one_line(_cli(pokazatel_cmd, *command), 2), command
    assert not out.exists()


# --- extract refuses a publication date it cannot read instead of dropping it -------------------------------------


@pytest.mark.slow
def test_extract_skips_a_record_whose_publication_date_is_no_iso_date_and_says_so(tmp_path, pokazatel_cmd):
    text = "Аким района задержан при получении взятки в этом году."
    lines = tmp_path / "articles.jsonl"
    lines.write_text("".join(json.dumps({"id": number, "text": text, "published": published}) + "\n"
                             for number, published in ((1, "20.11.2026"), (2, "2026-11-20T10:00:00+05:00"),
                                                       (3, "2026-11-20"), (4, None))), encoding="utf-8")
    tagged = _cli(pokazatel_cmd, "extract", lines)
    assert f"{lines}:1: \"published\" is not an ISO date (YYYY-MM-DD or an ISO time): '20.11.2026', skipped" \
        in _one_line(tagged, 2)  # it was tagged with no date, its "в этом году" read as no year
    assert [json.loads(line)["id"] for line in tagged.stdout.splitlines()] == [2, 3, 4]


# --- demo render of a file that holds no demo articles is bad input, said in one line --------------------------


def test_demo_render_of_a_file_that_is_no_list_of_articles_says_what_is_wrong_in_one_line(tmp_path, pokazatel_cmd):
    files = {"passwd.yaml": "root:x:0:0:root:/root:/bin/bash\n",  # a traceback ("string indices must be integers")
             "cut.yaml": "- outlet: zakon\n  tags: [\n",  # five lines of the YAML parser
             "dated.yaml": "- {outlet: zakon, lang: ru, slug: a, published: 2026-01-01, title: T, text: X}\n",
             "no-title.yaml": "- {outlet: zakon, lang: ru, slug: a, published: '2026-01-01', text: X}\n",
             "outlet.yaml": "- {outlet: nosuch, lang: ru, slug: a, published: '2026-01-01', title: T, text: X}\n"}
    said = {"passwd.yaml": "not a list of articles (each with outlet, lang, slug, published, title, text)",
            "cut.yaml": "not a YAML text (while parsing a flow node",
            "dated.yaml": "article 1: 'published' must be text (in quotes)",
            "no-title.yaml": "article 1: 'title' is missing", "outlet.yaml": "no demo site for outlet 'nosuch'"}
    for name, content in files.items():
        articles = tmp_path / name
        articles.write_text(content, encoding="utf-8")
        rendered = _cli(pokazatel_cmd, "demo", "render", "--articles", articles, "--out", tmp_path / "site")
        assert said[name] in _one_line(rendered, 2), name  # exit 1, or a traceback
    assert not (tmp_path / "site").exists()


# --- a relative XDG folder is ignored, as the specification says -------------------------------------------------


def test_a_relative_xdg_folder_is_ignored_for_the_default_database_and_cache(tmp_path, monkeypatch):
    from pokazatel.resources import default_db, user_cache_dir

    monkeypatch.delenv("POKAZATEL_DB", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", "data")  # the database was data/pokazatel/pokazatel.db under any folder
    monkeypatch.setenv("XDG_CACHE_HOME", "cache")
    assert default_db() == tmp_path / ".local" / "share" / "pokazatel" / "pokazatel.db"
    assert user_cache_dir() == tmp_path / ".cache" / "pokazatel"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_db() == tmp_path / "data" / "pokazatel" / "pokazatel.db"


def test_eval_of_a_gold_file_without_articles_is_bad_input_not_a_traceback(tmp_path, pokazatel_cmd):
    for content in ("", "\n\n"):
        gold = tmp_path / "gold.jsonl"
        gold.write_text(content, encoding="utf-8")
        scored = _cli(pokazatel_cmd, "eval", gold)  # scores of 0.000, then a TypeError at the topic line, exit 1
        assert _one_line(scored, 2) == f"pokazatel eval: {gold} holds no gold article: nothing to score\n"
        assert scored.stdout == ""


def test_a_time_limit_of_zero_or_less_or_none_at_all_is_bad_input(tmp_path, pokazatel_cmd):
    for command in (("sources", "check", "--demo", "--timeout", "0"), ("sources", "check", "--timeout", "-1"),
                    ("sources", "check", "--timeout", "inf"),  # "-1" checked every source, failed each, exit 1
                    ("train", "ner-kk", "--max-minutes", "0"), ("train", "ner-kk", "--epochs", "0")):
        refused = _cli(pokazatel_cmd, *command)
        assert re.search(r"argument --\S+: must be (a number above 0|at least 1), not ", _one_line(refused, 2)), command


def test_stats_grouped_by_a_column_named_twice_gives_that_column_once(tmp_path, pokazatel_cmd):
    database = tmp_path / "news.db"
    db = open_db(database)
    _article(db, 1, [_figure(2, "2024")])
    db.close()
    grouped = _cli(pokazatel_cmd, "stats", "--by", "event,unit,event", "--csv", "--db", database)
    assert grouped.returncode == 0, grouped.stderr
    assert grouped.stdout.splitlines()[0].startswith("event,unit,count,")  # was "event,unit,event,count,"

"""`pokazatel extract` streams: records come out before the input ends, and memory does not grow with it."""

import json
import subprocess
import sys

import pytest

RU = "В городе {n} задержан аким района Иван Петров{n} за взятку в {n} тысяч тенге."
KK = "Атырауда {n} полицей пара алу кезінде ұсталды."
# A field extract ignores: an input that were held in memory would grow by this much per record.
PADDING = "x" * 40_000


def synthetic(count: int, padding: str = PADDING) -> str:
    return "".join(json.dumps({"id": n, "text": (KK if n % 3 == 1 else RU).format(n=n), "html": padding},
                              ensure_ascii=False) + "\n" for n in range(count))


@pytest.mark.slow
def test_records_are_written_before_the_input_ends(pokazatel_cmd):
    process = subprocess.Popen([*pokazatel_cmd, "extract", "-", "--workers", "1"], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True)
    try:
        # More than one window (256), small enough to sit in the pipe; the input stays open.
        process.stdin.write(synthetic(300, padding=""))
        process.stdin.flush()
        first = json.loads(process.stdout.readline())
        assert first["id"] == 0 and first["lang"] == "ru"
        assert process.poll() is None  # still waiting for the rest of its input
        process.stdin.close()
        rest = [json.loads(line) for line in process.stdout]
        assert [r["id"] for r in rest] == list(range(1, 300))
        assert process.wait(timeout=60) == 0
    finally:
        process.kill()


def peak_rss_mb(command: list[str]) -> float:
    """Peak resident memory of a command, read from its parent's rusage in a fresh interpreter."""
    probe = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL);"
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    result = subprocess.run([sys.executable, "-c", probe, *command], capture_output=True, text=True, check=True)
    return int(result.stdout) / 1024


@pytest.mark.slow
def test_memory_does_not_grow_with_the_input(pokazatel_cmd, tmp_path):
    peaks = {}
    for count in (1_000, 5_000):
        source = tmp_path / f"{count}.jsonl"
        source.write_text(synthetic(count), encoding="utf-8")
        peaks[count] = peak_rss_mb([*pokazatel_cmd, "extract", str(source), "--workers", "1"])
    # Reading the whole input would add 4,000 x 40 KB = 160 MB.
    assert peaks[5_000] - peaks[1_000] < 40, peaks

"""Standard output that says its own name when a write to it fails. A full disk under `pokazatel search … > out.jsonl`
said "pokazatel: [Errno 28] No space left on device", naming nothing: the user could not tell the output from the
database."""

from __future__ import annotations

import io
import sys


class OutputFailed(OSError):
    """A write to standard output failed (a full disk, a file size limit, an I/O error), not a reader gone away."""


class _StandardOutputFile(io.FileIO):
    def write(self, data) -> int | None:
        try:
            return super().write(data)
        except BrokenPipeError:  # the reader went away: cli.main stops quietly
            raise
        except OSError as error:
            failed = OutputFailed(f"cannot write to standard output: {error.strerror}")
            failed.errno = error.errno
            raise failed from None


def name_its_failures() -> None:
    """sys.stdout as it was (encoding, buffering), over a file whose failed writes raise OutputFailed."""
    before = sys.stdout
    try:
        descriptor = before.fileno()
    except (AttributeError, io.UnsupportedOperation):  # not a file (a test's capture): left as it is
        return
    before.flush()
    sys.stdout = io.TextIOWrapper(io.BufferedWriter(_StandardOutputFile(descriptor, "w", closefd=False)),
                                  encoding=before.encoding, errors=before.errors,
                                  line_buffering=before.line_buffering, write_through=before.write_through)

"""A file written whole or not at all: the text goes to a temporary file beside the target, which
replaces the target only once everything was written and flushed to disk. A full disk or a crash
mid-write leaves the earlier file as it was, never a cut one.

A target that is not a file (a pipe, /dev/stdout, a device) is written into as it is: replacing it put a regular
file in its place (`export --out /dev/stdout` run as root replaced /dev/stdout for every program; `--out /dev/full`
said "exported" with exit 0). A symbolic link to a file keeps its link: the file it points to is replaced."""

from __future__ import annotations

import contextlib
import os
import signal
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO


@contextlib.contextmanager
def written_whole(target: Path) -> Iterator[TextIO]:
    target = Path(target)
    with _naming(target):
        if target.exists() and not target.is_file():
            with open(target, "w", encoding="utf-8", newline="") as stream:
                yield stream
            return
        target = target.resolve() if target.is_symlink() else target
        with _replacing(target) as stream:
            yield stream


@contextlib.contextmanager
def _naming(target: Path) -> Iterator[None]:
    """A write that failed ("No space left on device") said with the user's file named."""
    try:
        yield
    except BrokenPipeError:  # the reader of a pipe went away: pokazatel.cli.main stops quietly
        raise
    except OSError as error:
        if error.filename is not None or not error.strerror:
            raise
        raise OSError(f"cannot write {target}: {error.strerror}") from None


@contextlib.contextmanager
def _replacing(target: Path) -> Iterator[TextIO]:
    temporary = None
    try:
        with _stop_signals_held():  # Ctrl-C or SIGTERM arriving as mkstemp returns left its file behind
            try:
                handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                                     dir=target.parent or ".")
            except OSError as error:  # the user's file named, not the temporary one beside it
                raise OSError(f"cannot write {target}: {error.strerror}") from None
        os.chmod(temporary, _mode_for(target))
        with open(handle, "w", encoding="utf-8", newline="") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        raise


@contextlib.contextmanager
def _stop_signals_held() -> Iterator[None]:
    """SIGINT, SIGTERM and SIGHUP held back (delivered when the block ends, inside the caller's try)."""
    if threading.current_thread() is not threading.main_thread():  # only the main thread gets them
        yield
        return
    held = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _mode_for(target: Path) -> int:
    """The replaced file's permissions, or what the umask gives a new file: mkstemp's own 0600 would hide
    an export from the analyst's colleagues and a feed from the web server."""
    try:
        return target.stat().st_mode & 0o777
    except FileNotFoundError:
        return 0o666 & ~current_umask()


def current_umask() -> int:
    umask = os.umask(0)  # the only way to read it
    os.umask(umask)
    return umask

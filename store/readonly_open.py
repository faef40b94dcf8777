"""How to open a database for reading when its folder is read-only (a mounted archive, a copy on
read-only media). A WAL database's readers need its -shm file; SQLite cannot create it in a read-only
folder and refuses to open ("unable to open database file"). Then, with no -wal changes to read,
nothing can be writing there, so the file is opened as immutable: exact, and it never needs the -shm."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote


class UnreadableWal(Exception):
    """The -wal holds changes that cannot be read without a -shm the folder cannot take."""


def cannot_take_shm(target: Path) -> bool:
    shm = target.with_name(target.name + "-shm")
    return not shm.exists() and not os.access(target.parent, os.W_OK)


def read_only_uri(target: Path) -> str:
    """`file:…?mode=ro`, or `…&immutable=1` when the folder cannot take the -shm file."""
    uri = f"file:{quote(str(target))}?mode=ro"
    if not cannot_take_shm(target):
        return uri
    wal = target.with_name(target.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        raise UnreadableWal(f"{target}: its folder is read-only and its -wal file holds changes not yet in the"
                            " database; open it once where it can be written (any pokazatel command)")
    return f"{uri}&immutable=1"

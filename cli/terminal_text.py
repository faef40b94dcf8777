"""Text of crawled articles printed in a terminal's table: its control characters (ESC and the rest of C0 and
C1, DEL) are shown as U+FFFD, so a title cannot retitle the journalist's terminal, clear it or recolour what
follows. JSON escapes them itself; CSV and exports keep them (they are data, not a screen)."""

from __future__ import annotations

import re

CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def shown(text: object) -> str:
    return CONTROL.sub("\ufffd", str(text))

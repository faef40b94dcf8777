"""What `run`, `backfill` and `process --all` print of Prefect's log: a task or flow that fails is one line
("Task run failed with exception: OperationalError('database or disk is full') - Retries are exhausted"),
not three tracebacks of Prefect's engine before the command's own one-line error (exit 1). The console only:
the Prefect API and UI, whose handlers come first, keep each traceback."""

from __future__ import annotations

import logging


class _WithoutTraceback(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.exc_info = record.exc_text = record.stack_info = None  # the root's handler is the record's last
        return True


def one_line_failures() -> None:
    """Once Prefect is imported (it sets the root logger's console handler up then)."""
    from prefect.logging.handlers import PrefectConsoleHandler

    for handler in logging.getLogger().handlers:
        if isinstance(handler, PrefectConsoleHandler) and not any(
                isinstance(existing, _WithoutTraceback) for existing in handler.filters):
            handler.addFilter(_WithoutTraceback())

"""Dates as outlets write them, turned into ISO 8601 strings in Asia/Almaty time."""

from __future__ import annotations

import re
from datetime import datetime
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

import dateparser

ALMATY = ZoneInfo("Asia/Almaty")

# "2026 жылғы 27 қараша" → "27 қараша 2026": dateparser knows the words, not this order.
KAZAKH_YEAR_FIRST = re.compile(r"(\d{4})\s*ж(?:ылғы|\.)?\s+(\d{1,2})\s+([^\W\d_]+)")
# Decorations around a date that dateparser would stumble on: "Опубликовано:", "|", "г.".
NOISE = re.compile(r"(?i)\b(?:опубликовано|обновлено|жарияланды|жаңартылды|дата)\s*:?|\||\bг\.(?=\s|,|$)")


def _as_almaty(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ALMATY)
    return moment.astimezone(ALMATY).replace(microsecond=0).isoformat()


def _from_iso(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _from_rfc822(value: str) -> datetime | None:
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None


def _from_words(value: str, now: datetime) -> datetime | None:
    text = KAZAKH_YEAR_FIRST.sub(r"\2 \3 \1", NOISE.sub(" ", value)).strip(" ,")
    if not text or not re.search(r"\d", text) and not re.search(r"(?i)сегодня|вчера|бүгін|кеше", text):
        return None
    return dateparser.parse(text, languages=["ru", "kk"], settings={
        "TIMEZONE": "Asia/Almaty", "RETURN_AS_TIMEZONE_AWARE": True, "PREFER_DATES_FROM": "past",
        "RELATIVE_BASE": now.astimezone(ALMATY).replace(tzinfo=None), "DATE_ORDER": "DMY",
    })


def to_iso(value: str | None, *, now: datetime | None = None) -> str | None:
    """ISO 8601 in Asia/Almaty for a machine date (ISO, RFC 822) or a visible Russian/Kazakh one
    ("27 ноября 2026, 14:05", "Бүгін, 14:05", "Вчера, 09:30"); None when it is not a date."""
    if not value or not value.strip():
        return None
    value = " ".join(value.split())
    moment = _from_iso(value) or _from_rfc822(value) or _from_words(value, now or datetime.now(ALMATY))
    return _as_almaty(moment) if moment else None

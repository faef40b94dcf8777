"""Page text when the server does not say its charset: Kazakhstani sites still serve windows-1251."""

from __future__ import annotations

from scrapy.http import TextResponse
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding


def page_text(response: TextResponse) -> str:
    """The page decoded by its declared charset (header, then <meta>), else UTF-8 if the bytes are
    valid UTF-8, else windows-1251 (Scrapy's own guess, cp1252, turns Cyrillic into mojibake)."""
    declared = http_content_type_encoding(response.headers.get("Content-Type", b"").decode("latin-1")) \
        or html_body_declared_encoding(response.body)
    if declared:
        return response.text
    try:
        return response.body.decode("utf-8")
    except UnicodeDecodeError:
        return response.body.decode("cp1251", errors="replace")

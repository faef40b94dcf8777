"""Debian's Chromium as the browser tests drive it (through Playwright), and a screenshot's pixels counted by the
browser itself on a canvas: a page that rendered is not blank."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import BrowserContext, Page, sync_playwright

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@contextmanager
def chromium(profile: Path) -> Iterator[BrowserContext]:
    """A headless Chromium with its own profile folder, a 1280×900 window and a Russian locale."""
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True,
            viewport={"width": 1280, "height": 900}, locale="ru-RU")
        try:
            yield context
        finally:
            context.close()


@dataclass(frozen=True)
class Pixels:
    distinct_colours: int
    coloured: int  # pixels not near-white


def screenshot_pixels(page: Page, png: bytes) -> Pixels:
    counted = page.evaluate(
        """async (data) => {
            const image = new Image();
            image.src = "data:image/png;base64," + data;
            await image.decode();
            const canvas = document.createElement("canvas");
            canvas.width = image.width; canvas.height = image.height;
            const context = canvas.getContext("2d");
            context.drawImage(image, 0, 0);
            const pixels = context.getImageData(0, 0, image.width, image.height).data;
            const seen = new Set();
            let coloured = 0;
            for (let i = 0; i < pixels.length; i += 4) {
                seen.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
                if (pixels[i] < 230 || pixels[i + 1] < 230 || pixels[i + 2] < 230) coloured++;
            }
            return [seen.size, coloured];
        }""", base64.b64encode(png).decode("ascii"))
    return Pixels(*counted)

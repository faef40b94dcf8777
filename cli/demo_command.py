"""`pokazatel demo render [--articles FILE] [--out DIR]`: re-render the offline demo sites from
data/demo/articles.yaml (after editing the articles or the page templates in a checkout)."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_parser(commands) -> None:
    from pokazatel.crawlers.demo_site import ARTICLES_FILE

    parser = commands.add_parser("demo", help="re-render the offline demo sites from their articles")
    parser.add_argument("action", choices=("render",))
    parser.add_argument("--articles", type=Path, default=ARTICLES_FILE, help="the demo articles (YAML)")
    parser.add_argument("--out", type=Path, required=True,
                        help="the site folder, written afresh (data/demo/site in a checkout; required: the tool "
                        "never writes into its installed package by default)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from pokazatel.cli.main import UsageError
    from pokazatel.crawlers.demo_site import DemoArticlesError, NotADemoSite, render_site

    if not args.articles.is_file():
        raise UsageError(f"pokazatel demo render: no articles file at {args.articles}")
    try:
        written = render_site(args.articles, args.out)
    except (NotADemoSite, DemoArticlesError) as error:
        raise UsageError(f"pokazatel demo render: {error}") from None
    print(f"{written} files written to {args.out}")
    return 0

"""Scrapy settings for the pokazatel crawlers: polite to the outlets, patient with their servers."""

BOT_NAME = "pokazatel"
SPIDER_MODULES = ["pokazatel.crawlers.spiders"]
NEWSPIDER_MODULE = "pokazatel.crawlers.spiders"

USER_AGENT = ("pokazatel/0.1 (+https://github.com/pokazatel/pokazatel; research crawler of public news "
              "about corruption in Kazakhstan; one request at a time per site)")
ROBOTSTXT_OBEY = True

CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
REDIRECT_ENABLED = True
REDIRECT_MAX_TIMES = 10
COOKIES_ENABLED = False
# Only the web: a feed's link to file:///…/news/x.html was read from the crawler's own disk and stored (and served)
# as an article. Scrapy also fetches file:, data:, ftp: and s3: addresses unless their handlers are removed.
DOWNLOAD_HANDLERS = {"file": None, "data": None, "ftp": None, "s3": None}

# Off by default; `pokazatel crawl --http-cache` turns it on (re-runs without re-fetching).
HTTPCACHE_ENABLED = False
HTTPCACHE_DIR = "httpcache"
HTTPCACHE_EXPIRATION_SECS = 24 * 3600
HTTPCACHE_IGNORE_HTTP_CODES = [500, 502, 503, 504, 408, 429]

ITEM_PIPELINES = {
    "pokazatel.crawlers.pipelines.FilterPipeline": 100,
    "pokazatel.crawlers.pipelines.StorePipeline": 300,
}
EXTENSIONS = {
    "pokazatel.crawlers.counts.SourceCounts": 500,
    "pokazatel.crawlers.backlog.BacklogSignals": 510,
    "scrapy.extensions.telnet.TelnetConsole": None,
}

DEFAULT_DROPITEM_LOG_LEVEL = "DEBUG"
LOG_LEVEL = "WARNING"
FEED_EXPORT_ENCODING = "utf-8"

DOWNLOADER_MIDDLEWARES = {
    # only the source's own hosts: an article page's link to 127.0.0.1 or a private address was fetched and stored
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "pokazatel.crawlers.middlewares.SourceHostsMiddleware": 50,
    # process_response runs from high to low numbers: this one sees a redirect before
    # RedirectMiddleware (600) follows it.
    "pokazatel.crawlers.middlewares.RedirectLoopMiddleware": 650,
    # a demo served on another port than its pages name (crawlers/demo_routing.py); before HttpProxyMiddleware
    "pokazatel.crawlers.demo_routing.DemoRoutingMiddleware": 740,
}

"""What a spider yields: one news article, ready for pokazatel.store.load.save_article."""

import scrapy


class ArticleItem(scrapy.Item):
    url = scrapy.Field()            # canonical URL (<link rel=canonical> / og:url)
    fetched_url = scrapy.Field()    # the URL requested, remembered as an alias when it differs
    source = scrapy.Field()
    title = scrapy.Field()
    lead = scrapy.Field()
    text = scrapy.Field()           # body paragraphs separated by "\n", boilerplate removed
    lang = scrapy.Field()           # "ru" or "kk", detected from the text
    author = scrapy.Field()
    tags = scrapy.Field()           # list of strings
    published_at = scrapy.Field()   # ISO 8601, Asia/Almaty
    modified_at = scrapy.Field()
    extraction = scrapy.Field()     # which path gave title/date/body (pokazatel.crawlers.extract); not stored

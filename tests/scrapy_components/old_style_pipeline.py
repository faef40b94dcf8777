"""An item pipeline written against Scrapy's deprecated API (a `spider` argument): the strict-warnings
test adds it to a crawl to prove that such a warning fails the crawl."""


class SpiderArgumentPipeline:
    def process_item(self, item, spider):
        return item

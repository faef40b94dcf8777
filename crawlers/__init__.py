"""The Scrapy project that fetches news articles from the outlets in data/sources.yaml."""

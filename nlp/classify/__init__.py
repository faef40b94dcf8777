"""Whether an article is about corruption, and which kind."""

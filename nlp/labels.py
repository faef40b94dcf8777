"""The label sets of ../shared/gold/SCHEMA.md."""

TOPICS = ("bribery", "embezzlement", "fraud", "abuse_of_office", "asset_recovery", "policy", "other")
EVENTS = ("convicted", "detained", "charged", "disciplined", "dismissed", "cases", "bribe", "damage",
          "recovered", "fine", "prison_term", "other")
UNITS = ("person", "case", "KZT", "USD", "EUR", "RUB", "MCI", "year", "month", "percent", "item")
ENTITY_LABELS = ("PER", "ORG", "LOC", "POSITION")

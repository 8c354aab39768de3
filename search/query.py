"""What the visitor typed, made safe to search for: words, at most so many, no operators."""

import re
import unicodedata
from dataclasses import dataclass

MAX_QUERY_LENGTH = 200
MAX_TERMS = 10

# Thai, Lao, Burmese, Khmer and Hangul: scripts whose words the full-text index cannot separate.
RUN_TOGETHER_SCRIPTS = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\ua9e0-\ua9ff\uaa60-\uaa7f\u1780-\u17ff\u19e0-\u19ff"
    "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]"
)
JOINERS = {"\u200c", "\u200d"}  # they shape a script's letters; removing them keeps the word whole


@dataclass
class SearchQuery:
    text: str  # what the visitor typed, cleaned of control characters and shortened, to show back
    terms: tuple[str, ...] = ()
    problem: str = ""  # "empty", "too_long" or "no_words" when there is nothing to search for


def words_of(text):
    """Letters, marks and digits make words; everything else (punctuation, symbols, quotes) separates them."""
    characters = []
    for character in text:
        if character in JOINERS:
            continue
        characters.append(character if unicodedata.category(character)[0] in "LMN" else " ")
    return "".join(characters).split()


def parse_query(raw):
    text = "".join(character for character in raw if unicodedata.category(character) not in ("Cc", "Cs"))
    text = " ".join(text.split())
    if not text:
        return SearchQuery(text="", problem="empty")
    if len(text) > MAX_QUERY_LENGTH:
        return SearchQuery(text=text[:MAX_QUERY_LENGTH], problem="too_long")
    terms = list(dict.fromkeys(word.casefold() for word in words_of(text)))[:MAX_TERMS]
    if not terms:
        return SearchQuery(text=text, problem="no_words")
    return SearchQuery(text=text, terms=tuple(terms))


def term_pattern(terms):
    # The longest first, so "ASEAN-Korea" marks "ASEAN-Korea" rather than "ASEAN" alone.
    return re.compile("|".join(re.escape(term) for term in sorted(terms, key=len, reverse=True)), re.IGNORECASE)

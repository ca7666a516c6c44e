"""Share-move extraction for the market-reaction chart.

``figures`` finds percent figures with their sign, qualifier and direction word; ``phrases`` reads the noun
phrases around them (companies, tickers, descriptors, indices); ``grammar`` attaches figures to subjects within
a sentence (lists, "respectively", relative clauses, coreference); ``periods`` resolves sessions and multi-day
periods to dates; ``extract`` is the public entry point (:func:`analysis.market.extract.extract_moves`).
Vocabulary lives in ``analysis/data/move_words.json``.
"""

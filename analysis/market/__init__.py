"""Share-move extraction for the market-reaction chart.

``figures`` finds percent figures with their sign, qualifier and direction word; ``phrases`` reads the noun
phrase before a verb (companies, tickers, descriptors, indices); ``clauses`` reads the object of a nominal move
and the subject opening a clause; ``grammar`` attaches figures to subjects within a sentence (lists,
"respectively", relative clauses, participles); ``periods`` resolves sessions and multi-day periods to dates;
``extract`` resolves coreference across sentences and is the public entry point
(:func:`analysis.market.extract.extract_moves`). Vocabulary lives in ``analysis/data/move_words.json``
(loaded by ``lexicon``).
"""

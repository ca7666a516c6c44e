"""Who said it: quotations found in one article and credited to a speaker, then clustered across articles.

``find.find_quotes(text, mentions)`` returns one row per quotation of a document (``find`` locates the spans,
``attribute`` names the speaker from the document's entity mentions); ``cluster.cluster_quotes(quotes)``
groups the same quotation across documents. Vocabulary lives in ``analysis/data/quote_cues.json``.
"""

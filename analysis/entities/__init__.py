"""Named-entity layer: recognition, typing and alias merging for any news story.

`recognize.recognize_entities` finds the mentions of one document; `aliases.link_entities` merges entities
across documents; `lexicon.company_for_ticker` looks a ticker up in the company catalog.
"""

"""Round 54 (lead): a site's footer goes on every page of the site even when one of its pages is reprinted whole by
another outlet. The reprinted page has no paragraph of its own (its copy prints them all), so its article's end was
not found and its footer counted as article text, which kept the footer on the site's other pages too. A
paragraph that only copies of the same story print is the story's own. Invented pages, stories and sites."""

from __future__ import annotations

from tests.corpus.test_templates import _STORIES, _drops

_FOOTER = ["Secure Licensing Rights, opens new tab",
           "Tarrow Wire, the news division of Tarrow Information Holdings, is a provider of business news."]


def test_a_site_footer_goes_though_one_of_its_pages_is_reprinted_whole():
    ferry, mill, orchard = (list(v) for v in _STORIES.values())
    pages = [ferry + _FOOTER,  # the wire's page of the ferry story
             ["Published by the Vell Courier"] + ferry,  # another outlet's reprint of it, with no footer
             mill + _FOOTER,
             orchard + _FOOTER]
    drops = _drops(pages)
    assert drops[0] == _FOOTER
    assert drops[2] == _FOOTER
    assert drops[3] == _FOOTER
    assert not any(p in d for d in drops for p in ferry + mill + orchard)  # no article paragraph goes

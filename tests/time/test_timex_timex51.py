"""Round 43 (timex51): values of temporal expressions on unseen text. Every name and sentence is invented."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

DCT = date(2037, 9, 11)  # a Friday


def values(text: str, dct: date | None = DCT) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, dct)]


# 1. A forecast's stretch ends ahead: a verb of forecasting, then "through / until / into <date>" in its clause.
def test_a_forecast_stretch_through_a_day_ends_ahead() -> None:
    # written on a Friday: the coming Tuesday / Monday, not the last
    assert values("The Orvane weather bureau forecast more heavy rain through Tuesday.") == [("Tuesday", "2037-09-15")]
    assert values("Forecasters at Tamsk warned of flash flooding along the Vell valley until Monday.") == [
        ("Monday", "2037-09-14")]
    assert values("The Brennick Institute predicts dry weather into Wednesday.") == [("Wednesday", "2037-09-16")]
    # left alone: the day the forecast was made, a stretch of the past perfect, a stretch of another clause, and a
    # stretch with no forecast
    assert values("The Orvane weather bureau predicted on Tuesday that the river would crest.") == [
        ("Tuesday", "2037-09-08")]
    assert values("Tarvik Bank cut its profit forecast on Tuesday.") == [("Tuesday", "2037-09-08")]
    assert values("The Orvane bureau had forecast rain through Tuesday.") == [("Tuesday", "2037-09-08")]
    assert values("The bureau forecast storms, which lasted through Tuesday.") == [("Tuesday", "2037-09-08")]
    assert values("Orlen Vale shares rose 4% over the three sessions through Tuesday.")[-1] == ("Tuesday", "2037-09-08")

"""An empty pair of quotation marks in a dated sentence (an HTML attribute left in a scraped tweet, 'pic=""') once
crashed the label maker, and with it the whole corpus's timeline: a label never depends on marks holding words."""
from analysis.timeline.labels.event import event_label
from analysis.timeline.labels.phrases import quoted_opening


def test_no_words_make_no_quotation():
    assert quoted_opening([]) == ""


def test_told_with_empty_marks_is_labelled_without_them():
    sentence = 'The senator told reporters "" before the vote in Congress today.'
    at = sentence.index("today")
    label = event_label(sentence, at, at + len("today"), "").label
    assert label and '"' not in label and "“" not in label


def test_scraped_tweet_markup_with_an_empty_attribute():
    sentence = ('<tweet pic="" author="SenatorJones" timestamp="1449075600">Thinking of the families hit by the storm '
                'in Texas today.</tweet>.')
    at = sentence.index("today")
    assert event_label(sentence, at, at + len("today"), "") is not None

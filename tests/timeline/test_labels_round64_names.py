"""Round 64 (labels): names are never garbled. An institution whose name holds "and" ("the Securities and Exchange
Commission", "the House Energy and Commerce Committee") is one singular subject, also before a bracketed short name;
an object cut at its length limit never ends on a possessive or inside a name ("over Chief Executive Jane Roe's").
Invented sentences and names."""

from __future__ import annotations

from tests.timeline.test_labels_round63 import label_of


def test_an_institution_named_with_and_is_one_singular_subject():
    sentence = "The Transport and Works Committee said on Tuesday that Keel's chief executive would appear before it."
    assert label_of(sentence, "Tuesday").startswith("Transport and Works Committee says ")  # was "... Committee say"


def test_two_companies_joined_by_and_stay_two():
    assert label_of("Orvale Tools and Kestrel Works lost 5% on Monday.", "Monday") == "Orvale Tools and Kestrel Works lose 5%"


def test_an_institution_with_and_before_its_bracketed_short_name():
    sentence = "The Maritime and Coastguard Agency (MCA) has sent inspectors to the Velda yard on Wednesday."
    assert label_of(sentence, "Wednesday").startswith("Maritime and Coastguard Agency sends inspectors")  # was "Coastguard Agency"


def test_an_object_cut_at_its_limit_drops_a_possessive_name_whole():
    sentence = ("The Maritime and Coastguard Agency has sent inspectors to Keel Lines over Chief Executive Ann "
                "Roe's plan to sell the fleet on Wednesday.")
    assert label_of(sentence, "Wednesday") == "Maritime and Coastguard Agency sends inspectors to Keel Lines"  # not "... Ann"


def test_a_figure_made_plural_stays_one_word():
    sentence = "Velda said it could build 400 Series 5s a week by the end of June."
    assert "Series 5s a week" in label_of(sentence, "the end of June")  # was "Series 5 s a week"


def test_a_quotation_opening_past_the_sentence_leaves_no_mark():
    assert label_of('"The freight business is fine today.', "today") == "The freight business is fine"  # was '"The ...'


def test_a_comma_inside_the_marks_ends_no_label():
    sentence = 'Keel said Velda would stop shipping its goods "as quickly as possible," with the goal of closing by May.'
    assert label_of(sentence, "May").endswith('its goods "as quickly as possible"')  # was '... possible,"'


def test_a_long_quotation_in_a_reported_clause_is_cut_where_a_phrase_ends_and_closed():
    sentence = ('Orvane Research said in a note on Wednesday that a large writedown "could weigh on the bank\'s capital '
                'ratios if it triggers further losses on deferred tax assets".')
    assert label_of(sentence, "Wednesday") == \
        "Orvane Research says large writedown “could weigh on the bank's capital ratios if it triggers…”"


def test_a_short_name_in_brackets_inside_what_was_said_is_part_of_the_name():
    sentence = "The Harbour Times reported on Tuesday that the Keel Pension Fund (KPF) had sold its stake in Velda."
    assert label_of(sentence, "Tuesday") == "Harbour Times reports Keel Pension Fund sold its stake"  # was "... Fund"


def test_a_ranges_and_ends_no_phrase_and_a_range_cut_at_the_length_limit_goes_whole():
    sentence = "The Harbour Times reported on Tuesday that Keel had built a stake of between 3% and 5% in Velda Lines."
    assert label_of(sentence, "Tuesday") == "Harbour Times reports Keel built a stake of between 3% and 5%"
    longer = ("The Harbour Times reported on Tuesday that the Keel Pension Fund of Norway had built a stake of between "
              "3% and 5% in Velda Lines.")
    assert label_of(longer, "Tuesday") == "Harbour Times reports Keel Pension Fund of Norway built a stake"

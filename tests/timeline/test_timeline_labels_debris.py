"""Event labels never carry the debris a removed date leaves behind, and read their words as words (invented
companies and people): a preposition or a comma left where the date was, a date's own modifier ("shortly before
midnight"), a currency written against its figure ("R$85 million"), a plural initialism ("ADRs"), a time zone taken
for a name, a participle fronted with its date ("Founded in 1996, X is ...") and a fronted phrase with no verb."""

from __future__ import annotations

from test_timeline_labels import label_of


def test_a_quotation_loses_the_preposition_of_its_date() -> None:
    got = label_of('"On Sunday, something broke in front of the largest crowd of the year."', "Sunday")
    assert got.startswith("“Something broke in front of")
    assert " ," not in got and "On ," not in got
    # a quotation without a date before its words keeps them all
    got = label_of('"We lost the feed for an hour on Sunday."', "Sunday")
    assert got.startswith("“We lost the feed for an hour")


def test_no_space_before_a_stop_and_no_stray_quotation_mark() -> None:
    # the tail of a quotation that runs over several sentences: no opening mark of its own
    got = label_of('Refund details tomorrow."', "tomorrow")
    assert got == "Refund details"
    # an abbreviation keeps its stop
    assert label_of("The delegation might come to the U.S. as soon as Tuesday.", "Tuesday").endswith("the U.S.")
    got = label_of("When the tally finally came, on Thursday, it was worse than anyone at Quarrow had feared.", "Thursday")
    assert ",," not in got and " ," not in got


def test_a_label_never_ends_on_a_preposition() -> None:
    got = label_of("The penalty was read out at a hearing that had first been set for Wednesday and was moved.", "Wednesday")
    assert not got.split()[-1].lower() in {"for", "on", "in", "at", "by"}, got


def test_the_modifier_of_a_time_goes_with_it() -> None:
    got = label_of('Chief Executive Lorcan Featherby wrote on X shortly before midnight: "I am sorry."', "midnight")
    assert got.startswith("Lorcan Featherby writes on X")
    assert "shortly" not in got
    got = label_of("Talks broke down just after 3 a.m. on Friday.", "Friday")
    assert "just" not in got.split()[-1:]


def test_a_currency_stays_against_its_figure() -> None:
    assert "R$85 million" in label_of("Telcor fined the operator R$85 million on Thursday.", "Thursday")
    assert "NT$9 billion" in label_of("Quonset Fabs lost NT$9 billion of output on Monday.", "Monday")
    assert "$4 million" in label_of("Ardley Foods paid $4 million on Monday.", "Monday")


def test_a_plural_initialism_takes_a_plural_verb() -> None:
    got = label_of("Its ADRs closed the week down 12.5% in New York.", "the week", "Orvane Media fell. ")
    assert "ADRs close " in got
    # a name in capitals that ends in "s" is not plural
    assert "closes" in label_of("HSBS closed 2% lower on Friday.", "Friday")


def test_a_time_zone_is_no_name() -> None:
    previous = ("Merovia Netz publishes findings on the outage\n\nMadrid, 23 July 2030\n\n"
                'Merovia Netz, S.A. ("Merovia" or "the Company") today published its review of the incident.\n\n'
                "A change deployed at 21:41 CEST failed. Engineers undid it at 22:25 CEST, and traffic was back by "
                "22:31 CEST.\n\n\"We are sorry,\" said Ines Varo Lenz, Chief Executive Officer of Merovia.\n\n"
                "In the first half, Merovia's revenue rose 17% from a year earlier. ")
    got = label_of("The Company will report first-half results on 30 July and expects margins to be affected.",
                   "30 July", previous)
    assert not got.startswith("CEST"), got


def test_a_participle_fronted_with_its_date_tells_of_the_subject() -> None:
    got = label_of("Founded in 1996, Brenlow is the second-largest chipmaker on the island, with five fabs.", "1996")
    assert got == "Brenlow is founded"
    # a fronted participle with a clause that is no name's stays as it was
    got = label_of("Founded in 1996, the group now employs 4,000 people.", "1996")
    assert got and "," not in got[:10]


def test_a_fronted_phrase_without_a_verb_gives_way_to_the_main_clause() -> None:
    got = label_of("For 38 minutes on Sunday afternoon, the final vanished from the screens of millions of viewers.",
                   "Sunday afternoon")
    assert got.lower().startswith("the final vanishes") or got.lower().startswith("final vanishes"), got


def test_a_figure_with_its_currency_is_no_subject() -> None:
    got = label_of("I posted a video this morning because I wanted holders to hear it from me.", "this morning",
                   "Orvane Media paid C$5 a share. ")
    assert got.split()[0] not in ("C", "C$5"), got


def test_a_participle_phrase_running_on_past_a_place_is_left_alone() -> None:
    got = label_of("Founded in 2014 and based in Columbus, Ohio, Brenlow Pay provides card processing.", "2014")
    assert not got.startswith("Ohio"), got


def test_a_catalog_name_that_ends_a_longer_name_is_not_that_name() -> None:
    # "Continental" is a listed company's name; "Harwick Continental" is another company
    got = label_of("Founded in 1998, Harwick Continental is a holding company with port terminals.", "1998")
    assert got == "Harwick Continental is founded"


def test_i_in_a_transcript_turn_is_the_turn_s_speaker() -> None:
    previous = ("Joining me now is the founder, Oriel Tasker. Mr. Tasker, thanks for being here.\n\n"
                "ORIEL TASKER: Thank you, Dana. Glad to be here, although I'd rather be here for another reason.\n\n"
                "VOSS: Does the money exist?\n\nTASKER: Yes. It exists. ")
    got = label_of("I posted a video this morning because I wanted holders to hear it from me.", "this morning", previous)
    assert got.startswith("Oriel Tasker posts video"), got


def test_a_turn_labelled_with_a_title_is_the_person_named_in_full() -> None:
    previous = "Governor Ilse Marwood spoke first.\n\nGOVERNOR MARWOOD: Good afternoon. The committee decided. "
    got = label_of("At our last meeting, on 2 September, we held rates.", "2 September", previous)
    assert got.startswith("Ilse Marwood holds rates"), got


def test_a_place_after_a_preposition_is_where_not_who() -> None:
    # the gazetteer knows Okinawa (a prefecture) and Tanzania (a country): after "for"/"to" each is where
    got = label_of("The Brell Weather Office issued a storm warning for Okinawa prefecture and lifted it two hours later.",
                   "two hours later")
    assert got.startswith("Brell Weather Office lifts"), got
    got = label_of("The number of visitors to Tanzania jumped to more than 300,000 last year.", "last year")
    assert not got.startswith("Tanzania"), got
    # a place that does the acting keeps its place as the subject
    assert label_of("Tanzania raised its park fees last year.", "last year").startswith("Tanzania raises")


def test_a_reported_clause_goes_past_its_subject_s_preposition_to_its_verb() -> None:
    got = label_of("Tellaro said on Sunday that a failure at an outside network provider had caused the outage.", "Sunday")
    assert got == "Tellaro says failure caused the outage", got
    got = label_of("The Brell ministry said on Friday that the fire at the plant was under control.", "Friday")
    assert got.endswith("fire was under control"), got
    # a reported clause that opens on a subordinate clause is not gone past
    got = label_of("The agency said on Monday that once Orla Brenn arrives in Lisbon it will begin the transfer.", "Monday")
    assert "will begin" not in got, got
    # a preposition after a whole reported clause still ends the object
    got = label_of("Tellaro said on Sunday it expects sales in Europe to fall.", "Sunday")
    assert got == "Tellaro says it expects sales", got


def test_more_than_a_figure_stays_in_the_object() -> None:
    got = label_of("Consumer agency Tresk said it had received more than 11,000 complaints by Monday morning.", "Monday")
    assert "more than 11,000 complaints" in got, got


def test_a_chart_caption_s_prefix_is_not_the_event() -> None:
    got = label_of("[Chart: Orvane Media (ORVM) shares, down 17% since Friday's close.", "Friday")
    assert got.startswith("Orvane Media"), got
    got = label_of("[Chart: Orvane Media shares, down 17% since Friday's close.]", "Friday")
    assert not got.startswith("[") and not got.endswith("]"), got


def test_a_time_of_day_beside_the_date_is_not_the_event() -> None:
    # "08:20" read as words left "20, the carmaker says ..."; "at 8am" ended the reported clause ("Port office says")
    got = label_of("In a short statement at 08:20, the carmaker said it had detected an intrusion late on Sunday.", "Sunday")
    assert got == "Carmaker says it detected an intrusion"
    assert label_of("The port office said at 8am on Tuesday that 260 ships were waiting.", "Tuesday") == (
        "Port office says 260 ships were waiting")
    # the time labelled itself stays the expression; its modifier goes with it
    assert "just" not in label_of("Talks broke down just after 3 a.m. on Friday.", "Friday").split()


def test_a_perfect_participle_takes_the_main_clause_subject() -> None:
    # "X closed lower on Wednesday, having already lost 4.8% on Tuesday": Tuesday is X's loss ("Having loses" before)
    got = label_of("Harlow Lines shares closed 1.7 per cent lower on Wednesday, having already lost 4.8 per cent on "
                   "Tuesday.", "Tuesday")
    assert got == "Harlow Lines shares lose 4.8 per cent"
    got = label_of("Brenmark Freight, which earns half its revenue in Asia, has dropped 7.3 per cent this week, having "
                   "warned on Monday that part of its capacity was trapped.", "Monday")
    assert got.startswith("Brenmark Freight warns part of its capacity")
    # the main clause's own date keeps the main clause
    assert label_of("Harlow Lines shares closed 1.7 per cent lower on Wednesday, having already lost 4.8 per cent on "
                    "Tuesday.", "Wednesday") == "Harlow Lines shares close 1.7 per cent lower"


def test_a_participle_after_a_noun_dates_what_was_done_to_it() -> None:
    # "The decree signed on June 6 gave ..." and "... following the order signed on June 6": the signing
    assert label_of("The decree signed on June 6 gave the agency until today to name the products.", "June 6") == (
        "Decree is signed")
    assert label_of("Brelia suspended its guidance following the executive order on drug pricing signed on June 6.",
                    "June 6") == "Executive order on drug pricing is signed"
    assert label_of("Ostra Bank fought a hostile bid launched last week by Corvane Holdings.", "last week") == (
        "Hostile bid is launched by Corvane Holdings")
    # left alone: the participle is the clause's own verb, or a verb of saying, or the subject of a clause
    # (round 68: a verb of closing keeps the level it is at)
    assert label_of("The shares closed on Friday at a record.", "Friday") == "Shares close at a record"
    assert label_of("The company said the shares closed on Friday at a record.", "Friday") == "Shares close at a record"
    assert label_of("The regulator said on Tuesday it was reviewing the quota.", "Tuesday").startswith("Regulator says")
    assert label_of("A senior engineer of the Vessa Works project resigned on Friday after the audit.",
                    "Friday").startswith("Senior engineer of Vessa Works resigns")
    assert not label_of("Chip stocks slid after the market closed Wednesday.", "Wednesday").endswith("is closed")
    # a statement's own date: the words told in it are the event, not the statement's issue
    assert "is issued" not in label_of("In a statement issued Tuesday, Corvane said it would appeal.", "Tuesday")


def test_words_of_a_name_and_a_subject_that_takes_no_s() -> None:
    # a company's "+" and its legal form with stops are part of its name, not words; "I'd" takes the plain verb
    assert label_of("Kessel + Brand gained 2.9 per cent on Wednesday.", "Wednesday") == "Kessel + Brand gains 2.9 per cent"
    got = label_of("Turin, 15 March 2031 – Vexo Componenti S.p.A. (Borsa: VXC) announces that it has restarted "
                   "production.", "15 March 2031")
    assert got.startswith("Vexo Componenti announces")
    assert label_of("I'd expect more leaks over the next week.", "the next week") == "I'd expect more leaks"


def test_a_relative_clause_takes_the_noun_before_it_as_subject() -> None:
    # "About 14,000 people work at the site, which built ... last year": the site ("Which built" before; the comma of
    # "14,000" is no clause break)
    got = label_of("About 14,000 people work at the site, which built more than 300,000 cars last year.", "last year")
    assert got == "The site builds more than 300,000 cars"
    assert label_of("Investors fled the lender, which lost 12% on Monday.", "Monday") == "Lender loses 12%"
    # a clause with its own subject still takes the noun as its object
    assert label_of("Fibrex, which Dunhaven Telecom agreed to buy on Monday, runs 4,000 towers.", "Monday") == (
        "Dunhaven Telecom agrees to buy Fibrex")


def test_he_is_never_a_place() -> None:
    # a two-word place before "he added" was taken for the man ("Sunda Strait adds")
    got = label_of("A surcharge would apply from 18 November, he added.", "18 November",
                   "Torvald Brenning said the line had diverted ships via the Kessa Strait.")
    assert not got.startswith("Kessa Strait")
    got = label_of("He released a letter on Friday.", "Friday", "Dara Quell spoke at the Quell Foundation gala.")
    assert got.startswith("Dara Quell releases")


def test_a_reported_clause_keeps_the_quotation_it_runs_into() -> None:
    # a comma after the closing mark cut the clause before the quotation ("Orvane says it")
    got = label_of('Orvane said on Monday that it had "rebuilt the core systems from clean backups", and that is fast.',
                   "Monday")
    assert got == 'Orvane says it had "rebuilt the core systems from clean backups"'


def test_a_participle_after_a_noun_is_keyed_as_its_passive() -> None:
    # "the decree signed on June 6" and "since the decree was signed on June 6" in two articles are one event
    from analysis.timeline.labels.event import event_label

    one = "The decree signed on June 6 gave the agency until today to name the products."
    two = "Brelia is down 12% since the decree was signed on June 6, and Orvane is down 19%."
    keys = {event_label(s, s.index("June 6"), s.index("June 6") + 6).key for s in (one, two)}
    assert keys == {"~decree|sign|"}


def test_a_word_of_a_name_is_never_the_verb() -> None:
    # "States" of "the United States" is a name's word, not the verb "state" (labels read "Mirvana states had erred")
    got = label_of("Mirvana kept quiet, though a review panel in 2011 ruled the United States had erred.", "in 2011")
    assert "states" not in got.split() and got.endswith("United States had erred"), got  # "rules" since round 51
    got = label_of("Dorrigan wants to move to the United States by 2027.", "by 2027")
    assert got == "Dorrigan wants to move to the United States", got
    # a capitalised word after a name is still a name's word, and the verb after it is still the verb
    assert label_of("Drennick Holdings fell 4% on Monday.", "on Monday") == "Drennick Holdings falls 4%"


def test_an_irregular_past_after_the_date_is_the_clause_verb() -> None:
    # "a poll published last week found that ...": "published" is the poll's participle, "found" the finite verb
    # (the label read "Poll publishes found that")
    got = label_of("Meanwhile, a poll published last week found that most tenants oppose the levy.", "last week")
    assert got == "Poll is published", got
    got = label_of("A court review released on Friday struck down the permit.", "on Friday")
    assert got == "Court review is released", got


def test_a_noun_placed_at_a_name_is_the_subject() -> None:
    # "Officials in the United States" blocked the sale, not the country; the noun agrees with the verb
    assert label_of("Officials in the United Kingdom on Monday blocked the sale.", "on Monday") \
        == "Officials in the United Kingdom block sale"
    assert label_of("Investors in Marlow Bank lost heavily on Thursday.", "on Thursday").startswith(
        "Investors in Marlow Bank lose")
    # a fronted participle or a phrase inside the clause is no subject's noun
    assert not label_of("Found in Dorrin Bank's vault, the ledger was sold on Friday.", "on Friday").startswith("Found")
    assert label_of("Prices fell in Marlow on Friday.", "on Friday").startswith("Prices fall")


def test_an_object_relative_clause_names_what_its_verb_took() -> None:
    # "an accord that the ministers reached in Oslo in May": what they reached is the accord
    got = label_of("Her legacy is an accord that the ministers of the region reached in Oslo in May to cut tariffs.",
                   "in May")
    assert got == "Ministers of the region reach accord", got
    # a "that" clause a noun completes has no object to take ("the fear that prices rose")
    got = label_of("Traders shrugged off the fear that the rivals of Dorrin signed in March.", "in March")
    assert not got.endswith("fear"), got


def test_a_plural_noun_after_a_counting_word_a_demonym_or_a_possessive_is_no_verb() -> None:
    # "Several states", "Sylvanian attacks", "the company's plans": nouns, though "states"/"attacks"/"plans" are -s verbs
    got = label_of("Known as the Fox in legal circles, Dorrin had been arrested in several states since 2011 for trespass.",
                   "since 2011")
    assert got == "Dorrin is arrested", got  # was "Several states"
    # a plural noun opening the sentence agrees with its verb across the date
    assert label_of("Lawmakers in several states on Friday passed laws.", "on Friday") == "Lawmakers pass laws"
    # a singular subject's -s verb stays the verb
    assert label_of("Dorrin plans a listing in March.", "in March").startswith("Dorrin plans")


def test_an_honorific_stop_ends_no_object() -> None:
    got = label_of("Advisers met Mr. Quellman on Tuesday to discuss the sale.", "on Tuesday")
    assert "Mr. Quellman" in got and not got.endswith("Mr"), got


def test_the_noun_after_a_scaled_figure_and_a_word_after_an_initialism_are_no_verbs() -> None:
    # "a $415 million charge": the figure's noun, not the verb "charge" (the label read "Million charges ...")
    got = label_of("The results included a $415 million charge in the 2031 second quarter for bad loans.",
                   "in the 2031 second quarter")
    assert not got.startswith("Million"), got
    assert label_of("Dorrin charged $4 million in fees on Monday.", "on Monday").startswith("Dorrin charges")
    # "U.S. State Department": a name's word after an initialism (the label read "U.S. states Department officials")
    got = label_of("The permit was cleared on Friday by U.S. State Department officials.", "on Friday")
    assert "states" not in got.split(), got


def test_soon_and_again_between_the_auxiliary_and_the_participle_keep_the_passive() -> None:
    assert label_of("Dorrin was soon released on Friday.", "on Friday") == "Dorrin is released"  # was "was soon releases"
    assert label_of("Dorrin was again arrested on Friday.", "on Friday") == "Dorrin is arrested"


def test_a_capitalised_preposition_opening_the_sentence_is_no_name() -> None:
    # "Ahead of Friday's meeting": the meeting is nobody called "Ahead" (the label read "Ahead meeting")
    got = label_of("Ahead of Friday's meeting, Sylvania and Freedonia unveiled a proposal.", "Friday")
    assert not got.startswith("Ahead"), got
    assert label_of("Following Monday's slump, Dorrin Bank shares rose 2%.", "Monday") == "Dorrin Bank shares slump"

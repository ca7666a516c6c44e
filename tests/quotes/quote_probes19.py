"""Invented probe articles for the quote engine, in the style of CheckList (Ribera et al. 2020): one
construction of English news attribution per probe, many variants each (wire copy, business news, features,
press releases, transcripts, live blogs, Q&A, analysts' notes). Every company, person and outlet is fictional.

Each probe is ``(probe_id, title, text, rows)``; ``rows`` are the quotations a reader finds, as (the first words
of the quotation, the speaker or the organisation it speaks for). The construction is the id's prefix (``c17``:
organisations and spokespeople); :data:`CONSTRUCTIONS` names them. Used by ``test_quote_probes19.py``.
"""

from __future__ import annotations

Q = "\u201c"
E = "\u201d"
S1 = "\u2018"
S2 = "\u2019"


def c(s: str) -> str:
    """Straight double quotation marks to curly ones, pairwise."""
    out, open_ = [], True
    for ch in s:
        if ch == '"':
            out.append(Q if open_ else E)
            open_ = not open_
        else:
            out.append(ch)
    return "".join(out)


PROBES: list[tuple[str, str, str, list[tuple[str, str]]]] = []



def P(pid: str, title: str, body: str, rows: list[tuple[str, str]], curly: bool = False) -> None:
    if not pid.startswith("c13"):
        title = "Daily report " + pid.replace("c", "no. ")
    text = title + "\n\n" + body.strip() + "\n"
    PROBES.append((pid, title, c(text) if curly else text, rows))


# C01 speaker after the quote, "said"
P("c01-01", "Harlund Foods cuts outlook",
  'Harlund Foods cut its full-year outlook on Tuesday.\n\n"We are disappointed with the quarter," Mara Quint, '
  'chief executive of Harlund Foods, said.', [("We are disappointed", "Mara Quint")])
P("c01-02", "Brenlow Mining shuts pit",
  'Brenlow Mining closed its northern pit.\n\n"The ore body is exhausted," said Tomas Ferrault, the company\'s '
  'operations director.', [("The ore body", "Tomas Ferrault")], curly=True)
P("c01-03", "Ostrany Bank raises rates",
  'Ostrany Bank raised its deposit rates.\n\n"Savers deserve a better deal," said Chief Financial Officer '
  'Lena Marsh on Wednesday.', [("Savers deserve", "Lena Marsh")])
P("c01-04", "Quayle Motors recalls vans",
  'Quayle Motors is recalling 12,000 vans.\n\n"Safety comes first," Quayle Motors spokesman Derek Ambry '
  'said in an email.', [("Safety comes first", "Derek Ambry")], curly=True)
P("c01-05", "Vintner Group bid",
  'Vintner Group made a bid for Arden Cellars.\n\n"It is a full and fair price," Vintner chairman Oskar '
  'Lindborg told reporters, "and we will not raise it."',
  [("It is a full and fair price", "Oskar Lindborg")])
P("c01-06", "Pellstrom Air fares",
  'Pellstrom Air raised fares.\n\n"Fuel costs have doubled," said Priya Natesan, who runs the airline\'s '
  'pricing desk and joined from a rival in 2019.', [("Fuel costs", "Priya Natesan")], curly=True)

# C02 "says" (present tense, features, regional papers)
P("c02-01", "Corner shop survives",
  'The shop on Mill Lane has traded for forty years.\n\n"We have seen worse winters than this," says owner '
  'Gwen Paterson, 63.', [("We have seen worse", "Gwen Paterson")], curly=True)
P("c02-02", "Brewer expands",
  'Hopwell Brewing is doubling its capacity.\n\n"Demand is there," says Colm Reddy, the brewery\'s founder. '
  '"We just could not make enough."', [("Demand is there", "Colm Reddy"), ("We just could not", "Colm Reddy")])
P("c02-03", "Farmers worry",
  'Dairy farmers are worried about prices.\n\nAnnie Welsh says: "Every litre we sell is at a loss now."',
  [("Every litre", "Annie Welsh")], curly=True)
P("c02-04", "Startup raises cash",
  'Fernlight raised $20 million.\n\n"We were lucky with timing," Fernlight co-founder Ravi Sethna says.',
  [("We were lucky", "Ravi Sethna")])

# C03 speaker before, colon
P("c03-01", "Dorne Energy warns",
  'Dorne Energy issued a profit warning.\n\nChief executive Hanne Vos said: "The gas price has moved against '
  'us."', [("The gas price", "Hanne Vos")], curly=True)
P("c03-02", "Mayor on budget",
  'The council approved the budget.\n\nMayor Lucia Brandel said in a statement: "This budget protects '
  'frontline services."', [("This budget protects", "Lucia Brandel")])
P("c03-03", "Kestrine Labs trial",
  'Kestrine Labs stopped a drug trial.\n\nIn a note to clients, Jonah Pike, an analyst at Farrow Securities, '
  'wrote: "The stop removes most of the pipeline value."', [("The stop removes", "Jonah Pike")], curly=True)
P("c03-04", "Union vote",
  'Workers at the Tilbury plant voted to strike.\n\nUnion organiser Bea Kowalski put it bluntly: "We have '
  'been ignored for two years."', [("We have been ignored", "Bea Kowalski")])

# C04 other speech verbs after the quote
P("c04-01", "Rennet Dairy results",
  'Rennet Dairy posted higher profit.\n\n"Milk prices helped," finance chief Ola Brekke noted.\n\n'
  '"We will keep the dividend," she added.',
  [("Milk prices helped", "Ola Brekke"), ("We will keep", "Ola Brekke")], curly=True)
P("c04-02", "Tollgate Rail strike",
  'Tollgate Rail cancelled services.\n\n"Passengers will suffer," warned Aaron Feldane, head of the commuter '
  'group.\n\n"This is not a strike we wanted," insisted union leader Maeve Doyle.',
  [("Passengers will suffer", "Aaron Feldane"), ("This is not a strike", "Maeve Doyle")])
P("c04-03", "Oakhurst CEO memo",
  'Oakhurst Software will cut 300 jobs.\n\n"These are people who built this company," chief executive '
  'Nadia Ferro wrote in a memo to staff.', [("These are people", "Nadia Ferro")], curly=True)
P("c04-04", "Pelagic Fisheries quota",
  'Pelagic Fisheries lost part of its quota.\n\n"The science is wrong," argued Jens Mikkelsen, the '
  'company\'s chairman.\n\n"It was always going to be tight," conceded Rosa Linde, a fisheries minister.',
  [("The science is wrong", "Jens Mikkelsen"), ("It was always going", "Rosa Linde")])
P("c04-05", "Carvel Toys",
  'Carvel Toys lifted its forecast.\n\n"Christmas came early," quipped Carvel boss Simon Ashe.',
  [("Christmas came early", "Simon Ashe")], curly=True)
P("c04-06", "Shipyard jobs",
  'The shipyard will close in June.\n\n"My father worked here, and his father," recalled welder Pat '
  'Grealish. "Now it is over."', [("My father worked", "Pat Grealish"), ("Now it is over", "Pat Grealish")])

# C05 told
P("c05-01", "Marren Telecom sale",
  'Marren Telecom is exploring a sale.\n\nChief executive Idris Kaya told Example Wire: "All options are on '
  'the table."', [("All options are", "Idris Kaya")], curly=True)
P("c05-02", "Steelworks",
  'The steelworks will cut output.\n\n"We have no choice," plant manager Rolf Hagen told reporters outside '
  'the gates.', [("We have no choice", "Rolf Hagen")])
P("c05-03", "Gallant Retail",
  'Gallant Retail will close 40 stores.\n\nIts finance director, Mei Tan, was asked about the timing. "We '
  'waited for Christmas trading to finish," she told the Daily Courier.',
  [("We waited", "Mei Tan")], curly=True)
P("c05-04", "Vessel owner",
  'A tanker owned by Borealis Shipping ran aground.\n\n"The crew are safe," Borealis chief executive Anders '
  'Holm told Example Radio on Thursday.', [("The crew are safe", "Anders Holm")])

# C06 according to
P("c06-01", "Linford Bank fine",
  'Linford Bank was fined $4 million.\n\nThe lapses were "serious and prolonged," according to Gail Oduya, '
  'the regulator\'s enforcement director.', [("serious and prolonged", "Gail Oduya")], curly=True)
P("c06-02", "Tern Logistics",
  'Tern Logistics missed forecasts.\n\n"Volumes were weak across Europe," according to finance chief Luis '
  'Abreu.', [("Volumes were weak", "Luis Abreu")])
P("c06-03", "Harrowgate Homes",
  'Harrowgate Homes sold fewer houses.\n\nAccording to chief executive Fiona Lusk, "buyers are waiting for '
  'rates to fall."', [("buyers are waiting", "Fiona Lusk")], curly=True)

# C07 pronoun in the next sentence, same paragraph
P("c07-01", "Sable Pharma",
  'Sable Pharma chief executive Karin Osei defended the price of the drug. "It costs less than a day in '
  'hospital," she said.', [("It costs less", "Karin Osei")], curly=True)
P("c07-02", "Drayton Water",
  'Drayton Water chairman Neil Ashgarth apologised to customers on Monday. He said: "We let people down '
  'this summer."', [("We let people down", "Neil Ashgarth")])
P("c07-03", "Coach operator",
  'Emma Riggs runs a coach firm in Dorset. She says: "Diesel is half our costs."',
  [("Diesel is half", "Emma Riggs")], curly=True)
P("c07-04", "Farrant analysts",
  'Yusuf Demir, an analyst at Corbel Partners, cut his target. "The guidance is too hopeful," he wrote in a '
  'note.', [("The guidance is too", "Yusuf Demir")])

# C08 pronoun across paragraphs
P("c08-01", "Marlby Glass",
  'Marlby Glass will build a new furnace, chief executive Petra Novak said on Tuesday.\n\n"It is the biggest '
  'investment in our history," she said.\n\nShe added that work would start in spring.',
  [("It is the biggest", "Petra Novak")], curly=True)
P("c08-02", "Greyfield Capital",
  'Greyfield Capital founder Martin Oyewumi is stepping down.\n\nHe told staff on Monday he would stay as '
  'an adviser.\n\n"I leave the firm in good hands," he said.', [("I leave the firm", "Martin Oyewumi")])
P("c08-03", "Two officials",
  'Finance minister Clara Vossler met union leader Tom Egan on Friday.\n\nVoss said the talks had been useful. '
  '"We found common ground on pensions," she said.\n\nEgan was less upbeat. "Nothing has been signed," he '
  'said.', [("We found common", "Clara Vossler"), ("Nothing has been", "Tom Egan")], curly=True)

# C09 split quotes
P("c09-01", "Arbury Insurance",
  '"Claims are rising," said Arbury Insurance chief executive Dana Kellam, "and prices have to follow."',
  [("Claims are rising", "Dana Kellam")], curly=True)
P("c09-02", "Hollarth Paper",
  '"The mill has a future," Hollarth Paper chairman Ivo Brandel said. "But not at any cost."',
  [("The mill has a future", "Ivo Brandel"), ("But not at any cost", "Ivo Brandel")])
P("c09-03", "Sennet Games",
  '"We shipped too early," Sennet Games founder Lia Morvan said on a podcast, "and the players told us so."',
  [("We shipped too early", "Lia Morvan")], curly=True)
P("c09-04", "Tellan Chemicals",
  'Tellan Chemicals chief executive Bruno Keller was asked about the plant. "It will reopen," he said, "but '
  'not before the summer."', [("It will reopen", "Bruno Keller")])

# C10 multi-paragraph quote
P("c10-01", "Letter from the chair",
  'Orrell Holdings chair Samira Haddari wrote to shareholders on Monday.\n\n"This has been the hardest year '
  'in our history.\n\n"We have cut costs and sold two businesses. The board believes the worst is behind '
  'us," she wrote.', [("This has been the hardest", "Samira Haddari")], curly=True)
P("c10-02", "Speech",
  'Central bank governor Elin Strandlie spoke in Oslo.\n\n"Inflation is falling, but it is not beaten," Strandlie '
  'said.\n\n"We will not cut rates until we are sure. Cutting too early would be a mistake we have made '
  'before."', [("Inflation is falling", "Elin Strandlie"), ("We will not cut", "Elin Strandlie")])

# C11 partial quotes inside paraphrase
P("c11-01", "Fairlowe Bank",
  'Fairlowe Bank chief executive Owen Prynne said the results were "a clear step forward" and that the bank '
  'would resume buybacks.', [("a clear step forward", "Owen Prynne")], curly=True)
P("c11-02", "Ministry on deal",
  'The trade minister, Ana Ruiz, called the agreement "a historic day for our exporters".',
  [("a historic day", "Ana Ruiz")])
P("c11-03", "Analyst doubts",
  'Kirsten Dahlen, an analyst at Morrow Brothers, described the guidance as "heroic" and said investors '
  'would want "far more detail" on costs.', [("heroic", "Kirsten Dahlen"), ("far more detail", "Kirsten Dahlen")],
  curly=True)
P("c11-04", "Regulator",
  'The regulator said the company had shown "a pattern of poor conduct" over several years.',
  [("a pattern of poor", "regulator")])

# C12 colon-introduced quotes without a speech verb
P("c12-01", "Delvaux verdict",
  'Analysts were unimpressed. Farrow Securities analyst Jonah Pike\'s verdict: "Too little, too late."',
  [("Too little, too late", "Jonah Pike")], curly=True)
P("c12-02", "Mayor blunt",
  'Mayor Lucia Brandel was blunt: "The bridge is not safe."', [("The bridge is not safe", "Lucia Brandel")])
P("c12-03", "Email",
  'Wexbridge Foods declined to comment on the report. In an email, a Wexbridge Foods spokeswoman wrote: "We do not '
  'comment on market speculation."', [("We do not comment", "Wexbridge Foods")], curly=True)

# C13 quotes in headlines
P("c13-01", '"We will fight on," says Harlund Foods boss',
  'Harlund Foods chief executive Mara Quint said she would fight the takeover bid.',
  [("We will fight on", "Mara Quint")])
P("c13-02", "Harlund Foods boss: \u201cWe will not sell\u201d",
  'Harlund Foods chief executive Mara Quint rejected the bid on Monday.', [("We will not sell", "Mara Quint")])

# C14 single quotes (British style)
P("c14-01", "Corbridge Homes",
  "Corbridge Homes cut its building target.\n\n" + S1 + "The market has turned," + S2 + " said chief "
  "executive Alan Firth.", [("The market has turned", "Alan Firth")])
P("c14-02", "Council",
  "The council leader, Meera Shah, said: " + S1 + "We cannot keep every library open." + S2,
  [("We cannot keep", "Meera Shah")])
P("c14-03", "Rail minister",
  "Rail minister Hugh Trent described the delays as " + S1 + "unacceptable" + S2 + " and ordered a review.",
  [("unacceptable", "Hugh Trent")])
P("c14-04", "Typewriter marks",
  "Corbridge Homes cut its building target.\n\n``The market has turned,'' said chief executive Alan Firth. "
  "``We will build less.''", [("The market has turned", "Alan Firth"), ("We will build less", "Alan Firth")])
P("c14-05", "Typewriter marks, partial",
  "Rail minister Hugh Trent described the delays as ``unacceptable'' and ordered a review.",
  [("unacceptable", "Hugh Trent")])

# C15 em-dash and ellipsis
P("c15-01", "Brantwood Energy",
  '"We will hit the target \u2014 maybe not this year, but we will hit it," Brantwood Energy chief Leo Marr '
  'said.', [("We will hit the target", "Leo Marr")], curly=True)
P("c15-02", "Sellick Bank",
  'Sellick Bank chief executive Irene Falkner paused. "We are looking at... all options," she said.',
  [("We are looking at", "Irene Falkner")])
P("c15-03", "Quill Media",
  '"We had a plan \u2014" Quill Media chief executive Noor Aziz began, before the line dropped.',
  [("We had a plan", "Noor Aziz")], curly=True)

# C16 X said in a statement / in an interview with / on a call with analysts / in a note to clients
P("c16-01", "Grafton Steel",
  '"The order book is the strongest in a decade," Grafton Steel chief executive Rhys Mably said in a '
  'statement.', [("The order book", "Rhys Mably")], curly=True)
P("c16-02", "Aldous Chemicals",
  '"Demand from China has not come back," finance chief Petra Lind said on a call with analysts.',
  [("Demand from China", "Petra Lind")])
P("c16-03", "Fenmoor Partners",
  '"We see limited upside from here," Fenmoor Partners analysts wrote in a note to clients on Monday.',
  [("We see limited upside", "Fenmoor Partners")], curly=True)
P("c16-04", "Torvald Motors",
  '"We are not for sale," Torvald Motors founder Erik Sand said in an interview with the Example Times.',
  [("We are not for sale", "Erik Sand")])
P("c16-05", "Linden Retail",
  'In an interview with Example Wire, Linden Retail chief executive Tara Quinn said: "Shoppers are '
  'trading down."', [("Shoppers are trading", "Tara Quinn")], curly=True)
P("c16-06", "Halberd Bank",
  'Speaking on a call with analysts, Halberd Bank chief executive Mikael Berg said: "Credit quality '
  'remains good."', [("Credit quality remains", "Mikael Berg")])

# C17 organisations and spokespeople
P("c17-01", "Vernon Air",
  'Vernon Air cancelled 200 flights.\n\n"We apologise to our passengers," a Vernon Air spokeswoman said.',
  [("We apologise", "Vernon Air")], curly=True)
P("c17-02", "Clayborne Foods",
  'Clayborne Foods recalled its salads.\n\n"The recall is a precaution," the company said in a statement.',
  [("The recall is a precaution", "Clayborne Foods")])
P("c17-03", "Ministry",
  'The transport ministry defended the plan.\n\n"The route was chosen after careful study," a ministry '
  'spokesman said.', [("The route was chosen", "ministry")], curly=True)
P("c17-04", "Caldera Mining",
  'Caldera Mining said in a statement: "Production will resume within two weeks."',
  [("Production will resume", "Caldera Mining")])
P("c17-05", "Hexa Pay",
  '"We take these reports seriously," Hexa Pay said.', [("We take these reports", "Hexa Pay")], curly=True)

# C18 quote followed by paraphrase
P("c18-01", "Rowan Textiles",
  '"Orders have picked up since March," said Rowan Textiles chief executive Ida Berg. She added that the '
  'company would hire 50 people.', [("Orders have picked up", "Ida Berg")], curly=True)
P("c18-02", "Norland Power",
  '"We have made mistakes," Norland Power chairman Paul Vance said. Vance said the board would review pay.',
  [("We have made mistakes", "Paul Vance")])

# C19 two speakers in one paragraph
P("c19-01", "Merger talks",
  'Analysts split on the deal. "It makes strategic sense," said Hugo Brennerly of Kellam & Co. But Ruth Amos at '
  'Dorrit Securities disagreed: "The price is far too high."',
  [("It makes strategic sense", "Hugo Brennerly"), ("The price is far", "Ruth Amos")], curly=True)
P("c19-02", "Debate",
  '"Taxes must rise," said Senator Ellen Price, while her rival, Mark Otieno, said: "Spending must fall."',
  [("Taxes must rise", "Ellen Price"), ("Spending must fall", "Mark Otieno")])
P("c19-03", "Pay dispute",
  'Nurse Amy Collins said: "We are exhausted." Hospital director Peter Lowe replied: "We hear them."',
  [("We are exhausted", "Amy Collins"), ("We hear them", "Peter Lowe")], curly=True)

# C20 question to a speaker and the answer
P("c20-01", "Harlund asked",
  'Asked whether Harlund Foods would sell the bakery unit, chief executive Mara Quint said: "Not at this '
  'price."', [("Not at this price", "Mara Quint")], curly=True)
P("c20-02", "Analyst asks",
  'On the call, one analyst asked whether margins had bottomed. "I think so, yes," replied finance chief '
  'Omar Haddari.', [("I think so, yes", "Omar Haddari")])
P("c20-03", "Reporter asks",
  'When asked if he would resign, Interior Minister Stefan Roos said: "Absolutely not."',
  [("Absolutely not", "Stefan Roos")], curly=True)

# C21 Q&A interview format
P("c21-01", "Five questions for Oren Valdez",
  'Oren Valdez runs Arcwell Robotics. We spoke to him on Tuesday.\n\nQ: Why did you move the factory?\n\n'
  'A: Labour costs. We could not find engineers at home.\n\nQ: Will you go public?\n\nA: Not this year.',
  [("Labour costs", "Oren Valdez"), ("Not this year", "Oren Valdez")])

# C22 titles and honorifics
P("c22-01", "Hospital",
  '"The ward will stay open," said Dr. Helen Mbeki, the hospital\'s medical director.',
  [("The ward will stay", "Helen Mbeki")], curly=True)
P("c22-02", "Senator",
  '"This bill is dead," Sen. Walter Crane said on Tuesday.', [("This bill is dead", "Walter Crane")])
P("c22-03", "Professor",
  '"Growth will be slow," said Prof. Ines Alvarez of the Lindmoor School of Economics.',
  [("Growth will be slow", "Ines Alvarez")], curly=True)
P("c22-04", "Ms title",
  'Ms. Okabe, 41, has run the bakery since 2015. "Flour has doubled," Ms. Okabe said.',
  [("Flour has doubled", "Okabe")])

# C23 broadcast / podcast transcript
P("c23-01", "Market Hour transcript",
  'Market Hour, Example Radio, transcript\n\nANNA BELL, HOST: Welcome back. With me is Sam Ortiz of Brindle '
  'Capital.\n\nSAM ORTIZ, BRINDLE CAPITAL: Thanks, Anna. The rally has further to go.\n\nBELL: Why?\n\n'
  'ORTIZ: Earnings are beating estimates across the board.',
  [("Thanks, Anna", "Sam Ortiz"), ("Earnings are beating", "Sam Ortiz")])

# C24 analysts' notes
P("c24-01", "Broker notes",
  'Brokers cut their targets for Dunhaven Group.\n\n"The second half looks weak," analysts at Quarry '
  'Securities wrote.\n\nHolt Bank analyst Sofia Ricci said in a research note: "We move to sell."',
  [("The second half looks", "Quarry Securities"), ("We move to sell", "Sofia Ricci")], curly=True)
P("c24-02", "Broker notes 2",
  'Analysts at Quarry Securities were cautious. "We remain on the sidelines," they wrote.',
  [("We remain on the sidelines", "Quarry Securities")])

# C25 live blog
P("c25-01", "Budget day live",
  '09:15 GMT\n\nFinance minister Clara Vossler arrives at parliament.\n\n09:42 GMT\n\nVoss tells MPs: "This is a '
  'budget for growth."\n\n10:05 GMT\n\nOpposition leader Dan Kemp responds: "It is a budget for nobody."',
  [("This is a budget for growth", "Clara Vossler"), ("It is a budget for nobody", "Dan Kemp")], curly=True)

# C26 not quotations (scare quotes, titles, nicknames, terms)
P("c26-01", "Poison pill",
  'Harlund Foods adopted a so-called "poison pill" to fend off the bid. The plan was approved by the board.',
  [])
P("c26-02", "Book",
  'Former banker Rita Olesk has written a memoir, "Counting Other People\'s Money," which comes out in May.',
  [], curly=True)
P("c26-03", "Ratings",
  'Holt Bank upgraded Dunhaven Group to "buy" from "hold" on Monday.', [])

# C27 attribution through another outlet
P("c27-01", "Reported",
  '"We were never told," Beckwin Mills foreman Jo Harkin said, according to the Example Gazette.',
  [("We were never told", "Jo Harkin")], curly=True)
P("c27-02", "Told outlet earlier",
  'Beckwin Mills owner Lars Kiel told the Example Gazette last week that the mill was "safe for now".',
  [("safe for now", "Lars Kiel")])

# C28 quote continuing in the next paragraph without attribution
P("c28-01", "Continuation",
  '"We are proud of the team," said Ostrany Bank chief executive Jan Petrov.\n\n"They delivered in a very '
  'hard year."', [("We are proud of the team", "Jan Petrov"), ("They delivered", "Jan Petrov")], curly=True)

# C29 press release boilerplate
P("c29-01", "Arclight Solar announces acquisition",
  'LONDON, March 4, 2024 -- Arclight Solar plc today announced the acquisition of Brightmoor Energy.\n\n'
  '"This acquisition doubles our installed base," said Farida Idris, Chief Executive Officer of Arclight '
  'Solar. "We welcome the Brightmoor team."\n\n"Joining Arclight gives us scale," said Ken Osei, founder of '
  'Brightmoor Energy.',
  [("This acquisition doubles", "Farida Idris"), ("We welcome the Brightmoor", "Farida Idris"),
   ("Joining Arclight", "Ken Osei")])

# C30 opinion / first person writer quoting others
P("c30-01", "Opinion: the bank is wrong",
  'I asked Nell Carter, a saver from Leeds, what she thought. "They have forgotten people like me," she told '
  'me.', [("They have forgotten", "Nell Carter")], curly=True)

# ---- more variants -------------------------------------------------------------------------------------------
# C17 the company / the bank / the group said (definite description of a named organisation)
P("c17-06", "Merrow Bank",
  'Merrow Bank set aside more for bad loans.\n\n"Credit conditions have tightened," the bank said on Tuesday.',
  [("Credit conditions", "Merrow Bank")], curly=True)
P("c17-07", "Dalby Group",
  'Dalby Group sold its printing arm to Orme Capital.\n\n"The sale lets us focus on packaging," the group '
  'said in a statement.', [("The sale lets us", "Dalby Group")])
P("c17-08", "Sorrel Airways",
  'Sorrel Airways grounded three jets. The airline said: "Safety is our first concern."',
  [("Safety is our first", "Sorrel Airways")], curly=True)
P("c17-09", "Tannery",
  'Hadley Leather will close its tannery. "This was a hard decision," the company said, adding that 80 jobs '
  'would go.', [("This was a hard decision", "Hadley Leather")])
P("c17-10", "Brisk Telecom",
  'Brisk Telecom denied the report. "We have received no offer," a company spokesman said.',
  [("We have received no offer", "Brisk Telecom")], curly=True)

# C24 plural pronoun for analysts / an organisation
P("c24-03", "Broker notes 3",
  'Analysts at Holt Bank cut their rating on Dunhaven Group. "Margins have peaked," they said.',
  [("Margins have peaked", "Holt Bank")], curly=True)
P("c24-04", "Broker notes 4",
  'Citrine Research turned bearish on the sector in a note on Friday.\n\n"We see two more quarters of '
  'downgrades," it wrote.', [("We see two more", "Citrine Research")])
P("c24-05", "Broker notes 5",
  '"Valuations look stretched," Morrow Brothers analyst Kirsten Dahlen wrote in a note to clients.',
  [("Valuations look stretched", "Kirsten Dahlen")], curly=True)

# C19 colon after a verb of disagreement / reply
P("c19-04", "Planning row",
  '"The tower will bring jobs," said developer Simon Reyes. Local councillor Ann Pruitt countered: "It will '
  'bring traffic."', [("The tower will bring", "Simon Reyes"), ("It will bring traffic", "Ann Pruitt")])
P("c19-05", "Wage talks",
  '"We offered four percent," said Tollgate Rail chief executive Ben Oakes. Union leader Maeve Doyle '
  'responded: "Four percent is a pay cut."',
  [("We offered four percent", "Ben Oakes"), ("Four percent is a pay cut", "Maeve Doyle")], curly=True)
P("c19-06", "Trial",
  'Prosecutor Ines Vargo told the court the firm had lied. Defence lawyer Colin Shaw disagreed: "My client '
  'followed every rule."', [("My client followed", "Colin Shaw")])
P("c19-07", "Investors",
  '"The plan is sound," said Orrell Holdings chair Samira Haddari. Activist investor Joel Becker was not '
  'convinced: "We have heard this before."',
  [("The plan is sound", "Samira Haddari"), ("We have heard this", "Joel Becker")], curly=True)
P("c19-08", "Two quotes one sentence",
  'Harbor Ports chief Nils Aho said "volumes are recovering", while rival Dockline boss Vera Kunz said "the '
  'recovery is fragile".', [("volumes are recovering", "Nils Aho"), ("the recovery is fragile", "Vera Kunz")])
P("c19-09", "Two quotes one sentence 2",
  '"We will appeal," said Linford Bank chief executive Tom Reese, but regulator spokesman Ed Lyle said: "The '
  'fine stands."', [("We will appeal", "Tom Reese"), ("The fine stands", "Ed Lyle")], curly=True)

# C25 present-tense reporting verbs (live blogs, features)
P("c25-02", "Summit live",
  '11:02 CET\n\nCommission president Marta Olesk tells reporters: "We will have a deal by midnight."',
  [("We will have a deal", "Marta Olesk")])
P("c25-03", "Feature",
  'Liam Doherty has fished these waters for thirty years. "The cod have gone north," he adds.',
  [("The cod have gone", "Liam Doherty")], curly=True)
P("c25-04", "Feature 2",
  'Jana Horak manages a hotel in the old town. She notes: "Bookings from abroad are down a third."',
  [("Bookings from abroad", "Jana Horak")])
P("c25-05", "Feature 3",
  'Economist Raj Patel writes in his newsletter: "The labour market is cooling fast."',
  [("The labour market", "Raj Patel")], curly=True)

# C12 possessive label / colon without verb
P("c12-04", "Verdict",
  'Holt Bank analyst Sofia Ricci\'s take: "This is a buying opportunity."',
  [("This is a buying opportunity", "Sofia Ricci")])
P("c12-05", "Response",
  'The union\'s response was swift. Union leader Maeve Doyle: "We will ballot our members."',
  [("We will ballot", "Maeve Doyle")], curly=True)
P("c12-06", "Warning",
  'Chief executive Hanne Vos had a warning for investors: "Next year will be harder."',
  [("Next year will be harder", "Hanne Vos")])

# C11 more partial quotes
P("c11-05", "Partial 2",
  'Chief executive Dana Kellam said premiums would rise and that the industry was in "a very difficult place".',
  [("a very difficult place", "Dana Kellam")], curly=True)
P("c11-06", "Partial 3",
  'Marren Telecom chairman Idris Kaya dismissed the bid as "opportunistic" and urged shareholders to reject '
  'it, calling it "a raid on their savings".',
  [("opportunistic", "Idris Kaya"), ("a raid on their savings", "Idris Kaya")])
P("c11-07", "Partial 4",
  'Finance chief Luis Abreu said volumes were "weak" in Europe but "holding up" in Asia.',
  [("weak", "Luis Abreu"), ("holding up", "Luis Abreu")], curly=True)

# C13 headline quotes
P("c13-03", '"Not for sale": Torvald Motors founder rejects approach',
  'Torvald Motors founder Erik Sand rejected an approach from a rival on Monday.',
  [("Not for sale", "Erik Sand")], curly=True)
P("c13-04", "Vernon Air chief says strike 'will cost millions'",
  'Vernon Air chief executive Ruth Caldry said the strike would cost the airline millions.',
  [("will cost millions", "Ruth Caldry")])

# C26 more non-quotations
P("c26-04", "Nickname",
  'Investors call the chief executive, Pim "The Closer" Vos, the best dealmaker in the sector.', [], curly=True)
P("c26-05", "Project name",
  'The company named the cost programme "Project Falcon" and said it would save $50 million.', [])
P("c26-06", "Show",
  'She later hosted the TV show "Money Matters" for five years.', [], curly=True)

# C09 more split quotes
P("c09-05", "Split 5",
  '"If rates stay high," Fenmoor Partners strategist Ola Nilsen said, "property will be the first to crack."',
  [("If rates stay high", "Ola Nilsen")])
P("c09-06", "Split 6",
  '"We will not," she said, "pay a penny more." That was Orrell Holdings chair Samira Haddari on Monday.',
  [("We will not", "Samira Haddari")], curly=True)
P("c09-07", "Split 7",
  'Brenlow Mining chief Tomas Ferrault spoke after the vote. "Shareholders have spoken," Ferrault said. "We '
  'will respect that."', [("Shareholders have spoken", "Tomas Ferrault"), ("We will respect", "Tomas Ferrault")])

# C08 more pronoun resolution
P("c08-04", "Pronoun gender",
  'Holt Bank chief executive Karl Weiss met finance minister Clara Vossler on Monday.\n\n"We discussed capital '
  'rules," he said afterwards.', [("We discussed capital", "Karl Weiss")], curly=True)
P("c08-05", "Pronoun gender 2",
  'Holt Bank chief executive Karl Weiss met finance minister Clara Vossler on Monday.\n\n"The banks must lend '
  'more," she said afterwards.', [("The banks must lend", "Clara Vossler")])
P("c08-06", "Surname later",
  'Dorne Energy chief executive Hanne Vos gave evidence to the committee.\n\nThe committee pressed her on '
  'pay.\n\n"My pay is set by the board," Vos said.', [("My pay is set", "Hanne Vos")], curly=True)

# C16 more "in a statement / interview / call" variants
P("c16-07", "Statement 2",
  'In a statement, Caldera Mining chief executive Rui Matos said the mine was "fully insured".',
  [("fully insured", "Rui Matos")])
P("c16-08", "Podcast",
  '"Nobody saw this coming," Arcwell Robotics founder Oren Valdez said on the Example Tech podcast.',
  [("Nobody saw this", "Oren Valdez")], curly=True)
P("c16-09", "Post",
  '"Back to work tomorrow," Sennet Games founder Lia Morvan wrote in a post on social media.',
  [("Back to work tomorrow", "Lia Morvan")])
P("c16-10", "Press conference",
  'Speaking at a press conference in Madrid, Linden Retail chief executive Tara Quinn said: "We are '
  'staying in Spain."', [("We are staying in Spain", "Tara Quinn")], curly=True)

# C22 more titles / roles
P("c22-05", "Role long",
  '"We have the cash," said Helga Brun, the group\'s chief financial officer since 2021.',
  [("We have the cash", "Helga Brun")])
P("c22-06", "Role before",
  'Deputy Governor Arne Solheim said: "Inflation expectations are anchored."',
  [("Inflation expectations", "Arne Solheim")], curly=True)
P("c22-07", "Age",
  '"I voted to strike," said Dave Mills, 54, a driver for 20 years.', [("I voted to strike", "Dave Mills")])

# C23 more transcripts
P("c23-02", "Earnings call transcript",
  'Halberd Bank Q3 2024 earnings call\n\nOperator: Our next question comes from Lina Park of Tessel '
  'Securities.\n\nLina Park: Can you talk about deposit costs?\n\nMikael Berg: Sure. Deposit costs rose but '
  'should peak this quarter.',
  [("Can you talk about", "Lina Park"), ("Sure. Deposit costs", "Mikael Berg")])

# ---- batch 3: business wire constructions --------------------------------------------------------------------
# C31 company-name abbreviation ending a sentence before the next one
P("c31-01", "x",
  '"The deal closes in June," said Ida Hahn, chief executive of Brackwater Inc. "After that we integrate."',
  [("The deal closes", "Ida Hahn"), ("After that we integrate", "Ida Hahn")], curly=True)
P("c31-02", "x",
  'Shares of Morlan Corp. fell 8%. "The quarter was messy," finance chief Aldo Viti said.',
  [("The quarter was messy", "Aldo Viti")])
P("c31-03", "x",
  '"We are cautious," said Tove Berg of Linnet & Co. But Paul Grey at Orrell Capital disagreed: "Buy the dip."',
  [("We are cautious", "Tove Berg"), ("Buy the dip", "Paul Grey")], curly=True)
P("c31-04", "x",
  'The contract went to Harnbeck Ltd. It said: "We are delighted to have won."',
  [("We are delighted", "Harnbeck Ltd")])
P("c31-05", "x",
  'Nadia Ferro is the chief executive of Oakhurst Software Inc. She said: "Hiring is frozen."',
  [("Hiring is frozen", "Nadia Ferro")], curly=True)
P("c31-06", "x",
  'Pablo Ruiz runs the trading desk at Corran Securities Co. He said in a note: "Volumes are thin."',
  [("Volumes are thin", "Pablo Ruiz")])

# C32 spokesperson named in apposition / for an organisation
P("c32-01", "x",
  '"We will cooperate fully," a spokesperson for Tessel Bank, Mia Grant, said.', [("We will cooperate", "Mia Grant")],
  curly=True)
P("c32-02", "x",
  '"No decision has been made," said Tessel Bank spokesman Ole Dahlen.', [("No decision has been", "Ole Dahlen")])
P("c32-03", "x",
  'A spokeswoman for Quayle Motors said the company was "reviewing the findings".',
  [("reviewing the findings", "Quayle Motors")], curly=True)

# C33 said + time word without "on"
P("c33-01", "x",
  '"Prices will stay high through winter," Dorne Energy chief executive Hanne Vos said Tuesday.',
  [("Prices will stay high", "Hanne Vos")])
P("c33-02", "x",
  'Hanne Vos, chief executive of Dorne Energy, said Tuesday that prices would stay "high through winter".',
  [("high through winter", "Hanne Vos")], curly=True)

# C34 letter / memo / email openings
P("c34-01", "x",
  'In a letter to shareholders, Orrell Holdings chair Samira Haddari wrote: "The board has listened."',
  [("The board has listened", "Samira Haddari")])
P("c34-02", "x",
  '"Our priority is our people," chief executive Nadia Ferro wrote in an email to employees seen by Example '
  'Wire.', [("Our priority is our people", "Nadia Ferro")], curly=True)

# C35 anonymous sources
P("c35-01", "x",
  '"The talks are at an early stage," said one person familiar with the matter, who asked not to be named.',
  [("The talks are at an early", "person familiar with the matter")])
P("c35-02", "x",
  '"Nobody wants to sell at these prices," said a senior banker at a European lender.',
  [("Nobody wants to sell", "senior banker")], curly=True)

# C36 quote, then "he said of X" / "she said of"
P("c36-01", "x",
  '"It is a bold move," Holt Bank analyst Sofia Ricci said of the bid.', [("It is a bold move", "Sofia Ricci")])
P("c36-02", "x",
  'Marren Telecom chairman Idris Kaya was asked about his rival. "He is a good operator," Kaya said of him.',
  [("He is a good operator", "Idris Kaya")], curly=True)

# C37 the speaker after a long quote with several sentences
P("c37-01", "x",
  '"We have cut debt. We have sold the printing business. We have a plan, and we are sticking to it," said '
  'Dalby Group chief executive Anton Kerran.', [("We have cut debt", "Anton Kerran")], curly=True)
P("c37-02", "x",
  'Anton Kerran, Dalby Group\'s chief executive, said: "We have cut debt. We have sold the printing business. '
  'We are sticking to the plan."', [("We have cut debt", "Anton Kerran")])

# C38 speaker introduced, quote in the next paragraph (no verb at all)
P("c38-01", "x",
  'Holt Bank chief economist Greta Lundell is more cautious.\n\n"The consumer is tired. Savings are gone."',
  [("The consumer is tired", "Greta Lundell")], curly=True)
P("c38-02", "x",
  'Not everyone agrees. Economist Raj Patel of Lindmoor Advisers thinks the slowdown is overdone.\n\n"Jobs '
  'data is still strong," he said.', [("Jobs data is still", "Raj Patel")])

# C39 reported question and answer in quotes
P("c39-01", "x",
  '"Will you resign?" a reporter asked. "No," Interior Minister Stefan Roos replied.',
  [("Will you resign", "reporter"), ("No", "Stefan Roos")], curly=True)
P("c39-02", "x",
  'Asked by Example Radio whether the bank needed more capital, Tessel Bank chief executive Ulla Moe said: '
  '"We have plenty."', [("We have plenty", "Ulla Moe")])

# C40 role-only speaker with name in prior sentence
P("c40-01", "x",
  'Vernon Air appointed Ruth Caldry as chief executive in May. "The airline needs a reset," the new chief '
  'executive said on Thursday.', [("The airline needs a reset", "Ruth Caldry")], curly=True)
P("c40-02", "x",
  'Tomas Ferrault has run Brenlow Mining since 2019. "Copper is the metal of the decade," the 58-year-old '
  'said.', [("Copper is the metal", "Tomas Ferrault")])

# C41 quotes with "adding" / "saying" participles
P("c41-01", "x",
  'Rowan Textiles chief executive Ida Berg said orders were rising, adding: "We will hire 50 people."',
  [("We will hire 50", "Ida Berg")], curly=True)
P("c41-02", "x",
  'Union leader Maeve Doyle attacked the offer, saying it was "an insult to every driver".',
  [("an insult to every driver", "Maeve Doyle")])
P("c41-03", "x",
  'The Harbour Authority rejected the claim, saying in a statement: "The port is safe."',
  [("The port is safe", "Harbour Authority")], curly=True)

# C42 organisation as speaker with statement / release
P("c42-01", "x",
  'Tessel Bank said in a release that it expected "modest growth" in lending next year.',
  [("modest growth", "Tessel Bank")])
P("c42-02", "x",
  '"We are aware of the outage and are working to fix it," Brisk Telecom said on X, formerly Twitter.',
  [("We are aware of the outage", "Brisk Telecom")], curly=True)

# ---- batch 4 --------------------------------------------------------------------------------------------------
# C40 a role description taking up a person named before
P("c40-03", "x",
  'Orrell Holdings named Samira Haddari chief executive on Monday.\n\n"We will simplify the group," the chief '
  'executive said in a statement.', [("We will simplify", "Samira Haddari")])
P("c40-04", "x",
  'Tessel Bank chief executive Ulla Moe defended the bonus pool. "Good people cost money," the executive '
  'told reporters.', [("Good people cost money", "Ulla Moe")], curly=True)
P("c40-05", "x",
  'Brenlow Mining founder Tomas Ferrault spoke at the mine. "We will be here for fifty years," the founder said.',
  [("We will be here", "Tomas Ferrault")])
P("c40-06", "x",
  'Governor Alma Reyes signed the budget on Friday. "It is balanced," the governor said.',
  [("It is balanced", "Alma Reyes")], curly=True)

# C43 quoted as saying / quoted X as saying
P("c43-01", "x",
  'Interior Minister Stefan Roos was quoted as saying the border would stay "closed until further notice".',
  [("closed until further notice", "Stefan Roos")])
P("c43-02", "x",
  'The state news agency quoted Energy Minister Pavel Kral as saying: "Supplies are secure."',
  [("Supplies are secure", "Pavel Kral")], curly=True)
P("c43-03", "x",
  'Example Daily quoted Holt Bank chief executive Karl Weiss as saying that rates would "stay higher for '
  'longer".', [("stay higher for longer", "Karl Weiss")])
P("c43-04", "x",
  'Pavel Kral was quoted by the state news agency as saying: "There is no shortage."',
  [("There is no shortage", "Pavel Kral")], curly=True)

# C44 social media posts
P("c44-01", "x",
  'Sennet Games founder Lia Morvan posted on social media: "We hear you. A patch is coming."',
  [("We hear you", "Lia Morvan")])
P("c44-02", "x",
  '"Proud of this team," Arcwell Robotics founder Oren Valdez wrote on LinkedIn.',
  [("Proud of this team", "Oren Valdez")], curly=True)
P("c44-03", "x",
  'Mayor Lucia Brandel tweeted: "The bridge will reopen on Monday."', [("The bridge will reopen", "Lucia Brandel")])

# C45 British punctuation, says after, comma outside
P("c45-01", "x",
  "Corbridge Homes chief executive Alan Firth is blunt. " + S1 + "The market has turned" + S2 + ", he says.",
  [("The market has turned", "Alan Firth")])
P("c45-02", "x",
  'Ann Pruitt, a councillor, is not convinced. "It will bring traffic", she says.',
  [("It will bring traffic", "Ann Pruitt")], curly=True)

# C46 speaking to / before adding
P("c46-01", "x",
  'Speaking to reporters in Geneva, Trade Minister Ana Ruiz said: "We are close to a deal."',
  [("We are close to a deal", "Ana Ruiz")])
P("c46-02", "x",
  '"We are close," Trade Minister Ana Ruiz said, before adding: "But not there yet."',
  [("We are close", "Ana Ruiz"), ("But not there yet", "Ana Ruiz")], curly=True)
P("c46-03", "x",
  'Ana Ruiz, speaking after the talks, said the mood was "constructive".', [("constructive", "Ana Ruiz")])

# C47 age and hometown apposition
P("c47-01", "x",
  '"I have never seen queues like this," said Tom Hale, 72, a retired teacher from Dorchester.',
  [("I have never seen", "Tom Hale")], curly=True)
P("c47-02", "x",
  '"The price of bread is what hurts," Hale, 72, said.', [("The price of bread", "Hale")])

# C48 multi-sentence quote with pronoun and intervening person of the other gender
P("c48-01", "x",
  'Dorne Energy chief executive Hanne Vos said the board backed her. Chairman Piet Aalstrup had approved the '
  'plan in March.\n\n"I have the support I need," Vos said.', [("I have the support", "Hanne Vos")], curly=True)
P("c48-02", "x",
  'Dorne Energy chief executive Hanne Vos said the board backed her, after chairman Piet Aalstrup approved the '
  'plan.\n\n"I have the support I need," she said.', [("I have the support", "Hanne Vos")])

# C49 "in which" and video
P("c49-01", "x",
  'In a video posted on Monday, Linden Retail chief executive Tara Quinn said the chain was "here to stay".',
  [("here to stay", "Tara Quinn")], curly=True)
P("c49-02", "x",
  '"We have turned the corner," Quinn said in the video, which was filmed at the company\'s warehouse.',
  [("We have turned the corner", "Quinn")])

# C50 quote in parentheses / ellipsis in brackets
P("c50-01", "x",
  'Tessel Bank chief executive Ulla Moe said costs would fall ("we have a plan for that") and margins would '
  'widen.', [("we have a plan for that", "Ulla Moe")], curly=True)
P("c50-02", "x",
  '"We will grow [...] but not at any price," said Tessel Bank chief executive Ulla Moe.',
  [("We will grow", "Ulla Moe")])

# ---- batch 5 --------------------------------------------------------------------------------------------------
# C51 inverted "Said X:" at the start of a sentence (features, sports)
P("c51-01", "x",
  'The mood on the trading floor was grim. Said one trader at Holt Bank: "Nobody is buying anything."',
  [("Nobody is buying", "trader")], curly=True)
P("c51-02", "x",
  'Brenlow Mining\'s founder was in no mood to compromise. Said Tomas Ferrault: "We will see them in court."',
  [("We will see them in court", "Tomas Ferrault")])

# C52 "as X put it" / "in X's words"
P("c52-01", "x",
  'The plan is ambitious. As Orrell Holdings chair Samira Haddari put it: "We are betting the company."',
  [("We are betting the company", "Samira Haddari")], curly=True)
P("c52-02", "x",
  'In the words of Holt Bank analyst Sofia Ricci, the results were "a mess from start to finish".',
  [("a mess from start to finish", "Sofia Ricci")])
P("c52-03", "x",
  'Investors, in Sofia Ricci\'s words, "have run out of patience".', [("have run out of patience", "Sofia Ricci")],
  curly=True)

# C53 pull quote / credit line with a dash
P("c53-01", "x",
  '"We build for the next fifty years, not the next quarter."\n\n\u2014 Tomas Ferrault, founder, Brenlow Mining',
  [("We build for the next", "Tomas Ferrault")], curly=True)

# C54 description then name in apposition after the quote
P("c54-01", "x",
  '"The bridge is not safe," said the mayor, Lucia Brandel.', [("The bridge is not safe", "Lucia Brandel")])
P("c54-02", "x",
  '"We were not consulted," said the union\'s regional secretary, Bea Kowalski, on Tuesday.',
  [("We were not consulted", "Bea Kowalski")], curly=True)

# C55 spokesperson for a person / office of a person
P("c55-01", "x",
  'Finance minister Clara Vossler did not attend. "The minister is travelling," a spokesman for Vossler said.',
  [("The minister is travelling", "Clara Vossler")])
P("c55-02", "x",
  'Mayor Lucia Brandel\'s office said in a statement: "The mayor has full confidence in the police chief."',
  [("The mayor has full confidence", "Lucia Brandel")], curly=True)

# C56 the document as the speaker
P("c56-01", "x",
  'Tessel Bank published its annual report on Friday. "Credit risk remains elevated," the report said.',
  [("Credit risk remains", "Tessel Bank")])
P("c56-02", "x",
  'Harlund Foods issued a statement late on Monday. "The board will consider the offer," the statement said.',
  [("The board will consider", "Harlund Foods")], curly=True)

# C57 manner after the verb
P("c57-01", "x",
  '"I have heard that before," Holt Bank chief executive Karl Weiss said with a laugh.',
  [("I have heard that before", "Karl Weiss")])
P("c57-02", "x",
  '"Not today," Karl Weiss said, smiling, when asked about the bonus.', [("Not today", "Karl Weiss")], curly=True)

# C58 says ... she adds (present tense pair)
P("c58-01", "x",
  '"Tourists still come," says hotel manager Jana Horak. "But they spend less," she adds.',
  [("Tourists still come", "Jana Horak"), ("But they spend less", "Jana Horak")])

# C59 nested single quotes inside a quotation
P("c59-01", "x",
  '"My father told me, \'Never borrow to pay a dividend,\' and I never have," said Orrell Holdings chair '
  'Samira Haddari.', [("My father told me", "Samira Haddari")])

# C60 quotation after "that" in a reported clause, full sentence quoted
P("c60-01", "x",
  'Holt Bank chief executive Karl Weiss said that "the worst of the credit cycle is behind us".',
  [("the worst of the credit cycle", "Karl Weiss")], curly=True)
P("c60-02", "x",
  'Karl Weiss told analysts on Tuesday that the bank was "well placed" and that margins would "hold up '
  'nicely" in 2025.', [("well placed", "Karl Weiss")])

# C61 unattributed continuation paragraphs after a named speaker, another person mentioned in between
P("c61-01", "x",
  '"We are not selling," said Harlund Foods chief executive Mara Quint.\n\n"The offer from Kestwin Partners '
  'undervalues the business. Investors like Omar Saleh have told us as much."',
  [("We are not selling", "Mara Quint"), ("The offer from Kestwin", "Mara Quint")], curly=True)

# C62 "according to" a document authored by someone
P("c62-01", "x",
  'The bank expects "a shallow recession" next year, according to a note from Holt Bank economist Greta Lundell.',
  [("a shallow recession", "Greta Lundell")])

# C63 a quote with a speaker named only by an org-role compound before the quote, in a broadcast
P("c63-01", "x",
  'Example Radio spoke to Mikael Berg, chief executive of Halberd Bank.\n\nBERG: Credit quality is good. We '
  'are not worried.', [("Credit quality is good", "Mikael Berg")])

# ---- batch 6 --------------------------------------------------------------------------------------------------
P("c64-01", "x",
  '"Costs are under control," said Tessel Bank chief executive Ulla Moe, adding that the bank would "keep '
  'investing" in branches.', [("Costs are under control", "Ulla Moe"), ("keep investing", "Ulla Moe")], curly=True)
P("c64-02", "x",
  '"We are long-term holders," said Dev Rao, whose fund owns 5% of Harlund Foods.', [("We are long-term", "Dev Rao")])
P("c64-03", "x",
  'Dev Rao, 52, who has run Quellmore Capital since 2010, said: "We are not sellers."',
  [("We are not sellers", "Dev Rao")], curly=True)
P("c64-04", "x",
  '"The merger is off," Harlund Foods and Brenlow Mining said in a joint statement.',
  [("The merger is off", "Harlund Foods")])
P("c64-05", "x",
  'Mayor Lucia Brandel said: "The bridge is closed." Police chief Aldo Viti said: "Use the ferry."',
  [("The bridge is closed", "Lucia Brandel"), ("Use the ferry", "Aldo Viti")], curly=True)
P("c64-06", "x",
  '"Rates are too high," says Jane Okoro of Quellmore Capital in London.', [("Rates are too high", "Jane Okoro")])
P("c64-07", "x",
  '"We grew in every region," Ulla Moe said. "Asia was the standout," she added. "We will open in Vietnam '
  'next."', [("We grew in every region", "Ulla Moe"), ("Asia was the standout", "Ulla Moe"),
              ("We will open in Vietnam", "Ulla Moe")], curly=True)
P("c64-08", "x",
  'Some investors were less polite. One fund manager put it bluntly: "They should all resign."',
  [("They should all resign", "fund manager")])
P("c64-09", "x",
  '"Our customers come first" \u2014 Tessel Bank chief executive Ulla Moe said on Monday.',
  [("Our customers come first", "Ulla Moe")], curly=True)
P("c64-10", "x",
  '"We will not move the headquarters," Halberd Bank chief executive Mikael Berg said Monday in Paris.',
  [("We will not move", "Mikael Berg")])
P("c64-11", "x",
  '"The ceasefire must hold," Foreign Minister Yui Tanaka said, speaking through an interpreter.',
  [("The ceasefire must hold", "Yui Tanaka")], curly=True)
P("c64-12", "x",
  '"Revenue rose 8%," said chief executive Ulla Moe. "Costs were flat," added Per Lundell, the chief financial '
  'officer.', [("Revenue rose", "Ulla Moe"), ("Costs were flat", "Per Lundell")])
P("c64-13", "x",
  'Finance minister Clara Vossler spoke first. Then opposition leader Dan Kemp rose.\n\n"This budget fails the '
  'young," Kemp said.\n\n"It does not," Vossler replied.', [("This budget fails", "Dan Kemp"), ("It does not", "Clara Vossler")],
  curly=True)
P("c64-14", "x",
  'Asked about the strike, Tollgate Rail chief executive Ben Oakes said: "We remain open to talks." Union leader '
  'Maeve Doyle said she had "heard that before".',
  [("We remain open", "Ben Oakes"), ("heard that before", "Maeve Doyle")])
P("c64-15", "x",
  'The regulator, the Financial Conduct Board, said in a statement that the bank\'s controls were '
  '"inadequate".', [("inadequate", "Financial Conduct Board")], curly=True)

# ---- batch 7: names and datelines -------------------------------------------------------------------------
P("c65-01", "x",
  'LONDON (Example Wire) - Harlund Foods rejected a takeover offer on Monday.\n\n"The offer is too low," chief '
  'executive Mara Quint said.', [("The offer is too low", "Mara Quint")])
P("c65-02", "x",
  '"We will vote no," said Rep. Jane Alcott, D-Calif., on Tuesday.', [("We will vote no", "Jane Alcott")],
  curly=True)
P("c65-03", "x",
  '"The port is back to normal," said Pieter van der Berg, chief executive of Harbor Ports.',
  [("The port is back", "Pieter van der Berg")])
P("c65-04", "x",
  '"Exports will recover," said Nguyen Van An, an economist at Saigon Capital.',
  [("Exports will recover", "Nguyen Van An")], curly=True)
P("c65-05", "x",
  '"I am staying," said Robert T. Hale Jr., the founder\'s son. "This is my home."',
  [("I am staying", "Robert T. Hale Jr."), ("This is my home", "Robert T. Hale Jr.")])
P("c65-06", "x",
  'FRANKFURT, March 5 (Example Wire) - "Inflation is sticky," central bank board member Ilse Vogler said on '
  'Tuesday.', [("Inflation is sticky", "Ilse Vogler")], curly=True)
P("c65-07", "x",
  'Maria Jose Alvarez, who chairs the board of Alvarez Hermanos, said: "We are a family business and will stay '
  'one."', [("We are a family business", "Maria Jose Alvarez")])
P("c65-08", "x",
  '"We are open," said Sheikh Khalid Al Mansouri, chairman of Gulf Harbor Investments.',
  [("We are open", "Khalid Al Mansouri")], curly=True)

#: the construction each probe id's prefix stands for
CONSTRUCTIONS = {
    "c01": "speaker after the quotation, said", "c02": "says (present tense)", "c03": "speaker before, colon",
    "c04": "other speech verbs (added, noted, wrote, warned, quipped)", "c05": "told (a listener, an outlet)",
    "c06": "according to", "c07": "pronoun in the next sentence", "c08": "pronoun or surname across paragraphs",
    "c09": "split quotations", "c10": "multi-paragraph quotations", "c11": "partial quotations in paraphrase",
    "c12": "colon introductions with no speech verb", "c13": "quotations in headlines",
    "c14": "single and typewriter quotation marks", "c15": "em-dash and ellipsis", "c16": "in a statement / interview / call / note",
    "c17": "organisations and spokespeople", "c18": "quotation then paraphrase", "c19": "two speakers in a paragraph",
    "c20": "a question asked, the answer quoted", "c21": "Q&A interview", "c22": "titles, honorifics, ages",
    "c23": "broadcast and call transcripts", "c24": "analysts' notes", "c25": "live blogs and present tense",
    "c26": "not quotations (scare quotes, titles, nicknames, ratings)", "c27": "attribution through another outlet",
    "c28": "unattributed continuation paragraph", "c29": "press release", "c30": "first-person writer",
    "c31": "a legal form, place or time ending a sentence", "c32": "spokespeople named in apposition",
    "c33": "said + day with no 'on'", "c34": "letters, memos, emails", "c35": "unnamed sources",
    "c36": "said of", "c37": "long multi-sentence quotation", "c38": "speaker introduced, quotation with no verb",
    "c39": "a question and its answer both quoted", "c40": "a role or an epithet taking up a person",
    "c41": "adding / saying participles", "c42": "organisation statements and posts", "c43": "quoted X as saying",
    "c44": "social media posts", "c45": "British punctuation", "c46": "speaking to / before adding",
    "c47": "age and hometown apposition", "c48": "gender and intervening people", "c49": "videos",
    "c50": "parentheses and bracketed ellipsis", "c51": "inverted 'Said X:'", "c52": "as X put it / in X's words",
    "c53": "pull quote with a credit line", "c54": "description then name in apposition",
    "c55": "spokesperson or office of a person", "c56": "a document as the speaker", "c57": "manner after the verb",
    "c58": "says ... she adds", "c59": "nested single quotation marks", "c60": "said that + quotation",
    "c61": "continuation with another person mentioned", "c62": "according to a note from",
    "c63": "a single transcript turn", "c64": "mixed wire constructions", "c65": "names, particles, datelines",
}

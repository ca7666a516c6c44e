"""Second pass of invented CheckList-style probes for the quote engine (see :mod:`quote_probes19`): constructions
the first pass did not cover, chiefly market and business copy (analysts' notes, earnings calls), regulators and
courts, spokespeople, unnamed sources, quotations carried across paragraph breaks, quotations in lists, subheadings
inside the body, and interviews. Every company, person and outlet is fictional.

Each probe is ``(probe_id, title, text, rows)`` as in :mod:`quote_probes19`; the id's prefix names the
construction (:data:`CONSTRUCTIONS`). Used by ``test_quote_probes19b.py``.
"""

from __future__ import annotations

from quote_probes19 import c

PROBES: list[tuple[str, str, str, list[tuple[str, str]]]] = []

#: a neutral opening paragraph (no person, no organisation), so that the cleaning of very short articles (which
#: takes a short first line for page furniture) does not decide what the quote engine sees
LEAD = "Markets were mixed on the day as investors weighed a run of company results and fresh economic data."


def P(pid: str, body: str, rows: list[tuple[str, str]], curly: bool = False, title: str = "") -> None:
    title = title or "Business report " + pid.replace("d", "no. ")
    text = title + "\n\n" + LEAD + "\n\n" + body.strip() + "\n"
    PROBES.append((pid, title, c(text) if curly else text, rows))


# D01 analysts' notes: in a note to clients / in a research note / analysts led by X
P("d01-01", 'Pirnwell Pharma shares fell 6%.\n\n"The launch curve looks slower than we modelled," Odile Varsen, '
  'an analyst at Brackwater Securities, said in a note to clients.', [("The launch curve", "Odile Varsen")])
P("d01-02", 'Pirnwell Pharma shares fell 6%.\n\n"We cut our rating to hold," Brackwater Securities analyst Odile '
  'Varsen wrote in a research note on Tuesday.', [("We cut our rating", "Odile Varsen")], curly=True)
P("d01-03", 'Analysts at Tolland Brothers, led by Kasimir Adeyanju, wrote in a note: "The balance sheet can '
  'carry the deal."', [("The balance sheet can", "Kasimir Adeyanju")])
P("d01-04", '"Guidance now looks achievable," Tolland Brothers analysts led by Kasimir Adeyanju said in a '
  'note.', [("Guidance now looks", "Kasimir Adeyanju")], curly=True)
P("d01-05", 'In a research note on Monday, Odile Varsen of Brackwater Securities said the quarter was '
  '"cleaner than feared" and raised her target.', [("cleaner than feared", "Odile Varsen")])
P("d01-06", 'Odile Varsen, an analyst at Brackwater Securities, cut her target. "Pricing is the issue," she '
  'wrote in a note to clients. "Volumes are fine."', [("Pricing is the issue", "Odile Varsen"),
                                                       ("Volumes are fine", "Odile Varsen")], curly=True)
P("d01-07", '"The stock is pricing in a recession that is not coming," wrote Kasimir Adeyanju, head of '
  'research at Tolland Brothers, in a note.', [("The stock is pricing", "Kasimir Adeyanju")])
P("d01-08", 'Brackwater Securities was more cautious. "We would wait for the second quarter," its analysts '
  'wrote.', [("We would wait", "Brackwater Securities")], curly=True)
P("d01-09", '"Margins should trough this year," Brackwater analyst Odile Varsen told clients.',
  [("Margins should trough", "Odile Varsen")])
P("d01-10", 'The note from Tolland Brothers was blunt. "Sell," wrote analyst Kasimir Adeyanju. "The dividend '
  'is not safe."', [("Sell", "Kasimir Adeyanju"), ("The dividend", "Kasimir Adeyanju")], curly=True)

# D02 earnings calls
P("d02-01", 'Fenwrack Logistics beat forecasts.\n\n"Volumes in Asia were the best we have seen," chief '
  'executive Ilse Marwood told analysts on a call.', [("Volumes in Asia", "Ilse Marwood")])
P("d02-02", 'Fenwrack Logistics beat forecasts.\n\n"We expect freight rates to normalise," finance chief '
  'Tobiah Renshaw said on a conference call.', [("We expect freight", "Tobiah Renshaw")], curly=True)
P("d02-03", 'On the company\'s earnings call, chief executive Ilse Marwood said: "We are not done cutting '
  'costs."', [("We are not done", "Ilse Marwood")])
P("d02-04", '"Our order book is full into next year," Ilse Marwood, Fenwrack\'s chief executive, told analysts '
  'on Thursday.', [("Our order book is full", "Ilse Marwood")], curly=True)
P("d02-05", 'Fenwrack finance chief Tobiah Renshaw was asked about the buyback on the call. "We will be '
  'opportunistic," he said.', [("We will be opportunistic", "Tobiah Renshaw")])
P("d02-06", 'Speaking on a call with reporters, Ilse Marwood said the quarter had been "a tale of two halves".',
  [("a tale of two halves", "Ilse Marwood")], curly=True)
P("d02-07", '"Demand held up better than we feared," Marwood said on the call, adding: "But June was soft."',
  [("Demand held up", "Marwood"), ("But June was soft", "Marwood")])
P("d02-08", 'Fenwrack Logistics chief executive Ilse Marwood said on a post-earnings call that the group '
  'would "look again" at its Asian network.', [("look again", "Ilse Marwood")], curly=True)
P("d02-09", '"The consumer is still spending," Tobiah Renshaw said in prepared remarks.',
  [("The consumer is still", "Tobiah Renshaw")])
P("d02-10", 'Tobiah Renshaw, the chief financial officer, told investors on a webcast: "Cash flow will be '
  'strong in the second half."', [("Cash flow will be strong", "Tobiah Renshaw")], curly=True)

# D03 regulators and courts
P("d03-01", 'The court rejected the appeal.\n\n"The claimant has not shown any loss," the court said in its '
  'ruling.', [("The claimant has not", "court")])
P("d03-02", '"The merger would harm competition in regional freight," the commission wrote in its decision.',
  [("The merger would harm", "commission")], curly=True)
P("d03-03", 'Judge Ottilie Brannagh dismissed the case. "The contract is clear," she wrote in a 40-page '
  'opinion.', [("The contract is clear", "Ottilie Brannagh")])
P("d03-04", '"Fenwrack failed to keep adequate records," the Securities Review Board said in its complaint.',
  [("Fenwrack failed", "Securities Review Board")], curly=True)
P("d03-05", 'In its ruling, the appeals court said the lower court had "misread the statute".',
  [("misread the statute", "court")])
P("d03-06", 'U.S. District Judge Ottilie Brannagh wrote that the company\'s conduct was "troubling but not '
  'unlawful".', [("troubling but not", "Ottilie Brannagh")], curly=True)
P("d03-07", 'The Competition Authority said in a statement: "We will examine the deal closely."',
  [("We will examine", "Competition Authority")])
P("d03-08", '"The bank\'s controls were weak for years," the regulator said, adding that the fine reflected '
  '"the seriousness of the failings".', [("The bank's controls", "regulator"),
                                          ("the seriousness", "regulator")], curly=True)
P("d03-09", 'The judge was unimpressed. "This argument has no merit," Brannagh wrote.',
  [("This argument has no merit", "Brannagh")])
P("d03-10", 'The Securities Review Board fined Pirnwell Pharma $2 million. "Investors were misled," the '
  'board\'s enforcement director, Lucan Ferreday, said.', [("Investors were misled", "Lucan Ferreday")],
  curly=True)

# D04 spokespeople
P("d04-01", '"We are cooperating fully with the inquiry," a spokeswoman for Pirnwell Pharma said.',
  [("We are cooperating", "Pirnwell Pharma")])
P("d04-02", '"The plant will reopen next week," Fenwrack\'s spokesman, Desmond Dunmere, said.',
  [("The plant will reopen", "Desmond Dunmere")], curly=True)
P("d04-03", '"No decision has been made," said Desmond Dunmere, a spokesman for Fenwrack Logistics.',
  [("No decision has been made", "Desmond Dunmere")])
P("d04-04", 'A Pirnwell Pharma spokesperson declined to comment on the talks but said: "We always look at '
  'options."', [("We always look", "Pirnwell Pharma")], curly=True)
P("d04-05", '"The report is wrong," Pirnwell spokesperson Ysolde Eckhart said in an email.',
  [("The report is wrong", "Ysolde Eckhart")])
P("d04-06", 'A spokesman for the ministry said: "The minister has full confidence in the board."',
  [("The minister has full", "ministry")], curly=True)
P("d04-07", 'Ysolde Eckhart, who speaks for Pirnwell Pharma, said the company "does not comment on '
  'rumours".', [("does not comment", "Ysolde Eckhart")])
P("d04-08", '"We have not received an offer," a Fenwrack spokesperson told Example Wire.',
  [("We have not received", "Fenwrack")], curly=True)
P("d04-09", 'Fenwrack Logistics declined to comment. A spokesman said only: "We do not discuss market '
  'speculation."', [("We do not discuss", "Fenwrack Logistics")])
P("d04-10", '"The figures are being checked," said a spokeswoman for Haldane Regional Council.',
  [("The figures are being", "Haldane Regional Council")], curly=True)

# D05 unnamed sources
P("d05-01", '"A deal could come within weeks," people familiar with the matter said.',
  [("A deal could come", "people familiar with the matter")])
P("d05-02", '"Both sides want this done before the summer," said a person close to the talks.',
  [("Both sides want", "person close to the talks")], curly=True)
P("d05-03", 'According to a person with knowledge of the plans, "the board is split".',
  [("the board is split", "person with knowledge of the plans")])
P("d05-04", '"Nothing is agreed until everything is agreed," said one of the people, who asked not to be '
  'identified because the talks are private.', [("Nothing is agreed", "people")], curly=True)
P("d05-05", '"The price is the sticking point," a senior official said on condition of anonymity.',
  [("The price is the sticking", "senior official")])
P("d05-06", 'One investor in the company, who declined to be named, said: "We want a new chairman."',
  [("We want a new chairman", "investor")], curly=True)

# D06 quotations attributed across paragraph breaks
P("d06-01", 'Pirnwell Pharma chief executive Benedikt Aaltonen spoke to investors in London on Tuesday.\n\n'
  'He said the drug would launch in the autumn.\n\n"We have the supply ready," he said.',
  [("We have the supply", "Benedikt Aaltonen")])
P("d06-02", 'Ilse Marwood has run Fenwrack Logistics since 2019.\n\n"I did not expect the pandemic to make us," '
  'she says.', [("I did not expect", "Ilse Marwood")], curly=True)
P("d06-03", 'Benedikt Aaltonen was unapologetic.\n\n"We priced the drug fairly," Aaltonen said.\n\n"Patients '
  'are getting it, and that is what matters."', [("We priced the drug", "Benedikt Aaltonen"),
                                                   ("Patients are getting", "Benedikt Aaltonen")])
P("d06-04", 'Odile Varsen of Brackwater Securities was among the sceptics.\n\nThe analyst cut her rating on '
  'Monday.\n\n"The valuation is stretched," she wrote.', [("The valuation is stretched", "Odile Varsen")],
  curly=True)
P("d06-05", 'Tobiah Renshaw, Fenwrack\'s finance chief, was asked about debt.\n\n"We are comfortable at '
  'these levels," Renshaw said. "We could go higher if the right deal came along."',
  [("We are comfortable", "Tobiah Renshaw"), ("We could go higher", "Tobiah Renshaw")])

# D07 long multi-paragraph quotations without a closing mark
P("d07-01", 'Benedikt Aaltonen set out his plan in a speech on Monday.\n\n"We will close two plants this year. '
  'It is painful but necessary.\n\n"We will invest the savings in research. That is where our future '
  'lies.\n\n"And we will do it without cutting the dividend," he said.',
  [("We will close two plants", "Benedikt Aaltonen")])
P("d07-02", 'In a letter to staff, Ilse Marwood wrote:\n\n"Colleagues, this has been a hard year.\n\n"We lost '
  'two big customers and had to let good people go.\n\n"I am proud of how you have responded."',
  [("Colleagues, this has been", "Ilse Marwood")])
P("d07-03", '"Our results show a business in transition," chief executive Benedikt Aaltonen said.\n\n"The '
  'old products are fading. The new ones are not yet big enough.\n\n"Give us two years."',
  [("Our results show", "Benedikt Aaltonen"), ("The old products", "Benedikt Aaltonen")])

# D08 quotations in lists and bullet points
P("d08-01", 'What the executives said on the call:\n\n- Chief executive Ilse Marwood: "Asia is back."\n\n'
  '- Finance chief Tobiah Renshaw: "We will keep buying back shares."',
  [("Asia is back", "Ilse Marwood"), ("We will keep buying", "Tobiah Renshaw")])
P("d08-02", 'Key quotes from the hearing:\n\n\u2022 "We did not know," said Benedikt Aaltonen.\n\n\u2022 '
  '"The board was told in March," said Lucan Ferreday.',
  [("We did not know", "Benedikt Aaltonen"), ("The board was told", "Lucan Ferreday")], curly=True)
P("d08-03", 'Analysts reacted quickly:\n\n* Odile Varsen, Brackwater Securities: "A clean beat."\n\n'
  '* Kasimir Adeyanju, Tolland Brothers: "Guidance is too low."',
  [("A clean beat", "Odile Varsen"), ("Guidance is too low", "Kasimir Adeyanju")])
P("d08-04", 'Three things the chief executive said:\n\n1. "We will not raise prices again this year," '
  'Aaltonen said.\n\n2. "The American launch is on track," he added.',
  [("We will not raise prices", "Aaltonen"), ("The American launch", "Aaltonen")], curly=True)

# D09 subheadings and headline-style lines inside the body
P("d09-01", 'Pirnwell Pharma lost its patent case on Monday.\n\nAaltonen: "We will appeal"\n\nChief executive '
  'Benedikt Aaltonen said the company would take the case to the higher court.',
  [("We will appeal", "Aaltonen")])
P("d09-02", 'Fenwrack Logistics cut jobs.\n\nUnion: \'A betrayal\'\n\nUnion leader Greta Falkenrath-Ohm said the '
  'cuts were "a betrayal of loyal staff".', [("A betrayal", "Union"), ("a betrayal of loyal", "Greta Falkenrath-Ohm")],
  curly=True)

# D10 known leftovers: interviewer credited, age epithets, possessive labels
P("d10-01", 'Example Radio host Cormac Delahunt interviewed Ilse Marwood on Monday. "We are hiring again," '
  'she said.', [("We are hiring again", "Ilse Marwood")])
P("d10-02", 'Cormac Delahunt asked Benedikt Aaltonen about the price. "It is fair," he said.',
  [("It is fair", "Benedikt Aaltonen")], curly=True)
P("d10-03", 'Benedikt Aaltonen took over in 2021.\n\n"I have never seen a market like it," the 58-year-old '
  'said.', [("I have never seen", "Benedikt Aaltonen")])
P("d10-04", 'Ilse Marwood joined Fenwrack from a rival. "It was the right move," the 47-year-old told '
  'Example Wire.', [("It was the right move", "Ilse Marwood")], curly=True)
P("d10-05", 'Analysts were divided.\n\nOdile Varsen\'s verdict: "Too expensive."',
  [("Too expensive", "Odile Varsen")])
P("d10-06", 'Speaking to Example Times reporter Cormac Delahunt, Aaltonen said: "We are not for sale."',
  [("We are not for sale", "Aaltonen")], curly=True)
P("d10-07", 'In an interview with Cormac Delahunt of Example Radio, Ilse Marwood said: "Trade wars hurt '
  'everyone."', [("Trade wars hurt", "Ilse Marwood")])

# D11 filings, blogs, prepared testimony, other channels
P("d11-01", '"We may need additional capital," Pirnwell Pharma said in a filing with regulators.',
  [("We may need additional", "Pirnwell Pharma")], curly=True)
P("d11-02", 'In a blog post, Fenwrack founder Bertram Wendric wrote: "We lost our way."',
  [("We lost our way", "Bertram Wendric")])
P("d11-03", '"The company acted in good faith," Aaltonen said in written testimony to the committee.',
  [("The company acted", "Aaltonen")], curly=True)
P("d11-04", 'Fenwrack said in its annual report that trading had been "challenging".',
  [("challenging", "Fenwrack")])
P("d11-05", '"We see no reason to change course," the central bank said in its monthly bulletin.',
  [("We see no reason", "central bank")], curly=True)
P("d11-06", 'Bertram Wendric told shareholders at the annual meeting: "I am not going anywhere."',
  [("I am not going anywhere", "Bertram Wendric")])

# D12 two speakers and hand-offs in business copy
P("d12-01", '"We like the deal," said Odile Varsen at Brackwater Securities. Kasimir Adeyanju at Tolland '
  'Brothers was less sure: "The synergies look thin."',
  [("We like the deal", "Odile Varsen"), ("The synergies look", "Kasimir Adeyanju")], curly=True)
P("d12-02", 'Benedikt Aaltonen said the talks were over. Bertram Wendric disagreed. "The door is open," '
  'Wendric said.', [("The door is open", "Bertram Wendric")])
P("d12-03", '"Costs are under control," Ilse Marwood said. Her finance chief, Tobiah Renshaw, added: "And cash '
  'is strong."', [("Costs are under control", "Ilse Marwood"), ("And cash is strong", "Tobiah Renshaw")],
  curly=True)
P("d12-04", '"Buy," Varsen wrote. "Sell," Adeyanju countered.', [("Buy", "Varsen"), ("Sell", "Adeyanju")])

# D13 the company / the bank after the name, says-style business copy
P("d13-01", 'Pirnwell Pharma warned on profit.\n\n"Demand for the older drugs fell faster than expected," the '
  'drugmaker said.', [("Demand for the older", "Pirnwell Pharma")], curly=True)
P("d13-02", 'Fenwrack Logistics said it would cut 400 jobs. "The decision was not taken lightly," the company '
  'said in a statement.', [("The decision was not", "Fenwrack Logistics")])
P("d13-03", 'Haldane Savings Bank lifted its mortgage rates. "Funding costs have risen," the lender said.',
  [("Funding costs have risen", "Haldane Savings Bank")], curly=True)
P("d13-04", 'Fenwrack\'s board rejected the offer. "It undervalues the company," the board said.',
  [("It undervalues", "board")])

# D14 says / said after a long description
P("d14-01", '"The market is turning," says Odile Varsen, who covers European drugmakers for Brackwater '
  'Securities from London.', [("The market is turning", "Odile Varsen")], curly=True)
P("d14-02", '"We are watching closely," said Lucan Ferreday, director of enforcement at the Securities Review '
  'Board, which oversees listed companies.', [("We are watching", "Lucan Ferreday")])
P("d14-03", '"Nobody saw it coming," said Greta Falkenrath-Ohm, general secretary of the Transport and Freight '
  'Union, which represents about 40,000 workers.', [("Nobody saw it coming", "Greta Falkenrath-Ohm")],
  curly=True)

# ---- batch 2: more variants of each construction --------------------------------------------------------------
# D01 analysts' notes
P("d01-11", '"We see 20% upside," analysts at Tolland Brothers wrote in a note on Friday.',
  [("We see 20% upside", "Tolland Brothers")], curly=True)
P("d01-12", '"The sell-off is overdone," Brackwater analyst Odile Varsen said in a client note.',
  [("The sell-off is overdone", "Odile Varsen")])
P("d01-13", 'According to a note from Tolland Brothers, the deal is "accretive from year one".',
  [("accretive from year one", "Tolland Brothers")], curly=True)
P("d01-14", 'Kasimir Adeyanju, who covers the stock for Tolland Brothers, wrote: "We stay at buy."',
  [("We stay at buy", "Kasimir Adeyanju")])
P("d01-15", '"Cash conversion was the highlight," said Odile Varsen of Brackwater Securities, who rates the '
  'shares a buy.', [("Cash conversion", "Odile Varsen")], curly=True)
# D02 calls
P("d02-11", '"We are seeing green shoots in Europe," Ilse Marwood said during the earnings call.',
  [("We are seeing green shoots", "Ilse Marwood")], curly=True)
P("d02-12", 'Fenwrack chief executive Ilse Marwood told investors on a call: "We will not chase volume."',
  [("We will not chase volume", "Ilse Marwood")])
P("d02-13", '"Pricing is holding," Renshaw said on a call with investors. "Volumes are the question."',
  [("Pricing is holding", "Renshaw"), ("Volumes are the question", "Renshaw")], curly=True)
P("d02-14", 'Asked on the call about job cuts, Marwood said: "We have no plans for further reductions."',
  [("We have no plans", "Marwood")])
# D03 courts and regulators with the body named first
P("d03-11", 'The Eastland High Court rejected Pirnwell Pharma\'s appeal on Monday.\n\n"The claimant has not shown '
  'any loss," the court said in its ruling.', [("The claimant has not", "Eastland High Court")], curly=True)
P("d03-12", 'The Competition Commission blocked the merger on Monday. "The deal would harm regional freight," the '
  'commission wrote in its decision.', [("The deal would harm", "Competition Commission")])
P("d03-13", 'The Court of Appeal in Eastland sided with Fenwrack Logistics.\n\nIn its ruling, the court said the '
  'lower court had "misread the contract".', [("misread the contract", "Court of Appeal")], curly=True)
P("d03-14", 'The Securities Review Board fined the lender $4 million. "Its controls were weak for years," the '
  'regulator said.', [("Its controls were weak", "Securities Review Board")])
P("d03-15", 'The Eastland Reserve Bank held rates on Thursday. "Inflation is not yet beaten," the central bank '
  'said in a statement.', [("Inflation is not yet beaten", "Eastland Reserve Bank")], curly=True)
P("d03-16", 'Justice Ottilie Brannagh wrote for the majority: "The statute means what it says."',
  [("The statute means", "Ottilie Brannagh")])
P("d03-17", 'The Eastland High Court ruled against Fenwrack Logistics on Monday.\n\n"The terms were clear," the '
  'court wrote. "Fenwrack knew them."', [("The terms were clear", "Eastland High Court"),
                                            ("Fenwrack knew them", "Eastland High Court")], curly=True)
# D04 spokespeople
P("d04-11", '"We will appeal," said Ysolde Eckhart, spokeswoman for Pirnwell Pharma.',
  [("We will appeal", "Ysolde Eckhart")], curly=True)
P("d04-12", 'A spokesman for Fenwrack Logistics, Desmond Dunmere, said: "The site is safe."',
  [("The site is safe", "Desmond Dunmere")])
P("d04-13", '"Talks are continuing," Fenwrack spokesman Desmond Dunmere told Example Wire by phone.',
  [("Talks are continuing", "Desmond Dunmere")], curly=True)
P("d04-14", 'Pirnwell Pharma said the report was wrong. "We have never sold the drug below cost," a company '
  'spokeswoman said.', [("We have never sold", "Pirnwell Pharma")])
# D05 unnamed sources
P("d05-07", '"The board wants a quick sale," said a banker involved in the process.',
  [("The board wants a quick sale", "banker")], curly=True)
P("d05-08", '"It is over," one executive at the company said, speaking on condition of anonymity.',
  [("It is over", "executive")])
# D06 across paragraphs
P("d06-06", 'Greta Falkenrath-Ohm, who leads the Transport and Freight Union, met Fenwrack managers on '
  'Tuesday.\n\nThe meeting lasted four hours.\n\n"We got nothing," Falkenrath-Ohm said afterwards.',
  [("We got nothing", "Greta Falkenrath-Ohm")], curly=True)
P("d06-07", 'Bertram Wendric founded Fenwrack in a garage in 1994.\n\nThirty years on, he is selling.\n\n"It '
  'is time," he says.', [("It is time", "Bertram Wendric")])
# D10 leftovers: more variants
P("d10-08", 'Benedikt Aaltonen has led Pirnwell Pharma since 2021. "We are a different company now," said the '
  '58-year-old.', [("We are a different company", "Benedikt Aaltonen")], curly=True)
P("d10-09", 'Ilse Marwood spoke at the annual meeting in Haldane.\n\n"This is my last year," the 64-year-old '
  'told shareholders. "It is time for someone new."', [("This is my last year", "Ilse Marwood"),
                                                       ("It is time for someone", "Ilse Marwood")])
P("d10-10", 'Bertram Wendric still goes to the depot every day. "I like to see the lorries," the 81-year-old '
  'founder says.', [("I like to see", "Bertram Wendric")], curly=True)
P("d10-11", 'Example Radio\'s Cormac Delahunt asked Tobiah Renshaw whether the dividend was safe.\n\n"It is '
  'covered twice over," he said.', [("It is covered twice", "Tobiah Renshaw")])
P("d10-12", 'Cormac Delahunt pressed Benedikt Aaltonen on pay. "I took a cut last year," he replied.',
  [("I took a cut", "Benedikt Aaltonen")], curly=True)
P("d10-13", 'Kasimir Adeyanju\'s take: "Buy the dip."', [("Buy the dip", "Kasimir Adeyanju")])
# D11 channels
P("d11-07", '"Service will be restored by noon," Fenwrack Logistics said in a post on its website.',
  [("Service will be restored", "Fenwrack Logistics")], curly=True)
P("d11-08", 'In a regulatory filing on Friday, Pirnwell Pharma said it had received "a non-binding '
  'approach".', [("a non-binding approach", "Pirnwell Pharma")])
P("d11-09", '"We reject these claims," Fenwrack Logistics said in a court filing.',
  [("We reject these claims", "Fenwrack Logistics")], curly=True)
P("d11-10", 'Ilse Marwood said at a press conference in Haldane: "Nobody will lose their job."',
  [("Nobody will lose", "Ilse Marwood")])
# D12 two speakers
P("d12-05", '"We will fight this," said Ysolde Eckhart, for Pirnwell Pharma. "They will lose," replied Hollingby '
  'Dunmere, for Fenwrack.', [("We will fight this", "Ysolde Eckhart"), ("They will lose", "Desmond Dunmere")],
  curly=True)
P("d12-06", 'Ilse Marwood and Tobiah Renshaw presented the results. "We had a good year," Marwood said. Renshaw '
  'was more cautious: "Next year will be harder."', [("We had a good year", "Ilse Marwood"),
                                                    ("Next year will be harder", "Tobiah Renshaw")])
# D14 long descriptions
P("d14-04", '"The numbers do not add up," said Lucan Ferreday, a former enforcement director at the Securities '
  'Review Board who now advises companies.', [("The numbers do not add up", "Lucan Ferreday")], curly=True)
P("d14-05", 'Benedikt Aaltonen, Pirnwell\'s chief executive since 2021 and a former surgeon, said: "Patients come '
  'first."', [("Patients come first", "Benedikt Aaltonen")])

# ---- batch 3 -------------------------------------------------------------------------------------------------
P("d03-18", 'The Eastland Employment Court ruled for the drivers on Friday. "They were employees in all but '
  'name," the court said.', [("They were employees", "Eastland Employment Court")], curly=True)
P("d03-19", 'Judge Ottilie Brannagh of the Eastland High Court was scathing. "The evidence was thin," the judge '
  'wrote.', [("The evidence was thin", "Ottilie Brannagh")])
P("d07-04", 'Ilse Marwood ended her speech with a warning.\n\n\u201cWe cannot stand still. Our rivals are '
  'not standing still.\n\n\u201cIf we do not invest now, we will not be here in ten years,\u201d she said.',
  [("We cannot stand still", "Ilse Marwood")])
P("d08-05", 'What the analysts said:\n\n- "Strong quarter, weak guidance." \u2014 Odile Varsen, Brackwater '
  'Securities\n\n- "We stay cautious." \u2014 Kasimir Adeyanju, Tolland Brothers',
  [("Strong quarter", "Odile Varsen"), ("We stay cautious", "Kasimir Adeyanju")])
P("d09-03", 'Pirnwell Pharma will cut 200 jobs.\n\n\u2018We had no choice\u2019\n\nChief executive Benedikt '
  'Aaltonen told staff in an email: "We had no choice but to act."',
  [("We had no choice", "Benedikt Aaltonen"), ("We had no choice but", "Benedikt Aaltonen")])
P("d10-14", 'Cormac Delahunt interviewed Tobiah Renshaw for Example Radio on Friday.\n\n"The balance sheet is '
  'strong," he said.', [("The balance sheet is strong", "Tobiah Renshaw")], curly=True)
P("d10-15", 'Example Wire asked Ilse Marwood about a sale. "We are not selling," she said.',
  [("We are not selling", "Ilse Marwood")])
P("d10-16", 'Analysts were split on the results.\n\nOdile Varsen\'s assessment: "A solid beat." Kasimir '
  'Adeyanju\'s reaction: "Nothing to get excited about."', [("A solid beat", "Odile Varsen"),
                                                           ("Nothing to get excited", "Kasimir Adeyanju")], curly=True)
P("d10-17", 'The founder, Bertram Wendric, stepped down in 2020. "I miss it every day," the 77-year-old '
  'admitted.', [("I miss it every day", "Bertram Wendric")])
P("d11-11", '"There is no evidence of wrongdoing," Fenwrack Logistics said in a statement to Example Wire.',
  [("There is no evidence", "Fenwrack Logistics")], curly=True)
P("d11-12", 'Benedikt Aaltonen said in a televised address: "We will rebuild the plant."',
  [("We will rebuild the plant", "Benedikt Aaltonen")])
P("d12-07", 'Odile Varsen asked Ilse Marwood on the call about margins. "They will recover," Marwood said.',
  [("They will recover", "Ilse Marwood")], curly=True)
P("d13-05", 'Brackwater Securities cut its rating on Fenwrack. "The valuation leaves no room for error," the '
  'brokerage said.', [("The valuation leaves", "Brackwater Securities")])

#: the construction each probe id's prefix stands for
CONSTRUCTIONS = {
    "d01": "analysts' notes (in a note to clients, analysts led by X)", "d02": "earnings and conference calls",
    "d03": "regulators and courts (in its ruling, the commission wrote)", "d04": "spokespeople",
    "d05": "unnamed sources", "d06": "attribution across paragraph breaks",
    "d07": "multi-paragraph quotations without a closing mark", "d08": "quotations in lists and bullets",
    "d09": "subheadings inside the body", "d10": "interviewer, age epithet, possessive label",
    "d11": "filings, blogs, testimony, annual reports", "d12": "two speakers in business copy",
    "d13": "the company / the lender after the name", "d14": "speaker with a long description",
}

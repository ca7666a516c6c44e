"""Page furniture, line by line: :func:`furniture_reason` says why a whole line is not article text (a menu, a
share widget, a login box, a cookie notice, a copyright line, a caption, a byline...), with the small line
measures cleaning shares (:func:`word_count`, :func:`is_prose`, :func:`table_cells`).

Most lines are prose, and every pattern is tried on each: a gate per pattern, read off its literal words, skips
the patterns a line cannot match (:func:`_pattern_reason`), so the answer is the plain rules' answer, faster.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Iterable

#: Reasons recorded for removals (shown to users as is).
REASON_DEBRIS = "template debris"
REASON_SHARE = "share widget"
REASON_NAV = "navigation / page chrome"
REASON_LOGIN = "login box"
REASON_COOKIE = "cookie notice"
REASON_LINK = "'Also Read' style link"
REASON_COPYRIGHT = "copyright line"
REASON_CONTACT = "contact line"
REASON_NEWSLETTER = "newsletter promo"
REASON_CAPTION = "photo caption"
REASON_BYLINE = "byline"
REASON_COUNTER = "share/comment counter"
REASON_HEADER = "page header (before the article)"
REASON_FOOTER = "page footer / related posts (after the article)"
REASON_DATE = "date line"
#: The date line read as the article's date (its line is kept out of the text, its date in the metadata).
REASON_DATELINE = "date line (read as the article's date)"
#: The metadata block a Markdown or text export opens with ("---", "title: ...", "date: ...", "---").
REASON_FRONT_MATTER = "front matter (read as metadata)"
REASON_REPEAT = "repeated paragraph"
REASON_CREDIT = "credit / publisher boilerplate"
REASON_COMMENTS = "comment prompt"

_SHARE_WORDS = frozenset(
    "share shares on facebook twitter x whatsapp tweet send email mail print pin pinterest linkedin reddit "
    "telegram copy link this article story messenger flipboard via linked in like follow comment comments save text "
    "size bookmark whats app post page permalink".split()  # LinkedIn and WhatsApp split in two; "Email this post"
)
_NAV_LINES = frozenset(
    """no result|view all result|view all results|search|menu|home|skip to content|skip to main content|
    advertisement|advertise|contact us|privacy policy|terms of use|terms of service|terms and conditions|
    about us|cookie policy|subscribe|newsletter|sponsored|read more|load more|show more|close|open menu|
    back to top|trending|latest news|more information|learn more|more|continue reading|listen to this article|
    add new playlist|ad|advertisement - scroll to continue|story continues below|watch|video|
    story continues below advertisement|article continues below|article continues below advertisement|
    continue reading below|copy link|link copied|gift this article|sponsored content|paid post|view comments|
    reuse this content|explore more on these topics|your browser does not support the video tag|
    download our app|download the app|open this photo in gallery|watch now|jump to|listen|play|save|print|
    bookmark|follow|email|copy|click to expand|enlarge this image|toggle caption|hide caption|expand|collapse|
    image|photo|pause|next|previous|up next|featured|show comments|report an error|submit a correction|see all|
    view all|read the full story|follow the topics in this story|like this|loading|like loading|advertisementadvertisement|
    key events|show key events only|please turn on javascript to use this feature|pinned|pinned post|refresh|
    auto-update|filter|newest first|oldest first|show more updates|load more updates|view more|print this page|
    text size|permalink|embed|copy url|read in app|open in app|sponsored links|promoted content|paid partner content|
    supported by|back to homepage|accept cookies|manage cookies|reject all|accept all|got it|dismiss|close ad|
    report this ad|feedback|accept all cookies|reject all cookies|manage preferences|privacy dashboard|
    terms and privacy policy|cookie settings|license article|license this article|story continues|continue reading the main story|
    story continues below this ad|please wait|invalid email|multimedia files available|also read|reprints|
    you have successfully signed up!|something went wrong, please try again later|[advert]|[advertisement]|[ad]|
    ad feedback|save article|save story|in this article|in this story|tickers in this article|reprints & permissions|
    reprints and permissions|site index|closed captioning available|sponsored stories|promoted stories|
    anzeige|werbung|publicité|publicidad|pubblicità|annonse|mainos|reklame|editor's pick|editors' picks|editor’s pick|
    scroll to continue|story continues below the ad|ad placeholder|tap to unmute|live|text size|tags|
    purchase licensing rights|acquire licensing rights|acquire licensing rights, opens new tab|have your say|
    comments|updated|leave a comment|leave a reply|
    print this article|previous article|next article|previous story|next story|jump to comments|join the conversation|
    log in to leave a comment|manage cookie preferences|cookie preferences|breaking news|further reading|more reading|
    weekend reading|more weekend reading|recommended reading|essential reading""".replace("\n", "").split("|")
)
_LOGIN_LINES = frozenset(
    """login|log in|sign in|sign up|register|logout|log out|my account|welcome back!|welcome back|
    forgotten password?|forgot password?|forgot your password?|retrieve your password|
    login to your account below|create an account|remember me""".replace("\n", "").split("|")
)
_NAV_LINES = frozenset(s.strip() for s in _NAV_LINES)
_LOGIN_LINES = frozenset(s.strip() for s in _LOGIN_LINES)
#: A reader's comment's head, on a line of its own: the reader's name or handle (one to three words, each
#: capitalised or holding a digit or an underscore) and how long ago ("Basel_Beat · 17 hours ago", "Jo R.  3 hours
#: ago", "kl_trader 16 hours ago"), or a handle with an underscore or a digit after a letter and the day ("jo_trader88
#: Dec 5, 2016"; not a clock time, "10.45am Dec 5, 2016").
#: The comments start there (:func:`analysis.corpus.cleaning.clean_document` reads it as the comments' heading).
_HANDLE = r"(?:[A-Z][\w.'’-]*|[\w.'’-]*[_\d][\w.'’-]*)"
_MONTH = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
COMMENT_HEAD_RE = re.compile(
    rf"^{_HANDLE}(?: {_HANDLE}){{0,2}}(?:\s*[·•|]\s*|\s+)(?:\d+|an?|one)\s+"
    r"(?:second|sec|minute|min|hour|hr|day|week|month|year)s?\s+ago$"
    rf"|^(?:[A-Za-z][\w.'’-]*\d|[\w.'’-]*_)[\w.'’-]*(?:\s*[·•|]\s*|\s+)(?:{_MONTH}\s+\d{{1,2}},?|\d{{1,2}}\s+{_MONTH})\s+(?:19|20)\d\d$")
#: A blog's comment head, the reader's name and "says:" ("jo_trader says:"), read as one above the comment's date.
COMMENT_SAYS_RE = re.compile(rf"^{_HANDLE}(?: {_HANDLE}){{0,2}} says:$")

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # a login box speaks to the reader ("Enter your email address and password"); a report of a breach does not
    # ("The attackers took customers' email addresses and passwords, the company said."), nor does a quotation of a
    # warning ("'Never share your email address or password,' the bank said.")
    (re.compile(r"^(?=.*\b(?:your?|enter|please)\b)(?!.*[\"“”]).*?(?:(username|e-?mail address).{0,60}password|password.{0,40}(reset|retrieve))",
                re.I), REASON_LOGIN),
    # (or with the site's statement and the banner's button: "Cookies help us run this site. Read our privacy
    # statement. [Close]")
    (re.compile(r"\bcookies?\b.{0,120}\b(use|uses|consent|accept|continuing|policy|experience)\b"
                r"|\bwe (?:and our partners )?use cookies\b|\bcookies? to (?:personali[sz]e|analy[sz]e|improve|provide)\b"
                r"|\bcookies?\b[^\"“”]{0,120}\bprivacy (?:statement|notice)\b"
                r"|\bcookies?\b[^\"“”]{0,160}\[(?:close|ok|okay|got it|dismiss|i understand|continue)\]$", re.I),
     REASON_COOKIE),
    # a label then ":", "|", "–" or a hyphen set off by a space ("Related - ..."): "Related-party revenue" is a compound
    # ("Related articles: ...", "Related coverage: ...": the label may name what it links to)
    (re.compile(r"^(also read|read also|read more|related(?:\s+(?:articles?|stor(?:y|ies)|posts?|coverage|content|news"
                r"|reading|links?|topics?|guides?|explainers?|videos?|podcasts?|features?))?|recommended|see also|must read|don'?t miss|more on this)"
                r"(?:\s*[:|–]|\s+-|-(?=\s|$))", re.I), REASON_LINK),
    (re.compile(r"^(©|\(c\)\s|copyright\b)|all rights reserved", re.I), REASON_COPYRIGHT),
    (re.compile(r"^(write us|email us|e-mail us|follow us|contact)\b.{0,80}$", re.I), REASON_CONTACT),
    # "Write to Jo Roe at jo.roe@example.com", "Follow Jo Roe" (the reporter's contact, not the story's).
    (re.compile(r"^(?:write to|e-?mail|reach|contact) (?-i:[A-Z])[\w.'’-]+(?: (?-i:[A-Z])[\w.'’-]+){0,3} at \S+@\S+$"
                r"|^follow(?: (?-i:[A-Z])[\w.'’-]+){1,3}(?: on (?:x|twitter|linkedin|instagram|facebook|bluesky|threads))?$",
                re.I), REASON_CONTACT),
    (re.compile(r"^\S+@\S+\.\w+$|^https?://\S+$"), REASON_CONTACT),
    (re.compile(r"^(join|sign up|subscribe)\b.{0,160}\b(newsletters?|updates|inbox|coverage|alerts)\b", re.I), REASON_NEWSLETTER),
    # The rest of a newsletter box: "... delivered to your inbox", "Enter your email", "By subscribing you agree to
    # ...", "Privacy Notice: ...", a box title "Free daily newsletter".
    (re.compile(r"\bdelivered (?:straight |directly |right )?to your inbox\b|^enter your e-?mail(?: address)?\b.{0,30}$"
                r"|^by (?:subscribing|signing up|registering|clicking|entering)\b.{0,80}\byou (?:agree|accept|consent)\b"
                r"|^privacy notice\s*:"
                r"|^(?:(?:(?-i:[A-Z])[\w'’-]*|free|daily|weekly|morning|evening|email|e-mail)\s+){0,4}newsletters?$", re.I), REASON_NEWSLETTER),
    (re.compile(r"[.!?]\s*(Wikimedia Commons|Getty Images|Reuters|AFP|AP Photo|Bloomberg|Shutterstock|EPA|File Photo|Photo(?: credit)?:.{0,60})\s*\.?$"), REASON_CAPTION),
    (re.compile(r"^(photo|photograph|image|picture|credit|caption)\s*(credit|caption)?\s*:|^\[(?:image|photo|picture|video)\]", re.I), REASON_CAPTION),
    # A caption's credit at its end: "(Photo by Jo Roe/Agency)", "(AP Photo/Jo Roe)", "Photograph: Jo Roe/Agency",
    # "Image credit: Jo Roe", "Credit: Jo Roe for The Paper"; a wire photo's "FILE PHOTO: ..." lead.
    (re.compile(r"[.!?]\s*\((?:(?-i:[A-Z]{2,5})\s+)?(?:photo|image|picture)s?\b[^()]{0,80}\)\s*$"
                # (the outlet's own photo: "... in Cranberry Township. (Courier photo/Jo Roe)", "(Gazette staff photo by Jo Roe)")
                r"|[.!?]\s*\((?:(?-i:[A-Z])[\w&.'’-]*\s+){1,3}(?:staff\s+)?(?:photo|image|picture)s?(?:\s*/|\s+by\s)[^()]{1,60}\)\s*$"
                r"|^\((?:[A-Z]{2,5}\s+)?(?:photo|image|picture)s?\b[^()]{0,80}\)$"
                r"|[.!?]\s*(?:photograph|photo|image|picture)s?(?:\s+credit)?\s*:\s*[^.!?]{1,80}$"
                r"|[.!?]\s*credits?\s*:\s*(?-i:[A-Z])[^.!?:]{0,60}$|^file photo\s*:|[.!?]\s*file (?:photo|picture|image)\.?$", re.I),
     REASON_CAPTION),
    # ... or an agency's slash credit: "... in Bergen, May 3. REUTERS/Jo Roe/File Photo", "Jo Roe/Getty Images".
    (re.compile(r"[.!?]\s*(?:REUTERS|Reuters|AFP|AP|EPA|ANP|Bloomberg)\s?/\s?[A-Z][^.!?]{1,80}$"
                r"|^(?:[A-Z][\w.'’-]+\s){0,3}[A-Z][\w.'’-]+\s?/\s?(?:Getty Images|Reuters|REUTERS|AFP|AP|EPA|Bloomberg"
                r"|Shutterstock)(?:\s?/\s?[\w ]{1,30})?$|^Getty Images$"
                # ... or a photographer's credit to any outlet: "... on Wednesday. Jo Roe/The Daily Courier"
                r"|[.!?]\s+[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){1,2}\s?/\s?(?:The\s)?[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,4}$"),
     REASON_CAPTION),
    (re.compile(r"^\d[\d,.]*k?\s+(shares?|comments?|views?|reads?)$", re.I), REASON_COUNTER),
    (re.compile(r"^\d+\s+min(ute)?s?\s+read$|^item \d+ of \d+$|^click here\b|^sign up here\.?$", re.I), REASON_NAV),
    (re.compile(r"^\[\d+/\d+\]"), REASON_CAPTION),
    # (and a wire's credit and update note: "—With assistance from Jo Roe.", "(Updates with comment in paragraph 5)")
    (re.compile(r"^(\(?(additional )?(reporting|writing|editing|compiled|graphics)( by|:)\b.{0,200}$)|trust principles|^our standards\b"
                r"|^[—–-]*\s*with assistance from (?-i:[A-Z])[\w.'’-]+(?: (?-i:[A-Z])[\w.'’-]+){0,3}"
                r"(?:(?:,| and|, and) (?-i:[A-Z])[\w.'’-]+(?: (?-i:[A-Z])[\w.'’-]+){0,3}){0,6}\.?$"
                r"|^\((?:updates|adds|recasts|rewrites|corrects|refiles|repeats|changes|removes|inserts)\b[^()]{0,200}\)$"
                # what a story was put together from: "(Compiled from Harbour Wire and Vale Press reports)"
                r"|^\((?:compiled|combines reports|combined reports) from\b[^()]{0,200}\)$"
                r"|^(?:compiled|combines reports|combined reports) from\b[^().]{0,200}\breports\.?$", re.I),
     REASON_CREDIT),
    # "Jo Roe in Bergen contributed to this report." and the reporter's own note at the end: "Jo Roe is a correspondent
    # covering banks." ("This article first appeared on The Evening Quill." stays: it names the article's source.)
    (re.compile(r"^[—–-]?\s*(?-i:[A-Z])[\w.'’-]+(?: (?-i:[A-Z])[\w.'’-]+){0,3}(?:,? (?:in|from) (?-i:[A-Z])[\w.'’ -]{1,30})?"
                r"(?:,? and (?-i:[A-Z])[\w.'’-]+(?: (?-i:[A-Z])[\w.'’-]+){0,3})? contributed (?:reporting|to this (?:report|story|article))"
                r"[^.]{0,40}\.?$|^(?-i:[A-Z])[\w.'’-]+(?: (?-i:[A-Z])[\w.'’-]+){1,3} is an? (?!former )(?:[\w-]+ ){0,3}(?:reporter|"
                r"correspondent|columnist|journalist)\b(?![^\"“”]*\bsaid\b)[^\"“”]{0,100}$", re.I), REASON_CREDIT),
    # An aggregator's note that its headlines are other outlets' ("Headlines and excerpts belong to their publishers.",
    # after the site's credit: "Powered by Example Hub. Headlines and snippets belong to their publishers.").
    (re.compile(r"^(?:powered by [^\"“”.]{1,40}\.\s*)?(?:headlines|excerpts|snippets|summaries)\b[^\"“”.]{0,40}"
                r"\bbelong to (?:their|the(?: respective| original)?) (?:publishers|owners|authors|sources)\.?$", re.I), REASON_CREDIT),
    # A pay wall or sign-up box: "Subscribe to read", "Already a subscriber? Log in", "Thanks for signing up!".
    (re.compile(r"^(?:already a (?:subscriber|member)\b.{0,40}|subscribe (?:now|today|to (?:read|continue))\b.{0,40}"
                r"|to continue reading\b.{0,60}|create a free account\b.{0,60}|continue reading with\b.{0,60}"
                r"|this (?:content|article) is (?:only )?(?:for|available to) (?:subscribers|members)\b.{0,40}"
                r"|thanks? (?:you )?for (?:signing up|subscribing)\b.{0,40}|please enter a valid e-?mail\b.{0,30}"
                r"|(?:sign (?:in|up)|log ?in|register)\b.{0,25}\b(?:to (?:continue|read)|for free|for full access)\b.{0,20}"
                r"|you(?:'ve| have) reached (?:your|the) (?:\w+ )?(?:limit|maximum) of (?:\d+ )?(?:free )?(?:articles?|stories|reads)\b.{0,40}"
                r"|already have an account\b.{0,30}"
                r"|subscribe for\b.{0,30}\baccess)$", re.I),
     REASON_LOGIN),
    # (a newsletter's sponsor with its pitch: "This issue is sponsored by Example Cables — made in Hull. Learn more")
    (re.compile(r"^(?:presented|sponsored|brought to you) by\b.{0,40}$|\bad[- ]?blocker\b(?!.{80})|"
                r"^this (?:issue|newsletter|edition|email|briefing|episode|podcast|section|series) (?:is|was) (?:sponsored|presented"
                r"|brought to you|supported|underwritten) by\b[^\"“”]{0,160}$|"
                r"^click to (?:share|email|print|post)\b.{0,60}$|^((?:published|updated|last updated|posted)\s+)?"
                r"(?:\d+|an?|one)\s+(?:second|sec|minute|min|hour|hr|day|week)s?\s+ago$", re.I), REASON_NAV),
    (re.compile(r"\b(let us know|tell us|share your (thoughts|views))\b.{0,40}\b(comments?( section)?( below)?|below)\s*[.!]?$", re.I), REASON_COMMENTS),
    # A labelled ad or promotion with its text: "SPONSORED: Cut your energy bill", "Paid post | Ten ways to save",
    # "Sponsored · Trade shares with Example Invest";
    # a pull quote (the page repeats a quote of the article, set large); a market-data strip's label.
    (re.compile(r"^(?:sponsored|promoted|paid (?:post|content|partnership)|advertorial|partner content|ad feature"
                r"|advertisement|pull ?quote|trending (?:tickers?|stocks?|quotes?|symbols?))\s*[:|–·•-]\s*\S", re.I),
     REASON_NAV),
    # A labelled link to another story or medium of the site, set in the article: "Also on The Courier: ...",
    # "More from Markets | ...", "WATCH: ...", "Video: ...", "Listen: ...", "In pictures: ...".
    # (a quiz too, and under a label of the site's paid tier: "Premium: Quiz: how well did you follow the week?")
    (re.compile(r"^(?:(?:premium|exclusive)\s*[:|]\s*)?(?:(?:also on|more from|more on|elsewhere on|only on)\s+(?-i:[A-Z])[\w.&'’-]*(?:\s+[\w.&'’-]+){0,3}"
                r"|watch(?: now| live)?|video|listen|podcast|gallery|in pictures|explainer|webinar|whitepaper|white paper|e-?book|quiz)\s*[:|]\s*\S.{0,160}$",
                re.I), REASON_LINK),
    # The note on the writer under its label ("About the author: Jo Roe has covered banks since 2014."), a
    # site's disclaimer, and the site's own social links set in a sentence ("Also follow us on Facebook, X.").
    (re.compile(r"^about the (?:author|writer|reporter|columnist|contributor)s?\b\s*[:|–-]?|^\(?disclaimer\s*:", re.I),
     REASON_CREDIT),
    # The reporter's own contact in a note: "Jo Roe covers retail. Reach her at jo@example.com."
    (re.compile(r"\b(?:reach|email|e-mail|contact|message|call) (?:him|her|them) (?:at|on|via) \S*(?:@|\d{3})"
                r"|\bfollow (?:him|her|them) on (?:x|twitter|linkedin|instagram|facebook|bluesky|threads)\b", re.I),
     REASON_CONTACT),
    (re.compile(r"\bfollow (?:(?:him|her|them|me) )?on (?:twitter|x|instagram|linkedin|bluesky|threads|mastodon)\s*@\w+\.?$", re.I),
     REASON_CONTACT),
    (re.compile(r"\bfollow us on (?:facebook|twitter|x|instagram|linkedin|youtube|threads|tiktok|whatsapp|telegram"
                r"|bluesky|google news)\b", re.I), REASON_CONTACT),
    # A newsletter named without the words of the patterns above: "Get the Business newsletter every morning",
    # "Subscribe to Markets Weekly".
    (re.compile(r"^(?:get|receive|try|want|love|enjoy|never miss|don'?t miss)\b[^.!?\"“”]{0,80}\bnewsletters?\b[^.!?\"“”]{0,60}[.!]?$"
                r"|^(?:subscribe|sign up) (?:to|for) (?:the |our )?[^.!?:\"“”]{1,40}[.!]?$"
                # (with when it comes: "Subscribe to the Harbour Weekly bulletin, free every Wednesday.")
                r"|^(?:subscribe|sign up) (?:to|for) (?:the |our )?[^.!?:,\"“”]{1,40}, (?:free )?(?:sent |delivered |out )?(?:every|each) [a-z]+"
                r"(?: (?:morning|evening|afternoon))?[.!]?$"
                # (with what it brings: "Subscribe to the Example Review for weekly copper news.")
                r"|^(?:subscribe|sign up) (?:to|for) (?:the |our )?[^.!?:,\"“”]{1,40} for (?:daily|weekly|the latest|more|regular|free|our)"
                r"\b[^.!?\"“”]{0,60}[.!]?$", re.I), REASON_NEWSLETTER),
    # The site's own prompts: its app, its alerts and podcasts, its comment rules, its pay wall in other words.
    (re.compile(r"^(?:download|get|install|try) (?:the|our) (?:[\w.&'’-]+ ){0,5}app\b[^\"“”]{0,120}$|\bopen in app\b"
                r"|\bwherever you get your podcasts\b|\bbefore commenting\b|\bour comment policy\b|\bread our community guidelines\b"
                r"|\bcomment on this (?:article|story)\b|\bno spam\b|\bget new posts by e-?mail\b|\bgift \d+ articles\b"
                r"|\bcreate an? (?:free )?account (?:or (?:log ?in|sign in)|to (?:continue|keep) reading|to read)\b"
                r"|\bfree (?:articles?|stories) (?:remaining|left)\b"
                r"|\b(?:article|story|content) is for subscribers only\b|^register\b.{0,40}\bsign in\b|(?:^|[.!?:]\s+)register now\.?$|(?:^|[.!?:]\s+)sign up(?: now| today| here| free| for free)?[.!]?$"
                r"|(?:^|[.!?]\s+)sign up for (?:the |our |his |her )?[^.!?]{0,50}\b(?:alerts?|newsletters?|briefs?|briefings?"
                r"|digests?|e-?mails?)\b[^.!?<@]{0,30}[.!]?$"
                r"|\b(?:newsletter|brief|briefing|digest|e-?mail)\b.{0,60}\bdelivered (?:free )?(?:every|each) "
                r"(?:weekday|day|morning|evening|week)\b"
                r"|^for the latest (?:news|updates|headlines)\b.{0,80}\b(?:head to|visit|download|go to)\b"
                r"|^catch (?:all )?the (?:latest )?(?:business |market )?news\b|\(opens in (?:a )?new window\)", re.I),
     REASON_NAV),
    # A link to another story with its source and age ("... — The Tidewater Post · 2 hours ago"), or ending in an
    # arrow ("Harlow Motors stock pops 5.9% ›"); a labelled list of topics or links.
    (re.compile(r"\s[—–-]\s[^—–]{2,60}\s·\s(?:\d+|an?|one)\s+(?:second|sec|minute|min|hour|hr|day|week)s?\s+ago$"
                r"|^(?!.*[.!?]\s).{10,160}\s[›»→]$"
                # ("Latest:" is left alone: a live blog opens its entries so)
                r"|^(?:hot topics|trending(?: now)?|popular(?: now)?|top stories|most read|editor'?s picks?"
                r"|you (?:may|might) also like|also in (?!brief\s*:\s*[^|]{30,}[.!?]$)[\w ]{2,30}|further reading)\s*[:|]", re.I),
     REASON_LINK),  # (not a brief item of news after its label: "Also in brief: <Co> said on <day> that ...")
    # Credits and notes on the writers: "Contributing: ...", "Appeared in the May 4 print edition as ...", "Write to A
    # at a@... and B at b@...", "Email Jo at jo@...", "Connect with Jo on X", "Follow Jo Roe on X @joroe",
    # "I'm a senior writer at ...", "Jo Roe is Markets Correspondent with ...", "Disclosure: ...", "Logo: ...".
    (re.compile(r"^contributing\s*:|^(?:appeared|published|printed|ran) in the .{0,40}print edition\b|^distributed by (?-i:[A-Z])[^.!?]{1,60}\.?$|^disclosure\s*:|^logo\s*:"
                r"|^write to (?-i:[A-Z])[\w.'’-]+(?: (?-i:[A-Z])[\w.'’-]+){0,3} at \S+@\S+ and\b"
                r"|\be-?mail (?-i:[A-Z])[\w'’-]+ at \S+@|\bconnect (?:with (?-i:[A-Z])[\w'’-]+ )?(?:on|via) (?:x|twitter|linkedin)\b"
                r"|^follow (?:me|(?-i:[A-Z])[\w.'’-]+(?: (?-i:[A-Z])[\w.'’-]+){0,3}|the .{1,50} channel) on (?:x|twitter|linkedin"
                r"|instagram|facebook|bluesky|threads|whatsapp|telegram)\b"
                r"|^i(?:'m| am) an? (?:[\w-]+ ){0,3}(?:reporter|writer|correspondent|columnist|editor|journalist)\b"
                r"|^(?-i:[A-ZÀ-ÖØ-Þ])[\w.'’-]+(?: (?-i:[A-ZÀ-ÖØ-Þ])[\w.'’-]*){1,3} is (?:the )?(?-i:[A-Z])[\w-]+(?: (?-i:[A-Z])[\w-]+){0,3} "
                r"(?:correspondent|reporter|editor|writer|columnist)\b(?: (?:with|at|for) .{2,60})?\.?$", re.I), REASON_CREDIT),
    # A market-data page's notes: "Quotes are delayed by at least 15 minutes", "Data provided by ...".
    (re.compile(r"^(?:data|quotes?|prices?|market data)\b.{0,40}\bdelayed\b|^(?:market )?data (?:provided|supplied|powered) by\b"
                r"|^(?:intraday|historical|real-time|realtime|end-of-day|market|stock|quote|price)s? data\b[^\"“”]{0,20}\b(?:provided"
                r"|supplied|powered) by\b|^real-time last sale data\b", re.I),
     REASON_NAV),
    (re.compile(r"^(?:(?:Opinion|Analysis|Commentary|Comment|Column|Review|Story|Words|Written|Text|Interview) [Bb]y"
                r"|[Bb]y)\s+[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+){0,3}(\s*(,|\||and|&).{0,60}"
                r"|(?:\s+[A-Za-z-]+){0,2}\s+(?:reporter|correspondent|editor|writer|columnist|contributor|producer))?$"), REASON_BYLINE),
    # A printed page's markers: "Find this article at:", "[Photo not shown]", "CONTINUED FROM PAGE B1", "[sponsored]".
    (re.compile(r"^(?:find this article at:?|check the box to include the list of links\b.{0,80}"
                r"|\[(?:photos?|images?|graphics?|videos?|charts?|maps?) not (?:shown|available|included)\]"
                r"|continued (?:from|on) (?:page|p\.) ?[a-z]?\d{1,3}[a-z]?|\[(?:sponsored|advertisement|ad)\])$", re.I),
     REASON_NAV),
    # A reprint notice ("This copy is for your personal, non-commercial use only ..."), a staff writer's credit
    # ("Staff writer Eddie Roe contributed to this report."), an editor's correction ("Correction: An earlier version
    # of this story misstated ...").
    (re.compile(r"^this copy is for your personal,? non-?commercial use\b"
                r"|^(?:staff |senior )?(?:writer|reporter|correspondent)s? (?-i:[A-Z])[\w.'’-]+(?: (?-i:[A-Z])[\w.'’-]+){0,3}"
                r"(?:,? and (?-i:[A-Z])[\w.'’-]+(?: (?-i:[A-Z])[\w.'’-]+){0,3})? contributed (?:reporting|to this (?:report|story|article))"
                r"[^.]{0,40}\.?$"
                r"|^(?:corrections?|clarifications?)\s*[:—–-]\s*(?:an? earlier|this (?:story|article|report)|a previous)"
                r"|^an? (?:earlier|previous) version of this (?:story|article|report)\b"
                # the writer's beat at the end: "Jo Roe covers business and labor for the Tribune. She joined ..."; not
                # the introduction of an interview's guest ("Jo Roe covers shipping for Nordlys Securities. Our
                # reporter asked her about ...": the article's own)
                r"|^(?!.*\b(?:asked (?:him|her|them)|spoke (?:to|with) (?:him|her|them)|interview)\b)"
                r"(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w.'’-]+){1,2} (?:covers|writes about|reports on) [^.\"“”]{3,80}"
                r" for (?:the )?(?-i:[A-Z])[^.\"“”]{1,60}\.(?: [^\"“”]{0,200})?$", re.I), REASON_CREDIT),
    # A site's upsell: "Premium members see real-time Level 2. Upgrade from $9.99/month".
    (re.compile(r"^(?:premium|pro|plus|gold) (?:members|subscribers) (?:see|get|can)\b.{0,120}$"
                r"|^upgrade (?:now|today|to (?:premium|pro|plus)|from [$€£]?\d)\b.{0,80}$", re.I), REASON_LOGIN),
    # The editors' note on the article itself, not the story's: "Editor's note: ...", "This story has been updated
    # to include ...", "This article was amended on 12 March to ...", "Clarification: The first sentence has been ...".
    (re.compile(r"^editor['’]?s['’]? note\s*[:—–-]\s*\S"
                r"|^this (?:article|story|report|post|piece) (?:was|has been) (?:amended|updated|corrected|changed|edited|revised)"
                r"\b[^\"“”]{0,300}$"
                # (a correction that only states the story's fact, "Correction: shares fell 5%, not 4%.", stays)
                r"|^(?:corrections?|clarifications?)(?:,\s*[^:.\"“”]{1,30})?\s*:\s*[^\"“”]{0,200}\b(?:earlier version|previous version"
                r"|this (?:story|article|report|post)|editing error|has been (?:clarified|corrected|updated|amended)|misstated"
                r"|misidentified|incorrectly (?:said|stated|reported|identified))\b[^\"“”]{0,300}$", re.I), REASON_CREDIT),
    # A consent box in other words: "By using this site, you agree to our Privacy Policy", "Your privacy choices".
    (re.compile(r"^by (?:using|continuing to (?:use|browse)|visiting|browsing) (?:this|our) (?:site|website)\b.{0,120}"
                r"\byou (?:agree|accept|consent)\b.{0,120}$|^your privacy (?:choices|options|settings)\b.{0,160}$", re.I), REASON_COOKIE),
    # A pay wall's or a donation box's pitch: "Get unlimited access for $1 a week", "Support independent journalism".
    (re.compile(r"^(?:get|try|enjoy) (?:unlimited|full|unrestricted|digital) access\b.{0,120}$|^[^\"“”]{0,60}\b(?:digital|unlimited|full) access\b[^\"“”]{0,80}\bcancel (?:at )?any ?time\b[^\"“”]{0,40}$"
                r"|^support (?:independent|quality|local|our) journalism\b.{0,120}$|^(?:donate|contribute) (?:today|now)\b.{0,60}$",
                re.I), REASON_LOGIN),
    # A press-release wire's closing credit of the issuer, in capitals: "SOURCE Harbour Robotics Inc.".
    (re.compile(r"^SOURCE (?:[A-Z][\w.&'’-]*)(?: (?:[A-Z][\w.&'’,-]*|of|and|&)){0,6}$"), REASON_CREDIT),
    # A gallery's counter and links ("Image 1 of 5", "1/5", "Open image in gallery"), a link to the story elsewhere
    # ("Read the full story at ..."), the site's own pitches ("Get the latest from ... in your inbox", "Our journalism
    # is funded by readers", "Have a story tip? ...", "Follow ... on Google News"), a series note.
    (re.compile(r"^(?:image|photo|picture|slide)s? \d{1,3} (?:of|/) \d{1,3}$|^\d{1,2} ?/ ?\d{1,2}$"
                r"|^open (?:image|photo|picture)s? in (?:gallery|new window|full ?screen)$"
                r"|^read the (?:full|original|complete|rest of the) (?:story|article|report|piece)(?: here)? (?:at|on|in)\b.{0,60}$"
                r"|^get the latest\b.{0,80}\b(?:inbox|newsletters?|app|alerts)\b.{0,20}$"
                r"|^our (?:journalism|reporting) is (?:funded|supported|made possible)\b.{0,100}$"
                r"|^(?:have|got) a (?:confidential |news |story )*tip\b.{0,100}$"
                r"|^follow .{1,50} on google news\b.{0,40}$"
                r"|^this (?:article|story|piece|report) is (?:part|one) of (?:our|an? (?:[\w-]+ ){0,2}(?:series|collaboration"
                r"|partnership|project)|the [^\"“”]{0,40}(?:series|project))\b[^\"“”]{0,120}$", re.I), REASON_NAV),
    # A comment counter in brackets ("View comments (43)", "Comments (98)"): the comments start here.
    # (or under another name: "Conversation (238)", "Questions from readers (23)", "Discussion (12)")
    (re.compile(r"^(?:(?:view|show|read|see|load|hide)\s+)?(?:all\s+)?(?:comments?|conversation|discussion"
                r"|(?:reader|readers['’]?) (?:comments|questions)|questions from (?:readers|our readers))\s*\(\d[\d,]*\)$", re.I),
     REASON_COMMENTS),
    # A byline's or date line's reading time ("Jo Roe · 3 min read", "12 May 2024 · 4 min read · Share"), a player's
    # prompt ("Listen to this article · 3 min", "VIDEO 2:51").
    (re.compile(r"^(?!.*[.!?][\"”’']?\s+\S)[^\"“”]{0,80}\b\d{1,2}\s*(?:min|mins|minutes?)\.?\s+read\b[^\"“”.!?]{0,60}$"
                r"|^listen to (?:this|the) (?:article|story)\b[^.!?]{0,20}$|^(?:video|watch|play)\s+\d{1,2}:\d{2}$"
                # (or with the clip's title after its length: "VIDEO 1:58 Strategist Jo Roe: 'Earnings will lead'")
                r"|^(?-i:VIDEO|Video|WATCH|Watch)\s+\d{1,2}:\d{2}\s+(?-i:[A-Z'‘\"“])[^\n]{0,150}$", re.I),
     REASON_NAV),
    # A market-data strip of ticker symbols and their moves ("HELI -5.88%  AURE +2.64%  CALD -2.62%").
    (re.compile(r"^(?:[A-Z][A-Z0-9.]{1,7}\s+[+\-−–]\d{1,3}(?:[.,]\d{1,2})?\s?%\s*[|·•,]?\s*){2,}$"), REASON_NAV),
    # A market-data page's note in other words: "Market data shown with a delay of 15 minutes or more", "All quotes
    # delayed a minimum of 15 minutes", "Index levels shown may be delayed".
    (re.compile(r"^[^\"“”]{0,60}\b(?:delayed|delay of)\b[^\"“”]{0,40}\b(?:\d{1,2}|fifteen|twenty) min(?:ute)?s?\b[^\"“”]{0,100}$"
                r"|^(?:index levels?|indices|quotes?|prices?|market data)\b[^\"“”]{0,30}\bmay be delayed\b[^\"“”]{0,100}$", re.I),
     REASON_NAV),
    # A photo's caption that ends on its bracketed credit with no stop before it ("Traders on the floor (Photo: Jo
    # Roe/Agency)", "The plant's gate. (Representational image/Agency)"), or a bracketed source alone ("(Source: Agency)").
    (re.compile(r"\((?:photo|image|picture|credit|representational (?:image|photo)|file (?:photo|image)"
                r"|stock (?:photo|image))s?\s*[:/][^()]{1,80}\)\s*$|^\(source\s*:[^()]{1,60}\)$", re.I), REASON_CAPTION),
    # A photographer's credit in capitals with the agency ("JO ROE | Agency Name").
    (re.compile(r"^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){1,3}\s*[|/]\s*[A-Z][\w&.'’-]*(?: [\w&.'’-]+){0,4}$"), REASON_CAPTION),
    # A byline with a dash before the writer's role ("By Jo Roe – Staff Reporter, The Daily Ledger"), or the writer and
    # the page's stamp ("Jo Roe | Updated: 16 Oct 2024, 17:24 IST").
    (re.compile(r"^[Bb]y\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s+[–—]\s+[^\"“”.!?]{2,80}$"
                r"|^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}\s*[|·•]\s*(?:[Uu]pdated|[Pp]ublished|[Pp]osted)\b[^\"“”]{0,50}$"
                # (or the writer and a role in lower case: "Jo Roe · journalist", "Jo Ann Roe | senior reporter")
                r"|^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}\s*[|·•]\s*(?:(?:senior|chief|staff|business|political|economics"
                r"|markets|finance|energy|technology|health|deputy|local|regional|news) )?(?:journalist|reporter|correspondent"
                r"|writer|editor|columnist|photographer)$"),
     REASON_BYLINE),
    # A live page's list of its latest entries, each cut short ("12.39 Our live coverage of the vote…").
    (re.compile(r"^\d{1,2}[.:]\d{2}\s+[^\"“”]{5,120}(?:…|\.\.\.)$"), REASON_LINK),
    # A sponsor's line under a promoted headline ("Promoted by Example Bank").
    (re.compile(r"^promoted by\b.{0,40}$", re.I), REASON_NAV),
    # A tag line ("Filed under: Stocks", "Topics: Energy, Banks"), a page's script prompt, the wire credit of a whole
    # story ("From staff and wire reports"), a blog post's byline ("Posted by Jo Roe on May 3, 2031 | 12 Comments").
    (re.compile(r"^(?:filed under|tags?|topics?|categories)\s*:\s*[^.!?\"“”]{1,80}$|\b(?:turn on|enable) javascript\b"
                r"|^from (?:staff|our) and (?:wire|agency|news agency) reports\.?$", re.I), REASON_NAV),
    (re.compile(r"^[Pp]osted by [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}\b[^\"“”]{0,60}$"), REASON_BYLINE),
    # A newsletter's pitch with its readership ("Join 63,000+ investors. Get our free daily email.").
    (re.compile(r"^join [\d,.]+k?\+? (?:investors|readers|subscribers|professionals|traders)\b.{0,100}$"
                r"|\bget our free (?:daily |weekly |morning )?(?:e-?mail|newsletter|briefing)\b.{0,40}$", re.I), REASON_NEWSLETTER),
    # A market widget's row: a name or pair, a price with decimals and a signed change ("EUR/USD 1.1173 +1.33%",
    # "Brent 82.10 -1.1%", "DJIA 38,654.42 +0.3%").
    (re.compile(r"^[A-Z][\w&./ -]{1,30}\s+\d[\d,]*\.\d+\s+[+\-−–]\d{1,3}(?:[.,]\d{1,2})?\s?%$"), REASON_NAV),
    # A site's disclaimer in other words ("Nothing on this site is investment advice.", "This article does not
    # constitute financial advice."), the outlet's note on a translation or a transcript ("This article was translated
    # from the original edition.", "[Automatically translated from German. The original is authoritative.]", "This
    # transcript was produced with automated tools and edited for clarity.").
    (re.compile(r"^nothing (?:on|in) this (?:site|website|page|article|newsletter|column)\b[^\"“”]{0,40}\b(?:investment|financial)"
                r" advice\b[^\"“”]{0,80}$"
                r"|^this (?:article|content|material|column|site|website) (?:is not|does not (?:constitute|offer|provide)) "
                r"(?:investment|financial) advice\b[^\"“”]{0,80}$"
                r"|^this (?:article|story|report|piece|interview) (?:was|has been) translated from the original(?:[- ]language)?"
                r" (?:edition|version|text)\.?$|^(?:(?:machine|ai|computer)[- ](?:assisted|aided|generated)|automated|automatic)"
                r" translation\b[^\"“”]{0,80}$"
                r"|^(?:(?:automatically |machine[- ]?|ai[- ]|computer[- ]?)translated|translated (?:automatically|by machine))"
                r" from (?:the )?[a-z]+\b[^\"“”]{0,100}$"
                r"|^this transcript (?:was|has been) (?:produced|generated|created|made)\b[^\"“”]{0,160}$", re.I), REASON_CREDIT),
    # A player's prompt in the page's other language, with its length ("Artikel anhören (6:51)", "Listen (4:02)").
    (re.compile(r"^(?:listen(?: to (?:this|the) (?:article|story))?|artikel anhören|écouter (?:l'|cet )article"
                r"|escuchar(?: el)? artículo|ascolta l'articolo|ouvir (?:o )?artigo|luister naar (?:dit )?artikel)"
                r"\s*\(?\d{1,2}:\d{2}(?:\s*min)?\)?$", re.I), REASON_NAV),
    # A translation's bare label, maybe after the same in the original language ("Oversat fra dansk / Translated from
    # Danish"): a line of the article's header wherever the page sets it. (With the original's stamp it stays where it
    # is: the stamp tells the timeline how the page writes its dates.)
    (re.compile(r"^(?:[^/|\d]{1,40}\s[/|]\s)?translated from (?:the )?(?-i:[A-Z])[a-z]+\.?$", re.I), REASON_HEADER),
    # A sign-up form's fields and button ("Work email*", "Job title*", "Work email Job title Continue"), a meter of the
    # pay wall ("You have read 2 of your 3 free articles this month.").
    (re.compile(r"^(?:(?:work |business |your )?e-?mail(?: address)?|(?:first |last |full |your )?name|job title|company(?: name)?"
                r"|country|phone(?: number)?|password)\s*\*$"  # one field, marked as required
                r"|^(?=.*\be-?mail\b)(?:(?:(?:work |business |your )?e-?mail(?: address)?|(?:first |last |full |your )?name|job title"
                r"|company(?: name)?|country|phone(?: number)?|password)\s*\*?\s*){2,6}(?:continue|submit|sign me up|sign up|subscribe"
                r"|register)?$"  # two fields or more, one of them the e-mail address, maybe the button
                r"|^you(?:'ve| have) read \d+ of (?:your )?\d+ free (?:articles?|stories)\b[^\"“”]{0,120}$", re.I), REASON_LOGIN),
    # A line of hashtags alone, the page's topics ("#Markets #Asia-Pacific #Freight").
    (re.compile(r"^#[^\W\d_][\w&-]*(?:\s+#[^\W\d_][\w&-]*)+$"), REASON_NAV),
    # A newsletter's pitch without its name: "Industry news and analysis delivered every morning. Free for ...".
    # (a noun phrase, no verb before it, and the phrase ends its sentence: "Meal kits are delivered every week to ..." stays)
    (re.compile(r"^(?![^.!?]*\b(?:is|are|was|were|be|been|being|get|gets|got)\s)[^.!?\d\"“”]{3,60}\bdelivered (?:free )?(?:to you )?"
                r"(?:every|each) (?:weekday|day|morning|evening|week)\s*(?:[.!]\s*[^\"“”]{0,80})?$", re.I), REASON_NEWSLETTER),
    # A list of other stories run into one line under its label ("Most viewed: <headline> · <headline>", "Read next:
    # ...", "More analysis: <headline> | 3 Aug 2026 · <headline>", "Latest filings: 11:45 <company> – <title> · ..."):
    # "More <section>:" and "Latest <kind>:" only with a second item after a dot ("Latest:" opens a live blog's entry).
    (re.compile(r"^(?:most (?:read|viewed|popular|shared|commented|watched|emailed)(?: (?:in|on) [\w&'’ -]{2,30})?|read next"
                r"|up next|what to read next)\s*[:|]\s*\S"
                # (no signed percent figure: "Other movers: Acme +2.1% · Beta -1.3%" is the article's list)
                r"|^(?!.*[+\-−–]\d[\d.,]*\s?%)(?:more|latest|recent|other) (?:[\w&'’-]+ ){0,2}[\w&'’-]+\s*:\s*[^·]{3,160}?\s·\s\S"
                # (or between bars under a label of the site's sections or reading: "More in Markets: <headline> |
                # <headline>", "More weekend reading: ... | ...")
                r"|^(?!.*[+\-−–]\d[\d.,]*\s?%)(?:more (?:in|from|on) (?-i:[A-Z])[\w&'’-]*(?: [\w&'’-]+){0,2}"
                r"|(?:more |further )?[\w'’-]+ reading|(?:more|further) reading)\s*:\s*[^|]{3,160}?\s\|\s\S"
                # (a label of more or other stories in words of its own, over three headlines or more: "More local
                # business: <headline> | <headline> | <headline>"; no figure in the first, a table's row has them)
                r"|^(?!.*[+\-−–]\d[\d.,]*\s?%)(?:more|other) (?:[\w&'’-]+ ){0,2}[\w&'’-]+\s*:\s*[^|\d]{3,160}?\s\|\s[^|]{3,160}?"
                r"\s\|\s\S",
                re.I), REASON_LINK),
    # Readers' comments run into one line: the label, then a reader's name and a colon ("Comments (32): jo_roe: ...",
    # "Reader comments: Thomas_B: ...").
    (re.compile(r"^(?:readers?['’]? )?comments?\s*(?:\(\d[\d,]*\))?\s*:\s*[^\s:]{2,30}(?: [^\s:]{1,20}){0,2}:\s", re.I),
     REASON_COMMENTS),
    # The note on the writer in other words: "Jo Roe is business editor of The Harbour Post and covers shipping.",
    # "Jo Roe writes the Courier's Market Forces column.", "Jo Roe reports on airlines and travel from Tampa."
    # (a line of its own, no quotation, no "said": "Jo Roe is editor of ..., said ..." is the story's).
    (re.compile(r"^(?-i:[A-Z])[\w.'’-]+(?: (?-i:[A-Z])[\w.'’-]+){1,3} (?:is|was) (?:the |an? )?(?:(?:deputy|senior|chief|"
                r"associate|assistant|contributing|[\w-]+) ){0,2}(?:editor|correspondent|reporter|writer|columnist)(?:-at-large)?"
                r" (?:of|at|for|with) (?:the )?(?-i:[A-Z])[^,;\"“”]{1,60}?(?: and (?:covers|writes about|reports on) [^\"“”]{3,80})?\.?$"
                r"|^(?-i:[A-Z])[\w.'’-]+(?: (?-i:[A-Z])[\w.'’-]+){1,3} writes (?:the |a |an )?[^.\"“”]{1,60} (?:column|newsletter"
                r"|blog)\.?$"
                r"|^(?-i:[A-Z])[\w.'’-]+(?: (?-i:[A-Z])[\w.'’-]+){1,2} (?:covers|writes about|reports on) (?-i:[a-z])[^.\"“”\d]{2,80}"
                r" (?:from|in) (?-i:[A-Z])[\w.'’ -]{1,40}\.$", re.I), REASON_CREDIT),
    # A site's disclaimer with its name as the subject, or with "for information only" before it ("Example Daily does
    # not provide financial advice. Capital at risk.", "This article is for information only and does not constitute
    # investment advice."); not a sentence the story reports ("..., the broker said").
    (re.compile(r"^(?![^\"“”]*\b(?:said|says|according)\b)(?:this (?:article|content|material|column|site|website|page"
                r"|newsletter|report|information)|(?-i:[A-Z])[\w&'’.-]*(?: (?-i:[A-Z])[\w&'’.-]*){0,4})"
                r"(?: is (?:for|provided for) (?:general )?(?:information(?:al)?|educational)(?: purposes)? only,?(?: and)?)?"
                r" (?:is not|does not (?:constitute|offer|provide|give)) (?:personal )?(?:investment|financial|trading) advice\b"
                r"[^\"“”]{0,100}$", re.I), REASON_CREDIT),
    # A donation box: "The Example Review is reader-funded. If you value our work, become a supporter from $5 a month."
    # (the site's own note: it ends there or goes on to ask for support)
    (re.compile(r"^(?:the )?(?-i:[A-Z])[^.,\"“”]{1,50} (?:is|are) (?:(?:nonprofit|non-profit|not-for-profit|independent)(?:,| and) )?(?:reader|member|listener)[- ]"
                r"(?:funded|supported)\."
                r"(?:\s[^\"“”]{0,120}\b(?:support|supporter|donate|donation|contribute|contribution|member|subscribe)\b[^\"“”]{0,80})?$"
                r"|^(?:if you value (?:our|this) (?:work|journalism|reporting),? )?become a (?:supporter|member|patron|friend)\b"
                r"[^\"“”]{0,80}$", re.I), REASON_LOGIN),
    # A newsletter pitch by its name and its round: "Get our Closing Bell email every weekday at 5pm.", "Get the
    # Example weekly briefing every Thursday.", "The Example Daily Brief newsletter brings you ...".
    (re.compile(r"^(?:get|receive) (?:our|the) [^.!?\"“”]{1,50}\b(?:e-?mail|briefing|bulletin|digest|newsletter|brief|alert)s? "
                r"(?:every|each) [^.!?\"“”]{2,40}[.!]?$"
                r"|^(?:the |our )?[^.!?\"“”]{1,50}\bnewsletter (?:brings|gives|sends|delivers) you\b[^\"“”]{0,120}$", re.I),
     REASON_NEWSLETTER),
    # A pay wall's note in other words: "You are reading a complimentary premium article. Subscribe for unlimited access.",
    # "Continue reading: create a free account to unlock 3 more reports this month."
    (re.compile(r"^you(?:'re| are) reading (?:a |an |one of your )?(?:complimentary|free|premium|subscriber[- ]only|members?[- ]only)"
                r"\b[^\"“”]{0,120}$"
                r"|^continue reading\s*[:–—-]\s*(?:create|register|sign up|log in|sign in|subscribe)\b[^\"“”]{0,100}$", re.I),
     REASON_LOGIN),
    # A promotion's call to act at its end ("... Awards 2026: entries close on 30 April. Enter now", "Report: the 2026
    # benchmark. Download now", "EVENT: ..., 9-10 June. Early-bird tickets available - book now").
    (re.compile(r"^[^\"“”]{3,200}(?:[.!?:]|\s[-–—|])\s*(?:enter|book|download|register|apply|reserve your (?:place|seat)"
                r"|secure your (?:place|seat)|buy (?:your )?tickets) (?:now|today|here|free)[.!]?$", re.I), REASON_NAV),
    # A chart's caption with its source ("Chart: Example 100, intraday. Source: Example Data").
    (re.compile(r"^(?:chart|graphic|graph|infographic|map)\s*:\s*[^\"“”]{1,120}\bsource\s*:\s*[^\"“”]{1,60}$", re.I),
     REASON_CAPTION),
    # A breadcrumb of sections ("Business > Retail & Consumer", "News › World › Europe").
    (re.compile(r"^(?-i:[A-Z])[\w&'’,-]*(?: [\w&'’,-]+){0,3}(?: [>›»] (?-i:[A-Z])[\w&'’,-]*(?: [\w&'’,-]+){0,3}){1,4}$", re.I),
     REASON_NAV),
    # ... or of sections between spaced slashes, each a word or two without a figure ("Business / Local economy").
    (re.compile(r"^[A-Z][a-z&'’-]+(?: [a-z&'’-]+)?(?: / [A-Z][a-z&'’-]+(?: [a-z&'’-]+)?){1,3}$"), REASON_NAV),
    # A market-data strip: names with a level and a change in brackets between bars, maybe under a label ("Markets:
    # Index A 41,378.86 (-0.37%) | Index B 2,863.04 (-0.26%) | ..."), or any list under a label that says its figures
    # are delayed ("Top movers (delayed): A +6.7% | B -3.6%").
    (re.compile(r"^(?:[\w&' ]{2,20}:\s*)?(?:[^\s|()][^|()]{1,30}\s+[^\s\d|()]?\s?\d[\d,]*(?:\.\d+)?\s*\([+\-−–]\d{1,3}"
                r"(?:[.,]\d{1,2})?\s?%\)\s*(?:[|·•]\s*|$)){3,}$"
                r"|^[^:()\"“”]{2,40}\((?:delayed|\d{1,2} ?min(?:ute)?s? delayed|delayed \d{1,2} ?min(?:ute)?s?)\)\s*:", re.I), REASON_NAV),
    # A photo's caption that ends on its photographer and agency or outlet without brackets: after a bar ("... in this
    # file photo taken in 2023. Jo Roe | Agency Images"), in brackets with a slash ("... at a pick-up window. (Jo
    # Roe/The Example Ledger)"), or a wire's slash credit ending on "File Photo" ("... in London. Example Wire/Jo
    # Roe/File Photo").
    (re.compile(r"[.!?]\s+[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){1,2}\s\|\s(?:The\s)?[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3}$"
                r"|[.!?]\s*\([A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){1,2}\s?/\s?(?:The\s)?[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,4}\)$"
                r"|[.!?]\s+[A-Z][^.!?\"“”/]{1,40}(?:/[A-Z][^.!?\"“”/]{1,40}){1,2}/\s?File (?:Photo|Picture|Image)$"
                # (the wire's licensing link run into its caption: "... File Photo Purchase Licensing Rights")
                r"|[.!?]\s+[^.!?\"“”]{1,80}\sPurchase Licensing Rights$"
                # (a local paper's credit: "... along a corridor. Jo Roe/Courier file photo")
                r"|[.!?]\s+[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){1,2}\s?/\s?(?:The\s)?[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3}"
                r"\s(?:[Ff]ile|[Ss]taff)\s(?:photo|picture|image)$"
                # ("... of a stock exchange. File photo/Jo Roe", "... of town. Source: Staff photographer")
                r"|[.!?]\s+(?:File|Stock) (?:photo|picture|image)\s?/\s?[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,3}$"
                r"|[.!?]\s+Source:\s[^.!?\"“”]{0,60}\b(?:[Pp]hotographer|Images|Photos|Pictures)$"
                # ("... before shipment. File photo. © Agency/Jo Roe", "A tower block in Salford (c) Jo Roe", "... a busy
                # terminal. File photo — Paper pic by Jo Roe": a credit after a copyright sign, or a photographer's "pic by")
                r"|(?:[.!?]|[a-z])\s+(?:(?:[Ff]ile|[Ss]tock|[Ss]taff) (?:photo|picture|image)[.:]?\s+)?(?:©|\([Cc]\))\s?[A-Z][^.!?\"“”©]{1,60}$"
                r"|[.!?]\s+(?:[Ff]ile|[Ss]tock|[Ss]taff) (?:photo|picture|image)\s*[—–-]\s*[^.!?\"“”]{0,40}\b(?:pic|photo|picture)"
                r"\s+by\s+[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,3}$"), REASON_CAPTION),
    # A market-data strip with its level and a change after an arrow or a sign, between bars, maybe under a label and
    # with its delay note ("Market data: ABCD 44.99 ▲3.25% | EFGH 14.25 ▼1.42% | ... Data delayed at least 15
    # minutes.", "Index A 559.39 +0.26% | Index B 23,301.95 +0.61% | Index C 7,943.11 +0.44%").
    (re.compile(r"^(?:[\w&' ]{2,20}:\s*)?(?:[A-Z][\w&./ -]{0,30}?\s+[$€£]?\d[\d,]*(?:\.\d+)?\s+[▲▼△▽↑↓+\-−–]\s?\d{1,3}"
                r"(?:[.,]\d{1,2})?\s?%\s*(?:\|\s*|(?=[.]?\s*(?:[^|\d\"“”][^|\"“”]{0,80})?$))){3,}[.]?\s*(?:[^|\d\"“”][^|\"“”]{0,80})?$"),
     REASON_NAV),
    # A page's list of topics under another label ("Suggested topics: Courts, Healthcare", "Related topics: A · B").
    # ("Explore more on these topics: Banking, Consumer rights")
    (re.compile(r"^(?:(?:suggested|related|more|popular|explore|key|trending)\s+(?:topics?|tags?|subjects?)"
                r"|(?:explore|read|find)?\s*more\s+(?:on|about)\s+(?:these|this|the)\s+(?:topics?|tags?|subjects?))\s*:\s*[^.!?\"“”]{1,120}$",
                re.I), REASON_NAV),
    # A pay wall's meter and pitch in other words: "Free registration: you have read 1 of 2 free articles. Register to
    # keep reading.", "You are reading one of your three free articles this month.", "Premium analysis is for
    # subscribers. Free registration unlocks five articles a month."
    (re.compile(r"^(?:[^:\"“”]{2,30}:\s*)?you(?:'ve| have) read (?:\d+|one|two|three|four|five) of (?:your )?(?:\d+ |one |two "
                r"|three |four |five |ten )?free (?:articles?|stories)\b[^\"“”]{0,120}$"
                r"|^you(?:'re| are) reading (?:\d+|one|two|three|four|five) of (?:your )?(?:\d+ |one |two |three |four |five |ten )?"
                r"(?:free|complimentary) (?:articles?|stories)\b[^\"“”]{0,120}$"
                r"|^[^.!?\"“”]{2,40} (?:is|are) (?:only )?for (?:paying )?(?:subscribers|members)(?: only)?\.\s+"
                r"(?:free registration|register|subscribe|sign up|log in|sign in)\b[^\"“”]{0,80}$", re.I), REASON_LOGIN),
    # A byline that credits the site's staff or desk ("By Example Daily staff", "By EXD news desk").
    (re.compile(r"^[Bb]y\s+(?:the\s+)?(?:[A-Z][\w.&'’-]*\s+){1,3}(?:staff|news desk|newsdesk|desk|staff writers?|reporters|editors"
                r"|editorial (?:staff|team)|news team)$"), REASON_BYLINE),
    # The publisher's company registration or address with its legal links at the page's foot ("Example Media Ltd, 1
    # Quay Road, London. Registered in England No. 01234567.", "Example Money is a trading name of Example Ltd, ...",
    # "Example Media LLC, 1 Main Street, New York, NY 10001 | Terms | Privacy | Contact").
    (re.compile(r"\bregistered in (?:england|scotland|wales|ireland|england (?:and|&) wales)\b[^\"“”]{0,30}\b(?:no\.?|number)\s*"
                r"[A-Z]{0,2}\d{6,8}\b"
                r"|^(?![^\"“”]*\b(?:said|says|according)\b)(?-i:[A-Z])[^.\"“”]{1,50} is a trading name of (?-i:[A-Z])[^\"“”]{1,300}$"
                r"|\s\|\s*(?:terms(?: of (?:use|service))?|privacy(?: policy)?)\s*\|\s*(?:terms|privacy|cookies?|contact|do not sell)\b",
                re.I), REASON_COPYRIGHT),
    # A promotion of the site's own events, papers and reader sessions: "Sponsored whitepaper: ...", "Webinar, Sept. 24:
    # ... Register", "Example Awards 2026: entries close 18 July.", "Example Live: Our reporters answer your questions
    # about ...", "Was this guide helpful? Yes | No".
    (re.compile(r"^(?:sponsored|promoted|partner|paid)\s+(?:whitepaper|white paper|report|webinar|content|post|guide|e-?book|survey"
                r"|study|video|podcast|event)s?\s*[:|–-]\s*\S"
                r"|^(?:webinar|live event|virtual event|event|conference|masterclass|live q&a)\s*,\s*[^:\"“”]{2,30}:\s*[^\"“”]{3,160}"
                r"\b(?:register|sign up|book|rsvp)(?: (?:now|here|today|free))?[.!]?$"
                r"|^(?-i:[A-Z])[^:\"“”]{2,60}\bawards?(?: \d{4})?\s*:\s*(?:entries|nominations|submissions) (?:close|open|are open|now open)\b"
                r"[^\"“”]{0,120}$"
                r"|^(?-i:[A-Z])[^:\"“”]{1,40}:\s*(?:our|join our) (?:reporters|editors|journalists|experts|correspondents) (?:answer|take)"
                r" your questions\b[^\"“”]{0,120}$"
                # ("Example Summit, Boston, Oct. 20-21 — tickets on sale now", "REGISTER NOW: Example Forum 2031, ...")
                r"|^[^\"“”]{3,120}\s[—–|-]\s(?:tickets|places|seats) (?:are )?(?:on sale|available) now[.!]?$"
                r"|^register (?:now|today|here)\s*[:|–—-]\s*\S"
                # an affiliate site's note: "We may earn a commission from some links on this page, but ..."
                r"|^we (?:may )?(?:earn|receive|get) (?:a )?(?:small )?(?:commission|fee|money)\b[^\"“”]{0,40}\blinks?\b[^\"“”]{0,120}$"
                r"|^(?:was|is|did you find) this (?:article|story|guide|page|post|explainer|information) (?:helpful|useful)\??"
                r"(?:\s*(?:yes|no)\s*[|/·]?){0,2}$", re.I), REASON_NAV),
    # A market-data widget's list of movers between bars, with no level, maybe under a label ("Top risers: Example
    # Group +5.12% | Sample Retail +1.85% | Model Rail +1.00%"), and an economic calendar between bars ("Thu 13 Mar
    # 09:30 Services PMI (final) | 13:30 Jobless claims | 15:00 Factory orders"): a sentence of an article does not
    # run its items between bars.
    (re.compile(r"^(?:[\w&' ()]{2,30}:\s*)?(?:(?-i:[A-Z])[^|%:\d\"“”]{1,40}?\s+[+\-−–]\s?\d{1,3}(?:[.,]\d{1,2})?\s?%\s*(?:\|\s*|$)){3,}$"
                r"|^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+\d{1,2}\s+[a-z]{3,9}\.?\s+)?\d{1,2}[:.]\d{2}\s+[^|\"“”]{2,50}"
                r"(?:\|\s*\d{1,2}[:.]\d{2}\s+[^|\"“”]{2,50}){2,}$", re.I), REASON_NAV),
    # The reader's account links run into a subscription offer ("Log in | Subscribe: first month for 1 kr.").
    (re.compile(r"^(?:log ?in|sign ?in|register)\s*[|·•/]\s*subscribe\b[^\"“”]{0,60}$", re.I), REASON_LOGIN),
    # A consent box in the words of the ad industry's framework, maybe with its buttons in brackets ("We value your
    # privacy. We and our partners store and access information on your device ... [I accept] [Reject all]").
    (re.compile(r"^we (?:value|care about|respect) your privacy\b[^\"“”]{0,600}$"
                r"|\bstore (?:and/or |and |or )?access information on (?:your|a|the user'?s?) device\b"
                r"|\[(?:i )?(?:accept|agree)(?: all)?\]\s*\[[^\]]{2,30}\]", re.I), REASON_COOKIE),
    # A labelled ad with its pitch, the label in brackets or set off by a long dash ("[Advertisement] Register now for
    # the Example Forum", "ADVERTISEMENT — Freight rates in one dashboard: try it free").
    (re.compile(r"^\[(?:advertisement|advert|ad|sponsored|promoted|anzeige|publicité)\]\s*\S"
                r"|^(?:advertisement|advert|sponsored|promoted|anzeige|publicité)\s*[—]\s*\S", re.I), REASON_NAV),
    # The site's channel on a messaging app ("Join the Example Post's Telegram channel for the latest news").
    (re.compile(r"^(?:join|follow|subscribe to)\b[^.!?\"“”]{0,60}\b(?:telegram|whatsapp|signal|discord|youtube|viber|line)"
                r" (?:channel|group|community)\b[^\"“”]{0,120}$", re.I), REASON_NEWSLETTER),
    # A caption's credit in other forms: in brackets after the outlet's own label ("... in Singapore. (Example Post
    # illustration; photo: Jo Roe)"), in another language ("(Foto/Photo: Staff)"), as a courtesy ("... workshop.
    # Courtesy: Example archive") or as a bare label and name ("... the exchange building. Photo Jo Roe").
    (re.compile(r"[.!?]\s*\([^()\"“”]{0,60}\b(?:photo|foto|image|picture)s?\s*:[^()]{1,60}\)$"
                r"|\(fotos?\s*[:/][^()]{1,80}\)\s*$"
                r"|[.!?]\s+(?-i:Courtesy)(?: of)?\s*:?\s+(?-i:[A-Z])[^.!?\"“”]{1,60}$"
                r"|[.!?]\s+(?-i:Photo|Foto|Picture|Image)\s+(?-i:[A-Z])[\w.&'’-]*(?:\s(?-i:[A-Z])[\w.&'’-]*){0,3}$"
                # ("... over a shipping lane. Source: Jo Roe/Agency")
                r"|[.!?]\s+(?-i:Source):\s(?-i:[A-Z])[\w.'’-]+(?:\s(?-i:[A-Z])[\w.'’-]+){1,2}\s?/\s?(?-i:[A-Z])[\w&.'’-]*"
                r"(?:\s(?-i:[A-Z])[\w&.'’-]*){0,3}$", re.I),
     REASON_CAPTION),
    # A wire's credit with "reporting" after a dash ("—With reporting by Jo Roe", "-- Additional reporting by Jo Roe").
    (re.compile(r"^[—–-]+\s*(?:with )?(?:additional )?reporting by (?-i:[A-Z])[^\"“”]{1,120}$", re.I), REASON_CREDIT),
    # A publisher's address at the page's foot with its e-mail and telephone ("Example Journal, 1 Main St, Monterrey |
    # Contact: desk@example.mx | Tel. +52 81 5550 1200").
    (re.compile(r"^(?=[^\"“”]*\S@\S+\.\w)(?=[^\"“”]*\b(?:tel|phone|telephone|fax|tél|teléfono|telefone)\b\.?\s*:?\s*\+?\(?\d)[^\"“”]{10,300}$",
                re.I), REASON_CONTACT),
    # A wire's note on itself ("Example Wire, the news and media division of Example Group, is a provider of business
    # news."), a brief's source lines ("Source text: ...", "Further company coverage: ..."). ("Source: Example Wire"
    # stays: under a reprint it names where the text came from.)
    (re.compile(r"^(?-i:[A-Z])[^,\"“”]{1,50}, the (?:[\w&]+ ){0,3}(?:division|arm|unit|service|business) of [^,\"“”]{1,60}, is (?:a|the|one of the)"
                r" (?:[\w'’-]+ ){0,3}providers? of\b[^\"“”]{0,160}$"
                r"|^source text\b[^:\"“”]{0,40}:\s*\S|^further company coverage\s*:", re.I), REASON_CREDIT),
    # A newsletter's pitch in other words ("The stories that move markets, in your inbox before the open.", "Get a
    # digest of the news straight to your inbox", "Want more? Sign up to the Courier's daily newsletter here.", "Sign
    # up for the Example Report - the week's news, every Friday.", "Get the Example Letter, our free weekly round-up.").
    (re.compile(r"^(?![^\"“”]*\b(?:said|says|according)\b)[^\"“”]{0,100}\b(?:in|to|into) your inbox\b[^\"“”]{0,80}$"
                r"|(?:^|[.!?]\s+)sign up (?:to|for) [^.!?\"“”]{0,60}\bnewsletters?\b(?: here)?[.!]?$"
                r"|^sign up for (?:the |our )?[^.!?\"“”]{1,60}\s[-–—]\s[^\"“”]{0,100}\bevery (?:day|weekday|week|morning|evening"
                r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b[.!]?$"
                r"|\bour free (?:daily|weekly|monthly) (?:round-?up|digest|briefing)\b",
                re.I), REASON_NEWSLETTER),
    # A pay wall's pitch and a trial ("Subscribe to Example PRO for exclusive insights ... Start free trial", "Our
    # journalism relies on your support. Subscribe from just £1 a week.", "Example Review | Subscribe: first month 1 |
    # Sign in"), an ad slot's note ("This advertisement has not loaded yet, but your article continues below.").
    (re.compile(r"\bstart (?:your |a )?free trial[.!]?$|^our (?:journalism|reporting|newsroom) (?:relies|depends|is reliant) on\b"
                r"|\bsubscribe (?:from|for) (?:just |only )?(?:[$€£]|gbp |usd |eur )?\d[^\"“”]{0,40}$"
                r"|\|\s*subscribe\b[^|\"“”]{0,40}\|\s*(?:sign in|log ?in)$"
                r"|\byour (?:article|story) continues below\b", re.I), REASON_LOGIN),
    # A site's disclaimer and a column's note in other words ("Important: ... for information only and are not
    # personal investment advice.", "The value of investments can go down as well as up.", "The views expressed are
    # her own.", "Letters may be edited for length.").
    (re.compile(r"^(?![^\"“”]*\b(?:said|says|according)\b)[^\"“”]{0,120}\bfor information(?:al)? (?:purposes )?only\b[^\"“”]{0,20}\b(?:not|no)"
                r" (?:personal )?(?:investment|financial) advice\b[^\"“”]{0,160}$"
                r"|^(?![^\"“”]*\b(?:said|says|according)\b)[^\"“”]{0,160}\bthe value of (?:your )?investments? (?:can|may) (?:go|fall) down"
                r" as well as up\b[^\"“”]{0,80}$"
                r"|\bthe (?:views|opinions) expressed (?:here |in this (?:article|column|piece) )?are (?:his|her|their|my|the author['’]s"
                r"|the writer['’]s|the columnist['’]s) own\b|\bletters may be edited\b", re.I), REASON_CREDIT),
    # A photo's credit after the photographer's name ("Jo Roe, Courier file photo"), a staff byline ("Courier staff
    # writer").
    (re.compile(r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2}, (?:[A-Z][\w&'’-]* ){0,3}(?:file|staff) (?:photo|picture|image)$"
                r"|^(?:The )?(?:[A-Z][\w&'’-]* ){1,3}staff (?:writer|reporter|photographer)s?$"), REASON_CREDIT),
    # A newsletter's or a live page's pitch in other words ("Example Bell newsletter - sign up for free.", "Follow
    # @ExampleLive for live coverage every trading day.", "Get local news delivered every morning. Sign up for the
    # Daily.", "Sign up for Example Bid, our daily briefing ... Enter your email address | Sign up", "Get Example
    # Dispatch in your inbox. The must-read daily newsletter for ... [Work email] [Sign up]").
    (re.compile(r"^[^\"“”.!?]{1,60}\bnewsletters?\s*[-–—:]\s*sign up\b[^\"“”]{0,40}$"
                r"|^follow @\w{2,30} (?:for|on)\b[^\"“”]{0,80}$"
                r"|^get [^.!?\"“”]{1,60}\bdelivered\b[^.!?\"“”]{0,40}[.!]\s+sign up (?:for|to)\b[^\"“”]{0,60}$"
                r"|^sign up (?:for|to) [^\"“”]{1,160}\benter your e-?mail\b[^\"“”]{0,60}$"
                r"|^(?![^\"“”]*\b(?:said|says)\b)[^\"“”]{0,200}\b(?:inbox|newsletter)\b[^\"“”]{0,200}\[(?:sign up|subscribe|sign me up|join)\]$",
                re.I), REASON_NEWSLETTER),
    # A site's plea for support ("If you value our journalism, please consider a contribution. [Support us]"), its
    # comments' note ("Have your say: comments are moderated. Log in or register to comment."), the end of a live
    # page ("Live coverage has ended.").
    (re.compile(r"^(?![^\"“”]*\b(?:said|says)\b)[^\"“”]{0,120}\bplease consider (?:a contribution|a donation|supporting us|donating"
                r"|contributing|making a contribution)\b[^\"“”]{0,60}$"
                r"|^have your say\s*:[^\"“”]{0,160}$|\b(?:log in|sign in|register) to comment\b[.!]?$"
                r"|^(?:our |this )?live (?:coverage|blog|updates) (?:has|have) (?:now )?ended\b[^\"“”]{0,80}$", re.I), REASON_LOGIN),
    # A wire's credit under a reprint ("With files from Example Wire", "Via Example Wire. (Reporting by Jo Roe;
    # Editing by Al Poe)").
    (re.compile(r"^with files from (?-i:[A-Z])[^\"“”.!?]{1,60}\.?$"
                r"|^via (?-i:[A-Z])[^.\"“”]{1,50}\.\s*\((?:reporting|writing|editing|compiled)\b[^()]{1,200}\)$", re.I), REASON_CREDIT),
    # A caption's credit as agency and photographer in brackets ("... on a lab bench. (Example Images/Jo Roe)"; a
    # line with a quotation stays: a poster's words quoted above its credit may be a quotation of the story).
    (re.compile(r"^[^\"“”]*[.!?]\s*\([A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,2}\s?/\s?[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2}\)$"),
     REASON_CAPTION),
    # A reader's comment's head: the reader's name or handle and how long ago, or a handle and the day (see
    # :data:`COMMENT_HEAD_RE`); the comment's buttons ("Reply", "Reply · Like") and a blog's like button ("Like this:
    # Like Loading...").
    (COMMENT_HEAD_RE, REASON_COMMENTS),
    (re.compile(r"^(?:reply|report|like)(?:\s*[·|•]\s*(?:reply|like|report|share|flag))*$|^like this:\s*(?:like\s*)?loading\b", re.I),
     REASON_COMMENTS),
    # A newsletter's pitch at a post's end ("Thanks for reading The Example Letter! Subscribe for free to receive new
    # posts.", "Get the free newsletter. Subscribe to Example Daily for the top stories.", "Don't miss out on the
    # headlines from Business. Followed categories will be added to My News.").
    (re.compile(r"^thanks? (?:you )?for reading\b[^\"“”]{0,80}[.!]\s+subscribe\b[^\"“”]{0,120}$"
                r"|^(?:get|sign up for|subscribe to) (?:the|our) (?:free )?[^.!?\"“”]{0,40}\bnewsletters?[.!]\s+(?:subscribe|sign up)\b"
                r"[^\"“”]{0,120}$"
                r"|^don['’]?t miss out on the (?:latest )?(?:headlines|news|stories)\b[^\"“”]{0,160}$", re.I), REASON_NEWSLETTER),
    # A broadcaster's note on its transcript ("THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM.",
    # "Transcript may contain errors.").
    (re.compile(r"^this is a rush transcript\b[^\"“”]{0,200}$|^(?:this )?transcript may (?:not|contain)\b[^\"“”]{0,200}$", re.I),
     REASON_CREDIT),
    # An e-mail newsletter's footer ("Forwarded this email? Subscribe here. | Unsubscribe | Update preferences"), and
    # a menu's run that ends in the newsletter's pitch ("Home | About | Disclaimer Join 8,400 readers: Sign up for
    # the newsletter!").
    (re.compile(r"^forwarded this (?:e-?mail|newsletter)\?[^\"“”]{0,160}$"
                r"|^(?:[^|\"“”]{1,30}\|\s*){2,}[^|\"“”]{0,80}\bsign up for (?:the|our) (?:free )?(?:daily |weekly )?newsletter[.!]?$", re.I),
     REASON_NEWSLETTER),
    # A pay wall's note over a summary ("You are viewing a summary. Full PDF available to subscribers.").
    (re.compile(r"^you are (?:viewing|reading|seeing) (?:a|the|an) (?:summary|preview|excerpt|abstract)"
                r"(?: of (?:this|the) (?:article|report|note|story|research))?[.!](?:\s[^\"“”]{0,120})?$", re.I),
     REASON_LOGIN),
    # A reprint's note on where it came from ("This story was provided by Example Wire and has not been edited by our
    # staff.", "This article was syndicated from a wire service.", "Example Brief is an independent newsletter.
    # Excerpts used under license.").
    (re.compile(r"^this (?:story|article|report|content) (?:was|is|has been) (?:provided|supplied|syndicated)"
                r" (?:by|from|through|via)\b[^\"“”]{0,160}$"
                r"|^[^\"“”]{0,80}\b(?:excerpts?|articles?|stories|content|material) (?:are |is )?(?:used|reproduced"
                r"|republished) (?:under licen[cs]e|with permission)\.?$", re.I), REASON_CREDIT),
    # A pay wall's note to the reader ("Subscribe to the Ledger for 99¢ a week. Already a subscriber? Log in.",
    # "Subscribers only: this article is free to read this weekend.", "Your free article limit: 3 of 5 used this
    # month.", "This article is for subscribers. You are reading a free preview (1 of 3).").
    (re.compile(r"^subscribe to [^.!?\"“”]{1,40} for [^.!?\"“”]{1,30}\b(?:a|per|each) (?:week|month|year)\b[^\"“”]{0,120}$"
                r"|^[^\"“”]{0,80}\balready a subscriber\?[^\"“”]{0,80}$"
                r"|^subscribers? only\s*[:.!-][^\"“”]{0,120}$|^your free (?:article|story|stories|articles) limit\b[^\"“”]{0,140}$"
                r"|^this (?:article|story|content|report) is (?:only )?for (?:subscribers|members|paying)\b[^\"“”]{0,140}$",
                re.I), REASON_LOGIN),
    # A research note's note on its readers ("FOR INSTITUTIONAL INVESTORS ONLY. Not for distribution in the United
    # States.", "For institutional clients. Public excerpt. See disclosures at end.").
    (re.compile(r"^for (?:institutional|professional) (?:investors|clients|use)(?: only)?\b[.!]?(?:\s[^\"“”]{0,160})?$"
                r"|^not for (?:distribution|publication|onward distribution)\b[^\"“”]{0,120}$", re.I), REASON_CREDIT),
    # A newsletter's closing links, after its note on itself or alone ("Example Digest is a free newsletter. Forward
    # to a friend | Unsubscribe", "Unsubscribe | Manage preferences"), and why the reader got it ("You are receiving
    # this email because you subscribed to ...").
    (re.compile(r"(?:^|[.!?]\s+|[|·•]\s*)(?:unsubscribe(?: (?:at )?any ?time| here)?|forward (?:this (?:e-?mail|newsletter"
                r"|issue) )?to a friend)\.?\s*(?:[|·•]\s*[^|·•\"“”]{1,60}\s*)*$"
                r"|^you(?:'re| are)? receiv(?:e|ed|ing) this (?:e-?mail |newsletter |message )?because you\b[^\"“”]{0,120}$",
                re.I), REASON_NEWSLETTER),
    # A syndicated story's note on what the site did to it ("This story has not been edited by Example Review staff and
    # is published from a syndicated feed.", "(Only the headline and picture of this report may have been reworked by
    # the Example staff; the rest of the content is auto-generated from a syndicated feed.)").
    (re.compile(r"^\(?(?:only the headline|this (?:story|article|report|content|copy)|the (?:story|article|report))\b"
                r"[^\"“”]{0,200}?\b(?:from an? syndicated (?:feed|wire)|not been edited by\b[^\"“”]{0,60}?\bstaff)\b"
                r"[^\"“”]{0,160}$", re.I), REASON_CREDIT),
    # A broadcaster's note on its transcript ("[Transcript auto-generated and lightly edited. May contain errors.]",
    # "[Transcript by Example Media Monitoring. Not for redistribution.]").
    # (with a word on its state or its use, so "Transcripts were provided to the committee on Monday." stays)
    (re.compile(r"^(?=.*\b(?:errors?|edited|redistribut\w*|reproduc\w*|accura\w*|verbatim|final form)\b)transcripts? "
                r"(?:(?:is|are|was|were|has been|have been) )?(?:auto-?generated|machine-generated|generated|produced|provided"
                r"|prepared|by)\b[^\"“”]{0,160}$", re.I), REASON_CREDIT),
    # The site's note that the page is a machine translation, maybe after the site's name and in brackets ("This page
    # is translated automatically by machine. Original text is Japanese.", "Example Online [This page was automatically
    # translated. The original text prevails.]", "[This page has been translated from Hindi automatically.]"); with the
    # original's date it stays, as the label alone does (see above: the stamp tells the timeline how the page writes dates).
    (re.compile(r"^(?![^\"“”]*\b(?:said|says|according)\b)(?!.*\d)(?:[^\[\]\"“”]{1,60}\s)?\[?this (?:page|article|story|report|text"
                r"|content|post|site) (?:is|was|has been) (?:(?:automatically|machine[- ]?) )?translated(?:\.|$| automatically\b"
                r"| by (?:machine|software|an? (?:ai|machine|computer))\b| (?:from|with|using) )[^\"“”\[\]]{0,160}\]?$", re.I),
     REASON_CREDIT),
    # Whose material the story used, in one or two sentences of credit: "Harbour Wire material was used in this
    # report.", "Ledger staff contributed local reporting.", "From Harbour Wire reports."
    (re.compile(r"^(?:(?:(?-i:[A-Z])[\w&.'’-]*(?: (?:(?-i:[A-Z&])[\w&.'’-]*|of|and)){0,5} (?:material|reporting|reports|content)"
                r" (?:was|were|has been|have been) used in (?:this|the) (?:report|story|article)"
                r"|(?-i:[A-Z])[\w&.'’-]*(?: (?-i:[A-Z])[\w&.'’-]*){0,4} (?:staff|reporters|correspondents) contributed"
                r" (?:(?:local|additional|further) )?(?:reporting|to this (?:report|story|article))"
                r"|from (?:the )?(?-i:[A-Z])[\w&.'’-]*(?: (?:(?-i:[A-Z&])[\w&.'’-]*|and)){0,5} reports)[.;]?\s*){1,2}$", re.I),
     REASON_CREDIT),
    # Who translated the article ("Translated from the German by the editorial team.", "(Translated from Japanese by
    # the Example Online desk)").
    (re.compile(r"^[(\[]?(?:this (?:article|story|report|interview|text) (?:was|has been) )?translated from (?:the )?"
                r"(?-i:[A-Z])[a-z]+(?: original)? by (?:the |an? |our )?[^.\"“”()\[\]]{1,50}?\.?[)\]]?$", re.I), REASON_CREDIT),
    # A live page's note on its clock and its order, alone or closing the page's stamp line: "All times GMT; newest
    # first.", "Rolling coverage of the vote. All times CET.", "Example Live desk | 21 July 2015 | All times GMT (Tokyo
    # is GMT+9)".
    # (its zone in words, and its prompt to reload: "Example Live. All times Pacific; reload the page for new updates.")
    (re.compile(r"^(?:[^\"“”]{0,100}?[.;|]\s+)?all times (?:are )?(?:in )?(?:(?-i:[A-Z]{1,4}T|UTC|ET|CT|PT)|local(?: time)?"
                r"|(?:eastern|central|pacific|mountain)(?: time)?)"
                r"(?:[+-]\d{1,2})?(?:\s*\([^()]{1,40}\))?(?:[;,.]?\s*(?:newest|latest|most recent|oldest) (?:first|on top|at the top))?"
                r"(?:[;,.]?\s*(?:refresh|reload)(?: (?:the|this) page)? for (?:the latest |more |new )?updates)?\.?$", re.I), REASON_NAV),
    # A newsletter's disclaimer opening its note on itself ("Not investment advice. Subscribers receive this letter
    # every Friday.").
    (re.compile(r"^not (?:investment|financial|trading) advice[.!]?(?:\s+(?:subscribers|readers|members|this (?:letter|newsletter"
                r"|note|e-?mail|briefing))\b[^\"“”]{0,160})?$", re.I), REASON_CREDIT),
    # The note on the writer with the outlet's own possessive ("Jo Roe is The Harbour Post's energy columnist."), or
    # ending on when the column runs ("Jo Roe farmed wheat for 30 years. Her column runs each Tuesday.").
    (re.compile(r"^(?-i:[A-Z])[\w.'’-]+(?: (?-i:[A-Z])[\w.'’-]+){1,3} is (?:the |a |an )?(?-i:[A-Z])[\w&.'’ -]{1,50}?['’]s"
                r" (?:[\w-]+ ){0,3}(?:editor|correspondent|reporter|writer|columnist|commentator)\.?$"
                r"|^(?![^\"“”]*\bsaid\b)[^\"“”]{0,200}?\b(?:his|her|their) column (?:appears|runs|is published) (?:every|each|on)\b"
                r"[^\"“”.]{1,40}\.?$", re.I), REASON_CREDIT),
    # The note under a story of a suicide on where to find help ("If you are in crisis, call the national crisis line
    # on 0800 000.", "For confidential support, the Samaritans answer on 0300 000.").
    (re.compile(r"^(?:if you\b|in the (?:us|u\.s\.|uk|u\.k\.|united states|united kingdom)\b|for (?:confidential )?(?:support|help)\b"
                r"|help is available\b|need (?:help|support)\b)[^\"“”]{0,200}\b(?:lifeline|samaritans|helpline|hotline|crisis (?:text )?line)\b"
                r"[^\"“”]{0,160}$", re.I), REASON_CREDIT),
    # The site's prompt to follow it, after a question to the reader ("Enjoyed this story? Follow Example on X.").
    (re.compile(r"^(?:like|liked|enjoy|enjoyed|love|loved) (?:this|the|our) (?:article|story|piece|post|coverage)\?\s+follow "
                r"(?:us|(?-i:[A-Z])[\w.&'’-]*(?: (?-i:[A-Z])[\w.&'’-]*){0,3}) on (?:x|twitter|facebook|instagram|linkedin|threads"
                r"|bluesky|youtube|tiktok)\b[^\"“”]{0,60}$", re.I), REASON_CONTACT),
    # Other stories of the site under their label, run into one line ("Trending on Example: <headline> | <headline>").
    (re.compile(r"^trending (?:now|on (?-i:[A-Z])[\w.&'’ -]{1,30}|in (?-i:[A-Z])[\w.&'’ -]{1,30})\s*[:|]\s*\S.{0,250}$", re.I),
     REASON_LINK),
    # A newsletter's sign-up under a label of its own ("Price alerts: sign up for Example's daily markets digest.").
    (re.compile(r"^(?-i:[A-Z])[\w'’ -]{1,30}:\s+(?:sign up|subscribe)\b[^\"“”]{0,60}\b(?:newsletters?|round-?up|briefing|digest"
                r"|bulletin|alerts|updates)\b[^\"“”]{0,30}$", re.I), REASON_NEWSLETTER),
    # A live page's sign-off, maybe under its time stamp ("18:30 GMT - That's all for tonight. Thank you for
    # following along.", "Thanks for joining us. We will be back at 8am.").
    (re.compile(r"^(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:(?-i:[A-Z]{1,4}T|ET|UTC))?\s*[-–—:]\s*)?"
                r"(?:that['’]s (?:it|all) (?:from (?:us|me)|for (?:today|tonight|now))(?: today| tonight| for (?:today|now))?[.!]\s*)?"
                r"thanks? (?:you )?for (?:reading|following(?: along)?|joining us)[.!]?"
                r"(?:\s+(?:we['’]ll|we will) be back [^\"“”.!?]{1,40}[.!]?)?$", re.I), REASON_NAV),
    # The source of a page's market data under its label, maybe with the time of its prices ("Data: Example Markets.
    # Closing prices as of 4:30 p.m. GMT."), and the note that its figures are a past session's ("Share prices as of
    # Wednesday's close.").
    (re.compile(r"^(?:data|prices|quotes|market data)\s*:\s*(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,4}\."
                r"(?:\s+(?:[\w-]+ ){0,2}(?:prices|data|quotes|figures) (?:are )?as of (?:[^\"“”.]|\b[ap]\.m\.){2,40}\.?)?$"
                r"|^(?:[^\"“”.]{0,60}\.\s+)?(?:stock|share|market|price) (?:data|prices|quotes) (?:are )?as of [^\"“”.]{2,40}\.?$",
                re.I), REASON_NAV),
    # A wire's credit at the foot in other words ("With additional reporting from Example Wire", "This story is based on
    # reports by Example Wire."), and a site's disclaimer on its stock picks ("For information only and does not
    # constitute investment advice.").
    (re.compile(r"^(?:with )?additional reporting (?:by|from) (?-i:[A-Z])[^\"“”]{1,120}$"
                r"|^(?:this (?:article|story|report) (?:is|was) )?based on (?:reporting|reports) (?:by|from) (?-i:[A-Z])[^\"“”.]{1,80}\.?$"
                r"|^(?:this (?:article|story|report|column|content) is )?for information(?:al)? (?:purposes )?only,? and (?:is|does) not"
                r" (?:constitute )?(?:a recommendation|an? (?:offer|solicitation)|(?:investment|financial) advice)\b[^\"“”]{0,120}$"
                # ("The Example Post is not responsible for the content of external sites.")
                r"|^(?-i:[A-Z])[^\"“”.]{1,60} (?:is|are) not responsible for the content of (?:external|third[- ]party|other)"
                r" (?:sites|websites|internet sites|links)\.?$",
                re.I), REASON_CREDIT),
    # A photo's credit alone on its line, an agency's or a paper's and the photographer's name after a slash ("AP
    # Photo/Jo Roe", "Example Images/Jo Roe"), or the paper's word for it ("Courier file photo").
    (re.compile(r"^(?:[A-Z][\w&.'’-]*\s){0,3}(?:Photo|Photograph|Picture|Images?)\s?/\s?[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,3}$"
                r"|^(?:[A-Z][\w&.'’-]*\s){1,3}(?:file |staff )?(?:photo|photograph|picture)$"), REASON_CAPTION),
    # The section a post was filed in, on its own line ("Posted in Markets", "Posted in: Companies, Markets").
    (re.compile(r"^posted in:?\s(?-i:[A-Z])[\w &,'’-]{1,50}$", re.I), REASON_NAV),
    # Where a table's or a list's figures come from and how firm they are, at the foot: "Sources: exchange filings,
    # company data, Example Ledger calculations.", "Data: Example Exchange. Prices are preliminary.", "Premarket quotes
    # are indicative and may change before the open." (not "Source: <name>." alone: a quotation's source).
    (re.compile(r"^sources?:\s(?![^\"“”]*\b(?:said|says|told)\b)[^.\"“”]{0,100}\b(?:statements?|data|reporting|filings?|calculations?|estimates?|research"
                r"|records|reports)(?:\s+(?-i:[A-Z])[\w&'’-]*){0,3}\.?$"
                r"|^data:\s(?-i:[A-Z])[^.\"“”]{1,60}\.(?:\s(?:figures|data|prices) are (?:provisional|preliminary|unaudited"
                r"|indicative|delayed)\.)?$"
                r"|^(?:(?:premarket|pre-market|after-hours|closing|indicative|stock) )?(?:prices|quotes|figures|data) (?:are|is)"
                r" (?:indicative|provisional|preliminary|delayed)(?:,? and (?:may|might|could|can) (?:differ|change|be revised)\b"
                r"[^\"“”,;]{0,60}| by (?:at least |up to )?\d+ minutes)?\.?$", re.I), REASON_CREDIT),
)
#: For each of :data:`_PATTERNS`, its gate: ``(prefixes, substrings)`` of which a line must start with one or hold
#: one for the pattern to match (lower-cased for a case-insensitive pattern), or None (always tried). A gate only
#: skips a pattern that cannot match (:func:`_pattern_reason`); each is read off its pattern's literal words.
_PATTERN_GATES: tuple[tuple[tuple[str, ...], tuple[str, ...]] | None, ...] = (
    ((), ("password",)),
    ((), ("cookie",)),
    (("also read", "read also", "read more", "related", "recommended", "see also", "must read", "don", "more on this"), ()),
    (("©", "(c)", "copyright"), ("all rights reserved",)),
    (("write us", "email us", "e-mail us", "follow us", "contact"), ()),
    (("write to", "email", "e-mail", "reach", "contact", "follow"), ()),
    (("http",), ("@",)),
    (("join", "sign up", "subscribe"), ()),
    (("enter your e", "by ", "privacy notice"), ("inbox", "newsletter")),
    ((), ("Wikimedia Commons", "Getty Images", "Reuters", "AFP", "Bloomberg", "Shutterstock", "EPA", "Photo")),
    (("photo", "image", "picture", "credit", "caption", "["), ()),
    (("(", "file photo"), ("photo", "image", "picture", "credit", "file ")),
    (("Getty Images",), ("/",)),
    None,
    None,
    (("[",), ()),
    (("(", "additional ", "reporting", "writing", "editing", "compiled", "graphics", "our standards", "combine"),
     ("trust principles", "with assistance from")),
    ((), ("contributed", " is a")),
    (("powered by", "headlines", "excerpts", "snippets", "summaries"), ()),
    (("already a", "subscribe", "to continue reading", "create a free", "continue reading with", "this ", "thank",
      "please enter", "already", "sign in", "sign up", "log", "register", "you"), ()),
    (("click to", "presented by", "sponsored by", "brought to you by", "this "), (" ago", "ad blocker", "adblocker", "ad-blocker")),
    ((), ("let us know", "tell us", "share your")),
    (("sponsored", "promoted", "paid ", "advertorial", "partner content", "ad feature", "advertisement", "pull",
      "trending "), ()),
    (("also on", "more from", "more on", "elsewhere on", "only on", "watch", "video", "listen", "podcast", "gallery",
      "in pictures", "explainer", "webinar", "whitepaper", "white paper", "ebook", "e-book", "quiz", "premium", "exclusive"), ()),
    (("about the ", "(disclaimer", "disclaimer"), ()),
    ((), ("reach ", "email ", "e-mail ", "contact ", "message ", "call ", "follow ")),
    ((), ("follow ",)),
    ((), ("follow us on",)),
    (("get", "receive", "try", "want", "love", "enjoy", "never miss", "don", "subscribe", "sign up"), ()),
    ((), ("app", "podcast", "comment", "spam", "by e", "subscribe", "account", "free article", "free stor",
          "subscribers only", "register", "sign up", "delivered", "for the latest", "catch", "new window", "community")),
    ((), (" ago", "›", "»", "→", "hot topics", "trending", "popular", "top stories", "most read", "editor",
          "also like", "also in", "further reading")),
    (("contributing", "appeared in", "published in", "printed in", "ran in", "distributed by", "disclosure", "logo",
      "write to", "follow", "i'm", "i am"), ("mail ", "connect ", " is ")),
    (("data", "quote", "price", "market data", "real-time", "intraday", "historical", "realtime", "end-of-day", "stock"), ()),
    (("By", "by", "Opinion ", "Analysis ", "Commentary ", "Comment ", "Column ", "Review ", "Story ", "Words ",
      "Written ", "Text ", "Interview "), ()),
    (("find this article", "check the box", "[", "continued "), ()),
    (("this copy is for", "staff ", "senior ", "writer", "reporter", "correspondent", "correction", "clarification",
      "an earlier", "a previous", "an previous", "a earlier"), (" covers ", " writes about ", " reports on ")),
    (("premium ", "pro ", "plus ", "gold ", "upgrade "), ()),
    (("editor", "this ", "correction", "clarification"), ()),
    (("by ", "your privacy"), ()),
    (("get ", "try ", "enjoy ", "support ", "donate", "contribute"), ("access",)),
    (("SOURCE ",), ()),
    (("image", "photo", "picture", "slide", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "open ", "read the ",
      "get the latest", "our ", "have a", "got a", "follow ", "this "), ()),
    ((), ("comment", "conversation", "discussion", "from readers", "from our readers", "reader questions", "readers' questions",
          "readers’ questions")),
    ((), (" read", "listen to ", "video ", "watch ", "play ")),
    None,
    ((), ("delay",)),
    ((), ("photo", "image", "picture", "credit", "source")),
    None,
    ((), ("|", "·", "•", " –", " —")),
    ((), ("…", "...")),
    (("promoted by",), ()),
    (("filed under", "tag", "topic", "categories", "from "), ("javascript",)),
    (("Posted by ", "posted by "), ()),
    (("join ",), ("get our free",)),
    None,
    (("nothing ", "this ", "machine", "ai-", "ai ", "computer", "automat", "translated "), ()),
    (("listen", "artikel", "écouter", "escuchar", "ascolta", "ouvir", "luister"), ()),
    ((), ("translated from",)),
    (("you",), ("*", "mail")),
    (("#",), ()),
    ((), ("delivered",)),
    (("most read", "most viewed", "most popular", "most shared", "most commented", "most watched", "most emailed", "read next",
      "up next", "what to read next"), (" · ", " | ")),
    (("comment", "reader"), ()),
    ((), ("editor", "correspondent", "reporter", "writer", "columnist", " column", "newsletter", " blog", " covers ",
          " writes about ", " reports on ")),
    ((), ("advice",)),
    (tuple(f"become a {who}" for who in ("supporter", "member", "patron", "friend")) + ("if you value",), ("funded", "supported")),
    (("get ", "receive "), ("newsletter ",)),
    (("you are reading", "you're reading", "continue reading"), ()),
    ((), ("enter ", "book ", "download ", "register ", "apply ", "reserve your ", "secure your ", "tickets ")),
    (("chart", "graph", "infographic", "map"), ()),
    ((), (" > ", " › ", " » ")),
    ((), (" / ",)),
    ((), ("%)", "delayed")),
    ((), (" |", "/", "Purchase Licensing", "Source:", "©", "(c)", "(C)", "pic by", "photo by", "picture by")),
    ((), ("|",)),
    (tuple(f"{word} {kind}" for word in ("suggested", "related", "more", "popular", "explore", "key", "trending")
           for kind in ("topic", "tag", "subject")) + ("explore more", "read more", "find more", "more on", "more about"), ()),
    (("you're reading", "you are reading"), ("you have read", "you've read", " for subscribers", " for members", " for paying")),
    (("By ", "by "), ()),
    ((), ("registered in", "trading name", "| terms", "|terms", "| privacy", "|privacy")),
    (("sponsored", "promoted", "partner", "paid", "webinar", "live event", "virtual event", "event", "conference",
      "masterclass", "live q&a", "was this", "is this", "did you find", "register", "we may ", "we earn", "we receive",
      "we get"), ("award", "your questions", "on sale now", "available now")),
    ((), ("|",)),
    (("log in", "login", "sign in", "signin", "register"), ()),
    (("we value", "we care", "we respect"), ("access information", "[i accept", "[accept", "[i agree", "[agree")),
    (("[", "advert", "sponsored", "promoted", "anzeige", "publicité"), ()),
    (("join", "follow", "subscribe to"), ()),
    ((), ("photo", "foto", "image", "picture", "courtesy", "source:")),
    (("-", "—", "–"), ()),
    ((), ("@",)),
    (("source",), ("providers of", "provider of", "further company coverage")),
    (("sign up",), ("inbox", "newsletter", "our free ")),
    ((), ("free trial", "our journalism", "our reporting", "our newsroom", "subscribe", "continues below")),
    ((), ("for information", "as well as up", " own", "letters may")),
    ((), (" file ", "staff ")),
    ((), ("newsletter", "follow @", "delivered", "enter your e", "inbox")),
    ((), ("please consider", "have your say", " to comment", "live coverage", "live blog", "live updates")),
    (("with files from", "via "), ()),
    ((), ("/",)),
    ((), (" ago", " 19", " 20")),
    (("reply", "report", "like"), ()),
    (("thank", "get ", "sign up for ", "subscribe to ", "don"), ()),
    (("this is a rush", "transcript may", "this transcript may"), ()),
    (("forwarded this",), ("newsletter",)),
    (("you are ",), ()),
    (("this story", "this article", "this report", "this content"), ("under licen", "with permission")),
    (("subscribe", "your free", "this article is", "this story is", "this content is", "this report is"),
     ("already a subscriber",)),
    (("for institutional", "for professional", "not for "), ()),
    ((), ("unsubscribe", "to a friend", "because you")),
    ((), ("syndicated", "not been edited by")),
    (("transcript",), ()),
    ((), ("translated",)),
    (("from ",), (" used in ", " contributed ")),
    ((), ("translated from",)),
    ((), ("all times ",)),
    (("not ",), ()),
    ((), ("editor", "correspondent", "reporter", "writer", "columnist", "commentator", " column ")),
    ((), ("lifeline", "samaritans", "helpline", "hotline", "crisis line", "crisis text line")),
    (("like", "enjoy", "love"), ()),
    (("trending",), ()),
    ((), ("sign up", "subscribe")),
    ((), ("thank",)),
    (("data", "prices", "quotes", "market data"), (" as of ",)),
    (("with additional", "additional reporting", "based on", "this "), ("for information", "not responsible")),
    ((), ("/", "photo", "picture")),
    (("posted in",), ()),
    (("source", "data:", "premarket", "pre-market", "after-hours", "closing", "indicative", "stock", "prices", "quotes",
      "figures", "data "), ()),
)
def _fewest_needles(needles: Iterable[str]) -> tuple[str, ...]:
    """``needles`` without repeats and without those that hold a shorter one ("most read" holds "most "): a text
    holds one of the result exactly when it holds one of ``needles``, with fewer to look for."""
    unique = sorted(set(needles), key=len)
    kept: list[str] = []
    for needle in unique:
        if not any(short in needle for short in kept):
            kept.append(needle)
    return tuple(kept)


_GATED_PATTERNS = tuple(
    (pattern, reason, gate, bool(pattern.flags & re.IGNORECASE)) for (pattern, reason), gate in zip(_PATTERNS, _PATTERN_GATES)
)
#: Every gate at once: a line that opens with none of these prefixes and holds none of these substrings can only
#: match the patterns without a gate.
_ALL_PREFIXES = tuple(p for _, _, gate, folded in _GATED_PATTERNS if gate and folded for p in gate[0])
_ALL_CASED_PREFIXES = tuple(p for _, _, gate, folded in _GATED_PATTERNS if gate and not folded for p in gate[0])
_ALL_SUBSTRINGS = _fewest_needles(s for _, _, gate, folded in _GATED_PATTERNS if gate and folded for s in gate[1])
_ALL_CASED_SUBSTRINGS = _fewest_needles(s for _, _, gate, folded in _GATED_PATTERNS if gate and not folded for s in gate[1])
_UNGATED_PATTERNS = tuple((pattern, reason) for pattern, reason, gate, _ in _GATED_PATTERNS if gate is None)
#: Characters that a case-insensitive pattern matches to an ASCII letter although they are not ASCII ("K", the
#: Kelvin sign, matches "k"): a line holding one is tried against every pattern, without the gates.
_FOLDS_TO_ASCII_RE = re.compile(r"[^\x00-\x7f](?<=(?i:[a-z]))")
_BULLET_RE = re.compile(r"^(?:>>|[•·▪►»‣◦*])\s*|^[-–]\s+")
_CLOSERS = "\"'”’»)]“‘"
_WORD_RE = re.compile(r"[\w'’-]+")
_STOPS_RE = re.compile(r"[.!?]\s")
#: The first characters :data:`_BULLET_RE` can match (a line starting otherwise has no bullet to strip).
_BULLET_STARTS = frozenset("•·▪►»‣◦*-–>")


def strip_bullet(line: str) -> str:
    """``line`` without a leading bullet (:data:`_BULLET_RE`), not stripped."""
    return _BULLET_RE.sub("", line) if line[:1] in _BULLET_STARTS else line


def word_count(line: str) -> int:
    """The number of words of ``line`` (runs of letters, digits, apostrophes and hyphens)."""
    return len(_WORD_RE.findall(line))


def is_prose(line: str) -> bool:
    """A line of running text: at least eight words that end like a sentence."""
    return is_prose_of(line, word_count(line))


#: A wire's credit closing a paragraph after its last sentence: "... needed fresh capital. (Reuters)".
_TRAILING_CREDIT = re.compile(r"(?<=[.!?…])\s*\((?:[A-Z][\w&.'’-]*\s*){1,5}\)\s*$")


def is_prose_of(line: str, words: int) -> bool:
    """:func:`is_prose` of a line of ``words`` words (:func:`word_count`); a wire's credit in brackets after the
    last sentence ("... fresh capital. (Reuters)") is no part of how it ends."""
    if words < 8:
        return False
    line = _TRAILING_CREDIT.sub("", line) if line.endswith(")") else line
    body = line.rstrip().rstrip(_CLOSERS).rstrip()
    return body.endswith((".", "!", "?", ":", "…")) or len(_STOPS_RE.findall(line)) >= 2


def sentence_like(line: str) -> bool:
    """Whether ``line`` ends like a sentence (closing quotes and brackets, and a wire's credit after it, aside)."""
    line = _TRAILING_CREDIT.sub("", line) if line.endswith(")") else line
    return line.rstrip().rstrip(_CLOSERS).rstrip().endswith((".", "!", "?", "…"))


#: A share widget runs to at most this many words ("Share  Share Article via Facebook  Share Article via X  Share
#: Article via LinkedIn  Copy link": each button names its network).
SHARE_WIDGET_TOKENS = 20
_SHARE_TOKEN_RE = re.compile(r"[A-Z]?[a-z]+|\d+")
_SHARE_NAMES = frozenset({"share", "tweet", "facebook", "twitter", "whatsapp", "linkedin", "pinterest"})
#: A token of :data:`_SHARE_TOKEN_RE` is one of :data:`_SHARE_NAMES` lower-cased only when it holds its tail.
_SHARE_TAILS = tuple(name[1:] for name in sorted(_SHARE_NAMES))
#: A web address, as a share bar gives the article's own after its buttons ("Print | Permalink https://...").
_URL_RE = re.compile(r"https?://\S+")


#: An article's tools set off by bars without a network's name: "Print | Email | Comments (12)", "Save | Print | Share".
_TOOL_BAR_RE = re.compile(r"^(?:(?:print|e-?mail|save|share|comments?(?: \(\d{1,5}\))?|\d{1,5} comments?|text size|a\+?|a-)"
                          r"\s*\|\s*){2,}(?:print|e-?mail|save|share|comments?(?: \(\d{1,5}\))?|\d{1,5} comments?|text size)$", re.I)


def _is_share_widget(line: str) -> bool:
    if "%" in line:
        return False  # a share counter counts; a row of movers reports "Pinterest (PINS) ...... +3.9%"
    if "|" in line and _TOOL_BAR_RE.match(line.strip()):
        return True
    for tail in _SHARE_TAILS:
        if tail in line:
            break
    else:
        return False
    tokens = _SHARE_TOKEN_RE.findall(_URL_RE.sub(" ", line) if "://" in line else line)  # "| Permalink https://..."
    return bool(tokens) and len(tokens) <= SHARE_WIDGET_TOKENS and all(t.isdigit() or t.lower() in _SHARE_WORDS for t in tokens) and any(
        t.lower() in _SHARE_NAMES for t in tokens
    )


_CELL_SPLIT = re.compile(r"\s+\|\s+")
FIGURE_CELL_RE = re.compile(r"\d")
_PERCENT_RE = re.compile(r"\d\s?%")


def table_cells(line: str) -> list[str]:
    """The cells of a pipe-separated line ("Acme (ACM) | +6.0% | -59.3%"), or the line alone."""
    if "|" not in line:
        return [line.strip()]
    return [p.strip() for p in _CELL_SPLIT.split(outer_pipes_off(line))]


def outer_pipes_off(line: str) -> str:
    """A table row without the bars that open and close it, as Markdown writes a row ("| 2023 | 4.1% |" ->
    "2023 | 4.1%"); any other line as it is."""
    bare = line.strip()
    if bare.startswith("|") and bare.endswith("|") and len(bare) > 2 and _CELL_SPLIT.search(bare[1:-1]):
        return bare[1:-1].strip()
    return line


#: The rule under a Markdown table's header ("|------|--------|", "| :--- | ---: |", "---|---"): markup, no text.
TABLE_RULE_RE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$")


_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
          r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
#: A line of a diary or a timeline list: a date, then a dash or a colon, then what happens ("- June 20 - Plant
#: reopens", "Week of June 23: ruling due", "Tuesday, March 4 — Results"), not a headline of another story.
DATED_ITEM_RE = re.compile(
    rf"^(?:(?:week of|w/c|by|from|until|on|early|mid|late|end)[- ]\s*)?"
    rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?(?:,?\s+(?:19|20)\d{{2}})?"
    rf"|\d{{1,2}}\s+{_MONTH}(?:\s+(?:19|20)\d{{2}})?"
    rf"|{_MONTH}(?:\s+(?:19|20)\d{{2}})?|(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}|Q[1-4]\s+(?:19|20)\d{{2}}"
    rf"|\d{{1,2}}([/.-])\d{{1,2}}\1(?:19|20)\d{{2}})"  # a numeric date with its year ("09/11/2020 - ...", "08-03-2023: ...")
    # then a dash or a colon and words, not a time stamp ("Mar 4, 2026 – 12.46pm"); the weekday may follow in
    # brackets, whole or short ("June 3 (Tuesday):", "Sept. 21 (Mon):")
    rf"\s*(?:\((?:Mon|Tue|Tues|Wed|Wednes|Thu|Thur|Thurs|Fri|Sat|Satur|Sun)(?:day)?\.?\))?"
    rf"\s*[-–—:]\s+(?!\d{{1,2}}[.:]\d{{2}})\S",
    re.IGNORECASE,
)


#: A page's own time stamp on a line of its own, inside the article too (a live blog's "Updated at 3.20pm GMT",
#: "Last updated: 12 March 2025 15:20 GMT"): the label, then only words and figures of a date, a time and its zone.
_STAMP_LINE = re.compile(
    r"(?:last\s+|first\s+)?(?:updated|published|posted|edited|modified)(?:\s+(?:at|on))?\s*:?"
    r"(?=[^\n]*\d)(?:\s*(?:[\d:.,/+-]+|[ap]\.?m\.?|gmt|bst|utc|cet|cest|et|est|edt|ct|cdt|pt|pst|pdt|ist|jst|aest|aedt"
    r"|hkt|sgt|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov"
    r"|dec)[a-z]*\.?|at|on))+", re.IGNORECASE)
STAMP_LABELS = ("updated", "last updated", "published", "posted", "first published", "edited", "modified")


#: The outlet's note of how the article was made, and what follows it on its line: "This article was generated with
#: the assistance of wire reports and edited by ... staff. ... does not provide investment advice." (publisher
#: boilerplate; see :func:`is_making_note`)
_MAKING_NOTE_RE = re.compile(
    r"^this (?:article|story|report|piece|post) (?:was|has been|is) (?:(?:partly|partially|automatically) )?"
    r"(?:generated|produced|written|created|compiled|prepared|drafted)(?: in part)? (?:with the (?:help|assistance"
    r"|aid|use) of|using|by (?:an? )?(?:ai|artificial intelligence|automated|automation)|from (?:wire|agency|news "
    r"agency) (?:reports|copy))\b[^\"“”]{0,300}$", re.I)


def is_making_note(line: str) -> bool:
    """Whether ``line`` is the outlet's note of how the article was made (:data:`_MAKING_NOTE_RE`). Read after the
    footer is found, as a line of the article: its sentences end the article, so the lines above it (a quote widget:
    "Last: $15.98 Chg: -17.31 (-52.00%)") are read as they were."""
    return line[:5].lower() == "this " and _MAKING_NOTE_RE.match(line) is not None


def is_stamp_line(line: str) -> bool:
    """Whether ``line`` is a page's own time stamp alone ("Updated at 3.20pm GMT", "Last updated: 12 March 2025
    15:20 GMT"): read after the dateline, which may be such a line."""
    return line.lower().startswith(STAMP_LABELS) and _STAMP_LINE.fullmatch(line.strip()) is not None


#: A labelled figure of a factbox ("Jobs cut: 300", "Savings: £12m", "Sites: 2"): the article's, not a menu's item.
_LABELLED_FIGURE_RE = re.compile(r"^[^:\d]{2,30}:\s*[$€£¥₹]?\s?\d")


#: A line set off whole in brackets or between dashes; what it encloses is read as a line of its own.
_ENCLOSED_RE = re.compile(r"\[\s*([^\[\]]+?)\s*\]|\(\s*([^()]+?)\s*\)|[—–-]{1,2}\s*([^—–]+?)\s*[—–-]{1,2}")


#: A text browser's numbered link reference before a link's words ("[14]Contact").
_LYNX_REF_RE = re.compile(r"\[\d{1,4}\]")


#: Bars that separate the items of a menu or a ticker strip as "|" does.
_BAR_LOOKALIKES = str.maketrans({"┃": "|", "│": "|", "｜": "|", "¦": "|"})
#: A link's label for screen readers after its words ("..., opens new tab", "(opens in a new window)").
_NEW_TAB_RE = re.compile(r",?\s*\(?opens? (?:in )?(?:a )?new (?:tab|window)\)?$")


#: A quote strip's signed percent change, bare or in brackets ("-1.68%", "(+2.64%)", "-14,21%").
_STRIP_PCT_RE = re.compile(r"\(?[+\-−–]\d{1,3}(?:[.,]\d{1,2})?\s?%\)?")
#: A quote strip's caption before its first cell ("Tickers:", "Trending tickers:", "MARKET DATA").
_STRIP_CAPTION_RE = re.compile(r"^(?:[A-Za-z]+\s){0,2}[A-Za-z]+:\s+")
#: A strip's level, price or change in points ("28,366.95", "217.30p", "3.301,45", "-605.04", "$46.10").
_STRIP_FIGURE_RE = re.compile(r"(?<!\S)[+\-−–]?[$€£¥]?\d[\d,.']*[pc]?(?!\S)")


def quote_strip(line: str) -> bool:
    """Whether ``line`` is a market page's quote strip: two or more cells of a name in capitals or a code ("HANG SENG",
    "UBSN.VX", "^DJI", "0016"), maybe a price and a change, and a signed percent ("HANG SENG 28,366.95 -0.07% |
    TENCENT 570.50 -1.21%", "Tickers: UBSN.VX -0.8% | CSGN.VX -1.4%"), nothing else but gaps, bars and a caption.
    Such a line is no text of the article, but its figures are the session's moves of the stocks it names."""
    if line.count("%") < 2:
        return False
    bare = _STRIP_CAPTION_RE.sub("", line.strip(), count=1)
    if len(_STRIP_PCT_RE.findall(bare)) < 2:
        return False
    rest = _STRIP_FIGURE_RE.sub(" ", _STRIP_PCT_RE.sub(" ", bare))
    words = rest.replace("|", " ").replace("·", " ").replace("•", " ").split()
    return bool(words) and not any(c.islower() for c in "".join(words)) and not any(w[-1:] in ";!?" for w in words)


def barred_quote_strip(line: str) -> bool:
    """Whether ``line`` is a :func:`quote_strip` whose cells, set off by bars, each quote a signed percent ("ACM 21.48
    -4.20% | BRT 8.10 +1.25% | DJIA -0.50%"); not a table's row, whose cells hold a name or a figure each ("ACM | 21.48
    | -4.2%")."""
    return quote_strip(line) and all(_STRIP_PCT_RE.search(cell) for cell in line.split("|"))


#: One cell of a strip of movers between bars: a short name (a company, an index, a commodity with its market in
#: brackets, maybe a caption before a colon on the first cell), maybe a price or a level, and a signed percent, bare or
#: in brackets, maybe with the session in brackets after it ("Brindle +9.3%", "Example 250: 12,345.60 (-0.8%)", "Wheat
#: (CBOT) $6.42 +2.1%", "Top risers (Example 100): Acme Group +3.3%").
_MOVER_CELL_RE = re.compile(r"(?=[^|]*[A-Za-z])[^|%\"“”!?;]{1,80}?\s\(?[+\-−–]\s?\d{1,3}(?:[.,]\d{1,2})?\s?%\)?"
                            r"(?:\s\((?:[Pp]re-?market|[Cc]los(?:e|ing)|[Ii]ntraday|[Mm]idday)\))?")


def movers_strip(line: str) -> bool:
    """Whether ``line`` is a strip of movers: a :func:`quote_strip`, or two or more cells set off by bars that each
    quote a signed percent, whatever case their names take ("AT&T +5.2% | Brindle +9.3%", "Yesterday's movers:
    Acme Group -7.5% | Brindle Holdings +1.0%", "Example 100: 7,012.40 (-0.6%) | Example 250: 12,345.60 (-0.8%)"). When
    cleaning takes such a line out, its cells are still the session's moves (:func:`analysis.corpus.load.head_lines`
    hands it to the move reader apart)."""
    if line.count("%") < 2:
        return False
    if quote_strip(line):
        return True
    cells = [c.strip() for c in line.translate(_BAR_LOOKALIKES).split("|")]
    return len(cells) >= 2 and all(_MOVER_CELL_RE.fullmatch(c) for c in cells) \
        and all(len(c.split()) <= 8 for c in cells[1:])


_NETWORKS = r"(?:x|twitter|facebook|instagram|linkedin|threads|bluesky|youtube|tiktok|whatsapp|telegram)"
#: One sentence of a page's housekeeping to its reader, maybe under a live entry's time stamp: a live page's welcome,
#: its pointer to the coverage and its prompt to reload ("Welcome to our live coverage of Monday's trading.",
#: "Follow the live blog here.", "Reload this page for new posts."), its sign-off ("That's all for tonight.", "We will
#: be back on Monday at 8am.", "Thank you for following along, and join us again on Monday."), the site's prompt to
#: follow it on a network ("Follow the Courier on Facebook and X for the latest on the strike.") and to write to its
#: newsroom ("Email us at desk@example.com.", "Write to our reporters in confidence."). None is a sentence of the
#: story; a line of such sentences alone is the page's.
#: Where a live page's coverage goes on, after its sign-off and a dash or a semicolon, in words without a figure: "That
#: concludes our <region> coverage for today - our <city> desk takes over from here."
_COVERAGE_GOES_ON = (r"(?:(?:\s[-–—]|;) (?:the |our )?(?:[\w'’-]+ ){0,3}(?:live blog|blog|coverage|live page|desk|team)"
                     r" (?:picks up|takes over|continues)\b[^\"“”!?\d;]{0,60})?")
_HOUSEKEEPING_SENTENCE_RE = re.compile(
    r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:(?-i:[A-Z]{1,4}T|ET|UTC))?\s*[-–—:]\s*)?(?:"
    r"(?:(?:hello|hi|good (?:morning|afternoon|evening))(?: and|,)? )?welcome (?:back )?to (?:our|the|this|(?-i:[A-Z])[a-z]+day['’]s)"
    r" (?:[\w'’-]+ ){0,3}(?:coverage|blog|updates|live)\b[^\"“”!?]{0,120}"
    r"|follow (?:our|the|along with our) (?:[\w'’-]+ ){0,2}(?:coverage|blog|updates)\b[^\"“”!?]{0,160}"
    r"|(?:please )?(?:refresh|reload) (?:the|this) page\b[^\"“”!?]{0,60}"
    r"|(?:that['’]s (?:it|all|a wrap)(?: (?:from (?:us|me|the (?:[\w'’-]+ ){1,3}(?:desk|team)|(?:the|our|this) (?:live )?(?:blog|coverage))"
    r"|for (?:today|tonight|now|this (?:morning|afternoon|evening|week))|on this story"
    r"|for today['’]s (?:live )?(?:coverage|blog|updates)|today|tonight"
    # (and the day it closes, in words: "That's it from us after a long week for the grocers.")
    r"|(?<=us |me )(?:on|after) (?:an?|the|this|what (?:has been|was) an?) [^\"“”!?\d.;]{1,60}"
    r"))*"
    r"|that['’]s a wrap for (?:a|an|the|this) (?:[\w'’-]+ ){0,2}(?:day|session|week|(?-i:[A-Z])[a-z]+day)"
    r"|we['’]re (?:wrapping up|signing off|closing (?:the|this) (?:blog|page))(?: (?:the|our|this) (?:[\w'’-]+ ){0,2}"
    r"(?:blog|coverage|updates))?(?: (?:here|now|for (?:today|tonight|now|the day)))?"
    r"|we['’]re handing over to (?:our|the) [^\"“”!?\d]{1,60}"
    r"|signing off)"
    # (and the promise to be back or the thanks after a dash or a semicolon: "That's it from us for today; we'll be back
    # on Monday.", "That's all for today's blog - our news desk will be back on Monday at 8 a.m."; or where the coverage
    # goes on, in words without a figure: "That concludes our coverage for today - our <city> desk takes over from here.")
    r"(?:(?:\s[-–—]|;) (?:(?:and )?thanks? (?:you )?for (?:reading|following(?: along)?|joining us)"
    r"|(?:we|i|our (?:[\w'’-]+ ){0,2}(?:team|desk))(?:['’]ll| will) be back\b[^\"“”!?;]{0,60}"
    r"))?" + _COVERAGE_GOES_ON +
    # a greeting alone ("Good morning."), and the close in other words: "That's where we'll wrap up our coverage for
    # tonight.", "We'll leave things there for now.", "That concludes our coverage for the day.", "Our live blog has closed."
    r"|welcome to (?-i:[A-Z])[\w.&'’-]*(?: (?-i:[A-Z])[\w.&'’-]*){0,2} (?:live|coverage|blog)"
    # a greeting from the desk's place, maybe with where it stands ("Evening from <City>.", "Good morning from <City>,
    # where the harbour is still frozen.")
    r"|(?:good )?(?:morning|afternoon|evening) from (?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*){0,2}"
    r"(?:,? where [^\"“”!?\d;]{1,80})?"
    # a farewell to the reader, and the return alone ("Have a restful weekend.", "Back next Tuesday.")
    r"|have a (?:good|great|nice|lovely|happy|restful|relaxing) (?:weekend|evening|day|night|holiday|break)"
    r"|enjoy (?:your|the) (?:weekend|evening|holiday|break)"
    r"|back (?:on (?-i:[A-Z])[a-z]+day|tomorrow|next (?:week|(?-i:[A-Z])[a-z]+day))(?: (?:morning|afternoon|evening))?"
    r"|(?:hello|hi|good (?:morning|afternoon|evening))(?:,? (?:all|everyone|everybody))?"
    r"(?:,? and welcome back from (?:the|a|our) (?:[\w'’-]+ ){0,3}(?:weekend|break|holidays?))?"
    r"|that['’]s where we['’]ll (?:leave|wrap up|end|stop) (?:it|things|(?:our|the|this) (?:[\w'’-]+ ){0,2}(?:coverage|blog|updates))"
    r"(?: (?:for (?:today|tonight|now|the day|the week)|today|tonight))?"
    r"|we['’]ll (?:leave|end|stop) (?:it|things) (?:there|here)(?: (?:for (?:today|tonight|now|the day|the week)|today|tonight))?"
    r"|that (?:wraps up|concludes|ends) (?:our|today['’]s|this) (?:[\w'’-]+ ){0,2}(?:coverage|blog|updates)"
    r"(?: (?:for (?:today|tonight|now|the day|the week)|today|tonight))?" + _COVERAGE_GOES_ON +
    r"|(?:our |this |the )?live (?:coverage|blog|updates?) (?:has|have) (?:now )?(?:ended|finished|closed)"
    r"|thanks? (?:you )?(?:very much |so much )?for (?:reading|following(?: along)?|joining us|your company)"
    r"(?:,? and for (?:all )?(?:your|the) (?:[\w'’-]+ ){0,2}(?:emails|messages|comments|questions|company))?"
    r"(?:,? (?:and|please) join us (?:again )?(?![^\"“”!?]*\bwhen\b)[^\"“”!?,;]{0,40})?"
    # ("Thank you for following along - we're back tomorrow.", "Thank you for joining us, and we will be back on Wednesday.")
    r"(?:(?:\s[-–—]|,(?: and)?|;| and) we(?:['’]re| are|['’]ll be| will be) back(?: (?:tomorrow|later|soon|shortly|then"
    r"|on \w+|next \w+|\w+day)(?: (?:morning|afternoon|evening))?)?)?"
    r"|(?:we|i)(?:['’]ll| will) be back (?:tomorrow|later|on |next |at |from |with |before |shortly|soon|then\b)[^\"“”!?]{0,80}"
    r"|(?:please )?join us (?:again )?(?:tomorrow|later|on |next |at |from )(?![^\"“”!?]*\bwhen\b)[^\"“”!?,;]{0,40}"
    r"|follow (?:us|(?:the )?(?-i:[A-Z])[\w.&'’-]*(?: (?-i:[A-Z])[\w.&'’-]*){0,3}) on " + _NETWORKS
    + r"(?:(?:,|,? and|,? or) " + _NETWORKS + r")*\b[^\"“”!?]{0,80}"
    r"|(?:e-?mail|write to|contact|message) (?:us|our (?:news ?desk|newsroom|reporters?|team|editors?))"
    r" (?:at|on|via|in confidence)\b[^\"“”!?]{0,80}"
    r"|(?:share (?:it|this(?: article| story)?) with (?:a friend|your friends|friends)|subscribe to (?:our|the) [^\"“”!?]{1,40}"
    r"\b(?:briefing|brief|newsletter|digest|round-?up|bulletin|alerts|updates))"
    r"|all times (?:are )?(?:in )?(?:(?-i:[A-Z]{1,4}T|UTC|ET|CT|PT)|local|eastern|central|pacific|mountain)(?: time)?"
    # a live page's clock in its place's name or in words, its stamps, its order and its prompt to reload: "All times are
    # <City> time (CEST).", "Timestamps in GMT.", "Times in <City> (HKT)", "Newest entries at the top.", "Latest first.",
    # "Refresh for more."
    r"|(?:all )?(?:times|timestamps|time stamps) (?:are |shown )?(?:in )?(?:(?-i:[A-Z][\w'’-]+)(?: (?-i:[A-Z][\w'’-]+)){0,2}"
    r"(?: time)?|(?-i:[A-Z]{1,4}T|UTC|ET|CT|PT)|local(?: time)?)(?:[+-]\d{1,2})?(?: \((?-i:[A-Z]{2,5})\))?"
    r"(?:,? (?:newest|latest|most recent|oldest)(?: (?:entries|posts|updates))? (?:first|on top|at the top))?"
    r"|(?:newest|latest|most recent|oldest)(?: (?:entries|posts|updates))? (?:first|on top|at the top)"
    # (and how far another place's clock is from its stamps: "<City> is two hours ahead.")
    r"|(?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*){0,2} (?:is|are) (?:one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|\d{1,2}(?:\.5)?) hours? (?:ahead|behind)"
    r"|(?:refresh|reload)(?: (?:the|this) page)? for (?:the latest|more|updates|new updates|the latest updates|new posts)"
    # a live page's name over the day: "<Site> live coverage, Tuesday, March 4, 2031."
    r"|(?-i:[A-Z])[\w.&'’-]*(?: (?-i:[A-Z])[\w.&'’-]*){0,3} (?:markets? )?live(?: coverage| blog| updates)"
    r"(?:,? (?:(?-i:[A-Z])[a-z]+day,? )?(?-i:[A-Z])[a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?"
    # a note on the story's state or its copy: "This is a breaking news story and may be updated.", "Check back for
    # more.", "This article has been condensed.", "<Wire> stories are republished with permission."
    r"|(?:this is a (?:developing|breaking)(?: news)? story|this (?:story|article|post|report) (?:is developing"
    r"|(?:will|may) be updated))(?:,? (?:and|which) (?:it )?(?:will|may) be updated)?"
    r"(?: (?:as|when) (?:more |new |further )?(?:information|details) (?:becomes? |is |are )?available)?"
    r"|this (?:story|article|post|report) has been (?:shortened|condensed|edited for (?:length|clarity))"
    r"|this (?:story|article|post|page|report|blog) (?:is|will be) (?:being )?updated (?:as|when) (?:the story develops"
    r"|(?:more |new |further )?(?:information|details|news) (?:becomes? |is |are )?available)"
    r"|(?:please )?check back (?:later |soon )?for (?:updates|more)(?: on this (?:story|developing story))?"
    # a pointer to another page of the site: "For more commodity news, see our metals page."
    r"|for more(?: (?:[\w'’-]+ ){0,3}(?:news|coverage|stories|analysis|updates|reports|reading))?(?: on [^\"“”!?\d,]{1,40})?,?"
    r" (?:see|visit|go to|head to|read|follow) our [^\"“”!?\d]{0,50}\b(?:page|section|site|website|hub|coverage"
    r"|blog|app|channel)"
    r"|(?-i:[A-Z])[\w.&'’-]*(?: (?-i:[A-Z])[\w.&'’-]*){0,3} (?:content|stories|articles) (?:is|are) (?:syndicated|republished|reprinted)"
    r" (?:under licen[cs]e|with permission)\b[^\"“”!?]{0,40}"
    r")[.!]?", re.I)
#: One sentence of the publisher's note under an article: a writer's disclosure, the site's disclaimer and its note on
#: its quotes, when a column runs, the site's offer of more behind its log-in. None is a sentence of the story.
_PUBLISHER_NOTE_SENTENCE_RE = re.compile(
    # a writer's disclosure, a site's disclaimer and its note on its quotes: "<Name> has no position in any of the
    # stocks mentioned.", "<Site> has a disclosure policy.", "<Site> is not a registered investment adviser.", "Not
    # investment advice.", "Data delayed at least 15 minutes."
    r"(?:(?-i:[A-Z])[\w.&'’-]*(?: (?-i:[A-Z])[\w.&'’-]*){0,3} (?:has|have|holds?|owns?|does not hold|do not hold)"
    r" no (?:financial )?positions? in (?:any of )?the (?:stocks|securities|shares|companies) mentioned(?: (?:above|here|in this (?:article|story)))?"
    r"|(?-i:[A-Z])[\w.&'’-]*(?: (?-i:[A-Z])[\w.&'’-]*){0,3} (?:has|maintains) a disclosure policy"
    r"|(?-i:[A-Z])[\w.&'’-]*(?: (?-i:[A-Z])[\w.&'’-]*){0,3} (?:is|are) not (?:a )?(?:registered )?(?:investment|financial) advis[eo]rs?"
    r"|not (?:investment|financial|trading) advice"
    r"|(?:data|quotes|prices) (?:are |is )?delayed (?:by )?(?:at least |up to )?(?:\d{1,2}|fifteen|twenty) min(?:ute)?s"
    # when a column runs: "<Name>'s column appears every Tuesday."
    r"|(?-i:[A-Z])[\w.'’-]*(?: (?-i:[A-Z])[\w.'’-]*){0,3}['’]s? column (?:appears|runs|is published) (?:every|each|on) (?-i:[A-Z])[a-z]+day"
    r"(?:s| morning| afternoon| evening)?(?: (?:in|on) (?:the )?[^\"“”!?]{1,40})?"
    # the site's offer of more behind its log-in: "Subscribe to <Site> Premium for full access to ...", "<Site>
    # subscribers can download our <report> here.", "For live prices, log in to <Site> Pro.", "Follow
    # live coverage all day on <Site>."
    r"|subscribe to (?:the |our )?(?-i:[A-Z])[^\"“”!?.]{1,50} for (?:full|unlimited|complete|premium) access\b[^\"“”!?]{0,100}"
    r"|(?:(?-i:[A-Z])[\w.&'’-]*(?: (?-i:[A-Z])[\w.&'’-]*){0,3} )?(?:subscribers|members) can (?:download|read|access|view|get)"
    r" (?:our|the) [^\"“”!?]{1,80}\b(?:here|online|on (?:our|the) (?:site|website|app)|from (?:our|the) [\w -]{1,30})"
    r"|for (?:real-time|live|streaming|full|more) [^\"“”!?,]{1,40}, (?:log in|sign in|subscribe|register) (?:to|at|with) (?-i:[A-Z])[^\"“”!?]{1,40}"
    r"|follow (?:(?:our|the) )?(?:[\w'’-]+ ){0,3}(?:coverage|blog|updates) all day (?:on|at|with) (?-i:[A-Z])[^\"“”!?]{1,40}"
    r")[.!]?", re.I)
#: A question to the reader before a prompt to write in ("Have a question about the merger? Email us at ...").
_READER_QUESTION_RE = re.compile(r"(?:(?:have|got|do|did|are|were|is|can) (?:a |any )?(?:you|question|questions|tip|story)\b"
                                 r"|(?:like|liked|enjoy|enjoyed|love|loved) (?:this|the|our) (?:article|story|piece|post)"
                                 r"|want more (?:stories|news|coverage|articles|explainers|analysis)\b)[^\"“”?]{0,100}\?", re.I)
#: Where a line breaks into sentences: after a full stop, "!" or "?" and a space, before a capital or a figure.
_SENTENCE_BREAK_RE = re.compile(r"(?<=[.!?])(?<![ap]\.m\.)\s+(?=[A-Z0-9])")
_ENTRY_STAMP_RE = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{1,4}T|ET|UTC)?\s*[-–—:]", re.I)
_HOUSEKEEPING_WORDS = ("welcome", "coverage", "refresh", "reload", "that's", "that’s", "thank", "be back", "join us",
                       "follow", "e-mail", "email", "write to", "contact", "message", "share", "subscribe", "developing",
                       "check back", "will be updated", "may be updated", "this story", "this article", "this post",
                       "this report", "syndicated", "republished", "reprinted", "times", "first", "at the top",
                       "on top", "live", "position", "disclosure", "advis", "advice", "delayed", "column", "subscribers",
                       "members", "log in", "good morning", "good afternoon", "good evening", "hello", "hi ", "leave it",
                       "leave things", "wraps up", "concludes", "ends our", "ends today", "ends this", "updated", "wrap",
                       "signing off", "back from", "morning from", "afternoon from", "evening from", "have a ",
                       "enjoy your", "enjoy the", "back on", "back tomorrow", "back next", "handing over", "picks up",
                       "for more")


#: A sentence that speaks to the reader or of the page's writers, with no figure and no quotation ("Thank you for all
#: your questions today.", "Our Asia team continues the blog on the overnight page."): the page's own words when it
#: stands next to a housekeeping sentence of a live entry (:func:`_housekeeping_marks`), never alone.
_ADDRESS_WORD_RE = re.compile(r"\b(?:we|we['’](?:re|ll|ve)|us|our|you|your|thanks|thank)\b", re.I)
#: ... that names the page, its writers' desk or the reader's part ("the overnight page", "your questions"): without
#: one, a sentence in the first person is the writer's view of the news ("We think the shares will fall.").
_PAGE_WORD_RE = re.compile(r"\b(?:coverage|blog|page|live|desk|team|e-?mails|messages|comments|questions|reading|following"
                           r"|readers?|weekend|tomorrow)\b", re.I)
#: ... and at most this many words.
ADDRESS_MAX_WORDS = 15


def _address_only(sentence: str) -> bool:
    """Whether ``sentence`` only speaks to the reader or of the page's writers (:data:`_ADDRESS_WORD_RE`, with a word
    of the page or the reader's part, :data:`_PAGE_WORD_RE`, in each of its clauses): no digit, no quotation mark, no
    reported speech, no news to come, at most :data:`ADDRESS_MAX_WORDS` words."""
    if len(sentence.split()) > ADDRESS_MAX_WORDS or any(ch.isdigit() or ch in "\"“”" for ch in sentence) \
            or re.search(r"\b(?:said|says|told|tells|when)\b", sentence, re.I):
        return False  # (nor the news to come: "Join us again <day>, when <Co> reports.")
    # each clause set off by a semicolon or a dash ("<Markets> opened flat; our coverage picks up on the next page" is news first)
    return all(_ADDRESS_WORD_RE.search(part) and _PAGE_WORD_RE.search(part) for part in re.split(r";|\s[-–—]\s", sentence))


def _housekeeping_marks(sentences: Sequence[str], stamped: bool, edge_ok: bool = True) -> list[bool]:
    """For each of a line's ``sentences``, whether it is the page's housekeeping: a sentence of
    :data:`_HOUSEKEEPING_SENTENCE_RE`, or, in a live entry (``stamped``), a sentence that only speaks to the reader
    (:func:`_address_only`) next to a run of them: the greeting or the sign-off of the entry goes on in other words
    ("That's all from me tonight. Thank you for all your questions today."). ``edge_ok``: whether a sentence
    taken alone may stand without a stamp (see :func:`housekeeping_edges`)."""
    strict = [not any(q in x for q in "\"“”") and _HOUSEKEEPING_SENTENCE_RE.fullmatch(x) is not None for x in sentences]
    marks = [m and (stamped or edge_ok or _EDGE_WORDS_RE.search(x) is not None) for m, x in zip(strict, sentences)]
    if stamped and any(marks):
        loose = [_address_only(x) for x in sentences]
        changed = True
        while changed:
            changed = False
            for k, x in enumerate(sentences):
                if not marks[k] and loose[k] and (k > 0 and marks[k - 1] or k + 1 < len(marks) and marks[k + 1]):
                    marks[k] = changed = True
    return marks


def housekeeping_line(line: str) -> bool:
    """Whether ``line`` is made only of sentences of the page's housekeeping to its reader
    (:data:`_HOUSEKEEPING_SENTENCE_RE`), a question to the reader before a prompt to write in among them: a live
    page's welcome and sign-off, the site's prompt to follow it or to write to its newsroom, and the publisher's notes
    (:data:`_PUBLISHER_NOTE_SENTENCE_RE`: a writer's disclosure, a disclaimer, when a column runs). A line with one sentence
    of the story ("Welcome to Example Live. Stocks are set to open higher.") is the story's."""
    lowered = line.lower()
    if not any(w in lowered for w in _HOUSEKEEPING_WORDS) or any(q in line for q in "\"“”"):
        return False
    stamp = _ENTRY_STAMP_RE.match(line)
    if stamp and not sentence_like(line):
        # a live entry's heading ("3.50pm - Closing bell"): its time is the entry's below; but a heading that only
        # greets or signs off ("06:45 BST - Good morning", "17:05 BST - That's it from me") heads no news
        return _HOUSEKEEPING_SENTENCE_RE.fullmatch(line[stamp.end():].strip()) is not None
    sentences = _SENTENCE_BREAK_RE.split(line.strip())
    head = _ENTRY_STAMP_RE.match(sentences[0])
    if head and all(_housekeeping_marks([sentences[0][head.end():].strip(), *sentences[1:]], True)):
        return True  # a live entry of greetings or a sign-off only, in words of its own among them
    for k, sentence in enumerate(sentences):
        if _HOUSEKEEPING_SENTENCE_RE.fullmatch(sentence) or _PUBLISHER_NOTE_SENTENCE_RE.fullmatch(sentence):
            continue
        if sentence.endswith("?") and _READER_QUESTION_RE.fullmatch(sentence) and k + 1 < len(sentences) \
                and _HOUSEKEEPING_SENTENCE_RE.fullmatch(sentences[k + 1]):
            continue
        return False
    return True


#: Words of a greeting or a sign-off that may open or close a line of the story with no live entry's stamp before it:
#: a bare "Good morning." or "That's all." there may be the story's own (a quotation set as prose, a columnist's close).
_EDGE_WORDS_RE = re.compile(r"\b(?:welcome|coverage|blog|following|reading|be back|join us|from us|from me|live|leave (?:it|things) there|wrapping up"
                            r"|signing off|a wrap)\b", re.I)


def housekeeping_edges(line: str) -> tuple[str, list[str]]:
    """``line`` without the sentences of the page's housekeeping (:data:`_HOUSEKEEPING_SENTENCE_RE`) that open it,
    after a live entry's time stamp, or close it, and those sentences: a live page's greeting before the entry's news
    ("08:10 BST - Good morning and welcome to our rolling blog. Miners are lower." -> "08:10 BST - Miners are lower."),
    its sign-off after it ("... ends 2.1% higher. That's it from me tonight. Thanks for reading."). A line of such
    sentences alone is left whole (:func:`housekeeping_line` takes it), as is a line with a quotation mark in a sentence
    taken. Without a stamp, a sentence taken must name the page's coverage or its reader ("Good morning." alone stays)."""
    lowered = line.lower()
    if not any(w in lowered for w in _HOUSEKEEPING_WORDS):
        return line, []
    stamp = _ENTRY_STAMP_RE.match(line)
    start = stamp.end() if stamp else 0
    while start < len(line) and line[start] == " ":
        start += 1
    breaks = [m for m in _SENTENCE_BREAK_RE.finditer(line, start)]
    if not breaks:
        return line, []
    bounds = [(start, breaks[0].start())] + [(a.end(), b.start()) for a, b in zip(breaks, breaks[1:])] \
        + [(breaks[-1].end(), len(line))]

    marks = _housekeeping_marks([line[a:b] for a, b in bounds], stamp is not None, edge_ok=False)
    first = 0
    while first < len(bounds) and marks[first]:
        first += 1
    last = len(bounds)
    while last > first and marks[last - 1]:
        last -= 1
    if first == last or (first == 0 and last == len(bounds)):
        return line, []
    cut = [line[a:b] for a, b in bounds[:first]] + [line[a:b] for a, b in bounds[last:]]
    return line[:start] + line[bounds[first][0]:bounds[last - 1][1]], cut


#: A ticker strip of prices that go up or down by an arrow, set off by bars, maybe under a caption: "Futures: March
#: cocoa $2,410 ▲ | May coffee $1.62 ▼ | Brent $81.30 ▲" (the figures change by the hour; no sentence of the story).
_ARROW_CELL = r"[A-Za-z][\w.&'’()-]*(?: [\w.&'’()-]+){0,4} [$€£¥]?\d[\d,.]*(?:[a-z]{1,2})? ?[▲▼△▽↑↓]"
_ARROW_STRIP_RE = re.compile(r"(?:[A-Za-z][\w'’-]*(?: [\w'’-]+){0,2}: )?" + _ARROW_CELL + r"(?: \| " + _ARROW_CELL + r")+")


def furniture_reason(line: str) -> str | None:
    """Why a whole line is page furniture, or None when it may be article text."""
    bare = strip_bullet(line).strip()
    if not bare.isascii():
        bare = bare.translate(_BAR_LOOKALIKES)  # a ticker strip set off by box-drawing bars reads as one set off by "|"
    lowered = bare.lower()
    low = lowered.strip(" .:|")
    if low in _LOGIN_LINES:
        return REASON_LOGIN
    if low in _NAV_LINES:
        return REASON_NAV
    if lowered.endswith(("new tab", "new window")) and _NEW_TAB_RE.sub("", low) in _NAV_LINES:
        return REASON_NAV  # a link's screen-reader label after its words: "Purchase Licensing Rights, opens new tab"
    if _is_share_widget(bare):
        return REASON_SHARE
    if "|" in bare and TABLE_RULE_RE.match(bare):
        return REASON_DEBRIS  # a table's rule line: markup
    if "|" in bare:
        parts = table_cells(_LYNX_REF_RE.sub("", bare) if "[" in bare else bare)  # "[14]Contact | [15]Terms of Use"
        if len(parts) >= 3 and all(1 <= word_count(p) <= 3 and not sentence_like(p) for p in parts) \
                and not any(FIGURE_CELL_RE.search(p) for p in parts):
            return REASON_NAV  # a menu: "Home | News | Business | Tech" (a table row has figures: "Acme | +6.0% | -59%")
    reason = _pattern_reason(bare, lowered)
    if reason is not None:
        return reason
    if housekeeping_line(bare):
        if all(_PUBLISHER_NOTE_SENTENCE_RE.fullmatch(x) for x in _SENTENCE_BREAK_RE.split(bare)):
            return REASON_CREDIT  # "<Name> has no position in any of the stocks mentioned.": the publisher's note
        return REASON_NAV  # a live page's welcome or sign-off, a prompt to follow the site or write to it
    if "|" in bare and not bare.isascii() and _ARROW_STRIP_RE.fullmatch(bare):
        return REASON_NAV  # "Futures: cocoa $2,410 ▲ | coffee $1.62 ▼": a ticker strip of prices and arrows
    if "|" in bare and "%" in bare and barred_quote_strip(bare):
        return REASON_NAV  # "Market data: ACM 412.30p -3.1% | BRT 88.05p +0.7%": its cells reach the move reader apart
    if line[:1] in _BULLET_STARTS and _BULLET_RE.match(line) and word_count(bare) <= 3 and not is_prose(bare) \
            and not _PERCENT_RE.search(bare) and not DATED_ITEM_RE.match(bare) and not _LABELLED_FIGURE_RE.match(bare):
        return REASON_NAV  # a menu's item; not "- Amgen: -1.9%" (a list of movers), "- Mid-May: first sales" (key dates)
    if ("/" in bare or "|" in bare or "·" in bare or "—" in bare) and len(bare) <= 60:
        parts = [part.strip(" .:") for part in re.split(r"[/|·—]", lowered)]
        if len(parts) > 1 and all(part in _NAV_LINES for part in parts):
            return REASON_NAV  # one label in two languages: "ANZEIGE / ADVERTISEMENT"; "SPONSORED CONTENT — Advertisement"
    inner = _ENCLOSED_RE.fullmatch(bare)
    if inner is not None:  # set off in brackets or dashes: "[Read more: ...]", "— Advertisement —", "(Story continues below)"
        return furniture_reason(next(g for g in inner.groups() if g))
    return None


def _holds_any(text: str, needles: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``needles``."""
    for needle in needles:
        if needle in text:
            return True
    return False


def _pattern_reason(bare: str, lowered: str) -> str | None:
    """The reason of the first of :data:`_PATTERNS` found in ``bare`` (``lowered`` is ``bare.lower()``), skipping
    the patterns whose gate (:data:`_PATTERN_GATES`) proves they cannot match. The gates hold for a line whose
    letters a case-insensitive pattern matches only to themselves lower-cased, which is checked first."""
    gated = bare.isascii() or _FOLDS_TO_ASCII_RE.search(bare) is None
    if gated and not (lowered.startswith(_ALL_PREFIXES) or bare.startswith(_ALL_CASED_PREFIXES)
                      or _holds_any(lowered, _ALL_SUBSTRINGS) or _holds_any(bare, _ALL_CASED_SUBSTRINGS)):
        for pattern, reason in _UNGATED_PATTERNS:
            if pattern.search(bare):
                return reason
        return None
    for pattern, reason, gate, folded in _GATED_PATTERNS:
        if gated and gate is not None:
            hay = lowered if folded else bare
            if not hay.startswith(gate[0]) and not _holds_any(hay, gate[1]):
                continue
        if pattern.search(bare):
            return reason
    return None

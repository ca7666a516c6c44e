"""Timeline: dated mentions of events, merged across outlets, with labels and the timeline chart."""

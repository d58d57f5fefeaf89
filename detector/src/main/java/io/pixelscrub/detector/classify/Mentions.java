package io.pixelscrub.detector.classify;

import java.util.List;

/** The dates, partial dates and times found once on a line, for the header matcher and the patterns alike. */
record Mentions(List<DateMention> dates, List<PartialDate> partialDates, List<TimeMention> times) { }

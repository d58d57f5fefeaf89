package io.pixelscrub.detector.classify;

import io.pixelscrub.detector.classify.HeaderDenyList.HeaderDate;
import io.pixelscrub.detector.classify.HeaderDenyList.HeaderTime;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Looks for the header's own values in one line: text terms fuzzily, dates and times by their meaning. */
final class HeaderMatcher {

    /** Burned-in clocks are often a few seconds, sometimes minutes, off the header's times. */
    static final int TIME_TOLERANCE_S = 10 * 60;

    private static final int DAY_S = 24 * 3600;
    private static final Pattern AGE_TOKEN = Pattern.compile("0*(\\d{1,3})(Y|YO|YR|YRS|YEARS|J|A|ANS|ANOS)?");

    private HeaderMatcher() {
    }

    /** Initials of a header person in a name position ("J S" alone, "Op: AB"): PHI, though less sure than a name. */
    static final double INITIALS_IN_NAME_POSITION = 0.7;

    /**
     * @param nameInitials letters that stand in a name position on the line ({@link NamePosition#initials})
     */
    static List<Evidence> match(LineText line, Mentions mentions, Set<String> nameInitials, HeaderDenyList deny) {
        List<Evidence> out = new ArrayList<>();
        terms(line, nameInitials, deny, out);
        dates(mentions.dates(), deny, out);
        partialDates(mentions.partialDates(), deny, out);
        times(mentions.times(), deny, out);
        weakContext(line, deny, out);
        return out;
    }

    private static void terms(LineText line, Set<String> nameInitials, HeaderDenyList deny, List<Evidence> out) {
        for (DenyTerm t : deny.terms()) {
            switch (t.match()) {
                case WEAK -> {
                    if (nameInitials.contains(t.plain())) {
                        out.add(Evidence.phi("header:" + t.attribute(), INITIALS_IN_NAME_POSITION));
                    } else if (line.words().contains(t.plain())) {
                        out.add(Evidence.weak("header:" + t.attribute(), t.confidence()));
                    }
                }
                case EXACT -> {
                    if (ExactTokens.holds(line, t.plain())) {
                        out.add(Evidence.phi("header:" + t.attribute(), t.confidence()));
                    }
                }
                case FUZZY -> {
                    FuzzyLocator.Match m = FuzzyLocator.find(t.folded(), line, t.prefixOk());
                    if (m != null) {
                        double c = t.confidence() - 0.08 * m.edits() - (m.prefixOnly() ? 0.1 : 0);
                        out.add(Evidence.phi("header:" + t.attribute(), c));
                    }
                }
                default -> throw new IllegalStateException("unknown match kind");
            }
        }
    }

    private static void dates(List<DateMention> mentions, HeaderDenyList deny, List<Evidence> out) {
        for (DateMention d : mentions) {
            for (HeaderDate h : deny.dates()) {
                if (d.readings().contains(h.date())) {
                    out.add(Evidence.phi("header:" + h.attribute(), d.packed() ? 0.9 : 0.95));
                } else if (d.readings().isEmpty() && d.monthDays().contains(MonthDay.from(h.date()))) {
                    out.add(Evidence.phi("header:" + h.attribute(), 0.75));
                }
            }
        }
    }

    /**
     * A header date shown without its day or its year (or read so): the month and year ("03/2017", or with the year
     * in two digits: "14-12", "DEC14") or the day and month ("08.12", "Dec 01"; with '/' only with a leading zero,
     * since "10/12" is as often a frame counter).
     */
    private static void partialDates(List<PartialDate> mentions, HeaderDenyList deny, List<Evidence> out) {
        for (PartialDate d : mentions) {
            for (HeaderDate h : deny.dates()) {
                if (d.monthsOfYear().contains(YearMonth.from(h.date()))) {
                    out.add(Evidence.phi("header:" + h.attribute(), 0.85));
                } else if ((d.monthDays().contains(MonthDay.from(h.date()))
                        || d.shortYears().contains(YearMonth.from(h.date()))) && (!d.slash() || d.leadingZero())) {
                    out.add(Evidence.phi("header:" + h.attribute(), 0.75));
                }
            }
        }
    }

    private static void times(List<TimeMention> mentions, HeaderDenyList deny, List<Evidence> out) {
        for (TimeMention t : mentions) {
            for (HeaderTime h : deny.times()) {
                int off = TIME_TOLERANCE_S + 1;
                for (int s : t.secondsOfDay()) {
                    int d = Math.abs(s - h.secondsOfDay());
                    off = Math.min(off, Math.min(d, DAY_S - d));
                }
                if (off <= tolerance(t.form())) {
                    out.add(Evidence.phi("header:" + h.attribute(), timeConfidence(off)));
                }
            }
        }
    }

    /**
     * How far a written time may be from the header's: a clock 10 minutes (burned-in clocks run a little off), packed
     * digits a minute, a loose reading ("14.06") two minutes (it is a number too: only a close match makes it a time).
     */
    static int tolerance(TimeMention.Form form) {
        return switch (form) {
            case CLOCK, ZERO_HOUR -> TIME_TOLERANCE_S;
            case PACKED -> 60;
            case LOOSE -> LOOSE_TOLERANCE_S;
            case CUT -> 60; // its readings already span the ten minutes the lost digit leaves open
        };
    }

    static final int LOOSE_TOLERANCE_S = 120;

    /** Falls from 0.95 (to the second) to 0.77 at the tolerance, so the nearest header time names the reason. */
    static double timeConfidence(int offSeconds) {
        return offSeconds <= 2 ? 0.95 : 0.93 - 0.16 * offSeconds / TIME_TOLERANCE_S;
    }

    /** Sex, age and birth year: each too common to decide, together telling. */
    private static void weakContext(LineText line, HeaderDenyList deny, List<Evidence> out) {
        for (String w : line.words()) {
            weakWord(w, deny, out);
            for (String part : GluedSexAge.parts(w)) { // "M63": sex and age, each weak
                weakWord(part, deny, out);
            }
        }
    }

    private static void weakWord(String c, HeaderDenyList deny, List<Evidence> out) {
        if (deny.sexWords().contains(c)) {
            out.add(Evidence.weak("header:PatientSex", 0.4));
        }
        Matcher m = AGE_TOKEN.matcher(c);
        if (deny.ageYears().isPresent() && m.matches() && Integer.parseInt(m.group(1)) == deny.ageYears().getAsInt()) {
            out.add(Evidence.weak("header:PatientAge", 0.4));
        }
        if (deny.birthYear().isPresent() && c.equals(Integer.toString(deny.birthYear().getAsInt()))) {
            out.add(Evidence.weak("header:PatientBirthDate", 0.4));
        }
    }
}

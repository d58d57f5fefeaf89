package io.pixelscrub.scrubber.inspect;

import java.util.Set;

/**
 * One attribute of a de-identified header as it is released.
 *
 * @param tagPath where it is, e.g. "(0018,1030)" or "(0040,0275)[0]/(0032,1060)" (the audit trail's paths)
 * @param keyword the dictionary keyword, or "" (private and unknown tags)
 * @param vr      the value representation
 * @param value   the released value (text, "n item(s)" for a sequence, "&lt;binary, n bytes&gt;" for bulk data);
 *                never an original value. It goes into the report only with --report-text
 * @param action  what the profile did: kept, cleaned, dummy, pseudonym, remapped, date-shifted, emptied, set
 * @param rule    the option or table cell that decided it ("basicProfile:D", "rtnDevIdOpt:K", "unlisted", ...)
 * @param flags   why it may still identify someone (empty when nothing flags it)
 */
public record ReleasedAttribute(String tagPath, String keyword, String vr, String value, String action, String rule,
                                Set<String> flags) {

    public ReleasedAttribute {
        flags = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(flags));   // sorted: stable in every output
    }

    public boolean flagged() {
        return !flags.isEmpty();
    }
}

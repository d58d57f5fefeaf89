package io.pixelscrub.detector.classify;

/**
 * What one rule saw on a line.
 *
 * @param kind       how much it weighs
 * @param reason     the rule or attribute, e.g. "header:PatientName", "pattern:date"; never the text
 * @param confidence 0..1 that the line is PHI because of this
 */
record Evidence(Kind kind, String reason, double confidence) {

    enum Kind {
        /** Decides PHI on its own. */
        PHI,
        /** A short or characteristic header value (sex, age, initials): PHI only beside weak evidence of another attribute. */
        WEAK,
        /**
         * A PHI shape that cannot be decided (a sex next to an age-like number, a partial date, initials): UNKNOWN
         * at least, never NOT_PHI. The reason names the shape ("context:age-sex", "unknown:partial-date").
         */
        WITHHOLD
    }

    static Evidence phi(String reason, double confidence) {
        return new Evidence(Kind.PHI, reason, confidence);
    }

    static Evidence weak(String reason, double confidence) {
        return new Evidence(Kind.WEAK, reason, confidence);
    }

    static Evidence withhold(String reason) {
        return new Evidence(Kind.WITHHOLD, reason, VerdictRules.UNEXPLAINED);
    }
}

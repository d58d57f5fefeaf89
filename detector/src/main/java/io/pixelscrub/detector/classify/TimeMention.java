package io.pixelscrub.detector.classify;

import java.util.List;

/**
 * A time of day written on a line.
 *
 * @param secondsOfDay every reading: "5:24:57" without AM/PM may be 05:24:57 or 17:24:57
 * @param form         how it was written, which says what it proves
 */
record TimeMention(int start, int end, List<Integer> secondsOfDay, Form form) {

    /** How a time was written. */
    enum Form {
        /** "17:24:57", "5:24 PM", "14h22": a clock time, PHI by its shape. */
        CLOCK,
        /** "0:12:33": a clock just after midnight or an elapsed-time counter; UNKNOWN unless the header says which. */
        ZERO_HOUR,
        /** "172457": HHMMSS digits, a time only if the header says so. */
        PACKED,
        /** "14.06", "14 06": a clock whose separator OCR misread, or a number; a time only if the header says so. */
        LOOSE,
        /**
         * "11:0": hours and the first digit of the minutes, a clock whose last digit OCR lost or its box cut off; its
         * readings are the ten minutes it may be, and it is a time only if the header holds one of them.
         */
        CUT
    }
}

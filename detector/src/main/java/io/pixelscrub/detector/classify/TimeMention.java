package io.pixelscrub.detector.classify;

import java.util.List;

/**
 * A time of day written on a line.
 *
 * @param secondsOfDay every reading: "5:24:57" without AM/PM may be 05:24:57 or 17:24:57
 * @param packed       written as HHMMSS digits: a time only if the header says so
 */
record TimeMention(int start, int end, List<Integer> secondsOfDay, boolean packed) { }

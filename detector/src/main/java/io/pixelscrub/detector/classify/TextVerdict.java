package io.pixelscrub.detector.classify;

import io.pixelscrub.detector.Verdict;
import java.util.Objects;

/**
 * The classifier's decision on one line of text.
 *
 * @param reason which rule or header attribute decided (e.g. "header:PatientName", "pattern:date",
 *               "allow-list:device-annotation"); never the text itself
 */
public record TextVerdict(Verdict verdict, double confidence, String reason) {

    public TextVerdict {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
    }
}

package io.pixelscrub.scrubber.verify;

import java.util.List;

/**
 * What verify found in one scrubbed file: text judged PHI still in the pixels, other residual text that is not an
 * allowed device annotation (to review, not a failure: unknown text is what scrub's policy redacts to be safe, and a
 * second pass reads lines beside black boxes differently), and header values equal to originals.
 */
public record VerifyResult(boolean residualPixels, int residualUnknownText, List<HeaderMatch> headerMatches) {

    public VerifyResult {
        headerMatches = List.copyOf(headerMatches);
    }

    public boolean residualPhi() {
        return residualPixels || !headerMatches.isEmpty();
    }
}

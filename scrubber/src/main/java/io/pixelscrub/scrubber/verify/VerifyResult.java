package io.pixelscrub.scrubber.verify;

import java.util.List;

/** What verify found in one scrubbed file: residual text in the pixels, and header values equal to originals. */
public record VerifyResult(boolean residualPixels, List<HeaderMatch> headerMatches) {

    public VerifyResult {
        headerMatches = List.copyOf(headerMatches);
    }

    public boolean residualPhi() {
        return residualPixels || !headerMatches.isEmpty();
    }
}

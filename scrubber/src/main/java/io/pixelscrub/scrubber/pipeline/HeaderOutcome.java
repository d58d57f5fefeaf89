package io.pixelscrub.scrubber.pipeline;

import io.pixelscrub.scrubber.header.DeidentificationResult;
import io.pixelscrub.scrubber.inspect.ReleasedHeaders;

/**
 * What the header step did to one file, returned with the file's outcome: the audit trail records {@code result}
 * (and the sealed originals), the review recorder describes {@code released}. The batch drops it from the outcome
 * once its listener has seen it, so a 10,000-file run does not hold 10,000 headers.
 *
 * @param result          the profile's actions, the output SOP Instance UID
 * @param sealedOriginals the changed attributes' original values, sealed, or null when originals are not kept
 * @param released        the released header for review, or null when no one asked for it
 */
public record HeaderOutcome(DeidentificationResult result, byte[] sealedOriginals, ReleasedHeaders released) {
}

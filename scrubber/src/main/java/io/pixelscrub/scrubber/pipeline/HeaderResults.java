package io.pixelscrub.scrubber.pipeline;

import io.pixelscrub.scrubber.header.DeidentificationResult;

/**
 * Hands the header step's result from {@link ProfileHeaderProcessor} to the audit ({@code AuditingFileProcessor}) within one
 * {@code scrub} call: both run on the calling thread, one inside the other, so a thread-local scoped to that call
 * carries it without widening the FileScrubber/HeaderProcessor contracts.
 *
 * @param sealedOriginals the changed attributes' original values, sealed, or null when originals are not kept
 */
public record HeaderResults(DeidentificationResult result, byte[] sealedOriginals) {

    private static final ThreadLocal<HeaderResults> CURRENT = new ThreadLocal<>();

    public static void offer(HeaderResults r) {
        CURRENT.set(r);
    }

    /** The result offered during the current call, cleared on reading. */
    public static HeaderResults take() {
        HeaderResults r = CURRENT.get();
        CURRENT.remove();
        return r;
    }
}

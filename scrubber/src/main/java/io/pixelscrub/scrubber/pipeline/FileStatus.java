package io.pixelscrub.scrubber.pipeline;

/** What happened to one input file. */
public enum FileStatus {
    /** Pixels were redacted and re-encoded; header de-identified. */
    SCRUBBED("scrubbed"),
    /** Nothing to redact: Pixel Data copied byte for byte; header de-identified. */
    CLEAN_UNTOUCHED("clean-untouched"),
    /** Could not be processed safely; copied to the quarantine folder with a reason, never to the output. */
    QUARANTINED("quarantined"),
    /** scrub --resume: an earlier run finished this file and its output is unchanged; kept, not processed again. */
    ALREADY_DONE("already-done");

    private final String label;

    FileStatus(String label) {
        this.label = label;
    }

    public String label() { return label; }
}

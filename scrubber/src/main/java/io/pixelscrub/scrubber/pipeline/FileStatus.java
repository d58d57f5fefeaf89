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
    ALREADY_DONE("already-done"),
    /**
     * Could not be read at all (permission denied, a symbolic link loop, a broken link; for a folder, nothing in it):
     * nothing to copy to the quarantine, so only its reason is reported.
     */
    UNREADABLE("unreadable");

    private final String label;

    FileStatus(String label) {
        this.label = label;
    }

    public String label() { return label; }

    /** The file was not processed and nothing of it was released: the run must not end as a success. */
    public boolean failed() {
        return this == QUARANTINED || this == UNREADABLE;
    }
}

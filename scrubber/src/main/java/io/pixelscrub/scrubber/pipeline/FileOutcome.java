package io.pixelscrub.scrubber.pipeline;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.scrubber.timing.StageTimes;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The result for one file. {@code reason} is a single line naming the problem, never a header or OCR value.
 *
 * @param redacted  findings hidden (pixels blacked out, overlays removed)
 * @param kept      findings left in place (device annotations the policy keeps, or all text under a templates-only policy)
 * @param timingsMs milliseconds per step as the report gives them (read, detect, redact, write)
 * @param stages    the same time by finer stage (decode, detect, OCR, classify, redact, encode, header, write), for bench
 * @param header    what the header step did, for the audit trail and the review; null when it kept no record, and
 *                  dropped by the batch once its listener has seen the outcome
 * @param pictures  review pictures taken while the frames were decoded for redaction (only when asked for, see
 *                  {@link FileScrubber#withReviewPictures}); dropped with {@code header}
 */
public record FileOutcome(Path input, Path output, FileStatus status, String reason, String transferSyntaxIn,
                          String transferSyntaxOut, int frames, List<Finding> redacted, List<Finding> kept,
                          Map<String, Long> timingsMs, StageTimes stages, HeaderOutcome header, List<ReviewPicture> pictures) {

    public FileOutcome {
        pictures = List.copyOf(pictures);
    }

    public FileOutcome(Path input, Path output, FileStatus status, String reason, String transferSyntaxIn,
                       String transferSyntaxOut, int frames, List<Finding> redacted, List<Finding> kept,
                       Map<String, Long> timingsMs, StageTimes stages, HeaderOutcome header) {
        this(input, output, status, reason, transferSyntaxIn, transferSyntaxOut, frames, redacted, kept, timingsMs, stages,
                header, List.of());
    }

    public FileOutcome(Path input, Path output, FileStatus status, String reason, String transferSyntaxIn,
                       String transferSyntaxOut, int frames, List<Finding> redacted, List<Finding> kept,
                       Map<String, Long> timingsMs) {
        this(input, output, status, reason, transferSyntaxIn, transferSyntaxOut, frames, redacted, kept, timingsMs,
                new StageTimes(), null);
    }

    /**
     * The same outcome without the header step's record and the review pictures (what the batch keeps once its
     * listener has run).
     */
    public FileOutcome withoutHeader() {
        return header == null && pictures.isEmpty() ? this : new FileOutcome(input, output, status, reason, transferSyntaxIn,
                transferSyntaxOut, frames, redacted, kept, timingsMs, stages, null);
    }

    /** scrub --resume: the output an earlier run finished is kept; nothing was read or written this time. */
    public static FileOutcome alreadyDone(Path input, Path output) {
        return new FileOutcome(input, output, FileStatus.ALREADY_DONE, null, null, null, 0, List.of(), List.of(), Map.of());
    }

    public static FileOutcome quarantined(Path input, Path quarantinedCopy, String reason, Map<String, Long> timings) {
        return new FileOutcome(input, quarantinedCopy, FileStatus.QUARANTINED, reason, null, null, 0, List.of(), List.of(), timings);
    }

    /** A path that could not be read (a file, a folder, a link): no copy anywhere, only its reason. */
    public static FileOutcome unreadable(Path input, String reason) {
        return new FileOutcome(input, null, FileStatus.UNREADABLE, reason, null, null, 0, List.of(), List.of(), Map.of());
    }
}

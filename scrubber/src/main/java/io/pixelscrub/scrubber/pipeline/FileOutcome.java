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
 */
public record FileOutcome(Path input, Path output, FileStatus status, String reason, String transferSyntaxIn,
                          String transferSyntaxOut, int frames, List<Finding> redacted, List<Finding> kept,
                          Map<String, Long> timingsMs, StageTimes stages) {

    /** scrub --resume: the output an earlier run finished is kept; nothing was read or written this time. */
    public static FileOutcome alreadyDone(Path input, Path output) {
        return new FileOutcome(input, output, FileStatus.ALREADY_DONE, null, null, null, 0, List.of(), List.of(), Map.of(),
                new StageTimes());
    }

    public static FileOutcome quarantined(Path input, Path quarantinedCopy, String reason, Map<String, Long> timings) {
        return new FileOutcome(input, quarantinedCopy, FileStatus.QUARANTINED, reason, null, null, 0, List.of(), List.of(), timings,
                new StageTimes());
    }
}

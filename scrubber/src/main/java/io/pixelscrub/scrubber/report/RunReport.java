package io.pixelscrub.scrubber.report;

import io.pixelscrub.scrubber.thumbnail.FileDetails;
import io.pixelscrub.scrubber.inspect.ReleasedHeaderRecorder;
import io.pixelscrub.scrubber.pipeline.FileOutcome;
import io.pixelscrub.scrubber.thumbnail.ThumbnailMaker;
import io.pixelscrub.scrubber.verify.VerifyResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything one report is made from.
 *
 * @param mode        scrub, dry-run, scan or verify
 * @param details     per input: identity, device, thumbnails (absent inputs get none)
 * @param includeText whether OCR text goes into the report (--report-text; the report then contains PHI)
 * @param quarantine  the quarantine folder when files were copied there, else null
 * @param thumbnails  how thumbnails were made, or null when none were
 * @param verify      per input, verify mode only (else empty)
 * @param auditStores audit stores found inside the checked folders, verify mode only (else empty)
 * @param headers     the released headers' shards and tally (scrub with a report), or null
 */
public record RunReport(String mode, List<FileOutcome> outcomes, Map<Path, FileDetails> details, long elapsedMs,
                        boolean includeText, Path quarantine, ThumbnailMaker thumbnails, Map<Path, VerifyResult> verify,
                        List<Path> auditStores, ReleasedHeaderRecorder headers) {

    public RunReport {
        outcomes = List.copyOf(outcomes);
        details = Map.copyOf(details);
        verify = Map.copyOf(verify);
        auditStores = List.copyOf(auditStores);
    }

    /** OCR text (--report-text) or thumbnails of the originals (--thumbnails-of-originals) make the report PHI. */
    public boolean containsPhi() {
        return includeText || thumbnails != null && thumbnails.originals() != null;
    }

    public RunReport(String mode, List<FileOutcome> outcomes, Map<Path, FileDetails> details, long elapsedMs,
                     boolean includeText, Path quarantine, ThumbnailMaker thumbnails, Map<Path, VerifyResult> verify,
                     List<Path> auditStores) {
        this(mode, outcomes, details, elapsedMs, includeText, quarantine, thumbnails, verify, auditStores, null);
    }

    /** A bare report: outcomes only. */
    public static RunReport of(String mode, List<FileOutcome> outcomes, long elapsedMs) {
        return new RunReport(mode, outcomes, Map.of(), elapsedMs, false, null, null, Map.of(), List.of());
    }
}

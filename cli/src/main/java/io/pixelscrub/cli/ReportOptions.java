package io.pixelscrub.cli;

import io.pixelscrub.scrubber.inspect.OriginalLookup;
import io.pixelscrub.scrubber.inspect.ReleasedHeaderRecorder;
import io.pixelscrub.scrubber.pipeline.BatchScrubber;
import io.pixelscrub.scrubber.pipeline.ProfileHeaderProcessor;
import io.pixelscrub.scrubber.pipeline.FileOutcome;
import io.pixelscrub.scrubber.report.RunReport;
import io.pixelscrub.scrubber.report.ScrubReportWriter;
import io.pixelscrub.scrubber.thumbnail.ReviewRecorder;
import io.pixelscrub.scrubber.thumbnail.ThumbnailMaker;
import io.pixelscrub.scrubber.verify.VerifyResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * What goes into the report, shared by scrub, scan and verify: OCR text (only when asked: it is PHI) and the review
 * thumbnails, which are made while files are processed, beside the report in {@code NAME.thumbnails/}; thumbnails of
 * the originals (PHI) only when asked, in {@code NAME.originals-PHI/}.
 */
final class ReportOptions {

    @Option(names = "--report-text", description = "Put the OCR text of every finding into the report. The text is PHI: "
            + "the report then says containsPhi=true, and so does the review site.")
    boolean reportText;

    @Option(names = "--thumbnails-of-originals", description = "Also keep a thumbnail of the original (before) of every "
            + "frame with redacted regions, for side-by-side review, and (scrub) the original values of the header attributes "
            + "the profile changed or removed. They are PHI: they go into REPORT.originals-PHI/ and the report then says "
            + "containsPhi=true. Default: after images only.")
    boolean thumbnailsOfOriginals;

    @Option(names = "--no-thumbnails", description = "Do not make the review thumbnails (the report's thumbnail folder).")
    boolean noThumbnails;

    @Option(names = "--thumbnail-size", paramLabel = "PX",
            description = "Longest side of a review thumbnail (default: ${DEFAULT-VALUE}).")
    int thumbnailSize = ThumbnailMaker.DEFAULT_MAX_SIDE;

    @Option(names = "--no-headers", description = "scrub: do not keep the released headers for review (REPORT.headers/).")
    boolean noHeaders;

    private ReviewRecorder recorder;

    /** The side of the review pictures the scrubber takes while it redacts: 0 without a report or thumbnails. */
    int reviewPictureSide(Path report) {
        return report == null || noThumbnails ? 0 : Math.max(16, thumbnailSize);
    }

    /**
     * The batch's listener: {@code progress}, behind a recorder of report details and thumbnails when a report is wanted.
     *
     * @param afterFromOutput whether outputs are written, so "after" thumbnails are decoded from them
     */
    BatchScrubber.Listener listener(Path report, boolean afterFromOutput, BatchScrubber.Listener progress) {
        return listener(report, afterFromOutput, progress, null, null);
    }

    /**
     * scrub's listener: also keeps each released header ({@code REPORT.headers/}) when {@code header} is given,
     * flagged with {@code lookup}.
     */
    BatchScrubber.Listener listener(Path report, boolean afterFromOutput, BatchScrubber.Listener progress,
                                    ProfileHeaderProcessor header, OriginalLookup lookup) {
        if (report == null) {
            return progress;
        }
        Path folder = noThumbnails ? null : ScrubReportWriter.thumbnailFolder(report);
        Path originals = thumbnailsOfOriginals ? ScrubReportWriter.originalsFolder(report) : null;
        ReleasedHeaderRecorder headers = null;
        if (header != null && !noHeaders) {
            header.inspecting(lookup);
            Path headerOriginals = null;
            if (thumbnailsOfOriginals) {   // originals kept for review (PHI): their header values beside their thumbnails
                header.withOriginalsForReview();
                headerOriginals = ScrubReportWriter.originalsFolder(report).resolve("headers");
            }
            headers = new ReleasedHeaderRecorder(ScrubReportWriter.headersFolder(report), headerOriginals, header.deidentifier());
        }
        recorder = new ReviewRecorder(progress, new ThumbnailMaker(folder, originals, Math.max(16, thumbnailSize), afterFromOutput),
                headers);
        return recorder;
    }

    void write(Path report, String mode, List<FileOutcome> outcomes, long elapsedMs, Path quarantine) throws IOException {
        write(report, mode, outcomes, elapsedMs, quarantine, Map.of(), List.of());
    }

    /** With the sample check of a templates-only run, or null. */
    void write(Path report, String mode, List<FileOutcome> outcomes, long elapsedMs, Path quarantine, CheckSampling sampling)
            throws IOException {
        ReleasedHeaderRecorder headers = recorder == null ? null : recorder.headers();
        if (headers != null) {
            headers.writeTally();
        }
        ScrubReportWriter.write(new RunReport(mode, outcomes, recorder == null ? Map.of() : recorder.details(), elapsedMs,
                reportText, quarantine, recorder == null ? null : recorder.maker(), Map.of(), List.of(), headers), report,
                root -> {
                    if (sampling != null) {
                        sampling.write(root, outcomes);
                    }
                });
    }

    /** verify's report: also the per-file results and the audit stores found among the checked files. */
    void write(Path report, String mode, List<FileOutcome> outcomes, long elapsedMs, Path quarantine,
               Map<Path, VerifyResult> verify, List<Path> auditStores) throws IOException {
        ReleasedHeaderRecorder headers = recorder == null ? null : recorder.headers();
        if (headers != null) {
            headers.writeTally();
        }
        ScrubReportWriter.write(new RunReport(mode, outcomes, recorder == null ? Map.of() : recorder.details(), elapsedMs,
                reportText, quarantine, recorder == null ? null : recorder.maker(), verify, auditStores, headers), report);
    }
}

package io.pixelscrub.scrubber.audit;

import io.pixelscrub.scrubber.pipeline.FileOutcome;
import io.pixelscrub.detector.Finding;
import io.pixelscrub.scrubber.pipeline.FileProcessor;
import io.pixelscrub.scrubber.pipeline.FileScrubber;
import io.pixelscrub.scrubber.pipeline.HeaderOutcome;

import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Records every file in the audit trail once it is done: what the header step did (the outcome's {@link HeaderOutcome}) and
 * the regions redacted, keyed by the output SOP Instance UID; a file that fails is recorded as quarantined with its
 * reason before the failure goes on to the batch.
 */
public final class AuditingFileProcessor implements FileProcessor {

    private final FileProcessor inner;
    private final AuditTrail trail;
    private final Path outputRoot;

    public AuditingFileProcessor(FileProcessor inner, AuditTrail trail, Path outputRoot) {
        this.inner = inner;
        this.trail = trail;
        this.outputRoot = outputRoot;
    }

    @Override
    public FileOutcome scrub(Path input, Path output, FileScrubber.Analysed known, List<Finding> extra)
            throws IOException, InvalidDicomException {
        FileOutcome outcome;
        try {
            outcome = inner.scrub(input, output, known, extra);
        } catch (InvalidDicomException | IOException | RuntimeException e) {
            trail.recordFailure(relative(output), e instanceof InvalidDicomException ? e.getMessage()
                    : "I/O or internal error (" + e.getClass().getSimpleName() + ")");
            throw e;
        }
        HeaderOutcome header = outcome.header();
        if (output != null && header != null) {
            trail.record(relative(output), outcome, header.result(), header.sealedOriginals());
        }
        return outcome;
    }

    private String relative(Path output) {
        if (output == null) {
            return null;
        }
        Path o = output.toAbsolutePath().normalize();
        Path root = outputRoot.toAbsolutePath().normalize();
        return o.startsWith(root) ? root.relativize(o).toString() : o.getFileName().toString();
    }
}

package io.pixelscrub.scrubber.pipeline;

import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import java.io.IOException;
import io.pixelscrub.detector.Finding;
import java.nio.file.Path;
import java.util.List;

/** Processes one file; what {@link BatchScrubber} runs for each input ({@link FileScrubber}, or a decorator of it). */
@FunctionalInterface
public interface FileProcessor {

    /**
     * @param output where to write, or null for a dry run (nothing written)
     * @param known  the file's analysis from the batch's first pass, or null to analyse now
     * @param extra  findings decided outside this file (series-level propagation)
     */
    FileOutcome scrub(Path input, Path output, FileScrubber.Analysed known, List<Finding> extra)
            throws IOException, InvalidDicomException;

    default FileOutcome scrub(Path input, Path output) throws IOException, InvalidDicomException {
        return scrub(input, output, null, List.of());
    }
}

package io.pixelscrub.scrubber.pipeline;

import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import java.io.IOException;
import java.nio.file.Path;

/** Processes one file; what {@link BatchScrubber} runs for each input ({@link FileScrubber}, or a decorator of it). */
@FunctionalInterface
public interface FileProcessor {

    /** @param output where to write, or null for a dry run (nothing written) */
    FileOutcome scrub(Path input, Path output) throws IOException, InvalidDicomException;
}

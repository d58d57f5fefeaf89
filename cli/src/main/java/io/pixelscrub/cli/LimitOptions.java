package io.pixelscrub.cli;

import io.pixelscrub.scrubber.limit.RunLimits;
import java.time.Duration;
import picocli.CommandLine.Option;

/** How much one file may cost (scrub, scan, verify): a file over a limit is quarantined with one line, the batch goes on. */
final class LimitOptions {

    @Option(names = "--file-time-limit", paramLabel = "SECONDS", description = "Wall-clock limit per file, every native "
            + "tool call included (default: ${DEFAULT-VALUE}; 0: none). A file over it is quarantined.")
    long fileTimeLimitSeconds = RunLimits.DEFAULT_TIME_PER_FILE.toSeconds();

    @Option(names = "--max-pixels-per-frame", paramLabel = "N", description = "Largest Rows x Columns accepted "
            + "(default: ${DEFAULT-VALUE}); a larger image is quarantined before anything is decoded.")
    long maxPixelsPerFrame = RunLimits.DEFAULT_MAX_PIXELS_PER_FRAME;

    @Option(names = "--max-pixels-per-file", paramLabel = "N", description = "Largest Rows x Columns x frames accepted "
            + "(default: ${DEFAULT-VALUE}).")
    long maxPixelsPerFile = RunLimits.DEFAULT_MAX_PIXELS_PER_FILE;

    RunLimits limits() {
        if (fileTimeLimitSeconds < 0 || maxPixelsPerFrame < 1 || maxPixelsPerFile < 1) {
            throw new UserInputException("--file-time-limit must be 0 or more, --max-pixels-per-frame and "
                    + "--max-pixels-per-file 1 or more");
        }
        return new RunLimits(Duration.ofSeconds(fileTimeLimitSeconds), maxPixelsPerFrame, maxPixelsPerFile);
    }
}

package io.pixelscrub.cli;

import io.pixelscrub.scrubber.output.Quarantine;
import io.pixelscrub.scrubber.pipeline.FileOutcome;
import io.pixelscrub.scrubber.pipeline.FileStatus;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The closing lines of a run, and its exit code: 0 only when every file was scrubbed or left clean (or already done);
 * a quarantined or unreadable path makes it 1.
 */
final class Summary {

    private Summary() {
    }

    static int print(List<FileOutcome> outcomes, long elapsedMs, Path output, Quarantine quarantine, PrintStream out)
            throws IOException {
        Map<FileStatus, Integer> counts = new EnumMap<>(FileStatus.class);
        int regions = 0;
        long frames = 0;
        for (FileOutcome o : outcomes) {
            counts.merge(o.status(), 1, Integer::sum);
            regions += o.redacted().size();
            frames += o.frames();
        }
        int quarantined = counts.getOrDefault(FileStatus.QUARANTINED, 0);
        int unreadable = counts.getOrDefault(FileStatus.UNREADABLE, 0);
        int kept = counts.getOrDefault(FileStatus.ALREADY_DONE, 0);
        out.printf("%d file(s): %d scrubbed, %d clean-untouched, %d quarantined%s%s; %d region(s) redacted; %d frame(s) in %.1f s%n",
                outcomes.size(), counts.getOrDefault(FileStatus.SCRUBBED, 0), counts.getOrDefault(FileStatus.CLEAN_UNTOUCHED, 0),
                quarantined, unreadable > 0 ? ", " + unreadable + " unreadable" : "", kept > 0 ? ", " + kept + " already done" : "",
                regions, frames, elapsedMs / 1000.0);
        if (output != null) {
            out.println("output: " + output);
        }
        if (output != null) {   // always said, so a curator knows where to look and that it is not part of the release
            out.println("quarantine: " + quarantine.root() + " (" + quarantine.count() + " file(s), each with a .reason.txt)");
        }
        return quarantined + unreadable > 0 ? 1 : 0;
    }

    /** What happened to an earlier run's outputs, when there were any: kept (--resume), replaced, partial files removed. */
    static void printRerun(List<FileOutcome> outcomes, int replaced, int partials, PrintStream out) {
        long kept = outcomes.stream().filter(o -> o.status() == FileStatus.ALREADY_DONE).count();
        if (kept > 0) {
            out.println("resumed: " + kept + " file(s) an earlier run finished were kept as they were (input and output unchanged)");
        }
        if (replaced > 0) {
            out.println(replaced + " output(s) of an earlier run were replaced");
        }
        if (partials > 0) {
            out.println(partials + " temporary file(s) of an interrupted run were removed from the output folder");
        }
    }
}

package io.pixelscrub.spark;

import io.pixelscrub.HeaderOptions;
import io.pixelscrub.ScrubberOptions;
import io.pixelscrub.cli.ScrubOptions;
import io.pixelscrub.scrubber.limit.RunLimits;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/**
 * What every task needs, shipped with the job: the scrub flags as the user typed them (each executor reads them with
 * the same {@link ScrubOptions} as the driver, so both build the same {@link ScrubberOptions}), and what the driver
 * resolved: the store's URL, the output and quarantine folders, the input layout and the report's keys.
 *
 * @param args       the command line (the scrub flags among it)
 * @param auditUrl   JDBC URL of the shared store, or null for in-memory mappings from the key
 * @param reportKey  the key of this run's report tokens and text sketches (never written, as for a JSON report)
 * @param startedAtMs when the job started on the driver: the report's elapsed time runs from it
 */
record JobSettings(List<String> args, String auditUrl, String out, String quarantine, InputLayout layout, byte[] reportKey,
                   boolean reportText, long startedAtMs) implements Serializable {

    /** The scrub flags, read again (on an executor) exactly as the driver read them. */
    ScrubOptions scrubOptions() {
        SparkScrubCommand c = new SparkScrubCommand();
        new CommandLine(c).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args.toArray(String[]::new));
        return c.scrub;
    }

    /** The library's options: the same as {@code pixelscrub scrub} builds from the same flags. */
    ScrubberOptions scrubberOptions() throws IOException {
        ScrubOptions o = scrubOptions();
        HeaderOptions header = o.headerOptions();
        return o.scrubberOptions(o.templateLibrary(), null, Path.of(out), false)
                .withHeader(header.withAuditStore(auditUrl, header.auditPassword()));
    }

    RunLimits limits() {
        return scrubOptions().limits();
    }

    /** What tells one run's scrubber from another's in an executor JVM. */
    String identity() {
        return String.join("\u0000", args) + "\u0000" + auditUrl + "\u0000" + out;
    }
}

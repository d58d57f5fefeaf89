package io.pixelscrub.cli;

import io.pixelscrub.cli.review.ReviewSite;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pixelscrub review REPORT -o DIR}: a static review site from a report and its thumbnails; reads no DICOM. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Build a self-contained review site (open DIR/index.html; no server, no network) from a scrub, scan or "
                + "verify report and the thumbnails made with it.")
public final class ReviewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "REPORT", description = "The report.json written by scrub, scan or verify.")
    Path report;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Folder for the site (new, empty, "
            + "or an earlier review site, which is replaced).")
    Path output;

    @Option(names = "--with-originals", description = "Also show the original (before) thumbnails. They contain PHI: the "
            + "site must then be kept as private as the originals.")
    boolean withOriginals;

    @Option(names = "--page-size", paramLabel = "N", description = "Images per page of the overview (default: ${DEFAULT-VALUE}).")
    int pageSize = 60;

    @Option(names = "--templates", paramLabel = "PROPOSED.json", description = "Proposed templates (templates induce -o): "
            + "each is shown over a few of the report's images it applies to, to accept or reject; \"Export accepted\" saves "
            + "the accepted ones as a file for scrub --templates.")
    Path templates;

    @Override
    public Integer call() throws Exception {
        if (templates != null && !java.nio.file.Files.isRegularFile(templates)) {
            throw new UserInputException("--templates file not found: " + templates);
        }
        ReviewSite site = new ReviewSite(withOriginals, Math.max(1, pageSize));
        if (templates != null) {
            site.withTemplates(templates);
        }
        ReviewSite.Result r = site.build(report, output);
        System.out.printf("review site: %s (%d file(s), %d image(s)%s) in %.1f s%n",
                output.toAbsolutePath().normalize().resolve("index.html"), r.files(), r.images(),
                withOriginals ? ", " + r.originals() + " original(s): contains PHI" : ", originals left out", r.millis() / 1000.0);
        return 0;
    }
}

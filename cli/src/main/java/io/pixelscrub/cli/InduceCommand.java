package io.pixelscrub.cli;

import io.pixelscrub.ScrubberOptions;
import io.pixelscrub.Scrubber;
import com.fasterxml.jackson.databind.JsonNode;
import io.pixelscrub.scrubber.analysis.DetectionSettings;
import io.pixelscrub.scrubber.analysis.RedactionPolicy;
import io.pixelscrub.scrubber.induce.InducedTemplate;
import io.pixelscrub.scrubber.induce.InducedTemplatesJson;
import io.pixelscrub.scrubber.induce.Observation;
import io.pixelscrub.scrubber.induce.ReportObservations;
import io.pixelscrub.scrubber.induce.SkippedDevice;
import io.pixelscrub.scrubber.induce.TemplateInducer;
import io.pixelscrub.scrubber.output.Quarantine;
import io.pixelscrub.scrubber.pipeline.BatchScrubber;
import io.pixelscrub.scrubber.pipeline.FileOutcome;
import io.pixelscrub.scrubber.pipeline.InputFiles;
import io.pixelscrub.scrubber.thumbnail.FileDetails;
import io.pixelscrub.scrubber.report.RunReport;
import io.pixelscrub.scrubber.report.ScrubReportWriter;
import io.pixelscrub.scrubber.thumbnail.ThumbnailMaker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pixelscrub templates induce IN... -o proposed.json}: runs text detection over a collection and proposes one
 * region template per device layout ({@link TemplateInducer}); or, with {@code --from-report}, reads what an earlier
 * scan found, so nothing is read twice. Both ways go through the report's form of the results
 * ({@link ReportObservations}), so they propose the same templates. Proposals are for review: nothing uses them until
 * they are passed to {@code scrub --templates}, and there they add to detection, never replace it.
 */
@Command(name = "induce", mixinStandardHelpOptions = true,
        description = "Learn each device's PHI regions from a collection: group images by device and picture size, find text "
                + "that recurs at the same place, and propose a redact region where it is PHI or differs between patients.")
final class InduceCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "IN", description = "DICOM files or folders (searched recursively); "
            + "none with --from-report.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--from-report", paramLabel = "REPORT.json", description = "Induce from the findings of an earlier "
            + "scan or scrub report (schema 1.4 or later) instead of reading the images again.")
    Path fromReport;

    @Option(names = "--report", paramLabel = "REPORT.json", description = "Also write the scan's report (with review "
            + "thumbnails): review --templates shows the proposals over it, and --from-report reuses it.")
    Path report;

    @Mixin
    ReportOptions reporting = new ReportOptions();

    @Option(names = {"-o", "--output"}, paramLabel = "PROPOSED.json", required = true,
            description = "Where to write the proposed templates (pixelscrub JSON, with their evidence).")
    Path output;

    @Option(names = {"--min-instances", "--min-images"}, paramLabel = "N",
            description = "Instances (images) a device needs (default: ${DEFAULT-VALUE}); --min-images is the old name.")
    int minImages = TemplateInducer.Settings.defaults().minImages();

    @Option(names = "--min-patients", paramLabel = "M", description = "Distinct patients a device needs (default: ${DEFAULT-VALUE}).")
    int minPatients = TemplateInducer.Settings.defaults().minPatients();

    @Option(names = "--min-support", paramLabel = "F",
            description = "Share of a device's images a place must hold text in (default: ${DEFAULT-VALUE}).")
    double minSupport = TemplateInducer.Settings.defaults().minSupport();

    @Option(names = "--threads", paramLabel = "N", description = "Files analysed in parallel (default: CPU cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-frames", paramLabel = "N", description = "No effect since cines are read once: text detection covers every frame (searched where it "
            + "changed, or proven unchanged). Accepted so earlier command lines still run.")
    int maxFrames = DetectionSettings.DEFAULT_MAX_FRAMES;

    @picocli.CommandLine.Mixin
    LogOption libraryLog = new LogOption();

    @picocli.CommandLine.Mixin
    LimitOptions limits = new LimitOptions();

    @Override
    public Integer call() throws Exception {
        if (minImages < 1 || minPatients < 1 || minSupport < 0 || minSupport > 1) {
            throw new UserInputException("--min-instances and --min-patients must be at least 1, --min-support between 0 and 1");
        }
        if ((fromReport == null) == inputs.isEmpty()) {
            throw new UserInputException(fromReport == null ? "give the images (IN...) or --from-report REPORT.json"
                    : "--from-report reads no images: give either IN... or --from-report, not both");
        }
        if (fromReport != null && report != null) {
            throw new UserInputException("--report writes a scan's report; with --from-report there is no scan");
        }
        long t0 = System.nanoTime();
        JsonNode findings;
        int files;
        if (fromReport != null) {
            findings = JsonFiles.read(fromReport, "report");
            files = findings.path("files").size();
        } else {
            List<FileOutcome> outcomes = scan();
            findings = report != null ? JsonFiles.read(report, "report")   // exactly what --from-report will read
                    : ScrubReportWriter.toJson(reportOf(outcomes, System.nanoTime() - t0), Path.of(".").toAbsolutePath());
            files = outcomes.size();
        }
        ReportObservations.Read read;
        try {
            read = ReportObservations.from(findings);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(fromReport + ": " + e.getMessage());
        }
        TemplateInducer inducer = new TemplateInducer();
        read.observations().forEach(inducer::add);
        TemplateInducer.Induction induction = inducer.induce(new TemplateInducer.Settings(minImages, minPatients, minSupport));
        Path parent = output.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".induce", ".json.tmp");
        Files.writeString(tmp, InducedTemplatesJson.write(induction));
        Files.move(tmp, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        for (InducedTemplate t : induction.templates()) {
            System.out.printf("proposed %s: %d redact region(s), %d device-text place(s) kept; %d images, %d patients, confidence %.2f%n",
                    t.template().id(), t.redact().size(), t.keepEvidence().size(), t.images(), t.patients(), t.confidence());
        }
        for (SkippedDevice s : induction.skipped()) {
            System.out.printf("no template for %s (%d images, %d patients): %s%n", s.device().label(), s.images(), s.patients(), s.why());
        }
        System.out.printf("%d template(s) proposed from %d file(s) (%d could not be analysed)%s in %.1f s: %s%n",
                induction.templates().size(), files, read.unusable(), fromReport != null ? " of " + fromReport : "",
                (System.nanoTime() - t0) / 1e9, output.toAbsolutePath().normalize());
        if (report != null) {
            System.out.println("report: " + report.toAbsolutePath().normalize());
        }
        return read.unusable() > 0 && fromReport == null ? 1 : 0;
    }

    /** Text only, as read, without templates (a template would confirm itself) and without series propagation. */
    private List<FileOutcome> scan() throws Exception {
        InputFiles.Found found = CommandInputs.expand(inputs, List.of());
        if (report != null) {
            CommandInputs.refuseWritingOver(found.files(), report);
        }
        DetectionSettings text = new DetectionSettings(false, false, true, RedactionPolicy.PHI, maxFrames);
        long t0 = System.nanoTime();
        List<FileOutcome> outcomes;
        try (AutoCloseable log = libraryLog.open();
             Scrubber scrubber = Engines.open(ScrubberOptions.defaults().withTemplates(Engines.templates(List.of(), false))
                     .withDetection(text).withSeriesPropagation(false));
             ProgressReporter progress = new ProgressReporter(System.out, System.err, System.console() != null)) {
            BatchScrubber batch = scrubber.batch(Path.of("."), new Quarantine(Path.of(".")), BatchScrubber.Mode.SCAN, threads)
                    .limits(limits.limits());
            outcomes = batch.run(found, reporting.listener(report, false, progress));
        }
        if (report != null) {
            reporting.write(report, "scan", outcomes, (System.nanoTime() - t0) / 1_000_000, null);
        }
        return outcomes;
    }

    /** The scan's results as a report would carry them (device, patient token, line sketches), with no thumbnails. */
    private static RunReport reportOf(List<FileOutcome> outcomes, long elapsedNanos) {
        ThumbnailMaker facts = new ThumbnailMaker(null, ThumbnailMaker.DEFAULT_MAX_SIDE, false);
        Map<Path, FileDetails> details = new HashMap<>();
        for (FileOutcome o : outcomes) {
            details.put(o.input(), facts.details(o));
        }
        return new RunReport("scan", outcomes, details, elapsedNanos / 1_000_000, false, null, null, Map.of(), List.of());
    }
}

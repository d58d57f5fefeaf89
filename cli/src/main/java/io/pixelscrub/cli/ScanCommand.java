package io.pixelscrub.cli;

import io.pixelscrub.ScrubberOptions;
import io.pixelscrub.Scrubber;
import io.pixelscrub.detector.Finding;
import io.pixelscrub.scrubber.output.Quarantine;
import io.pixelscrub.scrubber.pipeline.BatchScrubber;
import io.pixelscrub.scrubber.pipeline.FileOutcome;
import io.pixelscrub.scrubber.pipeline.FileStatus;
import io.pixelscrub.scrubber.pipeline.InputFiles;
import io.pixelscrub.scrubber.limit.RunLimits;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pixelscrub scan IN... --report r.json}: detection and classification only; nothing is written but the report. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Find burned-in text, overlays and template regions and judge them; write only the report.")
public final class ScanCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "IN", description = "DICOM files or folders (searched recursively).")
    List<Path> inputs;

    @Option(names = "--report", paramLabel = "REPORT.json", required = true, description = "Where to write the JSON report.")
    Path report;

    @Mixin
    TemplateOptions templates = new TemplateOptions();

    @Mixin
    DetectionOptions detection = new DetectionOptions();

    @Option(names = "--threads", paramLabel = "N", description = "Files processed in parallel (default: CPU cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--detector-threads", paramLabel = "N",
            description = "Threads inside each text-detection session (default: ${DEFAULT-VALUE}).")
    int detectorThreads = 1;

    @Mixin
    ReportOptions reporting = new ReportOptions();

    @Mixin
    LogOption libraryLog = new LogOption();

    @Mixin
    LimitOptions limits = new LimitOptions();

    @Option(names = "--only", paramLabel = "LIST", description = "Scan only the inputs on this list (the review site's export).")
    Path only;

    @Override
    public Integer call() throws Exception {
        if (detection.checkSample < 0 || detection.checkSample > 1) {
            throw new UserInputException("--check-sample must be between 0 and 1");
        }
        RunLimits runLimits = limits.limits();
        InputFiles.Found found = CommandInputs.expand(inputs, List.of());
        CommandInputs.refuseWritingOver(found.files(), report);
        if (only != null) {
            found = MarkedFiles.only(found, only);
        }
        List<InputFiles.Entry> files = found.files();
        long t0 = System.nanoTime();
        List<FileOutcome> outcomes;
        CheckSampling sampling;
        sampling = detection.sampled() ? CheckSampling.choose(files, detection.checkSample) : null;
        ScrubberOptions options = ScrubberOptions.defaults().withTemplates(templates.library())
                .withDetection(detection.settings()).withSeriesPropagation(!detection.noSeriesPropagation)
                .withDetectorThreads(detectorThreads).withTextSample(sampling == null ? null : sampling::inSample);
        try (AutoCloseable log = libraryLog.open();
             Scrubber scrubber = Engines.open(options);
             ProgressReporter progress = new ProgressReporter(System.out, System.err, System.console() != null)) {
            BatchScrubber batch = scrubber.batch(Path.of("."), new Quarantine(Path.of(".")), BatchScrubber.Mode.SCAN, threads)
                    .limits(runLimits);
            outcomes = batch.run(found, reporting.listener(report, false, progress));
        }
        long elapsed = (System.nanoTime() - t0) / 1_000_000;
        int check = sampling == null ? 0 : sampling.check(outcomes, System.out, System.err);
        reporting.write(report, "scan", outcomes, elapsed, null, sampling);
        int code = printSummary(outcomes, elapsed);
        return check != 0 ? check : code;
    }

    private int printSummary(List<FileOutcome> outcomes, long elapsedMs) {
        Map<FileStatus, Integer> counts = new EnumMap<>(FileStatus.class);
        Map<String, Integer> verdicts = new TreeMap<>();
        for (FileOutcome o : outcomes) {
            counts.merge(o.status(), 1, Integer::sum);
            for (Finding f : o.redacted()) {
                verdicts.merge(f.verdict().name().toLowerCase() + " (redact)", 1, Integer::sum);
            }
            for (Finding f : o.kept()) {
                verdicts.merge(f.verdict().name().toLowerCase() + " (keep)", 1, Integer::sum);
            }
        }
        int unreadable = counts.getOrDefault(FileStatus.QUARANTINED, 0) + counts.getOrDefault(FileStatus.UNREADABLE, 0);
        System.out.printf("%d file(s): %d need redaction, %d clean, %d could not be analysed; findings %s; %.1f s%n",
                outcomes.size(), counts.getOrDefault(FileStatus.SCRUBBED, 0), counts.getOrDefault(FileStatus.CLEAN_UNTOUCHED, 0),
                unreadable, verdicts, elapsedMs / 1000.0);
        System.out.println("report: " + report.toAbsolutePath().normalize());
        return unreadable > 0 ? 1 : 0;
    }
}

package io.pixelscrub.cli;

import io.pixelscrub.HeaderOptions;
import io.pixelscrub.Scrubber;
import io.pixelscrub.ScrubberOptions;
import io.pixelscrub.models.template.TemplateLibrary;
import io.pixelscrub.scrubber.output.Quarantine;
import io.pixelscrub.scrubber.pipeline.BatchScrubber;
import io.pixelscrub.scrubber.pipeline.FileOutcome;
import io.pixelscrub.scrubber.pipeline.InputFiles;
import io.pixelscrub.scrubber.limit.RunLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pixelscrub scrub IN... -o OUT}: redacts, re-encodes and de-identifies a collection. */
@Command(name = "scrub", mixinStandardHelpOptions = true,
        description = "Redact burned-in PHI and de-identify headers; the output mirrors the input tree.")
public final class ScrubCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "IN", description = "DICOM files or folders (searched recursively).")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output folder (required unless --dry-run).")
    Path output;

    @Option(names = "--report", paramLabel = "REPORT.json", description = "Write a JSON report of every file.")
    Path report;

    @Option(names = "--dry-run", description = "Decide everything, write nothing but the report.")
    boolean dryRun;

    @Option(names = "--quarantine", paramLabel = "DIR",
            description = "Where files that cannot be processed safely go (default: OUT-quarantine beside OUT).")
    Path quarantineDir;

    @Option(names = "--allow-output-inside-input", description = "Permit an output folder inside an input folder.")
    boolean allowOutputInsideInput;

    @Option(names = "--resume", description = "OUT holds an earlier run's outputs: keep those that run finished (input and "
            + "output unchanged since, by the audit store's record) and process the rest.")
    boolean resume;

    @Option(names = "--force", description = "OUT holds an earlier run's outputs: process every file again and replace its "
            + "output. Without --resume or --force, a non-empty OUT is refused.")
    boolean force;

    @Option(names = "--threads", paramLabel = "N", description = "Files processed in parallel (default: CPU cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    ScrubOptions scrub = new ScrubOptions();

    @Mixin
    ReportOptions reporting = new ReportOptions();

    @Mixin
    LogOption libraryLog = new LogOption();

    @Option(names = "--only", paramLabel = "LIST", description = "Process only the inputs on this list: the JSON that the "
            + "review site exports for files marked \"needs attention\" (or a JSON array of paths).")
    Path only;

    @Override
    public Integer call() throws Exception {
        scrub.validate();
        if (output == null && !dryRun) {
            throw new UserInputException("-o OUT is required (or use --dry-run)");
        }
        if (output != null && !allowOutputInsideInput && InputFiles.outputInsideInput(inputs, output)) {
            throw new UserInputException("the output folder is inside an input folder; choose another or pass --allow-output-inside-input");
        }
        if (output != null && Files.exists(output) && !Files.isDirectory(output)) {
            throw new UserInputException("the output is a file, not a folder: " + output);
        }
        if (quarantineDir != null && !allowOutputInsideInput && InputFiles.outputInsideInput(inputs, quarantineDir)) {
            throw new UserInputException("the quarantine folder is inside an input folder; choose another or pass --allow-output-inside-input");
        }
        RunLimits runLimits = scrub.limits();
        Path out = output == null ? Path.of("pixelscrub-dry-run") : output.toAbsolutePath().normalize();
        Quarantine quarantine = new Quarantine(quarantineDir != null ? quarantineDir
                : out.resolveSibling(out.getFileName() + "-quarantine"));
        List<Path> exclude = new ArrayList<>();
        if (output != null) { // with --allow-output-inside-input, what this run writes must not be read back as input
            exclude.addAll(List.of(out, quarantine.root()));
            scrub.auditStoreFile(out, dryRun).ifPresent(exclude::add);
        }
        InputFiles.Found found = CommandInputs.expand(inputs, exclude);
        if (only != null) {
            found = MarkedFiles.only(found, only);
        }
        List<InputFiles.Entry> files = found.files();
        CommandInputs.refuseWritingOver(files, report,
                output == null ? null : scrub.auditStoreFile(out, dryRun).orElse(null));
        EarlierOutputs earlier = dryRun ? null : EarlierOutputs.in(out);
        if (earlier != null) {
            earlier.requireChoice(resume, force);
        }
        // Everything the user named is checked before the store is made, so a typo leaves nothing behind.
        TemplateLibrary library = scrub.templateLibrary();
        CheckSampling sampling = scrub.sampled() ? CheckSampling.choose(files, scrub.detection.checkSample) : null;
        ScrubberOptions options = scrub.scrubberOptions(library, sampling == null ? null : sampling::inSample, out, dryRun)
                .withReviewPictures(reporting.reviewPictureSide(report));
        HeaderOptions header = scrub.headerOptions();
        try (AutoCloseable log = libraryLog.open()) {
            String url = scrub.auditStoreUrl(out, dryRun);
            options = options.withHeader(header.withAuditStore(url, header.auditPassword()));
            List<FileOutcome> outcomes;
            BatchScrubber batch;
            long t0;
            int partials;
            List<String> storeLines;
            try (Scrubber scrubber = Engines.open(options);
                 ProgressReporter progress = new ProgressReporter(System.out, System.err, System.console() != null)) {
                partials = earlier == null ? 0 : earlier.removePartials();
                t0 = System.nanoTime();
                batch = scrubber.batch(out, quarantine, dryRun ? BatchScrubber.Mode.DRY_RUN : BatchScrubber.Mode.WRITE, threads)
                        .limits(runLimits)
                        .rerun(resume ? BatchScrubber.Rerun.RESUME : BatchScrubber.Rerun.REPLACE, scrubber.journal());
                outcomes = batch.run(found, reporting.listener(report, !dryRun, progress, scrubber.header(),
                        scrubber.originalLookup()));
                storeLines = scrubber.summaryLines();
            }
            long elapsed = (System.nanoTime() - t0) / 1_000_000;
            int check = sampling == null ? 0 : sampling.check(outcomes, System.out, System.err);
            if (report != null) {
                reporting.write(report, dryRun ? "dry-run" : "scrub", outcomes, elapsed, dryRun ? null : quarantine.root(), sampling);
            }
            int code = Summary.print(outcomes, elapsed, dryRun ? null : out, quarantine, System.out);
            code = check != 0 ? check : code;   // PHI outside the templates outranks a quarantined file
            if (!dryRun) {
                Summary.printRerun(outcomes, batch.replacedOutputs(), partials, System.out);
                storeLines.forEach(System.out::println);
            }
            return code;
        }
    }
}

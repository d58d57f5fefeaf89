package io.pixelscrub.cli;

import io.pixelscrub.ScrubberOptions;
import io.pixelscrub.Scrubber;
import io.pixelscrub.detector.Finding;
import io.pixelscrub.scrubber.analysis.DetectionSettings;
import io.pixelscrub.scrubber.dicom.DicomFileReader;
import io.pixelscrub.scrubber.dicom.DicomInput;
import io.pixelscrub.scrubber.output.Quarantine;
import io.pixelscrub.scrubber.pipeline.BatchScrubber;
import io.pixelscrub.scrubber.pipeline.FileOutcome;
import io.pixelscrub.scrubber.pipeline.InputFiles;
import io.pixelscrub.scrubber.limit.RunLimits;
import io.pixelscrub.scrubber.store.AuditStoreFiles;
import io.pixelscrub.scrubber.store.JdbcMappingStore;
import io.pixelscrub.scrubber.store.MappingStore;
import io.pixelscrub.scrubber.store.OriginalsCipher;
import io.pixelscrub.scrubber.store.PersistentMappings;
import io.pixelscrub.scrubber.store.PseudonymScheme;
import io.pixelscrub.scrubber.verify.HeaderMatch;
import io.pixelscrub.scrubber.verify.HeaderResidueCheck;
import io.pixelscrub.scrubber.verify.VerifyResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pixelscrub verify OUT...}: runs scrub's own detector stack ({@link io.pixelscrub.Scrubber}, {@code FileScrubber.scan}) over
 * scrubbed outputs and reports any residual text that is not an allowed device annotation; with the audit store, also
 * any header value equal to an original. Templates are left out: they say where a device puts text, not whether
 * text is still there, and on a scrubbed file their regions are black.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check scrubbed outputs: residual burned-in text (same detectors and classifier as scrub), an audit "
                + "store left among them, and, with --audit, header values equal to original PHI. Exit code 1 when anything "
                + "remains, a store is found or a file cannot be checked.")
public final class VerifyCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "OUT", description = "Scrubbed DICOM files or folders (searched recursively).")
    List<Path> inputs;

    @Option(names = "--report", paramLabel = "REPORT.json", description = "Write a report (mode verify) that review can show.")
    Path report;

    @Option(names = "--audit", paramLabel = "DB", description = "The audit store scrub used (file or JDBC URL): header values are "
            + "checked against the originals it knows (keyed lookups; sealed originals too when PIXELSCRUB_ORIGINALS_KEY is set).")
    String audit;

    @Option(names = "--key", paramLabel = "SECRET", description = "The key scrub was given (default: env PIXELSCRUB_KEY; "
            + "none when the store keeps its own).")
    String key;

    @Option(names = "--originals", paramLabel = "IN", description = "The folder scrub read (it mirrors into OUT): each "
            + "output's pixels are judged against its original header, so a burned-in value that matched only the "
            + "original is found. Outputs without an original at the same relative path are listed and fail.")
    Path originals;

    @Mixin
    DetectionOptions detection = new DetectionOptions();

    @Mixin
    ReportOptions reporting = new ReportOptions();

    @Mixin
    LogOption libraryLog = new LogOption();

    @Mixin
    LimitOptions limits = new LimitOptions();

    @Option(names = "--threads", paramLabel = "N", description = "Files checked in parallel (default: CPU cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--detector-threads", paramLabel = "N", description = "Threads inside each text-detection session (default: ${DEFAULT-VALUE}).")
    int detectorThreads = 1;

    @Override
    public Integer call() throws Exception {
        String storeUrl = audit == null ? null : AuditStoreLocation.existing(audit);
        // An audit store among the outputs is not an image to check but a leak to report.
        RunLimits runLimits = limits.limits();
        InputFiles.Found found = CommandInputs.expand(inputs, List.of());
        List<InputFiles.Entry> all = found.files();
        CommandInputs.refuseWritingOver(all, report);
        List<Path> stores = all.stream().map(InputFiles.Entry::file).filter(AuditStoreFiles::isStore).toList();
        List<InputFiles.Entry> files = all.stream().filter(e -> !stores.contains(e.file())).toList();
        DetectionSettings s = detection.settings();
        DetectionSettings pixelsOnly = new DetectionSettings(false, s.overlays(), s.text(), s.policy(), s.maxFramesPerFile());
        long t0 = System.nanoTime();
        OriginalHeaders originalHeaders = originals == null ? null : OriginalHeaders.index(files, originals);
        List<FileOutcome> outcomes;
        ScrubberOptions options = ScrubberOptions.defaults().withTemplates(Engines.templates(List.of(), false))
                .withDetection(pixelsOnly).withSeriesPropagation(false).withDetectorThreads(detectorThreads);
        if (originalHeaders != null) {   // judge text against each output's original header
            options = options.withDenyLists(originalHeaders.denyLists());
        }
        try (AutoCloseable log = libraryLog.open();
             Scrubber scrubber = Engines.open(options);
             ProgressReporter progress = new ProgressReporter(System.out, System.err, System.console() != null)) {
            BatchScrubber batch = scrubber.batch(Path.of("."), new Quarantine(Path.of(".")), BatchScrubber.Mode.SCAN, threads)
                    .limits(runLimits);
            outcomes = batch.run(new InputFiles.Found(files, found.unreadable()), reporting.listener(report, false, progress));
        }
        Map<Path, VerifyResult> results = results(outcomes, storeUrl);
        long elapsed = (System.nanoTime() - t0) / 1_000_000;
        if (report != null) {
            reporting.write(report, "verify", outcomes, elapsed, null, results, stores);
        }
        for (Path store : stores) {
            System.err.println("pixelscrub: audit store in a checked folder: " + store
                    + " (keyed lookups of original identifiers: move it out before release)");
        }
        int code = summarise(outcomes, results, elapsed);
        if (originalHeaders != null) {
            for (Path m : originalHeaders.missing()) {
                System.err.println("pixelscrub: no readable original for " + m + " under " + originals
                        + " (judged against its own header only)");
            }
            System.out.printf("%d file(s) judged against their original header, %d without one%n",
                    originalHeaders.found(), originalHeaders.missing().size());
            if (!originalHeaders.missing().isEmpty()) {
                code = Math.max(code, 1);
            }
        }
        if (!stores.isEmpty()) {
            System.out.printf("%d audit store file(s) found among the checked files: they must not be released with the images%n",
                    stores.size());
        }
        return stores.isEmpty() ? code : Math.max(code, 1);
    }

    /** Residual pixel findings are those scrub's policy would redact; header matches come from the store, if given. */
    private Map<Path, VerifyResult> results(List<FileOutcome> outcomes, String storeUrl) throws Exception {
        Map<Path, VerifyResult> out = new LinkedHashMap<>();
        try (MappingStore store = storeUrl == null ? null : JdbcMappingStore.open(storeUrl, System.getenv("PIXELSCRUB_AUDIT_PASSWORD"))) {
            HeaderResidueCheck headers = store == null ? null : headerCheck(store);
            for (FileOutcome o : outcomes) {
                if (o.status().failed()) {
                    continue;
                }
                List<HeaderMatch> matches = List.of();
                if (headers != null) {
                    try (DicomInput in = DicomFileReader.open(o.input())) {
                        matches = headers.check(in.header());
                    }
                }
                boolean phi = o.redacted().stream().anyMatch(f -> f.verdict() == io.pixelscrub.detector.Verdict.PHI);
                int unknown = (int) o.redacted().stream().filter(f -> f.verdict() != io.pixelscrub.detector.Verdict.PHI).count();
                out.put(o.input(), new VerifyResult(phi, unknown, matches));
            }
        }
        return out;
    }

    private HeaderResidueCheck headerCheck(MappingStore store) throws OriginalsCipher.WrongKeyException {
        String secret = key != null ? key : System.getenv("PIXELSCRUB_KEY");
        PersistentMappings mappings = PersistentMappings.open(store, secret,
                new PseudonymScheme(PseudonymScheme.Kind.COUNTER, io.pixelscrub.scrubber.run.Pipeline.PSEUDONYM_PREFIX), null);
        String pass = System.getenv("PIXELSCRUB_ORIGINALS_KEY");
        OriginalsCipher cipher = pass != null && !pass.isBlank() && PersistentMappings.keepsOriginals(store)
                ? PersistentMappings.originalsCipher(store, pass.trim().toCharArray()) : null;
        return new HeaderResidueCheck(mappings, cipher);
    }

    private int summarise(List<FileOutcome> outcomes, Map<Path, VerifyResult> results, long elapsedMs) {
        int residual = 0;
        int unreadable = 0;
        int toReview = 0;
        for (FileOutcome o : outcomes) {
            VerifyResult r = results.get(o.input());
            if (r == null) {
                unreadable++; // the progress reporter already gave its one line
            } else if (r.residualPhi()) {
                residual++;
                System.err.println("pixelscrub: residual PHI: " + o.input() + ": " + describe(o, r));
            } else if (r.residualUnknownText() > 0) {
                toReview++;
            }
        }
        System.out.printf("%d file(s) verified: %d clean, %d with residual PHI, %d could not be checked; %.1f s%n",
                outcomes.size(), outcomes.size() - residual - unreadable, residual, unreadable, elapsedMs / 1000.0);
        if (toReview > 0) {
            System.out.printf("%d clean file(s) show text of unknown kind (not PHI by any rule): listed in the report for review%n",
                    toReview);
        }
        if (report != null) {
            System.out.println("report: " + report.toAbsolutePath().normalize());
        }
        return residual > 0 || unreadable > 0 ? 1 : 0;
    }

    /** Where, never what: regions with frame, source, verdict and rule; header elements by tag path. */
    private static String describe(FileOutcome o, VerifyResult r) {
        List<String> parts = new ArrayList<>();
        for (Finding f : o.redacted()) {
            String frames = f.appliesToAllFrames() ? "all frames"
                    : "frames " + new TreeSet<>(f.frames()).stream().map(String::valueOf).collect(Collectors.joining(","));
            parts.add(String.format("%s %s at %d,%d %dx%d (%s; %s)", f.source().name().toLowerCase(), f.verdict().name().toLowerCase(),
                    f.box().x(), f.box().y(), f.box().width(), f.box().height(), frames, f.reason()));
        }
        for (HeaderMatch m : r.headerMatches()) {
            parts.add("header " + m.tagPath() + " equals an " + m.matches());
        }
        return String.join("; ", parts);
    }
}

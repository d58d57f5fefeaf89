package io.pixelscrub.cli;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;
import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.scrubber.analysis.DetectionSettings;
import io.pixelscrub.scrubber.analysis.RedactionPolicy;
import io.pixelscrub.scrubber.dicom.DicomFileReader;
import io.pixelscrub.scrubber.dicom.DicomInput;
import io.pixelscrub.scrubber.induce.DeviceKey;
import io.pixelscrub.scrubber.induce.InducedTemplate;
import io.pixelscrub.scrubber.induce.InducedTemplatesJson;
import io.pixelscrub.scrubber.induce.Observation;
import io.pixelscrub.scrubber.induce.SkippedDevice;
import io.pixelscrub.scrubber.induce.TemplateInducer;
import io.pixelscrub.scrubber.output.Quarantine;
import io.pixelscrub.scrubber.pipeline.BatchScrubber;
import io.pixelscrub.scrubber.pipeline.FileOutcome;
import io.pixelscrub.scrubber.pipeline.FileStatus;
import io.pixelscrub.scrubber.pipeline.InputFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pixelscrub templates induce IN... -o proposed.json}: runs text detection over a collection and proposes one
 * region template per device layout ({@link TemplateInducer}). Proposals are for review: nothing uses them until they
 * are passed to {@code scrub --templates}, and there they add to detection, never replace it.
 */
@Command(name = "induce", mixinStandardHelpOptions = true,
        description = "Learn each device's PHI regions from a collection: group images by device and picture size, find text "
                + "that recurs at the same place, and propose a redact region where it is PHI or differs between patients.")
final class InduceCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "IN", description = "DICOM files or folders (searched recursively).")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "PROPOSED.json", required = true,
            description = "Where to write the proposed templates (pixelscrub JSON, with their evidence).")
    Path output;

    @Option(names = "--min-images", paramLabel = "N", description = "Images a device needs (default: ${DEFAULT-VALUE}).")
    int minImages = TemplateInducer.Settings.defaults().minImages();

    @Option(names = "--min-patients", paramLabel = "M", description = "Distinct patients a device needs (default: ${DEFAULT-VALUE}).")
    int minPatients = TemplateInducer.Settings.defaults().minPatients();

    @Option(names = "--min-support", paramLabel = "F",
            description = "Share of a device's images a place must hold text in (default: ${DEFAULT-VALUE}).")
    double minSupport = TemplateInducer.Settings.defaults().minSupport();

    @Option(names = "--threads", paramLabel = "N", description = "Files analysed in parallel (default: CPU cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-frames", paramLabel = "N", description = "Frames read per multi-frame image (default: ${DEFAULT-VALUE}).")
    int maxFrames = DetectionSettings.DEFAULT_MAX_FRAMES;

    @picocli.CommandLine.Mixin
    LogOption libraryLog = new LogOption();

    @picocli.CommandLine.Mixin
    LimitOptions limits = new LimitOptions();

    @Override
    public Integer call() throws Exception {
        if (minImages < 1 || minPatients < 1 || minSupport < 0 || minSupport > 1) {
            throw new UserInputException("--min-images and --min-patients must be at least 1, --min-support between 0 and 1");
        }
        List<InputFiles.Entry> files = CommandInputs.expand(inputs, List.of());
        // Text only, as read, without templates (a template would confirm itself) and without series propagation
        // (it copies one instance's lines into another, which is not evidence).
        DetectionSettings text = new DetectionSettings(false, false, true, RedactionPolicy.PHI, maxFrames);
        TemplateInducer inducer = new TemplateInducer();
        long t0 = System.nanoTime();
        List<FileOutcome> outcomes;
        try (AutoCloseable log = libraryLog.open();
             Pipeline pipeline = Pipeline.create(List.of(), false, (String) null, text, 1);
             ProgressReporter progress = new ProgressReporter(System.out, System.err, System.console() != null)) {
            BatchScrubber batch = new BatchScrubber(pipeline.fileScrubber(), pipeline.fileScrubber(), Path.of("."),
                    new Quarantine(Path.of(".")), BatchScrubber.Mode.SCAN, threads, null).limits(limits.limits());
            outcomes = batch.run(files, progress);
        }
        int unreadable = 0;
        for (FileOutcome o : outcomes) {
            if (o.status() == FileStatus.QUARANTINED) {
                unreadable++;
                continue;
            }
            inducer.add(observe(o));
        }
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
        System.out.printf("%d template(s) proposed from %d file(s) (%d could not be analysed) in %.1f s: %s%n",
                induction.templates().size(), outcomes.size(), unreadable, (System.nanoTime() - t0) / 1e9,
                output.toAbsolutePath().normalize());
        return unreadable > 0 ? 1 : 0;
    }

    /** The file's device and a patient token; both read from the header, the token never leaves this process. */
    private static Observation observe(FileOutcome o) throws Exception {
        AttributeList header;
        try (DicomInput in = DicomFileReader.open(o.input())) {
            header = in.header();
        }
        List<Finding> lines = new ArrayList<>();
        for (List<Finding> list : List.of(o.redacted(), o.kept())) {
            list.stream().filter(f -> f.source() == FindingSource.DETECTOR).forEach(lines::add);
        }
        return new Observation(DeviceKey.of(header), patientToken(header), lines);
    }

    private static String patientToken(AttributeList header) throws Exception {
        String identity = Attribute.getSingleStringValueOrEmptyString(header, TagFromName.PatientID) + "\u0000"
                + Attribute.getSingleStringValueOrEmptyString(header, TagFromName.PatientName);
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8)));
    }
}

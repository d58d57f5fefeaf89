package io.pixelscrub.cli;

import io.pixelscrub.HeaderOptions;
import io.pixelscrub.Scrubber;
import io.pixelscrub.ScrubberOptions;
import io.pixelscrub.detector.Finding;
import io.pixelscrub.models.template.TemplateLibrary;
import io.pixelscrub.scrubber.analysis.DetectionSettings;
import io.pixelscrub.scrubber.analysis.PerThread;
import io.pixelscrub.scrubber.analysis.PixelAnalysis;
import io.pixelscrub.scrubber.analysis.RedactionPolicy;
import io.pixelscrub.scrubber.analysis.SeriesPropagation;
import io.pixelscrub.scrubber.dicom.DicomFileReader;
import io.pixelscrub.scrubber.dicom.DicomInput;
import io.pixelscrub.scrubber.dicom.PixelModule;
import io.pixelscrub.scrubber.output.Quarantine;
import io.pixelscrub.scrubber.pipeline.BatchScrubber;
import io.pixelscrub.scrubber.pipeline.FileOutcome;
import io.pixelscrub.scrubber.pipeline.FileProcessor;
import io.pixelscrub.scrubber.pipeline.FileScrubber;
import io.pixelscrub.scrubber.pipeline.InputFiles;
import io.pixelscrub.scrubber.thumbnail.FileDetails;
import io.pixelscrub.scrubber.thumbnail.ReviewRecorder;
import io.pixelscrub.scrubber.thumbnail.ThumbnailMaker;
import io.pixelscrub.scrubber.timing.Stage;
import io.pixelscrub.scrubber.timing.StageTimes;
import io.pixelscrub.testdata.synthetic.truth.GroundTruth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pixelscrub bench}: end-to-end speed, time per stage and peak memory of pixelscrub (default detectors and
 * policy, series propagation, review thumbnails) and of a Presidio-like baseline ({@link PresidioLikeBaseline}: full-page
 * OCR of every frame, header values and date patterns) on the same corpus in the same run, by image family and by
 * transfer-syntax family, with both engines' PHI recall where the corpus has ground truth. A measurement, not a test:
 * nothing asserts a speed. Output holds numbers and family names only, never a value from a file.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {BenchSyntheticCommand.class, BenchCodecsCommand.class},
        description = "Speed, time per stage and memory of pixelscrub against a Presidio-like baseline on one corpus; "
                + "`bench synthetic` scores detection in detail, `bench codecs` times codecs per file.")
public final class BenchCommand implements Callable<Integer> {
    private static final String KEY = "pixelscrub-bench-key-0123456789";

    @Parameters(arity = "0..*", paramLabel = "IN",
            description = "Files or folders (default: a generated corpus). A folder holding ground-truth.json is scored.")
    List<Path> inputs;

    @Option(names = "--seed", description = "Seed of the generated corpus (default ${DEFAULT-VALUE}).")
    long seed = 7;

    @Option(names = "--cases", description = "Synthetic files in the generated corpus (default ${DEFAULT-VALUE}; 0: the extra files only).")
    int cases = 40;

    @Option(names = "--us-singles", description = "Extra 640x480 ultrasound single frames (default ${DEFAULT-VALUE}).")
    int usSingles = 4;

    @Option(names = "--cines", description = "Extra 640x480 cines with a static header bar (default ${DEFAULT-VALUE}).")
    int cines = 2;

    @Option(names = "--cine-frames", description = "Frames of each extra cine (default ${DEFAULT-VALUE}).")
    int cineFrames = 60;

    @Option(names = "--threads", description = "Files processed in parallel by each engine (default: CPU cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-baseline", negatable = true, description = "Skip the Presidio-like baseline.")
    boolean baseline = true;

    @Option(names = "--no-thumbnails", negatable = true, description = "Skip pixelscrub's review thumbnails.")
    boolean thumbnails = true;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write every number as JSON.")
    Path json;

    @Option(names = "--keep", description = "Keep the corpus and outputs (printed) instead of deleting them.")
    boolean keep;

    @Option(names = "--templates-only", description = "Run pixelscrub with region templates and overlays only (no text "
            + "detection), as `scrub --redact templates --detect templates,overlays` does. On the generated corpus the "
            + "extra files' device gets the header-bar template a curator would have written for it.")
    boolean templatesOnly;

    @picocli.CommandLine.Mixin
    TemplateOptions templateOptions = new TemplateOptions();

    @Override
    public Integer call() throws Exception {
        Path work = Files.createTempDirectory("pixelscrub-bench-");
        try {
            Path corpus;
            GroundTruth truth;
            String described;
            TemplateLibrary library = templateOptions.library();
            long g0 = System.nanoTime();
            if (inputs == null || inputs.isEmpty()) {
                corpus = work.resolve("corpus");
                BenchCorpus.Generated generated = BenchCorpus.generate(corpus, seed, cases,
                        new BenchCorpus.Extras(usSingles, cines, cineFrames), threads);
                truth = generated.truth();
                if (templatesOnly) {
                    library = library.plus(new TemplateLibrary(TemplateLibrary.parse("bench-device.json",
                            generated.extrasTemplates())));
                }
                inputs = List.of(corpus);
                described = String.format("generated: honest synthetic corpus seed %d (%d files) + %d US 640x480 single "
                        + "frames + %d 640x480 cines of %d frames", seed, cases, usSingles, cines, cineFrames);
            } else {
                corpus = inputs.size() == 1 && Files.isDirectory(inputs.get(0)) ? inputs.get(0) : null;
                truth = corpus != null && Files.isRegularFile(corpus.resolve(GroundTruth.FILE_NAME))
                        ? GroundTruth.read(corpus) : null;
                described = inputs.size() + " input path(s)" + (truth != null ? " with ground truth" : "");
            }
            double generation = (System.nanoTime() - g0) / 1e9;
            InputFiles.Found found = CommandInputs.expand(inputs, List.of());
            int unreadable = CommandInputs.printUnreadable(found, System.err);
            List<InputFiles.Entry> files = found.files().stream()
                    .filter(e -> !e.file().getFileName().toString().equals(GroundTruth.FILE_NAME)).toList();
            Map<Path, BenchTally.BenchImage> images = images(files);
            long frames = images.values().stream().mapToLong(BenchTally.BenchImage::frames).sum();
            System.out.printf("corpus: %s; %d files, %d frames (generated in %.0f s)%n", described, files.size(), frames,
                    generation);
            System.out.printf("machine: %d cores, Java %s, max heap %d MB; %d thread(s) per engine%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    Runtime.getRuntime().maxMemory() >> 20, threads);
            System.out.printf("pixelscrub: %s; %d region template(s)%n", templatesOnly
                    ? "templates and overlays only, no text detection" : "every detector (templates, overlays, text)",
                    library.list().size());

            Path pixOut = work.resolve("out-pixelscrub");
            List<FileOutcome> pixOutcomes = new ArrayList<>();
            BenchTally pix = runPixelscrub(files, images, pixOut, work, pixOutcomes, library);
            BenchTally base = null;
            List<FileOutcome> baseOutcomes = new ArrayList<>();
            Path baseOut = work.resolve("out-baseline");
            if (baseline) {
                base = runBaseline(files, images, baseOut, work, baseOutcomes);
            }
            SyntheticEvaluation.Result pixScore = null;
            SyntheticEvaluation.Result baseScore = null;
            if (truth != null) {
                pixScore = SyntheticEvaluation.score(truth, corpus, pixOut, pixOutcomes);
                baseScore = base == null ? null : SyntheticEvaluation.score(truth, corpus, baseOut, baseOutcomes);
            }
            BenchPrinter.print(System.out, pix, base, pixScore, baseScore);
            if (json != null) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("corpus", described);
                doc.put("files", files.size());
                doc.put("frames", frames);
                doc.put("cores", Runtime.getRuntime().availableProcessors());
                doc.put("threads", threads);
                doc.put("templatesOnly", templatesOnly);
                doc.put("javaVersion", System.getProperty("java.version"));
                doc.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
                doc.put("pixelscrub", withScore(pix.asMap(), pixScore));
                if (base != null) {
                    doc.put("baseline", withScore(base.asMap(), baseScore));
                    doc.put("speedRatioPerImage", BenchPrinter.ratio(pix.total, base.total));
                    doc.put("speedRatioWall", base.wallSeconds / Math.max(1e-9, pix.wallSeconds));
                }
                BenchWork.writeJson(json, doc);
            }
            return unreadable > 0 ? 1 : 0;   // a path that could not be read fails the bench as it fails scrub
        } finally {
            BenchWork.finish(work, keep);
        }
    }

    private static Map<String, Object> withScore(Map<String, Object> m, SyntheticEvaluation.Result score) {
        if (score != null) {
            Map<String, Object> s = new LinkedHashMap<>(score.asMap());
            s.remove("breakdown");
            s.remove("msPerFrameBySize");
            m.put("groundTruth", s);
        }
        return m;
    }

    /** What each file's pixels are; unreadable files are left out here (the engines quarantine them). */
    private static Map<Path, BenchTally.BenchImage> images(List<InputFiles.Entry> files) {
        Map<Path, BenchTally.BenchImage> out = new HashMap<>();
        for (InputFiles.Entry e : files) {
            try (DicomInput in = DicomFileReader.open(e.file())) {
                if (in.module().isEmpty()) {
                    continue;
                }
                PixelModule m = in.module().get();
                String modality = com.pixelmed.dicom.Attribute.getSingleStringValueOrEmptyString(in.header(),
                        com.pixelmed.dicom.TagFromName.Modality);
                out.put(e.file(), new BenchTally.BenchImage(modality, m.columns(), m.rows(), m.frames(), m.bitsAllocated(),
                        m.photometric(), in.transferSyntax()));
            } catch (Exception ex) {
                // counted as quarantined by the engines
            }
        }
        return out;
    }

    /** pixelscrub as {@code scrub --report} runs it: default detection, series propagation, thumbnails. */
    private BenchTally runPixelscrub(List<InputFiles.Entry> files, Map<Path, BenchTally.BenchImage> images, Path out,
                                     Path work, List<FileOutcome> outcomes, TemplateLibrary library) throws Exception {
        BenchTally tally = new BenchTally(templatesOnly ? "pixelscrub (templates only)" : "pixelscrub");
        DetectionSettings d = templatesOnly ? DetectionSettings.templatesOnly() : DetectionSettings.all();
        BenchMemory memory = BenchMemory.start();
        long t0 = System.nanoTime();
        try (Scrubber scrubber = Scrubber.open(ScrubberOptions.defaults().withTemplates(library).withDetection(d)
                .withHeader(HeaderOptions.inMemory(KEY)).withReviewPictures(thumbnails ? ThumbnailMaker.DEFAULT_MAX_SIDE : 0))) {
            BatchScrubber batch = scrubber.batch(out, new Quarantine(work.resolve("quarantine-pixelscrub")),
                    BatchScrubber.Mode.WRITE, threads);
            ReviewRecorder recorder = new ReviewRecorder(quiet(), new ThumbnailMaker(
                    thumbnails ? work.resolve("thumbnails") : null, ThumbnailMaker.DEFAULT_MAX_SIDE, true));
            outcomes.addAll(batch.run(files, recorder));
            tally.wallSeconds = (System.nanoTime() - t0) / 1e9;
            tally.memory = memory.stop();
            Map<Path, FileDetails> details = recorder.details();
            for (FileOutcome o : outcomes) {
                FileDetails fd = details.get(o.input());
                add(tally, o, images, fd == null ? 0 : fd.thumbnailMs() * 1_000_000L);
            }
        } finally {
            memory.close();
        }
        return tally;
    }

    /** The Presidio-like baseline, each worker with its own Tesseract; redaction and writing as pixelscrub does them. */
    private BenchTally runBaseline(List<InputFiles.Entry> files, Map<Path, BenchTally.BenchImage> images, Path out, Path work,
                                   List<FileOutcome> outcomes) throws Exception {
        BenchTally tally = new BenchTally("baseline");
        FileScrubber writer = new FileScrubber(List.of(), null, RedactionPolicy.PHI, io.pixelscrub.scrubber.run.Pipeline.inMemoryHeaderStep(KEY));
        BenchMemory memory = BenchMemory.start();
        long t0 = System.nanoTime();
        try (PerThread<PresidioLikeBaseline> engines = new PerThread<>(PresidioLikeBaseline::new)) {
            FileProcessor processor = (input, output, known, extra) -> {
                StageTimes stages = new StageTimes();
                long start = System.nanoTime();
                List<Finding> found;
                try (DicomInput in = DicomFileReader.open(input)) {
                    stages.lap(Stage.READ, start);
                    found = engines.get().find(in, stages);
                }
                return writer.scrub(input, output, new FileScrubber.Analysed(PixelAnalysis.NONE, "", 0, stages), found);
            };
            BatchScrubber batch = new BatchScrubber(writer, processor, out, new Quarantine(work.resolve("quarantine-baseline")),
                    BatchScrubber.Mode.WRITE, threads, null);
            outcomes.addAll(batch.run(files, quiet()));
            tally.wallSeconds = (System.nanoTime() - t0) / 1e9;
            tally.memory = memory.stop();
            for (FileOutcome o : outcomes) {
                add(tally, o, images, 0);
            }
        } finally {
            memory.close();
        }
        return tally;
    }

    private static void add(BenchTally tally, FileOutcome o, Map<Path, BenchTally.BenchImage> images, long thumbnailNanos) {
        BenchTally.BenchImage image = images.get(o.input());
        if (image == null) {
            tally.quarantined++;
        } else {
            tally.add(o, image, thumbnailNanos);
        }
    }

    private static BatchScrubber.Listener quiet() {
        return new BatchScrubber.Listener() {
            @Override
            public void started(int total) { }

            @Override
            public void finished(FileOutcome outcome) { }
        };
    }

}

package io.pixelscrub.testdata.synthetic;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.TagFromName;
import io.pixelscrub.testdata.synthetic.background.RealImages;
import io.pixelscrub.testdata.synthetic.dicom.DicomFileWriter;
import io.pixelscrub.testdata.synthetic.dicom.PixelBuffer;
import io.pixelscrub.testdata.synthetic.plan.CasePlan;
import io.pixelscrub.testdata.synthetic.plan.CasePlanner;
import io.pixelscrub.testdata.synthetic.plan.CaseSlot;
import io.pixelscrub.testdata.synthetic.truth.CaseKind;
import io.pixelscrub.testdata.synthetic.truth.CaseTruth;
import io.pixelscrub.testdata.synthetic.truth.GroundTruth;
import io.pixelscrub.testdata.synthetic.truth.TextTruth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * A deterministic corpus of synthetic DICOM files with burned-in text and its ground truth.
 *
 * <pre>{@code
 * GroundTruth truth = SyntheticCorpus.generate(CorpusSpec.defaults(42), dir);  // files + ground-truth.json
 * GroundTruth again = GroundTruth.read(dir);
 * }</pre>
 *
 * Each case is a pure function of (seed, index): {@link #plan(int)} gives its plan, and
 * {@link CaseRenderer#render} redraws its pixels, with or without text, without writing anything.
 */
public final class SyntheticCorpus {
    public static final String GENERATOR = "pixelscrub-synthetic/1";

    private final CorpusSpec spec;
    private final List<CaseSlot> slots;
    private final CasePlanner planner;

    private SyntheticCorpus(CorpusSpec spec, RealImages real) {
        this.spec = spec;
        this.slots = CaseAssignments.assign(spec);
        this.planner = new CasePlanner(real, spec.mix());
    }

    public static SyntheticCorpus of(CorpusSpec spec) throws IOException {
        return new SyntheticCorpus(spec, spec.realImages() == null ? RealImages.none()
                : RealImages.load(spec.realImages()));
    }

    /** Writes the corpus and {@code ground-truth.json} into {@code outDir} (created if missing). */
    public static GroundTruth generate(CorpusSpec spec, Path outDir) throws IOException {
        return of(spec).writeTo(outDir);
    }

    public int size() {
        return slots.size();
    }

    public CasePlan plan(int index) {
        return planner.plan(slots.get(index));
    }

    public GroundTruth writeTo(Path outDir) throws IOException {
        Files.createDirectories(outDir);
        Path work = Files.createTempDirectory(outDir, ".work");
        ExecutorService pool = Executors.newFixedThreadPool(spec.threads());
        try {
            List<Future<CaseTruth>> futures = new ArrayList<>();
            for (int i = 0; i < slots.size(); i++) {
                int index = i;
                futures.add(pool.submit(() -> writeCase(index, outDir, work)));
            }
            List<CaseTruth> cases = new ArrayList<>();
            for (Future<CaseTruth> f : futures) {
                cases.add(await(f));
            }
            GroundTruth truth = new GroundTruth(GroundTruth.FORMAT_VERSION, GENERATOR, spec.seed(), cases);
            truth.write(outDir.resolve(GroundTruth.FILE_NAME));
            return truth;
        } finally {
            pool.shutdownNow();
            deleteTree(work);
        }
    }

    /** Renders, writes and describes one case. */
    CaseTruth writeCase(int index, Path outDir, Path work) throws IOException {
        CasePlan plan = plan(index);
        PixelBuffer pixels = new PixelBuffer(plan.format(), plan.width(), plan.height(), plan.frames());
        List<TextTruth> texts = CaseRenderer.render(plan, true, pixels::put);
        Path file = outDir.resolve(plan.fileName());
        DicomFileWriter.write(plan, !texts.isEmpty(), pixels, file, work);
        CaseKind kind = texts.stream().anyMatch(TextTruth::isPhi) ? CaseKind.PHI
                : texts.isEmpty() ? CaseKind.CLEAN : CaseKind.DEVICE_ONLY;
        return new CaseTruth(plan.fileName(), kind, plan.encoding().uid, plan.encoding().name(),
                plan.encoding().lossy, writtenPhotometric(file), plan.height(), plan.width(), plan.frames(),
                plan.format().bitsAllocated, plan.format().bitsStored, plan.modality(),
                plan.background().describe(), kind != CaseKind.PHI, texts);
    }

    /** The encoder may change it (RGB to YBR_FULL_422 for JPEG baseline), so read what the file says. */
    private static String writtenPhotometric(Path file) throws IOException {
        AttributeList list = new AttributeList();
        try {
            list.read(file.toString(), TagFromName.PixelData);
        } catch (DicomException e) {
            throw new IOException("cannot read back " + file + ": " + e.getMessage(), e);
        }
        return Attribute.getSingleStringValueOrEmptyString(list, TagFromName.PhotometricInterpretation);
    }

    private static CaseTruth await(Future<CaseTruth> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while generating", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw new IOException("case generation failed: " + cause, cause);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

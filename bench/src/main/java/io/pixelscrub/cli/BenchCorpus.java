package io.pixelscrub.cli;

import io.pixelscrub.testdata.large.LargeImages;
import io.pixelscrub.testdata.synthetic.CorpusSpec;
import io.pixelscrub.testdata.synthetic.SyntheticCorpus;
import io.pixelscrub.testdata.synthetic.dicom.Encoding;
import io.pixelscrub.testdata.synthetic.truth.CaseTruth;
import io.pixelscrub.testdata.synthetic.truth.GroundTruth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The bench's generated corpus, with ground truth: the honest synthetic corpus (every pixel format in every syntax it
 * is written in, cines of 8-20 frames, large images, clean and device-only images) plus, in {@code extra/}, 640x480
 * ultrasound single frames and 640x480 cines of 30 frames or more with a static header bar (patient name, ID and date)
 * and a moving frame counter, the families the speed targets of issue #12 name.
 */
final class BenchCorpus {

    /** How many of each extra family, and how long the cines are. */
    record Extras(int usSingles, int cines, int cineFrames) { }

    /**
     * The generated corpus: its ground truth, and the region templates a curator would have for the extras' device
     * (pixelscrub JSON: the header bar of each manufacturer and size), for a templates-only run.
     */
    record Generated(GroundTruth truth, String extrasTemplates) { }

    private BenchCorpus() {
    }

    static Generated generate(Path folder, long seed, int cases, Extras extras, int threads) throws IOException {
        // No synthetic files (--cases 0) leaves the extras alone: the families the speed targets name.
        GroundTruth synthetic = cases > 0
                ? SyntheticCorpus.generate(CorpusSpec.defaults(seed, cases).withThreads(threads), folder)
                : new GroundTruth(GroundTruth.FORMAT_VERSION, "none", seed, List.of());
        List<CaseTruth> all = new ArrayList<>(synthetic.cases());
        List<LargeImages.Written> written = new ArrayList<>();
        Path extra = Files.createDirectories(folder.resolve("extra"));
        for (int i = 0; i < extras.usSingles(); i++) {
            written.add(cine(extra.resolve("us-640x480-" + i + ".dcm"), 1, Encoding.EXPLICIT_LE, seed * 1000 + i));
        }
        for (int i = 0; i < extras.cines(); i++) {
            // Alternate native and RLE: the two syntaxes ultrasound cines are most often stored in without loss.
            Encoding e = i % 2 == 0 ? Encoding.EXPLICIT_LE : Encoding.RLE;
            written.add(cine(extra.resolve("cine-640x480-" + extras.cineFrames() + "f-" + i + ".dcm"),
                    extras.cineFrames(), e, seed * 1000 + 500 + i));
        }
        written.forEach(w -> all.add(relative(w)));
        GroundTruth truth = new GroundTruth(synthetic.formatVersion(), synthetic.generator() + "+bench-extras",
                synthetic.seed(), all);
        truth.write(folder.resolve(GroundTruth.FILE_NAME));
        return new Generated(truth, BenchDeviceTemplates.headerBars(written));
    }

    /**
     * One 640x480 extra file. A drawn name too long for the header bar is refused by the generator (its truth box
     * would lie); the next seed is drawn then, a million apart so that no other file's seed is reused.
     */
    private static LargeImages.Written cine(Path file, int frames, Encoding encoding, long seed) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                return LargeImages.cine(file, frames, 640, 480, encoding, seed + 1_000_000L * attempt);
            } catch (IllegalStateException tooLong) {
                if (attempt == 20) {
                    throw tooLong;
                }
            }
        }
    }

    /** The extra file's truth with its name relative to the corpus folder. */
    private static CaseTruth relative(LargeImages.Written w) {
        CaseTruth t = w.truth();
        return new CaseTruth("extra/" + t.file(), t.kind(), t.transferSyntaxUid(), t.transferSyntax(), t.lossy(),
                t.photometric(), t.rows(), t.columns(), t.frames(), t.bitsAllocated(), t.bitsStored(), t.modality(),
                t.background(), t.pixelsMustStayIdentical(), t.texts());
    }
}

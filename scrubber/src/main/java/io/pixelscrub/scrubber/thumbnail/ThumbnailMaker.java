package io.pixelscrub.scrubber.thumbnail;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.image.BoxShrink;
import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.models.Box;
import io.pixelscrub.scrubber.dicom.DicomFileReader;
import io.pixelscrub.scrubber.dicom.DicomInput;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.dicom.PixelModule;
import io.pixelscrub.scrubber.pipeline.FileOutcome;
import io.pixelscrub.scrubber.pipeline.FileStatus;
import io.pixelscrub.scrubber.pipeline.ReviewFrames;
import io.pixelscrub.scrubber.pipeline.ReviewPicture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Makes the review thumbnails of one processed file while the run is going (so {@code review} never reads DICOM): the
 * frames with findings (at most {@link #MAX_FRAMES}), or the first frame of a file without any. Each gets an "after"
 * (the picture the scrubber took of the redacted frame as it encoded it, {@link FileOutcome#pictures}; else decoded from
 * the written output, or, when nothing is written, a preview with the regions filled black). A "before"
 * (the original, with its burned-in PHI) is made only when asked for, only for frames with redacted regions, and into
 * its own folder named as PHI, so that copying the thumbnails copies no original.
 * Also collects the header facts the report shows. Thread-safe; called from the batch's worker threads.
 */
public final class ThumbnailMaker {
    public static final int MAX_FRAMES = ReviewFrames.MAX_FRAMES;
    public static final int DEFAULT_MAX_SIDE = 512;

    private final Path folder;
    private final Path originals;
    private final int maxSide;
    private final boolean afterFromOutput;

    /** Without originals: "after" images only. */
    public ThumbnailMaker(Path folder, int maxSide, boolean afterFromOutput) {
        this(folder, null, maxSide, afterFromOutput);
    }

    /**
     * @param folder          where the "after" PNGs go, or null for header facts only
     * @param originals       where the "before" PNGs (PHI) go, or null to make none
     * @param afterFromOutput true when outputs are written (scrub): "after" images are decoded from them
     */
    public ThumbnailMaker(Path folder, Path originals, int maxSide, boolean afterFromOutput) {
        this.folder = folder;
        this.originals = folder == null ? null : originals;
        this.maxSide = maxSide;
        this.afterFromOutput = afterFromOutput;
    }

    public Path folder() { return folder; }

    /** The folder of "before" images (PHI), or null when none are made. */
    public Path originals() { return originals; }

    public int maxSide() { return maxSide; }

    public boolean afterFromOutput() { return afterFromOutput; }

    /** Never throws: a file whose thumbnails fail keeps its outcome, with a note saying why (no value from the file). */
    public FileDetails details(FileOutcome o) {
        if (o.status().failed() || o.status() == FileStatus.ALREADY_DONE) {
            return FileDetails.NONE; // nothing processed; an earlier run's findings are not known here
        }
        long t0 = System.nanoTime();
        try (DicomInput in = DicomFileReader.open(o.input())) {
            HeaderFacts facts = HeaderFacts.of(in.header());
            Path written = afterFromOutput && o.output() != null ? o.output() : null;
            String newUid = written == null ? null : o.header() != null && o.header().result() != null
                    ? o.header().result().sopInstanceUid() : outputUid(written);
            int columns = in.module().map(PixelModule::columns).orElse(0);
            int rows = in.module().map(PixelModule::rows).orElse(0);
            List<Thumbnail> thumbs = new ArrayList<>();
            String note = null;
            if (folder != null && in.hasPixelData()) {
                try {
                    note = draw(in, o, written, columns, rows, thumbs);
                } catch (IOException | InvalidDicomException | RuntimeException e) {
                    note = "thumbnails failed (" + e.getClass().getSimpleName() + ")";
                }
            }
            return new FileDetails(facts.sopInstanceUid(), newUid, facts.modality(), facts.manufacturer(), facts.model(),
                    columns, rows, thumbs, note, (System.nanoTime() - t0) / 1_000_000)
                    .withDevice(facts.softwareVersions(), facts.photometric(), facts.patientDigest());
        } catch (IOException | InvalidDicomException | RuntimeException e) {
            return new FileDetails(null, null, null, null, null, 0, 0, List.of(),
                    "header not readable for the report (" + e.getClass().getSimpleName() + ")", (System.nanoTime() - t0) / 1_000_000);
        }
    }

    private String draw(DicomInput in, FileOutcome o, Path written, int columns, int rows, List<Thumbnail> thumbs)
            throws IOException, InvalidDicomException {
        TreeSet<Integer> withFindings = ReviewFrames.withFindings(o.redacted(), o.kept());
        String note = withFindings.size() > MAX_FRAMES
                ? withFindings.size() + " frames have findings; thumbnails of the first " + MAX_FRAMES : null;
        TreeSet<Integer> wanted = ReviewFrames.firstShown(withFindings);
        // Pictures taken while redaction had the frames decoded; only the others are decoded here.
        double scale = BoxShrink.scale(columns, rows, maxSide);
        Map<Integer, ReviewPicture> taken = new HashMap<>();
        for (ReviewPicture p : o.pictures()) {
            if (p.scale() == scale) {
                taken.put(p.frame(), p);
            }
        }
        List<Integer> toDecode = wanted.stream().filter(f -> !taken.containsKey(f)).toList();
        Map<Integer, DisplayImage> decoded = toDecode.isEmpty() ? Map.of() : FrameRenderer.render(in, toDecode);
        List<Integer> decodedRedacted = decoded.keySet().stream().filter(f -> !redactedBoxes(o, f).isEmpty()).toList();
        Map<Integer, DisplayImage> decodedAfter = written != null && !decodedRedacted.isEmpty()
                ? renderOutput(written, decodedRedacted) : Map.of();
        String id = id(o.input());
        for (int f : wanted) {
            ReviewPicture p = taken.get(f);
            if (p == null && !decoded.containsKey(f)) {
                continue;   // beyond the file's frames
            }
            ThumbnailImage original = p != null ? ThumbnailImage.ofShrunk(p.before(), p.scale())
                    : ThumbnailImage.of(decoded.get(f), maxSide);
            String afterName = id + "-f" + f + "-after.png";
            if (redactedBoxes(o, f).isEmpty()) {
                original.writePng(folder.resolve(afterName));
                thumbs.add(new Thumbnail(f, afterName, null, false));
                continue;
            }
            String beforeName = null;
            if (originals != null) {
                beforeName = id + "-f" + f + "-before.png";
                original.writePng(originals.resolve(beforeName));
            }
            ThumbnailImage released = p != null ? ThumbnailImage.ofShrunk(p.after(), p.scale())
                    : decodedAfter.containsKey(f) ? ThumbnailImage.of(decodedAfter.get(f), maxSide)
                    : original.withBlackBoxes(redactedBoxes(o, f));
            released.writePng(folder.resolve(afterName));
            thumbs.add(new Thumbnail(f, afterName, beforeName, true));
        }
        return note;
    }

    private static Map<Integer, DisplayImage> renderOutput(Path written, List<Integer> frames) throws IOException, InvalidDicomException {
        try (DicomInput out = DicomFileReader.open(written)) {
            return FrameRenderer.render(out, frames);
        }
    }

    private static String outputUid(Path written) {
        try (DicomInput out = DicomFileReader.open(written)) {
            return HeaderFacts.of(out.header()).sopInstanceUid();
        } catch (IOException | InvalidDicomException | RuntimeException e) {
            return null;
        }
    }

    private static List<Box> redactedBoxes(FileOutcome o, int frame) {
        return o.redacted().stream().filter(f -> f.appliesTo(frame)).map(Finding::box).toList();
    }

    /** A name that says nothing about the file (its path may hold a patient name) yet is stable across runs. */
    public static String id(Path input) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(input.toAbsolutePath().normalize().toString()
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

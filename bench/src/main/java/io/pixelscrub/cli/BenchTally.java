package io.pixelscrub.cli;

import io.pixelscrub.scrubber.dicom.TransferSyntaxes;
import io.pixelscrub.scrubber.pipeline.FileOutcome;
import io.pixelscrub.scrubber.pipeline.FileStatus;
import io.pixelscrub.scrubber.timing.Stage;
import io.pixelscrub.scrubber.timing.StageTimes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One engine's numbers on the bench corpus: worker time by stage, and frames and worker time by image family and by
 * transfer-syntax family. Worker time is the sum of the files' stage times (with N threads the wall time is about that
 * divided by N); frames per second of worker time is what one worker does.
 */
final class BenchTally {

    /** Frames, files and worker nanoseconds of one slice. */
    static final class Slice {
        long files;
        long frames;
        long nanos;
        final StageTimes stages = new StageTimes();

        double framesPerSecond() {
            return nanos == 0 ? 0 : frames / (nanos / 1e9);
        }

        double msPerFrame() {
            return frames == 0 ? 0 : nanos / 1e6 / frames;
        }

        double msPerFile() {
            return files == 0 ? 0 : nanos / 1e6 / files;
        }

        Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("files", files);
            m.put("frames", frames);
            m.put("workerSeconds", nanos / 1e9);
            m.put("framesPerWorkerSecond", framesPerSecond());
            m.put("msPerFrame", msPerFrame());
            m.put("msPerFile", msPerFile());
            m.put("stageMs", stages.millis());
            return m;
        }
    }

    final String engine;
    final Slice total = new Slice();
    final Map<String, Slice> byFamily = new TreeMap<>();
    final Map<String, Slice> bySyntax = new TreeMap<>();
    int quarantined;
    double wallSeconds;
    BenchMemory.Peaks memory;

    BenchTally(String engine) {
        this.engine = engine;
    }

    /** Adds one file: {@code image} describes its pixels, {@code thumbnailNanos} the time its thumbnails took. */
    void add(FileOutcome o, BenchImage image, long thumbnailNanos) {
        if (o.status() == FileStatus.QUARANTINED) {
            quarantined++;
            return;
        }
        StageTimes stages = new StageTimes();
        stages.addAll(o.stages());
        stages.add(Stage.THUMBNAIL, thumbnailNanos);
        for (Slice s : List.of(total, byFamily.computeIfAbsent(image.family(), k -> new Slice()),
                bySyntax.computeIfAbsent(image.syntaxFamily(), k -> new Slice()))) {
            s.files++;
            s.frames += image.frames();
            s.nanos += stages.totalNanos();
            s.stages.addAll(stages);
        }
    }

    Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("wallSeconds", wallSeconds);
        m.put("framesPerWallSecond", wallSeconds == 0 ? 0 : total.frames / wallSeconds);
        m.put("quarantined", quarantined);
        m.put("total", total.asMap());
        Map<String, Object> f = new LinkedHashMap<>();
        byFamily.forEach((k, v) -> f.put(k, v.asMap()));
        m.put("byFamily", f);
        Map<String, Object> t = new LinkedHashMap<>();
        bySyntax.forEach((k, v) -> t.put(k, v.asMap()));
        m.put("bySyntaxFamily", t);
        if (memory != null) {
            Map<String, Object> mem = new LinkedHashMap<>();
            mem.put("peakHeapUsedBytes", memory.heapUsed());
            mem.put("peakHeapLiveAfterGcBytes", memory.heapLiveAfterGc());
            mem.put("peakRssBytes", memory.rss());
            mem.put("peakRssOfThisPhaseOnly", memory.rssReset());
            m.put("memory", mem);
        }
        return m;
    }

    /** What a file's pixels are, for slicing: family (size, pixels, frames) and transfer-syntax family. */
    record BenchImage(String modality, int columns, int rows, int frames, int bitsAllocated, String photometric,
                      String transferSyntax) {

        String family() {
            String shape = frames >= 30 ? "cine >=30 frames" : frames > 1 ? "cine <30 frames" : "single frame";
            long px = (long) columns * rows;
            String size = (columns == 640 && rows == 480) || (columns == 512 && rows == 512) ? columns + "x" + rows
                    : px <= 400_000 ? "<0.4 MP" : px <= 1_000_000 ? "0.4-1 MP" : px <= 3_000_000 ? "1-3 MP" : ">3 MP";
            String pixels = photometric.startsWith("RGB") || photometric.startsWith("YBR") ? "colour"
                    : photometric.startsWith("PALETTE") ? "palette" : bitsAllocated > 8 ? "16-bit grey" : "8-bit grey";
            return size + " " + pixels + " " + shape;
        }

        String syntaxFamily() {
            if (TransferSyntaxes.DEFLATED_LE.equals(transferSyntax)) {
                return "deflate";
            }
            if (TransferSyntaxes.isNative(transferSyntax)) {
                return "native";
            }
            String name = TransferSyntaxes.name(transferSyntax);
            return name.startsWith("JPEG 2000") ? "JPEG 2000" : name.startsWith("JPEG-LS") ? "JPEG-LS"
                    : name.startsWith("JPEG Lossless") ? "JPEG Lossless" : name;
        }
    }
}

package io.pixelscrub.scrubber.pipeline;

import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.output.Quarantine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a collection: every file is scrubbed or quarantined, a failure never stops the batch, and the input tree
 * is mirrored under the output folder. The only class that decides where files go.
 */
public final class BatchScrubber {

    /** Told about each file as it finishes (from worker threads). */
    public interface Listener {
        void started(int total);

        void finished(FileOutcome outcome);
    }

    private final FileProcessor scrubber;
    private final Path outputRoot;
    private final Quarantine quarantine;
    private final boolean dryRun;
    private final int threads;

    public BatchScrubber(FileProcessor scrubber, Path outputRoot, Quarantine quarantine, boolean dryRun, int threads) {
        this.scrubber = scrubber;
        this.outputRoot = outputRoot;
        this.quarantine = quarantine;
        this.dryRun = dryRun;
        this.threads = Math.max(1, threads);
    }

    public List<FileOutcome> run(List<InputFiles.Entry> files, Listener listener) throws InterruptedException {
        listener.started(files.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "pixelscrub-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<FileOutcome>> futures = new ArrayList<>();
            for (InputFiles.Entry e : files) {
                futures.add(pool.submit(() -> {
                    FileOutcome o = one(e);
                    listener.finished(o);
                    return o;
                }));
            }
            List<FileOutcome> outcomes = new ArrayList<>();
            for (Future<FileOutcome> f : futures) {
                try {
                    outcomes.add(f.get());
                } catch (ExecutionException ex) {
                    throw new IllegalStateException("worker failed outside the per-file guard", ex.getCause());
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private FileOutcome one(InputFiles.Entry e) {
        Path output = dryRun ? null : outputRoot.resolve(e.relative().toString());
        long t0 = System.nanoTime();
        String reason;
        try {
            return scrubber.scrub(e.file(), output);
        } catch (InvalidDicomException ex) {
            reason = ex.getMessage();
        } catch (IOException ex) {
            reason = "I/O error (" + ex.getClass().getSimpleName() + ")";
        } catch (OutOfMemoryError ex) {
            reason = "out of memory while processing";
        } catch (RuntimeException ex) {
            reason = "internal error (" + ex.getClass().getSimpleName() + ")";
        }
        if (isZip(e.file())) {
            reason = "not a DICOM file (zip archive: unpack it and scrub its contents)";
        }
        Map<String, Long> timings = Map.of("totalMs", (System.nanoTime() - t0) / 1_000_000);
        if (dryRun) {
            return FileOutcome.quarantined(e.file(), null, reason, timings);
        }
        try {
            return FileOutcome.quarantined(e.file(), quarantine.put(e.file(), e.relative(), reason), reason, timings);
        } catch (IOException ex) {
            return FileOutcome.quarantined(e.file(), null, reason + "; could not copy to quarantine", timings);
        }
    }

    private static boolean isZip(Path p) {
        try (var in = java.nio.file.Files.newInputStream(p)) {
            byte[] b = in.readNBytes(4);
            return b.length == 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }
}

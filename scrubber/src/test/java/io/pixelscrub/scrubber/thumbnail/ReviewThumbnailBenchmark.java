package io.pixelscrub.scrubber.thumbnail;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.models.Box;
import io.pixelscrub.scrubber.pipeline.FileOutcome;
import io.pixelscrub.scrubber.pipeline.FileScrubber;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * CPU milliseconds of a file's review thumbnails, the two ways they are made: from the pictures the scrubber took while
 * it redacted ({@link FileOutcome#pictures}: the capture's cost inside the scrub plus the PNGs) against decoding the
 * input and the written output again. The calling thread's CPU time, median of the repeats, so other processes' load
 * hardly moves it. Not a test. From the repository root after {@code mvn -o install -DskipTests}:
 * <pre>
 * cd scrubber && mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt &&
 * java -Djava.awt.headless=true -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     io.pixelscrub.scrubber.thumbnail.ReviewThumbnailBenchmark [repeats] FILE...
 * </pre>
 */
public final class ReviewThumbnailBenchmark {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ReviewThumbnailBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int repeats = Integer.parseInt(args[0]);
        Path work = Files.createTempDirectory("pixelscrub-thumbs-");
        System.out.println("| file | scrub ms, no pictures | scrub ms, with pictures | thumbnails ms from pictures | "
                + "thumbnails ms decoded again | saved ms per file |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (int a = 1; a < args.length; a++) {
            Path input = Path.of(args[a]);
            Path output = work.resolve("out.dcm");
            List<Finding> bar = List.of(new Finding(new Box(0, 0, 200, 40), Set.of(), FindingSource.TEMPLATE, Verdict.PHI, 1.0, "bar"));
            FileScrubber plain = new FileScrubber(List.of((h, rows, cols) -> bar), (list, cleaned) -> { });
            FileScrubber pictured = plain.withReviewPictures(ThumbnailMaker.DEFAULT_MAX_SIDE);
            ThumbnailMaker maker = new ThumbnailMaker(Files.createDirectories(work.resolve("t")), ThumbnailMaker.DEFAULT_MAX_SIDE, true);
            long[] scrubPlain = new long[repeats];
            long[] scrubPictured = new long[repeats];
            long[] fromPictures = new long[repeats];
            long[] decoded = new long[repeats];
            for (int r = -2; r < repeats; r++) {   // two warm-up rounds
                long t0 = CPU.getCurrentThreadCpuTime();
                plain.scrub(input, output, null, List.of());
                long t1 = CPU.getCurrentThreadCpuTime();
                FileOutcome o = pictured.scrub(input, output, null, List.of());
                long t2 = CPU.getCurrentThreadCpuTime();
                maker.details(o);
                long t3 = CPU.getCurrentThreadCpuTime();
                maker.details(o.withoutHeader());
                long t4 = CPU.getCurrentThreadCpuTime();
                if (r >= 0) {
                    scrubPlain[r] = t1 - t0;
                    scrubPictured[r] = t2 - t1;
                    fromPictures[r] = t3 - t2;
                    decoded[r] = t4 - t3;
                }
            }
            double capture = median(scrubPictured) - median(scrubPlain);
            System.out.printf("| %s | %.1f | %.1f | %.1f | %.1f | %.1f |%n", input.getFileName(), median(scrubPlain), median(scrubPictured),
                    median(fromPictures), median(decoded), median(decoded) - median(fromPictures) - capture);
        }
    }

    private static double median(long[] nanos) {
        long[] s = nanos.clone();
        java.util.Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }
}

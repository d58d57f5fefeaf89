package io.pixelscrub.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pixelscrub bench synthetic}: generates a synthetic corpus with ground truth, scrubs it with the default
 * detectors and policy, and prints how much PHI was hidden, how many clean images stayed byte-identical, how many
 * device annotations were kept, the over-redaction and the time per frame by image size. A measurement, not a test.
 */
@Command(name = "synthetic", mixinStandardHelpOptions = true,
        description = "Score detection and redaction on a generated corpus with ground truth.")
public final class BenchSyntheticCommand implements Callable<Integer> {

    @Option(names = "--seed", description = "Corpus seed (default ${DEFAULT-VALUE}).")
    long seed = 7;

    @Option(names = "--cases", description = "Files to generate (default ${DEFAULT-VALUE}).")
    int cases = 96;

    @Option(names = "--threads", description = "Files processed in parallel (default: CPU cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--keep", description = "Keep the corpus and outputs (printed) instead of deleting them.")
    boolean keep;

    @Override
    public Integer call() throws Exception {
        Path work = Files.createTempDirectory("pixelscrub-synthetic-");
        try {
            long t0 = System.nanoTime();
            SyntheticEvaluation.Result r = SyntheticEvaluation.run(work, seed, cases, threads);
            System.out.printf("seed %d, %d files, %d threads, %.0f s including generation%n", seed, cases, threads,
                    (System.nanoTime() - t0) / 1e9);
            System.out.println(r.summary());
            if (keep) {
                System.out.println("corpus and outputs: " + work);
            }
            return 0;
        } finally {
            if (!keep) {
                try (var s = Files.walk(work)) {
                    s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }
}

package io.pixelscrub.cli;

import io.pixelscrub.testdata.synthetic.Mix;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pixelscrub bench synthetic}: generates a synthetic corpus with ground truth, scrubs it with the default
 * detectors and policy, and prints how much PHI was hidden, how many clean images stayed byte-identical, how many
 * device annotations were kept, the over-redaction and the time per frame by image size, then the PHI recall and the
 * device annotations kept by PHI category, header attribute, text height, rotation, font, transfer syntax and device
 * category ({@code --json FILE} writes the same). A measurement, not a test.
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

    /** The generator's mixes by their command-line names. */
    enum Corpus {
        honest(Mix.DEFAULT), legacy(Mix.LEGACY);

        final Mix mix;

        Corpus(Mix mix) {
            this.mix = mix;
        }
    }

    @Option(names = "--corpus", paramLabel = "honest|legacy",
            description = "Which generator: honest (default; traps, invented device text, rotated text) or legacy "
                    + "(the corpus before issue #11, which SyntheticDetectionTest's floors were measured on).")
    Corpus corpus = Corpus.honest;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the totals and every slice as JSON.")
    Path json;

    @Override
    public Integer call() throws Exception {
        Path work = Files.createTempDirectory("pixelscrub-synthetic-");
        try {
            Mix mix = corpus.mix;
            long t0 = System.nanoTime();
            SyntheticEvaluation.Result r = SyntheticEvaluation.run(work, seed, cases, threads, mix);
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("%s corpus, seed %d, %d files, %d threads, %.0f s including generation%n", corpus, seed,
                    cases, threads, seconds);
            System.out.println(r.summary());
            System.out.print(r.breakdown().table());
            if (json != null) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("corpus", corpus.name());
                doc.put("seed", seed);
                doc.put("cases", cases);
                doc.put("threads", threads);
                doc.put("seconds", seconds);
                doc.putAll(r.asMap());
                BenchWork.writeJson(json, doc);
            }
            return 0;
        } finally {
            BenchWork.finish(work, keep);
        }
    }
}

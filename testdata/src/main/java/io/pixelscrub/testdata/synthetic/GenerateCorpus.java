package io.pixelscrub.testdata.synthetic;

import io.pixelscrub.testdata.synthetic.truth.CaseTruth;
import io.pixelscrub.testdata.synthetic.truth.GroundTruth;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code GenerateCorpus <outDir> <seed> <count> [--no-real]}: writes a synthetic corpus and its
 * ground-truth.json, then prints what it holds.
 */
public final class GenerateCorpus {

    private GenerateCorpus() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3 || args.length > 4 || (args.length == 4 && !"--no-real".equals(args[3]))) {
            System.err.println("usage: GenerateCorpus <outDir> <seed> <count> [--no-real]");
            System.exit(2);
        }
        System.setProperty("java.awt.headless", "true");
        CorpusSpec spec = CorpusSpec.defaults(Long.parseLong(args[1]), Integer.parseInt(args[2]));
        if (args.length == 4) {
            spec = spec.withoutRealImages();
        }
        long start = System.nanoTime();
        GroundTruth truth = SyntheticCorpus.generate(spec, Path.of(args[0]));
        System.out.printf("%d files in %.1f s -> %s%n", truth.cases().size(), (System.nanoTime() - start) / 1e9,
                Path.of(args[0]).resolve(GroundTruth.FILE_NAME));
        print("transfer syntax", truth, CaseTruth::transferSyntax);
        print("photometric", truth, CaseTruth::photometric);
        print("kind", truth, c -> c.kind().name());
        System.out.printf("text items: %d PHI, %d device%n",
                truth.cases().stream().mapToLong(c -> c.phiTexts().size()).sum(),
                truth.cases().stream().mapToLong(c -> c.deviceTexts().size()).sum());
    }

    private static void print(String what, GroundTruth truth, Function<CaseTruth, String> key) {
        Map<String, Long> counts = truth.cases().stream()
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
        System.out.println(what + ": " + counts);
    }
}

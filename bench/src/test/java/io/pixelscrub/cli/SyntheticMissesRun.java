package io.pixelscrub.cli;

import io.pixelscrub.testdata.synthetic.Mix;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Prints every miss of the honest synthetic corpus on one seed (PHI not hidden, device text redacted with the rule
 * that redacted it, redactions where no text is), which {@code bench synthetic} only counts. For tuning on the tuning
 * seeds (41, 43; see BENCHMARKS.md), never on the held-out ones. Skipped unless asked:
 * {@code mvn -o test -pl cli -Dtest=SyntheticMissesRun -Dpixelscrub.diag.synthetic="41 96"} (seed, files; add
 * {@code -Dpixelscrub.eval.texts=true} for the drawn and read texts).
 */
class SyntheticMissesRun {
    @Test
    @EnabledIfSystemProperty(named = "pixelscrub.diag.synthetic", matches = ".+")
    void run() throws Exception {
        String[] a = System.getProperty("pixelscrub.diag.synthetic").trim().split("\\s+");
        Path work = Files.createTempDirectory("pixelscrub-misses");
        SyntheticEvaluation.Result r = SyntheticEvaluation.run(work, Long.parseLong(a[0]),
                a.length > 1 ? Integer.parseInt(a[1]) : 96, 2, Mix.DEFAULT);
        r.misses().forEach(m -> System.out.println("  miss: " + m));
        System.out.println(r.summary());
    }
}

package io.pixelscrub.cli.induce;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs {@link InduceBenchmark} under surefire (same JVM settings as the tests); skipped unless asked:
 * {@code mvn -o test -pl cli -Dtest=InduceBenchmarkRun -Dpixelscrub.bench.induce="31 4 10"} (seed, training patients,
 * held-out patients per device).
 */
class InduceBenchmarkRun {
    @Test
    @EnabledIfSystemProperty(named = "pixelscrub.bench.induce", matches = ".+")
    void run() throws Exception {
        InduceBenchmark.main(System.getProperty("pixelscrub.bench.induce").trim().split("\\s+"));
    }
}

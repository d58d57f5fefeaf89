package io.pixelscrub.cli;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.scrubber.pipeline.FileOutcome;
import io.pixelscrub.testdata.synthetic.Mix;
import io.pixelscrub.testdata.synthetic.truth.CaseTruth;
import io.pixelscrub.testdata.synthetic.truth.GroundTruth;
import io.pixelscrub.testdata.synthetic.truth.TextKind;
import io.pixelscrub.testdata.synthetic.truth.TextTruth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Where the redacted detector boxes judged unknown lie, by detector score and OCR confidence: over PHI, over device
 * text only, or over no text at all. Tells whether weak unreadable boxes can be let go without losing PHI. For tuning
 * seeds only: {@code mvn -o test -pl bench -Dtest=WeakBoxDiagnosis -Dpixelscrub.diag.weak="41 43"}.
 */
class WeakBoxDiagnosis {
    private static final Pattern SCORES = Pattern.compile("detector ([0-9.]+), ocr ([0-9.]+)\\): ([a-z:-]+)");

    @Test
    @EnabledIfSystemProperty(named = "pixelscrub.diag.weak", matches = ".+")
    void run() throws Exception {
        Map<String, int[]> table = new TreeMap<>();
        for (String s : System.getProperty("pixelscrub.diag.weak").trim().split("\\s+")) {
            Path work = Files.createTempDirectory("pixelscrub-weak");
            SyntheticEvaluation.Scrubbed scrubbed = SyntheticEvaluation.scrub(work, Long.parseLong(s), 96, 2, Mix.DEFAULT);
            GroundTruth truth = scrubbed.truth();
            Path corpus = scrubbed.corpus();
            List<FileOutcome> outcomes = scrubbed.outcomes();
            for (FileOutcome o : outcomes) {
                CaseTruth c = truth.cases().stream()
                        .filter(t -> corpus.resolve(t.file()).toAbsolutePath().normalize().equals(o.input().toAbsolutePath().normalize()))
                        .findFirst().orElse(null);
                if (c == null) continue;
                for (Finding f : o.redacted()) {
                    if (f.source() != FindingSource.DETECTOR || f.verdict() != Verdict.UNKNOWN) continue;
                    Matcher m = SCORES.matcher(f.reason());
                    if (!m.find()) continue;
                    double det = Double.parseDouble(m.group(1));
                    double ocr = Double.parseDouble(m.group(2));
                    String over = "none";
                    for (TextTruth t : c.texts()) {
                        boolean frame = t.frames().isEmpty() || f.frames().isEmpty()
                                || t.frames().stream().anyMatch(f.frames()::contains);
                        io.pixelscrub.models.Box tb = new io.pixelscrub.models.Box(t.box().x(), t.box().y(), t.box().width(), t.box().height());
                        if (frame && f.box().intersects(tb)) {
                            over = t.kind() == TextKind.PHI ? "PHI" : over.equals("PHI") ? over : "device";
                        }
                    }
                    String key = String.format("det %s | ocr %s | %-28s", det < 0.7 ? "<0.70" : det < 0.8 ? "<0.80" : det < 0.9 ? "<0.90" : ">=0.9",
                            ocr == 0 ? "0   " : ocr < 0.3 ? "<0.3" : ocr < 0.6 ? "<0.6" : ">=.6", m.group(3));
                    int[] counts = table.computeIfAbsent(key, k -> new int[3]);
                    counts[over.equals("PHI") ? 0 : over.equals("device") ? 1 : 2]++;
                    if (over.equals("PHI") && det < 0.8) {
                        System.out.println("  weak box over PHI: seed " + s + " " + c.file() + " " + f.box() + " " + f.reason());
                    }
                }
            }
        }
        System.out.println("redacted UNKNOWN detector findings: over PHI / over device only / over no text");
        table.forEach((k, v) -> System.out.printf("  %s %5d %5d %5d%n", k, v[0], v[1], v[2]));
    }
}

package io.pixelscrub.cli;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.scrubber.analysis.DetectionSettings;
import io.pixelscrub.scrubber.pipeline.FileOutcome;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DebugOcrTest {
    @Test
    void dump() throws Exception {
        String files = System.getenv("DEBUG_FILES");
        if (files == null) return;
        try (Pipeline p = Pipeline.create(List.of(), true, "0123456789abcdef0123", DetectionSettings.all(), 1)) {
            for (String f : files.split(",")) {
                FileOutcome o = p.fileScrubber().scan(ScrubCommandTest.root().resolve("testdata/real").resolve(f));
                for (List<Finding> l : List.of(o.redacted(), o.kept())) {
                    for (Finding x : l) {
                        System.out.println("DBG " + f + " " + x.box() + " " + x.verdict() + " " + String.format("%.2f", x.confidence()) + " [" + x.text() + "] " + x.reason());
                    }
                }
            }
        }
    }
}

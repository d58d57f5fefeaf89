package io.pixelscrub.scrubber.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.models.Box;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FileScrubberMergeTest {

    @Test
    void sameRegionFromTwoRuleSetsBecomesOneFindingNamingBothRules() {
        Box bar = new Box(0, 0, 100, 20);
        List<Finding> merged = FileScrubber.mergeDuplicates(List.of(
                new Finding(bar, Set.of(), FindingSource.TEMPLATE, Verdict.PHI, 1.0, "ctp:a"),
                new Finding(bar, Set.of(), FindingSource.TEMPLATE, Verdict.PHI, 1.0, "deid:b"),
                new Finding(bar, Set.of(1), FindingSource.TEMPLATE, Verdict.PHI, 1.0, "frame-one"),
                new Finding(new Box(0, 20, 100, 20), Set.of(), FindingSource.TEMPLATE, Verdict.PHI, 1.0, "other")));
        assertEquals(3, merged.size());
        assertEquals("ctp:a; deid:b", merged.get(0).reason());
        assertEquals(Set.of(1), merged.get(1).frames());
    }
}

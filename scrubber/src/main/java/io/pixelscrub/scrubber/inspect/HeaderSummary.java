package io.pixelscrub.scrubber.inspect;

import java.util.List;

/**
 * What the report says about one file's released header: how many attributes it holds, the flagged ones (their
 * values go into the report only with --report-text), and the name of its shard in the report's headers folder.
 */
public record HeaderSummary(int attributes, List<ReleasedAttribute> flagged, String shard) {

    public HeaderSummary {
        flagged = List.copyOf(flagged);
    }
}

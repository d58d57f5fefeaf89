package io.pixelscrub.scrubber.store;

import java.util.List;

/**
 * What was done to one file: no original values, only tags, action codes, rules and regions. Original values, when
 * the user asked to keep them, are only ever in {@code originalsSealed} (AES-GCM; see {@link OriginalsCipher}).
 *
 * @param outputSopInstanceUid the key to ask by; null for a quarantined file
 * @param outputPath           the output (or quarantined copy) relative to its root
 * @param status               scrubbed, clean-untouched or quarantined
 * @param reason               why it was quarantined (one line, no values), or null
 * @param optionsUsed          CID 7050 codes of the profile and the options applied, e.g. "113100 113101"
 */
public record AuditRecord(long runId, String outputSopInstanceUid, String outputPath, String status, String reason,
                          String optionsUsed, List<Action> actions, List<Region> regions, byte[] originalsSealed,
                          String createdAt) {

    public AuditRecord {
        actions = List.copyOf(actions);
        regions = List.copyOf(regions);
    }

    /** One attribute: where it was, the PS3.15 action code, the step and the deciding rule. */
    public record Action(String tagPath, String action, String step, String rule) { }

    /** One redacted pixel region and what found it. {@code frames} is "all" or a comma-separated list. */
    public record Region(int x, int y, int width, int height, String frames, String source, String verdict,
                         double confidence, String rule) { }
}

package io.pixelscrub.scrubber.audit;

import io.pixelscrub.scrubber.store.AuditRecord;
import io.pixelscrub.scrubber.store.MappingStore;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.scrubber.header.DeidentificationResult;
import io.pixelscrub.scrubber.header.ProfileOption;
import io.pixelscrub.scrubber.pipeline.FileOutcome;
import io.pixelscrub.scrubber.pipeline.FileStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Turns one file's outcome into an {@link AuditRecord} of the current run and stores it. */
public final class AuditTrail {

    private final MappingStore store;
    private final long runId;

    public AuditTrail(MappingStore store, long runId) {
        this.store = store;
        this.runId = runId;
    }

    public long runId() {
        return runId;
    }

    public void record(String outputPath, FileOutcome outcome, DeidentificationResult header, byte[] sealedOriginals) {
        List<AuditRecord.Action> actions = header.actions().stream()
                .map(a -> new AuditRecord.Action(a.tagPath(), a.action(), a.step().name().toLowerCase(Locale.ROOT), a.rule()))
                .toList();
        List<AuditRecord.Region> regions = new ArrayList<>();
        if (outcome.status() == FileStatus.SCRUBBED) {
            for (Finding f : outcome.redacted()) {
                String frames = f.appliesToAllFrames() ? "all"
                        : new TreeSet<>(f.frames()).stream().map(String::valueOf).collect(Collectors.joining(","));
                regions.add(new AuditRecord.Region(f.box().x(), f.box().y(), f.box().width(), f.box().height(), frames,
                        f.source().name().toLowerCase(Locale.ROOT), f.verdict().name().toLowerCase(Locale.ROOT),
                        f.confidence(), f.reason()));
            }
        }
        store.record(new AuditRecord(runId, header.sopInstanceUid(), outputPath, outcome.status().label(), null,
                codes(header), actions, regions, sealedOriginals, Instant.now().toString()));
    }

    public void recordFailure(String outputPath, String reason) {
        store.record(new AuditRecord(runId, null, outputPath, FileStatus.QUARANTINED.label(), reason, "", List.of(), List.of(),
                null, Instant.now().toString()));
    }

    /** CID 7050 codes of the profile and the options applied, in the standard's order. */
    static String codes(DeidentificationResult header) {
        StringBuilder sb = new StringBuilder(ProfileOption.BASIC_PROFILE_CODE);
        for (ProfileOption o : ProfileOption.values()) {
            if (header.optionsUsed().contains(o)) {
                sb.append(' ').append(o.code());
            }
        }
        return sb.toString();
    }
}

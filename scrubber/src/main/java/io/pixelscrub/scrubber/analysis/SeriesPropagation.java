package io.pixelscrub.scrubber.analysis;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.models.Box;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Across the instances of one series from one device, text at a fixed place (a header bar) is the same field on every
 * image: where it was redacted on at least two instances, it is redacted on all of them, even those where detection
 * missed it. Only findings the policy redacts spread; kept device annotations do not.
 */
public final class SeriesPropagation {
    private final RedactionPolicy policy;

    public SeriesPropagation(RedactionPolicy policy) {
        this.policy = policy;
    }

    /**
     * @param instances per instance (same series, device and size), the detector findings found in it
     * @return per instance, the findings to add
     */
    public <K> Map<K, List<Finding>> extras(Map<K, List<Finding>> instances) {
        Map<K, List<Finding>> out = new LinkedHashMap<>();
        instances.keySet().forEach(k -> out.put(k, new ArrayList<>()));
        if (instances.size() < 2) {
            return out;
        }
        List<Cluster> clusters = new ArrayList<>();
        for (Map.Entry<K, List<Finding>> e : instances.entrySet()) {
            for (Finding f : e.getValue()) {
                if (f.source() != FindingSource.DETECTOR || !policy.redacts(f)) {
                    continue;
                }
                Cluster home = clusters.stream().filter(c -> c.box.overlapsMostly(f.box())).findFirst().orElse(null);
                if (home == null) {
                    clusters.add(home = new Cluster(f));
                }
                home.box = home.box.union(f.box());
                home.instances.add(e.getKey());
            }
        }
        for (Cluster c : clusters) {
            if (c.instances.size() < 2) {
                continue;
            }
            for (Map.Entry<K, List<Finding>> e : instances.entrySet()) {
                boolean covered = e.getValue().stream().anyMatch(f -> policy.redacts(f) && f.box().contains(c.box));
                if (!c.instances.contains(e.getKey()) || !covered) {
                    out.get(e.getKey()).add(c.first.withBox(c.box).withFrames(Set.of())
                            .withReason("series: text at this place in " + c.instances.size() + " of " + instances.size()
                                    + " instances of the series; " + c.first.reason()));
                }
            }
        }
        return out;
    }

    private static final class Cluster {
        Box box;
        final Finding first;
        final Set<Object> instances = new java.util.HashSet<>();

        Cluster(Finding f) {
            this.first = f;
            this.box = f.box();
        }
    }
}

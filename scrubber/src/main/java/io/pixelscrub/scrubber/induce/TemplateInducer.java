package io.pixelscrub.scrubber.induce;

import io.pixelscrub.models.Box;
import io.pixelscrub.models.template.RegionTemplate;
import io.pixelscrub.models.template.TemplateAction;
import io.pixelscrub.models.template.TemplateRegion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Learns each device's text layout from a collection: images are grouped by {@link DeviceKey}; within a group, text
 * lines found at the same place are gathered ({@link RegionCluster}); a place whose text was judged PHI, or differs
 * between patients (and not also between one patient's images), becomes a redact region; a place with the same text
 * for every patient is device text, and one whose text changes from image to image of one patient a clock or counter:
 * both are kept as evidence only. A pure engine: observations in, templates out, no I/O. Thread-safe for {@link #add}.
 */
public final class TemplateInducer {

    /**
     * @param minImages   a device needs this many images before a layout is proposed
     * @param minPatients ... and this many distinct patients (one patient cannot show what varies between patients)
     * @param minSupport  a place must hold a line in at least this share of the device's images
     */
    public record Settings(int minImages, int minPatients, double minSupport) {
        public static Settings defaults() {
            return new Settings(5, 2, 0.3);
        }
    }

    /** Everything learnt: the proposed templates and the devices left without one. */
    public record Induction(List<InducedTemplate> templates, List<SkippedDevice> skipped) {
    }

    private final Map<DeviceKey, List<Observation>> byDevice = new LinkedHashMap<>();

    public synchronized void add(Observation observation) {
        byDevice.computeIfAbsent(observation.device(), d -> new ArrayList<>()).add(observation);
    }

    public synchronized Induction induce(Settings settings) {
        List<InducedTemplate> templates = new ArrayList<>();
        List<SkippedDevice> skipped = new ArrayList<>();
        for (Map.Entry<DeviceKey, List<Observation>> e : byDevice.entrySet()) {
            DeviceKey device = e.getKey();
            List<Observation> images = e.getValue();
            Set<String> patients = new HashSet<>();
            images.forEach(o -> patients.add(o.patient()));
            if (images.size() < settings.minImages() || patients.size() < settings.minPatients()) {
                skipped.add(new SkippedDevice(device, images.size(), patients.size(), "too few images or patients (need "
                        + settings.minImages() + " images of " + settings.minPatients() + " patients)"));
                continue;
            }
            InducedTemplate t = layout(device, images, patients.size(), settings);
            if (t == null) {
                skipped.add(new SkippedDevice(device, images.size(), patients.size(),
                        "no place whose text is PHI or differs between patients"));
            } else {
                templates.add(t);
            }
        }
        return new Induction(templates, skipped);
    }

    private static InducedTemplate layout(DeviceKey device, List<Observation> images, int patients, Settings settings) {
        List<RegionCluster> clusters = cluster(images);
        List<InducedRegion> redact = new ArrayList<>();
        List<InducedRegion> keep = new ArrayList<>();
        double support = 0;
        for (RegionCluster c : clusters) {
            if (c.images() < 2 || c.images() < settings.minSupport() * images.size()) {
                continue; // a line seen once is detection noise or a one-off, not a layout
            }
            boolean changes = c.changesWithinPatient();
            if (c.judgedPhi() || c.differsBetweenPatients() && !changes) {
                String why = c.judgedPhi() ? "judged PHI" : "text differs between patients";
                redact.add(new InducedRegion(grown(c, device), c.images(), c.patients(), why));
                support += (double) c.images() / images.size();
            } else if (changes) {
                // A clock or frame counter: it differs between patients only because it differs between images.
                keep.add(new InducedRegion(c.union(), c.images(), c.patients(), "changes from image to image (clock or counter)"));
            } else if (c.patients() >= 2) {
                keep.add(new InducedRegion(c.union(), c.images(), c.patients(), "same text for every patient"));
            }
        }
        if (redact.isEmpty()) {
            return null;
        }
        double confidence = (double) patients / (patients + 1) * support / redact.size();
        String id = "induced-" + device.label().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        RegionTemplate template = new RegionTemplate(id, "Induced layout: " + device.label(), "pixelscrub:induced#" + id,
                TemplateAction.CLEAN_REGIONS, device.condition(),
                redact.stream().map(r -> new TemplateRegion(r.box().x(), r.box().y(), r.box().width(), r.box().height())).toList(),
                List.of(), false, false, null);
        return new InducedTemplate(device, template, images.size(), patients, confidence, redact, keep);
    }

    /** Lines of all images gathered by place, in the order first seen. */
    private static List<RegionCluster> cluster(List<Observation> images) {
        List<RegionCluster> clusters = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            Observation o = images.get(i);
            for (Observation.Line line : o.lines()) {
                RegionCluster home = null;
                for (RegionCluster c : clusters) {
                    if (c.holds(line.box())) {
                        home = c;
                        break;
                    }
                }
                if (home == null) {
                    home = new RegionCluster(line.box());
                    clusters.add(home);
                }
                home.add(i, o.patient(), line);
            }
        }
        return clusters;
    }

    /**
     * The place grown to hold values longer than those seen: a field whose lines share a left edge grows to the
     * right by half its width (a longer name), one aligned on the right grows to the left, and one aligned on neither
     * grows both ways; every region gets a line height of room around it. Clipped to the image.
     */
    static Box grown(RegionCluster c, DeviceKey device) {
        Box u = c.union();
        int h = u.height();
        int lefts = c.boxes().stream().mapToInt(Box::x).max().orElse(0) - c.boxes().stream().mapToInt(Box::x).min().orElse(0);
        int rights = c.boxes().stream().mapToInt(Box::right).max().orElse(0) - c.boxes().stream().mapToInt(Box::right).min().orElse(0);
        int half = u.width() / 2;
        int left = h;
        int right = h;
        if (lefts <= h && rights > h) {
            right += half;
        } else if (rights <= h && lefts > h) {
            left += half;
        } else if (lefts > h) {
            left += half / 2;
            right += half / 2;
        }
        Box g = Box.fromCorners(Math.max(0, u.x() - left), Math.max(0, u.y() - h / 2), u.right() + right, u.bottom() + h / 2);
        return device.columns() > 0 && device.rows() > 0 ? g.clip(device.columns(), device.rows()) : g;
    }
}

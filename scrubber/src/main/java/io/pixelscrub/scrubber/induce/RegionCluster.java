package io.pixelscrub.scrubber.induce;

import io.pixelscrub.models.Box;
import io.pixelscrub.scrubber.report.ReportKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The text lines found at one place of one device's screen across many images: where they lie, in how many images
 * and for how many patients, what they said (in memory only) and how they were judged.
 */
final class RegionCluster {

    /**
     * OCR reads the same label a little differently from image to image: texts whose character pairs overlap this much
     * (estimated from the report's sketches, {@link ReportKeys#similarity}) are "the same". One character misread in
     * ten leaves about 0.7; two patients' names share well under 0.4.
     */
    static final double SAME_TEXT_SIMILARITY = 0.5;

    private Box union;
    private final List<Box> boxes = new ArrayList<>();
    private final Set<Integer> images = new HashSet<>();
    private final Set<String> patients = new HashSet<>();
    private final Map<String, List<String>> textsByPatient = new HashMap<>();
    private int phi;

    RegionCluster(Box first) {
        this.union = first;
    }

    /** A line belongs here when it shares most of its height with the place and overlaps it sideways. */
    boolean holds(Box line) {
        int shared = Math.min(union.bottom(), line.bottom()) - Math.max(union.y(), line.y());
        boolean sideways = line.x() < union.right() && union.x() < line.right();
        return sideways && shared >= 0.5 * Math.min(union.height(), line.height());
    }

    void add(int image, String patient, Observation.Line line) {
        boxes.add(line.box());
        union = union.union(line.box());
        images.add(image);
        patients.add(patient);
        if (line.sketch() != null) {
            textsByPatient.computeIfAbsent(patient, p -> new ArrayList<>()).add(line.sketch());
        }
        if (line.phi()) {
            phi++;
        }
    }

    Box union() { return union; }

    List<Box> boxes() { return boxes; }

    int images() { return images.size(); }

    int patients() { return patients.size(); }

    boolean judgedPhi() { return phi > 0; }

    /**
     * True when two patients' readings differ beyond OCR noise: what is written here depends on the patient. Readings
     * of one patient may differ among themselves too (a clock), which says nothing about the patient.
     */
    boolean differsBetweenPatients() {
        List<String> representatives = new ArrayList<>();
        for (List<String> texts : textsByPatient.values()) {
            representatives.add(texts.get(0));
        }
        for (int i = 0; i < representatives.size(); i++) {
            for (int j = i + 1; j < representatives.size(); j++) {
                if (!same(representatives.get(i), representatives.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when one patient's own readings differ beyond OCR noise: what is written here changes from image to image
     * whoever the patient is (a clock, a frame counter), which says nothing about the patient.
     */
    boolean changesWithinPatient() {
        for (List<String> texts : textsByPatient.values()) {
            for (int i = 1; i < texts.size(); i++) {
                if (!same(texts.get(0), texts.get(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean same(String a, String b) {
        return ReportKeys.similarity(a, b) >= SAME_TEXT_SIMILARITY;
    }
}

package io.pixelscrub.detector.template;

import io.pixelscrub.models.Box;
import io.pixelscrub.models.HeaderView;
import io.pixelscrub.models.template.RegionTemplate;
import io.pixelscrub.models.template.TemplateRegion;
import java.util.ArrayList;
import java.util.List;

/**
 * A template's regions as pixel boxes for one image. Explicit redact regions always apply; when the template keeps
 * regions (or cleans the whole image, or keeps the ultrasound regions) everything outside the keep boxes is
 * cleaned too. Keep boxes never cancel an explicit redact box: for PHI, cleaning more is the safe side. With
 * keep-ultrasound and no ultrasound regions in the header, the whole image is cleaned (as deid's "coordinates all"
 * followed by an empty keep).
 */
final class TemplateRegions {

    private TemplateRegions() {
    }

    static List<Box> boxes(RegionTemplate t, HeaderView header, int rows, int columns) {
        List<Box> out = new ArrayList<>();
        for (TemplateRegion r : t.redact()) {
            add(out, r.resolve(rows, columns));
        }
        if (t.cleansOutsideKeep()) {
            List<Box> keep = new ArrayList<>();
            t.keep().forEach(r -> keep.add(r.resolve(rows, columns)));
            if (t.keepUltrasoundRegions()) {
                header.ultrasoundRegions().forEach(b -> keep.add(b.clip(columns, rows)));
            }
            BoxComplement.of(keep, columns, rows).forEach(b -> add(out, b));
        }
        return out;
    }

    private static void add(List<Box> out, Box b) {
        if (!b.isEmpty() && !out.contains(b)) {
            out.add(b);
        }
    }
}

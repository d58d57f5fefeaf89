package io.pixelscrub.cli;

import io.pixelscrub.testdata.synthetic.truth.CaseTruth;
import io.pixelscrub.testdata.synthetic.truth.TextTruth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Synthetic scores sliced: for each dimension (PHI category, header attribute, text height, rotation, font, transfer
 * syntax, device category) and each of its values, how many PHI items were hidden and how many device annotations
 * kept, per frame as {@link SyntheticEvaluation} counts them. Pure bookkeeping: no I/O.
 */
final class RecallBreakdown {

    /** The dimensions, in the order they are printed. */
    enum Dimension {
        CATEGORY("PHI category"),
        HEADER("header attribute"),
        HEIGHT("text height"),
        ROTATION("rotation"),
        FONT("font"),
        SYNTAX("transfer syntax"),
        DEVICE_CATEGORY("device category");

        final String title;

        Dimension(String title) {
            this.title = title;
        }
    }

    /** Items and successes (PHI hidden, or device annotation kept) for one value of one dimension. */
    record Cell(int phiItems, int phiHidden, int deviceItems, int deviceKept) {
        Cell plus(boolean phi, boolean success) {
            return phi ? new Cell(phiItems + 1, phiHidden + (success ? 1 : 0), deviceItems, deviceKept)
                    : new Cell(phiItems, phiHidden, deviceItems + 1, deviceKept + (success ? 1 : 0));
        }

        double phiRecall() { return phiItems == 0 ? Double.NaN : phiHidden / (double) phiItems; }

        double deviceKeptRate() { return deviceItems == 0 ? Double.NaN : deviceKept / (double) deviceItems; }
    }

    private final Map<Dimension, Map<String, Cell>> cells = new LinkedHashMap<>();

    RecallBreakdown() {
        for (Dimension d : Dimension.values()) {
            cells.put(d, new TreeMap<>());
        }
    }

    /** Counts one item on one frame: {@code success} is "hidden" for PHI, "kept" for a device annotation. */
    void add(CaseTruth c, TextTruth t, boolean success) {
        boolean phi = t.isPhi();
        if (phi) {
            add(Dimension.CATEGORY, t.category(), true, success);
            add(Dimension.HEADER, t.headerAttribute() == null ? "(not in header)" : t.headerAttribute(), true, success);
        } else {
            add(Dimension.DEVICE_CATEGORY, t.category(), false, success);
        }
        add(Dimension.HEIGHT, heightBucket(t.style() == null ? t.box().height() : t.style().sizePx()), phi, success);
        add(Dimension.ROTATION, rotationBucket(t.rotation()), phi, success);
        add(Dimension.FONT, t.style() == null ? "?" : t.style().font(), phi, success);
        add(Dimension.SYNTAX, c.transferSyntax(), phi, success);
    }

    void add(Dimension d, String key, boolean phi, boolean success) {
        cells.get(d).merge(key, new Cell(0, 0, 0, 0).plus(phi, success), (a, b) -> new Cell(a.phiItems + b.phiItems,
                a.phiHidden + b.phiHidden, a.deviceItems + b.deviceItems, a.deviceKept + b.deviceKept));
    }

    Map<String, Cell> cells(Dimension d) {
        return cells.get(d);
    }

    /** The text height buckets of issue #11: 8-11, 12-16, 17-24, 25-36 px (font size in pixels), and outliers. */
    static String heightBucket(int px) {
        if (px < 8) {
            return "< 8 px";
        }
        if (px <= 11) {
            return "08-11 px";
        }
        if (px <= 16) {
            return "12-16 px";
        }
        if (px <= 24) {
            return "17-24 px";
        }
        return px <= 36 ? "25-36 px" : "> 36 px";
    }

    /** 0, 90 (either way) or small (2-8 degrees either way); anything else by its value. */
    static String rotationBucket(int degrees) {
        int a = Math.abs(degrees);
        if (a == 0) {
            return "0";
        }
        if (a == 90) {
            return "90";
        }
        return a <= 8 ? "small (2-8)" : Integer.toString(degrees);
    }

    /** A readable table per dimension: value, PHI hidden/total (recall), device kept/total (rate). */
    String table() {
        StringBuilder s = new StringBuilder();
        for (Dimension d : Dimension.values()) {
            Map<String, Cell> m = cells.get(d);
            if (m.isEmpty()) {
                continue;
            }
            s.append(String.format("%n%-26s %20s %20s%n", d.title, "PHI hidden", "device kept"));
            m.forEach((k, c) -> s.append(String.format("  %-24s %20s %20s%n", k,
                    ratio(c.phiHidden, c.phiItems), ratio(c.deviceKept, c.deviceItems))));
        }
        return s.toString();
    }

    /** The same as nested maps for JSON: dimension -> value -> counts and rates. */
    Map<String, Map<String, Map<String, Object>>> asMap() {
        Map<String, Map<String, Map<String, Object>>> out = new LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
            Map<String, Map<String, Object>> values = new LinkedHashMap<>();
            cells.get(d).forEach((k, c) -> {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("phiItems", c.phiItems);
                v.put("phiHidden", c.phiHidden);
                v.put("phiRecall", c.phiItems == 0 ? null : c.phiRecall());
                v.put("deviceItems", c.deviceItems);
                v.put("deviceKept", c.deviceKept);
                v.put("deviceKeptRate", c.deviceItems == 0 ? null : c.deviceKeptRate());
                values.put(k, v);
            });
            out.put(d.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), values);
        }
        return out;
    }

    private static String ratio(int n, int of) {
        return of == 0 ? "-" : String.format("%d/%d (%5.1f %%)", n, of, 100.0 * n / of);
    }

    List<Dimension> dimensions() {
        return new ArrayList<>(cells.keySet());
    }
}

package io.pixelscrub.testdata.synthetic;

import io.pixelscrub.testdata.synthetic.dicom.Encoding;
import io.pixelscrub.testdata.synthetic.pixels.PixelFormat;
import io.pixelscrub.testdata.synthetic.plan.CaseShape;
import io.pixelscrub.testdata.synthetic.plan.CaseSlot;
import io.pixelscrub.testdata.synthetic.truth.CaseKind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Deals out formats, syntaxes, kinds and shapes to case indices. Every supported (format, syntax) pair
 * comes first, so any corpus at least that large holds all of them; kinds and shapes are dealt by their
 * shares, so small corpora still get clean, device-only, cine and large cases.
 */
final class CaseAssignments {

    record Combo(PixelFormat format, Encoding encoding) {
    }

    private CaseAssignments() {
    }

    static List<CaseSlot> assign(CorpusSpec spec) {
        int n = spec.cases();
        SplittableRandom r = new SplittableRandom(spec.seed());
        List<Combo> combos = combos();
        List<Combo> dealt = new ArrayList<>(combos);
        while (dealt.size() < n) {
            dealt.add(combos.get(r.nextInt(combos.size())));
        }
        dealt = new ArrayList<>(dealt.subList(0, n));
        Collections.shuffle(dealt, new Random(r.nextLong()));

        List<CaseKind> kinds = deal(n, r, List.of(CaseKind.CLEAN, CaseKind.DEVICE_ONLY),
                List.of(spec.mix().clean(), spec.mix().deviceOnly()), CaseKind.PHI);
        List<CaseShape> shapes = deal(n, r, List.of(CaseShape.CINE, CaseShape.LARGE),
                List.of(spec.mix().cine(), spec.mix().large()), CaseShape.SINGLE);
        List<CaseSlot> slots = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Combo combo = dealt.get(i);
            slots.add(new CaseSlot(i, combo.format(), combo.encoding(), kinds.get(i), shapes.get(i), r.nextLong()));
        }
        return slots;
    }

    /** Every (format, syntax) pair the generator writes, in a fixed order. */
    static List<Combo> combos() {
        List<Combo> out = new ArrayList<>();
        for (PixelFormat f : PixelFormat.values()) {
            for (Encoding e : Encoding.values()) {
                if (e.supports(f)) {
                    out.add(new Combo(f, e));
                }
            }
        }
        return out;
    }

    /** {@code round(n * share)} of each value (at least one when the share is positive), the rest {@code other}. */
    private static <T> List<T> deal(int n, SplittableRandom r, List<T> values, List<Double> shares, T other) {
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < values.size(); i++) {
            double share = shares.get(i);
            long count = share <= 0 ? 0 : Math.max(1, Math.round(n * share));
            for (long c = 0; c < count && out.size() < n; c++) {
                out.add(values.get(i));
            }
        }
        while (out.size() < n) {
            out.add(other);
        }
        Collections.shuffle(out, new Random(r.nextLong()));
        return out;
    }
}

package io.pixelscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.cli.RecallBreakdown.Cell;
import io.pixelscrub.cli.RecallBreakdown.Dimension;
import io.pixelscrub.testdata.synthetic.truth.Box;
import io.pixelscrub.testdata.synthetic.truth.CaseKind;
import io.pixelscrub.testdata.synthetic.truth.CaseTruth;
import io.pixelscrub.testdata.synthetic.truth.TextKind;
import io.pixelscrub.testdata.synthetic.truth.TextStyleTruth;
import io.pixelscrub.testdata.synthetic.truth.TextTruth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The slices of the synthetic scores: each item lands in the right value of every dimension, and counts add up. */
class RecallBreakdownTest {

    private static TextTruth text(TextKind kind, String category, String header, String font, int size, int rotation) {
        return new TextTruth("x", kind, category, header, List.of(0), new Box(0, 0, 10, 10),
                new TextStyleTruth(font, size, false, true, "WHITE", null, false, "TOP_LEFT"), rotation);
    }

    private static CaseTruth file(String syntax) {
        return new CaseTruth("f.dcm", CaseKind.PHI, "1.2", syntax, false, "MONOCHROME2", 10, 10, 1, 8, 8, "OT", "NOISE",
                false, List.of());
    }

    @Test
    void heightBucketsAreTheIssuesRanges() {
        assertEquals("< 8 px", RecallBreakdown.heightBucket(7));
        assertEquals("08-11 px", RecallBreakdown.heightBucket(8));
        assertEquals("08-11 px", RecallBreakdown.heightBucket(11));
        assertEquals("12-16 px", RecallBreakdown.heightBucket(12));
        assertEquals("12-16 px", RecallBreakdown.heightBucket(16));
        assertEquals("17-24 px", RecallBreakdown.heightBucket(17));
        assertEquals("17-24 px", RecallBreakdown.heightBucket(24));
        assertEquals("25-36 px", RecallBreakdown.heightBucket(25));
        assertEquals("25-36 px", RecallBreakdown.heightBucket(36));
        assertEquals("> 36 px", RecallBreakdown.heightBucket(37));
    }

    @Test
    void rotationsAreUprightQuarterTurnOrSmall() {
        assertEquals("0", RecallBreakdown.rotationBucket(0));
        assertEquals("90", RecallBreakdown.rotationBucket(90));
        assertEquals("90", RecallBreakdown.rotationBucket(-90));
        assertEquals("small (2-8)", RecallBreakdown.rotationBucket(-2));
        assertEquals("small (2-8)", RecallBreakdown.rotationBucket(8));
        assertEquals("45", RecallBreakdown.rotationBucket(45));
    }

    @Test
    void itemsAreCountedInEveryDimensionAndPhiAndDeviceApart() {
        RecallBreakdown b = new RecallBreakdown();
        CaseTruth rle = file("RLE");
        CaseTruth jpeg = file("JPEG_BASELINE");
        b.add(rle, text(TextKind.PHI, "initials", "PatientName", "DejaVu Sans", 9, 0), true);
        b.add(rle, text(TextKind.PHI, "initials", "PatientName", "DejaVu Sans", 10, 90), false);
        b.add(jpeg, text(TextKind.PHI, "partial-date", null, "Liberation Mono", 30, -5), true);
        b.add(jpeg, text(TextKind.DEVICE, "invented-label", null, "DejaVu Sans", 14, 0), true);
        b.add(jpeg, text(TextKind.DEVICE, "invented-label", null, "DejaVu Sans", 14, 3), false);

        assertEquals(new Cell(2, 1, 0, 0), b.cells(Dimension.CATEGORY).get("initials"));
        assertEquals(new Cell(1, 1, 0, 0), b.cells(Dimension.CATEGORY).get("partial-date"));
        assertEquals(2, b.cells(Dimension.CATEGORY).size(), "device items have no PHI category");
        assertEquals(new Cell(0, 0, 2, 1), b.cells(Dimension.DEVICE_CATEGORY).get("invented-label"));
        assertEquals(new Cell(2, 1, 0, 0), b.cells(Dimension.HEADER).get("PatientName"));
        assertEquals(new Cell(1, 1, 0, 0), b.cells(Dimension.HEADER).get("(not in header)"));
        assertEquals(new Cell(2, 1, 0, 0), b.cells(Dimension.HEIGHT).get("08-11 px"));
        assertEquals(new Cell(0, 0, 2, 1), b.cells(Dimension.HEIGHT).get("12-16 px"));
        assertEquals(new Cell(1, 1, 0, 0), b.cells(Dimension.HEIGHT).get("25-36 px"));
        assertEquals(new Cell(1, 1, 1, 1), b.cells(Dimension.ROTATION).get("0"));
        assertEquals(new Cell(1, 0, 0, 0), b.cells(Dimension.ROTATION).get("90"));
        assertEquals(new Cell(1, 1, 1, 0), b.cells(Dimension.ROTATION).get("small (2-8)"));
        assertEquals(new Cell(2, 1, 2, 1), b.cells(Dimension.FONT).get("DejaVu Sans"));
        assertEquals(new Cell(2, 1, 0, 0), b.cells(Dimension.SYNTAX).get("RLE"));
        assertEquals(new Cell(1, 1, 2, 1), b.cells(Dimension.SYNTAX).get("JPEG_BASELINE"));
        assertEquals(0.5, b.cells(Dimension.SYNTAX).get("RLE").phiRecall());
        assertTrue(Double.isNaN(b.cells(Dimension.SYNTAX).get("RLE").deviceKeptRate()));

        // Every dimension that sees every item adds up to the totals.
        for (Dimension d : List.of(Dimension.HEIGHT, Dimension.ROTATION, Dimension.FONT, Dimension.SYNTAX)) {
            int phi = b.cells(d).values().stream().mapToInt(Cell::phiItems).sum();
            int hidden = b.cells(d).values().stream().mapToInt(Cell::phiHidden).sum();
            int device = b.cells(d).values().stream().mapToInt(Cell::deviceItems).sum();
            assertEquals(List.of(3, 2, 2), List.of(phi, hidden, device), d.name());
        }

        Map<String, Object> rle1 = b.asMap().get("syntax").get("RLE");
        assertEquals(2, rle1.get("phiItems"));
        assertEquals(0.5, rle1.get("phiRecall"));
        assertNull(rle1.get("deviceKeptRate"));
        String table = b.table();
        assertTrue(table.contains("initials") && table.contains("1/2 ( 50.0 %)"), table);
    }
}

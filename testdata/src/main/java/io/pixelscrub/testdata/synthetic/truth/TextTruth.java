package io.pixelscrub.testdata.synthetic.truth;

import java.util.List;

/**
 * One burned text item (one line of text as a device draws it).
 *
 * @param text            exactly the characters drawn
 * @param kind            PHI or DEVICE annotation
 * @param category        PHI: name, date, time, id, institution, physician, operator, demographic, label+value;
 *                        DEVICE: safety-index, frequency, gain, frame-rate, depth, marker, probe, mode, exposure,
 *                        window, geometry, counter, sequence, vendor
 * @param headerAttribute DICOM keyword of the header value the text renders, or null when the text is not in
 *                        the header (a burned ID that differs from PatientID, a date the header lacks)
 * @param frames          0-based frames whose pixels this item changed
 * @param box             the smallest box holding every pixel this item changed, over all its frames (for turned
 *                        text, the upright box around the turned glyphs)
 * @param rotation        degrees the baseline is turned anticlockwise (0, +-2..8, +-90); 0 in older files
 */
public record TextTruth(String text, TextKind kind, String category, String headerAttribute,
                        List<Integer> frames, Box box, TextStyleTruth style, int rotation) {

    public TextTruth {
        frames = List.copyOf(frames);
    }

    public TextTruth(String text, TextKind kind, String category, String headerAttribute, List<Integer> frames,
                     Box box, TextStyleTruth style) {
        this(text, kind, category, headerAttribute, frames, box, style, 0);
    }

    public boolean isPhi() {
        return kind == TextKind.PHI;
    }
}

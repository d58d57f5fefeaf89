package io.pixelscrub.detector;

import io.pixelscrub.models.Box;
import java.util.Objects;
import java.util.Set;

/**
 * Something found in an image that may need redaction.
 *
 * @param box        region in pixel coordinates
 * @param frames     zero-based frame numbers it applies to; empty means every frame
 * @param source     which detector found it
 * @param verdict    PHI, not PHI, or unknown
 * @param confidence 0..1
 * @param reason     the rule or header attribute that decided it; never a PHI value
 * @param text       what OCR read there, or null; PHI: kept in memory, reported only when the user asks
 * @param line       for a text line, its box as the reader found it, before the redaction margin ({@code box} is that
 *                   box grown, then perhaps clipped or joined with others); null otherwise. Whether two findings are
 *                   the same line is judged on it: margins of lines set close together overlap, their letters do not
 */
public record Finding(Box box, Set<Integer> frames, FindingSource source, Verdict verdict, double confidence, String reason,
                      String text, Box line) {

    public Finding(Box box, Set<Integer> frames, FindingSource source, Verdict verdict, double confidence, String reason) {
        this(box, frames, source, verdict, confidence, reason, null, null);
    }

    public Finding(Box box, Set<Integer> frames, FindingSource source, Verdict verdict, double confidence, String reason,
                   String text) {
        this(box, frames, source, verdict, confidence, reason, text, null);
    }

    public Finding {
        Objects.requireNonNull(box, "box");
        frames = Set.copyOf(frames);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
    }

    public boolean appliesToAllFrames() { return frames.isEmpty(); }

    public boolean appliesTo(int frame) { return frames.isEmpty() || frames.contains(frame); }

    /** The same finding redacting {@code newBox}; its line stays where the text was read. */
    public Finding withBox(Box newBox) { return new Finding(newBox, frames, source, verdict, confidence, reason, text, line); }

    public Finding withFrames(Set<Integer> newFrames) { return new Finding(box, newFrames, source, verdict, confidence, reason, text, line); }

    public Finding withReason(String newReason) { return new Finding(box, frames, source, verdict, confidence, newReason, text, line); }

    public Finding withLine(Box newLine) { return new Finding(box, frames, source, verdict, confidence, reason, text, newLine); }

    /** The text line's box before the margin, or the box itself where none was recorded. */
    public Box lineOrBox() { return line != null ? line : box; }

    /** Never prints the text: records end up in logs. */
    @Override
    public String toString() {
        return "Finding[" + box + " frames=" + frames + " " + source + " " + verdict + " " + confidence + " " + reason + "]";
    }
}

package io.pixelscrub.detector.text;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.detector.classify.LineJudge;
import io.pixelscrub.detector.classify.TextVerdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns the lines read in one frame into findings, each judged PHI, not PHI or unknown. Two rules sit on top of the
 * line classifier, because OCR misreads: a line is kept as a device annotation only when OCR was sure of what it read,
 * and a line stacked in a block with PHI lines (a demographics block: name over ID over date) is PHI whatever it says.
 */
public final class TextFindings {
    /** Below this mean word confidence a "device annotation" verdict rests on a misreading too often to be trusted. */
    static final double TRUSTED_OCR = 0.6;

    private TextFindings() {
    }

    /**
     * @param source DETECTOR for image text, OVERLAY for text read from an overlay plane
     */
    public static List<Finding> judge(List<ReadLine> lines, int frame, LineJudge judge, FindingSource source) {
        List<Finding> out = new ArrayList<>();
        for (ReadLine line : lines) {
            TextVerdict verdict = line.ocr().isBlank()
                    ? new TextVerdict(Verdict.UNKNOWN, 0.5, "ocr:unreadable")
                    : judge.judge(line.ocr().text());
            String reason = verdict.reason();
            if (verdict.verdict() == Verdict.NOT_PHI && line.ocr().confidence() < TRUSTED_OCR) {
                verdict = new TextVerdict(Verdict.UNKNOWN, 0.5, "ocr:unsure");
                reason = String.format("ocr:unsure (%.2f) of a %s line", line.ocr().confidence(), reason);
            }
            double confidence = Math.max(0, Math.min(1, verdict.confidence()));
            out.add(new Finding(line.box(), Set.of(frame), source, verdict.verdict(), confidence,
                    "text(" + line.mapping() + "): " + reason, line.ocr().text()));
        }
        return DemographicBlocks.escalate(out);
    }
}

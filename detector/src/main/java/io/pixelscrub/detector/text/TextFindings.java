package io.pixelscrub.detector.text;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.detector.classify.LineJudge;
import io.pixelscrub.detector.classify.TextVerdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Turns the lines read in one frame into findings, each judged PHI, not PHI or unknown. */
public final class TextFindings {

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
            double confidence = Math.max(0, Math.min(1, verdict.confidence()));
            out.add(new Finding(line.box(), Set.of(frame), source, verdict.verdict(), confidence,
                    "text(" + line.mapping() + "): " + verdict.reason(), line.ocr().text()));
        }
        return out;
    }
}

package io.pixelscrub.detector.classify;

/** Judges lines of text read from one file's pixels, knowing that file's header. Thread-safe. */
@FunctionalInterface
public interface LineJudge {

    /** @param text what OCR read (PHI: never log it) */
    TextVerdict judge(String text);
}

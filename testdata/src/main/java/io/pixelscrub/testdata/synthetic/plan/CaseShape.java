package io.pixelscrub.testdata.synthetic.plan;

/** The geometry class of a case: an ordinary single frame, a small multi-frame cine, or a large image. */
public enum CaseShape {
    SINGLE,
    /** 8-20 frames, at most 640x480: static header on every frame and a moving frame counter. */
    CINE,
    /** About 2000x1600 to 2500x2048, often with small text. */
    LARGE
}

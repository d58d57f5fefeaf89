package io.pixelscrub.testdata.synthetic.background;

/** The picture under the text, frame by frame; the same frame index always gives the same field. */
public interface Background {

    BackgroundField frame(int index);

    /** Short description for the ground truth, e.g. {@code ULTRASOUND_SECTOR} or {@code REAL:pydicom/CT_small.dcm}. */
    String describe();
}

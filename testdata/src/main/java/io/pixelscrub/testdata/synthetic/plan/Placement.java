package io.pixelscrub.testdata.synthetic.plan;

/** Where on the image a text item goes. */
public enum Placement {
    TOP_BAR,
    TOP_LEFT,
    TOP_RIGHT,
    BOTTOM_LEFT,
    BOTTOM_RIGHT,
    LEFT_COLUMN,
    RIGHT_COLUMN,
    OVER_ANATOMY
}

package io.pixelscrub.testdata.synthetic.plan;

import io.pixelscrub.testdata.synthetic.pixels.SceneColour;
import io.pixelscrub.testdata.synthetic.truth.Box;

/**
 * A filled box behind text (a header bar, a label box). It belongs to the scene, not to the text: it is
 * drawn in the text-free rendering too, so ground-truth boxes hold only the pixels text changed.
 */
public record Backdrop(Box box, SceneColour colour) {
}

package io.pixelscrub.scrubber.pipeline;

import io.pixelscrub.detector.image.DisplayImage;

/**
 * One frame as the review shows it, taken while redaction had it decoded: {@code before} as read, {@code after} with
 * its regions filled, both already shrunk (see {@link ReviewPictureTaker}).
 *
 * @param scale the factor from frame to picture pixels (at most 1)
 */
public record ReviewPicture(int frame, DisplayImage before, DisplayImage after, double scale) {
}

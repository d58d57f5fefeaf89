package io.pixelscrub.scrubber.induce;

import io.pixelscrub.models.Box;

/**
 * A place on a device's screen and the evidence for what it holds.
 *
 * @param box      where (image pixels; for a redact region, grown to hold longer values than those seen)
 * @param images   images of the device with a line found here
 * @param patients distinct patients among them
 * @param why      "judged PHI", "text differs between patients", or for keep evidence "same text for every patient"
 */
public record InducedRegion(Box box, int images, int patients, String why) {
}

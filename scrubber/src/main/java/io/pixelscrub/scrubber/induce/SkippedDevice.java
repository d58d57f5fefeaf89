package io.pixelscrub.scrubber.induce;

/** A device group that yielded no template, and why (too few images or patients, or no place with varying text). */
public record SkippedDevice(DeviceKey device, int images, int patients, String why) {
}

package io.pixelscrub.scrubber.verify;

/**
 * A header element of a scrubbed file whose value equals an original PHI value the audit store knows (by keyed hash or
 * sealed original). Only the element's path is kept, never the value.
 *
 * @param matches original-uid, original-patient or original-value
 */
public record HeaderMatch(String tagPath, String matches) {
}

package io.pixelscrub.models.template;

/**
 * Outcome of evaluating a condition against a header.
 *
 * @param matched     whether the condition holds
 * @param explanation why, in attribute names and operators only: never header values, which may be PHI
 */
public record ConditionResult(boolean matched, String explanation) {
}

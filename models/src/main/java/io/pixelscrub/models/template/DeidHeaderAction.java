package io.pixelscrub.models.template;

/**
 * One header line of a deid recipe (e.g. "REMOVE endswith:Time", "ADD PatientIdentityRemoved YES"), kept verbatim
 * so that the header stage can use it; the template model itself is only about pixels.
 *
 * @param section the recipe section ("header", "values", "fields", ...)
 * @param action  ADD, BLANK, JITTER, KEEP, REPLACE, REMOVE, FIELD, SPLIT
 * @param field   the field or field expression
 * @param value   the rest of the line, "" when none
 */
public record DeidHeaderAction(String section, String action, String field, String value) {
}

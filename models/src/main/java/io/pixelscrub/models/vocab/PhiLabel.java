package io.pixelscrub.models.vocab;

/**
 * A word that introduces PHI on an annotation (Name:, DOB, MRN...).
 *
 * @param word              upper case, without the trailing punctuation that the file uses as a flag
 * @param needsPunctuation  counts only when ':', '#', '.' or '=' follows it (the bare word is too common)
 * @param rule              short rule name for reasons, e.g. "DOB" for "pattern:label-DOB"
 */
public record PhiLabel(String word, boolean needsPunctuation, String rule) { }

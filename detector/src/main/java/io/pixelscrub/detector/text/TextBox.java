package io.pixelscrub.detector.text;

import io.pixelscrub.models.Box;

/** A region the text detector believes holds one line (or word) of text, with the detector's score 0..1. */
public record TextBox(Box box, double score) { }

package io.pixelscrub.detector;

import io.pixelscrub.models.HeaderView;
import java.util.List;

/** Finds regions to redact from the header alone (region templates); pixel-based detectors come with their own interface. */
@FunctionalInterface
public interface HeaderRegionDetector {

    List<Finding> detect(HeaderView header, int rows, int columns);
}

package io.pixelscrub.scrubber.overlay;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import java.util.ArrayList;
import java.util.List;

/** Removes whole overlay groups: an embedded plane's description goes with the pixel bits that held it. */
public final class OverlayGroupRemoval {

    private OverlayGroupRemoval() {
    }

    /** @return the number of attributes removed */
    public static int remove(AttributeList header, List<Integer> groups) {
        List<AttributeTag> doomed = new ArrayList<>();
        for (Object key : header.keySet()) {
            AttributeTag t = (AttributeTag) key;
            if (groups.contains(t.getGroup())) {
                doomed.add(t);
            }
        }
        doomed.forEach(header::remove);
        return doomed.size();
    }
}

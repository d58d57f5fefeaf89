package io.pixelscrub.scrubber.header;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import io.pixelscrub.scrubber.header.DeidentificationResult.AppliedAction;
import io.pixelscrub.scrubber.header.DeidentificationResult.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An overlay whose Overlay Data (60xx,3000) the profile removed must lose the rest of its group too: a group left
 * with rows, columns and bit position but no data describes an overlay embedded in the pixel data, which it is not
 * (GDCM aborts on such files, and viewers would read pixel bits as graphics).
 */
final class OverlayGroups {

    private OverlayGroups() {
    }

    /** Overlay groups (0x6000..0x601E) that carry their own Overlay Data. */
    static Set<Integer> withOverlayData(AttributeList list) {
        Set<Integer> groups = new TreeSet<>();
        for (int g = 0x6000; g <= 0x601E; g += 2) {
            if (list.containsKey(new AttributeTag(g, 0x3000))) {
                groups.add(g);
            }
        }
        return groups;
    }

    static void removeOrphaned(AttributeList list, Set<Integer> hadData, List<AppliedAction> out) {
        for (int g : hadData) {
            if (list.containsKey(new AttributeTag(g, 0x3000))) {
                continue;
            }
            List<AttributeTag> doomed = new ArrayList<>();
            for (Object key : list.keySet()) {
                AttributeTag t = (AttributeTag) key;
                if (t.getGroup() == g) {
                    doomed.add(t);
                }
            }
            for (AttributeTag t : doomed) {
                list.remove(t);
                out.add(new AppliedAction(TagPattern.format(t), "X", Step.PROFILE_TABLE, "overlayDataRemoved"));
            }
        }
    }
}

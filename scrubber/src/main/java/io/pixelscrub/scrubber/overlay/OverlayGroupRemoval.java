package io.pixelscrub.scrubber.overlay;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeFactory;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.OtherByteAttribute;
import com.pixelmed.dicom.OtherWordAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Removes whole overlay groups: an embedded plane's description goes with the pixel bits that held it. Overlay
 * groups left behind are renumbered from 6000 up, so the first overlay is always in group 6000 (validators such as
 * dciodvfy check the Overlay Plane module there).
 */
public final class OverlayGroupRemoval {

    private OverlayGroupRemoval() {
    }

    /** @return the number of attributes removed */
    public static int remove(AttributeList header, List<Integer> groups) throws DicomException {
        if (groups.isEmpty()) {
            return 0;
        }
        List<AttributeTag> doomed = new ArrayList<>();
        TreeSet<Integer> remaining = new TreeSet<>();
        for (Object key : header.keySet()) {
            AttributeTag t = (AttributeTag) key;
            if (groups.contains(t.getGroup())) {
                doomed.add(t);
            } else if (isOverlayGroup(t.getGroup())) {
                remaining.add(t.getGroup());
            }
        }
        doomed.forEach(header::remove);
        int target = 0x6000;
        for (int g : remaining) {
            if (g != target) {
                move(header, g, target);
            }
            target += 2;
        }
        return doomed.size();
    }

    private static boolean isOverlayGroup(int group) {
        return group >= 0x6000 && group <= 0x601E && group % 2 == 0;
    }

    private static void move(AttributeList header, int from, int to) throws DicomException {
        List<Attribute> moving = new ArrayList<>();
        for (Object key : header.keySet()) {
            if (((AttributeTag) key).getGroup() == from) {
                moving.add(header.get((AttributeTag) key));
            }
        }
        for (Attribute a : moving) {
            header.remove(a.getTag());
            header.put(copy(a, new AttributeTag(to, a.getTag().getElement())));
        }
    }

    private static Attribute copy(Attribute a, AttributeTag tag) throws DicomException {
        if (a instanceof OtherWordAttribute) {
            OtherWordAttribute c = new OtherWordAttribute(tag);
            c.setValues(a.getShortValues());
            return c;
        }
        if (a instanceof OtherByteAttribute) {
            OtherByteAttribute c = new OtherByteAttribute(tag);
            c.setValues(a.getByteValues());
            return c;
        }
        Attribute c = AttributeFactory.newAttribute(tag, a.getVR());
        String[] values = a.getStringValues();
        if (values != null) {
            for (String v : values) {
                c.addValue(v);
            }
        }
        return c;
    }
}

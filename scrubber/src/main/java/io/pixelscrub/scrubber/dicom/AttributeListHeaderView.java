package io.pixelscrub.scrubber.dicom;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import io.pixelscrub.models.Box;
import io.pixelscrub.models.HeaderView;
import java.util.ArrayList;
import java.util.List;

/** {@link HeaderView} over a PixelMed attribute list; keywords resolve through PixelMed's dictionary. */
public final class AttributeListHeaderView implements HeaderView {
    private final AttributeList list;

    public AttributeListHeaderView(AttributeList list) {
        this.list = list;
    }

    @Override
    public List<String> values(String keyword) {
        Attribute a = attribute(keyword);
        List<String> out = new ArrayList<>();
        if (a == null) {
            return out;
        }
        try {
            String[] v = a.getStringValues();
            if (v != null) {
                for (String s : v) {
                    out.add(s == null ? "" : s.trim());
                }
            }
        } catch (Exception e) {
            // binary or sequence attributes have no string values
        }
        return out;
    }

    @Override
    public boolean contains(String keyword) {
        return attribute(keyword) != null;
    }

    @Override
    public List<Box> ultrasoundRegions() {
        List<Box> boxes = new ArrayList<>();
        Attribute a = list.get(TagFromName.SequenceOfUltrasoundRegions);
        if (a instanceof SequenceAttribute seq) {
            for (int i = 0; i < seq.getNumberOfItems(); i++) {
                AttributeList item = seq.getItem(i).getAttributeList();
                int x0 = Attribute.getSingleIntegerValueOrDefault(item, TagFromName.RegionLocationMinX0, -1);
                int y0 = Attribute.getSingleIntegerValueOrDefault(item, TagFromName.RegionLocationMinY0, -1);
                int x1 = Attribute.getSingleIntegerValueOrDefault(item, TagFromName.RegionLocationMaxX1, -1);
                int y1 = Attribute.getSingleIntegerValueOrDefault(item, TagFromName.RegionLocationMaxY1, -1);
                if (x0 >= 0 && y0 >= 0 && x1 >= x0 && y1 >= y0) {
                    boxes.add(Box.fromCorners(x0, y0, x1 + 1, y1 + 1)); // DICOM max corners are inclusive
                }
            }
        }
        return boxes;
    }

    private Attribute attribute(String keyword) {
        AttributeTag tag = AttributeList.getDictionary().getTagFromName(keyword);
        return tag == null ? null : list.get(tag);
    }
}

package io.pixelscrub.scrubber.dicom;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.SequenceItem;
import com.pixelmed.dicom.TagFromName;
import io.pixelscrub.models.Box;
import io.pixelscrub.models.HeaderView;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/** {@link HeaderView} over a PixelMed AttributeList; keywords are resolved through PixelMed's dictionary. */
public final class AttributeListHeaderView implements HeaderView {

    private final AttributeList list;

    public AttributeListHeaderView(AttributeList list) {
        this.list = Objects.requireNonNull(list, "list");
    }

    private static AttributeTag tagOf(String keyword) {
        return keyword == null ? null : AttributeList.getDictionary().getTagFromName(keyword);
    }

    @Override
    public List<String> values(String keyword) {
        AttributeTag tag = tagOf(keyword);
        Attribute a = tag == null ? null : list.get(tag);
        if (a == null || a instanceof SequenceAttribute) {
            return List.of();
        }
        String[] v = Attribute.getStringValues(a);
        return v == null ? List.of() : Arrays.stream(v).map(String::trim).toList();
    }

    @Override
    public boolean contains(String keyword) {
        AttributeTag tag = tagOf(keyword);
        return tag != null && list.get(tag) != null;
    }

    @Override
    public List<Box> ultrasoundRegions() {
        if (!(list.get(TagFromName.SequenceOfUltrasoundRegions) instanceof SequenceAttribute seq)) {
            return List.of();
        }
        List<Box> boxes = new ArrayList<>();
        for (Iterator<SequenceItem> it = seq.iterator(); it.hasNext(); ) {
            AttributeList item = it.next().getAttributeList();
            int x0 = Attribute.getSingleIntegerValueOrDefault(item, TagFromName.RegionLocationMinX0, -1);
            int y0 = Attribute.getSingleIntegerValueOrDefault(item, TagFromName.RegionLocationMinY0, -1);
            int x1 = Attribute.getSingleIntegerValueOrDefault(item, TagFromName.RegionLocationMaxX1, -1);
            int y1 = Attribute.getSingleIntegerValueOrDefault(item, TagFromName.RegionLocationMaxY1, -1);
            if (x0 >= 0 && y0 >= 0 && x1 >= x0 && y1 >= y0) {
                boxes.add(Box.fromCorners(x0, y0, x1 + 1, y1 + 1)); // DICOM max is inclusive
            }
        }
        return List.copyOf(boxes);
    }
}

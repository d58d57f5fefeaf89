package io.pixelscrub.scrubber.header;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.SequenceItem;
import com.pixelmed.dicom.ValueRepresentation;
import io.pixelscrub.scrubber.header.DeidentificationResult.AppliedAction;
import io.pixelscrub.scrubber.header.DeidentificationResult.Step;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Enforces one column of Table E.1-1 on whatever an earlier step left, recursively in sequences.
 * Acts only where the attribute does not yet obey the action, so what it records is what the earlier step missed.
 * UIDs (U) are not touched here: {@link UidRemapper} remaps every UID in one pass before this runs.
 */
final class ProfileActionApplier {

    private final ProfileTable table;
    private final String column;
    private final Set<AttributeTag> alreadyReplaced;

    /**
     * @param alreadyReplaced top-level tags whose value an earlier step already replaced by its own dummy;
     *                        a D row is satisfied there and is not overwritten again
     */
    ProfileActionApplier(ProfileTable table, String column, Set<AttributeTag> alreadyReplaced) {
        this.table = table;
        this.column = column;
        this.alreadyReplaced = Set.copyOf(alreadyReplaced);
    }

    void apply(AttributeList list, List<AppliedAction> out) throws DicomException {
        apply(list, "", out);
    }

    private void apply(AttributeList list, String path, List<AppliedAction> out) throws DicomException {
        for (AttributeTag tag : new ArrayList<>(list.keySet())) {
            Attribute a = list.get(tag);
            String here = path + TagPattern.format(tag);
            switch (table.action(tag, column)) {
                case REMOVE, CLEAN -> {
                    list.remove(tag);
                    out.add(new AppliedAction(here, "X", Step.PROFILE_TABLE));
                }
                case ZERO -> {
                    if (!AttributeEdits.isEmpty(a)) {
                        list.put(AttributeEdits.emptied(a));
                        out.add(new AppliedAction(here, "Z", Step.PROFILE_TABLE));
                    }
                }
                case DUMMY -> dummy(list, a, here, out);
                case KEEP, REMAP_UID -> recurse(a, here, out);
            }
        }
    }

    /** D: a dummy valid for the VR. A dummy sequence is the sequence with its items cleaned by their own rows. */
    private void dummy(AttributeList list, Attribute a, String here, List<AppliedAction> out) throws DicomException {
        if (a instanceof SequenceAttribute) {
            recurse(a, here, out);
            return;
        }
        Optional<String> dummy = DummyValues.forVr(a.getVRAsString());
        if (dummy.isEmpty()) {
            // binary or UID: no meaningful dummy; an empty value carries no information either
            if (!AttributeEdits.isEmpty(a)) {
                list.put(AttributeEdits.emptied(a));
                out.add(new AppliedAction(here, "Z", Step.PROFILE_TABLE));
            }
            return;
        }
        boolean replacedEarlier = !here.contains("/") && alreadyReplaced.contains(a.getTag());
        if (!replacedEarlier && !dummy.get().equals(AttributeEdits.valueText(a))) {
            list.put(AttributeEdits.withValues(a, dummy.get()));
            out.add(new AppliedAction(here, "D", Step.PROFILE_TABLE));
        }
    }

    /**
     * Puts back, empty or with a dummy, top-level attributes that an earlier step removed although this column
     * requires them to stay (Z, D or Z/D without an X alternative: type 1 or 2 attributes must not vanish).
     */
    void restoreRemoved(AttributeList list, Set<AttributeTag> removedEarlier, List<AppliedAction> out) throws DicomException {
        for (AttributeTag tag : removedEarlier) {
            Optional<ProfileTable.Row> row = table.find(tag);
            String code = row.map(r -> r.code(column)).orElse("");
            if (list.get(tag) != null || code.contains("X") || row.isEmpty()) {
                continue;
            }
            byte[] vr = AttributeList.getDictionary().getValueRepresentationFromTag(tag);
            if (vr == null) {
                continue;
            }
            ProfileAction action = ProfileAction.resolve(code);
            Optional<String> dummy = DummyValues.forVr(new String(vr, java.nio.charset.StandardCharsets.US_ASCII));
            String here = TagPattern.format(tag);
            if (action == ProfileAction.DUMMY && dummy.isPresent()) {
                list.put(AttributeEdits.withValues(tag, vr, dummy.get()));
                out.add(new AppliedAction(here, "D", Step.PROFILE_TABLE));
            } else if (action == ProfileAction.ZERO || action == ProfileAction.DUMMY) {
                list.put(ValueRepresentation.isSequenceVR(vr) ? new SequenceAttribute(tag) : AttributeEdits.withValues(tag, vr));
                out.add(new AppliedAction(here, "Z", Step.PROFILE_TABLE));
            }
        }
    }

    private void recurse(Attribute a, String here, List<AppliedAction> out) throws DicomException {
        if (a instanceof SequenceAttribute s) {
            int i = 0;
            for (Iterator<SequenceItem> it = s.iterator(); it.hasNext(); i++) {
                apply(it.next().getAttributeList(), here + "[" + i + "]/", out);
            }
        }
    }
}

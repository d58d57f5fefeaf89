package io.pixelscrub.scrubber.header;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomDictionary;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.SequenceItem;
import com.pixelmed.dicom.ValueRepresentation;
import io.pixelscrub.scrubber.header.DeidentificationResult.AppliedAction;
import io.pixelscrub.scrubber.header.DeidentificationResult.Step;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Remaps every instance UID (any UI attribute, at any depth, including the file meta header) through the run's
 * {@link UidMapper}, so that references inside sequences stay equal to the UIDs they reference.
 * UIDs that name a kind of thing rather than an instance (SOP classes, transfer syntaxes, coding schemes,
 * private creators) and well-known DICOM UIDs are left alone.
 */
final class UidRemapper {

    private static final Set<AttributeTag> KIND_UIDS = kindUids();

    private final UidMapper mapper;

    UidRemapper(UidMapper mapper) {
        this.mapper = mapper;
    }

    private static Set<AttributeTag> kindUids() {
        DicomDictionary d = AttributeList.getDictionary();
        Set<AttributeTag> s = new HashSet<>();
        for (String k : List.of("SOPClassUID", "MediaStorageSOPClassUID", "ReferencedSOPClassUID",
                "ReferencedSOPClassUIDInFile", "AffectedSOPClassUID", "RequestedSOPClassUID", "TransferSyntaxUID",
                "ReferencedTransferSyntaxUIDInFile", "ImplementationClassUID", "CodingSchemeUID",
                "PrivateInformationCreatorUID", "RelatedGeneralSOPClassUID", "OriginalSpecializedSOPClassUID",
                "SOPClassesInStudy", "MappingResourceUID", "ContextGroupExtensionCreatorUID")) {
            AttributeTag t = d.getTagFromName(k);
            if (t != null) {
                s.add(t);
            }
        }
        return Set.copyOf(s);
    }

    static boolean isKindUid(AttributeTag tag) {
        return KIND_UIDS.contains(tag);
    }

    void remap(AttributeList list, List<AppliedAction> out) throws DicomException {
        remap(list, "", out);
    }

    private void remap(AttributeList list, String path, List<AppliedAction> out) throws DicomException {
        for (AttributeTag tag : new ArrayList<>(list.keySet())) {
            Attribute a = list.get(tag);
            String here = path + TagPattern.format(tag);
            if (a instanceof SequenceAttribute s) {
                int i = 0;
                for (Iterator<SequenceItem> it = s.iterator(); it.hasNext(); i++) {
                    remap(it.next().getAttributeList(), here + "[" + i + "]/", out);
                }
            } else if (ValueRepresentation.isUniqueIdentifierVR(a.getVR()) && !isKindUid(tag) && a.getVM() > 0) {
                String[] values = a.getStringValues();
                boolean changed = false;
                for (int i = 0; i < values.length; i++) {
                    String v = values[i].trim();
                    if (!v.isEmpty() && !UidMapper.isStandardUid(v)) {
                        values[i] = mapper.map(v);
                        changed = true;
                    }
                }
                if (changed) {
                    list.put(AttributeEdits.withValues(a, values));
                    out.add(new AppliedAction(here, "U", Step.UID_REMAP));
                }
            }
        }
    }
}

package io.pixelscrub.scrubber.header;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomDictionary;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.ValueRepresentation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Remaps instance UIDs through the run's {@link UidMapper}, so that references inside sequences stay equal to the
 * UIDs they reference. {@link ProfileEngine} calls it for every U cell and every unlisted UI attribute at any depth.
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

    /**
     * Replaces every instance UID value of {@code a} (standard UIDs stay) and puts the result into {@code list}.
     * Class-like UIDs are left alone. Returns whether anything changed.
     */
    boolean remap(AttributeList list, Attribute a) throws DicomException {
        if (isKindUid(a.getTag()) || a.getVM() == 0 || !ValueRepresentation.isUniqueIdentifierVR(a.getVR())) {
            return false;
        }
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
        }
        return changed;
    }
}

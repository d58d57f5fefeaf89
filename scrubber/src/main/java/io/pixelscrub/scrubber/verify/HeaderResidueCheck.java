package io.pixelscrub.scrubber.verify;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.ValueRepresentation;
import io.pixelscrub.scrubber.store.AuditRecord;
import io.pixelscrub.scrubber.store.MappingStore;
import io.pixelscrub.scrubber.store.OriginalsCipher;
import io.pixelscrub.scrubber.store.PersistentMappings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a scrubbed header against the audit store: no UID may be an original UID the store mapped, no short text
 * value an original patient ID or name (both by keyed lookup, the store holds no originals in clear), and, when the
 * originals were kept and their passphrase is given, no value may equal an original value that the profile removed,
 * emptied, replaced or remapped (standard elements only). Values are compared, never reported: a match names the element's tag path only.
 */
public final class HeaderResidueCheck {
    /** Shorter originals (sex, flags, small numbers) equal innocent values by chance. */
    static final int MIN_ORIGINAL_LENGTH = 4;
    private static final Set<String> REPLACING_ACTIONS = Set.of("X", "Z", "D", "U");

    private final PersistentMappings mappings;
    private final MappingStore store;
    private final OriginalsCipher originals;

    /** @param originals the cipher of a store that keeps originals, or null to check by keyed lookups only */
    public HeaderResidueCheck(PersistentMappings mappings, OriginalsCipher originals) {
        this.mappings = mappings;
        this.store = mappings.store();
        this.originals = originals;
    }

    public List<HeaderMatch> check(AttributeList header) {
        Set<String> sealed = sealedOriginals(Attribute.getSingleStringValueOrEmptyString(header, TagFromName.SOPInstanceUID).trim());
        List<HeaderMatch> out = new ArrayList<>();
        walk(header, "", sealed, out);
        return out;
    }

    private void walk(AttributeList list, String path, Set<String> sealed, List<HeaderMatch> out) {
        for (Attribute a : list.values()) {
            String here = path + String.format("(%04X,%04X)", a.getTag().getGroup(), a.getTag().getElement());
            if (a instanceof SequenceAttribute s) {
                for (int i = 0; i < s.getNumberOfItems(); i++) {
                    walk(s.getItem(i).getAttributeList(), here + "[" + i + "]/", sealed, out);
                }
                continue;
            }
            byte[] vr = a.getVR();
            if (ValueRepresentation.isOtherByteOrWordVR(vr) || ValueRepresentation.isUnknownVR(vr)) {
                continue;
            }
            String[] values;
            try {
                values = a.getStringValues();
            } catch (com.pixelmed.dicom.DicomException e) {
                continue;   // binary VRs without a text form hold no text to compare
            }
            String match = match(vr, values, sealed);
            if (match != null) {
                out.add(new HeaderMatch(here, match));
            }
        }
    }

    private String match(byte[] vr, String[] values, Set<String> sealed) {
        if (values == null) {
            return null;
        }
        for (String raw : values) {
            String v = raw == null ? "" : raw.trim();
            if (v.isEmpty()) {
                continue;
            }
            if (ValueRepresentation.isUniqueIdentifierVR(vr) && mappings.isOriginalUid(v)) {
                return "original-uid";
            }
            if (isPatientLike(vr) && mappings.isOriginalPatient(v)) {
                return "original-patient";
            }
            if (v.length() >= MIN_ORIGINAL_LENGTH && sealed.contains(v)) {
                return "original-value";
            }
        }
        return null;
    }

    /**
     * Private elements are removed wholesale, PHI or not; their values (device settings echoed in standard elements
     * the profile keeps) are not originals to look for.
     */
    static boolean isPrivate(String tagPath) {
        int open = tagPath.lastIndexOf('(');
        return open >= 0 && tagPath.length() >= open + 5 && Integer.parseInt(tagPath.substring(open + 1, open + 5), 16) % 2 == 1;
    }

    private static boolean isPatientLike(byte[] vr) {
        return ValueRepresentation.isPersonNameVR(vr) || ValueRepresentation.isLongStringVR(vr)
                || ValueRepresentation.isShortStringVR(vr);
    }

    /** The original values the last audit record of this output sealed, for elements the profile replaced. */
    private Set<String> sealedOriginals(String outputUid) {
        Set<String> out = new HashSet<>();
        if (originals == null || outputUid.isEmpty()) {
            return out;
        }
        List<AuditRecord> records = store.audit(outputUid);
        for (int i = records.size() - 1; i >= 0; i--) {
            AuditRecord r = records.get(i);
            if (r.originalsSealed() == null) {
                continue;
            }
            Set<String> replaced = new HashSet<>();
            r.actions().stream().filter(a -> REPLACING_ACTIONS.contains(a.action())).forEach(a -> replaced.add(a.tagPath()));
            try {
                Map<String, String> values = new ObjectMapper().readValue(originals.open(r.originalsSealed(), "file:" + outputUid),
                        new TypeReference<Map<String, String>>() { });
                values.forEach((path, v) -> {
                    if (replaced.contains(path) && !isPrivate(path)) {
                        for (String part : v.split("\\\\")) {
                            if (part.trim().length() >= MIN_ORIGINAL_LENGTH) {
                                out.add(part.trim());
                            }
                        }
                    }
                });
            } catch (IOException | OriginalsCipher.WrongKeyException e) {
                throw new IllegalStateException("sealed originals of an audit record are not readable", e);
            }
            break;
        }
        return out;
    }
}

package io.pixelscrub.scrubber.pipeline;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.ValueRepresentation;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pixelscrub.detector.Finding;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.header.DeidentificationContext;
import io.pixelscrub.scrubber.header.DeidentificationResult;
import io.pixelscrub.scrubber.header.HeaderDeidentifier;
import io.pixelscrub.scrubber.header.IdentifyingValues;
import io.pixelscrub.scrubber.inspect.HeaderInspector;
import io.pixelscrub.scrubber.inspect.OriginalLookup;
import io.pixelscrub.scrubber.inspect.ReleasedFlags;
import io.pixelscrub.scrubber.inspect.ReleasedHeaders;
import io.pixelscrub.scrubber.header.OptionNotSatisfiedException;
import io.pixelscrub.scrubber.header.PatientMapper;
import io.pixelscrub.scrubber.header.UidMapper;
import io.pixelscrub.scrubber.store.OriginalsCipher;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The production header step: the profile with the run's options and mappings. A requested option that cannot be
 * claimed quarantines the file with the option's reason. When the user keeps originals, the original values of the
 * attributes that changed are sealed for the audit trail (never kept in clear, not even in memory past the call).
 */
public final class ProfileHeaderProcessor implements HeaderProcessor {

    private final HeaderDeidentifier deidentifier;
    private final UidMapper uids;
    private final PatientMapper patients;
    private final OriginalsCipher originals;
    private volatile HeaderInspector inspector;
    private volatile OriginalLookup lookup = OriginalLookup.NONE;
    private volatile boolean originalsForReview;

    /** @param originals null unless originals are to be kept */
    public ProfileHeaderProcessor(HeaderDeidentifier deidentifier, UidMapper uids, PatientMapper patients, OriginalsCipher originals) {
        this.deidentifier = deidentifier;
        this.uids = uids;
        this.patients = patients;
        this.originals = originals;
    }

    /**
     * Also describe each released header for review ({@link ReleasedHeaders}), its values flagged by sniff's rules and
     * by keyed lookups in {@code lookup}. Only when someone takes them (the report's recorder).
     */
    public ProfileHeaderProcessor inspecting(OriginalLookup lookup) {
        this.inspector = new HeaderInspector(deidentifier.policy(), deidentifier.safePrivate());
        this.lookup = lookup;
        return this;
    }

    /**
     * Also hand the review the original values of the attributes the profile changed or removed (PHI), for a site
     * built with --with-originals; only when the run keeps thumbnails of the originals too.
     */
    public ProfileHeaderProcessor withOriginalsForReview() {
        this.originalsForReview = true;
        return this;
    }

    public HeaderDeidentifier deidentifier() {
        return deidentifier;
    }

    @Override
    public void apply(AttributeList header, boolean pixelsCleaned) throws InvalidDicomException {
        apply(header, pixelsCleaned, List.of());
    }

    @Override
    public void apply(AttributeList header, boolean pixelsCleaned, List<Finding> redacted) throws InvalidDicomException {
        deidentify(header, pixelsCleaned, redacted);
    }

    @Override
    public HeaderOutcome deidentify(AttributeList header, boolean pixelsCleaned, List<Finding> redacted)
            throws InvalidDicomException {
        try {
            HeaderInspector inspect = inspector;
            boolean forReview = inspect != null && originalsForReview;
            Map<String, String> before = originals == null && !forReview ? null : values(header, "", new TreeMap<>());
            IdentifyingValues identifying = inspect == null ? null : deidentifier.identifying(header);
            DeidentificationResult r = deidentifier.apply(header, new DeidentificationContext(pixelsCleaned, redacted, uids, patients));
            ReleasedHeaders released = inspect == null ? null : new ReleasedHeaders(header, r.actions(), inspect,
                    new ReleasedFlags(identifying, lookup), forReview ? changed(before, r) : null);
            return new HeaderOutcome(r, originals == null ? null : seal(before, r), released);
        } catch (OptionNotSatisfiedException e) {
            throw new InvalidDicomException(e.getMessage(), e);
        } catch (DicomException e) {
            throw new InvalidDicomException("header de-identification failed (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** The original values of the attributes an action changed or removed, by tag path (PHI: in memory only). */
    private static Map<String, String> changed(Map<String, String> before, DeidentificationResult r) {
        Map<String, String> changed = new TreeMap<>();
        for (DeidentificationResult.AppliedAction a : r.actions()) {
            String v = before.get(a.tagPath());
            if (v != null && !v.isEmpty()) {
                changed.put(a.tagPath(), v);
            }
        }
        return changed;
    }

    private byte[] seal(Map<String, String> before, DeidentificationResult r) {
        Map<String, String> changed = changed(before, r);
        try {
            return originals.seal(new ObjectMapper().writeValueAsString(changed), "file:" + r.sopInstanceUid());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every textual value by tag path (bulk binary left out), in memory only, to seal what changes. */
    private static Map<String, String> values(AttributeList list, String path, Map<String, String> out) {
        for (Attribute a : list.values()) {
            String here = path + String.format("(%04X,%04X)", a.getTag().getGroup(), a.getTag().getElement());
            if (a instanceof SequenceAttribute s) {
                for (int i = 0; i < s.getNumberOfItems(); i++) {
                    values(s.getItem(i).getAttributeList(), here + "[" + i + "]/", out);
                }
            } else if (!ValueRepresentation.isOtherByteOrWordVR(a.getVR()) && !ValueRepresentation.isUnknownVR(a.getVR())) {
                out.put(here, a.getDelimitedStringValuesOrEmptyString());
            }
        }
        return out;
    }
}

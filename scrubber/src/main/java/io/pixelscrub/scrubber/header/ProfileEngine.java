package io.pixelscrub.scrubber.header;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.SequenceItem;
import io.pixelscrub.scrubber.header.DeidentificationResult.AppliedAction;
import io.pixelscrub.scrubber.header.DeidentificationResult.Step;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Applies Table E.1-1 under the chosen options to a header, recursively into every sequence item: the table decides
 * every attribute it lists (a U cell that Retain UIDs does not override, such as (0040,A124), is still remapped);
 * unlisted attributes are kept, except that their UIDs are remapped (unless Retain UIDs), their dates move with the
 * patient's offset (Modified Dates), and their free text inside a sequence the table replaces by a dummy (D, e.g.
 * Content Sequence in the basic profile) becomes a dummy, or is cleaned inside one it cleans (Clean Structured
 * Content). Private attributes go, unless Retain Safe Private keeps those on the safe list;
 * a private creator stays only while its block keeps an element. Records tags, codes and rules, never values.
 */
final class ProfileEngine {

    private static final Set<String> TEXT_VRS = Set.of("AE", "CS", "LO", "LT", "PN", "SH", "ST", "UC", "UT");
    /** Free text inside items: what a person could have typed (codes and coded terms excluded). */
    private static final Set<String> FREE_TEXT_VRS = Set.of("LO", "LT", "PN", "SH", "ST", "UC", "UT");

    /**
     * The sequences with an X/Z cell that are type 2 where they occur, so Z: Acquisition Context Sequence
     * (PS3.3 C.7.6.14). The table's only other X/Z sequence, Referenced Study Sequence, is type 3.
     */
    private static final Set<AttributeTag> TYPE_2_SEQUENCES = Set.of(com.pixelmed.dicom.TagFromName.AcquisitionContextSequence);

    /** How unlisted free text inside a sequence is treated: as is, replaced by a dummy (D), or cleaned (C). */
    private enum Mode { PLAIN, CLEAN, DUMMY }

    /** The mode and the cell that set it (for the audit). The stricter mode wins when sequences nest. */
    private record Content(Mode mode, String rule) {
        static final Content PLAIN = new Content(Mode.PLAIN, "");

        Content under(Mode m, String r) {
            return m.compareTo(mode) > 0 ? new Content(m, r) : this;
        }
    }
    private static final String CLEAN_STRUCTURED = "cleanStructContOpt";
    private static final String MODIFIED_DATES = "rtnLongModifDatesOpt";

    private final ProfilePolicy policy;
    private final SafePrivateList safePrivate;
    private final UidRemapper uids;
    private final boolean remapUnlistedUids;
    private final DateShifter dates;
    private final TextCleaner text;

    /**
     * @param remapUnlistedUids false under Retain UIDs (a U cell the option does not override is still obeyed)
     * @param dates             null unless Modified Dates
     */
    ProfileEngine(ProfilePolicy policy, SafePrivateList safePrivate, UidRemapper uids, boolean remapUnlistedUids,
                  DateShifter dates, TextCleaner text) {
        this.policy = policy;
        this.safePrivate = safePrivate;
        this.uids = uids;
        this.remapUnlistedUids = remapUnlistedUids;
        this.dates = dates;
        this.text = text;
    }

    void apply(AttributeList list, List<AppliedAction> out) throws DicomException {
        walk(list, "", Content.PLAIN, out);
    }

    private void walk(AttributeList list, String path, Content content, List<AppliedAction> out)
            throws DicomException {
        Set<Long> keptBlocks = new HashSet<>();
        List<AttributeTag> creators = new ArrayList<>();
        for (AttributeTag tag : new ArrayList<>(list.keySet())) {
            Attribute a = list.get(tag);
            String here = path + TagPattern.format(tag);
            if (tag.isPrivateCreator()) {
                creators.add(tag);
            } else if (tag.isPrivate()) {
                if (privateElement(list, a, here, content, out)) {
                    keptBlocks.add(block(tag.getGroup(), tag.getElement() >> 8));
                }
            } else {
                standard(list, a, here, content, out);
            }
        }
        for (AttributeTag c : creators) {
            if (!keptBlocks.contains(block(c.getGroup(), c.getElement()))) {
                list.remove(c);
                out.add(new AppliedAction(path + TagPattern.format(c), "X", Step.PROFILE_TABLE, policy.decide(c).rule()));
            }
        }
    }

    private static long block(int group, int block) {
        return ((long) group << 8) | (block & 0xFF);
    }

    /** A private data element: kept (true) only under Retain Safe Private and when on the safe list. */
    private boolean privateElement(AttributeList list, Attribute a, String here, Content content, List<AppliedAction> out)
            throws DicomException {
        ProfilePolicy.Decision d = policy.decide(a.getTag());
        if (d.action() == ProfileAction.CLEAN && safePrivate.isSafe(list.getPrivateCreatorString(a.getTag()), a.getTag())) {
            keep(list, a, here, d, content, out);
            return true;
        }
        list.remove(a.getTag());
        out.add(new AppliedAction(here, "X", Step.PROFILE_TABLE, d.action() == ProfileAction.CLEAN ? d.rule() + " (not on the safe list)" : d.rule()));
        return false;
    }

    private void standard(AttributeList list, Attribute a, String here, Content content, List<AppliedAction> out)
            throws DicomException {
        ProfilePolicy.Decision d = policy.decide(a.getTag());
        switch (d.action()) {
            case REMOVE -> {
                list.remove(a.getTag());
                out.add(new AppliedAction(here, "X", Step.PROFILE_TABLE, d.rule()));
            }
            case ZERO -> {
                if (a instanceof SequenceAttribute && d.rule().substring(d.rule().indexOf(':') + 1).contains("X")
                        && !TYPE_2_SEQUENCES.contains(a.getTag())) {
                    // X/Z on a sequence: Z (zero items) is valid only where it is type 2; where it is type 3
                    // (Referenced Study Sequence, PS3.3 C.7.2.1) dciodvfy rejects zero items, so X
                    list.remove(a.getTag());
                    out.add(new AppliedAction(here, "X", Step.PROFILE_TABLE, d.rule()));
                } else {
                    zero(list, a, here, d.rule(), out);
                }
            }
            case DUMMY -> dummy(list, a, here, d, content, out);
            case REMAP_UID -> {
                if (a instanceof SequenceAttribute) {
                    recurse(a, here, content, out);
                } else {
                    remapUid(list, a, here, d.rule(), out);
                }
            }
            case KEEP -> keep(list, a, here, d, content, out);
            case CLEAN -> clean(list, a, here, d, content, out);
        }
    }

    private void zero(AttributeList list, Attribute a, String here, String rule, List<AppliedAction> out) throws DicomException {
        if (!AttributeEdits.isEmpty(a)) {
            list.put(AttributeEdits.emptied(a));
            out.add(new AppliedAction(here, "Z", Step.PROFILE_TABLE, rule));
        }
    }

    /** D: a dummy valid for the VR. A dummy sequence is the sequence with its items cleaned by their own rows. */
    private void dummy(AttributeList list, Attribute a, String here, ProfilePolicy.Decision d, Content content,
                       List<AppliedAction> out) throws DicomException {
        if (a instanceof SequenceAttribute) {
            recurse(a, here, content.under(Mode.DUMMY, d.rule()), out); // a dummy sequence: its free text is dummied
            return;
        }
        if ("UI".equals(a.getVRAsString())) {
            remapUid(list, a, here, d.rule(), out);
            return;
        }
        Optional<String> dummy = DummyValues.forVr(a.getVRAsString());
        if (dummy.isEmpty()) {
            zero(list, a, here, d.rule(), out); // binary: no meaningful dummy, and empty carries nothing either
        } else if (!dummy.get().equals(AttributeEdits.valueText(a))) {
            list.put(AttributeEdits.withValues(a, dummy.get()));
            out.add(new AppliedAction(here, "D", Step.PROFILE_TABLE, d.rule()));
        }
    }

    private void keep(AttributeList list, Attribute a, String here, ProfilePolicy.Decision d, Content content,
                      List<AppliedAction> out) throws DicomException {
        if (a instanceof SequenceAttribute) {
            recurse(a, here, content, out);
            return;
        }
        if (d.listed() && !a.getTag().isPrivate()) {
            return; // the table (or an option) says keep
        }
        String vr = a.getVRAsString();
        if ("UI".equals(vr) && remapUnlistedUids) {
            remapUid(list, a, here, d.rule(), out);
        } else if (dates != null && ("DA".equals(vr) || "DT".equals(vr))) {
            shift(list, a, here, MODIFIED_DATES + ":C (unlisted date)", out);
        } else if (content.mode() != Mode.PLAIN && FREE_TEXT_VRS.contains(vr) && !isCodeAttribute(a.getTag())) {
            if (content.mode() == Mode.DUMMY) {
                dummyText(list, a, here, content.rule() + " (item text)", out);
            } else {
                cleanText(list, a, here, content.rule() + " (item text)", out);
            }
        }
    }

    /** C: keep what is safe, clean the rest; what "clean" means depends on the VR. */
    private void clean(AttributeList list, Attribute a, String here, ProfilePolicy.Decision d, Content content,
                       List<AppliedAction> out) throws DicomException {
        String vr = a.getVRAsString();
        String rule = d.rule();
        if (a instanceof SequenceAttribute) {
            recurse(a, here, rule.startsWith(CLEAN_STRUCTURED) ? content.under(Mode.CLEAN, rule) : content, out);
        } else if ("DA".equals(vr) || "DT".equals(vr)) {
            if (dates != null) {
                shift(list, a, here, rule, out);
            } else {
                zero(list, a, here, rule, out);
            }
        } else if ("TM".equals(vr)) {
            return; // whole-day offsets keep the time of day
        } else if ("UI".equals(vr)) {
            remapUid(list, a, here, rule, out);
        } else if (TEXT_VRS.contains(vr)) {
            cleanText(list, a, here, rule, out);
        } else if (rule.startsWith(MODIFIED_DATES)) {
            zero(list, a, here, rule, out); // a binary timestamp cannot be moved by the offset
        }
        // otherwise numeric or bulk graphics data (overlay, curve): kept here; overlay bits are cleaned later
    }

    /** Code Value .. Mapping Resource Name (0008,0100-0122): coded terms, not typed text. */
    private static boolean isCodeAttribute(AttributeTag t) {
        return t.getGroup() == 0x0008 && t.getElement() >= 0x0100 && t.getElement() <= 0x0122;
    }

    private void dummyText(AttributeList list, Attribute a, String here, String rule, List<AppliedAction> out)
            throws DicomException {
        String dummy = DummyValues.forVr(a.getVRAsString()).orElseThrow();
        if (!AttributeEdits.isEmpty(a) && !dummy.equals(AttributeEdits.valueText(a))) {
            list.put(AttributeEdits.withValues(a, dummy));
            out.add(new AppliedAction(here, "D", Step.PROFILE_TABLE, rule));
        }
    }

    private void cleanText(AttributeList list, Attribute a, String here, String rule, List<AppliedAction> out)
            throws DicomException {
        edit(list, a, here, rule, "C", Step.PROFILE_TABLE, v -> Optional.of(text.clean(v)), out);
    }

    private void shift(AttributeList list, Attribute a, String here, String rule, List<AppliedAction> out)
            throws DicomException {
        Function<String, Optional<String>> f = "DA".equals(a.getVRAsString()) ? dates::shiftDate : dates::shiftDateTime;
        edit(list, a, here, rule, "C", Step.DATE_SHIFT, f, out);
    }

    /**
     * Replaces each value by {@code f(value)}; a value {@code f} cannot handle empties the whole attribute (safer
     * than keeping a date that did not move).
     */
    private static void edit(AttributeList list, Attribute a, String here, String rule, String code, Step step,
                                Function<String, Optional<String>> f, List<AppliedAction> out) throws DicomException {
        String[] values = Attribute.getStringValues(a);
        if (values == null || values.length == 0) {
            return;
        }
        String[] changed = new String[values.length];
        boolean any = false;
        for (int i = 0; i < values.length; i++) {
            if (values[i].isBlank()) {
                changed[i] = values[i];
                continue;
            }
            Optional<String> v = f.apply(values[i]);
            if (v.isEmpty()) {
                list.put(AttributeEdits.emptied(a));
                out.add(new AppliedAction(here, "Z", step, rule + " (value not understood)"));
                return;
            }
            changed[i] = v.get();
            any |= !v.get().equals(values[i]);
        }
        if (any) {
            list.put(AttributeEdits.withValues(a, changed));
            out.add(new AppliedAction(here, code, step, rule));
        }
    }

    private void remapUid(AttributeList list, Attribute a, String here, String rule, List<AppliedAction> out)
            throws DicomException {
        if (uids.remap(list, a)) {
            out.add(new AppliedAction(here, "U", Step.UID_REMAP, rule));
        }
    }

    private void recurse(Attribute a, String here, Content content, List<AppliedAction> out) throws DicomException {
        SequenceAttribute s = (SequenceAttribute) a;
        int i = 0;
        for (Iterator<SequenceItem> it = s.iterator(); it.hasNext(); i++) {
            walk(it.next().getAttributeList(), here + "[" + i + "]/", content, out);
        }
    }
}

package io.pixelscrub.scrubber.inspect;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.SequenceAttribute;
import io.pixelscrub.scrubber.header.DeidentificationResult.AppliedAction;
import io.pixelscrub.scrubber.header.DeidentificationResult.Step;
import io.pixelscrub.scrubber.header.ProfilePolicy;
import io.pixelscrub.scrubber.header.SafePrivateList;
import io.pixelscrub.scrubber.sniff.Sniffer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Describes a de-identified header as it will be released, for review: every attribute (nested items included) with
 * its value as released, the action the profile took on it and the rule or option that decided it (from the header
 * step's applied actions; an attribute no action touched was kept), and the flags of sniff's rules. Reads only the
 * released header: original values are never part of the result.
 */
public final class HeaderInspector {

    private final ProfilePolicy policy;
    private final SafePrivateList safePrivate;

    public HeaderInspector(ProfilePolicy policy, SafePrivateList safePrivate) {
        this.policy = policy;
        this.safePrivate = safePrivate;
    }

    public ReleasedHeader inspect(AttributeList released, List<AppliedAction> actions, ReleasedFlags flags) {
        Map<String, AppliedAction> byPath = new HashMap<>();
        actions.forEach(a -> byPath.put(a.tagPath(), a));   // the last action on a path is what the file holds
        List<ReleasedAttribute> out = new ArrayList<>();
        generated(released, "", byPath, false, flags);
        walk(released, "", byPath, flags, out);
        return new ReleasedHeader(out);
    }

    private void walk(AttributeList list, String path, Map<String, AppliedAction> actions, ReleasedFlags flags,
                      List<ReleasedAttribute> out) {
        for (Attribute a : list.values()) {
            AttributeTag tag = a.getTag();
            String here = path + String.format("(%04X,%04X)", tag.getGroup(), tag.getElement());
            String vr = a.getVRAsString();
            AppliedAction done = actions.get(here);
            String rule = done != null ? done.rule() : keptRule(list, a);
            String action = done != null ? label(done)
                    : !(a instanceof SequenceAttribute) && a.getVL() == 0 && rule.matches(".*:[A-Z/]*Z.*") ? "emptied" : "kept";
            Set<String> f = new TreeSet<>();
            String value;
            if (a instanceof SequenceAttribute s) {
                value = s.getNumberOfItems() + " item(s)";
            } else {
                value = Sniffer.render(a);
                if (tag.isPrivate() && !tag.isPrivateCreator()) {
                    f.add(ReleasedFlags.SAFE_PRIVATE);
                    if (!value.startsWith("<binary")) {
                        f.addAll(flags.flags(value, tag));
                    }
                } else if (!tag.isPrivate() && Sniffer.FREE_TEXT_VRS.contains(vr)) {
                    String[] values = Attribute.getStringValues(a);
                    for (String v : values == null ? new String[0] : values) {
                        if (!v.isBlank()) {
                            f.addAll(flags.flags(v, tag));
                        }
                    }
                    if (("kept".equals(action) || "cleaned".equals(action)) && ReleasedFlags.byOption(rule)) {
                        f.add(ReleasedFlags.KEPT_BY_OPTION);
                    }
                } else if ("UI".equals(vr)) {
                    String[] values = Attribute.getStringValues(a);
                    for (String v : values == null ? new String[0] : values) {
                        f.addAll(flags.uidFlags(v));
                    }
                } else if (!tag.isPrivate() && !value.startsWith("<binary")) {
                    String[] values = Attribute.getStringValues(a);
                    for (String v : values == null ? new String[0] : values) {
                        f.addAll(flags.identifyingFlags(v, tag));
                    }
                }
            }
            out.add(new ReleasedAttribute(here, keyword(tag), vr, value, action, rule, f));
            if (a instanceof SequenceAttribute s) {
                for (int i = 0; i < s.getNumberOfItems(); i++) {
                    walk(s.getItem(i).getAttributeList(), here + "[" + i + "]/", actions, flags, out);
                }
            }
        }
    }

    /** Registers the values pixelscrub wrote (and everything inside a sequence it wrote) so that they are not flagged. */
    private static void generated(AttributeList list, String path, Map<String, AppliedAction> actions, boolean inside,
                                  ReleasedFlags flags) {
        for (Attribute a : list.values()) {
            AttributeTag tag = a.getTag();
            String here = path + String.format("(%04X,%04X)", tag.getGroup(), tag.getElement());
            AppliedAction done = actions.get(here);
            boolean mine = inside || tag.getGroup() == 0x0002   // file meta: written fresh by the writer
                    || done != null && GENERATED.contains(label(done));
            if (a instanceof SequenceAttribute s) {
                for (int i = 0; i < s.getNumberOfItems(); i++) {
                    generated(s.getItem(i).getAttributeList(), here + "[" + i + "]/", actions, mine, flags);
                }
            } else if (mine) {
                String[] values = Attribute.getStringValues(a);
                for (String v : values == null ? new String[0] : values) {
                    flags.generated(v);
                }
            }
        }
    }

    private static final Set<String> GENERATED = Set.of("pseudonym", "dummy", "remapped", "set");

    /** The cell that kept an attribute no action touched. */
    private String keptRule(AttributeList list, Attribute a) {
        AttributeTag tag = a.getTag();
        String rule = policy.decide(tag).rule();
        if (tag.isPrivate() && !tag.isPrivateCreator() && safePrivate.isSafe(list.getPrivateCreatorString(tag), tag)) {
            return rule + " (on the safe list)";
        }
        return rule;
    }

    static String label(AppliedAction a) {
        return switch (a.action()) {
            case "Z" -> "emptied";
            case "D" -> a.step() == Step.PSEUDONYM ? "pseudonym" : "dummy";
            case "U" -> "remapped";
            case "C" -> a.step() == Step.DATE_SHIFT ? "date-shifted" : "cleaned";
            case "S" -> "set";
            case "X" -> "removed";
            default -> a.action();
        };
    }

    private static String keyword(AttributeTag tag) {
        String k = AttributeList.getDictionary().getNameFromTag(tag);
        return k == null ? "" : k;
    }
}

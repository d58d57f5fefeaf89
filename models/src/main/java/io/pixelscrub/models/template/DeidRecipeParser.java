package io.pixelscrub.models.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a pydicom-deid recipe ({@code deid.dicom}): FORMAT, %filter sections of LABELs with criteria and
 * coordinates, and header sections. Follows deid's config/utils.py (load_deid, parse_label, parse_member) and
 * dicom/filter.py, with these documented choices:
 * <ul>
 *   <li>Criteria: {@code contains} = case-insensitive regex search, {@code equals} = case-insensitive equality,
 *       {@code notcontains}/{@code notequals} their negations, {@code missing}/{@code present}/{@code empty} on
 *       presence; values tested one by one ({@link ValueMode#ANY_VALUE}).</li>
 *   <li>Each line is one group (deid's documented "inner parentheses"): its inner operators fold left to right with
 *       no precedence ("+" AND, "||" OR), as deid's evaluate_group. Lines then fold left to right by their leading
 *       operator (none = AND), as deid's documentation describes. deid's current code (detect.py) drops the leading
 *       operator of a line, so its lines always AND; we keep the "||", which only ever matches more.</li>
 *   <li>An operator inside a line splits it only when a criterion keyword follows it (deid checks that the rest
 *       contains one), so regex values like "AS+" or "A+B" stay whole.</li>
 *   <li>Sections whitelist → PASS, graylist (greylist) → CLEAN_REGIONS, blacklist → FLAG; any other name →
 *       CLEAN_REGIONS when it has coordinates, else FLAG.</li>
 *   <li>Every matching LABEL applies (deid's has_burned_pixels collects all flagged items and clean_pixel_data
 *       applies all their coordinates), so templates get no exclusive group.</li>
 *   <li>Unknown lines are errors, not warnings, so that no rule is silently lost.</li>
 * </ul>
 */
public final class DeidRecipeParser {

    private static final Set<String> SECTIONS = Set.of("header", "labels", "filter", "values", "fields");
    private static final List<String> HEADER_ACTIONS = List.of("ADD", "BLANK", "JITTER", "KEEP", "REPLACE", "REMOVE", "LABEL", "FIELD", "SPLIT");
    private static final List<String> CRITERIA = List.of("notcontains", "contains", "notequals", "equals", "missing", "present", "empty");
    private static final String US_REGIONS = "from:SequenceOfUltrasoundRegions";

    private final String fileName;
    private final String[] lines;
    private int index;

    private DeidRecipeParser(String text, String fileName) {
        this.fileName = fileName;
        this.lines = text.split("\\R", -1);
    }

    public static DeidRecipe parse(String text, String fileName) {
        return new DeidRecipeParser(text, fileName).recipe();
    }

    /** Whether text looks like a deid recipe (for format detection). */
    public static boolean looksLikeRecipe(String text) {
        for (String l : text.split("\\R")) {
            String t = l.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            return t.toLowerCase(Locale.ROOT).startsWith("format") || t.startsWith("%");
        }
        return false;
    }

    private DeidRecipe recipe() {
        String format = "";
        String section = null;
        String sectionName = null;
        Map<String, List<RegionTemplate>> filters = new LinkedHashMap<>();
        List<DeidHeaderAction> header = new ArrayList<>();
        while (index < lines.length) {
            int lineNo = index + 1;
            String line = lines[index++].strip();
            String upper = line.toUpperCase(Locale.ROOT);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (upper.matches("^FORMAT\\b.*")) {
                format = line.substring(6).split("#", 2)[0].strip().toLowerCase(Locale.ROOT);
            } else if (line.startsWith("%")) {
                String[] parts = line.split("#", 2)[0].strip().split("\\s+", 2);
                section = parts[0].substring(1).toLowerCase(Locale.ROOT);
                sectionName = parts.length > 1 ? parts[1].strip() : null;
                if (!SECTIONS.contains(section)) {
                    throw new TemplateParseException(fileName, lineNo, "unknown section %" + section);
                }
                if (section.equals("filter")) {
                    if (sectionName == null) {
                        throw new TemplateParseException(fileName, lineNo, "%filter needs a name");
                    }
                    filters.computeIfAbsent(sectionName, k -> new ArrayList<>());
                }
            } else if ("filter".equals(section) && upper.startsWith("LABEL")) {
                filters.get(sectionName).add(label(line, lineNo, sectionName));
            } else if (section != null && !section.equals("filter") && startsWithAny(upper, HEADER_ACTIONS)) {
                String[] p = line.split("\\s+", 3);
                header.add(new DeidHeaderAction(sectionName == null ? section : section + " " + sectionName,
                        p[0].toUpperCase(Locale.ROOT), p.length > 1 ? p[1] : "", p.length > 2 ? p[2] : ""));
            } else {
                throw new TemplateParseException(fileName, lineNo, "not understood: " + line);
            }
        }
        return new DeidRecipe(format, filters, header);
    }

    /** One LABEL and its member lines (up to the next LABEL or section, as deid's parse_filter_group). */
    private RegionTemplate label(String labelLine, int labelLineNo, String filterName) {
        String name = labelLine.substring(5).split("#", 2)[0].strip();
        List<TemplateRegion> redact = new ArrayList<>();
        List<TemplateRegion> keep = new ArrayList<>();
        boolean whole = false;
        boolean keepUs = false;
        Condition condition = null;
        while (index < lines.length) {
            String member = lines[index].strip();
            String lower = member.toLowerCase(Locale.ROOT);
            if (lower.startsWith("label") || member.startsWith("%")) {
                break;
            }
            int lineNo = ++index;
            if (member.isEmpty() || member.startsWith("#")) {
                continue;
            }
            if (lower.startsWith("ctpcoordinates") || lower.startsWith("ctpkeepcoordinates")
                    || lower.startsWith("coordinates") || lower.startsWith("keepcoordinates")) {
                String[] kv = member.split("\\s+", 2);
                String kind = kv[0].toLowerCase(Locale.ROOT);
                String value = kv.length > 1 ? kv[1].strip() : "";
                boolean isKeep = kind.contains("keep");
                if (value.equalsIgnoreCase("all")) {
                    if (isKeep) {
                        keep.add(TemplateRegion.whole());
                    } else {
                        whole = true;
                    }
                } else if (value.equals(US_REGIONS) && isKeep) {
                    keepUs = true;
                } else {
                    TemplateRegion r = region(value, kind.startsWith("ctp"), lineNo);
                    (isKeep ? keep : redact).add(r);
                }
                continue;
            }
            boolean or = false;
            if (member.startsWith("+")) {
                member = member.substring(1).strip();
            } else if (member.startsWith("||")) {
                or = true;
                member = member.substring(2).strip();
            }
            if (member.startsWith("#")) {
                continue;
            }
            Condition line = criteriaLine(member, lineNo);
            condition = condition == null ? line : combine(condition, line, or);
        }
        boolean hasRegions = whole || keepUs || !redact.isEmpty() || !keep.isEmpty();
        if (condition == null) {
            condition = new Constant(hasRegions); // deid: no criteria but coordinates -> always
        }
        String group = "deid:" + fileName;
        return new RegionTemplate(group + ":" + labelLineNo, name, group + "#" + name, action(filterName, hasRegions),
                condition, redact, keep, whole, keepUs, null);
    }

    private static TemplateAction action(String filterName, boolean hasRegions) {
        return switch (filterName.toLowerCase(Locale.ROOT)) {
            case "whitelist" -> TemplateAction.PASS;
            case "graylist", "greylist" -> TemplateAction.CLEAN_REGIONS;
            case "blacklist" -> TemplateAction.FLAG;
            default -> hasRegions ? TemplateAction.CLEAN_REGIONS : TemplateAction.FLAG;
        };
    }

    private TemplateRegion region(String value, boolean ctp, int lineNo) {
        String[] p = value.split(",");
        try {
            if (p.length != 4) {
                throw new NumberFormatException("4 numbers expected");
            }
            int a = Integer.parseInt(p[0].strip());
            int b = Integer.parseInt(p[1].strip());
            int c = Integer.parseInt(p[2].strip());
            int d = Integer.parseInt(p[3].strip());
            return ctp ? new TemplateRegion(a, b, c, d) : TemplateRegion.fromCorners(a, b, c, d);
        } catch (IllegalArgumentException e) {
            throw new TemplateParseException(fileName, lineNo, "bad coordinates \"" + value + "\": " + e.getMessage());
        }
    }

    /** A criteria line, possibly with inner "+" / "||", folded left to right. */
    private Condition criteriaLine(String text, int lineNo) {
        Condition acc = null;
        boolean or = false;
        int start = 0;
        int i = 0;
        while (i <= text.length()) {
            int opLen = 0;
            boolean nextOr = false;
            if (i < text.length() && text.startsWith("||", i)) {
                opLen = 2;
                nextOr = true;
            } else if (i < text.length() && text.charAt(i) == '+') {
                opLen = 1;
            }
            boolean split = i == text.length() || (opLen > 0 && startsWithCriterion(text.substring(i + opLen).stripLeading()));
            if (split) {
                Condition c = criterion(text.substring(start, i).strip(), lineNo);
                acc = acc == null ? c : combine(acc, c, or);
                or = nextOr;
                start = i + Math.max(opLen, 1);
                i = start;
                if (opLen == 0) {
                    break;
                }
            } else {
                i++;
            }
        }
        return acc;
    }

    private Condition criterion(String text, int lineNo) {
        String[] p = text.split("\\s+", 3);
        String op = p[0].toLowerCase(Locale.ROOT);
        if (!CRITERIA.contains(op) || p.length < 2) {
            throw new TemplateParseException(fileName, lineNo, "bad criterion: " + text);
        }
        String field = DicomKeywords.resolve(p[1]);
        if (op.equals("missing") || op.equals("present") || op.equals("empty")) {
            if (p.length > 2) {
                throw new TemplateParseException(fileName, lineNo, op + " takes only a field: " + text);
            }
            Operator o = op.equals("missing") ? Operator.MISSING : op.equals("present") ? Operator.PRESENT : Operator.EMPTY;
            return new AttributeTest(field, o, null, ValueMode.ANY_VALUE);
        }
        if (p.length < 3) {
            throw new TemplateParseException(fileName, lineNo, op + " needs a field and a value: " + text);
        }
        Operator o = op.endsWith("contains") ? Operator.REGEX_IGNORE_CASE : Operator.EQUALS_IGNORE_CASE;
        Condition test;
        try {
            test = new AttributeTest(field, o, p[2].strip(), ValueMode.ANY_VALUE);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new TemplateParseException(fileName, lineNo, "bad regular expression: " + e.getMessage());
        }
        return op.startsWith("not") ? new Not(test) : test;
    }

    private static boolean startsWithCriterion(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        for (String c : CRITERIA) {
            if (l.startsWith(c) && (l.length() == c.length() || Character.isWhitespace(l.charAt(c.length())))) {
                return true;
            }
        }
        return false;
    }

    /** Left-to-right fold; flattens runs of the same operator for readable explanations. */
    private static Condition combine(Condition acc, Condition next, boolean or) {
        if (or) {
            List<Condition> parts = new ArrayList<>(acc instanceof AnyOf a ? a.parts() : List.of(acc));
            parts.add(next);
            return new AnyOf(parts);
        }
        List<Condition> parts = new ArrayList<>(acc instanceof AllOf a ? a.parts() : List.of(acc));
        parts.add(next);
        return new AllOf(parts);
    }

    private static boolean startsWithAny(String upper, List<String> words) {
        for (String w : words) {
            if (upper.startsWith(w)) {
                return true;
            }
        }
        return false;
    }
}

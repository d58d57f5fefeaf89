package io.pixelscrub.models.template;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an RSNA CTP {@code DicomPixelAnonymizer.script}: signatures "{ expression }", each followed by regions
 * "(x,y,w,h)" up to the next signature, as CTP's PixelScript.getSignatures. All other text is commentary; the
 * last non-blank line of it before a signature becomes the template name. Unlike CTP, a parenthesised group
 * between signatures that is not a 4-number region is an error instead of a logged skip.
 * All templates of one script share an exclusive group: CTP applies only the first matching signature.
 */
public final class CtpScriptParser {

    private static final Pattern SCRIPT = Pattern.compile("\\{[^}]*}");
    private static final Pattern REGION = Pattern.compile("\\(([^)]*)\\)");

    private CtpScriptParser() {
    }

    /** @param fileName name used in ids and sources, e.g. "DicomPixelAnonymizer.script" */
    public static List<RegionTemplate> parse(String text, String fileName) {
        List<RegionTemplate> out = new ArrayList<>();
        String group = "ctp:" + fileName;
        Matcher m = SCRIPT.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        int previousEnd = 0;
        for (int i = 0; i < spans.size(); i++) {
            int start = spans.get(i)[0];
            int end = spans.get(i)[1];
            int nextStart = i + 1 < spans.size() ? spans.get(i + 1)[0] : text.length();
            int line = lineOf(text, start);
            String where = fileName + ":" + line;
            Condition condition = CtpExpressionParser.parse(text.substring(start + 1, end - 1), where);
            String regionText = text.substring(end, nextStart);
            List<TemplateRegion> regions = regions(regionText, fileName, lineOf(text, end));
            String name = nameBefore(text.substring(previousEnd, start));
            if (name.isEmpty() && !out.isEmpty()) {
                name = out.get(out.size() - 1).name(); // several signatures under one heading
            }
            int number = i + 1;
            out.add(new RegionTemplate(group + ":" + line, name, group + "#" + number, TemplateAction.CLEAN_REGIONS,
                    condition, regions, List.of(), false, false, group));
            previousEnd = end + regionsEnd(regionText);
        }
        return out;
    }

    private static List<TemplateRegion> regions(String s, String fileName, int firstLine) {
        List<TemplateRegion> out = new ArrayList<>();
        Matcher r = REGION.matcher(s);
        while (r.find()) {
            String[] parts = r.group(1).split(",");
            try {
                if (parts.length != 4) {
                    throw new NumberFormatException("4 numbers expected");
                }
                out.add(new TemplateRegion(num(parts[0]), num(parts[1]), num(parts[2]), num(parts[3])));
            } catch (IllegalArgumentException e) {
                throw new TemplateParseException(fileName, firstLine + lineOf(s, r.start()) - 1,
                        "bad region \"" + r.group() + "\": " + e.getMessage());
            }
        }
        return out;
    }

    /** End of the last region in the text between two signatures; commentary after it names the next one. */
    private static int regionsEnd(String s) {
        Matcher r = REGION.matcher(s);
        int end = 0;
        while (r.find()) {
            end = r.end();
        }
        return end;
    }

    private static int num(String s) { return Integer.parseInt(s.trim()); }

    private static String nameBefore(String commentary) {
        String[] lines = commentary.split("\\R");
        for (int i = lines.length - 1; i >= 0; i--) {
            String l = lines[i].trim();
            if (!l.isEmpty() && !l.matches("\\*+")) {
                return l;
            }
        }
        return "";
    }

    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}

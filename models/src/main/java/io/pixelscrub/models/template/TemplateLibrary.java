package io.pixelscrub.models.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** An ordered set of region templates from one or more rule files; order matters for CTP's first-match rule. */
public final class TemplateLibrary {

    /** Resource folder of the shipped rule files. */
    public static final String RESOURCE_DIR = "io/pixelscrub/models/templates/";
    /** Shipped files, in evaluation order. */
    public static final List<String> BUILT_IN = List.of("DicomPixelAnonymizer.script", "deid.dicom", "pixelscrub.json");

    private final List<RegionTemplate> templates;

    public TemplateLibrary(List<RegionTemplate> templates) {
        this.templates = List.copyOf(templates);
        Set<String> ids = new HashSet<>();
        for (RegionTemplate t : this.templates) {
            if (!ids.add(t.id())) {
                throw new IllegalArgumentException("duplicate template id " + t.id());
            }
        }
    }

    /** The rules shipped in the jar: CTP's script, deid's recipe, and pixelscrub's own additions. */
    public static TemplateLibrary builtIn() {
        List<RegionTemplate> all = new ArrayList<>();
        for (String name : BUILT_IN) {
            try (InputStream in = TemplateLibrary.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + name)) {
                if (in == null) {
                    throw new IllegalStateException("missing built-in template resource " + name);
                }
                all.addAll(parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new TemplateLibrary(all);
    }

    /** Loads rule files in the given order; the format comes from the extension or, failing that, the content. */
    public static TemplateLibrary load(Path... files) {
        List<RegionTemplate> all = new ArrayList<>();
        for (Path f : files) {
            try {
                all.addAll(parse(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new TemplateLibrary(all);
    }

    /** Parses one rule file's text: .script = CTP, .json = pixelscrub, deid recipe by its FORMAT/% lines. */
    public static List<RegionTemplate> parse(String fileName, String text) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".script")) {
            return CtpScriptParser.parse(text, fileName);
        }
        if (lower.endsWith(".json") || text.stripLeading().startsWith("{\"") || text.stripLeading().startsWith("{\n")) {
            return JsonTemplateFormat.read(text, fileName);
        }
        if (lower.startsWith("deid") || DeidRecipeParser.looksLikeRecipe(text)) {
            return DeidRecipeParser.parse(text, fileName).templates();
        }
        if (text.contains("{") && text.contains("}")) {
            return CtpScriptParser.parse(text, fileName);
        }
        throw new TemplateParseException(fileName + ": unknown template format", null);
    }

    /** All templates in evaluation order. */
    public List<RegionTemplate> list() { return templates; }

    /** A library with these templates after the current ones. */
    public TemplateLibrary plus(TemplateLibrary other) {
        List<RegionTemplate> all = new ArrayList<>(templates);
        all.addAll(other.templates);
        return new TemplateLibrary(all);
    }

    /** Template count per source file, keyed "ctp:FILE", "deid:FILE", "pixelscrub:FILE", in load order. */
    public Map<String, Integer> countsBySource() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (RegionTemplate t : templates) {
            int hash = t.source().indexOf('#');
            counts.merge(hash < 0 ? t.source() : t.source().substring(0, hash), 1, Integer::sum);
        }
        return counts;
    }
}

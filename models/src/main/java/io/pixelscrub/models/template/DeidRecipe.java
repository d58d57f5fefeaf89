package io.pixelscrub.models.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed deid recipe: its pixel filters as templates and its header actions.
 *
 * @param format        the FORMAT line ("dicom"), "" when absent
 * @param filters       filter section name ("whitelist", "graylist", "blacklist", ...) to its LABELs, in file order
 * @param headerActions the lines of the other sections (%header, %values, %fields, ...)
 */
public record DeidRecipe(String format, Map<String, List<RegionTemplate>> filters, List<DeidHeaderAction> headerActions) {

    public DeidRecipe {
        Map<String, List<RegionTemplate>> copy = new LinkedHashMap<>();
        filters.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        filters = java.util.Collections.unmodifiableMap(copy);
        headerActions = List.copyOf(headerActions);
    }

    /** All LABELs as templates, in file order. */
    public List<RegionTemplate> templates() {
        List<RegionTemplate> out = new ArrayList<>();
        filters.values().forEach(out::addAll);
        return out;
    }
}

package io.pixelscrub.detector.template;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.models.Box;
import io.pixelscrub.models.HeaderView;
import io.pixelscrub.models.template.ConditionResult;
import io.pixelscrub.models.template.RegionTemplate;
import io.pixelscrub.models.template.TemplateAction;
import io.pixelscrub.models.template.TemplateLibrary;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Matches region templates against a header: a pure function of (header, image size, templates), no I/O.
 * Templates are evaluated in library order. In an exclusive group (one CTP script) only the first matching
 * template applies, as CTP's PixelScript.getMatchingSignature; templates without a group (deid LABELs, by default
 * pixelscrub's own) all apply when they match, as deid's has_burned_pixels/clean_pixel_data. Only CLEAN_REGIONS
 * templates produce findings; FLAG and PASS matches are reported by {@link #explain}.
 */
public final class TemplateDetector {

    private final List<RegionTemplate> templates;
    /** Ids of the overlay-plane rules, decided once: explain runs for every file. */
    private final Set<String> overlayPlaneRules = new HashSet<>();

    public TemplateDetector(TemplateLibrary library) {
        this.templates = library.list();
        templates.stream().filter(RegionTemplate::describesOverlayPlane).forEach(t -> overlayPlaneRules.add(t.id()));
    }

    /** One PHI finding per box of every applied CLEAN_REGIONS template (all frames, confidence 1, reason = id). */
    public List<Finding> detect(HeaderView header, int rows, int columns) {
        List<Finding> out = new ArrayList<>();
        for (TemplateMatch m : explain(header, rows, columns)) {
            if (m.applied() && m.action() == TemplateAction.CLEAN_REGIONS) {
                for (Box b : m.boxes()) {
                    out.add(new Finding(b, Set.of(), FindingSource.TEMPLATE, Verdict.PHI, 1.0, m.templateId()));
                }
            }
        }
        return out;
    }

    /** Every template with its outcome and explanation, in evaluation order. */
    public List<TemplateMatch> explain(HeaderView header, int rows, int columns) {
        List<TemplateMatch> out = new ArrayList<>(templates.size());
        Set<String> groupsTaken = new HashSet<>();
        for (RegionTemplate t : templates) {
            ConditionResult r = t.condition().evaluate(header);
            boolean shadowed = t.exclusiveGroup() != null && groupsTaken.contains(t.exclusiveGroup());
            // An overlay rule neither blacks out pixels nor takes its group: a later rule in the same script, written
            // for the pixel data, still applies (CTP would have stopped at the overlay rule and redacted less).
            boolean overlayPlane = overlayPlaneRules.contains(t.id());
            boolean applied = r.matched() && !shadowed && !overlayPlane;
            if (applied && t.exclusiveGroup() != null) {
                groupsTaken.add(t.exclusiveGroup());
            }
            String why = r.explanation();
            if (r.matched() && shadowed) {
                why += " [not applied: an earlier template in " + t.exclusiveGroup() + " matched first]";
            } else if (r.matched() && overlayPlane) {
                why += " [not applied to the pixel data: it tests only overlay attributes, so its regions lie in an"
                        + " overlay plane, which is removed whole (Clean Graphics)]";
            }
            List<Box> boxes = applied ? TemplateRegions.boxes(t, header, rows, columns) : List.of();
            out.add(new TemplateMatch(t.id(), t.name(), t.source(), t.action(), r.matched(), applied,
                    r.matched() && !shadowed && overlayPlane, why, boxes));
        }
        return out;
    }
}

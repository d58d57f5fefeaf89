package io.pixelscrub.detector.template;

import io.pixelscrub.models.Box;
import io.pixelscrub.models.template.RegionTemplate;
import io.pixelscrub.models.template.TemplateAction;
import java.util.List;

/**
 * How one template fared against one header, for "templates test FILE" and audit.
 *
 * @param templateId  the template's id
 * @param name        its human label
 * @param source      where it came from
 * @param action      what it asks for
 * @param matched     whether its condition holds
 * @param applied     whether it took effect: matched, not shadowed by an earlier match in its exclusive group, and not
 *                    an overlay-plane rule
 * @param overlayPlane matched, but an overlay-plane rule ({@link RegionTemplate#describesOverlayPlane()}): left to
 *                    overlay removal
 * @param explanation why, in attribute names and operators only (no header values)
 * @param boxes       the boxes it cleans when applied (empty otherwise)
 */
public record TemplateMatch(String templateId, String name, String source, TemplateAction action, boolean matched,
                            boolean applied, boolean overlayPlane, String explanation, List<Box> boxes) {

    public TemplateMatch {
        boxes = List.copyOf(boxes);
    }

    /** One word for listings: applies, overlay (matched, but an overlay-plane rule), shadowed, or no. */
    public String outcome() {
        return applied ? "APPLIES" : overlayPlane ? "overlay" : matched ? "shadowed" : "no";
    }
}

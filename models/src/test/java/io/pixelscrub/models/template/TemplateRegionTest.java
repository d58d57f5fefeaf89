package io.pixelscrub.models.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.models.Box;
import org.junit.jupiter.api.Test;

class TemplateRegionTest {

    @Test
    void negativeOffsetsCountFromRightAndBottom() {
        assertEquals(new Box(540, 430, 100, 50), new TemplateRegion(-100, -50, 100, 50).resolve(480, 640));
        // wider than what is left: clipped at the edge, as CTP
        assertEquals(new Box(600, 0, 40, 10), new TemplateRegion(-40, 0, 100, 10).resolve(480, 640));
        // more negative than the image: starts at 0
        assertEquals(new Box(0, 0, 20, 10), new TemplateRegion(-700, 0, 20, 10).resolve(480, 640));
    }

    @Test
    void edgeExtendsToTheImageBorder() {
        assertEquals(new Box(100, 0, 540, 480), new TemplateRegion(100, 0, TemplateRegion.TO_EDGE, TemplateRegion.TO_EDGE).resolve(480, 640));
        assertEquals(new Box(0, 460, 640, 20), new TemplateRegion(0, -20, TemplateRegion.TO_EDGE, 20).resolve(480, 640));
        assertEquals(new Box(0, 0, 640, 480), TemplateRegion.whole().resolve(480, 640));
    }

    @Test
    void outsideTheImageIsEmpty() {
        assertTrue(new TemplateRegion(700, 0, 10, 10).resolve(480, 640).isEmpty());
        assertEquals(new Box(0, 0, 640, 480), new TemplateRegion(0, 0, Integer.MAX_VALUE, Integer.MAX_VALUE).resolve(480, 640));
        assertThrows(IllegalArgumentException.class, () -> new TemplateRegion(0, 0, -2, 1));
    }

    @Test
    void deidCorners() {
        assertEquals(new TemplateRegion(450, 0, 222, 85), TemplateRegion.fromCorners(450, 0, 672, 85));
    }
}

package io.pixelscrub.models.template;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateLibraryTest {

    @Test
    void builtInHasTheShippedFilesInOrder() {
        TemplateLibrary lib = TemplateLibrary.builtIn();
        // 52 CTP signatures + 118 deid LABELs (see the parser tests for how these are counted); pixelscrub.json is empty.
        assertEquals(Map.of("ctp:DicomPixelAnonymizer.script", 52, "deid:deid.dicom", 118), lib.countsBySource());
        assertEquals(List.of("ctp:DicomPixelAnonymizer.script", "deid:deid.dicom"), List.copyOf(lib.countsBySource().keySet()));
        assertEquals(170, lib.list().size());
    }

    @Test
    void shippedRuleFilesAreVerbatimCopies() throws IOException {
        for (String name : List.of(ReferenceRules.CTP, ReferenceRules.DEID)) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(TemplateLibrary.RESOURCE_DIR + name)) {
                assertArrayEquals(Files.readAllBytes(ReferenceRules.path(name)), in.readAllBytes(), name);
            }
        }
    }

    @Test
    void loadDetectsFormats(@TempDir Path dir) throws IOException {
        Path recipe = Files.writeString(dir.resolve("my.recipe"), "# mine\nFORMAT dicom\n%filter graylist\nLABEL a\n  equals Rows 1\n  coordinates all\n");
        Path json = Files.writeString(dir.resolve("mine.json"), "{\"templates\":[{\"id\":\"b\",\"wholeImage\":true}]}");
        Path ctp = Files.writeString(dir.resolve("x.script"), "Title\n{ Rows.equals(\"1\") }\n(0,0,1,1)\n");
        TemplateLibrary lib = TemplateLibrary.load(recipe, json, ctp);
        assertEquals(List.of("deid:my.recipe", "pixelscrub:mine.json", "ctp:x.script"), List.copyOf(lib.countsBySource().keySet()));
        assertEquals(List.of(TemplateAction.CLEAN_REGIONS, TemplateAction.CLEAN_REGIONS, TemplateAction.CLEAN_REGIONS),
                lib.list().stream().map(RegionTemplate::action).toList());
        Path unknown = Files.writeString(dir.resolve("notes.txt"), "just words\n");
        assertThrows(TemplateParseException.class, () -> TemplateLibrary.load(unknown));
        assertThrows(IllegalArgumentException.class, () -> TemplateLibrary.load(json, json));
    }
}

package io.pixelscrub.models.template;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the three region-template readers behind {@code --templates}: CTP {@code DicomPixelAnonymizer.script},
 * pydicom-deid recipes and pixelscrub JSON. A bad file must be refused with {@link TemplateParseException} (one line,
 * exit 2); anything else thrown, a hang (a regular expression from the file included) or running out of memory is a
 * finding. Seeds: {@code testdata/reference-rules} and small hand-written files, in
 * {@code TemplateParsersFuzzTestInputs/<method>/}.
 */
class TemplateParsersFuzzTest {

    @FuzzTest
    void ctpScript(byte[] bytes) {
        try {
            CtpScriptParser.parse(new String(bytes, StandardCharsets.UTF_8), "fuzz.script");
        } catch (TemplateParseException refused) {
            // clean
        }
    }

    @FuzzTest
    void deidRecipe(byte[] bytes) {
        try {
            DeidRecipeParser.parse(new String(bytes, StandardCharsets.UTF_8), "deid.fuzz");
        } catch (TemplateParseException refused) {
            // clean
        }
    }

    @FuzzTest
    void jsonTemplates(byte[] bytes) {
        try {
            JsonTemplateFormat.read(new String(bytes, StandardCharsets.UTF_8), "fuzz.json");
        } catch (TemplateParseException refused) {
            // clean
        }
    }
}

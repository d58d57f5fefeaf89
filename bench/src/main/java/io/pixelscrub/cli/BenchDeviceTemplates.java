package io.pixelscrub.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.TagFromName;
import io.pixelscrub.testdata.synthetic.truth.Box;
import io.pixelscrub.scrubber.dicom.DicomFileReader;
import io.pixelscrub.scrubber.dicom.DicomInput;
import io.pixelscrub.testdata.large.LargeImages;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The region templates a curator would have written for the bench's extra files, as pixelscrub JSON: one template per
 * manufacturer, size and header bar, redacting the bar. A templates-only bench run uses them, so that it measures what
 * such a run does to a collection whose device is known (match, fill the bar, re-encode), not a run where nothing
 * matches and every file is copied.
 */
final class BenchDeviceTemplates {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchDeviceTemplates() {
    }

    static String headerBars(List<LargeImages.Written> files) throws IOException {
        Map<String, ObjectNode> byDevice = new LinkedHashMap<>();
        for (LargeImages.Written w : files) {
            String manufacturer;
            try (DicomInput in = DicomFileReader.open(w.file())) {
                manufacturer = Attribute.getSingleStringValueOrEmptyString(in.header(), TagFromName.Manufacturer);
            } catch (IOException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException("cannot read the generated file " + w.file().getFileName(), e);
            }
            Box bar = w.headerBar();
            String key = manufacturer + "|" + w.truth().rows() + "|" + w.truth().columns() + "|" + bar;
            byDevice.computeIfAbsent(key, k -> template("bench-device-" + (byDevice.size() + 1), manufacturer,
                    w.truth().rows(), w.truth().columns(), bar));
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("description", "The header bar of the bench's generated 640x480 ultrasound device, by manufacturer and size.");
        ArrayNode list = root.putArray("templates");
        byDevice.values().forEach(list::add);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static ObjectNode template(String id, String manufacturer, int rows, int columns, Box bar) {
        ObjectNode t = JSON.createObjectNode();
        t.put("id", id);
        t.put("name", "generated ultrasound header bar");
        ArrayNode all = t.putObject("when").putArray("all");
        all.addObject().put("attr", "Manufacturer").put("equals", manufacturer);
        all.addObject().put("attr", "Rows").put("equals", Integer.toString(rows));
        all.addObject().put("attr", "Columns").put("equals", Integer.toString(columns));
        t.putArray("redact").addArray().add(bar.x()).add(bar.y()).add(bar.width()).add(bar.height());
        return t;
    }
}

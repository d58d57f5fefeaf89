package io.pixelscrub.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelscrub.detector.Finding;
import io.pixelscrub.scrubber.dicom.DicomFileReader;
import io.pixelscrub.scrubber.dicom.DicomInput;
import io.pixelscrub.scrubber.induce.DeviceKey;
import io.pixelscrub.scrubber.pipeline.FileOutcome;
import io.pixelscrub.scrubber.pipeline.FileStatus;
import io.pixelscrub.scrubber.pipeline.InputFiles;
import io.pixelscrub.scrubber.pipeline.SampleCheck;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code --redact templates} with {@code --check-sample F}: which files text detection checks, and what it found there
 * outside the applied templates. Devices are read from the headers first (stopping before the pixel data), so that each
 * device gets at least one checked file; the sample is a function of the relative paths and the seed, so runs repeat.
 */
final class CheckSampling {
    /** Exit code of a run whose sample check found PHI outside the applied templates. */
    static final int EXIT_PHI_OUTSIDE_TEMPLATES = 4;
    static final String SEED = "pixelscrub-check-sample/1";

    private final double fraction;
    private final Set<Path> sample;
    private final Map<Path, String> devices;
    private final int deviceCount;
    private List<SampleCheck.Miss> misses = List.of();

    private CheckSampling(double fraction, Set<Path> sample, Map<Path, String> devices, int deviceCount) {
        this.fraction = fraction;
        this.sample = sample;
        this.devices = devices;
        this.deviceCount = deviceCount;
    }

    static CheckSampling choose(List<InputFiles.Entry> files, double fraction) {
        Map<Path, String[]> keys = new LinkedHashMap<>();
        Map<Path, String> devices = new HashMap<>();
        for (InputFiles.Entry e : files) {
            String device = null;
            try (DicomInput in = DicomFileReader.open(e.file())) {
                device = DeviceKey.of(in.header()).label();
            } catch (Exception | LinkageError unreadable) {
                // the run quarantines it with its reason; it cannot be checked
            }
            keys.put(e.file(), new String[] {e.relative().toString(), device});
            if (device != null) {
                devices.put(e.file(), device);
            }
        }
        return new CheckSampling(fraction, SampleCheck.choose(keys, fraction, SEED), devices,
                new TreeSet<>(devices.values()).size());
    }

    boolean inSample(Path file) {
        return sample.contains(file);
    }

    /** After the run: the sampled files where detection found PHI outside the applied templates, one line each on err. */
    int check(List<FileOutcome> outcomes, PrintStream out, PrintStream err) {
        List<SampleCheck.Miss> found = new ArrayList<>();
        int checked = 0;
        for (FileOutcome o : outcomes) {
            if (!sample.contains(o.input()) || o.status().failed() || o.status() == FileStatus.ALREADY_DONE) {
                continue;
            }
            checked++;
            List<Finding> outside = SampleCheck.outsideTemplates(o);
            if (!outside.isEmpty()) {
                found.add(new SampleCheck.Miss(o.input(), devices.get(o.input()), outside));
                for (Finding f : outside) {
                    err.println("pixelscrub: " + o.input() + ": sample check: PHI outside the templates at " + box(f)
                            + " (" + devices.get(o.input()) + "; " + f.reason() + ")");
                }
            }
        }
        misses = found;
        out.printf("sample check: text detection on %d of %d file(s) (%.1f %%, at least one per device, %d device(s)): %s%n",
                checked, outcomes.size(), 100.0 * fraction, deviceCount,
                found.isEmpty() ? "no PHI outside the templates" : found.size() + " file(s) with PHI outside the templates (exit "
                        + EXIT_PHI_OUTSIDE_TEMPLATES + ")");
        return found.isEmpty() ? 0 : EXIT_PHI_OUTSIDE_TEMPLATES;
    }

    /** The report's {@code sampleCheck} section (since 1.4). */
    void write(ObjectNode root, List<FileOutcome> outcomes) {
        ObjectNode n = root.putObject("sampleCheck");
        n.put("fraction", fraction);
        n.put("seed", SEED);
        n.put("devices", deviceCount);
        n.put("sampled", outcomes.stream().filter(o -> sample.contains(o.input())).count());
        ArrayNode list = n.putArray("phiOutsideTemplates");
        for (SampleCheck.Miss m : misses) {
            ObjectNode x = list.addObject();
            x.put("input", m.input().toString());
            x.put("device", m.device());
            ArrayNode boxes = x.putArray("findings");
            for (Finding f : m.outside()) {
                ObjectNode b = boxes.addObject();
                ObjectNode box = b.putObject("box");
                box.put("x", f.box().x()).put("y", f.box().y()).put("width", f.box().width()).put("height", f.box().height());
                if (f.appliesToAllFrames()) {
                    b.put("frames", "all");
                } else {
                    ArrayNode fr = b.putArray("frames");
                    new TreeSet<>(f.frames()).forEach(fr::add);
                }
                b.put("rule", f.reason());
            }
        }
    }

    private static String box(Finding f) {
        return f.box().x() + "," + f.box().y() + " " + f.box().width() + "x" + f.box().height()
                + (f.appliesToAllFrames() ? "" : " frames " + new TreeSet<>(f.frames()));
    }
}

package io.pixelscrub.cli.induce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pixelscrub.cli.ReviewTestSupport;
import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.template.TemplateDetector;
import io.pixelscrub.models.Box;
import io.pixelscrub.models.template.JsonTemplateFormat;
import io.pixelscrub.models.template.TemplateLibrary;
import io.pixelscrub.scrubber.dicom.AttributeListHeaderView;
import io.pixelscrub.scrubber.dicom.DicomFileReader;
import io.pixelscrub.scrubber.dicom.DicomInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Numbers for template induction (issue #16) on generated collections not used for tuning (the tests use seeds
 * 20261204, 77 and 4242; run this with others). Not a test. For each seed: the four devices of {@link DeviceCollection}
 * (four with enough images, two of them with the same picture size and different layouts, one of those with a frame
 * counter and a patient's weight; one with too few); templates induced from TRAIN patients (2 images each) per device;
 * then on HELD held-out patients per device (one image each, never seen by induction): the share of PHI line pixels
 * the templates cover, PHI lines fully covered, and the share of device-label pixels they cover (wrongly). Then the
 * speed of {@code scrub --redact templates --templates proposed.json} (detection on a 1 % sample, at least one file
 * per device) against {@code scrub} with full detection and the same templates, on the held-out images, 2 threads.
 * From {@code cli/} after {@code mvn -o install -DskipTests}:
 * <pre>
 * mvn -q -o dependency:build-classpath -Dmdep.outputFile=cp.txt
 * OMP_THREAD_LIMIT=1 java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     io.pixelscrub.cli.induce.InduceBenchmark SEED [TRAIN_PATIENTS] [HELD_PATIENTS]
 * </pre>
 */
public final class InduceBenchmark {

    public static void main(String[] args) throws Exception {
        long seedArg = args.length > 0 ? Long.parseLong(args[0]) : 31;
        int trainPatients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int heldPatients = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Path tmp = Files.createTempDirectory("pixelscrub-induce-bench");
        Path train = Files.createDirectories(tmp.resolve("train"));
        Path held = Files.createDirectories(tmp.resolve("held-out"));
        SplittableRandom r = new SplittableRandom(seedArg);
        long seed = seedArg * 100_000;
        List<DeviceCollection.Image> heldOut = new ArrayList<>();
        for (DeviceCollection.Device device : DeviceCollection.DEVICES) {
            boolean tooFew = device.model().equals("Tiny");
            for (int p = 0; p < (tooFew ? 1 : trainPatients); p++) {
                DeviceCollection.Patient patient = DeviceCollection.patient(r);
                for (int i = 0; i < 2; i++) {
                    DeviceCollection.write(device, patient, i, seed++, train);
                }
            }
            for (int p = 0; p < heldPatients; p++) {
                heldOut.add(DeviceCollection.write(device, DeviceCollection.patient(r), 0, seed++, held));
            }
        }
        Path proposed = tmp.resolve("proposed.json");
        long t0 = System.nanoTime();
        ReviewTestSupport.Result induce = ReviewTestSupport.run("templates", "induce", train.toString(), "-o", proposed.toString(),
                "--threads", "2");
        double induceS = (System.nanoTime() - t0) / 1e9;
        System.out.print(induce.out());
        TemplateLibrary library = new TemplateLibrary(JsonTemplateFormat.read(Files.readString(proposed), "proposed.json"));
        TemplateDetector detector = new TemplateDetector(library);
        long phiPx = 0, phiCovered = 0, devicePx = 0, deviceCovered = 0;
        int phiLines = 0, phiLinesCovered = 0, smallPhiLines = 0, smallPhiLinesCovered = 0;
        for (DeviceCollection.Image image : heldOut) {
            List<Box> regions;
            try (DicomInput in = DicomFileReader.open(image.file())) {
                regions = detector.detect(new AttributeListHeaderView(in.header()), in.module().orElseThrow().rows(),
                        in.module().orElseThrow().columns()).stream().map(Finding::box).toList();
            }
            boolean small = image.device().contains("Tiny");
            for (DeviceCollection.Line line : image.lines()) {
                long covered = TemplatesInduceTest.coveredPixels(line.box(), regions);
                if (line.kind() == DeviceCollection.Kind.PHI) {
                    if (small) {
                        smallPhiLines++;
                        smallPhiLinesCovered += covered == line.box().area() ? 1 : 0;
                        continue;
                    }
                    phiPx += line.box().area();
                    phiCovered += covered;
                    phiLines++;
                    phiLinesCovered += covered == line.box().area() ? 1 : 0;
                    if (covered < line.box().area()) {
                        System.out.printf("  partly covered: %s line %d (%d chars) at %s: %.1f %%%n", image.device(),
                                image.lines().indexOf(line), line.text().length(), line.box(), 100.0 * covered / line.box().area());
                    }
                } else {
                    devicePx += line.box().area();
                    deviceCovered += covered;
                }
            }
        }
        System.out.printf("seed %d: %d templates from %d training images (%.1f s); held-out: %d images of %d patients per device%n",
                seedArg, library.list().size(), Files.list(train).count(), induceS, heldOut.size(), heldPatients);
        System.out.printf("PHI of held-out instances covered (devices with a template): %.2f %% of pixels, %d / %d lines fully%n",
                100.0 * phiCovered / phiPx, phiLinesCovered, phiLines);
        System.out.printf("device-only area covered (wrongly): %.2f %% (%d / %d px)%n", 100.0 * deviceCovered / devicePx,
                deviceCovered, devicePx);
        System.out.printf("device with too few images: %d / %d PHI lines covered (expected 0: no template)%n",
                smallPhiLinesCovered, smallPhiLines);
        double sampled = fps(tmp, held, "sampled", proposed, "--redact", "templates");
        double full = fps(tmp, held, "full", proposed);
        System.out.printf("frames/s: templates-only with 1 %% sample checking %.1f, full detection %.1f (x%.1f)%n",
                sampled, full, sampled / full);
    }

    private static double fps(Path tmp, Path in, String name, Path templates, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("scrub", in.toString(), "-o", tmp.resolve("out-" + name).toString(),
                "--templates", templates.toString(), "--report", tmp.resolve(name + ".json").toString(), "--no-thumbnails",
                "--no-headers", "--threads", "2"));
        args.addAll(List.of(extra));
        ReviewTestSupport.Result r = ReviewTestSupport.run(args.toArray(String[]::new));
        JsonNode report = new ObjectMapper().readTree(tmp.resolve(name + ".json").toFile());
        JsonNode s = report.get("summary");
        System.out.printf("%s: exit %d, %d frames in %.1f s%s%n", name, r.code(), s.get("frames").asInt(),
                s.get("elapsedMs").asLong() / 1000.0, report.has("sampleCheck") ? ", sample check " + report.get("sampleCheck") : "");
        return s.get("framesPerSecond").asDouble();
    }
}

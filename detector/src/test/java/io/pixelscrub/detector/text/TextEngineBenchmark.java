package io.pixelscrub.detector.text;

import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.detector.image.DisplayMapper;
import io.pixelscrub.detector.image.RawFrame;
import io.pixelscrub.models.Box;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reproducible numbers for the text engine on synthetic scenes (not a test; timings on a shared machine are noisy,
 * so each is the median of several runs). Run from {@code detector/} with the test classpath:
 * <pre>
 * mvn -q -o dependency:build-classpath -Dmdep.outputFile=cp.txt
 * OMP_THREAD_LIMIT=1 java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     io.pixelscrub.detector.text.TextEngineBenchmark [detect|coverage|ocr] [runs]
 * </pre>
 */
public final class TextEngineBenchmark {

    public static void main(String[] args) {
        String what = args.length > 0 ? args[0] : "all";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        if (what.equals("all") || what.equals("coverage")) coverage();
        if (what.equals("all") || what.equals("detect")) detectTimes(runs);
        if (what.equals("all") || what.equals("ocr")) ocr();
    }

    /** Lines fully covered, false positives, per model and display size, on the primary rendering of RGB scenes. */
    static void coverage() {
        DisplayMapper mapper = new DisplayMapper();
        for (DbnetModel model : DbnetModel.values()) {
            try (DbnetTextLocator locator = new DbnetTextLocator(DbnetSettings.defaults().withModel(model).withThreads(2))) {
                for (int[] size : new int[][] {{640, 480}, {1024, 768}}) {
                    int lines = 0, covered = 0;
                    long fp = 0;
                    List<String> missed = new ArrayList<>();
                    for (SceneCatalogue.Named n : SceneCatalogue.all(size[0], size[1])) {
                        List<Box> boxes = boxes(locator, mapper.render(n.scene().rgb8()).get(0));
                        for (Scene.Drawn d : n.scene().drawn()) {
                            lines++;
                            if (Coverage.uncovered(d.truth(), boxes) == 0) covered++; else missed.add(n.name() + "/" + d.fontSize() + "px");
                        }
                        fp += Coverage.falsePositives(boxes, n.scene().drawn());
                    }
                    long freeBoxes = 0;
                    for (SceneCatalogue.Named n : SceneCatalogue.textFree(size[0], size[1])) {
                        freeBoxes += boxes(locator, mapper.render(n.scene().grey8()).get(0)).size();
                    }
                    System.out.printf("coverage %s %dx%d: %d/%d lines fully covered, %d false boxes in text scenes, %d boxes on %d text-free frames; missed %s%n",
                            model, size[0], size[1], covered, lines, fp, freeBoxes, SceneCatalogue.textFree(size[0], size[1]).size(), missed);
                }
                Scene large = SceneCatalogue.large(2400, 2000);
                List<Box> boxes = boxes(locator, mapper.render(large.rgb8()).get(0));
                long ok = large.drawn().stream().filter(d -> Coverage.uncovered(d.truth(), boxes) == 0).count();
                System.out.printf("coverage %s 2400x2000 10px: %d/%d lines, %d false boxes%n", model, ok, large.drawn().size(),
                        Coverage.falsePositives(boxes, large.drawn()));
            }
        }
    }

    /** Median ms per frame for the primary rendering, per model, thread count and frame size. */
    static void detectTimes(int runs) {
        int[][] sizes = {{640, 480}, {1024, 768}, {2000, 2500}};
        DisplayMapper mapper = new DisplayMapper();
        List<DisplayImage> images = new ArrayList<>();
        for (int[] s : sizes) images.add(mapper.render(SceneCatalogue.overAnatomy(s[0], s[1]).grey8()).get(0));
        for (DbnetModel model : DbnetModel.values()) {
            for (int threads : new int[] {1, 2}) {
                try (DbnetTextLocator locator = new DbnetTextLocator(DbnetSettings.defaults().withModel(model).withThreads(threads))) {
                    StringBuilder line = new StringBuilder(String.format("detect %s threads=%d:", model, threads));
                    for (DisplayImage image : images) {
                        locator.locate(image); // warm-up: first run of a shape plans memory
                        long[] ms = new long[runs];
                        for (int r = 0; r < runs; r++) {
                            long t = System.nanoTime();
                            locator.locate(image);
                            ms[r] = (System.nanoTime() - t) / 1_000_000;
                        }
                        Arrays.sort(ms);
                        line.append(String.format(" %dx%d %d ms (min %d)", image.width(), image.height(), ms[runs / 2], ms[0]));
                    }
                    System.out.println(line);
                }
            }
        }
    }

    /** OCR ms per line and reading accuracy (edit distance) on detector boxes of the catalogue, end to end. */
    static void ocr() {
        try (PixelTextReader reader = PixelTextReader.open(TextEngineConfig.defaults().withDetectorThreads(2));
             TesseractLineReader lines = new TesseractLineReader()) {
            int read = 0, exact = 0, close = 0, total = 0;
            long ocrNanos = 0;
            DisplayMapper mapper = new DisplayMapper();
            DbnetTextLocator locator = new DbnetTextLocator(DbnetSettings.defaults().withThreads(2));
            for (SceneCatalogue.Named n : SceneCatalogue.all(640, 480)) {
                RawFrame frame = n.scene().rgb8();
                DisplayImage view = mapper.render(frame).get(0);
                List<TextBox> boxes = locator.locate(view);
                for (Scene.Drawn d : n.scene().drawn()) {
                    total++;
                    TextBox hit = boxes.stream().filter(b -> b.box().intersects(d.truth())).findFirst().orElse(null);
                    if (hit == null) continue;
                    long t = System.nanoTime();
                    OcrLine line = lines.read(view, hit.box());
                    ocrNanos += System.nanoTime() - t;
                    read++;
                    int distance = Coverage.editDistance(line.text(), d.text());
                    if (distance == 0) exact++;
                    if (distance <= Math.max(2, d.text().length() / 6)) close++;
                    System.out.printf("ocr %-24s %2dpx distance %d confidence %.2f%n", n.name(), d.fontSize(), distance, line.confidence());
                }
            }
            locator.close();
            System.out.printf("ocr: %d lines read of %d drawn, %d exact, %d within small edit distance, %.1f ms per line%n",
                    read, total, exact, close, ocrNanos / 1e6 / Math.max(1, read));
            long t = System.nanoTime();
            int frames = 0;
            for (SceneCatalogue.Named n : SceneCatalogue.all(640, 480)) {
                reader.read(n.scene().grey8());
                frames++;
            }
            System.out.printf("end to end (render, detect, OCR), 640x480 grey: %.0f ms per frame%n", (System.nanoTime() - t) / 1e6 / frames);
        }
    }

    private static List<Box> boxes(TextLocator locator, DisplayImage image) {
        return locator.locate(image).stream().map(TextBox::box).toList();
    }
}

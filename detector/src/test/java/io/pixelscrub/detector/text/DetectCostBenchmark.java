package io.pixelscrub.detector.text;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.detector.image.DisplayMapper;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What one text-detection pass costs, step by step, in CPU time of the calling thread (a shared machine's load moves
 * CPU time less than wall time): the model run by input size, and the Java-side steps around it (border margin,
 * quarter turn, input tensor, probability map to boxes). Not a test. Run from {@code detector/} as
 * {@link TextEngineBenchmark} says, with {@code io.pixelscrub.detector.text.DetectCostBenchmark [runs] [model.onnx]}
 * (a model file instead of the shipped one: to time a derived model); {@code -Dort.config=key=value,...} adds session
 * configuration entries.
 */
public final class DetectCostBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        byte[] model;
        if (args.length > 1) {
            model = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(args[1]));
        } else {
            try (InputStream in = DetectCostBenchmark.class.getResourceAsStream(DbnetModel.PP_OCR_V3.resource())) {
                model = in.readAllBytes();
            }
        }
        OrtEnvironment env = OnnxSessions.environment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            for (String entry : System.getProperty("ort.config", "").split(",")) {
                if (!entry.isBlank()) {
                    options.addConfigEntry(entry.substring(0, entry.indexOf('=')), entry.substring(entry.indexOf('=') + 1));
                }
            }
            try (OrtSession session = env.createSession(model, options)) {
                String name = session.getInputNames().iterator().next();
                int[][] sizes = {{640, 480}, {480, 640}, {320, 240}, {1024, 768}, {2000, 2500}};
                for (int[] s : sizes) {
                    DisplayImage view = new DisplayMapper().render(SceneCatalogue.overAnatomy(s[0], s[1]).grey8()).get(0);
                    DisplayImage padded = BorderPad.around(view, DbnetTextLocator.BORDER_PAD);
                    Tile tile = Tile.cover(padded.width(), padded.height(), 1056, 96).get(0);
                    DbnetInput input = DbnetInput.of(padded, 1.0, tile);
                    long[] shape = {1, 3, input.height, input.width};
                    float[][] prob = new float[1][];
                    double model_ms = median(runs, () -> {
                        try (OnnxTensor t = OnnxTensor.createTensor(env, FloatBuffer.wrap(input.chw), shape);
                             OrtSession.Result r = session.run(Map.of(name, t))) {
                            FloatBuffer out = ((OnnxTensor) r.get(0)).getFloatBuffer();
                            prob[0] = new float[out.remaining()];
                            out.get(prob[0]);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        return null;
                    });
                    ProbabilityMapBoxes post = new ProbabilityMapBoxes(0.3f, 0.6f, 1.5);
                    System.out.printf("%dx%d (%d tiles; first tile's input %dx%d): per tile model %.1f ms, input %.1f, boxes "
                                    + "%.1f; per picture pad %.1f, quarter turn %.1f ms CPU%n", s[0], s[1],
                            Tile.cover(padded.width(), padded.height(), 1056, 96).size(), input.width, input.height, model_ms,
                            median(runs, () -> DbnetInput.of(padded, 1.0, tile)),
                            median(runs, () -> post.extract(prob[0], input.width, input.height, tile.width(), tile.height())),
                            median(runs, () -> BorderPad.around(view, DbnetTextLocator.BORDER_PAD)),
                            median(runs, () -> QuarterTurn.clockwise(view)));
                }
            }
        }
    }

    /** Median CPU ms of {@code runs} calls after one warm-up. */
    private static double median(int runs, Supplier<?> step) {
        step.get();
        double[] ms = new double[runs];
        for (int r = 0; r < runs; r++) {
            long t = THREADS.getCurrentThreadCpuTime();
            step.get();
            ms[r] = (THREADS.getCurrentThreadCpuTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }
}

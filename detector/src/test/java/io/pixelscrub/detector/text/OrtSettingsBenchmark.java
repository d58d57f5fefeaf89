package io.pixelscrub.detector.text;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.detector.image.DisplayMapper;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ONNX Runtime session settings for the text detector, timed on one 640x480 frame (with the detector's border margin:
 * a 672x512 input), the settings taking turns run by run so that a shared machine's load falls on all of them alike.
 * Not a test. Run from {@code detector/} with the test classpath (see {@link TextEngineBenchmark}):
 * <pre>
 * OMP_THREAD_LIMIT=1 java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     io.pixelscrub.detector.text.OrtSettingsBenchmark [rounds]
 * </pre>
 */
public final class OrtSettingsBenchmark {

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        DisplayImage image = BorderPad.around(new DisplayMapper().render(SceneCatalogue.overAnatomy(640, 480).grey8()).get(0),
                DbnetTextLocator.BORDER_PAD);
        DbnetInput input = DbnetInput.of(image, 1.0, new Tile(0, 0, image.width(), image.height()));
        OrtEnvironment env = OnnxSessions.environment();
        byte[] model;
        try (InputStream in = OrtSettingsBenchmark.class.getResourceAsStream(DbnetModel.PP_OCR_V3.resource())) {
            model = in.readAllBytes();
        }
        Map<String, OrtSession> sessions = new LinkedHashMap<>();
        sessions.put("shipped: ALL_OPT, 1 thread, no spinning", open(env, model, OrtSession.SessionOptions.OptLevel.ALL_OPT, 1, false));
        sessions.put("EXTENDED_OPT, 1 thread", open(env, model, OrtSession.SessionOptions.OptLevel.EXTENDED_OPT, 1, false));
        sessions.put("BASIC_OPT, 1 thread", open(env, model, OrtSession.SessionOptions.OptLevel.BASIC_OPT, 1, false));
        sessions.put("ALL_OPT, 1 thread, spinning", open(env, model, OrtSession.SessionOptions.OptLevel.ALL_OPT, 1, true));
        sessions.put("ALL_OPT, 2 threads, no spinning", open(env, model, OrtSession.SessionOptions.OptLevel.ALL_OPT, 2, false));
        Map<String, List<Long>> times = new LinkedHashMap<>();
        sessions.keySet().forEach(k -> times.put(k, new ArrayList<>()));
        long[] shape = {1, 3, input.height, input.width};
        for (int r = -2; r < rounds; r++) { // two warm-up rounds
            for (Map.Entry<String, OrtSession> e : sessions.entrySet()) {
                String name = e.getValue().getInputNames().iterator().next();
                long t = System.nanoTime();
                try (OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(input.chw), shape);
                     OrtSession.Result result = e.getValue().run(Map.of(name, tensor))) {
                    result.get(0);
                }
                if (r >= 0) {
                    times.get(e.getKey()).add((System.nanoTime() - t) / 1_000_000);
                }
            }
        }
        for (Map.Entry<String, List<Long>> e : times.entrySet()) {
            long[] ms = e.getValue().stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(ms);
            System.out.printf("| %s | %d | %d |%n", e.getKey(), ms[ms.length / 2], ms[0]);
        }
        for (OrtSession s : sessions.values()) {
            s.close();
        }
    }

    private static OrtSession open(OrtEnvironment env, byte[] model, OrtSession.SessionOptions.OptLevel level, int threads,
                                   boolean spinning) throws Exception {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(level);
            options.addConfigEntry("session.intra_op.allow_spinning", spinning ? "1" : "0");
            return env.createSession(model, options);
        }
    }
}

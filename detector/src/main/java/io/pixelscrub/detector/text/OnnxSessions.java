package io.pixelscrub.detector.text;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;

/** Opens ONNX Runtime sessions from classpath models, turning native load failures into one-line exceptions. */
final class OnnxSessions {

    private OnnxSessions() { }

    static OrtEnvironment environment() {
        try {
            return OrtEnvironment.getEnvironment();
        } catch (UnsatisfiedLinkError | ExceptionInInitializerError | NoClassDefFoundError e) {
            throw new TextEngineUnavailableException("ONNX Runtime native library could not be loaded", e);
        }
    }

    /** A CPU session with {@code intraOpThreads} threads for one operator and operators run one after another. */
    static OrtSession open(OrtEnvironment env, String resource, int intraOpThreads) {
        byte[] model = readResource(resource);
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(intraOpThreads);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            // Idle pool threads would spin on cores that Tesseract and the other workers need.
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            return env.createSession(model, options);
        } catch (OrtException e) {
            throw new TextEngineUnavailableException("ONNX Runtime could not open text-detection model " + resource, e);
        }
    }

    private static byte[] readResource(String resource) {
        try (InputStream in = OnnxSessions.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new TextEngineUnavailableException("text-detection model " + resource + " is not on the classpath", null);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new TextEngineUnavailableException("text-detection model " + resource + " could not be read", e);
        }
    }
}

package io.pixelscrub.detector.text;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;

/** Opens ONNX Runtime sessions from classpath models, turning native load failures into one-line exceptions. */
final class OnnxSessions {

    private OnnxSessions() { }

    /**
     * Stack of the thread that creates the environment. ONNX Runtime 1.29.0's native start-up uses stack in proportion
     * to the process's command line (about 200 bytes a character): on a default 1 MB thread stack a command line or
     * class path over about 5,000 characters (a hundred file paths given to {@code scrub}) overflowed it and the JVM
     * died with SIGSEGV, no hs_err file. 1 GB is reserved, not committed; it covers Linux's 2 MB argument limit.
     */
    static final long START_STACK_BYTES = 1L << 30;

    private static volatile OrtEnvironment environment;

    static OrtEnvironment environment() {
        OrtEnvironment env = environment;
        if (env != null) {
            return env;
        }
        synchronized (OnnxSessions.class) {
            if (environment == null) {
                environment = startOnLargeStack();
            }
            return environment;
        }
    }

    private static OrtEnvironment startOnLargeStack() {
        OrtEnvironment[] env = new OrtEnvironment[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                env[0] = OrtEnvironment.getEnvironment();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "onnxruntime-start", START_STACK_BYTES);
        t.setDaemon(true);
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure[0] instanceof UnsatisfiedLinkError || failure[0] instanceof ExceptionInInitializerError
                || failure[0] instanceof NoClassDefFoundError) {
            throw new TextEngineUnavailableException("ONNX Runtime native library could not be loaded", failure[0]);
        }
        if (failure[0] instanceof RuntimeException r) {
            throw r;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
        return env[0];
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

    /** Closes {@code session}; a native failure becomes a one-line exception naming {@code what} it served. */
    static void close(OrtSession session, String what) {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("closing the " + what + " session failed", e);
        }
    }

}

package io.pixelscrub.scrubber.codec;

import io.pixelscrub.scrubber.codec.CodecTestImages.Shape;
import io.pixelscrub.scrubber.dicom.DicomFileReader;
import io.pixelscrub.scrubber.dicom.DicomInput;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.dicom.TransferSyntaxes;
import io.pixelscrub.scrubber.limit.FileBudget;
import io.pixelscrub.scrubber.limit.RunLimits;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Milliseconds per frame to decode and encode JPEG-LS and JPEG 2000, in-process (CharLS, OpenJPEG through JNA)
 * against the paths they replace: dcmtk's dcmdjpls / dcmcjpls (one process per file), opj_compress (one process per
 * frame), and jai-imageio (PixelMed's in-process JPEG 2000 decoder, used before), on single-frame and 10-frame
 * files. Not a test. Timings on a shared machine are noisy, so each wall-clock number is the median of several runs
 * after a warm-up, and CPU time (this thread's, plus the child processes' from /proc/self/stat) is given beside it:
 * it moves less when other processes compete for the cores. Run from {@code scrubber/}:
 * <pre>
 * mvn -q -o dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat cp.txt) io.pixelscrub.scrubber.codec.CodecBenchmark [runs]
 * </pre>
 */
public final class CodecBenchmark {

    private CodecBenchmark() {
    }

    interface Run {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        System.out.println("libraries: " + Codecs.libraries() + "; wall: median of " + runs + " runs, cpu: mean, ms per frame");
        System.out.printf("%-40s %-16s %18s %18s%n", "image", "syntax / path", "decode wall / cpu", "encode wall / cpu");
        Path dir = Files.createTempDirectory("pixelscrub-codec-bench");
        FileBudget.start(new RunLimits(Duration.ZERO, 1L << 30, 1L << 34), 0).apply(() -> {
            for (int frames : new int[] {1, 10}) {
                bench(dir, CodecTestImages.grey("512x512 grey 16-bit (12 stored) x" + frames, 512, 512, 16, 12, 0, frames), runs);
                bench(dir, CodecTestImages.rgb("640x480 RGB 8-bit x" + frames, 480, 640, 8, 8, 0, frames), runs);
            }
            return null;
        });
    }

    private static void bench(Path dir, Shape s, int runs) throws Exception {
        List<byte[]> frames = CodecTestImages.frames(s, 11);
        Path nativeFile = CodecTestImages.writeNative(dir.resolve("native.dcm"), s.module(), frames);
        Path jls = dir.resolve("jls.dcm");
        CodecTestImages.transcode(dir, jls, "dcmcjpls", "+el", nativeFile.toString(), jls.toString());
        Path j2k = dir.resolve("j2k.dcm");
        try (EncodedPixels e = new EncapsulatingEncoder(OpenJpegCodec.INSTANCE, TransferSyntaxes.JPEG_2000_LOSSLESS,
                m -> m.isColor() ? m.withPhotometric("YBR_RCT", 0) : m).encode(CodecTestImages.source(s.module(), frames), (i, f) -> { })) {
            CodecTestImages.write(j2k, e);
        }
        try (DicomInput in = DicomFileReader.open(jls)) {
            line(s, "JPEG-LS CharLS", time(runs, s, () -> decodeAll(new DecompressingFrameSource(in.encapsulated().orElseThrow(),
                    s.module(), CharLsCodec.INSTANCE))), time(runs, s, () -> encode(s, frames,
                    new EncapsulatingEncoder(CharLsCodec.INSTANCE, TransferSyntaxes.JPEG_LS_LOSSLESS, m -> m))));
            line(s, "JPEG-LS dcmtk", time(runs, s, () -> decodeAll(ToolDecodedFrameSource.decode(jls, TransferSyntaxes.JPEG_LS_LOSSLESS))),
                    time(runs, s, () -> encode(s, frames, new DcmtkEncoder(TransferSyntaxes.JPEG_LS_LOSSLESS, CodecTestImages.SECONDARY_CAPTURE))));
        }
        try (DicomInput in = DicomFileReader.open(j2k)) {
            line(s, "J2K OpenJPEG", time(runs, s, () -> decodeAll(new DecompressingFrameSource(in.encapsulated().orElseThrow(),
                    s.module(), OpenJpegCodec.INSTANCE))), time(runs, s, () -> encode(s, frames,
                    new EncapsulatingEncoder(OpenJpegCodec.INSTANCE, TransferSyntaxes.JPEG_2000_LOSSLESS, m -> m))));
            line(s, "J2K tools", time(runs, s, () -> decodeAll(ToolDecodedFrameSource.decode(j2k, TransferSyntaxes.JPEG_2000_LOSSLESS))),
                    time(runs, s, () -> encode(s, frames, new EncapsulatingEncoder(OpenJpegToolCompressor.INSTANCE,
                            TransferSyntaxes.JPEG_2000_LOSSLESS, m -> m))));
            line(s, "J2K jai-imageio", time(runs, s, () -> decodeAll(new PixelMedFrameSource(in.encapsulated().orElseThrow(),
                    in.module().orElseThrow(), TransferSyntaxes.JPEG_2000_LOSSLESS))), null);
        }
    }

    private static void decodeAll(FrameSource source) throws IOException, InvalidDicomException {
        try (source) {
            for (int i = 0; i < source.frameCount(); i++) {
                source.frame(i);
            }
        }
    }

    private static void encode(Shape s, List<byte[]> frames, FrameEncoder encoder) throws IOException, InvalidDicomException {
        try (EncodedPixels e = encoder.encode(CodecTestImages.source(s.module(), frames), (i, f) -> { })) {
            if (e.payload().length() <= 0) {
                throw new IllegalStateException("nothing encoded");
            }
        }
    }

    /** Wall-clock median and mean CPU milliseconds per frame. */
    record Cost(double wall, double cpu) {
    }

    /** Over {@code runs} timed runs, after one untimed run. */
    private static Cost time(int runs, Shape s, Run run) throws Exception {
        run.run();
        double[] ms = new double[runs];
        long cpuStart = cpuNanos();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            run.run();
            ms[i] = (System.nanoTime() - t) / 1e6 / s.frames();
        }
        double cpu = (cpuNanos() - cpuStart) / 1e6 / runs / s.frames();
        Arrays.sort(ms);
        return new Cost(ms[runs / 2], cpu);
    }

    /** This thread's CPU time plus that of the child processes that have ended (utime and stime of /proc/self/stat). */
    private static long cpuNanos() throws IOException {
        long thread = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long childTicks = Long.parseLong(f[13]) + Long.parseLong(f[14]);   // fields 16 and 17: cutime, cstime
        return thread + childTicks * 10_000_000L;                          // USER_HZ is 100 on Linux
    }

    private static void line(Shape s, String path, Cost decode, Cost encode) {
        System.out.printf("%-40s %-16s %18s %18s%n", s.name(), path, format(decode), format(encode));
    }

    private static String format(Cost c) {
        return c == null ? "-" : format(c.wall()) + " / " + format(c.cpu());
    }

    private static String format(double ms) {
        return String.format("%.1f", ms);
    }
}

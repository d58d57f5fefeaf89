package io.pixelscrub.cli;

import io.pixelscrub.scrubber.timing.Stage;
import java.io.PrintStream;
import java.util.Map;
import java.util.TreeSet;

/** Prints the bench's Markdown tables (for BENCHMARKS.md): speed, families, syntax families, stages, memory, recall. */
final class BenchPrinter {

    private BenchPrinter() {
    }

    /** How many times faster per image {@code a} is than {@code b} (worker time per file). */
    static double ratio(BenchTally.Slice a, BenchTally.Slice b) {
        return a.msPerFile() == 0 ? 0 : b.msPerFile() / a.msPerFile();
    }

    static void print(PrintStream out, BenchTally pix, BenchTally base, SyntheticEvaluation.Result pixScore,
                      SyntheticEvaluation.Result baseScore) {
        out.println();
        out.println("| engine | files | frames | wall s | frames/s (wall) | worker ms/frame | worker ms/image | frames/s of one worker | quarantined |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (BenchTally t : base == null ? new BenchTally[] {pix} : new BenchTally[] {pix, base}) {
            out.printf("| %s | %d | %d | %.1f | %.1f | %.1f | %.0f | %.1f | %d |%n", t.engine, t.total.files, t.total.frames,
                    t.wallSeconds, t.total.frames / Math.max(1e-9, t.wallSeconds), t.total.msPerFrame(), t.total.msPerFile(),
                    t.total.framesPerSecond(), t.quarantined);
        }
        if (base != null) {
            out.printf("%npixelscrub / baseline speed per image: %.2fx (wall: %.2fx)%n", ratio(pix.total, base.total),
                    base.wallSeconds / Math.max(1e-9, pix.wallSeconds));
        }
        slices(out, "family", pix.byFamily, base == null ? null : base.byFamily);
        slices(out, "transfer syntax family", pix.bySyntax, base == null ? null : base.bySyntax);
        stages(out, pix, base);
        memory(out, pix, base);
        if (pixScore != null) {
            out.println();
            out.println("| engine | PHI hidden | PHI recall | clean images byte-identical | device annotations kept | over-redaction |");
            out.println("|---|---:|---:|---:|---:|---:|");
            score(out, "pixelscrub", pixScore);
            if (baseScore != null) {
                score(out, "baseline", baseScore);
            }
            categories(out, pixScore, baseScore);
        }
    }

    /** PHI recall by PHI category (name, date, label+value...), side by side. */
    private static void categories(PrintStream out, SyntheticEvaluation.Result pix, SyntheticEvaluation.Result base) {
        Map<String, RecallBreakdown.Cell> p = pix.breakdown().cells(RecallBreakdown.Dimension.CATEGORY);
        Map<String, RecallBreakdown.Cell> b = base == null ? Map.of() : base.breakdown().cells(RecallBreakdown.Dimension.CATEGORY);
        out.println();
        out.println("| PHI category | items | pixelscrub hidden | baseline hidden |");
        out.println("|---|---:|---:|---:|");
        for (Map.Entry<String, RecallBreakdown.Cell> e : p.entrySet()) {
            if (e.getValue().phiItems() == 0) {
                continue;
            }
            RecallBreakdown.Cell other = b.get(e.getKey());
            out.printf("| %s | %d | %d | %s |%n", e.getKey(), e.getValue().phiItems(), e.getValue().phiHidden(),
                    other == null ? "" : Integer.toString(other.phiHidden()));
        }
    }

    private static void slices(PrintStream out, String what, Map<String, BenchTally.Slice> pix, Map<String, BenchTally.Slice> base) {
        out.println();
        out.printf("| %s | files | frames | pixelscrub frames/s | pixelscrub ms/image | baseline frames/s | baseline ms/image | speed ratio |%n", what);
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        TreeSet<String> keys = new TreeSet<>(pix.keySet());
        if (base != null) {
            keys.addAll(base.keySet());
        }
        for (String k : keys) {
            BenchTally.Slice p = pix.getOrDefault(k, new BenchTally.Slice());
            BenchTally.Slice b = base == null ? null : base.get(k);
            out.printf("| %s | %d | %d | %.1f | %.0f | %s | %s | %s |%n", k, p.files, p.frames, p.framesPerSecond(), p.msPerFile(),
                    b == null ? "" : String.format("%.1f", b.framesPerSecond()), b == null ? "" : String.format("%.0f", b.msPerFile()),
                    b == null ? "" : String.format("%.1fx", ratio(p, b)));
        }
    }

    private static void stages(PrintStream out, BenchTally pix, BenchTally base) {
        out.println();
        out.println("| stage | pixelscrub ms/frame | share | baseline ms/frame | share |");
        out.println("|---|---:|---:|---:|---:|");
        for (Stage s : Stage.values()) {
            out.printf("| %s | %.2f | %.1f %% | %s | %s |%n", s.label(), perFrame(pix, s), share(pix, s),
                    base == null ? "" : String.format("%.2f", perFrame(base, s)),
                    base == null ? "" : String.format("%.1f %%", share(base, s)));
        }
    }

    private static double perFrame(BenchTally t, Stage s) {
        return t.total.frames == 0 ? 0 : t.total.stages.nanos(s) / 1e6 / t.total.frames;
    }

    private static double share(BenchTally t, Stage s) {
        long all = t.total.stages.totalNanos();
        return all == 0 ? 0 : 100.0 * t.total.stages.nanos(s) / all;
    }

    private static void memory(PrintStream out, BenchTally pix, BenchTally base) {
        out.println();
        out.println("| engine | peak heap used | peak live heap after GC | peak RSS |");
        out.println("|---|---:|---:|---:|");
        for (BenchTally t : base == null ? new BenchTally[] {pix} : new BenchTally[] {pix, base}) {
            BenchMemory.Peaks m = t.memory;
            out.printf("| %s | %d MB | %d MB | %s |%n", t.engine, m.heapUsed() >> 20, m.heapLiveAfterGc() >> 20,
                    m.rss() < 0 ? "n/a" : (m.rss() >> 20) + " MB" + (m.rssReset() ? "" : " (since JVM start)"));
        }
    }

    private static void score(PrintStream out, String engine, SyntheticEvaluation.Result r) {
        out.printf("| %s | %d/%d | %.1f %% | %d/%d | %d/%d | %.2f %% |%n", engine, r.phiHidden(), r.phiItems(),
                100 * r.phiHiddenRate(), r.identicalKept(), r.identicalExpected(), r.deviceKept(), r.deviceItems(),
                100 * r.overRedaction());
    }
}

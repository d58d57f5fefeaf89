package io.pixelscrub.cli;

import io.pixelscrub.scrubber.pipeline.BatchScrubber;
import io.pixelscrub.scrubber.pipeline.FileOutcome;
import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on a terminal; otherwise one status line per file. Problems always get one line on stderr naming the
 * file and the reason. Lines carry paths and counts only, never header or pixel values.
 */
final class ProgressReporter implements BatchScrubber.Listener, AutoCloseable {
    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;
    private ProgressBar bar;

    ProgressReporter(PrintStream out, PrintStream err, boolean terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public synchronized void started(int total) {
        if (terminal) {
            bar = new ProgressBarBuilder().setTaskName("scrub").setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(err)).build();
        }
    }

    @Override
    public synchronized void finished(FileOutcome o) {
        if (o.status().failed()) {
            err.println("pixelscrub: " + o.input() + ": " + o.reason());
        } else if (!terminal) {
            out.println(o.status().label() + "\t" + o.input() + "\t" + o.redacted().size() + " region(s)");
        }
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
        }
    }
}

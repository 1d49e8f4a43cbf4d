package dev.bnlab.cli;

import dev.bnlab.experiments.CsvSeriesWriter;
import dev.bnlab.experiments.Experiment;
import dev.bnlab.experiments.ExperimentCatalog;
import dev.bnlab.experiments.ExperimentRenderer;
import dev.bnlab.experiments.ExperimentResult;
import dev.bnlab.experiments.ExperimentSettings;
import dev.bnlab.experiments.SeedSweep;
import dev.bnlab.experiments.VerdictJson;
import dev.bnlab.export.OutputFile;
import dev.bnlab.export.OutputFolder;
import dev.bnlab.i18n.Messages;
import dev.bnlab.scenario.SafeText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bnlab experiment NAME [--steps N] [--seed S] [--seeds K] --out DIR}: runs a teaching experiment headless
 * on K consecutive seeds (S, S+1, …), judges its claim on each and writes {@code summary.json} (the verdict over
 * all K seeds, docs/experiments.md), plus, for seed S, one CSV per plotted series group, {@code experiment.txt}
 * and, when the UI's {@link ExperimentRenderer} is on the class path, a PNG of each view. {@code --list} prints
 * the names with each claim's verdict at the default settings.
 *
 * <p>DIR is written all or nothing ({@link OutputFolder}): every file is complete before the first old one is
 * replaced, so a failure (a full disk, a failed PNG) leaves the previous results intact.
 *
 * <p>Exit 0 on success; 2 on a usage error or bad input (unknown NAME, which lists the valid names; bad
 * --steps; unwritable DIR), one line on stderr; 1 for an internal error or a failed PNG rendering, one line.
 */
@Command(name = "experiment", mixinStandardHelpOptions = true,
        description = {"Run a teaching experiment headless and write a CSV of every plotted series "
                + "(one file per series group, header row, full precision) into DIR.",
                "List the experiments with: bnlab experiment --list"},
        footer = {"Exit codes: 0 success, 2 bad input or usage (one line on stderr), 1 internal error."})
public final class ExperimentCommand implements Callable<Integer> {

    /** Exit code for bad input and usage errors. */
    public static final int BAD_INPUT = 2;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "experiment to run (see --list)")
    String name;

    @Option(names = "--steps", paramLabel = "N", description = "training steps (default: the experiment's own)")
    Integer steps;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "seed of the data, initial weights and batch order (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--seeds", paramLabel = "K", defaultValue = "1",
            description = "seeds S, S+1, …, S+K−1 to judge the claim on, 1..100 (default: ${DEFAULT-VALUE}); "
                    + "summary.json holds the verdict over all of them")
    int seeds;

    @Option(names = "--out", paramLabel = "DIR", description = "directory for the CSV (and PNG) files")
    Path out;

    @Option(names = "--no-png", description = "write CSV only, even when a PNG renderer is available")
    boolean noPng;

    @Option(names = "--list", description = "list the experiment names with one line each, then exit")
    boolean list;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "language of the PNGs and of the caption and findings in experiment.txt: en or zh "
                    + "(default: en; CSV column names stay as they are)")
    String lang;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Locale language;
        try {
            language = Messages.parse(lang);
        } catch (IllegalArgumentException e) {
            return fail(err, "--lang: " + e.getMessage());
        }
        Locale before = Messages.locale();
        Messages.setLocale(language);
        try {
            return run(err);
        } finally {
            Messages.setLocale(before);
        }
    }

    private Integer run(PrintWriter err) {
        PrintWriter stdout = spec.commandLine().getOut();
        if (list) {
            stdout.print(ExperimentCatalog.listingWithVerdicts());
            stdout.flush();
            return 0;
        }
        if (name == null) {
            return fail(err, "missing NAME; valid names: " + String.join(", ", ExperimentCatalog.ids()));
        }
        Optional<Experiment> found = ExperimentCatalog.byId(name);
        if (found.isEmpty()) {
            return fail(err, "unknown experiment \"" + SafeText.value(name) + "\"; valid names: "
                    + String.join(", ", ExperimentCatalog.ids()));
        }
        if (out == null) {
            return fail(err, "missing --out DIR");
        }
        Experiment experiment = found.get();
        ExperimentSettings settings;
        try {
            settings = new ExperimentSettings(steps == null ? experiment.defaultSteps() : steps, seed);
        } catch (IllegalArgumentException e) {
            return fail(err, e.getMessage());
        }
        if (seeds < 1 || seeds > SeedSweep.MAX_SEEDS) {
            return fail(err, "--seeds must be in 1.." + SeedSweep.MAX_SEEDS + ", got " + seeds);
        }
        // the folder first, so a file in its way is reported before the (possibly long) run
        try (OutputFolder folder = OutputFolder.open(out)) {
            return runInto(folder, experiment, settings, err, stdout);
        } catch (IOException e) {
            return fail(err, SafeText.file(out) + ": cannot write: " + OutputFile.reason(e));
        }
    }

    private int runInto(OutputFolder folder, Experiment experiment, ExperimentSettings settings, PrintWriter err,
                        PrintWriter stdout) throws IOException {
        ExperimentResult result;
        String summary = null;
        try {
            if (experiment.claim().isPresent()) {
                // Ctrl-C ends the process before anything is written: files are written only after the sweep
                SeedSweep.Outcome o = SeedSweep.run(experiment, settings, seeds, progress(err), () -> false);
                result = o.first();
                summary = VerdictJson.summary(experiment, settings, o.verdict());
            } else {
                result = experiment.run(settings);
            }
        } catch (IllegalArgumentException e) {
            return fail(err, name + ": " + e.getMessage());
        } catch (RuntimeException e) {
            err.println("experiment: " + name + ": internal error: " + SafeText.line(String.valueOf(e)));
            err.flush();
            return 1;
        }
        List<Path> staged = new ArrayList<>(csvWriter.write(result, folder.staging()));
        if (summary != null) {
            staged.add(Files.writeString(folder.staging().resolve("summary.json"), summary, StandardCharsets.UTF_8));
        }
        if (!noPng) {
            try {
                Optional<ExperimentRenderer> renderer = ExperimentRenderer.find();
                if (renderer.isPresent()) {
                    staged.addAll(renderer.get().render(result, folder.staging()));
                } else {
                    err.println("experiment: no PNG renderer on the class path; wrote CSV only");
                }
            } catch (IOException | RuntimeException e) {
                err.println("experiment: " + name + ": PNG rendering failed (nothing was written): "
                        + SafeText.line(String.valueOf(e)));
                err.flush();
                return 1;
            }
        }
        List<Path> written = folder.commit(staged);
        written.forEach(p -> stdout.println(p));
        stdout.flush();
        err.flush();
        return 0;
    }

    /** Writes the CSV files of a result into a folder and returns them (a seam: tests inject a failing writer). */
    @FunctionalInterface
    interface FolderWriter {
        List<Path> write(ExperimentResult result, Path dir) throws IOException;
    }

    FolderWriter csvWriter = (result, dir) -> new CsvSeriesWriter().write(result, dir);

    /** "seed 3 of 10" on the terminal while a sweep of several seeds runs; nothing when stderr is not a terminal. */
    private SeedSweep.Progress progress(PrintWriter err) {
        if (seeds < 2 || System.console() == null) {
            return (done, total) -> { };
        }
        return (done, total) -> {
            synchronized (err) {
                err.print("\rexperiment: " + name + ": seed " + done + " of " + total + (done == total ? "\n" : ""));
                err.flush();
            }
        };
    }

    private static int fail(PrintWriter err, String message) {
        err.println("experiment: " + SafeText.line(message));
        err.flush();
        return BAD_INPUT;
    }
}

package dev.bnlab.ui.lab;

import dev.bnlab.export.OutputFile;
import dev.bnlab.export.RecordedSeries;
import dev.bnlab.export.SeriesExport;
import dev.bnlab.i18n.Messages;
import dev.bnlab.scenario.SafeText;
import dev.bnlab.ui.model.LabModel;
import java.io.File;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Export data (CSV/JSON)…: writes the live run's recorded series (see {@link SeriesExport}). */
public final class SeriesExportActions {

    private final LabModel model;

    public SeriesExportActions(LabModel model) {
        this.model = model;
    }

    /**
     * Exports to {@code file}: JSON when its name ends in ".json", else CSV (plus "-eval.csv" beside it). The series
     * are asked of the engine and written off the FX thread, which never waits; the future holds the problem's
     * one-line message (no partial file is left), or nothing.
     */
    public CompletableFuture<Optional<String>> export(Path file) {
        return model.recordedSeries().orTimeout(10, TimeUnit.SECONDS).handleAsync((s, failure) -> {
            if (failure != null) {
                Throwable t = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                return Optional.of(t instanceof TimeoutException ? "the engine did not answer" : oneLine(t));
            }
            try {
                if (isJson(file)) {
                    SeriesExport.writeJson(file, s);
                } else {
                    SeriesExport.writeCsv(file, s);
                }
                return Optional.<String>empty();
            } catch (IOException e) {
                return Optional.of(oneLine(e));
            }
        }, SettingsFileActions.FILES);
    }

    private static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** Why, in one line in the UI language for a file problem ({@link OutputFile#reason}). */
    private static String oneLine(Throwable e) {
        if (e instanceof IOException io) {
            return OutputFile.reason(io);
        }
        return SafeText.line(String.valueOf(e.getMessage()));
    }

    void chooseAndExport(Window owner) {
        FileChooser fc = new FileChooser();
        fc.setTitle(Messages.get("export.series.title"));
        FileChooser.ExtensionFilter csv = new FileChooser.ExtensionFilter(Messages.get("export.series.filter.csv"),
                "*.csv");
        FileChooser.ExtensionFilter json = new FileChooser.ExtensionFilter(Messages.get("export.series.filter.json"),
                "*.json");
        fc.getExtensionFilters().addAll(csv, json);
        fc.setInitialFileName("bnlab-series.csv");
        File f = fc.showSaveDialog(owner);
        if (f == null) {
            return;
        }
        Path target = f.toPath();
        String name = f.getName().toLowerCase(Locale.ROOT);
        if (fc.getSelectedExtensionFilter() == json && !name.endsWith(".json")) {
            target = target.resolveSibling(f.getName() + ".json");
        }
        String shown = target.getFileName().toString();
        export(target).thenAcceptAsync(problem -> problem.ifPresent(msg -> SettingsFileActions.showError(
                Messages.format("export.series.error", shown), msg)), Platform::runLater);
    }
}

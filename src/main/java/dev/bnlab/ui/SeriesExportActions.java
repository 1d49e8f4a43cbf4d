package dev.bnlab.ui;

import dev.bnlab.export.OutputFile;
import dev.bnlab.export.RecordedSeries;
import dev.bnlab.export.SeriesExport;
import dev.bnlab.i18n.Messages;
import dev.bnlab.scenario.SafeText;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Export data (CSV/JSON)…: writes the live run's recorded series (see {@link SeriesExport}). */
public final class SeriesExportActions {

    private final AppModel model;

    public SeriesExportActions(AppModel model) {
        this.model = model;
    }

    /**
     * Exports to {@code file}: JSON when its name ends in ".json", else CSV (plus "-eval.csv" beside it).
     * On a problem returns its one-line message and leaves no partial file.
     */
    public Optional<String> export(Path file) {
        try {
            RecordedSeries s = model.trainer().query(RecordedSeries::of).get(10, TimeUnit.SECONDS);
            if (isJson(file)) {
                SeriesExport.writeJson(file, s);
            } else {
                SeriesExport.writeCsv(file, s);
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(oneLine(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        } catch (ExecutionException | TimeoutException e) {
            return Optional.of(e instanceof TimeoutException ? "the trainer did not answer" : oneLine(e.getCause()));
        }
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
        export(target).ifPresent(msg -> SettingsFileActions.showError(Messages.format("export.series.error", shown),
                msg));
    }
}

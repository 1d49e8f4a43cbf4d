package dev.bnlab.ui.experiments;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.experiments.ExperimentKind;
import dev.bnlab.experiments.ExperimentRenderer;
import dev.bnlab.experiments.ExperimentResult;
import dev.bnlab.runtime.ExperimentChoice;
import dev.bnlab.runtime.ExperimentChoices;
import dev.bnlab.runtime.ExperimentOptions;
import dev.bnlab.runtime.ExperimentFrame;
import dev.bnlab.runtime.ExperimentSession;
import dev.bnlab.ui.fx.HeadlessFx;
import dev.bnlab.ui.fx.Stylesheets;
import dev.bnlab.ui.model.LabModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;

/**
 * The PNGs of the headless {@code experiment} command: the Experiments mode as the app shows it after the run
 * ({@code NAME.png}, 1600 × 900 unless {@code -Dbnlab.experiment.width/height} say otherwise) and each of its
 * views on its own ({@code NAME-VIEW.png}). Headless Monocle, software pipeline; deterministic bytes for the same
 * name, steps and seed.
 *
 * <p>The live probes (instance path, shifted test set, scaled first layer) need the networks, which a result does
 * not carry, so the experiment is run once more with the same settings, synchronously (it is deterministic, so
 * its networks are those of the result); the frame shows the given result's series and findings.
 */
public final class PngExperimentRenderer implements ExperimentRenderer {

    public static final int DEFAULT_WIDTH = 1600;
    public static final int DEFAULT_HEIGHT = 900;

    @Override
    public List<Path> render(ExperimentResult result, Path dir) throws IOException {
        int w = Integer.getInteger("bnlab.experiment.width", DEFAULT_WIDTH);
        int h = Integer.getInteger("bnlab.experiment.height", DEFAULT_HEIGHT);
        return render(result, dir, w, h);
    }

    /** Writes DIR/NAME.png at w × h and one PNG per view; returns the files written. */
    public List<Path> render(ExperimentResult result, Path dir, int w, int h) throws IOException {
        ExperimentChoice choice = ExperimentChoices.byId(result.experimentId()).orElseThrow(
                () -> new IllegalArgumentException("no views for experiment \"" + result.experimentId() + "\""));
        ExperimentOptions options = optionsFor(choice);
        ExperimentSession session = new ExperimentSession(choice, result.settings(), options);
        while (session.advance()) {
            // deterministic: the same units as the headless run
        }
        ExperimentFrame computed = session.frame();
        ExperimentFrame frame = new ExperimentFrame(choice, result.settings(), result, computed.unitsDone(),
                computed.plannedUnits(), false, "", computed.options(), computed.runs(), computed.dataset(),
                computed.grid(), computed.probes(), computed.generation());
        Files.createDirectories(dir);
        HeadlessFx.startToolkit();
        String name = result.experimentId();
        return onFx(() -> {
            LabModel model = new LabModel(SessionConfig.defaults(), Hyperparams.defaults());
            model.startExperiment(choice, result.settings(), options);
            try {
                ExperimentsPane pane = new ExperimentsPane(model);
                Scene scene = Stylesheets.scene(pane, w, h);
                HeadlessFx.settleLayout(scene);
                pane.revealSelection();
                pane.showFrame(frame);
                HeadlessFx.settleLayout(scene);
                pane.showFrame(frame);
                HeadlessFx.settleLayout(scene);
                List<Path> written = new ArrayList<>();
                written.add(HeadlessFx.writePng(scene.snapshot(null), dir.resolve(name + ".png")));
                for (Map.Entry<String, ExperimentView> e : pane.viewSet().views().entrySet()) {
                    written.add(HeadlessFx.writePng(e.getValue().snapshot(null, null),
                            dir.resolve(name + "-" + e.getKey() + ".png")));
                }
                return written;
            } finally {
                model.close();
            }
        });
    }

    /** The app's defaults; for single-instance inference, with the batch-of-one explanation shown. */
    static ExperimentOptions optionsFor(ExperimentChoice c) {
        return c.kind() == ExperimentKind.SINGLE_INSTANCE ? ExperimentOptions.DEFAULTS.withBatchOfOne(true)
                : ExperimentOptions.DEFAULTS;
    }

    private static <T> T onFx(Callable<T> work) throws IOException {
        try {
            return HeadlessFx.submit(work).get(120, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering", e);
        } catch (TimeoutException e) {
            throw new IOException("rendering took longer than 120 s", e);
        }
    }
}

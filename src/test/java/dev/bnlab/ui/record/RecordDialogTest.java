package dev.bnlab.ui.record;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.lesson.LessonLibrary;
import dev.bnlab.record.ClipFormat;
import dev.bnlab.record.ClipPlan;
import dev.bnlab.ui.FxToolkit;
import dev.bnlab.ui.fx.HeadlessFx;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The Record clip… dialog: records in the background with progress, cancels cleanly, explains missing ffmpeg. */
class RecordDialogTest {

    @TempDir
    Path tmp;

    private static RecordDialog dialog(boolean ffmpeg) {
        return FxToolkit.call(() -> {
            RecordDialog d = new RecordDialog(() -> ClipPlan.of(SessionConfig.defaults(), Hyperparams.defaults(), 0), ffmpeg);
            new Scene(d, 600, 520);
            return d;
        });
    }

    private static RecordingJob.Result awaitResult(RecordDialog d) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> FxToolkit.call(d::lastResult) != null);
        return FxToolkit.call(d::lastResult);
    }

    @Test
    void recordsAGifInTheBackgroundWhileTheFxThreadStaysFree() throws Exception {
        RecordDialog d = dialog(false);
        Path out = tmp.resolve("dialog.gif");
        long[] fxLatencyMs = new long[1];
        FxToolkit.run(() -> {
            d.steps.getValueFactory().setValue(20);
            d.output.setText(out.toString());
            d.start();
            assertThat(d.start.isDisabled()).isTrue();
            assertThat(d.cancel.isDisabled()).isFalse();
        });
        // while it records, the FX thread answers within a frame or two
        long t = System.nanoTime();
        FxToolkit.run(() -> { });
        fxLatencyMs[0] = (System.nanoTime() - t) / 1_000_000;
        RecordingJob.Result r = awaitResult(d);
        assertThat(r.outcome()).isEqualTo(RecordingJob.Outcome.DONE);
        assertThat(r.progress().done()).isEqualTo(21);
        assertThat(out).isNotEmptyFile();
        assertThat(fxLatencyMs[0]).isLessThan(1000);
        FxToolkit.run(() -> {
            assertThat(d.bar.getProgress()).isEqualTo(1.0);
            assertThat(d.status.getText()).contains("dialog.gif").contains("21");
            assertThat(d.start.isDisabled()).isFalse();
        });
    }

    @Test
    void cancelLeavesNoFile() throws Exception {
        RecordDialog d = dialog(false);
        Path out = tmp.resolve("cancel.gif");
        FxToolkit.run(() -> {
            d.steps.getValueFactory().setValue(5000);
            d.output.setText(out.toString());
            d.start();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> FxToolkit.call(() -> d.bar.getProgress() > 0));
        FxToolkit.run(d::cancel);
        RecordingJob.Result r = awaitResult(d);
        assertThat(r.outcome()).isEqualTo(RecordingJob.Outcome.CANCELLED);
        assertThat(r.progress().done()).isLessThan(5001);
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files).isEmpty();
        }
        FxToolkit.run(() -> assertThat(d.status.getText()).contains("no file"));
    }

    @Test
    void mp4IsDisabledWithAnInstallHintWithoutFfmpeg() {
        RecordDialog without = dialog(false);
        RecordDialog with = dialog(true);
        FxToolkit.run(() -> {
            assertThat(without.mp4.isDisabled()).isTrue();
            assertThat(without.getChildren()).anyMatch(n -> n instanceof Label l
                    && l.getText().contains("apt-get install ffmpeg") && l.getText().contains("brew install ffmpeg"));
            assertThat(with.getChildren()).noneMatch(n -> n instanceof Label l
                    && l.getText().contains("apt-get install ffmpeg"));
            try {
                without.applyCss();
                without.layout();
                HeadlessFx.writePng(without.snapshot(null, null),
                        Shots.dir(tmp.resolve("shots")).resolve("record-dialog.png"));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            assertThat(with.mp4.isDisabled()).isFalse();
            with.mp4.setSelected(true);
            assertThat(with.selectedFormat()).isEqualTo(ClipFormat.MP4);
            assertThat(with.output.getText()).endsWith(".mp4");
        });
        assertThat(RecordDialog.withExtension("/x/clip.GIF", ClipFormat.MP4)).isEqualTo("/x/clip.mp4");
    }

    @Test
    void aChosenLessonIsFilmedSceneBySceneWithItsCaptionsAndHold() {
        RecordDialog d = dialog(false);
        FxToolkit.run(() -> {
            d.source.setValue("c2-placement");
            d.fps.getValueFactory().setValue(10);
            d.holdSeconds.getValueFactory().setValue(2.0);
            assertThat(d.steps.isDisabled()).isTrue();
            assertThat(d.holdSeconds.isDisabled()).isFalse();
            ClipPlan plan = d.plan();
            var lesson = LessonLibrary.builtIn("c2-placement");
            assertThat(plan.segments()).hasSize(lesson.sceneCount());
            for (int k = 0; k < lesson.sceneCount(); k++) {
                var scene = lesson.scene(k);
                var seg = plan.segments().get(k);
                assertThat(seg.config()).isEqualTo(scene.config());
                assertThat(seg.steps()).isEqualTo(scene.steps());
                assertThat(seg.caption()).isEqualTo(scene.caption().text(false));
                assertThat(seg.views()).isEqualTo(scene.views());
                assertThat(seg.holdFrames()).isEqualTo(20);
            }
            d.source.setValue("");
            assertThat(d.steps.isDisabled()).isFalse();
            assertThat(d.plan().segments()).singleElement().satisfies(seg -> assertThat(seg.holdFrames()).isZero());
        });
    }
}

package dev.bnlab.ui.lab;

import dev.bnlab.i18n.Messages;
import dev.bnlab.runtime.LiveFrame;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Step, batch size, batch loss, training speed and frame rate; plus the last rebuild note. */
public final class StatusBar extends HBox {

    private final Label step = new Label(Messages.format("controls.status.step", "0", "–", "–"));
    private final Label note = new Label();
    private final Label speed = new Label();

    public StatusBar() {
        getStyleClass().add("status-bar");
        setSpacing(18);
        setPadding(new Insets(4, 12, 4, 12));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        // when the bar is short (presentation mode), the note gives way; step and loss stay whole
        step.setMinWidth(Region.USE_PREF_SIZE);
        speed.setMinWidth(Region.USE_PREF_SIZE);
        note.setMinWidth(0);
        getChildren().addAll(step, note, grow, speed);
    }

    /** Shows the frame's numbers and note in the current language (again after a language switch). */
    public void show(LiveFrame f, double fps) {
        var s = f.snapshot();
        step.setText(Messages.format("controls.status.step", Long.toString(s.step()), Integer.toString(s.batchSize()),
                Double.isNaN(s.loss()) ? "–" : String.format(Locale.ROOT, "%.4f", s.loss())));
        note.setText(f.note());
        String training = f.playing() || f.stepsPerSecond() > 0
                ? Messages.format("controls.speed.value", String.format(Locale.ROOT, "%,.0f", f.stepsPerSecond()))
                : Messages.get("controls.state.paused");
        speed.setText(fps > 0 ? String.format(Locale.ROOT, "%s   %.0f fps", training, fps) : training);
    }

    public String stepText() {
        return step.getText();
    }

    public String noteText() {
        return note.getText();
    }
}

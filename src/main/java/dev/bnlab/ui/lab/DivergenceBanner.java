package dev.bnlab.ui.lab;

import dev.bnlab.core.Divergence;
import dev.bnlab.experiments.DivergenceText;
import dev.bnlab.i18n.Messages;
import org.controlsfx.control.NotificationPane;

/**
 * When a run diverges, a red bar slides down over the views (a ControlsFX notification pane around them): at which
 * step and why, and what to do. It goes when the run is rebuilt or reset; the teacher can also close it.
 */
public final class DivergenceBanner extends NotificationPane {

    private Divergence shown;

    public DivergenceBanner() {
        getStyleClass().add("divergence-banner");
        setShowFromTop(true);
        // the pane's skin only follows changes of "showing": a divergence shown before the skin exists (a frame
        // drawn before the window's first layout) is shown again once it does
        skinProperty().addListener((o, was, now) -> {
            if (now != null && isShowing()) {
                hide();
                show();
            }
        });
    }

    /**
     * Shows the divergence in the current language, or hides the bar when null. The same divergence is not shown
     * again once the teacher has closed its bar (each frame of a diverged run brings it again).
     */
    public void show(Divergence d) {
        if (d == null) {
            shown = null;
            if (isShowing()) {
                hide();
            }
            return;
        }
        setText(Messages.format("controls.banner.diverged", DivergenceText.of(d).text()));
        if (!d.equals(shown)) {
            shown = d;
            show();
        }
    }

    /** The text of the bar ("" before the first divergence). */
    public String text() {
        return getText() == null ? "" : getText();
    }
}

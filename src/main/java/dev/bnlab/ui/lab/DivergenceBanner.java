package dev.bnlab.ui.lab;

import dev.bnlab.core.Divergence;
import dev.bnlab.experiments.DivergenceText;
import dev.bnlab.i18n.Messages;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** A red banner across the top when a run diverges: at which step and why, and what to do. */
public final class DivergenceBanner extends StackPane {

    private final Label text = new Label();

    public DivergenceBanner() {
        getStyleClass().add("divergence-banner");
        text.getStyleClass().add("divergence-text");
        text.setWrapText(true);
        getChildren().add(text);
        setPadding(new Insets(8, 14, 8, 14));
        show(null);
    }

    /** Shows the divergence in the current language, or hides the banner when null. */
    public void show(Divergence d) {
        boolean on = d != null;
        setVisible(on);
        setManaged(on);
        text.setText(on ? Messages.format("controls.banner.diverged", DivergenceText.of(d).text()) : "");
    }

    public String text() {
        return text.getText();
    }
}

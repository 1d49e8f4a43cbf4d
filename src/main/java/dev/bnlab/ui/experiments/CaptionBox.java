package dev.bnlab.ui.experiments;

import dev.bnlab.ui.experiments.ClaimNote.Verdict;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Above the views: the experiment's title, the explainer's claim with its verdict on this network ("On this
 * network: …", coloured), and the experiments package's full caption.
 */
public final class CaptionBox extends VBox {

    private final Label title = new Label();
    private final Label verdict = new Label();
    private final Label claim = new Label();
    private final Label onThisNetwork = new Label();
    private final Label caption = new Label();
    private final HBox claimRow = new HBox(10, verdict, claim);

    public CaptionBox() {
        super(3);
        getStyleClass().add("caption-box");
        title.getStyleClass().add("experiment-title");
        verdict.getStyleClass().add("verdict");
        claim.getStyleClass().add("claim");
        onThisNetwork.getStyleClass().add("on-this-network");
        caption.getStyleClass().add("caption");
        for (Label l : new Label[] {claim, onThisNetwork, caption, title}) {
            l.setWrapText(true);
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            l.setMaxWidth(Double.MAX_VALUE);
        }
        verdict.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(claim, Priority.ALWAYS);
        getChildren().addAll(title, claimRow, onThisNetwork, caption);
    }

    /** Shows the texts of an experiment in the current language (call again after a language switch). */
    public void show(ExperimentChoice c) {
        title.setText(c.title() + "   ·   " + c.id());
        ClaimNote n = c.note();
        boolean hasNote = n.verdict() != Verdict.NONE;
        claimRow.setVisible(hasNote);
        claimRow.setManaged(hasNote);
        onThisNetwork.setVisible(hasNote);
        onThisNetwork.setManaged(hasNote);
        verdict.setText(n.verdict().text().toUpperCase(java.util.Locale.ROOT) + (hasNote ? " · " + n.seedShare() : ""));
        verdict.getStyleClass().removeIf(s -> s.startsWith("verdict-"));
        verdict.getStyleClass().add("verdict-" + n.verdict().name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', '-'));
        claim.setText(LabelText.safe(ExpText.ui("caption.explainer", n.claim())));
        onThisNetwork.setText(LabelText.safe(ExpText.ui("caption.on-this-network", n.onThisNetwork())));
        caption.setText(LabelText.safe(c.caption()));
    }

    public String titleText() {
        return title.getText();
    }

    public String captionText() {
        return caption.getText();
    }

    /** "On this network: …" as shown ("" when the experiment has no claim). */
    public String onThisNetworkText() {
        return onThisNetwork.isVisible() ? onThisNetwork.getText() : "";
    }

    public String verdictText() {
        return verdict.getText();
    }
}

package dev.bnlab.ui.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.i18n.Messages;
import dev.bnlab.ui.FxToolkit;
import dev.bnlab.ui.fx.HeadlessFx;
import dev.bnlab.ui.fx.Stylesheets;
import dev.bnlab.ui.fx.UiText;
import dev.bnlab.ui.model.LabModel;
import dev.bnlab.ui.view.ViewFixtures;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole control panel at the window's panel width, in both languages: no text is cut short ("…"). With
 * -Dbnlab.viewshots=DIR it is written as DIR/controls-LANG.png.
 */
class ControlPanelPictureTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void everyTextOfThePanelIsShownInFull(String lang) {
        try (LabModel model = new LabModel(SessionConfig.defaults(), Hyperparams.defaults())) {
            FxToolkit.run(() -> {
                UiText.setLocale(Messages.parse(lang));
                try {
                    ControlPanel panel = new ControlPanel(model);
                    // the panel's width in the window: the side pane is 330 px with a 14 px scroll bar
                    panel.setPrefWidth(316);
                    panel.setMaxWidth(316);
                    Scene scene = Stylesheets.scene(new StackPane(panel), 316, 1400);
                    HeadlessFx.settleLayout(scene);
                    List<String> cut = new ArrayList<>();
                    collectCutTexts(panel, cut);
                    assertThat(cut).as("texts cut short in %s", lang).isEmpty();
                    ViewFixtures.saveIfRequested(panel.snapshot(null, null), "controls-" + lang);
                } finally {
                    UiText.setLocale(Messages.ENGLISH);
                }
            });
        }
    }

    /** Texts of labels and buttons that JavaFX shows shortened (the text on screen differs from the label's). */
    private static void collectCutTexts(Node n, List<String> out) {
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty() && l.isVisible()) {
            for (Node c : l.getChildrenUnmodifiable()) {
                if (c instanceof Text t && !l.getText().equals(t.getText())) {
                    out.add(l.getText() + " → " + t.getText());
                }
            }
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collectCutTexts(c, out);
            }
        }
    }
}

package dev.bnlab.ui.lab;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.export.FrameworkCode;
import dev.bnlab.ui.fx.UiText;
import dev.bnlab.ui.model.LabModel;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Two tabs, PyTorch and Keras, with the code that builds the current network and BN layer, kept in step
 * with the model's settings; each tab has a Copy button.
 */
public final class CodePanel extends BorderPane {

    private final LabModel model;
    final TextArea pytorchText = codeArea();
    final TextArea kerasText = codeArea();
    final TabPane tabs = new TabPane(tab("PyTorch", pytorchText), tab("Keras", kerasText));
    private Stage window;

    public CodePanel(LabModel model) {
        this.model = model;
        getStyleClass().add("code-panel");
        setCenter(tabs);
        refresh();
        model.configProperty().addListener((o, a, b) -> refresh());
        model.hyperparamsProperty().addListener((o, a, b) -> refresh());
    }

    /** Regenerates both texts from the model's current config and hyperparameters. */
    private void refresh() {
        SessionConfig cfg = model.config();
        Hyperparams hp = model.hyperparams();
        pytorchText.setText(FrameworkCode.pytorch(cfg, hp));
        kerasText.setText(FrameworkCode.keras(cfg, hp));
    }

    /** Shows this panel in its own window (created on first use), in front. */
    public void showWindow(Window owner) {
        if (window == null) {
            window = new Stage();
            window.titleProperty().bind(UiText.text("app.code.title"));
            if (owner != null) {
                window.initOwner(owner);
            }
            window.setScene(new Scene(this, 720, 640));
        }
        window.show();
        window.toFront();
    }

    private static TextArea codeArea() {
        TextArea area = new TextArea();
        area.setEditable(false);
        area.setWrapText(false);
        area.setStyle("-fx-font-family: monospace;");
        return area;
    }

    private static Tab tab(String name, TextArea area) {
        Button copy = UiText.bind(new Button(), "controls.code.copy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(area.getText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        HBox bar = new HBox(copy);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(6));
        BorderPane pane = new BorderPane(area);
        pane.setBottom(bar);
        Tab t = new Tab(name, pane);
        t.setClosable(false);
        return t;
    }
}

package dev.bnlab.ui.experiments;

import dev.bnlab.ui.fx.UiText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

/** "Neuron [1] [2] [3]": picks the hidden neuron the detail views show. */
final class NeuronChooser extends HBox {

    private final List<ToggleButton> buttons = new ArrayList<>();

    NeuronChooser(int hidden, int selected, IntConsumer onChoose) {
        super(4);
        getStyleClass().add("neuron-chooser");
        getChildren().add(UiText.bind(new Label(), "experiments.ui.neuron"));
        ToggleGroup group = new ToggleGroup();
        for (int j = 0; j < hidden; j++) {
            ToggleButton b = new ToggleButton(Integer.toString(j + 1));
            b.setToggleGroup(group);
            b.setSelected(j == selected);
            int jj = j;
            b.setOnAction(e -> {
                b.setSelected(true);
                onChoose.accept(jj);
            });
            buttons.add(b);
            getChildren().add(b);
        }
    }

    List<ToggleButton> buttons() {
        return buttons;
    }
}

package dev.bnlab.ui.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.ui.FxToolkit;
import dev.bnlab.ui.fx.HeadlessFx;
import dev.bnlab.ui.fx.Stylesheets;
import dev.bnlab.ui.model.LabModel;
import java.util.List;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.Test;

/** Views can be hidden (the rest re-flow into a fuller grid) and highlighted. */
class ViewLayoutTest {

    @Test
    void hidingViewsReflowsTheGridAndHighlightingMarksTheView() {
        try (LabModel model = new LabModel(SessionConfig.defaults(), Hyperparams.defaults())) {
            FxToolkit.call(() -> {
                MainWindow w = new MainWindow(model);
                Scene scene = Stylesheets.scene(w, 1200, 800);
                HeadlessFx.settleLayout(scene);
                GridPane grid = w.viewGrid();
                double sixWidth = w.views().get("data").getWidth();
                assertThat(grid.getChildren()).hasSize(6);

                w.setVisibleViews(List.of("data", "training-curves"));
                HeadlessFx.settleLayout(scene);
                assertThat(grid.getChildren()).containsExactly(w.views().get("training-curves"), w.views().get("data"));
                assertThat(w.views().get("data").getWidth()).isGreaterThan(1.4 * sixWidth);
                assertThat(w.isViewVisible("histograms")).isFalse();

                w.setViewVisible("histograms", true);
                assertThat(grid.getChildren()).hasSize(3).startsWith(w.views().get("histograms"));

                w.setHighlightedViews(Set.of("data"));
                assertThat(w.views().get("data").getStyleClass()).contains("highlighted");
                assertThat(w.views().get("histograms").getStyleClass()).doesNotContain("highlighted");
                w.setHighlightedViews(Set.of());
                assertThat(w.views().get("data").getStyleClass()).doesNotContain("highlighted");

                w.setVisibleViews(List.of());
                assertThat(grid.getChildren()).hasSize(6);
                assertThatThrownBy(() -> w.setViewVisible("loss", false)).hasMessageContaining("unknown view \"loss\"");
                return null;
            });
        }
    }
}

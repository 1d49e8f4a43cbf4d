package dev.bnlab.ui.record;

import dev.bnlab.i18n.Messages;
import dev.bnlab.record.ClipSegment;
import dev.bnlab.runtime.LiveFrame;
import dev.bnlab.runtime.ViewFrame;
import dev.bnlab.ui.plot.ViewStyle;
import dev.bnlab.ui.view.CanvasView;
import dev.bnlab.ui.view.ViewCatalog;
import dev.bnlab.ui.view.ViewGrid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * What a clip frame shows: a one-line summary of the step and settings on top, the segment's views in the main
 * window's grid (its own view instances, not the live ones), and the caption as a banner at the bottom. FX thread.
 */
public final class ClipStage extends BorderPane {

    private final ViewCatalog views = new ViewCatalog();
    private final GridPane grid = new GridPane();
    private final Label summary = new Label();
    private final Label caption = new Label();
    private List<String> shown = List.of();

    public ClipStage() {
        getStyleClass().add("clip-stage");
        summary.getStyleClass().add("clip-summary");
        summary.setPadding(new Insets(4, 10, 4, 10));
        summary.setMaxWidth(Double.MAX_VALUE);
        summary.setStyle("-fx-background-color: #dee2e6;");
        caption.getStyleClass().add("clip-caption");
        caption.setWrapText(true);
        caption.setMaxWidth(Double.MAX_VALUE);
        caption.setAlignment(Pos.CENTER);
        caption.setTextAlignment(TextAlignment.CENTER);
        caption.setPadding(new Insets(10, 24, 12, 24));
        caption.setStyle("-fx-background-color: rgba(20,24,32,0.92); -fx-text-fill: white;");
        grid.setHgap(6);
        grid.setVgap(6);
        grid.setPadding(new Insets(6));
        for (CanvasView v : views.all().values()) {
            v.setMinSize(0, 0);
            v.setPrefSize(10, 10);
        }
        setTop(summary);
        setCenter(grid);
    }

    /** Shows a frame of a segment: its views, highlights and caption. */
    public void show(LiveFrame f, ClipSegment segment) {
        List<String> wanted = segment.views().isEmpty() ? List.copyOf(views.all().keySet()) : segment.views();
        if (!wanted.equals(shown)) {
            layoutViews(wanted);
        }
        views.all().forEach((name, v) -> {
            v.getStyleClass().remove("highlighted");
            if (segment.highlighted().contains(name)) {
                v.getStyleClass().add("highlighted");
            }
        });
        ViewFrame vf = new ViewFrame(f.snapshot(), f.steps(), f.evals(), f.dataset(), f.grid(), 0);
        for (String name : shown) {
            views.get(name).show(vf);
        }
        setBackground(new Background(new BackgroundFill(ViewStyle.background(), null, null)));
        summary.setText(summaryText(f));
        summary.setFont(Font.font(family(), 13));
        if (segment.caption().isEmpty()) {
            setBottom(null);
        } else {
            caption.setText(segment.caption());
            // readable from the back of a room: 24 px at 1280×720 (the snapshot scales it for larger clips)
            caption.setFont(Font.font(family(), FontWeight.BOLD, 24));
            setBottom(caption);
        }
    }

    /** Chinese text needs a CJK font (see the toolchain notes); otherwise the app's usual one. */
    private static String family() {
        return Messages.chinese() ? "Noto Sans CJK SC" : "System";
    }

    private static String summaryText(LiveFrame f) {
        var s = f.snapshot();
        var hp = s.hyperparams();
        var c = s.config();
        String loss = Double.isNaN(s.loss()) ? "–" : String.format(Locale.ROOT, "%.4f", s.loss());
        String acc = Double.isNaN(s.accuracy()) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * s.accuracy());
        return Messages.format("record.clip.summary", Long.toString(s.step()), loss, acc,
                c.placement().id(), c.activation().id(), fmt(hp.learningRate()), Integer.toString(hp.batchSize()));
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4g", v).replaceAll("\\.?0+(e|$)", "$1");
    }

    /** The main window's grid ({@link ViewGrid}) of the named views. */
    private void layoutViews(List<String> names) {
        List<String> valid = new ArrayList<>();
        for (String n : names) {
            if (views.get(n) == null) {
                throw new IllegalArgumentException("unknown view \"" + n + "\" ("
                        + String.join(", ", views.all().keySet()) + ")");
            }
            valid.add(n);
        }
        // keep catalogue order, as the main window does
        List<String> ordered = views.all().keySet().stream().filter(valid::contains).toList();
        ViewGrid.fill(grid, ordered.stream().map(views::get).toList());
        shown = ordered;
    }

    public ViewCatalog views() {
        return views;
    }

    public String summary() {
        return summary.getText();
    }
}

package dev.bnlab.ui;

import dev.bnlab.ui.view.CanvasView;
import dev.bnlab.ui.view.ViewFrame;
import dev.bnlab.ui.view.ViewStyle;
import javafx.scene.canvas.GraphicsContext;

/** Temporary stand-in while a view is being built. */
final class PlaceholderView extends CanvasView {
    private final String title;

    PlaceholderView(String title) {
        super("placeholder-view");
        this.title = title;
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h, ViewFrame f) {
        ViewStyle.centeredMessage(g, w, h, title + " — step " + f.snapshot().step());
    }
}

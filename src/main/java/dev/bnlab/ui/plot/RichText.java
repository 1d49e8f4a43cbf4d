package dev.bnlab.ui.plot;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** One line of text with subscripts (μ_B, σ²_B) drawn piece by piece on a canvas. */
public final class RichText {

    private record Piece(String text, boolean sub) {
    }

    private final List<Piece> pieces = new ArrayList<>();

    public RichText text(String s) {
        pieces.add(new Piece(s, false));
        return this;
    }

    public RichText sub(String s) {
        pieces.add(new Piece(s, true));
        return this;
    }

    /** The plain-text form ("μ_B 0.12"), for tests and accessibility. */
    public String plain() {
        StringBuilder b = new StringBuilder();
        for (Piece p : pieces) {
            b.append(p.sub ? "_" : "").append(p.text);
        }
        return b.toString();
    }

    private static Font subFont(Font f) {
        return Font.font(f.getFamily(), Math.max(9, Math.round(f.getSize() * 0.75)));
    }

    public double width(Font font) {
        double w = 0;
        Font sf = subFont(font);
        for (Piece p : pieces) {
            w += TextMeasure.width(p.sub ? sf : font, p.text);
        }
        return w;
    }

    /** Draws the line with its baseline at y, starting at x; returns the x after the last piece. */
    public double draw(GraphicsContext g, double x, double y, Font font, Color color) {
        Font sf = subFont(font);
        for (Piece p : pieces) {
            Font f = p.sub ? sf : font;
            double dy = p.sub ? font.getSize() * 0.25 : 0;
            PlotPainter.text(g, p.text, x, y + dy, f, color, TextAlignment.LEFT, VPos.BASELINE);
            x += TextMeasure.width(f, p.text);
        }
        return x;
    }
}

package dev.bnlab.ui.plot;

import dev.bnlab.core.Vec;
import dev.bnlab.plot.HistogramBins;
import dev.bnlab.plot.PlotBox;
import dev.bnlab.plot.Range;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** Histogram bars and outlines on a plot (binning by {@link HistogramBins}). FX thread. */
public final class HistogramPainter {

    private HistogramPainter() {
    }

    /** Bins over [lo, hi] for n values: about 2·√n bins, 5..40. */
    public static HistogramBins bin(Vec values, double lo, double hi) {
        return HistogramBins.of(values, lo, hi, HistogramBins.binCount(values.size()));
    }

    /** Filled bars with a darker outline; y is the count. */
    public static void bars(GraphicsContext g, PlotBox b, HistogramBins h, Color fill, Color outline) {
        PlotPainter.clip(g, b);
        g.setLineWidth(1);
        for (int k = 0; k < h.bins(); k++) {
            if (h.count(k) == 0) {
                continue;
            }
            double x0 = b.px(h.edge(k));
            double x1 = b.px(h.edge(k + 1));
            double y = b.py(h.count(k));
            g.setFill(fill);
            g.fillRect(x0, y, x1 - x0, b.bottom() - y);
            g.setStroke(ViewStyle.ink(outline));
            g.strokeRect(x0 + 0.5, y + 0.5, Math.max(0, x1 - x0 - 1), b.bottom() - y - 1);
        }
        g.restore();
    }

    /** A step outline of the counts (to overlay a second histogram on the same bins). */
    public static void outline(GraphicsContext g, PlotBox b, HistogramBins h, Color stroke, double width) {
        PlotPainter.clip(g, b);
        g.setStroke(ViewStyle.ink(stroke));
        g.setLineWidth(width);
        g.beginPath();
        g.moveTo(b.px(h.edge(0)), b.bottom());
        for (int k = 0; k < h.bins(); k++) {
            double y = b.py(h.count(k));
            g.lineTo(b.px(h.edge(k)), y);
            g.lineTo(b.px(h.edge(k + 1)), y);
        }
        g.lineTo(b.px(h.edge(h.bins())), b.bottom());
        g.stroke();
        g.restore();
    }

    /** The data range of values, widened to at least [−minHalf, minHalf] around 0 and padded. */
    public static Range range(Vec values, double minHalf) {
        Range r = new Range(-minHalf, minHalf);
        for (int i = 0; i < values.size(); i++) {
            r = r.with(values.get(i));
        }
        return r.padded(0.04);
    }
}

package dev.bnlab.plot;

/**
 * A plot rectangle in pixels and the data range it shows; maps data coordinates to pixels (y grows up).
 *
 * @param left   x pixel of the left edge
 * @param top    y pixel of the top edge
 * @param width  width in pixels
 * @param height height in pixels
 * @param xLo    data x at the left edge
 * @param xHi    data x at the right edge
 * @param yLo    data y at the bottom edge
 * @param yHi    data y at the top edge
 */
public record PlotBox(double left, double top, double width, double height, double xLo, double xHi, double yLo,
                      double yHi) {

    public double right() {
        return left + width;
    }

    public double bottom() {
        return top + height;
    }

    /** Pixel x of data x: left + (x − xLo)/(xHi − xLo)·width. */
    public double px(double x) {
        return left + (x - xLo) / (xHi - xLo) * width;
    }

    /** Pixel y of data y: bottom − (y − yLo)/(yHi − yLo)·height. */
    public double py(double y) {
        return bottom() - (y - yLo) / (yHi - yLo) * height;
    }

    /** Data x at pixel x (inverse of {@link #px}). */
    public double dataX(double pixelX) {
        return xLo + (pixelX - left) / width * (xHi - xLo);
    }

    public PlotBox withX(double lo, double hi) {
        return new PlotBox(left, top, width, height, lo, hi, yLo, yHi);
    }

    public PlotBox withY(double lo, double hi) {
        return new PlotBox(left, top, width, height, xLo, xHi, lo, hi);
    }

    /** True when the rectangle is big enough to draw in. */
    public boolean usable() {
        return width >= 8 && height >= 8 && xHi > xLo && yHi > yLo;
    }
}

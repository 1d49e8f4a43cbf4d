package dev.bnlab.plot;

/**
 * Geometry of the network diagram with several hidden layers (no drawing): the inputs on the left, one column per
 * hidden layer, the output on the right; in each column up to {@value #MAX_ROWS} neuron circles (a wider layer
 * shows its first ones and says how many more), and under the columns one strip per layer for the spread of its
 * activation inputs. The hit test maps a click to a layer and a neuron. Pure arithmetic, so it can be unit-tested.
 */
public final class DeepNetworkLayout {

    /** Most neuron circles drawn in one column. */
    public static final int MAX_ROWS = 10;

    /** What a click hit: a hidden layer (0-based) and, when on a circle, a neuron of it; −1 for none. */
    public record Pick(int layer, int neuron) {
        public static final Pick NONE = new Pick(-1, -1);
    }

    private final int layers;
    private final int rows;
    private final double[] columnX;
    private final double inputX;
    private final double outputX;
    private final double top;
    private final double rowSpacing;
    private final double radius;
    private final double columnW;
    private final double stripTop;
    private final double stripBottom;

    /**
     * @param x      left of the diagram area
     * @param y      top of the diagram area
     * @param width  its width
     * @param height its height (circles above, spread strips below)
     * @param layers hidden layers L (≥ 1)
     * @param hidden neurons per layer h (≥ 1)
     */
    public DeepNetworkLayout(double x, double y, double width, double height, int layers, int hidden) {
        this.layers = Math.max(1, layers);
        this.rows = Math.min(MAX_ROWS, Math.max(1, hidden));
        // L + 2 columns: inputs, hidden layers, output
        double step = width / (this.layers + 2);
        this.columnW = step;
        this.inputX = x + step / 2;
        this.outputX = x + width - step / 2;
        this.columnX = new double[this.layers];
        for (int k = 0; k < this.layers; k++) {
            columnX[k] = x + step * (k + 1.5);
        }
        // circles take the upper 58 %, the strips the rest below a gap
        double circlesH = height * 0.58;
        this.top = y;
        this.rowSpacing = circlesH / rows;
        this.radius = Math.max(2, Math.min(18, Math.min(0.36 * rowSpacing, 0.22 * step)));
        this.stripTop = y + circlesH + Math.max(14, height * 0.06);
        this.stripBottom = y + height;
    }

    public int layers() {
        return layers;
    }

    /** Circles drawn per column (at most {@value #MAX_ROWS}). */
    public int rows() {
        return rows;
    }

    /** Width of one column. */
    public double columnWidth() {
        return columnW;
    }

    /** Centre x of hidden layer k's column. */
    public double columnX(int k) {
        return columnX[k];
    }

    public double inputX() {
        return inputX;
    }

    public double outputX() {
        return outputX;
    }

    /** Centre y of row j: top + (j + ½)·spacing. */
    public double rowY(int j) {
        return top + (j + 0.5) * rowSpacing;
    }

    /** y of input k of d (spread over the circles' height). */
    public double inputY(int k, int d) {
        return top + (k + 0.5) * (rows * rowSpacing) / d;
    }

    /** y of the output node (the middle of the circles' height). */
    public double outputY() {
        return top + rows * rowSpacing / 2;
    }

    public double radius() {
        return radius;
    }

    /** Top and bottom of the spread strips. */
    public double stripTop() {
        return stripTop;
    }

    public double stripBottom() {
        return stripBottom;
    }

    /** The column's band, from the top of the circles to the bottom of its strip (for highlighting). */
    public double bandLeft(int k) {
        return columnX[k] - columnW / 2 + 2;
    }

    /** A click at (px, py): the layer whose column band holds it, and the neuron when it is on a circle. */
    public Pick hitTest(double px, double py) {
        if (py < top || py > stripBottom) {
            return Pick.NONE;
        }
        for (int k = 0; k < layers; k++) {
            if (Math.abs(px - columnX[k]) <= columnW / 2) {
                int j = (int) Math.floor((py - top) / rowSpacing);
                if (j >= 0 && j < rows) {
                    double dy = py - rowY(j);
                    double dx = px - columnX[k];
                    double r = Math.max(radius, 7);
                    // on the circle when (dx² + dy²) ≤ r²
                    if (dx * dx + dy * dy <= r * r) {
                        return new Pick(k, j);
                    }
                }
                return new Pick(k, -1);
            }
        }
        return Pick.NONE;
    }
}

package dev.bnlab.plot;

import dev.bnlab.core.Placement;

/**
 * Geometry of the network diagram (no drawing): two input nodes on the left, one row per hidden neuron in
 * the middle (its BN block before or after the neuron circle, or none), the output node on the right; and
 * the hit test that maps a click to a hidden neuron. Pure arithmetic, so it can be unit-tested.
 */
public final class NetworkLayout {

    /** {@link #hitTest} result when no neuron is under the point. */
    public static final int NONE = -1;

    /** How γ and β are written on a BN block. */
    public enum BnText {
        /** "γ = …" and "β = …" on two lines. */
        TWO_LINES,
        /** "γ … β …" on one line. */
        ONE_LINE,
        /** blocks too small for text. */
        HIDDEN
    }

    /** A round node: centre and radius. */
    public record Node(double x, double y, double r) {
        public boolean contains(double px, double py, double minRadius) {
            double rr = Math.max(r, minRadius);
            // inside when (px − x)² + (py − y)² ≤ rr²
            return (px - x) * (px - x) + (py - y) * (py - y) <= rr * rr;
        }
    }

    /** An axis-aligned box: top-left corner and size. */
    public record Box(double x, double y, double w, double h) {
        public boolean contains(double px, double py) {
            return px >= x && px <= x + w && py >= y && py <= y + h;
        }

        public double centerX() {
            return x + w / 2;
        }
    }

    private static final double MIN_HIT_RADIUS = 7;
    private static final double GAP = 10;

    private final double top;
    private final int hidden;
    private final Placement placement;
    private final double spacing;
    private final double neuronRadius;
    private final Node[] inputs;
    private final Node output;
    private final double neuronX;
    private final double blockX;
    private final double blockW;
    private final double blockH;
    private final BnText bnText;

    /**
     * @param x          left of the diagram area
     * @param y          top of the diagram area
     * @param width      its width
     * @param height     its height
     * @param hidden     hidden neurons h (≥ 1)
     * @param placement  where BN sits
     * @param twoLineW   width of the widest "γ = …" / "β = …" line (for the two-line block)
     * @param oneLineW   width of the widest "γ … β …" line (for the one-line block)
     */
    public NetworkLayout(double x, double y, double width, double height, int hidden, Placement placement,
                         double twoLineW, double oneLineW) {
        this.top = y;
        this.hidden = Math.max(1, hidden);
        this.placement = placement;
        this.spacing = height / this.hidden;
        // circles fill ~70 % of a row (nearly all of a thin one), at most 24 px
        this.neuronRadius = spacing < 8 ? Math.max(1, spacing / 2 - 0.3)
                : Math.min(24, Math.min(0.36 * spacing, spacing / 2 - 0.5));

        double ioRadius = Math.max(8, Math.min(26, Math.min(height / 6, width / 16)));
        double cy = y + height / 2;
        double inputGap = Math.max(ioRadius + 6, Math.min(height * 0.2, 70));
        double inX = x + ioRadius + 1;
        inputs = new Node[] {new Node(inX, cy - inputGap, ioRadius), new Node(inX, cy + inputGap, ioRadius)};
        output = new Node(x + width - ioRadius - 1, cy, ioRadius);

        // the middle span keeps room on both sides for the edges to be seen
        double midLeft = inX + ioRadius + Math.max(30, 0.16 * width);
        double midRight = output.x() - ioRadius - Math.max(30, 0.16 * width);
        double room = midRight - midLeft - 2 * neuronRadius - GAP;
        boolean bn = placement.hasBatchNorm();
        if (bn && spacing >= 34 && twoLineW + 12 <= room) {
            bnText = BnText.TWO_LINES;
            blockW = twoLineW + 12;
            blockH = Math.min(spacing - 4, 36);
        } else if (bn && spacing >= 17 && oneLineW + 10 <= room) {
            bnText = BnText.ONE_LINE;
            blockW = oneLineW + 10;
            blockH = Math.min(spacing - 2, 17);
        } else {
            bnText = BnText.HIDDEN;
            blockH = Math.max(1.5, Math.min(spacing * 0.7, 16));
            blockW = bn ? Math.max(6, Math.min(30, Math.min(room * 0.5, blockH * 2.2))) : 0;
        }
        // the row's elements (block and circle) centred in the middle span
        double rowW = bn ? blockW + GAP + 2 * neuronRadius : 2 * neuronRadius;
        double start = (midLeft + midRight) / 2 - rowW / 2;
        if (placement == Placement.BEFORE) {
            blockX = start;
            neuronX = start + blockW + GAP + neuronRadius;
        } else if (placement == Placement.AFTER) {
            neuronX = start + neuronRadius;
            blockX = start + 2 * neuronRadius + GAP;
        } else {
            neuronX = start + neuronRadius;
            blockX = Double.NaN;
        }
    }

    public int hidden() {
        return hidden;
    }

    public Placement placement() {
        return placement;
    }

    /** Vertical distance between neuron rows. */
    public double rowSpacing() {
        return spacing;
    }

    public BnText bnText() {
        return bnText;
    }

    public Node input(int k) {
        return inputs[k];
    }

    public Node output() {
        return output;
    }

    /** Centre y of row j: top + (j + ½)·spacing. */
    public double rowY(int j) {
        return top + (j + 0.5) * spacing;
    }

    public Node neuron(int j) {
        return new Node(neuronX, rowY(j), neuronRadius);
    }

    /** Neuron j's BN block, or null without BN. */
    public Box bnBlock(int j) {
        if (!placement.hasBatchNorm()) {
            return null;
        }
        return new Box(blockX, rowY(j) - blockH / 2, blockW, blockH);
    }

    /** x of the BN column's centre (NaN without BN). */
    public double bnColumnX() {
        return blockX + blockW / 2;
    }

    public double neuronColumnX() {
        return neuronX;
    }

    /** Where the incoming (W₁) edges of row j end: the BN block before the activation, else the circle. */
    public double inX(int j) {
        return placement == Placement.BEFORE ? blockX : neuronX - neuronRadius;
    }

    /** Where the outgoing (W₂) edge of row j starts: the BN block after the activation, else the circle. */
    public double outX(int j) {
        return placement == Placement.AFTER ? blockX + blockW : neuronX + neuronRadius;
    }

    /**
     * The hidden neuron under (px, py), or {@link #NONE}: inside its circle (at least 7 px around the centre,
     * so small circles stay clickable), its BN block, or the short link between them.
     */
    public int hitTest(double px, double py) {
        // only row ⌊(py − top)/spacing⌋ can hold the point
        int j = (int) Math.floor((py - top) / spacing);
        if (j < 0 || j >= hidden) {
            return NONE;
        }
        Node n = neuron(j);
        if (n.contains(px, py, MIN_HIT_RADIUS)) {
            return j;
        }
        if (placement.hasBatchNorm()) {
            // block, circle and the link between them as one band
            double left = Math.min(blockX, neuronX - neuronRadius);
            double right = Math.max(blockX + blockW, neuronX + neuronRadius);
            double half = Math.max(blockH / 2, Math.min(neuronRadius, spacing / 2));
            if (px >= left && px <= right && Math.abs(py - n.y()) <= half) {
                return j;
            }
        }
        return NONE;
    }
}

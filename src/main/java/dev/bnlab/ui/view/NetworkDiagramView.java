package dev.bnlab.ui.view;

import dev.bnlab.core.Activation;
import dev.bnlab.core.LayerParameters;
import dev.bnlab.core.LayerSpread;
import dev.bnlab.core.Parameters;
import dev.bnlab.core.Placement;
import dev.bnlab.core.Snapshot;
import dev.bnlab.i18n.Messages;
import dev.bnlab.plot.DeepNetworkLayout;
import dev.bnlab.plot.NetworkLayout;
import dev.bnlab.plot.Readouts;
import dev.bnlab.runtime.ViewFrame;
import dev.bnlab.ui.plot.TextMeasure;
import dev.bnlab.ui.plot.ViewStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The network. With one hidden layer: inputs x₁ x₂, one row per hidden neuron (in its palette colour) with its BN
 * block where the placement puts it (showing γ and β), and the sigmoid output. With several: one column per
 * hidden layer (BN blocks as small marks), and under each column the spread of that layer's activation inputs
 * over the batch (5–95 % and 15–85 % of all its values, the median, the saturated share), so a deep net without
 * BN can be seen squeezing or saturating its layers while BN keeps each one spread out. Edges are coloured by the
 * sign of their weight and as wide as its size. Clicking a neuron selects it; clicking a layer shows it in the
 * per-neuron views.
 */
public final class NetworkDiagramView extends CanvasView {

    static final Color POSITIVE = Color.web("#2F6DB5");
    static final Color NEGATIVE = Color.web("#E07B1A");
    static final Color UNDEFINED = Color.web("#b0b0b0");
    static final Color BLOCK_FILL = Color.web("#f4f4f4");
    static final Color SELECTION = Color.web("#000000");

    private static final double PAD = 8;

    private NetworkLayout layout;
    private DeepNetworkLayout deep;
    private IntConsumer onNeuronSelected;
    private IntConsumer onLayerSelected;
    private String caption = "";

    public NetworkDiagramView() {
        super("network-diagram-view");
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (deep != null) {
                DeepNetworkLayout.Pick pick = pickUnder(e);
                if (pick.layer() >= 0 && onLayerSelected != null) {
                    onLayerSelected.accept(pick.layer());
                }
                if (pick.neuron() >= 0 && onNeuronSelected != null) {
                    onNeuronSelected.accept(pick.neuron());
                }
                if (pick.layer() >= 0) {
                    e.consume();
                }
                return;
            }
            int j = neuronUnder(e);
            if (j != NetworkLayout.NONE && onNeuronSelected != null) {
                onNeuronSelected.accept(j);
                e.consume();
            }
        });
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> setCursor(
                (deep != null ? pickUnder(e).layer() >= 0 : neuronUnder(e) != NetworkLayout.NONE)
                        ? Cursor.HAND : Cursor.DEFAULT));
    }

    private DeepNetworkLayout.Pick pickUnder(MouseEvent e) {
        return pickAt(unzoom(e.getX() - canvas().getLayoutX()), unzoom(e.getY() - canvas().getLayoutY()));
    }

    /** With several hidden layers: the layer (and neuron) under a point of the last drawn diagram. */
    public DeepNetworkLayout.Pick pickAt(double x, double y) {
        return deep == null ? DeepNetworkLayout.Pick.NONE : deep.hitTest(x, y);
    }

    /** Called with the 0-based index of a hidden layer the user clicks (networks of several layers). */
    public void setOnLayerSelected(IntConsumer listener) {
        this.onLayerSelected = listener;
    }

    /** The hidden neuron under the mouse (event coordinates are the region's; the canvas sits inside its border). */
    private int neuronUnder(MouseEvent e) {
        return neuronAt(unzoom(e.getX() - canvas().getLayoutX()), unzoom(e.getY() - canvas().getLayoutY()));
    }

    /** Called with the 0-based index of a hidden neuron the user clicks. */
    public void setOnNeuronSelected(IntConsumer listener) {
        this.onNeuronSelected = listener;
    }

    /** The hidden neuron under a point of the view in the last drawn layout, or {@link NetworkLayout#NONE}. */
    public int neuronAt(double x, double y) {
        return layout == null ? NetworkLayout.NONE : layout.hitTest(x, y);
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h, ViewFrame f) {
        if (f.snapshot().layers() > 1) {
            layout = null;
            drawDeep(g, w, h, f);
            return;
        }
        deep = null;
        Snapshot s = f.snapshot();
        Placement placement = s.config().placement();
        Activation act = s.config().activation();
        Parameters p = s.parameters();
        int hidden = p.first().width();

        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(ViewStyle.text());
        g.setFont(ViewStyle.title());
        String title = Messages.get("views.network.title");
        g.fillText(title, PAD, PAD);
        caption = caption(placement, act);
        double titleW = TextMeasure.width(ViewStyle.title(), title);
        g.setFont(ViewStyle.LABEL);
        g.setFill(placement.hasBatchNorm() ? ViewStyle.text() : ViewStyle.eval());
        double capW = TextMeasure.width(ViewStyle.LABEL, caption);
        double headerY;
        if (PAD + titleW + 16 + capW <= w - PAD) {
            g.fillText(caption, PAD + titleW + 16, PAD + 2);
            headerY = PAD + 28;
        } else {
            g.fillText(caption, PAD, PAD + 22);
            headerY = PAD + 46;
        }

        double legendH = 22;
        double diagramTop = headerY + 20;
        double diagramH = Math.max(10, h - diagramTop - legendH - PAD);
        layout = new NetworkLayout(PAD + 16, diagramTop, w - 2 * PAD - 40, diagramH, hidden, placement,
                maxWidth(p, true), maxWidth(p, false));

        drawSelection(g, f.selectedNeuron(), hidden);
        drawEdges(g, p, hidden);
        drawNodes(g, p, hidden, act, f.selectedNeuron());
        drawHeaders(g, headerY, placement, act);
        drawLegend(g, w, h);
        g.setTextBaseline(VPos.BASELINE);
    }

    /** The formula of a hidden unit for this placement, e.g. "a = sigmoid(BN(z)),  z = W₁x + b₁". */
    static String caption(Placement placement, Activation act) {
        String a = activationName(act);
        switch (placement) {
            case BEFORE:
                return "a = " + a + "(BN(z)),  z = W₁x + b₁";
            case AFTER:
                return "a = BN(" + a + "(z)),  z = W₁x + b₁";
            default:
                return Messages.format("views.network.noBn", a);
        }
    }

    static String activationName(Activation act) {
        switch (act) {
            case SIGMOID:
                return "sigmoid";
            case TANH:
                return "tanh";
            default:
                return "ReLU";
        }
    }

    // ------------------------------------------------------------------ pieces

    private void drawSelection(GraphicsContext g, int selected, int hidden) {
        if (selected < 0 || selected >= hidden) {
            return;
        }
        double y = layout.rowY(selected);
        NetworkLayout.Box b = layout.bnBlock(selected);
        double content = Math.max(2 * layout.neuron(selected).r(), b == null ? 0 : b.h());
        double band = Math.max(6, Math.min(layout.rowSpacing(), content + 14));
        g.setFill(ViewStyle.neuron(selected).deriveColor(0, 1, 1, 0.16));
        double x0 = layout.input(0).x();
        double x1 = layout.output().x();
        g.fillRoundRect(x0, y - band / 2, x1 - x0, band, 8, 8);
    }

    private void drawEdges(GraphicsContext g, Parameters p, int hidden) {
        double maxW = Math.max(0.8, Math.min(7, layout.rowSpacing() * 0.3));
        NetworkLayout.Node out = layout.output();
        for (int j = 0; j < hidden; j++) {
            double y = layout.rowY(j);
            for (int k = 0; k < 2 && k < p.inputs(); k++) {
                NetworkLayout.Node in = layout.input(k);
                edge(g, p.first().w(j, k), maxW, in.x() + in.r(), in.y(), layout.inX(j), y);
            }
            edge(g, p.outW().get(j), maxW, layout.outX(j), y, out.x() - out.r(), out.y());
            // the link between the BN block and the circle
            NetworkLayout.Box b = layout.bnBlock(j);
            if (b != null) {
                NetworkLayout.Node n = layout.neuron(j);
                g.setStroke(ViewStyle.axis());
                g.setLineWidth(Math.min(1.5, Math.max(0.6, layout.rowSpacing() * 0.1)));
                if (layout.placement() == Placement.BEFORE) {
                    g.strokeLine(b.x() + b.w(), y, n.x() - n.r(), y);
                } else {
                    g.strokeLine(n.x() + n.r(), y, b.x(), y);
                }
            }
        }
    }

    /** Colour by sign, width growing with |w| and levelling off: maxW·(1 − e^(−|w|)). */
    private static void edge(GraphicsContext g, double weight, double maxW, double x0, double y0, double x1,
                             double y1) {
        if (!Double.isFinite(weight)) {
            g.setStroke(UNDEFINED);
            g.setLineWidth(0.8);
        } else {
            g.setStroke((weight >= 0 ? POSITIVE : NEGATIVE).deriveColor(0, 1, 1, 0.85));
            g.setLineWidth(Math.max(0.4, maxW * (1 - Math.exp(-Math.abs(weight)))));
        }
        g.strokeLine(x0, y0, x1, y1);
    }

    private void drawNodes(GraphicsContext g, Parameters p, int hidden, Activation act, int selected) {
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int k = 0; k < 2 && k < p.inputs(); k++) {
            ioNode(g, layout.input(k), k == 0 ? "x₁" : "x₂");
        }
        ioNode(g, layout.output(), "σ");
        NetworkLayout.Node out = layout.output();
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(ViewStyle.text());
        g.setFont(ViewStyle.LABEL);
        g.fillText("p", out.x() + out.r() + 4, out.y());
        g.setTextAlign(TextAlignment.CENTER);

        for (int j = 0; j < hidden; j++) {
            NetworkLayout.Box b = layout.bnBlock(j);
            if (b != null) {
                bnBlock(g, b, p.first().gamma().get(j), p.first().beta().get(j), j);
            }
            NetworkLayout.Node n = layout.neuron(j);
            Color c = ViewStyle.neuron(j);
            g.setFill(c);
            g.fillOval(n.x() - n.r(), n.y() - n.r(), 2 * n.r(), 2 * n.r());
            if (j == selected) {
                g.setStroke(ViewStyle.ink(SELECTION));
                g.setLineWidth(n.r() >= 6 ? 3 : 1.5);
                double ring = n.r() + (n.r() >= 6 ? 2 : 1);
                g.strokeOval(n.x() - ring, n.y() - ring, 2 * ring, 2 * ring);
            } else if (n.r() >= 4) {
                g.setStroke(ViewStyle.axis());
                g.setLineWidth(1);
                g.strokeOval(n.x() - n.r(), n.y() - n.r(), 2 * n.r(), 2 * n.r());
            }
            if (n.r() >= 9) {
                g.setFont(n.r() >= 12 ? ViewStyle.bold(14) : ViewStyle.SMALL);
                g.setFill(c.getBrightness() * (1 - 0.5 * c.getSaturation()) > 0.55 ? ViewStyle.text() : Color.WHITE);
                g.fillText(Integer.toString(j + 1), n.x(), n.y());
            }
        }
        g.setTextAlign(TextAlignment.LEFT);
    }

    private static void ioNode(GraphicsContext g, NetworkLayout.Node n, String label) {
        g.setFill(ViewStyle.background());
        g.fillOval(n.x() - n.r(), n.y() - n.r(), 2 * n.r(), 2 * n.r());
        g.setStroke(ViewStyle.axis());
        g.setLineWidth(1.5);
        g.strokeOval(n.x() - n.r(), n.y() - n.r(), 2 * n.r(), 2 * n.r());
        g.setFill(ViewStyle.text());
        g.setFont(n.r() >= 14 ? ViewStyle.LABEL : ViewStyle.SMALL);
        g.fillText(label, n.x(), n.y());
    }

    private void bnBlock(GraphicsContext g, NetworkLayout.Box b, double gamma, double beta, int j) {
        double arc = Math.min(8, b.h() / 2);
        g.setFill(ViewStyle.panel(BLOCK_FILL));
        g.fillRoundRect(b.x(), b.y(), b.w(), b.h(), arc, arc);
        g.setStroke(ViewStyle.neuron(j));
        g.setLineWidth(b.h() >= 8 ? 1.5 : 1);
        g.strokeRoundRect(b.x(), b.y(), b.w(), b.h(), arc, arc);
        g.setFill(ViewStyle.text());
        g.setFont(ViewStyle.SMALL);
        double cx = b.centerX();
        double cy = b.y() + b.h() / 2;
        switch (layout.bnText()) {
            case TWO_LINES:
                g.fillText(gammaLine(gamma), cx, cy - 8);
                g.fillText(betaLine(beta), cx, cy + 8);
                break;
            case ONE_LINE:
                g.fillText(oneLine(gamma, beta), cx, cy);
                break;
            default:
                break;
        }
    }

    private void drawHeaders(GraphicsContext g, double y, Placement placement, Activation act) {
        g.setFont(ViewStyle.SMALL);
        g.setFill(ViewStyle.muted());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText(Messages.get("views.network.input"), layout.input(0).x() + 4, y);
        String actName = activationName(act);
        if (placement.hasBatchNorm()) {
            String bn = layout.bnText() == NetworkLayout.BnText.HIDDEN ? "BN" : "BN (γ, β)";
            double bnX = layout.bnColumnX();
            double actX = layout.neuronColumnX();
            double need = (TextMeasure.width(ViewStyle.SMALL, bn) + TextMeasure.width(ViewStyle.SMALL, actName)) / 2
                    + 8;
            if (Math.abs(actX - bnX) >= need) {
                g.fillText(bn, bnX, y);
                g.fillText(actName, actX, y);
            } else {
                // too close for two headers: one, in data-flow order
                String both = placement == Placement.BEFORE ? bn + " → " + actName : actName + " → " + bn;
                g.fillText(both, (bnX + actX) / 2, y);
            }
        } else {
            g.fillText(actName, layout.neuronColumnX(), y);
        }
        g.fillText(Messages.get("views.network.output"), layout.output().x() - 4, y);
        g.setTextAlign(TextAlignment.LEFT);
    }

    private void drawLegend(GraphicsContext g, double w, double h) {
        double y = h - PAD - 8;
        double x = PAD;
        g.setFont(ViewStyle.SMALL);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        x = legendLine(g, x, y, POSITIVE, "w > 0");
        x = legendLine(g, x, y, NEGATIVE, "w < 0");
        g.setFill(ViewStyle.muted());
        String widthNote = Messages.get("views.network.width");
        g.fillText(widthNote, x, y);
        x += TextMeasure.width(ViewStyle.SMALL, widthNote) + 16;
        String hint = Messages.get(deep != null ? "views.network.layerHint" : "views.network.clickHint");
        double hw = TextMeasure.width(ViewStyle.SMALL, hint);
        if (x + hw <= w - PAD) {
            g.fillText(hint, w - PAD - hw, y);
        }
        g.setTextBaseline(VPos.TOP);
    }

    private static double legendLine(GraphicsContext g, double x, double y, Color c, String text) {
        g.setStroke(c);
        g.setLineWidth(3);
        g.strokeLine(x, y, x + 18, y);
        g.setFill(ViewStyle.text());
        g.fillText(text, x + 24, y);
        return x + 24 + TextMeasure.width(ViewStyle.SMALL, text) + 14;
    }

    // ------------------------------------------------------------------ several hidden layers

    private void drawDeep(GraphicsContext g, double w, double h, ViewFrame f) {
        Snapshot s = f.snapshot();
        Parameters p = s.parameters();
        Placement placement = s.config().placement();
        Activation act = s.config().activation();
        int layers = s.layers();
        int hidden = s.hidden();
        int shown = f.shownLayer();

        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(ViewStyle.text());
        g.setFont(ViewStyle.title());
        String title = Messages.get("views.network.title");
        g.fillText(title, PAD, PAD);
        caption = deepCaption(placement, act, layers, hidden);
        double titleW = TextMeasure.width(ViewStyle.title(), title);
        g.setFont(ViewStyle.LABEL);
        g.setFill(placement.hasBatchNorm() ? ViewStyle.text() : ViewStyle.eval());
        double capW = TextMeasure.width(ViewStyle.LABEL, caption);
        double headerY;
        if (PAD + titleW + 16 + capW <= w - PAD) {
            g.fillText(caption, PAD + titleW + 16, PAD + 2);
            headerY = PAD + 28;
        } else {
            g.fillText(caption, PAD, PAD + 22);
            headerY = PAD + 46;
        }
        double legendH = 22;
        double diagramTop = headerY + 20;
        double diagramH = Math.max(40, h - diagramTop - legendH - PAD - 18);
        deep = new DeepNetworkLayout(PAD + 8, diagramTop, w - 2 * PAD - 16, diagramH, layers, hidden);

        // the shown layer's column
        g.setFill(ViewStyle.ink(SELECTION).deriveColor(0, 1, 1, 0.07));
        g.fillRoundRect(deep.bandLeft(shown), diagramTop - 18, deep.columnWidth() - 4, deep.stripBottom() - diagramTop
                + 34, 10, 10);
        drawDeepEdges(g, p, s);
        drawDeepNodes(g, p, s, placement, f.selectedNeuron(), shown);
        drawDeepHeaders(g, s, headerY, shown);
        drawSpreads(g, s, act);
        drawLegend(g, w, h);
        g.setTextBaseline(VPos.BASELINE);
    }

    /** "3 hidden layers of 3: a = sigmoid(BN(z)), z = W·a + b" and the like. */
    static String deepCaption(Placement placement, Activation act, int layers, int hidden) {
        String a = activationName(act);
        String unit = switch (placement) {
            case BEFORE -> "a = " + a + "(BN(z))";
            case AFTER -> "a = BN(" + a + "(z))";
            default -> Messages.format("views.network.noBnUnit", a);
        };
        return Messages.format("views.network.layers", layers, hidden, unit);
    }

    private void drawDeepEdges(GraphicsContext g, Parameters p, Snapshot s) {
        int rows = deep.rows();
        double maxW = Math.max(0.5, Math.min(4, deep.radius() * 0.5));
        int d = p.inputs();
        for (int k = 0; k < deep.layers(); k++) {
            LayerParameters lp = p.layer(k);
            int fromRows = k == 0 ? d : Math.min(rows, lp.fanIn());
            double x0 = k == 0 ? deep.inputX() : deep.columnX(k - 1);
            // into the BN mark on the circle's left when BN comes first, else into the circle
            double x1 = deep.columnX(k) - deep.radius() - (s.config().placement() == Placement.BEFORE
                    ? Math.max(3, deep.radius() * 0.7) + 2 : 0);
            for (int j = 0; j < rows && j < lp.width(); j++) {
                for (int i = 0; i < fromRows; i++) {
                    double y0 = k == 0 ? deep.inputY(i, d) : deep.rowY(i);
                    edge(g, lp.w(j, i), maxW, x0, y0, x1, deep.rowY(j));
                }
            }
        }
        int last = deep.layers() - 1;
        for (int j = 0; j < rows && j < p.outW().size(); j++) {
            edge(g, p.outW().get(j), maxW, deep.columnX(last), deep.rowY(j), deep.outputX(), deep.outputY());
        }
    }

    private void drawDeepNodes(GraphicsContext g, Parameters p, Snapshot s, Placement placement, int selected,
                               int shown) {
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        double ioR = Math.max(7, Math.min(16, deep.columnWidth() * 0.18));
        for (int i = 0; i < p.inputs(); i++) {
            ioNode(g, new NetworkLayout.Node(deep.inputX(), deep.inputY(i, p.inputs()), ioR), i == 0 ? "x₁" : "x₂");
        }
        ioNode(g, new NetworkLayout.Node(deep.outputX(), deep.outputY(), ioR), "σ");
        double r = deep.radius();
        for (int k = 0; k < deep.layers(); k++) {
            double cx = deep.columnX(k);
            for (int j = 0; j < deep.rows() && j < s.hidden(); j++) {
                double cy = deep.rowY(j);
                if (placement.hasBatchNorm()) {
                    // the BN mark on the side the placement puts it: before (left) or after (right) the circle
                    double side = placement == Placement.BEFORE ? -1 : 1;
                    double bw = Math.max(3, r * 0.7);
                    double bx = cx + side * (r + 2) - (side < 0 ? bw : 0);
                    g.setFill(ViewStyle.panel(BLOCK_FILL));
                    g.fillRect(bx, cy - r * 0.6, bw, r * 1.2);
                    g.setStroke(ViewStyle.neuron(j));
                    g.setLineWidth(1);
                    g.strokeRect(bx, cy - r * 0.6, bw, r * 1.2);
                }
                Color c = ViewStyle.neuron(j);
                g.setFill(c);
                g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
                if (k == shown && j == selected) {
                    g.setStroke(ViewStyle.ink(SELECTION));
                    g.setLineWidth(r >= 6 ? 3 : 1.5);
                    double ring = r + (r >= 6 ? 2 : 1);
                    g.strokeOval(cx - ring, cy - ring, 2 * ring, 2 * ring);
                } else if (r >= 4) {
                    g.setStroke(ViewStyle.axis());
                    g.setLineWidth(1);
                    g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
                }
            }
            if (s.hidden() > deep.rows()) {
                g.setFont(ViewStyle.SMALL);
                g.setFill(ViewStyle.muted());
                g.fillText(Messages.format("views.network.more", s.hidden() - deep.rows()), cx,
                        deep.rowY(deep.rows() - 1) + r + 9);
            }
        }
        g.setTextAlign(TextAlignment.LEFT);
    }

    private void drawDeepHeaders(GraphicsContext g, Snapshot s, double y, int shown) {
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int k = 0; k < deep.layers(); k++) {
            g.setFont(k == shown ? ViewStyle.bold(12) : ViewStyle.SMALL);
            g.setFill(k == shown ? ViewStyle.text() : ViewStyle.muted());
            g.fillText(Messages.format("views.network.layer", k + 1), deep.columnX(k), y);
        }
        g.setFont(ViewStyle.SMALL);
        g.setFill(ViewStyle.muted());
        g.fillText(Messages.get("views.network.input"), deep.inputX(), y);
        g.fillText(Messages.get("views.network.output"), deep.outputX(), y);
        g.setTextAlign(TextAlignment.LEFT);
    }

    /**
     * Per layer, the spread of its activation inputs over the batch on one value axis for all layers: the
     * saturated region shaded, 5–95 % as a line, 15–85 % as a bar, the median as a tick, the saturated share
     * under it.
     */
    private void drawSpreads(GraphicsContext g, Snapshot s, Activation act) {
        List<LayerSpread> spreads = s.spreads();
        if (spreads.isEmpty()) {
            return;
        }
        double limit = spreadLimit(act, spreads);
        double labelH = 16;
        double y0 = deep.stripTop();
        double y1 = deep.stripBottom() - labelH;
        if (y1 - y0 < 12) {
            return;
        }
        // value v at y = y0 + (limit − v)/(2·limit)·(y1 − y0), clamped to the strip
        java.util.function.DoubleUnaryOperator yOf = v -> y0 + (limit - Math.max(-limit, Math.min(limit, v)))
                / (2 * limit) * (y1 - y0);
        double barW = Math.max(4, Math.min(22, deep.columnWidth() * 0.3));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        for (int k = 0; k < spreads.size() && k < deep.layers(); k++) {
            LayerSpread sp = spreads.get(k);
            double cx = deep.columnX(k);
            double half = deep.columnWidth() * 0.3;
            // the saturated region(s) of the activation
            g.setFill(ViewStyle.shade());
            if (act == Activation.RELU) {
                double z = yOf.applyAsDouble(0);
                g.fillRect(cx - half, z, 2 * half, y1 - z);
            } else {
                double hi = yOf.applyAsDouble(act.saturatedAbove());
                double lo = yOf.applyAsDouble(act.saturatedBelow());
                g.fillRect(cx - half, y0, 2 * half, hi - y0);
                g.fillRect(cx - half, lo, 2 * half, y1 - lo);
            }
            g.setStroke(ViewStyle.axis());
            g.setLineWidth(1);
            g.strokeLine(cx - half, yOf.applyAsDouble(0), cx + half, yOf.applyAsDouble(0));
            if (Double.isFinite(sp.p05()) && Double.isFinite(sp.p95())) {
                Color c = ViewStyle.ink(SELECTION);
                g.setStroke(c);
                g.setLineWidth(1.5);
                g.strokeLine(cx, yOf.applyAsDouble(sp.p95()), cx, yOf.applyAsDouble(sp.p05()));
                double top = yOf.applyAsDouble(sp.p85());
                double bottom = yOf.applyAsDouble(sp.p15());
                g.setFill(ViewStyle.train().deriveColor(0, 1, 1, 0.75));
                g.fillRect(cx - barW / 2, top, barW, Math.max(1.5, bottom - top));
                g.setStroke(c);
                g.setLineWidth(2);
                double m = yOf.applyAsDouble(sp.p50());
                g.strokeLine(cx - barW / 2 - 2, m, cx + barW / 2 + 2, m);
            }
            g.setFont(ViewStyle.SMALL);
            g.setFill(ViewStyle.text());
            String share = Double.isNaN(sp.saturated()) ? "–" : Math.round(100 * sp.saturated()) + " %";
            g.fillText(Messages.format("views.network.saturated", share), cx, y1 + 2);
        }
        // the value axis, once, left of the first strip
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(ViewStyle.muted());
        double ax = deep.columnX(0) - deep.columnWidth() * 0.3 - 4;
        for (double v : new double[] {limit, 0, -limit}) {
            // the limit is a whole number: "8", "0", "−8"
            g.fillText((v < 0 ? "\u2212" : "") + Math.round(Math.abs(v)), ax, yOf.applyAsDouble(v));
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(Messages.get("views.network.spread"), deep.inputX() - deep.columnWidth() / 2 + 4, y0 - 9);
    }

    /**
     * Half-height of the strips' value axis, the same for every layer: twice the saturation edge rounded up (8
     * for sigmoid, 4 for tanh), or for relu the widest 95 % (≥ 2).
     */
    private static double spreadLimit(Activation act, List<LayerSpread> spreads) {
        if (act != Activation.RELU) {
            return Math.ceil(2 * Math.max(Math.abs(act.saturatedBelow()), Math.abs(act.saturatedAbove())));
        }
        double m = 2;
        for (LayerSpread sp : spreads) {
            if (Double.isFinite(sp.p95())) {
                m = Math.max(m, Math.max(Math.abs(sp.p05()), Math.abs(sp.p95())));
            }
        }
        return Math.ceil(m);
    }

    // ------------------------------------------------------------------ text

    static String gammaLine(double gamma) {
        return "γ = " + twoDecimals(gamma);
    }

    static String betaLine(double beta) {
        return "β = " + twoDecimals(beta);
    }

    static String oneLine(double gamma, double beta) {
        return "γ " + twoDecimals(gamma) + "  β " + twoDecimals(beta);
    }

    static String twoDecimals(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        String t = Math.abs(v) >= 100 ? Readouts.num(v) : String.format(Locale.ROOT, "%.2f", v);
        return t.startsWith("-") ? "\u2212" + t.substring(1) : t;
    }

    /** Widest γ/β text of any neuron: the two-line form (true) or the one-line form (false). */
    private static double maxWidth(Parameters p, boolean twoLines) {
        double m = 0;
        for (int j = 0; j < p.first().width(); j++) {
            double g = p.first().gamma().get(j);
            double b = p.first().beta().get(j);
            m = Math.max(m, twoLines
                    ? Math.max(TextMeasure.width(ViewStyle.SMALL, gammaLine(g)),
                            TextMeasure.width(ViewStyle.SMALL, betaLine(b)))
                    : TextMeasure.width(ViewStyle.SMALL, oneLine(g, b)));
        }
        return m;
    }

    // ------------------------------------------------------------------ state for tests

    /** The several-layer layout of the last draw (null when it had one hidden layer). */
    public DeepNetworkLayout lastDeepLayout() {
        return deep;
    }

    /** The layout of the last draw (null before the first). */
    NetworkLayout lastLayout() {
        return layout;
    }

    /** The formula line of the last draw ("no BN: …" without BN). */
    String caption() {
        return caption;
    }
}

package dev.bnlab.ui.plot;

import dev.bnlab.i18n.Messages;
import java.util.Objects;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Shared look of the views: projector-legible fonts, colours, and the per-neuron palette
 * (Okabe–Ito, colour-blind safe).
 */
public final class ViewStyle {

    private static volatile ViewTheme theme = ViewTheme.LIGHT;

    /** The colours every view draws with now (light or dark); views read them at each draw. */
    public static ViewTheme theme() {
        return theme;
    }

    /** Switches the views' colours; views redraw on their next frame (callers force a redraw to see it at once). */
    public static void setTheme(ViewTheme t) {
        theme = Objects.requireNonNull(t);
    }

    public static Color background() {
        return theme.background();
    }

    public static Color text() {
        return theme.text();
    }

    public static Color muted() {
        return theme.muted();
    }

    public static Color grid() {
        return theme.grid();
    }

    public static Color axis() {
        return theme.axis();
    }

    /** Saturation regions of the activation curve. */
    public static Color shade() {
        return theme.shade();
    }

    /** Class 0 and class 1 colours in the data view. */
    public static Color class0() {
        return theme.class0();
    }

    public static Color class1() {
        return theme.class1();
    }

    /** Train-mode vs eval-mode series. */
    public static Color train() {
        return theme.train();
    }

    public static Color eval() {
        return theme.eval();
    }

    /** Contrast a line or text colour keeps against the dark background (WCAG: 3 for graphics, 4.5 for text). */
    static final double DARK_INK_CONTRAST = 4.5;

    /**
     * A colour chosen for a white background, made readable on the current one: unchanged in the light theme; in
     * the dark theme a colour too dark to see (near-black ink, dark red, dark blue) is lifted in brightness, same
     * hue, until it contrasts {@value #DARK_INK_CONTRAST}:1 with the background (or is as bright as it gets).
     */
    public static Color ink(Color c) {
        ViewTheme t = theme;
        if (!t.dark() || ContrastRatio.of(c, t.background()) >= DARK_INK_CONTRAST) {
            return c;
        }
        double b = c.getBrightness();
        Color lifted = c;
        while (b < 1 && ContrastRatio.of(lifted, t.background()) < DARK_INK_CONTRAST) {
            b = Math.min(1, b + 0.05);
            // a grey stays grey; a colour gets brighter and slightly paler so it can pass the contrast
            double s = c.getSaturation() * (b < 1 ? 1 : 0.8);
            lifted = Color.hsb(c.getHue(), s, b, c.getOpacity());
        }
        if (ContrastRatio.of(lifted, t.background()) < DARK_INK_CONTRAST) {
            lifted = c.interpolate(Color.WHITE, 0.5);
        }
        return lifted;
    }

    /** The background at the given opacity: the box behind a label drawn over data. */
    public static Color labelBox(double opacity) {
        Color b = theme.background();
        return new Color(b.getRed(), b.getGreen(), b.getBlue(), opacity);
    }

    /**
     * A fill a little apart from the background (blocks, selected rows): {@code light} in the light theme, the
     * background lifted 12 % towards the text colour in the dark one.
     */
    public static Color panel(Color light) {
        return theme.dark() ? theme.background().interpolate(theme.text(), 0.12) : light;
    }

    public static final Font TITLE = Font.font("System", FontWeight.BOLD, 16);
    public static final Font LABEL = Font.font("System", 14);
    public static final Font SMALL = Font.font("System", 12);

    /**
     * Bold text in Chinese uses this family: "System" does fall back to a CJK face for Chinese glyphs, but only a
     * regular-weight one, so Chinese titles would not look bold. Regular text stays "System" in both languages
     * (its fallback renders CJK, and its Latin face draws combining marks such as x̂ correctly).
     */
    public static final String CJK_FAMILY = "Noto Sans CJK SC";
    private static final Font[] BOLD_LATIN = {Font.font("System", FontWeight.BOLD, 12),
        Font.font("System", FontWeight.BOLD, 14), Font.font("System", FontWeight.BOLD, 16)};
    private static final Font[] BOLD_CJK = {Font.font(CJK_FAMILY, FontWeight.BOLD, 12),
        Font.font(CJK_FAMILY, FontWeight.BOLD, 14), Font.font(CJK_FAMILY, FontWeight.BOLD, 16)};

    /** The view title font (bold 16) for the current language. */
    public static Font title() {
        return bold(16);
    }

    /** A bold font of size 12, 14 or 16 for the current language (CJK-bold in Chinese); other sizes round to these. */
    public static Font bold(double size) {
        // index 0, 1, 2 for 12, 14, 16
        int i = size < 13 ? 0 : size < 15 ? 1 : 2;
        return Messages.chinese() ? BOLD_CJK[i] : BOLD_LATIN[i];
    }

    private ViewStyle() {
    }

    /** Colour of hidden neuron j. */
    public static Color neuron(int j) {
        return theme.neuron(j);
    }

    static void clear(GraphicsContext g, double w, double h) {
        g.setFill(background());
        g.fillRect(0, 0, w, h);
    }
}

package dev.bnlab.ui.plot;

import java.util.List;
import javafx.scene.paint.Color;

/**
 * The colours the views draw with. Both themes use the Okabe–Ito palette for data (safe for the common
 * colour-vision deficiencies); the dark theme swaps background and ink and replaces the palette's black.
 */
public record ViewTheme(String id, Color background, Color text, Color muted, Color grid, Color axis, Color shade,
        Color class0, Color class1, Color train, Color eval, List<Color> neurons) {

    public static final ViewTheme LIGHT = new ViewTheme("light",
            Color.web("#ffffff"), Color.web("#1a1a1a"), Color.web("#666666"), Color.web("#e3e3e3"),
            Color.web("#444444"), Color.web("#f4d9d0"),
            Color.web("#0072B2"), Color.web("#E69F00"), Color.web("#0072B2"), Color.web("#D55E00"),
            List.of(Color.web("#0072B2"), Color.web("#D55E00"), Color.web("#009E73"), Color.web("#CC79A7"),
                    Color.web("#E69F00"), Color.web("#56B4E9"), Color.web("#000000"), Color.web("#F0E442")));

    public static final ViewTheme DARK = new ViewTheme("dark",
            Color.web("#15181c"), Color.web("#f2f2f2"), Color.web("#a8adb3"), Color.web("#2e343b"),
            Color.web("#c4c8cc"), Color.web("#5a3a33"),
            Color.web("#56B4E9"), Color.web("#E69F00"), Color.web("#56B4E9"), Color.web("#E07B1A"),
            List.of(Color.web("#56B4E9"), Color.web("#E07B1A"), Color.web("#2BC49A"), Color.web("#E89BC8"),
                    Color.web("#F0C040"), Color.web("#9AD0F0"), Color.web("#ffffff"), Color.web("#F0E442")));

    /** Colour of hidden neuron j. */
    public Color neuron(int j) {
        return neurons.get(j % neurons.size());
    }

    public boolean dark() {
        return this == DARK;
    }

    /** "light" or "dark". */
    public static ViewTheme fromId(String id) {
        return switch (id) {
            case "light" -> LIGHT;
            case "dark" -> DARK;
            default -> throw new IllegalArgumentException("unknown theme \"" + id + "\" (light, dark)");
        };
    }
}

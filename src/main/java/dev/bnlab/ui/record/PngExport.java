package dev.bnlab.ui.record;

import dev.bnlab.export.OutputFile;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javax.imageio.ImageIO;

/** PNG of a view or of the whole window at 1× or 2×, rendered at that scale and written atomically. FX thread. */
public final class PngExport {

    private PngExport() {
    }

    /** The node as an image at {@code scale} × its size (see {@link CrispSnapshot}). */
    public static WritableImage image(Node node, double scale) {
        return CrispSnapshot.take(node, scale);
    }

    /** Writes the node at {@code scale} to {@code file} (temporary file next to it, then moved in place). */
    public static Path write(Node node, double scale, Path file) throws IOException {
        WritableImage img = image(node, scale);
        try (OutputFile out = OutputFile.open(file)) {
            if (!ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", out.temp().toFile())) {
                throw new IOException("no PNG writer");
            }
            out.commit();
        }
        return file;
    }

    /** Puts the node's picture (1×) on the system clipboard. */
    public static void copy(Node node) {
        ClipboardContent content = new ClipboardContent();
        content.putImage(image(node, 1));
        Clipboard.getSystemClipboard().setContent(content);
    }
}

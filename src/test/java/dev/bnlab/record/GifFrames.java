package dev.bnlab.record;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.NodeList;

/** Reads an animated GIF back with the ImageIO GIF reader: frames composited as a player shows them, delays, loop. */
final class GifFrames {

    final int width;
    final int height;
    final List<int[]> frames = new ArrayList<>();
    final List<Integer> delays = new ArrayList<>();
    final List<int[]> rectangles = new ArrayList<>();
    boolean loopsForever;

    private GifFrames(int width, int height) {
        this.width = width;
        this.height = height;
    }

    static GifFrames read(Path file) throws Exception {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in);
            IIOMetadataNode stream = (IIOMetadataNode) reader.getStreamMetadata().getAsTree("javax_imageio_gif_stream_1.0");
            IIOMetadataNode screen = (IIOMetadataNode) stream.getElementsByTagName("LogicalScreenDescriptor").item(0);
            GifFrames g = new GifFrames(Integer.parseInt(screen.getAttribute("logicalScreenWidth")),
                    Integer.parseInt(screen.getAttribute("logicalScreenHeight")));
            int n = reader.getNumImages(true);
            int[] canvas = new int[g.width * g.height];
            for (int i = 0; i < n; i++) {
                IIOMetadataNode meta = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode desc = (IIOMetadataNode) meta.getElementsByTagName("ImageDescriptor").item(0);
                IIOMetadataNode gce = (IIOMetadataNode) meta.getElementsByTagName("GraphicControlExtension").item(0);
                g.delays.add(Integer.parseInt(gce.getAttribute("delayTime")));
                NodeList apps = meta.getElementsByTagName("ApplicationExtension");
                for (int a = 0; a < apps.getLength(); a++) {
                    IIOMetadataNode app = (IIOMetadataNode) apps.item(a);
                    byte[] data = (byte[]) app.getUserObject();
                    if ("NETSCAPE".equals(app.getAttribute("applicationID")) && data.length == 3 && data[0] == 1
                            && data[1] == 0 && data[2] == 0) {
                        g.loopsForever = true;
                    }
                }
                int x = Integer.parseInt(desc.getAttribute("imageLeftPosition"));
                int y = Integer.parseInt(desc.getAttribute("imageTopPosition"));
                BufferedImage img = reader.read(i);
                g.rectangles.add(new int[] {x, y, img.getWidth(), img.getHeight()});
                for (int yy = 0; yy < img.getHeight(); yy++) {
                    for (int xx = 0; xx < img.getWidth(); xx++) {
                        int p = img.getRGB(xx, yy);
                        if ((p >>> 24) != 0) {
                            canvas[(y + yy) * g.width + x + xx] = p | 0xFF000000;
                        }
                    }
                }
                g.frames.add(canvas.clone());
            }
            return g;
        } finally {
            reader.dispose();
        }
    }
}

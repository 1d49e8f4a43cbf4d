package dev.bnlab.record;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import dev.bnlab.export.OutputFile;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animated GIF, pure Java (javax.imageio): loops forever, each frame with its own palette
 * ({@link GifPalette}) and delay ({@link FrameDelays}). After the first frame only the rectangle that changed
 * is stored, and unchanged pixels inside it are transparent, which keeps long runs for the LZW coder.
 */
public final class GifClipWriter implements ClipWriter {

    private static final String IMAGE_FORMAT = "javax_imageio_gif_image_1.0";
    private static final String STREAM_FORMAT = "javax_imageio_gif_stream_1.0";

    /** Browsers play GIF frames shorter than 2/100 s at 1/10 s, so a GIF runs at most 50 frames per second. */
    public static final int MAX_FPS = 50;

    private final OutputFile output;
    private final ClipSize size;
    private final int fps;
    private final ImageWriter writer;
    private final ImageOutputStream stream;
    private final GifPalette palette = new GifPalette();
    private int[] previous;
    private int frames;
    private boolean finished;
    private boolean closed;

    public GifClipWriter(Path target, ClipSize size, int fps) throws IOException {
        if (fps < 1 || fps > MAX_FPS) {
            throw new IllegalArgumentException("a GIF plays at 1.." + MAX_FPS + " frames per second, got " + fps);
        }
        this.size = size;
        this.fps = fps;
        this.output = OutputFile.open(target);
        ImageWriter w = null;
        ImageOutputStream s = null;
        try {
            w = ImageIO.getImageWritersByFormatName("gif").next();
            s = ImageIO.createImageOutputStream(output.temp().toFile());
            w.setOutput(s);
            w.prepareWriteSequence(streamMetadata(w));
        } catch (IOException | RuntimeException e) {
            if (s != null) {
                s.close();
            }
            output.close();
            throw e;
        }
        this.writer = w;
        this.stream = s;
    }

    private IIOMetadata streamMetadata(ImageWriter w) throws IOException {
        IIOMetadata m = w.getDefaultStreamMetadata(null);
        IIOMetadataNode root = new IIOMetadataNode(STREAM_FORMAT);
        IIOMetadataNode screen = new IIOMetadataNode("LogicalScreenDescriptor");
        screen.setAttribute("logicalScreenWidth", Integer.toString(size.width()));
        screen.setAttribute("logicalScreenHeight", Integer.toString(size.height()));
        screen.setAttribute("colorResolution", "8");
        screen.setAttribute("pixelAspectRatio", "0");
        root.appendChild(screen);
        m.mergeTree(STREAM_FORMAT, root);
        return m;
    }

    public int framesWritten() {
        return frames;
    }

    @Override
    public void writeFrame(int[] argb) throws IOException {
        int w = size.width();
        int h = size.height();
        if (argb.length != w * h) {
            throw new IllegalArgumentException("frame has " + argb.length + " pixels, expected " + w + "×" + h);
        }
        int[] box = previous == null ? new int[] {0, 0, w, h} : changedBox(argb);
        boolean transparent = previous != null;
        int bx = box[0];
        int by = box[1];
        int bw = box[2];
        int bh = box[3];
        palette.reset();
        for (int y = by; y < by + bh; y++) {
            for (int x = bx, i = y * w + bx; x < bx + bw; x++, i++) {
                if (!transparent || argb[i] != previous[i]) {
                    palette.add(argb[i]);
                }
            }
        }
        int[] colours = palette.build(transparent ? 255 : 256);
        int clear = transparent ? colours.length : -1;
        byte[] indices = new byte[bw * bh];
        for (int y = by, k = 0; y < by + bh; y++) {
            for (int x = bx, i = y * w + bx; x < bx + bw; x++, i++, k++) {
                indices[k] = (byte) (transparent && argb[i] == previous[i] ? clear : palette.index(argb[i]));
            }
        }
        BufferedImage img = indexedImage(bw, bh, colours, clear, indices);
        // not createFromRenderedImage: for a BYTE_INDEXED image it answers the standard web palette, not ours
        IIOMetadata meta = writer.getDefaultImageMetadata(
                new ImageTypeSpecifier(img.getColorModel(), img.getSampleModel()), null);
        meta.mergeTree(IMAGE_FORMAT, imageMetadata(bx, by, bw, bh, clear));
        writer.writeToSequence(new IIOImage(img, null, meta), null);
        previous = argb.clone();
        frames++;
    }

    /** {x, y, width, height} of the pixels that differ from the previous frame (1×1 if none do). */
    private int[] changedBox(int[] argb) {
        int w = size.width();
        int h = size.height();
        int x0 = w;
        int y0 = h;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < h; y++) {
            int row = y * w;
            if (Arrays.equals(argb, row, row + w, previous, row, row + w)) {
                continue;
            }
            y0 = Math.min(y0, y);
            y1 = y;
            int x = 0;
            while (argb[row + x] == previous[row + x]) {
                x++;
            }
            x0 = Math.min(x0, x);
            int r = w - 1;
            while (argb[row + r] == previous[row + r]) {
                r--;
            }
            x1 = Math.max(x1, r);
        }
        if (x1 < 0) {
            return new int[] {0, 0, 1, 1};
        }
        return new int[] {x0, y0, x1 - x0 + 1, y1 - y0 + 1};
    }

    private static BufferedImage indexedImage(int w, int h, int[] colours, int clear, byte[] indices) {
        int n = colours.length + (clear >= 0 ? 1 : 0);
        // the colour table has 2^bits entries, bits = ⌈log2 n⌉ (at least 1)
        int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1)));
        int entries = 1 << bits;
        byte[] r = new byte[entries];
        byte[] g = new byte[entries];
        byte[] b = new byte[entries];
        for (int i = 0; i < colours.length; i++) {
            r[i] = (byte) (colours[i] >>> 16);
            g[i] = (byte) (colours[i] >>> 8);
            b[i] = (byte) colours[i];
        }
        // 8-bit pixels whatever the table size (a BYTE_INDEXED raster stores bytes)
        IndexColorModel cm = clear >= 0 ? new IndexColorModel(8, entries, r, g, b, clear)
                : new IndexColorModel(8, entries, r, g, b);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, cm);
        byte[] data = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        System.arraycopy(indices, 0, data, 0, indices.length);
        return img;
    }

    private IIOMetadataNode imageMetadata(int x, int y, int w, int h, int clear) {
        IIOMetadataNode root = new IIOMetadataNode(IMAGE_FORMAT);
        IIOMetadataNode desc = new IIOMetadataNode("ImageDescriptor");
        desc.setAttribute("imageLeftPosition", Integer.toString(x));
        desc.setAttribute("imageTopPosition", Integer.toString(y));
        desc.setAttribute("imageWidth", Integer.toString(w));
        desc.setAttribute("imageHeight", Integer.toString(h));
        desc.setAttribute("interlaceFlag", "FALSE");
        root.appendChild(desc);
        IIOMetadataNode gce = new IIOMetadataNode("GraphicControlExtension");
        gce.setAttribute("disposalMethod", "doNotDispose");
        gce.setAttribute("userInputFlag", "FALSE");
        gce.setAttribute("transparentColorFlag", clear >= 0 ? "TRUE" : "FALSE");
        gce.setAttribute("delayTime", Integer.toString(FrameDelays.centiseconds(frames, fps)));
        gce.setAttribute("transparentColorIndex", Integer.toString(Math.max(clear, 0)));
        root.appendChild(gce);
        if (frames == 0) {
            IIOMetadataNode apps = new IIOMetadataNode("ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            // sub-block 1, loop count 0 (little-endian) = loop forever
            loop.setUserObject(new byte[] {1, 0, 0});
            apps.appendChild(loop);
            root.appendChild(apps);
        }
        return root;
    }

    @Override
    public void finish() throws IOException {
        if (frames == 0) {
            throw new IOException("a clip needs at least one frame");
        }
        writer.endWriteSequence();
        stream.close();
        writer.dispose();
        output.commit();
        finished = true;
    }

    @Override
    public void close() {
        if (finished || closed) {
            return;
        }
        closed = true;
        try {
            writer.abort();
            writer.dispose();
            stream.close();
        } catch (IOException | RuntimeException ignored) {
            // the temporary file is deleted below either way
        }
        output.close();
    }
}

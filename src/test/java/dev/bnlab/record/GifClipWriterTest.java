package dev.bnlab.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GifClipWriterTest {

    @TempDir
    Path tmp;

    private static final ClipSize SIZE = new ClipSize(320, 180);

    /** A flat background with a moving block; few colours, so they must come back exactly. */
    private static int[] flatFrame(int i) {
        int w = SIZE.width();
        int[] p = new int[w * SIZE.height()];
        java.util.Arrays.fill(p, 0xFFFFFFFF);
        for (int y = 20; y < 60; y++) {
            for (int x = 10 + 5 * i; x < 50 + 5 * i; x++) {
                p[y * w + x] = 0xFF0072B2;
            }
        }
        for (int x = 0; x < w; x++) {
            p[100 * w + x] = 0xFFD55E00;
        }
        return p;
    }

    /** Thousands of colours: a smooth gradient plus flat areas. */
    private static int[] richFrame(int i) {
        int w = SIZE.width();
        int h = SIZE.height();
        int[] p = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int r = (x * 255) / (w - 1);
                int g = (y * 255) / (h - 1);
                int b = ((x + y + i * 3) * 255 / (w + h)) & 0xFF;
                p[y * w + x] = x < w / 2 ? 0xFF000000 | r << 16 | g << 8 | b : 0xFFFFFFFF;
            }
        }
        for (int y = 10; y < 30; y++) {
            for (int x = w / 2 + 10 + i; x < w / 2 + 40 + i; x++) {
                p[y * w + x] = 0xFF009E73;
            }
        }
        return p;
    }

    @Test
    void framesCountSizeDelaysAndLoopComeBack() throws Exception {
        Path out = tmp.resolve("clip.gif");
        try (GifClipWriter w = new GifClipWriter(out, SIZE, 30)) {
            for (int i = 0; i < 7; i++) {
                w.writeFrame(flatFrame(i));
            }
            w.finish();
        }
        GifFrames g = GifFrames.read(out);
        assertThat(g.frames).hasSize(7);
        assertThat(g.width).isEqualTo(320);
        assertThat(g.height).isEqualTo(180);
        assertThat(g.loopsForever).isTrue();
        // 30 fps: 3.33 cs per frame, rounded so that the sum stays exact: 3, 4, 3, 3, 4, 3, 3
        assertThat(g.delays).containsExactly(3, 4, 3, 3, 4, 3, 3);
        for (int i = 0; i < 7; i++) {
            assertThat(g.frames.get(i)).as("frame %d", i).isEqualTo(flatFrame(i));
        }
    }

    @Test
    void flatColoursStayExactAndGradientsStayClose() throws Exception {
        Path out = tmp.resolve("rich.gif");
        try (GifClipWriter w = new GifClipWriter(out, SIZE, 10)) {
            w.writeFrame(richFrame(0));
            w.writeFrame(richFrame(1));
            w.finish();
        }
        GifFrames g = GifFrames.read(out);
        for (int i = 0; i < 2; i++) {
            int[] want = richFrame(i);
            int[] got = g.frames.get(i);
            double worst = 0;
            for (int k = 0; k < want.length; k++) {
                int x = k % SIZE.width();
                if (x >= SIZE.width() / 2) {
                    assertThat(Integer.toHexString(got[k])).as("flat pixel %d of frame %d", k, i)
                            .isEqualTo(Integer.toHexString(want[k]));
                } else {
                    worst = Math.max(worst, distance(want[k], got[k]));
                }
            }
            // a 5-bit-per-channel median cut of a 2-D gradient: every pixel within a small distance
            assertThat(worst).as("largest colour error in the gradient of frame %d", i).isLessThan(40);
        }
    }

    private static double distance(int a, int b) {
        int dr = ((a >>> 16) & 0xFF) - ((b >>> 16) & 0xFF);
        int dg = ((a >>> 8) & 0xFF) - ((b >>> 8) & 0xFF);
        int db = (a & 0xFF) - (b & 0xFF);
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }

    @Test
    void onlyTheChangedRectangleIsStored() throws Exception {
        Path out = tmp.resolve("diff.gif");
        try (GifClipWriter w = new GifClipWriter(out, SIZE, 10)) {
            w.writeFrame(flatFrame(0));
            w.writeFrame(flatFrame(1));
            w.writeFrame(flatFrame(1));
            w.finish();
        }
        GifFrames g = GifFrames.read(out);
        assertThat(g.rectangles.get(0)).containsExactly(0, 0, 320, 180);
        // the block moved 5 px right: columns 10..54, rows 20..59 changed
        assertThat(g.rectangles.get(1)).containsExactly(10, 20, 45, 40);
        assertThat(g.rectangles.get(2)[2] * g.rectangles.get(2)[3]).isEqualTo(1);
        assertThat(g.frames.get(2)).isEqualTo(flatFrame(1));
    }

    @Test
    void closingAnUnfinishedClipLeavesNoFile() throws Exception {
        Path out = tmp.resolve("cancelled.gif");
        try (GifClipWriter w = new GifClipWriter(out, SIZE, 10)) {
            w.writeFrame(flatFrame(0));
            w.writeFrame(flatFrame(1));
        }
        assertThat(out).doesNotExist();
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void anExistingFileIsReplacedOnlyOnSuccess() throws Exception {
        Path out = tmp.resolve("keep.gif");
        Files.writeString(out, "old");
        try (GifClipWriter w = new GifClipWriter(out, SIZE, 10)) {
            w.writeFrame(flatFrame(0));
        }
        assertThat(Files.readString(out)).isEqualTo("old");
        try (GifClipWriter w = new GifClipWriter(out, SIZE, 10)) {
            w.writeFrame(flatFrame(0));
            w.finish();
        }
        assertThat(GifFrames.read(out).frames).hasSize(1);
    }
}

package dev.bnlab.ui.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.Placement;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.i18n.Messages;
import dev.bnlab.record.ClipCancelledException;
import dev.bnlab.record.ClipFrameSource;
import dev.bnlab.record.ClipOptions;
import dev.bnlab.record.ClipPlan;
import dev.bnlab.record.ClipRecorder;
import dev.bnlab.record.ClipSegment;
import dev.bnlab.record.ClipSize;
import dev.bnlab.ui.FxToolkit;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Frame-exact recording through the offscreen renderer: frame count, size, delays, determinism, cancel. */
class ClipRecordingTest {

    @TempDir
    Path tmp;

    private static final ClipSize SMALL = new ClipSize(640, 360);

    @BeforeAll
    static void toolkit() {
        FxToolkit.start();
    }

    private static ClipPlan plan(int steps) {
        return ClipPlan.of(SessionConfig.defaults().withSeed(3), Hyperparams.defaults(), steps);
    }

    @Test
    void aGifHasOneFramePerKStepsAtTheRequestedSizeAndDelay() throws Exception {
        Path out = tmp.resolve("clip.gif");
        ClipOptions options = new ClipOptions(SMALL, 20, 2);
        new ClipRecorder(plan(9), options).record(out, new OffscreenClipRenderer(SMALL), p -> { }, () -> false);
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(out.toFile())) {
            reader.setInput(in);
            // 1 + ⌈9 / 2⌉ = 6 frames
            assertThat(reader.getNumImages(true)).isEqualTo(6);
            BufferedImage first = reader.read(0);
            assertThat(first.getWidth()).isEqualTo(640);
            assertThat(first.getHeight()).isEqualTo(360);
            for (int i = 0; i < 6; i++) {
                IIOMetadataNode meta = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode gce = (IIOMetadataNode) meta.getElementsByTagName("GraphicControlExtension").item(0);
                // 20 fps = 5 hundredths of a second per frame
                assertThat(gce.getAttribute("delayTime")).isEqualTo("5");
                IIOMetadataNode d = (IIOMetadataNode) meta.getElementsByTagName("ImageDescriptor").item(0);
                assertThat(Integer.parseInt(d.getAttribute("imageLeftPosition")) + reader.getWidth(i)).isLessThanOrEqualTo(640);
                assertThat(Integer.parseInt(d.getAttribute("imageTopPosition")) + reader.getHeight(i)).isLessThanOrEqualTo(360);
            }
        } finally {
            reader.dispose();
        }
    }

    @Test
    void theSamePlanRecordsTheSameBytesAndAnotherSeedDoesNot() throws Exception {
        ClipOptions options = new ClipOptions(SMALL, 10, 3);
        Path a = tmp.resolve("a.gif");
        Path b = tmp.resolve("b.gif");
        Path c = tmp.resolve("c.gif");
        new ClipRecorder(plan(12), options).record(a, new OffscreenClipRenderer(SMALL), p -> { }, () -> false);
        new ClipRecorder(plan(12), options).record(b, new OffscreenClipRenderer(SMALL), p -> { }, () -> false);
        ClipPlan other = ClipPlan.of(SessionConfig.defaults().withSeed(4), Hyperparams.defaults(), 12);
        new ClipRecorder(other, options).record(c, new OffscreenClipRenderer(SMALL), p -> { }, () -> false);
        assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
        assertThat(Files.readAllBytes(c)).isNotEqualTo(Files.readAllBytes(a));
    }

    @Test
    void cancellingLeavesNoFileAndKeepsAnOldOne() throws Exception {
        Path out = tmp.resolve("cancelled.gif");
        AtomicInteger frames = new AtomicInteger();
        ClipRecorder recorder = new ClipRecorder(plan(50), new ClipOptions(SMALL, 10, 1));
        assertThatThrownBy(() -> recorder.record(out, new OffscreenClipRenderer(SMALL), p -> frames.set(p.done()),
                () -> frames.get() >= 3)).isInstanceOf(ClipCancelledException.class);
        assertThat(frames.get()).isEqualTo(3);
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files).as("no clip and no temporary file").isEmpty();
        }
        Files.writeString(out, "an older clip");
        frames.set(0);
        assertThatThrownBy(() -> recorder.record(out, new OffscreenClipRenderer(SMALL), p -> frames.set(p.done()),
                () -> frames.get() >= 2)).isInstanceOf(ClipCancelledException.class);
        assertThat(Files.readString(out)).isEqualTo("an older clip");
    }

    @Test
    void segmentsShowTheirCaptionsAndViews() throws Exception {
        SessionConfig c = SessionConfig.defaults();
        Hyperparams hp = Hyperparams.defaults();
        ClipPlan plan = new ClipPlan("demo", List.of(
                new ClipSegment(c, hp, 4, "BN before the sigmoid: each neuron's pre-activations are normalized per mini-batch",
                        List.of("histograms", "activation", "training-curves", "data"), List.of("histograms"), true),
                new ClipSegment(c.withPlacement(Placement.NONE), hp, 4, "Without BN", List.of("data", "training-curves"),
                        List.of(), true)));
        Path out = tmp.resolve("segments.gif");
        ClipSize hd = ClipSize.HD;
        OffscreenClipRenderer renderer = new OffscreenClipRenderer(hd);
        int[][] shot = new int[1][];
        new ClipRecorder(plan, new ClipOptions(hd, 10, 2)).record(out, f -> {
            int[] px = renderer.render(f);
            if (f.index() == 2) {
                shot[0] = px.clone();
            }
            return px;
        }, p -> { }, () -> false);
        // 2 segments × (1 + 4/2) frames
        assertThat(countFrames(out)).isEqualTo(6);
        BufferedImage img = new BufferedImage(hd.width(), hd.height(), BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, hd.width(), hd.height(), shot[0], 0, hd.width());
        ImageIO.write(img, "png", Shots.dir(tmp.resolve("shots")).resolve("record-caption-frame.png").toFile());
        // the caption banner is dark across the bottom of the frame
        int bannerPixel = shot[0][(hd.height() - 8) * hd.width() + 20];
        assertThat(luma(bannerPixel)).isLessThan(60);
        // the view area above it is light (white view backgrounds)
        assertThat(luma(shot[0][(hd.height() / 2) * hd.width() + hd.width() / 2])).isGreaterThan(150);
    }

    @Test
    void chineseCaptionsAndLabelsRender() throws Exception {
        Locale before = Messages.locale();
        Messages.setLocale(Messages.CHINESE);
        try {
            ClipSegment seg = ClipSegment.of(SessionConfig.defaults(), Hyperparams.defaults(), 3)
                    .withCaption("批归一化：每个神经元的激活值按小批量的均值和方差归一化");
            ClipPlan plan = new ClipPlan("", List.of(seg));
            ClipSize hd = ClipSize.HD;
            OffscreenClipRenderer renderer = new OffscreenClipRenderer(hd);
            var source = new ClipFrameSource(plan, 3);
            source.next();
            int[] px = renderer.render(source.next());
            BufferedImage img = new BufferedImage(hd.width(), hd.height(), BufferedImage.TYPE_INT_RGB);
            img.setRGB(0, 0, hd.width(), hd.height(), px, 0, hd.width());
            ImageIO.write(img, "png", Shots.dir(tmp.resolve("shots")).resolve("record-caption-frame-zh.png").toFile());
            String summary = FxToolkit.call(() -> renderer.stage().summary());
            assertThat(summary).startsWith("第 3 步");
            assertThat(luma(px[(hd.height() - 8) * hd.width() + 20])).isLessThan(60);
        } finally {
            Messages.setLocale(before);
        }
    }

    private static int countFrames(Path gif) throws Exception {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            return reader.getNumImages(true);
        } finally {
            reader.dispose();
        }
    }

    private static double luma(int rgb) {
        // Rec. 601 luma
        return 0.299 * ((rgb >>> 16) & 0xFF) + 0.587 * ((rgb >>> 8) & 0xFF) + 0.114 * (rgb & 0xFF);
    }
}

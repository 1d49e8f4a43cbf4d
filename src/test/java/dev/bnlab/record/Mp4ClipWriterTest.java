package dev.bnlab.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MP4 through ffmpeg: runs only where ffmpeg is installed (CI has none). */
class Mp4ClipWriterTest {

    @TempDir
    Path tmp;

    private static final ClipSize SIZE = new ClipSize(320, 180);

    private static int[] frame(int i) {
        int[] p = new int[SIZE.width() * SIZE.height()];
        Arrays.fill(p, 0xFFFFFFFF);
        for (int k = i * 100; k < i * 100 + 3000; k++) {
            p[k] = 0xFF0072B2;
        }
        return p;
    }

    @Test
    void writesAnMp4WithTheFrames() throws Exception {
        assumeTrue(Ffmpeg.available(), "ffmpeg is not installed");
        Path out = tmp.resolve("clip.mp4");
        try (Mp4ClipWriter w = new Mp4ClipWriter(out, SIZE, 10)) {
            for (int i = 0; i < 12; i++) {
                w.writeFrame(frame(i));
            }
            w.finish();
        }
        byte[] head = Arrays.copyOf(Files.readAllBytes(out), 12);
        assertThat(new String(head, 4, 4, StandardCharsets.US_ASCII)).isEqualTo("ftyp");
        Path ffprobe = Ffmpeg.find().orElseThrow().resolveSibling("ffprobe");
        if (Files.isExecutable(ffprobe)) {
            Process p = new ProcessBuilder(ffprobe.toString(), "-v", "error", "-count_frames", "-select_streams", "v:0",
                    "-show_entries", "stream=nb_read_frames,width,height", "-of", "csv=p=0", out.toString())
                    .redirectErrorStream(true).start();
            String info = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertThat(p.waitFor()).isZero();
            assertThat(info).isEqualTo("320,180,12");
        }
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void anUnfinishedMp4LeavesNoFile() throws Exception {
        assumeTrue(Ffmpeg.available(), "ffmpeg is not installed");
        Path out = tmp.resolve("cancelled.mp4");
        try (Mp4ClipWriter w = new Mp4ClipWriter(out, SIZE, 10)) {
            w.writeFrame(frame(0));
            w.writeFrame(frame(1));
        }
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void withoutFfmpegTheMessageSaysHowToInstallIt() {
        String old = System.getProperty("bnlab.ffmpeg");
        System.setProperty("bnlab.ffmpeg", tmp.resolve("no-such-ffmpeg").toString());
        try {
            assertThat(Ffmpeg.available()).isFalse();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Mp4ClipWriter(tmp.resolve("x.mp4"), SIZE, 10))
                    .hasMessageContaining("apt-get install ffmpeg").hasMessageContaining("brew install ffmpeg");
            assertThat(tmp.resolve("x.mp4")).doesNotExist();
        } finally {
            if (old == null) {
                System.clearProperty("bnlab.ffmpeg");
            } else {
                System.setProperty("bnlab.ffmpeg", old);
            }
        }
    }
}

package dev.bnlab.record;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import dev.bnlab.export.OutputFile;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An H.264 MP4 made by piping raw RGB frames into {@code ffmpeg -f rawvideo -pix_fmt rgb24 ... -c:v libx264
 * -pix_fmt yuv420p} (sizes are even, see {@link ClipSize}). ffmpeg writes a temporary file next to the target,
 * which is moved in place only when ffmpeg finishes cleanly.
 */
public final class Mp4ClipWriter implements ClipWriter {

    private final OutputFile output;
    private final ClipSize size;
    private final Process process;
    private final OutputStream frames;
    private final Thread drain;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final byte[] rgb;
    private int written;
    private final Runnable removeShutdownStop;
    private boolean finished;
    private boolean closed;

    /** Starts ffmpeg; an {@link IOException} with {@link Ffmpeg#INSTALL_HINT} if it is not installed. */
    public Mp4ClipWriter(Path target, ClipSize size, int fps) throws IOException {
        Path ffmpeg = Ffmpeg.find().orElseThrow(() -> new IOException(Ffmpeg.INSTALL_HINT));
        this.size = size;
        this.output = OutputFile.open(target);
        this.rgb = new byte[size.width() * size.height() * 3];
        List<String> cmd = List.of(ffmpeg.toString(), "-hide_banner", "-loglevel", "error", "-y",
                "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", size.width() + "x" + size.height(),
                "-r", Integer.toString(fps), "-i", "-",
                "-c:v", "libx264", "-pix_fmt", "yuv420p", "-preset", "medium", "-crf", "20",
                "-movflags", "+faststart", "-f", "mp4", output.temp().toString());
        try {
            process = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            output.close();
            throw new IOException("cannot start " + ffmpeg + ": " + e.getMessage());
        }
        frames = process.getOutputStream();
        // on Ctrl-C or SIGTERM, stop ffmpeg before the temporary file is deleted (else it could write it again)
        Process started = process;
        removeShutdownStop = OutputFile.onShutdown(() -> {
            started.destroyForcibly();
            try {
                started.waitFor(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        drain = new Thread(() -> copy(process.getInputStream()), "bnlab-ffmpeg-log");
        drain.setDaemon(true);
        drain.start();
    }

    private void copy(InputStream in) {
        byte[] buf = new byte[4096];
        try {
            int n;
            while ((n = in.read(buf)) > 0) {
                synchronized (log) {
                    if (log.size() < 64 * 1024) {
                        log.write(buf, 0, n);
                    }
                }
            }
        } catch (IOException ignored) {
            // ffmpeg ended
        }
    }

    @Override
    public void writeFrame(int[] argb) throws IOException {
        if (argb.length != size.width() * size.height()) {
            throw new IllegalArgumentException("frame has " + argb.length + " pixels, expected " + size);
        }
        for (int i = 0, j = 0; i < argb.length; i++) {
            int p = argb[i];
            rgb[j++] = (byte) (p >>> 16);
            rgb[j++] = (byte) (p >>> 8);
            rgb[j++] = (byte) p;
        }
        try {
            frames.write(rgb);
        } catch (IOException e) {
            throw new IOException("ffmpeg stopped reading frames: " + lastLine());
        }
        written++;
    }

    @Override
    public void finish() throws IOException {
        if (written == 0) {
            throw new IOException("a clip needs at least one frame");
        }
        try {
            frames.close();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                throw new IOException("ffmpeg did not finish within 10 minutes");
            }
            drain.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while ffmpeg was finishing");
        }
        if (process.exitValue() != 0) {
            throw new IOException("ffmpeg failed (exit " + process.exitValue() + "): " + lastLine());
        }
        output.commit();
        finished = true;
        removeShutdownStop.run();
    }

    private String lastLine() {
        String text;
        synchronized (log) {
            text = log.toString(StandardCharsets.UTF_8).strip();
        }
        int nl = text.lastIndexOf('\n');
        return text.isEmpty() ? "no message" : nl < 0 ? text : text.substring(nl + 1);
    }

    @Override
    public void close() {
        if (finished || closed) {
            return;
        }
        closed = true;
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        output.close();
        removeShutdownStop.run();
    }
}

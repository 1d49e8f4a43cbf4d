package dev.bnlab.ui.record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests put pictures worth looking at: -Dbnlab.viewshots=DIR (e.g. screenshots), else the test's temp dir. */
public final class Shots {

    private Shots() {
    }

    public static Path dir(Path fallback) throws IOException {
        String d = System.getProperty("bnlab.viewshots");
        return Files.createDirectories(d == null ? fallback : Path.of(d));
    }
}

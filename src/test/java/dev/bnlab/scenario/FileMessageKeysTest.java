package dev.bnlab.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every "files." key the file readers and writers use exists, and every key of the files area is used by them. */
class FileMessageKeysTest {

    private static final List<Path> SOURCES = List.of(
            Path.of("src/main/java/dev/bnlab/scenario"), Path.of("src/main/java/dev/bnlab/lesson"),
            Path.of("src/main/java/dev/bnlab/export"));
    private static final Pattern KEY = Pattern.compile("\"(files\\.[A-Za-z0-9_.]+)\"");

    private static Set<String> keysInSources() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path dir : SOURCES) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = KEY.matcher(Files.readString(f, StandardCharsets.UTF_8));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        return keys;
    }

    @Test
    void everyKeyUsedInTheFileReadersExists() throws IOException {
        Set<String> used = keysInSources();
        assertThat(used).hasSizeGreaterThan(50);
        for (String key : used) {
            assertThat(Messages.has(key)).as("key %s", key).isTrue();
        }
    }

    @Test
    void everyKeyOfTheFilesAreaIsUsed() throws IOException {
        assertThat(Messages.AREAS).contains("files");
        ResourceBundle en = Messages.bundle("files", Messages.ENGLISH);
        assertThat(en).isNotNull();
        Set<String> defined = new TreeSet<>(Collections.list(en.getKeys()));
        assertThat(keysInSources()).containsAll(defined);
    }
}

package dev.bnlab.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.core.TrainingSession;
import dev.bnlab.hostile.HostileCases.Variant;
import dev.bnlab.hostile.HostileCases.Verdict;
import dev.bnlab.scenario.ExperimentFile;
import dev.bnlab.scenario.GoldenFiles;
import dev.bnlab.scenario.SettingsFile;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input suite: about a thousand generated mutations of valid golden, settings, experiment and lesson
 * files ({@link HostileCases}) and hostile paths (FIFOs, devices, directories, links, oversized files, outputs
 * that must not be replaced), run through the commands in child JVMs with a 64 MB heap. Each case must end in
 * exit 2, or 0 when its input is valid, within its time bound; an exit 2 must leave at most two lines on stderr,
 * no stack trace, no raw control character, nothing on stdout, and the previous output file as it was.
 *
 * <p>Most cases run in two batch JVMs ({@link HostileBatch}: many command lines in one JVM, the rendering ones
 * with the toolkit kept up); a sample runs as users run it, one JVM per command ({@link #aSampleInTheirOwnJvms}).
 */
class HostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEAP = "-Xmx64m";
    /** Time one case may take (the first rendering case starts the toolkit: seconds on a busy machine). */
    private static final long CASE_MILLIS = 30_000;
    private static final long RENDERING_CASE_MILLIS = 60_000;
    private static final Pattern STACK_LINE = Pattern.compile("^\\s+at [\\w.$/<>]+\\(.*\\)\\s*$|Exception in thread|"
            + "^(java|javax|com|dev)\\.[\\w.$]+(Exception|Error)(: |$)");
    private static final Pattern RAW_CONTROL = Pattern.compile("[\\x00-\\x08\\x0b-\\x1f\\x7f\\u202a-\\u202e]");

    @TempDir
    Path work;

    /** One command line, what it must end in, and the output file it must leave alone when it fails. */
    private record Case(String id, List<String> args, Verdict verdict, Path prior, boolean renders) {
    }

    private record Result(int exit, long millis, String out, String err) {
    }

    private final List<Case> cases = new ArrayList<>();
    private final Map<String, Case> byId = new HashMap<>();
    private int counter;

    // ------------------------------------------------------------------ the suite

    @Test
    void generatedHostileInputsEndInExitTwoWithOneShortLine() throws Exception {
        Path in = Files.createDirectories(work.resolve("in"));
        Path prior = Files.createDirectories(work.resolve("prior"));

        // golden files: bn_layer with its expected member (ignored by the reader), mlp_training without
        String bnLayer = Files.readString(GoldenFiles.directory().resolve("bn_layer_basic.json"));
        ObjectNode mlp = (ObjectNode) JSON.readTree(GoldenFiles.directory().resolve("mlp_none_relu.json").toFile());
        mlp.remove("expected");
        String mlpText = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(mlp);
        for (Variant v : HostileCases.of(bnLayer, 11, 30, 3, List.of())) {
            Path f = write(in, "bn", v);
            add("replay-bn-" + v.name(), v.verdict(), prior(prior, ".json"), false, "replay", f.toString(), "--out", null);
        }
        for (Variant v : HostileCases.of(mlpText, 12, 30, 3,
                List.of("/input/network/hidden", "/input/network/inputs"))) {
            Path f = write(in, "mlp", v);
            add("replay-mlp-" + v.name(), v.verdict(), prior(prior, ".json"), false, "replay", f.toString(), "--out",
                    null);
        }

        // settings: read by the app (Open…) and by record --settings (renders one frame when valid)
        Path settingsFile = in.resolve("base-settings.json");
        SettingsFile.save(settingsFile, SessionConfig.defaults().withHidden(4), Hyperparams.defaults());
        String settings = Files.readString(settingsFile);
        List<String> settingsSizes = List.of("/network/hidden", "/data/trainSize", "/data/testSize", "/evalInterval",
                "/training/batchSize");
        for (Variant v : HostileCases.of(settings, 13, 30, 3, settingsSizes)) {
            Path f = write(in, "settings", v);
            add("open-settings-" + v.name(), v.verdict(), null, false, "app-open", f.toString());
            add("record-settings-" + v.name(), v.verdict(), prior(prior, ".gif"), true, "record", "--settings",
                    f.toString(), "--steps", "0", "--size", "320x180", "--fps", "10", "--out", null);
        }

        // an experiment file with a trained state (Open…)
        Path experimentFile = in.resolve("base-experiment.json");
        SessionConfig config = SessionConfig.defaults().withHidden(2);
        TrainingSession session = new TrainingSession(config, Hyperparams.defaults());
        for (int i = 0; i < 25; i++) {
            session.advance();
        }
        ExperimentFile.save(experimentFile, config, Hyperparams.defaults(), session.captureState());
        List<String> experimentSizes = new ArrayList<>(settingsSizes);
        experimentSizes.addAll(List.of("/state/sampler/position", "/state/stepHistory/rows", "/state/evalHistory/rows"));
        for (Variant v : HostileCases.of(Files.readString(experimentFile), 14, 30, 3, experimentSizes)) {
            add("open-experiment-" + v.name(), v.verdict(), null, false, "app-open", write(in, "experiment", v).toString());
        }

        // a lesson: read by the app (Open lesson file…), and every fourth variant by record --lesson
        String lesson = """
                {"format": "bnlab-lesson/1", "id": "hostile-base", "title": {"en": "Base", "zh": "基础"},
                 "settings": {"data": {"kind": "moons", "trainSize": 256}},
                 "scenes": [
                   {"steps": 0, "caption": {"en": "Start.", "zh": "开始。"}, "views": ["network", "data"],
                    "highlight": ["data"]},
                   {"settings": {"network": {"placement": "none"}, "training": {"learningRate": 0.3}},
                    "steps": 20, "caption": "Twenty steps.", "play": false}]}
                """;
        int k = 0;
        for (Variant v : HostileCases.of(lesson, 15, 30, 3, List.of("/scenes/1/steps", "/settings/data/trainSize"))) {
            Path f = write(in, "lesson", v);
            add("open-lesson-" + v.name(), v.verdict(), null, false, "app-lesson", f.toString());
            if (k++ % 4 == 0 || v.name().equals("unchanged")) {
                add("record-lesson-" + v.name(), v.verdict(), prior(prior, ".gif"), true, "record", "--lesson",
                        f.toString(), "--hold", "0", "--steps-per-frame", "1000000", "--size", "320x180", "--fps", "10",
                        "--out", null);
            }
        }

        addPathCases(in, prior, bnLayer, settings);

        Path casesA = work.resolve("cases-a.txt");
        Path casesB = work.resolve("cases-b.txt");
        writeCases(casesA, false);
        writeCases(casesB, true);
        long t0 = System.nanoTime();
        Process a = batch(casesA, work.resolve("results-a.txt"), false);
        Process b = batch(casesB, work.resolve("results-b.txt"), true);
        assertThat(a.waitFor(8, TimeUnit.MINUTES)).as("batch A finished").isTrue();
        assertThat(b.waitFor(8, TimeUnit.MINUTES)).as("batch B finished").isTrue();
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        Map<String, Result> results = new HashMap<>();
        List<String> failures = new ArrayList<>();
        read(work.resolve("results-a.txt"), results, failures);
        read(work.resolve("results-b.txt"), results, failures);
        assertThat(a.exitValue()).as("batch A: %s", Files.readString(work.resolve("results-a.txt.log"))).isZero();
        assertThat(b.exitValue()).as("batch B: %s", Files.readString(work.resolve("results-b.txt.log"))).isZero();

        int zero = 0;
        long slowest = 0;
        String slowestId = "";
        for (Case c : cases) {
            Result r = results.get(c.id());
            if (r == null) {
                failures.add(c.id() + ": no result");
                continue;
            }
            zero += r.exit() == 0 ? 1 : 0;
            if (r.millis() > slowest) {
                slowest = r.millis();
                slowestId = c.id();
            }
            check(c, r, failures);
        }
        System.out.printf(Locale.ROOT, "hostile suite: %d cases in batch JVMs (%s), %d valid (exit 0), %d refused "
                + "(exit 2), slowest case %d ms (%s), %d s in all%n", cases.size(), HEAP, zero, cases.size() - zero,
                slowest, slowestId, seconds);
        assertThat(failures).as("%d of %d hostile cases failed", failures.size(), cases.size()).isEmpty();
        assertThat(cases.size()).isGreaterThan(800);
        assertThat(zero).as("some variants are valid, so the commands really ran").isGreaterThan(50);
    }

    /** Non-regular and oversized inputs, and outputs that must not be replaced. */
    private void addPathCases(Path in, Path prior, String bnLayer, String settings) throws Exception {
        Path fifo = in.resolve("fifo.json");
        boolean haveFifo = run("mkfifo", fifo.toString());
        Path dir = Files.createDirectories(in.resolve("a-folder.json"));
        Path dangling = Files.createSymbolicLink(in.resolve("dangling.json"), in.resolve("gone.json"));
        Path loop = Files.createSymbolicLink(in.resolve("loop.json"), Path.of("loop.json"));
        Path goodGolden = Files.writeString(in.resolve("good-golden.json"), bnLayer);
        Path goodSettings = Files.writeString(in.resolve("good-settings.json"), settings);
        Path linkToGood = Files.createSymbolicLink(in.resolve("link-good.json"), goodGolden);
        Path sparse9m = sparse(in.resolve("sparse-9m.json"), 9L << 20);
        Path sparse2m = sparse(in.resolve("sparse-2m.json"), 2L << 20);
        Path sparse300m = sparse(in.resolve("sparse-300m.json"), 300L << 20);
        List<Path> special = new ArrayList<>(List.of(Path.of("/dev/zero"), Path.of("/dev/urandom"),
                Path.of("/dev/null"), dir, in.resolve("missing.json"), dangling, loop));
        if (haveFifo) {
            special.add(fifo);
        }
        for (Path p : special) {
            String n = p.getFileName().toString();
            add("path-replay-" + n, Verdict.REFUSED, prior(prior, ".json"), false, "replay", p.toString(), "--out",
                    null);
            add("path-open-" + n, Verdict.REFUSED, null, false, "app-open", p.toString());
            add("path-lesson-" + n, Verdict.REFUSED, null, false, "app-lesson", p.toString());
            add("path-settings-" + n, Verdict.REFUSED, prior(prior, ".gif"), true, "record", "--settings", p.toString(),
                    "--steps", "0", "--size", "320x180", "--out", null);
            add("path-record-lesson-" + n, Verdict.REFUSED, prior(prior, ".gif"), true, "record", "--lesson",
                    p.toString(), "--size", "320x180", "--out", null);
        }
        add("path-replay-sparse", Verdict.REFUSED, prior(prior, ".json"), false, "replay", sparse9m.toString(),
                "--out", null);
        add("path-open-sparse", Verdict.REFUSED, null, false, "app-open", sparse300m.toString());
        add("path-lesson-sparse", Verdict.REFUSED, null, false, "app-lesson", sparse2m.toString());
        add("path-settings-sparse", Verdict.REFUSED, prior(prior, ".gif"), true, "record", "--settings",
                sparse2m.toString(), "--steps", "0", "--size", "320x180", "--out", null);
        add("path-replay-link", Verdict.EITHER, prior(prior, ".json"), false, "replay", linkToGood.toString(), "--out",
                null);

        // outputs: a directory, devices, missing folders and loops are refused; /dev/null and links are fine
        Path outDir = Files.createDirectories(work.resolve("out-folder.json"));
        Path outLoop = Files.createSymbolicLink(work.resolve("out-loop.json"), Path.of("out-loop.json"));
        Path outDangling = Files.createSymbolicLink(work.resolve("out-dangling.json"), work.resolve("made.json"));
        Path outLinked = Files.createSymbolicLink(work.resolve("out-link.json"), prior(prior, ".json"));
        Path blk = work.resolve("blk.json");
        boolean haveBlk = run("mknod", blk.toString(), "b", "250", "250");
        Path blkGif = work.resolve("blk.gif");
        haveBlk &= run("mknod", blkGif.toString(), "b", "250", "250");
        Map<Path, Verdict> outs = new java.util.LinkedHashMap<>();
        outs.put(outDir, Verdict.REFUSED);
        outs.put(outLoop, Verdict.REFUSED);
        outs.put(work.resolve("no/such/folder.json"), Verdict.REFUSED);
        outs.put(Path.of("/dev/full"), Verdict.REFUSED);
        outs.put(Path.of("/dev/null"), Verdict.EITHER);
        outs.put(outDangling, Verdict.EITHER);
        outs.put(outLinked, Verdict.EITHER);
        if (haveBlk) {
            outs.put(blk, Verdict.REFUSED);
        }
        for (Map.Entry<Path, Verdict> e : outs.entrySet()) {
            add("out-replay-" + e.getKey().getFileName(), e.getValue(), null, false, "replay", goodGolden.toString(),
                    "--out", e.getKey().toString());
        }
        Path gifDir = Files.createDirectories(work.resolve("folder.gif"));
        for (Path p : haveBlk ? List.of(gifDir, blkGif, work.resolve("no/such/clip.gif"))
                : List.of(gifDir, work.resolve("no/such/clip.gif"))) {
            add("out-record-" + p.getFileName(), Verdict.REFUSED, null, true, "record", "--settings",
                    goodSettings.toString(), "--steps", "0", "--size", "320x180", "--out", p.toString());
        }
        Path fileInTheWay = prior(prior, "");
        add("out-experiment-file", Verdict.REFUSED, fileInTheWay, false, "experiment", "layer-coupling", "--steps",
                "3", "--no-png", "--out", fileInTheWay.toString());
        Path snapInTheWay = prior(prior, "");
        add("out-snapshot-file", Verdict.REFUSED, snapInTheWay, true, "snapshot", "--steps", "0", "--width", "400",
                "--height", "300", "--out", snapInTheWay.toString());
        // sizes of the rendering commands
        add("size-snapshot", Verdict.REFUSED, null, true, "snapshot", "--out", work.resolve("snap").toString(),
                "--width", "100000", "--height", "100000");
        add("size-snapshot-steps", Verdict.REFUSED, null, true, "snapshot", "--out", work.resolve("snap").toString(),
                "--steps", "2000000000");
        add("size-framebench", Verdict.REFUSED, null, true, "framebench", "--width", "100000", "--height", "100000");
        add("size-framebench-neg", Verdict.REFUSED, null, true, "framebench", "--width", "-5", "--height", "300");
        add("size-record", Verdict.REFUSED, prior(prior, ".gif"), true, "record", "--size", "100000x100000",
                "--out", null);
        add("size-record-steps", Verdict.REFUSED, prior(prior, ".gif"), true, "record", "--steps", "2000000000",
                "--out", null);
        add("args-esc", Verdict.REFUSED, null, false, "replay", "\u001b[31m\nnot-a-file");
        add("args-esc-lang", Verdict.REFUSED, null, false, "experiment", "bn-vs-nobn", "--lang", "\u001b]0;x\u0007",
                "--out", work.resolve("e").toString());
    }

    // ------------------------------------------------------------------ checks

    private void check(Case c, Result r, List<String> failures) throws IOException {
        String where = c.id() + " (" + String.join(" ", c.args()).replaceAll("[\\x00-\\x1f]", "?") + ")";
        if (r.exit() != 0 && r.exit() != 2) {
            failures.add(where + ": exit " + r.exit() + ": " + firstLines(r.err()));
            return;
        }
        if (c.verdict() == Verdict.REFUSED && r.exit() != 2) {
            failures.add(where + ": accepted, exit " + r.exit());
        }
        if (r.millis() > (c.renders() ? RENDERING_CASE_MILLIS : CASE_MILLIS)) {
            failures.add(where + ": took " + r.millis() + " ms");
        }
        if (r.exit() == 2) {
            List<String> lines = r.err().lines().toList();
            if (lines.isEmpty() || lines.size() > 2) {
                failures.add(where + ": " + lines.size() + " stderr lines: " + firstLines(r.err()));
            }
            for (String l : lines) {
                if (STACK_LINE.matcher(l).find()) {
                    failures.add(where + ": stack trace on stderr: " + l);
                }
                if (RAW_CONTROL.matcher(l).find()) {
                    failures.add(where + ": raw control character on stderr: " + l.replaceAll("[\\x00-\\x1f]", "?"));
                }
                if (l.length() > 700) {
                    failures.add(where + ": a " + l.length() + "-character line");
                }
            }
            if (!r.out().isEmpty()) {
                failures.add(where + ": stdout not empty: " + firstLines(r.out()));
            }
            if (c.prior() != null && !Files.isDirectory(c.prior())
                    && !Files.readString(c.prior()).equals(marker(c.prior()))) {
                failures.add(where + ": the previous output file changed");
            }
        }
        if (c.prior() != null && Files.isDirectory(c.prior().getParent())) {
            try (var s = Files.list(c.prior().getParent())) {
                s.filter(p -> p.getFileName().toString().endsWith(".tmp"))
                        .forEach(p -> failures.add(where + ": temporary file left: " + p.getFileName()));
            }
        }
    }

    private static String firstLines(String s) {
        String t = s.lines().limit(4).reduce((x, y) -> x + " | " + y).orElse("");
        return t.length() > 400 ? t.substring(0, 400) + "…" : t;
    }

    // ------------------------------------------------------------------ plumbing

    /** Adds a case; a null argument is replaced by the prior output file. */
    private void add(String id, Verdict verdict, Path prior, boolean renders, String... args) {
        List<String> list = new ArrayList<>();
        for (String a : args) {
            list.add(a == null ? prior.toString() : a);
        }
        String unique = (counter++) + "-" + id.replaceAll("[^A-Za-z0-9_.=/-]", "_");
        Case c = new Case(unique, list, verdict, prior, renders);
        cases.add(c);
        byId.put(unique, c);
    }

    private Path write(Path dir, String base, Variant v) throws IOException {
        return Files.write(dir.resolve(base + "-" + (counter + 1) + ".json"), v.bytes());
    }

    /** A previous output file with a known text. */
    private Path prior(Path dir, String ext) throws IOException {
        Path p = dir.resolve("prior-" + (counter + 1) + "-" + System.nanoTime() + ext);
        Files.writeString(p, marker(p));
        return p;
    }

    private static String marker(Path p) {
        return "previous output " + p.getFileName() + "\n";
    }

    private static Path sparse(Path p, long bytes) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(bytes);
        }
        return p;
    }

    private static boolean run(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private void writeCases(Path file, boolean renders) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Case c : cases) {
            if (c.renders() == renders) {
                sb.append(c.id());
                for (String a : c.args()) {
                    sb.append('\t').append(Base64.getEncoder().encodeToString(a.getBytes(StandardCharsets.UTF_8)));
                }
                sb.append('\n');
            }
        }
        Files.writeString(file, sb.toString());
    }

    private Process batch(Path casesFile, Path results, boolean renders) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(java(), HEAP, "-XX:+UseSerialGC", "-Dbnlab.keepToolkit=true",
                "-cp", System.getProperty("java.class.path"), HostileBatch.class.getName(), casesFile.toString(),
                results.toString(), Long.toString(renders ? RENDERING_CASE_MILLIS : CASE_MILLIS)));
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(Path.of(results + ".log").toFile()).directory(work.toFile()).start();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private void read(Path results, Map<String, Result> into, List<String> failures) throws IOException {
        if (!Files.exists(results)) {
            failures.add(results.getFileName() + ": no results");
            return;
        }
        for (String line : Files.readAllLines(results, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("TIMEOUT")) {
                failures.add(f[1] + ": no result in time; the batch was stopped");
                continue;
            }
            into.put(f[0], new Result(Integer.parseInt(f[1]), Long.parseLong(f[2]),
                    new String(Base64.getDecoder().decode(f[3]), StandardCharsets.UTF_8),
                    new String(Base64.getDecoder().decode(f[4]), StandardCharsets.UTF_8)));
        }
    }

    // ------------------------------------------------------------------ a sample, one JVM each

    /**
     * A sample exactly as users run it, one JVM per command with a 64 MB heap: the exit code, exactly one line on
     * stderr (for the rendering commands: no JavaFX start-up warning before it), nothing on stdout.
     */
    @Test
    void aSampleInTheirOwnJvms() throws Exception {
        Path golden = Files.writeString(work.resolve("g.json"),
                Files.readString(GoldenFiles.directory().resolve("bn_layer_basic.json")));
        Path deep = Files.writeString(work.resolve("deep.json"), "[".repeat(100_000) + "]".repeat(100_000));
        Path settings = work.resolve("s.json");
        SettingsFile.save(settings, SessionConfig.defaults(), Hyperparams.defaults());
        Path hugeTrain = Files.writeString(work.resolve("huge.json"),
                Files.readString(settings).replace("\"trainSize\" : 2048", "\"trainSize\" : 2147483647"));
        assertThat(Files.readString(hugeTrain)).contains("2147483647");
        Path folder = Files.createDirectories(work.resolve("folder"));
        Path fifo = work.resolve("fifo.json");
        boolean haveFifo = run("mkfifo", fifo.toString());
        Path prior = Files.writeString(work.resolve("prior.json"), "previous\n");
        Path priorGif = Files.writeString(work.resolve("prior.gif"), "previous\n");
        // a folder whose main.png (snapshot) and layer-coupling.png (experiment) are folders: refused after rendering
        Path snapOut = Files.createDirectories(work.resolve("snap"));
        Files.createDirectories(snapOut.resolve("main.png"));
        Path expOut = Files.createDirectories(work.resolve("exp"));
        Files.createDirectories(expOut.resolve("layer-coupling.png"));

        List<List<String>> sample = new ArrayList<>(List.of(
                List.of("replay", "/dev/zero", "--out", prior.toString()),
                List.of("replay", "/dev/urandom"),
                List.of("replay", deep.toString(), "--out", prior.toString()),
                List.of("replay", golden.toString(), "--out", "/dev/full"),
                List.of("replay", golden.toString(), "--out", folder.toString()),
                List.of("record", "--settings", "/dev/zero", "--out", priorGif.toString()),
                List.of("record", "--lesson", "/dev/zero", "--out", priorGif.toString()),
                List.of("record", "--settings", hugeTrain.toString(), "--out", priorGif.toString()),
                List.of("record", "--lesson", folder.toString(), "--out", priorGif.toString()),
                List.of("snapshot", "--out", work.resolve("s1").toString(), "--width", "100000", "--height", "100000"),
                List.of("framebench", "--width", "100000", "--height", "100000"),
                List.of("snapshot", "--steps", "0", "--width", "400", "--height", "300", "--out", snapOut.toString()),
                // (PNGs at 640 × 360: the default 1600 × 900 needs more than a 64 MB heap)
                List.of("-Dbnlab.experiment.width=640", "-Dbnlab.experiment.height=360", "experiment",
                        "layer-coupling", "--steps", "3", "--out", expOut.toString())));
        if (haveFifo) {
            sample.add(List.of("replay", fifo.toString(), "--out", prior.toString()));
            sample.add(List.of("record", "--settings", fifo.toString(), "--out", priorGif.toString()));
        }
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<java.util.concurrent.Future<?>> running = new ArrayList<>();
        for (List<String> args : sample) {
            int n = counter++;
            running.add(pool.submit(() -> {
                runAlone(args, n, failures);
                return null;
            }));
        }
        for (java.util.concurrent.Future<?> f : running) {
            f.get(3, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertThat(Files.readString(prior)).isEqualTo("previous\n");
        assertThat(Files.readString(priorGif)).isEqualTo("previous\n");
        assertThat(Files.isDirectory(snapOut.resolve("main.png"), LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(failures).isEmpty();
    }

    /** Runs {@code bnlab ARGS} in its own JVM (leading -D arguments go to the JVM) and checks it. */
    private void runAlone(List<String> args, int n, List<String> failures) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(java(), HEAP));
        List<String> rest = new ArrayList<>(args);
        while (rest.get(0).startsWith("-D")) {
            cmd.add(rest.remove(0));
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.bnlab.app.Main"));
        cmd.addAll(rest);
        Path out = work.resolve("out-" + n + ".txt");
        Path err = work.resolve("err-" + n + ".txt");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        boolean done = p.waitFor(90, TimeUnit.SECONDS);
        p.destroyForcibly();
        long millis = (System.nanoTime() - t0) / 1_000_000L;
        String what = String.join(" ", rest);
        if (!done) {
            failures.add(what + ": did not end within 90 s");
            return;
        }
        List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
        if (p.exitValue() != 2 || lines.size() != 1 || Files.size(out) != 0) {
            failures.add(what + ": exit " + p.exitValue() + ", " + lines.size() + " stderr lines " + lines + ", "
                    + Files.size(out) + " bytes on stdout, " + millis + " ms");
        }
    }
}

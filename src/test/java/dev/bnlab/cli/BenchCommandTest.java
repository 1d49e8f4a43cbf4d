package dev.bnlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** {@code bench}: one JSON line on success; exit code 2 and one stderr line (no stack trace) on bad options. */
class BenchCommandTest {

    /** Exit code, stdout and stderr of one run. */
    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = new CommandLine(new BenchCommand()).execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void printsOneJsonLineWithTheSettingsAndAPositiveRate() {
        Run r = run("--hidden", "5", "--layers", "3", "--batch", "17", "--placement", "after", "--activation",
                "tanh", "--seconds", "0.15");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        String line = r.out().strip();
        assertThat(line.lines().count()).isEqualTo(1);
        assertThat(line).matches("\\{\"hidden\":5,\"layers\":3,\"batch\":17,\"placement\":\"after\",\"activation\":\"tanh\","
                + "\"steps_per_s\":[0-9]+\\.[0-9],\"ns_per_step\":[0-9]+\\.[0-9]}");
        double stepsPerSecond = Double.parseDouble(line.replaceAll(".*\"steps_per_s\":([0-9.]+),.*", "$1"));
        double nsPerStep = Double.parseDouble(line.replaceAll(".*\"ns_per_step\":([0-9.]+)}.*", "$1"));
        assertThat(stepsPerSecond).isGreaterThan(0);
        assertThat(stepsPerSecond * nsPerStep).isCloseTo(1e9, org.assertj.core.data.Percentage.withPercentage(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--placement=sideways", "--activation=softplus", "--batch=1", "--batch=4097",
        "--hidden=0", "--hidden=65", "--layers=0", "--layers=9", "--layers=two", "--seconds=0", "--seconds=-2", "--seconds=NaN", "--batch=many", "--frobnicate"})
    void badOptionsExitWithTwoAndOneLineOnStderr(String option) {
        Run r = run(option);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).startsWith("bench: ").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void settingsParseTheDefaults() {
        BenchSettings s = BenchSettings.parse("3", "1", "64", "before", "sigmoid", "3");
        assertThat(s.hidden()).isEqualTo(3);
        assertThat(s.batch()).isEqualTo(64);
        assertThat(s.placement().id()).isEqualTo("before");
        assertThat(s.activation().id()).isEqualTo("sigmoid");
        assertThat(s.seconds()).isEqualTo(3.0);
    }
}

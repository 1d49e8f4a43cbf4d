package dev.bnlab.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bnlab.core.Hyperparams;
import dev.bnlab.core.SessionConfig;
import dev.bnlab.core.SessionState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A saved experiment: the settings of a {@link SettingsFile} and, optionally, the trained state, so that after
 * loading the next step is exactly the one the saved session would have taken. Without a state the file is a
 * plain {@value SettingsFile#FORMAT} file; with one its format is {@value #FORMAT} and it has a {@code state}
 * member (see {@link SessionStateJson}). Saving is atomic like {@link SettingsFile}'s; loading accepts both
 * formats and reports the first problem with its JSON path.
 */
public final class ExperimentFile {

    /** Format of a file with a trained state. */
    public static final String FORMAT = "bnlab-experiment/1";

    /** What an experiment file holds; {@code state} is null for a settings-only file. */
    public record Experiment(SessionConfig config, Hyperparams hyperparams, SessionState state) {

        public boolean hasState() {
            return state != null;
        }
    }

    private ExperimentFile() {
    }

    /** Saves the settings and, when {@code state} is not null, the trained state; atomic. */
    public static void save(Path file, SessionConfig config, Hyperparams hp, SessionState state)
            throws ScenarioException {
        save(file, config, hp, state, SettingsFile.ATOMIC_MOVE);
    }

    static void save(Path file, SessionConfig config, Hyperparams hp, SessionState state,
                     SettingsFile.FileMover mover) throws ScenarioException {
        SettingsFile.writeAtomically(file, toJson(config, hp, state).getBytes(StandardCharsets.UTF_8), mover);
    }

    static String toJson(SessionConfig config, Hyperparams hp, SessionState state) throws ScenarioException {
        if (state == null) {
            return SettingsFile.toJson(config, hp);
        }
        String mismatch = state.mismatch(config);
        if (mismatch != null) {
            throw new ScenarioException("", FileText.format("files.state.cannotSave", KnownMessages.rule(mismatch)));
        }
        ObjectNode root = SettingsFile.settingsTree(FORMAT, config, hp);
        SessionStateJson.write(root.putObject("state"), state);
        return SettingsFile.text(root);
    }

    public static Experiment load(Path file) throws ScenarioException {
        return parse(InputFiles.read(file, InputFiles.Kind.EXPERIMENT));
    }

    public static Experiment parse(String json) throws ScenarioException {
        LocatedNode root = LocatedNode.root(JsonTreeParser.parse(json));
        return fromTree(root, () -> LocatedNode.root(JsonTreeParser.parseWithDoubles(json)).member("state"));
    }

    /** A reader of the state member: its doubles come from a binary-double tree (see JsonTreeParser). */
    @FunctionalInterface
    private interface StateNode {
        LocatedNode get() throws ScenarioException;
    }

    private static Experiment fromTree(LocatedNode root, StateNode stateNode) throws ScenarioException {
        LocatedNode formatNode = root.member("format");
        String format = formatNode.text();
        boolean withState = format.equals(FORMAT);
        if (!withState && !format.equals(SettingsFile.FORMAT)) {
            throw formatNode.problem(FileText.format("files.format.unsupported", SafeText.value(format),
                    FileText.format("files.list.or", SettingsFile.FORMAT, FORMAT)));
        }
        SettingsFile.Settings s = SettingsFile.readSettings(root,
                withState ? java.util.Set.of("state") : java.util.Set.of());
        FileLimits.check(FileLimits.EXPERIMENT, root);
        if (withState) {
            root.member("state");
        }
        SessionState state = withState ? SessionStateJson.read(stateNode.get(), s.config()) : null;
        return new Experiment(s.config(), s.hyperparams(), state);
    }
}

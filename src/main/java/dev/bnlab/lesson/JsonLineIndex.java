package dev.bnlab.lesson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.bnlab.scenario.JsonTreeParser;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The line on which each member of a JSON text starts, by its path in the notation of the scenario reader
 * ({@code scenes[2].settings.training.momentum}), so a problem found in the tree can name its line.
 */
final class JsonLineIndex {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private final Map<String, Integer> lines = new HashMap<>();

    private JsonLineIndex() {
    }

    /** Indexes a text; a text that is not valid JSON keeps the lines read up to the error. */
    static JsonLineIndex of(String text) {
        JsonLineIndex index = new JsonLineIndex();
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                JsonStreamContext ctx = p.getParsingContext();
                if (t == JsonToken.FIELD_NAME) {
                    index.record(JsonTreeParser.pathOf(ctx), p);
                } else if (t != JsonToken.END_ARRAY && t != JsonToken.END_OBJECT) {
                    // a value: its container is the context, or the parent for a value that opens one
                    JsonStreamContext container = t.isStructStart() ? ctx.getParent() : ctx;
                    if (container != null && container.inArray()) {
                        index.record(JsonTreeParser.pathOf(container), p);
                    } else if (container != null && container.inRoot()) {
                        index.record("", p);
                    }
                }
            }
        } catch (IOException e) {
            // keep what was read: the syntax error itself carries its own line
        }
        return index;
    }

    private void record(String path, JsonParser p) {
        lines.putIfAbsent(path, p.currentTokenLocation().getLineNr());
    }

    /** The line of the member at {@code path}, else of its nearest indexed ancestor; 0 if none is known. */
    int lineOf(String path) {
        String p = path;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 0;
            }
            p = parent(p);
        }
    }

    /** "a.b[2].c" → "a.b[2]" → "a.b" → "a" → "". */
    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
    }
}

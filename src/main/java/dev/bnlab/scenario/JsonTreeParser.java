package dev.bnlab.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a file into a Jackson tree, turning every failure into a one-line {@link ScenarioException}: a missing,
 * unreadable, special or oversized file ({@link InputFiles}), an empty file, malformed JSON (with line, column and
 * the JSON path reached), or JSON beyond the parser's limits (nesting deeper than {@value #MAX_DEPTH}, strings
 * longer than {@value #MAX_STRING} characters, …), which are checked while reading, so no limit is exceeded in
 * memory first.
 *
 * <p>The non-standard literals NaN and ±Infinity are let through into the tree so that {@link LocatedNode}
 * can reject them with the path of the member that holds them; decimals are kept as {@link java.math.BigDecimal}
 * so a literal like {@code 1e400} can be reported as out of range instead of silently becoming Infinity.
 */
public final class JsonTreeParser {

    /** Deepest nesting of objects and arrays accepted (the formats need at most 6 levels). */
    public static final int MAX_DEPTH = 32;
    /** Longest string value accepted, in characters (a history row of the largest state is about 4 800). */
    public static final int MAX_STRING = 65_536;
    /** Longest member name accepted, in characters. */
    public static final int MAX_NAME = 256;
    /** Longest number literal accepted, in characters. */
    public static final int MAX_NUMBER = 100;
    /** Most JSON tokens (values, names, brackets) in one file. */
    public static final long MAX_TOKENS = 2_000_000;

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxStringLength(MAX_STRING)
            .maxNameLength(MAX_NAME)
            .maxNumberLength(MAX_NUMBER)
            .maxTokenCount(MAX_TOKENS)
            .build();

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(LIMITS).build())
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /**
     * Like {@link #MAPPER} but with binary doubles: a decimal keeps its sign of zero (a BigDecimal has no −0),
     * for values that must read back bit for bit; a literal beyond the double range reads as ±Infinity here.
     */
    private static final JsonMapper DOUBLE_MAPPER = MAPPER.rebuild()
            .disable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private JsonTreeParser() {
    }

    /** Reads a file of the given kind ({@link InputFiles}: regular, bounded, valid UTF-8) and parses it. */
    public static JsonNode parseFile(Path file, InputFiles.Kind kind) throws ScenarioException {
        return parse(InputFiles.read(file, kind));
    }

    public static JsonNode parse(String content) throws ScenarioException {
        return parse(content, MAPPER);
    }

    /** {@link #parse} with decimals as binary doubles (exact round trip of written doubles, −0.0 included). */
    static JsonNode parseWithDoubles(String content) throws ScenarioException {
        return parse(content, DOUBLE_MAPPER);
    }

    private static JsonNode parse(String content, JsonMapper mapper) throws ScenarioException {
        // a UTF-8 byte-order mark is not JSON, but harmless
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        if (text.isBlank()) {
            throw new ScenarioException("", FileText.format("files.json.empty"));
        }
        JsonParser parser = null;
        try {
            parser = mapper.createParser(text);
            JsonNode root = mapper.readTree(parser);
            if (root == null || root.isMissingNode()) {
                throw new ScenarioException("", FileText.format("files.json.empty"));
            }
            return root;
        } catch (StreamConstraintsException e) {
            String where = parser == null ? "" : pathOf(parser.getParsingContext());
            throw new ScenarioException(where, limitProblem(e));
        } catch (JsonProcessingException e) {
            String where = parser == null ? "" : pathOf(parser.getParsingContext());
            throw syntaxError(where, e);
        } catch (IOException e) {
            throw new ScenarioException("", FileText.format("files.json.readFailed", oneLine(String.valueOf(e.getMessage()))));
        }
    }

    /** Which of the {@link #LIMITS} a text broke, in the current language. */
    private static String limitProblem(StreamConstraintsException e) {
        String msg = String.valueOf(e.getOriginalMessage());
        if (msg.contains("nesting depth")) {
            return FileText.format("files.json.tooDeep", MAX_DEPTH);
        }
        if (msg.contains("Name length")) {
            return FileText.format("files.json.nameTooLong", MAX_NAME);
        }
        if (msg.contains("String value length")) {
            return FileText.format("files.json.stringTooLong", MAX_STRING);
        }
        if (msg.contains("Number value length")) {
            return FileText.format("files.json.numberTooLong", MAX_NUMBER);
        }
        if (msg.contains("Token count")) {
            return FileText.format("files.json.tooManyTokens", MAX_TOKENS);
        }
        return FileText.format("files.json.invalid", oneLine(msg));
    }

    /** "not valid JSON at line 3, column 7: ..." with the line and column also kept as data. */
    private static ScenarioException syntaxError(String where, JsonProcessingException e) {
        String reason = reason(e);
        JsonLocation loc = e.getLocation();
        if (loc == null || loc.getLineNr() < 1) {
            return new ScenarioException(where, FileText.format("files.json.invalid", reason));
        }
        JsonSyntaxError syntax = new JsonSyntaxError(loc.getLineNr(), loc.getColumnNr(), reason);
        return new ScenarioException(where,
                FileText.format("files.json.invalidAt", syntax.line(), syntax.column(), reason), syntax);
    }

    private static String reason(JsonProcessingException e) {
        if (e instanceof JsonEOFException) {
            return FileText.format("files.json.unexpectedEnd");
        }
        String msg = oneLine(String.valueOf(e.getOriginalMessage()));
        // Jackson lists every kind of JSON value here; say it shortly
        int cut = msg.indexOf("was expecting (JSON String");
        return KnownMessages.syntax(cut > 0 ? msg.substring(0, cut) + "was expecting a JSON value" : msg);
    }

    private static String oneLine(String s) {
        int nl = s.indexOf('\n');
        return (nl >= 0 ? s.substring(0, nl) : s).trim();
    }

    /** input.batches[2].x in the notation of {@link LocatedNode}, from a parser's nesting (e.g. at an error). */
    public static String pathOf(JsonStreamContext ctx) {
        StringBuilder sb = new StringBuilder();
        appendPath(ctx, sb);
        return sb.toString();
    }

    private static void appendPath(JsonStreamContext ctx, StringBuilder sb) {
        if (ctx == null || ctx.inRoot()) {
            return;
        }
        appendPath(ctx.getParent(), sb);
        if (ctx.inArray()) {
            sb.append('[').append(Math.max(ctx.getCurrentIndex(), 0)).append(']');
        } else if (ctx.getCurrentName() != null) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(ctx.getCurrentName());
        }
    }
}

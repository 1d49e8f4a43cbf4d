package dev.bnlab.hostile;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates hostile variants of a valid JSON file, deterministically from a seed: truncations, values swapped for
 * other types, huge and odd numbers, deep nesting, control characters, invalid UTF-8, huge strings, unknown and
 * duplicate members, and whole-file oddities (empty, BOM, NUL bytes, garbage). Each variant has a name and says
 * whether it must be refused ({@link Verdict#REFUSED}) or may be valid ({@link Verdict#EITHER}).
 */
final class HostileCases {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the reader must do with a variant. */
    enum Verdict {
        /** Certainly invalid: exit 2. */
        REFUSED,
        /** Possibly valid (a value swapped for another of the right type): exit 0 or 2. */
        EITHER
    }

    /** One variant: a short name, the bytes, and the verdict. */
    record Variant(String name, byte[] bytes, Verdict verdict) {
    }

    /** Replacement values, as raw JSON text (some are not standard JSON on purpose). */
    static final List<String> REPLACEMENTS = List.of(
            "\"x\"", "-1", "0", "1.5", "true", "null", "[]", "{}", "1e308", "1e999999999", "-1e999999999",
            "1e-999999999", "2147483648", "9223372036854775808", "123456789012345678901234567890", "NaN",
            "-Infinity", "\"\\u001b[31mred\\nline\\u202e\"", "\"" + "k".repeat(70_000) + "\"",
            "[".repeat(40) + "]".repeat(40), "{\"a\":".repeat(40) + "1" + "}".repeat(40), "\"\\ud800\"", "-0",
            "[1,2,3]", "\"" + "w".repeat(3000) + "\"", "0.30000000000000004", "4097", "65537", "200000000",
            "2147483647", "1e6", "[[1,2],[3,4]]");

    /** Sizes tried on the members that are sizes. */
    static final List<String> SIZES = List.of("200000000", "2147483647", "9007199254740993", "-1", "0", "65537",
            "4097", "1e6", "1e999999999", "2.5");

    /** Of {@link #SIZES}, the values no size in any format accepts. */
    static final List<String> ALWAYS_OUT_OF_RANGE = List.of("-1", "9007199254740993", "1e999999999", "2.5");

    private HostileCases() {
    }

    /**
     * Every variant of {@code base}: {@code paths} members chosen at random (seeded) each get {@code perPath}
     * replacements; every member of {@code sizePaths} (JSON pointers) gets each of {@link #SIZES}; plus the
     * structural and byte-level mutations.
     */
    static List<Variant> of(String base, long seed, int paths, int perPath, List<String> sizePaths) throws IOException {
        JsonNode tree = JSON.readTree(base);
        Random rnd = new Random(seed);
        List<Variant> out = new ArrayList<>();
        out.add(new Variant("unchanged", utf8(base), Verdict.EITHER));

        // values swapped at random places
        List<JsonPointer> all = new ArrayList<>();
        collect(tree, JsonPointer.empty(), all);
        all.remove(JsonPointer.empty());
        for (int p = 0; p < paths && !all.isEmpty(); p++) {
            JsonPointer at = all.get(rnd.nextInt(all.size()));
            for (int k = 0; k < perPath; k++) {
                int r = rnd.nextInt(REPLACEMENTS.size());
                out.add(new Variant("swap" + p + "." + k + at, utf8(replace(tree, at, REPLACEMENTS.get(r))),
                        Verdict.EITHER));
            }
        }
        // sizes
        for (String sp : sizePaths) {
            JsonPointer at = JsonPointer.compile(sp);
            if (tree.at(at).isMissingNode()) {
                throw new IllegalArgumentException("no member " + sp);
            }
            for (String v : SIZES) {
                // no size may be negative, a fraction, or beyond 2^53 (some may be as large as 2^31 - 1)
                Verdict verdict = ALWAYS_OUT_OF_RANGE.contains(v) ? Verdict.REFUSED : Verdict.EITHER;
                out.add(new Variant("size" + sp + "=" + v, utf8(replace(tree, at, v)), verdict));
            }
        }
        // truncations: never valid (a JSON object cut short)
        byte[] bytes = utf8(base);
        for (int t = 0; t < 8; t++) {
            int len = t == 0 ? 1 : (int) ((long) bytes.length * t / 8);
            out.add(new Variant("cut" + len, Arrays.copyOf(bytes, len), Verdict.REFUSED));
        }
        out.add(new Variant("cut-last", Arrays.copyOf(bytes, bytes.length - 2), Verdict.REFUSED));
        // deep nesting in place of the first member
        String first = "/" + tree.fieldNames().next();
        for (int depth : new int[] {33, 1000, 100_000}) {
            out.add(new Variant("deep" + depth, utf8(replace(tree, JsonPointer.compile(first),
                    "[".repeat(depth) + "]".repeat(depth))), Verdict.REFUSED));
        }
        out.add(new Variant("deep-root", utf8("[".repeat(50_000) + "]".repeat(50_000)), Verdict.REFUSED));
        // control characters: raw in a string (invalid JSON), raw between tokens, escaped in member names
        int quote = base.indexOf('"', base.indexOf(':'));
        out.add(new Variant("raw-esc-in-string", insert(bytes, quote + 1, new byte[] {0x1b, '[', '2', 'J'}),
                Verdict.REFUSED));
        out.add(new Variant("raw-newline-in-string", insert(bytes, quote + 1, new byte[] {'\n'}), Verdict.REFUSED));
        out.add(new Variant("raw-nul", insert(bytes, 1, new byte[] {0}), Verdict.REFUSED));
        // (a golden file ignores members it does not know, the other formats refuse them)
        out.add(new Variant("member-esc", utf8(addMember(tree, "\u001b]0;pwned\u0007\n\u001b[2J", "1")),
                Verdict.EITHER));
        out.add(new Variant("member-long", utf8(addMember(tree, "m".repeat(300), "1")), Verdict.REFUSED));
        out.add(new Variant("member-unknown", utf8(addMember(tree, "zzz", "{\"a\": 1}")), Verdict.EITHER));
        out.add(new Variant("duplicate", utf8(base.replaceFirst("\\{", "{" + "\"" + tree.fieldNames().next()
                + "\": 1, ")), Verdict.REFUSED));
        // invalid UTF-8 inside the first string value
        int inString = quote + 1;
        byte[][] bad = {{(byte) 0xff}, {(byte) 0xc3, '('}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
            {(byte) 0xc0, (byte) 0xaf}, {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};
        for (int i = 0; i < bad.length; i++) {
            out.add(new Variant("utf8-" + i, insert(bytes, inString, bad[i]), Verdict.REFUSED));
        }
        out.add(new Variant("utf8-cut", concat(bytes, new byte[] {(byte) 0xe4, (byte) 0xb8}), Verdict.REFUSED));
        // huge strings: beyond the parser's limit, and a whole megabyte
        out.add(new Variant("string-70k", utf8(replace(tree, JsonPointer.compile(first), "\"" + "s".repeat(70_000)
                + "\"")), Verdict.REFUSED));
        out.add(new Variant("string-1m", utf8(addMember(tree, "description", "\"" + "d".repeat(1_100_000) + "\"")),
                Verdict.REFUSED));
        // whole-file oddities
        out.add(new Variant("empty", new byte[0], Verdict.REFUSED));
        out.add(new Variant("blank", utf8(" \n\t\n"), Verdict.REFUSED));
        out.add(new Variant("bom", concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, bytes), Verdict.EITHER));
        out.add(new Variant("root-array", utf8("[" + base + "]"), Verdict.REFUSED));
        out.add(new Variant("root-null", utf8("null"), Verdict.REFUSED));
        out.add(new Variant("trailing", utf8(base + " {}"), Verdict.REFUSED));
        byte[] garbage = new byte[4096];
        rnd.nextBytes(garbage);
        out.add(new Variant("garbage", garbage, Verdict.REFUSED));
        out.add(new Variant("nul-bytes", new byte[2048], Verdict.REFUSED));
        out.add(new Variant("utf16", base.getBytes(StandardCharsets.UTF_16), Verdict.REFUSED));
        return out;
    }

    /** JSON pointers of every node under {@code n}. */
    private static void collect(JsonNode n, JsonPointer at, List<JsonPointer> out) {
        out.add(at);
        if (n.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                collect(e.getValue(), at.appendProperty(e.getKey()), out);
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                collect(n.get(i), at.appendIndex(i), out);
            }
        }
    }

    /** The tree's text with the node at {@code at} replaced by the raw JSON text {@code raw}. */
    static String replace(JsonNode tree, JsonPointer at, String raw) throws IOException {
        JsonNode copy = tree.deepCopy();
        String marker = "@@HOSTILE-" + Integer.toHexString(raw.hashCode()) + "@@";
        JsonNode parent = copy.at(at.head());
        String last = at.last().getMatchingProperty();
        if (parent instanceof ObjectNode o) {
            o.set(last, TextNode.valueOf(marker));
        } else if (parent instanceof ArrayNode a) {
            a.set(at.last().getMatchingIndex(), TextNode.valueOf(marker));
        } else {
            throw new IllegalArgumentException("no parent container at " + at);
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(copy).replace("\"" + marker + "\"", raw);
    }

    /** The tree's text with one more top-level member (its name escaped as JSON does). */
    static String addMember(JsonNode tree, String name, String raw) throws IOException {
        ObjectNode copy = ((ObjectNode) tree).deepCopy();
        String marker = "@@HOSTILE-MEMBER@@";
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        fields.put(name, TextNode.valueOf(marker));
        copy.setAll(fields);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(copy).replace("\"" + marker + "\"", raw);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] insert(byte[] b, int at, byte[] what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b, 0, at);
        out.writeBytes(what);
        out.write(b, at, b.length - at);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return insert(a, a.length, b);
    }
}

package dev.bnlab.scenario;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates the English messages that come from outside these packages (the core records' range rules,
 * {@code SessionState.mismatch}, the JSON parser's syntax errors) into the current language: each known
 * message shape is a pattern whose groups become the arguments of a {@code files} key whose English text
 * rebuilds the message exactly. A message of no known shape is returned unchanged.
 */
public final class KnownMessages {

    private record Shape(Pattern pattern, String key) {
    }

    private static Shape shape(String regex, String key) {
        return new Shape(Pattern.compile(regex), key);
    }

    /** The core records' rules (the field name already dropped) and SessionState's mismatches. */
    private static final List<Shape> RULES = List.of(
            shape("must be in (-?\\d+)\\.\\.(-?\\d+), got (.+)", "files.value.range"),
            shape("must be in (\\d+)\\.\\.(\\d+) \\(BN needs two examples to have a variance\\), got (.+)",
                    "files.rule.batchSize"),
            shape("must be ≥ (\\S+), got (.+)", "files.rule.atLeast"),
            shape("must be a finite number ≥ (\\S+), got (.+)", "files.rule.finiteAtLeast"),
            shape("must be a finite number > (\\S+), got (.+)", "files.rule.finiteAbove"),
            shape("must be in \\[0, 1\\], got (.+)", "files.rule.unitInterval"),
            shape("need at least 2 training and 1 test point", "files.rule.dataSizes"),
            shape("test shift needs finite dx, dy and a scale > 0", "files.rule.testShift"),
            shape("the parameters are for (\\d+) hidden neurons, the settings say (\\d+)", "files.mismatch.hidden"),
            shape("the parameter arrays do not have the shapes of a 2 → (\\d+) → 1 network", "files.mismatch.shapes"),
            shape("the running statistics must have (\\d+) entries", "files.mismatch.running"),
            shape("the sampler order has (\\d+) indices, the training set (\\d+) points", "files.mismatch.sampler"),
            shape("the step history has (\\d+) columns, expected (\\d+)", "files.mismatch.stepColumns"),
            shape("the eval history has (\\d+) columns, expected (\\d+)", "files.mismatch.evalColumns"),
            shape("the step history counts (\\d+) rows but holds (\\d+) \\(expected (\\d+)\\)",
                    "files.mismatch.stepRows"),
            shape("the eval history counts (\\d+) rows but holds (\\d+) \\(expected (\\d+)\\)",
                    "files.mismatch.evalRows"),
            shape("the step history holds fewer values than rows × columns", "files.mismatch.stepValues"),
            shape("the eval history holds fewer values than rows × columns", "files.mismatch.evalValues"),
            shape("the step history has (\\d+) rows, but (\\d+) steps were done", "files.mismatch.stepCount"));

    private static final String UNEXPECTED = "Unexpected character \\((.+) \\(code (\\d+)\\)\\): ";
    private static final String SOURCE = "\\[Source: REDACTED \\(`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` "
            + "disabled\\); line: (\\d+), column: (\\d+)\\]\\)";

    /** The JSON parser's (Jackson's) most frequent syntax errors, as shortened by {@link JsonTreeParser}. */
    private static final List<Shape> SYNTAX = List.of(
            shape(UNEXPECTED + "was expecting double-quote to start field name", "files.syntax.fieldName"),
            shape(UNEXPECTED + "was expecting a colon to separate field name and value", "files.syntax.colon"),
            shape(UNEXPECTED + "was expecting comma to separate Object entries", "files.syntax.objectComma"),
            shape(UNEXPECTED + "was expecting comma to separate Array entries", "files.syntax.arrayComma"),
            shape(UNEXPECTED + "expected a valid value \\(JSON String, Number \\(or 'NaN'/'\\+INF'/'-INF'\\), "
                    + "Array, Object or token 'null', 'true' or 'false'\\)", "files.syntax.value"),
            shape(UNEXPECTED + "maybe a \\(non-standard\\) comment\\? \\(not recognized as one since Feature "
                    + "'ALLOW_COMMENTS' not enabled for parser\\)", "files.syntax.comment"),
            shape("Unexpected character \\((.+) \\(code (\\d+)\\)\\) in numeric value: expected digit \\(0-9\\) "
                    + "to follow minus sign, for valid numeric value", "files.syntax.minus"),
            shape("Unexpected character \\((.+) \\(code (\\d+)\\)\\) in numeric value: Decimal point not "
                    + "followed by a digit", "files.syntax.decimalPoint"),
            shape("Invalid numeric value: Leading zeroes not allowed", "files.syntax.leadingZeroes"),
            shape("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\): has to be escaped using "
                    + "backslash to be included in string value", "files.syntax.controlChar"),
            shape("Unrecognized character escape (.+) \\(code (\\d+)\\)", "files.syntax.escape"),
            shape("Unrecognized token '(.*)': was expecting a JSON value", "files.syntax.token"),
            shape("Unexpected close marker '(.)': expected '(.)' \\(for Array starting at " + SOURCE, "files.syntax.closeArray"),
            shape("Unexpected close marker '(.)': expected '(.)' \\(for Object starting at " + SOURCE,
                    "files.syntax.closeObject"),
            shape("Duplicate field '(.*)'", "files.syntax.duplicate"),
            shape("Trailing token \\(of type (\\w+)\\) found after value \\(bound as "
                    + "`com.fasterxml.jackson.databind.JsonNode`\\): not allowed as per "
                    + "`DeserializationFeature.FAIL_ON_TRAILING_TOKENS`", "files.syntax.trailing"));

    private KnownMessages() {
    }

    /** A core rule or a state mismatch in the current language (the English text when its shape is unknown). */
    public static String rule(String english) {
        return translate(english, RULES);
    }

    /** A JSON syntax error in the current language (the English text when its shape is unknown). */
    public static String syntax(String english) {
        return translate(english, SYNTAX);
    }

    private static String translate(String english, List<Shape> shapes) {
        for (Shape s : shapes) {
            Matcher m = s.pattern().matcher(english);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = m.group(i + 1);
                }
                return FileText.format(s.key(), args);
            }
        }
        return english;
    }
}

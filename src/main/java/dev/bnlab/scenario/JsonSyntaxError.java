package dev.bnlab.scenario;

/**
 * Where and why a text is not valid JSON, kept apart from the message so that a reader which knows lines
 * better (a lesson file names its line first) can say it its own way.
 *
 * @param line   1-based line of the error
 * @param column 1-based column of the error
 * @param reason what is wrong there, in the current language
 */
public record JsonSyntaxError(int line, int column, String reason) {
}

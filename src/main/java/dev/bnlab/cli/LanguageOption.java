package dev.bnlab.cli;

import dev.bnlab.i18n.Messages;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts {@code --lang en|zh} to a supported locale; a bad value's message names the choices. */
public final class LanguageOption implements ITypeConverter<Locale> {

    @Override
    public Locale convert(String value) {
        try {
            return Messages.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}

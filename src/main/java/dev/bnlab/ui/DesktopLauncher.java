package dev.bnlab.ui;

import dev.bnlab.i18n.Messages;
import javafx.application.Application;

/**
 * Starts the JavaFX application (called by dev.bnlab.app.Main by reflection). {@code --lang en|zh} chooses the
 * language of the interface; a bad value is a one-line error.
 */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    public static void main(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                try {
                    Messages.setLocale(Messages.parse(value));
                } catch (IllegalArgumentException e) {
                    System.err.println("bnlab: " + e.getMessage());
                    System.exit(2);
                }
            }
        }
        Application.launch(BnLabApp.class, args);
    }
}

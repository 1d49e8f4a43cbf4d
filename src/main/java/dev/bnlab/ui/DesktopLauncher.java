package dev.bnlab.ui;

import javafx.application.Application;

/** Starts the JavaFX application (called by dev.bnlab.app.Main by reflection). */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(BnLabApp.class, args);
    }
}

package dev.bnlab.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.ui.FxToolkit;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/** With the guard, no two text layouts share JavaFX's one reusable glyph layout (the race it works around). */
class GlyphLayoutRaceGuardTest {

    @Test
    void afterInstallEveryCallerGetsAGlyphLayoutOfItsOwn() throws Exception {
        FxToolkit.start();
        assertThat(GlyphLayoutRaceGuard.install()).isTrue();
        assertThat(GlyphLayoutRaceGuard.installed()).isTrue();
        Method getInstance = Class.forName("com.sun.javafx.text.GlyphLayout").getMethod("getInstance");
        Method dispose = getInstance.getReturnType().getMethod("dispose");
        Object a = getInstance.invoke(null);
        Object b = getInstance.invoke(null);
        dispose.invoke(a);
        Object c = getInstance.invoke(null);
        // without the guard a disposed shared instance comes back: a and c would be the same object
        assertThat(a).isNotSameAs(b).isNotSameAs(c);
        dispose.invoke(b);
        dispose.invoke(c);
        assertThat(GlyphLayoutRaceGuard.install()).as("idempotent").isTrue();
    }
}

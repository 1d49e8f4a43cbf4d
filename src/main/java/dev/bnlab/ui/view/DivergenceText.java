package dev.bnlab.ui.view;

import dev.bnlab.core.Divergence;
import dev.bnlab.i18n.Messages;

/** A {@link Divergence} worded in the current language, e.g. "loss became NaN at step 412". */
public final class DivergenceText {

    private DivergenceText() {
    }

    /** What happened and at which step; an unknown reason is shown as the core wrote it. */
    public static String of(Divergence d) {
        return Messages.format("views.divergence.at", reason(d.what()), Long.toString(d.step()));
    }

    static String reason(String what) {
        return switch (what) {
            case Divergence.LOSS_NAN -> Messages.get("views.divergence.lossNaN");
            case Divergence.LOSS_INFINITE -> Messages.get("views.divergence.lossInfinite");
            case Divergence.WEIGHT_NOT_FINITE -> Messages.get("views.divergence.weight");
            default -> what;
        };
    }
}

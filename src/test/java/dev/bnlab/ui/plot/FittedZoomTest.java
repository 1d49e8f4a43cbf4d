package dev.bnlab.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Presentation zoom never leaves a view less than its minimum drawing area, and never shrinks below 1. */
class FittedZoomTest {

    private static final double PRESENTATION = 5.0 / 3;

    @Test
    void aLargeViewTakesTheWholeZoom() {
        assertThat(FrameCanvasView.fittedZoom(PRESENTATION, 620, 520)).isEqualTo(PRESENTATION);
    }

    @Test
    void aSmallerViewZoomsOnlyAsFarAsItsMinimumAreaAllows() {
        // 400 / 300 = 1.33 limits the width; the height (400 / 240 = 1.67) would allow more
        assertThat(FrameCanvasView.fittedZoom(PRESENTATION, 400, 400)).isCloseTo(400.0 / 300, within(1e-12));
        assertThat(FrameCanvasView.fittedZoom(PRESENTATION, 900, 300)).isCloseTo(300.0 / 240, within(1e-12));
    }

    @Test
    void aViewSmallerThanItsMinimumIsDrawnAtOneNotShrunk() {
        assertThat(FrameCanvasView.fittedZoom(PRESENTATION, 200, 150)).isEqualTo(1);
        assertThat(FrameCanvasView.fittedZoom(1, 1000, 1000)).isEqualTo(1);
    }
}

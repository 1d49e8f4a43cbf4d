package dev.bnlab.plot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bnlab.core.HistoryTable;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The filled band that stands in for a dense noisy series: max along the top, min back along the bottom. */
class ColumnEnvelopeBandTest {

    @Test
    void bandRunsAlongEachColumnsMaxThenBackAlongItsMin() {
        // 8 rows over 2 columns: column 0 holds y = 1, 3, 2, 0 ; column 1 holds y = 5, 4, 6, 5
        double[] v = {0, 1, 1, 3, 2, 2, 3, 0, 4, 5, 5, 4, 6, 6, 7, 5};
        HistoryTable t = new HistoryTable(8, 2, 8, v);
        ColumnEnvelope e = ColumnEnvelope.of(t, 0, 1, 0, 8, 2);
        PlotBox box = new PlotBox(0, 0, 100, 70, 0, 8, 0, 7);
        double[] xs = new double[8];
        double[] ys = new double[8];
        int k = e.band(box, xs, ys);
        assertThat(k).isEqualTo(4);
        assertThat(e.totalRows()).isEqualTo(8);
        // top edge: the max of each column (3 and 6), then the bottom edge back: min 4, then min 0
        assertThat(ys[0]).isCloseTo(box.py(3), Offset.offset(1e-9));
        assertThat(ys[1]).isCloseTo(box.py(6), Offset.offset(1e-9));
        assertThat(ys[2]).isCloseTo(box.py(4), Offset.offset(1e-9));
        assertThat(ys[3]).isCloseTo(box.py(0), Offset.offset(1e-9));
        assertThat(xs[0]).isEqualTo(xs[3]);
        assertThat(xs[1]).isEqualTo(xs[2]);
    }
}

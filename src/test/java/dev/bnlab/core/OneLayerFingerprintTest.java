package dev.bnlab.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The one-hidden-layer path gives bit for bit what it gave before the network learnt depth: SHA-256 over the
 * raw bits of every loss, batch statistic, parameter, gradient and running statistic of 120-step runs (every
 * placement × activation × convention, several widths and batch sizes), compared with digests recorded from
 * the one-layer implementation (src/test/resources/fingerprints/one-layer.properties).
 */
class OneLayerFingerprintTest {

    private static final int STEPS = 120;

    static List<String> cases() {
        List<String> out = new ArrayList<>();
        for (Placement p : Placement.values()) {
            for (Activation a : Activation.values()) {
                for (Convention c : Convention.values()) {
                    out.add(p + "," + a + "," + c + ",3,32,1.0");
                }
                out.add(p + "," + a + ",KERAS,7,17,0.5");
                out.add(p + "," + a + ",PYTORCH,64,200,0.1");
                out.add(p + "," + a + ",KERAS,2,2,3.0");
            }
        }
        return out;
    }

    static String digest(String spec) {
        String[] f = spec.split(",");
        Placement placement = Placement.valueOf(f[0]);
        Activation activation = Activation.valueOf(f[1]);
        Convention convention = Convention.valueOf(f[2]);
        int hidden = Integer.parseInt(f[3]);
        int batch = Integer.parseInt(f[4]);
        double lr = Double.parseDouble(f[5]);
        DataConfig data = new DataConfig(DatasetKind.CIRCLES, 500, 100, 0.15, TestShift.NONE, 7);
        SessionConfig config = new SessionConfig(data, hidden, 1, activation, placement, 3, 5, 10);
        TrainingSession session = new TrainingSession(config, new Hyperparams(lr, batch, 0.9, convention, 1e-3));
        MessageDigest md = sha256();
        for (int s = 0; s < STEPS && session.advance(); s++) {
            Snapshot snap = session.snapshot(false);
            put(md, snap.loss());
            put(md, snap.accuracy());
            for (NeuronState n : snap.neurons()) {
                put(md, n.batchMean());
                put(md, n.batchVar());
                put(md, n.runningMean());
                put(md, n.runningVar());
                put(md, n.gamma());
                put(md, n.beta());
                put(md, n.saturation());
            }
            FingerprintParts.putParametersAndGradients(md, session.network());
            if (snap.eval() != null && snap.eval().step() == snap.step()) {
                put(md, snap.eval().testLoss());
                put(md, snap.eval().testAccuracy());
                for (int j = 0; j < hidden; j++) {
                    put(md, snap.eval().populationMean().get(j));
                    put(md, snap.eval().populationVar().get(j));
                }
            }
            if (s % 40 == 0) {
                BatchArrays b = session.snapshot(true).batch();
                for (Vec v : List.of(b.x0(), b.x1(), b.labels(), b.logits())) {
                    putAll(md, v);
                }
                for (List<Vec> rows : List.of(b.z(), b.preBn(), b.xhat(), b.bnOut(), b.activationIn(),
                        b.activationOut())) {
                    rows.forEach(v -> putAll(md, v));
                }
                putAll(md, session.decisionGrid(9, 7, -2, 2, -1.5, 2.5).probability());
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static void putAll(MessageDigest md, Vec v) {
        for (int i = 0; i < v.size(); i++) {
            put(md, v.get(i));
        }
    }

    static void put(MessageDigest md, double v) {
        long bits = Double.doubleToRawLongBits(v);
        for (int i = 0; i < 8; i++) {
            md.update((byte) (bits >>> (8 * i)));
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyOneLayerRunMatchesItsRecordedDigest() throws IOException {
        Properties recorded = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/fingerprints/one-layer.properties")) {
            recorded.load(in);
        }
        List<String> cases = cases();
        assertThat(recorded).hasSize(cases.size());
        List<String> differ = new ArrayList<>();
        for (String c : cases) {
            if (!digest(c).equals(recorded.getProperty(c.replace(',', '_')))) {
                differ.add(c);
            }
        }
        assertThat(differ).as("one-layer runs whose numbers changed").isEmpty();
    }

    /** Prints the digests in the resource's format (run by hand to record them). */
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (String c : cases()) {
            sb.append(c.replace(',', '_')).append('=').append(digest(c)).append('\n');
        }
        System.out.print(sb.toString().getBytes(StandardCharsets.UTF_8).length > 0 ? sb : "");
    }
}

package io.scoreledger.infra.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class AesGcmSecretSealerTest {

    private static SecretKeySpec key(int fill) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) fill);
        return new SecretKeySpec(bytes, "AES");
    }

    @Test
    void sealedValuesOpenAgainButDoNotContainThePlaintext() {
        var sealer = new AesGcmSecretSealer(Map.of("k1", key(1)), "k1");

        var sealed = sealer.seal("connectwise-secret-123");

        assertThat(sealed).startsWith("k1:").doesNotContain("connectwise-secret-123");
        assertThat(sealer.open(sealed)).isEqualTo("connectwise-secret-123");
        assertThat(sealer.seal("connectwise-secret-123"))
                .as("a fresh nonce every time")
                .isNotEqualTo(sealed);
    }

    @Test
    void afterRotationOldValuesStillOpenAndNewOnesUseTheActiveKey() {
        var old = new AesGcmSecretSealer(Map.of("k1", key(1)), "k1").seal("s");
        var rotated = new AesGcmSecretSealer(Map.of("k1", key(1), "k2", key(2)), "k2");

        assertThat(rotated.open(old)).isEqualTo("s");
        assertThat(rotated.seal("s")).startsWith("k2:");
    }

    @Test
    void tamperedOrRelabelledValuesFailToOpen() {
        var sealer = new AesGcmSecretSealer(Map.of("k1", key(1), "k2", key(1)), "k1");
        var sealed = sealer.seal("secret");
        var body = sealed.substring(3);
        var flipped = "k1:" + (body.charAt(0) == 'A' ? 'B' : 'A') + body.substring(1);

        assertThatThrownBy(() -> sealer.open(flipped)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> sealer.open("k2:" + body))
                .as("the key id is authenticated")
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> sealer.open("k9:" + body)).isInstanceOf(IllegalStateException.class);
    }
}

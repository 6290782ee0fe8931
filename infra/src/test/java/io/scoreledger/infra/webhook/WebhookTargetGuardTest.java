package io.scoreledger.infra.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookTargetGuardTest {

    private static WebhookTargetGuard resolvingTo(boolean allowPrivate, String address) {
        return new WebhookTargetGuard(allowPrivate, host -> new InetAddress[] {InetAddress.getByName(address)});
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "10.1.2.3",
                "172.16.0.1",
                "192.168.1.1",
                "169.254.169.254",
                "100.64.0.1",
                "0.0.0.0",
                "::1",
                "fe80::1",
                "fd00::1",
                "::ffff:10.0.0.1"
            })
    void givenAHostResolvingToAnInternalAddress_whenChecked_thenItIsRefused(String address) {
        assertThat(resolvingTo(false, address).refusal("https://hooks.example.com/in"))
                .hasValueSatisfying(reason -> assertThat(reason).contains("private"));
    }

    @Test
    void givenAPublicAddress_whenChecked_thenItIsAllowed() {
        assertThat(resolvingTo(false, "93.184.216.34").refusal("https://hooks.example.com/in"))
                .isEmpty();
    }

    @Test
    void givenPrivateTargetsAllowed_whenALoopbackTargetIsChecked_thenItIsAllowed() {
        assertThat(resolvingTo(true, "127.0.0.1").refusal("http://127.0.0.1:8080/in"))
                .isEmpty();
    }

    @Test
    void givenAnyAddress_whenTheSchemeIsNotHttp_thenItIsRefusedEvenWhenPrivateTargetsAreAllowed() {
        assertThat(resolvingTo(true, "93.184.216.34").refusal("ftp://hooks.example.com/in"))
                .isPresent();
        assertThat(resolvingTo(true, "93.184.216.34").refusal("https://user:pw@hooks.example.com/in"))
                .isPresent();
    }

    @Test
    void givenAHostThatDoesNotResolve_whenChecked_thenItIsRefused() {
        var guard = new WebhookTargetGuard(false, host -> {
            throw new UnknownHostException(host);
        });

        assertThat(guard.refusal("https://nowhere.invalid/in")).isPresent();
    }
}

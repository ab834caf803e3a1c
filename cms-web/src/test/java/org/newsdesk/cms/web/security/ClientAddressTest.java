package org.newsdesk.cms.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private final ClientAddress behindNginx = ClientAddress.trusting("127.0.0.1, ::1, 172.16.0.0/12");

    @Test
    void aPeerThatIsNoTrustedProxyIsTheClientWhateverItForwards() {
        assertThat(behindNginx.resolve("203.0.113.9", List.of("198.51.100.1"))).isEqualTo("203.0.113.9");
    }

    @Test
    void behindATrustedProxyTheClientIsTheAddressItForwardedFor() {
        assertThat(behindNginx.resolve("172.18.0.4", List.of("203.0.113.9"))).isEqualTo("203.0.113.9");
    }

    @Test
    void whatAClientPrependsToTheHeaderIsIgnored() {
        // the attacker sent "X-Forwarded-For: 10.1.1.1"; nginx appended the address it saw
        assertThat(behindNginx.resolve("127.0.0.1", List.of("10.1.1.1, 203.0.113.9"))).isEqualTo("203.0.113.9");
    }

    @Test
    void aChainOfTrustedProxiesIsWalkedToTheFirstUntrustedHop() {
        assertThat(behindNginx.resolve("127.0.0.1", List.of("203.0.113.9, 172.20.0.2"))).isEqualTo("203.0.113.9");
        assertThat(behindNginx.resolve("127.0.0.1", List.of("203.0.113.9", "172.20.0.2"))).isEqualTo("203.0.113.9");
    }

    @Test
    void aGarbledHopStopsTheWalkAtTheLastAddressVouchedFor() {
        assertThat(behindNginx.resolve("127.0.0.1", List.of("evil.example, 172.20.0.2"))).isEqualTo("172.20.0.2");
        // hex letters alone make a host name, never looked up
        assertThat(behindNginx.resolve("127.0.0.1", List.of("cafe, 172.20.0.2"))).isEqualTo("172.20.0.2");
        assertThat(behindNginx.resolve("127.0.0.1", List.of("1.2.3, 172.20.0.2"))).isEqualTo("172.20.0.2");
        assertThat(behindNginx.resolve("127.0.0.1", List.of())).isEqualTo("127.0.0.1");
    }

    @Test
    void ipv6RangesAndAddressesWork() {
        ClientAddress v6 = ClientAddress.trusting("fd00::/8");
        assertThat(v6.resolve("fd12::1", List.of("2001:db8::7"))).isEqualTo("2001:db8::7");
        assertThat(v6.resolve("2001:db8::1", List.of("2001:db8::7"))).isEqualTo("2001:db8::1");
    }

    @Test
    void noTrustedProxiesMeansThePeerIsAlwaysTheClient() {
        assertThat(ClientAddress.trusting("").resolve("127.0.0.1", List.of("203.0.113.9"))).isEqualTo("127.0.0.1");
    }

    @Test
    void aBadEntryIsNamedAtStart() {
        assertThatThrownBy(() -> ClientAddress.trusting("127.0.0.1, proxy.internal"))
                .hasMessageContaining("\"proxy.internal\"");
        assertThatThrownBy(() -> ClientAddress.trusting("10.0.0.0/33")).hasMessageContaining("0..32");
    }
}

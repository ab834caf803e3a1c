package org.newsdesk.cms.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only literal addresses here: no test depends on a name server. */
class WebhookTargetsTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/hook", "http://localhost/hook", "http://10.0.0.5/hook", "http://172.16.3.4/hook",
            "http://192.168.1.1/hook", "http://169.254.169.254/latest/meta-data", "http://[::1]/hook", "http://[fd00::1]/hook",
            "http://[fe80::1]/hook", "http://0.0.0.0/hook", "http://100.64.0.1/hook",
            "http://198.18.0.1/hook", "http://198.19.255.254/hook", "http://192.0.0.170/hook", "http://240.0.0.1/hook",
            "http://255.255.255.255/hook", "http://[64:ff9b::a9fe:a9fe]/hook", "http://[64:ff9b::7f00:1]/hook",
            "http://[64:ff9b:1::1]/hook", "http://[2002:7f00:1::1]/hook",
            "http://[2002:5db8:d822::1]/hook", "http://[::7f00:1]/hook", "http://[::a00:5]/hook",
            "http://[::ffff:169.254.169.254]/hook"})
    void loopbackLinkLocalAndPrivateAddressesAreRefused(String url) {
        assertThat(WebhookTargets.refusal(url, false)).hasValueSatisfying(why -> assertThat(why).contains("public addresses only"));
        assertThat(WebhookTargets.refusal(url, true)).as("unless private targets are allowed").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://93.184.216.34/hook", "file:///etc/passwd", "gopher://93.184.216.34/", "javascript:alert(1)"})
    void onlyHttpAndHttpsAreTaken(String url) {
        assertThat(WebhookTargets.refusal(url, true)).hasValue("Only http and https URLs can receive webhooks.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://93.184.216.34/hooks/newsdesk", "http://93.184.216.34:8080/x", "http://198.20.0.1/x",
            "http://[2606:2800:220:1:248:1893:25c8:1946]/x", "http://[::5db8:d822]/x",
            "http://[64:ff9b::5db8:d822]/x"})
    void aPublicAddressIsTaken(String url) {
        assertThat(WebhookTargets.refusal(url, false)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://user:pw@93.184.216.34/x", "not a url", "https:///nohost"})
    void credentialsInTheUrlAndBrokenUrlsAreRefused(String url) {
        assertThat(WebhookTargets.refusal(url, true)).isPresent();
    }
}

package org.newsdesk.cms.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs Newsdesk may POST to (against SSRF): http or https only, and a host whose every
 * address is public, unless private targets are allowed in configuration
 * ({@code cms.webhooks.allow-private-targets}): a webhook must not be a way to reach the
 * database, the cloud's metadata service or an admin port inside the network.
 */
public final class WebhookTargets {

    private WebhookTargets() {
    }

    /** Why {@code url} may not be a target, or empty when it may. Resolves the host. */
    public static Optional<String> refusal(String url, boolean allowPrivate) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("Enter a full URL, such as https://example.com/hooks/newsdesk.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("Only http and https URLs can receive webhooks.");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.of("Enter a full URL, such as https://example.com/hooks/newsdesk.");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("Put no user name or password in the URL; the secret signs every delivery instead.");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("The host \u201c" + uri.getHost() + "\u201d cannot be found.");
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (isPrivate(address)) {
                    return Optional.of("\u201c" + uri.getHost() + "\u201d is a loopback, link-local or private address ("
                            + address.getHostAddress() + "): webhooks go to public addresses only.");
                }
            }
        }
        return Optional.empty();
    }

    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc; // fc00::/7, unique local
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first == 100 && second >= 64 && second < 128 // 100.64/10, carrier-grade NAT
                || first == 0;
    }
}

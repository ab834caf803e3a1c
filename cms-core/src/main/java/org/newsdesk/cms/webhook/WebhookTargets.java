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
            return isPrivate6(bytes);
        }
        return isPrivate4(bytes[0] & 0xff, bytes[1] & 0xff, bytes[2] & 0xff);
    }

    private static boolean isPrivate4(int first, int second, int third) {
        return first == 0 // 0/8, "this network"
                || first == 10 || first == 127 || first == 169 && second == 254 || first == 172 && (second & 0xf0) == 16
                || first == 192 && second == 168 // the same as above, for an address embedded in IPv6
                || first == 100 && second >= 64 && second < 128 // 100.64/10, carrier-grade NAT
                || first == 192 && second == 0 && third == 0 // 192.0.0/24, protocol assignments
                || first == 198 && (second == 18 || second == 19) // 198.18/15, benchmarking
                || first >= 224; // multicast, 240/4 reserved, and 255.255.255.255
    }

    private static boolean isPrivate6(byte[] bytes) {
        if ((bytes[0] & 0xfe) == 0xfc) {
            return true; // fc00::/7, unique local
        }
        if ((bytes[0] & 0xff) == 0x20 && (bytes[1] & 0xff) == 0x02) {
            return true; // 2002::/16, 6to4: a relay reaches whatever IPv4 address it embeds
        }
        boolean nat64 = bytes[0] == 0 && (bytes[1] & 0xff) == 0x64 && (bytes[2] & 0xff) == 0xff && (bytes[3] & 0xff) == 0x9b;
        if (nat64 && bytes[4] == 0 && (bytes[5] & 0xff) == 1) {
            return true; // 64:ff9b:1::/48, local-use translators
        }
        boolean wellKnownNat64 = nat64;
        for (int i = 4; i < 12; i++) {
            wellKnownNat64 &= bytes[i] == 0;
        }
        if (wellKnownNat64) { // 64:ff9b::/96: the translator reaches the IPv4 address in the last four bytes
            return isPrivate4(bytes[12] & 0xff, bytes[13] & 0xff, bytes[14] & 0xff);
        }
        boolean firstTwelveZero = true;
        for (int i = 0; i < 12; i++) {
            firstTwelveZero &= bytes[i] == 0;
        }
        boolean mapped = true; // ::ffff:a.b.c.d (Java usually hands these over as IPv4 already)
        for (int i = 0; i < 10; i++) {
            mapped &= bytes[i] == 0;
        }
        mapped &= (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
        if (firstTwelveZero || mapped) { // ::a.b.c.d, IPv4-compatible, or mapped: as the IPv4 address
            return isPrivate4(bytes[12] & 0xff, bytes[13] & 0xff, bytes[14] & 0xff);
        }
        return false;
    }
}

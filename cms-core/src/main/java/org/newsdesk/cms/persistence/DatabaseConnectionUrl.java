package org.newsdesk.cms.persistence;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The JDBC URL the pool connects with: {@code CMS_DB_URL}, and for PostgreSQL time limits on the
 * network, unless that URL sets its own. Without them, a database that goes dark instead of
 * refusing connections (a host gone, a firewall dropping packets) holds every request that touches
 * it forever: measured with the outage test's link, a page the cache did not hold and a Save each
 * still waited after 30 s. With them, the first such request fails after about 16 s (the pool's
 * check of a connection gets no answer for {@value #SOCKET_TIMEOUT_SECONDS} s, then it tries twice
 * to open a new one, {@value #LOGIN_TIMEOUT_SECONDS} s each; measured in the outage test), later
 * ones after about 6 s, and the reader or editor gets the 503 page or their form back.
 *
 * <ul>
 * <li>{@code socketTimeout} ({@value #SOCKET_TIMEOUT_SECONDS} s): no answer to a statement for that
 * long ends the connection. Newsdesk's statements take milliseconds; the schema migrations, which
 * may take longer, lift it for their own connections ({@link DatabaseMigrations}).
 * <li>{@code connectTimeout} and {@code loginTimeout} ({@value #LOGIN_TIMEOUT_SECONDS} s): opening a
 * connection, and signing in on it, take no longer.
 * </ul>
 * An H2 URL is left as it is: the embedded file database cannot go away on its own.
 */
public final class DatabaseConnectionUrl {

    static final int SOCKET_TIMEOUT_SECONDS = 10;
    static final int LOGIN_TIMEOUT_SECONDS = 3;

    private DatabaseConnectionUrl() {
    }

    /** {@code url} with the time limits it does not set itself, for PostgreSQL; other URLs unchanged. */
    public static String of(String url) {
        if (!url.startsWith("jdbc:postgresql:")) {
            return url;
        }
        StringBuilder connection = new StringBuilder(url);
        withDefault(connection, "socketTimeout", SOCKET_TIMEOUT_SECONDS);
        withDefault(connection, "connectTimeout", LOGIN_TIMEOUT_SECONDS);
        withDefault(connection, "loginTimeout", LOGIN_TIMEOUT_SECONDS);
        return connection.toString();
    }

    private static void withDefault(StringBuilder url, String parameter, int seconds) {
        String query = url.indexOf("?") < 0 ? "" : url.substring(url.indexOf("?") + 1);
        // parameter names are matched as the driver matches them: exactly, but be lenient on case
        Pattern named = Pattern.compile("(^|&)" + Pattern.quote(parameter.toLowerCase(Locale.ROOT)) + "=");
        if (named.matcher(query.toLowerCase(Locale.ROOT)).find()) {
            return;
        }
        url.append(url.indexOf("?") < 0 ? "?" : (query.isEmpty() || query.endsWith("&") ? "" : "&"))
                .append(parameter).append('=').append(seconds);
    }
}

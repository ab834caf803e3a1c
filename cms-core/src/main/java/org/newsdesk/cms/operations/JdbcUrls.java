package org.newsdesk.cms.operations;

import java.util.regex.Pattern;

/**
 * JDBC URLs as they may be shown in a log: a password written into the URL itself is replaced by
 * {@value #HIDDEN}. Covers the forms drivers accept: {@code user:password@} before the host,
 * Oracle's {@code user/password@}, and any parameter whose name speaks of a password, secret or
 * token ({@code ?password=}, {@code &sslpassword=}, H2's {@code ;PASSWORD=}).
 */
public final class JdbcUrls {

    static final String HIDDEN = "***";

    private static final Pattern USER_INFO = Pattern.compile("(//[^/@:?;]*:)[^@/]*@");
    private static final Pattern ORACLE_USER = Pattern.compile("(jdbc:oracle:[a-z0-9]+:[^/@:]*/)[^@]*@");
    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "([?&;][^=&;?:/]*(?:password|passwd|pwd|secret|token|credential)[^=&;?]*=)[^&;]*", Pattern.CASE_INSENSITIVE);

    private JdbcUrls() {
    }

    public static String withoutSecrets(String url) {
        if (url == null) {
            return null;
        }
        String shown = USER_INFO.matcher(url).replaceAll("$1" + HIDDEN + "@");
        shown = ORACLE_USER.matcher(shown).replaceAll("$1" + HIDDEN + "@");
        return SECRET_PARAMETER.matcher(shown).replaceAll("$1" + HIDDEN);
    }
}

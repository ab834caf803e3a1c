package org.newsdesk.cms.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The small parts of reading a request: If-Match, paging parameters and the body cap (the answers themselves in ContentApiIT). */
class ApiRequestPartsTest {

    @Test
    void ifMatchComparesStrongly() {
        assertThat(ETags.versionIn("\"7\"")).hasValue(7);
        assertThat(ETags.versionIn("W/\"7\"")).as("a weak tag never matches").isEmpty();
        assertThat(ETags.versionIn("*")).isEmpty();
        assertThat(ETags.versionIn("\"7\", \"8\"")).isEmpty();
    }

    @Test
    void aLimitThatIsNoNumberIsOutOfRangeNotAMissingPage() {
        assertThat(ArticlesResource.sizeOf(null)).isEqualTo(ArticlesResource.DEFAULT_LIMIT);
        assertThat(ArticlesResource.sizeOf("50")).isEqualTo(50);
        assertThat(ArticlesResource.sizeOf("abc")).isZero();
        assertThat(ArticlesResource.sizeOf("99999999999999")).isZero();
    }

    @Test
    void aCursorPastTheLastPageIsRefusedNotOverflowed() {
        assertThat(ArticlesResource.pageNumberOf(null)).isEqualTo(1);
        assertThat(ArticlesResource.pageNumberOf(ArticlesResource.cursorOf(2))).isEqualTo(2);
        assertThat(ArticlesResource.pageNumberOf(ArticlesResource.cursorOf(ArticlesResource.MAXIMUM_PAGE)))
                .isEqualTo(ArticlesResource.MAXIMUM_PAGE);
        String huge = Base64.getUrlEncoder().withoutPadding().encodeToString(("p" + Integer.MAX_VALUE).getBytes(StandardCharsets.UTF_8));
        assertThat(ArticlesResource.pageNumberOf(huge)).isZero();
        assertThat(ArticlesResource.pageNumberOf("garbage!")).isZero();
        // the largest page and size still make an offset an int holds
        assertThat((long) ArticlesResource.MAXIMUM_PAGE * ArticlesResource.MAXIMUM_LIMIT).isLessThan(Integer.MAX_VALUE);
    }

    @Test
    void aBodyWithoutALengthFailsOnceItPassesTheCapHoweverTheReaderWrapsIt() throws IOException {
        try (InputStream atCap = new BodyLimit.Capped(new ByteArrayInputStream(new byte[100]), 100)) {
            assertThat(atCap.readAllBytes()).hasSize(100);
        }
        InputStream past = new BodyLimit.Capped(new ByteArrayInputStream(new byte[101]), 100);
        IOException failure = null;
        try {
            past.readAllBytes();
        } catch (IOException e) {
            failure = e;
        }
        assertThat(failure).isInstanceOf(BodyLimit.TooLarge.class);
        RuntimeException wrapped = new RuntimeException("parsing", new UncheckedIOException(failure));
        assertThat(BodyLimit.tooLargeCause(wrapped)).containsSame((BodyLimit.TooLarge) failure);
        assertThat(BodyLimit.tooLargeCause(new RuntimeException("other", new IOException("reset")))).isEmpty();
    }
}

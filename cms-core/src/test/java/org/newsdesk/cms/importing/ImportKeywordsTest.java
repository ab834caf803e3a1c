package org.newsdesk.cms.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** WordPress's tags become the story's keywords. */
class ImportKeywordsTest {

    private static WxrPost taggedWith(List<String> tags) {
        return new WxrPost("Council passes the budget", "https://ledger.example.org/?p=1", 1, "https://ledger.example.org/?p=1",
                "council-passes-budget", "publish", "post", null, null, "mvance", "<p>Body</p>", "", List.of(), tags, null);
    }

    @Test
    void tagsBecomeKeywordsAsPlainTextRepeatsDropped() {
        assertThat(ImportBatch.keywords(taggedWith(List.of("budget", " City &amp; Council ", "Budget", "levy"))))
                .containsExactly("budget", "City & Council", "levy");
    }

    @Test
    void aPostWithoutTagsHasNoKeywords() {
        assertThat(ImportBatch.keywords(taggedWith(List.of()))).isEmpty();
    }

    @Test
    void aTagLongerThanAKeywordIsLeftOutAndOnlyTheFirstTwentyAreKeptSoThePostStillImports() {
        List<String> tags = new java.util.ArrayList<>();
        tags.add("this tag is a whole sentence that a writer typed into the tag box by mistake");
        IntStream.range(0, 25).forEach(i -> tags.add("tag " + i));
        List<String> keywords = ImportBatch.keywords(taggedWith(tags));
        assertThat(keywords).hasSize(20).startsWith("tag 0").endsWith("tag 19");
    }

    @Test
    void theReaderHandsOverTheTagsOfThePostTheImportMaps() {
        List<WxrPost> posts = new java.util.ArrayList<>();
        WxrReader.posts(WxrReaderTest.wxr("newsroom.xml"), posts::add);
        assertThat(ImportBatch.keywords(posts.get(0))).containsExactly("budget");
    }
}

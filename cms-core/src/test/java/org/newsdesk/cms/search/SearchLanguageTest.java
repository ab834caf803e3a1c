package org.newsdesk.cms.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SearchLanguageTest {

    /** Possessives, elisions, accents, stop words, numbers and stems of several languages. */
    private static final String TEXT = "The mayor's councils were voting on l'élection de la ville; "
            + "Die Wahlen der Bürgermeister fanden statt. Las elecciones de los alcaldes, "
            + "le elezioni dell'anno, de verkiezingen van 2026, as eleições dos prefeitos, "
            + "valen av borgmästarna i Göteborg. E-mail: desk@example.org, 3.5 per cent, U.S.A.";

    @ParameterizedTest
    @EnumSource(SearchLanguage.class)
    void the_analysis_with_words_taken_on_the_way_finds_the_same_words_as_lucene_s_own(SearchLanguage language) {
        List<String> taken = new ArrayList<>();
        Optional<Analyzer> tapped = language.analyzerTapped(words -> new TokenFilter(words) {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

            @Override
            public boolean incrementToken() throws java.io.IOException {
                if (!input.incrementToken()) {
                    return false;
                }
                taken.add(term.toString());
                return true;
            }
        });
        if (tapped.isEmpty()) {
            // Italian and Dutch: Lucene's analyzer, and the words as written analysed a second time
            return;
        }
        assertThat(SearchTokens.of(tapped.get(), "body", TEXT)).isEqualTo(SearchTokens.of(language.analyzer(), "body", TEXT));
        assertThat(taken).as("every word as the tokenizer wrote it").isEqualTo(
                SearchTokens.of(new Analyzer() {
                    @Override
                    protected TokenStreamComponents createComponents(String fieldName) {
                        var source = new org.apache.lucene.analysis.standard.StandardTokenizer();
                        return new TokenStreamComponents(source, (TokenStream) source);
                    }
                }, "body", TEXT));
    }
}

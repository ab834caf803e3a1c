package org.newsdesk.cms.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;

/**
 * The publication's language, as the index reads words: its stop words and how its words are
 * stemmed ("elections" finds "election"). Set with {@code cms.search.language}; a change takes
 * effect with a rebuild, which Newsdesk does on the next start by itself.
 */
public enum SearchLanguage {

    ENGLISH(EnglishAnalyzer::new),
    GERMAN(GermanAnalyzer::new),
    FRENCH(FrenchAnalyzer::new),
    SPANISH(SpanishAnalyzer::new),
    ITALIAN(ItalianAnalyzer::new),
    DUTCH(DutchAnalyzer::new),
    PORTUGUESE(PortugueseAnalyzer::new),
    SWEDISH(SwedishAnalyzer::new),
    /** Any other language: words split and lower-cased, nothing stemmed. */
    OTHER(StandardAnalyzer::new);

    private final Supplier<Analyzer> analyzer;

    SearchLanguage(Supplier<Analyzer> analyzer) {
        this.analyzer = analyzer;
    }

    /** The analyzer for the stories' text in this language. */
    public Analyzer analyzer() {
        return analyzer.get();
    }

    /**
     * Words as they were written, lower-cased and without accents: what "did you mean" offers, so
     * that it suggests "elections", never the stem "elect".
     */
    public static Analyzer plainWords() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new ASCIIFoldingFilter(new LowerCaseFilter(source));
                return new TokenStreamComponents(source, result);
            }
        };
    }

    /** The language called {@code name} (English, english, en); OTHER for a name we have no stemmer for. */
    public static SearchLanguage named(String name) {
        String key = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        return BY_CODE.getOrDefault(key, Arrays.stream(values()).filter(l -> l.name().equals(key)).findFirst().orElse(OTHER));
    }

    private static final Map<String, SearchLanguage> BY_CODE = Arrays.stream(values())
            .filter(l -> l != OTHER)
            .collect(Collectors.toMap(l -> code(l), l -> l));

    private static String code(SearchLanguage language) {
        return switch (language) {
            case ENGLISH -> "EN";
            case GERMAN -> "DE";
            case FRENCH -> "FR";
            case SPANISH -> "ES";
            case ITALIAN -> "IT";
            case DUTCH -> "NL";
            case PORTUGUESE -> "PT";
            case SWEDISH -> "SV";
            case OTHER -> "";
        };
    }
}

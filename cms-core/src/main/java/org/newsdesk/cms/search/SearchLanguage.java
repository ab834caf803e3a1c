package org.newsdesk.cms.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.SwedishStemmer;
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

    // the filters after the tokenizer, as Lucene's analyzer of the language applies them with its
    // defaults (SearchLanguageTest holds them to the same words): a rebuild puts its own step
    // between the tokenizer and these, to take the words as written for "did you mean" from the
    // one analysis of the text instead of a second one
    ENGLISH(EnglishAnalyzer::new, words -> new PorterStemFilter(new StopFilter(new LowerCaseFilter(
            new EnglishPossessiveFilter(words)), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET))),
    GERMAN(GermanAnalyzer::new, words -> new GermanLightStemFilter(new GermanNormalizationFilter(
            new StopFilter(new LowerCaseFilter(words), GermanAnalyzer.getDefaultStopSet())))),
    FRENCH(FrenchAnalyzer::new, words -> new FrenchLightStemFilter(new StopFilter(new LowerCaseFilter(
            new ElisionFilter(words, FrenchAnalyzer.DEFAULT_ARTICLES)), FrenchAnalyzer.getDefaultStopSet()))),
    SPANISH(SpanishAnalyzer::new, words -> new SpanishLightStemFilter(
            new StopFilter(new LowerCaseFilter(words), SpanishAnalyzer.getDefaultStopSet()))),
    /** Lucene's own analyzers only: their filters need what Lucene keeps to itself (articles, overrides). */
    ITALIAN(ItalianAnalyzer::new, null),
    DUTCH(DutchAnalyzer::new, null),
    PORTUGUESE(PortugueseAnalyzer::new, words -> new PortugueseLightStemFilter(
            new StopFilter(new LowerCaseFilter(words), PortugueseAnalyzer.getDefaultStopSet()))),
    SWEDISH(SwedishAnalyzer::new, words -> new SnowballFilter(
            new StopFilter(new LowerCaseFilter(words), SwedishAnalyzer.getDefaultStopSet()), new SwedishStemmer())),
    /** Any other language: words split and lower-cased, nothing stemmed. */
    OTHER(StandardAnalyzer::new, LowerCaseFilter::new);

    private final Supplier<Analyzer> analyzer;
    private final UnaryOperator<TokenStream> filters;

    SearchLanguage(Supplier<Analyzer> analyzer, UnaryOperator<TokenStream> filters) {
        this.analyzer = analyzer;
        this.filters = filters;
    }

    /** The analyzer for the stories' text in this language. */
    public Analyzer analyzer() {
        return analyzer.get();
    }

    /**
     * The same analysis as {@link #analyzer()} with {@code tap} between the tokenizer and the
     * language's filters, where the words are still as written; empty for a language whose
     * filters only Lucene's analyzer can put together.
     */
    Optional<Analyzer> analyzerTapped(UnaryOperator<TokenStream> tap) {
        if (filters == null) {
            return Optional.empty();
        }
        return Optional.of(new Analyzer(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, filters.apply(tap.apply(source)));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        });
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

package org.newsdesk.cms.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.QueryBuilder;
import org.newsdesk.cms.article.ArticleFilter;
import org.newsdesk.cms.article.ArticleOrder;
import org.newsdesk.cms.article.StoryListing;

/**
 * {@link Search} on an Apache Lucene index of this instance's own. One document per article holds
 * two sets of fields: the working draft's ({@code draft.*}), which only the newsroom's search
 * reads, and, while the story is published, the live revision's (headline, dek, body and what a
 * result shows), which readers' search reads. A reader's query is built here from
 * {@link QueryText}, field by field, so it cannot name a draft field whatever was typed.
 *
 * <p>Changes are visible to searches at once (near-real-time readers); {@link #commit} makes them
 * durable, with the latest change taken in, so a restart catches up from there.
 */
public class LuceneSearch implements Search, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LuceneSearch.class.getName());

    /** Raised whenever the documents change shape: an index of another format is rebuilt. */
    static final String FORMAT = "4";

    static final String ID = "id";
    /** The id again, as a doc value: the newsroom's search reads a thousand of them at a time. */
    static final String ID_VALUE = "id.value";
    static final String VERSION = "version";
    static final String LIVE = "live";
    static final String HEADLINE = "headline";
    static final String DEK = "dek";
    static final String BODY = "body";
    /** Live text as written, for "did you mean". */
    static final String WORDS = "words";
    static final String SECTION = "section";
    static final String PUBLISHED = "published";
    static final String SLUG = "slug";
    static final String UPDATED = "updated";
    static final String MODIFIED = "modified";
    static final String DRAFT_HEADLINE = "draft.headline";
    static final String DRAFT_DEK = "draft.dek";
    static final String DRAFT_BODY = "draft.body";
    /* What the newsroom's list filters and orders on besides the words (IndexedArticle.Desk). */
    static final String DESK_STATUS = "desk.status";
    static final String DESK_PENDING = "desk.pending";
    static final String DESK_SECTION = "desk.section";
    static final String DESK_AUTHOR = "desk.author";
    /** Who created the article and who changed it last: the list's "mine" is either. */
    static final String DESK_STAFF = "desk.staff";
    static final String DESK_MODIFIED = "desk.modified";
    static final String DESK_PUBLISHED = "desk.published";
    static final String DESK_SCHEDULED = "desk.scheduled";
    private static final String YES = "yes";

    private static final String LAST_CHANGE = "lastChange";
    private static final String LANGUAGE = "language";
    private static final String FORMAT_KEY = "format";

    /** Where words weigh more: a word in the headline says more about a story than one in its body. */
    private static final Map<String, Float> READER_FIELDS = fields(HEADLINE, 3f, DEK, 2f, BODY, 1f);
    private static final Map<String, Float> NEWSROOM_FIELDS = fields(HEADLINE, 3f, DEK, 2f, BODY, 1f,
            DRAFT_HEADLINE, 3f, DRAFT_DEK, 2f, DRAFT_BODY, 1f);

    /** How many pages after the one shown the number of stories found is exact for. */
    static final int PAGES_COUNTED_AHEAD = 9;

    /** A story loses half its recency lift every {@value #RECENCY_HALF_LIFE_DAYS} days. */
    static final double RECENCY_HALF_LIFE_DAYS = 30;

    private static final char MARK_START = '\uE000';
    private static final char MARK_END = '\uE001';

    /**
     * Only which stories use a word, for "did you mean" (which asks how many do): no frequencies,
     * positions or norms, which would double the index for nothing.
     */
    private static final FieldType WORDS_TYPE = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        WORDS_TYPE.setIndexOptions(IndexOptions.DOCS);
        WORDS_TYPE.setOmitNorms(true);
        WORDS_TYPE.freeze();
    }

    /**
     * How much of a body a result's fragment is taken from: the first few paragraphs, where a
     * story says what it is about. Storing and analysing the whole of ten bodies per page cost more
     * than the search itself.
     */
    static final int LEAD_CHARACTERS = 3_000;

    /** A rebuild's searchers are refreshed this often, not after every batch (each refresh writes a small segment). */
    private static final long BULK_REFRESH_NANOS = Duration.ofSeconds(1).toNanos();

    private final Directory directory;
    private final SearchLanguage language;
    /** How queries and the highlighter read text. */
    private final Analyzer analyzer;
    private final Analyzer plainWords = SearchLanguage.plainWords();
    /**
     * How the writer reads it: the live text with the words as written taken on the way (see
     * {@link StoryWords}), where the language allows; an article's words while it is written.
     */
    private final ThreadLocal<StoryWords> storyWords = new ThreadLocal<>();
    private final boolean wordsOnTheWay;
    private final Clock clock;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final DirectSpellChecker spelling = new DirectSpellChecker();
    private volatile long lastBulkRefresh = System.nanoTime();

    public LuceneSearch(Directory directory, SearchLanguage language, Clock clock) throws IOException {
        this.directory = directory;
        this.language = language;
        this.clock = clock;
        this.analyzer = new PerFieldAnalyzerWrapper(language.analyzer(), Map.of(WORDS, SearchLanguage.plainWords()));
        Optional<Analyzer> tapped = language.analyzerTapped(words -> new WordsAsWritten(words, storyWords));
        this.wordsOnTheWay = tapped.isPresent();
        // the live fields only: a draft's words must never reach "did you mean", which readers see
        Analyzer forWriting = tapped.<Analyzer>map(live -> new PerFieldAnalyzerWrapper(language.analyzer(),
                Map.of(HEADLINE, live, DEK, live, BODY, live, WORDS, SearchLanguage.plainWords()))).orElse(analyzer);
        IndexWriterConfig config = new IndexWriterConfig(forWriting)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(128);
        this.writer = new IndexWriter(directory, config);
        Map<String, String> committed = committedData();
        if (!FORMAT.equals(committed.get(FORMAT_KEY)) || !language.name().equals(committed.get(LANGUAGE))) {
            if (writer.getDocStats().numDocs > 0) {
                LOG.info("Search: the index was made for another language or format; it is made again from the database");
            }
            writer.deleteAll();
            commitData(null);
        }
        this.searchers = new SearcherManager(writer, null);
        spelling.setMaxEdits(2);
        spelling.setMinPrefix(1);
    }

    private static Map<String, Float> fields(Object... pairs) {
        Map<String, Float> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put((String) pairs[i], (Float) pairs[i + 1]);
        }
        return fields;
    }

    private Map<String, String> committedData() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return Map.of();
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.getIndexCommit().getUserData();
        }
    }

    private void commitData(Instant lastChange) throws IOException {
        Map<String, String> data = new HashMap<>();
        data.put(FORMAT_KEY, FORMAT);
        data.put(LANGUAGE, language.name());
        if (lastChange != null) {
            data.put(LAST_CHANGE, lastChange.toString());
        }
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
    }

    @Override
    public StoryResults findStories(StoryQuery query) {
        if (query.text().isEmpty() || (long) query.page() > StoryResults.MAXIMUM_PAGES) {
            return new StoryResults(List.of(), 0, true, query.page(), query.pageSize(), Optional.empty());
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                // only a live revision has the fields a reader's words are looked for in (see
                // document), so no filter on "live" is needed: it would walk every story's posting
                BooleanQuery.Builder filtered = new BooleanQuery.Builder();
                Query words = words(query.text(), READER_FIELDS);
                filtered.add(words, Occur.MUST);
                if (query.sectionIds() != null) {
                    filtered.add(LongPoint.newSetQuery(SECTION, query.sectionIds()), Occur.FILTER);
                }
                if (query.from() != null || query.until() != null) {
                    long from = query.from() == null ? Long.MIN_VALUE : query.from().toEpochMilli();
                    long until = query.until() == null ? Long.MAX_VALUE : query.until().toEpochMilli() - 1;
                    filtered.add(LongPoint.newRangeQuery(PUBLISHED, from, until), Occur.FILTER);
                }
                // relevance times the lift for recent stories, the best up to the page asked for: the
                // lift's bound lets Lucene skip the stories that cannot reach the page (see Recent)
                int wanted = query.page() * query.pageSize();
                // counted exactly up to ten pages beyond this one ("more than 100 stories found"
                // above that): past the count, Lucene skips the stories that cannot reach the page
                int countUpTo = Math.min(StoryResults.MAXIMUM_PAGES, query.page() + PAGES_COUNTED_AHEAD) * query.pageSize();
                TopDocs top = searcher.search(new Recent(filtered.build(), clock.instant()),
                        new TopScoreDocCollectorManager(wanted, countUpTo));
                ScoreDoc[] docs = top.scoreDocs;
                int from = Math.min(docs.length, (query.page() - 1) * query.pageSize());
                int to = Math.min(docs.length, from + query.pageSize());
                ScoreDoc[] page = java.util.Arrays.copyOfRange(docs, from, to);
                List<StoryHit> hits = new ArrayList<>();
                if (page.length > 0) {
                    String[] fragments = UnifiedHighlighter.builder(searcher, analyzer)
                            .withFormatter(new DefaultPassageFormatter(String.valueOf(MARK_START), String.valueOf(MARK_END), " … ", false))
                            .withMaxNoHighlightPassages(1)
                            .build()
                            .highlight(BODY, words, new TopDocs(top.totalHits, page), 1);
                    StoredFields stored = searcher.storedFields();
                    for (int i = 0; i < page.length; i++) {
                        hits.add(new StoryHit(listing(stored.document(page[i].doc)), pieces(fragments[i])));
                    }
                }
                // a query that found a page of stories needs no correction (and a misspelled word
                // finds none: every word is required)
                Optional<String> suggestion = top.totalHits.value >= query.pageSize() ? Optional.empty()
                        : suggestion(query.text(), searcher.getIndexReader());
                return new StoryResults(hits, top.totalHits.value,
                        top.totalHits.relation == org.apache.lucene.search.TotalHits.Relation.EQUAL_TO, query.page(),
                        query.pageSize(), suggestion);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The newsroom's list filtered by words: the words in drafts and live versions, the list's
     * other filters and its order, all answered here, so the database reads only the page shown
     * (with a thousand ids to check against the filters and put in order, the list spent most of
     * its time in the database). Every match counts, not only the best.
     */
    @Override
    public List<Long> find(ArticleFilter filter, int offset, int limit) {
        QueryText text = QueryText.parse(filter.headlineText());
        if (text.isEmpty() || limit < 1) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(words(text, NEWSROOM_FIELDS), Occur.MUST);
        if (filter.status() != null) {
            query.add(new TermQuery(new Term(DESK_STATUS, filter.status().name())), Occur.FILTER);
        }
        if (filter.pendingChanges()) {
            query.add(new TermQuery(new Term(DESK_PENDING, YES)), Occur.FILTER);
        }
        if (filter.sectionId() != null) {
            query.add(LongPoint.newExactQuery(DESK_SECTION, filter.sectionId()), Occur.FILTER);
        }
        if (filter.authorId() != null) {
            query.add(LongPoint.newExactQuery(DESK_AUTHOR, filter.authorId()), Occur.FILTER);
        }
        if (filter.changedBy() != null) {
            query.add(LongPoint.newExactQuery(DESK_STAFF, filter.changedBy()), Occur.FILTER);
        }
        String time = switch (filter.order()) {
            case MODIFIED_NEWEST, MODIFIED_OLDEST -> DESK_MODIFIED;
            case PUBLISHED_NEWEST, PUBLISHED_OLDEST -> DESK_PUBLISHED;
            case SCHEDULED_SOONEST -> DESK_SCHEDULED;
        };
        if (!time.equals(DESK_MODIFIED)) {
            // as the table's list: only articles that have the time they are ordered by
            query.add(new FieldExistsQuery(time), Occur.FILTER);
        }
        boolean newestFirst = filter.order() == ArticleOrder.MODIFIED_NEWEST || filter.order() == ArticleOrder.PUBLISHED_NEWEST;
        // the table's order: the time, then the id
        Sort order = new Sort(new SortField(time, SortField.Type.LONG, newestFirst),
                new SortField(ID_VALUE, SortField.Type.LONG, newestFirst));
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                ScoreDoc[] docs = searcher.search(query.build(), offset + limit, order).scoreDocs;
                return ids(searcher.getIndexReader(),
                        java.util.Arrays.copyOfRange(docs, Math.min(offset, docs.length), docs.length));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The articles' ids, in the order found, from the id's doc values: up to a thousand stored
     * documents would each unpack a block of their neighbours' bodies.
     */
    private static List<Long> ids(IndexReader reader, ScoreDoc[] docs) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        Long[] ids = new Long[docs.length];
        Integer[] byDoc = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) {
            byDoc[i] = i;
        }
        // doc values are read forwards: in the order of the documents, then put back in the order found
        java.util.Arrays.sort(byDoc, java.util.Comparator.comparingInt(i -> docs[i].doc));
        NumericDocValues values = null;
        int leaf = -1;
        for (int i : byDoc) {
            int doc = docs[i].doc;
            int at = ReaderUtil.subIndex(doc, leaves);
            if (at != leaf) {
                leaf = at;
                values = DocValues.getNumeric(leaves.get(at).reader(), ID_VALUE);
            }
            int inLeaf = doc - leaves.get(at).docBase;
            if (values.advanceExact(inLeaf)) {
                ids[i] = values.longValue();
            }
        }
        return java.util.Arrays.stream(ids).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * Every word and phrase must be found in one of the fields (any of them); no excluded one in
     * any. A word the language drops ("the") asks nothing.
     */
    Query words(QueryText text, Map<String, Float> fields) {
        QueryBuilder builder = new QueryBuilder(analyzer);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean required = false;
        for (String word : text.words()) {
            Query any = anyField(fields, field -> builder.createBooleanQuery(field, word, Occur.MUST));
            if (any != null) {
                all.add(any, Occur.MUST);
                required = true;
            }
        }
        for (String phrase : text.phrases()) {
            Query any = anyField(fields, field -> builder.createPhraseQuery(field, phrase));
            if (any != null) {
                all.add(any, Occur.MUST);
                required = true;
            }
        }
        if (!required) {
            return new MatchNoDocsQuery("nothing to look for");
        }
        for (String excluded : text.excluded()) {
            Query any = anyField(fields, field -> builder.createPhraseQuery(field, excluded));
            if (any != null) {
                all.add(any, Occur.MUST_NOT);
            }
        }
        return all.build();
    }

    private static Query anyField(Map<String, Float> fields, java.util.function.Function<String, Query> perField) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        boolean some = false;
        for (Map.Entry<String, Float> field : fields.entrySet()) {
            Query query = perField.apply(field.getKey());
            if (query != null) {
                any.add(new BoostQuery(query, field.getValue()), Occur.SHOULD);
                some = true;
            }
        }
        return some ? any.build() : null;
    }

    /** The most a story's {@link #lift} multiplies its relevance by. */
    static final float MAXIMUM_LIFT = 2f;

    /** 1 for an old story, up to {@value #MAXIMUM_LIFT} for one published now, halving the lift every half-life. */
    static double lift(long published, long now) {
        double halfLifeMillis = Duration.ofDays(1).toMillis() * RECENCY_HALF_LIFE_DAYS;
        return 1 + Math.pow(0.5, Math.max(0, now - published) / halfLifeMillis);
    }

    /**
     * A query's matches, each one's relevance multiplied by its story's {@link #lift}. Because the
     * lift is at most {@value #MAXIMUM_LIFT}, a story whose relevance is under half the lowest
     * score still on the page cannot reach it: the query tells its words so, and they skip whole
     * blocks of stories (block-max WAND) instead of scoring every match, as a function query or a
     * rescoring of the first thousand would.
     */
    static final class Recent extends Query {

        private final Query words;
        private final long now;

        Recent(Query words, Instant now) {
            this(words, now.toEpochMilli());
        }

        private Recent(Query words, long now) {
            this.words = words;
            this.now = now;
        }

        @Override
        public Query rewrite(IndexSearcher searcher) throws IOException {
            Query rewritten = words.rewrite(searcher);
            return rewritten == words ? super.rewrite(searcher) : new Recent(rewritten, now);
        }

        @Override
        public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
            Weight inner = searcher.createWeight(words, scoreMode, boost);
            return new Weight(this) {
                @Override
                public Scorer scorer(LeafReaderContext context) throws IOException {
                    Scorer matches = inner.scorer(context);
                    if (matches == null) {
                        return null;
                    }
                    NumericDocValues published = DocValues.getNumeric(context.reader(), PUBLISHED);
                    return new Scorer(this) {
                        @Override
                        public float score() throws IOException {
                            int doc = matches.docID();
                            double lift = published.advanceExact(doc) ? lift(published.longValue(), now) : 1;
                            return (float) (matches.score() * lift);
                        }

                        @Override
                        public int docID() {
                            return matches.docID();
                        }

                        @Override
                        public DocIdSetIterator iterator() {
                            return matches.iterator();
                        }

                        @Override
                        public TwoPhaseIterator twoPhaseIterator() {
                            return matches.twoPhaseIterator();
                        }

                        @Override
                        public int advanceShallow(int target) throws IOException {
                            return matches.advanceShallow(target);
                        }

                        @Override
                        public float getMaxScore(int upTo) throws IOException {
                            return matches.getMaxScore(upTo) * MAXIMUM_LIFT;
                        }

                        @Override
                        public void setMinCompetitiveScore(float minScore) throws IOException {
                            matches.setMinCompetitiveScore(minScore / MAXIMUM_LIFT);
                        }
                    };
                }

                @Override
                public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                    Explanation relevance = inner.explain(context, doc);
                    if (!relevance.isMatch()) {
                        return relevance;
                    }
                    NumericDocValues published = DocValues.getNumeric(context.reader(), PUBLISHED);
                    double lift = published.advanceExact(doc) ? lift(published.longValue(), now) : 1;
                    return Explanation.match((float) (relevance.getValue().floatValue() * lift), "relevance times recency",
                            relevance, Explanation.match((float) lift, "recency lift"));
                }

                @Override
                public boolean isCacheable(LeafReaderContext context) {
                    return false;
                }
            };
        }

        @Override
        public void visit(QueryVisitor visitor) {
            words.visit(visitor.getSubVisitor(Occur.MUST, this));
        }

        @Override
        public String toString(String field) {
            return "recent(" + words.toString(field) + ")";
        }

        @Override
        public boolean equals(Object other) {
            return sameClassAs(other) && words.equals(((Recent) other).words) && now == ((Recent) other).now;
        }

        @Override
        public int hashCode() {
            return 31 * classHash() + 31 * words.hashCode() + Long.hashCode(now);
        }
    }

    /**
     * The query again with a misspelled word put right: a plain word the live stories never use,
     * for which they use a close one.
     */
    private Optional<String> suggestion(QueryText text, IndexReader reader) throws IOException {
        QueryText corrected = text;
        for (String word : text.words()) {
            List<String> tokens = SearchTokens.of(plainWords, WORDS, word);
            if (tokens.size() != 1 || tokens.get(0).length() < 3) {
                continue;
            }
            Term term = new Term(WORDS, tokens.get(0));
            if (reader.docFreq(term) > 0) {
                continue;
            }
            SuggestWord[] close = spelling.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (close.length > 0) {
                corrected = corrected.withWord(word, close[0].string);
            }
        }
        return corrected == text ? Optional.empty() : Optional.of(corrected.typed());
    }

    private static StoryListing listing(Document document) {
        Number updated = document.getField(UPDATED) == null ? null : document.getField(UPDATED).numericValue();
        return new StoryListing(Long.parseLong(document.get(ID)), document.get(HEADLINE),
                document.get(DEK).isEmpty() ? null : document.get(DEK), document.get(SLUG),
                document.getField(SECTION).numericValue().longValue(),
                Instant.ofEpochMilli(document.getField(PUBLISHED).numericValue().longValue()),
                updated == null ? null : Instant.ofEpochMilli(updated.longValue()),
                Instant.ofEpochMilli(document.getField(MODIFIED).numericValue().longValue()));
    }

    /** The highlighter's fragment, split at its marks. */
    static List<StoryHit.Piece> pieces(String fragment) {
        List<StoryHit.Piece> pieces = new ArrayList<>();
        if (fragment == null) {
            return pieces;
        }
        StringBuilder run = new StringBuilder();
        boolean found = false;
        for (char c : fragment.toCharArray()) {
            if (c == MARK_START || c == MARK_END) {
                if (run.length() > 0) {
                    pieces.add(new StoryHit.Piece(run.toString(), found));
                    run.setLength(0);
                }
                found = c == MARK_START;
            } else {
                run.append(c);
            }
        }
        if (run.length() > 0) {
            pieces.add(new StoryHit.Piece(run.toString(), found));
        }
        return pieces;
    }

    @Override
    public void index(List<IndexedArticle> articles) {
        try {
            for (IndexedArticle article : articles) {
                write(article);
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Several threads analyse the articles (the writer takes documents from many at once), and
     * searches see them once a second rather than after every batch.
     */
    @Override
    public void indexInBulk(List<IndexedArticle> articles) {
        try {
            articles.parallelStream().forEach(article -> {
                try {
                    write(article);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (System.nanoTime() - lastBulkRefresh > BULK_REFRESH_NANOS) {
                lastBulkRefresh = System.nanoTime();
                searchers.maybeRefresh();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One analysis of the story's text: the writer analyses the live fields (in this thread), and
     * on the way each word as written goes into the story's set of words, which the "did you
     * mean" field then takes, each word once.
     */
    private void write(IndexedArticle article) throws IOException {
        StoryWords words = wordsOnTheWay && article.live() != null ? new StoryWords() : null;
        Document doc = document(article, words);
        storyWords.set(words);
        try {
            writer.updateDocument(new Term(ID, Long.toString(article.id())), doc);
        } finally {
            storyWords.remove();
        }
    }

    /**
     * The words of a story's live text as written (lower-cased, accents folded, as
     * {@link SearchLanguage#plainWords} reads them), each once, gathered while the writer analyses
     * the text, then given to the "did you mean" field. It comes after the live fields in the
     * document, and the writer reads a document's fields in order, so the set is full by then.
     */
    static final class StoryWords extends TokenStream {

        private final CharArraySet seen = new CharArraySet(512, false);
        private final List<String> words = new ArrayList<>();
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private int next;

        void add(char[] word, int length) {
            if (!seen.contains(word, 0, length)) {
                String copy = new String(word, 0, length);
                seen.add(copy);
                words.add(copy);
            }
        }

        @Override
        public boolean incrementToken() {
            if (next >= words.size()) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(words.get(next++));
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }

    /**
     * Right after the tokenizer, before the language's filters: hands each word, lower-cased and
     * folded, to the story being written ({@code current}); a no-op when none is (queries, drafts).
     */
    static final class WordsAsWritten extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final ThreadLocal<StoryWords> current;
        private StoryWords into;
        private char[] lower = new char[64];
        private char[] folded = new char[256];

        WordsAsWritten(TokenStream input, ThreadLocal<StoryWords> current) {
            super(input);
            this.current = current;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            into = current.get();
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (into != null) {
                int length = term.length();
                if (lower.length < length) {
                    lower = new char[ArrayUtil.oversize(length, Character.BYTES)];
                }
                System.arraycopy(term.buffer(), 0, lower, 0, length);
                CharacterUtils.toLowerCase(lower, 0, length);
                boolean ascii = true;
                for (int i = 0; i < length && ascii; i++) {
                    ascii = lower[i] < 0x80;
                }
                if (ascii) {
                    into.add(lower, length);
                } else {
                    if (folded.length < length * 4) {
                        folded = new char[ArrayUtil.oversize(length * 4, Character.BYTES)];
                    }
                    into.add(folded, ASCIIFoldingFilter.foldToASCII(lower, 0, folded, 0, length));
                }
            }
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            into = null;
        }
    }

    private static Document document(IndexedArticle article, StoryWords words) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(article.id()), Field.Store.YES));
        doc.add(new NumericDocValuesField(ID_VALUE, article.id()));
        doc.add(new StoredField(VERSION, article.version()));
        IndexedArticle.Desk desk = article.desk();
        doc.add(new StringField(DESK_STATUS, desk.status().name(), Field.Store.NO));
        if (desk.pendingChanges()) {
            doc.add(new StringField(DESK_PENDING, YES, Field.Store.NO));
        }
        doc.add(new LongPoint(DESK_SECTION, desk.sectionId()));
        for (long author : desk.authorIds()) {
            doc.add(new LongPoint(DESK_AUTHOR, author));
        }
        doc.add(new LongPoint(DESK_STAFF, desk.createdBy()));
        if (desk.modifiedBy() != desk.createdBy()) {
            doc.add(new LongPoint(DESK_STAFF, desk.modifiedBy()));
        }
        doc.add(new NumericDocValuesField(DESK_MODIFIED, article.modifiedAt().toEpochMilli()));
        if (desk.firstPublishedAt() != null) {
            doc.add(new NumericDocValuesField(DESK_PUBLISHED, desk.firstPublishedAt().toEpochMilli()));
        }
        if (desk.scheduledAt() != null) {
            doc.add(new NumericDocValuesField(DESK_SCHEDULED, desk.scheduledAt().toEpochMilli()));
        }
        IndexedArticle.Live live = article.live();
        // the newsroom's search reads both sets of fields: a draft the same as the live story
        // (no pending changes, most of the archive) is found through the live fields alone
        boolean sameAsLive = live != null && article.headline().equals(live.listing().headline())
                && article.dek().equals(live.listing().dek() == null ? "" : live.listing().dek())
                && article.body().equals(live.body());
        if (!sameAsLive) {
            doc.add(new TextField(DRAFT_HEADLINE, plain(article.headline()), Field.Store.NO));
            doc.add(new TextField(DRAFT_DEK, plain(article.dek()), Field.Store.NO));
            doc.add(new TextField(DRAFT_BODY, plain(article.body()), Field.Store.NO));
        }
        if (live != null) {
            StoryListing story = live.listing();
            String dek = story.dek() == null ? "" : plain(story.dek());
            String body = plain(live.body());
            doc.add(new StringField(LIVE, YES, Field.Store.NO));
            doc.add(new TextField(HEADLINE, plain(story.headline()), Field.Store.YES));
            doc.add(new TextField(DEK, dek, Field.Store.YES));
            // the highlighter's fragment comes from the body's first part, stored for it alone and
            // analysed again for the ten results shown (cheaper than offsets in the postings of every
            // story, and than unpacking and analysing whole bodies)
            doc.add(new TextField(BODY, body, Field.Store.NO));
            doc.add(new StoredField(BODY, lead(body)));
            if (words != null) {
                doc.add(new Field(WORDS, words, WORDS_TYPE));
            } else {
                doc.add(new Field(WORDS, plain(story.headline()) + "\n" + dek + "\n" + body, WORDS_TYPE));
            }
            doc.add(new LongPoint(SECTION, story.sectionId()));
            doc.add(new StoredField(SECTION, story.sectionId()));
            long published = story.firstPublishedAt().toEpochMilli();
            doc.add(new LongPoint(PUBLISHED, published));
            doc.add(new NumericDocValuesField(PUBLISHED, published));
            doc.add(new StoredField(PUBLISHED, published));
            doc.add(new StoredField(SLUG, story.slug()));
            if (story.displayedUpdatedAt() != null) {
                doc.add(new StoredField(UPDATED, story.displayedUpdatedAt().toEpochMilli()));
            }
            doc.add(new StoredField(MODIFIED, story.modifiedAt().toEpochMilli()));
        }
        return doc;
    }

    /** The first {@value #LEAD_CHARACTERS} characters or so of a body, ending at a space. */
    static String lead(String body) {
        if (body.length() <= LEAD_CHARACTERS) {
            return body;
        }
        int space = body.lastIndexOf(' ', LEAD_CHARACTERS);
        return body.substring(0, space > LEAD_CHARACTERS / 2 ? space : LEAD_CHARACTERS);
    }

    /** Text without the highlighter's marks, which must mean nothing else. */
    private static String plain(String text) {
        return text == null ? "" : text.replace(MARK_START, ' ').replace(MARK_END, ' ');
    }

    @Override
    public long size() {
        return writer.getDocStats().numDocs;
    }

    @Override
    public Instant lastChange() {
        try {
            String last = committedData().get(LAST_CHANGE);
            return last == null ? null : Instant.parse(last);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void commit(Instant lastChange) {
        try {
            commitData(lastChange);
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void clear() {
        try {
            writer.deleteAll();
            commitData(null);
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}

package org.newsdesk.cms.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.cms.article.ArticleFilter;
import org.newsdesk.cms.article.ArticleOrder;
import org.newsdesk.cms.article.ArticleStatus;
import org.newsdesk.cms.article.StoryListing;

class LuceneSearchTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final long POLITICS = 10;
    private static final long SPORTS = 20;

    private LuceneSearch search;

    @BeforeEach
    void open() throws Exception {
        search = new LuceneSearch(new ByteBuffersDirectory(), SearchLanguage.ENGLISH, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() throws Exception {
        search.close();
    }

    @Test
    void english_words_are_found_by_their_stem() {
        search.index(List.of(live(1, "Council elections", "The councils elected a mayor.", POLITICS, NOW)));

        assertThat(found("election")).containsExactly(1L);
        assertThat(found("electing")).containsExactly(1L);
        assertThat(found("COUNCIL")).containsExactly(1L);
        assertThat(SearchTokens.of(SearchLanguage.ENGLISH.analyzer(), "body", "The councils were voting"))
                .containsExactly("council", "were", "vote");
    }

    @Test
    void another_language_stems_its_own_words() {
        assertThat(SearchTokens.of(SearchLanguage.named("de").analyzer(), "body", "Die Wahlen"))
                .containsExactly("wahl");
        assertThat(SearchLanguage.named("German")).isEqualTo(SearchLanguage.GERMAN);
        assertThat(SearchLanguage.named("klingon")).isEqualTo(SearchLanguage.OTHER);
    }

    @Test
    void every_word_must_be_found_a_phrase_word_for_word_and_an_excluded_word_never() {
        search.index(List.of(
                live(1, "Budget vote", "The council approved the harbor tunnel late at night.", POLITICS, NOW),
                live(2, "Tunnel delays", "The harbor council said the tunnel approval was late.", POLITICS, NOW),
                live(3, "Team wins", "A late goal in the harbor derby.", SPORTS, NOW)));

        assertThat(found("harbor late")).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(found("harbor tunnel")).containsExactlyInAnyOrder(1L, 2L);
        assertThat(found("\"harbor tunnel\"")).containsExactly(1L);
        assertThat(found("harbor -council")).containsExactly(3L);
        assertThat(found("harbor -\"harbor derby\"")).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void readers_never_find_a_draft_or_a_story_that_is_not_live() {
        search.index(List.of(
                new IndexedArticle(1, 3, NOW, "Secret merger draft", "", "The merger talks collapsed.",
                        new IndexedArticle.Live(listing(1, "Merger talks", "Talks go on.", POLITICS, NOW), "Nothing to see."), true,
                        desk(ArticleStatus.PUBLISHED)),
                new IndexedArticle(2, 1, NOW, "Embargoed merger", "", "Nobody may read this yet.", null, false,
                        desk(ArticleStatus.DRAFT))));

        assertThat(found("collapsed")).isEmpty();
        assertThat(found("embargoed")).isEmpty();
        assertThat(found("talks")).containsExactly(1L);
        assertThat(newsroom("collapsed")).containsExactly(1L);
        assertThat(newsroom("\"nobody may read\"")).containsExactly(2L);
        assertThat(newsroom("talks go")).containsExactly(1L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"*:*", "draft.body:collapsed", "draft.headline:secret", "body:collapsed", "title:", "*",
            "?", "*collapsed", "collaps*", "(collapsed", "[a TO z]", "{a TO z}", "\"collapsed", "collapsed\"",
            "collapsed~2", "collapsed^10", "\\", "/regex.*/", "&& || !", "AND OR NOT", "-", "--collapsed", "+collapsed",
            "draft.body:\"merger talks collapsed\"", "\u0000", "\uE000collapsed\uE001"})
    void hostile_input_never_fails_and_never_reaches_draft_fields(String typed) {
        search.index(List.of(new IndexedArticle(1, 3, NOW, "Secret draft", "", "The merger talks collapsed.",
                new IndexedArticle.Live(listing(1, "Merger talks", "Talks go on.", POLITICS, NOW), "Nothing to see."), true,
                desk(ArticleStatus.PUBLISHED))));

        assertThatCode(() -> search.findStories(query(typed, 1))).doesNotThrowAnyException();
        assertThat(found(typed)).as(typed).isEmpty();
    }

    @Test
    void very_long_input_is_cut_and_still_answers() {
        search.index(List.of(live(1, "Budget", "The budget passed.", POLITICS, NOW)));

        assertThat(found("budget " + "x".repeat(100_000))).as("the words before the cut count").containsExactly(1L);
        assertThat(found("x".repeat(100_000) + " budget")).as("one long word, cut").isEmpty();
        assertThat(found("budget " + "budget ".repeat(1_000))).containsExactly(1L);
    }

    @Test
    void a_recent_story_outranks_an_old_one_with_the_same_words() {
        search.index(List.of(
                live(1, "Harbor tunnel opens", "The harbor tunnel opened to traffic.", POLITICS, NOW.minus(Duration.ofDays(400))),
                live(2, "Harbor tunnel opens", "The harbor tunnel opened to traffic.", POLITICS, NOW.minus(Duration.ofDays(1)))));

        assertThat(found("harbor tunnel")).containsExactly(2L, 1L);
    }

    @Test
    void relevance_still_counts_a_headline_match_above_a_passing_mention_of_the_same_age() {
        search.index(List.of(
                live(1, "Weather", "A word about the budget in passing, among many other words about rain and wind.", POLITICS, NOW),
                live(2, "Budget passes", "The budget passed.", POLITICS, NOW)));

        assertThat(found("budget")).containsExactly(2L, 1L);
    }

    @Test
    void the_fragment_marks_the_words_found_and_leaves_the_rest_as_text() {
        search.index(List.of(live(1, "Vote", "Before dawn <b>the</b> council passed the budget by one vote.", POLITICS, NOW)));

        StoryResults results = search.findStories(query("budgets", 1));

        List<StoryHit.Piece> fragment = results.hits().get(0).fragment();
        assertThat(fragment).contains(new StoryHit.Piece("budget", true));
        assertThat(fragment.stream().map(StoryHit.Piece::text).collect(Collectors.joining()))
                .isEqualTo("Before dawn <b>the</b> council passed the budget by one vote.");
        assertThat(results.hits().get(0).story().headline()).isEqualTo("Vote");
    }

    @Test
    void filters_by_section_and_day_of_publication() {
        search.index(List.of(
                live(1, "Budget", "Budget news.", POLITICS, Instant.parse("2021-03-10T12:00:00Z")),
                live(2, "Budget", "Budget news.", SPORTS, Instant.parse("2021-03-20T12:00:00Z")),
                live(3, "Budget", "Budget news.", POLITICS, Instant.parse("2021-04-10T12:00:00Z"))));

        assertThat(ids(search.findStories(new StoryQuery(QueryText.parse("budget"), Set.of(POLITICS), null, null, 1, 10))))
                .containsExactlyInAnyOrder(1L, 3L);
        assertThat(ids(search.findStories(new StoryQuery(QueryText.parse("budget"), null,
                Instant.parse("2021-03-01T00:00:00Z"), Instant.parse("2021-04-01T00:00:00Z"), 1, 10))))
                .containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void pages_hold_the_results_in_order_and_a_page_beyond_the_last_does_not_exist() {
        List<IndexedArticle> many = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            many.add(live(i, "Budget " + i, "Budget news.", POLITICS, NOW.minus(Duration.ofDays(i))));
        }
        search.index(many);

        StoryResults third = search.findStories(query("budget", 3));
        assertThat(third.total()).isEqualTo(25);
        assertThat(third.pageCount()).isEqualTo(3);
        assertThat(ids(third)).containsExactly(21L, 22L, 23L, 24L, 25L);
        assertThat(search.findStories(query("budget", 4)).pageExists()).isFalse();
        assertThat(search.findStories(query("budget", 10_000)).pageExists()).isFalse();
        assertThat(search.findStories(query("", 1)).pageExists()).isTrue();
    }

    @Test
    void did_you_mean_offers_a_close_word_the_stories_use() {
        search.index(List.of(live(1, "Council budget", "The council approved it.", POLITICS, NOW)));

        assertThat(search.findStories(query("counsil budget", 1)).suggestion()).contains("council budget");
        assertThat(search.findStories(query("council budget", 1)).suggestion()).isEmpty();
        assertThat(search.findStories(query("xyzzyplugh", 1)).suggestion()).isEmpty();
    }

    @Test
    void did_you_mean_offers_words_as_the_live_text_writes_them_and_never_a_draft_s_word() {
        // one analysis of the text feeds both the stemmed fields and "did you mean"
        search.index(List.of(new IndexedArticle(1, 2, NOW, "Elections in Zürich", "", "A secret merger plan.",
                new IndexedArticle.Live(listing(1, "Elections in Zürich", "Voters decide", POLITICS, NOW),
                        "The mayor's councillors met."), true, desk(ArticleStatus.PUBLISHED))));

        assertThat(search.findStories(query("electons", 1)).suggestion()).contains("elections");
        assertThat(search.findStories(query("zurch", 1)).suggestion()).contains("zurich");
        assertThat(search.findStories(query("voterz", 1)).suggestion()).contains("voters");
        assertThat(search.findStories(query("councilors", 1)).suggestion()).contains("councillors");
        assertThat(search.findStories(query("mergr", 1)).suggestion()).as("a word only the draft uses").isEmpty();
        assertThat(found("merger")).isEmpty();
        assertThat(newsroom("merger")).containsExactly(1L);
    }

    @Test
    void a_query_that_finds_a_page_of_stories_is_not_corrected() {
        List<IndexedArticle> many = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            many.add(live(i, "Budget " + i, "Councils budget.", POLITICS, NOW));
        }
        search.index(many);

        assertThat(search.findStories(query("councils", 1)).suggestion()).isEmpty();
        assertThat(search.findStories(query("counsils budget", 1)).suggestion()).contains("councils budget");
    }

    @Test
    void many_stories_found_are_counted_ten_pages_ahead_then_said_to_be_more() {
        List<IndexedArticle> many = new ArrayList<>();
        for (int i = 1; i <= 250; i++) {
            many.add(live(i, "Budget " + i, "Budget news.", POLITICS, NOW.minus(Duration.ofHours(i))));
        }
        search.indexInBulk(many);
        search.commit(NOW);

        StoryResults first = search.findStories(query("budget", 1));
        assertThat(first.exact()).isFalse();
        assertThat(first.total()).isGreaterThanOrEqualTo(100);
        assertThat(first.pageCount()).isGreaterThanOrEqualTo(10);
        assertThat(ids(first)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        StoryResults twentieth = search.findStories(query("budget", 20));
        assertThat(twentieth.pageExists()).isTrue();
        assertThat(ids(twentieth)).containsExactly(191L, 192L, 193L, 194L, 195L, 196L, 197L, 198L, 199L, 200L);
        assertThat(search.findStories(query("budget", 25)).exact()).isTrue();
        assertThat(search.findStories(query("budget", 25)).total()).isEqualTo(250);
        assertThat(search.findStories(query("budget", 26)).pageExists()).isFalse();
    }

    @Test
    void a_long_story_s_fragment_comes_from_its_first_part_and_its_whole_text_is_found() {
        String filler = "The harbour board met again today. ".repeat(200);
        search.index(List.of(
                live(1, "Harbour", "The ferry schedule changes. " + filler + " A lighthouse closes.", POLITICS, NOW)));

        StoryResults ferry = search.findStories(query("ferry", 1));
        assertThat(ferry.hits().get(0).fragment()).anyMatch(piece -> piece.found() && piece.text().equalsIgnoreCase("ferry"));
        StoryResults lighthouse = search.findStories(query("lighthouse", 1));
        assertThat(ids(lighthouse)).as("a word beyond the first part is still found").containsExactly(1L);
        assertThat(lighthouse.hits().get(0).fragment()).isNotEmpty().noneMatch(StoryHit.Piece::found);
        String lead = LuceneSearch.lead(filler);
        assertThat(lead).hasSizeLessThanOrEqualTo(LuceneSearch.LEAD_CHARACTERS).hasSizeGreaterThan(LuceneSearch.LEAD_CHARACTERS / 2);
        assertThat(filler).as("cut between words").startsWith(lead + " ");
    }

    @Test
    void a_story_taken_down_or_changed_is_found_as_it_is_now() {
        search.index(List.of(live(1, "Budget", "The old text.", POLITICS, NOW)));
        search.index(List.of(new IndexedArticle(1, 2, NOW, "Budget", "", "The new text.",
                new IndexedArticle.Live(listing(1, "Budget", null, POLITICS, NOW), "The new text."), true,
                desk(ArticleStatus.PUBLISHED))));
        assertThat(found("old")).isEmpty();
        assertThat(found("budget")).containsExactly(1L);

        search.index(List.of(new IndexedArticle(1, 3, NOW, "Budget", "", "The new text.", null, true,
                desk(ArticleStatus.UNPUBLISHED))));
        assertThat(found("budget")).isEmpty();
        assertThat(search.size()).isEqualTo(1);
    }

    @Test
    void a_rebuild_in_bulk_finds_what_one_at_a_time_finds_and_the_newsroom_gets_every_match_last_changed_first() {
        List<IndexedArticle> archive = new ArrayList<>();
        for (long id = 1; id <= 300; id++) {
            String headline = id == 250 ? "Ferry strike ends" : "Story " + id;
            String body = id % 3 == 0 ? "The ferry strike went on." : "Nothing about boats.";
            archive.add(live(id, headline, body, POLITICS, NOW.minus(Duration.ofDays(id))));
        }
        // three batches, each made durable: the ids come from several segments
        for (int from = 0; from < archive.size(); from += 100) {
            search.indexInBulk(archive.subList(from, from + 100));
            search.commit(NOW);
        }

        assertThat(search.size()).isEqualTo(300);
        List<Long> found = search.find(ArticleFilter.all().headlineContaining("ferry strike"), 0, 1_000);
        assertThat(found).as("the headline match and every story whose text has the words, last changed first")
                .containsExactlyElementsOf(archive.stream().map(IndexedArticle::id).filter(id -> id % 3 == 0 || id == 250)
                        .sorted().toList());
        assertThat(search.findStories(query("ferry strike", 1)).total()).isEqualTo(101);
        assertThat(found("ferry strike")).as("readers' first page: the headline match and the most recent")
                .hasSize(10).contains(250L, 3L, 6L);
    }

    @Test
    void the_last_change_taken_in_survives_a_commit() {
        assertThat(search.lastChange()).isNull();
        search.index(List.of(live(1, "Budget", "Text.", POLITICS, NOW)));
        search.commit(NOW);
        assertThat(search.lastChange()).isEqualTo(NOW);
        search.clear();
        assertThat(search.lastChange()).isNull();
        assertThat(search.size()).isZero();
    }

    @Test
    void the_newsroom_s_list_filters_and_orders_by_what_the_index_holds_of_the_desk() {
        long ada = 5;
        long bo = 6;
        long chief = 1;
        long reporter = 2;
        search.index(List.of(
                onDesk(1, ArticleStatus.DRAFT, POLITICS, List.of(ada), reporter, reporter, null, null, false, NOW.minusSeconds(10)),
                onDesk(2, ArticleStatus.PUBLISHED, POLITICS, List.of(ada, bo), reporter, chief, NOW.minusSeconds(500), null, true,
                        NOW.minusSeconds(20)),
                onDesk(3, ArticleStatus.SCHEDULED, SPORTS, List.of(bo), chief, chief, null, NOW.plusSeconds(60), false,
                        NOW.minusSeconds(30)),
                onDesk(4, ArticleStatus.PUBLISHED, SPORTS, List.of(), chief, chief, NOW.minusSeconds(900), null, false,
                        NOW.minusSeconds(5)),
                onDesk(5, ArticleStatus.UNPUBLISHED, POLITICS, List.of(bo), chief, chief, NOW.minusSeconds(100), null, false,
                        NOW.minusSeconds(40)),
                onDesk(6, ArticleStatus.DRAFT, POLITICS, List.of(ada), reporter, reporter, null, null, false, NOW)));
        ArticleFilter harbor = ArticleFilter.all().headlineContaining("harbor");

        assertThat(search.find(harbor, 0, 10)).as("every article but the one without the word, last changed first")
                .containsExactly(4L, 1L, 2L, 3L, 5L);
        assertThat(search.find(harbor.orderedBy(ArticleOrder.MODIFIED_OLDEST), 0, 10)).containsExactly(5L, 3L, 2L, 1L, 4L);
        assertThat(search.find(harbor, 1, 2)).as("a page further on").containsExactly(1L, 2L);
        assertThat(search.find(harbor.inStatus(ArticleStatus.PUBLISHED), 0, 10)).containsExactly(4L, 2L);
        assertThat(search.find(harbor.withPendingChanges(), 0, 10)).containsExactly(2L);
        assertThat(search.find(harbor.inSection(SPORTS), 0, 10)).containsExactly(4L, 3L);
        assertThat(search.find(harbor.bylined(bo), 0, 10)).containsExactly(2L, 3L, 5L);
        assertThat(search.find(harbor.changedBy(reporter), 0, 10)).as("created or changed last by").containsExactly(1L, 2L);
        assertThat(search.find(harbor.orderedBy(ArticleOrder.PUBLISHED_NEWEST), 0, 10)).as("only those ever published")
                .containsExactly(5L, 2L, 4L);
        assertThat(search.find(harbor.orderedBy(ArticleOrder.PUBLISHED_OLDEST), 0, 10)).containsExactly(4L, 2L, 5L);
        assertThat(search.find(harbor.orderedBy(ArticleOrder.SCHEDULED_SOONEST), 0, 10)).containsExactly(3L);
        assertThat(search.find(harbor.inSection(SPORTS).bylined(ada), 0, 10)).isEmpty();
        assertThat(search.find(ArticleFilter.all().headlineContaining("-harbor"), 0, 10)).as("nothing but an exclusion").isEmpty();

        // the list is as the index was last told: a publish moves the draft among the published
        search.index(List.of(onDesk(1, ArticleStatus.PUBLISHED, POLITICS, List.of(ada), reporter, chief, NOW, null, false, NOW)));
        assertThat(search.find(harbor.inStatus(ArticleStatus.PUBLISHED), 0, 10)).containsExactly(1L, 4L, 2L);
        assertThat(search.find(harbor.changedBy(reporter), 0, 10)).as("the one who created it still counts").containsExactly(1L, 2L);
    }

    private List<Long> newsroom(String typed) {
        return search.find(ArticleFilter.all().headlineContaining(typed), 0, 10);
    }

    private static IndexedArticle onDesk(long id, ArticleStatus status, long section, List<Long> authors, long createdBy,
                                         long modifiedBy, Instant published, Instant scheduled, boolean pending, Instant modified) {
        String headline = id == 6 ? "Ferry timetable" : "Harbor story " + id;
        String text = id == 6 ? "The ferries run late." : "The harbor text.";
        IndexedArticle.Live live = status == ArticleStatus.PUBLISHED
                ? new IndexedArticle.Live(listing(id, headline, null, section, published), text) : null;
        return new IndexedArticle(id, 1, modified, headline, "", text, live, published != null,
                new IndexedArticle.Desk(status, section, authors, createdBy, modifiedBy, published, scheduled, pending));
    }

    private static IndexedArticle.Desk desk(ArticleStatus status) {
        return new IndexedArticle.Desk(status, POLITICS, List.of(), 1, 1, status == ArticleStatus.DRAFT ? null : NOW, null, false);
    }

    private List<Long> found(String typed) {
        return ids(search.findStories(query(typed, 1)));
    }

    private static List<Long> ids(StoryResults results) {
        return results.hits().stream().map(hit -> hit.story().articleId()).toList();
    }

    private static StoryQuery query(String typed, int page) {
        return new StoryQuery(QueryText.parse(typed), null, null, null, page, 10);
    }

    private static IndexedArticle live(long id, String headline, String body, long section, Instant published) {
        return new IndexedArticle(id, 1, published, headline, null, body, new IndexedArticle.Live(
                listing(id, headline, null, section, published), body), true, desk(ArticleStatus.PUBLISHED));
    }

    private static StoryListing listing(long id, String headline, String dek, long section, Instant published) {
        return new StoryListing(id, headline, dek, "story-" + id, section, published, null, published);
    }
}

package org.newsdesk.cms.web.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.cms.article.ArticleFilter;
import org.newsdesk.cms.article.ArticleOrder;
import org.newsdesk.cms.article.ArticleStatus;
import org.newsdesk.cms.shared.InvalidInputException.FieldProblem;

class ArticleListQueryTest {

    private static final Set<Long> SECTIONS = Set.of(50L, 100L);
    private static final Set<Long> AUTHORS = Set.of(7L);
    private static final long ME = 42;

    private static ArticleListQuery parse(Map<String, String> parameters) {
        return ArticleListQuery.parse(parameters::get, SECTIONS, AUTHORS);
    }

    @Test
    void noParametersIsEveryArticleLastChangedFirstOnPageOne() {
        ArticleListQuery query = parse(Map.of());

        assertThat(query.filter(ME)).isEqualTo(ArticleFilter.all());
        assertThat(query.getPage()).isEqualTo(1);
        assertThat(query.getProblems()).isEmpty();
        assertThat(query.link(1)).isEqualTo("/admin/articles");
    }

    @Test
    void everyFilterNarrowsTheList() {
        ArticleListQuery query = parse(Map.of("status", "in_review", "section", "100", "author", " 7 ",
                "mine", "yes", "headline", "  budget vote ", "sort", "published-oldest", "page", "3"));

        assertThat(query.filter(ME)).isEqualTo(new ArticleFilter(ArticleStatus.IN_REVIEW, false, 100L, 7L, ME,
                "budget vote", ArticleOrder.PUBLISHED_OLDEST));
        assertThat(query.getPage()).isEqualTo(3);
        assertThat(query.getProblems()).isEmpty();
    }

    @Test
    void pendingChangesAreAStatusChoiceForPublishedArticles() {
        ArticleFilter filter = parse(Map.of("status", "PENDING")).filter(ME);

        assertThat(filter.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(filter.pendingChanges()).isTrue();
    }

    @Test
    void pageLinksKeepTheFiltersAndTheOrder() {
        ArticleListQuery query = parse(Map.of("status", "DRAFT", "section", "50", "headline", "mayor & council",
                "sort", "modified-oldest", "page", "2", "mine", "on"));

        assertThat(query.link(3)).isEqualTo(
                "/admin/articles?status=DRAFT&section=50&mine=yes&headline=mayor+%26+council&sort=modified-oldest&page=3");
        assertThat(query.link(1)).as("the first page needs no number")
                .isEqualTo("/admin/articles?status=DRAFT&section=50&mine=yes&headline=mayor+%26+council&sort=modified-oldest");
    }

    @Test
    void wrongValuesAreDroppedAndNamedAtTheirFields() {
        ArticleListQuery query = parse(Map.of("status", "LIVE", "section", "abc", "author", "999",
                "sort", "random", "page", "-2", "headline", "tunnel"));

        assertThat(query.getProblems()).extracting(FieldProblem::field)
                .containsExactly("status", "section", "author", "sort", "page");
        assertThat(query.getProblems().get(0).message()).contains("\u201cLIVE\u201d");
        assertThat(query.filter(ME)).as("what was right still counts")
                .isEqualTo(ArticleFilter.all().headlineContaining("tunnel"));
        assertThat(query.getPage()).isEqualTo(1);
        assertThat(query.link(2)).as("wrong values do not travel on in links")
                .isEqualTo("/admin/articles?headline=tunnel&page=2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "two", "1.5", "99999999999999"})
    void aPageThatIsNoPageNumberShowsTheFirstPage(String page) {
        ArticleListQuery query = parse(Map.of("page", page));

        assertThat(query.getPage()).isEqualTo(1);
        assertThat(query.getProblems()).extracting(FieldProblem::field).containsExactly("page");
    }

    @Test
    void blankValuesAreNoFilterAtAll() {
        ArticleListQuery query = parse(Map.of("status", "", "section", " ", "author", "", "headline", "  ",
                "sort", "", "page", ""));

        assertThat(query.filter(ME)).isEqualTo(ArticleFilter.all());
        assertThat(query.getProblems()).isEmpty();
    }
}

package org.newsdesk.cms.web.article;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsdesk.cms.article.ArticleFilter;
import org.newsdesk.cms.article.ArticleOrder;
import org.newsdesk.cms.article.ArticleStatus;
import org.newsdesk.cms.shared.InvalidInputException.FieldProblem;
import org.newsdesk.cms.web.support.ListParameters;

/**
 * The article list's filters, sort order and page as they come in the URL (a GET form, so every
 * view of the list can be bookmarked and shared). Anything in the URL can be wrong, typed by hand
 * or left over from a deleted section: a wrong value is dropped, and the problem named at its
 * field, so the list still shows and the person sees why it is wider than they asked.
 */
public final class ArticleListQuery {

    /** The "status" value of published articles with changes readers do not see yet. */
    public static final String PENDING_CHANGES = "PENDING";

    private static final String DEFAULT_SORT = "modified-newest";

    private static final Map<String, ArticleOrder> ORDERS = Map.of(
            "modified-newest", ArticleOrder.MODIFIED_NEWEST,
            "modified-oldest", ArticleOrder.MODIFIED_OLDEST,
            "published-newest", ArticleOrder.PUBLISHED_NEWEST,
            "published-oldest", ArticleOrder.PUBLISHED_OLDEST,
            "scheduled-soonest", ArticleOrder.SCHEDULED_SOONEST);

    private final String status;
    private final Long section;
    private final Long author;
    private final boolean mine;
    private final String headline;
    private final String sort;
    private final int page;
    private final List<FieldProblem> problems;

    private ArticleListQuery(String status, Long section, Long author, boolean mine, String headline, String sort,
                             int page, List<FieldProblem> problems) {
        this.status = status;
        this.section = section;
        this.author = author;
        this.mine = mine;
        this.headline = headline;
        this.sort = sort;
        this.page = page;
        this.problems = List.copyOf(problems);
    }

    /**
     * Reads the list's parameters.
     *
     * @param parameters the first value of each query parameter
     * @param sections   the ids of the sections that exist
     * @param authors    the ids of the authors that exist
     */
    public static ArticleListQuery parse(Function<String, String> parameters, Set<Long> sections, Set<Long> authors) {
        List<FieldProblem> problems = new ArrayList<>();

        String status = ListParameters.given(parameters.apply("status")).map(s -> s.toUpperCase(Locale.ROOT)).orElse(null);
        if (status != null && !status.equals(PENDING_CHANGES) && !isStatus(status)) {
            problems.add(new FieldProblem("status",
                    "There is no status \u201c" + parameters.apply("status").strip() + "\u201d; showing every status."));
            status = null;
        }
        Long section = knownId(parameters.apply("section"), sections, "section",
                "That section does not exist (any more); showing every section.", problems);
        Long author = knownId(parameters.apply("author"), authors, "author",
                "That author does not exist (any more); showing every author.", problems);
        boolean mine = ListParameters.given(parameters.apply("mine")).isPresent();
        String headline = ListParameters.given(parameters.apply("headline")).orElse(null);

        String sort = ListParameters.given(parameters.apply("sort")).map(s -> s.toLowerCase(Locale.ROOT)).orElse(DEFAULT_SORT);
        if (!ORDERS.containsKey(sort)) {
            problems.add(new FieldProblem("sort", "That is not a way to sort the list; showing the latest changes first."));
            sort = DEFAULT_SORT;
        }

        int page = ListParameters.page(parameters.apply("page"), problems);
        return new ArticleListQuery(status, section, author, mine, headline, sort, page, problems);
    }

    private static boolean isStatus(String name) {
        for (ArticleStatus candidate : ArticleStatus.values()) {
            if (candidate.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static Long knownId(String raw, Set<Long> known, String field, String unknown, List<FieldProblem> problems) {
        Optional<String> text = ListParameters.given(raw);
        if (text.isEmpty()) {
            return null;
        }
        try {
            long id = Long.parseLong(text.get());
            if (known.contains(id)) {
                return id;
            }
        } catch (NumberFormatException notAnId) {
            // the same message: a person chose from a list, so any other value is a stale or edited URL
        }
        problems.add(new FieldProblem(field, unknown));
        return null;
    }

    /**
     * What to look for.
     *
     * @param me the staff id of whoever is looking, for "only mine"
     */
    public ArticleFilter filter(long me) {
        ArticleFilter filter = ArticleFilter.all();
        if (PENDING_CHANGES.equals(status)) {
            filter = filter.withPendingChanges();
        } else if (status != null) {
            filter = filter.inStatus(ArticleStatus.valueOf(status));
        }
        return filter.inSection(section)
                .bylined(author)
                .changedBy(mine ? me : null)
                .headlineContaining(headline)
                .orderedBy(ORDERS.get(sort));
    }

    /** The list with the same filters and order on another page: a path within the application. */
    public String link(int toPage) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("status", status);
        parameters.put("section", section == null ? null : section.toString());
        parameters.put("author", author == null ? null : author.toString());
        parameters.put("mine", mine ? "yes" : null);
        parameters.put("headline", headline);
        parameters.put("sort", sort.equals(DEFAULT_SORT) ? null : sort);
        parameters.put("page", toPage == 1 ? null : Integer.toString(toPage));
        String query = parameters.entrySet().stream()
                .filter(p -> p.getValue() != null)
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return "/admin/articles" + (query.isEmpty() ? "" : "?" + query);
    }

    /** The status value the form shows as chosen: a state's name, {@link #PENDING_CHANGES}, or null. */
    public String getStatus() {
        return status;
    }

    public Long getSection() {
        return section;
    }

    public Long getAuthor() {
        return author;
    }

    public boolean isMine() {
        return mine;
    }

    public String getHeadline() {
        return headline;
    }

    /** The sort value the form shows as chosen: "modified-newest" unless another was asked for. */
    public String getSort() {
        return sort;
    }

    public int getPage() {
        return page;
    }

    public List<FieldProblem> getProblems() {
        return problems;
    }
}

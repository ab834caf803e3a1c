package org.newsdesk.cms.publish.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsdesk.cms.publish.cache.RenderedPage;
import org.newsdesk.cms.publish.page.Link;
import org.newsdesk.cms.publish.page.PageHead;
import org.newsdesk.cms.publish.page.PageRenderer;
import org.newsdesk.cms.publish.page.Pagination;
import org.newsdesk.cms.publish.page.RenderContext;
import org.newsdesk.cms.publish.page.SearchView;
import org.newsdesk.cms.publish.url.PublicPath;
import org.newsdesk.cms.search.QueryText;
import org.newsdesk.cms.search.Search;
import org.newsdesk.cms.search.StoryQuery;
import org.newsdesk.cms.search.StoryResults;
import org.newsdesk.cms.section.Section;
import org.newsdesk.cms.section.SectionTree;

/**
 * Readers' search ({@code /search?q=}): live stories only, best first, recent ones ahead; by
 * section and between two days if asked. Pages are {@code noindex} (search engines have the
 * stories themselves) and cached like every page, until a change to a live story.
 */
@ApplicationScoped
public class SearchPages {

    public static final int RESULTS_PER_PAGE = 10;

    @Inject
    Search search;

    @Inject
    PageRenderer renderer;

    @Inject
    PublicPages pages;

    RenderedPage answer(PublicPath.Search asked, RenderContext site) {
        List<SearchView.Problem> problems = new ArrayList<>();
        Instant from = day(asked.from(), "from", problems, site).map(day -> day.atStartOfDay(site.time().zone()).toInstant())
                .orElse(null);
        Instant until = day(asked.to(), "to", problems, site).map(day -> day.plusDays(1).atStartOfDay(site.time().zone())
                .toInstant()).orElse(null);
        Optional<Section> section = asked.section().isEmpty() ? Optional.empty() : site.sections().byPath(asked.section());
        Collection<Long> sectionIds = section.map(found -> (Collection<Long>) site.sections().withDescendants(found)).orElse(null);
        QueryText text = QueryText.parse(asked.query());
        StoryResults results = search.findStories(new StoryQuery(text, sectionIds, from, until, asked.page(), RESULTS_PER_PAGE));
        if (!results.pageExists()) {
            return pages.notFound(site);
        }
        int count = results.pageCount();
        int page = asked.page();
        Pagination pagination = new Pagination(page, count,
                page > 1 ? site.absolute(asked.onPage(page - 1).path()) : null,
                page < count ? site.absolute(asked.onPage(page + 1).path()) : null);
        Link suggestion = results.suggestion()
                .map(better -> new Link(better, site.absolute(new PublicPath.Search(better, asked.section(), asked.from(),
                        asked.to(), 1).path())))
                .orElse(null);
        List<SearchView.Result> found = results.hits().stream()
                .map(hit -> new SearchView.Result(site.teaser(hit.story()), hit.fragment()))
                .toList();
        SearchView view = new SearchView(asked.query(), section.map(Section::path).orElse(""), asked.from(), asked.to(),
                choices(site.sections()), problems, found, results.total(), results.exact(), pagination, suggestion);
        String title = !view.asked() ? "Search" : page == 1 ? "Search: " + asked.query() : "Search: " + asked.query() + ", page " + page;
        PageHead head = new PageHead(title, null, null, true, pagination.previous(), pagination.next(), null, null);
        return RenderedPage.of(200, RenderedPage.HTML, renderer.render("search", site, head,
                Map.of("search", view, "searchText", asked.query())), null);
    }

    private static Optional<LocalDate> day(String typed, String field, List<SearchView.Problem> problems, RenderContext site) {
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(typed));
        } catch (DateTimeParseException notADay) {
            problems.add(new SearchView.Problem(field, "Enter a day as year-month-day, like 2021-12-15; this search ignores “"
                    + typed + "”."));
            return Optional.empty();
        }
    }

    private static List<SearchView.SectionChoice> choices(SectionTree sections) {
        List<SearchView.SectionChoice> choices = new ArrayList<>();
        for (Section top : sections.topLevel()) {
            add(top, 0, sections, choices);
        }
        return choices;
    }

    private static void add(Section section, int depth, SectionTree sections, List<SearchView.SectionChoice> choices) {
        choices.add(new SearchView.SectionChoice(section.path(), "\u2003".repeat(depth) + section.getName()));
        for (Section child : sections.children(section)) {
            add(child, depth + 1, sections, choices);
        }
    }
}

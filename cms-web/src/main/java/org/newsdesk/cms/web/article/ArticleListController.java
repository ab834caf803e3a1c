package org.newsdesk.cms.web.article;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.stream.Collectors;
import org.newsdesk.cms.article.ArticleFilter;
import org.newsdesk.cms.article.ArticleService;
import org.newsdesk.cms.article.ArticleStatus;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.author.AuthorService;
import org.newsdesk.cms.section.Section;
import org.newsdesk.cms.section.SectionService;
import org.newsdesk.cms.staff.StaffService;
import org.newsdesk.cms.time.PublicationTime;
import org.newsdesk.cms.web.support.FormProblems;

/** Every article, filtered, sorted and a page at a time: for all staff. */
@Controller
@Path("articles")
@RequestScoped
public class ArticleListController {

    static final int PAGE_SIZE = 50;

    @Inject
    ArticleService articles;

    @Inject
    SectionService sections;

    @Inject
    AuthorService authors;

    @Inject
    StaffService staff;

    @Inject
    SecurityContext security;

    @Inject
    PublicationTime time;

    @Inject
    Models models;

    @Context
    UriInfo uri;

    @GET
    public String list() {
        List<Section> allSections = sections.all();
        List<Author> allAuthors = authors.all();
        ArticleListQuery query = ArticleListQuery.parse(uri.getQueryParameters()::getFirst,
                allSections.stream().map(Section::getId).collect(Collectors.toSet()),
                allAuthors.stream().map(Author::getId).collect(Collectors.toSet()));
        long me = staff.getActive(security.getCallerPrincipal().getName()).getId();

        models.put("query", query);
        models.put("problems", FormProblems.of(query.getProblems()));
        models.put("sections", allSections);
        models.put("authors", allAuthors);
        ArticleFilter filter = query.filter(me);
        models.put("page", articles.list(filter, query.getPage(), PAGE_SIZE));
        models.put("statuses", ArticleStatus.values());
        models.put("pendingChanges", ArticleListQuery.PENDING_CHANGES);
        models.put("time", time);
        return "articles.html";
    }
}

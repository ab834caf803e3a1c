package org.newsdesk.cms.web.article;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.security.CsrfProtected;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleService;
import org.newsdesk.cms.preview.PreviewLinks;
import org.newsdesk.cms.publish.page.ArticlePreview;
import org.newsdesk.cms.publish.url.PublicUrls;
import org.newsdesk.cms.publish.url.SiteBase;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.time.PublicationTime;
import org.newsdesk.cms.web.support.Flash;

/**
 * The draft as readers would see it, rendered with the public article template, for signed-in
 * staff; and the shareable links that show it to someone without a login. Previews are never
 * cached publicly (the admin responses are {@code private, no-store}).
 */
@Path("articles/{id:[0-9]+}/preview")
@RequestScoped
public class PreviewController {

    @Inject
    ArticleService articles;

    @Inject
    ArticlePreview preview;

    @Inject
    PreviewLinks links;

    @Inject
    PublicUrls urls;

    @Inject
    PublicationTime time;

    @Inject
    SecurityContext security;

    @Inject
    Flash flash;

    @Inject
    @ConfigProperty(name = "cms.site.url")
    Optional<String> siteUrl;

    @Context
    HttpServletRequest request;

    @PathParam("id")
    long id;

    /** Not a Jakarta MVC view: the public template renders the whole page. */
    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public Response show() {
        Article article = articles.get(id);
        return Response.ok(preview.render(article, SiteBase.of(siteUrl, request).root()))
                .header("X-Robots-Tag", "noindex")
                .build();
    }

    @POST
    @Path("links")
    @Controller
    @CsrfProtected
    public Response share(@FormParam("validFor") String validFor) {
        Duration duration = switch (validFor == null ? "" : validFor) {
            case "PT1H" -> Duration.ofHours(1);
            case "P7D" -> Duration.ofDays(7);
            default -> Duration.ofDays(1);
        };
        try {
            PreviewLinks.Issued issued = links.issue(me(), id, duration);
            String url = SiteBase.of(siteUrl, request).absolute(urls.preview(issued.token()));
            flash.say("Preview link made; it works until " + time.display(issued.link().getExpiresAt())
                    + ". Copy it now, it is not shown again: " + url);
        } catch (InvalidInputException invalid) {
            flash.say(invalid.getMessage());
        }
        return toEditor();
    }

    @POST
    @Path("links/{link:[0-9]+}/revoke")
    @Controller
    @CsrfProtected
    public Response revoke(@PathParam("link") long link) {
        links.revoke(me(), link);
        flash.say("Preview link withdrawn: it no longer opens the draft.");
        return toEditor();
    }

    private Response toEditor() {
        return Response.seeOther(URI.create(request.getContextPath() + "/admin/articles/" + id)).build();
    }

    private String me() {
        return security.getCallerPrincipal().getName();
    }
}

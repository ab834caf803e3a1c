package org.newsdesk.cms.web.author;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.security.CsrfProtected;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.author.AuthorService;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.shared.InvalidInputException.FieldProblem;
import org.newsdesk.cms.shared.StaleEditException;
import org.newsdesk.cms.staff.StaffPolicy;
import org.newsdesk.cms.staff.StaffService;
import org.newsdesk.cms.web.support.Flash;
import org.newsdesk.cms.web.support.FormNumbers;
import org.newsdesk.cms.web.support.FormProblems;

/**
 * The people who appear in bylines, staff or guests (guests have no login). Everyone sees the list;
 * editors add and edit name, slug and bio.
 */
@Controller
@Path("authors")
@RequestScoped
public class AuthorsController {

    @Inject
    AuthorService authors;

    @Inject
    StaffService staff;

    @Inject
    SecurityContext security;

    @Inject
    Models models;

    @Inject
    Flash flash;

    @Context
    HttpServletRequest request;

    @GET
    public String list() {
        models.put("authors", authors.all());
        return "authors/list.html";
    }

    @GET
    @Path("new")
    public String newAuthor() {
        requireEditor();
        models.put("form", new AuthorForm("", "", ""));
        return "authors/form.html";
    }

    @POST
    @CsrfProtected
    public Response create(@FormParam("name") String name, @FormParam("slug") String slug,
                           @FormParam("bio") String bio) {
        try {
            Author created = authors.create(actor(), name, slug, bio);
            flash.say("Added the author \u201c" + created.getName() + "\u201d.");
            return backToList(created.getId());
        } catch (InvalidInputException invalid) {
            models.put("problems", FormProblems.of(invalid));
            models.put("form", new AuthorForm(name, slug, bio));
            return Response.ok("authors/form.html").build();
        }
    }

    @GET
    @Path("{id}")
    public String edit(@PathParam("id") long id) {
        requireEditor();
        Author author = authors.get(id);
        models.put("author", author);
        models.put("form", AuthorForm.of(author));
        return "authors/form.html";
    }

    @POST
    @Path("{id}")
    @CsrfProtected
    public Response save(@PathParam("id") long id, @FormParam("version") String version,
                         @FormParam("name") String name, @FormParam("slug") String slug,
                         @FormParam("bio") String bio) {
        try {
            Author saved = authors.edit(actor(), id, FormNumbers.version(version), name, slug, bio);
            flash.say("Saved the author \u201c" + saved.getName() + "\u201d.");
            return backToList(id);
        } catch (InvalidInputException | StaleEditException refused) {
            // the form again, with what was typed; after a stale save, what is saved now beside it,
            // and the current version, so saving again replaces it knowingly
            models.put("author", authors.get(id));
            models.put("form", new AuthorForm(name, slug, bio));
            if (refused instanceof InvalidInputException invalid) {
                models.put("problems", FormProblems.of(invalid));
            } else {
                models.put("stale", true);
                models.put("problems", FormProblems.of(List.of(new FieldProblem("current", refused.getMessage()
                        + " The form shows what you typed, and what is saved now is shown beside it. Save again to replace it."))));
            }
            return Response.ok("authors/form.html").build();
        }
    }

    private Response backToList(long focus) {
        return Response.seeOther(URI.create(request.getContextPath() + "/admin/authors#author-" + focus)).build();
    }

    private void requireEditor() {
        StaffPolicy.requireEditor(staff.getActive(actor()), "edit authors");
    }

    private String actor() {
        return security.getCallerPrincipal().getName();
    }
}

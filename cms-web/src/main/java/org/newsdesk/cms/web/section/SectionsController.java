package org.newsdesk.cms.web.section;

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
import java.util.Map;
import org.newsdesk.cms.section.Section;
import org.newsdesk.cms.section.SectionInUseException;
import org.newsdesk.cms.section.SectionService;
import org.newsdesk.cms.shared.EditorialException;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.shared.InvalidInputException.FieldProblem;
import org.newsdesk.cms.shared.StaleEditException;
import org.newsdesk.cms.staff.StaffPolicy;
import org.newsdesk.cms.staff.StaffService;
import org.newsdesk.cms.web.support.Flash;
import org.newsdesk.cms.web.support.FormNumbers;
import org.newsdesk.cms.web.support.FormProblems;

/**
 * The sections tree: everyone sees it; editors create, rename, move, reorder and delete. Every
 * change is a CSRF-protected POST that answers with a redirect back to a page saying what happened
 * (post/redirect/get), or with the same form again, the editor's input kept and each problem at its
 * field.
 */
@Controller
@Path("sections")
@RequestScoped
public class SectionsController {

    @Inject
    SectionService sections;

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
        models.put("rows", SectionRow.of(sections.tree(), sections.storyCounts()));
        return "sections/list.html";
    }

    @GET
    @Path("new")
    public String newSection() {
        requireEditor();
        models.put("form", new SectionForm("", "", ""));
        return newForm();
    }

    @POST
    @CsrfProtected
    public Response create(@FormParam("name") String name, @FormParam("slug") String slug,
                           @FormParam("parent") String parent) {
        try {
            Section created = sections.create(actor(), name, slug, FormNumbers.idOrNull(parent));
            flash.say("Created the section \u201c" + created.getName() + "\u201d at " + "/" + created.path() + ".");
            return backToList(created.getId());
        } catch (InvalidInputException invalid) {
            models.put("problems", FormProblems.of(invalid));
            models.put("form", new SectionForm(name, slug, parent));
            return Response.ok(newForm()).build();
        }
    }

    @GET
    @Path("{id}")
    public String edit(@PathParam("id") long id) {
        requireEditor();
        Section section = sections.get(id);
        models.put("form", SectionForm.of(section));
        return editForm(section);
    }

    @POST
    @Path("{id}/rename")
    @CsrfProtected
    public Response rename(@PathParam("id") long id, @FormParam("version") String version,
                           @FormParam("name") String name, @FormParam("slug") String slug) {
        try {
            Section renamed = sections.rename(actor(), id, FormNumbers.version(version), name, slug);
            flash.say("Saved the section \u201c" + renamed.getName() + "\u201d; its address is /" + renamed.path() + ".");
            return backToList(id);
        } catch (InvalidInputException | StaleEditException refused) {
            Section section = sections.get(id);
            SectionForm typed = SectionForm.of(section);
            return again(section, new SectionForm(name, slug, typed.getParent()), refused);
        }
    }

    @POST
    @Path("{id}/move")
    @CsrfProtected
    public Response move(@PathParam("id") long id, @FormParam("version") String version,
                         @FormParam("parent") String parent) {
        try {
            Section moved = sections.move(actor(), id, FormNumbers.version(version), FormNumbers.idOrNull(parent));
            flash.say("Moved \u201c" + moved.getName() + "\u201d; its address is now /" + moved.path() + ".");
            return backToList(id);
        } catch (InvalidInputException | StaleEditException refused) {
            Section section = sections.get(id);
            SectionForm current = SectionForm.of(section);
            return again(section, new SectionForm(current.getName(), current.getSlug(), parent), refused);
        }
    }

    @POST
    @Path("{id}/move-up")
    @CsrfProtected
    public Response moveUp(@PathParam("id") long id, @FormParam("version") String version) {
        return reorder(id, version, true);
    }

    @POST
    @Path("{id}/move-down")
    @CsrfProtected
    public Response moveDown(@PathParam("id") long id, @FormParam("version") String version) {
        return reorder(id, version, false);
    }

    @POST
    @Path("{id}/delete")
    @CsrfProtected
    public Response delete(@PathParam("id") long id, @FormParam("version") String version) {
        try {
            Section section = sections.get(id);
            String name = section.getName();
            sections.delete(actor(), id, FormNumbers.version(version));
            flash.say("Deleted the section \u201c" + name + "\u201d.");
            return backToList(null);
        } catch (SectionInUseException | StaleEditException refused) {
            Section section = sections.get(id);
            return again(section, SectionForm.of(section), refused);
        }
    }

    private Response reorder(long id, String version, boolean up) {
        try {
            Section section = up ? sections.moveUp(actor(), id, FormNumbers.version(version))
                    : sections.moveDown(actor(), id, FormNumbers.version(version));
            flash.say("Moved \u201c" + section.getName() + "\u201d " + (up ? "up." : "down."));
        } catch (StaleEditException stale) {
            flash.say(stale.getMessage() + " The list below is the current order.");
        }
        return backToList(id);
    }

    /** The edit page again after a refusal: what the editor typed, and what is saved now. */
    private Response again(Section section, SectionForm typed, EditorialException refusal) {
        List<FieldProblem> problems;
        if (refusal instanceof InvalidInputException invalid) {
            problems = invalid.problems();
        } else if (refusal instanceof SectionInUseException) {
            problems = List.of(new FieldProblem("delete", refusal.getMessage()));
        } else {
            problems = List.of(new FieldProblem("current", refusal.getMessage()
                    + " The form shows what you typed; what is saved now is shown at the top. Save again to replace it."));
            models.put("stale", true);
        }
        models.put("problems", FormProblems.of(problems));
        models.put("form", typed);
        return Response.ok(editForm(section)).build();
    }

    private String newForm() {
        models.put("parents", SectionRow.of(sections.tree(), Map.of()));
        return "sections/new.html";
    }

    private String editForm(Section section) {
        models.put("section", section);
        models.put("label", SectionRow.of(sections.tree(), Map.of()).stream()
                .filter(row -> row.getId().equals(section.getId())).findFirst()
                .map(SectionRow::getLabel).orElse(section.getName()));
        models.put("parents", SectionRow.of(sections.possibleParents(section.getId()), Map.of()));
        models.put("usage", sections.usage(section.getId()));
        return "sections/edit.html";
    }

    /** Back to the tree, scrolled to the section that changed (its row is the fragment's target). */
    private Response backToList(Long focus) {
        String fragment = focus == null ? "" : "#section-" + focus;
        return Response.seeOther(URI.create(request.getContextPath() + "/admin/sections" + fragment)).build();
    }

    /** The forms are for editors; a writer who types their address is refused like a crafted POST. */
    private void requireEditor() {
        StaffPolicy.requireEditor(staff.getActive(actor()), "manage sections");
    }

    private String actor() {
        return security.getCallerPrincipal().getName();
    }
}

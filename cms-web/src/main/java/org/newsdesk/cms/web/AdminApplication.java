package org.newsdesk.cms.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.newsdesk.cms.web.account.AccountController;
import org.newsdesk.cms.web.apitoken.ApiTokensController;
import org.newsdesk.cms.web.article.ArticleEditorController;
import org.newsdesk.cms.web.article.ArticleListController;
import org.newsdesk.cms.web.article.AutosaveController;
import org.newsdesk.cms.web.article.PreviewController;
import org.newsdesk.cms.web.article.RevisionsController;
import org.newsdesk.cms.web.audit.AuditLogController;
import org.newsdesk.cms.web.author.AuthorsController;
import org.newsdesk.cms.web.dashboard.DashboardController;
import org.newsdesk.cms.web.front.FrontsController;
import org.newsdesk.cms.web.importing.ImportsController;
import org.newsdesk.cms.web.media.MediaController;
import org.newsdesk.cms.web.section.SectionsController;
import org.newsdesk.cms.web.security.FormGuard;
import org.newsdesk.cms.web.security.LoginController;
import org.newsdesk.cms.web.staff.StaffController;
import org.newsdesk.cms.web.support.DatabaseOutages;
import org.newsdesk.cms.web.support.EditorialRefusals;
import org.newsdesk.cms.web.webhook.WebhooksController;

/**
 * The editors' admin UI: Jakarta MVC controllers with Thymeleaf views, under {@code /admin}. It
 * lists its classes: an application that lists none gets every {@code @Path} class of the WAR,
 * the content API's resources too, which then answered under {@code /admin/v1/...} (signed in
 * by session, without the API's token filter or problem answers) and appeared twice in
 * {@code /openapi}. A new admin controller goes here; {@code RoleMatrixTest} fails on one that
 * no application serves.
 */
@ApplicationPath("/admin")
public class AdminApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                // controllers
                AccountController.class,
                ApiTokensController.class,
                ArticleEditorController.class,
                ArticleListController.class,
                AuditLogController.class,
                AuthorsController.class,
                AutosaveController.class,
                DashboardController.class,
                FrontsController.class,
                ImportsController.class,
                LoginController.class,
                MediaController.class,
                PreviewController.class,
                RevisionsController.class,
                SectionsController.class,
                StaffController.class,
                WebhooksController.class,
                // filters and exception mappers
                FormGuard.class, EditorialRefusals.NotPermitted.class, EditorialRefusals.NotFound.class,
                DatabaseOutages.Persistence.class, DatabaseOutages.Transactional.class, DatabaseOutages.Ejb.class);
    }
}

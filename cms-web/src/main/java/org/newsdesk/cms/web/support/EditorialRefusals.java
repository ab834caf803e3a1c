package org.newsdesk.cms.web.support;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.newsdesk.cms.shared.NotFoundException;
import org.newsdesk.cms.shared.NotPermittedException;

/**
 * Refusals from the services that no form can fix, answered with the status alone so the
 * container shows its own 403 or 404 page (web.xml): no exception text reaches the browser.
 */
public final class EditorialRefusals {

    private EditorialRefusals() {
    }

    @Provider
    public static class NotPermitted implements ExceptionMapper<NotPermittedException> {
        @Override
        public Response toResponse(NotPermittedException refusal) {
            return Response.status(Response.Status.FORBIDDEN).build();
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException missing) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
    }
}

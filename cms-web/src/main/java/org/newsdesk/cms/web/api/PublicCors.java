package org.newsdesk.cms.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * The public read API may be read from any web page (CORS), for GET alone: it holds what the public
 * site shows anyway and no credentials are involved. Nothing else of the API is open to other
 * origins, so a page elsewhere cannot use a token it does not have, nor a session.
 */
public class PublicCors implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!ApiApplication.isPublic(request.getUriInfo().getPath())) {
            return;
        }
        response.getHeaders().putSingle("Access-Control-Allow-Origin", "*");
        response.getHeaders().putSingle("Access-Control-Expose-Headers", "ETag, Link");
        if ("OPTIONS".equals(request.getMethod())) {
            response.getHeaders().putSingle("Access-Control-Allow-Methods", "GET, HEAD");
            // a page revalidating what it read sends If-None-Match: a preflight must allow it
            response.getHeaders().putSingle("Access-Control-Allow-Headers", "If-None-Match, Accept");
            response.getHeaders().putSingle("Access-Control-Max-Age", "86400");
        }
    }
}

package org.newsdesk.cms.web.webhook;

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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.time.PublicationTime;
import org.newsdesk.cms.webhook.WebhookDelivery;
import org.newsdesk.cms.webhook.WebhookEndpoint;
import org.newsdesk.cms.webhook.WebhookEventType;
import org.newsdesk.cms.webhook.Webhooks;
import org.newsdesk.cms.web.support.Flash;
import org.newsdesk.cms.web.support.FormProblems;

/** Webhook endpoints and their delivery logs; the service allows administrators only. */
@Controller
@Path("webhooks")
@RequestScoped
public class WebhooksController {

    @Inject
    Webhooks webhooks;

    @Inject
    SecurityContext security;

    @Inject
    PublicationTime time;

    @Inject
    Models models;

    @Inject
    Flash flash;

    @Context
    HttpServletRequest request;

    public record EndpointRow(long id, String url, String events, String since) {
    }

    public record DeliveryRow(long id, String event, String eventId, String created, String status, int attempts,
                              String responseCode, String lastAttempt, String nextAttempt, String error) {
    }

    @GET
    public String list() {
        return listPage();
    }

    @POST
    @CsrfProtected
    public Response register(@FormParam("url") String url, @FormParam("events") List<String> events,
                             @FormParam("secret") String secret) {
        Set<WebhookEventType> wanted = EnumSet.noneOf(WebhookEventType.class);
        if (events != null) {
            events.forEach(name -> WebhookEventType.ofName(name).ifPresent(wanted::add));
        }
        try {
            WebhookEndpoint endpoint = webhooks.register(me(), url, wanted, secret);
            flash.say("Webhook added: Newsdesk POSTs the events you chose to it, signed with its secret.");
            return toEndpoint(endpoint.getId());
        } catch (InvalidInputException invalid) {
            models.put("problems", FormProblems.of(invalid));
            models.put("typedUrl", url);
            models.put("typedEvents", wanted.stream().map(Enum::name).toList());
            return Response.ok(listPage()).build();
        }
    }

    @GET
    @Path("{id:[0-9]+}")
    public String endpoint(@PathParam("id") long id) {
        WebhookEndpoint endpoint = webhooks.endpoint(me(), id);
        models.put("endpoint", row(endpoint));
        models.put("deliveries", webhooks.deliveries(me(), id).stream().map(this::row).toList());
        return "webhooks/endpoint.html";
    }

    @POST
    @Path("{id:[0-9]+}/remove")
    @CsrfProtected
    public Response remove(@PathParam("id") long id) {
        webhooks.remove(me(), id);
        flash.say("Webhook removed: nothing more is sent to it.");
        return Response.seeOther(URI.create(request.getContextPath() + "/admin/webhooks")).build();
    }

    @POST
    @Path("{id:[0-9]+}/deliveries/{delivery:[0-9]+}/redeliver")
    @CsrfProtected
    public Response redeliver(@PathParam("id") long id, @PathParam("delivery") long delivery) {
        if (webhooks.redeliver(me(), id, delivery).isPresent()) {
            flash.say("Sending it again, as a new delivery with the same event id.");
        } else {
            flash.say("This webhook was removed: nothing more is sent to it, so it cannot redeliver.");
        }
        return toEndpoint(id);
    }

    private String listPage() {
        models.put("endpoints", webhooks.endpoints(me()).stream().map(this::row).toList());
        models.put("eventTypes", List.of(WebhookEventType.values()));
        if (models.get("typedEvents") == null) {
            models.put("typedEvents", List.of());
        }
        return "webhooks/list.html";
    }

    private EndpointRow row(WebhookEndpoint endpoint) {
        return new EndpointRow(endpoint.getId(), endpoint.getUrl(),
                String.join(", ", endpoint.getEvents().stream().map(WebhookEventType::label).toList()),
                time.display(endpoint.getCreatedAt()));
    }

    private DeliveryRow row(WebhookDelivery d) {
        return new DeliveryRow(d.getId(), d.getEventType(), d.getEventId(), time.display(d.getCreatedAt()), d.getStatus().name(),
                d.getAttempts(), d.getResponseCode().map(String::valueOf).orElse("none"),
                d.getLastAttemptAt().map(time::display).orElse("not yet"),
                d.getStatus() == WebhookDelivery.Status.PENDING ? time.display(d.getNextAttemptAt()) : null,
                d.getLastError().orElse(null));
    }

    private Response toEndpoint(long id) {
        return Response.seeOther(URI.create(request.getContextPath() + "/admin/webhooks/" + id)).build();
    }

    private String me() {
        return security.getCallerPrincipal().getName();
    }
}

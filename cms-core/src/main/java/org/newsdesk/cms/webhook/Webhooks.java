package org.newsdesk.cms.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleRepository;
import org.newsdesk.cms.shared.Change.Action;
import org.newsdesk.cms.shared.Change.Subject;
import org.newsdesk.cms.shared.Changes;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.shared.InvalidInputException.FieldProblem;
import org.newsdesk.cms.shared.NotFoundException;
import org.newsdesk.cms.staff.StaffMember;
import org.newsdesk.cms.staff.StaffPolicy;
import org.newsdesk.cms.staff.StaffService;
import org.newsdesk.cms.text.Characters;
import org.newsdesk.cms.time.PublicationTime;

/**
 * Registering endpoints (administrators only), recording a delivery for each endpoint that wants
 * an event, and the two halves of an attempt: claiming it, and writing down how it went.
 */
@ApplicationScoped
@Transactional
public class Webhooks {

    public static final int SECRET_SHORTEST = 16;
    /** How long one instance holds a claimed attempt before another may try: longer than any attempt takes. */
    static final Duration LEASE = Duration.ofSeconds(60);
    /** The error written on the pending deliveries of an endpoint when it is removed. */
    static final String REMOVED = "The webhook was removed before this was delivered.";

    @Inject
    WebhookRepository repository;

    @Inject
    ArticleRepository articles;

    @Inject
    StaffService staff;

    @Inject
    WebhookLinks links;

    @Inject
    PublicationTime time;

    @Inject
    Clock clock;

    @Inject
    Changes changes;

    @Inject
    @ConfigProperty(name = "cms.webhooks.allow-private-targets", defaultValue = "false")
    boolean allowPrivateTargets;

    /** What one attempt needs, read in the claiming transaction and sent outside any. */
    public record Attempt(long deliveryId, long claimedVersion, String url, String secret, String eventId, String payload) {
        @Override
        public String toString() {
            return "Attempt[" + deliveryId + " to " + url + "]"; // never the secret
        }
    }

    public WebhookEndpoint register(String actor, String url, Set<WebhookEventType> events, String secret) {
        StaffMember admin = admin(actor);
        String cleanUrl = Characters.field(url);
        String cleanSecret = Characters.field(secret);
        List<FieldProblem> problems = new ArrayList<>();
        if (cleanUrl.isEmpty()) {
            problems.add(new FieldProblem("url", "Enter the URL that receives the webhooks."));
        } else if (cleanUrl.length() > 2000) {
            problems.add(new FieldProblem("url", "The URL can have at most 2000 characters."));
        } else {
            WebhookTargets.refusal(cleanUrl, allowPrivateTargets).ifPresent(why -> problems.add(new FieldProblem("url", why)));
        }
        if (events == null || events.isEmpty()) {
            problems.add(new FieldProblem("events", "Choose at least one event."));
        }
        if (cleanSecret.length() < SECRET_SHORTEST || cleanSecret.length() > 200) {
            problems.add(new FieldProblem("secret", "The secret needs " + SECRET_SHORTEST + " to 200 characters."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        WebhookEndpoint endpoint = new WebhookEndpoint(cleanUrl, events, cleanSecret, admin, clock.instant());
        repository.add(endpoint);
        changes.announce(admin.asActor(), Action.WEBHOOK_ADDED, Subject.account(admin.getId(), admin.getUsername()), cleanUrl);
        return endpoint;
    }

    public void remove(String actor, long endpointId) {
        StaffMember admin = admin(actor);
        WebhookEndpoint endpoint = endpoint(endpointId);
        if (!endpoint.isRemoved()) {
            endpoint.remove(clock.instant());
            repository.giveUpPending(endpoint, REMOVED);
            changes.announce(admin.asActor(), Action.WEBHOOK_REMOVED, Subject.account(admin.getId(), admin.getUsername()),
                    endpoint.getUrl());
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WebhookEndpoint> endpoints(String actor) {
        admin(actor);
        return repository.activeEndpoints();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookEndpoint endpoint(String actor, long endpointId) {
        admin(actor);
        return endpoint(endpointId);
    }

    /** The endpoint's latest deliveries, newest first: its delivery log. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WebhookDelivery> deliveries(String actor, long endpointId) {
        admin(actor);
        return repository.deliveries(endpoint(endpointId), 50);
    }

    /**
     * Sends the delivery's event again, as a new delivery with the same event id: empty when its
     * endpoint was removed (nothing more is sent to a removed endpoint).
     */
    public Optional<WebhookDelivery> redeliver(String actor, long endpointId, long deliveryId) {
        admin(actor);
        WebhookDelivery delivery = repository.findDelivery(deliveryId)
                .filter(d -> d.getEndpoint().getId() == endpointId)
                .orElseThrow(() -> new NotFoundException("Delivery", deliveryId));
        if (delivery.getEndpoint().isRemoved()) {
            return Optional.empty();
        }
        WebhookDelivery again = delivery.again(clock.instant());
        repository.add(again);
        return Optional.of(again);
    }

    /**
     * Records a delivery of the event for each endpoint that wants it. Called once the change has
     * committed; the deliveries are in the database before anyone is called.
     *
     * @return how many deliveries were recorded
     */
    public int record(WebhookEventType type, long articleId, Instant at) {
        List<WebhookEndpoint> wanting = repository.activeEndpoints().stream().filter(e -> e.wants(type)).toList();
        if (wanting.isEmpty()) {
            return 0;
        }
        Optional<Article> article = articles.find(articleId);
        String eventId = UUID.randomUUID().toString();
        JsonObjectBuilder story = Builders.JSON.createObjectBuilder().add("id", articleId).add("apiUrl", links.apiUrl(articleId));
        article.ifPresent(a -> {
            story.add("headline", a.getLiveRevision().map(live -> live.getHeadline()).orElse(a.getHeadline()));
            story.add("status", a.getStatus().name());
            links.publicUrl(a).ifPresentOrElse(url -> story.add("url", url), () -> story.addNull("url"));
        });
        String payload = Builders.JSON.createObjectBuilder().add("id", eventId).add("type", type.type()).add("createdAt", time.iso(at))
                .add("article", story).build().toString();
        Instant now = clock.instant();
        for (WebhookEndpoint endpoint : wanting) {
            repository.add(new WebhookDelivery(endpoint, eventId, type.type(), payload, now));
        }
        return wanting.size();
    }

    public List<Long> due(int maximum) {
        return repository.dueDeliveryIds(clock.instant(), maximum);
    }

    /** Takes the delivery for one attempt, if no other instance has: empty when it is not this one's to make. */
    public Optional<Attempt> claim(long deliveryId) {
        Instant now = clock.instant();
        return repository.findDelivery(deliveryId)
                .filter(d -> d.getStatus() == WebhookDelivery.Status.PENDING && !d.getNextAttemptAt().isAfter(now))
                .filter(d -> !d.getEndpoint().isRemoved())
                .filter(d -> repository.claim(d.getId(), d.getVersion(), now, now.plus(LEASE)))
                // the claim's update added one to the version: the outcome is written only at that version
                .map(d -> new Attempt(d.getId(), d.getVersion() + 1, d.getEndpoint().getUrl(), d.getEndpoint().getSecret(),
                        d.getEventId(), d.getPayload()));
    }

    /**
     * How the attempt went: a 2xx delivers it; anything else waits for the next attempt (or gives
     * up). Written only while the claim is still this attempt's (the delivery at the version the
     * claim left): not when the lease ran out and another instance claimed it, nor when the
     * endpoint was removed meanwhile.
     *
     * @return whether the outcome was written
     */
    public boolean recordOutcome(Attempt attempt, Integer responseCode, String error) {
        Optional<WebhookDelivery> claimed = repository.findDelivery(attempt.deliveryId())
                .filter(d -> d.getVersion() == attempt.claimedVersion() && d.getStatus() == WebhookDelivery.Status.PENDING);
        if (claimed.isEmpty()) {
            return false;
        }
        WebhookDelivery delivery = claimed.get();
        Instant now = clock.instant();
        if (responseCode != null && responseCode >= 200 && responseCode < 300) {
            delivery.succeeded(responseCode, now);
        } else {
            delivery.failed(responseCode, error, now);
        }
        return true;
    }

    boolean allowsPrivateTargets() {
        return allowPrivateTargets;
    }

    private WebhookEndpoint endpoint(long endpointId) {
        return repository.findEndpoint(endpointId).orElseThrow(() -> new NotFoundException("Webhook", endpointId));
    }

    private StaffMember admin(String actor) {
        StaffMember member = staff.getActive(actor);
        StaffPolicy.requireAdministrator(member, "manage webhooks");
        return member;
    }

    /**
     * One factory for the class ({@code Json.createObjectBuilder()} looks the provider up on the
     * class path on every call), made when first used, so that loading the class needs no provider.
     */
    private static final class Builders {
        static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
    }
}

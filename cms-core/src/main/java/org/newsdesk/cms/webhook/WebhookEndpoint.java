package org.newsdesk.cms.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsdesk.cms.staff.StaffMember;

/**
 * Where Newsdesk tells a partner about changes. The secret is kept as it is: it signs every
 * delivery, so it must be readable (unlike a token, which only has to be recognised).
 */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_endpoint_seq")
    @SequenceGenerator(name = "webhook_endpoint_seq", sequenceName = "webhook_endpoint_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, updatable = false)
    private String url;

    /** The wanted event types' names, comma-separated. */
    @Column(nullable = false, updatable = false)
    private String events;

    @Column(nullable = false, updatable = false)
    private String secret;

    @ManyToOne(optional = false)
    @JoinColumn(name = "created_by", updatable = false)
    private StaffMember createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "removed_at")
    private Instant removedAt;

    protected WebhookEndpoint() {
        // for JPA
    }

    WebhookEndpoint(String url, Set<WebhookEventType> events, String secret, StaffMember createdBy, Instant createdAt) {
        this.url = Objects.requireNonNull(url);
        this.events = events.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.secret = Objects.requireNonNull(secret);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public boolean wants(WebhookEventType type) {
        return removedAt == null && getEvents().contains(type);
    }

    void remove(Instant now) {
        if (removedAt == null) {
            removedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public String getUrl() {
        return url;
    }

    public Set<WebhookEventType> getEvents() {
        Set<WebhookEventType> wanted = EnumSet.noneOf(WebhookEventType.class);
        Arrays.stream(events.split(",")).map(WebhookEventType::ofName).forEach(e -> e.ifPresent(wanted::add));
        return wanted;
    }

    String getSecret() {
        return secret;
    }

    public StaffMember getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isRemoved() {
        return removedAt != null;
    }
}

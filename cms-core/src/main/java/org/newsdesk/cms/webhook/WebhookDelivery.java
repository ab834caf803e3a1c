package org.newsdesk.cms.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One event for one endpoint: its payload as it will be sent every time (the same event id, so
 * that a receiver can tell a retry from a new event), and how its attempts went.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    /** How long a delivery is tried before it is given up. */
    public static final Duration GIVEN_UP_AFTER = Duration.ofHours(24);
    /** The wait after the first failed attempt; it doubles after each, up to {@link #LONGEST_WAIT}. */
    static final Duration FIRST_WAIT = Duration.ofSeconds(5);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);

    public enum Status { PENDING, DELIVERED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_delivery_seq")
    @SequenceGenerator(name = "webhook_delivery_seq", sequenceName = "webhook_delivery_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "endpoint_id", updatable = false)
    private WebhookEndpoint endpoint;

    @Column(name = "event_id", nullable = false, updatable = false)
    private String eventId;

    @Column(name = "event_type", nullable = false, updatable = false)
    private String eventType;

    @Column(nullable = false, updatable = false)
    private String payload;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "response_code")
    private Integer responseCode;

    @Column(name = "last_error")
    private String lastError;

    protected WebhookDelivery() {
        // for JPA
    }

    WebhookDelivery(WebhookEndpoint endpoint, String eventId, String eventType, String payload, Instant now) {
        this.endpoint = Objects.requireNonNull(endpoint);
        this.eventId = Objects.requireNonNull(eventId);
        this.eventType = Objects.requireNonNull(eventType);
        this.payload = Objects.requireNonNull(payload);
        this.createdAt = now;
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
    }

    /** The same event sent again, as a delivery of its own (the log keeps the first). */
    WebhookDelivery again(Instant now) {
        return new WebhookDelivery(endpoint, eventId, eventType, payload, now);
    }

    void succeeded(int code, Instant now) {
        attempts++;
        lastAttemptAt = now;
        responseCode = code;
        lastError = null;
        status = Status.DELIVERED;
    }

    void failed(Integer code, String error, Instant now) {
        attempts++;
        lastAttemptAt = now;
        responseCode = code;
        lastError = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
        Instant next = now.plus(waitAfter(attempts));
        if (next.isAfter(createdAt.plus(GIVEN_UP_AFTER))) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = next;
        }
    }

    /** 5 s, 10 s, 20 s ... doubling to an hour: quick for a blip, patient for an outage. */
    static Duration waitAfter(int attempts) {
        Duration wait = FIRST_WAIT;
        for (int i = 1; i < attempts && wait.compareTo(LONGEST_WAIT) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public WebhookEndpoint getEndpoint() {
        return endpoint;
    }

    public String getEventId() {
        return eventId;
    }

    public String getEventType() {
        return eventType;
    }

    public String getPayload() {
        return payload;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<Instant> getLastAttemptAt() {
        return Optional.ofNullable(lastAttemptAt);
    }

    public Optional<Integer> getResponseCode() {
        return Optional.ofNullable(responseCode);
    }

    public Optional<String> getLastError() {
        return Optional.ofNullable(lastError);
    }
}

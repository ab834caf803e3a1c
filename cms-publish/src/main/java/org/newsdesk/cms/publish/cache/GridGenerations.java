package org.newsdesk.cms.publish.cache;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Tells every instance of the cluster about new generations, and waits until each has taken them.
 *
 * <p>A renewal goes out on a data grid topic (plain strings: no class of ours ever has to be
 * loaded by the grid); each instance running Newsdesk takes the generations into its own memory,
 * then answers on a second topic. {@link #announce} returns when every instance registered here
 * that is still a member of the cluster has answered; an instance that leaves meanwhile is not
 * waited for (it has no readers), one that joins later reads the generations from JCache. An
 * instance that does not answer within {@value #CONFIRM_SECONDS} s is named in a WARNING: its
 * readers may see the old pages until they expire.
 *
 * <p>The grid's own near caches are no substitute: their invalidation is asynchronous, with no
 * way to know when every instance has it.
 */
final class GridGenerations {

    static final String JNDI_NAME = "payara/Hazelcast";
    static final long CONFIRM_SECONDS = 10;
    private static final Logger LOG = Logger.getLogger(GridGenerations.class.getName());

    private final HazelcastInstance grid;
    private final ITopic<String> renewals;
    private final ITopic<String> confirmations;
    /** The instances running Newsdesk's page cache, by grid member: the only ones that answer. */
    private final IMap<String, String> instances;
    private final String self;
    private final Consumer<Map<String, Long>> adopt;
    private final ManagedExecutorService executor;
    private final Map<String, Waiting> waiting = new ConcurrentHashMap<>();
    private final UUID renewalListener;
    private final UUID confirmationListener;

    private record Waiting(Set<String> instances, CompletableFuture<Void> confirmed) {
    }

    GridGenerations(HazelcastInstance grid, Consumer<Map<String, Long>> adopt, ManagedExecutorService executor) {
        this.grid = grid;
        this.adopt = adopt;
        this.executor = executor;
        this.renewals = grid.getTopic("newsdesk-page-generations");
        this.confirmations = grid.getTopic("newsdesk-page-generations-taken");
        this.instances = grid.getMap("newsdesk-page-cache-instances");
        this.self = grid.getCluster().getLocalMember().getUuid().toString();
        // listen first, then say so: whoever waits for this instance from now on gets an answer
        this.confirmationListener = confirmations.addMessageListener(this::confirmed);
        this.renewalListener = renewals.addMessageListener(this::renewed);
        instances.put(self, String.valueOf(grid.getCluster().getLocalMember().getAddress()));
    }

    /** Sends the generations to every instance (this one included) and waits until all have them. */
    void announce(Map<String, Long> renewed) {
        String id = UUID.randomUUID().toString();
        Set<String> members = members();
        Set<String> expected = new HashSet<>(instances.keySet());
        expected.retainAll(members);
        Waiting wait = new Waiting(ConcurrentHashMap.newKeySet(), new CompletableFuture<>());
        wait.instances().addAll(expected);
        waiting.put(id, wait);
        try {
            StringBuilder message = new StringBuilder(id);
            renewed.forEach((group, generation) -> message.append('\n').append(group).append('\t').append(generation));
            // on a managed thread, as every grid call of the page cache (see PageCache.Shared)
            executor.submit(() -> renewals.publish(message.toString())).get();
            if (!wait.instances().isEmpty()) {
                wait.confirmed().get(CONFIRM_SECONDS, TimeUnit.SECONDS);
            }
        } catch (TimeoutException late) {
            Set<String> silent = new HashSet<>(wait.instances());
            silent.retainAll(members());
            if (!silent.isEmpty()) {
                LOG.warning("Page cache: instance(s) " + silent.stream().map(instances::get).collect(Collectors.joining(", "))
                        + " did not confirm the eviction of " + renewed.keySet() + " within " + CONFIRM_SECONDS
                        + " s; their readers may see the old pages for up to " + PageCache.MINUTES_KEPT + " minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, "Page cache: could not announce the eviction of " + renewed.keySet()
                    + " to the other instances; their readers may see the old pages for up to " + PageCache.MINUTES_KEPT + " minutes", e);
        } finally {
            waiting.remove(id);
        }
    }

    /**
     * Whether this instance is the data grid's only member: then no other instance can have kept a
     * page, and none can ask for one this instance keeps (a member that joins later renders its own).
     */
    boolean alone() {
        return grid.getCluster().getMembers().size() <= 1;
    }

    private Set<String> members() {
        return grid.getCluster().getMembers().stream().map(Member::getUuid).map(UUID::toString).collect(Collectors.toSet());
    }

    private void renewed(Message<String> message) {
        String[] lines = message.getMessageObject().split("\n");
        Map<String, Long> renewed = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int tab = lines[i].lastIndexOf('\t');
            renewed.put(lines[i].substring(0, tab), Long.parseLong(lines[i].substring(tab + 1)));
        }
        adopt.accept(renewed);
        confirmations.publish(lines[0] + "\t" + self);
    }

    private void confirmed(Message<String> message) {
        String text = message.getMessageObject();
        int tab = text.indexOf('\t');
        Waiting wait = waiting.get(text.substring(0, tab));
        if (wait != null) {
            wait.instances().remove(text.substring(tab + 1));
            if (wait.instances().isEmpty()) {
                wait.confirmed().complete(null);
            }
        }
    }

    /** Stops answering: a stopping instance is no longer waited for. */
    void leave() {
        try {
            instances.remove(self);
            renewals.removeMessageListener(renewalListener);
            confirmations.removeMessageListener(confirmationListener);
        } catch (RuntimeException gridAlreadyGone) {
            LOG.log(Level.FINE, "Page cache: the data grid stopped first", gridAlreadyGone);
        }
    }
}

package org.newsdesk.cms.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.shared.Change;
import org.newsdesk.cms.shared.Change.Action;
import org.newsdesk.cms.shared.Change.Subject;
import org.newsdesk.cms.staff.SignInAttempt;

/**
 * The observer between a committed change and its line: it hands the line the request's address,
 * and a line that cannot be written is one warning in the log, never an error for the editor
 * whose change has already committed (which transaction phase it runs in, the container tests show).
 */
class AuditRecorderTest {

    private static final Change PUBLISHED = new Change(new Change.Actor.Staff("eddie", "Eddie Editor"), Action.PUBLISHED,
            Subject.story(7, "Council approves budget"), null, Instant.parse("2021-12-15T17:49:00Z"));

    private final Logger logger = Logger.getLogger(AuditRecorder.class.getName());
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final List<String> written = new ArrayList<>();
    private final AuditRecorder recorder = new AuditRecorder();

    AuditRecorderTest() {
        logger.addHandler(handler);
        recorder.origin = new RequestOrigin();
    }

    @AfterEach
    void detach() {
        logger.removeHandler(handler);
    }

    @Test
    void theLineCarriesTheAddressTheRequestCameFrom() {
        recorder.log = new AuditLog() {
            @Override
            public void record(Change change, String address) {
                written.add(change.action() + " from " + address);
            }
        };
        recorder.origin.cameFrom("203.0.113.7");

        recorder.changed(PUBLISHED);

        assertThat(written).containsExactly("PUBLISHED from 203.0.113.7");
        assertThat(logged).isEmpty();
    }

    @Test
    void aLineThatCannotBeWrittenIsOneWarningAndTheChangeStands() {
        recorder.log = new AuditLog() {
            @Override
            public void record(Change change, String address) {
                throw new IllegalStateException("the database refused the line");
            }

            @Override
            public void record(SignInAttempt attempt) {
                throw new IllegalStateException("the database refused the line");
            }
        };

        assertThatCode(() -> recorder.changed(PUBLISHED)).doesNotThrowAnyException();
        assertThatCode(() -> recorder.signInAttempted(new SignInAttempt("eddie", SignInAttempt.Outcome.REFUSED,
                "203.0.113.7", PUBLISHED.at()))).doesNotThrowAnyException();

        assertThat(logged).hasSize(2).allSatisfy(record -> assertThat(record.getLevel()).isEqualTo(Level.WARNING));
        assertThat(logged.get(0).getMessage()).startsWith("The audit log could not record Change[");
    }
}

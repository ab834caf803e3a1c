package org.newsdesk.cms.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class InstanceNameTest {

    @Test
    void theConfiguredNameComesFirst() {
        assertThat(InstanceName.resolve(Optional.of("a"), Optional.of("instance1"), () -> "host")).isEqualTo("a");
    }

    @Test
    void aPayaraServerInstanceKeepsItsOwnName() {
        assertThat(InstanceName.resolve(Optional.of(" "), Optional.of("instance1"), () -> "host")).isEqualTo("instance1");
    }

    @Test
    void payaraMicrosFixedNameGivesWayToTheHostName() {
        assertThat(InstanceName.resolve(Optional.empty(), Optional.of("server"), () -> "newsdesk-2")).isEqualTo("newsdesk-2");
    }
}

package org.newsdesk.cms.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleTest {

    private static final Instant CREATED = Instant.parse("2021-01-04T09:00:00Z");

    @Test
    void adminIncludesEditorAndWriter() {
        assertThat(Role.ADMIN.includes(Role.EDITOR)).isTrue();
        assertThat(Role.ADMIN.includes(Role.WRITER)).isTrue();
        assertThat(Role.ADMIN.includes(Role.ADMIN)).isTrue();
    }

    @Test
    void editorIncludesWriterButNotAdmin() {
        assertThat(Role.EDITOR.includes(Role.WRITER)).isTrue();
        assertThat(Role.EDITOR.includes(Role.EDITOR)).isTrue();
        assertThat(Role.EDITOR.includes(Role.ADMIN)).isFalse();
    }

    @Test
    void writerIncludesNeitherEditorNorAdmin() {
        assertThat(Role.WRITER.includes(Role.WRITER)).isTrue();
        assertThat(Role.WRITER.includes(Role.EDITOR)).isFalse();
        assertThat(Role.WRITER.includes(Role.ADMIN)).isFalse();
    }

    @Test
    void editorEffectivelyHoldsWriterAndEditor() {
        StaffMember editor = new StaffMember("edith", "Edith", "hash", Set.of(Role.EDITOR), CREATED);

        assertThat(editor.effectiveRoles()).containsExactlyInAnyOrder(Role.WRITER, Role.EDITOR);
        assertThat(editor.can(Role.ADMIN)).isFalse();
    }

    @Test
    void adminEffectivelyHoldsEveryRole() {
        StaffMember admin = new StaffMember("adam", "Adam", "hash", Set.of(Role.ADMIN), CREATED);

        assertThat(admin.effectiveRoles()).isEqualTo(EnumSet.allOf(Role.class));
    }

    @Test
    void writerEffectivelyHoldsOnlyWriter() {
        StaffMember writer = new StaffMember("wanda", "Wanda", "hash", Set.of(Role.WRITER), CREATED);

        assertThat(writer.effectiveRoles()).containsExactly(Role.WRITER);
    }

    @Test
    void deactivatedMemberHoldsNoRoleAtAll() {
        StaffMember admin = new StaffMember("adam", "Adam", "hash", Set.of(Role.ADMIN), CREATED);

        admin.deactivate();

        assertThat(admin.isActive()).isFalse();
        assertThat(admin.effectiveRoles()).isEmpty();
        assertThat(admin.can(Role.WRITER)).isFalse();
        assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
    }
}

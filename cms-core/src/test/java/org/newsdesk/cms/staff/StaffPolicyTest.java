package org.newsdesk.cms.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.shared.NotPermittedException;

/** Who may manage staff, and the lock-out protection: domain rules only. */
class StaffPolicyTest {

    private static final Instant CREATED = Instant.parse("2021-01-04T09:00:00Z");

    private final StaffMember chief = member("chief", Role.ADMIN);
    private final StaffMember deputy = member("deputy", Role.ADMIN);
    private final StaffMember editor = member("edith", Role.EDITOR);

    private static StaffMember member(String username, Role role) {
        return new StaffMember(username, username.toUpperCase(), "hash", Set.of(role), CREATED);
    }

    @Test
    void onlyAnActiveAdminManagesStaff() {
        assertThatCode(() -> StaffPolicy.requireAdministrator(chief, "create staff accounts")).doesNotThrowAnyException();
        assertThatThrownBy(() -> StaffPolicy.requireAdministrator(editor, "create staff accounts"))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("Only admins can create staff accounts.");

        deputy.deactivate();
        assertThatThrownBy(() -> StaffPolicy.requireAdministrator(deputy, "reset passwords"))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void anAdminCannotDeactivateThemselves() {
        assertThatThrownBy(() -> StaffPolicy.requireMayDeactivate(chief, chief))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.problems()).singleElement()
                            .satisfies(p -> assertThat(p.field()).isEqualTo("deactivate"));
                    assertThat(refused.getMessage()).contains("lock yourself out");
                });
        // the same account loaded twice (two requests) is still the same person
        assertThatThrownBy(() -> StaffPolicy.requireMayDeactivate(chief, member("chief", Role.ADMIN)))
                .isInstanceOf(InvalidInputException.class);
        assertThatCode(() -> StaffPolicy.requireMayDeactivate(chief, deputy)).doesNotThrowAnyException();
    }

    @Test
    void anAdminCannotGiveUpTheirOwnAdminRoleButCanDemoteAnotherAdmin() {
        assertThatThrownBy(() -> StaffPolicy.requireMayAssign(chief, chief, EnumSet.of(Role.EDITOR)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("role")));
        assertThatThrownBy(() -> StaffPolicy.requireMayAssign(chief, chief, EnumSet.of(Role.WRITER, Role.EDITOR)))
                .isInstanceOf(InvalidInputException.class);

        assertThatCode(() -> StaffPolicy.requireMayAssign(chief, chief, EnumSet.of(Role.ADMIN))).doesNotThrowAnyException();
        assertThatCode(() -> StaffPolicy.requireMayAssign(chief, deputy, EnumSet.of(Role.WRITER))).doesNotThrowAnyException();
    }

    @Test
    void rolesAndActiveStateChangeOnlyThroughTheirOwnMethods() {
        editor.assignRoles(EnumSet.of(Role.ADMIN));
        assertThat(editor.effectiveRoles()).isEqualTo(EnumSet.allOf(Role.class));

        editor.deactivate();
        assertThat(editor.can(Role.WRITER)).isFalse();
        editor.reactivate();
        assertThat(editor.can(Role.ADMIN)).as("comes back with the roles it had").isTrue();

        editor.rename("Edith Desk");
        assertThat(editor.getDisplayName()).isEqualTo("Edith Desk");
        assertThatThrownBy(() -> editor.assignRoles(EnumSet.noneOf(Role.class))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> editor.rename(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}

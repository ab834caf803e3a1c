package org.newsdesk.cms.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @Test
    void refusesElevenCharacters() {
        assertThat(PasswordPolicy.problemWith("abcdefghijk"))
                .hasValueSatisfying(problem -> assertThat(problem).contains("at least 12"));
    }

    @Test
    void refusesNoPasswordAtAll() {
        assertThat(PasswordPolicy.problemWith(null)).isPresent();
        assertThat(PasswordPolicy.problemWith("")).isPresent();
    }

    @Test
    void acceptsTwelveCharacters() {
        assertThat(PasswordPolicy.problemWith("abcdefghijkl")).isEmpty();
    }

    @Test
    void acceptsExactlyTheMaximumOf128() {
        assertThat(PasswordPolicy.problemWith("x".repeat(128))).isEmpty();
    }

    @Test
    void refuses129Characters() {
        assertThat(PasswordPolicy.problemWith("x".repeat(129)))
                .hasValueSatisfying(problem -> assertThat(problem).contains("at most 128"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"            ", "\t\t\t\t\t\t\t\t\t\t\t\t", "      \n     "})
    void refusesTwelveCharactersOfOnlySpaces(String password) {
        assertThat(password).hasSize(12);
        assertThat(PasswordPolicy.problemWith(password))
                .hasValueSatisfying(problem -> assertThat(problem).contains("only spaces"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery staple", "aaaaaaaaaaaa", "  twelve ch  ", "пароль-пароль"})
    void hasNoCompositionRulesOnlyLength(String password) {
        assertThat(PasswordPolicy.problemWith(password)).isEmpty();
    }
}

package org.newsdesk.cms.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

class CharactersTest {

    @Test
    void wordsLineBreakBecomesASpaceAndANulIsDropped() {
        assertThat(Characters.clean("Budget passes\u000Bafter all-night session")).isEqualTo("Budget passes after all-night session");
        assertThat(Characters.clean("Council\u0000 votes")).isEqualTo("Council votes");
    }

    @Test
    void lineEndsAreOneCharacterSoAnUnchangedFormSavesTheSameBytes() {
        assertThat(Characters.clean("<p>One</p>\r\n<p>Two</p>\r<p>Three</p>")).isEqualTo("<p>One</p>\n<p>Two</p>\n<p>Three</p>");
    }

    @Test
    void accentsTypedOrPastedAreOneSpelling() {
        assertThat(Characters.clean("Cafe\u0301 owner")).isEqualTo("Caf\u00E9 owner");
    }

    @Test
    void whatReadersSeeIsKept() {
        String text = "Tab\tand line\nend, \u201Cquotes\u201D, \u2014 dashes, emoji \uD83D\uDCF0, Arabic \u0645\u0631\u062D\u0628\u0627";
        assertThat(Characters.clean(text)).isSameAs(text);
        assertThat(Characters.clean(null)).isNull();
    }

    @Test
    void aBrokenSurrogateAndNonCharactersAreDropped() {
        assertThat(Characters.clean("a\uD83Db\uDCF0c\uFFFEd\uFFFF")).isEqualTo("abcd");
        assertThat(Characters.clean("C1\u0085 control")).isEqualTo("C1 control");
    }

    @Property(tries = 2000)
    void cleanTextIsAlwaysLegalXmlAndStaysAsItIs(@ForAll @StringLength(max = 60)
                                                 @CharRange(from = '\u0000', to = '\u00FF')
                                                 @CharRange(from = '\uD800', to = '\uDFFF')
                                                 @CharRange(from = '\uFFF0', to = '\uFFFF')
                                                 @Chars({'e', '\u0301', '\r', '\n'}) String typed) throws Exception {
        String clean = Characters.clean(typed);
        assertThat(Characters.clean(clean)).isEqualTo(clean);
        String xml = "<t>" + clean.replace("&", "&amp;").replace("<", "&lt;") + "</t>";
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}

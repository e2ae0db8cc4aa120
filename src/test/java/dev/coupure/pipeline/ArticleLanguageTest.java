package dev.coupure.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.coupure.input.RawDocument;
import dev.coupure.lang.LanguageIdentifier;
import dev.coupure.record.ArticleRecord;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArticleLanguageTest {

    private static final Pipeline PIPELINE = new Pipeline(LanguageIdentifier.all(), false);

    private static ArticleRecord article(String dump) {
        Outcome outcome = PIPELINE.process(new RawDocument("page.txt", dump.getBytes(StandardCharsets.UTF_8), null, null));
        return ((Outcome.Article) outcome).record();
    }

    @Test
    void aPageWithNoArticleTextIsInTheLanguageOfItsLines() {
        // A Korean site's menu and footer, no article: the lines still say the page is Korean.
        ArticleRecord menu = article("홈\n정치\n경제\n사회\n국제\n문화\n스포츠\n\n로그인\n회원가입\n\n구독하기\n");
        assertEquals("", menu.text());
        assertEquals("ko", menu.language().code());
    }
}

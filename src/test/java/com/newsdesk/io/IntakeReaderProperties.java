package com.newsdesk.io;

import com.newsdesk.domain.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Damaged input to the comment and subscriber readers: a truncated or corrupted file either reads or is refused with
 * an {@link InvalidInputException} naming a place; nothing else escapes. Tries per property:
 * {@code jqwik.tries.default} (2,000 in junit-platform.properties; the full run in the note: 10,000).
 */
class IntakeReaderProperties {
    private static final byte[] WXR = ("""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                 xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>T</title><wp:wxr_version>1.2</wp:wxr_version>
            <item><title>Post</title><content:encoded><![CDATA[<p>Body & more</p>]]></content:encoded>
            <wp:post_id>1</wp:post_id><wp:post_date_gmt>2024-01-01 10:00:00</wp:post_date_gmt>
            <wp:post_name>post</wp:post_name>
            <wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_author>Ann</wp:comment_author>
            <wp:comment_author_email>ann@example.org</wp:comment_author_email>
            <wp:comment_date_gmt>2024-01-02 10:00:00</wp:comment_date_gmt>
            <wp:comment_content><![CDATA[Hello «there»]]></wp:comment_content>
            <wp:comment_approved>1</wp:comment_approved><wp:comment_parent>0</wp:comment_parent></wp:comment>
            </item></channel></rss>
            """).getBytes(StandardCharsets.UTF_8);
    private static final byte[] JSON = ("""
            [{"articleSlug":"post","authorName":"Ann","authorEmail":"ann@example.org","body":"Hi \\u00e9",
              "submittedAt":"2024-01-02T10:00:00Z","parentId":null,"status":"approved"}]
            """).getBytes(StandardCharsets.UTF_8);
    private static final byte[] CSV = ("\uFEFFid,email,name,note,subscribed_to_emails,complimentary_plan,"
            + "stripe_customer_id,created_at,deleted_at,labels,tiers\r\n"
            + "1,ana@example.org,\"Lima, Ana\",,true,false,,2024-01-05T10:00:00.000Z,,\"News, VIP\",\r\n")
            .getBytes(StandardCharsets.UTF_8);

    private Path dir;

    @BeforeProperty
    void folder() throws IOException {
        dir = Files.createTempDirectory("newsdesk-intake-properties");
    }

    @AfterProperty
    void clean() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Provide
    Arbitrary<byte[]> damagedWordPressExports() {
        return Damage.of(WXR);
    }

    @Provide
    Arbitrary<byte[]> damagedCommentJson() {
        return Damage.of(JSON);
    }

    @Provide
    Arbitrary<byte[]> damagedSubscribers() {
        return Damage.of(CSV);
    }

    @Property
    void damagedWordPressExportsReadOrAreRefusedByPlace(@ForAll("damagedWordPressExports") byte[] file) {
        readComments(file);
    }

    @Property
    void damagedCommentJsonReadsOrIsRefusedByPlace(@ForAll("damagedCommentJson") byte[] file) {
        readComments(file);
    }

    private static void readComments(byte[] file) {
        try {
            CommentIntakeReader.read(new ByteArrayInputStream(file), new CommentIntakeReader.Handler() {
                @Override
                public void post(CommentIntakeReader.IncomingPost post) { }

                @Override
                public void comment(CommentIntakeReader.IncomingComment comment) { }

                @Override
                public void invalid(String where, String reason) { // a comment left out must say where and why
                    if (where == null || where.isBlank() || reason == null || reason.isBlank()) {
                        throw new AssertionError("a comment left out without a place or a reason: " + reason);
                    }
                }
            });
        } catch (InvalidInputException refused) {
            if (refused.location() == null || refused.location().isBlank() || refused.problem() == null
                    || refused.problem().isBlank()) {
                throw new AssertionError("a refusal without a place or a reason: " + refused.getMessage());
            }
        }
    }

    @Property
    void damagedSubscriberFilesReadOrAreRefusedByPlace(@ForAll("damagedSubscribers") byte[] file)
            throws IOException {
        Path csv = Files.write(dir.resolve("members.csv"), file);
        try {
            SubscriberCsvReader.read(csv, null, null, header -> { }, row -> { });
        } catch (InvalidInputException refused) {
            if (refused.location() == null || refused.location().isBlank() || refused.problem() == null
                    || refused.problem().isBlank()) {
                throw new AssertionError("a refusal without a place or a reason: " + refused.getMessage());
            }
        }
    }
}

package com.newsdesk.storage;

import com.newsdesk.domain.Article;
import com.newsdesk.domain.ArticleStatus;
import com.newsdesk.domain.ArticleSummary;
import com.newsdesk.domain.document.DocumentCodec;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Articles and their tags. The FTS index follows the table by triggers. */
public final class ArticleRepository {
    private static final String SELECT = """
            SELECT a.id, a.slug, a.headline, a.dek, a.byline, a.section, a.language, a.status, a.body,
                   a.created_at, a.updated_at, a.published_at, a.scheduled_at, a.version,
                   (SELECT group_concat(t.name, char(31) ORDER BY at.position)
                      FROM article_tags at JOIN tags t ON t.id = at.tag_id
                     WHERE at.article_id = a.id) AS tag_names
              FROM articles a
            """;
    private static final String SUMMARY = """
            SELECT id, slug, headline, byline, section, language, status, updated_at, published_at FROM articles
            """;

    private final Transaction tx;
    private final DocumentCodec codec;
    private final NameTable tags;
    private final RowMapper<Article> mapper;

    ArticleRepository(Transaction tx, DocumentCodec codec) {
        this.tx = tx;
        this.codec = codec;
        this.tags = new NameTable(tx, "tags");
        this.mapper = row -> new Article(
                row.getLong("id"), row.getString("slug"), row.getString("headline"), row.getString("dek"),
                row.getString("byline"), row.getString("section"), Sql.list(row.getString("tag_names")),
                row.getString("language"), ArticleStatus.fromCode(row.getString("status")),
                codec.fromJson(row.getString("body")), Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"),
                Sql.instant(row, "published_at"), Sql.instant(row, "scheduled_at"), row.getLong("version"));
    }

    /** Inserts the article, keeping its id when it has one; returns the id. */
    public long insert(Article article) {
        long id = Transaction.run(() -> {
            PreparedStatement insert = tx.prepare("""
                    INSERT INTO articles (id, slug, headline, dek, byline, section, language, status, body, body_text,
                                          created_at, updated_at, published_at, scheduled_at, version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """);
            Queries.bindId(insert, 1, article.id());
            insert.setString(2, article.slug());
            insert.setString(3, article.headline());
            insert.setString(4, article.dek());
            insert.setString(5, article.byline());
            insert.setString(6, article.section());
            insert.setString(7, article.language());
            insert.setString(8, article.status().code());
            insert.setString(9, codec.toJson(article.body()));
            insert.setString(10, article.bodyText());
            Sql.setInstant(insert, 11, article.createdAt());
            Sql.setInstant(insert, 12, article.updatedAt());
            Sql.setInstant(insert, 13, article.publishedAt());
            Sql.setInstant(insert, 14, article.scheduledAt());
            insert.setLong(15, Math.max(1, article.version()));
            insert.executeUpdate();
            return Queries.insertedId(tx, article.id());
        });
        writeTags(id, article.tags());
        return id;
    }

    private void writeTags(long articleId, List<String> names) {
        Transaction.run(() -> {
            PreparedStatement link = tx.prepare(
                    "INSERT INTO article_tags (article_id, tag_id, position) VALUES (?, ?, ?)");
            for (int position = 0; position < names.size(); position++) {
                link.setLong(1, articleId);
                link.setLong(2, tags.idOf(names.get(position)));
                link.setInt(3, position);
                link.executeUpdate();
            }
            return null;
        });
    }

    public Optional<Article> find(long id) {
        return Queries.first(tx, SELECT + " WHERE a.id = ?", statement -> statement.setLong(1, id), mapper);
    }

    public Optional<Article> findBySlug(String slug) {
        return Queries.first(tx, SELECT + " WHERE a.slug = ?", statement -> statement.setString(1, slug), mapper);
    }

    public Optional<Long> idOfSlug(String slug) {
        return Queries.first(tx, "SELECT id FROM articles WHERE slug = ?", statement -> statement.setString(1, slug),
                row -> row.getLong(1));
    }

    public boolean exists(long id) {
        return Queries.count(tx, "SELECT count(*) FROM articles WHERE id = ?", statement -> statement.setLong(1, id)) > 0;
    }

    /** Every article in id order, one at a time. */
    public void forEach(Consumer<? super Article> consumer) {
        Queries.forEach(tx, SELECT + " ORDER BY a.id", mapper, consumer);
    }

    /** A page of the list, most recently updated first. */
    public List<ArticleSummary> page(int offset, int limit) {
        return Queries.list(tx, SUMMARY + " ORDER BY updated_at DESC, id DESC LIMIT ? OFFSET ?", statement -> {
            statement.setInt(1, limit);
            statement.setInt(2, offset);
        }, row -> new ArticleSummary(row.getLong("id"), row.getString("slug"), row.getString("headline"),
                row.getString("byline"), row.getString("section"), row.getString("language"),
                ArticleStatus.fromCode(row.getString("status")), Sql.instant(row, "updated_at"),
                Sql.instant(row, "published_at")));
    }

    /** Ids of the articles whose headline, dek or body match the FTS5 query, best match first. */
    public List<Long> search(String ftsQuery, int limit) {
        return Queries.list(tx, "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
                statement -> {
                    statement.setString(1, ftsQuery);
                    statement.setInt(2, limit);
                }, row -> row.getLong(1));
    }

    public long count() {
        return Queries.count(tx, "SELECT count(*) FROM articles", Queries.NONE);
    }

    public Map<ArticleStatus, Long> countByStatus() {
        return Queries.countByStatus(tx, "articles", ArticleStatus.class, ArticleStatus::fromCode);
    }
}

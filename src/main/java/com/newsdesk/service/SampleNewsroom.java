package com.newsdesk.service;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Article;
import com.newsdesk.domain.ArticleExtras;
import com.newsdesk.domain.ArticleRevision;
import com.newsdesk.domain.ArticleStatus;
import com.newsdesk.domain.Comment;
import com.newsdesk.domain.CommentRules;
import com.newsdesk.domain.CommentStatus;
import com.newsdesk.domain.Correction;
import com.newsdesk.domain.Permission;
import com.newsdesk.domain.Slugs;
import com.newsdesk.domain.Subscriber;
import com.newsdesk.domain.SubscriberStatus;
import com.newsdesk.domain.document.Block;
import com.newsdesk.domain.document.BlockType;
import com.newsdesk.domain.document.Document;
import com.newsdesk.domain.document.Mark;
import com.newsdesk.domain.document.Run;
import com.newsdesk.storage.Database;
import com.newsdesk.storage.Transaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A realistic, deterministic synthetic newsroom: the same seed and sizes always make the same records. Articles in
 * English, French and Arabic with formatted bodies; threaded comments, some with links, some spam; subscribers in
 * every status with labels and sources. Written in one transaction, so a cancel leaves nothing behind.
 */
public final class SampleNewsroom {
    /** How many records of each kind to make. */
    public record Size(int articles, int comments, int subscribers) {
        public Size {
            if (articles < 0 || comments < 0 || subscribers < 0) {
                throw new IllegalArgumentException("sizes cannot be negative");
            }
            if (articles > 4_000_000) {
                throw new IllegalArgumentException("the sample newsroom makes at most 4,000,000 articles");
            }
            if (comments > 0 && articles == 0) {
                throw new IllegalArgumentException("comments need at least one article");
            }
        }
    }

    public static final Size WINDOW_SAMPLE = new Size(240, 6_000, 12_000);
    private static final Instant EPOCH = Instant.parse("2026-01-01T06:00:00Z");
    private static final int ARTICLE_BITS = 22;
    private static final long YEAR_SECONDS = Duration.ofDays(365).toSeconds();

    private final Database database;
    private final Audit audit;

    private final java.time.Clock clock;

    public SampleNewsroom(Database database, java.time.Clock clock) {
        this.database = database;
        this.clock = clock;
        this.audit = new Audit(clock);
    }

    /** What {@link #makeFile} did: made the sample, or found it made already. */
    public record MadeFile(java.nio.file.Path file, TransferSummary made) {
        public String describe() {
            return made == null ? "The sample newsroom " + file.getFileName() + " is there already."
                    : made.describe("Sample newsroom ready:") + " in " + file.getFileName() + ".";
        }
    }

    /**
     * The sample as a newsroom file of its own, beside this one, never in it: made once (a cancel or a failure leaves
     * no file), then found again. Its owner is the person making it.
     */
    public MadeFile makeFile(Actor actor, java.nio.file.Path file, Size size, long seed, TaskMonitor monitor) {
        if (!database.isShared()
                && file.toAbsolutePath().normalize().equals(database.file().toAbsolutePath().normalize())) {
            throw new RefusedException("This is the sample newsroom already.");
        }
        boolean existed = java.nio.file.Files.exists(file);
        Database sample = Database.open(file, Database.OpenMode.CREATE, com.newsdesk.io.JsonDocumentCodec.INSTANCE);
        boolean made = false;
        try {
            TransferSummary filled = null;
            if (!existed || new NewsroomService(sample).stats().articleCount() == 0) {
                filled = new SampleNewsroom(sample, clock).fill(Actor.owner(actor.username()), size, seed, monitor);
            }
            made = true;
            return new MadeFile(file, filled);
        } finally {
            sample.close();
            if (!made && !existed) {
                Database.deleteMadeFile(file);
            }
        }
    }

    public TransferSummary fill(Actor actor, Size size, long seed, TaskMonitor monitor) {
        actor.require(Permission.FULL_TRANSFER);
        return database.bulkWrite(tx -> {
            long existing = tx.articles().count() + tx.comments().count(null) + tx.subscribers().count();
            if (existing > 0) {
                throw new RefusedException("The sample newsroom goes into an empty newsroom; this one already holds "
                        + existing + " records.");
            }
            long total = (long) size.articles() * 2 + size.comments() + size.subscribers();
            Generator generator = new Generator(tx, new SplittableRandom(seed), monitor, total);
            tx.withIndexesBuiltAfter(() -> {
                generator.articles(size.articles());
                generator.comments(size.comments());
                generator.subscribers(size.subscribers());
                monitor.progress(total, total, "Building indexes");
                return null;
            });
            monitor.progress(1, 1, "Sample newsroom ready");
            TransferSummary made = new TransferSummary(size.articles(), size.articles(), size.comments(),
                    size.subscribers(), 0, 0, 0, 0);
            audit.record(tx, actor, "sample", null, null, made.describe("made") + ", seed " + seed);
            return made;
        });
    }

    private static final class Generator {
        private final Transaction tx;
        private final SplittableRandom random;
        private final TaskMonitor monitor;
        private final long total;
        private long done;
        private final List<Long> commentableArticles = new ArrayList<>();
        private final List<Instant> articleDates = new ArrayList<>();

        Generator(Transaction tx, SplittableRandom random, TaskMonitor monitor, long total) {
            this.tx = tx;
            this.random = random;
            this.monitor = monitor;
            this.total = total;
        }

        private void step(String message) {
            if (++done % 5_000 == 0) {
                monitor.checkCancelled();
                monitor.progress(done, total, message);
            }
        }

        void articles(int count) {
            for (int i = 1; i <= count; i++) {
                Language language = pickLanguage();
                int story = random.nextInt(language.headlines.length);
                String headline = language.headlines[story] + " " + pick(language.places);
                Instant created = EPOCH.minusSeconds(random.nextLong(YEAR_SECONDS));
                Instant updated = created.plusSeconds(random.nextLong(3 * 86_400));
                ArticleStatus status = pickArticleStatus();
                Instant published = status == ArticleStatus.PUBLISHED || status == ArticleStatus.ARCHIVED
                        ? updated.plusSeconds(600) : null;
                Instant scheduled = status == ArticleStatus.SCHEDULED ? EPOCH.plusSeconds(random.nextLong(30 * 86_400L))
                        : null;
                List<String> tags = new ArrayList<>();
                int tagCount = 1 + random.nextInt(3);
                for (int t = 0; t < tagCount; t++) {
                    tags.add(pick(language.tags));
                }
                Document body = body(language);
                Article article = new Article(i, Slugs.fromHeadline(headline) + "-" + i, headline, pick(language.deks),
                        pick(BYLINES), language.sections[story % language.sections.length], tags, language.code, status, body, created, updated,
                        published, scheduled, 1 + random.nextInt(4), "");
                if (published != null) {
                    article = new Article(i, article.slug(), headline, article.dek(), article.byline(), article.section(),
                            tags, language.code, status, body, created, updated, published, scheduled, article.version(),
                            "", new ArticleExtras(article.dek(), headline, article.dek(), "", "", "", null));
                }
                tx.articles().insert(article);
                if (published != null && random.nextInt(20) == 0) {
                    tx.corrections().insert(new Correction(0, i, published.plusSeconds(3_600 + random.nextInt(86_400)),
                            pick(BYLINES), language.correction));
                }
                tx.revisions().insert(new ArticleRevision(i, i, headline, body, article.byline(), "First draft",
                        created));
                if (published != null) {
                    commentableArticles.add((long) i);
                    articleDates.add(published);
                }
                step("Writing articles");
                step("Writing articles");
            }
            if (commentableArticles.isEmpty() && count > 0) {
                commentableArticles.add(1L);
                articleDates.add(EPOCH);
            }
        }

        private Document body(Language language) {
            List<Block> blocks = new ArrayList<>();
            blocks.add(Block.of(BlockType.PARAGRAPH, Run.of(pick(language.sentences), Mark.BOLD),
                    Run.plain(" " + pick(language.sentences))));
            blocks.add(Block.of(BlockType.PARAGRAPH, Run.plain(pick(language.sentences) + " "),
                    Run.of(pick(language.sentences), Mark.ITALIC), Run.plain(" " + pick(language.sentences))));
            if (random.nextInt(10) < 4) {
                blocks.add(Block.of(BlockType.HEADING_2, Run.plain(pick(language.subheads))));
            }
            // The link inside a sentence of its own ("Read more in this report."), as a writer would put it.
            String lead = switch (language) {
                case ENGLISH -> "Read more in ";
                case FRENCH -> "À lire aussi dans ";
                case ARABIC -> "اقرأ المزيد في ";
            };
            blocks.add(Block.of(BlockType.PARAGRAPH, Run.plain(pick(language.sentences) + " " + lead),
                    Run.link(language.linkText, "https://example.org/" + language.code + "/"
                            + (1000 + random.nextInt(9000))), Run.plain(".")));
            if (random.nextInt(10) < 3) {
                blocks.add(Block.of(BlockType.QUOTE, Run.plain(pick(language.quotes))));
            }
            if (random.nextInt(10) < 2) {
                BlockType list = random.nextBoolean() ? BlockType.BULLETED_ITEM : BlockType.NUMBERED_ITEM;
                for (int i = 0; i < 3; i++) {
                    blocks.add(Block.of(list, Run.plain(pick(language.listItems))));
                }
            }
            int extra = random.nextInt(4);
            for (int i = 0; i < extra; i++) {
                blocks.add(Block.paragraph(pick(language.sentences) + " " + pick(language.sentences)));
            }
            return new Document(blocks);
        }

        /** Comments in the order they arrived, so ids follow submission time as they do on a real site. */
        void comments(int count) {
            if (count > 0) { // the rules that sent the sample's spam there, in Settings for all to see
                SPAM_WORDS.forEach(word -> tx.commentRules().add(CommentRules.Kind.BLOCKED_WORD, word));
            }
            long[] arrivals = new long[count];
            for (int i = 0; i < count; i++) {
                int article = random.nextInt(commentableArticles.size());
                long submitted = articleDates.get(article).getEpochSecond() + 60 + random.nextLong(14 * 86_400L);
                arrivals[i] = (submitted << ARTICLE_BITS) | article;
            }
            java.util.Arrays.sort(arrivals);
            long[] lastCommentOnArticle = new long[commentableArticles.size()];
            for (int i = 1; i <= count; i++) {
                int article = (int) (arrivals[i - 1] & ((1L << ARTICLE_BITS) - 1));
                Instant submitted = Instant.ofEpochSecond(arrivals[i - 1] >>> ARTICLE_BITS);
                Long parent = lastCommentOnArticle[article] > 0 && random.nextInt(4) == 0
                        ? lastCommentOnArticle[article] : null;
                String first = pick(FIRST_NAMES);
                String last = pick(LAST_NAMES);
                int roll = random.nextInt(100);
                CommentStatus status;
                String reason = null;
                String text;
                if (roll < 7) {
                    status = CommentStatus.SPAM;
                    text = pick(SPAM);
                    reason = SPAM_RULES.judge("", "", "", text, false).reason(); // blocked word “casino”
                } else {
                    Language language = pickLanguage();
                    text = pick(language.comments);
                    if (random.nextInt(20) == 0) {
                        text += " https://example.net/read/" + random.nextInt(10_000)
                                + " and http://example.com/more";
                    }
                    if (roll < 25) {
                        status = CommentStatus.PENDING;
                        reason = text.contains("http") ? "2 links (2 or more are held)" : "first comment from this address";
                    } else if (roll < 29) {
                        status = CommentStatus.TRASH;
                    } else {
                        status = CommentStatus.APPROVED;
                    }
                }
                boolean decided = status != CommentStatus.PENDING;
                tx.comments().insert(new Comment(i, commentableArticles.get(article), parent, first + " " + last,
                        emailOf(first, last, random.nextInt(20_000)), text, status, reason, submitted,
                        decided ? pick(MODERATORS) : null,
                        decided ? submitted.plusSeconds(120 + random.nextInt(7_200)) : null,
                        "198.51.100." + random.nextInt(256)));
                lastCommentOnArticle[article] = i;
                step("Writing comments");
            }
        }

        void subscribers(int count) {
            for (int i = 1; i <= count; i++) {
                String first = pick(FIRST_NAMES);
                String last = pick(LAST_NAMES);
                Instant created = EPOCH.minusSeconds(random.nextLong(3 * YEAR_SECONDS));
                int roll = random.nextInt(100);
                SubscriberStatus status = roll < 85 ? SubscriberStatus.SUBSCRIBED
                        : roll < 94 ? SubscriberStatus.UNSUBSCRIBED
                        : roll < 98 ? SubscriberStatus.BOUNCED : SubscriberStatus.BLOCKLISTED;
                Instant unsubscribed = status == SubscriberStatus.UNSUBSCRIBED
                        ? created.plusSeconds(random.nextLong(java.time.Duration.between(created, EPOCH).getSeconds()
                                + 1)) : null; // between joining and the sample's present, never after
                List<String> labels = new ArrayList<>();
                int labelCount = random.nextInt(4);
                for (int l = 0; l < labelCount; l++) {
                    labels.add(pick(LABELS));
                }
                String name = random.nextInt(10) == 0 ? "" : first + " " + last;
                Instant updated = unsubscribed != null ? unsubscribed : created;
                tx.subscribers().insert(new Subscriber(i, emailOf(first, last, i), name, status, labels,
                        pick(SOURCES), created, unsubscribed, created, updated));
                step("Writing subscribers");
            }
        }

        private static String emailOf(String first, String last, int number) {
            StringBuilder email = new StringBuilder(40);
            appendAscii(email, first);
            email.append('.');
            appendAscii(email, last);
            email.append(number).append('@').append(DOMAINS[Math.floorMod(number * 31 + first.length(), DOMAINS.length)]);
            return email.toString();
        }

        private static void appendAscii(StringBuilder out, String name) {
            for (int i = 0; i < name.length(); i++) {
                char c = Character.toLowerCase(name.charAt(i));
                if (c >= 'a' && c <= 'z') {
                    out.append(c);
                } else if ("éèêë".indexOf(c) >= 0) {
                    out.append('e');
                } else if ("àâ".indexOf(c) >= 0) {
                    out.append('a');
                } else if (c == 'ç') {
                    out.append('c');
                }
            }
        }

        private Language pickLanguage() {
            int roll = random.nextInt(100);
            return roll < 60 ? Language.ENGLISH : roll < 85 ? Language.FRENCH : Language.ARABIC;
        }

        private ArticleStatus pickArticleStatus() {
            int roll = random.nextInt(100);
            return roll < 70 ? ArticleStatus.PUBLISHED : roll < 82 ? ArticleStatus.DRAFT
                    : roll < 90 ? ArticleStatus.IN_REVIEW : roll < 95 ? ArticleStatus.SCHEDULED
                    : ArticleStatus.ARCHIVED;
        }

        private <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }
    }

    private static final String[] BYLINES = {"Amina El Idrissi", "Julien Moreau", "Sarah Bennani", "Karim Tazi",
        "Claire Dubois", "Youssef Alaoui", "Emma Clarke", "Omar Benjelloun", "Léa Martin", "Nadia Chraibi"};
    private static final String[] FIRST_NAMES = {"Amina", "Julien", "Sarah", "Karim", "Claire", "Youssef", "Emma",
        "Omar", "Léa", "Nadia", "Hamza", "Chloé", "Mehdi", "Salma", "Thomas", "Zineb", "Lucas", "Imane", "Hugo",
        "Rania", "Adam", "Inès", "Yassine", "Manon", "Khadija", "Noah", "Fatima", "Louis", "Ayoub", "Camille"};
    private static final String[] LAST_NAMES = {"Bennani", "Moreau", "Alaoui", "Dubois", "Tazi", "Martin",
        "Chraibi", "Clarke", "El Idrissi", "Benjelloun", "Lefèvre", "Berrada", "Garcia", "Fassi", "Roux",
        "Lahlou", "Petit", "Amrani", "Bernard", "Ziani"};
    private static final String[] DOMAINS = {"example.com", "example.org", "example.net", "mail.example",
        "post.example.ma", "inbox.example.fr"};
    private static final String[] MODERATORS = {"nadia", "hugo", "salma"};
    private static final String[] LABELS = {"Daily briefing", "Weekend edition", "Breaking news", "Culture",
        "Sport", "Members", "Politics, national", "Événements", "Press", "Trial"};
    private static final String[] SOURCES = {"website", "website", "website", "ghost import", "mailchimp import",
        "event: forum 2025", "mobile app"};
    /** The blocked words the sample's rules hold: each spam text below has one, so the rules explain the queue. */
    static final List<String> SPAM_WORDS = List.of("casino", "crypto", "followers", "watches");
    private static final CommentRules SPAM_RULES = new CommentRules(
            java.util.Map.of(CommentRules.Kind.BLOCKED_WORD, SPAM_WORDS), CommentRules.DEFAULT_LINK_LIMIT, true);
    private static final String[] SPAM = {
        "Cheap watches!!! Best prices at http://cheap-watches.example/deal and http://cheap-watches.example/more",
        "Earn $5000 a week from home with crypto, click here http://easy-money.example",
        "<a href=\"http://casino.example\">casino bonus</a> <script>alert('x')</script> free spins today",
        "Buy followers now!!! http://followers.example http://followers.example/2"};

    /** The text banks of one language. */
    private enum Language {
        ENGLISH("en", "this report", "An earlier version of this article gave the wrong date for the vote.",
                new String[] {"City council approves new tram line", "Central bank holds rates as inflation eases",
                    "Farmers count the cost of a dry spring", "National team reaches the semi-final",
                    "Music festival returns this summer", "Researchers test cheaper way to desalinate water",
                    "Heavy rain disrupts traffic", "Teachers' union calls for smaller classes"},
                new String[] {"in Rabat", "in Casablanca", "in Marrakech", "in Fez", "in Tangier", "in Agadir"},
                new String[] {"What it means for residents, and what comes next.",
                    "The decision follows months of debate.", "Officials say the plan will take two years.",
                    "Local businesses are divided over the change."},
                new String[] {"Local", "Economy", "Economy", "Sport", "Culture", "Science", "Local", "Politics"},
                new String[] {"transport", "budget", "climate", "football", "music", "education", "water", "elections"},
                new String[] {"A spokesperson for the ministry said the work would begin next spring.",
                    "Several experts said the measure would help families on modest incomes.",
                    "The decision comes after months of debate in parliament.",
                    "Residents have waited for this change for years, one of them said.",
                    "Full details are expected to be published next week.",
                    "Critics argue that the cost has been underestimated.",
                    "The project is funded in part by a regional development grant.",
                    "Turnout at the public meeting was higher than expected."},
                new String[] {"What happens next", "Reactions", "The numbers", "Background"},
                new String[] {"We have waited for this for years, and we will keep watching closely.",
                    "This is a first step, not the end of the road."},
                new String[] {"Lower fares for students", "New stops near the hospital", "Night service on weekends"},
                new String[] {"Thanks for this clear explanation.", "I disagree with the council on this one.",
                    "When will the work actually start?", "Great reporting, please follow up next month.",
                    "My street was flooded again this morning."}),
        FRENCH("fr", "ce reportage", "Une version précédente de cet article indiquait une date erronée.",
                new String[] {"Le conseil municipal approuve une nouvelle ligne de tramway",
                    "La banque centrale maintient ses taux", "Les agriculteurs face à un printemps sec",
                    "L'équipe nationale se qualifie pour les demi-finales", "Le festival de musique revient cet été",
                    "Des chercheurs testent un dessalement moins coûteux"},
                new String[] {"à Rabat", "à Casablanca", "à Marrakech", "à Fès", "à Tanger", "à Agadir"},
                new String[] {"Ce que cela change pour les habitants.", "La décision intervient après des mois de débat.",
                    "Les commerçants restent partagés."},
                new String[] {"Société", "Économie", "Économie", "Sport", "Culture", "Sciences"},
                new String[] {"transports", "budget", "climat", "football", "musique", "éducation", "eau"},
                new String[] {"Le porte-parole du ministère a précisé que le projet débutera au printemps prochain.",
                    "Plusieurs experts estiment que cette mesure aidera les familles à revenus modestes.",
                    "La décision intervient après des mois de débats au Parlement.",
                    "« Nous attendons ce changement depuis des années », confie une habitante.",
                    "Les détails complets seront publiés la semaine prochaine.",
                    "Les critiques jugent que le coût a été sous-estimé."},
                new String[] {"Et maintenant ?", "Réactions", "Les chiffres", "Contexte"},
                new String[] {"C'est un premier pas, pas la fin du chemin.",
                    "Nous resterons vigilants jusqu'à la fin des travaux."},
                new String[] {"Tarifs réduits pour les étudiants", "Nouveaux arrêts près de l'hôpital",
                    "Service de nuit le week-end"},
                new String[] {"Merci pour cet article très clair.", "Je ne suis pas d'accord avec la mairie.",
                    "Quand les travaux vont-ils commencer ?", "Excellent reportage, à suivre !"}),
        ARABIC("ar", "هذا التقرير", "ذكرت نسخة سابقة من هذا المقال تاريخا خاطئا.",
                new String[] {"الحكومة تعلن عن خطة جديدة للنقل العام", "ارتفاع أسعار المواد الغذائية في الأسواق",
                    "المنتخب الوطني يتأهل إلى نصف النهائي", "مهرجان الموسيقى يعود هذا الصيف",
                    "باحثون يطورون تقنية جديدة لتحلية المياه", "الأمطار الغزيرة تعطل حركة السير"},
                new String[] {"في الرباط", "في الدار البيضاء", "في مراكش", "في فاس", "في طنجة", "في أكادير"},
                new String[] {"ما الذي سيتغير بالنسبة للسكان؟", "القرار جاء بعد أشهر من النقاش."},
                new String[] {"سياسة", "اقتصاد", "رياضة", "ثقافة", "علوم", "مجتمع"},
                new String[] {"النقل", "الميزانية", "المناخ", "كرة القدم", "الموسيقى", "التعليم"},
                new String[] {"قال المتحدث باسم الوزارة إن المشروع سيبدأ في الربيع المقبل.",
                    "وأكد عدد من الخبراء أن هذه الخطوة ستساعد الأسر ذات الدخل المحدود.",
                    "ويأتي هذا القرار بعد أشهر من النقاش في البرلمان.",
                    "وقالت إحدى السكان: «ننتظر هذا التغيير منذ سنوات».",
                    "ومن المتوقع أن تنشر الحكومة التفاصيل الكاملة الأسبوع المقبل.",
                    "وقال وزير الاقتصاد إن « la croissance reste solide » هذا العام."},
                new String[] {"ما الخطوة التالية؟", "ردود الفعل", "بالأرقام"},
                new String[] {"هذه خطوة أولى وليست نهاية الطريق."},
                new String[] {"تخفيض الأسعار للطلبة", "محطات جديدة قرب المستشفى", "خدمة ليلية في عطلة نهاية الأسبوع"},
                new String[] {"شكرا على هذا المقال المفيد", "أتفق تماما مع ما جاء في المقال",
                    "متى سيبدأ تطبيق هذا القرار؟"});

        final String code;
        final String linkText;
        final String correction;
        final String[] headlines;
        final String[] places;
        final String[] deks;
        /** The section of each headline, in the same order. */
        final String[] sections;
        final String[] tags;
        final String[] sentences;
        final String[] subheads;
        final String[] quotes;
        final String[] listItems;
        final String[] comments;

        Language(String code, String linkText, String correction, String[] headlines, String[] places, String[] deks, String[] sections,
                String[] tags, String[] sentences, String[] subheads, String[] quotes, String[] listItems,
                String[] comments) {
            this.code = code;
            this.linkText = linkText;
            this.correction = correction;
            this.headlines = headlines;
            this.places = places;
            this.deks = deks;
            this.sections = sections;
            this.tags = tags;
            this.sentences = sentences;
            this.subheads = subheads;
            this.quotes = quotes;
            this.listItems = listItems;
            this.comments = comments;
        }
    }
}

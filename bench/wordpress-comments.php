<?php
// Adds N reader comments to a WordPress site's post for the site-sync benchmark (bench/site-sync.sh):
//   php bench/wordpress-comments.php WORDPRESS_DIR HOST:PORT POST_ID N
// Written straight into wp_comments in batches (wp_insert_comment would take minutes for 100,000); a fifth held,
// one in twenty spam, the rest approved; every tenth a reply to the one before.
$_SERVER['HTTP_HOST'] = $argv[2];
define('ABSPATH', rtrim($argv[1], '/') . '/');
require ABSPATH . 'wp-load.php';
global $wpdb;
$post = (int) $argv[3];
$n = (int) $argv[4];
$start = (int) $wpdb->get_var("SELECT COALESCE(MAX(comment_ID), 0) FROM {$wpdb->comments}");
for ($from = 0; $from < $n; $from += 1000) {
    $rows = array();
    for ($i = $from; $i < min($n, $from + 1000); $i++) {
        $id = $start + $i + 1;
        $approved = $i % 20 == 7 ? 'spam' : ($i % 5 == 3 ? '0' : '1');
        $parent = $i % 10 == 9 ? $id - 1 : 0;
        $when = gmdate('Y-m-d H:i:s', 1700000000 + $i * 60);
        $rows[] = $wpdb->prepare('(%d, %d, %s, %s, %s, %s, %s, %s, %s, %d, %s)', $id, $post, "Reader $i",
            "reader$i@example.org", '192.0.2.' . ($i % 250), $when, $when,
            "<p>Comment $i on the flood: the drains on <em>Rue $i</em> were blocked &amp; nobody came.</p>",
            $approved, $parent, 'comment');
    }
    $wpdb->query("INSERT INTO {$wpdb->comments} (comment_ID, comment_post_ID, comment_author, comment_author_email,"
        . " comment_author_IP, comment_date, comment_date_gmt, comment_content, comment_approved, comment_parent,"
        . " comment_type) VALUES " . implode(',', $rows));
}
echo $n, " comments added after ", $start, "\n";

package com.newsdesk.domain.writing;

/**
 * Which language checks a paragraph: its script decides, so Arabic in a French article is checked as Arabic and a
 * Latin-script paragraph in an Arabic article as the newsroom's Latin-script default, English.
 */
public final class Scripts {
    private Scripts() {}

    /** Whether a word is written in Arabic letters. */
    public static boolean isArabic(String word) {
        return word.codePoints().anyMatch(c -> Character.isLetter(c)
                && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }

    public static String languageOf(String paragraph, String articleLanguage) {
        int arabic = 0;
        int latin = 0;
        for (int i = 0; i < paragraph.length(); ) {
            int c = paragraph.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) {
                continue;
            }
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
                arabic++;
            } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }
        String article = articleLanguage == null ? "" : articleLanguage.strip().toLowerCase(java.util.Locale.ROOT);
        if (arabic > latin) {
            return "ar";
        }
        if (latin > 0 && article.startsWith("ar")) {
            return "en";
        }
        return article.isEmpty() ? "en" : article;
    }
}

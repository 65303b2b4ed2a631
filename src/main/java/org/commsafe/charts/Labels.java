package org.commsafe.charts;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every chart label comes from one message bundle per language ({@code messages_en},
 * {@code messages_zh}). Chinese needs a CJK font: without one the charts would print boxes, so
 * {@link #forLanguage} falls back to English and says what to install.
 */
public final class Labels {
    private final ResourceBundle bundle;
    public final String language;
    /** Font family for chart text (a CJK-capable one for Chinese). */
    public final String fontFamily;

    private Labels(String language, String fontFamily) {
        this.language = language;
        this.fontFamily = fontFamily;
        this.bundle = ResourceBundle.getBundle("org.commsafe.charts.messages", Locale.forLanguageTag(language),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Labels for "en" or "zh"; warnings (such as a missing CJK font) go to {@code warn}. */
    public static Labels forLanguage(String language, java.io.PrintStream warn) {
        if (language.equals("zh")) {
            String cjk = cjkFontFamily();
            if (cjk == null) {
                if (warn != null) {
                    warn.println("commsafe: warning: no font that can show Chinese is installed, so charts fall back to English."
                        + " Install one, e.g. 'apt-get install fonts-wqy-microhei' (Debian/Ubuntu) or 'fonts-noto-cjk'.");
                }
                return new Labels("en", Font.SANS_SERIF);
            }
            return new Labels("zh", cjk);
        }
        if (!language.equals("en")) {
            throw new IllegalArgumentException("language must be en or zh, got '" + language + "'");
        }
        return new Labels("en", Font.SANS_SERIF);
    }

    /**
     * Labels for text files (report.md) in "en" or "zh": no font is needed, so unlike
     * {@link #forLanguage} Chinese never falls back to English.
     */
    public static Labels forText(String language) {
        if (!language.equals("en") && !language.equals("zh")) {
            throw new IllegalArgumentException("language must be en or zh, got '" + language + "'");
        }
        return new Labels(language, Font.SANS_SERIF);
    }

    /** A font family that can display Chinese, or null. */
    public static String cjkFontFamily() {
        String[] preferred = {"WenQuanYi Micro Hei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Droid Sans Fallback"};
        String[] families = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
        for (String p : preferred) {
            for (String f : families) {
                if (f.equalsIgnoreCase(p) && new Font(f, Font.PLAIN, 12).canDisplayUpTo("社区民警") == -1) {
                    return f;
                }
            }
        }
        for (String f : families) {
            if (!f.equals(Font.SANS_SERIF) && !f.equals(Font.DIALOG) && !f.equals(Font.SERIF)
                    && !f.equals(Font.MONOSPACED) && !f.equals(Font.DIALOG_INPUT)
                    && new Font(f, Font.PLAIN, 12).canDisplayUpTo("社区民警") == -1) {
                return f;
            }
        }
        return null;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    /** A metric's label (with unit), by column name; the column itself if the bundle lacks it. */
    public String metric(String column) {
        String v = get("metric." + column);
        return v.equals("metric." + column) ? column : v;
    }

    public Font font(int style, float size) {
        return new Font(fontFamily, style, Math.round(size));
    }
}

package org.commsafe.charts;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
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

    /** TrueType files of {@link #fontFamily} (regular, bold; bold may equal regular), or null. */
    private final Path regularFile;
    private final Path boldFile;

    /** Latin fonts for charts, in order of preference: family, regular file, bold file. */
    static final String[][] LATIN_FONTS = {
        {"DejaVu Sans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"},
        {"Liberation Sans", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"},
        {"Noto Sans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"},
        {"WenQuanYi Micro Hei", "wqy-microhei.ttc", "wqy-microhei.ttc"},
        {"Noto Sans CJK SC", "NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc"},
    };
    /** Fonts that can show Chinese, in order of preference: family, regular file, bold file. */
    static final String[][] CJK_FONTS = {
        {"WenQuanYi Micro Hei", "wqy-microhei.ttc", "wqy-microhei.ttc"},
        {"Noto Sans CJK SC", "NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc"},
        {"Noto Sans SC", "NotoSansSC-Regular.otf", "NotoSansSC-Bold.otf"},
        {"Droid Sans Fallback", "DroidSansFallbackFull.ttf", "DroidSansFallbackFull.ttf"},
    };

    private Labels(String language, String fontFamily) {
        this(language, fontFamily, null, null);
    }

    private Labels(String language, String fontFamily, Path regularFile, Path boldFile) {
        this.language = language;
        this.fontFamily = fontFamily;
        this.regularFile = regularFile;
        this.boldFile = boldFile == null ? regularFile : boldFile;
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
                return latin(warn);
            }
            for (String[] f : CJK_FONTS) {
                if (f[0].equalsIgnoreCase(cjk)) {
                    Path regular = findFontFile(List.of(f[1]));
                    if (regular != null) {
                        return new Labels("zh", cjk, regular, findFontFile(List.of(f[2])));
                    }
                }
            }
            // a CJK family whose file we do not know: search the known files of any CJK font
            Path any = ChartExport.cjkFontFile();
            if (any != null) {
                for (String[] f : CJK_FONTS) {
                    if (any.getFileName().toString().equals(f[1]) && registered(f[0], any)) {
                        return new Labels("zh", f[0], any, findFontFile(List.of(f[2])));
                    }
                }
            }
            return new Labels("zh", cjk);
        }
        if (!language.equals("en")) {
            throw new IllegalArgumentException("language must be en or zh, got '" + language + "'");
        }
        return latin(warn);
    }

    /**
     * English labels in the first installed font of {@link #LATIN_FONTS}, laid out (PNG, SVG) and
     * embedded (PDF) from the same file; the logical SansSerif with unembedded PDF fonts only when
     * none is installed.
     */
    private static Labels latin(java.io.PrintStream warn) {
        for (String[] f : LATIN_FONTS) {
            Path regular = findFontFile(List.of(f[1]));
            if (regular != null && registered(f[0], regular)) {
                Path bold = findFontFile(List.of(f[2]));
                if (bold != null) {
                    registered(f[0], bold);
                }
                return new Labels("en", f[0], regular, bold);
            }
        }
        if (warn != null && !warnedNoFont) {
            warnedNoFont = true;
            warn.println("commsafe: warning: no DejaVu, Liberation, Noto or WenQuanYi font is installed, so chart PDFs use"
                + " unembedded standard fonts. Install one, e.g. 'apt-get install fonts-dejavu-core'.");
        }
        return new Labels("en", Font.SANS_SERIF);
    }

    private static volatile boolean warnedNoFont;

    /** True when AWT knows the family, after registering {@code file} if it did not. */
    private static boolean registered(String family, Path file) {
        if (hasFamily(family)) {
            return true;
        }
        try {
            Font[] fonts = Font.createFonts(file.toFile());
            for (Font font : fonts) {
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
            }
        } catch (Exception e) {
            return false;
        }
        return hasFamily(family);
    }

    private static boolean hasFamily(String family) {
        for (String f : GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT)) {
            if (f.equalsIgnoreCase(family)) {
                return true;
            }
        }
        return false;
    }

    /** The TrueType/OpenType file of this labels' font (bold or regular) to embed in PDFs, or null. */
    public Path fontFile(boolean bold) {
        return bold ? boldFile : regularFile;
    }

    private static final Map<String, Optional<Path>> FONT_FILES = new ConcurrentHashMap<>();

    /** The first of the file names found under the usual font folders, or null. */
    static Path findFontFile(List<String> names) {
        for (String name : names) {
            Optional<Path> hit = FONT_FILES.computeIfAbsent(name, Labels::searchFontFile);
            if (hit.isPresent()) {
                return hit.get();
            }
        }
        return null;
    }

    private static Optional<Path> searchFontFile(String name) {
        for (String root : List.of("/usr/share/fonts", "/usr/local/share/fonts", System.getProperty("user.home") + "/.fonts",
                System.getProperty("user.home") + "/.local/share/fonts", "/Library/Fonts", "/System/Library/Fonts",
                System.getenv().getOrDefault("WINDIR", "C:\\Windows") + "\\Fonts")) {
            Path r = Path.of(root);
            if (!Files.isDirectory(r)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(r)) {
                var hit = s.filter(p -> p.getFileName().toString().equalsIgnoreCase(name)).findFirst();
                if (hit.isPresent()) {
                    return hit;
                }
            } catch (IOException | RuntimeException ignored) {
                // keep looking
            }
        }
        return Optional.empty();
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

    /**
     * A scenario's display name: the bundle's {@code scenario.<name>} (the label table: Chinese
     * names of the scenario library in messages_zh.properties), else the name itself.
     */
    public String scenario(String name) {
        String v = get("scenario." + name);
        return v.equals("scenario." + name) ? name : v;
    }

    /** A metric's label (with unit), by column name; the column itself if the bundle lacks it. */
    public String metric(String column) {
        String v = get("metric." + column);
        return v.equals("metric." + column) ? column : v;
    }

    /** The chart font at {@code size} points (fractional sizes kept). */
    public Font font(int style, float size) {
        return new Font(fontFamily, style, 1).deriveFont(style, size);
    }
}

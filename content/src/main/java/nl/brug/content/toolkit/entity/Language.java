package nl.brug.content.toolkit.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * Languages Brug publishes in: Dutch, and the languages many statushouders speak. Right-to-left
 * scripts are marked so every view can set {@code dir="rtl"}.
 */
public enum Language {
  NL("nl", "Nederlands", false),
  AR("ar", "Arabisch", true),
  TI("ti", "Tigrinya", false),
  FA("fa", "Farsi", true),
  PRS("prs", "Dari", true),
  SO("so", "Somalisch", false),
  TR("tr", "Turks", false),
  UK("uk", "Oekraïens", false),
  EN("en", "Engels", false);

  private final String code;
  private final String dutchName;
  private final boolean rightToLeft;

  Language(String code, String dutchName, boolean rightToLeft) {
    this.code = code;
    this.dutchName = dutchName;
    this.rightToLeft = rightToLeft;
  }

  /** The BCP 47 code, e.g. {@code ar}. */
  public String code() {
    return code;
  }

  public String dutchName() {
    return dutchName;
  }

  public boolean rightToLeft() {
    return rightToLeft;
  }

  public static Optional<Language> ofCode(String code) {
    return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(code)).findFirst();
  }
}

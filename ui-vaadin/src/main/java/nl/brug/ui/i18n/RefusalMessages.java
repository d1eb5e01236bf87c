package nl.brug.ui.i18n;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.brug.auth.refusal.Refusal;

/**
 * The portal's one mapping of a service's refusal to what a person reads: the text of the refusal's
 * key from the portal's translations ({@code vaadin-i18n/translations*.properties}) with its
 * arguments, in the language of the screen.
 *
 * <p>A refusal thrown with only its Dutch text carries its kind's general key ({@code
 * refusal.conflict}, …): in Dutch that Dutch text is shown, since it says exactly what went wrong;
 * in another language the kind's general text. A key without a text falls back to the Dutch text,
 * so nothing a person reads gets worse than the service's own words. As with Vaadin's {@code
 * getTranslation}, only a text with arguments is a {@link MessageFormat} pattern (quotes doubled).
 */
public final class RefusalMessages {

  static final String BUNDLE = "vaadin-i18n/translations";

  private RefusalMessages() {}

  /** The refusal's text in the language {@code where} is shown in. */
  public static String text(Refusal refusal, Component where) {
    UI ui = where.getUI().orElseGet(UI::getCurrent);
    return text(refusal, ui == null ? null : ui.getLocale());
  }

  /** The refusal's text in {@code locale}'s language (Dutch when none is known). */
  public static String text(Refusal refusal, Locale locale) {
    Locale language = locale == null ? Locale.forLanguageTag("nl") : locale;
    if (refusal.hasGeneralKey() && "nl".equals(language.getLanguage())) {
      return refusal.defaultText();
    }
    String pattern;
    try {
      pattern = ResourceBundle.getBundle(BUNDLE, language).getString(refusal.key());
    } catch (MissingResourceException noText) {
      return refusal.defaultText();
    }
    // as Vaadin's getTranslation: only a text with arguments is a MessageFormat pattern
    return refusal.arguments().isEmpty()
        ? pattern
        : new MessageFormat(pattern, language).format(refusal.arguments().toArray());
  }
}

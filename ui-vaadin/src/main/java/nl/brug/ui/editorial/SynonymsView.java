package nl.brug.ui.editorial;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.brug.auth.caller.Caller;
import nl.brug.auth.caller.Role;
import nl.brug.content.concurrency.StaleVersionException;
import nl.brug.content.synonym.SavedSynonymList;
import nl.brug.search.synonym.InvalidSynonymsException;
import nl.brug.search.toolkit.ToolkitSearchService;
import nl.brug.ui.i18n.RefusalMessages;
import nl.brug.ui.shell.MainLayout;
import nl.brug.ui.shell.SignedInUser;

/**
 * Experts keep the synonym list of the field: one group of equivalent terms per line. A saved list
 * applies to the next search; a line that cannot be used is named and nothing is saved; someone
 * else's save in between is never overwritten.
 */
@Route(value = "redactie/synoniemen", layout = MainLayout.class)
@PageTitle("Synoniemen | Brug")
@RolesAllowed(Role.Names.EXPERT)
@CdiComponent
public class SynonymsView extends Div {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
          .withZone(ZoneId.of("Europe/Amsterdam"));

  private final transient ToolkitSearchService search;
  private final Caller caller;
  private final TextArea text = new TextArea();
  private final Paragraph saved = new Paragraph();
  private long basedOnVersion;

  @Inject
  public SynonymsView(ToolkitSearchService search) {
    this.search = search;
    this.caller = SignedInUser.require();
    addClassName("brug-content");
    text.setId("synonyms-text");
    text.setLabel(getTranslation("synonyms.label"));
    text.setHelperText(getTranslation("synonyms.help"));
    text.setWidthFull();
    text.setMinHeight("24em");
    text.addClassName("brug-monospace");
    text.addValueChangeListener(change -> text.setInvalid(false));
    saved.setId("synonyms-saved");
    Button save = new Button(getTranslation("synonyms.save"), click -> save());
    save.setId("synonyms-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL).listenOn(this);
    add(
        new H2(getTranslation("synonyms.title")),
        new Paragraph(getTranslation("synonyms.intro")),
        saved,
        text,
        save);
    show(search.synonymsToEdit(caller));
  }

  private void show(SavedSynonymList list) {
    text.setValue(list.text());
    basedOnVersion = list.version();
    saved.setText(
        list.changedAt() == null
            ? getTranslation("synonyms.builtIn")
            : getTranslation(
                "synonyms.savedBy",
                list.changedBy(),
                WHEN.withLocale(getLocale()).format(list.changedAt())));
  }

  private void save() {
    try {
      show(search.saveSynonyms(caller, text.getValue(), basedOnVersion));
      notify(getTranslation("synonyms.done"), NotificationVariant.LUMO_SUCCESS);
    } catch (InvalidSynonymsException invalid) {
      String why = RefusalMessages.text(invalid, this);
      text.setErrorMessage(why);
      text.setInvalid(true);
      notify(getTranslation("synonyms.invalid", why), NotificationVariant.LUMO_ERROR);
    } catch (StaleVersionException stale) {
      notify(RefusalMessages.text(stale, this), NotificationVariant.LUMO_ERROR);
    }
  }

  private static void notify(String message, NotificationVariant variant) {
    Notification shown = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
    shown.addThemeVariants(variant);
  }
}

package nl.brug.ui.editorial;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.brug.content.toolkit.entity.ItemContent;
import nl.brug.content.toolkit.entity.ItemTranslation;
import nl.brug.content.toolkit.entity.Language;
import nl.brug.content.toolkit.entity.TranslationStatus;

/**
 * Writing an item's title, summary and body in other languages, one language at a time, in the
 * script's direction. A translation is kept until its text is emptied or it is removed.
 */
final class TranslationsEditor extends Div {

  private static final long serialVersionUID = 1L;

  private final Map<Language, Draft> drafts = new EnumMap<>(Language.class);
  private final Select<Language> language = new Select<>();
  private final Paragraph present = new Paragraph();
  private final TextField title = new TextField();
  private final TextArea summary = new TextArea();
  private final TextArea body = new TextArea();
  private final Checkbox reviewed = new Checkbox();
  private final Button remove = new Button();
  private final Div fields = new Div();
  private boolean filling;

  TranslationsEditor() {
    setId("translations-editor");
    language.setId("translation-language");
    language.setLabel(getTranslation("translationsEditor.language"));
    language.setItems(Arrays.stream(Language.values()).filter(l -> l != Language.NL).toList());
    language.setItemLabelGenerator(l -> l == null ? "" : l.dutchName());
    language.setEmptySelectionAllowed(true);
    language.setEmptySelectionCaption(getTranslation("translationsEditor.choose"));
    language.addValueChangeListener(change -> show(change.getValue()));
    present.setId("translations-present");
    title.setId("translation-title");
    title.setLabel(getTranslation("translationsEditor.title"));
    title.setMaxLength(ItemContent.MAX_TITLE_LENGTH);
    title.setWidthFull();
    summary.setId("translation-summary");
    summary.setLabel(getTranslation("translationsEditor.summary"));
    summary.setMaxLength(ItemContent.MAX_SUMMARY_LENGTH);
    summary.setWidthFull();
    body.setId("translation-body");
    body.setLabel(getTranslation("translationsEditor.body"));
    body.setMaxLength(ItemContent.MAX_BODY_LENGTH);
    body.setWidthFull();
    body.setMinHeight("12rem");
    reviewed.setId("translation-reviewed");
    reviewed.setLabel(getTranslation("guideEditor.reviewed"));
    remove.setId("translation-remove");
    remove.setText(getTranslation("translationsEditor.remove"));
    remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
    remove.addClickListener(
        click -> {
          drafts.remove(language.getValue());
          show(language.getValue());
        });
    title.addValueChangeListener(change -> update(d -> d.title = change.getValue()));
    summary.addValueChangeListener(change -> update(d -> d.summary = change.getValue()));
    body.addValueChangeListener(change -> update(d -> d.body = change.getValue()));
    reviewed.addValueChangeListener(change -> update(d -> d.reviewed = change.getValue()));
    fields.add(title, summary, body, reviewed, remove);
    fields.setVisible(false);
    add(
        new H3(getTranslation("translationsEditor.heading")),
        new Paragraph(getTranslation("translationsEditor.intro")),
        present,
        language,
        fields);
  }

  void setValue(Map<Language, ItemTranslation> translations) {
    drafts.clear();
    translations.forEach((l, t) -> drafts.put(l, Draft.of(t)));
    language.setValue(null);
    show(null);
  }

  void setReadOnly(boolean readOnly) {
    List.<HasValue<?, ?>>of(title, summary, body, reviewed).forEach(f -> f.setReadOnly(readOnly));
    remove.setVisible(!readOnly);
  }

  /** What is wrong, in Dutch, if a translation has text but no title. */
  Optional<String> problem() {
    return drafts.entrySet().stream()
        .filter(e -> !e.getValue().isEmpty() && e.getValue().title.isBlank())
        .findFirst()
        .map(e -> getTranslation("translationsEditor.withoutTitle", e.getKey().dutchName()));
  }

  /** The translations as written; an emptied translation is left out. */
  Map<Language, ItemTranslation> value() {
    Map<Language, ItemTranslation> value = new EnumMap<>(Language.class);
    drafts.forEach(
        (l, d) -> {
          if (!d.isEmpty()) {
            value.put(
                l,
                new ItemTranslation(
                    d.title.trim(),
                    d.summary,
                    d.body,
                    d.reviewed
                        ? TranslationStatus.REVIEWED
                        : TranslationStatus.DRAFT_NEEDS_NATIVE_REVIEW));
          }
        });
    return value;
  }

  private void update(java.util.function.Consumer<Draft> change) {
    Language shown = language.getValue();
    if (!filling && shown != null) {
      change.accept(drafts.computeIfAbsent(shown, l -> new Draft()));
      showPresent();
    }
  }

  private void showPresent() {
    List<String> names =
        drafts.entrySet().stream()
            .filter(e -> !e.getValue().isEmpty())
            .map(e -> e.getKey().dutchName())
            .toList();
    present.setText(
        names.isEmpty()
            ? getTranslation("translationsEditor.none")
            : getTranslation("translationsEditor.presentList", String.join(", ", names)));
  }

  private void show(Language shown) {
    showPresent();
    fields.setVisible(shown != null);
    if (shown == null) {
      return;
    }
    Draft draft = drafts.getOrDefault(shown, new Draft());
    filling = true;
    try {
      title.setValue(draft.title);
      summary.setValue(draft.summary);
      body.setValue(draft.body);
      reviewed.setValue(draft.reviewed);
    } finally {
      filling = false;
    }
    for (var field : List.of(title, summary, body)) {
      field.getElement().setAttribute("lang", shown.code());
      field.getElement().setAttribute("dir", shown.rightToLeft() ? "rtl" : "ltr");
    }
  }

  /** A translation being edited. */
  private static final class Draft implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    String title = "";
    String summary = "";
    String body = "";
    boolean reviewed;

    static Draft of(ItemTranslation translation) {
      Draft draft = new Draft();
      draft.title = translation.title();
      draft.summary = translation.summary();
      draft.body = translation.body();
      draft.reviewed = translation.status() == TranslationStatus.REVIEWED;
      return draft;
    }

    boolean isEmpty() {
      return title.isBlank() && summary.isBlank() && body.isBlank();
    }
  }
}

package nl.brug.ui.editorial;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.brug.content.toolkit.entity.InterviewGuide;
import nl.brug.content.toolkit.entity.Language;
import nl.brug.content.toolkit.entity.TranslationStatus;

/**
 * Structured editing of an interview guide: sections in order, each with questions; a question has
 * its purpose, follow-up prompts and a translation per language. Translations are written one
 * language at a time, beside the Dutch question, right-to-left where the language needs it.
 */
final class GuideEditor extends Div {

  private static final long serialVersionUID = 1L;

  private final List<SectionDraft> sections = new ArrayList<>();
  private final Select<Language> language = new Select<>();
  private final Div sectionsBox = new Div();
  private final Button addSection = new Button();
  private boolean readOnly;

  GuideEditor() {
    setId("guide-editor");
    addClassName("brug-guide-editor");
    language.setId("guide-language");
    language.setLabel(getTranslation("guideEditor.language"));
    language.setHelperText(getTranslation("guideEditor.languageHelp"));
    language.setItems(Arrays.stream(Language.values()).filter(l -> l != Language.NL).toList());
    language.setItemLabelGenerator(l -> l == null ? "" : l.dutchName());
    language.setEmptySelectionAllowed(true);
    language.setEmptySelectionCaption(getTranslation("guideEditor.noLanguage"));
    language.addValueChangeListener(change -> render());
    addSection.setText(getTranslation("guideEditor.addSection"));
    addSection.setId("add-section");
    addSection.setIcon(VaadinIcon.PLUS.create());
    addSection.addClickListener(
        click -> {
          sections.add(new SectionDraft());
          render();
        });
    add(
        new H3(getTranslation("guideEditor.heading")),
        new Paragraph(getTranslation("guideEditor.intro")),
        language,
        sectionsBox,
        addSection);
  }

  void setValue(InterviewGuide guide) {
    sections.clear();
    guide.sections().forEach(s -> sections.add(SectionDraft.of(s)));
    render();
  }

  void setReadOnly(boolean readOnly) {
    this.readOnly = readOnly;
    addSection.setVisible(!readOnly);
    render();
  }

  /**
   * What is wrong, in Dutch, if the guide cannot be saved as it is: a section without a title that
   * has questions, or a question without text that has a purpose, prompts or translations.
   */
  Optional<String> problem() {
    for (int s = 0; s < sections.size(); s++) {
      SectionDraft section = sections.get(s);
      List<QuestionDraft> questions = section.filledQuestions();
      if (section.title.isBlank() && !questions.isEmpty()) {
        return Optional.of(getTranslation("guideEditor.sectionWithoutTitle", s + 1));
      }
      for (int q = 0; q < section.questions.size(); q++) {
        QuestionDraft question = section.questions.get(q);
        if (question.text.isBlank() && !question.isEmpty()) {
          return Optional.of(getTranslation("guideEditor.questionWithoutText", s + 1, q + 1));
        }
      }
    }
    return Optional.empty();
  }

  /** The guide as written; empty questions and empty untitled sections are left out. */
  InterviewGuide value() {
    return new InterviewGuide(
        sections.stream()
            .filter(s -> !s.title.isBlank() || !s.filledQuestions().isEmpty())
            .map(
                s ->
                    new InterviewGuide.Section(
                        s.title.trim(),
                        s.filledQuestions().stream().map(QuestionDraft::toQuestion).toList()))
            .toList());
  }

  private void render() {
    sectionsBox.removeAll();
    for (int s = 0; s < sections.size(); s++) {
      sectionsBox.add(sectionCard(s));
    }
  }

  private Component sectionCard(int s) {
    SectionDraft section = sections.get(s);
    Div card = new Div();
    card.addClassName("brug-card");
    card.addClassName("brug-guide-section");
    card.add(new H4(getTranslation("guideEditor.section", s + 1)));
    TextField title = new TextField(getTranslation("guideEditor.sectionTitle"));
    title.setId("section-" + s + "-title");
    title.setMaxLength(InterviewGuide.MAX_SECTION_TITLE_LENGTH);
    title.setWidthFull();
    title.setValue(section.title);
    title.setReadOnly(readOnly);
    title.addValueChangeListener(change -> section.title = change.getValue());
    card.add(title);
    if (!readOnly) {
      card.add(
          moveButtons(sections, s, "section-" + s, getTranslation("guideEditor.section", s + 1)));
    }
    for (int q = 0; q < section.questions.size(); q++) {
      card.add(questionBlock(section, s, q));
    }
    if (!readOnly) {
      Button addQuestion =
          new Button(
              getTranslation("guideEditor.addQuestion"),
              VaadinIcon.PLUS.create(),
              click -> {
                section.questions.add(new QuestionDraft());
                render();
              });
      addQuestion.setId("section-" + s + "-add-question");
      addQuestion.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      card.add(addQuestion);
    }
    return card;
  }

  private Component questionBlock(SectionDraft section, int s, int q) {
    QuestionDraft question = section.questions.get(q);
    String id = "question-" + s + "-" + q;
    Div block = new Div();
    block.addClassName("brug-guide-question");
    TextArea text = new TextArea(getTranslation("guideEditor.question", q + 1));
    text.setId(id + "-text");
    text.setMaxLength(InterviewGuide.MAX_QUESTION_LENGTH);
    text.setWidthFull();
    text.setValue(question.text);
    text.addValueChangeListener(change -> question.text = change.getValue());
    TextField purpose = new TextField(getTranslation("guideEditor.purpose"));
    purpose.setId(id + "-purpose");
    purpose.setMaxLength(InterviewGuide.MAX_PURPOSE_LENGTH);
    purpose.setWidthFull();
    purpose.setValue(question.purpose);
    purpose.addValueChangeListener(change -> question.purpose = change.getValue());
    TextArea prompts = new TextArea(getTranslation("guideEditor.prompts"));
    prompts.setId(id + "-prompts");
    prompts.setMaxLength(InterviewGuide.MAX_PROMPTS * (InterviewGuide.MAX_PROMPT_LENGTH + 1));
    prompts.setWidthFull();
    prompts.setValue(question.prompts);
    prompts.addValueChangeListener(change -> question.prompts = change.getValue());
    List.<HasValue<?, ?>>of(text, purpose, prompts).forEach(f -> f.setReadOnly(readOnly));
    block.add(text, purpose, prompts);
    Language shown = language.getValue();
    if (shown != null) {
      TranslationDraft translation =
          question.translations.computeIfAbsent(shown, l -> new TranslationDraft());
      TextArea translated =
          new TextArea(getTranslation("guideEditor.translation", shown.dutchName()));
      translated.setId(id + "-translation");
      translated.setMaxLength(InterviewGuide.MAX_QUESTION_LENGTH);
      translated.setWidthFull();
      translated.getElement().setAttribute("lang", shown.code());
      translated.getElement().setAttribute("dir", shown.rightToLeft() ? "rtl" : "ltr");
      translated.setValue(translation.text);
      translated.setReadOnly(readOnly);
      translated.addValueChangeListener(change -> translation.text = change.getValue());
      Checkbox reviewed = new Checkbox(getTranslation("guideEditor.reviewed"));
      reviewed.setId(id + "-reviewed");
      reviewed.setValue(translation.reviewed);
      reviewed.setReadOnly(readOnly);
      reviewed.addValueChangeListener(change -> translation.reviewed = change.getValue());
      block.add(translated, reviewed);
    }
    if (!readOnly) {
      HorizontalLayout buttons =
          moveButtons(section.questions, q, id, getTranslation("guideEditor.question", q + 1));
      block.add(buttons);
    }
    return block;
  }

  /** Up, down and remove for one entry of an ordered list, named for screen readers. */
  private <T> HorizontalLayout moveButtons(List<T> list, int index, String id, String name) {
    Button up =
        iconButton(
            VaadinIcon.ARROW_UP,
            getTranslation("guideEditor.up", name),
            id + "-up",
            () -> Collections.swap(list, index, index - 1));
    up.setEnabled(index > 0);
    Button down =
        iconButton(
            VaadinIcon.ARROW_DOWN,
            getTranslation("guideEditor.down", name),
            id + "-down",
            () -> Collections.swap(list, index, index + 1));
    down.setEnabled(index < list.size() - 1);
    Button remove =
        iconButton(
            VaadinIcon.TRASH,
            getTranslation("guideEditor.remove", name),
            id + "-remove",
            () -> list.remove(index));
    remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
    HorizontalLayout buttons = new HorizontalLayout(up, down, remove);
    buttons.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    buttons.setSpacing(false);
    return buttons;
  }

  private Button iconButton(VaadinIcon icon, String label, String id, Runnable change) {
    Button button =
        new Button(
            icon.create(),
            click -> {
              change.run();
              render();
            });
    button.setId(id);
    button.setAriaLabel(label);
    button.setTooltipText(label);
    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
    return button;
  }

  /** A section being edited. */
  private static final class SectionDraft implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    String title = "";
    final List<QuestionDraft> questions = new ArrayList<>();

    static SectionDraft of(InterviewGuide.Section section) {
      SectionDraft draft = new SectionDraft();
      draft.title = section.title();
      section.questions().forEach(q -> draft.questions.add(QuestionDraft.of(q)));
      return draft;
    }

    List<QuestionDraft> filledQuestions() {
      return questions.stream().filter(q -> !q.isEmpty()).toList();
    }
  }

  /** A question being edited; prompts are one per line. */
  private static final class QuestionDraft implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    String text = "";
    String purpose = "";
    String prompts = "";
    final Map<Language, TranslationDraft> translations = new EnumMap<>(Language.class);

    static QuestionDraft of(InterviewGuide.Question question) {
      QuestionDraft draft = new QuestionDraft();
      draft.text = question.text();
      draft.purpose = question.purpose() == null ? "" : question.purpose();
      draft.prompts = String.join("\n", question.prompts());
      question
          .translations()
          .forEach(
              (language, t) -> {
                TranslationDraft translation = new TranslationDraft();
                translation.text = t.text();
                translation.reviewed = t.status() == TranslationStatus.REVIEWED;
                draft.translations.put(language, translation);
              });
      return draft;
    }

    boolean isEmpty() {
      return text.isBlank()
          && purpose.isBlank()
          && prompts.isBlank()
          && translations.values().stream().allMatch(t -> t.text.isBlank());
    }

    InterviewGuide.Question toQuestion() {
      Map<Language, InterviewGuide.Translation> translated = new EnumMap<>(Language.class);
      translations.forEach(
          (language, t) -> {
            if (!t.text.isBlank()) {
              translated.put(
                  language,
                  new InterviewGuide.Translation(
                      t.text.trim(),
                      t.reviewed
                          ? TranslationStatus.REVIEWED
                          : TranslationStatus.DRAFT_NEEDS_NATIVE_REVIEW));
            }
          });
      List<String> promptLines =
          prompts.lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
      return new InterviewGuide.Question(
          text.trim(), purpose.isBlank() ? null : purpose.trim(), promptLines, translated);
    }
  }

  /** A translation of one question being edited. */
  private static final class TranslationDraft implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    String text = "";
    boolean reviewed;
  }
}

package nl.brug.ui.toolkit;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;
import nl.brug.content.rendering.SafeMarkdown;
import nl.brug.content.toolkit.entity.InterviewGuide;
import nl.brug.content.toolkit.entity.ItemContent;
import nl.brug.content.toolkit.entity.ItemRevision;
import nl.brug.content.toolkit.entity.ItemTranslation;
import nl.brug.content.toolkit.entity.Language;
import nl.brug.content.toolkit.entity.ToolkitItem;
import nl.brug.content.toolkit.entity.TranslationStatus;

/** A published toolkit item as readers see it: on the item page and in the print view. */
class ItemArticle extends Article {

  private static final long serialVersionUID = 1L;

  ItemArticle(ToolkitItem item, ItemRevision version, String municipalityName) {
    this(item, version, municipalityName, Language.NL);
  }

  /** The item in Dutch, or in one of its translations (right-to-left where needed). */
  ItemArticle(ToolkitItem item, ItemRevision version, String municipalityName, Language language) {
    addClassName("brug-article");
    ItemContent content = version.content();
    ItemTranslation translation = content.translations().get(language);
    H1 title = new H1(translation == null ? content.title() : translation.title());
    title.setId("item-title");
    Paragraph summary =
        new Paragraph(translation == null ? content.summary() : translation.summary());
    summary.addClassName("brug-summary");
    String markdown = translation == null ? content.body() : translation.body();
    Html body = new Html("<div class=\"brug-body\">" + SafeMarkdown.toHtml(markdown) + "</div>");
    Div text = new Div(title, summary);
    if (translation != null) {
      for (com.vaadin.flow.dom.Element element : List.of(text.getElement(), body.getElement())) {
        element.setAttribute("lang", language.code());
        element.setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
      }
      if (translation.status() == TranslationStatus.DRAFT_NEEDS_NATIVE_REVIEW) {
        Paragraph draft = new Paragraph(getTranslation("guide.draftTranslation"));
        draft.addClassName("brug-draft");
        draft.setId("translation-draft");
        text.add(draft);
      }
    }
    add(text, metadata(item, version, municipalityName), published(version), body);
    if (!content.guide().isEmpty()) {
      add(guide(item, content.guide()));
    }
  }

  private Div guide(ToolkitItem item, InterviewGuide guide) {
    Div questions = new Div();
    questions.setId("guide");
    questions.add(new H2(getTranslation("guide.questions")));
    Div print = new Div(new Span(getTranslation("guide.bilingual") + ": "));
    print.addClassName("brug-no-print");
    for (Language language : guide.completeLanguages()) {
      Anchor link =
          new Anchor(
              "toolkit/" + item.getId() + "/afdrukken/" + language.code(),
              getTranslation("guide.bilingualWith", language.dutchName()));
      link.setId("bilingual-" + language.code());
      link.setTarget("_blank");
      print.add(link, new Span(" "));
    }
    RouterLink conversation =
        new RouterLink(
            getTranslation("conversation.start"),
            ConversationView.class,
            new RouteParameters(ToolkitItemView.ID, item.getId().toString()));
    conversation.setId("conversation-link");
    conversation.addClassName("brug-no-print");
    questions.add(conversation, print);
    for (InterviewGuide.Section section : guide.sections()) {
      questions.add(new H3(section.title()));
      OrderedList list = new OrderedList();
      for (InterviewGuide.Question question : section.questions()) {
        ListItem entry = new ListItem(new Span(question.text()));
        if (question.purpose() != null && !question.purpose().isBlank()) {
          Paragraph purpose = new Paragraph(getTranslation("guide.purpose", question.purpose()));
          purpose.addClassName("brug-purpose");
          entry.add(purpose);
        }
        if (!question.prompts().isEmpty()) {
          UnorderedList prompts = new UnorderedList();
          question.prompts().forEach(prompt -> prompts.add(new ListItem(prompt)));
          entry.add(prompts);
        }
        list.add(entry);
      }
      questions.add(list);
    }
    return questions;
  }

  private DescriptionList metadata(
      ToolkitItem item, ItemRevision version, String municipalityName) {
    ItemContent content = version.content();
    DescriptionList list = new DescriptionList();
    list.addClassName("brug-metadata");
    add(list, "item.kind", getTranslation("kind." + item.getKind().name()));
    add(
        list,
        "item.scope",
        item.isNational()
            ? getTranslation("item.national")
            : getTranslation("toolkit.local", municipalityName));
    add(
        list,
        "item.domains",
        content.lifeDomains().stream()
            .sorted()
            .map(d -> getTranslation("domain." + d.name()))
            .collect(Collectors.joining(", ")));
    add(
        list,
        "item.languages",
        version.languages().stream()
            .sorted()
            .map(Language::dutchName)
            .collect(Collectors.joining(", ")));
    add(list, "item.themes", String.join(", ", content.themes()));
    add(list, "item.targetGroups", String.join(", ", content.targetGroups()));
    if (content.evidenceLevel() != null) {
      add(list, "item.evidence", getTranslation("evidence." + content.evidenceLevel().name()));
    }
    add(list, "item.sources", String.join("; ", content.sources()));
    if (content.reviewBy() != null) {
      add(list, "item.reviewBy", dates().format(content.reviewBy()));
    }
    return list;
  }

  private Paragraph published(ItemRevision version) {
    Paragraph published =
        new Paragraph(
            getTranslation(
                "item.version",
                version.getNumber(),
                version.getPublishedAt().map(dates()::format).orElse(""),
                version.getReviewer().orElse("")));
    published.addClassName("brug-version");
    return published;
  }

  private DateTimeFormatter dates() {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(getLocale())
        .withZone(ZoneId.of("Europe/Amsterdam"));
  }

  private void add(DescriptionList list, String key, String value) {
    if (value != null && !value.isBlank()) {
      list.add(new Term(getTranslation(key)), new Description(value));
    }
  }
}

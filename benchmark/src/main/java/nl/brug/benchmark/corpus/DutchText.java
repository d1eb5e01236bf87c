package nl.brug.benchmark.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nl.brug.content.toolkit.entity.InterviewGuide;

/**
 * Texts of realistic lengths from Zipf-drawn Dutch words: titles of 3–9 words, summaries of 15–40
 * words, Markdown bodies of 150–600 words (paragraphs, some headings, bullet lists and bold words)
 * and interview guides of 2–4 sections with 3–6 questions each. The words make no sense together;
 * their frequencies and the lengths are what a search engine sees.
 */
final class DutchText {

  private final DutchWords words;

  DutchText(DutchWords words) {
    this.words = words;
  }

  /** A title of 3–9 words, at most {@code maxChars} long. */
  String title(SplittableRandom random, int maxChars) {
    return capitalised(phrase(random, 3 + random.nextInt(7), maxChars));
  }

  /** One to three sentences, 15–40 words in all, at most {@code maxChars} long. */
  String summary(SplittableRandom random, int maxChars) {
    int total = 15 + random.nextInt(26);
    StringBuilder text = new StringBuilder();
    int done = 0;
    while (done < total) {
      int n = Math.min(total - done, 6 + random.nextInt(15));
      String sentence = capitalised(phrase(random, n, Integer.MAX_VALUE)) + ".";
      if (text.length() + 1 + sentence.length() > maxChars) {
        break;
      }
      text.append(text.length() == 0 ? "" : " ").append(sentence);
      done += n;
    }
    return text.toString();
  }

  /** A Markdown body of 150–600 words. */
  String body(SplittableRandom random) {
    int total = 150 + random.nextInt(451);
    StringBuilder markdown = new StringBuilder();
    int done = 0;
    while (done < total) {
      if (markdown.length() > 0) {
        markdown.append("\n\n");
      }
      if (done > 0 && random.nextInt(4) == 0) {
        int n = 2 + random.nextInt(4);
        markdown.append("## ").append(capitalised(phrase(random, n, 80))).append("\n\n");
        done += n;
      }
      if (random.nextInt(6) == 0) {
        int items = 3 + random.nextInt(3);
        for (int i = 0; i < items && done < total; i++) {
          int n = 3 + random.nextInt(6);
          markdown
              .append(i == 0 ? "" : "\n")
              .append("- ")
              .append(capitalised(phrase(random, n, Integer.MAX_VALUE)));
          done += n;
        }
      } else {
        int paragraph = Math.min(total - done, 40 + random.nextInt(81));
        markdown.append(paragraph(random, paragraph));
        done += paragraph;
      }
    }
    return markdown.toString();
  }

  private String paragraph(SplittableRandom random, int total) {
    StringBuilder text = new StringBuilder();
    int done = 0;
    while (done < total) {
      int n = Math.min(total - done, 6 + random.nextInt(15));
      List<String> sentence = words(random, n);
      if (random.nextInt(20) == 0) {
        int i = random.nextInt(sentence.size());
        sentence.set(i, "**" + sentence.get(i) + "**");
      }
      text.append(done == 0 ? "" : " ").append(capitalised(String.join(" ", sentence))).append(".");
      done += n;
    }
    return text.toString();
  }

  /** An interview guide: 2–4 sections of 3–6 questions, each with a purpose and 0–2 prompts. */
  InterviewGuide guide(SplittableRandom random) {
    List<InterviewGuide.Section> sections = new ArrayList<>();
    int count = 2 + random.nextInt(3);
    for (int s = 0; s < count; s++) {
      List<InterviewGuide.Question> questions = new ArrayList<>();
      int n = 3 + random.nextInt(4);
      for (int q = 0; q < n; q++) {
        List<String> prompts = new ArrayList<>();
        int p = random.nextInt(3);
        for (int i = 0; i < p; i++) {
          prompts.add(question(random, 4 + random.nextInt(6)));
        }
        questions.add(
            new InterviewGuide.Question(
                question(random, 8 + random.nextInt(8)),
                capitalised(phrase(random, 8 + random.nextInt(8), Integer.MAX_VALUE)) + ".",
                prompts,
                null));
      }
      sections.add(
          new InterviewGuide.Section(
              capitalised(phrase(random, 2 + random.nextInt(4), 100)), questions));
    }
    return new InterviewGuide(sections);
  }

  private String question(SplittableRandom random, int n) {
    return capitalised(phrase(random, n, Integer.MAX_VALUE)) + "?";
  }

  /** {@code n} words separated by spaces, fewer if they would not fit {@code maxChars}. */
  private String phrase(SplittableRandom random, int n, int maxChars) {
    StringBuilder text = new StringBuilder();
    for (String word : words(random, n)) {
      if (text.length() > 0 && text.length() + 1 + word.length() > maxChars) {
        break;
      }
      text.append(text.length() == 0 ? "" : " ").append(word);
    }
    return text.toString();
  }

  private List<String> words(SplittableRandom random, int n) {
    List<String> drawn = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      drawn.add(words.sample(random));
    }
    return drawn;
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}

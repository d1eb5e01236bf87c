package nl.brug.content.assessment.report;

import static nl.brug.content.assessment.report.ChartParts.concat;

import java.util.List;

/** Marker shapes, so that lines differ by more than colour. */
enum Marker {
  CIRCLE,
  SQUARE,
  TRIANGLE,
  DIAMOND,
  TRIANGLE_DOWN,
  BIG_CIRCLE;

  void draw(Svg svg, double x, double y, String colour, String tooltip) {
    String[] paint = {"fill", colour, "stroke", "#FFFFFF", "stroke-width", "1"};
    switch (this) {
      case CIRCLE ->
          svg.element(
              "circle", tooltip, concat(paint, "cx", Svg.num(x), "cy", Svg.num(y), "r", "4"));
      case BIG_CIRCLE ->
          svg.element(
              "circle", tooltip, concat(paint, "cx", Svg.num(x), "cy", Svg.num(y), "r", "5.5"));
      case SQUARE ->
          svg.element(
              "rect",
              tooltip,
              concat(paint, "x", Svg.num(x - 4), "y", Svg.num(y - 4), "width", "8", "height", "8"));
      case TRIANGLE ->
          svg.element(
              "polygon",
              tooltip,
              concat(
                  paint,
                  "points",
                  Svg.points(
                      List.of(
                          new double[] {x, y - 5},
                          new double[] {x + 5, y + 4},
                          new double[] {x - 5, y + 4}))));
      case TRIANGLE_DOWN ->
          svg.element(
              "polygon",
              tooltip,
              concat(
                  paint,
                  "points",
                  Svg.points(
                      List.of(
                          new double[] {x, y + 5},
                          new double[] {x + 5, y - 4},
                          new double[] {x - 5, y - 4}))));
      case DIAMOND ->
          svg.element(
              "polygon",
              tooltip,
              concat(
                  paint,
                  "points",
                  Svg.points(
                      List.of(
                          new double[] {x, y - 5.5},
                          new double[] {x + 5.5, y},
                          new double[] {x, y + 5.5},
                          new double[] {x - 5.5, y}))));
    }
  }
}

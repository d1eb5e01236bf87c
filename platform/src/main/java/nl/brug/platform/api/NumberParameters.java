package nl.brug.platform.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.Function;
import nl.brug.platform.api.problem.InvalidParameterException;

/**
 * Whole numbers in parameters ({@code page}, {@code pageSize}, …). JAX-RS answers a parameter that
 * is no number with 404, as if the address did not exist; here it is 400 naming the parameter, in
 * Dutch, for every numeric parameter of every resource.
 */
@Provider
public class NumberParameters implements ParamConverterProvider {

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    Function<String, Object> parse;
    if (rawType == Integer.class) {
      parse = Integer::valueOf;
    } else if (rawType == Long.class) {
      parse = Long::valueOf;
    } else {
      return null; // primitives are not used: an absent value must stay absent
    }
    String name = parameterName(annotations);
    return new ParamConverter<>() {
      @Override
      public T fromString(String value) {
        return (T) number(name, value, parse);
      }

      @Override
      public String toString(T value) {
        return String.valueOf(value);
      }
    };
  }

  /** The number, or {@code null} when the parameter is empty. */
  static Object number(String name, String value, Function<String, Object> parse) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return parse.apply(value.strip());
    } catch (NumberFormatException e) {
      String reason =
          value.strip().matches("-?\\d+")
              ? "Dit getal is te groot."
              : "Geef een geheel getal, bijvoorbeeld 2.";
      // a WebApplicationException passes JAX-RS unchanged; the mapper answers with its cause
      throw new BadRequestException(new InvalidParameterException(name, reason));
    }
  }

  private static String parameterName(Annotation[] annotations) {
    for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
      if (annotation instanceof QueryParam query) {
        return query.value();
      } else if (annotation instanceof PathParam path) {
        return path.value();
      } else if (annotation instanceof HeaderParam header) {
        return header.value();
      } else if (annotation instanceof FormParam form) {
        return form.value();
      } else if (annotation instanceof MatrixParam matrix) {
        return matrix.value();
      } else if (annotation instanceof CookieParam cookie) {
        return cookie.value();
      }
    }
    return "";
  }
}

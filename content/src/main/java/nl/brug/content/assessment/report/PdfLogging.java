package nl.brug.content.assessment.report;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends openhtmltopdf's log through java.util.logging like the rest of the application, warnings
 * and worse only. Left to itself, openhtmltopdf writes several lines at INFO for every PDF to a
 * console handler of its own, past the server's logging configuration.
 */
final class PdfLogging implements XRLogger {

  private PdfLogging() {}

  /** Installs this logger unless openhtmltopdf's logging was already set up by someone else. */
  static synchronized void install() {
    if (XRLog.getLoggerImpl() == null) {
      XRLog.setLoggerImpl(new PdfLogging());
    }
  }

  @Override
  public void log(String where, Level level, String msg) {
    if (worthLogging(level)) {
      Logger.getLogger(where).log(level, msg);
    }
  }

  @Override
  public void log(String where, Level level, String msg, Throwable th) {
    if (worthLogging(level)) {
      Logger.getLogger(where).log(level, msg, th);
    }
  }

  @Override
  public void setLevel(String logger, Level level) {
    Logger.getLogger(logger).setLevel(level);
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    return worthLogging(diagnostic.getLevel())
        && Logger.getLogger(diagnostic.getLogMessageId().getWhere())
            .isLoggable(diagnostic.getLevel());
  }

  private static boolean worthLogging(Level level) {
    return level.intValue() >= Level.WARNING.intValue();
  }
}

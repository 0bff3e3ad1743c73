package org.rudprk.export;

/**
 * A refused export request, answered with {@code status} and a JSON body saying what is wrong
 * and where: {@code {"message", "code", "parameter", "path", "line", "column"}}.
 */
class ExportException extends RuntimeException {

    final int status;
    final String code;
    final String parameter;
    final String path;
    final Integer line;
    final Integer column;

    ExportException(int status, String code, String message, String parameter, String path, Integer line,
            Integer column) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.parameter = parameter;
        this.path = path;
        this.line = line;
        this.column = column;
    }

    static ExportException badRequest(String message, String parameter) {
        return new ExportException(400, "INVALID_ARGUMENT", message, parameter, null, null, null);
    }

    static ExportException notFound(String message) {
        return new ExportException(404, "NOT_FOUND", message, null, null, null, null);
    }
}

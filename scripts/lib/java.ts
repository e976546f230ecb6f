// The Java runtime the HTML checker (vnu.jar, scripts/lib/vnu.ts) runs on: whatever `java` is on the
// PATH, installed when missing by scripts/ensure-java.ts from Debian's packages, never downloaded by a tool.
export const JAVA_COMMAND = 'java';
/** The Debian package that provides `java` (a headless runtime: the checker needs no display). */
export const JAVA_PACKAGE = 'default-jre-headless';

# Sourced by ./mvnw: Scoreledger needs JDK 25, and a fresh machine's default java is 17.
java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ] || [ "$(java_major "$JAVA_HOME")" -lt 25 ] 2>/dev/null; then
  found=""
  for candidate in /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25* /usr/lib/jvm/*25* /opt/java/*25*; do
    if [ -x "$candidate/bin/javac" ] && [ "$(java_major "$candidate")" -ge 25 ] 2>/dev/null; then
      found="$candidate"
      break
    fi
  done
  if [ -z "$found" ]; then
    echo "Scoreledger needs JDK 25 or newer, and none was found (JAVA_HOME=${JAVA_HOME:-unset}, nothing under /usr/lib/jvm)." >&2
    echo "Install one, e.g. 'apt-get install temurin-25-jdk' from the Adoptium repository, and set JAVA_HOME to it." >&2
    exit 1
  fi
  JAVA_HOME="$found"
  export JAVA_HOME
fi

# Finds JDK 25 for ./spar and ./mvnw and exports JAVA_HOME (sourced by both; POSIX sh): JAVA_HOME when it is
# 25 or newer, else the Temurin 25 install, else the java on the PATH when it is 25 or newer. Without one it
# says so and stops, instead of letting an older java fail on the build's JVM options.
spar_java_major() { "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1; }

if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(spar_java_major "$JAVA_HOME/bin/java")" -ge 25 ] 2>/dev/null; then
  :
elif [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
  export JAVA_HOME
elif command -v java >/dev/null && [ "$(spar_java_major java)" -ge 25 ] 2>/dev/null; then
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  export JAVA_HOME
else
  echo "Spar needs JDK 25: install it, or point JAVA_HOME at it (java -version says $(spar_java_major java 2>/dev/null || echo none))." >&2
  exit 1
fi

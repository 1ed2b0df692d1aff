#!/usr/bin/env bash
# Arranque más corto con AppCDS (class-data sharing): extrae el jar de Spring Boot (sin jars anidados, que ECJ, el
# compilador de las reglas, recorre clase por clase), lo arranca una vez hasta compilar rules/ y refrescar el contexto
# anotando las clases que cargó, y vuelca esas clases a un archivo CDS que las siguientes JVM mapean ya verificadas.
# Las reglas siguen leyéndose y compilándose de rules/ en cada arranque: el archivo solo guarda clases de bibliotecas
# y del servicio (README, «Rendimiento»: arranque).
#
#   ./mvnw -B -DskipTests package && src/ops/appcds/preparar.sh            # deja todo en target/appcds
#   java -XX:SharedArchiveFile=target/appcds/decisiones.jsa -jar target/appcds/app/decisiones-<versión>.jar
#
# El archivo vale para la misma JVM y el mismo jar: se rehace después de cada ./mvnw package o cambio de JDK (la JVM
# avisa y arranca sin él si no coincide).
set -euo pipefail
cd "$(dirname "$0")/../../.."
destino=${1:-target/appcds}
jar=$(ls target/decisiones-*.jar 2>/dev/null | grep -v plain | head -1 || true)
[ -n "$jar" ] || { echo "No hay jar en target/: ./mvnw -B -DskipTests package" >&2; exit 1; }
rm -rf "$destino"
mkdir -p "$destino"
java -Djarmode=tools -jar "$jar" extract --destination "$destino/app" >/dev/null
app="$destino/app/$(basename "$jar")"

echo "Entrenamiento: arranca con rules/ y sale al terminar de refrescar el contexto..."
java -XX:DumpLoadedClassList="$destino/clases.lst" -Dspring.context.exit=onRefresh -jar "$app" \
  --server.port=0 --reglas.vigilar=false >"$destino/entrenamiento.log" 2>&1 \
  || { echo "El arranque de entrenamiento falló: $destino/entrenamiento.log" >&2; exit 1; }

# Sin las clases lambda: el volcado de sus proxies tumba a OpenJDK 17.0.15 (SIGSEGV en
# SystemDictionaryShared::adjust_lambda_proxy_class_dictionary, igual con -XX:ArchiveClassesAtExit).
grep -v '^@lambda' "$destino/clases.lst" >"$destino/clases-sin-lambdas.lst"
java -Xshare:dump -XX:SharedClassListFile="$destino/clases-sin-lambdas.lst" \
  -XX:SharedArchiveFile="$destino/decisiones.jsa" -cp "$app" >"$destino/volcado.log" 2>&1 \
  || { echo "El volcado CDS falló: $destino/volcado.log" >&2; exit 1; }

echo "Listo ($(du -h "$destino/decisiones.jsa" | cut -f1)). Arranque:"
echo "  java -XX:SharedArchiveFile=$destino/decisiones.jsa -jar $app"

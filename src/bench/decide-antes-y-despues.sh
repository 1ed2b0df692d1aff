#!/usr/bin/env bash
# decide en proceso (DecisionBenchmark, 1 hilo) del código de otra referencia y del de este árbol, uno tras otro en la
# misma sesión, para comparar "antes" y "después" con la misma carga de la máquina:
#
#   src/bench/decide-antes-y-despues.sh main
#   JMH="-wi 3 -w 2 -i 3 -r 2" src/bench/decide-antes-y-despues.sh main
#
# La referencia se exporta con git archive a un directorio temporal (no toca ningún árbol de trabajo). Si su
# LoteBenchmark no compila con su propio Decisor, se quita de la copia: aquí solo se mide DecisionBenchmark.
set -euo pipefail
cd "$(dirname "$0")/../.."
REF=${1:-main}
JMH=${JMH:-"-wi 3 -w 2 -i 3 -r 2"}
antes=$(mktemp -d)
trap 'rm -rf "$antes"' EXIT
git archive "$REF" | tar -x -C "$antes"
if ! (cd "$antes" && ./mvnw -B -q -Prendimiento test-compile >/dev/null 2>&1); then
  rm -f "$antes"/src/bench/java/co/auditoria/decisiones/api/LoteBenchmark.java
  (cd "$antes" && ./mvnw -B -q -Prendimiento test-compile)
fi
./mvnw -B -q -Prendimiento test-compile
medir() {
  (cd "$1" && ./mvnw -B -q -Prendimiento exec:exec@jmh -Djmh.args="$JMH -t 1 -rf csv -rff $2 DecisionBenchmark" >/dev/null 2>&1)
}
medir "$antes" "$antes/antes.csv"
medir "$PWD" "$antes/despues.csv"
echo "dominio,antes (decisiones/s),después (decisiones/s),después/antes"
python3 - "$antes/antes.csv" "$antes/despues.csv" <<'PY'
import csv, sys
def leer(archivo):
    filas = list(csv.DictReader(open(archivo)))
    return {f["Param: dominio"]: float(f["Score"]) for f in filas}
a, d = leer(sys.argv[1]), leer(sys.argv[2])
for dominio in d:
    print("%s,%.0f,%.0f,%.2f" % (dominio, a.get(dominio, float("nan")), d[dominio], d[dominio] / a[dominio] if dominio in a else float("nan")))
PY
